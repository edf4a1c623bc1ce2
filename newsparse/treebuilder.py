"""A model of the HTML tree builder that bounds the tree Lexbor will build from a page.

`bound_tree(text, max_depth, max_elements)` reads `text` as the HTML tokenizer and tree builder
do (raw-text, RCDATA, script and comment states, quoted attribute values, foreign content,
implied and stray end tags, scopes, the list of active formatting elements with its
reconstruction and the adoption agency) and rewrites it so that the tree built from it has at
most `max_depth` levels and `max_elements` elements:

- a start tag that would open an element deeper than `max_depth`, or past `max_elements`, is
  removed (its text stays: it goes into the element at the limit);
- before text or a tag that would reconstruct formatting elements past either limit, end tags
  for those elements are inserted (a formatting element that is not open is then forgotten, so
  nothing is reconstructed; the text stays);
- an end tag that would insert an element (a stray `</p>` or `</br>`) past `max_elements` is
  removed;
- a start tag keeps at most `MAX_ATTRIBUTES` attributes; the page is text only from an
  `<html>` or `<body>` tag that would give its element more (the tree builder adds their
  names to the one element) and, with `max_attributes` or `names`, from the tag that passes a
  limit of `Ledger` (attributes in all, distinct names). A copy of a formatting element
  counts one element per attribute, and per 64 bytes of attributes, it copies.

The model follows the current WHATWG rules as Lexbor implements them (scripting disabled, so
`<noscript>` is markup; `<select>` holds any markup). Where it simplifies (modes before
`<body>`, `<frameset>`, `<template>` contents), it opens at least as many elements, and as deep,
as the tree builder does. Its own work is linear in the page's size: every scope and stack
question is answered from per-name and per-category stacks of the open elements.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from typing import NamedTuple

from newsparse.elements import BREAKOUT
from newsparse.elements import CELLS as _CELLS
from newsparse.elements import FORMATTING as _FORMATTING
from newsparse.elements import HEADINGS as _HEADINGS
from newsparse.elements import SPECIAL as _SPECIAL_HTML

__all__ = [
    "MAX_ATTRIBUTES",
    "MAX_NAMES",
    "Ledger",
    "Outcome",
    "Tag",
    "apply_edits",
    "bound_tree",
    "drop",
    "read_tag",
    "text_only",
]

HTML, SVG, MATH = 0, 1, 2
MAX_FORMATTING = 64
"""At most this many entries in the list of active formatting elements after its last marker:
a formatting start tag beyond that is removed (its text stays)."""
MAX_ATTRIBUTES = 1000
"""A tag keeps at most this many attributes; `<html>` and `<body>` tags, whose attributes the
tree builder adds to the one element each, this many in all."""
MAX_NAMES = 8192
"""A page holds at most this many distinct tag names, and as many attribute names (see
`Ledger`)."""


class Outcome(NamedTuple):
    """What `bound_tree` did: the text, the tree it models, and what the page asked for."""

    text: bytes
    depth: int  # deepest level of the modelled tree (the <html> element is level 1)
    elements: int  # elements in the modelled tree
    wanted_depth: int  # deepest level a removed tag asked for (0: none removed for depth)
    wanted_elements: int  # elements the page would have built, as far as the model followed it
    rewritten: bool
    cut_attributes: int = 0  # the most attributes a tag that lost some held (0: none did)
    # the `Ledger` limit, or the model's limit on tags, passed (from there the page is text
    # only): limit, maximum, found
    passed: tuple[str, int, int] | None = None


# --- Element categories (data) ---------------------------------------------------------------

_VOID = frozenset(
    b"area base basefont bgsound br col embed frame hr img input keygen link meta param source "
    b"track wbr".split()
)
_CLOSES_P = frozenset(
    b"address article aside blockquote center details dialog dir div dl fieldset figcaption "
    b"figure footer header hgroup main menu nav ol p search section summary ul".split()
)
_BLOCK_END = frozenset(
    b"address article aside blockquote button center details dialog dir div dl fieldset "
    b"figcaption figure footer header hgroup listing main menu nav ol pre search section "
    b"select summary ul".split()
)
_IMPLIED_END = frozenset(b"dd dt li optgroup option p rb rp rt rtc".split())
# Lexbor reads the inside of a <select> with fewer rules: a <p> or <a> there closes nothing
# outside it. The model treats <select> as a scope boundary, which closes no more than that.
_SCOPE_HTML = frozenset(b"applet caption html table td th marquee object template select".split())
_MATH_TEXT_POINTS = frozenset(b"mi mo mn ms mtext".split())
_SCOPE_MATH = _MATH_TEXT_POINTS | {b"annotation-xml"}
_SCOPE_SVG = frozenset(b"foreignobject desc title".split())
_MODE_ELEMENTS = frozenset(
    b"td th tr tbody thead tfoot caption colgroup table template head body frameset html".split()
)
_RAWTEXT = frozenset(b"style xmp iframe noembed noframes".split())
_RCDATA = frozenset(b"title textarea".split())
_HEAD_ONLY = frozenset(
    b"base basefont bgsound link meta noframes script style template title".split()
)
_TABLE_SECTIONS = (b"tbody", b"thead", b"tfoot")
_TABLE_TEXT = frozenset(b"table tbody tfoot thead tr colgroup".split())
_TABLE_PARTS = frozenset(b"caption col colgroup tbody td tfoot th thead tr".split())

# Categories kept as stacks of the open elements in them (indices into `_Model.cats`).
_SPECIAL, _DEFAULT, _LIST, _BUTTON, _TABLE, _HTML_NS, _MODE, _LI_STOP = range(8)


def _categories(ns: int, name: bytes) -> tuple[int, ...]:
    found: list[int] = []
    if ns == HTML:
        found.append(_HTML_NS)
        if name in _SPECIAL_HTML:
            found.append(_SPECIAL)
            if name not in (b"address", b"div", b"p"):
                found.append(_LI_STOP)
        if name in _SCOPE_HTML:
            found += [_DEFAULT, _LIST, _BUTTON]
        elif name in (b"ol", b"ul"):
            found.append(_LIST)
        elif name == b"button":
            found.append(_BUTTON)
        if name in (b"html", b"table", b"template"):
            found.append(_TABLE)
        if name in _MODE_ELEMENTS:
            found.append(_MODE)
    elif (ns == MATH and name in _SCOPE_MATH) or (ns == SVG and name in _SCOPE_SVG):
        found += [_SPECIAL, _LI_STOP, _DEFAULT, _LIST, _BUTTON]
    return tuple(found)


_CATEGORY_CACHE: dict[tuple[int, bytes], tuple[int, ...]] = {}

# --- Tokenizer patterns (data) ------------------------------------------------------------------

_WS = b"\t\n\f\r "
# A tag's attributes as the tokenizer reads them: a name (which may start with "=" and hold
# quotes), then optionally "=" and a value, quoted or not; "/" not before ">" is a separator.
# Wrapped in a lookahead and a back-reference, which Python never backtracks into (an atomic
# group), so the match is linear whatever the page holds.
# At most MAX_ATTRIBUTES units (a space, a "/", an attribute), which bounds the memory the
# regex engine keeps for the repeat: a longer tag is read by `read_tag`, in chunks.
ATTRIBUTE_UNIT = (
    rb"""[\t\n\f\r ]+|/(?!>)|=?[^\t\n\f\r />=]+(?:[\t\n\f\r ]*=[\t\n\f\r ]*"""
    rb"""(?:"[^"]*"|'[^']*'|[^\t\n\f\r >"'][^\t\n\f\r >]*)?)?|="""
)
_ATTRS = rb"((?:%b){0,%d})" % (ATTRIBUTE_UNIT, MAX_ATTRIBUTES)
# The name too is read once (in a lookahead): a name that ran to the end of the page, given back
# a character at a time, would read the attributes again from each.
_TAG = re.compile(rb"<(/?)(?=([a-zA-Z][^\t\n\f\r />]*))\2(?=%b)\3(/?)>" % _ATTRS)
_TAG_START = re.compile(rb"<(/?)(?=([a-zA-Z][^\t\n\f\r />]*))\2")
_UNITS = re.compile(rb"(?=((?:%b){1,4096}))\1" % ATTRIBUTE_UNIT)
_TAG_END = re.compile(rb"/?>")
_COMMENT_END = re.compile(rb"--!?>")
_BOGUS_END = re.compile(rb">")
_NON_WS = re.compile(rb"[^\t\n\f\r ]")
_SCRIPT_STATE = re.compile(rb"<!--|-->|<(/?)script[\t\n\f\r />]", re.IGNORECASE)
_ATTRIBUTE = re.compile(
    rb"""([^\t\n\f\r />=][^\t\n\f\r />=]*|=[^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*"""
    rb"""("[^"]*"|'[^']*'|[^\t\n\f\r >"'][^\t\n\f\r >]*)?)?"""
)
# Only `<!doctype html>` is sure to leave quirks mode (where `<table>` does not close a `<p>`);
# any other start is read as quirks, which keeps the `<p>` open: a deeper tree, never shallower.
# Comments end where the tokenizer ends them ("<!-->" and "<!--->" are whole ones), read in a
# lookahead that is never backtracked into, so no comment runs on to a later end.
_ATTRIBUTE_NAME = re.compile(  # `_ATTRIBUTE`, giving the name only
    rb"""([^\t\n\f\r />=][^\t\n\f\r />=]*|=[^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*"""
    rb"""(?:"[^"]*"|'[^']*'|[^\t\n\f\r >"'][^\t\n\f\r >]*)?)?"""
)
_DOCTYPE_NAME = re.compile(rb"<!doctype[\t\n\f\r ]*([^\t\n\f\r >]*)", re.IGNORECASE)
_QUIRKS_TEST = re.compile(
    rb"\s*(?:<!--(?=(-?>|.*?--!?>))\1\s*)*<!doctype\s+html\s*>", re.IGNORECASE | re.DOTALL
)
# Markup to drop from the rest of a page that has used up its elements (see `_flatten_rest`).
_MARKUP = re.compile(
    rb"<!--[\s\S]*?(?:--!?>|\Z)|<(script|style)[\t\n\f\r />][\s\S]*?(?:</\1[^>]*>|\Z)"
    rb"|</?[a-zA-Z][^>]*>?|<[!?][^>]*>?",
    re.IGNORECASE,
)
_END_CACHE: dict[bytes, re.Pattern[bytes]] = {}


def _end_pattern(name: bytes) -> re.Pattern[bytes]:
    """The end of a raw-text or RCDATA element named `name`: its end tag name, then a space,
    "/" or ">"."""
    pattern = _END_CACHE.get(name)
    if pattern is None:
        pattern = re.compile(rb"</%b[\t\n\f\r />]" % re.escape(name), re.IGNORECASE)
        _END_CACHE[name] = pattern
    return pattern


class _Element:
    __slots__ = (
        "attributes",
        "attrs",
        "cats",
        "height",
        "key",
        "level",
        "name",
        "ns",
        "open",
        "parent",
        "pos",
        "weight",
    )

    def __init__(self, ns: int, name: bytes, attrs: bytes) -> None:
        self.ns = ns
        self.name = name
        self.key = name if ns == HTML else b"%d:%b" % (ns, name)
        self.attrs = attrs
        cats = _CATEGORY_CACHE.get((ns, name))
        if cats is None:
            cats = _CATEGORY_CACHE[(ns, name)] = _categories(ns, name)
        self.cats = cats
        self.open = False
        self.pos = 0
        self.level = 1  # in the tree: <html> is 1
        self.height = 0  # levels below it in the tree, as far as its closed children reach
        self.parent: _Element | None = None
        self.weight = 1  # what it counts for against the element limit (see `listed`)
        self.attributes: frozenset[tuple[bytes, bytes]] | None = None

    def attribute_set(self) -> frozenset[tuple[bytes, bytes]]:
        """Its attributes as the tree builder compares them (read once)."""
        if self.attributes is None:
            self.attributes = _attribute_set(self.attrs)
        return self.attributes

    def listed(self) -> None:
        """Mark it as entered in the list of active formatting elements: each copy the tree
        builder makes of it (re-opening it, or in the adoption agency) copies its attributes
        too, so a copy counts one element per attribute, and per `_BYTES_PER_WEIGHT` bytes of
        them, as well."""
        self.weight = 1 + len(self.attribute_set()) + len(self.attrs) // _BYTES_PER_WEIGHT

    def copy(self) -> _Element:
        """A copy of a listed element, as the tree builder makes it."""
        clone = _Element(HTML, self.name, self.attrs)
        clone.attributes, clone.weight = self.attributes, self.weight
        return clone


class Tag(NamedTuple):
    """A tag as the tokenizer reads it: `text[start:end]`."""

    start: int
    end: int
    closing: bool  # an end tag
    name: bytes  # as written
    attrs: bytes  # what lies between the name and the closing "/>" or ">"
    self_closing: bool


def read_tag(text: bytes, position: int) -> Tag | None:
    """The tag that opens at `position` of `text`, as the tokenizer reads it, or None when
    none opens there or no ">" closes it (the tokenizer drops a tag cut by the end of the
    page). Its attributes are read a few thousand at a time: memory stays bounded and the
    time linear, however long the tag."""
    opening = _TAG_START.match(text, position)
    if opening is None:
        return None
    end = opening.end()
    while (chunk := _UNITS.match(text, end)) is not None and chunk.end() > end:
        end = chunk.end()
    closing = _TAG_END.match(text, end)
    if closing is None:
        return None
    return Tag(
        position,
        closing.end(),
        bool(opening.group(1)),
        opening.group(2),
        text[opening.end() : end],
        closing.end() - end == 2,
    )


class Ledger:
    """What a page's tags spend of the limits Lexbor needs beside depth and elements: the
    attribute names its `<html>` and `<body>` tags add to those elements (at most
    MAX_ATTRIBUTES, always counted), the attributes of its start tags (at most
    `max_attributes` in all, when given) and, when `names`, its distinct tag names and
    distinct attribute names (at most MAX_NAMES of each: Lexbor looks a name up in a table
    that grows with each new one); and the tags read, at most `max_tags` (the reader counts
    them, and calls `stop_reading` past them). `active`: whether `spend` counts anything."""

    def __init__(
        self, max_attributes: int | None, *, names: bool, max_tags: int | None = None
    ) -> None:
        self.max_tags = sys.maxsize if max_tags is None else max_tags
        self.overread = 0  # the "<"s of a page whose tags passed `max_tags` (0: they did not)
        self.max_attributes = max_attributes
        self.attributes = 0
        self.tag_names: set[bytes] | None = set() if names else None
        self.attribute_names: set[bytes] | None = set() if names else None
        self.active = max_attributes is not None or names
        self.merged: set[bytes] = set()
        self.overmerged = 0  # the merged names an <html> or <body> tag asked for, past the limit

    def merge(self, name: bytes, text: bytes, start: int, end: int) -> bool:
        """Add the attribute names `text[start:end]` of an `<html>` or `<body>` start tag
        (`name`) to those its element has (the tree builder adds the names it lacks); True,
        and none added, when that would take them past MAX_ATTRIBUTES."""
        found = _ATTRIBUTE_NAME.findall(text, start, end)
        added = {b"%b %b" % (name, attribute.lower()) for attribute in found} - self.merged
        if len(self.merged) + len(added) > MAX_ATTRIBUTES:
            self.overmerged = len(self.merged) + len(added)
            return True
        self.merged |= added
        return False

    def spend(self, text: bytes, name: bytes, start: int, end: int) -> bool:
        """Count a tag `name` (b"": counted already) whose attributes are `text[start:end]`
        (empty for an end tag, whose attributes the tokenizer drops); True when that passes
        a limit."""
        names = self.tag_names
        if names is not None and name and name not in names:
            names.add(name)
            if len(names) > MAX_NAMES:
                return True
        if end - start < 2:  # no attribute: nothing, or the tag's ">"
            return False
        found = _ATTRIBUTE_NAME.findall(text, start, end)
        if not found:
            return False
        self.attributes += len(found)
        if self.max_attributes is not None and self.attributes > self.max_attributes:
            return True
        attribute_names = self.attribute_names
        if attribute_names is not None:
            attribute_names.update(found)
            return len(attribute_names) > MAX_NAMES
        return False

    def doctype(self, text: bytes, position: int) -> bool:
        """Count the name of a doctype at `position` of `text` (if one is there: Lexbor keeps
        those names with the tag names); True when that passes a limit."""
        found = _DOCTYPE_NAME.match(text, position)
        if found is None or self.tag_names is None:
            return False
        self.tag_names.add(b"!" + found.group(1).lower())
        return self.passed() is not None

    def stop_reading(self, text: bytes) -> None:
        """Note that the tags of `text` passed `max_tags`: the page is text only from there."""
        self.overread = text.count(b"<")

    def passed(self) -> tuple[str, int, int] | None:
        """The limit passed, as `DocumentRewrittenWarning`'s `limit`, `maximum` and `found`,
        or None."""
        if self.overmerged:
            return "attributes", MAX_ATTRIBUTES, self.overmerged
        if self.max_attributes is not None and self.attributes > self.max_attributes:
            return "page attributes", self.max_attributes, self.attributes
        for found in (self.tag_names, self.attribute_names):
            if found is not None and len(found) > MAX_NAMES:
                return "names", MAX_NAMES, len(found)
        if self.overread:
            return "tags", self.max_tags, self.overread
        return None


def count_attributes(attrs: bytes, stop: int) -> tuple[int, int]:
    """How many attributes `attrs` (a tag's, as in `Tag.attrs`) holds, and where the `stop`th
    ends (0 for none, or fewer)."""
    count = cut = 0
    for count, found in enumerate(_ATTRIBUTE.finditer(attrs), 1):
        if count == stop:
            cut = found.end()
    return count, cut


def _attribute_set(raw: bytes) -> frozenset[tuple[bytes, bytes]]:
    """The attributes of a tag as the tree builder compares them: the first of each name."""
    seen: dict[bytes, bytes] = {}
    for name, value in _ATTRIBUTE.findall(raw):
        name = name.lower()
        if name not in seen:
            seen[name] = value[1:-1] if value[:1] in (b'"', b"'") else value
    return frozenset(seen.items())


# The most elements one start tag opens after re-opening formatting elements (1 but for table
# parts: <td> in a table opens tbody, tr and td), and one end tag by the adoption agency (8
# rounds of 3 clones and 1 copy).
_OPENED = {b"td": 3, b"th": 3, b"tr": 2, b"col": 2}
_MOST_ADOPTED = 32
# A copy of a formatting element counts one more element per this many bytes of attributes it
# copies (an element costs Lexbor about 200 bytes).
_BYTES_PER_WEIGHT = 64
_BODY, _TABLE_MODE, _TBODY, _ROW, _CELL, _CAPTION, _COLGROUP = range(7)
_TEMPLATE_MODES = {
    b"caption": _TABLE_MODE, b"colgroup": _TABLE_MODE, b"tbody": _TABLE_MODE,
    b"tfoot": _TABLE_MODE, b"thead": _TABLE_MODE, b"col": _COLGROUP, b"tr": _TBODY,
    b"td": _ROW, b"th": _ROW,
}  # fmt: skip


class _Model:
    """The tree builder's state for one page, and the rewrite that keeps it within bounds."""

    def __init__(self, text: bytes, max_depth: int, max_elements: int, ledger: Ledger) -> None:
        self.text = text
        self.max_depth = max_depth
        self.max_elements = max_elements
        self.ledger = ledger
        # names the ledger has: a tag with one of them and without attributes spends nothing
        self.seen: set[bytes] | frozenset[bytes] = (
            ledger.tag_names if ledger.tag_names is not None else frozenset()
        )
        self.stack: list[_Element] = []
        self.names: defaultdict[bytes, list[_Element]] = defaultdict(list)
        self.cats: list[list[_Element]] = [[] for _ in range(8)]
        self.active: list[_Element | None] = []  # None is a marker
        self.mode = _BODY
        self.form: _Element | None = None
        self.quirks = _QUIRKS_TEST.match(text, 0, 1024) is None
        self.body_started = False
        self.frameset = False
        self.elements = 0
        self.depth = 0
        self.edits: list[tuple[int, int, bytes]] = []
        self.wanted_depth = 0
        self.dropped_open = 0  # start tags removed for depth whose elements are still open
        self.avoided = 0  # elements the rewrite kept the page from building
        self.cut_attributes = 0  # see `Outcome.cut_attributes`
        self.heaviest = 1  # the most any element listed so far counts for (see `_Element`)
        self._push(_Element(HTML, b"html", b""))
        self.elements += 1  # <head>, closed at once (its elements are counted as inserted)
        self._push(_Element(HTML, b"body", b""))

    # --- stack ------------------------------------------------------------------------------

    def _push(self, element: _Element) -> _Element:
        """Open `element` as a child of the current element (a foster parent is higher up:
        its level is at most the one given here)."""
        element.pos = len(self.stack)
        element.open = True
        if self.stack:
            element.parent = self.stack[-1]
            element.level = element.parent.level + 1
        self.stack.append(element)
        self.names[element.key].append(element)
        cats = self.cats
        for cat in element.cats:
            cats[cat].append(element)
        self.elements += element.weight
        if element.level > self.depth:
            self.depth = element.level
        return element

    @staticmethod
    def _closed(element: _Element) -> None:
        """`element` leaves the stack: its parent reaches as deep as it does."""
        element.open = False
        parent = element.parent
        if parent is not None and parent.height <= element.height:
            parent.height = element.height + 1

    def _pop(self) -> _Element:
        element = self.stack.pop()
        self._closed(element)
        self.names[element.key].pop()
        cats = self.cats
        for cat in element.cats:
            cats[cat].pop()
        return element

    def _pop_until(self, element: _Element) -> None:
        while self.stack and self._pop() is not element:
            pass

    def _rebuild(self) -> None:
        """Re-derive the positions and per-name and per-category stacks after the stack
        changed in its middle (the adoption agency, `</form>`)."""
        self.names = defaultdict(list)
        self.cats = [[] for _ in range(8)]
        for pos, element in enumerate(self.stack):
            element.pos = pos
            self.names[element.key].append(element)
            for cat in element.cats:
                self.cats[cat].append(element)

    def _remove(self, element: _Element) -> None:
        if element.open:
            self.stack.remove(element)
            self._closed(element)
            self._rebuild()

    def _top(self, key: bytes) -> _Element | None:
        found = self.names.get(key)
        return found[-1] if found else None

    def _in_scope(self, key: bytes, scope: int) -> _Element | None:
        """The topmost open element `key` when no element of `scope` is above it."""
        element = self._top(key)
        if element is None:
            return None
        boundary = self.cats[scope]
        if boundary and boundary[-1].pos > element.pos:
            return None
        return element

    def _any_in_scope(self, keys: tuple[bytes, ...], scope: int) -> _Element | None:
        best: _Element | None = None
        for key in keys:
            element = self._in_scope(key, scope)
            if element is not None and (best is None or element.pos > best.pos):
                best = element
        return best

    def _current(self) -> _Element:
        return self.stack[-1]

    def _implied_end(self, *, keep: bytes = b"") -> None:
        while True:
            current = self.stack[-1]
            if current.ns != HTML or current.name not in _IMPLIED_END or current.name == keep:
                return
            self._pop()

    def _close_p(self) -> None:
        if self._in_scope(b"p", _BUTTON) is not None:
            self._implied_end(keep=b"p")
            self._pop_until(self._top(b"p"))  # type: ignore[arg-type]

    # --- the list of active formatting elements ---------------------------------------------

    def _pending(self) -> int:
        """How many elements reconstructing the active formatting elements would open now."""
        active = self.active
        index = len(active)
        while index and active[index - 1] is not None and not active[index - 1].open:  # type: ignore[union-attr]
            index -= 1
        return len(active) - index

    def _pending_weight(self, pending: int) -> int:
        """What the last `pending` entries of the list count for against the element limit."""
        entries = self.active[len(self.active) - pending :]
        return sum(entry.weight for entry in entries if entry is not None)

    def _reconstruct(self, position: int, extra: int) -> None:
        """Reconstruct the active formatting elements before a token at `position` that will
        then open `extra` elements; first forget them (inserting their end tags) if that would
        pass a limit."""
        pending = self._pending()
        if not pending:
            return
        if (
            self.stack[-1].level + pending + extra > self.max_depth
            or self.elements + self._pending_weight(pending) + extra > self.max_elements
        ):
            self._forget(position, pending)
            pending = self._pending()
            if not pending:
                return
        active = self.active
        for index in range(len(active) - pending, len(active)):
            entry = active[index]
            assert entry is not None
            clone = entry.copy()
            self._push(clone)
            active[index] = clone

    def _forget(self, position: int, pending: int) -> None:
        self.avoided += pending
        ends: list[bytes] = []
        for _ in range(4 * pending + 4):
            pending = self._pending()
            if not pending:
                break
            entry = self.active[-1]
            assert entry is not None
            ends.append(b"</%b>" % entry.name)
            self._adoption(entry.name, position)
        self.edits.append((position, position, b"".join(ends)))

    def _segment_full(self) -> bool:
        """Whether the list holds `MAX_FORMATTING` entries after its last marker."""
        active = self.active
        return len(active) >= MAX_FORMATTING and None not in active[-MAX_FORMATTING:]

    def _push_formatting(self, element: _Element) -> None:
        """Add `element` to the list, forgetting the earliest of three alike before it."""
        active = self.active
        alike: list[int] = []
        attributes: frozenset[tuple[bytes, bytes]] | None = None
        for index in range(len(active) - 1, -1, -1):
            entry = active[index]
            if entry is None:
                break
            if entry.name == element.name:
                if attributes is None:
                    element.listed()
                    attributes = element.attribute_set()
                if entry.attribute_set() == attributes:
                    alike.append(index)
        if len(alike) >= 3:
            del active[alike[-1]]
        if attributes is None:
            element.listed()
        self.heaviest = max(self.heaviest, element.weight)
        active.append(element)

    def _clear_to_marker(self) -> None:
        active = self.active
        while active and active.pop() is not None:
            pass

    def _adoption(self, name: bytes, position: int) -> bool:
        """The adoption agency algorithm for an end tag `name`; False: act as any other end
        tag."""
        current = self.stack[-1]
        if current.ns == HTML and current.name == name and current not in self.active:
            self._pop()
            return True
        for _ in range(8):
            formatting: _Element | None = None
            active = self.active
            for index in range(len(active) - 1, -1, -1):
                entry = active[index]
                if entry is None:
                    break
                if entry.name == name:
                    formatting = entry
                    break
            if formatting is None:
                return False
            if not formatting.open:
                active.remove(formatting)
                return True
            boundary = self.cats[_DEFAULT]
            if boundary and boundary[-1].pos > formatting.pos:
                return True
            special = self.cats[_SPECIAL]
            furthest: _Element | None = None
            if special and special[-1].pos > formatting.pos:
                # the special element nearest above `formatting`
                for element in self.stack[formatting.pos + 1 :]:
                    if _SPECIAL in element.cats:
                        furthest = element
                        break
            if furthest is None:
                self._pop_until(formatting)
                active.remove(formatting)
                return True
            self._adopt(formatting, furthest)
        return True

    def _adoption_fits(self, start: int, end: int) -> bool:
        """Whether the tree may take the adoption agency (each of its at most 8 rounds moves a
        subtree at most one level deeper); if not, drop the tag at `start:end`."""
        if self.depth + 8 <= self.max_depth:
            return True
        self._drop(start, end)
        self.wanted_depth = max(self.wanted_depth, self.depth + 8)
        return False

    def _adopt(self, formatting: _Element, furthest: _Element) -> None:
        """Steps 4.7 to 4.20 of the adoption agency: clone `formatting` under `furthest`."""
        stack, active = self.stack, self.active
        bookmark = active.index(formatting)
        node = last = furthest
        chain = [furthest]  # from the furthest block up to the common ancestor's child
        common = stack[stack.index(formatting) - 1]
        old_level = furthest.level
        index = stack.index(furthest)
        inner = 0
        while True:
            inner += 1
            index -= 1
            node = stack[index]
            if node is formatting:
                break
            in_list = node in active
            if inner > 3 and in_list:
                active.remove(node)
                in_list = False
            if not in_list:
                del stack[index]
                self._closed(node)
                continue
            clone = node.copy()
            clone.open = True
            chain.append(clone)
            self.elements += clone.weight
            active[active.index(node)] = clone
            stack[index] = clone
            node.open = False
            node = clone
            if last is furthest:
                bookmark = active.index(clone) + 1
            last = node
        new = formatting.copy()
        new.open = True
        self.elements += new.weight
        position = active.index(formatting)
        del active[position]
        if position < bookmark:
            bookmark -= 1
        active.insert(bookmark, new)
        stack.remove(formatting)
        self._closed(formatting)
        at = stack.index(furthest) + 1
        stack.insert(at, new)
        self._rebuild()
        # the tree: common ancestor > clones > furthest block > new > the block's old children
        parent = common
        for node in reversed(chain):
            node.parent, node.level = parent, parent.level + 1
            parent = node
        new.parent, new.level, new.height = furthest, furthest.level + 1, furthest.height
        below = new
        for node in chain:
            node.height = max(node.height, below.height + 1)
            below = node
        shift = new.level - old_level
        deepest = furthest.level + furthest.height
        for node in stack[at + 1 :]:  # open descendants of the block moved with it
            node.level += shift
            deepest = max(deepest, node.level + node.height)
        self.depth = max(self.depth, deepest)

    # --- tokens -----------------------------------------------------------------------------

    def _foreign(self) -> bool:
        current = self.stack[-1]
        return current.ns != HTML

    def _foreign_start(self, name: bytes, attrs: bytes) -> bool:
        """True when the start tag is handled by the rules for foreign content."""
        current = self.stack[-1]
        if current.ns == HTML:
            return False
        if current.ns == MATH and current.name in _MATH_TEXT_POINTS:
            return name in (b"mglyph", b"malignmark")
        if current.ns == MATH and current.name == b"annotation-xml":
            if name == b"svg":
                return False
            encoding = dict(_attribute_set(current.attrs)).get(b"encoding", b"").lower()
            return encoding not in (b"text/html", b"application/xhtml+xml")
        return not (current.ns == SVG and current.name in _SCOPE_SVG)

    def _breaks_out(self, name: bytes, attrs: bytes) -> bool:
        if name in BREAKOUT:
            return True
        return name == b"font" and any(
            key in (b"color", b"face", b"size") for key, _ in _attribute_set(attrs)
        )

    def _integration_point(self, element: _Element) -> bool:
        if element.ns == HTML:
            return True
        if element.ns == MATH:
            if element.name in _MATH_TEXT_POINTS:
                return True
            if element.name == b"annotation-xml":
                encoding = dict(_attribute_set(element.attrs)).get(b"encoding", b"").lower()
                return encoding in (b"text/html", b"application/xhtml+xml")
            return False
        return element.name in _SCOPE_SVG

    def _fits(
        self, growth: int, start: int, end: int, name: bytes, closing: bool, weight: int = 0
    ) -> bool:
        """Whether a token that opens at most `growth` elements (after re-opening formatting
        elements), counting `weight` against the element limit if given (copies of listed
        elements weigh more), fits both limits; if not, forget those formatting elements
        (inserting their end tags), then drop the token when it still does not fit. Checked
        before the token changes anything, so a dropped token has no effect on the model
        either."""
        weight = weight or growth
        level, pending = self.stack[-1].level, self._pending()
        if (
            level + pending + growth <= self.max_depth
            and self.elements + self._pending_weight(pending) + weight <= self.max_elements
        ):
            return True
        if pending:
            self._forget(start, pending)
        if self.elements + weight > self.max_elements and weight > growth:
            self._drop(start, end)
            self.avoided += weight
            return False
        return self._room(growth, start, end, name, closing)

    def start_tag(self, name: bytes, attrs: bytes, closing: bool, start: int, end: int) -> bytes:
        """Process a start tag (or drop it); return the name of the tokenizer state it sets
        (b"" for data)."""
        if self.frameset:  # only framesets, frames and <noframes> count
            if name not in (b"frameset", b"frame", b"noframes"):
                return b""
            if not self._fits(1, start, end, name, closing):
                return b""
            self._push(_Element(HTML, name, attrs))
            if name != b"frameset":
                self._pop()
            return b"noframes" if name == b"noframes" else b""
        frameset = name == b"frameset" and not self.body_started and not self._foreign()
        if name in _FORMATTING:
            if self._segment_full():  # keeps every look at the list short
                self._drop(start, end)
                self.avoided += 1
                return b""
            if name in (b"a", b"nobr") and self._listed(name):
                if not self._adoption_fits(start, end):
                    return b""
                weight = _MOST_ADOPTED * self.heaviest
                if not self._fits(_MOST_ADOPTED, start, end, name, closing, weight):
                    return b""
        if not self._fits(_OPENED.get(name, 1), start, end, name, closing):
            return b""
        if frameset:
            self.frameset = True  # replaces the body: the page is read as frames from here
        return self._start(name, attrs, closing, start, end)

    def _listed(self, name: bytes) -> bool:
        """Whether the list holds an element `name` after its last marker."""
        for index in range(len(self.active) - 1, -1, -1):
            entry = self.active[index]
            if entry is None:
                return False
            if entry.name == name:
                return True
        return False

    def _start(self, name: bytes, attrs: bytes, closing: bool, start: int, end: int) -> bytes:
        if self._foreign_start(name, attrs):
            if self._breaks_out(name, attrs):
                while not self._integration_point(self.stack[-1]):
                    self._pop()
                return self._start(name, attrs, closing, start, end)
            ns = self.stack[-1].ns
            if not self._room(1, start, end, name, closing):
                return b""
            element = self._push(_Element(ns, name, attrs))
            if closing:
                self._pop()
            del element
            return b""
        if not self.body_started and name not in _HEAD_ONLY and name not in (b"html", b"head"):
            self.body_started = True
        if name in (b"html", b"body", b"head"):
            self.body_started = self.body_started or name == b"body"
            return b""
        mode = self.mode
        if mode == _BODY and name in _TABLE_PARTS:
            modes = self.cats[_MODE]
            if modes and modes[-1].name == b"template":  # template contents: a table's parts
                mode = self.mode = _TEMPLATE_MODES[name]
        if mode != _BODY:
            handled = self._table_start(name, attrs, closing, start, end)
            if handled is not None:
                return handled
        return self._body_start(name, attrs, closing, start, end)

    def _room(self, extra: int, start: int, end: int, name: bytes, closing: bool) -> bool:
        """Whether `extra` more elements fit; if not, drop the tag at `start:end`."""
        depth = self.stack[-1].level + extra
        if depth <= self.max_depth and self.elements + extra <= self.max_elements:
            return True
        self._drop(start, end)
        if depth > self.max_depth:
            wanted = depth + self.dropped_open
            if wanted > self.wanted_depth:
                self.wanted_depth = wanted
            if not closing and name not in _VOID:
                self.dropped_open += 1
        else:
            self.avoided += extra
        return False

    def _drop(self, start: int, end: int) -> None:
        """Remove the tag `text[start:end]` (see `drop`)."""
        drop(self.edits, self.text, start, end)

    def _insert(self, name: bytes, attrs: bytes, closing: bool, start: int, end: int,
                *, reconstruct: bool = True, void: bool = False) -> _Element | None:  # fmt: skip
        if reconstruct:
            self._reconstruct(start, 1)
        if not self._room(1, start, end, name, closing):
            return None
        element = self._push(_Element(HTML, name, attrs))
        if void:
            self._pop()
        return element

    def _body_start(self, name: bytes, attrs: bytes, closing: bool, start: int, end: int) -> bytes:
        if name in _FORMATTING:
            if self._top(b"select") is not None:
                pass  # inside a <select>, Lexbor re-opens no <a> and closes no <nobr>
            elif name == b"a":
                for index in range(len(self.active) - 1, -1, -1):
                    entry = self.active[index]
                    if entry is None:
                        break
                    if entry.name == b"a":
                        self._adoption(b"a", start)
                        if entry in self.active:
                            self.active.remove(entry)
                        if entry.open:
                            self._remove(entry)
                        break
            elif name == b"nobr":
                self._reconstruct(start, 1)
                if self._in_scope(b"nobr", _DEFAULT) is not None:
                    self._adoption(b"nobr", start)
            element = self._insert(name, attrs, closing, start, end)
            if element is not None:
                self._push_formatting(element)
            return b""
        if name in _VOID:
            if name == b"hr":
                self._close_p()
            elif name == b"input":
                select = self._in_scope(b"select", _DEFAULT)
                if select is not None:  # an <input> closes the <select> it is in
                    self._pop_until(select)
                    self._reset_mode()
            reconstruct = name in (b"area", b"br", b"embed", b"img", b"keygen", b"wbr", b"input")
            self._insert(name, attrs, closing, start, end, reconstruct=reconstruct, void=True)
            return b""
        if name in _CLOSES_P:
            self._close_p()
            self._insert(name, attrs, closing, start, end, reconstruct=False)
            return b""
        if name in _HEADINGS:
            self._close_p()
            current = self.stack[-1]
            if current.ns == HTML and current.name in _HEADINGS:
                self._pop()
            self._insert(name, attrs, closing, start, end, reconstruct=False)
            return b""
        if name in (b"li", b"dd", b"dt"):
            keys = (b"li",) if name == b"li" else (b"dd", b"dt")
            stop = self.cats[_LI_STOP]
            for key in keys:  # the nearest li (dd, dt) with no other special element above it
                element = self._top(key)
                if element is not None and stop[-1] is element:
                    self._implied_end(keep=key)
                    self._pop_until(element)
                    break
            self._close_p()
            self._insert(name, attrs, closing, start, end, reconstruct=False)
            return b""
        if name in (b"pre", b"listing"):
            self._close_p()
            self._insert(name, attrs, closing, start, end, reconstruct=False)
            return b""
        if name == b"form":
            if self.form is not None and self._top(b"template") is None:
                return b""
            self._close_p()
            element = self._insert(name, attrs, closing, start, end, reconstruct=False)
            if self._top(b"template") is None and element is not None:
                self.form = element
            return b""
        if name == b"plaintext":
            self._close_p()
            if self._insert(name, attrs, closing, start, end, reconstruct=False) is not None:
                return b"plaintext"
            return b""
        if name == b"button":
            button = self._in_scope(b"button", _DEFAULT)
            if button is not None:
                self._implied_end()
                self._pop_until(button)
            self._insert(name, attrs, closing, start, end)
            return b""
        if name in (b"applet", b"marquee", b"object"):
            if self._insert(name, attrs, closing, start, end) is not None:
                self.active.append(None)
            return b""
        if name == b"table":
            if not self.quirks:
                self._close_p()
            if self._insert(name, attrs, closing, start, end, reconstruct=False) is not None:
                self.mode = _TABLE_MODE
            return b""
        if name == b"image":
            self._insert(b"img", attrs, closing, start, end, void=True)
            return b""
        if name == b"textarea":
            if self._insert(name, attrs, closing, start, end, reconstruct=False) is not None:
                return b"textarea"
            return b""
        if name == b"xmp":
            self._close_p()
            if self._insert(name, attrs, closing, start, end) is not None:
                return b"xmp"
            return b""
        if name in _RAWTEXT or name in _RCDATA or name == b"script":
            if self._insert(name, attrs, closing, start, end, reconstruct=False) is not None:
                return name
            return b""
        if name == b"select":
            select = self._in_scope(b"select", _DEFAULT)
            if select is not None:
                self._pop_until(select)
                self._reset_mode()
                return b""
            self._insert(name, attrs, closing, start, end)
            return b""
        if name in (b"option", b"optgroup"):
            current = self.stack[-1]
            if current.ns == HTML and current.name == b"option":
                self._pop()
            self._insert(name, attrs, closing, start, end)
            return b""
        if name in (b"rb", b"rtc", b"rp", b"rt"):
            if self._in_scope(b"ruby", _DEFAULT) is not None:
                self._implied_end(keep=b"rtc" if name in (b"rp", b"rt") else b"")
            self._insert(name, attrs, closing, start, end, reconstruct=False)
            return b""
        if name in (b"math", b"svg"):
            self._reconstruct(start, 1)
            if self._room(1, start, end, name, closing):
                self._push(_Element(MATH if name == b"math" else SVG, name, attrs))
                if closing:
                    self._pop()
            return b""
        if name in _TABLE_PARTS or name == b"frame":
            return b""
        if name == b"template":
            if self._insert(name, attrs, closing, start, end, reconstruct=False) is not None:
                self.active.append(None)
            return b""
        if name in _HEAD_ONLY:
            self._insert(name, attrs, closing, start, end, reconstruct=False)
            return b""
        self._insert(name, attrs, closing, start, end)
        return b""

    def _clear_to(self, names: frozenset[bytes]) -> None:
        while True:
            current = self.stack[-1]
            if current.ns == HTML and current.name in names:
                return
            self._pop()

    def _reset_mode(self) -> None:
        for element in reversed(self.cats[_MODE]):
            name = element.name
            if name in _CELLS:
                self.mode = _CELL
            elif name == b"tr":
                self.mode = _ROW
            elif name in _TABLE_SECTIONS:
                self.mode = _TBODY
            elif name == b"caption":
                self.mode = _CAPTION
            elif name == b"colgroup":
                self.mode = _COLGROUP
            elif name == b"table":
                self.mode = _TABLE_MODE
            else:
                self.mode = _BODY
            return
        self.mode = _BODY

    def _close_cell(self) -> None:
        cell = self._any_in_scope(_CELLS, _TABLE)
        if cell is None:
            return
        self._implied_end()
        self._pop_until(cell)
        self._clear_to_marker()
        self.mode = _ROW

    def _table_start(
        self, name: bytes, attrs: bytes, closing: bool, start: int, end: int
    ) -> bytes | None:
        """Start tags in the table modes; None: process them as in body."""
        mode = self.mode
        if mode == _CELL:
            if name in _TABLE_PARTS:
                if self._any_in_scope(_CELLS, _TABLE) is None:
                    return b""
                self._close_cell()
                return self._start(name, attrs, closing, start, end)
            return None
        if mode == _CAPTION:
            if name in _TABLE_PARTS:
                caption = self._in_scope(b"caption", _TABLE)
                if caption is None:
                    return b""
                self._implied_end()
                self._pop_until(caption)
                self._clear_to_marker()
                self.mode = _TABLE_MODE
                return self._start(name, attrs, closing, start, end)
            return None
        if mode == _COLGROUP:
            if name == b"col":
                self._insert(name, attrs, closing, start, end, reconstruct=False, void=True)
                return b""
            current = self.stack[-1]
            if current.ns == HTML and current.name == b"colgroup":
                self._pop()
                self.mode = _TABLE_MODE
                return self._start(name, attrs, closing, start, end)
            return b""
        if mode == _ROW:
            if name in _CELLS:
                self._clear_to(frozenset((b"tr", b"template", b"html")))
                if self._insert(name, attrs, closing, start, end, reconstruct=False):
                    self.mode = _CELL
                    self.active.append(None)
                return b""
            if name in _TABLE_PARTS:
                row = self._in_scope(b"tr", _TABLE)
                if row is None:
                    return b""
                self._clear_to(frozenset((b"tr", b"template", b"html")))
                self._pop()
                self.mode = _TBODY
                return self._start(name, attrs, closing, start, end)
            return self._in_table(name, attrs, closing, start, end)
        if mode == _TBODY:
            if name == b"tr":
                self._clear_to(frozenset((*_TABLE_SECTIONS, b"template", b"html")))
                if self._insert(name, attrs, closing, start, end, reconstruct=False):
                    self.mode = _ROW
                return b""
            if name in _CELLS:
                self._clear_to(frozenset((*_TABLE_SECTIONS, b"template", b"html")))
                if self._insert(b"tr", b"", False, start, start, reconstruct=False):
                    self.mode = _ROW
                    return self._start(name, attrs, closing, start, end)
                self._drop(start, end)
                return b""
            if name in (b"caption", b"col", b"colgroup", b"tbody", b"tfoot", b"thead"):
                if self._any_in_scope(_TABLE_SECTIONS, _TABLE) is None:
                    return b""
                self._clear_to(frozenset((*_TABLE_SECTIONS, b"template", b"html")))
                self._pop()
                self.mode = _TABLE_MODE
                return self._start(name, attrs, closing, start, end)
            return self._in_table(name, attrs, closing, start, end)
        return self._in_table(name, attrs, closing, start, end)

    def _in_table(
        self, name: bytes, attrs: bytes, closing: bool, start: int, end: int
    ) -> bytes | None:
        context = frozenset((b"table", b"template", b"html"))
        if name == b"caption":
            self._clear_to(context)
            if self._insert(name, attrs, closing, start, end, reconstruct=False):
                self.active.append(None)
                self.mode = _CAPTION
            return b""
        if name == b"colgroup":
            self._clear_to(context)
            if self._insert(name, attrs, closing, start, end, reconstruct=False):
                self.mode = _COLGROUP
            return b""
        if name == b"col":
            self._clear_to(context)
            if self._insert(b"colgroup", b"", False, start, start, reconstruct=False):
                self.mode = _COLGROUP
                return self._start(name, attrs, closing, start, end)
            self._drop(start, end)
            return b""
        if name in _TABLE_SECTIONS:
            self._clear_to(context)
            if self._insert(name, attrs, closing, start, end, reconstruct=False):
                self.mode = _TBODY
            return b""
        if name in (b"td", b"th", b"tr"):
            self._clear_to(context)
            if self._insert(b"tbody", b"", False, start, start, reconstruct=False):
                self.mode = _TBODY
                return self._start(name, attrs, closing, start, end)
            self._drop(start, end)
            return b""
        if name == b"table":
            table = self._in_scope(b"table", _TABLE)
            if table is None:
                return b""
            self._pop_until(table)
            self._reset_mode()
            return self._start(name, attrs, closing, start, end)
        if name in (b"style", b"script", b"template"):
            return None
        if name == b"input" and tuple(
            value.lower() for key, value in _attribute_set(attrs) if key == b"type"
        ) == (b"hidden",):
            self._insert(name, attrs, closing, start, end, reconstruct=False, void=True)
            return b""
        if name == b"form":
            if self.form is not None or self._top(b"template") is not None:
                return b""
            element = self._insert(name, attrs, closing, start, end, reconstruct=False, void=True)
            if element is not None:
                self.form = element
            return b""
        return None  # foster parented: in body rules, as deep as the table's parent at most

    def end_tag(self, name: bytes, start: int, end: int) -> None:
        if self.frameset:
            current = self.stack[-1]
            if name == b"frameset" and current.name == b"frameset":
                self._pop()
            return
        if name in (b"p", b"br") and not self._fits(1, start, end, name, True):
            return
        if name in _FORMATTING and self._top(name) is not None:
            # the agency copies elements only when a special element is open above the
            # lowest open element of that name (the one it works on is at or above it)
            special = self.cats[_SPECIAL]
            copies = bool(special) and special[-1].pos > self.names[name][0].pos
            weight = _MOST_ADOPTED * self.heaviest if copies else 0
            if not self._fits(_MOST_ADOPTED, start, end, name, True, weight):
                return
            if not self._adoption_fits(start, end):
                return
        if self._foreign():
            self._foreign_end(name, start, end)
            return
        self._html_end(name, start, end)

    def _foreign_end(self, name: bytes, start: int, end: int) -> None:
        if name in (b"br", b"p"):
            while not self._integration_point(self.stack[-1]):
                self._pop()
            self._html_end(name, start, end)
            return
        # the topmost foreign element of that name, if no HTML element is above it
        html = self.cats[_HTML_NS]
        floor = html[-1].pos if html else -1
        found = [self._top(b"%d:%b" % (ns, name)) for ns in (SVG, MATH)]
        targets = [element for element in found if element is not None and element.pos > floor]
        if targets:
            self._pop_until(max(targets, key=lambda element: element.pos))
            return
        self._html_end(name, start, end)

    def _html_end(self, name: bytes, start: int, end: int) -> None:
        mode = self.mode
        if mode != _BODY and self._table_end(name, start, end):
            return
        if name in (b"body", b"html"):
            return
        if name == b"p":
            if self._in_scope(b"p", _BUTTON) is None:
                if not self._room(1, start, end, name, True):
                    return
                self._push(_Element(HTML, b"p", b""))
            self._close_p()
            return
        if name == b"br":
            self.body_started = True
            self._reconstruct(start, 1)
            if self._room(1, start, end, name, True):
                self._push(_Element(HTML, b"br", b""))
                self._pop()
            return
        if name in _FORMATTING:
            if self._adoption(name, start):
                return
        elif name in _BLOCK_END:
            element = self._in_scope(name, _DEFAULT)
            if element is not None:
                self._implied_end()
                self._pop_until(element)
                if name == b"select":
                    self._reset_mode()
            return
        elif name == b"form":
            form = self.form
            self.form = None
            if form is None or not form.open or self._in_scope(b"form", _DEFAULT) is None:
                return
            self._implied_end()
            if self.stack[-1] is form:
                self._pop()
            else:
                self._remove(form)
            return
        elif name == b"li":
            element = self._in_scope(b"li", _LIST)
            if element is not None:
                self._implied_end(keep=b"li")
                self._pop_until(element)
            return
        elif name in (b"dd", b"dt"):
            element = self._in_scope(name, _DEFAULT)
            if element is not None:
                self._implied_end(keep=name)
                self._pop_until(element)
            return
        elif name in _HEADINGS:
            element = self._any_in_scope(_HEADINGS, _DEFAULT)
            if element is not None:
                self._implied_end()
                self._pop_until(element)
            return
        elif name in (b"applet", b"marquee", b"object", b"template"):
            element = self._in_scope(name, _DEFAULT if name != b"template" else _TABLE)
            if element is not None:
                self._implied_end()
                self._pop_until(element)
                self._clear_to_marker()
                self._reset_mode()
            return
        # any other end tag: close the topmost element of that name, unless a special element
        # is above it
        element = self._top(name)
        if element is None:
            return
        special = self.cats[_SPECIAL]
        if special and special[-1].pos > element.pos:
            return
        self._implied_end(keep=name)
        self._pop_until(element)

    def _table_end(self, name: bytes, start: int, end: int) -> bool:
        """End tags in the table modes; False: process them as in body."""
        mode = self.mode
        if mode == _CELL:
            if name in _CELLS:
                cell = self._in_scope(name, _TABLE)
                if cell is not None:
                    self._implied_end()
                    self._pop_until(cell)
                    self._clear_to_marker()
                    self.mode = _ROW
                return True
            if name in (b"body", b"caption", b"col", b"colgroup", b"html"):
                return True
            if name in (b"table", b"tbody", b"tfoot", b"thead", b"tr"):
                if self._in_scope(name, _TABLE) is None:
                    return True
                self._close_cell()
                self._html_end(name, start, end)
                return True
            return False
        if mode == _CAPTION:
            if name in (b"caption", b"table"):
                caption = self._in_scope(b"caption", _TABLE)
                if caption is None:
                    return True
                self._implied_end()
                self._pop_until(caption)
                self._clear_to_marker()
                self.mode = _TABLE_MODE
                if name == b"table":
                    self._html_end(name, start, end)
                return True
            return name in (b"body", b"col", b"colgroup", b"html", *_TABLE_SECTIONS, *_CELLS, b"tr")
        if mode == _COLGROUP:
            current = self.stack[-1]
            if name == b"col":
                return True
            if current.ns == HTML and current.name == b"colgroup":
                self._pop()
                self.mode = _TABLE_MODE
                if name != b"colgroup":
                    self._html_end(name, start, end)
            return True
        if mode == _ROW:
            if name in (b"tr", b"table", *_TABLE_SECTIONS):
                if name in _TABLE_SECTIONS and self._in_scope(name, _TABLE) is None:
                    return True
                row = self._in_scope(b"tr", _TABLE)
                if row is None:
                    return True
                self._clear_to(frozenset((b"tr", b"template", b"html")))
                self._pop()
                self.mode = _TBODY
                if name != b"tr":
                    self._html_end(name, start, end)
                return True
            if name in (b"body", b"caption", b"col", b"colgroup", b"html", *_CELLS):
                return True
        elif mode == _TBODY:
            if name in _TABLE_SECTIONS or name == b"table":
                keys = (name,) if name != b"table" else _TABLE_SECTIONS
                if self._any_in_scope(keys, _TABLE) is None:
                    return True
                self._clear_to(frozenset((*_TABLE_SECTIONS, b"template", b"html")))
                self._pop()
                self.mode = _TABLE_MODE
                if name == b"table":
                    self._html_end(name, start, end)
                return True
            if name in (b"body", b"caption", b"col", b"colgroup", b"html", *_CELLS, b"tr"):
                return True
        if name == b"table":
            table = self._in_scope(b"table", _TABLE)
            if table is not None:
                self._pop_until(table)
                self._reset_mode()
            return True
        if name in (b"body", b"caption", b"col", b"colgroup", b"html", *_TABLE_SECTIONS):
            return True
        return name in (*_CELLS, b"tr")

    def characters(self, start: int, end: int) -> None:
        if self.frameset:
            return
        if self._foreign():
            current = self.stack[-1]
            if not (current.ns == MATH and current.name in _MATH_TEXT_POINTS) and not (
                self._integration_point(current)
            ):
                return
        if not self.body_started:
            if _NON_WS.search(self.text, start, end) is None:
                return
            self.body_started = True
        if self.mode in (_TABLE_MODE, _TBODY, _ROW, _COLGROUP):
            current = self.stack[-1]
            if _NON_WS.search(self.text, start, end) is None and (
                current.ns == HTML and current.name in _TABLE_TEXT
            ):
                return  # white space goes into the table; other text is foster parented
            if self.mode == _COLGROUP and current.name == b"colgroup":
                self._pop()
                self.mode = _TABLE_MODE
        self._reconstruct(start, 0)

    # --- the tokenizer ----------------------------------------------------------------------

    def run(self) -> None:
        text = self.text
        size = len(text)
        position = 0
        find = text.find
        match_tag = _TAG.match
        tags, most_tags = 0, self.ledger.max_tags
        while position < size:
            if self.elements >= self.max_elements:
                self._flatten_rest(position)
                return
            opening = find(b"<", position)
            if opening < 0:
                self.characters(position, size)
                return
            if opening > position:
                self.characters(position, opening)
            following = text[opening + 1 : opening + 2]
            if following == b"!":
                if self.ledger.active and self.ledger.doctype(text, opening):
                    self._flatten_rest(opening)
                    return
                position = self._markup_declaration(opening)
                continue
            if following == b"?":
                position = self._bogus(opening + 1)
                continue
            tag = match_tag(text, opening)
            if tag is not None:
                closing, name, attrs, self_closing = tag.groups()
                position = tag.end()
            else:
                long = read_tag(text, opening)
                if long is not None:  # a tag of more than MAX_ATTRIBUTES units
                    closing, name, attrs = long.closing, long.name, long.attrs
                    self_closing, position = long.self_closing, long.end
                elif following == b"/":
                    after = text[opening + 2 : opening + 3]
                    if after == b">":
                        position = opening + 3
                        continue
                    if after.isalpha():  # an end tag cut by the end of the page: dropped
                        return
                    if not after:
                        self.characters(opening, size)
                        return
                    position = self._bogus(opening + 2)
                    continue
                elif following.isalpha():
                    return  # a start tag cut by the end of the page is dropped
                else:
                    self.characters(opening, opening + 1)
                    position = opening + 1
                    continue
            tags += 1
            if tags > most_tags:
                self.ledger.stop_reading(text)
                self._flatten_rest(opening)  # past the tags the model reads: text only from here
                return
            name = name.lower()
            if closing:
                if (
                    self.ledger.active
                    and name not in self.seen
                    and self.ledger.spend(text, name, 0, 0)
                ):
                    self._flatten_rest(opening)  # past a limit: text only from here
                    return
                self.end_tag(name, opening, position)
                continue
            if (name == b"html" or name == b"body") and self.ledger.merge(
                name, attrs, 0, len(attrs)
            ):
                self._flatten_rest(opening)  # too many for the one element: text only from here
                return
            edits = len(self.edits)
            attrs, cut = self._cut(attrs, bool(self_closing), opening, position)
            if (
                self.ledger.active
                and (attrs or name not in self.seen)
                and self.ledger.spend(attrs, name, 0, len(attrs))
            ):
                self._flatten_rest(opening)
                return
            if (
                self.stack[-1].level >= self.max_depth and not self.frameset and not self._pending()
            ):  # no element fits: the tag goes, as `start_tag` drops it (and counts it)
                if name in _FORMATTING and self._segment_full():
                    self._drop(opening, position)
                    self.avoided += 1
                elif not (name in (b"a", b"nobr") and self._listed(name)):
                    self._room(_OPENED.get(name, 1), opening, position, name, bool(self_closing))
                else:
                    self._adoption_fits(opening, position)
                continue
            state = self.start_tag(name, attrs, bool(self_closing), opening, position)
            if cut and not any(e[0] <= opening < e[1] for e in self.edits[edits:]):
                self.edits.append((opening, position, cut))  # the tag stays, cut
            if state:
                position = self._raw(state, position)

    def _cut(self, attrs: bytes, self_closing: bool, start: int, end: int) -> tuple[bytes, bytes]:
        """The attributes a start tag keeps (at most MAX_ATTRIBUTES), and what replaces it (b""
        if it stays as it is)."""
        if len(attrs) <= MAX_ATTRIBUTES:  # a shorter tag cannot hold more
            return attrs, b""
        count, kept = count_attributes(attrs, MAX_ATTRIBUTES)
        if count <= MAX_ATTRIBUTES:
            return attrs, b""
        self.cut_attributes = max(self.cut_attributes, count)
        opening = end - len(attrs) - (2 if self_closing else 1)
        ending = b" />" if self_closing else b">"
        return attrs[:kept], self.text[start:opening] + attrs[:kept] + ending

    def _flatten_rest(self, position: int) -> None:
        """With no element left to open, make the page from `position` on text only: forget
        the formatting elements that text would re-open, drop comments, scripts, styles and
        tags (keeping the text between them) and escape any other "<"."""
        pending = self._pending()
        if pending:
            self._forget(position, pending)
        edit, dropped = text_only(self.text, position)
        if edit is not None:
            self.avoided += dropped
            self.edits.append(edit)

    def _markup_declaration(self, opening: int) -> int:
        text = self.text
        if text.startswith(b"<!--", opening):
            if text.startswith(b">", opening + 4):
                return opening + 5
            if text.startswith(b"->", opening + 4):
                return opening + 6
            found = _COMMENT_END.search(text, opening + 4)
            return len(text) if found is None else found.end()
        if text.startswith(b"<![CDATA[", opening) and self._foreign():
            found_at = text.find(b"]]>", opening + 9)
            if found_at < 0:
                self.characters(opening + 9, len(text))
                return len(text)
            if found_at > opening + 9:
                self.characters(opening + 9, found_at)
            return found_at + 3
        return self._bogus(opening + 2)

    def _bogus(self, start: int) -> int:
        found = self.text.find(b">", start)
        return len(self.text) if found < 0 else found + 1

    def _raw(self, state: bytes, position: int) -> int:
        """Skip the text of a raw-text, RCDATA, script or plaintext element from `position`;
        return where its end tag starts."""
        text = self.text
        if state == b"plaintext":
            self.characters(position, len(text))
            return len(text)
        if state == b"script":
            end = self._script_end(position)
        else:
            found = _end_pattern(state).search(text, position)
            end = len(text) if found is None else found.start()
        if state == b"textarea" and end > position:
            # Lexbor re-opens formatting elements in a textarea's text (it fits: the start tag
            # was checked for them)
            self._reconstruct(position, 0)
        return end

    def _script_end(self, position: int) -> int:
        """Where the script data from `position` ends, through its escaped states."""
        text = self.text
        escaped = double = False
        for found in _SCRIPT_STATE.finditer(text, position):
            token = found.group()
            if token == b"<!--":
                if not escaped:
                    escaped = True
                    if text.startswith(b">", found.end()) or text.startswith(b"->", found.end()):
                        escaped = False
                continue
            if token == b"-->":
                if escaped:
                    escaped = double = False
                continue
            if found.group(1):  # </script
                if not escaped or not double:
                    return found.start()
                double = False
                continue
            if escaped and not double:  # <script
                double = True
        return len(text)


def bound_tree(
    text: bytes,
    max_depth: int,
    max_elements: int,
    max_attributes: int | None = None,
    *,
    names: bool = False,
    max_tags: int | None = None,
) -> Outcome:
    """`text` rewritten so that the tree built from it is at most `max_depth` deep and has at
    most `max_elements` elements (unchanged when it already is), and what the model found.
    With `max_attributes` or `names`, the page is also text only from the tag that passes a
    limit of `Ledger`; with `max_tags`, from the tag past that many (the model's work)."""
    model = _Model(
        text, max_depth, max_elements, Ledger(max_attributes, names=names, max_tags=max_tags)
    )
    model.run()
    wanted_elements = model.elements + model.avoided
    if not model.edits:
        return Outcome(text, model.depth, model.elements, 0, wanted_elements, False)
    return Outcome(
        apply_edits(text, model.edits),
        model.depth,
        model.elements,
        model.wanted_depth,
        wanted_elements,
        True,
        model.cut_attributes,
        model.ledger.passed(),
    )


def apply_edits(text: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """`text` with each `(start, end, replacement)` of `edits` made, in the order of their
    positions; an edit that starts inside an earlier one is skipped."""
    parts: list[bytes] = []
    position = 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        if start < position:
            continue
        parts += [text[position:start], replacement]
        position = end
    parts.append(text[position:])
    return b"".join(parts)


def drop(edits: list[tuple[int, int, bytes]], text: bytes, start: int, end: int) -> None:
    """Add to `edits` the removal of the tag `text[start:end]`, as one edit with a removal
    just before it. A "<" just before the tag (text, as a "<" before a tag is) becomes "&lt;":
    left as it is, it would start a tag with what follows."""
    if start and text[start - 1] == 0x3C:
        edits.append((start - 1, end, b"&lt;"))
    elif edits and edits[-1][1] == start and not edits[-1][2]:
        edits[-1] = (edits[-1][0], end, b"")
    else:
        edits.append((start, end, b""))


def text_only(text: bytes, position: int) -> tuple[tuple[int, int, bytes] | None, int]:
    """The edit that makes `text[position:]` text only, as it is for a page that has used up
    its elements (comments, scripts, styles and tags dropped, the text between them kept, any
    other "<" escaped, also one just before `position`; None when there is nothing to change),
    and how many tags it drops."""
    if position and text[position - 1] == 0x3C:
        position -= 1
    rest = text[position:]
    flat, dropped = _MARKUP.subn(b"", rest)
    flat = flat.replace(b"<", b"&lt;")
    if flat == rest:
        return None, 0
    return (position, len(text), flat), dropped
