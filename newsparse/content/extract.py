"""The generic body extractor (placeholder: every paragraph of the page)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsparse.html import text_of
from newsparse.model import Block, Paragraph


def extract(
    tree: LexborHTMLParser, *, url: str | None, title: str | None, article_body: str | None
) -> tuple[Block, ...]:
    """Every non-empty `<p>` of the page, in order."""
    return tuple(Paragraph(t) for p in tree.css("p") if (t := text_of(p)))
