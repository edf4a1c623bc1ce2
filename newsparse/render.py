"""Plain text and Markdown views of an `Article`."""

from __future__ import annotations

import re
from urllib.parse import quote

from newsparse.model import (
    Article,
    Block,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Tweet,
)

__all__ = ["to_markdown", "to_text"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_URL_UNSAFE = re.compile(r"[\s<>\\\x00-\x1f\x7f]")
_MD_LINE_START = re.compile(r"^([^\S\n]*)([#>+\-=]|\d+[.)])", re.MULTILINE)


def to_text(article: Article) -> str:
    """The prose of the body: paragraphs, headings, quotes and lists, a blank line apart."""
    parts: list[str] = []
    for block in article.body:
        if isinstance(block, (Paragraph, Heading, Quote)):
            parts.append(block.text)
        elif isinstance(block, ListBlock):
            parts.append("\n".join(block.items))
    return "\n\n".join(parts)


def to_markdown(article: Article) -> str:
    """The article as Markdown; text from the page is escaped so it cannot inject markup."""
    parts: list[str] = []
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
        return _escape(block.text)
    if isinstance(block, Heading):
        return "#" * min(max(block.level, 2), 6) + " " + _escape(block.text)
    if isinstance(block, Quote):
        return _quoted(_escape(block.text))
    if isinstance(block, ListBlock):
        return "\n".join(
            (f"{n}. " if block.ordered else "- ") + _escape(item)
            for n, item in enumerate(block.items, 1)
        )
    if isinstance(block, Image):
        image = f"![{_escape(block.alt or '')}]({_link(block.url)})" if _link(block.url) else ""
        caption = " ".join(part for part in (block.caption, block.credit) if part)
        return image + ("\n*" + _escape(caption) + "*" if caption else "")
    if isinstance(block, Tweet):
        who = " ".join(
            part
            for part in (block.author_name, f"(@{block.handle})" if block.handle else None)
            if part
        )
        when = block.published.date().isoformat() if block.published else ""
        footer = " ".join(part for part in ("—", _escape(who), when) if part != "")
        link = f" [link]({_link(block.url)})" if _link(block.url) else ""
        body = _escape(block.text) + "\n\n" if block.text else ""
        return _quoted(body + footer + link)
    # Embed
    label = _escape(block.title or block.text or block.kind)
    link = f"[{label}]({_link(block.url)})" if _link(block.url) else label
    return _quoted(f"{block.kind}: {link}")


def _link(url: str | None) -> str | None:
    """`url` as a Markdown link destination `<...>`, or None unless it is http(s).

    Whitespace, `<`, `>` and backslashes are percent-encoded, so the destination cannot end
    early and let page text out as Markdown or HTML.
    """
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return "<" + _URL_UNSAFE.sub(lambda m: quote(m.group()), url) + ">"


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _escape(text: str) -> str:
    return _MD_LINE_START.sub(r"\1\\\2", _MD_SPECIAL.sub(r"\\\1", text))
