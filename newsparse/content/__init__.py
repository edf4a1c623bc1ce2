"""Passes 4 to 6: remove page chrome, choose the article container, emit body blocks."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsparse.model import Block, EmbeddedPost

__all__ = ["extract_body"]


def extract_body(
    tree: LexborHTMLParser,
    *,
    url: str | None,
    title: str | None = None,
    article_body: str | None = None,
    embeds: tuple[EmbeddedPost, ...] = (),
    body_selector: str | None = None,
    drop_selector: str | None = None,
    page_url: str | None = None,
) -> tuple[Block, ...]:
    """The article body as blocks in document order. Mutates `tree` (removes chrome).

    `embeds` are the posts lifted by pass 2; each marker left in the chosen container
    becomes that post's block at its position. `body_selector` and `drop_selector` come
    from a site parser: the article container(s), and chrome to remove on top of the generic.
    `page_url` is the page's own address (`url` may be a `<base href>`), which tells the
    article from the other stories of an infinite-scroll page.
    """
    from newsparse.content.extract import extract

    return extract(
        tree,
        url=url,
        title=title,
        article_body=article_body,
        embeds=embeds,
        body_selector=body_selector,
        drop_selector=drop_selector,
        page_url=page_url,
    )
