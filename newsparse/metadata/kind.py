"""The kind of page a page says it is (`Article.kind`), from its schema.org types or `og:type`.

The vocabulary and the mapping are data (`newsparse.lexicon.kinds`); documented in
docs/model.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse.lexicon.kinds import (
    KINDS,
    MAIN_CONTENT_TYPES,
    OG_KINDS,
    OG_PREFIX_KINDS,
    SCHEMA_KINDS,
)

__all__ = ["is_main_content", "kind_of_og_type", "kind_of_types", "merge_kinds"]

_GENERIC = "website"


def kind_of_types(types: Iterable[str]) -> str | None:
    """The kind of an entity with these (casefolded) schema.org types: the most specific one
    they name ("news" for `["NewsArticle", "WebPage"]`), None when they name none."""
    kinds = {SCHEMA_KINDS[name] for name in types if name in SCHEMA_KINDS}
    if not kinds:
        return None
    specific = kinds - {_GENERIC}
    return min(specific, key=KINDS.index) if specific else _GENERIC


def is_main_content(types: Iterable[str]) -> bool:
    """Whether an entity with these types is a page's main entity wherever it stands."""
    return not MAIN_CONTENT_TYPES.isdisjoint(types)


def kind_of_og_type(value: str | None, *, article: bool = False) -> str | None:
    """The kind of an `og:type` value: a known one, "other" for any other type, None for none
    (or a value that names no type, such as "text/html"). With `article` (the page states
    properties of OpenGraph's `article` type, `article:published_time`...), "website" is
    "article": the page says it is one."""
    if not value or not value.strip():
        return None
    key = value.strip().lower()
    if key in OG_KINDS:
        kind = OG_KINDS[key]
        return "article" if article and kind == _GENERIC else kind
    if "/" in key or " " in key:
        return None
    prefix = key.split(".", 1)[0].split(":", 1)[-1]
    return OG_PREFIX_KINDS.get(prefix, "other")


def merge_kinds(jsonld: str | None, opengraph: str | None) -> str | None:
    """JSON-LD's kind, unless it only says "website" (a `WebPage` node, which generic page
    templates write on every page) and `og:type` says more."""
    if jsonld is None or (jsonld == _GENERIC and opengraph not in (None, "other")):
        return opengraph or jsonld
    return jsonld
