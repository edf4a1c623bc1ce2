"""`lift_embeds` replaces each embed by a marker at its position and removes the loader scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse.dom import parse_document
from newsparse.embeds import EMBED_MARKER, lift_embeds, tweets
from newsparse.model import Embed, Tweet
from tests.checks import record_calls

DATA = Path(__file__).parent / "data" / "embeds"


def tree_of(name: str) -> LexborHTMLParser:
    """The parsed fixture `name`."""
    return parse_document((DATA / name).read_text(encoding="utf-8"))


def article_children(tree: LexborHTMLParser) -> list[str]:
    """The article's child elements as "tag" or "tag:text" (markers as "marker:<index>")."""
    article = tree.css_first("article")
    assert article is not None
    out = []
    for child in article.iter():
        if child.tag == EMBED_MARKER:
            out.append(f"marker:{child.attributes.get('data-index')}")
        else:
            out.append(f"{child.tag}:{child.text(deep=True).strip()}")
    return out


def test_marker_replaces_tweet_at_its_position() -> None:
    """The marker sits exactly where the blockquote was, between the same paragraphs."""
    tree = tree_of("handwritten-twitter-video.html")
    lift_embeds(tree, None)
    assert article_children(tree) == ["p:Before the video.", "marker:0", "p:After the video."]


def test_marker_indexes_follow_document_order() -> None:
    """Markers are numbered by their index in the returned tuple, in document order."""
    tree = tree_of("handwritten-social.html")
    posts = lift_embeds(tree, None)
    markers = [c for c in article_children(tree) if c.startswith("marker:")]
    assert markers == [f"marker:{i}" for i in range(len(posts))]
    assert [p.kind for p in posts if isinstance(p, Embed)][:2] == ["tiktok", "facebook"]


def test_marker_is_an_empty_custom_element() -> None:
    """The marker is `<newsparse-embed data-index="0"></newsparse-embed>`, with no text."""
    tree = tree_of("handwritten-raw-iframe.html")
    lift_embeds(tree, None)
    marker = tree.css_first(EMBED_MARKER)
    assert marker is not None
    assert marker.html == '<newsparse-embed data-index="0"></newsparse-embed>'


def test_embed_markup_is_gone_from_the_tree() -> None:
    """After lifting, no tweet text, footer or iframe is left in the tree."""
    tree = tree_of("htmldate-mediacloud-1594316187-wp-block-embed.html")
    lift_embeds(tree, None)
    body = tree.body
    assert body is not None
    text = body.text(deep=True)
    assert "Felipe Neto" not in text
    assert "pic.twitter.com" not in text
    assert tree.css_first("blockquote, figure.wp-block-embed") is None


def test_twitter_loader_script_removed() -> None:
    """The widgets.js loader next to the tweet is removed."""
    tree = tree_of("fundus-ca-NationalPost_2025_05_08-blockquote.html")
    lift_embeds(tree, None)
    assert tree.css_first('script[src*="widgets.js"]') is None


def test_loader_inside_paragraph_removed_and_text_kept() -> None:
    """A widgets.js loader pasted at the start of the next paragraph goes; its text stays."""
    tree = tree_of("fundus-mx-MexicoNewsDaily_2025_04_16-wpautop.html")
    lift_embeds(tree, None)
    assert tree.css_first('script[src*="platform.twitter.com"]') is None
    children = article_children(tree)
    assert children[1] == "marker:0"
    assert children[2].startswith("p:The tariffs are set to take effect on March 12")


def test_other_platform_loaders_removed() -> None:
    """TikTok, Facebook SDK, Bluesky and Telegram loaders are removed."""
    tree = tree_of("handwritten-social.html")
    lift_embeds(tree, None)
    assert tree.css("script") == []


def test_nested_forms_count_once() -> None:
    """A rendered wrapper holding an iframe with `data-tweet-id` is one tweet, one marker."""
    tree = tree_of("trafilatura-eltiempo.com-candidatos-rendered.html")
    posts = lift_embeds(tree, None)
    assert len(posts) == 1
    assert len(tree.css(EMBED_MARKER)) == 1
    assert tree.css_first("iframe") is None


def test_wrapper_with_url_text_and_blockquote_leaves_no_url_text() -> None:
    """A CMS wrapper is lifted whole, so the editor's bare status URL does not stay as text."""
    tree = tree_of("trafilatura-ultimahora.com-apelacion-provider-wrapper.html")
    lift_embeds(tree, None)
    body = tree.body
    assert body is not None
    assert "twitter.com/Raulramirezpy/status" not in body.text(deep=True)


def test_urls_resolved_against_page_url() -> None:
    """Relative links inside a tweet are made absolute with the page URL."""
    html = (
        '<blockquote class="twitter-tweet"><p>See <a href="/story">this</a></p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/42">May 1, 2020</a></blockquote>'
    )
    (tweet,) = lift_embeds(parse_document(html), "https://news.example.org/x/y.html")
    assert isinstance(tweet, Tweet)
    assert tweet.links == ("https://news.example.org/story",)


def test_page_without_embeds_is_untouched() -> None:
    """A page with no embed gives an empty tuple and keeps its markup."""
    html = "<html><body><p>Plain <b>text</b>.</p><blockquote>A quote.</blockquote></body></html>"
    tree = parse_document(html)
    before = tree.html
    assert lift_embeds(tree, None) == ()
    assert tree.html == before


def test_odd_markup_does_not_raise_and_keeps_paragraphs() -> None:
    """Odd embed markup is handled without error and the surrounding paragraphs stay."""
    tree = tree_of("handwritten-odd-markup.html")
    lift_embeds(tree, None)
    children = article_children(tree)
    assert children[0] == "p:Start."
    assert children[-1] == "p:End."


_TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en">Water is rising.</p>&mdash; Region (@Region)'
    ' <a href="https://twitter.com/Region/STATUS/1234567890">May 1, 2020</a></blockquote>'
)  # hand-written


def test_tweet_inside_a_few_plain_quotes_is_found() -> None:
    """A tweet inside three blockquotes that are no embed is still lifted (a status link
    written in capitals included)."""
    tree = parse_document(f"<article>{'<blockquote>' * 3}{_TWEET}</article>")
    (post,) = lift_embeds(tree, None)
    assert isinstance(post, Tweet)
    assert post.status_id == "1234567890"


def test_a_chain_of_nested_candidates_is_not_read_again_and_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each candidate reads all it holds: inside four candidates that were no embed, no more
    are tried, so 500 nested quotes are not 500 reads of the page."""
    calls = record_calls(monkeypatch, tweets, "tweet_from")
    page = '<article><blockquote class="twitter-tweet">' * 500 + "<a href='/x'>x</a>" * 100
    lift_embeds(parse_document(page), None)
    assert len(calls) <= 5
