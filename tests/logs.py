"""Reading what the library logs: a handler on the ``pipeline`` logger itself, so that a test sees the
records whatever an earlier ``thidua`` command in the same process did to propagation."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def logged(level: int = logging.INFO, name: str = "pipeline") -> Iterator[list[logging.LogRecord]]:
    """The records of ``name`` and its children at ``level`` and above, while the block runs."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    logger = logging.getLogger(name)
    handler, before = Keep(level), logger.level
    logger.addHandler(handler)
    logger.setLevel(min(level, before) if before else level)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(before)


def messages(records: list[logging.LogRecord]) -> str:
    return "\n".join(f"{record.levelname} {record.name}: {record.getMessage()}" for record in records)
