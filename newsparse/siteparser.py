"""`SiteParser`: the base class of site parsers, and the generic parser itself.

A site parser refines the generic pipeline for the hosts it names. It overrides only what
differs; everything else falls through to the generic passes:

    class Example(newsparse.SiteParser):
        hosts = ("example.com",)          # also www., m., amp., fr. ... subdomains
        body_selector = "div.story-body"  # the article container(s): skips scoring
        drop_selector = ".promo, .inline-ad"
        author_selector = ".byline a"

        def title(self, tree, default):   # a whole field, read from the untouched tree
            node = tree.css_first("h1.headline")
            return node.text(strip=True) if node else default

Field methods receive the parsed page (before any pass changes it) and the generic value,
and return the value to use. `refine()` sees the finished `Article` and may return a changed
copy (`attrs.evolve(article, ...)`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from newsparse.model import Article

__all__ = ["FIELD_HOOKS", "SiteParser", "overridden_fields"]

FIELD_HOOKS = (
    "title",
    "description",
    "authors",
    "published",
    "modified",
    "language",
    "site_name",
    "canonical_url",
    "section",
    "tags",
    "image",
)
"""The metadata fields a site parser can replace by defining a method of the same name."""


class SiteParser:
    """Base class of site parsers; an instance of it as such is the generic parser."""

    hosts: ClassVar[tuple[str, ...]] = ()
    """Host names served, matching their subdomains too ("euronews.com" → "fr.euronews.com")."""

    body_selector: ClassVar[str | None] = None
    """CSS selector of the element(s) holding the article body; replaces container scoring."""

    drop_selector: ClassVar[str | None] = None
    """CSS selector of site chrome to remove, on top of the generic chrome removal."""

    related_selector: ClassVar[str | None] = None
    """CSS selector of related-article sections, whose links go to `Article.related`."""

    embed_selector: ClassVar[str | None] = None
    """CSS selector of site-specific embeds, lifted into `Article.embeds` (kind "other")."""

    author_selector: ClassVar[str | None] = None
    """CSS selector of byline element(s); their text is cleaned like any byline."""

    date_selector: ClassVar[str | None] = None
    """CSS selector of the publication date element (`datetime`/`content` attribute or text)."""

    @classmethod
    def name(cls) -> str:
        """The parser's name as reported in `Article.parser` ("generic" for the base class)."""
        if cls is SiteParser:
            return "generic"
        return f"{cls.__module__}.{cls.__qualname__}"

    @classmethod
    def serves(cls, host: str) -> bool:
        """Whether `host` is one of `hosts` or a subdomain of one."""
        host = host.lower().rstrip(".")
        return any(host == h or host.endswith("." + h) for h in _lowered(cls.hosts))

    def refine(self, article: Article) -> Article:
        """The last step: return the article, changed where the site needs it."""
        return article

    # Field hooks (see FIELD_HOOKS) are looked up by name, so that the base class has none
    # and a subclass defines only those it needs, e.g.:
    #     def authors(self, tree: LexborHTMLParser, default: tuple[str, ...]) -> tuple[str, ...]


def overridden_fields(parser: SiteParser) -> list[str]:
    """The field hooks `parser` defines."""
    return [name for name in FIELD_HOOKS if callable(getattr(parser, name, None))]


def _lowered(hosts: Sequence[str]) -> list[str]:
    return [h.lower().strip(".") for h in hosts]
