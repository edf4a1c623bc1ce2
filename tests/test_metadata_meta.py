"""Meta tags, the document, and the merge (`newsparse.metadata.meta`, `.merge`).

The HTML snippets here are hand-written.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata import Metadata, read_metadata
from newsparse.metadata import merge as merge_module
from newsparse.metadata.fields import MAX_AUTHORS
from newsparse.metadata.merge import normalize_language
from newsparse.metadata.meta import read_document, read_meta
from tests.checks import record_calls


def _meta(html: str, url: str | None = "https://news.example.com/a/1") -> Metadata:
    return read_metadata(LexborHTMLParser(html), url)


def test_opengraph_fields() -> None:
    """og:* and article:* tags fill the OpenGraph fields."""
    og, _ = read_meta(
        LexborHTMLParser(
            '<meta property="og:title" content="T"><meta property="og:site_name" content="S">'
            '<meta property="article:published_time" content="2021-05-06T07:08:09+00:00">'
            '<meta property="article:tag" content="a"><meta property="article:tag" content="b">'
        )
    )
    assert (og.title, og.site_name, og.tags) == ("T", "S", ["a", "b"])
    assert og.published == datetime(2021, 5, 6, 7, 8, 9, tzinfo=timezone.utc)


def test_article_author_url_is_not_a_name() -> None:
    """article:author holding a profile URL is ignored."""
    og, _ = read_meta(
        LexborHTMLParser('<meta property="article:author" content="https://fb.com/jane">')
    )
    assert og.authors == []


def test_parsely_page_json() -> None:
    """The parsely-page JSON gives the date and authors when nothing else does."""
    _, std = read_meta(
        LexborHTMLParser(
            '<meta name="parsely-page" content=\'{"title": "P", "pub_date": "2017-03-09T21:21:00Z",'
            ' "authors": ["Ann Lee"]}\'>'
        )
    )
    assert std.published == datetime(2017, 3, 9, 21, 21, tzinfo=timezone.utc)
    assert [a.name for a in std.authors] == ["Ann Lee"]


def test_dublin_core_case_insensitive() -> None:
    """DC.date.issued and dc.creator are read whatever their case."""
    _, std = read_meta(
        LexborHTMLParser(
            '<meta name="DC.date.issued" content="2019-01-02">'
            '<meta name="DC.Creator" content="Bo Ek">'
        )
    )
    assert std.published == datetime(2019, 1, 2)
    assert [a.name for a in std.authors] == ["Bo Ek"]


def test_time_with_pubdate_is_preferred() -> None:
    """A <time pubdate> wins over an earlier plain <time>."""
    doc = read_document(
        LexborHTMLParser(
            '<time datetime="2020-01-01">x</time><article><time pubdate datetime="2020-02-02">'
            "y</time></article>"
        )
    )
    assert doc.published == datetime(2020, 2, 2)


def test_time_in_article_is_preferred() -> None:
    """A <time> inside <article> wins over one in the page chrome."""
    doc = read_document(
        LexborHTMLParser(
            '<nav><time datetime="2020-01-01">x</time></nav>'
            '<article><time datetime="2020-03-03">y</time></article>'
        )
    )
    assert doc.published == datetime(2020, 3, 3)


def test_jsonld_beats_opengraph() -> None:
    """JSON-LD values win over OpenGraph ones."""
    meta = _meta(
        '<meta property="og:description" content="og">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "description": "ld"}</script>'
    )
    assert meta.description == "ld"


def test_canonical_and_image_are_absolute() -> None:
    """Relative canonical and image URLs are resolved against the page URL."""
    meta = _meta('<link rel="canonical" href="/a/1"><meta property="og:image" content="/i.jpg">')
    assert meta.canonical_url == "https://news.example.com/a/1"
    assert meta.image == "https://news.example.com/i.jpg"


def test_non_http_image_is_dropped() -> None:
    """A javascript: or data: image URL is not kept."""
    assert _meta('<meta property="og:image" content="javascript:alert(1)">').image is None


def test_language_from_html_lang() -> None:
    """<html lang> gives the language when nothing else does."""
    assert _meta('<html lang="de-de"><body></body></html>').language == "de-DE"


def test_language_rule() -> None:
    """Language tags get BCP 47 casing; og:locale underscores become hyphens."""
    assert normalize_language("en_US") == "en-US"
    assert normalize_language("PT-br") == "pt-BR"
    assert normalize_language("zh-hant-tw") == "zh-Hant-TW"
    assert normalize_language("??") is None


def test_tags_are_deduplicated() -> None:
    """Tags are a tuple without case-insensitive duplicates."""
    meta = _meta('<meta name="keywords" content="Brexit, brexit, EU">')
    assert meta.tags == ("Brexit", "EU")


def test_tags_separated_by_semicolons() -> None:
    """Keywords separated by semicolons are tags each; with commas, the commas separate."""
    assert _meta('<meta name="keywords" content="US;USA;Central Banks">').tags == (
        "US",
        "USA",
        "Central Banks",
    )
    assert _meta('<meta name="keywords" content="Fed; rates, jobs">').tags == ("Fed; rates", "jobs")


def test_date_from_url_as_fallback() -> None:
    """A /YYYY/MM/DD/ path gives the date when the page states none."""
    meta = _meta("<p>x</p>", url="https://example.org/2019/06/24/story")
    assert meta.published == datetime(2019, 6, 24)


def test_visible_time_refines_a_bare_meta_day() -> None:
    """A bare `<meta name="date">` day yields to the date and time printed in the article when
    that falls on the same day or the day before (the bare day is often the print edition's)."""
    html = (
        '<meta name="date" content="2020-04-30"><article><h1>Title here</h1>'
        '<ul><li class="date"><time>29.04.2020, 12:01 Uhr</time></li></ul><p>Text</p></article>'
    )
    assert _meta(html, url=None).published == datetime(2020, 4, 29, 12, 1)


def test_visible_time_far_from_the_meta_day_is_ignored() -> None:
    """A printed date days away from the stated day does not replace it."""
    html = (
        '<meta name="date" content="2020-04-30"><article><h1>Title here</h1>'
        '<p class="date"><time>12.03.2020, 09:00</time></p><p>Text</p></article>'
    )
    assert _meta(html, url=None).published == datetime(2020, 4, 30)


def test_visible_date_near_headline() -> None:
    """A date written under the headline is the last fallback."""
    meta = _meta("<h1>Title here</h1><p>1. Februar 2022, Daniel D.</p><p>Text</p>", url=None)
    assert meta.published == datetime(2022, 2, 1)


def test_meta_pass_does_not_change_the_tree() -> None:
    """Reading metadata leaves the markup unchanged."""
    tree = LexborHTMLParser(
        '<html><head><title>T | S</title></head><body><article><div class="byline">By A B</div>'
        "<h1>T</h1></article></body></html>"
    )
    before = tree.html
    read_metadata(tree, "https://s.com/x")
    assert tree.html == before


def test_meta_value_stands_for_content() -> None:
    """A `<meta value>` is read like `content` (some pages and page-rewriting tools use it);
    a `<meta>` with neither is skipped."""
    meta = _meta(
        '<html><head><meta property="og:title"><meta property="og:title" value="From value">'
        '<meta name="description" content="From content"></head><body></body></html>'
    )
    assert meta.title == "From value"
    assert meta.description == "From content"


_FIRST = ("Ann", "Bo", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon")
_LAST = ("Lee", "Ek", "Moss", "Nash", "Orr", "Park", "Quinn", "Roth", "Shaw", "Tate")


def test_a_source_naming_thousands_of_authors_is_read_to_its_first_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hand-made: a parsely-page JSON naming 10,000 authors (110 kB; 90,000 took 1.7 s per
    MB, each read as a byline). Only the first `MAX_AUTHORS` of a source are read, and
    they give the authors."""
    names = [f"{first} {last}" for first in _FIRST for last in _LAST] * 100
    calls = record_calls(monkeypatch, merge_module, "clean_byline")
    listed = json.dumps({"authors": names}).replace("'", "&#39;")
    metadata = _meta(f"<meta name=\"parsely-page\" content='{listed}'>")
    assert len(calls) <= MAX_AUTHORS
    assert metadata.authors == tuple(names[:MAX_AUTHORS])
