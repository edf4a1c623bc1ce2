"""JSON-LD reading (`newsparse.metadata.jsonld`). The HTML snippets here are hand-written."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata.fields import Author, Fields
from newsparse.metadata.jsonld import read_jsonld


def _read(*blocks: str, url: str | None = None) -> Fields:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return read_jsonld(LexborHTMLParser(f"<html><head>{scripts}</head><body></body></html>"), url)


def test_news_article_fields() -> None:
    """Headline, dates, section and language come from a NewsArticle."""
    fields = _read(
        '{"@type": "NewsArticle", "headline": "Hello", "datePublished": "2020-01-02T03:04:05Z",'
        ' "dateModified": "2020-01-03", "articleSection": ["World"], "inLanguage": "en-GB"}'
    )
    assert fields.title == "Hello"
    assert fields.published == datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert fields.modified == datetime(2020, 1, 3)
    assert fields.section == "World"
    assert fields.language == "en-GB"


@pytest.mark.parametrize(
    ("kind", "read"),
    [
        ("application/ld+json", True),
        ("Application/LD+JSON", True),
        ("application/json+ld", True),
        ("application/json", False),
        (" application/ld+json", False),
    ],
)
def test_script_types(kind: str, read: bool) -> None:
    """JSON-LD blocks are the scripts typed `application/ld+json` (or `json+ld`) in any case."""
    page = f'<script type="{kind}">{{"@type": "NewsArticle", "headline": "Hi"}}</script>'
    assert read_jsonld(LexborHTMLParser(page)).title == ("Hi" if read else None)


def test_graph_with_id_references() -> None:
    """An @graph author given as an @id reference is resolved to the Person's name."""
    fields = _read(
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "name": "Page"},'
        '{"@type": "Article", "headline": "H", "author": {"@id": "#p1"},'
        ' "publisher": {"@id": "#org"}},'
        '{"@type": "Person", "@id": "#p1", "name": "Jane Doe"},'
        '{"@type": "Organization", "@id": "#org", "name": "The Site"}]}'
    )
    assert fields.title == "H"
    assert fields.authors == [Author("Jane Doe")]
    assert fields.site_name == "The Site"


def test_type_list_and_top_level_list() -> None:
    """A top-level list and an @type list are understood."""
    fields = _read(
        '[{"@type": "BreadcrumbList"}, {"@type": ["BlogPosting", "Thing"], "headline": "B"}]'
    )
    assert fields.title == "B"


def test_webpage_is_only_a_fallback() -> None:
    """An article node wins over a WebPage node that comes first."""
    fields = _read(
        '{"@type": "WebPage", "name": "Page"}', '{"@type": "NewsArticle", "headline": "A"}'
    )
    assert fields.title == "A"


def test_author_kinds_are_kept() -> None:
    """Person and Organization authors keep their kind; strings are people."""
    fields = _read(
        '{"@type": "NewsArticle", "author": ["Ann Lee", {"@type": "Person", "name": "Bo Ek"},'
        ' {"@type": "Organization", "name": "Agency"}]}'
    )
    assert fields.authors == [Author("Ann Lee"), Author("Bo Ek"), Author("Agency", True)]


def test_entities_are_decoded() -> None:
    """HTML entities in string values are decoded."""
    assert _read('{"@type": "NewsArticle", "headline": "Tom &amp; Jerry&#39;s"}').title == (
        "Tom & Jerry's"
    )


def test_image_forms() -> None:
    """image may be a string, an ImageObject or a list of them."""
    assert (
        _read('{"@type": "Article", "image": "https://x.org/a.jpg"}').image == "https://x.org/a.jpg"
    )
    assert _read('{"@type": "Article", "image": {"url": "/b.jpg"}}').image == "/b.jpg"
    assert _read('{"@type": "Article", "image": [{"url": "/c.jpg"}, "/d.jpg"]}').image == "/c.jpg"


def test_keywords_string_or_list() -> None:
    """keywords may be one comma-separated string or a list."""
    assert _read('{"@type": "Article", "keywords": "a, b,c"}').tags == ["a", "b", "c"]
    assert _read('{"@type": "Article", "keywords": ["a", "b"]}').tags == ["a", "b"]


def test_malformed_json_is_repaired() -> None:
    """Comments, trailing commas, CDATA wrappers and raw newlines are tolerated."""
    fields = _read(
        '<![CDATA[ /* c */ {"@type": "NewsArticle", // note\n "headline": "Line\nbreak",} ]]>'
    )
    assert fields.title == "Line break"


@pytest.mark.parametrize(
    ("before", "after"), [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("\n <!-- ", " --> \n")]
)
def test_wrappers_around_the_json_are_dropped(before: str, after: str) -> None:
    """An HTML comment or a CDATA section (commented out or not) around the JSON is ignored."""
    assert _read(f'{before}{{"@type": "NewsArticle", "headline": "Hi"}}{after}').title == "Hi"


def test_article_matching_the_page_url_wins() -> None:
    """With several articles, the one whose url is the page's is chosen."""
    fields = _read(
        '[{"@type": "NewsArticle", "headline": "Other", "url": "https://x.org/other"},'
        ' {"@type": "NewsArticle", "headline": "Mine", "url": "https://x.org/mine"}]',
        url="https://www.x.org/mine?utm=1",
    )
    assert fields.title == "Mine"


def test_wrong_types_do_not_raise() -> None:
    """Numbers, nulls and nested lists where strings are expected are ignored."""
    fields = _read(
        '{"@type": "NewsArticle", "headline": 5, "author": [null, 3, {"name": []}],'
        ' "datePublished": {"x": 1}, "image": 7, "keywords": {"a": 1}, "publisher": "P"}'
    )
    assert fields.title is None
    assert fields.authors == []


@given(st.text(max_size=200))
def test_any_script_text_never_raises(text: str) -> None:
    """Any script content gives Fields, never an exception."""
    assert isinstance(_read(text.replace("</", "<\\/")), Fields)


def test_markup_left_in_text_values_is_removed() -> None:
    """Some sites leave HTML in JSON-LD: it goes, and the paragraphs of `articleBody` stay
    apart (escaped markup too)."""
    fields = _read(
        '{"@type": "NewsArticle", "headline": "Trucks <em>stop</em>",'
        ' "description": "<p>Con una <strong>consulta</strong> nacional.<\\/p>",'
        ' "articleBody": "<p>En estado de <strong>alerta</strong>.</p> <p>Esto es todo.</p>'
        '&lt;p&gt;Otro p&aacute;rrafo.&lt;/p&gt;"}'
    )
    assert fields.title == "Trucks stop"
    assert fields.description == "Con una consulta nacional."
    assert fields.article_body == "En estado de alerta.\nEsto es todo.\nOtro párrafo."
