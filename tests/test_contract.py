"""`parse()` lets only the documented exceptions out, whatever the page or the arguments.

Every page here is hand-made.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.metadata.jsontext import decode_json

_PROSE = "<p>The council approved the budget for the new bridge over the river on Tuesday.</p>"


def _nested(depth: int, opener: str, closer: str, inner: str = "1") -> str:
    return opener * depth + inner + closer * depth


_DEEP_JSON = [
    _nested(100_000, "[", "]"),
    _nested(100_000, '{"a":', "}"),
    _nested(50_000, '[{"@graph":', "}]"),
]


@pytest.mark.parametrize("deep", _DEEP_JSON, ids=["lists", "objects", "graphs"])
def test_json_nested_past_the_stack_in_a_meta_tag_is_ignored(deep: str) -> None:
    """A parse.ly meta tag whose JSON nests 100,000 levels gives an Article, no RecursionError."""
    page = f"<html><head><meta name='parsely-page' content='{deep}'></head><body>{_PROSE}</body>"
    article = newsparse.parse(page)
    assert "council approved" in article.text


@pytest.mark.parametrize("deep", _DEEP_JSON, ids=["lists", "objects", "graphs"])
def test_json_ld_nested_past_the_stack_keeps_the_article_node(deep: str) -> None:
    """A JSON-LD block holding a value nested 100,000 levels after the article node still gives
    that node's headline; no RecursionError escapes."""
    script = f'[{{"@type": "NewsArticle", "headline": "Bridge budget"}}, {deep}]'
    page = f'<script type="application/ld+json">{script}</script>{_PROSE}'
    assert newsparse.parse(page).title == "Bridge budget"


@given(depth=st.integers(min_value=1, max_value=20_000), kind=st.sampled_from(["[", '{"a":']))
def test_decode_json_raises_only_value_error(depth: int, kind: str) -> None:
    """JSON of any nesting depth decodes or raises ValueError, never RecursionError."""
    closer = "]" if kind == "[" else "}"
    try:
        decode_json(_nested(depth, kind, closer))
    except ValueError:
        assert depth > 100
