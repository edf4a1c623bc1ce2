"""The Article model: immutability, plain text and Markdown views."""

from __future__ import annotations

import attrs
import pytest

from newsparse import Article, Heading, Image, ListBlock, Paragraph, Quote, Tweet


def test_article_is_frozen() -> None:
    """Assigning to a field of an Article raises."""
    article = Article(title="A")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "B"  # type: ignore[misc]


def test_article_is_slotted() -> None:
    """Articles and blocks have no per-instance __dict__."""
    assert not hasattr(Article(), "__dict__")
    assert not hasattr(Paragraph("x"), "__dict__")


def test_text_joins_prose_blocks_with_blank_lines() -> None:
    """`text` holds paragraphs, headings, quotes and list items, a blank line apart."""
    article = Article(
        body=(
            Paragraph("One."),
            Heading("Sub", 2),
            Quote("Said."),
            ListBlock(("a", "b")),
            Image("https://example.org/i.jpg", caption="Cap"),
            Tweet(text="tweet text"),
        )
    )
    assert article.text == "One.\n\nSub\n\nSaid.\n\na\nb"


def test_text_of_empty_body_is_empty() -> None:
    """An article without body blocks has empty text."""
    assert Article().text == ""


def test_markdown_renders_each_block_kind() -> None:
    """Markdown has the title, a subheading, a quote, a list, an image and the tweet footer."""
    article = Article(
        title="Title",
        body=(
            Paragraph("Para."),
            Heading("Sub", 3),
            Quote("Said."),
            ListBlock(("a", "b"), ordered=True),
            Image("https://example.org/i.jpg", caption="Cap", alt="Alt"),
            Tweet(url="https://x.com/u/status/1", author_name="U", handle="u", text="Hi"),
        ),
    )
    md = article.to_markdown()
    assert md.startswith("# Title\n\nPara.\n\n### Sub\n\n> Said.\n\n1. a\n2. b\n\n")
    assert "![Alt](<https://example.org/i.jpg>)\n*Cap*" in md
    assert "> Hi\n>\n> — U (@u) [link](<https://x.com/u/status/1>)" in md


def test_markdown_escapes_page_text() -> None:
    """Text from the page cannot inject links, HTML or headings into the Markdown."""
    article = Article(body=(Paragraph("# not [a](javascript:x) <b>tag</b>"),))
    md = article.to_markdown()
    assert "<b>" not in md
    assert "\\[a\\](javascript" in md  # escaped brackets: plain text, not a link
    assert md.startswith("\\#")


def test_markdown_of_a_tweet_without_text_is_its_footer() -> None:
    """A tweet known only by its URL renders as the footer line and link, no empty quote."""
    article = Article(body=(Tweet(url="https://x.com/u/status/1", handle="u"),))
    assert article.to_markdown() == "> — (@u) [link](<https://x.com/u/status/1>)\n"


@pytest.mark.parametrize("kind", ["News", "story", "", "news "])
def test_kind_outside_the_vocabulary_is_refused(kind: str) -> None:
    """`Article.kind` is one of the documented kinds or None, whoever sets it."""
    with pytest.raises(ValueError, match="kind is one of"):
        Article(kind=kind)
    assert Article(kind="news").kind == "news"
    assert Article().kind is None
