"""Helpers shared by the tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import Article, Embed, Image, Tweet


def offered_urls(article: Article, *, canonical: bool = False) -> list[str]:
    """Every URL the article offers a reader: image, body images, embeds, related links.

    With `canonical=True`, the canonical URL too.
    """
    urls = [url for url in (article.image, article.canonical_url if canonical else None) if url]
    for block in (*article.body, *article.embeds):
        if isinstance(block, (Image, Embed, Tweet)) and block.url:
            urls.append(block.url)
        if isinstance(block, Tweet):
            urls.extend(block.links)
    urls.extend(link.url for link in article.related if link.url)
    return urls


def record_calls(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str
) -> list[tuple[Any, ...]]:
    """Replace `owner.name` (a function of a module or class) for this test by one that
    records the arguments of each call in the list returned, then calls the original."""
    original = getattr(owner, name)
    calls: list[tuple[Any, ...]] = []

    def recording(*args: Any) -> Any:
        calls.append(args)
        return original(*args)

    monkeypatch.setattr(owner, name, recording)
    return calls
