"""The cut pass: the passes after the metadata read at most `max_read(size)` elements of a
page's body (pages here are hand-made)."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse.content.cut import _COUNTED, MIN_READ, cut_body, max_read
from newsparse.errors import DocumentRewrittenWarning
from newsparse.model import Paragraph


def counted_tags(tree: LexborHTMLParser) -> list[str]:
    """The tags of the counted elements of the body, in document order (the body first)."""
    assert tree.body is not None
    return [node.tag or "" for node in tree.body.css(_COUNTED)]


def test_the_body_is_cut_after_its_first_elements_in_document_order() -> None:
    tree = LexborHTMLParser(
        "<div><p>a<b>b</b></p><p>c</p>tail<div><p>d</p></div></div><p>e</p><script>x</script>"
    )
    assert cut_body(tree, 3) == (3, 7)
    assert tree.body is not None
    assert tree.body.html == "<body><div><p>a<b>b</b></p></div></body>"


def test_a_body_within_the_limit_is_left_as_it_is() -> None:
    html = "<p>a<br>b</p><svg><path/></svg><script>x</script><style>p{}</style><p>c</p>"
    tree = LexborHTMLParser(html)
    before = tree.html
    assert cut_body(tree, 5) is None  # <p>, <br>, <svg>, <path>, <p>: no script, no style
    assert tree.html == before
    assert cut_body(tree, 4) == (4, 5)
    assert counted_tags(tree) == ["body", "p", "br", "svg", "path"]


_ELEMENTS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<a href=/x>", "</a>", "<br>", "<em>", "</em>", "x ",
     "<ul><li>", "</ul>", "<svg><path/>", "</svg>", "<script>y</script>", "<h2>", "</h2>",
     "<style>p{}</style>", "<wbr>"]
)  # fmt: skip


def weights(tags: list[str]) -> list[int]:
    """What each counted element weighs: a link (every `<a>` here has an `href`) twice."""
    return [2 if tag == "a" else 1 for tag in tags]


@settings(max_examples=200, deadline=None)
@given(st.lists(_ELEMENTS, max_size=80), st.integers(min_value=0, max_value=40))
def test_what_is_kept_is_the_first_elements(parts: list[str], limit: int) -> None:
    """After the cut the body holds the first counted elements of the page in document order
    whose weights add up to at most `limit` (a link weighs 2)."""
    html = "".join(parts)
    whole = counted_tags(LexborHTMLParser(html))[1:]
    tree = LexborHTMLParser(html)
    found = cut_body(tree, limit)
    total = 0
    expected = []
    for tag, weight in zip(whole, weights(whole), strict=True):
        total += weight
        if total <= limit:
            expected.append(tag)
    assert counted_tags(tree)[1:] == expected
    assert found == (None if total <= limit else (limit, total))


def test_a_page_of_many_small_blocks_is_read_to_the_limit_only() -> None:
    """A page of short paragraphs, each a link (what took 2.3 s per MB to read in full), is
    cut after `max_read` elements of its body (a link counting twice), with a warning; its
    first paragraphs stay."""
    body = "".join(
        f'<p><a href="/story-{i}">Story number {i} about the bridge and the river</a></p>'
        for i in range(6_000)
    )  # within the guard's limit on tags
    page = f"<html><head><title>Links</title></head><body><article>{body}</article></body></html>"
    with pytest.warns(DocumentRewrittenWarning) as caught:
        article = newsparse.parse(page, "https://example.org/news")
    warning = next(w.message for w in caught if w.message.limit == "body elements")  # type: ignore[union-attr]
    limit = max_read(len(page.encode()))
    assert warning.maximum == limit  # type: ignore[union-attr]
    assert warning.found == 3 * 6_000 + 1  # type: ignore[union-attr]  # <article>, links twice
    assert "after parsing" in str(warning)
    paragraphs = [block for block in article.body if isinstance(block, Paragraph)]
    assert MIN_READ // 3 < len(paragraphs) <= limit // 3
    assert paragraphs[0].text == "Story number 0 about the bridge and the river"


def test_an_ordinary_page_is_not_cut() -> None:
    body = "<p>The council approved the budget for the new bridge on Monday.</p>" * 400
    page = f"<html><body><article>{body}</article></body></html>"
    with warnings.catch_warnings():
        warnings.simplefilter("error", DocumentRewrittenWarning)
        article = newsparse.parse(page, "https://example.org/news")
    assert article.body  # repeated paragraphs are one
