"""Did the container pick fail? The HTML snippets and pages here are hand-written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

import newsparse
from newsparse.content.check import (
    ANOTHER_STORY,
    MIN_TEXT,
    OUTSIDE,
    body_text,
    page_story,
    pick_failed,
    story_containers,
)
from newsparse.model import Block, Heading, Image, ListBlock, Paragraph

SENTENCE = "The city council approved the new budget on Tuesday, after a long debate. "
OTHER = "Der Stadtrat hat den neuen Haushalt am Dienstag nach langer Debatte gebilligt. "


def _root(html: str) -> LexborNode:
    body = LexborHTMLParser(html).body
    assert body is not None
    return body


def _page(story: list[str], outside: list[str]) -> LexborNode:
    inner = "".join(f"<p>{text}</p>" for text in story)
    other = "".join(f"<p>{text}</p>" for text in outside)
    return _root(f"<body><div id=a>{inner}</div><div id=b>{other}</div></body>")


def test_check_passes_a_body_that_holds_the_prose() -> None:
    """A body holding the page's paragraphs stands."""
    story = [SENTENCE * 3] * 4
    assert pick_failed([Paragraph(t) for t in story], _page(story, [])) is None


def test_check_fails_a_short_body() -> None:
    """A body under `MIN_TEXT` characters has missed the story."""
    assert pick_failed([Paragraph("Latest update May 6th, 2022 12:49 AM")], _root("")) == (
        "too short"
    )
    assert len("Latest update May 6th, 2022 12:49 AM") < MIN_TEXT


def test_check_fails_a_body_with_most_prose_outside() -> None:
    """Prose paragraphs left outside holding `OUTSIDE` times the body's text fail the pick."""
    story = [SENTENCE * 3]
    outside = [OTHER * 3] * (OUTSIDE + 1)
    assert pick_failed([Paragraph(story[0])], _page(story, outside)) == "prose outside"


def test_check_keeps_a_body_beside_a_long_footer() -> None:
    """A notice outside shorter than `OUTSIDE` times the body does not fail it."""
    story = [SENTENCE * 3, SENTENCE * 3]
    outside = [OTHER * 4]
    assert pick_failed([Paragraph(t) for t in story], _page(story, outside)) is None


def test_check_ignores_linked_paragraphs_outside() -> None:
    """Paragraphs mostly made of links (teasers) are not prose left outside."""
    story = [SENTENCE * 3]
    teasers = "".join(f'<p><a href="/{n}">{OTHER * 3}</a></p>' for n in range(6))
    root = _root(f"<body><div><p>{story[0]}</p></div><div>{teasers}</div></body>")
    assert pick_failed([Paragraph(story[0])], root) is None


def test_check_finds_an_edited_paragraph_in_the_body() -> None:
    """A paragraph whose ends the body walk trimmed (a label, a byline) is still in the body."""
    story = [SENTENCE * 3] * 3
    edited = [Paragraph(text[10:-10]) for text in story]
    assert pick_failed(edited, _page(story, [])) is None


def test_check_fails_a_body_that_misses_the_article_body() -> None:
    """A body sharing under half the words of the JSON-LD `articleBody` fails the pick."""
    story = [SENTENCE * 3] * 2
    article_body = " ".join(f"word{n}" for n in range(40))
    assert pick_failed(
        [Paragraph(t) for t in story], _page(story, []), article_body=article_body
    ) == ("articleBody")
    assert (
        pick_failed([Paragraph(t) for t in story], _page(story, []), article_body=SENTENCE) is None
    )


def test_body_text_reads_text_blocks_and_lists() -> None:
    """The text of a body joins paragraphs, headings and list items, and skips images."""
    blocks: list[Block] = [
        Heading("Title"),
        Paragraph("One."),
        ListBlock(("a", "b")),
        Image("https://example.org/i.png", caption="caption"),
    ]
    assert body_text(blocks) == "Title One. a b"


@given(st.lists(st.text(min_size=1, max_size=300), max_size=8))
def test_check_never_fails_the_whole_page(texts: list[str]) -> None:
    """A body made of every paragraph of the page, long enough, never fails for prose outside."""
    paragraphs = [t for t in texts if t.strip()]
    html = "".join(f"<p>{t.replace('<', ' ').replace('&', ' ')}</p>" for t in paragraphs)
    root = _root(f"<body>{html}</body>")
    blocks = [Paragraph(node.text()) for node in root.css("p") if node.text().strip()]
    assert pick_failed(blocks, root) in (None, "too short")


# --- several stories on a page ---------------------------------------------------------


def _scroll_page(first: str, second: str, *, first_attrs: str = "", heading: str = "") -> str:
    """An infinite-scroll page: the page's story, then a longer one loaded below it."""
    return (
        "<html><head><title>Budget approved</title></head><body>"
        f"<article {first_attrs}><h1>{heading or 'Budget approved'}</h1>"
        f"<p>{first}</p><p>{first}</p></article>"
        '<article><h1><a href="/other">Stadtrat tagt</a></h1>'
        + "".join(f"<p>{second}</p>" for _ in range(8))
        + "</article></body></html>"
    )


def test_page_story_is_the_story_whose_heading_says_the_title() -> None:
    """Of several stories, the page's is the one whose heading has the title's words."""
    root = _root(_scroll_page(SENTENCE * 2, OTHER * 3))
    story = page_story(root, title="Budget Approved", page_url="https://example.org/budget")
    assert story is not None
    assert "Budget approved" in story.text()


def test_page_story_is_the_story_that_names_the_address() -> None:
    """A story naming the page's address is the page's, whatever its heading."""
    html = _scroll_page(
        SENTENCE * 2, OTHER * 3, first_attrs='data-url="/budget/"', heading="Another headline"
    )
    story = page_story(_root(html), title="Budget approved", page_url="https://example.org/budget")
    assert story is not None
    assert "Another headline" in story.text()


def test_page_story_needs_several_stories_and_one_match() -> None:
    """A page of one story, or one where no single story names the page, has no page story."""
    one = "<body><article><h1>Budget approved</h1><p>text</p></article></body>"
    assert page_story(_root(one), title="Budget approved", page_url=None) is None
    html = _scroll_page(SENTENCE * 2, OTHER * 3)
    assert page_story(_root(html), title="Something else", page_url=None) is None


def test_page_story_is_no_teaser_card() -> None:
    """A card that links to the page (a "you are reading" teaser) is not the page's story."""
    card = '<article><h3><a href="/budget">Budget approved</a></h3><p>Teaser.</p></article>'
    other = "<article><h2>Other</h2><p>" + OTHER * 3 + "</p></article>"
    root = _root(
        f"<body><div><h1>Budget approved</h1><p>{SENTENCE * 4}</p></div>{card}{other}</body>"
    )
    assert page_story(root, title="Budget approved", page_url="https://example.org/budget") is None


def test_check_keeps_a_body_outside_every_story() -> None:
    """A body in no story element is not another story, though the page's story is elsewhere."""
    root = _root(_scroll_page(SENTENCE * 2, OTHER * 3) + f"<div><p>{SENTENCE * 5}</p></div>")
    story = page_story(root, title="Budget approved", page_url=None)
    assert story is not None
    assert pick_failed([Paragraph(SENTENCE * 5)], root, story=story) != ANOTHER_STORY


def test_check_fails_a_body_from_another_story() -> None:
    """A body taken from another story than the page's fails the pick."""
    root = _root(_scroll_page(SENTENCE * 2, OTHER * 3))
    story = page_story(root, title="Budget approved", page_url=None)
    assert pick_failed([Paragraph(OTHER * 3)] * 8, root, story=story) == ANOTHER_STORY
    assert pick_failed([Paragraph(SENTENCE * 2)] * 2, root, story=story) != ANOTHER_STORY


@pytest.mark.parametrize("first", [SENTENCE * 2, SENTENCE * 3], ids=["short", "long"])
def test_parse_keeps_the_story_of_the_title_not_the_longest(first: str) -> None:
    """parse() returns the story the title names, though another story on the page is longer."""
    article = newsparse.parse(_scroll_page(first, OTHER * 3), url="https://example.org/budget")
    assert "city council approved" in article.text
    assert "Stadtrat" not in article.text


def test_story_containers_stay_inside_the_story() -> None:
    """The containers picked again inside a story are the story or inside it."""
    root = _root(_scroll_page(SENTENCE * 2, OTHER * 3))
    story = page_story(root, title="Budget approved", page_url=None)
    assert story is not None
    for node in story_containers(story, None):
        assert SENTENCE.strip() in node.text()
        assert "Stadtrat" not in node.text()
