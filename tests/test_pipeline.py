"""The passes together: embeds and related sections become data, the prose stays clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsparse
from newsparse import Paragraph, Tweet
from tests.corpus_pages import page_path

DATA = Path(__file__).parent / "data" / "embeds"

EURONEWS = [
    "uk-EuronewsEN_2024_04_30",
    "de-EuronewsDE_2024_04_30",
    "fr-EuronewsFR_2026_01_06",
]
# Share bars, comment counters, video-embed prompts and related headings, in EN/DE/FR.
CHROME = re.compile(
    r"share this article|close button|copy to clipboard|copy/paste|video embed|"
    r"you might also like|^comments$|artikel teilen|kommentare$|partager cet article|"
    r"commentaires$|das könnte sie auch interessieren|à lire aussi|vous pourriez aussi aimer",
    re.IGNORECASE | re.MULTILINE,
)

# Hand-written page: a story with an embedded tweet between two paragraphs and a related list.
PAGE = (DATA / "handwritten-budget-tweet-related.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article() -> newsparse.Article:
    return newsparse.parse(PAGE, url="https://news.example.org/news/budget")


def test_tweet_is_an_embed_block_between_the_paragraphs(article: newsparse.Article) -> None:
    """The tweet sits in the body between the paragraphs it stood between."""
    kinds = [type(block).__name__ for block in article.body]
    assert kinds == ["Paragraph", "Tweet", "Paragraph"]
    tweet = article.body[1]
    assert isinstance(tweet, Tweet)
    assert article.embeds == (tweet,)
    assert (tweet.status_id, tweet.handle, tweet.author_name) == (
        "1234567890",
        "cityhall",
        "City Hall",
    )


def test_text_has_no_tweet_residue(article: newsparse.Article) -> None:
    """The prose holds neither the tweet nor its footer or markup."""
    assert "budget passed" not in article.text
    for residue in ("&mdash;", "@cityhall", "pic.twitter.com", "</a>"):
        assert residue not in article.text


def test_related_links_are_data_not_text(article: newsparse.Article) -> None:
    """The related list is in `related` with absolute URLs, and not in the text."""
    assert [(link.title, link.url) for link in article.related] == [
        (
            "Mayor presents the new transport plan for the city",
            "https://news.example.org/news/other-story",
        ),
        (
            "Residents protest against the closure of the library",
            "https://news.example.org/news/third-story",
        ),
    ]
    assert "You might also like" not in article.text
    assert "transport plan for the city" not in article.text


def test_markdown_quotes_the_tweet_with_its_link(article: newsparse.Article) -> None:
    """Markdown renders the tweet as a quoted block with its author and link."""
    md = article.to_markdown()
    assert (
        "> — City Hall (@cityhall) 2020-05-01 [link](<https://twitter.com/cityhall/status/1234567890>)"
        in md
    )


@pytest.mark.parametrize("stem", EURONEWS)
def test_euronews_pages_have_no_chrome_and_keep_related_links(stem: str) -> None:
    """The real Euronews EN/DE/FR pages: no share/comment/related text, related links as data."""
    article = newsparse.parse(page_path(f"fundus/{stem}").read_bytes())
    assert not CHROME.findall(article.text)
    assert len(article.related) >= 3
    assert all(link.url and link.url.startswith("http") for link in article.related)
    assert sum(isinstance(block, Paragraph) for block in article.body) >= 5


@pytest.mark.parametrize("canonical", [False, True])
def test_infinite_scroll_page_gives_the_story_of_its_address(canonical: bool) -> None:
    """Hand-written: three stories loaded one after another, each `<article>` naming its
    address; the body is the one of the page's URL (passed, or stated as canonical)."""
    stories = "".join(
        f'<article data-url="/news/{slug}"><h1>{slug.title()} story</h1>'
        f"<p>{f'This is the {slug} story of the day, told at length. ' * 6}</p></article>"
        for slug in ("first", "second", "third")
    )
    head = '<link rel="canonical" href="https://example.org/news/second">' if canonical else ""
    page = f"<html><head>{head}</head><body>{stories}</body></html>"
    article = newsparse.parse(page, None if canonical else "https://example.org/news/second")
    assert "second story of the day" in article.text
    assert "first story" not in article.text
    assert "third story" not in article.text


@pytest.mark.parametrize("signature", ["Jane Doe", "By Jane Doe", "— Jane Doe", "JANE DOE"])
def test_a_closing_byline_leaves_the_body(signature: str) -> None:
    """Hand-written: the author's name alone under the article is a signature, not prose; a
    sentence naming the author stays."""
    prose = "<p>The council approved the budget for the new bridge on Tuesday evening.</p>" * 3
    page = (
        '<html><head><meta name="author" content="Jane Doe"></head><body><article>'
        f"{prose}<p>{signature}</p></article></body></html>"
    )
    article = newsparse.parse(page, "https://example.org/news/bridge")
    assert article.authors == ("Jane Doe",)
    assert article.text.endswith("on Tuesday evening.")
    kept = page.replace(f"<p>{signature}</p>", "<p>Jane Doe wrote this story for us.</p>")
    assert newsparse.parse(kept).text.endswith("Jane Doe wrote this story for us.")
