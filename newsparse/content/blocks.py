"""Walk the chosen container(s) once and emit the body blocks in document order (for the
"container" pass).

Paragraphs, lists, headings, quotes, figures and tables are read as units (their text collected
by Lexbor in one call; the spans of those that hold inline markup, found by one query of the
container, read by `newsparse.content.inline`); only the elements around them are walked in
Python. Loose text and inline markup between units (`<div>` text separated by `<br>`) becomes
paragraphs too, with the spans of the inline elements it holds. Where the text is cut (into
paragraphs at a double `<br>`, chrome lines dropped, a credit taken off a caption), the spans
are cut alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from attrs import evolve
from selectolax.lexbor import LexborNode

from newsparse.content import chrome
from newsparse.content.inline import INLINE as _INLINE
from newsparse.content.inline import LINE_BREAK as _BR
from newsparse.content.inline import (
    MARKUP,
    MARKUP_TAGS,
    one_line,
    read_run,
    read_spans,
    span_lines,
    span_prefix,
)
from newsparse.content.scoring import lead_inside
from newsparse.dom import nested_too_far
from newsparse.embeds import EMBED_MARKER
from newsparse.lexicon.build import alternation
from newsparse.lexicon.credits import CREDIT_LABEL, SOURCE_LABEL
from newsparse.model import (
    MAX_CELL_SPAN,
    MAX_LIST_DEPTH,
    Block,
    Cell,
    CodeBlock,
    EmbeddedPost,
    Heading,
    Image,
    ItemBlock,
    LineBreak,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Span,
    Table,
    Text,
    span_text,
)
from newsparse.text import ascii_lower, normalize_space, words
from newsparse.urls import absolute_url

__all__ = ["emit_blocks", "paragraph_spans", "paragraph_text"]
_BREAKS = re.compile(rf"(?<!\s)\s*{_BR}[\s{_BR}]*")
_PARAGRAPH_BREAK = re.compile(rf"(?<!\s)\s*{_BR}\s*{_BR}[\s{_BR}]*")

_SKIP = frozenset(
    {
        "audio", "video", "source", "track", "map", "area", "figcaption", "picture", "head",
        "title", "hr", "caption", "colgroup", "col", "math", "fieldset", "legend", "address",
    }
)  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_INSIDE = (
    "p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, table, img, section, "
    + EMBED_MARKER
)
_EMBED_QUOTE = re.compile(r"twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-card")
_CREDIT = (
    "[class*=credit i], [class*=copyright i], [class*=source i], [class*=photographer i],"
    " [class*=author i], [itemprop=copyrightHolder], [itemprop=author]"
)
_TRAILING_CREDIT = re.compile(
    rf"(?<!\s)(?:\s*[(\[])?\s*((?:{alternation(CREDIT_LABEL, SOURCE_LABEL)})s?"
    # The credit text is atomic: when the longest one leaves more than a bracket before the
    # end, no shorter one can (a pattern that keeps trying them is slow on long captions).
    r"\s*(?:credit)?\s*:\s*(?=([^()]{2,80}))\2|©\s*(?=([^()]{2,80}))\3)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# Elements named as image captions: a paragraph with "caption" in its class always ("wp-caption-
# text"), others when short, and never these.
_CAPTION_NAMED = "[class*=caption i], [id*=caption i]"
_MAX_CAPTION = 600
# A paragraph under an image repeating its alternative text is its caption, up to this length
# (a longer one is the lead, which some sites also give the lead image as its alt).
_ALT_CAPTION = 200
_CAPTION_KEEP = frozenset({"figure", "figcaption", "table", "ul", "ol", "article", "main", "body"})
# What the walk needs found first, in one query: the `<br>`s (replaced by `_BR`), with the
# empty elements named "br" that some sites write instead (`<span class="br"></span>`), the
# images, the `<time>`s (of datelines) and the links in paragraphs (of follow prompts).
_PREPARED = "br, span[class~=br]:empty, img, time, p a[href]"
_IMAGE_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-url", "data-lazy", "src")
# A data table has this many rows of two cells or more (or one fewer under a row of header
# cells), and no cell longer than this; others (one column, a line of two labels over two
# values, prose in cells) are layout, read as one paragraph per row.
_DATA_ROWS = 3
_MAX_CELL = 200
_LANGUAGE = re.compile(r"(?:^|\s)lang(?:uage)?-([\w+#.\-]+)", re.IGNORECASE)
_NESTED_LIST = "li ul, li ol"


def emit_blocks(
    containers: Iterable[LexborNode],
    *,
    url: str | None,
    title: str | None,
    embeds: tuple[EmbeddedPost, ...] = (),
) -> list[Block]:
    """The blocks of `containers` in document order, without chrome lines or repeats.

    An embed marker becomes the post of `embeds` it points to, once, at its position.
    """
    walker = _Walker(url, words(title) if title else (), embeds)
    for container in containers:
        found: dict[str, list[LexborNode]] = {"br": [], "span": [], "img": [], "time": [], "a": []}
        for node in container.css(_PREPARED):
            found[node.tag or ""].append(node)
        for br in (*found["br"], *found["span"]):
            br.replace_with(_BR)
        walker.skipped.update(chrome.datelines(container, found["time"]))
        walker.skipped.update(chrome.follow_prompts(found["a"]))
        holders = _image_holders(container, found["img"])
        walker.marked = _image_holders(container, container.css(MARKUP))
        captions = _captions(container, holders)
        chrome.drop_person_cards(found["a"])
        walker.walk(container, holders, captions)
    return chrome.without_closing_footer(chrome.without_leading_labels(walker.blocks))


class _Walker:
    _facts: chrome.LinkFacts
    __slots__ = (
        "_base", "_buffer", "_captions", "_embeds", "_emitted", "_facts", "_images", "_judged",
        "_run", "_run_marked", "_title", "blocks", "marked", "skipped",
    )  # fmt: skip

    def __init__(
        self, base: str | None, title: tuple[str, ...], embeds: tuple[EmbeddedPost, ...]
    ) -> None:
        self._base = base
        self._title = title
        self._embeds = embeds
        self._emitted: set[int] = set()
        self._buffer: list[str] = []  # the text of loose text and inline elements
        self._run: list[LexborNode] = []  # the same nodes, whose spans they give
        self._run_marked = False  # whether one of them is or holds inline markup
        self._images: set[int] = set()  # mem_ids of the elements holding an `<img>`
        self._captions: set[int] = set()  # mem_ids of the elements named as captions
        self.blocks: list[Block] = []
        self.skipped: set[int] = set()  # mem_ids of elements left out (datelines, prompts)
        self.marked: set[int] = set()  # mem_ids of the elements holding inline markup
        self._judged: dict[str, bool] = {}  # paragraph text -> whether it is chrome or a notice

    def walk(self, container: LexborNode, images: set[int], captions: set[int]) -> None:
        """Emit the blocks of `container`, in which `images` are the `mem_id`s of the elements
        holding an `<img>` and `captions` those of the image captions set apart from it."""
        # Depth-first without recursion; None marks the end of a block element.
        stack: list[LexborNode | None] = []
        root = container.mem_id  # the container itself is the article, whatever its links
        self._images = images
        self._captions = captions
        self._facts = chrome.LinkFacts(container)  # what its boxes hold, read as asked
        if container.tag in _UNITS and container.tag not in {"p", "pre", "blockquote"}:
            self._enter(container, stack)  # a list or table chosen as container: walk it
        else:
            stack.append(container)
        while stack:
            node = stack.pop()
            if node is None:
                self._flush()
                continue
            if node.is_text_node:
                self._buffer.append(node.text_content or "")
                self._run.append(node)
                continue
            if not node.is_element_node:
                continue
            key = node.mem_id
            if key in self.skipped:
                continue
            if key in captions:
                self._flush()
                self._caption(node)
                continue
            tag = node.tag or ""
            if tag in _INLINE:
                if _holds_block(node):
                    self._enter(node, stack)
                else:
                    self._buffer.append(node.text())
                    self._run.append(node)
                    if tag in MARKUP_TAGS or key in self.marked:
                        self._run_marked = True
                continue
            if tag in _SKIP:
                if tag == "picture":
                    self._flush()
                    self._image(node.css_first("img"))
                elif tag == "hr":
                    self._flush()
                continue
            handler = _UNITS.get(tag)
            if handler is not None and tag in _MAY_HOLD_EMBEDS and self._holds_embed(node):
                handler = None  # walk it, so that the embed lands between its texts
            if handler is None:
                if tag in chrome.BOXES and key != root and chrome.is_links_box(node, self._facts):
                    continue  # topic tags, story links or teaser cards: not the article's text
                self._enter(node, stack)
            else:
                self._flush()
                if handler(self, node) is False:
                    self._enter(node, stack)  # not a unit after all: walk it
        self._flush()

    def _enter(self, node: LexborNode, stack: list[LexborNode | None]) -> None:
        self._flush()
        stack.append(None)
        stack.extend(reversed(list(node.iter(include_text=True))))

    def _flush(self) -> None:
        if self._buffer:
            text = "".join(self._buffer)
            self._buffer.clear()
            if not text.isspace():  # most often the white space between two elements
                spans = read_run(self._run, self._base) if self._run_marked else ()
                self._paragraphs(text, spans)
            self._run.clear()
            self._run_marked = False

    def _paragraphs(self, text: str, spans: tuple[Span, ...] = ()) -> None:
        """Add the paragraphs of `text`, split at double line breaks, chrome lines dropped;
        each with the spans of its lines among `spans` (those of `text`, read when it holds
        markup)."""
        text = normalize_space(text)
        lines = _Lines(spans)
        if _BR not in text:
            if text:
                self._add_paragraph(text, lines.take(text))
            return
        for part in _PARAGRAPH_BREAK.split(text):
            kept = _lines(part)
            if kept:
                self._add_paragraph(kept, lines.take(kept))

    def _add_paragraph(self, text: str, spans: tuple[Span, ...] = ()) -> None:
        """`_add(Paragraph(text, spans))`, building no paragraph for a text already judged
        chrome or a notice, or one that repeats the paragraph before it."""
        last = self.blocks[-1] if self.blocks else None
        if self._judged.get(text) or (
            isinstance(last, Paragraph) and last.text == text and last.spans == spans
        ):
            return  # `_add` would leave it out
        self._add(Paragraph(text, spans))

    def _read(self, node: LexborNode) -> tuple[Span, ...]:
        """The spans of `node` when it holds inline markup, else ()."""
        return read_spans(node, self._base) if node.mem_id in self.marked else ()

    def _spans(self, node: LexborNode | None, text: str) -> tuple[Span, ...]:
        """`paragraph_spans` of `node`, () at once when it holds no markup."""
        if node is None or node.mem_id not in self.marked:
            return ()
        return paragraph_spans(node, text, self._base)

    def _line_spans(self, node: LexborNode, text: str) -> tuple[Span, ...]:
        """`_spans` of an element whose text is read on one line (a heading, a table cell):
        its line breaks become spaces in its spans as in its text."""
        return _Lines(one_line(self._read(node))).take(text)

    def _left_out(self, text: str) -> bool:
        """Whether a paragraph or heading of `text` is chrome or a notice (an appeal, a comment
        policy, a pointer elsewhere); remembered, as a page may repeat a line thousands of
        times."""
        known = self._judged.get(text)
        if known is None:
            known = self._judged[text] = chrome.is_chrome_text(text) or chrome.is_notice(text)
        return known

    def _add(self, block: Block) -> None:
        if isinstance(block, (Paragraph, Heading)) and self._left_out(block.text):
            return
        if isinstance(block, Quote) and chrome.is_chrome_line(block.text):
            return
        if self.blocks and self.blocks[-1] == block:
            return
        last = self.blocks[-1] if self.blocks else None
        if (
            isinstance(block, Paragraph)
            and isinstance(last, Image)
            and last.caption is None
            and last.alt
            and len(block.text) <= _ALT_CAPTION
        ):
            # The image's alternative text printed under it, maybe with a credit ("© AFP").
            caption, _, credit = block.text.partition("\u00a9")
            caption = caption.strip().removesuffix("|").strip()
            if words(caption) == words(last.alt):
                self.blocks[-1] = evolve(
                    last,
                    caption=caption,
                    credit=credit.strip() or None,
                    caption_spans=_spans_of_prefix(block.spans, caption),
                )
                return
        self.blocks.append(block)

    # Units: elements read whole.

    def _paragraph(self, node: LexborNode) -> None:
        text = node.text()
        if node.mem_id in self._images:
            for img in node.css("img"):
                self._image(img)
        elif not text or text.isspace():
            return  # no text: no paragraph, no story link
        elif node.mem_id in self.marked and chrome.is_story_link(
            node, chrome.without_teaser_label(node, text), self._base
        ):
            return  # the headline of another story of the site, linked (maybe labelled): a promo
        self._paragraphs(text, self._read(node))

    def _caption_text(self, node: LexborNode) -> tuple[str, tuple[Span, ...]]:
        """The text of the caption `node` on one line (a `<br>` as a space), and its spans."""
        return normalize_space(node.text().replace(_BR, " ")), one_line(self._read(node))

    def _caption(self, node: LexborNode) -> None:
        """A caption set as a paragraph ("wp-caption-text"): it goes to the image before it."""
        last = self.blocks[-1] if self.blocks else None
        if not isinstance(last, Image) or last.caption is not None:
            return
        text, spans = self._caption_text(node)
        if text:
            credit = None
            match = _TRAILING_CREDIT.search(text)
            if match:
                credit = match.group(1).strip()
                text = text[: match.start()].strip()
            self.blocks[-1] = evolve(
                last,
                caption=text or None,
                credit=credit,
                caption_spans=_spans_of_prefix(spans, text),
            )

    def _heading(self, node: LexborNode) -> None:
        text = _lines(normalize_space(node.text()))
        if not text:
            return
        level = _HEADINGS[node.tag or "h2"]
        if level == 1 or (self._title and words(text) == self._title):
            return  # the title, read by the metadata pass
        text = text.replace("\n", " ")
        self._add(Heading(text, level, self._line_spans(node, text)))

    def _list(self, node: LexborNode) -> bool:
        if node.mem_id in self._images and _is_gallery(node):
            return False  # walked: its figures are images with captions, not list items
        items: list[str] = []
        kept: list[LexborNode] = []
        last: LexborNode | None = None
        child = node.child
        while child is not None:
            if child.tag == "li":
                text = _lines(normalize_space(child.text()))
                if (
                    text
                    and not chrome.is_chrome_line(text)
                    and not chrome.is_promo_item(child, text)
                ):
                    items.append(text)
                    kept.append(child)
                    last = child
            child = child.next
        # Nothing, a list of links (navigation or teasers), or one story link: left out.
        if items and (len(items) == 1 or not chrome.is_links_list(node, self._facts)):
            if (
                len(items) == 1
                and last is not None
                and chrome.is_story_link(last, last.text(), self._base)
            ):
                return True
            self._add(ListBlock(tuple(items), node.tag == "ol", self._entries(node, kept)))
        return True

    def _entries(
        self, node: LexborNode, kept: list[LexborNode], depth: int = 1
    ) -> tuple[ListItem, ...]:
        """The items `kept` of the list `node` (`depth` levels deep) as `ListItem`s, or ()
        when they are plain text (no markup, no nested list)."""
        if node.mem_id not in self.marked and node.css_first(_NESTED_LIST) is None:
            return ()
        return tuple(ListItem(tuple(self._item_blocks(item, depth))) for item in kept)

    def _item_blocks(self, item: LexborNode, depth: int) -> list[ItemBlock]:
        """The blocks of the list item `item` of a list `depth` levels deep: its text between
        nested lists, paragraphs and code as paragraphs, its nested lists as lists (as text
        in its paragraphs past `MAX_LIST_DEPTH`)."""
        nested = {"ul", "ol"} if depth < MAX_LIST_DEPTH else set()
        blocks: list[ItemBlock] = []
        run: list[LexborNode] = []
        child = item.child
        while child is not None:
            tag = child.tag or ""
            if tag in nested or tag in {"p", "pre"}:
                self._item_run(run, item, blocks)
                run = []
                if tag == "p":
                    text = _lines(normalize_space(child.text()))
                    if text:
                        blocks.append(Paragraph(text, self._spans(child, text)))
                elif tag == "pre":
                    code = _code_block(child)
                    if code is not None:
                        blocks.append(code)
                else:
                    blocks.append(self._nested_list(child, depth + 1))
            else:
                run.append(child)
            child = child.next
        self._item_run(run, item, blocks)
        return blocks

    def _item_run(self, run: list[LexborNode], parent: LexborNode, into: list[ItemBlock]) -> None:
        """The inline nodes `run` of `parent` as a paragraph (with spans when it is all of
        `parent`), unless they hold no text."""
        text = _lines(normalize_space("".join(_node_text(part) for part in run)))
        if not text:
            return
        whole = len(run) == _child_count(parent)
        into.append(Paragraph(text, self._spans(parent if whole else None, text)))

    def _nested_list(self, node: LexborNode, depth: int) -> ListBlock:
        kept: list[LexborNode] = []
        items: list[str] = []
        child = node.child
        while child is not None:
            if child.tag == "li" and (text := _lines(normalize_space(child.text()))):
                items.append(text)
                kept.append(child)
            child = child.next
        return ListBlock(tuple(items), node.tag == "ol", self._entries(node, kept, depth))

    def _quote(self, node: LexborNode) -> None:
        attrs = node.attributes
        name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _EMBED_QUOTE.search(name):
            return
        paragraphs = node.css("p") or [node]
        parts = [(p, line) for p in paragraphs if (line := _lines(normalize_space(p.text())))]
        text = "\n".join(line for _, line in parts)
        if text:
            self._add(Quote(text, self._quote_spans(parts)))

    def _quote_spans(self, parts: list[tuple[LexborNode, str]]) -> tuple[Span, ...]:
        """The spans of a quote's paragraphs, a line break apart, when one holds markup."""
        spans: list[Span] = []
        marked = False
        for p, line in parts:
            found = self._spans(p, line)
            marked = marked or bool(found)
            if spans:
                spans.append(LineBreak())
            spans.extend(found or (Text(line),))
        return tuple(spans) if marked else ()

    def _figure(self, node: LexborNode) -> None:
        caption: str | None = None
        credit: str | None = None
        spans: tuple[Span, ...] = ()
        figcaption = node.css_first("figcaption")
        if figcaption is not None:
            credit_node = figcaption.css_first(_CREDIT)
            if credit_node is not None and credit_node.mem_id != figcaption.mem_id:
                credit = normalize_space(credit_node.text().replace(_BR, " ")) or None
                credit_node.decompose()
            text, spans = self._caption_text(figcaption)
            caption = text or None
            if caption and credit is None:
                match = _TRAILING_CREDIT.search(caption)
                if match:
                    credit = match.group(1).strip()
                    caption = caption[: match.start()].strip() or None
            spans = _spans_of_prefix(spans, caption) if caption else ()
        elif (credit_node := node.css_first(_CREDIT)) is not None:
            credit = normalize_space(credit_node.text().replace(_BR, " ")) or None
        images = node.css("img")
        for index, img in enumerate(images):
            if index == len(images) - 1:
                self._image(img, caption, credit, spans)
            else:
                self._image(img)

    def _image(
        self,
        img: LexborNode | None,
        caption: str | None = None,
        credit: str | None = None,
        caption_spans: tuple[Span, ...] = (),
    ) -> None:
        if img is None:
            return
        attrs = img.attributes
        src = _image_url(attrs, self._base)
        if src is None:
            return
        if attrs.get("width") in {"0", "1"} or attrs.get("height") in {"0", "1"}:
            return
        if chrome.is_decorative_image(attrs, src):
            return
        alt = normalize_space(attrs.get("alt") or "") or None
        self._add(Image(src, caption, credit, alt, caption_spans))

    def _table(self, node: LexborNode) -> bool:
        """A data table as a `Table`; a table of one column or of long texts as a paragraph per
        row; a table holding blocks is layout, walked."""
        if node.css_first("p, div, table table, ul, ol, h2, h3") is not None:
            return False  # a layout table
        rows: list[tuple[Cell, ...]] = []
        for row in node.css("tr"):
            cells = tuple(self._cell(cell) for cell in row.css("td, th"))
            if any(cell.text for cell in cells):
                rows.append(cells)
        wide = sum(len(row) >= 2 for row in rows)
        headed = bool(rows) and all(cell.header for cell in rows[0])
        if wide >= _DATA_ROWS - headed and all(
            len(cell.text) <= _MAX_CELL for row in rows for cell in row
        ):
            caption = node.css_first("caption")
            title, spans = self._caption_text(caption) if caption else ("", ())
            self._add(Table(tuple(rows), title or None, _spans_of_prefix(spans, title)))
            return True
        for cells in rows:
            self._add(Paragraph(" | ".join(cell.text for cell in cells if cell.text)))
        return True

    def _cell(self, node: LexborNode) -> Cell:
        text = normalize_space(node.text().replace(_BR, " "))
        attrs = node.attributes
        return Cell(
            text,
            self._line_spans(node, text),
            node.tag == "th",
            _cell_span(attrs.get("colspan")),
            _cell_span(attrs.get("rowspan")),
        )

    def _pre(self, node: LexborNode) -> None:
        code = _code_block(node)
        if code is not None:
            self._add(code)

    def _img(self, node: LexborNode) -> None:
        self._image(node)

    def _holds_embed(self, node: LexborNode) -> bool:
        return bool(self._embeds) and node.css_first(EMBED_MARKER) is not None

    def _embed(self, node: LexborNode) -> None:
        index = node.attributes.get("data-index") or ""
        if not index.isdigit():
            return
        position = int(index)
        if position < len(self._embeds) and position not in self._emitted:
            self._emitted.add(position)
            self.blocks.append(self._embeds[position])


# Units read whole that can still hold an embed marker (an embed pasted inside a paragraph).
_MAY_HOLD_EMBEDS = frozenset({"p", "blockquote", "figure", "table"})
_Unit = Callable[[_Walker, LexborNode], "bool | None"]
_UNITS: dict[str, _Unit] = {
    "p": _Walker._paragraph,
    "h1": _Walker._heading,
    "h2": _Walker._heading,
    "h3": _Walker._heading,
    "h4": _Walker._heading,
    "h5": _Walker._heading,
    "h6": _Walker._heading,
    "ul": _Walker._list,
    "ol": _Walker._list,
    "blockquote": _Walker._quote,
    "figure": _Walker._figure,
    "table": _Walker._table,
    "pre": _Walker._pre,
    "img": _Walker._img,
    EMBED_MARKER: _Walker._embed,
}


class _Lines:
    """The spans of a run of text, taken in order by the blocks made of it: each takes the
    spans of its lines, skipping those of lines it dropped (as chrome)."""

    __slots__ = ("_lines", "_next", "_spans")

    def __init__(self, spans: tuple[Span, ...]) -> None:
        self._spans = spans
        self._lines: list[tuple[str, tuple[Span, ...]]] | None = None  # (plain text, spans)
        self._next = 0  # the first line not taken

    def take(self, text: str) -> tuple[Span, ...]:
        """The spans whose plain text is `text`, read from the next lines (or the whole when it
        tells `text`); () when they hold no markup or are not found."""
        if not _has_markup(self._spans):
            return ()
        if self._lines is None:
            if span_text(self._spans) == text:
                return self._spans
            self._lines = [(span_text(line), line) for line in span_lines(self._spans) if line]
        found: list[Span] = []
        at = self._next
        for line in text.split("\n"):
            while at < len(self._lines) and self._lines[at][0] != line:
                at += 1  # a line left out
            if at == len(self._lines):
                return ()
            if found:
                found.append(LineBreak())
            found.extend(self._lines[at][1])
            at += 1
        self._next = at
        return tuple(found) if _has_markup(found) else ()


def _has_markup(spans: Iterable[Span]) -> bool:
    """Whether `spans` hold a link, emphasis or code: more than text and line breaks."""
    return any(not isinstance(span, (Text, LineBreak)) for span in spans)


def _spans_of_prefix(spans: tuple[Span, ...], text: str | None) -> tuple[Span, ...]:
    """The spans of `text`, the start of the plain text of `spans` (a caption without its
    credit); () when they hold no markup or tell another text."""
    if not text or not _has_markup(spans):
        return ()
    whole = span_text(spans)
    if whole == text:
        return spans
    if not whole.startswith(text):
        return ()
    cut = span_prefix(spans, len(text))
    return cut if _has_markup(cut) and span_text(cut) == text else ()


def _code_block(node: LexborNode) -> CodeBlock | None:
    """The `<pre>` `node` as a code block: its lines without trailing white space, tabs as four
    spaces, no blank line first or last; its language from its class or its `<code>`'s."""
    lines = [line.rstrip().expandtabs(4) for line in node.text().replace(_BR, "\n").splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    text = "\n".join(lines).lstrip("\n")
    if not text.strip():
        return None
    code = node.css_first("code")
    names = (
        f"{node.attributes.get('class') or ''} {code.attributes.get('class') or '' if code else ''}"
    )
    match = _LANGUAGE.search(names)
    return CodeBlock(text, match.group(1).lower() if match else None)


def _cell_span(value: str | None) -> int:
    """A `colspan` or `rowspan` attribute as a number of cells: 1 unless a number from 2 up to
    `MAX_CELL_SPAN` (browsers read "0" and junk as 1 as well)."""
    if value is None or not value.strip().isdigit():
        return 1
    return min(max(int(value.strip()), 1), MAX_CELL_SPAN)


def _node_text(node: LexborNode) -> str:
    return (node.text_content or "") if node.is_text_node else node.text()


def _child_count(node: LexborNode) -> int:
    count = 0
    child = node.child
    while child is not None:
        count += 1
        child = child.next
    return count


def _holds_block(node: LexborNode) -> bool:
    """True when an inline element holds a block element (a `<div>` inside an `<a>`)."""
    child = node.child
    if child is None or (child.next is None and child.is_text_node):
        return False  # empty, or only text: the common cases, told without a query
    return node.css_first(_BLOCK_INSIDE) is not None


def _is_gallery(node: LexborNode) -> bool:
    """Whether the list `node` holds figures and no text outside them (only their captions).

    Read in one walk that skips the figures, so a text list fails at its first words and lists
    nested 500 deep are not each measured whole."""
    figures = False
    pending = [node.child]
    while pending:
        current = pending.pop()
        while current is not None:
            if current.tag == "figure":
                figures = True
            elif current.is_text_node:
                text = current.text(deep=False)
                if text and not text.isspace():
                    return False
            elif current.child is not None:
                pending.append(current.child)
            current = current.next
    return figures


def _captions(container: LexborNode, holders: set[int]) -> set[int]:
    """The `mem_id`s of the elements in `container` named as captions that hold no image: a
    paragraph with "caption" in its class ("wp-caption-text"), or a short element without a
    lead ("imageCaption", "#galleryCaption1"): text about an image, not the article."""
    found: set[int] = set()
    rejected: set[int] = set()
    for node in container.css(_CAPTION_NAMED):
        key = node.mem_id
        if key in holders or key == container.mem_id or node.tag in _CAPTION_KEEP:
            continue
        if nested_too_far(node, found, rejected):
            rejected.add(key)  # inside a caption, or a chain of look-alikes: not read again
        elif node.tag == "p" and "caption" in ascii_lower(node.attributes.get("class") or ""):
            found.add(key)
        elif len(node.text()) <= _MAX_CAPTION and len(node.css("p")) <= 1 and not lead_inside(node):
            found.add(key)  # (a site may set the article's lead in the caption box)
        else:
            rejected.add(key)
    return found


def _image_holders(container: LexborNode, images: list[LexborNode]) -> set[int]:
    """The `mem_id`s of `container` and the elements in it that hold one of its `images`."""
    holders: set[int] = set()
    top = container.mem_id
    for img in images:
        node = img.parent
        while node is not None and node.mem_id not in holders:
            holders.add(node.mem_id)
            if node.mem_id == top:
                break
            node = node.parent
    return holders


def paragraph_text(node: LexborNode) -> str:
    """The text of a paragraph element as the blocks read it: whitespace normalised, its
    `<br>`s (once `emit_blocks` has marked them) as line breaks, chrome lines dropped."""
    return _lines(normalize_space(node.text()))


def paragraph_spans(node: LexborNode, text: str, base: str | None) -> tuple[Span, ...]:
    """The spans of `node` whose plain text is `text` (its `paragraph_text`, or the lines of
    it that `text` keeps), links resolved against `base`; () when they hold no link, emphasis
    or code. For bodies read outside the walk (the fallbacks), which reads them as it goes."""
    return _Lines(read_spans(node, base)).take(text)


def _lines(text: str) -> str:
    """Turn `<br>` markers into newlines; drop empty and boilerplate lines."""
    if _BR not in text:
        return text.strip()
    lines = [line for line in _BREAKS.split(text) if line and not chrome.is_chrome_line(line)]
    return "\n".join(line.strip() for line in lines if line.strip())


def _image_url(attrs: dict[str, str | None], base: str | None) -> str | None:
    """The URL of the image whose attributes are `attrs` (lazy-loading ones first)."""
    for name in _IMAGE_ATTRS:
        value = attrs.get(name)
        if value and not value.startswith("data:"):
            found = absolute_url(value, base)
            if found:
                return found
    for name in ("data-srcset", "srcset"):
        value = attrs.get(name)
        if value:
            first = value.split(",")[0].strip().split(" ")[0]
            found = absolute_url(first, base)
            if found:
                return found
    return None
