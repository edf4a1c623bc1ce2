"""The guard bounds the tree Lexbor builds: depth and element count, whatever the markup.

Every page here is hand-made to build a deep or large tree in one way the HTML tree builder
allows; the bound is checked on the tree Lexbor actually builds from the guarded page.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsparse import guard
from newsparse.errors import DocumentRewrittenWarning
from newsparse.screen import screen, screen_bound
from newsparse.treebuilder import Outcome, bound_tree
from tests.checks import lexbor_attributes, lexbor_tree, record_calls_everywhere

_WORDS = "bridge council river"


# Hand-made: each builds, without the guard, a tree beyond MAX_DEPTH or beyond max_elements.
_DEEP = {
    "stray end tags": "<div></x>" * 2000,
    "end tags in comments": "<div><!--</div>-->" * 2000,
    "end tags in scripts": "<div><script>'</div>'</script>" * 2000,
    "end tags in textareas": "<div><textarea></div></textarea>" * 2000,
    "end tags in titles": "<div><title></div></title>" * 2000,
    "end tags in styles": "<div><style></div></style>" * 2000,
    "end tags in attribute values": '<div title="</div>">' * 2000,
    "end tags in bogus comments": "<div><?</div>?>" * 2000,
    "SVG self-closed outside svg": "<g/><use/><path/>" * 1000,
    "nested p, table, tr, td": "<p><table><tr><td>" * 600,
    "tables with implied rows": "<table><td>" * 600,
    "nested lists": "<ul><li>" * 1000,
    "nested definitions": "<dl><dd><div>" * 1000,
    "headings in divs": "<div><h2>" * 1000,
    "misnested formatting": "<b><div></b>" * 1000,
    "links in links": "<a href=x><div><a href=y>" * 1000,
    "SVG foreign objects": "<svg><foreignObject>" * 1000,
    "MathML text points": "<math><mi>" * 1000,
    "select contents": "<select><div>" * 3000,
    "nobr in divs": "<nobr><div>" * 1000,
}
_LARGE = {
    "formatting multiplied": "<div>"
    + "".join(f"<b id={i}></x>" for i in range(300))
    + "</div>"
    + "<div>x</div>" * 300,
    "stray </p>": "<div>" + "</p>" * 60_000 + "</div>",
    "</br>": "<div>" + "</br>" * 60_000 + "</div>",
}


@pytest.mark.parametrize("name", sorted(_DEEP))
def test_deep_trees_are_cut_at_the_depth_limit(name: str) -> None:
    page = f"<html><body><p>{_WORDS}</p>{_DEEP[name]}<p>{_WORDS}</p></body></html>".encode()
    with pytest.warns(DocumentRewrittenWarning) as caught:
        guarded = guard.guard(page)
    assert caught[0].message.limit == "depth"  # type: ignore[union-attr]
    assert caught[0].message.found > guard.MAX_DEPTH  # type: ignore[union-attr]
    depth, elements = lexbor_tree(guarded)
    assert depth <= guard.MAX_DEPTH
    assert elements <= guard.max_elements(len(page))
    assert LexborHTMLParser(guarded).text().count(_WORDS) == 2


@pytest.mark.parametrize("name", sorted(_LARGE))
def test_large_trees_are_cut_at_the_element_limit(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # Some of these shapes build one element per tag: the limit on tags read (`max_tags`)
    # would stop the page first.
    monkeypatch.setattr(guard, "max_tags", lambda size: size)
    page = f"<html><body><p>{_WORDS}</p>{_LARGE[name]}<p>{_WORDS}</p></body></html>".encode()
    assert lexbor_tree(page)[1] > guard.max_elements(len(page))  # what Lexbor builds unguarded
    with pytest.warns(DocumentRewrittenWarning) as caught:
        guarded = guard.guard(page)
    assert caught[0].message.limit == "elements"  # type: ignore[union-attr]
    depth, elements = lexbor_tree(guarded)
    assert depth <= guard.MAX_DEPTH
    assert elements <= guard.max_elements(len(page))
    text = LexborHTMLParser(guarded).text()
    assert text.count(_WORDS) == 2
    assert text.count("x") == LexborHTMLParser(page).text().count("x")  # every text stays


def _names(count: int) -> str:
    return " ".join(f"a{i}" for i in range(count))


# Hand-made: a formatting element with many attributes, left open when its paragraph closes,
# is copied with all of them before the text of each paragraph that follows.
_COPIED = {
    "re-opened, 40 attributes": f"<p><b {_names(40)}></p>" + "<p>x</p>" * 1000,
    "re-opened, 900 attributes": f"<p><i {_names(900)}></p>" + "<p>x</p>" * 100,
    "re-opened, one 20 kB attribute": f'<p><a href="{"x" * 20_000}"></p>' + "<p>x</p>" * 1000,
    "three re-opened, 100 attributes each": f"<p><b {_names(100)}><u {_names(100)}>"
    + f"<s {_names(100)}></p>"
    + "<p>x</p>" * 200,
}


@pytest.mark.parametrize("name", sorted(_COPIED))
def test_copied_attributes_count_against_the_element_limit(name: str) -> None:
    """Each copy of a formatting element counts one element per attribute too, so a few kB
    cannot make Lexbor hold millions of attributes."""
    page = f"<html><body>{_COPIED[name]}</body></html>".encode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DocumentRewrittenWarning)
        guarded = guard.guard(page)
    _, elements = lexbor_tree(guarded)
    copied = lexbor_attributes(guarded) - _COPIED[name].count(" a")
    assert elements + copied <= guard.max_elements(len(page))
    # and a copy counts one element per 64 bytes of attributes it copies
    assert _attribute_bytes(guarded) <= 64 * guard.max_elements(len(page)) + len(page)
    text = LexborHTMLParser(guarded).text()
    assert text.count("x") == LexborHTMLParser(page).text().count("x")  # every text stays


def _attribute_bytes(page: bytes) -> int:
    """The bytes of all attribute values in the tree Lexbor builds from `page`."""
    root = LexborHTMLParser(page).root
    assert root is not None
    return sum(len(value or "") for node in root.traverse() for value in node.attributes.values())


def test_a_formatting_element_with_many_attributes_closes_as_usual() -> None:
    """Hand-made: `<b>` with 1,000 attributes, closed in order, is copied nowhere; its end
    tag stays (its copies' weight counts only where the adoption agency makes copies). The
    `<template>` leaves the page to the model."""
    page = f"<template></template><p><b {_names(1000)}>bold</b> plain</p>".encode() * 3
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert guard.guard(page) == page


@pytest.mark.parametrize(
    "start",
    [b"<!-->x<!-- -->", b"<!--->x<!-- -->", b"<!-- a --!>x<!-- -->", b"<!-- a -->", b""],
)
def test_the_model_reads_the_mode_as_lexbor_does(start: bytes) -> None:
    """Hand-made: text before the doctype (after a comment the tokenizer ends early) puts the
    page in quirks mode, where a `<table>` leaves the `<p>` open: the model counts as deep."""
    page = start + b"<!doctype html>" + b"<p><table><tr><td>" * 50
    assert bound_tree(page, 10**6, 10**6).depth >= lexbor_tree(page)[0]


def test_the_model_follows_lexbor_on_misnested_markup() -> None:
    """Hand-made misnesting: the model counts at least what Lexbor builds."""
    for page in (
        b"<p><b>x</p>y",
        b"<b><div>x</b>y",
        b"<a><div><a>x",
        b"<table><b>x<div>y</table>z",
        b"<svg><p>x",
        b"<math><svg><foreignObject><div>x",
        b"<select><select><select>x",
        b"<body></p></p>",
        b"</br></br>",
    ):
        outcome = bound_tree(page, 512, 10_000)
        depth, elements = lexbor_tree(page)
        assert outcome.depth >= depth, page
        assert outcome.elements >= elements, page


# A start tag with 30 attributes: each copy the tree builder makes of a formatting element
# (re-opening it before text, or in the adoption agency) copies them all.
_MANY_ATTRIBUTES = "<{} " + " ".join(f"a{i}" for i in range(30)) + ">"
_FRAGMENTS = st.sampled_from(
    [
        "<div>", "</div>", "</x>", "<span>", "</span>", "<p>", "</p>", "</br>", "<li>", "<ul>",
        "</ul>", "<dd>", "<h2>", "</h3>", "<table>", "</table>", "<tr>", "<td>", "</td>",
        "<caption>", "<colgroup><col>", "<select>", "<option>", "<button>", "<form>", "</form>",
        "<template>", "</template>", "<svg>", "</svg>", "<g/>", "<path/>", "<foreignObject>",
        "<math>", "<mi>", "<annotation-xml encoding=text/html>", "<![CDATA[</div>]]>",
        "<!--</div>-->", "<script></div></script>", "<script><!--<script></div></script>",
        "<textarea></div></textarea>", "<title><div></title>", "<style><p></style>",
        "<xmp></p></xmp>", '<div title="</div>">', "<a href=x>", "</a>", "<nobr>", "</nobr>",
        "<b>", "</b>", "<i class=q>", "</i>", "<font color=red>", "</font>", "<em>", "</em>",
        "<object>", "</object>", "<ruby>", "<rt>", "<noscript>", "<frameset>", "<plaintext>",
        "<input type=hidden>", "<img>", "<hr>", "x", " ", "text", "<body>", "</body>",
        "<!doctype html>", "</ ", "<", "<head>", "<link>", "<meta>", "</noscript>", "</head>",
        "<fb:like>", "</fb:like>", "<svg:g>", "</g>", "<li class=a>", "</li>", "<h3 id='h'>",
        _MANY_ATTRIBUTES.format("b"), _MANY_ATTRIBUTES.format("a"), "<div>x</div>",
    ]
)  # fmt: skip


def _attributes_in(fragment: str) -> int:
    """The attributes the start tags of `fragment` hold (an upper bound)."""
    return fragment.count("=") + fragment.count(" a") if fragment.startswith("<") else 0


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=300), st.integers(min_value=4, max_value=40))
def test_the_model_bounds_what_lexbor_builds(parts: list[str], limit: int) -> None:
    """After `bound_tree` with any limits, Lexbor's tree is within them (the model is sound)."""
    page = "".join(parts).encode()
    max_elements = 20 * limit
    outcome = bound_tree(page, limit, max_elements)
    depth, elements = lexbor_tree(outcome.text)
    assert depth <= max(limit, 3)
    assert elements <= max_elements
    # what the copies of formatting elements hold counts against the same limit
    copied = lexbor_attributes(outcome.text) - sum(map(_attributes_in, parts))
    assert elements + copied <= max_elements
    if not outcome.rewritten:
        assert depth <= outcome.depth
        assert elements <= outcome.elements


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=300))
def test_the_screen_is_exact_when_it_clears_a_page(parts: list[str]) -> None:
    """When the screen clears a page, its depth and element count are Lexbor's (and the
    model's, which may count more, are at least as high)."""
    page = "".join(parts).encode()
    cleared = screen(page, 512, 10**6)
    if cleared is None:
        return
    assert cleared == lexbor_tree(page)
    model = bound_tree(page, 10**6, 10**6)
    assert model.depth >= cleared[0]
    assert model.elements >= cleared[1]


_BLOCKS = st.sampled_from(["div", "section", "article", "ul", "blockquote", "span", "em"])


@st.composite
def _ordinary(draw: st.DrawFn, level: int = 0) -> str:
    """Well-nested, shallow markup with text: what ordinary pages are made of."""
    parts = []
    for _ in range(draw(st.integers(0, 4 if level < 6 else 0))):
        tag = draw(_BLOCKS)
        inner = draw(_ordinary(level + 1))
        if tag == "ul":
            parts.append(f"<ul><li>{inner}</li></ul>")
        else:
            parts.append(f"<{tag} class=c>{inner}</{tag}>")
        parts.append(draw(st.sampled_from(["x", "<br>", "<p>text</p>", "<img src=a>", ""])))
    return "".join(parts)


@settings(max_examples=100, deadline=None)
@given(_ordinary())
def test_ordinary_markup_passes_unchanged(body: str) -> None:
    """Markup repeated up to 20 times, short of the tags that the model reads of a page
    (`max_tags`; this markup has a tag every 9 bytes or so, real pages one every 22 or more),
    passes the guard unchanged."""
    copies = 20
    page = f"<!doctype html><html><body>{body * copies}</body></html>".encode()
    while copies > 1 and page.count(b"<") > guard.max_tags(len(page)):
        copies -= 1
        page = f"<!doctype html><html><body>{body * copies}</body></html>".encode()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert guard.guard(page) == page


def test_a_regular_page_is_cleared_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen clears regular markup: the model of the tree builder is not run at all."""

    def fail(*args: object) -> None:
        raise AssertionError("the model ran")

    monkeypatch.setattr(guard, "bound_tree", fail)
    page = b"<!doctype html><html><head><title>T</title></head><body>" + (
        b"<div class=a><p>Some <b>text</b> and <a href=/x>a link</a>.</p><ul><li>one<li>two</ul>"
        b'<svg><path d="M0"/></svg></div>' * 500
    )
    assert guard.guard(page) == page


@pytest.mark.parametrize(
    "name",
    [
        "stray end tags",
        "end tags in comments",
        "end tags in scripts",
        "end tags in textareas",
        "end tags in attribute values",
        "SVG self-closed outside svg",
        "nested p, table, tr, td",
        "tables with implied rows",
        "nested lists",
        "headings in divs",
        "SVG foreign objects",
        "MathML text points",
    ],
)
def test_the_screen_cuts_deep_regular_markup_without_the_model(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Markup the screen follows is cut at the depth limit by the screen itself: the model of
    the tree builder does not read the page."""
    calls = record_calls_everywhere(monkeypatch, bound_tree)
    page = f"<html><body><p>{_WORDS}</p>{_DEEP[name]}<p>{_WORDS}</p></body></html>".encode()
    with pytest.warns(DocumentRewrittenWarning):
        guarded = guard.guard(page)
    assert calls == []
    assert lexbor_tree(guarded)[0] <= guard.MAX_DEPTH


@pytest.mark.parametrize("name", ["stray </p>", "</br>"])
def test_the_screen_cuts_regular_markup_at_the_element_limit_without_the_model(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Markup the screen follows is made text only where its elements run out, by the screen
    itself: the model of the tree builder does not read the page."""
    monkeypatch.setattr(guard, "max_tags", lambda size: size)  # one element per tag: see above
    calls = record_calls_everywhere(monkeypatch, bound_tree)
    page = f"<html><body><p>{_WORDS}</p>{_LARGE[name]}<p>{_WORDS}</p></body></html>".encode()
    with pytest.warns(DocumentRewrittenWarning):
        guarded = guard.guard(page)
    assert calls == []
    assert lexbor_tree(guarded)[1] == guard.max_elements(len(page))


@pytest.mark.parametrize(
    ("bound", "max_depth", "max_elements"),
    [(bound_tree, 4, 100), (screen_bound, 4, 100), (screen_bound, 100, 4)],
)
def test_a_removed_tag_leaves_a_lone_lt_as_text(
    bound: Callable[[bytes, int, int], Outcome | None], max_depth: int, max_elements: int
) -> None:
    """Hand-made: a "<" before a tag that is removed (past the depth limit) or made text (past
    the element limit) stays text: it does not start a tag with what follows ("<x")."""
    page = b"<div><div><<div>x</div>y"
    outcome = bound(page, max_depth, max_elements)
    assert outcome is not None
    depth, elements = lexbor_tree(outcome.text)
    assert depth <= max_depth
    assert elements <= max_elements
    assert LexborHTMLParser(outcome.text).text() == "<xy"
