"""`newsparse.parse_many()`: parse a stream of pages on several processes, in input order.

Pages go to the crash-safe worker pool of `newsparse.pool` (or, with one worker and no
budget, are parsed in the calling process); every page is parsed by `_parse_one()`, within its
budgets, and every item gives exactly one `Result`.
"""

from __future__ import annotations

import functools
import gzip
import os
import warnings
import zlib
from collections.abc import Generator, Iterable, Iterator
from typing import Any, TypeAlias

import attrs

from newsparse.budget import _BudgetExpired, limit_memory, time_budget
from newsparse.errors import PageMemoryError, PageTimeoutError
from newsparse.guard import MAX_BYTES, check_size
from newsparse.model import Article
from newsparse.parse import parse
from newsparse.pool import run_pool
from newsparse.warc import WarcPage

__all__ = [
    "Item",
    "PageInput",
    "Result",
    "parse_many",
    "parse_on_workers",
    "read_page",
    "time_budget",
]

#: One page for `parse_many()`: its markup (`str` or `bytes`), the path of a saved page
#: (`pathlib.Path`; `.gz` files are decompressed), either of them paired with its URL as
#: `(page, url)`, or a `WarcPage` from `iter_warc()`.
PageInput: TypeAlias = str | bytes | os.PathLike[str]
Item: TypeAlias = PageInput | tuple[PageInput, str | None] | WarcPage

# A small page of the usual kind, parsed by each worker before its first page.
_WARM_UP_PAGE = (
    "<html lang='en'><head><title>A story - Example</title>"
    "<meta property='article:published_time' content='2024-01-02T10:00:00Z'>"
    "<meta name='author' content='Jane Doe'></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>A story</h1><p class='byline'>By Jane Doe</p>"
    + "<p>A paragraph of the story, long enough to be taken for prose by the parser.</p>" * 4
    + "</article><footer>Copyright Example</footer></body></html>"
)


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
    max_memory: int | None = None,
) -> Generator[Result, None, None]:
    """Parse many pages, yielding one `Result` per item, in input order, as they are ready.

    An item is a page's markup (`str` or `bytes`) or a `pathlib.Path` to a saved page (read by
    the worker; `.gz` files are decompressed), alone or paired with its URL as `(page, url)`,
    or a `WarcPage` from `iter_warc()`, so `parse_many(iter_warc(path))` parses a WARC file.
    Every item gives a `Result`: a page that raises, an item of the wrong shape, a page over
    its budget, a page whose worker process dies (killed by the kernel, a crash in C code) give
    one with the `error`, and the run goes on with the next page, on a fresh worker if need be.

    `workers` is the number of processes (default: one per CPU). `workers=1` without `timeout`
    and `max_memory` parses in the calling process, which is easiest to debug; with either, on
    one worker process, so that the budgets hold. Pages are sent to workers `chunksize` at a
    time, two chunks per worker in flight, and the input is read at most 16 chunks per worker
    ahead of the results yielded (so that one slow page does not stall the other workers), so
    an endless generator works and memory stays flat.

    `timeout` is a time budget in seconds per page: a page that overruns it gives a
    `PageTimeoutError` result. A timer signal in the worker interrupts Python code (site
    parsers that catch every exception included); a worker stuck in C code is killed by the
    parent 1 s (`newsparse.pool.GRACE`) after the budget, and replaced.

    `max_memory` is a ceiling in bytes per worker: a page that needs more gives a
    `PageMemoryError` result. It caps the growth of the worker's address space beyond its size
    at start (`RLIMIT_AS`, Unix): the kernel refuses the allocation that would cross it, so the
    page fails at once, before the machine swaps or the OOM killer picks a process, and the
    worker goes on (watching the resident size from the parent would let a fast allocation
    overshoot between two samples). A C allocation that fails may crash the worker instead: a
    `WorkerDiedError` result, and a fresh worker.

    Closing the iterator early (`break`, an exception, Ctrl-C) stops the workers.

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
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive, not {timeout}")
    if max_memory is not None and max_memory <= 0:
        raise ValueError(f"max_memory must be positive, not {max_memory}")
    numbered = enumerate(items)
    if workers == 1 and timeout is None and max_memory is None:
        return (_parse_one(index, item) for index, item in numbered)
    return parse_on_workers(
        numbered, workers=workers, chunksize=chunksize, timeout=timeout, max_memory=max_memory
    )


def parse_on_workers(
    numbered: Iterator[tuple[int, Item]],
    *,
    workers: int,
    chunksize: int = 8,
    timeout: float | None = None,
    max_memory: int | None = None,
) -> Generator[Result, None, None]:
    """`parse_many()` of `(index, item)` pairs on worker processes, whatever their number."""
    return run_pool(
        numbered,
        functools.partial(_parse_one, timeout=timeout, max_memory=max_memory),
        _failed,
        workers=workers,
        chunksize=chunksize,
        budget=timeout,
        setup=functools.partial(_prepare_worker, max_memory),
    )


def _prepare_worker(max_memory: int | None) -> None:
    """Before a worker's first page: parse a small page, so that what the first parse sets up
    (compiled patterns, the list of site parsers) is not charged to a page's time budget; then
    set the memory ceiling.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parse(_WARM_UP_PAGE, url="https://example.org/2024/01/02/story")
    if max_memory is not None:
        limit_memory(max_memory)


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


def _parse_one(
    index: int, item: Item, timeout: float | None = None, max_memory: int | None = None
) -> Result:
    """Parse one item into a `Result`, turning any exception into its `error`."""
    try:
        page, url, where = _unpack(item)
    except TypeError as error:
        return Result(index, error=_describe(error))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            try:
                with time_budget(timeout):
                    html = read_page(page) if isinstance(page, os.PathLike) else page
                    article = parse(html, url=url)
            except _BudgetExpired:  # fired in the instant the budget was being disarmed
                raise PageTimeoutError(seconds=timeout or 0.0) from None
            except MemoryError:
                if max_memory is None:
                    raise
                raise PageMemoryError(limit=max_memory) from None
        except Exception as error:
            return Result(
                index, error=_describe(error), url=url, warnings=_messages(caught), **where
            )
    return Result(index, article=article, url=url, warnings=_messages(caught), **where)


def _failed(index: int, item: Item, error: BaseException) -> Result:
    """The `Result` of an item that could not be parsed at all: `error` says why."""
    try:
        _, url, where = _unpack(item)
    except TypeError:
        url, where = None, {}
    return Result(index, error=_describe(error), url=url, **where)


def _unpack(item: Item) -> tuple[PageInput, str | None, dict[str, Any]]:
    """An item's page, URL and provenance; `TypeError` for an item of the wrong shape."""
    if isinstance(item, WarcPage):
        where = {"path": item.source, "record_id": item.record_id, "offset": item.offset}
        return item.html, item.url, where
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(
                f"an item is a page, a (page, url) pair or a WarcPage, not a tuple of {len(item)}"
            )
        page, url = item
        if url is not None and not isinstance(url, str):
            raise TypeError(f"an item's url is a str or None, not {type(url).__name__}")
    else:
        page, url = item, None
    return page, url, {"path": os.fspath(page)} if isinstance(page, os.PathLike) else {}


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _messages(caught: list[warnings.WarningMessage]) -> tuple[str, ...]:
    return tuple(f"{w.category.__name__}: {w.message}" for w in caught)


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
