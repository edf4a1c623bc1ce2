"""What newsparse outputs is safe: http(s) URLs only, escaped Markdown, valid JSON.

Every page here is hand-written to attack one guarantee.
"""

from __future__ import annotations

import itertools
import json
import re
import warnings

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import guard, treebuilder
from newsparse.errors import DocumentRewrittenWarning, DocumentTooLargeError
from newsparse.model import Article, Embed, Image, Paragraph, RelatedLink
from newsparse.screen import screen, screen_bound
from newsparse.treebuilder import bound_tree
from tests.checks import lexbor_attributes, lexbor_tree, offered_urls, record_calls_everywhere

_PROSE = "The council approved the budget for the new bridge across the river on Monday. " * 3
_HOSTILE_URLS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \tjava\nscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
)


def _hostile_page(href: str) -> str:
    """Hand-written: every place a URL can come from holds `href`."""
    return f"""<html><head>
<meta property="og:image" content="{href}"><link rel="canonical" href="{href}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Bridge",
 "image": "{href}", "url": "{href}"}}</script></head><body><article>
<h1>Bridge</h1><p>{_PROSE}</p><img src="{href}" alt="x"><figure><img data-src="{href}"></figure>
<blockquote class="twitter-tweet"><p>Water is rising <a href="{href}">link</a></p>&mdash; Region
(@Region) <a href="{href}">May 1, 2020</a></blockquote>
<iframe src="{href}" title="video"></iframe>
<p>{_PROSE}</p></article>
<section class="related"><h2>Related</h2><ul><li><a href="{href}">Another story about the
bridge</a></li><li><a href="{href}">A second story about the river</a></li></ul></section>
</body></html>"""


@pytest.mark.parametrize("href", _HOSTILE_URLS)
def test_no_unsafe_scheme_reaches_the_output(href: str) -> None:
    """javascript:, data:, vbscript: and file: URLs are dropped from every field and view."""
    article = newsparse.parse(_hostile_page(href), "https://example.org/news/bridge")
    for url in offered_urls(article, canonical=True):
        assert url.startswith(("http://", "https://")), url
    markdown = article.to_markdown().lower()
    for scheme in ("javascript:", "data:", "vbscript:", "file:"):
        assert scheme not in markdown
        assert scheme not in json.dumps(article.to_dict()).lower()


def test_relative_urls_resolve_against_base_href() -> None:
    """Relative links resolve against `<base href>`, which wins over the page URL."""
    page = f"""<html><head><base href="https://cdn.example.net/en/"></head><body><article>
<p>{_PROSE}</p><img src="images/bridge.jpg" alt="The bridge"><p>{_PROSE}</p></article>
</body></html>"""
    article = newsparse.parse(page, "https://example.org/news/bridge")
    images = [block for block in article.body if isinstance(block, Image)]
    assert [image.url for image in images] == ["https://cdn.example.net/en/images/bridge.jpg"]


def test_lead_image_and_canonical_url_resolve_against_base_href() -> None:
    """The lead image and canonical URL of the head resolve against `<base href>` as well."""
    page = f"""<html><head><base href="https://cdn.example.net/en/">
<meta property="og:image" content="images/lead.jpg"><link rel="canonical" href="bridge">
</head><body><article><p>{_PROSE}</p></article></body></html>"""
    article = newsparse.parse(page, "https://example.org/news/bridge")
    assert article.image == "https://cdn.example.net/en/images/lead.jpg"
    assert article.canonical_url == "https://cdn.example.net/en/bridge"


def test_a_relative_base_href_resolves_against_the_page_url() -> None:
    """A relative `<base href>` is itself resolved against the page URL."""
    page = f"""<html><head><base href="/static/"></head><body><article><p>{_PROSE}</p>
<img src="bridge.jpg"><p>{_PROSE}</p></article></body></html>"""
    article = newsparse.parse(page, "https://example.org/news/bridge")
    assert [b.url for b in article.body if isinstance(b, Image)] == [
        "https://example.org/static/bridge.jpg"
    ]


def test_a_javascript_base_href_is_ignored() -> None:
    """A `<base href="javascript:...">` is ignored: links resolve against the page URL."""
    page = f"""<html><head><base href="javascript:alert(1)//"></head><body><article>
<p>{_PROSE}</p><img src="bridge.jpg"><p>{_PROSE}</p></article></body></html>"""
    article = newsparse.parse(page, "https://example.org/news/bridge")
    assert [b.url for b in article.body if isinstance(b, Image)] == [
        "https://example.org/news/bridge.jpg"
    ]


@pytest.mark.parametrize("url", ["http://[::1", "https://[example.org/news/bridge", "http://]x/"])
def test_a_malformed_page_url_is_no_url_and_not_resolved_against(url: str) -> None:
    """A page URL that cannot be read (an unclosed IPv6 bracket) gives an Article all the same:
    its `url` is None, as for any string that is no http(s) URL, and relative links, which
    nothing can resolve, are left out."""
    page = f"""<html><body><article><p>{_PROSE}</p><img src="bridge.jpg">
<p><a href="/news/river">Council approves the budget for the new bridge</a></p>
<p>{_PROSE}</p></article></body></html>"""
    article = newsparse.parse(page, url)
    assert article.url is None
    assert "council approved the budget" in article.text.lower()
    assert not [b for b in article.body if isinstance(b, Image)]


def test_urls_never_hold_whitespace_or_angle_brackets() -> None:
    """Spaces, newlines, `<` and `>` inside a URL are percent-encoded or dropped, as browsers do."""
    page = f"""<html><body><article><p>{_PROSE}</p>
<img src="https://example.org/a b>c&quot;d
e.jpg"><p>{_PROSE}</p></article></body></html>"""
    article = newsparse.parse(page)
    (image,) = [b for b in article.body if isinstance(b, Image)]
    assert image.url == "https://example.org/a%20b%3Ec%22de.jpg"


def test_markdown_escapes_page_text() -> None:
    """Hand-written: HTML, links, images, headings and fences in page text stay text in Markdown."""
    hostile = (
        "&lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(1)) "
        "![x](https://evil.example/x.png) &lt;https://evil.example&gt; **bold** `code` ~~~"
    )
    page = f"""<html><head><title>&lt;img src=x onerror=alert(1)&gt;</title></head><body>
<article><h1>&lt;img src=x onerror=alert(1)&gt;</h1><p>{_PROSE}</p><p>{hostile}</p>
<p># Not a heading</p><p>&gt; not a quote</p><p>1. not a list</p></article></body></html>"""
    markdown = newsparse.parse(page).to_markdown()
    assert not re.search(r"(?<!\\)[<>\[\]`*~]", markdown.replace("\n>", "\n")), markdown
    for line in markdown.splitlines():
        assert not re.match(r"\s*(?:#(?! )|> |\d+\. |- )", line) or line.startswith(("# ", "> ")), (
            line
        )


def test_markdown_links_cannot_break_out_of_their_destination() -> None:
    """A URL holding `>`, spaces or newlines stays inside its `<...>` link destination."""
    article = Article(
        title="Story",
        body=(
            Paragraph("Text."),
            Image("https://example.org/x.jpg> <script>alert(1)</script>\n# Heading"),
        ),
        related=(RelatedLink("More", "https://example.org/a>\n[x](javascript:alert(1))"),),
    )
    markdown = article.to_markdown()
    destinations = re.findall(r"\]\((<[^\n]*?>)\)", markdown)
    assert len(destinations) == 2
    for destination in destinations:
        assert not re.search(r"[\s<>]", destination[1:-1]), destination
    assert "<script>" not in markdown
    assert "\n# Heading" not in markdown


def test_markdown_drops_links_with_unsafe_schemes() -> None:
    """An Article built by hand with a javascript: URL renders the label without the link."""
    article = Article(
        body=(Embed("youtube", "javascript:alert(1)", "Clip"),),
        related=(RelatedLink("More", "javascript:alert(1)"),),
    )
    markdown = article.to_markdown()
    assert "javascript" not in markdown
    assert "Clip" in markdown
    assert "More" in markdown


def test_json_output_is_valid_utf8_for_lone_surrogates() -> None:
    """Lone surrogates and control characters in the input still give valid UTF-8 JSON."""
    page = f"<html><body><article><p>{_PROSE} \ud800 bad \udfff \x00\x01 &#1; end</p></article>"
    for article in (newsparse.parse(page), newsparse.parse_text(f"{_PROSE}\ud800\x01")):
        encoded = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
        assert Article.from_dict(json.loads(encoded)) == article
        assert "\x00" not in article.text
        assert "\x01" not in article.text


def test_parse_never_fetches_or_runs_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scripts, iframes, images and stylesheets are never fetched, run or opened by `parse`."""
    import builtins
    import socket
    import subprocess

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("parse() tried to reach outside the process")

    monkeypatch.setattr(socket, "socket", forbidden)
    monkeypatch.setattr(subprocess, "Popen", forbidden)
    monkeypatch.setattr(builtins, "open", forbidden)
    page = _hostile_page("https://example.org/x") + (
        '<script src="https://evil.example/x.js"></script><script>while(1){}</script>'
        '<link rel="stylesheet" href="https://evil.example/s.css">'
        '<img src="file:///etc/passwd"><iframe src="https://evil.example/"></iframe>'
    )
    assert newsparse.parse(page).title == "Bridge"


def test_a_page_above_max_bytes_raises() -> None:
    """A page larger than `max_bytes` raises DocumentTooLargeError, with its size and the limit."""
    with pytest.raises(DocumentTooLargeError) as raised:
        newsparse.parse(b"<p>" + b"x" * 1000, max_bytes=500)
    assert (raised.value.size, raised.value.limit) == (1003, 500)
    assert isinstance(raised.value, ValueError)
    assert newsparse.parse("<p>" + "x" * 1000, max_bytes=None).text


def test_deep_nesting_is_flattened_with_a_warning() -> None:
    """100,000 nested elements are flattened at depth 512 (text kept) and a warning says so."""
    page = "<div>" * 100_000 + f"<p>{_PROSE}</p>" + "</div>" * 100_000
    with pytest.warns(DocumentRewrittenWarning) as caught:
        article = newsparse.parse(page)
    depth = next(w.message for w in caught if w.message.limit == "depth")  # type: ignore[union-attr]
    # as deep as the guard read: its first max_tags tags
    assert depth.found >= guard.max_tags(len(page)) - 2  # type: ignore[union-attr]
    assert _PROSE.strip() in article.text


@pytest.mark.parametrize("tag", ["rt", "rp", "rb", "rtc"])
def test_nested_ruby_parts_outside_a_ruby_are_deep_too(tag: str) -> None:
    """`<rt>` and its kin close each other only inside a `<ruby>`: elsewhere they nest, as
    deep (and as slow for Lexbor) as `<div>`s, so the guard counts them."""
    assert bound_tree(f"<{tag}>".encode() * 1000, 10**6, 10**6).depth == 1002
    with pytest.warns(DocumentRewrittenWarning):
        newsparse.parse(f"<p>{_PROSE}</p>" + f"<{tag}>x" * 100_000)
    ruby = b"<ruby>\xe6\xbc\xa2<rt>kan</rt></ruby>" * 1000  # closed readings build no depth
    assert bound_tree(ruby, 10**6, 10**6).depth == 4  # html, body, ruby, rt


@pytest.mark.parametrize("value", ['">"', '"<>"', "'<a>'", "x", '""'])
def test_a_tag_with_too_many_attributes_is_cut_with_a_warning(value: str) -> None:
    """A tag with 100,000 attributes keeps its first 1,000, and a warning says so, whatever
    its values hold (hand-made)."""
    attributes = " ".join(f"data-a{i}={value}" for i in range(100_000))
    page = f"<article><p {attributes}>{_PROSE}</p></article>"
    with pytest.warns(DocumentRewrittenWarning) as caught:
        article = newsparse.parse(page)
    assert caught[0].message.limit == "attributes"  # type: ignore[union-attr]
    assert _PROSE.strip() in article.text
    with pytest.warns(DocumentRewrittenWarning):
        guarded = guard.guard(page.encode())
    assert _most_attributes(guarded) == guard.MAX_ATTRIBUTES


def _most_attributes(page: bytes) -> int:
    """The most attributes an element of Lexbor's tree of `page` holds."""
    root = LexborHTMLParser(page).root
    assert root is not None
    return max(len(node.attributes) for node in root.traverse())


@pytest.mark.parametrize("tag", ["html", "body"])
def test_attributes_merged_into_html_and_body_are_bounded(tag: str) -> None:
    """Each `<html>` or `<body>` start tag adds its attributes to the one element (hand-made:
    20,000 tags, one new attribute each, were quadratic in Lexbor): those past MAX_ATTRIBUTES
    in all are cut."""
    page = f"<p>{_PROSE}</p>" + "".join(f"<{tag} b{i}>" for i in range(20_000))
    with pytest.warns(DocumentRewrittenWarning):
        guarded = guard.guard(page.encode())
    assert _most_attributes(guarded) == guard.MAX_ATTRIBUTES


# Hand-made: tags dense with attributes, written with each separator the tokenizer allows.
_DENSE = {
    "spaces": "<i a b c d e f g h>x</i>",
    "slashes": "<span a/b/c/d/e/f/g/h/></span>",
    "quoted values run together": '<em a=""b=""c=""d=""e=""f=""></em>',
    "names of = and quotes": '<u =a "b \'c =d "e></u>',
    "tabs and newlines": "<p a\tb\nc\rd\fe>",
    "cells of a table": "<table>" + "<td a b c d e f g h>x" * 8 + "</table>",
}


@pytest.mark.parametrize("name", sorted(_DENSE))
def test_the_attributes_of_a_page_are_bounded(name: str) -> None:
    """Lexbor keeps about 240 bytes per attribute: a page whose start tags hold more than
    `max_attributes(size)` in all is text only from the tag that passes it, with a warning."""
    page = (_DENSE[name] * (200_000 // len(_DENSE[name]))).encode()
    assert lexbor_attributes(page) > guard.max_attributes(len(page))  # unguarded
    with pytest.warns(DocumentRewrittenWarning) as caught:
        guarded = guard.guard(page)
    assert caught[-1].message.limit == "page attributes"  # type: ignore[union-attr]
    assert lexbor_attributes(guarded) <= guard.max_attributes(len(page))


_ATTRIBUTED = st.sampled_from(
    [
        "<div a b>", "</div>", "<p c=1 d='2'>", "<img e f g>", "<span h/i/j>", "</span>",
        "<table k>", "<td l m>", "</table>", "<svg n o>", "<g p q/>", "</svg>", "<ul r>",
        "<li s t>", "<!-- <div u v w> -->", "<script><div x y z></script>", "x", "<br a>",
        "<textarea b c></textarea>", "<html d e>", "<body f g>", "<h2 a b c>", "</p>",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_ATTRIBUTED, max_size=120), st.integers(min_value=0, max_value=60))
@example(["<div a b>", "<svg n o>", "<html d e>"], 4)  # in SVG, <html> is an element of its own
def test_the_screen_and_the_model_bound_the_attributes(parts: list[str], limit: int) -> None:
    """With `max_attributes`, what the screen and the model give builds a tree whose elements
    hold at most that many attributes (no formatting element here: no copies)."""
    page = "".join(parts).encode()
    for outcome in (
        screen_bound(page, 512, 10**6, limit),
        bound_tree(page, 512, 10**6, limit),
    ):
        if outcome is not None:
            assert lexbor_attributes(outcome.text) <= limit


def _distinct_names(page: bytes) -> tuple[int, int]:
    """How many distinct tag names (but those of the elements every tree has) and attribute
    names the tree Lexbor builds holds."""
    root = LexborHTMLParser(page).root
    assert root is not None
    tags: set[str] = set()
    attributes: set[str] = set()
    for node in root.traverse():
        tags.add(node.tag or "")
        attributes.update(node.attributes)
    return len(tags - {"html", "head", "body", "-text"}), len(attributes)


# Hand-made: Lexbor looks each tag and attribute name up in a table that grows with each new
# one, so distinct names are quadratic (160,000 `<i aN bN>` took 40 s for 3.6 MB).
_NAMED = {
    "tag names": "<x{i}>x</x{i}>",
    "attribute names": "<i a{i}>x</i>",
    "SVG attribute names": "<svg><g a{i}/></svg>",
    "end tag names": "</y{i}>",
    "doctype names": "<!doctype h{i}>",
}


@pytest.mark.parametrize("name", sorted(_NAMED))
def test_distinct_names_are_bounded(name: str) -> None:
    """A page with more than `MAX_NAMES` distinct tag names or attribute names is text only
    from the tag that passes the limit, with a warning."""
    page = ("<p>story</p>" + "".join(_NAMED[name].format(i=i) for i in range(45_000))).encode()
    with pytest.warns(DocumentRewrittenWarning) as caught:
        guarded = guard.guard(page)
    assert caught[-1].message.limit == "names"  # type: ignore[union-attr]
    assert max(_distinct_names(guarded)) <= guard.MAX_NAMES
    # the screen and the model each keep to it when asked
    small = page[: len(page) // 4]
    for outcome in (
        screen_bound(small, 512, 10**6, names=True),
        bound_tree(small, 512, 10**6, names=True),
    ):
        if outcome is not None:
            assert max(_distinct_names(outcome.text)) <= guard.MAX_NAMES


def _hidden_tags(pieces: list[str]) -> bytes:
    """A page of `pieces`, each a piece of markup; attributes get names never used before."""
    names = itertools.count()
    markup = {
        "many": lambda: " ".join(f"d{next(names)}" for _ in range(300)) + " ",
        "quoted": lambda: f'q{next(names)}="<>" ',
        "html": lambda: f"<html h{next(names)} h{next(names)}>",
    }
    return "".join(markup[piece]() if piece in markup else piece for piece in pieces).encode()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("many", "quoted", "html", "<a ", "<b>", ">", "<", '"', "'", "=", "<!-- "),
                *(" -->", "<script>", "</script>", "<textarea ", "x" * 200, "<svg><g "),
            ]
        ),
        max_size=40,
    )
)
def test_no_element_holds_more_attributes_than_the_limit(pieces: list[str]) -> None:
    """However tags, quotes, comments and raw text hide where a tag ends, no element of the
    tree Lexbor builds from the guarded page holds more than MAX_ATTRIBUTES attributes."""
    page = _hidden_tags(pieces)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DocumentRewrittenWarning)
        guarded = guard.guard(page)
    assert _most_attributes(guarded) <= guard.MAX_ATTRIBUTES


def test_a_tag_inside_a_quoted_value_is_not_a_tag() -> None:
    """A "<a" with 2,000 attributes inside a quoted value is text, as the tokenizer reads
    it: nothing is cut and no warning is given."""
    inner = "<a " + " ".join(f"x{i}" for i in range(2_000)) + ">"
    page = f'<article><p title="{inner}">{_PROSE}</p></article>'.encode()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert guard.guard(page) == page


def test_a_run_of_unclosed_tags_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """400 kB of "<a" without ">" is one tag to the end of the page: the guard reads it once,
    not once per 2,000 bytes (each read to the end, quadratic in the page's size)."""
    reads = record_calls_everywhere(monkeypatch, treebuilder.read_tag)
    page = b"<p>text</p>" + b"<a" * 200_000
    guard.guard(page)
    assert len(reads) == 1


@pytest.mark.parametrize("unit", [b"<a", b"</a", b"<a b=", b'<a b="x', b"<x<", b"<b c='<"])
def test_tags_cut_by_the_end_of_the_page_are_read_once(unit: bytes) -> None:
    """Hand-made: 400 kB of tags that no ">" closes are one tag cut by the end of the page,
    which the tokenizer drops. The screen and the tree builder's model read it once and find
    the tree of the text before it (they used to read a tag from each "<", giving its name
    back a character at a time: cubic in the page's size, hours for this page)."""
    page = b"<p>text</p>" + unit * (400_000 // len(unit))
    assert screen(page, guard.MAX_DEPTH, guard.max_elements(len(page))) == (3, 4)
    outcome = bound_tree(page, guard.MAX_DEPTH, guard.max_elements(len(page)))
    assert (outcome.depth, outcome.elements) == (3, 4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DocumentRewrittenWarning)  # one tag, 80,000 attributes
        assert newsparse.parse(page).text == "text"


def test_ordinary_pages_are_not_rewritten() -> None:
    """Normal nesting and attribute counts pass the guard untouched, without a warning."""
    page = "<div>" * 400 + f"<p {' '.join(f'a{i}' for i in range(900))}>{_PROSE}</p>"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _PROSE.strip() in newsparse.parse(page).text


def test_the_model_reads_at_most_max_tags() -> None:
    """The model of the tree builder reads a page to its first `max_tags` tags; from the tag
    past them the page is text only, its text kept (a hand-made page of ruby text elements,
    which the screen does not follow)."""
    page = b"<rt>x</rt>" * 1000
    outcome = bound_tree(page, 512, 10**6, max_tags=100)
    assert outcome.passed == ("tags", 100, 2000)
    body = LexborHTMLParser(outcome.text).body
    assert body is not None
    assert len(body.css("rt")) == 50
    assert body.text() == "x" * 1000
    assert bound_tree(page, 512, 10**6, max_tags=2000).passed is None


@pytest.mark.parametrize("unit", [b"<rt>x</rt>", b"<p>x</p>"])  # the model's, the screen's
def test_the_guard_reads_at_most_max_tags(unit: bytes) -> None:
    """`guard()` reads a page to its first `max_tags(size)` tags, whether the screen follows
    it or the model reads it: past them, a warning and text only, the text kept."""
    page = unit * 20_000
    limit = guard.max_tags(len(page))
    with pytest.warns(DocumentRewrittenWarning) as caught:
        guarded = guard.guard(page)
    warning = caught[-1].message
    assert isinstance(warning, DocumentRewrittenWarning)
    assert (warning.limit, warning.maximum, warning.found) == ("tags", limit, 40_000)
    assert guarded.count(unit[:-5]) == limit // 2
    body = LexborHTMLParser(guarded).body
    assert body is not None
    assert body.text() == "x" * 20_000


@settings(max_examples=100, deadline=None)
@given(st.lists(_ATTRIBUTED, max_size=60), st.integers(min_value=0, max_value=40))
def test_the_screen_cut_at_max_tags_knows_its_tree(parts: list[str], limit: int) -> None:
    """Cut at `max_tags`, what the screen gives builds the tree it says (depth and elements)."""
    page = "".join(parts).encode()
    outcome = screen_bound(page, 512, 10**6, max_tags=limit)
    if outcome is not None:
        assert lexbor_tree(outcome.text) == (outcome.depth, outcome.elements)
        if page.count(b"<") <= limit:
            assert outcome.passed is None
            assert outcome.text == page
