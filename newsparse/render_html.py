"""The HTML view of an `Article`: clean, semantic markup of its title and body.

Only the elements of `ELEMENTS` are written, with only the attributes of `ATTRIBUTES`: no
style, script or event handler, and no class but one: a code block's `<code>` names its
language as `class="language-python"` (the convention of Python-Markdown, highlight.js and
CommonMark), when the name is safe (`newsparse.render.code_language`); links and images lead
to http(s) URLs only; all text and attribute values are escaped. So the output can be put in
a page as it is.
"""

from __future__ import annotations

from html import escape

from newsparse.model import (
    Article,
    Block,
    Cell,
    Code,
    CodeBlock,
    Embed,
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
from newsparse.render import code_language, image_caption, tweet_byline

__all__ = ["ATTRIBUTES", "ELEMENTS", "to_html"]

ELEMENTS = frozenset(
    {
        "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "a", "em", "strong", "code",
        "blockquote", "ul", "ol", "li", "table", "caption", "tbody", "tr", "th", "td", "pre",
        "figure", "img", "figcaption",
    }
)  # fmt: skip
"""Every element `to_html` may write."""

ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href"}),
    "code": frozenset({"class"}),
    "img": frozenset({"src", "alt"}),
    "th": frozenset({"colspan", "rowspan"}),
    "td": frozenset({"colspan", "rowspan"}),
}
"""The attributes `to_html` may write, by element (`href` and `src` always http(s) URLs, `class`
only `language-` and a name of letters, digits and `_+#.-`)."""


def to_html(article: Article) -> str:
    """The title (as `<h1>`) and the body of `article` as one `<article>` element."""
    parts = ["<article>"]
    if article.title:
        parts.append(f"<h1>{_text(article.title)}</h1>")
    parts.extend(_block(block) for block in article.body)
    parts.append("</article>")
    return "\n".join(part for part in parts if part) + "\n"


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_inline(block.text, block.spans)}</p>"
    if isinstance(block, Heading):
        level = min(max(block.level, 2), 6)
        return f"<h{level}>{_inline(block.text, block.spans)}</h{level}>"
    if isinstance(block, Quote):
        return f"<blockquote><p>{_inline(block.text, block.spans)}</p></blockquote>"
    if isinstance(block, ListBlock):
        return _list(block)
    if isinstance(block, CodeBlock):
        language = code_language(block)
        name = f' class="language-{_attribute(language)}"' if language else ""
        return f"<pre><code{name}>{_text(block.text)}</code></pre>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Image):
        return _image(block)
    if isinstance(block, Tweet):
        return _tweet(block)
    return _embed(block)


def _inline(text: str, spans: tuple[Span, ...]) -> str:
    """A block's spans as HTML, or its text with line breaks as `<br>`."""
    if not spans:
        return "<br>".join(map(_text, text.split("\n")))
    return "".join(_span(span, in_link=False) for span in spans)


def _span(span: Span, *, in_link: bool) -> str:
    if isinstance(span, Text):
        return "<br>".join(map(_text, span.text.split("\n")))
    if isinstance(span, LineBreak):
        return "<br>"
    if isinstance(span, Code):
        return f"<code>{_text(span.text)}</code>"
    inner = "".join(_span(child, in_link=in_link or isinstance(span, Link)) for child in span.spans)
    if isinstance(span, Link):
        return inner if in_link else f'<a href="{_attribute(span.url)}">{inner}</a>'
    tag = "em" if isinstance(span, Emphasis) else "strong"
    return f"<{tag}>{inner}</{tag}>"


def _list(block: ListBlock) -> str:
    tag = "ol" if block.ordered else "ul"
    if block.entries:
        items = [_item(entry) for entry in block.entries]
    else:
        items = [_inline(item, ()) for item in block.items]
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _item(item: ListItem) -> str:
    if len(item.blocks) == 1 and isinstance(item.blocks[0], Paragraph):
        only = item.blocks[0]
        return _inline(only.text, only.spans)  # a plain item: no `<p>` inside
    return "".join(_item_block(block) for block in item.blocks)


def _item_block(block: ItemBlock) -> str:
    return _list(block) if isinstance(block, ListBlock) else _block(block)


def _table(table: Table) -> str:
    parts = ["<table>"]
    if table.caption:
        parts.append(f"<caption>{_inline(table.caption, table.caption_spans)}</caption>")
    parts.append("<tbody>")
    for row in table.rows:
        parts.append("<tr>" + "".join(map(_cell, row)) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _cell(cell: Cell) -> str:
    tag = "th" if cell.header else "td"
    spans = "".join(
        f' {name}="{value}"'
        for name, value in (("colspan", cell.colspan), ("rowspan", cell.rowspan))
        if value > 1
    )
    return f"<{tag}{spans}>{_inline(cell.text, cell.spans)}</{tag}>"


def _image(image: Image) -> str:
    alt = f' alt="{_attribute(image.alt)}"' if image.alt else ' alt=""'
    img = f'<img src="{_attribute(image.url)}"{alt}>'
    caption = image_caption(image, _inline, _text)
    if not caption:
        return f"<figure>{img}</figure>"
    return f"<figure>{img}<figcaption>{caption}</figcaption></figure>"


def _tweet(tweet: Tweet) -> str:
    who, when = tweet_byline(tweet)
    footer = " ".join(part for part in ("—", who, when) if part)
    link = f' <a href="{_attribute(tweet.url)}">link</a>' if tweet.url else ""
    text = f"<p>{_inline(tweet.text, ())}</p>" if tweet.text else ""
    return f"<blockquote>{text}<p>{_text(footer)}{link}</p></blockquote>"


def _embed(embed: Embed) -> str:
    label = _text(embed.title or embed.text or embed.kind)
    link = f'<a href="{_attribute(embed.url)}">{label}</a>' if embed.url else label
    return f"<p>{_text(embed.kind)}: {link}</p>"


def _text(text: str) -> str:
    return escape(text, quote=False)


def _attribute(value: str) -> str:
    return escape(value, quote=True)
