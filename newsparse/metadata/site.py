"""A site parser's part of the metadata pass: its byline and date selectors, its field hooks."""

from __future__ import annotations

from typing import Any

import attrs
from selectolax.lexbor import LexborHTMLParser

from newsparse.dom import attr
from newsparse.metadata import Metadata
from newsparse.metadata.byline import clean_byline
from newsparse.metadata.dates import parse_date
from newsparse.siteparser import SiteParser, overridden_fields
from newsparse.text import normalize_space

__all__ = ["apply_site_parser"]

_TUPLE_FIELDS = frozenset(
    field.name for field in attrs.fields(Metadata) if isinstance(field.default, tuple)
)


def apply_site_parser(site: SiteParser, tree: LexborHTMLParser, meta: Metadata) -> Metadata:
    """`meta` with `site`'s `author_selector` and `date_selector` applied where they find a
    value, then with each field hook `site` overrides given the value so far."""
    changes: dict[str, Any] = {}
    if site.author_selector:
        names = [n for node in tree.css(site.author_selector) for n in clean_byline(node.text())]
        if names:
            changes["authors"] = tuple(dict.fromkeys(names))
    if site.date_selector:
        node = tree.css_first(site.date_selector)
        if node is not None:
            value = attr(node, "datetime") or attr(node, "content") or normalize_space(node.text())
            published = parse_date(value)
            if published is not None:
                changes["published"] = published
    if changes:
        meta = attrs.evolve(meta, **changes)
    for name in overridden_fields(site):
        value = getattr(site, name)(tree, getattr(meta, name))
        changes[name] = tuple(value) if name in _TUPLE_FIELDS and value is not None else value
    return attrs.evolve(meta, **changes) if changes else meta
