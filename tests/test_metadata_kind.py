"""The page kind (`Article.kind`, `newsparse.metadata.kind`) from schema.org types and `og:type`.

The pages here are hand-written; the golden pages of `tests/sites` check real ones.
"""

from __future__ import annotations

import json

import pytest

import newsparse
from newsparse import Article
from newsparse.lexicon.kinds import KINDS, OG_KINDS, OG_PREFIX_KINDS, SCHEMA_KINDS


def _kind(head: str) -> str | None:
    return newsparse.parse(f"<html><head>{head}</head><body><h1>Title</h1><p>Text.</p>").kind


def _jsonld(*nodes: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(list(nodes))}</script>'


_ORGANIZATION = {"@type": "Organization", "name": "Shop"}
_BREADCRUMBS = {"@type": "BreadcrumbList", "itemListElement": []}


@pytest.mark.parametrize(
    ("nodes", "kind"),
    [
        ([{"@type": "NewsArticle", "headline": "A"}], "news"),
        ([{"@type": ["ReportageNewsArticle", "WebPage"], "headline": "A"}], "news"),
        ([{"@type": "BlogPosting", "headline": "A"}], "blog"),
        ([{"@type": "https://schema.org/Article", "headline": "A"}], "article"),
        ([{"@type": "Recipe", "name": "Soup"}], "recipe"),
        ([{"@type": "VideoObject", "name": "Clip"}], "video"),
        ([{"@type": "DiscussionForumPosting", "headline": "Patch notes"}], "forum"),
        ([{"@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": "Jane"}}], "profile"),
        ([_ORGANIZATION, _BREADCRUMBS, {"@type": "Product", "name": "Desk"}], "product"),
        ([{"@type": "Event", "name": "Concert"}, _ORGANIZATION], "event"),
        ([{"@type": "WebPage", "mainEntity": {"@type": "Recipe", "name": "Soup"}}], "recipe"),
        ([{"@type": "WebPage", "name": "About us"}], "website"),
        ([_ORGANIZATION, {"@type": "WebSite", "name": "Shop"}], None),  # the site, not the page
        ([{"@type": "Person", "name": "Jane"}], None),
    ],
)
def test_kind_of_the_main_jsonld_entity(nodes: list[object], kind: str | None) -> None:
    """The schema.org type of the page's main entity gives its kind; the site's own nodes
    (`WebSite`, `Organization`) and a `Person` say nothing of the page."""
    assert _kind(_jsonld(*nodes)) == kind


@pytest.mark.parametrize(
    ("og_type", "kind"),
    [
        ("article", "article"),
        ("video.movie", "video"),
        ("music.song", "audio"),
        ("product", "product"),
        ("profile", "profile"),
        ("website", "website"),
        ("mes-opinions:petition", "other"),
        ("text/html", None),
    ],
)
def test_kind_of_og_type(og_type: str, kind: str | None) -> None:
    """`og:type` gives the kind when JSON-LD says nothing; an unknown type is "other", a value
    that names no type (a MIME type) nothing."""
    assert _kind(f'<meta property="og:type" content="{og_type}">') == kind


def test_website_with_article_properties_is_an_article() -> None:
    """`og:type` "website" beside `article:published_time` (a property of the `article` type)."""
    head = (
        '<meta property="og:type" content="website">'
        '<meta property="article:published_time" content="2024-05-01T10:00:00Z">'
    )
    assert _kind(head) == "article"


def test_jsonld_webpage_gives_way_to_a_more_specific_og_type() -> None:
    """A generic `WebPage` node with `og:type` "article" is an article; a specific JSON-LD type
    wins over `og:type`."""
    webpage = _jsonld({"@type": "WebPage", "name": "A"})
    assert _kind(webpage + '<meta property="og:type" content="article">') == "article"
    news = _jsonld({"@type": "NewsArticle", "headline": "A"})
    assert _kind(news + '<meta property="og:type" content="website">') == "news"


def test_no_declared_type_is_none() -> None:
    """A page that declares no type has no kind."""
    assert _kind("<title>A</title>") is None


def test_kind_round_trips_through_to_dict() -> None:
    """`kind` is a field of `to_dict()` and `from_dict()`."""
    article = newsparse.parse(
        _jsonld({"@type": "NewsArticle", "headline": "A"}) + "<body><h1>A</h1><p>Text.</p>"
    )
    data = article.to_dict()
    assert data["kind"] == "news"
    assert Article.from_dict(data) == article


def test_every_mapped_kind_is_in_the_vocabulary() -> None:
    """The mapping tables name only the documented kinds."""
    mapped = {*SCHEMA_KINDS.values(), *OG_KINDS.values(), *OG_PREFIX_KINDS.values()}
    assert mapped <= set(KINDS)
