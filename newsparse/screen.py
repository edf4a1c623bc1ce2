"""A cheap, sound screen: the exact depth and element count of the tree for regular markup.

`screen(text)` returns `(depth, elements)` of the tree the HTML tree builder builds from
`text`, or None when the page holds something it does not follow; `screen_bound(text)` also
follows a page past the limits, removing each start tag that would open an element beyond
them (as `newsparse.treebuilder.bound_tree` does), and gives the page rewritten. It reads the
page with one `re.finditer` (comments, bogus comments, raw-text and RCDATA elements with their
end tags, and tags with their attributes are each one match, as the tokenizer reads them) and
one loop over the tags with a stack of names, in which it follows only the tree builder's
rules whose effect on the stack of open elements it knows exactly (the commonest cases, a
plain tag that only opens or closes the current element, are taken first; they are the same
rules):

- a start tag pushes its element, after the implied closes of `<p>` (when in button scope),
  `<li>`, `<dd>`, `<dt>`, headings and `<option>` when the element to close is the current
  one; void elements, raw-text elements and self-closed foreign elements push nothing that
  stays open; a `<table>` leaves a `<p>` open in quirks mode (known for a page that starts
  with no doctype, or with `<!doctype html>`);
- an end tag pops its element when it is the current one; an end tag of an element further
  down pops everything above it when no scope boundary is in between and none of what it pops
  is a formatting element; an end tag of an element not open does nothing (a `</p>` or `</br>`
  then inserts one element); in SVG or MathML, an end tag that names no open foreign element
  follows these rules (`</p>` and `</br>` first close the foreign elements);
- tables made of sections, rows and cells: the implied `<tbody>` and `<tr>`, a cell closed by
  the next cell or row or by its end tag (with the formatting elements opened in it, which the
  cell's marker makes the tree builder forget), end tags a table ignores;
- the form element pointer (a `<form>` while it is set is ignored), a `<button>` closing the
  open button, `<option>`s in a `<select>`, SVG and MathML elements (self-closed or closed by
  the nearest foreign element of the name).

Past a limit (`screen_bound`): a start tag that would open an element deeper than the depth
limit, or past the element limit, is removed before it changes anything (a `<table>` needs
room for a cell, as what follows a table cut short is foster parented; a removed raw-text
start tag leaves its text to be read as markup), and an end tag that would insert one; once
the elements are used up, the rest of the page is made text only. The stack then stays the
tree builder's for the page as rewritten.

Everything else gives None: a formatting end tag that is not the current element, a fourth
formatting element of a name, `<a>` or `<nobr>` inside another, a `<p>` closed from below the
current element, anything foster parented out of a table, captions, column groups,
`<template>`, `<object>`, ruby parts, markup in a `<select>`, `<noscript>` in the head, raw text
inside SVG or MathML, HTML breaking out of them, `<plaintext>`, `<![CDATA[`, and a script whose
text holds `<script` after `<!--` (the tokenizer's double-escaped state).

Soundness: as long as no None is returned, the stack of names equals the tree builder's stack
of open elements after every token (induction over the tokens: each rule above is the tree
builder's rule for that case, and no formatting element ever leaves the stack but by its own end
tag, so the list of active formatting elements holds only open elements and no text or tag
reconstructs any). Hence the depth and element count returned are the tree builder's, with
`<html>`, `<head>` and `<body>` counted. A tag that no `>` closes runs to the end of the page,
where the tokenizer drops it and reads nothing more: the screen stops there too. Its
tokenization differs from the tokenizer's only after a quoted attribute value left open,
which the screen ends at the next `>` and reads on: that can only add depth and elements.
"""

from __future__ import annotations

import re
from collections import defaultdict

from newsparse.elements import BREAKOUT
from newsparse.elements import CELLS as _CELLS
from newsparse.elements import FORMATTING as _FORMATTING
from newsparse.elements import HEADINGS as _HEADINGS
from newsparse.elements import SPECIAL as _SPECIAL
from newsparse.treebuilder import (
    ATTRIBUTE_UNIT,
    MAX_ATTRIBUTES,
    Ledger,
    Outcome,
    apply_edits,
    drop,
    read_tag,
    text_only,
)

__all__ = ["screen", "screen_bound"]

# A tag's attributes as the tokenizer reads them, up to MAX_ATTRIBUTES units (a space, a "/",
# an attribute): a longer tag matches no branch but `cut`, and the screen leaves the page to
# the model (see newsparse.treebuilder.read_tag).
_ATTRS = rb"(?:%b){0,%d}" % (ATTRIBUTE_UNIT, MAX_ATTRIBUTES)
_END = rb"(?=[\t\n\f\r />])"
_SPACE = rb"[\t\n\f\r ]"
# A plain tag (after its "<"): a name, then attributes separated by whitespace, each a name
# that ends where the tokenizer ends it, with a value quoted or unquoted, also ending where the
# tokenizer ends it. Its extent, name and self-closing flag are then the tokenizer's; any other
# tag fails this branch and is read by the exact one below.
_PLAIN_TAG = (
    rb"(?:(/)|(?!(?:script|style|xmp|iframe|noembed|noframes|textarea|title|plaintext)%(e)b))"
    rb"(?=([a-z][^\t\n\f\r />]*))\2"
    rb"""(?:%(s)b+[^\t\n\f\r />="'<]+(?=[\t\n\f\r />=])"""
    rb"""(?:%(s)b*=%(s)b*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >"'=<`]+(?=[\t\n\f\r >])))?){0,%(n)d}"""
    rb"%(s)b*(/?)>"
) % {b"e": _END, b"s": _SPACE, b"n": MAX_ATTRIBUTES}
# One match per token that matters, on the lower-cased page. A plain tag has groups 1 to 3
# only (`lastindex` 3); the groups of the other tokens follow, in order (those named in the
# loop of `screen`, and the back-referenced ones). Every token starts with the "<" written
# first, which lets the regex engine jump from one "<" to the next.
_TOKEN = re.compile(
    rb"<(?:" + _PLAIN_TAG + rb"|!--(?:>|->|[\s\S]*?(?:--!?>|\Z))"  # a comment
    rb"|(?P<bail>!\[cdata\[|plaintext)"
    rb"|[!?][^>]*>?"  # doctype, bogus comment
    rb"|/(?![a-z])[^>]*>?"  # "</>", bogus comment
    # a script: its text runs to "</script", unless "<script" follows a "<!--" in it (the
    # tokenizer's double-escaped state, not followed)
    rb"|(?P<script>script)%(e)b(?=(?P<sa>%(a)b))(?P=sa)/?>[^<]*(?:<(?!!--|/script%(e)b)[^<]*)*"
    rb"(?:<!--[^<]*(?:<(?!/?script%(e)b)[^<]*)*)?"
    rb"(?:(?P<escape><script%(e)b)|</script%(e)b(?=(?P<se>%(a)b))(?P=se)/?>|\Z)"
    # a raw-text or RCDATA element, to its end tag; "lt" if its text holds a "<"
    rb"|(?P<raw>style|xmp|iframe|noembed|noframes|textarea|title)%(e)b(?=(?P<ra>%(a)b))(?P=ra)"
    rb"(?P<rs>/?)>[^<]*(?:(?P<lt><)(?!/(?P=raw)%(e)b)[^<]*(?:<(?!/(?P=raw)%(e)b)[^<]*)*)?"
    rb"(?:</(?P=raw)%(e)b(?=(?P<re>%(a)b))(?P=re)/?>|\Z)"
    rb"|(?P<end>/?)(?=(?P<name>[a-z][^\t\n\f\r />]*))(?P=name)(?=(?P<ta>%(a)b))(?P=ta)"
    rb"(?P<self>/?)>"
    # a tag cut by the end of the page (no ">" closes it): the tokenizer reads nothing more
    rb"|(?P<cut>/?[a-z]))" % {b"a": _ATTRS, b"e": _END}
)

_TEXT = re.compile(rb"[^\t\n\f\r ]")
_MERGED = frozenset((b"html", b"body"))  # start tags whose attributes go to one element
_VOID = frozenset(
    b"area base basefont bgsound br col embed frame hr img image input keygen link meta param "
    b"source track wbr".split()
)
_CLOSES_P = frozenset(
    b"address article aside blockquote center details dialog dir div dl fieldset figcaption "
    b"figure footer header hgroup main menu nav ol p search section summary ul hr pre listing "
    b"h1 h2 h3 h4 h5 h6 xmp form".split()
)
# End tags that close their element, and all above it, when it is in scope.
_BLOCK_END = frozenset(
    b"address article aside blockquote button center details dialog dir div dl fieldset "
    b"figcaption figure footer header hgroup listing main menu nav ol pre search section "
    b"select summary ul p li dd dt".split()
)
# Start tags whose rules the screen does not follow.
_UNFOLLOWED = frozenset(
    b"caption col colgroup template frameset rb rtc rp rt applet marquee object".split()
)
# Where the table modes take over from the rules of the body, and what a table is made of.
_TABLE_CONTEXT = frozenset(b"table tbody thead tfoot tr".split())
_SECTIONS = frozenset(b"tbody thead tfoot".split())
_TABLE_PARTS = _TABLE_CONTEXT.union(_CELLS)
# Elements above which an end tag's element is out of scope (`<button>` for `</p>` only).
_BOUNDARIES = frozenset(b"table td th button select".split())
# Head elements: before <body>, these leave it unstarted (<noscript> there has rules of its own).
_HEAD = frozenset(b"base basefont bgsound link meta noframes script style title".split())
# What a <noscript> in the head holds; anything else closes it (the page is read with scripting
# off). "html", "head" and "noscript" start tags are ignored there.
_IN_HEAD_NOSCRIPT = frozenset(
    b"basefont bgsound link meta noframes style html head noscript".split()
)
# Start tags that leave SVG and MathML for HTML, and those the screen does not follow there (a
# `<font>` leaves with some attributes only; `<mglyph>`, `<malignmark>` stay in MathML text).
_BREAKOUT = BREAKOUT | {b"font", b"mglyph", b"malignmark"}
# A foreign element is named with its namespace and a space (b"svg path"): no tag name holds a
# space, so no HTML element (`<fb:like>`, `<g:plusone>`) is taken for one.
_NS = b" "
_FOREIGN_ROOTS = {b"svg": b"svg svg", b"math": b"math math"}
# Foreign elements whose start tags follow the HTML rules (annotation-xml only with some
# attributes: the screen does not follow it).
_INTEGRATION = frozenset(
    b"svg foreignobject,svg desc,svg title,math mi,math mo,math mn,math ms,math mtext".split(b",")
)


# Start tags with a rule of their own: any other start tag in the body, with an HTML element
# current outside tables and selects, only opens its element.
_RULED = frozenset(
    b"html body head noscript form button select li dd dt option optgroup svg math".split()
).union(_UNFOLLOWED, _TABLE_PARTS, _CLOSES_P, _FORMATTING)
# Start tags whose only rule, with no <p> open, is to close a heading that is current.
_BLOCKS = _CLOSES_P.difference((b"form",))
# List items, and elements in which they close nothing (the item's walk stops there).
_LIST_ITEMS = frozenset((b"li", b"dd", b"dt"))
_LISTS = frozenset((b"ul", b"ol", b"dl"))

_ANNOTATION_XML = b"math annotation-xml"

# Foreign elements that are special and end every scope.
_FOREIGN_SCOPE = _INTEGRATION.union((_ANNOTATION_XML,))
# Elements above which a <p> is not in button scope (a <select> too, for Lexbor).
_P_SCOPE = _BOUNDARIES.union(_FOREIGN_SCOPE)
# End tags with a rule of their own even for an element that is not open.
_END_RULED = frozenset((b"head", b"form", b"p", b"br", *_HEADINGS)).union(_TABLE_PARTS)
# The most elements a start tag opens (a cell in a table opens the implied <tbody> and <tr>),
# and the room a <table> needs for its cells: a table whose parts were cut would send what
# follows out of it (foster parenting), which the screen does not follow.
_GROWTH = {b"td": 3, b"th": 3, b"tr": 2, b"table": 4}
_TABLE_LEVEL = {b"table": 0, b"tbody": 1, b"thead": 1, b"tfoot": 1, b"tr": 2}
_MOST_GROWTH = max(_GROWTH.values())
# How a page starts: `<!doctype html>` (no quirks), or a doctype, comment or byte-order mark
# the screen does not read (any other start, text or a tag, means quirks mode).
_DOCTYPE = re.compile(
    rb"[\t\n\f\r ]*(?:(?P<standard><!doctype[\t\n\f\r ]+html[\t\n\f\r ]*>)"
    rb"|(?P<unknown><[!?]|</(?![a-z])|\xef\xbb\xbf))?",
    re.IGNORECASE,
)

_STEPS_PER_BYTE = 0.25
"""The screen gives up once its walks down the stack (to the element an end tag closes, or
to where a scope ends) have taken more steps than this per byte of the page, plus `_WALK`."""
_WALK = 1000


def screen(text: bytes, max_depth: int, max_elements: int) -> tuple[int, int] | None:
    """`(depth, elements)` of the tree built from `text`, or None when it is not regular or
    passes `max_depth` or `max_elements`."""
    outcome = _follow(text, max_depth, max_elements, rewrite=False)
    return None if outcome is None else (outcome.depth, outcome.elements)


def screen_bound(
    text: bytes,
    max_depth: int,
    max_elements: int,
    max_attributes: int | None = None,
    *,
    names: bool = False,
    max_tags: int | None = None,
) -> Outcome | None:
    """`text` bounded as `newsparse.treebuilder.bound_tree` bounds it, for a regular page (None
    for any other): a start tag that would open an element deeper than `max_depth`, or past
    `max_elements`, is removed, and once the elements are used up (or the start tags have
    more than `max_attributes` attributes in all, when given, or with `names` more distinct
    names than `newsparse.treebuilder.Ledger` allows, or past `max_tags` tags when given) the
    rest of the page is made text only; the `Outcome` gives the depth and element count of
    the tree built from the text returned, exactly."""
    return _follow(
        text,
        max_depth,
        max_elements,
        rewrite=True,
        max_attributes=max_attributes,
        names=names,
        max_tags=max_tags,
    )


def _follow(
    text: bytes,
    max_depth: int,
    max_elements: int,
    *,
    rewrite: bool,
    max_attributes: int | None = None,
    names: bool = False,
    max_tags: int | None = None,
) -> Outcome | None:
    """The screen: the page followed token by token (see the module's docstring); at a tag
    that would pass a limit, None unless `rewrite`."""
    stack = [b"html", b"body"]
    opened: defaultdict[bytes, int] = defaultdict(int)  # elements per name in `stack`
    opened[b"html"] = opened[b"body"] = 1
    elements = 3
    depth = 2
    body = False  # the body has started
    after_head = False  # the head is over, the body not yet started
    head_noscript = False  # a <noscript> in the head is open (it holds only head elements)
    quirks = _quirks(text)
    edits: list[tuple[int, int, bytes]] = []  # the tags removed
    wanted_depth = dropped_open = avoided = 0  # what they asked for, as the model counts it
    full = -1  # where the elements ran out: the page is text only from there
    ledger = Ledger(max_attributes, names=names, max_tags=max_tags)
    tags, most_tags = 0, ledger.max_tags  # markup tokens read (tags, comments...), at most
    # names the ledger has: a tag with one of them and without attributes spends nothing
    seen: set[bytes] | frozenset[bytes] = (
        ledger.tag_names if ledger.tag_names is not None else frozenset()
    )
    steps = int(len(text) * _STEPS_PER_BYTE) + _WALK  # left for the walks down the stack
    reread = 0  # bytes of removed raw-text elements read again as markup

    def walk(index: int) -> bool:
        """Take one step down the stack, to `index`; True when the screen has no step left
        (or the stack no element)."""
        nonlocal steps
        steps -= 1
        return steps < 0 or index < 0

    def close(index: int, *, cell: bool = False) -> bool:
        """Pop `stack[index:]`; False when that would pop a formatting element (unless the
        cell closes, which forgets them), a foreign element or part of a table."""
        for name in stack[index + 1 :]:
            if name in _TABLE_CONTEXT and cell and stack[index] in _TABLE_CONTEXT:
                continue  # a table's rows and sections, closed by its end tags
            if (name in _FORMATTING and not cell) or _NS in name or name in _TABLE_PARTS:
                return False
        for name in stack[index:]:
            opened[name] -= 1
        del stack[index:]
        return True

    def close_cell(name: bytes = b"") -> bool:
        """Close the open cell (only if it is a `name`), as a cell end tag or the start of a
        row or cell does."""
        index = len(stack) - 1
        while stack[index] not in _CELLS:
            index -= 1
            if walk(index):
                return False
        return (not name or stack[index] == name) and close(index, cell=True)

    def start(name: bytes, *, empty: bool) -> bool:
        """Open the element of a start tag, left open unless `empty` (void, or a self-closed
        foreign element); False, and nothing opened, when it would pass a limit."""
        nonlocal elements, depth
        level = len(stack) + 1
        if level > max_depth or elements >= max_elements:
            return False
        elements += 1
        if not empty:
            stack.append(name)
            opened[name] += 1
        if level > depth:
            depth = level
        return True

    def fits(growth: int) -> bool:
        """Whether `growth` more elements, the first a child of the current one, fit."""
        return len(stack) + growth <= max_depth and elements + growth <= max_elements

    def refuse(begin: int, finish: int, growth: int, opens: bool) -> bool:
        """Remove the tag at `begin:finish`, which would open `growth` elements (one left
        open if `opens`) past a limit; with no element left, make the page text only from
        `begin` instead. False when not rewriting."""
        nonlocal wanted_depth, dropped_open, avoided, full
        if not rewrite:
            return False
        if elements >= max_elements:
            full = begin
            return True
        drop(edits, text, begin, finish)
        level = len(stack) + growth
        if level > max_depth:
            wanted_depth = max(wanted_depth, level + dropped_open)
            dropped_open += opens
        else:
            avoided += growth
        return True

    def p_in_scope() -> int | None:
        """The index in `stack` of the `<p>` in button scope (-1: none), or None when the
        screen does not look that far down."""
        if not opened[b"p"]:
            return -1
        index = len(stack) - 1
        while stack[index] != b"p":
            if stack[index] in _P_SCOPE:
                return -1
            index -= 1
            if walk(index):
                return None
        return index

    def close_p() -> bool:
        """Close the `<p>` in button scope, as a start tag that closes it does; False when
        the screen does not follow that (an element is open above the `<p>`)."""
        index = p_in_scope()
        if index is None:
            return False
        return index < 0 or (index == len(stack) - 1 and close(index))

    def table_part(name: bytes) -> bool:
        """A start tag of a table part, with the current element part of a table."""
        current = stack[-1]
        if name in _SECTIONS:
            while stack[-1] in _SECTIONS or stack[-1] == b"tr":
                opened[stack.pop()] -= 1
            start(name, empty=False)
            return True
        if current == b"table":
            start(b"tbody", empty=False)
        if name == b"tr":
            if stack[-1] == b"tr":
                opened[stack.pop()] -= 1
            start(name, empty=False)
            return True
        if stack[-1] != b"tr":
            start(b"tr", empty=False)
        start(name, empty=False)
        return True

    form = False  # the form element pointer is set
    counted = -1  # where the last tag whose attributes were counted starts

    lowered = text.lower()
    read = 0  # where the last token ended
    position = 0  # where tokens are read from (again after a raw-text start tag is removed)
    while position >= 0:
        tokens = _TOKEN.finditer(lowered, position)
        position = -1
        for token in tokens:
            tags += 1
            if tags > most_tags:  # past the tags the guard reads: text only from here
                if not rewrite:
                    return None
                ledger.stop_reading(text)
                full = token.start()
                break
            if token.lastindex == 3 and body and not head_noscript:
                # a plain tag in the body: the commonest cases first, as the rules below take them
                end, name, self_closed = token.group(1, 2, 3)
                # an <html> or <body> tag adds its attributes to one element, but in foreign
                # content it opens a foreign element of its own
                if ledger.active and (
                    name not in _MERGED or (_NS in stack[-1] and stack[-1] not in _INTEGRATION)
                ):
                    counted = token.start()
                    attributes = 0 if end else token.end()
                    if (name not in seen or attributes - token.end(2) > 1) and ledger.spend(
                        lowered, name, token.end(2), attributes
                    ):
                        if not rewrite:
                            return None
                        full = token.start()  # past a limit: text only from here
                        break
                if not end and len(stack) + _MOST_GROWTH > max_depth and elements < max_elements:
                    level = len(stack) + _growth(name, stack[-1])
                    if level > max_depth:  # the tag goes, as `refuse` removes it
                        if not rewrite:
                            return None
                        drop(edits, text, token.start(), token.end())
                        wanted_depth = max(wanted_depth, level + dropped_open)
                        dropped_open += name not in _VOID
                        continue
                current = stack[-1]
                if _NS in current:  # foreign content
                    if end:
                        if current.endswith(_NS + name):
                            stack.pop()
                            opened[current] -= 1
                            continue
                    elif (
                        current not in _INTEGRATION
                        and current != _ANNOTATION_XML
                        and name not in _BREAKOUT
                    ):
                        name = current[: current.index(_NS) + 1] + name  # a foreign element
                        if not start(name, empty=bool(self_closed)):
                            if not refuse(token.start(), token.end(), 1, not self_closed):
                                return None
                            if full >= 0:
                                break
                        continue
                elif end:
                    if name == current and len(stack) > 2:
                        stack.pop()  # the current element's end tag (not <body>'s or <html>'s)
                        opened[name] -= 1
                        form = form and name != b"form"
                        continue
                    if not opened[name] and name not in _END_RULED and not opened[b"select"]:
                        continue  # the end tag of an element not open closes nothing
                elif (
                    current not in _TABLE_CONTEXT
                    and not opened[b"select"]
                    and (
                        name not in _RULED
                        or (name in _FORMATTING and not opened[name])
                        or (
                            not opened[b"p"]
                            and (
                                (
                                    name in _BLOCKS
                                    and (name not in _HEADINGS or current not in _HEADINGS)
                                )
                                or (name in _LIST_ITEMS and current in _LISTS)
                            )
                        )
                    )
                ):
                    if not start(name, empty=name in _VOID):  # a tag that only opens its element
                        if not refuse(token.start(), token.end(), 1, name not in _VOID):
                            return None
                        if full >= 0:
                            break
                    continue
            groups = token.groups(b"")
            (
                _,
                _,
                _,
                bail,
                script,
                _,
                escape,
                _,
                raw,
                _,
                raw_closed,
                lt,
                _,
                end,
                name,
                _,
                self_closed,
                cut,
            ) = groups
            if token.lastindex == 3:
                end, name, self_closed = groups[:3]
            if (not body or head_noscript) and _TEXT.search(lowered, read, token.start()):
                if head_noscript:  # a text closes a <noscript> in the head, and starts the body
                    stack.pop()
                    opened[b"noscript"] -= 1
                    head_noscript = False
                body = True  # a text starts the body
            if cut:
                if read_tag(text, token.start()) is not None:
                    return None  # a tag of more than MAX_ATTRIBUTES units, left to the model
                break
            read = token.end()
            if bail or escape or depth > max_depth or elements > max_elements:
                return None
            current = stack[-1]
            tag = script or raw or (b"" if end else name)
            if ledger.active and (tag or name) and counted != token.start():
                before = token.start() + 1 + len(tag)
                after = token.end("sa") if script else token.end("ra") if raw else token.end()
                if end or (tag in _MERGED and (_NS not in current or current in _INTEGRATION)):
                    after = 0  # no attributes, or counted with their element's (below)
                if ledger.spend(lowered, tag or name, before, after):
                    if not rewrite:
                        return None
                    full = token.start()
                    break
            growth = _growth(tag, current) if tag else 0
            if growth and not fits(growth):  # checked before the tag changes anything
                if not body or head_noscript or (_NS in current and (script or raw)):
                    return None
                finish = token.end()
                if script:
                    finish = token.end("sa") + (2 if lowered[token.end("sa")] == 0x2F else 1)
                elif raw:
                    finish = token.end("rs") + 1
                opens = not self_closed and tag not in _VOID
                if not refuse(token.start(), finish, growth, opens):
                    return None
                if full >= 0:
                    break
                if script or raw:  # its text is read as markup now, once
                    reread += token.end() - finish
                    if reread > len(text):
                        return None  # raw-text tags inside raw text, read again and again
                    position = read = finish
                    break
                continue
            if head_noscript and (
                (name and not end and name not in _IN_HEAD_NOSCRIPT)
                or (script or (raw and raw not in _IN_HEAD_NOSCRIPT))
                or (end and name == b"br")
            ):
                stack.pop()  # anything else closes it (and is read again in the head)
                opened[b"noscript"] -= 1
                head_noscript = False
                current = stack[-1]
            if script or raw:
                if _NS in current and current not in _INTEGRATION:
                    if script or lt or raw_closed:
                        return None  # in SVG or MathML these are not raw text
                    elements += 1  # an element with text only, as raw text or not
                    depth = max(depth, len(stack) + 1)
                    continue
                if opened[b"select"] or (
                    current in _TABLE_CONTEXT and raw != b"style" and not script
                ):
                    return None  # foster parented
                if raw == b"xmp" and not close_p():
                    return None
                body = body or (raw != b"" and raw not in _HEAD)
                elements += 1
                depth = max(depth, len(stack) + 1)
                continue
            if not name:  # a comment, doctype or bogus comment
                if ledger.active and ledger.doctype(lowered, token.start()):
                    if not rewrite:
                        return None
                    full = token.start()
                    break
                continue
            if end:
                if _NS in current:  # foreign content: the nearest foreign element of that name
                    index = len(stack) - 1
                    while _NS in stack[index]:
                        if stack[index].endswith(_NS + name):
                            break
                        index -= 1
                        if walk(index):
                            return None
                    else:
                        index = -1  # an HTML element is reached: the HTML rules apply
                    if index >= 0:
                        for node in stack[index:]:
                            opened[node] -= 1
                        del stack[index:]
                        continue
                    if name == b"p" or name == b"br":
                        # these first close the foreign elements down to an integration point
                        while _NS in current and current not in _INTEGRATION:
                            if current == _ANNOTATION_XML:
                                return None  # an integration point for some encodings only
                            opened[stack.pop()] -= 1
                            current = stack[-1]
                if name == b"body" or name == b"html" or name == b"head":
                    # the head is over (ignored in a <noscript> there): a <noscript> starts the body
                    after_head = after_head or not (body or head_noscript)
                    continue
                if name == current:
                    stack.pop()
                    opened[name] -= 1
                    form = form and name != b"form"
                    head_noscript = False  # after a <noscript> in the head: in the head again
                    continue
                if opened[b"select"] and name not in (b"option", b"optgroup", b"select"):
                    return None
                if name == b"form":
                    if opened[b"form"]:
                        return None  # removes the form from the middle of the stack
                    form = False
                    continue
                if name in _TABLE_PARTS and opened[b"table"]:
                    if current in _TABLE_CONTEXT:
                        if name in _CELLS or name == b"tr" or not opened[name]:
                            continue  # ignored in a table, or not in table scope
                        index = len(stack) - 1
                        while stack[index] != name:  # rows and sections: the table's own parts
                            if stack[index] == b"table":
                                break
                            index -= 1
                        else:
                            close(index, cell=True)
                        continue
                    if name in _CELLS:
                        if not opened[name]:
                            continue
                        if not close_cell(name):
                            return None
                        continue
                    return None
                if current in _TABLE_CONTEXT:
                    if name == b"br" or name == b"p":
                        if elements >= max_elements:
                            if not refuse(token.start(), token.end(), 1, False):
                                return None
                            break
                        elements += 1  # inserted, foster parented (not deeper than the table)
                    continue  # any other end tag is out of the table's scope
                if name in _HEADINGS and any(opened[heading] for heading in _HEADINGS):
                    return None  # closes whichever heading is open
                if not opened[name]:
                    if name == b"p" and not body:
                        return None  # ignored in the head, unless a text (unseen here) ended it
                    if name == b"br" or name == b"p":
                        if not fits(1):
                            if not refuse(token.start(), token.end(), 1, False):
                                return None
                            if full >= 0:
                                break
                            continue
                        elements += 1  # "</br>" is a <br>, a stray "</p>" an empty <p>
                        depth = max(depth, len(stack) + 1)
                        body = True
                    continue  # closes nothing
                if name in _FORMATTING:
                    return None
                # close it and everything above it, where the tree builder does
                index = len(stack) - 1
                while stack[index] != name:
                    above = stack[index]
                    if name not in _BLOCK_END and (above in _SPECIAL or above in _FOREIGN_SCOPE):
                        break  # "any other end tag" stops at a special element: nothing closes
                    if name == b"li" and (above == b"ol" or above == b"ul"):
                        break  # not in list item scope
                    if (above in _BOUNDARIES and (above != b"button" or name == b"p")) or (
                        above in _FOREIGN_SCOPE
                    ):
                        if above == b"select":
                            return None
                        if name != b"p":
                            break
                        if fits(1):  # not in scope: "</p>" inserts an empty <p>
                            elements += 1
                            depth = max(depth, len(stack) + 1)
                        elif not refuse(token.start(), token.end(), 1, False):
                            return None
                        break
                    index -= 1
                    if walk(index):
                        return None
                else:
                    if not close(index):
                        return None
                if full >= 0:
                    break
                continue
            # start tags
            if current == _ANNOTATION_XML:
                return None
            if _NS in current and current not in _INTEGRATION:
                if name in _BREAKOUT:
                    return None
                if not start(current[: current.index(_NS) + 1] + name, empty=bool(self_closed)):
                    return None
                continue
            if name == b"html" or name == b"body" or name == b"head":
                body = body or name == b"body"
                after = token.end(2) if token.lastindex == 3 else token.end("name")
                # the tree builder adds their attributes to one element
                if (
                    name != b"head"
                    and token.end() - after > 2
                    and (
                        ledger.merge(name, lowered, after, token.end())
                        or (ledger.active and ledger.spend(lowered, b"", after, token.end()))
                    )
                ):
                    if not rewrite:
                        return None
                    full = token.start()  # past a limit: text only from here
                    break
                continue
            if name in _UNFOLLOWED:
                return None
            if not body:
                if name == b"noscript" and not after_head:
                    if head_noscript:
                        continue
                    head_noscript = True
                    start(name, empty=False)
                    continue
                body = name not in _HEAD
            if opened[b"select"] and name not in (b"option", b"optgroup"):
                return None
            if name in _TABLE_PARTS and name != b"table":
                if not opened[b"table"]:
                    continue  # ignored outside a table
                if current not in _TABLE_CONTEXT and not close_cell():
                    return None
                table_part(name)
                continue
            if current in _TABLE_CONTEXT:
                return None  # foster parented, or a table in a table
            if name == b"table":
                # in quirks mode a <table> leaves the <p> open; the screen knows the mode only
                # for a page that starts with no doctype or with `<!doctype html>`
                if quirks is not True and p_in_scope() != -1 and (quirks is None or not close_p()):
                    return None
                start(name, empty=False)
                continue
            if name == b"form":
                if form:
                    continue  # a form in a form is ignored
                form = True
            elif name == b"button" and opened[b"button"]:
                if current != b"button":
                    return None
                opened[stack.pop()] -= 1
                current = stack[-1]
            elif name == b"select" and opened[b"select"]:
                return None
            if name == b"li" or name == b"dd" or name == b"dt":
                targets = (b"li",) if name == b"li" else (b"dd", b"dt")
                index = len(stack) - 1
                while True:
                    node = stack[index]
                    if node in targets:
                        if not close(index):
                            return None
                        break
                    if _NS in node:
                        return None
                    if node in _SPECIAL and node not in (b"address", b"div", b"p"):
                        break
                    index -= 1
                    if walk(index):
                        return None
                current = stack[-1]
            if name in _CLOSES_P or name == b"li" or name == b"dd" or name == b"dt":
                if not close_p():
                    return None
                current = stack[-1]
                if name in _HEADINGS and current in _HEADINGS:
                    close(len(stack) - 1)
            elif name == b"option" or name == b"optgroup":
                if current == b"option":
                    close(len(stack) - 1)
            elif name in _FORMATTING:
                count = opened[name]
                if count >= 3 or (count and (name == b"a" or name == b"nobr")):
                    return None
            elif name in _FOREIGN_ROOTS:
                name = _FOREIGN_ROOTS[name]
            if not start(name, empty=name in _VOID or (bool(self_closed) and _NS in name)):
                return None
    if full >= 0:
        edit, dropped = text_only(text, full)
        avoided += dropped
        if edit is not None:
            edits.append(edit)
    if depth > max_depth or elements > max_elements:
        return None
    if not edits:
        return Outcome(text, depth, elements, 0, elements, False)
    return Outcome(
        apply_edits(text, edits),
        depth,
        elements,
        wanted_depth,
        elements + avoided,
        True,
        passed=ledger.passed(),
    )


def _growth(name: bytes, current: bytes) -> int:
    """The most elements the start tag `name` opens, the first a child of `current` (for a
    `<table>`, the levels it needs for a cell)."""
    growth = _GROWTH.get(name, 1)
    if growth > 1 and current in _TABLE_CONTEXT and name != b"table":
        return max(growth - _TABLE_LEVEL[current], 1)  # in a row, a cell opens one
    return growth


def _quirks(text: bytes) -> bool | None:
    """Whether the page is read in quirks mode (where a `<table>` leaves a `<p>` open): True
    when it starts with no doctype (nor a comment), False with `<!doctype html>`, None when
    the screen cannot tell."""
    found = _DOCTYPE.match(text)
    assert found is not None  # every group is optional
    if found.group("standard"):
        return False
    return None if found.group("unknown") else True
