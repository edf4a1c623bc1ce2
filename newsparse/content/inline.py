"""Inline content, as the block walker and the chrome judgements read it alike: the inline tags,
the mark that stands for a `<br>`, and the spans of a paragraph, heading, list item or table
cell read from its elements.

Text is normalised as the block's plain text is (`normalize_space`): runs of white space become
one space, none at the ends, none around a line break. A `<br>` is read from the mark that
`emit_blocks` puts in its place (`LINE_BREAK`).
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsparse.model import Code, Emphasis, LineBreak, Link, Span, Strong, Text
from newsparse.text import normalize_space
from newsparse.urls import absolute_url

__all__ = ["INLINE", "LINE_BREAK", "MARKUP", "read_spans"]

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
MARKUP = "a[href], em, i, cite, dfn, var, strong, b, code, kbd, samp, tt"
"""The elements that give spans other than text, as a CSS selector."""
# Deeper than this, markup is read as plain text (a page can nest `<b>`s thousands deep).
_MAX_DEPTH = 32


def read_spans(node: LexborNode, base: str | None) -> tuple[Span, ...]:
    """The spans of the content of `node`; links resolved against `base`, kept when they lead
    to an http(s) URL (otherwise their text is kept as text)."""
    reader = _Reader(base)
    reader.children(node, 0)
    return reader.finish()


class _Reader:
    """Reads spans depth-first into nested lists, keeping the white space state across them."""

    __slots__ = ("_base", "_open", "_pending", "_started")

    def __init__(self, base: str | None) -> None:
        self._base = base
        self._open: list[list[Span]] = [[]]
        self._pending = False  # white space seen since the last text
        self._started = False  # some text or code read (a leading space is dropped)

    def children(self, node: LexborNode, depth: int) -> None:
        child = node.child
        while child is not None:
            if child.is_text_node:
                self._text(child.text_content or "")
            elif child.is_element_node:
                self._element(child, depth + 1)
            child = child.next

    def finish(self) -> tuple[Span, ...]:
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
        self.children(node, depth)
        spans = self._open.pop()
        first = spans[0] if spans else None
        if isinstance(first, Text) and first.text.startswith(" "):
            self._append_text(" ")  # the space before a link or emphasis goes outside it
            if first.text == " ":
                spans.pop(0)
            else:
                spans[0] = Text(first.text[1:])
        if spans:
            self._open[-1].append(make(tuple(spans)))

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
        self._open[-1].append(Code(text))

    def _break(self) -> None:
        """A line break, unless at the start or right after another: white space around it goes."""
        self._pending = False
        if not self._started or self._last_is_break():
            return
        self._strip_trailing_space()
        self._open[-1].append(LineBreak())
        self._started = False

    def _append_text(self, text: str) -> None:
        spans = self._open[-1]
        if spans and isinstance(spans[-1], Text):
            spans[-1] = Text(spans[-1].text + text)
        else:
            spans.append(Text(text))

    def _last_is_break(self) -> bool:
        for spans in reversed(self._open):
            if spans:
                return isinstance(spans[-1], LineBreak)
        return False

    def _strip_trailing_space(self) -> None:
        spans = self._open[-1]
        if spans and isinstance(spans[-1], Text) and spans[-1].text.endswith(" "):
            text = spans[-1].text.rstrip(" ")
            if text:
                spans[-1] = Text(text)
            else:
                spans.pop()
