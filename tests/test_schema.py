"""The JSON Schema shipped in the package describes `Article.to_dict()`.

`validate` below checks the subset of JSON Schema that the file uses (type, const, properties,
required, additionalProperties false, items, oneOf, $ref to $defs, minimum, maximum, pattern),
so that no validator library is needed; a test checks that the file uses nothing else.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import newsparse
from newsparse import Article, Paragraph
from tests.sites import expected, pairs
from tests.strategies import articles

SCHEMA: dict[str, Any] = json.loads(
    resources.files("newsparse").joinpath("article.schema.json").read_text(encoding="utf-8")
)
_KEYWORDS = {
    "$schema", "title", "description", "type", "const", "properties", "required",
    "additionalProperties", "items", "oneOf", "$ref", "$defs", "minimum", "maximum", "pattern",
    "enum",
}  # fmt: skip
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
}
_PAGES = sorted((Path(__file__).parent / "data").rglob("*.html"))


def errors(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """What in `value` breaks `schema` (empty when it validates)."""
    if "$ref" in schema:
        return errors(value, SCHEMA["$defs"][schema["$ref"].rpartition("/")[2]], path)
    if "oneOf" in schema:
        matching = [option for option in schema["oneOf"] if not errors(value, option, path)]
        return [] if len(matching) == 1 else [f"{path}: matches {len(matching)} of oneOf"]
    found: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(value, name) for name in names):
            return [f"{path}: {value!r} is no {kinds}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} is none of {schema['enum']!r}")
    if "const" in schema and value != schema["const"]:
        found.append(f"{path}: {value!r} is not {schema['const']!r}")
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        found.append(f"{path}: {value} out of range")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        found.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [f"{path}: no {key!r}" for key in schema.get("required", []) if key not in value]
        for key, item in value.items():
            if key in properties:
                found += errors(item, properties[key], f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{path}: unexpected {key!r}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += errors(item, schema["items"], f"{path}[{index}]")
    return found


def _is(value: Any, name: str) -> bool:
    return isinstance(value, _TYPES[name]) and not (name == "integer" and isinstance(value, bool))


def _keywords(schema: Any) -> set[str]:
    if isinstance(schema, list):
        return {key for item in schema for key in _keywords(item)}
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key, value in schema.items():
        if key in {"properties", "$defs"}:
            found |= {k for item in value.values() for k in _keywords(item)}
        elif key not in {"const", "required", "type"}:
            found |= _keywords(value)
    return found


def test_the_schema_uses_only_what_the_validator_checks() -> None:
    """Every keyword of the schema is one `errors` understands."""
    assert _keywords(SCHEMA) <= _KEYWORDS, _keywords(SCHEMA) - _KEYWORDS


@pytest.mark.parametrize("page", _PAGES, ids=[str(p.relative_to(p.parents[2])) for p in _PAGES])
def test_the_test_pages_validate(page: Path) -> None:
    """The articles of the pages under tests/data (real pages and hand-made) validate."""
    article = newsparse.parse(page.read_bytes(), url="https://example.org/news/story")
    assert errors(article.to_dict(), SCHEMA) == []


@pytest.mark.parametrize("page", pairs(), ids=[f"{p.parent.name}/{p.stem}" for p in pairs()])
def test_the_golden_site_pages_validate(page: Path) -> None:
    """The golden `to_dict()` of every site parser's page validates."""
    assert errors(expected(page), SCHEMA) == []


@given(articles)
def test_any_article_validates(article: Article) -> None:
    """Whatever an article holds, its dict (through JSON) validates."""
    assert errors(json.loads(json.dumps(article.to_dict())), SCHEMA) == []


def test_the_schema_refuses_what_is_no_article() -> None:
    """A block of an unknown type, a span without its text or a javascript: link (in a
    paragraph or a caption) fail."""
    data = Article(body=(Paragraph("x"),)).to_dict()
    assert errors(data, SCHEMA) == []
    for block in (
        {"type": "video"},
        {"type": "paragraph", "text": "x", "spans": [{"type": "text"}]},
        {"type": "paragraph", "text": "x", "spans": [{"type": "link", "url": "javascript:x"}]},
        {"type": "heading", "text": "x", "level": 7},
        {
            "type": "image",
            "url": "https://e.org/i.jpg",
            "caption": "x",
            "credit": None,
            "alt": None,
            "caption_spans": [{"type": "link", "url": "javascript:x"}],
        },
        {"type": "table", "rows": [], "caption": "x", "caption_spans": ["x"]},
    ):
        assert errors({**data, "body": [block]}, SCHEMA) != [], block
    assert errors({**data, "title": 3}, SCHEMA) != []
