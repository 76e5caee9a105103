"""The per-article pipeline: ``Page`` → ``Article`` → sentences → facts, as one pure function.

This is the unit of work that ``thidua build`` and ``thidua extract`` run for each input, in the
main process, in worker processes or on a Dask cluster alike. ``process_inputs`` runs it over several
inputs and asks the activity model once for all their articles' candidates (a model call walks each of
its 300 trees once, whatever the number of rows): the same facts, for a third of the model's cost.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

from ..clean.text_page import clean_page
from ..extract import ExtractionResources, UndecidedFacts, campaign_free_facts, undecided_facts
from ..extract.campaigns import with_learned
from ..extract.campaigns.learning import may_hold, quoted_names
from ..ingest.files import iter_pages, printable_path
from ..records import Article, Facts, Failure, Page, Processed, Sentence, ThiduaError
from ..learn.relevance import probability
from ..text import match_key, split_sentences


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a page gives before its campaigns: none of it depends on the campaign resources."""

    article: Article
    sentences: tuple[Sentence, ...]
    relevance: float | None
    campaign_free: Facts  # organizations, people, dates, figures


class _RecentReadings:
    """The readings of the last pages processed (per process, at most ``size``). A build, and ``thidua extract``,
    reads again the articles a campaign name learned from the batch can change, with resources that differ only
    in their campaigns: the cleaning, the relevance and the other extractors need not run again, nor the
    activities where the campaigns come out the same (most articles read again: ``facts``)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._readings: OrderedDict[Page, tuple[tuple[object, ...], _Reading]] = OrderedDict()
        self._facts: dict[Page, tuple[object, Facts]] = {}  # the page's last facts, with the activity resources read

    @staticmethod
    def _used(resources: ExtractionResources) -> tuple[object, ...]:
        return (resources.organizations, resources.people, resources.dates, resources.figures, resources.relevance)

    def get(self, page: Page, resources: ExtractionResources) -> _Reading | None:
        kept = self._readings.get(page)
        if kept is None or any(a is not b for a, b in zip(kept[0], self._used(resources), strict=True)):
            return None
        self._readings.move_to_end(page)
        return kept[1]

    def keep(self, page: Page, resources: ExtractionResources, reading: _Reading) -> None:
        self._readings[page] = (self._used(resources), reading)
        self._facts.pop(page, None)
        self._readings.move_to_end(page)
        while len(self._readings) > self.size:
            self._facts.pop(self._readings.popitem(last=False)[0], None)

    def facts(self, page: Page, resources: ExtractionResources) -> Facts | None:
        """The facts last found in ``page`` with the activity resources of ``resources`` (its reading kept)."""
        kept = self._facts.get(page)
        return kept[1] if kept is not None and kept[0] is resources.activities else None

    def keep_facts(self, page: Page, resources: ExtractionResources, facts: Facts) -> None:
        if page in self._readings:
            self._facts[page] = (resources.activities, facts)


_RECENT = _RecentReadings(1024)  # the learning pass of a 1,000-article build finds every page it reads again


def _read(page: Page, resources: ExtractionResources) -> _Reading:
    reading = _RECENT.get(page, resources)
    if reading is None:
        article = clean_page(page)
        sentences = split_sentences(article)
        relevance = probability(resources.relevance, article) if resources.relevance is not None else None
        reading = _Reading(article, sentences, relevance, campaign_free_facts(article, sentences, resources))
        _RECENT.keep(page, resources, reading)
    return reading


def _undecided(page: Page, resources: ExtractionResources) -> tuple[_Reading, UndecidedFacts]:
    reading = _read(page, resources)
    return reading, undecided_facts(reading.article, reading.sentences, resources, reading.relevance,
                                    reading.campaign_free, _RECENT.facts(page, resources))


def _processed(page: Page, resources: ExtractionResources, reading: _Reading, undecided: UndecidedFacts,
               probabilities: list[float] | None = None) -> Processed:
    facts = undecided.decided(probabilities)
    _RECENT.keep_facts(page, resources, facts)
    article = reading.article
    return Processed(article=article, sentences=reading.sentences, facts=facts, content_hash=content_hash(article.text),
                     relevance=reading.relevance)


def process_page(page: Page, resources: ExtractionResources) -> Processed:
    return _processed(page, resources, *_undecided(page, resources))


def process_pages(pages: Sequence[Page], resources: ExtractionResources) -> list[Processed | Exception]:
    """``process_page`` of each page, with the activity model asked once for the candidates of all of them (the
    same facts; ``ActivityModel.probabilities_of_many``). A page that fails gives its exception in its place."""
    undecided: list[tuple[_Reading, UndecidedFacts] | Exception] = []
    for page in pages:
        try:
            undecided.append(_undecided(page, resources))
        except Exception as error:  # one article's failure must not stop the others
            undecided.append(error)
    asked = [u[1].candidates for u in undecided if not isinstance(u, Exception)]
    model = resources.activities.model
    try:
        answers = iter(model.probabilities_of_many(asked) if model is not None else [None] * len(asked))
    except Exception:  # a bug in the batch: each page asks on its own, and fails on its own
        answers = iter([None] * len(asked))
    out: list[Processed | Exception] = []
    for page, reading in zip(pages, undecided):
        if isinstance(reading, Exception):
            out.append(reading)
            continue
        try:
            out.append(_processed(page, resources, *reading, next(answers)))
        except Exception as error:
            out.append(error)
    return out


@dataclass(frozen=True, slots=True)
class InputOutcome:
    """What one input file gave: its processed articles and its failures (picklable, for workers)."""

    path: str
    processed: tuple[Processed, ...]
    failures: tuple[Failure, ...]
    sha256: str | None = None  # of the file's bytes, for the inputs index (None: unreadable)


def failure_of(source: str, stage: str, error: BaseException) -> Failure:
    """The failure of one input as one line: its (printable) source, then the first line of the reason."""
    if isinstance(error, ThiduaError):
        message = str(error)
    else:  # a bug, not bad input: keep the type so the message says so
        message = f"{source}: unexpected {type(error).__name__}: {error}"
    shown = printable_path(source)
    message = message.replace(source, shown)  # a newline in a file name must not cut the message
    if not message.startswith(shown):
        message = f"{shown}: {message}"
    return Failure(source=source, stage=stage, error_type=type(error).__name__, message=message.splitlines()[0])


def process_input(path: str, resources: ExtractionResources, process: Callable[[Page, ExtractionResources], Processed] = process_page) -> InputOutcome:
    """Read one input and process each of its pages, article by article; never raises for bad input or a failing
    article. ``process`` is the per-article function (a seam for tests: a page that crashes or raises)."""
    return process_inputs([path], resources, process)[0]


def _each_page(process: Callable[[Page, ExtractionResources], Processed], pages: Sequence[Page],
               resources: ExtractionResources) -> list[Processed | Exception]:
    out: list[Processed | Exception] = []
    for page in pages:
        try:
            out.append(process(page, resources))
        except Exception as error:  # one article's failure must not stop the others
            out.append(error)
    return out


def file_sha256(path: str | Path) -> str | None:
    """The sha256 of a file's bytes (read in blocks), or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


PAGES_PER_BATCH = 16  # pages whose activity candidates the model scores in one call (about 400 candidates)


def process_inputs(paths: Sequence[str], resources: ExtractionResources,
                   process: Callable[[Page, ExtractionResources], Processed] | None = None) -> list[InputOutcome]:
    """What each input gives (its processed articles, then its failures: its articles', then its own if it cannot be
    read to its end). Their pages are processed ``PAGES_PER_BATCH`` at a time (``process_pages``: the same outcomes as
    article by article, the activity model asked once per batch), or one by one with ``process``."""
    run = process_pages if process is None else partial(_each_page, process)
    sha256 = [file_sha256(path) for path in paths]
    processed: list[list[Processed]] = [[] for _ in paths]
    failures: list[list[Failure]] = [[] for _ in paths]
    unread: list[Failure | None] = [None] * len(paths)

    def pages() -> Iterator[tuple[int, Page]]:
        for index, path in enumerate(paths):
            try:
                for page in iter_pages(path):
                    yield index, page
            except Exception as error:  # an input that cannot be read (to its end): its error, after its pages'
                unread[index] = failure_of(path, "read", error)

    waiting = pages()
    while batch := list(islice(waiting, PAGES_PER_BATCH)):
        for (index, page), result in zip(batch, run([page for _, page in batch], resources)):
            if isinstance(result, Exception):
                failures[index].append(failure_of(page.source, "process", result))
            else:
                processed[index].append(result)
    return [InputOutcome(path=path, processed=tuple(processed[i]),
                         failures=tuple(failures[i]) + ((unread[i],) if unread[i] is not None else ()), sha256=sha256[i])
            for i, path in enumerate(paths)]


def learn_and_process(paths: Sequence[str], resources: ExtractionResources,
                      learned: Iterable[tuple[str, str]] = ()) -> tuple[list[tuple[str, InputOutcome]], list[tuple[str, str]]]:
    """Every input processed, then again those a name learned from the batch can change.

    A campaign quoted after its trigger in one article is recognised unquoted in the others: the first pass
    learns the quoted names, the second reprocesses only the articles whose text holds one of the new names.
    Returns the outcomes in input order and the names learned (``learned`` is what was known before).
    """
    outcomes = list(zip(paths, process_inputs(paths, resources)))
    known = {match_key(name) for name, _ in learned}
    new: dict[str, tuple[str, str]] = {}
    for _, outcome in outcomes:
        for processed in outcome.processed:
            for name, kind in quoted_names(processed.article, processed.facts.campaigns):
                if match_key(name) not in known:
                    new.setdefault(match_key(name), (name, kind))
    if not new:
        return outcomes, []
    relearned = with_learned_resources(resources, [*learned, *new.values()])
    names = [name for name, _ in new.values()]
    again = [index for index, (_, outcome) in enumerate(outcomes)
             if any(may_hold(p.article.text, names) for p in outcome.processed)]
    for index, outcome in zip(again, process_inputs([outcomes[index][0] for index in again], relearned)):
        outcomes[index] = (outcomes[index][0], outcome)
    return outcomes, list(new.values())


def with_learned_resources(resources: ExtractionResources, learned: Iterable[tuple[str, str]]) -> ExtractionResources:
    return replace(resources, campaigns=with_learned(resources.campaigns, learned))
