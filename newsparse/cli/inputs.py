"""The inputs named on the command line (files, folders, `-`, WARC files), each accounted for.

`Inputs` turns them into entries, in order: a `Page` to parse, a `Skipped` file that is no
HTML page (told by its bytes, see `newsparse.sniff`), or an `Unread` input (missing, not
readable, a corrupt `.gz`, too large, a WARC file that breaks off). Files are read here, in
the calling process: gzip data is decompressed whatever the file's name (and on standard
input), both with a bound of `max_bytes`; a plain HTML file is sniffed from its first bytes
and passed on as its path, for the parsing process to read.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TypeAlias, cast

import attrs

from newsparse.batch import Item
from newsparse.cli.outdir import display
from newsparse.errors import DocumentTooLargeError
from newsparse.guard import MAX_BYTES
from newsparse.sniff import HEAD_BYTES, is_gzip, not_html
from newsparse.warc import iter_warc

__all__ = ["NAME_SUFFIXES", "Entry", "Inputs", "Page", "Skipped", "Source", "Unread", "read_page"]

#: The suffixes taken off a file's name to name its output (case-insensitive).
NAME_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".gz")


@attrs.frozen
class Source:
    """Where an entry comes from: a file (`-` for standard input), or a WARC file's record."""

    path: str
    record_id: str | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, object]:
        """The `source`, `warc_record_id` and `warc_offset` keys of an output."""
        return {"source": str(self), "warc_record_id": self.record_id, "warc_offset": self.offset}

    def __str__(self) -> str:
        """The path as valid UTF-8 text (undecodable bytes as `\\xNN`)."""
        return display(self.path)

    def describe(self) -> str:
        """The path, and for a WARC record its offset: for messages."""
        return str(self) if self.offset is None else f"{self} at offset {self.offset}"


@attrs.frozen
class Page:
    """A page to parse: what `parse_many()` gets, its source and its output path parts."""

    item: Item
    source: Source
    name: tuple[str, ...]


@attrs.frozen
class Skipped:
    """A file that is no HTML page; `named` when given on the command line (not in a folder)."""

    source: Source
    reason: str
    named: bool


@attrs.frozen
class Unread:
    """An input that could not be read: `error` is `"ExceptionType: message"`."""

    source: Source
    error: str


Entry: TypeAlias = Page | Skipped | Unread


@attrs.frozen
class _Listed:
    path: str
    name: tuple[str, ...]
    named: bool


class Inputs:
    """The entries of the given paths (files, folders, `-`, in order), then of WARC files.

    Folders are listed (at any depth, sorted, without following links to folders; a pipe,
    socket or device in them is skipped) when the object is made, so `total` (the number of
    files) is known unless there are WARC files. Files are read as they are iterated; every
    one gives one entry. WARC files give a `Page` per HTML record, and an `Unread` entry when
    they cannot be read to the end; the records they skip add up in `warc_skipped`, by reason.
    """

    def __init__(
        self,
        paths: Sequence[str],
        warcs: Sequence[str],
        url: str | None = None,
        max_bytes: int | None = MAX_BYTES,
    ) -> None:
        self._listed: list[_Listed | Entry] = [found for path in paths for found in _list(path)]
        self._warcs = list(warcs)
        self._url = url
        self._max_bytes = max_bytes
        self.total = None if warcs else len(self._listed)
        self.warc_skipped: Counter[str] = Counter()

    def __iter__(self) -> Iterator[Entry]:
        for listed in self._listed:
            yield self._read(listed) if isinstance(listed, _Listed) else listed
        for warc in self._warcs:
            yield from self._warc_pages(warc)

    def _read(self, listed: _Listed) -> Entry:
        source = Source(listed.path)
        try:
            if listed.path == "-":
                data: Path | bytes | str = read_page(sys.stdin.buffer, self._max_bytes)
            else:
                with open(listed.path, "rb") as stream:
                    data = _read_file(stream, listed.path, self._max_bytes)
        except Exception as error:  # missing, unreadable, corrupt gzip, too large, ...
            return Unread(source, _describe(error))
        if isinstance(data, str):
            return Skipped(source, data, listed.named)
        return Page((data, self._url), source, listed.name)

    def _warc_pages(self, warc: str) -> Iterator[Entry]:
        stem = _strip_suffix(os.path.basename(warc), (".warc.gz", ".warc"))
        try:
            reader = iter_warc(warc)
        except Exception as error:
            yield Unread(Source(warc), _describe(error))
            return
        try:
            for number, page in enumerate(reader, 1):
                source = Source(warc, page.record_id, page.offset)
                yield Page(page, source, (stem, f"{number:06d}"))
        except Exception as error:  # a missing, truncated or corrupt file: go on with the next
            yield Unread(Source(warc), _describe(error))
        finally:
            self.warc_skipped.update(reader.skipped)


def read_page(stream: IO[bytes], max_bytes: int | None = MAX_BYTES) -> bytes | str:
    """A page's bytes from `stream`, gunzipped when gzip data; or why they are no HTML page.

    Reads `max_bytes` (of the page, decompressed) at most, and raises `DocumentTooLargeError`
    above; a corrupt gzip stream raises what `gzip` raises (`EOFError`, `gzip.BadGzipFile`,
    `zlib.error`). A file that is not HTML is read no further than `HEAD_BYTES`.
    """
    head = _read_upto(stream, HEAD_BYTES)
    if is_gzip(head):
        stream = cast(IO[bytes], gzip.GzipFile(fileobj=io.BufferedReader(_Rejoined(head, stream))))
        head = _read_upto(stream, HEAD_BYTES)
    reason = not_html(head)
    if reason is not None:
        return reason
    if max_bytes is None:
        return head + stream.read()
    data = head + _read_upto(stream, max_bytes + 1 - len(head))
    if len(data) > max_bytes:
        raise DocumentTooLargeError(size=_size(stream, len(data)), limit=max_bytes)
    return data


def _read_file(stream: IO[bytes], path: str, max_bytes: int | None) -> Path | bytes | str:
    """A file's page as `read_page()` gives it; for a plain HTML file (a regular file, not
    gzip), its `Path` instead, read by the process that parses it: the command's own process
    then holds no more than the first `HEAD_BYTES` of each page."""
    info = os.fstat(stream.fileno())
    if stat.S_ISREG(info.st_mode) and not path.lower().endswith(".gz"):
        head = _read_upto(stream, HEAD_BYTES)
        if not is_gzip(head):
            reason = not_html(head)
            if reason is not None:
                return reason
            if max_bytes is not None and info.st_size > max_bytes:
                raise DocumentTooLargeError(size=info.st_size, limit=max_bytes)
            return Path(path)
        stream.seek(0)
    return read_page(stream, max_bytes)


def _read_upto(stream: IO[bytes], size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end of the stream (pipes give short reads)."""
    parts: list[bytes] = []
    while size > 0:
        part = stream.read(size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _size(stream: IO[bytes], read: int) -> int:
    """The size of a plain file, else the bytes read (all that is known of a stream)."""
    try:
        return max(os.fstat(stream.fileno()).st_size, read)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        return read


class _Rejoined(io.RawIOBase):
    """The bytes already read from a stream, followed by the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _list(path: str) -> Iterator[_Listed | Entry]:
    """What a command-line path stands for: `-`, itself, or the files of a folder."""
    if path == "-":
        yield _Listed("-", ("stdin",), named=True)
    elif os.path.isdir(path):
        yield from _walk(path)
    else:
        yield _Listed(path, (_strip_suffix(os.path.basename(path), NAME_SUFFIXES),), named=True)


def _walk(root: str) -> Iterator[_Listed | Entry]:
    errors: list[Unread] = []

    def failed(error: OSError) -> None:
        errors.append(Unread(Source(error.filename or root), _describe(error)))

    found: list[str] = []
    for folder, subfolders, files in os.walk(root, onerror=failed):
        subfolders.sort()
        found.extend(os.path.join(folder, name) for name in files)
    yield from errors
    for file in sorted(found):
        parts = os.path.relpath(file, root).split(os.sep)
        try:
            regular = stat.S_ISREG(os.stat(file).st_mode)
        except OSError as error:  # a broken link, ...
            yield Unread(Source(file), _describe(error))
            continue
        if not regular:  # a pipe, socket or device: reading could block or never end
            yield Skipped(Source(file), "not a regular file", named=False)
            continue
        parts[-1] = _strip_suffix(parts[-1], NAME_SUFFIXES)
        yield _Listed(file, tuple(parts), named=False)


def _strip_suffix(name: str, suffixes: Sequence[str]) -> str:
    """`name` without its last suffix of `suffixes`, and without `.gz` before it."""
    lowered = name.lower()
    if lowered.endswith(".gz") and ".gz" in suffixes:
        name, lowered = name[:-3], lowered[:-3]
    for suffix in sorted(suffixes, key=len, reverse=True):
        if lowered.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _describe(error: BaseException) -> str:
    """`"ExceptionType: message"`, valid UTF-8, on one line."""
    return display(" ".join(f"{type(error).__name__}: {error}".split()))
