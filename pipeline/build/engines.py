"""Where the per-input function runs: in the build's own process, or in a pool of worker processes.

An engine maps ``process_input`` (one path → its ``InputOutcome``) over the inputs of one batch and
yields the outcomes **in input order**, so that the parent — the only process that writes the
dataset — stores them in the same order whatever the engine and the number of workers: ids given by
SQLite (campaigns, organizations, activities) and the choice of which copy of an article is the
original come out identical.

``ProcessEngine`` runs chunks of inputs in worker processes (``concurrent.futures``, the
*forkserver* start method where there is one, so that a parent with threads is forked safely). Each
worker loads the extraction resources and models once, in its initializer, ignores Ctrl-C (the
parent handles it) and has its standard output sent to ``/dev/null``. The parent keeps at most
``in_flight`` chunks submitted, so memory stays flat however many inputs are due. A worker that dies
(killed, out of memory, a crash in native code) breaks the pool: the inputs it may have held are then
run again one at a time on a fresh pool, and the one that kills its worker again becomes an error
row (``WorkerCrash``) while the others are stored as usual.

The per-input function is the engine's ``task`` (``process_input`` by default): tests and benchmarks
hand in another one (a crashing or timed input) instead of patching modules. With the default task the
inputs of a chunk (or of a window of ``IN_PROCESS_WINDOW`` in the build's own process) are processed
together (``process_inputs``): the same outcomes, the activity model asked once for all their articles. The Dask engine
(``pipeline.build.dask_engine``) follows the same protocol; ``pipeline.build.choose`` picks one by name.
"""
from __future__ import annotations

import logging
import logging.handlers
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterator, Protocol, Sequence

from ..extract import ExtractionResources
from ..learn.loading import pipeline_resources
from ..records import Closing, Failure
from .process import InputOutcome, failure_of, process_input, process_inputs, with_learned_resources

Task = Callable[[str, ExtractionResources], InputOutcome]  # one input path -> its outcome

DEFAULT_CHUNK_SIZE = 8  # inputs per task sent to a worker: amortizes the round trip and the activity model's
# call (asked once per chunk: ``process_inputs``), keeps the tail short
IN_PROCESS_WINDOW = 16  # inputs the build's own process reads before it asks the activity model for all of them


def run_task(task: Task, paths: Sequence[str], resources: ExtractionResources) -> list[InputOutcome]:
    """``task`` over ``paths``; the default task's inputs are processed together (``process_inputs``: the same
    outcomes, the activity model asked once for all of them), any other task's one by one."""
    if task is process_input:
        return process_inputs(paths, resources)
    return [task(path, resources) for path in paths]


class Engine(Protocol):
    """Maps ``process_input`` over paths, yielding one ``InputOutcome`` per path, in order."""

    name: str
    workers: int
    description: str  # for the build summary: "2 worker processes"

    def map(self, paths: Sequence[str]) -> Iterator[InputOutcome]: ...

    def close(self) -> None: ...


def default_workers() -> int:
    """Every core of the machine (``os.cpu_count()``)."""
    return os.cpu_count() or 1


def crash_outcome(path: str) -> InputOutcome:
    message = f"{path}: the worker process died while processing it (killed, out of memory, or a crash in native code)"
    return InputOutcome(path=path, processed=(), failures=(Failure(path, "process", "WorkerCrash", message),))


def error_outcome(path: str, error: BaseException) -> InputOutcome:
    return InputOutcome(path=path, processed=(), failures=(failure_of(path, "process", error),))


class InProcessEngine(Closing):
    """The build's own process: no pool, resources loaded on the first input that needs them."""

    name = "local"
    workers = 1
    description = "1 process (no pool)"

    def __init__(self, resources: ExtractionResources | None = None, task: Task = process_input, models: bool = True) -> None:
        self._resources = resources
        self.task = task
        self.models = models
        self.learned: tuple[tuple[str, str], ...] = ()  # campaign names learned from the corpus (set by the build)
        self._learned_in: tuple[tuple[str, str], ...] | None = None
        self._with_learned: ExtractionResources | None = None

    def map(self, paths: Sequence[str]) -> Iterator[InputOutcome]:
        if self._resources is None and paths:
            self._resources = pipeline_resources(self.models)
        if paths and self._learned_in != self.learned:  # names learned since: added, nothing loaded again
            self._with_learned = with_learned_resources(self._resources, self.learned) if self.learned else self._resources
            self._learned_in = self.learned
        resources = self._with_learned if paths else self._resources
        for start in range(0, len(paths), IN_PROCESS_WINDOW):
            yield from run_task(self.task, paths[start:start + IN_PROCESS_WINDOW], resources)

    def close(self) -> None:
        pass


# --- worker side ------------------------------------------------------------------------------------

_WORKER_RESOURCES: dict[tuple, ExtractionResources] = {}  # per worker process (with models or not), loaded on first use
_WORKER_SETUP: dict[str, object] = {"task": process_input, "models": True, "learned": ()}  # set by the initializer


def _init_worker(task: Task = process_input, models: bool = True, parent: int | None = None,
                 learned: tuple[tuple[str, str], ...] = (), logs: Any = None, level: int = logging.WARNING) -> None:
    """Once per worker: quiet (no stdout, no Ctrl-C), gone with its build, its log records sent to the build
    (``logs``: a queue the parent reads), resources and models loaded (with the names learned so far)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if logs is not None:
        logs.cancel_join_thread()  # a worker never waits at exit for records the build no longer reads
        ours = logging.getLogger("pipeline")
        ours.addHandler(logging.handlers.QueueHandler(logs))
        ours.setLevel(level)
        ours.propagate = False  # not also to a root handler an imported library set up (underthesea does)
    _exit_with_parent(parent)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the worker)
    _WORKER_SETUP.update(task=task, models=models, learned=learned)
    worker_resources(models, learned)


def _start_time(pid: int) -> str | None:
    """The process's start time (field 22 of /proc/PID/stat), or None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return None


def process_alive(pid: int, started: str | None = None) -> bool:
    """Whether process ``pid`` still runs: not gone, not a zombie, not another process under a reused pid."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        return fields[0] not in (b"Z", b"X") and (started is None or fields[19].decode() == started)
    except FileNotFoundError:
        return False
    except (OSError, IndexError):  # no /proc here: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


def _exit_with_parent(parent: int | None = None, interval: float = 0.5) -> None:
    """A worker whose build was killed (``kill -9``: no clean shutdown) ends within ``interval`` seconds,
    instead of finishing its chunks for nobody and holding the build's terminal or pipes open.

    ``parent`` is the build's process. Under *forkserver* a worker's own parent is the fork server,
    which outlives the build as long as a worker holds its "alive" pipe (every worker does): watching
    ``os.getppid()`` would keep the server and the workers alive for ever. Once the workers are gone,
    the fork server and the resource tracker see their pipes close and end too.
    """
    import threading
    import time

    parent = parent or os.getppid()
    started = _start_time(parent)

    def watch() -> None:
        while process_alive(parent, started):
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="thidua-parent-watch", daemon=True).start()


def worker_resources(models: bool = True, learned: tuple[tuple[str, str], ...] = ()) -> ExtractionResources:
    """This process's extraction resources, loaded on first use (workers of any engine share this); the
    campaign names learned since are added to the loaded resources, not loaded again."""
    if (models, learned) not in _WORKER_RESOURCES:
        base = _WORKER_RESOURCES.get((models, ())) or pipeline_resources(models)
        _WORKER_RESOURCES[(models, ())] = base
        _WORKER_RESOURCES[(models, learned)] = with_learned_resources(base, learned) if learned else base
    return _WORKER_RESOURCES[(models, learned)]


def process_chunk(paths: Sequence[str], task: Task | None = None, models: bool | None = None,
                  learned: tuple[tuple[str, str], ...] | None = None) -> list[InputOutcome]:
    """What a worker runs: a few inputs, each failure kept as that input's error (never raises)."""
    resources = worker_resources(_WORKER_SETUP["models"] if models is None else models,
                                 _WORKER_SETUP["learned"] if learned is None else learned)
    task = task or _WORKER_SETUP["task"]
    try:
        return run_task(task, paths, resources)
    except Exception:  # process_inputs does not raise; this is a last guard: each input alone, its error its own
        logging.getLogger(__name__).warning("a chunk of %d inputs failed as a whole; each is processed alone", len(paths))
    outcomes = []
    for path in paths:
        try:
            outcomes.append(task(path, resources))
        except Exception as error:
            outcomes.append(error_outcome(path, error))
    return outcomes


# --- parent side ------------------------------------------------------------------------------------


def _context(start_method: str | None = None) -> multiprocessing.context.BaseContext:
    if start_method:
        return multiprocessing.get_context(start_method)
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipeline.build.engines"])
        return context
    return multiprocessing.get_context("spawn")


def pipelined(
    paths: Sequence[str], chunk_size: int, in_flight: int, submit: Callable[[list[str]], Any]
) -> Iterator[tuple[list[str], Any, deque]]:
    """Chunks of ``paths`` submitted ahead, at most ``in_flight`` at a time, handed back oldest first.

    Yields ``(chunk, future, waiting)``: ``waiting`` holds the later (chunk, future) pairs still in
    flight, so that a caller recovering from a lost worker can take them over (and clear it). Results
    therefore come back in input order, which keeps a build's ids the same whatever the engine.
    """
    chunks = deque(list(paths[i:i + chunk_size]) for i in range(0, len(paths), chunk_size))
    waiting: deque[tuple[list[str], Any]] = deque()
    while chunks or waiting:
        while chunks and len(waiting) < in_flight:
            chunk = chunks.popleft()
            waiting.append((chunk, submit(chunk)))
        chunk, future = waiting.popleft()
        yield chunk, future, waiting


def pipelined_outcomes(
    paths: Sequence[str], chunk_size: int, in_flight: int, submit: Callable[[list[str]], Any],
    collect: Callable[[list[str], Any, deque], Iterator[InputOutcome]], abort: Callable[[], None] = lambda: None,
) -> Iterator[InputOutcome]:
    """An engine's ``map``: ``pipelined`` chunks, the outcomes of each from ``collect(chunk, future, waiting)``
    (which recovers from a lost worker as its engine can). On Ctrl-C, or when the consumer stops early,
    the futures still waiting are cancelled and ``abort()`` runs, so that nothing keeps running behind."""
    waiting: deque = deque()
    try:
        for chunk, future, waiting in pipelined(paths, chunk_size, in_flight, submit):
            yield from collect(chunk, future, waiting)
    except BaseException:
        for _chunk, future in waiting:
            future.cancel()
        abort()
        raise


class ProcessEngine(Closing):
    """``workers`` processes, ``chunk_size`` inputs per task, at most ``in_flight`` tasks submitted."""

    name = "local"

    def __init__(
        self, workers: int | None = None, *, chunk_size: int = DEFAULT_CHUNK_SIZE, in_flight: int | None = None,
        start_method: str | None = None, task: Task = process_input, models: bool = True,
    ) -> None:
        self.models = models
        self.learned: tuple[tuple[str, str], ...] = ()  # campaign names learned from the corpus (set by the build)
        self.task = task  # a module-level function (sent to the workers), or any callable with start_method="fork"
        self.workers = max(1, workers or default_workers())
        self.chunk_size = max(1, chunk_size)
        self.in_flight = max(1, in_flight or 2 * self.workers)
        self.start_method = start_method  # None: forkserver where available, else spawn
        self.description = f"{self.workers} worker processes"
        self._pool: ProcessPoolExecutor | None = None
        self._logs: _LogRelay | None = None
        self.crashes = 0  # worker processes lost (each restarts the pool)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:  # started on the first batch: a no-op rerun starts no process
            context = _context(self.start_method)
            self._logs = _LogRelay(context)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                             initargs=(self.task, self.models, os.getpid(), self.learned, self._logs.queue,
                                                       logging.getLogger("pipeline").getEffectiveLevel()))
        return self._pool

    def _restart(self) -> None:
        self.crashes += 1
        self._terminate()

    def map(self, paths: Sequence[str]) -> Iterator[InputOutcome]:
        return pipelined_outcomes(paths, self.chunk_size, self.in_flight, self._submit, self._collect, self._terminate)

    def _collect(self, chunk: list[str], future: Future, queue: deque) -> Iterator[InputOutcome]:
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            # Which input killed its worker is unknown: every input not yet back is run again,
            # alone, on a fresh pool; those before it in order are yielded as they come.
            suspects = [(chunk, future), *queue]
            queue.clear()
            self._restart()
            for suspect_chunk, suspect in suspects:
                if suspect.done() and not suspect.cancelled() and suspect.exception() is None:
                    yield from suspect.result()
                else:
                    for path in suspect_chunk:
                        yield self._alone(path)
            return
        except Exception:  # e.g. a result that cannot be sent back: run its inputs alone
            for path in chunk:
                yield self._alone(path)
            return
        yield from outcomes

    def _submit(self, chunk: list[str]) -> Future:
        try:
            return self._executor().submit(process_chunk, chunk, None, None, self.learned)
        except BrokenProcessPool as error:  # a worker died since the last result: handled with that result
            future: Future = Future()
            future.set_exception(error)
            return future

    def _alone(self, path: str) -> InputOutcome:
        """One input on its own: if its worker dies now, this input is the one that kills it."""
        try:
            future = self._executor().submit(process_chunk, [path], None, None, self.learned)
        except BrokenProcessPool:  # broken by an earlier task: start afresh first
            self._restart()
            future = self._executor().submit(process_chunk, [path], None, None, self.learned)
        try:
            return future.result()[0]
        except BrokenProcessPool:
            self._restart()
            return crash_outcome(path)
        except Exception as error:
            return error_outcome(path, error)

    def _terminate(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        self._stop_logs()
        processes = list((getattr(pool, "_processes", None) or {}).values())
        manager = getattr(pool, "_executor_manager_thread", None)  # the pool forgets it on shutdown
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
        # CPython 3.11's exit hook wakes a pool's manager thread without the lock under which that thread closes
        # its wake-up pipe: a build interrupted while the manager was still shutting down printed "OSError: [Errno
        # 9] Bad file descriptor" after its own message. Once the manager is done, the hook finds the pipe closed.
        if manager is not None:
            manager.join(timeout=5)

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        self._stop_logs()

    def _stop_logs(self) -> None:
        logs, self._logs = self._logs, None
        if logs is not None:
            logs.stop()


class _LogRelay:
    """The workers' log records, handed to the build's own loggers (so that ``thidua -v build`` shows what
    the workers log, through whatever handlers the application set up). A daemon thread reads the queue;
    a worker killed in the middle of a record can stall it, never the build."""

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self.queue = context.Queue()
        self._thread = threading.Thread(target=self._run, name="thidua-worker-logs", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                record = self.queue.get()
            except (EOFError, OSError, ValueError):
                return
            if record is None:
                return
            logging.getLogger(record.name).handle(record)

    def stop(self) -> None:
        try:
            self.queue.put(None)
        except (OSError, ValueError):
            pass
        self._thread.join(timeout=2)
        self.queue.cancel_join_thread()
        self.queue.close()


def local_engine(workers: int | None = None, resources: ExtractionResources | None = None,
                 task: Task = process_input, models: bool = True) -> "InProcessEngine | ProcessEngine":
    """One worker: the build's own process (no pool to start); more: a process pool."""
    workers = default_workers() if workers is None else workers
    if workers <= 1:
        return InProcessEngine(resources, task, models)
    return ProcessEngine(workers, task=task, models=models)


__all__ = [
    "DEFAULT_CHUNK_SIZE", "Engine", "Task", "crash_outcome", "error_outcome", "InProcessEngine", "ProcessEngine", "default_workers",
    "local_engine", "pipelined_outcomes", "process_chunk", "worker_resources",
]
