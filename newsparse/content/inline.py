"""Inline content, as the block walker and the chrome judgements read it alike: the inline tags,
the mark that stands for a `<br>`, the spans of a paragraph, heading, list item, table cell or
caption read from its elements (or from a run of loose text and inline elements), and the cuts
the walker makes in spans as it makes in text (into lines, into one line, a prefix).

Text is normalised as the block's plain text is (`normalize_space`): runs of white space become
one space, none at the ends, none around a line break. A `<br>` is read from the mark that
`emit_blocks` puts in its place (`LINE_BREAK`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import groupby

from attrs import evolve
from selectolax.lexbor import LexborNode

from newsparse.model import Code, Emphasis, LineBreak, Link, Span, Strong, Text, span_text
from newsparse.text import normalize_space
from newsparse.urls import absolute_url

__all__ = [
    "INLINE",
    "LINE_BREAK",
    "MARKUP",
    "MARKUP_TAGS",
    "one_line",
    "read_run",
    "read_spans",
    "span_lines",
    "span_prefix",
]

INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
        "sub", "sup", "time", "tt", "u", "var", "wbr",
    }
)  # fmt: skip
"""The tags of inline markup, read as part of the text around them."""

LINE_BREAK = "\ufdd0"
"""What stands for a `<br>` while the walker collects and normalises text (a Unicode
noncharacter, so never real text, unlike the private-use characters of icon fonts); it
becomes a newline afterwards."""
_EMPHASIS = frozenset({"em", "i", "cite", "dfn", "var"})
_STRONG = frozenset({"strong", "b"})
_CODE = frozenset({"code", "kbd", "samp", "tt"})
MARKUP_TAGS = frozenset({"a", *_EMPHASIS, *_STRONG, *_CODE})
"""The tags of the elements that give spans other than text (an `<a>` only with an `href`)."""
MARKUP = ", ".join(sorted("a[href]" if tag == "a" else tag for tag in MARKUP_TAGS))
"""`MARKUP_TAGS` as a CSS selector."""
# Deeper than this, markup is read as plain text (a page can nest `<b>`s thousands deep).
_MAX_DEPTH = 32


def read_spans(node: LexborNode, base: str | None) -> tuple[Span, ...]:
    """The spans of the content of `node`; links resolved against `base`, kept when they lead
    to an http(s) URL (otherwise their text is kept as text)."""
    reader = _Reader(base)
    reader.children(node, 0)
    return reader.finish()


def read_run(nodes: Iterable[LexborNode], base: str | None) -> tuple[Span, ...]:
    """The spans of `nodes`, text nodes and elements read in order as one content (the loose
    text and inline elements between blocks); links as in `read_spans`."""
    reader = _Reader(base)
    for node in nodes:
        reader.read(node, 0)
    return reader.finish()


def span_lines(spans: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """`spans` cut at their line breaks: the spans of each line, in order (empty for an empty
    line). A link, emphasis or strong span holding a break is cut in two of its kind."""
    lines: list[list[Span]] = [[]]
    for span in spans:
        if isinstance(span, LineBreak):
            lines.append([])
        elif isinstance(span, (Link, Emphasis, Strong)):
            for index, part in enumerate(span_lines(span.spans)):
                if index:
                    lines.append([])
                if part:
                    lines[-1].append(evolve(span, spans=part))
        else:
            lines[-1].append(span)
    return [tuple(line) for line in lines]


def one_line(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """`spans` with each line break as a space, as a caption's text reads a `<br>`; the white
    space around a break was dropped when the spans were read."""
    if not any(isinstance(span, LineBreak) or _holds_break(span) for span in spans):
        return spans
    joined: list[Span] = []
    for line in span_lines(spans):
        if not line:
            continue
        if joined:
            joined.append(Text(" "))
        joined.extend(line)
    return _merged(joined)


def span_prefix(spans: tuple[Span, ...], length: int) -> tuple[Span, ...]:
    """The spans of the first `length` characters of the plain text of `spans` (`span_text`),
    without white space at their end: what is left of a caption before its credit."""
    return _without_trailing_space(_prefix(spans, length))


def _prefix(spans: tuple[Span, ...], length: int) -> list[Span]:
    kept: list[Span] = []
    left = length
    for span in spans:
        if left <= 0:
            break
        if isinstance(span, LineBreak):
            kept.append(span)
            left -= 1
        elif isinstance(span, (Text, Code)):
            kept.append(evolve(span, text=span.text[:left]) if len(span.text) > left else span)
            left -= len(span.text)
        else:
            inner = _prefix(span.spans, left)
            if inner:
                kept.append(evolve(span, spans=tuple(inner)))
            left -= len(span_text(span.spans))
    return kept


def _holds_break(span: Span) -> bool:
    if isinstance(span, (Link, Emphasis, Strong)):
        return any(isinstance(child, LineBreak) or _holds_break(child) for child in span.spans)
    return False


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    """`spans` with each run of texts made one `Text` (in time linear in their length)."""
    merged: list[Span] = []
    for is_text, run in groupby(spans, key=lambda span: isinstance(span, Text)):
        if is_text:
            merged.append(Text("".join(span.text for span in run if isinstance(span, Text))))
        else:
            merged.extend(run)
    return tuple(merged)


def _without_trailing_space(spans: list[Span]) -> tuple[Span, ...]:
    """`spans` without the white space (and line breaks) at their end, inner spans included."""
    while spans:
        last = spans[-1]
        if isinstance(last, LineBreak):
            spans.pop()
        elif isinstance(last, Text):
            text = last.text.rstrip()
            if text:
                spans[-1] = Text(text)
                break
            spans.pop()
        elif isinstance(last, Code):
            break
        else:
            inner = _without_trailing_space(list(last.spans))
            if inner:
                spans[-1] = evolve(last, spans=inner)
                break
            spans.pop()
    return tuple(spans)


class _Reader:
    """Reads spans depth-first into nested lists, keeping the white space state across them.

    The text read since the last other span of each open level is kept as a list of pieces
    and made one `Text` when another span follows or the level closes, so a paragraph of
    many text nodes is read in time linear in its length."""

    __slots__ = ("_base", "_open", "_pending", "_started", "_texts")

    def __init__(self, base: str | None) -> None:
        self._base = base
        self._open: list[list[Span]] = [[]]
        self._texts: list[list[str]] = [[]]  # the pieces of each level's last text
        self._pending = False  # white space seen since the last text
        self._started = False  # some text or code read (a leading space is dropped)

    def children(self, node: LexborNode, depth: int) -> None:
        child = node.child
        while child is not None:
            self.read(child, depth)
            child = child.next

    def read(self, node: LexborNode, depth: int) -> None:
        """Read the text node or element `node`, a child of one at `depth`."""
        if node.is_text_node:
            self._text(node.text_content or "")
        elif node.is_element_node:
            self._element(node, depth + 1)

    def finish(self) -> tuple[Span, ...]:
        self._flush()
        spans = self._open[0]
        while spans and isinstance(spans[-1], LineBreak):
            spans.pop()
        return tuple(spans)

    def _element(self, node: LexborNode, depth: int) -> None:
        tag = node.tag or ""
        if depth > _MAX_DEPTH:
            self._text(node.text())
        elif tag in _CODE:
            self._code(node.text())
        elif tag == "a":
            url = absolute_url(node.attributes.get("href"), self._base)
            if url is None:
                self.children(node, depth)
            else:
                self._wrap(node, depth, lambda spans: Link(url, spans))
        elif tag in _EMPHASIS:
            self._wrap(node, depth, Emphasis)
        elif tag in _STRONG:
            self._wrap(node, depth, Strong)
        else:
            self.children(node, depth)

    def _wrap(self, node: LexborNode, depth: int, make: Callable[[tuple[Span, ...]], Span]) -> None:
        self._open.append([])
        self._texts.append([])
        self.children(node, depth)
        self._flush()
        self._texts.pop()
        spans = self._open.pop()
        first = spans[0] if spans else None
        if isinstance(first, Text) and first.text.startswith(" "):
            self._append_text(" ")  # the space before a link or emphasis goes outside it
            if first.text == " ":
                spans.pop(0)
            else:
                spans[0] = Text(first.text[1:])
        if spans:
            self._append_span(make(tuple(spans)))

    def _text(self, raw: str) -> None:
        first = True
        for line in raw.split(LINE_BREAK):
            if not first:
                self._break()
            first = False
            text = normalize_space(line)
            if not text:
                self._pending = self._pending or bool(line)
                continue
            if (self._pending or line[0].isspace()) and self._started:
                text = " " + text
            self._pending = line[-1].isspace()
            self._started = True
            self._append_text(text)

    def _code(self, raw: str) -> None:
        """Inline code; a `<br>` in it ends one `Code` and starts another on the next line."""
        first = True
        for line in raw.split(LINE_BREAK):
            if not first:
                self._break()
            first = False
            self._code_line(line)

    def _code_line(self, raw: str) -> None:
        text = normalize_space(raw)
        if not text:
            self._pending = self._pending or bool(raw)
            return
        if (self._pending or raw[0].isspace()) and self._started:
            self._append_text(" ")
        self._pending = raw[-1].isspace()
        self._started = True
        self._append_span(Code(text))

    def _break(self) -> None:
        """A line break, unless at the start or right after another: white space around it goes."""
        self._pending = False
        if not self._started or self._last_is_break():
            return
        self._strip_trailing_space()
        self._append_span(LineBreak())
        self._started = False

    def _append_text(self, text: str) -> None:
        self._texts[-1].append(text)

    def _append_span(self, span: Span) -> None:
        """Append `span`, not a `Text`, to the current level, after the text read before it."""
        self._flush()
        self._open[-1].append(span)

    def _flush(self) -> None:
        """Make the pieces of text of the current level one `Text` at the end of its spans."""
        pieces = self._texts[-1]
        if pieces:
            self._open[-1].append(Text("".join(pieces)))
            pieces.clear()

    def _last_is_break(self) -> bool:
        for spans, pieces in zip(reversed(self._open), reversed(self._texts), strict=True):
            if pieces:
                return False
            if spans:
                return isinstance(spans[-1], LineBreak)
        return False

    def _strip_trailing_space(self) -> None:
        pieces = self._texts[-1]
        if pieces and pieces[-1].endswith(" "):
            text = "".join(pieces).rstrip(" ")
            pieces.clear()
            if text:
                pieces.append(text)
