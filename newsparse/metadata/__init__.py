"""Pass 1: read the article's metadata from the parsed page, without changing the tree."""

from __future__ import annotations

from datetime import datetime

import attrs
from selectolax.lexbor import LexborHTMLParser

__all__ = ["Metadata", "read_metadata"]


@attrs.frozen
class Metadata:
    """What the page says about the article, before its body is extracted (internal)."""

    title: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    kind: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    article_body: str | None = None
    base_url: str | None = None  # `<base href>` resolved against the page URL, else that URL


def read_metadata(tree: LexborHTMLParser, url: str | None) -> Metadata:
    """Read every metadata source, most trusted first, and merge them into one `Metadata`."""
    from newsparse.metadata.merge import merge_sources

    return merge_sources(tree, url)
