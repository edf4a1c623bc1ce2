"""The generic body extractor: the chrome and container passes (`content/extract.py`)."""

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
    page_url: str | None = None,
) -> tuple[Block, ...]:
    """The article body as blocks in document order. Mutates `tree` (removes chrome).

    Runs the "chrome" and "container" passes of `newsparse.pipeline.PASSES` with the generic
    parser over a `Page` of `tree`: `url` resolves links (`Page.base_url`), `title` and
    `article_body` stand for the metadata, `embeds` for the posts lifted by the "embeds" pass
    (each marker left in the chosen container becomes its post's block at its position), and
    `page_url` is the page's own address, which tells the article from the other stories of
    an infinite-scroll page.
    """
    from newsparse.content.extract import chrome_pass, container_pass
    from newsparse.metadata import Metadata
    from newsparse.page import Page
    from newsparse.siteparser import SiteParser

    page = Page(
        tree,
        page_url,
        SiteParser(),
        metadata=Metadata(title=title, article_body=article_body),
        base_url=url,
        embeds=embeds,
    )
    chrome_pass(page)
    container_pass(page)
    return page.body
