"""Checks on the raw page before Lexbor parses it: size, attributes per tag, and the tree.

Lexbor (selectolax 1.0) parses ordinary markup in linear time, but is quadratic in nesting
depth and in attributes per tag, and markup can make the tree builder open far more elements
than it has tags (it re-opens every formatting element left open, before each text). So:

- size: more than `max_bytes` (bytes for `bytes` input, characters for `str`) raises
  `DocumentTooLargeError` before anything is decoded or parsed;
- attributes: a tag with more than `MAX_ATTRIBUTES` attributes keeps the first ones only; the
  page is text only from an `<html>` or `<body>` tag that would give its element more (the
  tree builder adds theirs to the one element); the start tags of a page hold at most
  `max_attributes(len(page))` attributes in all: the page is text only from the tag that
  would pass it;
- the tree: the tree built from the page is at most `MAX_DEPTH` levels deep (`<html>` is level
  1) and has at most `max_elements(len(page))` elements: tags that would open elements beyond
  either limit are removed (their text stays, in the element at the limit), see
  `newsparse.treebuilder`;
- the guard's own work: the screen or the model reads a page to its first
  `max_tags(len(page))` tags (comments and doctypes count too), and it is text only from
  there.

A page rewritten emits a `DocumentRewrittenWarning` saying what was found. All of it comes
from one reading of the page as the tokenizer reads it: `newsparse.screen` follows regular
markup exactly with one regex scan and a short loop, and cuts it at the limits itself; a page
it does not follow (among them any page with a tag of more than `MAX_ATTRIBUTES` units) is read
by the full model of the tree builder, which does the same.
"""

from __future__ import annotations

import warnings

from newsparse.errors import DocumentRewrittenWarning, DocumentTooLargeError
from newsparse.screen import screen_bound
from newsparse.treebuilder import MAX_ATTRIBUTES, MAX_NAMES, Outcome, bound_tree

__all__ = [
    "BYTES_PER_ATTRIBUTE",
    "BYTES_PER_ELEMENT",
    "BYTES_PER_TAG",
    "MAX_ATTRIBUTES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_NAMES",
    "MIN_ATTRIBUTES",
    "MIN_ELEMENTS",
    "MIN_TAGS",
    "check_size",
    "guard",
    "max_attributes",
    "max_elements",
    "max_tags",
]

MAX_BYTES = 20_000_000
"""Default `parse(..., max_bytes=)`: pages above this size raise `DocumentTooLargeError`."""
MAX_DEPTH = 512
"""The tree is at most this deep (`<html>` is level 1): deeper elements lose their tags."""
MIN_ELEMENTS = 20_000
BYTES_PER_ELEMENT = 32
"""A page's tree has at most `MIN_ELEMENTS + len(page) // BYTES_PER_ELEMENT` elements (the
corpus of real pages has at most one per 40 bytes)."""
MIN_TAGS = 16_000
BYTES_PER_TAG = 40
"""The screen and the model of the tree builder read at most `MIN_TAGS + len(page) //
BYTES_PER_TAG` tags of a page (1 to 9 µs each; the corpus of real pages has at most 8,093
"<" on a page and at least 3.3 times fewer than this)."""
MIN_ATTRIBUTES = 20_000
BYTES_PER_ATTRIBUTE = 16
"""A page's start tags hold at most `MIN_ATTRIBUTES + len(page) // BYTES_PER_ATTRIBUTE`
attributes in all (Lexbor keeps about 240 bytes for each; the corpus of real pages has at most
one per 38 bytes)."""
# What an attribute follows, however the page is read: a space, "/" or quote (see
# `_attribute_starts`; words of text follow them too): only a page with more of them than
# attributes allowed is counted exactly, tag by tag.
_SEPARATORS = bytes.maketrans(b"\t\n\f\r /\"'", b"\0" * 8)
# Distinct tag and attribute names are counted (see `newsparse.treebuilder.Ledger`) only on a
# page with more tags or attributes than this: Lexbor's time grows with occurrences times
# distinct names, about 0.15 s for this many, all distinct.
_NAMES_COUNTED = 40_000
# Up to this many "<", a page cannot pass either limit: n tags and n + 1 texts open at most
# 3 elements per tag plus n re-opened formatting elements per token, about 2n² + 4n in all
# (16,600 for 90), and at most 4n + 3 levels; nor hold more than MAX_ATTRIBUTES attributes
# if it is no longer than that.
_FEW_TAGS = 90


def check_size(size: int, max_bytes: int | None) -> None:
    """Raise `DocumentTooLargeError` when `size` is above `max_bytes` (None: no limit)."""
    if max_bytes is not None and size > max_bytes:
        raise DocumentTooLargeError(size=size, limit=max_bytes)


def guard(text: bytes) -> bytes:
    """`text` unchanged, or with the attributes past the limits cut and the tags that would
    build a tree beyond `MAX_DEPTH` or `max_elements` removed."""
    tags = text.count(b"<")
    if len(text) <= MAX_ATTRIBUTES and tags <= _FEW_TAGS:
        return text
    outcome = _bound_tree(text, tags)
    found: list[tuple[str, int, int]] = []
    if outcome.cut_attributes:
        found.append(("attributes", MAX_ATTRIBUTES, outcome.cut_attributes))
    if outcome.passed is not None:
        found.append(outcome.passed)
    if outcome.wanted_depth:
        found.append(("depth", MAX_DEPTH, outcome.wanted_depth))
    elif outcome.wanted_elements > outcome.elements and outcome.passed is None:
        found.append(("elements", max_elements(len(text)), outcome.wanted_elements))
    for limit, maximum, count in found:
        warnings.warn(
            DocumentRewrittenWarning(limit=limit, maximum=maximum, found=count), stacklevel=3
        )
    return outcome.text


def max_attributes(size: int) -> int:
    """The most attributes the start tags of a page of `size` bytes may hold in all."""
    return MIN_ATTRIBUTES + size // BYTES_PER_ATTRIBUTE


def _attribute_starts(text: bytes) -> int:
    """At least as many as the attributes in `text`, counted in C: each starts after a run of
    the characters of `_SEPARATORS`, and a run of k holds at most k - k // 2 starts (a name
    may start with a quote, but then runs to the next space or "/")."""
    runs = text.translate(_SEPARATORS)
    return runs.count(b"\0") - runs.count(b"\0\0")


def _bound_tree(text: bytes, tags: int) -> Outcome:
    """The tree check: the screen, or for a page it does not follow, the model (`tags`: the
    "<"s of `text`)."""
    limit = max_elements(len(text))
    budget = max_attributes(len(text))
    starts = _attribute_starts(text)
    # a page that cannot pass a limit is not counted
    attributes = budget if starts > budget else None
    names = max(starts, tags) > _NAMES_COUNTED
    most = max_tags(len(text))
    return screen_bound(
        text, MAX_DEPTH, limit, attributes, names=names, max_tags=most
    ) or bound_tree(text, MAX_DEPTH, limit, attributes, names=names, max_tags=most)


def max_tags(size: int) -> int:
    """The most tags the guard reads of a page of `size` bytes (the rest is text only)."""
    return MIN_TAGS + size // BYTES_PER_TAG


def max_elements(size: int) -> int:
    """The most elements the tree of a page of `size` bytes may have."""
    return MIN_ELEMENTS + size // BYTES_PER_ELEMENT
