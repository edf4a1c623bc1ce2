"""`Article.to_dict()` and `Article.from_dict()`: a JSON-safe form that round-trips exactly.

Blocks, list items, table cells and inline spans are dicts with a "type" key; the structure
fields `spans`, `caption_spans` and `entries` are left out when empty, so that a plain paragraph
stays `{"type": "paragraph", "text": ...}`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from newsparse.model import (
    Article,
    Cell,
    Code,
    CodeBlock,
    Embed,
    Emphasis,
    Heading,
    Image,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    RelatedLink,
    Strong,
    Table,
    Text,
    Tweet,
)

__all__ = ["article_from_dict", "article_to_dict"]

_TYPES: dict[str, type[Any]] = {
    "paragraph": Paragraph,
    "heading": Heading,
    "quote": Quote,
    "list": ListBlock,
    "image": Image,
    "tweet": Tweet,
    "embed": Embed,
    "table": Table,
    "code_block": CodeBlock,
    "item": ListItem,
    "cell": Cell,
    "text": Text,
    "link": Link,
    "emphasis": Emphasis,
    "strong": Strong,
    "code": Code,
    "line_break": LineBreak,
}
# Fields holding typed objects (or rows of them), and those left out of a dict when empty.
_NESTED = frozenset({"spans", "caption_spans", "entries", "blocks", "rows"})
_OMITTED_EMPTY = frozenset({"spans", "caption_spans", "entries"})
_NAMES = {cls: name for name, cls in _TYPES.items()}


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article as plain dicts, lists, strings, numbers and ISO 8601 datetimes."""
    return _fields_to_dict(article)


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an `Article` from `article_to_dict` output; keys that name no field are ignored.

    Raises `TypeError` for a value of the wrong type (`data`, a block or a link that is no
    dict, a number for a string) and `ValueError` for an unknown block type, a datetime that
    is not ISO 8601, or blocks nested deeper than the model allows. Strings and URLs are
    cleaned and checked by the model as always.
    """
    try:
        return _article_from_dict(data)
    except RecursionError:
        raise ValueError("blocks nested too deep to be an article") from None


def _article_from_dict(data: dict[str, Any]) -> Article:
    values = _values(Article, data)
    for name in ("body", "embeds"):
        if name in values:
            values[name] = tuple(_from_typed_dict(item) for item in _items(values[name]))
    if "related" in values:
        values["related"] = tuple(
            _values_of(RelatedLink, item) for item in _items(values["related"])
        )
    return Article(**values)


def _fields_to_dict(obj: Any) -> dict[str, Any]:
    return {
        f.name: _value_to_json(value)
        for f in attrs.fields(type(obj))
        if (value := getattr(obj, f.name)) or f.name not in _OMITTED_EMPTY
    }


def _typed_dict(obj: Any) -> dict[str, Any]:
    return {"type": _NAMES[type(obj)], **_fields_to_dict(obj)}


def _from_typed_dict(data: Any) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"a block or span is a dict, not {type(data).__name__}")
    cls = _TYPES.get(data.get("type"))  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"unknown block type {data.get('type')!r}")
    return _values_of(cls, data)


def _values_of(cls: type[Any], data: Any) -> Any:
    return cls(**_values(cls, data))


def _values(cls: type[Any], data: Any) -> dict[str, Any]:
    """The fields of `cls` that `data` holds, as the model takes them."""
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} data is a dict, not {type(data).__name__}")
    fields = {f.name for f in attrs.fields(cls)}
    return {k: _value_from_json(k, v) for k, v in data.items() if k in fields}


def _items(value: Any) -> tuple[Any, ...]:
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return tuple(value)


def _value_to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_value_to_json(item) for item in value]
    if attrs.has(type(value)):
        return _typed_dict(value) if type(value) in _NAMES else _fields_to_dict(value)
    return value


def _value_from_json(name: str, value: Any) -> Any:
    if name in _NESTED:
        return _nested_from_json(value)
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, str) and name in {"published", "modified"}:
        return datetime.fromisoformat(value)
    return value


def _nested_from_json(value: Any) -> Any:
    """Typed dicts as their objects, lists (a table's rows among them) as tuples."""
    if isinstance(value, (list, tuple)):
        return tuple(_nested_from_json(item) for item in value)
    return _from_typed_dict(value)
