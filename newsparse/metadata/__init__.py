"""Read the article's metadata from the parsed page, without changing the tree (the "metadata"
pass)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs
from selectolax.lexbor import LexborHTMLParser

from newsparse.model import Article

if TYPE_CHECKING:
    from newsparse.siteparser import SiteParser

__all__ = ["METADATA_FIELDS", "Metadata", "read_metadata"]

_NOT_METADATA = frozenset({"url", "body", "embeds", "related", "parser"})
"""The `Article` fields that other passes fill: the URL given, the content, the parser."""

METADATA_FIELDS: tuple[str, ...] = tuple(
    field.name for field in attrs.fields(Article) if field.name not in _NOT_METADATA
)
"""The `Article` fields this pass reads from the page, in `Article`'s order."""


@attrs.frozen
class Metadata:
    """What the page says about the article, before its body is extracted (internal).

    Its fields are `METADATA_FIELDS`, with `Article`'s types and defaults (a test checks the
    agreement), then two values for the other passes.
    """

    canonical_url: str | None = None
    title: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    section: str | None = None
    kind: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    article_body: str | None = None  # the JSON-LD `articleBody`: a check for the body pass
    base_url: str | None = None  # `<base href>` resolved against the page URL, else that URL

    def article_fields(self) -> dict[str, Any]:
        """The values of `METADATA_FIELDS`, by name, to build an `Article` with."""
        return {name: getattr(self, name) for name in METADATA_FIELDS}


def read_metadata(
    tree: LexborHTMLParser, url: str | None, site: SiteParser | None = None
) -> Metadata:
    """Read every metadata source, most trusted first, and merge them into one `Metadata`;
    then apply `site`'s selectors and field hooks, when a site parser is given."""
    from newsparse.metadata.merge import merge_sources
    from newsparse.metadata.site import apply_site_parser

    meta = merge_sources(tree, url)
    return meta if site is None else apply_site_parser(site, tree, meta)
