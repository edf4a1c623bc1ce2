"""Cheap checks on the raw page before Lexbor parses it: size, nesting depth, attributes per tag.

Lexbor (selectolax 1.0) parses ordinary markup in linear time, but a few shapes make it
quadratic: about 20 s for 100,000 nested `<div>`s and 35 s for one tag with 100,000
attributes. These checks are linear scans in C over the page's UTF-8 bytes (`bytes.find` to skip
the stretches where no over-long tag can start, `re` with patterns that cannot backtrack,
`list.count`), so an ordinary page pays a fraction of a millisecond:

- size: more than `max_bytes` (bytes for `bytes` input, characters for `str`) raises
  `DocumentTooLargeError` before anything is decoded or parsed;
- nesting: elements opened deeper than `MAX_DEPTH` lose their tags (their text stays, in the
  element at the limit), as browsers flatten the tree (Blink stops nesting at 512 levels);
- attributes: a tag with more than `MAX_ATTRIBUTES` attributes keeps the first ones only.

A page rewritten by the last two emits a `DocumentRewrittenWarning` saying what was found.
The scans read markup as a tokenizer would, but are not one: they do not know that the
content of `<script>` or a comment is not markup, so they may over-count there (harmless: a
comment or script is not text) and a page crafted against this very scanner may still be
slow; batch mode's per-page time budget is the backstop for that.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from itertools import accumulate

from newsparse.errors import DocumentRewrittenWarning, DocumentTooLargeError

__all__ = ["MAX_ATTRIBUTES", "MAX_BYTES", "MAX_DEPTH", "check_size", "depth", "guard"]

MAX_BYTES = 20_000_000
"""Default `parse(..., max_bytes=)`: pages above this size raise `DocumentTooLargeError`."""
MAX_DEPTH = 512
"""Elements nested deeper than this are flattened into their ancestor at this depth."""
MAX_ATTRIBUTES = 1000
"""A tag keeps at most this many attributes."""

# Elements that never contain others (void) or that the parser closes implicitly when a sibling
# opens (`<p>`, `<li>`, `<td>`...): neither can build depth, so they are not counted. (Ruby's
# `<rt>`, `<rp>`, `<rb>` and `<rtc>` are closed so only inside a `<ruby>`: elsewhere they nest.)
_FLAT = (
    b"area|base|basefont|bgsound|br|col|embed|frame|hr|image|img|input|keygen|link|meta|param|"
    b"source|track|wbr|p|li|dt|dd|option|optgroup|tr|td|th|thead|tbody|tfoot"
)
# One item per start tag ("") or end tag ("/"): every tag, then only those that can nest.
_ANY_EDGE = re.compile(rb"<(/?)[a-zA-Z]")
# SVG and MathML elements written self-closed ("<path .../>"), as icons are: they close at once.
_SELF_CLOSED = (
    rb"(?:path|circle|rect|line|polyline|polygon|ellipse|use|stop|g|animate\w*|set|fe\w+|mpath"
    rb"|mi|mo|mn|ms|mspace|mprescripts|none)\b[^<>]*/>"
)
_TAG_EDGE = re.compile(rb"<(/?)(?!(?:%b)[\s/>]|%b)[a-zA-Z]" % (_FLAT, _SELF_CLOSED), re.IGNORECASE)
_DELTA = {b"": 1, b"/": -1}
_FLAT_NAME = re.compile(_FLAT, re.IGNORECASE)
_SELF_CLOSED_TAG = re.compile(b"<" + _SELF_CLOSED, re.IGNORECASE)
# A tag as the tokenizer reads it: a value quoted after "=" may hold ">", a quote elsewhere is a
# plain character. The body is matched inside a lookahead, which Python never backtracks into
# (an atomic group), so the scan is linear whatever the page holds.
_TAG_BODY = rb"""((?:[^>"'=]+|=\s*(?:"[^"]*"|'[^']*')?|["'])*)"""
_TAG = re.compile(rb"<(/?)([a-zA-Z][^\s/>]*)(?=%b)\3>?" % _TAG_BODY)
_START_TAG = re.compile(rb"<[a-zA-Z](?=%b)\1>?" % _TAG_BODY)
# Where a tag of more than MAX_ATTRIBUTES attributes may start: a tag start followed by twice as
# many characters without ">" (or, when its values quote ">", without "<").
_WINDOW = 2 * MAX_ATTRIBUTES
_LONG_TAG = re.compile(rb"<[a-zA-Z](?:[^>]{%d}|[^<]{%d})" % (_WINDOW, _WINDOW))
# Tags per step of the cheap depth bound: a step moves the level by at most this much.
_CHUNK = 64
_TAG_NAME = re.compile(rb"<[^\s/>]*")
_ATTRIBUTE = re.compile(rb"""[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def check_size(size: int, max_bytes: int | None) -> None:
    """Raise `DocumentTooLargeError` when `size` is above `max_bytes` (None: no limit)."""
    if max_bytes is not None and size > max_bytes:
        raise DocumentTooLargeError(size=size, limit=max_bytes)


def guard(text: bytes) -> bytes:
    """`text` unchanged, or with over-deep nesting flattened and over-long tags cut."""
    text = _limit_attributes(text)
    return _limit_depth(text)


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
        tag = _START_TAG.match(text, candidate.start())
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


def depth(text: bytes) -> int:
    """The deepest nesting of elements in `text`, as the scan counts it (stray end tags ignored)."""
    if text.count(b"<") <= MAX_DEPTH:
        return 0
    # First an upper bound, counting every tag: enough for almost every page.
    levels = list(accumulate(map(_DELTA.__getitem__, _ANY_EDGE.findall(text)), initial=0))
    bound = max(levels) - min(levels)
    if bound <= MAX_DEPTH:
        return bound
    levels = list(accumulate(map(_DELTA.__getitem__, _TAG_EDGE.findall(text)), initial=0))
    # A stray end tag closes nothing: measure each level from the lowest one seen before it.
    floors = accumulate(levels, min)
    return max(map(int.__sub__, levels, floors))


def _may_be_too_deep(text: bytes) -> bool:
    """False when `depth(text)` is certainly at most `MAX_DEPTH`: cheaper than `depth` itself.

    It bounds the walk over every tag of `depth`'s first bound a chunk of tags at a time (within
    a chunk the level stays between its start minus the chunk's end tags and plus its start
    tags), so `top - bottom` is at least that bound, which `depth` returns when it is in range.
    """
    edges = _ANY_EDGE.findall(text)
    level = top = bottom = 0
    for start in range(0, len(edges), _CHUNK):
        chunk = edges[start : start + _CHUNK]
        ends = chunk.count(b"/")
        top = max(top, level + len(chunk) - ends)
        bottom = min(bottom, level - ends)
        level += len(chunk) - 2 * ends
    return top - bottom > MAX_DEPTH


def _limit_depth(text: bytes) -> bytes:
    if not _may_be_too_deep(text):
        return text
    found = depth(text)
    if found <= MAX_DEPTH:
        return text
    parts: list[bytes] = []
    level = 0
    position = 0
    for match in _TAG.finditer(text):
        closing, name, _ = match.groups()
        if _FLAT_NAME.fullmatch(name) or _SELF_CLOSED_TAG.fullmatch(match.group()):
            continue
        if closing:
            keep = 0 < level <= MAX_DEPTH
            level = max(level - 1, 0)
        else:
            level += 1
            keep = level <= MAX_DEPTH
        if not keep:
            parts.append(text[position : match.start()])
            position = match.end()
    parts.append(text[position:])
    warnings.warn(
        DocumentRewrittenWarning(limit="depth", maximum=MAX_DEPTH, found=found), stacklevel=4
    )
    return b"".join(parts)
