"""The pipeline: decode, parse once, read metadata, extract the body, assemble the `Article`."""

from __future__ import annotations

from newsparse.content import extract_body
from newsparse.embeds import lift_embeds
from newsparse.errors import EmptyDocumentError
from newsparse.html import decode, parse_document
from newsparse.metadata import read_metadata
from newsparse.model import Article, Block, Heading, Paragraph
from newsparse.text import same_text

__all__ = ["parse"]


def parse(html: str | bytes, url: str | None = None) -> Article:
    """Parse the markup of a news page into an `Article`.

    `html` is the page as text or as bytes (decoded from its byte-order mark or declared
    charset, else UTF-8, else windows-1252); `url` is where it came from, used to resolve
    relative links. Raises `TypeError` for any other type and
    `newsparse.errors.EmptyDocumentError` for empty or whitespace-only input; any other
    page, however broken, gives a best-effort `Article`.
    """
    if isinstance(html, (bytes, bytearray, memoryview)):
        text = decode(bytes(html))
    elif isinstance(html, str):
        text = html
    else:
        raise TypeError(f"parse() takes the page as str or bytes, not {type(html).__name__}")
    if not text.strip():
        raise EmptyDocumentError(size=len(text))

    tree = parse_document(text)
    meta = read_metadata(tree, url)
    base_url = url or meta.canonical_url
    embeds = lift_embeds(tree, base_url)
    body = extract_body(
        tree,
        url=base_url,
        title=meta.title,
        article_body=meta.article_body,
        embeds=embeds,
    )
    return Article(
        url=url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        description=meta.description,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        language=meta.language,
        site_name=meta.site_name,
        section=meta.section,
        tags=meta.tags,
        image=meta.image,
        body=_without_repeated_title(body, meta.title),
        embeds=embeds,
    )


def _without_repeated_title(body: tuple[Block, ...], title: str | None) -> tuple[Block, ...]:
    """Drop a leading heading or paragraph that only repeats the title."""
    if (
        title
        and body
        and isinstance(body[0], (Heading, Paragraph))
        and same_text(body[0].text, title)
    ):
        return body[1:]
    return body
