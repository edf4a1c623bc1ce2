"""The exceptions and warnings newsparse raises.

    NewsparseError                           base of every newsparse exception
    ├── EmptyDocumentError (ValueError)      the input holds no markup or text at all
    ├── DocumentTooLargeError (ValueError)   the input is larger than `parse(max_bytes=)`
    ├── ParserRegistrationError (ValueError) two site parsers claim one host at one level
    ├── WarcFormatError (ValueError)         a WARC file breaks off or is no WARC file
    ├── PageTimeoutError (TimeoutError)      a page overran `parse_many(timeout=)`
    ├── PageMemoryError (MemoryError)        a page needed more than `parse_many(max_memory=)`
    └── WorkerDiedError (RuntimeError)       the worker process parsing a page died

    ParserWarning (UserWarning)              a site parser was skipped (broken or failing)
    DocumentRewrittenWarning (UserWarning)   a pathological page was changed before parsing

Everything else a page can do wrong gives a best-effort `Article`, never an exception.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every exception newsparse raises."""


class EmptyDocumentError(NewsparseError, ValueError):
    """The document is empty or only whitespace, so there is nothing to parse."""

    def __init__(self, *, size: int) -> None:
        self.size = size
        super().__init__(f"empty document: {size} characters of input, none of them markup or text")


class DocumentTooLargeError(NewsparseError, ValueError):
    """The document is larger than the limit set by `parse(..., max_bytes=...)`."""

    def __init__(self, *, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"document too large: {size:,} bytes, the limit is {limit:,} "
            "(pass a larger max_bytes=, or None for no limit)"
        )


class ParserRegistrationError(NewsparseError, ValueError):
    """Two site parsers claim the same host at the same level of precedence."""

    def __init__(self, *, host: str, first: str, second: str, level: str) -> None:
        self.host = host
        self.first = first
        self.second = second
        self.level = level
        super().__init__(f"{first} and {second} both claim {host!r} ({level} parsers)")


class ParserWarning(UserWarning):
    """A site parser was skipped: it failed to load, raised, or returned the wrong type."""


class DocumentRewrittenWarning(UserWarning):
    """A page beyond a structural limit was rewritten before parsing (see `newsparse.guard`),
    or cut after it (see `newsparse.content.cut`).

    `limit` is "depth" (elements nested deeper than `maximum` were flattened, their text kept),
    "elements" (tags that would have built more than `maximum` elements were removed, their
    text kept), "attributes" (a tag with more than `maximum` attributes kept the first
    `maximum`; from an `<html>` or `<body>` tag that would give its element more, the page was
    kept as text only), "page attributes" (the page's start tags held more than `maximum`
    attributes in all: from the tag that passed it, the page was kept as text only), "names"
    (the same, for more than `maximum` distinct tag names or attribute names), "tags" (the
    same, past the `maximum` tags the guard reads; `found` counts the page's "<"), "body
    elements" (the body held `found` elements to read: it was cut after its first `maximum`)
    or, from `parse_text()`, "lines" (the text held `found` lines: those after the first
    `maximum` were kept as they are, as paragraphs, not cleaned). `found` is the largest
    value seen (for "elements", "page attributes" and "names", as far as the guard followed
    the page: at least that many).
    """

    def __init__(self, *, limit: str, maximum: int, found: int) -> None:
        self.limit = limit
        self.maximum = maximum
        self.found = found
        what = {
            "depth": "elements nested",
            "attributes": "attributes on one element",
            "page attributes": "attributes in the page's tags",
            "names": "distinct tag or attribute names",
            "tags": "tags (or '<') to read",
            "body elements": "elements in the body",
        }.get(limit, limit)
        how = {
            "body elements": "page cut after parsing",
            "lines": "text read in part (the rest kept as it is)",
        }.get(limit, "page rewritten before parsing")
        super().__init__(f"{how}: {found:,} {what}, the limit is {maximum:,}")


class WarcFormatError(NewsparseError, ValueError):
    """A WARC file cannot be read on from some record: it is no WARC file, or broken or cut
    short. `pages` is the number of pages `iter_warc()` gave before; `reason` what warcio said."""

    def __init__(self, *, source: str, pages: int, reason: str) -> None:
        self.source = source
        self.pages = pages
        self.reason = reason
        super().__init__(f"unreadable WARC {source} after {pages} pages: {reason}")


class PageTimeoutError(NewsparseError, TimeoutError):
    """A page took longer than the per-page time budget of `parse_many(..., timeout=)`."""

    def __init__(self, *, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"page took longer than its time budget of {seconds:g} s")


class PageMemoryError(NewsparseError, MemoryError):
    """A page needed more memory than the per-worker ceiling of `parse_many(..., max_memory=)`."""

    def __init__(self, *, limit: int) -> None:
        self.limit = limit
        super().__init__(f"page needed more memory than its ceiling of {limit:,} bytes")


class WorkerDiedError(NewsparseError, RuntimeError):
    """The worker process of `parse_many()` died while it parsed a page.

    `signal` is the name of the signal that killed it (`"SIGKILL"`: the kernel's out-of-memory
    killer or another process; `"SIGSEGV"`, `"SIGABRT"`: a crash in C code), or None when it
    exited, with `exitcode`.
    """

    def __init__(self, *, signal: str | None, exitcode: int | None) -> None:
        self.signal = signal
        self.exitcode = exitcode
        how = f"was killed by {signal}" if signal else f"exited with code {exitcode}"
        super().__init__(f"the worker process parsing this page {how}")
