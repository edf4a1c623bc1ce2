"""Checks on the raw page before Lexbor parses it: size, attributes per tag, and the tree.

Lexbor (selectolax 1.0) parses ordinary markup in linear time, but is quadratic in nesting
depth and in attributes per tag, and markup can make the tree builder open far more elements
than it has tags (it re-opens every formatting element left open, before each text). So:

- size: more than `max_bytes` (bytes for `bytes` input, characters for `str`) raises
  `DocumentTooLargeError` before anything is decoded or parsed;
- attributes: a tag with more than `MAX_ATTRIBUTES` attributes keeps the first ones only;
- the tree: the tree built from the page is at most `MAX_DEPTH` levels deep (`<html>` is level
  1) and has at most `max_elements(len(page))` elements: tags that would open elements beyond
  either limit are removed (their text stays, in the element at the limit), see
  `newsparse.treebuilder`.

A page rewritten by the last two emits a `DocumentRewrittenWarning` saying what was found.
The attribute scan runs in C (`bytes.find`, regexes that cannot backtrack). The tree check
first asks `newsparse.screen`, which follows regular markup exactly with one regex scan and a
short loop, and cuts it at the limits itself; only a page it does not follow is read by the
full model of the tree builder.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from newsparse.errors import DocumentRewrittenWarning, DocumentTooLargeError
from newsparse.screen import screen_bound
from newsparse.treebuilder import bound_tree

__all__ = [
    "BYTES_PER_ELEMENT",
    "MAX_ATTRIBUTES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MIN_ELEMENTS",
    "check_size",
    "guard",
    "max_elements",
    "read_start_tag",
]

MAX_BYTES = 20_000_000
"""Default `parse(..., max_bytes=)`: pages above this size raise `DocumentTooLargeError`."""
MAX_DEPTH = 512
"""The tree is at most this deep (`<html>` is level 1): deeper elements lose their tags."""
MIN_ELEMENTS = 20_000
BYTES_PER_ELEMENT = 32
"""A page's tree has at most `MIN_ELEMENTS + len(page) // BYTES_PER_ELEMENT` elements (the
corpus of real pages has at most one per 40 bytes)."""
# Up to this many "<", a page cannot pass either limit: n tags and n + 1 texts open at most
# 3 elements per tag plus n re-opened formatting elements per token, about 2n² + 4n in all
# (16,600 for 90), and at most 4n + 3 levels.
_FEW_TAGS = 90
MAX_ATTRIBUTES = 1000
"""A tag keeps at most this many attributes."""

# A tag as the tokenizer reads it: a value quoted after "=" may hold ">", a quote elsewhere is a
# plain character. The body is matched inside a lookahead, which Python never backtracks into
# (an atomic group), so the scan is linear whatever the page holds.
_TAG_BODY = rb"""((?:[^>"'=]+|=\s*(?:"[^"]*"|'[^']*')?|["'])*)"""
_START_TAG = re.compile(rb"<[a-zA-Z](?=%b)\1>?" % _TAG_BODY)
# Where a tag of more than MAX_ATTRIBUTES attributes may start: a tag start followed by twice as
# many characters without ">" (or, when its values quote ">", without "<").
_WINDOW = 2 * MAX_ATTRIBUTES
_LONG_TAG = re.compile(rb"<[a-zA-Z](?:[^>]{%d}|[^<]{%d})" % (_WINDOW, _WINDOW))
_TAG_NAME = re.compile(rb"<[^\s/>]*")
_ATTRIBUTE = re.compile(rb"""[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def check_size(size: int, max_bytes: int | None) -> None:
    """Raise `DocumentTooLargeError` when `size` is above `max_bytes` (None: no limit)."""
    if max_bytes is not None and size > max_bytes:
        raise DocumentTooLargeError(size=size, limit=max_bytes)


def guard(text: bytes) -> bytes:
    """`text` unchanged, or with over-long tags cut and the tags that would build a tree
    beyond `MAX_DEPTH` or `max_elements` removed."""
    text = _limit_attributes(text)
    return _limit_tree(text)


def read_start_tag(text: bytes, position: int) -> re.Match[bytes] | None:
    """The start tag that opens at `position` of `text`, as the tokenizer reads it (to its
    `>`, or to the end of `text` when none closes it), or None when no tag opens there."""
    return _START_TAG.match(text, position)


def _limit_attributes(text: bytes) -> bytes:
    if len(text) < _WINDOW:
        return text
    parts: list[bytes] = []
    position = 0  # where the text not yet copied to `parts` starts
    scanned = 0  # where the last tag read ends: a "<" before it is inside that tag
    found = 0
    for candidate in _long_tags(text):
        if candidate.start() < scanned:
            continue
        tag = read_start_tag(text, candidate.start())
        if tag is None:
            continue
        scanned = tag.end()
        name_end = _TAG_NAME.match(text, tag.start()).end()  # type: ignore[union-attr]
        attributes = _ATTRIBUTE.findall(text, name_end, tag.end())
        if len(attributes) <= MAX_ATTRIBUTES:
            continue
        found = max(found, len(attributes))
        kept = b" ".join(attributes[:MAX_ATTRIBUTES])
        parts += [text[position : tag.start()], text[tag.start() : name_end], b" ", kept, b">"]
        position = tag.end()
    if not found:
        return text
    parts.append(text[position:])
    warnings.warn(
        DocumentRewrittenWarning(limit="attributes", maximum=MAX_ATTRIBUTES, found=found),
        stacklevel=4,
    )
    return b"".join(parts)


def _long_tags(text: bytes) -> Iterator[re.Match[bytes]]:
    """The matches of `_LONG_TAG.finditer(text)`, searched for only where one can start.

    A match at p needs `text[p + 2 : p + 2 + _WINDOW]` to lack ">" or "<", so p + 2 is in one of
    the ranges from `_gaps`. Each range is searched, in order, from where the last match ended
    (as `finditer` goes on) up to the end of its last window: a match never reads past its own
    end, so this finds the same matches as a search of the whole page.
    """
    position = 0
    for first, last in sorted([*_gaps(text, b">"), *_gaps(text, b"<")]):
        position = max(position, first - 2)
        while (match := _LONG_TAG.search(text, position, last + _WINDOW)) is not None:
            yield match
            position = match.end()


def _gaps(text: bytes, byte: bytes) -> Iterator[tuple[int, int]]:
    """`(first, last)` ranges of the starts of the `_WINDOW`-byte windows of `text` without `byte`.

    `bytes.find` and `rfind` run at memory speed; each pair of steps moves at least one window on.
    """
    start = 0
    while start + _WINDOW <= len(text):
        found = text.rfind(byte, start, start + _WINDOW)
        if found >= 0:  # every window starting up to `found` holds it
            start = found + 1
            continue
        end = text.find(byte, start + _WINDOW)
        end = len(text) if end < 0 else end
        yield start, end - _WINDOW
        start = end + 1


def max_elements(size: int) -> int:
    """The most elements the tree of a page of `size` bytes may have."""
    return MIN_ELEMENTS + size // BYTES_PER_ELEMENT


def _limit_tree(text: bytes) -> bytes:
    limit = max_elements(len(text))
    if text.count(b"<") <= _FEW_TAGS:
        return text
    outcome = screen_bound(text, MAX_DEPTH, limit) or bound_tree(text, MAX_DEPTH, limit)
    if not outcome.rewritten:
        return text
    if outcome.wanted_depth:
        warning = DocumentRewrittenWarning(
            limit="depth", maximum=MAX_DEPTH, found=outcome.wanted_depth
        )
    else:
        warning = DocumentRewrittenWarning(
            limit="elements", maximum=limit, found=outcome.wanted_elements
        )
    warnings.warn(warning, stacklevel=4)
    return outcome.text
