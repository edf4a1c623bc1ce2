"""`Page`: the state of one page that the passes of `newsparse.pipeline` read and write.

Every pass is a function `pass(page) -> None`; what one pass hands to a later one is a field of
`Page`, and the one mark a pass leaves in the tree for a later pass (where an embed stood) is
named here, `EMBED_MARKER`.
"""

from __future__ import annotations

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.metadata import Metadata
from newsparse.model import Article, Block, EmbeddedPost, RelatedLink
from newsparse.siteparser import SiteParser

__all__ = ["EMBED_MARKER", "Page"]

EMBED_MARKER = "newsparse-embed"
"""Tag of the empty element left in `Page.tree` where an embed was lifted: its `data-index`
attribute is the embed's index in `Page.embeds` (`<newsparse-embed data-index="0">`)."""


@attrs.define(eq=False)
class Page:
    """One page on its way through the passes (internal; passes write its fields in place).

    Given: `tree`, the parsed page (passes mutate it); `url`, the page's URL as passed to
    `parse()` (None when unknown); `site`, the site parser whose hooks the passes read.

    Written by the passes, in order:

    - `metadata`: what the page says about the article (the "metadata" pass);
    - `claim`: the claim a fact-check (schema.org `ClaimReview`) reviews and its rating,
      read with the metadata (before the chrome pass removes the page's scripts);
    - `base_url`: the URL that relative links resolve against (`<base href>`, else the page
      URL, else the canonical URL);
    - `embeds`: the posts lifted from the tree, each replaced there by an `EMBED_MARKER`
      element whose `data-index` is its index in `embeds`; chrome removal keeps those
      markers, and the block walker turns each back into its post at its position;
    - `related`: the links of the related sections lifted from the tree;
    - `containers`: the element(s) the body was read from (empty when it came from a
      fallback: the JSON-LD `articleBody`, every paragraph of the page);
    - `body`: the article's blocks in document order;
    - `article`: the assembled `Article`, then the one `SiteParser.refine()` returned.
    """

    tree: LexborHTMLParser
    url: str | None
    site: SiteParser
    metadata: Metadata = attrs.Factory(Metadata)
    claim: tuple[str, str | None] | None = None
    base_url: str | None = None
    embeds: tuple[EmbeddedPost, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    containers: tuple[LexborNode, ...] = ()
    body: tuple[Block, ...] = ()
    article: Article | None = None

    @property
    def address(self) -> str | None:
        """The page's own address: its URL, else its canonical URL (tells the article from
        the other stories of a page that holds several)."""
        return self.url or self.metadata.canonical_url
