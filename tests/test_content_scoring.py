"""Pass 5, choosing the article container. The HTML snippets here are hand-written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.content.scoring import (
    _LEAD_WORDS,
    _is_lead_name,
    choose_containers,
    lead_inside,
    link_density,
)
from newsparse.dom import own_text
from tests.checks import record_calls_everywhere

SENTENCE = "The city council approved the new budget on Tuesday, after a long debate. "


def _paragraphs(count: int) -> str:
    return "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(count))


def _chosen(html: str, article_body: str | None = None) -> list[str]:
    body = LexborHTMLParser(html).body
    assert body is not None
    return [
        node.attrs.get("id") or node.tag or "" for node in choose_containers(body, article_body)
    ]


def test_content_scoring_picks_the_paragraph_container() -> None:
    """The element holding the paragraphs wins over a short sibling."""
    html = f'<body><div id="story">{_paragraphs(5)}</div><div id="aside"><p>Short.</p></div></body>'
    assert _chosen(html) == ["story"]


def test_content_scoring_skips_link_heavy_sidebar() -> None:
    """A sidebar made of many links loses to the article, even with more text."""
    links = "".join(f'<p><a href="/s{n}">{SENTENCE}{SENTENCE}</a></p>' for n in range(8))
    html = f'<body><div id="story">{_paragraphs(4)}</div><div id="sidebar">{links}</div></body>'
    assert _chosen(html) == ["story"]


def test_content_scoring_counts_br_separated_text() -> None:
    """Text written as `<br>`-separated lines in a `<div>` is found."""
    lines = "<br><br>".join([SENTENCE * 2] * 5)
    html = f'<body><div id="menu">Home</div><div id="story">{lines}</div></body>'
    assert _chosen(html) == ["story"]


def test_content_scoring_includes_split_sibling_chunks() -> None:
    """An article split into sibling chunks with the same class keeps every chunk."""
    html = (
        '<body><div id="main">'
        f'<div class="body-chunk" id="one">{_paragraphs(4)}</div>'
        '<div class="ad-slot">Ad</div>'
        f'<div class="body-chunk" id="two">{_paragraphs(1)}</div>'
        "</div></body>"
    )
    assert _chosen(html) == ["one", "two"]


def test_content_scoring_live_blog_keeps_its_introduction() -> None:
    """A live blog: its entries share an ancestor, the only child of a wrapper; the wrapper,
    as good as its lone child, takes the opening text beside it (hand-written fixture after
    the markup of a live blog of the Daily Express)."""
    entries = "".join(
        f'<div class="entry"><div class="info">11:48 Jon King</div><div class="text">'
        f"{_paragraphs(2)}</div></div>"
        for _ in range(4)
    )
    html = (
        '<body><div id="article">'
        f'<div id="opening">{_paragraphs(2)}</div>'
        f'<div id="live"><div id="entries">{entries}</div></div>'
        "</div></body>"
    )
    assert _chosen(html) == ["opening", "live"]


def test_content_scoring_adds_lead_before_body() -> None:
    """An element named like a lead just before the body is kept with it."""
    html = (
        '<body><div id="wrap"><p class="article-lead" id="lead">'
        "A short summary of the story, in one sentence.</p>"
        f'<div id="story">{_paragraphs(5)}</div></div></body>'
    )
    assert _chosen(html) == ["lead", "story"]


def test_content_scoring_prefers_candidate_matching_article_body() -> None:
    """When the winner misses the JSON-LD `articleBody`, the candidate containing it wins."""
    other = "Markets fell sharply as investors weighed new tariffs on steel and aluminium. "
    words = " ".join(f"word{n}" for n in range(40))
    html = (
        f'<body><div id="first">{"".join(f"<p>{other * 3}</p>" for _ in range(6))}</div>'
        f'<div id="second"><p>{words}, {words}.</p><p>{words}.</p></div></body>'
    )
    assert _chosen(html, article_body=f"{words} {words}") == ["second"]


def test_content_scoring_empty_page_gives_nothing() -> None:
    """A page without paragraphs gives no container instead of raising."""
    assert _chosen("<body><div>Hi</div></body>") == []


def test_content_scoring_link_density() -> None:
    """Link density is the share of text inside links."""
    node: LexborNode | None = LexborHTMLParser("<div>abcd<a href='/'>efgh</a></div>").css_first(
        "div"
    )
    assert node is not None
    assert link_density(node) == 0.5


def test_content_scoring_named_body_ends_the_article() -> None:
    """After a winner named as the article body, other scoring blocks do not join it."""
    html = (
        f'<body><div id="wrap"><div id="story" class="article-body">{_paragraphs(5)}</div>'
        f'<div id="legend">{_paragraphs(4)}</div></div></body>'
    )
    assert _chosen(html) == ["story"]


def test_content_scoring_adds_preface_and_deck_as_lead() -> None:
    """A lead named "preface" or "deck" just before the body is kept with it."""
    for name in ("article-preface", "article-deck"):
        html = (
            f'<body><article><div class="{name}" id="lead">{SENTENCE}</div>'
            f'<div id="story">{_paragraphs(5)}</div></article></body>'
        )
        assert _chosen(html) == ["lead", "story"], name


def test_content_scoring_adds_subheading_under_the_headline_as_lead() -> None:
    """An unnamed `<h2>` right after the `<h1>`, before the body, is the standfirst; an `<h2>`
    elsewhere before the body is not."""
    for before, expected in (("<h1>Title</h1>", ["sub", "story"]), ("<p>x</p>", ["story"])):
        html = (
            f'<body><article>{before}<h2 id="sub">{SENTENCE}</h2>'
            f'<ul><li>By A. Writer</li></ul><div id="story">{_paragraphs(5)}</div>'
            "</article></body>"
        )
        assert _chosen(html) == expected, before


@pytest.mark.parametrize("name", ["sommario", "article__standfirst", "chapo", "entradilla"])
def test_content_scoring_lead_names_in_several_languages(name: str) -> None:
    """Italian "sommario", English "standfirst", French "chapo", Spanish "entradilla"."""
    assert _is_lead_name(f"{name} ")


def test_content_scoring_joins_classless_sections_of_the_article() -> None:
    """An article cut into `<section>`s without a class: the sections beside the winner that
    hold text join it, though each scores less than the first."""
    html = (
        "<body><main>"
        f'<section id="one">{_paragraphs(6)}</section>'
        f'<section id="two">{_paragraphs(2)}</section>'
        f'<section id="three">{_paragraphs(1)}</section>'
        "</main></body>"
    )
    assert _chosen(html) == ["one", "two", "three"]


def test_content_scoring_joins_chunks_split_across_wrappers() -> None:
    """Chunks with the winner's class in sibling wrappers (cousins) join, in order."""
    chunk = '<div class="note-body" id="{}">{}</div>'
    html = (
        '<body><div id="col">'
        f'<section class="detail first">{chunk.format("one", _paragraphs(1))}</section>'
        f'<section class="detail">{chunk.format("two", _paragraphs(5))}'
        '<figure id="photo"></figure></section>'
        f'<section class="detail">{chunk.format("three", _paragraphs(1))}</section>'
        '</div><div id="aside"><p>Short.</p></div></body>'
    )
    assert _chosen(html) == ["one", "two", "three"]


_LEAD_CSS = ", ".join(
    (
        *(f"p[class*={word} i], div[class*={word} i]" for word in _LEAD_WORDS),
        "[itemprop=description]",
    )
)
_LEAD_ELEMENT = st.tuples(
    st.sampled_from(["p", "div", "span", "section"]),
    st.sampled_from(["", "intro", "Article-LEAD", "standfirst x", "teaser", "summary-box", "deck"]),
    st.booleans(),
)


@given(st.lists(_LEAD_ELEMENT, min_size=1, max_size=6))
def test_lead_inside_finds_what_the_css_selector_finds(
    elements: list[tuple[str, str, bool]],
) -> None:
    """The lead found inside a header by a walk is the first element the CSS group it stands
    for matches (lead words in the class of a `<p>`/`<div>` in any case, or itemprop)."""
    markup = "".join(
        f'<{tag} class="{name}"{" itemprop=description" if marked else ""}><b>x</b></{tag}>'
        for tag, name, marked in elements
    )
    header = LexborHTMLParser(f"<header>{markup}</header>").css_first("header")
    assert header is not None
    found, expected = lead_inside(header), header.css_first(_LEAD_CSS)
    assert (found and found.mem_id) == (expected and expected.mem_id)


def test_content_scoring_reads_the_lines_of_an_element_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An element of 2,000 line breaks and too little text to count is read once for its
    lines, not once per break."""
    read = record_calls_everywhere(monkeypatch, own_text)
    _chosen(f"<body>{_paragraphs(3)}<div>{'<br>' * 2000}</div></body>")
    assert len(read) == len({node.mem_id for (node,) in read})
