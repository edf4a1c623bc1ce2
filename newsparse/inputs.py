"""The pages named on the command line: files, directories, `-` and WARC files."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from newsparse.batch import Item
from newsparse.warc import iter_warc

__all__ = ["PAGE_SUFFIXES", "Inputs", "Page"]

#: The files a directory contributes, at any depth (case-insensitive).
PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


@attrs.frozen
class Page:
    """One page to parse: what `parse_many()` gets, where it came from, its output name."""

    item: Item
    source: str  # the file, "-" or the WARC file the page came from
    name: str  # the output file's path under --output-dir, without suffix


class Inputs:
    """The pages of the given files, directories and `-` (in that order), then of WARC files.

    Files and directories are listed when the object is made, so `total` is known unless
    there are WARC files (None then). WARC files are read as they are iterated: their skipped
    records add up in `skipped`, and a file that cannot be read (or breaks off) is reported in
    `broken` and the run goes on with the next one.
    """

    def __init__(self, paths: Sequence[str], warcs: Sequence[str], url: str | None = None) -> None:
        self._files = [found for path in paths for found in _expand(path)]
        self._warcs = list(warcs)
        self._url = url
        self.total = None if warcs else len(self._files)
        self.skipped: Counter[str] = Counter()
        self.broken: list[str] = []

    def __iter__(self) -> Iterator[Page]:
        for path, name in self._files:
            if path == "-":
                yield Page((sys.stdin.buffer.read(), self._url), "-", name)
            else:
                yield Page((Path(path), self._url), path, name)
        for warc in self._warcs:
            yield from self._warc_pages(warc)

    def _warc_pages(self, warc: str) -> Iterator[Page]:
        stem = _strip_suffix(os.path.basename(warc), (".warc.gz", ".warc"))
        reader = iter_warc(warc)
        try:
            for number, page in enumerate(reader, 1):
                yield Page(page, warc, f"{stem}/{number:06d}")
        except Exception as error:  # a missing, truncated or corrupt file: go on with the next
            self.broken.append(f"{warc}: {type(error).__name__}: {error}")
        finally:
            self.skipped.update(reader.skipped)


def is_page_file(name: str) -> bool:
    """Whether a directory entry is a saved page (`*.html`, `*.htm`, `*.html.gz`)."""
    return name.lower().endswith(PAGE_SUFFIXES)


def _expand(path: str) -> Iterator[tuple[str, str]]:
    """The files a command-line path stands for, each with its output name."""
    if path == "-":
        yield "-", "stdin"
    elif os.path.isdir(path):
        found: list[str] = []
        for folder, subfolders, files in os.walk(path):
            subfolders.sort()
            found.extend(os.path.join(folder, name) for name in files if is_page_file(name))
        for file in sorted(found):
            yield file, _strip_suffix(os.path.relpath(file, path), PAGE_SUFFIXES)
    else:
        yield path, _strip_suffix(os.path.basename(path), PAGE_SUFFIXES)


def _strip_suffix(name: str, suffixes: Sequence[str]) -> str:
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
