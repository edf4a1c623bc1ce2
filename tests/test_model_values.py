"""Every string and URL of an Article is clean however the Article was built.

The model cleans text and URLs and refuses values of the wrong type (docs/model.md); these
tests build Articles through every door: `parse()`, site parsers, `refine()`, `parse_text()`,
`Article.from_dict()`, `attrs.evolve()` and by hand. Every page here is hand-made.
"""

from __future__ import annotations

import json
import re
import warnings
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import (
    Article,
    Embed,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    RelatedLink,
    SiteParser,
    Tweet,
    sanitize,
)
from newsparse.cli import main
from newsparse.errors import ParserWarning
from newsparse.sanitize import clean_text, clean_url
from tests.checks import record_calls
from tests.strategies import articles

_UNCLEAN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_C1_REFERENCES = "&#x81;&#x8D;&#x8F;&#x90;&#x9D;"
_PROSE = "The council approved the budget for the new bridge over the river on Tuesday."
# Any code point: controls, C1, lone surrogates, noncharacters.
any_text = st.text(st.characters(blacklist_categories=()), max_size=30)
_URL_FIELDS = {"url", "canonical_url", "image", "links"}


def _urls(article: Article) -> list[str]:
    """Every URL the article holds, its own `url` included."""
    found: list[str] = []

    def collect(obj: Any) -> None:
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if isinstance(obj, Article) and field.name == "kind":
                continue  # a word of a fixed vocabulary, not text (refused when another)
            if field.name in _URL_FIELDS and isinstance(value, str):
                found.append(value)
            elif field.name == "links":
                found.extend(value)
            elif isinstance(value, tuple):
                collect_all(value)

    def collect_all(items: tuple[Any, ...]) -> None:
        for item in items:
            if attrs.has(type(item)):
                collect(item)
            elif isinstance(item, tuple):  # a table's row
                collect_all(item)

    collect(article)
    return found


def _required_urls(article: Article) -> list[str]:
    """The URLs of the images and links of `article`, which cannot do without one."""
    return [
        url
        for url in _urls(article)
        if url not in {article.url, article.canonical_url, article.image}
    ]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def assert_clean(article: Article) -> None:
    """No string holds a control character (but `\\n`) or a surrogate, every URL is an
    absolute http(s) URL with a host, and the JSON form encodes as UTF-8 and round-trips."""
    for text in _strings(article.to_dict()):
        assert not _UNCLEAN.search(text), repr(text)
    for url in _urls(article):
        parts = urlsplit(url)
        assert parts.scheme.lower() in {"http", "https"}, url
        assert parts.hostname, url
        assert not re.search(r"[\s<>\"`]", url), url
    encoded = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Article.from_dict(json.loads(encoded)) == article
    article.to_markdown().encode("utf-8")


def _parse(page: str, url: str | None = "https://example.org/news/story") -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(page, url)


# -- parse(): what pages carry in ----------------------------------------------------------------


def test_c1_references_reach_no_field() -> None:
    """`&#x81;`-style references (which HTML leaves as C1 controls) in the title, text,
    caption, author and an image URL come out removed (escaped in the URL)."""
    c1 = _C1_REFERENCES
    page = f"""<html><head><title>Bridge{c1} budget</title>
<meta name="author" content="Jane{c1} Doe"></head><body><article>
<p>{c1}{_PROSE}</p><figure><img src="/img/bridge{c1}.jpg"><figcaption>The{c1} bridge</figcaption>
</figure><p>{_PROSE}</p></article></body></html>"""
    article = _parse(page)
    assert_clean(article)
    assert article.title == "Bridge budget"
    assert article.authors == ("Jane Doe",)
    assert article.body[0] == Paragraph(_PROSE)
    image = next(block for block in article.body if isinstance(block, Image))
    assert image.caption == "The bridge"
    assert image.url == "https://example.org/img/bridge%C2%81%C2%8D%C2%8F%C2%90%C2%9D.jpg"


def test_json_escapes_of_controls_and_surrogates_are_cleaned() -> None:
    """JSON-LD and meta content escaping a terminal sequence or a lone surrogate give a clean
    title and authors, and JSON that encodes as UTF-8."""
    script = (
        '{"@type": "NewsArticle", "headline": "Bridge\\u001b[2J budget\\ud800",'
        ' "author": {"@type": "Person", "name": "Jane\\u0007 Doe"}}'
    )
    page = f"""<html><head><script type="application/ld+json">{script}</script>
<meta name="parsely-page" content='{{"section": "Lo\\u001bcal"}}'></head>
<body><article><p>{_PROSE}</p></article></body></html>"""
    article = _parse(page)
    assert_clean(article)
    assert article.title == "Bridge[2J budget\ufffd"
    assert article.authors == ("Jane Doe",)


def test_a_page_url_with_controls_gives_clean_resolved_urls() -> None:
    """A page URL holding control characters (a WARC-Target-URI) is cleaned before relative
    links are resolved against it."""
    page = f'<article><p>{_PROSE}</p><img src="bridge.jpg"><p>{_PROSE}</p></article>'
    article = _parse(page, "https://example.org/news\x85/\x01story\x1b")
    assert_clean(article)
    assert article.url == "https://example.org/news%C2%85/%01story"  # trailing C0 stripped
    image = next(block for block in article.body if isinstance(block, Image))
    assert image.url == "https://example.org/news%C2%85/bridge.jpg"


@pytest.mark.parametrize("url", ["http:", "http://", "http:///x", "https://@/x", "http://:80/"])
def test_a_url_without_a_host_is_no_url(url: str) -> None:
    """A URL without a host is dropped: as page URL, canonical URL, lead image or image."""
    page = f"""<html><head><link rel="canonical" href="{url}">
<meta property="og:image" content="{url}"></head>
<body><article><p>{_PROSE}</p><img src="{url}"><p>{_PROSE}</p></article></body></html>"""
    article = _parse(page, url)
    assert_clean(article)
    assert (article.url, article.canonical_url, article.image) == (None, None, None)
    assert not [block for block in article.body if isinstance(block, Image)]
    assert newsparse.urls.absolute_url(url, "https://example.org/") is None


@given(
    title=any_text,
    author=any_text,
    caption=any_text,
    value=any_text,
    page_url=st.one_of(any_text, any_text.map("https://example.org/".__add__)),
)
def test_any_code_points_anywhere_give_a_clean_article(
    title: str, author: str, caption: str, value: str, page_url: str
) -> None:
    """Any code points as title, author, caption, JSON-LD value, meta content and page URL
    give an Article whose every string is clean and whose JSON round-trips."""
    jsonld = json.dumps({"@type": "NewsArticle", "headline": value, "author": value})
    jsonld = jsonld.replace("<", "\\u003c")
    fields = {"title": title, "author": author, "caption": caption, "value": value}
    escaped = {
        k: v.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        for k, v in fields.items()
    }
    page = f"""<html><head><title>{escaped["title"]}</title>
<meta name="author" content="{escaped["author"]}">
<meta name="description" content="{escaped["value"]}">
<script type="application/ld+json">{jsonld}</script></head>
<body><article><p>{_PROSE}</p><figure><img src="/i.jpg">
<figcaption>{escaped["caption"]}</figcaption></figure><p>{_PROSE}</p></article></body></html>"""
    assert_clean(_parse(page, page_url))


# -- the model itself ------------------------------------------------------------------------------


def test_text_fields_are_cleaned_however_built() -> None:
    """By hand, through `attrs.evolve` and `from_dict`: controls go, line breaks stay."""
    article = Article(title="Bridge\x01 budget\x9d", authors=("Jane\x1b Doe",), parser="x\x00")
    assert (article.title, article.authors, article.parser) == ("Bridge budget", ("Jane Doe",), "x")
    assert attrs.evolve(article, description="a\r\nb\tc\ud800").description == "a\nb c\ufffd"
    assert Paragraph("a\x85b").text == "a b"
    assert Tweet(text="\ud83d\ude00").text == "\U0001f600"
    data = Article(body=(Quote("q"),)).to_dict()
    data["body"][0]["text"] = "q\x07"
    assert Article.from_dict(data).body == (Quote("q"),)


def test_url_fields_keep_only_http_urls_with_a_host() -> None:
    """Optional URLs that are no http(s) URL with a host become None (or leave `links`);
    an `Image` needs one and refuses anything else."""
    article = Article(url="javascript:alert(1)", canonical_url="http:///x", image="ftp://x/y")
    assert (article.url, article.canonical_url, article.image) == (None, None, None)
    tweet = Tweet(url="data:x", links=("javascript:x", "https://t.co/a b", "http:"))
    assert (tweet.url, tweet.links) == (None, ("https://t.co/a%20b",))
    assert RelatedLink("Other story", "vbscript:x").url is None
    assert Embed("youtube", " https://youtu.be/x\n").url == "https://youtu.be/x"
    with pytest.raises(ValueError, match="http"):
        Image("javascript:alert(1)")


@pytest.mark.parametrize(
    "build",
    [
        lambda: Article(published="yesterday"),  # type: ignore[arg-type]
        lambda: Article(title=3),  # type: ignore[arg-type]
        lambda: Article(authors="Jane Doe"),  # type: ignore[arg-type]
        lambda: Article(authors=("Jane", None)),  # type: ignore[arg-type]
        lambda: Article(body=("a paragraph",)),  # type: ignore[arg-type]
        lambda: Article(embeds=(Paragraph("x"),)),  # type: ignore[arg-type]
        lambda: Article(related=({"title": "x"},)),  # type: ignore[arg-type]
        lambda: Tweet(published=1700000000),  # type: ignore[arg-type]
        lambda: ListBlock("abc"),  # type: ignore[arg-type]
        lambda: ListBlock(("a",), ordered="yes"),  # type: ignore[arg-type]
        lambda: Heading("x", level="2"),  # type: ignore[arg-type]
        lambda: Image(None),  # type: ignore[arg-type]
    ],
)
def test_values_of_the_wrong_type_are_refused(build: Any) -> None:
    """A value of the wrong type raises TypeError when the object is built."""
    with pytest.raises(TypeError):
        build()


@pytest.mark.parametrize("level", [0, 7, -1])
def test_a_heading_level_outside_1_to_6_is_refused(level: int) -> None:
    """Heading levels are those of HTML."""
    with pytest.raises(ValueError, match="1 to 6"):
        Heading("x", level)


def test_lists_are_taken_as_tuples() -> None:
    """Sequences given as lists are stored as tuples, so the object stays hashable."""
    article = Article(authors=["Jane"], body=[Paragraph("p")])  # type: ignore[arg-type]
    assert article.authors == ("Jane",)
    assert article.body == (Paragraph("p"),)
    assert hash(article)


@given(text=any_text)
def test_clean_text_is_idempotent_and_clean(text: str) -> None:
    """`clean_text` leaves no control but `\\n` and no surrogate, and changes clean text not."""
    cleaned = clean_text(text)
    assert not _UNCLEAN.search(cleaned)
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")


@given(url=st.one_of(any_text, any_text.map("https://example.org/".__add__)))
def test_clean_url_is_idempotent_and_an_http_url(url: str) -> None:
    """`clean_url` gives None or an http(s) URL with a host, and is idempotent."""
    cleaned = clean_url(url)
    if cleaned is not None:
        parts = urlsplit(cleaned)
        assert parts.scheme.lower() in {"http", "https"}
        assert parts.hostname
        assert not _UNCLEAN.search(cleaned)
        assert not re.search(r"\s", cleaned)
        assert clean_url(cleaned) == cleaned


_ESCAPED = re.compile('[\\s"<>`\x00-\x1f\x7f-\x9f]')  # what a URL holds percent-encoded


@given(path=any_text.filter(lambda text: not re.search("[\t\n\r\ud800-\udfff]", text)))
def test_clean_url_percent_encodes_controls_white_space_quotes_and_brackets(path: str) -> None:
    """Inside a URL, each control, white space, `"`, `<`, `>` and backtick is percent-encoded
    as its UTF-8 bytes; nothing else changes."""
    url = "https://example.org/p" + path
    expected = _ESCAPED.sub(lambda m: quote(m.group()), url.rstrip("".join(map(chr, range(33)))))
    assert clean_url(url) == expected


def test_clean_url_escapes_in_work_bounded_by_the_characters_escaped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hand-made: a URL of 10,000 `<>` pairs (a canonical link or `href` damaged into markup;
    a fuzzed page resolved one of 140 kB a dozen times, 5 s per MB) is escaped in one pass,
    not by one call of `quote` per character."""
    calls = record_calls(monkeypatch, sanitize, "quote")
    cleaned = clean_url("https://example.org/a" + "<>" * 10_000)
    assert cleaned == "https://example.org/a" + "%3C%3E" * 10_000
    assert len(calls) < 100


@given(article=articles, text=any_text, url=any_text)
def test_any_values_in_any_field_give_a_clean_article(
    article: Article, text: str, url: str
) -> None:
    """Any code points in every text and URL field of an Article and its blocks give an
    Article that is clean (an Image with no usable URL is refused with ValueError)."""

    def dirty(obj: Any) -> Any:
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if isinstance(obj, Article) and field.name == "kind":
                continue  # a word of a fixed vocabulary, not text (refused when another)
            if field.name in _URL_FIELDS and isinstance(value, str):
                changes[field.name] = value + url
            elif field.name == "links":
                changes[field.name] = (*value, url)
            elif isinstance(value, str):
                changes[field.name] = text + value + text
            elif isinstance(value, tuple):
                changes[field.name] = dirty_all(value)
        return attrs.evolve(obj, **changes)

    def dirty_all(items: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(
            dirty(item)
            if attrs.has(type(item))
            else dirty_all(item)  # a table's row
            if isinstance(item, tuple)
            else text + item
            for item in items
        )

    try:
        dirtied = dirty(article)
    except ValueError:  # an image or a link needs a URL
        assert any(clean_url(found + url) is None for found in _required_urls(article))
        return
    assert_clean(dirtied)


@given(
    data=st.recursive(
        st.none() | st.booleans() | st.integers() | any_text,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(
                st.sampled_from(["type", "title", "body", "url", "published", "related", "level"]),
                inner,
                max_size=4,
            )
        ),
        max_leaves=12,
    )
)
def test_from_dict_raises_only_type_or_value_errors(data: Any) -> None:
    """`Article.from_dict` of any JSON value gives a clean Article or TypeError/ValueError."""
    try:
        article = Article.from_dict(data)
    except (TypeError, ValueError):
        return
    assert_clean(article)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ([], TypeError),
        ({"body": [{"type": "video"}]}, ValueError),
        ({"body": [{"text": "no type"}]}, ValueError),
    ],
)
def test_from_dict_names_what_is_wrong(data: Any, error: type[Exception]) -> None:
    """Malformed data raises TypeError or ValueError, not KeyError or AttributeError."""
    with pytest.raises(error):
        Article.from_dict(data)


# -- site parsers -------------------------------------------------------------------------------

_SECOND = "The engineers delayed the opening of the station until the harbour was rebuilt."
_PAGE = f"""<html><head><title>Bridge budget</title></head><body><article>
<p>{_PROSE}</p><p>{_SECOND}</p></article></body></html>"""


class _DirtyFields(SiteParser):
    """Hand-made: field hooks returning text with controls and unusable URLs."""

    def title(self, tree: LexborHTMLParser, default: str | None) -> str:
        return "Bridge\x01 budget\x9b"

    def image(self, tree: LexborHTMLParser, default: str | None) -> str:
        return "javascript:alert(1)"

    def canonical_url(self, tree: LexborHTMLParser, default: str | None) -> str:
        return "http:"


def test_site_parser_text_and_urls_are_cleaned_silently() -> None:
    """Controls in a site parser's title are dropped and its non-http URLs become None."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = newsparse.parse(_PAGE, "https://example.org/story", parser=_DirtyFields)
    assert (article.title, article.image, article.canonical_url) == ("Bridge budget", None, None)
    assert article.parser.endswith("_DirtyFields")
    assert_clean(article)


class _WrongDate(SiteParser):
    """Hand-made: a field hook returning a string for a datetime."""

    def published(self, tree: LexborHTMLParser, default: datetime | None) -> str:
        return "yesterday"


class _JavascriptImage(SiteParser):
    """Hand-made: `refine()` adding an image block with a `javascript:` URL."""

    def refine(self, article: Article) -> Article:
        return attrs.evolve(article, body=(*article.body, Image("javascript:alert(1)")))


class _NotBlocks(SiteParser):
    """Hand-made: `refine()` putting strings in the body."""

    def refine(self, article: Article) -> Article:
        return attrs.evolve(article, body=("a paragraph",))


@pytest.mark.parametrize("parser", [_WrongDate, _JavascriptImage, _NotBlocks])
def test_site_parser_output_the_model_refuses_falls_back(parser: type[SiteParser]) -> None:
    """Values of the wrong type from a site parser give the generic Article, with a
    ParserWarning naming the parser."""
    with pytest.warns(ParserWarning, match=parser.__name__):
        article = newsparse.parse(_PAGE, "https://example.org/story", parser=parser)
    assert article.parser == "generic"
    assert article.text == f"{_PROSE}\n\n{_SECOND}"
    assert_clean(article)


# -- parse_text() ----------------------------------------------------------------------------------


@given(text=any_text, url=st.one_of(st.none(), any_text))
def test_parse_text_of_any_code_points_is_clean(text: str, url: str | None) -> None:
    """`parse_text` of any text and page URL gives a clean Article (or EmptyDocumentError)."""
    try:
        article = newsparse.parse_text(f"Bridge budget\n\n{_PROSE}\n\n{text}", url)
    except newsparse.errors.EmptyDocumentError:
        return
    assert_clean(article)


@given(title=any_text, author=any_text, url=any_text, caption=any_text)
def test_any_site_parser_strings_give_a_clean_article(
    title: str, author: str, url: str, caption: str
) -> None:
    """Whatever strings a site parser's field methods and `refine()` return, the Article is
    clean, or (an image the model refuses) the generic one comes with a ParserWarning."""

    class Dirty(SiteParser):
        def title(self, tree: LexborHTMLParser, default: str | None) -> str:
            return title

        def authors(self, tree: LexborHTMLParser, default: tuple[str, ...]) -> tuple[str, ...]:
            return (author, title)

        def image(self, tree: LexborHTMLParser, default: str | None) -> str:
            return url

        def refine(self, article: Article) -> Article:
            extra = (Image("https://example.org/" + url, caption), Paragraph(caption))
            links = (RelatedLink(title, url),)
            return attrs.evolve(article, body=(*article.body, *extra), related=links)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = newsparse.parse(_PAGE, "https://example.org/story", parser=Dirty)
    assert_clean(article)
    if article.parser == "generic":
        assert clean_url("https://example.org/" + url) is None
        assert any(issubclass(w.category, ParserWarning) for w in caught)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_the_command_line_prints_no_terminal_escape(
    tmp_path: Any, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON-LD headline and author escaping ESC sequences (`\\u001b[2J` clears a terminal)
    print without the ESC, in every format."""
    script = (
        '{"@type": "NewsArticle", "headline": "Bridge\\u001b[2J budget\\u009b31m",'
        ' "author": {"@type": "Person", "name": "Jane\\u001b]0;pwned\\u0007 Doe"}}'
    )
    page = tmp_path / "page.html"
    page.write_text(
        f'<script type="application/ld+json">{script}</script><article><p>{_PROSE}</p></article>'
    )
    assert main([str(page), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "budget31m" in out
    assert not _UNCLEAN.search(out.replace("\n", ""))
