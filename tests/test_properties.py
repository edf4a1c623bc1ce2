"""Property tests: whatever markup, text or bytes comes in, the output keeps its guarantees.

The number of examples comes from the hypothesis profile (`HYPOTHESIS_PROFILE=ci` in CI, see
conftest.py); the strategies are in tests/strategies.py.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.errors import DocumentRewrittenWarning, EmptyDocumentError, ParserWarning
from newsparse.model import Article
from newsparse.sanitize import clean_url
from tests.checks import offered_urls
from tests.strategies import (
    article_pages,
    hostile_texts,
    html_nodes,
    html_pages,
    jsonld_scripts,
)

_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_TAG = re.compile(r"<[a-zA-Z/!]")
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
# The generated text never shows escaped markup ("&amp;mdash;", "&lt;b&gt;"): a page that does
# displays it as text, and newsparse keeps what the page displays.
_SURROGATE = re.compile("[\ud800-\udfff]")

_slow = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _parse(page: str | bytes, url: str | None = "https://example.org/news/story") -> Article:
    """`parse()`, allowing only the documented warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DocumentRewrittenWarning)
        warnings.simplefilter("ignore", ParserWarning)
        return newsparse.parse(page, url)


def _strings(article: Article) -> list[str]:
    """Every string the article holds."""
    out: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    collect(article.to_dict())
    return out


def _check(article: Article) -> None:
    """The guarantees every Article keeps, whatever the input."""
    assert isinstance(article, Article)
    text = article.text
    assert not _TAG.search(text), text
    assert all(html.unescape(m.group()) == m.group() for m in _ENTITY.finditer(text)), text
    assert not _CONTROL.search(text), text
    for value in _strings(article):
        assert not _SURROGATE.search(value), value
        assert not _CONTROL.search(value.replace("\n", "")), value
    for paragraph in text.split("\n\n"):
        assert paragraph.strip() or not text, repr(text)
    for url in offered_urls(article, canonical=True):
        assert url.startswith(("http://", "https://")), url
        assert urlsplit(url).hostname, url
        assert not re.search(r"[\s<>]", url), url
    encoded = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Article.from_dict(json.loads(encoded)) == article
    article.to_markdown().encode("utf-8")


@_slow
@given(html_pages)
def test_any_page_gives_a_clean_article(page: str) -> None:
    """A page of random tags, attributes, text, JSON-LD gives an Article keeping each guarantee."""
    _check(_parse(page))


@_slow
@given(article_pages)
def test_hostile_paragraph_text_comes_out_clean(page: str) -> None:
    """Paragraphs holding controls, entities, surrogates and residue keep every guarantee."""
    _check(_parse(page))


@_slow
@given(html_nodes)
def test_any_fragment_gives_a_clean_article(fragment: str) -> None:
    """A bare fragment (no html/head/body) gives an Article, or EmptyDocumentError when blank."""
    try:
        article = _parse(fragment, None)
    except EmptyDocumentError:
        assert not fragment.strip()
        return
    _check(article)


@_slow
@given(st.lists(jsonld_scripts, min_size=1, max_size=4).map("".join))
def test_any_jsonld_gives_a_clean_article(scripts: str) -> None:
    """JSON-LD with wrong types, deep nesting, long arrays, `@graph` loops never breaks parsing."""
    _check(_parse(f"<html><head>{scripts}</head><body><p>{'Text of the story. ' * 5}</p></body>"))


@_slow
@given(
    article_pages,
    st.one_of(st.text(max_size=40), st.text("[]:/@?#%. ax1", max_size=20).map("http://".__add__)),
)
def test_any_page_url_gives_a_clean_article(page: str, url: str) -> None:
    """Whatever string is passed as the page URL (brackets, spaces, controls, no scheme), an
    Article keeping each guarantee comes out; its `url` is the page URL made an absolute
    http(s) URL, or None when it is none."""
    article = _parse(page, url)
    assert article.url == clean_url(url)
    _check(article)


@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_a_documented_error(data: bytes) -> None:
    """Random bytes give an Article, or EmptyDocumentError when they decode to blank text."""
    try:
        article = _parse(data)
    except EmptyDocumentError:
        return
    _check(article)


@_slow
@given(html_pages)
def test_the_same_page_twice_gives_equal_articles(page: str) -> None:
    """Parsing is deterministic: the same page twice gives equal Articles."""
    assert _parse(page) == _parse(page)


@given(html_pages)
def test_utf8_bytes_and_text_give_the_same_article(page: str) -> None:
    """A page passed as UTF-8 bytes gives the Article of the same page passed as text."""
    page = page.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    assert _parse(page.encode("utf-8")) == _parse(page)


@given(st.lists(hostile_texts, min_size=1, max_size=8).map("\n\n".join))
def test_any_text_gives_a_clean_article_from_parse_text(text: str) -> None:
    """`parse_text` on random text (controls, surrogates, RTL, emoji) keeps the guarantees."""
    try:
        article = newsparse.parse_text(text)
    except EmptyDocumentError:
        assert not text.strip()
        return
    assert article == newsparse.parse_text(text)
    for value in _strings(article):
        assert not _SURROGATE.search(value), value
        assert not _CONTROL.search(value.replace("\n", "")), value
    encoded = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Article.from_dict(json.loads(encoded)) == article
