"""Plain text and Markdown views of an `Article`."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsparse.frontmatter import front_matter as metadata
from newsparse.model import (
    Article,
    Block,
    Cell,
    Code,
    CodeBlock,
    Emphasis,
    Heading,
    Image,
    ItemBlock,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Span,
    Table,
    Text,
    Tweet,
)
from newsparse.sanitize import URL_ESCAPES

__all__ = ["code_language", "image_caption", "to_markdown", "to_text", "tweet_byline"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# What a link destination `<...>` holds percent-encoded: what a clean URL does, and `\`.
_LINK_ESCAPES = {**URL_ESCAPES, ord("\\"): "%5C"}
_SPANNED = 16  # empty cells written after a cell that spans columns, at most
# What opens a heading, quote, list or rule at the start of a line: "#", ">", "+", "-", "=",
# or a number and "." or ")" (escaped as "1\.", a backslash before a digit being no escape).
_MD_LINE_START = re.compile(r"^([^\S\n]*)([#>+\-=]|\d+(?=[.)]))", re.MULTILINE)
_BACKTICKS = re.compile(r"`+")
_LANGUAGE = re.compile(r"[A-Za-z0-9_+#.\-]{1,30}")


def to_text(article: Article) -> str:
    """The prose of the body: paragraphs, headings, quotes, lists, code blocks (lines trimmed,
    no blank ones) and table rows (each row's cells joined by " | "), a blank line apart."""
    parts: list[str] = []
    for block in article.body:
        if isinstance(block, (Paragraph, Heading, Quote)):
            parts.append(block.text)
        elif isinstance(block, CodeBlock):
            parts.append(_code_text(block))
        elif isinstance(block, ListBlock):
            parts.append("\n".join(block.items))
        elif isinstance(block, Table):
            parts.extend(block.lines)
    return "\n\n".join(parts)


def _code_text(block: CodeBlock) -> str:
    """A code block as prose shows it: its lines trimmed, blank ones left out."""
    return "\n".join(line.strip() for line in block.text.splitlines() if line.strip())


def to_markdown(article: Article, *, front_matter: bool = False) -> str:
    """The article as Markdown; text from the page is escaped so it cannot inject markup.
    With `front_matter`, the metadata comes first as YAML front matter."""
    parts: list[str] = [metadata(article).rstrip("\n")] if front_matter else []
    if article.title:
        parts.append("# " + _escape(article.title))
    parts.extend(_block_markdown(block) for block in article.body)
    if article.related:
        links = [
            f"- [{_escape(link.title)}]({_link(link.url)})"
            if _link(link.url)
            else "- " + _escape(link.title)
            for link in article.related
        ]
        parts.append("## Related\n\n" + "\n".join(links))
    return "\n\n".join(part for part in parts if part) + "\n"


def _block_markdown(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _inline(block.text, block.spans)
    if isinstance(block, Heading):
        text = _inline(block.text, block.spans).replace("\n", " ")
        return "#" * min(max(block.level, 2), 6) + " " + text
    if isinstance(block, Quote):
        return _quoted(_inline(block.text, block.spans))
    if isinstance(block, ListBlock):
        return _list_markdown(block)
    if isinstance(block, CodeBlock):
        return _code_markdown(block)
    if isinstance(block, Table):
        return _table_markdown(block)
    if isinstance(block, Image):
        image = f"![{_escape(block.alt or '')}]({_link(block.url)})" if _link(block.url) else ""
        caption = image_caption(block, _inline_markdown, _plain)
        return image + ("\n*" + _line_starts(caption) + "*" if caption else "")
    if isinstance(block, Tweet):
        who, when = tweet_byline(block)
        footer = " ".join(part for part in ("—", _escape(who), when) if part != "")
        link = f" [link]({_link(block.url)})" if _link(block.url) else ""
        body = _escape(block.text) + "\n\n" if block.text else ""
        return _quoted(body + footer + link)
    # Embed
    label = _escape(block.title or block.text or block.kind)
    link = f"[{label}]({_link(block.url)})" if _link(block.url) else label
    return _quoted(f"{block.kind}: {link}")


def image_caption(
    image: Image, inline: Callable[[str, tuple[Span, ...]], str], plain: Callable[[str], str]
) -> str:
    """The caption of `image` (written by `inline` from its text and spans) and its credit
    (written by `plain`) a space apart; "" when it has neither."""
    parts = [inline(image.caption, image.caption_spans)] if image.caption else []
    if image.credit:
        parts.append(plain(image.credit))
    return " ".join(parts)


def tweet_byline(tweet: Tweet) -> tuple[str, str]:
    """Who posted `tweet` ("Name (@handle)") and on which day (ISO 8601), "" when unknown."""
    who = " ".join(
        part for part in (tweet.author_name, f"(@{tweet.handle})" if tweet.handle else None) if part
    )
    return who, tweet.published.date().isoformat() if tweet.published else ""


def _inline(text: str, spans: tuple[Span, ...]) -> str:
    """Markdown of a text block: its spans when it has them, else its escaped text."""
    return _line_starts(_inline_markdown(text, spans))


def _inline_markdown(text: str, spans: tuple[Span, ...]) -> str:
    """Markdown of spans (or of escaped text) whose line starts are left as they are: a table
    cell starts no line."""
    if not spans:
        return _plain(text)
    return _spans_markdown(spans, in_link=False)


def _spans_markdown(spans: tuple[Span, ...], *, in_link: bool) -> str:
    return "".join(_span_markdown(span, in_link=in_link) for span in spans)


def _span_markdown(span: Span, *, in_link: bool) -> str:
    if isinstance(span, Text):
        return _plain(span.text)
    if isinstance(span, LineBreak):
        return "\n"
    if isinstance(span, Code):
        return _code_span(span.text)
    if isinstance(span, Link):
        label = _spans_markdown(span.spans, in_link=True)
        target = _link(span.url)
        if in_link or target is None or not label.strip():
            return label
        return f"[{label}]({target})"
    marker = "*" if isinstance(span, Emphasis) else "**"
    inner = _spans_markdown(span.spans, in_link=in_link)
    core = inner.strip()
    if not core:
        return inner
    start = inner[: len(inner) - len(inner.lstrip())]
    end = inner[len(inner.rstrip()) :]
    return f"{start}{marker}{core}{marker}{end}"


def _code_span(text: str) -> str:
    """`text` as a code span: fenced by one backtick more than its longest run of them."""
    text = text.replace("\n", " ")
    if not text.strip():
        return _plain(text)
    fence = "`" * (max(map(len, _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _code_markdown(block: CodeBlock) -> str:
    """A fenced code block, its fence longer than any run of backticks in the code."""
    fence = "`" * max(3, max(map(len, _BACKTICKS.findall(block.text)), default=0) + 1)
    return f"{fence}{code_language(block) or ''}\n{block.text}\n{fence}"


def code_language(block: CodeBlock) -> str | None:
    """The language of `block` when its name is safe to write as it is, in a Markdown fence
    or an HTML class (1 to 30 letters, digits and `_+#.-`), else None."""
    if block.language and _LANGUAGE.fullmatch(block.language):
        return block.language
    return None


def _list_markdown(block: ListBlock) -> str:
    """A list; its `entries`, when it has them, with several blocks and nested lists each."""
    lines: list[str] = []
    if not block.entries:
        for n, item in enumerate(block.items, 1):
            lines.append((f"{n}. " if block.ordered else "- ") + _escape(item))
        return "\n".join(lines)
    for n, entry in enumerate(block.entries, 1):
        marker = f"{n}. " if block.ordered else "- "
        body = _item_markdown(entry)
        indent = " " * len(marker)
        first, *rest = body.split("\n") if body else [""]
        lines.append(marker + first)
        lines.extend(indent + line if line else "" for line in rest)
    return "\n".join(lines)


def _item_markdown(item: ListItem) -> str:
    """The blocks of `item`, a blank line apart but a nested list right under its text."""
    parts: list[str] = []
    for block in item.blocks:
        if parts:
            parts.append("\n" if isinstance(block, ListBlock) else "\n\n")
        parts.append(_item_block_markdown(block))
    return "".join(parts)


def _item_block_markdown(block: ItemBlock) -> str:
    if isinstance(block, ListBlock):
        return _list_markdown(block)
    return _block_markdown(block)


def _table_markdown(table: Table) -> str:
    """A GFM table: the first row is its header, padded to as many cells as the widest row
    (GFM pads the shorter rows after it itself); a cell spanning columns is followed by empty
    ones, `_SPANNED` at most. So the Markdown grows with the table's cells, never with the
    product of its rows and its widest row, nor with the columns a cell claims to span."""
    rows = [_row_cells(row) for row in table.rows]
    rows = [row for row in rows if row]
    caption = _inline(table.caption, table.caption_spans) if table.caption else ""
    if not rows:
        return caption
    width = max(map(len, rows))
    rows[0] += [""] * (width - len(rows[0]))
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + " --- |" * width)
    caption = caption + "\n\n" if caption else ""
    return caption + "\n".join(lines)


def _row_cells(row: tuple[Cell, ...]) -> list[str]:
    cells: list[str] = []
    for cell in row:
        text = _inline_markdown(cell.text, cell.spans).replace("\n", " ").strip()
        cells.append(text)
        cells.extend([""] * min(cell.colspan - 1, _SPANNED))
    return cells


def _link(url: str | None) -> str | None:
    """`url` as a Markdown link destination `<...>`, or None unless it is http(s).

    Whitespace, `<`, `>` and backslashes are percent-encoded, so the destination cannot end
    early and let page text out as Markdown or HTML.
    """
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return "<" + url.translate(_LINK_ESCAPES) + ">"


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _escape(text: str) -> str:
    return _line_starts(_plain(text))


def _plain(text: str) -> str:
    """`text` with what Markdown reads as markup inside a line escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _line_starts(markdown: str) -> str:
    """`markdown` with what would open a block at a line start escaped."""
    return _MD_LINE_START.sub(_escape_start, markdown)


def _escape_start(match: re.Match[str]) -> str:
    space, start = match.groups()
    if start.isdigit():
        return f"{space}{start}\\"  # before the "." or ")" that follows the number
    return f"{space}\\{start}"
