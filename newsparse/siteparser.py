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

Every hook is a method or attribute of `SiteParser` with its contract in its docstring; the
base class's field hooks return the generic value unchanged. A subclass may define only the
names `SiteParser` defines (and private names, with a leading underscore): any other public
name, such as a misspelt `titel` or `author_selectr`, raises `TypeError` when the class is
created, and so does a hook given a value of the wrong kind (a selector that is no string, a
field hook that is not callable).
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from datetime import datetime
from types import FunctionType
from typing import Any, ClassVar

from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata import METADATA_FIELDS
from newsparse.model import Article

__all__ = ["FIELD_HOOKS", "SiteParser", "host_key", "host_matches", "overridden_fields"]

FIELD_HOOKS = METADATA_FIELDS
"""The `Article` fields a site parser can replace by a method of the same name."""

_SELECTORS = (
    "body_selector",
    "drop_selector",
    "related_selector",
    "embed_selector",
    "author_selector",
    "date_selector",
)


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

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Refuse a public name that is no hook, and a hook of the wrong kind (`TypeError`)."""
        super().__init_subclass__(**kwargs)
        for name, value in vars(cls).items():
            if name.startswith("_"):
                continue
            if not hasattr(SiteParser, name):
                raise TypeError(
                    f"{cls.__qualname__}.{name} is no SiteParser hook (misspelt?); "
                    "name helpers with a leading underscore"
                )
            if name in _SELECTORS and not (value is None or isinstance(value, str)):
                raise TypeError(f"{cls.__qualname__}.{name} must be a CSS selector or None")
            if _is_method(inspect.getattr_static(SiteParser, name)) and not _is_method(value):
                raise TypeError(f"{cls.__qualname__}.{name} must be a method, as in SiteParser")

    @classmethod
    def name(cls) -> str:
        """The parser's name as reported in `Article.parser` ("generic" for the base class)."""
        if cls is SiteParser:
            return "generic"
        return f"{cls.__module__}.{cls.__qualname__}"

    @classmethod
    def serves(cls, host: str) -> bool:
        """Whether `host` is one of `hosts` or a subdomain of one."""
        return any(host_matches(host_key(host), host_key(h)) for h in cls.hosts)

    # Field hooks: one method per metadata field of `Article` (FIELD_HOOKS). Each receives
    # the parsed page, before any pass changes it, and the generic value, and returns the
    # value to use. Only the hooks a subclass overrides are called.

    def title(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """The headline."""
        return default

    def description(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """The standfirst or summary."""
        return default

    def authors(self, tree: LexborHTMLParser, default: tuple[str, ...]) -> Sequence[str]:
        """The authors' names, in byline order (a list is taken as a tuple)."""
        return default

    def published(self, tree: LexborHTMLParser, default: datetime | None) -> datetime | None:
        """When the article was first published."""
        return default

    def modified(self, tree: LexborHTMLParser, default: datetime | None) -> datetime | None:
        """When the article was last changed."""
        return default

    def language(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """The article's language as a BCP 47 tag ("en", "pt-BR")."""
        return default

    def site_name(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """The publication's name."""
        return default

    def canonical_url(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """The article's canonical URL."""
        return default

    def section(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """The section of the site the article belongs to."""
        return default

    def tags(self, tree: LexborHTMLParser, default: tuple[str, ...]) -> Sequence[str]:
        """The article's keywords (a list is taken as a tuple)."""
        return default

    def image(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """The lead image's URL."""
        return default

    def kind(self, tree: LexborHTMLParser, default: str | None) -> str | None:
        """What kind of page it is: one of `newsparse.model.KINDS`, or None."""
        return default

    def refine(self, article: Article) -> Article:
        """The last step: return the article, changed where the site needs it."""
        return article


def overridden_fields(parser: SiteParser) -> list[str]:
    """The field hooks whose method `parser`'s class overrides, in `FIELD_HOOKS` order."""
    cls = type(parser)
    return [name for name in FIELD_HOOKS if getattr(cls, name) is not getattr(SiteParser, name)]


def _is_method(value: object) -> bool:
    return isinstance(value, (FunctionType, classmethod, staticmethod)) or callable(value)


def host_key(host: str) -> str:
    """A host name as compared: lowercase, without surrounding spaces and dots."""
    return host.strip().lower().strip(".")


def host_matches(host: str, claimed: str) -> bool:
    """Whether `host` is `claimed` or one of its subdomains (both given by `host_key`)."""
    return host == claimed or host.endswith("." + claimed)
