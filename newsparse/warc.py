"""`newsparse.iter_warc()`: the HTML pages of a WARC file, as `(url, html)` pairs.

Reading WARC files needs the `warc` extra (`pip install 'newsparse[warc]'`, which brings
warcio); it is imported when a file is opened, so `import newsparse` works without it. warcio
parses the records; the subclasses here bound what it reads (header lines and blocks, bodies
and their decompression) and turn every break in the file into a `WarcFormatError`.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

import attrs

from newsparse.decoding import text_codec
from newsparse.decompress import (
    ENCODINGS,
    BrokenStreamError,
    TooLargeError,
    UnsupportedEncodingError,
    decompress,
)
from newsparse.errors import WarcFormatError
from newsparse.guard import MAX_BYTES

__all__ = [
    "MAX_HEADER_BLOCK",
    "MAX_HEADER_LINE",
    "MAX_HEADER_LINES",
    "SKIP_REASONS",
    "WarcPage",
    "WarcReader",
    "iter_warc",
]

MAX_HEADER_LINE = 65_536
"""The longest header line (WARC or HTTP) read, in bytes."""
MAX_HEADER_BLOCK = 1_048_576
"""The largest block of WARC headers, or of HTTP headers, of one record, in bytes."""
MAX_HEADER_LINES = 1_000
"""The most lines in a block of WARC headers, or of HTTP headers, of one record (warcio parses
a header line in some 20 µs: a megabyte of short lines would take seconds)."""

#: The keys of `WarcReader.skipped`, each a reason a record gave no page.
SKIP_REASONS = (
    "not a response",  # warcinfo, request, metadata, revisit, ... records
    "not HTTP",  # a response record without HTTP headers (dns:, ftp:, ...)
    "not HTTP 200",  # redirects, 404s, server errors, ...
    "not HTML",  # images, PDFs, JSON, ... (HTML is text/html or application/xhtml+xml)
    "no URL",  # no WARC-Target-URI header
    "headers too large",  # HTTP headers over MAX_HEADER_LINE, MAX_HEADER_BLOCK or MAX_HEADER_LINES
    "too large",  # a body over max_bytes, as stored or decompressed
    "unsupported encoding",  # brotli without the brotli package, zstd, compress
    "undecodable",  # a broken gzip, deflate or brotli body
    "empty",  # a body of whitespace only
)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_WEB_LATIN1 = frozenset({"latin-1", "iso8859-1", "ascii"})
# Content encodings that compress: a body in one of these that cannot be decompressed is
# skipped. Other labels ("utf-8", "none"...) are server mistakes, and the body is read as is.
_COMPRESSIONS = ENCODINGS | {"zstd", "compress", "x-compress"}
_GZIP_MAGIC = b"\x1f\x8b"
_DIGITS = re.compile(r"[0-9]+")


class _BrokenFileError(Exception):
    """The WARC file cannot be read on from here; the message says why."""


class _JunkAfterRecordError(_BrokenFileError):
    """What follows a record is no record: the file breaks after the record, which is whole."""


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


def iter_warc(
    source: str | os.PathLike[str] | IO[bytes], *, max_bytes: int | None = MAX_BYTES
) -> WarcReader:
    """The HTML pages of a WARC file, as an iterable of `WarcPage`s (`url, html = page`).

    `source` is the path of a `.warc` or `.warc.gz` file, or a binary file object. Only
    `response` records with an HTTP 200 status and an HTML content type give a page; their
    body is decoded from its chunked and gzip/deflate/brotli transfer and content encodings,
    reading and decompressing at most `max_bytes` bytes (None: no limit): a larger body is
    skipped as "too large". `html` is a `str` when the HTTP Content-Type header names a text
    charset (the header wins over the page's own `<meta charset>`), else the body `bytes`,
    which `newsparse.parse()` decodes. Every other record is counted in the returned reader's
    `skipped` Counter, by reason (see `SKIP_REASONS`). `newsparse.parse_many()` takes the pages
    as they are.

    Raises `ImportError` when the `warc` extra is not installed, `OSError` when the path cannot
    be opened, and `newsparse.errors.WarcFormatError` (after the pages read so far) when the
    file is no WARC file, breaks off (a record shorter than its Content-Length, a gzip member
    that ends early), or has a WARC header line over `MAX_HEADER_LINE` bytes or a header block
    over `MAX_HEADER_BLOCK` bytes. A page is given only once its whole record has been read.

    >>> reader = newsparse.iter_warc("CC-NEWS-20240501000000-00000.warc.gz")  # doctest: +SKIP
    >>> articles = newsparse.parse_many(reader)                               # doctest: +SKIP
    """
    return WarcReader(source, max_bytes=max_bytes)


class WarcReader:
    """An iterable over the HTML pages of one WARC file, counting the records it skips.

    `pages` is the number of pages yielded so far and `skipped` a `Counter` of the records
    passed over, by reason. Each iteration reads the file again from the start (and adds to the
    counts again); a file object can be read once.
    """

    def __init__(
        self, source: str | os.PathLike[str] | IO[bytes], *, max_bytes: int | None = MAX_BYTES
    ) -> None:
        self._archive_class = _archive_class()
        self.source = source
        self.max_bytes = max_bytes
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
        archive = self._archive_class(stream)
        records = iter(archive)
        while True:
            try:
                if archive.junk is not None:
                    raise archive.junk
                record = next(records, None)
                if record is None:
                    return
                page = self._page(record, archive.reader.http_overflow)
                offset = archive.offset
                archive.finish(record)  # raises if the record or its gzip member is cut short
            except Exception as error:  # warcio raises many types for a broken file
                raise WarcFormatError(
                    source=_name(self.source), pages=self.pages, reason=_reason(error)
                ) from error
            if isinstance(page, WarcPage):
                page = attrs.evolve(
                    page,
                    source=_name(self.source),
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    offset=offset,
                )
                self.pages += 1
                yield page
            else:
                self.skipped[page] += 1

    def _page(self, record: Any, http_overflow: bool) -> WarcPage | str:
        """The record's `(url, html)`, or the reason it gives no page."""
        if record.rec_type != "response":
            return "not a response"
        if http_overflow:
            return "headers too large"
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
        body = self._body(record, http)
        if isinstance(body, str):
            return body
        if not body.strip():
            return "empty"
        if charset is None or body.startswith(_BOMS):  # a byte-order mark beats the header
            return WarcPage(url, body)
        try:
            return WarcPage(url, body.decode(charset, errors="replace"))
        except (UnicodeError, LookupError, ValueError):  # pragma: no cover - text_codec
            return WarcPage(url, body)

    def _body(self, record: Any, http: Any) -> bytes | str:
        """The record's HTTP body, de-chunked and decompressed, or the reason it has none.

        Reads at most `max_bytes + 1` bytes of the record; what is left of it is skipped later.
        """
        limit = self.max_bytes
        body: bytes = record.raw_stream.read(None if limit is None else limit + 1)
        if limit is not None and len(body) > limit:
            return "too large"
        if "chunked" in (http.get_header("Transfer-Encoding") or "").lower():
            body = _dechunk(body)
        labels = (http.get_header("Content-Encoding") or "").lower().split(",")
        for encoding in reversed([label.strip() for label in labels]):
            if encoding not in _COMPRESSIONS:
                continue
            try:
                body = decompress(body, encoding, limit)
            except TooLargeError:
                return "too large"
            except UnsupportedEncodingError:
                return "unsupported encoding"
            except BrokenStreamError as error:
                if error.output or body.startswith(_GZIP_MAGIC):
                    return "undecodable"
                # Nothing decompressed and no gzip header: the body was sent as it is, under a
                # wrong header (as warcio reads it).
        return body


def _dechunk(data: bytes) -> bytes:
    """`data` decoded from HTTP/1.1 chunked transfer encoding, as leniently as warcio does:
    from a chunk whose size line or terminator is malformed on, the rest is kept as it is, and
    a last chunk cut short is kept as far as it goes."""
    out: list[bytes] = []
    position = 0
    while position < len(data):
        end = data.find(b"\r\n", position, position + 64)
        size = _chunk_size(data[position:end]) if end >= 0 else None
        if size is None:
            out.append(data[position:])
            break
        if size == 0:
            break
        start = end + 2
        chunk = data[start : start + size]
        if len(chunk) < size:
            out.append(chunk)
            break
        if data[start + size : start + size + 2] != b"\r\n":
            out.append(data[position:])
            break
        out.append(chunk)
        position = start + size + 2
    return b"".join(out)


def _chunk_size(line: bytes) -> int | None:
    try:
        size = int(line.split(b";")[0], 16)
    except ValueError:
        return None
    return size if 0 <= size <= 2**31 else None


def _name(source: str | os.PathLike[str] | IO[bytes]) -> str:
    """How to name `source` in a message: its path, or the name of its file object."""
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return str(getattr(source, "name", "<stream>"))


def _reason(error: Exception) -> str:
    """What went wrong, in one line of at most 200 characters."""
    text = str(error) if isinstance(error, _BrokenFileError) else f"{type(error).__name__}: {error}"
    return " ".join(text.split())[:200]


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
    codec = text_codec(label)  # None for UTF-16 too: without a BOM, the bytes decide
    if codec in _WEB_LATIN1:  # as browsers do: latin-1 and ascii labels mean windows-1252
        return "cp1252"
    return codec


def _require_warcio() -> None:
    """Raise `ImportError`, saying which extra to install, when warcio is missing."""
    _archive_class()


@functools.cache
def _archive_class() -> Any:
    """warcio's `ArchiveIterator`, bounded and strict (imported here: warcio is an extra)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.bufferedreaders import DecompressingBufferedReader
        from warcio.recordloader import ArcWarcRecordLoader
    except ImportError as error:
        raise ImportError(
            "reading WARC files needs the warc extra: pip install 'newsparse[warc]'"
        ) from error

    class Reader(DecompressingBufferedReader):  # type: ignore[misc]
        """warcio's reader of the (gzipped) file, with bounded header lines and blocks, that
        raises on a corrupt gzip member and knows whether the current member is complete."""

        def __init__(self, stream: Any) -> None:
            self.phase: str | None = None  # "warc" or "http" while reading a record's headers
            self.budget = MAX_HEADER_BLOCK
            self.lines = 0
            self.http_overflow = False
            self.fed = False
            super().__init__(stream)

        def begin(self, phase: str | None, lines: int = 0) -> None:
            """Start (or, with None, end) reading a block of WARC or HTTP headers."""
            self.phase, self.lines, self.budget = phase, lines, MAX_HEADER_BLOCK
            if phase == "warc":
                self.http_overflow = False

        def _init_decomp(self, decomp_type: str | None) -> None:
            super()._init_decomp(decomp_type)
            self.fed = False

        def _decompress(self, data: bytes) -> bytes:
            if self.decompressor is not None and data:
                self.fed = True
                if self.num_block_read:  # warcio would print zlib's error and go on
                    return self.decompressor.decompress(data)  # type: ignore[no-any-return]
            return super()._decompress(data)  # type: ignore[no-any-return]

        def member_incomplete(self) -> bool:
            """Whether a gzip member was begun and has not reached its end."""
            decompressor = self.decompressor
            return decompressor is not None and self.fed and not decompressor.eof

        def readline(self, length: int | None = None) -> bytes:
            if self.phase == "http" and self.http_overflow:
                return b""  # ends the HTTP headers: the record is skipped
            cap = MAX_HEADER_LINE + 1 if length is None else min(length, MAX_HEADER_LINE + 1)
            line: bytes = super().readline(cap)
            if self.phase is None:
                if len(line) > MAX_HEADER_LINE:
                    raise _JunkAfterRecordError(f"a line of over {MAX_HEADER_LINE:,} bytes")
                return line
            if not line and (self.lines or self.phase == "http"):
                raise _BrokenFileError("the file ends inside the headers of a record")
            self.lines += 1
            self.budget -= len(line)
            if len(line) > MAX_HEADER_LINE or self.budget < 0 or self.lines > MAX_HEADER_LINES:
                if self.phase == "http":
                    self.http_overflow = True
                    return line
                raise _BrokenFileError(
                    f"WARC headers over {MAX_HEADER_LINE:,} bytes a line,"
                    f" {MAX_HEADER_BLOCK:,} bytes or {MAX_HEADER_LINES:,} lines in all"
                )
            return line

    class Loader(ArcWarcRecordLoader):  # type: ignore[misc]
        """warcio's record loader, telling the reader when HTTP headers begin."""

        def __init__(self, reader: Reader) -> None:
            super().__init__(verify_http=False, arc2warc=False)
            self.reader = reader

        def load_http_headers(self, rec_type: str, uri: str, stream: Any, length: Any) -> Any:
            self.reader.begin("http")
            return super().load_http_headers(rec_type, uri, stream, length)

        def _ensure_target_uri_format(self, rec_headers: Any) -> str | None:
            """What warcio does (strip `<>`, percent-encode spaces), without logging it."""
            uri: str | None = rec_headers.get_header("WARC-Target-URI")
            if uri is not None and uri.startswith("<") and uri.endswith(">"):
                uri = uri[1:-1]
            if uri is not None:
                uri = uri.replace(" ", "%20")
                rec_headers.replace_header("WARC-Target-URI", uri)
            return uri

    class Archive(ArchiveIterator):  # type: ignore[misc]
        """warcio's record iterator over a `Reader`, strict about record boundaries."""

        def __init__(self, stream: IO[bytes]) -> None:
            super().__init__(stream)
            self.reader = Reader(self.fh)
            self.loader = Loader(self.reader)
            self.junk: _JunkAfterRecordError | None = None  # raised before the next record

        def _next_record(self, next_line: bytes | None) -> Any:
            self.reader.begin("warc", lines=0 if next_line is None else 1)
            try:
                record = super()._next_record(next_line)
            finally:
                self.reader.begin(None)
            name = "length" if record.format == "arc" else "Content-Length"
            value = record.rec_headers.get_header(name) or ""
            if not _DIGITS.fullmatch(value.strip()):
                raise _BrokenFileError(f"a record without a valid {name}: {value[:40]!r}")
            return record

        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            """Read the blank lines after a record up to the next one's first line; a record
            must be followed by one to `MAX_HEADER_LINES` blank lines (none: its
            Content-Length is wrong)."""
            empty_size = 0
            for _ in range(MAX_HEADER_LINES + 1):
                line: bytes = self.reader.readline()
                if not line:
                    return None, empty_size
                if line.strip():
                    if not empty_size:
                        raise _BrokenFileError(
                            "a record is not followed by a blank line (wrong Content-Length?)"
                        )
                    return line, empty_size
                empty_size += len(line)
            raise _JunkAfterRecordError(f"over {MAX_HEADER_LINES:,} blank lines after a record")

        def finish(self, record: Any) -> None:
            """Skip the rest of `record`; raise if it, or its gzip member, is cut short. What
            breaks after it is kept in `junk`, to raise once the record's page is given."""
            try:
                self.read_to_end()
            except _JunkAfterRecordError as error:
                self.junk = error
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                raise _BrokenFileError(
                    f"the file ends inside a record: {missing:,} bytes of it are missing"
                )
            if self.junk is None and self.next_line is None and self.reader.member_incomplete():
                raise _BrokenFileError("the file ends inside a gzip member")

        def close(self) -> None:
            incomplete = self.reader is not None and self.reader.member_incomplete()
            super().close()
            if incomplete:
                raise _BrokenFileError("the file ends inside a gzip member")

    return Archive
