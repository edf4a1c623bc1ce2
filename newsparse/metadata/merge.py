"""Merge the metadata sources, most trusted first (placeholder until the sources land)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsparse.html import text_of
from newsparse.metadata import Metadata


def merge_sources(tree: LexborHTMLParser, url: str | None) -> Metadata:
    """Read the page title only (to be replaced by the full source merge)."""
    node = tree.css_first("title")
    return Metadata(title=text_of(node) or None if node else None)
