"""The values newsparse returns: an `Article` and the blocks, embeds and links it holds.

Every class is a frozen, slotted attrs class holding plain Python values only, so an
`Article` never keeps a parsed document alive and can be pickled, hashed and compared.

Every field is checked when an object is built, however it is built (by a parser, a site
parser's `refine()`, `Article.from_dict()`, `attrs.evolve()` or by hand): text is cleaned
of control characters and lone surrogates (`newsparse.sanitize.clean_text`), a URL that is
no absolute http(s) URL with a host becomes None (`newsparse.sanitize.clean_url`), and a
value of the wrong type raises `TypeError` (an out-of-range heading level, or an `Image`
without a usable URL, `ValueError`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

import attrs

from newsparse.lexicon.kinds import KINDS
from newsparse.sanitize import clean_text, clean_url

T = TypeVar("T")


def _kind(value: str | None) -> str | None:
    if value is not None and value not in KINDS:
        raise ValueError(f"kind is one of {', '.join(KINDS)} or None, not {value!r}")
    return value


def _optional_text(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def _texts(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(map(clean_text, _sequence(value)))


def _url(value: str) -> str:
    url = clean_url(value)
    if url is None:
        raise ValueError(f"not an absolute http(s) URL with a host: {value!r}")
    return url


def _optional_url(value: str | None) -> str | None:
    return None if value is None else clean_url(value)


def _urls(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(url for url in map(clean_url, _sequence(value)) if url is not None)


def _datetime(value: datetime | None) -> datetime | None:
    if value is not None and not isinstance(value, datetime):
        raise TypeError(f"expected a datetime or None, not {type(value).__name__}")
    return value


def _flag(value: bool) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected a bool, not {type(value).__name__}")
    return value


def _level(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a heading level as int, not {type(value).__name__}")
    if not 1 <= value <= 6:
        raise ValueError(f"a heading level is 1 to 6, not {value}")
    return value


def _span_count(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a cell span as int, not {type(value).__name__}")
    if not 1 <= value <= MAX_CELL_SPAN:
        raise ValueError(f"a cell spans 1 to {MAX_CELL_SPAN} columns or rows, not {value}")
    return value


def _sequence(value: tuple[T, ...] | list[T]) -> tuple[T, ...] | list[T]:
    if not isinstance(value, (tuple, list)):
        raise TypeError(f"expected a tuple or list, not {type(value).__name__}")
    return value


def _instances(value: tuple[T, ...] | list[T], kinds: tuple[type[Any], ...]) -> tuple[T, ...]:
    for item in _sequence(value):
        if not isinstance(item, kinds):
            names = " or ".join(kind.__name__ for kind in kinds)
            raise TypeError(f"expected {names} items, not {type(item).__name__}")
    return tuple(value)


def _spans(value: tuple[Span, ...] | list[Span]) -> tuple[Span, ...]:
    return _instances(value, _SPANS)


@attrs.frozen
class Text:
    """Plain text inside a paragraph, heading, quote, list item, table cell or caption."""

    text: str = attrs.field(converter=clean_text)


@attrs.frozen
class Link:
    """A link: its `spans` are what the page shows, `url` the http(s) address it leads to."""

    url: str = attrs.field(converter=_url)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen
class Emphasis:
    """Emphasised text (`<em>`, `<i>`)."""

    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen
class Strong:
    """Strongly emphasised text (`<strong>`, `<b>`)."""

    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen
class Code:
    """Inline code (`<code>`, `<kbd>`, `<samp>`, `<tt>`): its text as it is, no markup inside."""

    text: str = attrs.field(converter=clean_text)


@attrs.frozen
class LineBreak:
    """A line break (`<br>`) inside a paragraph; its plain text is a newline."""


Span = Text | Link | Emphasis | Strong | Code | LineBreak
"""Any inline span; `Link`, `Emphasis` and `Strong` hold spans in turn, as HTML nests them."""

_SPANS = (Text, Link, Emphasis, Strong, Code, LineBreak)


def span_text(spans: tuple[Span, ...]) -> str:
    """The plain text of `spans`: their text in order, a `LineBreak` as a newline."""
    parts: list[str] = []
    pending = list(reversed(spans))
    while pending:
        span = pending.pop()
        if isinstance(span, (Text, Code)):
            parts.append(span.text)
        elif isinstance(span, LineBreak):
            parts.append("\n")
        else:
            pending.extend(reversed(span.spans))
    return "".join(parts)


@attrs.frozen
class Paragraph:
    """A paragraph of running text.

    `text` is its plain text; `spans` the same text with its inline markup (links, emphasis,
    code, line breaks), or empty when the paragraph holds no link, emphasis or code.
    """

    text: str = attrs.field(converter=clean_text)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen
class Heading:
    """A subheading inside the article body; `level` is 1 to 6, as in HTML; `spans` as in
    `Paragraph`."""

    text: str = attrs.field(converter=clean_text)
    level: int = attrs.field(default=2, converter=_level)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen
class Quote:
    """A block quotation (a pull quote or a quoted passage); `spans` as in `Paragraph`."""

    text: str = attrs.field(converter=clean_text)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen
class CodeBlock:
    """Preformatted text (`<pre>`), and its language when the markup names it
    (`class="language-python"`, `"lang-js"`)."""

    text: str = attrs.field(converter=clean_text)
    language: str | None = attrs.field(default=None, converter=_optional_text)


def _item_blocks(value: tuple[ItemBlock, ...] | list[ItemBlock]) -> tuple[ItemBlock, ...]:
    return _instances(value, _ITEM_BLOCKS)


MAX_LIST_DEPTH = 8
"""A `ListBlock` holds lists nested at most this many levels deep, itself included."""
MAX_CELL_SPAN = 1000
"""A `Cell` spans at most this many columns, and rows (HTML's bound on `colspan`)."""


def _entries(value: tuple[ListItem, ...] | list[ListItem]) -> tuple[ListItem, ...]:
    entries = _instances(value, (ListItem,))
    if 1 + _nested_depth(entries) > MAX_LIST_DEPTH:
        raise ValueError(f"lists nest at most {MAX_LIST_DEPTH} levels deep")
    return entries


def _nested_depth(entries: tuple[ListItem, ...]) -> int:
    """How deep the lists in `entries` nest (each was checked when built: at most
    `MAX_LIST_DEPTH`, so this recursion is as shallow)."""
    return max(
        (
            1 + _nested_depth(block.entries)
            for entry in entries
            for block in entry.blocks
            if isinstance(block, ListBlock)
        ),
        default=0,
    )


@attrs.frozen
class ListItem:
    """One item of a list as a document: its paragraphs, code and nested lists, in order."""

    blocks: tuple[ItemBlock, ...] = attrs.field(default=(), converter=_item_blocks)


@attrs.frozen
class ListBlock:
    """A bulleted (`ordered=False`) or numbered (`ordered=True`) list.

    `items` is the plain text of each item (a nested list's text included); `entries` the
    same items as `ListItem`s with their markup and nested lists, or empty when every item
    is plain text.
    """

    items: tuple[str, ...] = attrs.field(converter=_texts)
    ordered: bool = attrs.field(default=False, converter=_flag)
    entries: tuple[ListItem, ...] = attrs.field(default=(), converter=_entries)


ItemBlock = Paragraph | ListBlock | CodeBlock | Quote
"""Any block a `ListItem` holds."""

_ITEM_BLOCKS = (Paragraph, ListBlock, CodeBlock, Quote)


@attrs.frozen
class Cell:
    """A table cell: its text (and `spans` as in `Paragraph`), whether it is a header cell
    (`<th>`), and the columns and rows it spans, as the markup states them (not expanded: the
    cells it covers in later rows are absent from them)."""

    text: str = attrs.field(converter=clean_text)
    spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    header: bool = attrs.field(default=False, converter=_flag)
    colspan: int = attrs.field(default=1, converter=_span_count)
    rowspan: int = attrs.field(default=1, converter=_span_count)


def _rows(value: tuple[tuple[Cell, ...], ...] | list[Any]) -> tuple[tuple[Cell, ...], ...]:
    return tuple(_instances(row, (Cell,)) for row in _sequence(value))


@attrs.frozen
class Table:
    """A data table (a standings table, election results): its rows of cells, top to bottom,
    and its caption when it has one (`caption_spans`: the caption with its inline markup, as
    `Paragraph.spans`). A table used for layout is read as paragraphs instead."""

    rows: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_rows)
    caption: str | None = attrs.field(default=None, converter=_optional_text)
    caption_spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    @property
    def lines(self) -> tuple[str, ...]:
        """Each row's non-empty cell texts joined by " | ": the table as plain text."""
        rows = (" | ".join(cell.text for cell in row if cell.text) for row in self.rows)
        return tuple(row for row in rows if row)


@attrs.frozen
class Image:
    """An image in the body, with its caption, credit and alternative text when known;
    `caption_spans` is the caption with its inline markup, as `Paragraph.spans`."""

    url: str = attrs.field(converter=_url)
    caption: str | None = attrs.field(default=None, converter=_optional_text)
    credit: str | None = attrs.field(default=None, converter=_optional_text)
    alt: str | None = attrs.field(default=None, converter=_optional_text)
    caption_spans: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen
class Tweet:
    """A post embedded from Twitter/X, as data rather than as markup residue."""

    url: str | None = attrs.field(default=None, converter=_optional_url)
    status_id: str | None = attrs.field(default=None, converter=_optional_text)
    author_name: str | None = attrs.field(default=None, converter=_optional_text)
    handle: str | None = attrs.field(default=None, converter=_optional_text)
    text: str = attrs.field(default="", converter=clean_text)
    published: datetime | None = attrs.field(default=None, converter=_datetime)
    links: tuple[str, ...] = attrs.field(default=(), converter=_urls)
    hashtags: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    mentions: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    lang: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen
class Embed:
    """A post or video embedded from another platform (`kind` such as "youtube", "instagram")."""

    kind: str = attrs.field(converter=clean_text)
    url: str | None = attrs.field(default=None, converter=_optional_url)
    title: str | None = attrs.field(default=None, converter=_optional_text)
    text: str | None = attrs.field(default=None, converter=_optional_text)
    author: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen
class RelatedLink:
    """A link from a "Related" / "You might also like" section; `url` is None in plain text."""

    title: str = attrs.field(converter=clean_text)
    url: str | None = attrs.field(default=None, converter=_optional_url)


Block = Paragraph | Heading | Quote | ListBlock | Table | CodeBlock | Image | Tweet | Embed
"""Any item of `Article.body`."""

EmbeddedPost = Tweet | Embed
"""Any item of `Article.embeds`."""

_BLOCKS = (Paragraph, Heading, Quote, ListBlock, Table, CodeBlock, Image, Tweet, Embed)
_POSTS = (Tweet, Embed)


def _blocks(value: tuple[Block, ...] | list[Block]) -> tuple[Block, ...]:
    return _instances(value, _BLOCKS)


def _posts(value: tuple[EmbeddedPost, ...] | list[EmbeddedPost]) -> tuple[EmbeddedPost, ...]:
    return _instances(value, _POSTS)


def _links(value: tuple[RelatedLink, ...] | list[RelatedLink]) -> tuple[RelatedLink, ...]:
    return _instances(value, (RelatedLink,))


@attrs.frozen
class Article:
    """A news article: metadata, the body as blocks in document order, embeds and related links.

    `text`, `to_markdown()`, `to_html()` and `to_dict()` are views of the same object. `kind` is
    the kind of page the page declares, one of `newsparse.lexicon.kinds.KINDS` ("news",
    "article", "blog", "video", "product", "recipe"..., see docs/model.md), None when it
    declares none.
    """

    url: str | None = attrs.field(default=None, converter=_optional_url)
    canonical_url: str | None = attrs.field(default=None, converter=_optional_url)
    title: str | None = attrs.field(default=None, converter=_optional_text)
    description: str | None = attrs.field(default=None, converter=_optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    published: datetime | None = attrs.field(default=None, converter=_datetime)
    modified: datetime | None = attrs.field(default=None, converter=_datetime)
    language: str | None = attrs.field(default=None, converter=_optional_text)
    site_name: str | None = attrs.field(default=None, converter=_optional_text)
    section: str | None = attrs.field(default=None, converter=_optional_text)
    kind: str | None = attrs.field(default=None, converter=_kind)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    image: str | None = attrs.field(default=None, converter=_optional_url)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    embeds: tuple[EmbeddedPost, ...] = attrs.field(default=(), converter=_posts)
    related: tuple[RelatedLink, ...] = attrs.field(default=(), converter=_links)
    parser: str = attrs.field(default="generic", converter=clean_text)

    @property
    def text(self) -> str:
        """The plain prose of the body: text blocks separated by a blank line, no embeds."""
        from newsparse.render import to_text

        return to_text(self)

    def to_markdown(self, *, front_matter: bool = False) -> str:
        """The article as Markdown: title, body blocks, embeds as quoted blocks with a link;
        with `front_matter`, its metadata first as YAML front matter."""
        from newsparse.render import to_markdown

        return to_markdown(self, front_matter=front_matter)

    def to_html(self) -> str:
        """The title and body as clean HTML: semantic elements only, http(s) links and images,
        no style or script, no class but a code block's language (`language-python`); safe to
        put in a page."""
        from newsparse.render_html import to_html

        return to_html(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (ISO 8601 datetimes, lists, a "type" key on each block)."""
        from newsparse.serialize import article_to_dict

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an `Article` from the output of `to_dict()`."""
        from newsparse.serialize import article_from_dict

        return article_from_dict(data)
