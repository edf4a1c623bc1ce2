"""`to_dict` / `from_dict`: JSON-safe and an exact round trip."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given

from newsparse import (
    Article,
    Cell,
    Code,
    CodeBlock,
    Embed,
    Emphasis,
    Image,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    RelatedLink,
    Strong,
    Table,
    Text,
    Tweet,
)
from tests.strategies import articles


def test_to_dict_is_json_safe_with_iso_datetimes() -> None:
    """Datetimes become ISO 8601 strings and the dict dumps to JSON."""
    published = datetime(2024, 4, 30, 16, 38, tzinfo=timezone(timedelta(hours=2)))
    data = Article(title="T", published=published, body=(Paragraph("p"),)).to_dict()
    assert data["published"] == "2024-04-30T16:38:00+02:00"
    assert data["body"] == [{"type": "paragraph", "text": "p"}]
    json.dumps(data)


def test_to_dict_keeps_field_order() -> None:
    """Keys come in the order of the Article's fields, so golden files are stable."""
    keys = list(Article().to_dict())
    assert keys[:4] == ["url", "canonical_url", "title", "description"]
    assert keys[-1] == "parser"


def test_round_trip_of_every_block_kind() -> None:
    """Every block, embed and related link survives to_dict → JSON → from_dict."""
    tweet = Tweet(
        url="https://twitter.com/a/status/1",
        status_id="1",
        published=datetime(2016, 11, 1, tzinfo=timezone.utc),
        links=("https://t.co/x",),
    )
    embed = Embed("youtube", url="https://youtube.com/watch?v=x")
    article = Article(
        body=(Paragraph("p"), Image("https://e.org/i.jpg", caption="c"), tweet, embed),
        embeds=(tweet, embed),
        related=(RelatedLink("Other", "https://e.org/other"), RelatedLink("No url")),
        authors=("A", "B"),
    )
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@given(articles)
def test_round_trip_property(article: Article) -> None:
    """Any article round-trips exactly through JSON."""
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


def test_plain_blocks_keep_their_dict_and_rich_ones_round_trip() -> None:
    """Empty `spans`/`entries` are left out; spans, tables, code and list entries come back."""
    assert Article(body=(Paragraph("p"),)).to_dict()["body"] == [{"type": "paragraph", "text": "p"}]
    link = Link("https://e.org/a", (Strong((Text("a"),)),))
    article = Article(
        body=(
            Paragraph("a b", (link, LineBreak(), Emphasis((Code("b"),)))),
            Table(((Cell("h", header=True, colspan=2),), (Cell("x", (link,)), Cell("y"))), "c"),
            CodeBlock("x = 1", "python"),
            ListBlock(("a", "b"), entries=(ListItem((Paragraph("a"), ListBlock(("b",)))),)),
        )
    )
    data = article.to_dict()
    assert data["body"][0]["spans"][0] == {
        "type": "link",
        "url": "https://e.org/a",
        "spans": [{"type": "strong", "spans": [{"type": "text", "text": "a"}]}],
    }
    assert Article.from_dict(json.loads(json.dumps(data))) == article


def test_caption_spans_round_trip_and_are_left_out_when_empty() -> None:
    """An image's and a table's `caption_spans` come back from a dict; without them the dict
    has no `caption_spans` key."""
    spans = (Text("The "), Link("https://e.org/b", (Emphasis((Text("bridge"),)),)))
    article = Article(
        body=(
            Image("https://e.org/i.jpg", caption="The bridge", caption_spans=spans),
            Table(((Cell("a"),),), "The bridge", spans),
            Image("https://e.org/j.jpg", caption="plain"),
        )
    )
    data = article.to_dict()
    assert data["body"][0]["caption_spans"][1] == {
        "type": "link",
        "url": "https://e.org/b",
        "spans": [{"type": "emphasis", "spans": [{"type": "text", "text": "bridge"}]}],
    }
    assert data["body"][1]["caption_spans"] == data["body"][0]["caption_spans"]
    assert "caption_spans" not in data["body"][2]
    assert Article.from_dict(json.loads(json.dumps(data))) == article


def test_from_dict_refuses_unknown_span_types() -> None:
    """A span of an unknown type, or no dict, is refused as a block would be."""
    with pytest.raises(ValueError, match="unknown block type"):
        Article.from_dict({"body": [{"type": "paragraph", "text": "x", "spans": [{"type": "?"}]}]})
    with pytest.raises(TypeError):
        Article.from_dict({"body": [{"type": "paragraph", "text": "x", "spans": ["x"]}]})
