"""`newsparse.iter_warc()`: the HTML pages of a WARC file, as `(url, html)` pairs.

Reading WARC files needs the `warc` extra (`pip install 'newsparse[warc]'`, which brings
warcio); it is imported when a file is opened, so `import newsparse` works without it.
"""

from __future__ import annotations

import codecs
import os
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

import attrs

from newsparse.errors import WarcFormatError

__all__ = ["SKIP_REASONS", "WarcPage", "WarcReader", "iter_warc"]

#: The keys of `WarcReader.skipped`, each a reason a record gave no page.
SKIP_REASONS = (
    "not a response",  # warcinfo, request, metadata, revisit, ... records
    "not HTTP",  # a response record without HTTP headers (dns:, ftp:, ...)
    "not HTTP 200",  # redirects, 404s, server errors, ...
    "not HTML",  # images, PDFs, JSON, ... (HTML is text/html or application/xhtml+xml)
    "no URL",  # no WARC-Target-URI header
    "undecodable",  # a broken chunked or gzip body
    "empty",  # a body of whitespace only
)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_WEB_LATIN1 = frozenset({"latin-1", "iso8859-1", "ascii"})


@attrs.frozen
class WarcPage:
    """An HTML page of a WARC file: the record's target URL, its decoded HTTP body, and where
    the record is: the WARC file (`source`, None for a file object without a name), its
    `WARC-Record-ID` and its byte offset in the file as stored (compressed or not).

    It unpacks as `url, html = page`.
    """

    url: str
    html: str | bytes
    source: str | None = None
    record_id: str | None = None
    offset: int | None = None

    def __iter__(self) -> Iterator[str | bytes]:
        yield self.url
        yield self.html


def iter_warc(source: str | os.PathLike[str] | IO[bytes]) -> WarcReader:
    """The HTML pages of a WARC file, as an iterable of `WarcPage`s (`url, html = page`).

    `source` is the path of a `.warc` or `.warc.gz` file, or a binary file object. Only
    `response` records with an HTTP 200 status and an HTML content type give a page; their
    body is decoded from its chunked and gzip/deflate/brotli transfer and content encodings.
    `html` is a `str` when the HTTP Content-Type header names a charset (the header wins over
    the page's own `<meta charset>`), else the body `bytes`, which `newsparse.parse()` decodes.
    Every other record is counted in the returned reader's `skipped` Counter, by reason (see
    `SKIP_REASONS`). `newsparse.parse_many()` takes the pages as they are. Raises
    `ImportError` when the `warc` extra is not installed, and
    `newsparse.errors.WarcFormatError` (after the pages read so far) when the file is no WARC
    file or breaks off (a download cut short).

    >>> reader = newsparse.iter_warc("CC-NEWS-20240501000000-00000.warc.gz")  # doctest: +SKIP
    >>> articles = newsparse.parse_many(reader)                               # doctest: +SKIP
    """
    return WarcReader(source)


class WarcReader:
    """An iterable over the HTML pages of one WARC file, counting the records it skips.

    `pages` is the number of pages yielded so far and `skipped` a `Counter` of the records
    passed over, by reason. Each iteration reads the file again from the start (and adds to the
    counts again); a file object can be read once.
    """

    def __init__(self, source: str | os.PathLike[str] | IO[bytes]) -> None:
        self._archive_iterator = _require_warcio()
        self.source = source
        self.pages = 0
        self.skipped: Counter[str] = Counter()

    def __repr__(self) -> str:
        return f"<WarcReader {self.source!r}: {self.pages} pages, {self.skipped.total()} skipped>"

    def __iter__(self) -> Iterator[WarcPage]:
        if isinstance(self.source, (str, os.PathLike)):
            with open(self.source, "rb") as stream:
                yield from self._pages(stream)
        else:
            yield from self._pages(self.source)

    def _pages(self, stream: IO[bytes]) -> Iterator[WarcPage]:
        archive = self._archive_iterator(stream)
        records = iter(archive)
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as error:  # warcio raises several types for a broken file
                reason = " ".join(f"{type(error).__name__}: {error}".split())[:200]
                raise WarcFormatError(
                    source=_name(self.source), pages=self.pages, reason=reason
                ) from error
            page = self._page(record)
            if isinstance(page, WarcPage):
                page = attrs.evolve(
                    page,
                    source=_name(self.source),
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    offset=archive.get_record_offset(),
                )
                self.pages += 1
                yield page
            else:
                self.skipped[page] += 1

    def _page(self, record: Any) -> WarcPage | str:
        """The record's `(url, html)`, or the reason it gives no page."""
        if record.rec_type != "response":
            return "not a response"
        http = record.http_headers
        if http is None or not http.protocol.upper().startswith("HTTP/"):
            return "not HTTP"
        if http.get_statuscode() != "200":
            return "not HTTP 200"
        content_type = http.get_header("Content-Type") or ""
        media_type, charset = _parse_content_type(content_type)
        if media_type not in _HTML_TYPES:
            return "not HTML"
        url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
        if not url:
            return "no URL"
        try:
            body: bytes = record.content_stream().read()
        except Exception:  # warcio raises several types for a broken chunked or gzip body
            return "undecodable"
        if not body.strip():
            return "empty"
        if charset is None or body.startswith(_BOMS):  # a byte-order mark beats the header
            return WarcPage(url, body)
        return WarcPage(url, body.decode(charset, errors="replace"))


def _name(source: str | os.PathLike[str] | IO[bytes]) -> str:
    """How to name `source` in a message: its path, or the name of its file object."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", "<stream>"))


def _parse_content_type(value: str) -> tuple[str, str | None]:
    """The media type and the Python codec of the charset named in a Content-Type header."""
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, label = param.partition("=")
        if name.strip().lower() == "charset":
            charset = _codec(label.strip().strip("'\""))
    return media_type.strip().lower(), charset


def _codec(label: str) -> str | None:
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec.startswith("utf-16"):  # a page sent as text cannot be UTF-16 without a BOM
        return "utf-8"
    if codec in _WEB_LATIN1:  # as browsers do: latin-1 and ascii labels mean windows-1252
        return "cp1252"
    return codec


def _require_warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as error:
        raise ImportError(
            "reading WARC files needs the warc extra: pip install 'newsparse[warc]'"
        ) from error
    return ArchiveIterator
