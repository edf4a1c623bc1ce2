"""Reuters (reuters.com)."""

from __future__ import annotations

import re

import attrs
from selectolax.lexbor import LexborHTMLParser

from newsparse.model import Article, RelatedLink
from newsparse.siteparser import SiteParser

# Text for screen readers at the end of a teaser's headline: ", article with image".
_TEASER_KIND = re.compile(r",\s*article with (?:image|gallery|video)$")


class Reuters(SiteParser):
    """Reuters: every story ends with a link to the agency's Trust Principles, no text of it;
    older pages name their edition ("U.S.") as the site; a teaser's headline ends with a note
    for screen readers (", article with image"), a section link with the word "category"."""

    hosts = ("reuters.com",)
    drop_selector = "p:has(> a[href*='trust-principles']), [class*=TrustBadge]"

    def site_name(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """Always "Reuters"."""
        return "Reuters"

    def refine(self, article: Article) -> Article:
        """Related stories without the screen-reader notes, and without section links."""
        related = tuple(
            RelatedLink(title=_TEASER_KIND.sub("", link.title), url=link.url)
            for link in article.related
            if not link.title.endswith("category")
        )
        return attrs.evolve(article, related=related)
