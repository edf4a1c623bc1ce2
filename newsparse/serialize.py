"""`Article.to_dict()` and `Article.from_dict()`: a JSON-safe form that round-trips exactly."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from newsparse.model import (
    Article,
    Embed,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    RelatedLink,
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
}
_NAMES = {cls: name for name, cls in _TYPES.items()}


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article as plain dicts, lists, strings, numbers and ISO 8601 datetimes."""
    data = _fields_to_dict(article)
    data["body"] = [_typed_dict(block) for block in article.body]
    data["embeds"] = [_typed_dict(embed) for embed in article.embeds]
    data["related"] = [_fields_to_dict(link) for link in article.related]
    return data


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an `Article` from `article_to_dict` output."""
    fields = {f.name: f for f in attrs.fields(Article)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in fields:
            continue
        if name in {"body", "embeds"}:
            values[name] = tuple(_from_typed_dict(item) for item in value)
        elif name == "related":
            values[name] = tuple(RelatedLink(**item) for item in value)
        else:
            values[name] = _value_from_json(fields[name], value)
    return Article(**values)


def _fields_to_dict(obj: Any) -> dict[str, Any]:
    return {f.name: _value_to_json(getattr(obj, f.name)) for f in attrs.fields(type(obj))}


def _typed_dict(obj: Any) -> dict[str, Any]:
    return {"type": _NAMES[type(obj)], **_fields_to_dict(obj)}


def _from_typed_dict(data: dict[str, Any]) -> Any:
    cls = _TYPES[data["type"]]
    fields = {f.name: f for f in attrs.fields(cls)}
    return cls(**{k: _value_from_json(fields[k], v) for k, v in data.items() if k in fields})


def _value_to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _value_from_json(field: attrs.Attribute[Any], value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, str) and field.name in {"published", "modified"}:
        return datetime.fromisoformat(value)
    return value
