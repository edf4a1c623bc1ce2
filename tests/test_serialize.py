"""`to_dict` / `from_dict`: JSON-safe and an exact round trip."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from hypothesis import given

from newsparse import Article, Embed, Image, Paragraph, RelatedLink, Tweet
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
