"""`newsparse.parse_many()`: parse a stream of pages on several processes, in input order.

Work is sent to a process pool in chunks of `chunksize` pages, with at most two chunks per
worker in flight: memory stays bounded whatever the length of the input, which is read lazily,
and results come back in input order as soon as they are ready. Every page is parsed by
`_parse_one()`, on a worker or, with `workers=1`, in the calling process, within its time
budget when `timeout` is given.
"""

from __future__ import annotations

import gzip
import multiprocessing
import multiprocessing.context
import os
import signal
import threading
import warnings
import zlib
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeAlias

import attrs

from newsparse.errors import PageTimeoutError
from newsparse.guard import MAX_BYTES, check_size
from newsparse.model import Article
from newsparse.parse import parse
from newsparse.warc import WarcPage

__all__ = ["Item", "PageInput", "Result", "parse_many", "read_page", "time_budget"]

#: One page for `parse_many()`: its markup (`str` or `bytes`), the path of a saved page
#: (`pathlib.Path`; `.gz` files are decompressed), either of them paired with its URL as
#: `(page, url)`, or a `WarcPage` from `iter_warc()`.
PageInput: TypeAlias = str | bytes | os.PathLike[str]
Item: TypeAlias = PageInput | tuple[PageInput, str | None] | WarcPage

# In-flight chunks per worker: one being parsed, one queued, so no worker waits for the next.
_CHUNKS_PER_WORKER = 2


@attrs.frozen
class Result:
    """The outcome of one page of `parse_many()`: an `article`, or the `error` it raised.

    `index` is the page's position in the input, `url` the URL given with it and `path` the
    file it was read from (None for markup passed directly; the WARC file for a `WarcPage`,
    with the record's `record_id` and byte `offset` in it). `error` is
    `"ExceptionType: message"` (a plain string, so results cross process boundaries),
    `warnings` the messages of the warnings parsing raised (a failing site parser, ...).
    """

    index: int
    article: Article | None = None
    error: str | None = None
    url: str | None = None
    path: str | None = None
    warnings: tuple[str, ...] = ()
    record_id: str | None = None
    offset: int | None = None

    @property
    def ok(self) -> bool:
        """Whether the page was parsed (then `article` is set and `error` is None)."""
        return self.error is None


def parse_many(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    chunksize: int = 8,
    timeout: float | None = None,
) -> Generator[Result, None, None]:
    """Parse many pages, yielding one `Result` per item, in input order, as they are ready.

    An item is a page's markup (`str` or `bytes`) or a `pathlib.Path` to a saved page (read by
    the worker; `.gz` files are decompressed), alone or paired with its URL as `(page, url)`,
    or a `WarcPage` from `iter_warc()`, so `parse_many(iter_warc(path))` parses a WARC file.
    A page that raises gives a `Result` with its `error` and the run goes on.

    `workers` is the number of processes (default: one per CPU); `workers=1` parses in the
    calling process, which is easiest to debug. Pages are sent to workers `chunksize` at a
    time, and the input is read only as far as the chunks in flight (two per worker) need, so
    an endless generator works and memory stays flat.

    `timeout` is a time budget in seconds per page: a page that overruns it gives a `Result`
    whose `error` is a `PageTimeoutError`, and the run goes on. It is enforced with a timer
    signal in the process that parses the page (a pool worker, or the calling process's main
    thread with `workers=1`; on platforms without `SIGALRM`, or off the main thread, it is not
    enforced). Python code and regular expressions are interrupted; a single call into the
    HTML parser runs to its end, which `parse()`'s input guards keep short.

    Closing the iterator early (`break`, an exception, Ctrl-C) cancels the pending work and
    shuts the processes down.

    >>> results = newsparse.parse_many(["<h1>One</h1>", b"", "<h1>Two</h1>"], workers=1)
    >>> [r.article.title if r.ok else r.error[:18] for r in results]
    ['One', 'EmptyDocumentError', 'Two']
    """
    if workers is None:
        workers = _cpu_count()
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    numbered = enumerate(items)
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive, not {timeout}")
    if workers == 1:
        return (_parse_one(index, item, timeout) for index, item in numbered)
    return _parse_on_pool(numbered, workers, chunksize, timeout)


def read_page(path: str | os.PathLike[str], max_bytes: int | None = MAX_BYTES) -> bytes:
    """The bytes of a saved page, decompressed when its name ends in `.gz`.

    Raises `DocumentTooLargeError` when the page is over `max_bytes` (None: no limit), having
    read or decompressed at most `max_bytes + 1` bytes (the error's `size` is then the file's
    size, or for a `.gz` page the bytes decompressed before stopping). Raises `OSError` when
    the file cannot be read, or is a `.gz` file that is broken or cut short
    (`gzip.BadGzipFile`).
    """
    most = -1 if max_bytes is None else max_bytes + 1
    if os.fspath(path).lower().endswith(".gz"):
        try:
            with gzip.open(path, "rb") as handle:
                data = handle.read(most)
        except (EOFError, zlib.error, gzip.BadGzipFile) as error:  # cut short, corrupt
            raise gzip.BadGzipFile(f"broken gzip file: {error}") from error
    else:
        with open(path, "rb") as handle:
            check_size(os.fstat(handle.fileno()).st_size, max_bytes)
            data = handle.read(most)
    check_size(len(data), max_bytes)
    return data


def _parse_on_pool(
    numbered: Iterator[tuple[int, Item]], workers: int, chunksize: int, timeout: float | None
) -> Generator[Result, None, None]:
    pending: deque[Future[list[Result]]] = deque()
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=_safe_context(), initializer=_ignore_sigint
    )
    try:
        while True:
            while len(pending) < workers * _CHUNKS_PER_WORKER:
                chunk = list(islice(numbered, chunksize))
                if not chunk:
                    break
                pending.append(executor.submit(_parse_chunk, chunk, timeout))
            if not pending:
                return
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _parse_chunk(chunk: list[tuple[int, Item]], timeout: float | None) -> list[Result]:
    return [_parse_one(index, item, timeout) for index, item in chunk]


def _parse_one(index: int, item: Item, timeout: float | None = None) -> Result:
    """Parse one item into a `Result`, turning any exception into its `error`."""
    page: PageInput
    url: str | None
    where: dict[str, Any] = {}
    if isinstance(item, WarcPage):
        url, page = item.url, item.html
        where = {"path": item.source, "record_id": item.record_id, "offset": item.offset}
    elif isinstance(item, tuple):
        page, url = item
    else:
        page, url = item, None
    if isinstance(page, os.PathLike):
        where = {"path": os.fspath(page)}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with time_budget(timeout):
                html = read_page(page) if isinstance(page, os.PathLike) else page
                article = parse(html, url=url)
        except Exception as error:
            return Result(
                index,
                error=f"{type(error).__name__}: {error}",
                url=url,
                warnings=_messages(caught),
                **where,
            )
    return Result(index, article=article, url=url, warnings=_messages(caught), **where)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `PageTimeoutError` in the block when it runs longer than `seconds`.

    A no-op when `seconds` is None, off the main thread, or where `SIGALRM` does not exist.
    """
    if (
        seconds is None
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise PageTimeoutError(seconds=seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _messages(caught: list[warnings.WarningMessage]) -> tuple[str, ...]:
    return tuple(f"{w.category.__name__}: {w.message}" for w in caught)


def _safe_context() -> multiprocessing.context.BaseContext | None:
    """Forking a process that runs threads can deadlock the child: start workers from a clean
    fork server then. Else the platform's default (fork on Linux before Python 3.14: fast, and
    scripts need no `if __name__ == "__main__":` guard).
    """
    if threading.active_count() > 1 and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return None


def _ignore_sigint() -> None:
    """In workers: leave Ctrl-C to the parent, which shuts the pool down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
