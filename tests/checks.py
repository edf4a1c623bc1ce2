"""Helpers shared by the tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

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


def write_plugin(folder: Path, module: str, source: str, entries: dict[str, str]) -> None:
    """Write a hand-made installed plugin into `folder`: the module `module` holding `source`,
    and the metadata of a distribution of that name (dashes for underscores) declaring
    `entries` (host → "module:Class") in the `newsparse.parsers` group. Putting `folder` on
    `sys.path` installs it, as pip would; `newsparse.registry.clear_caches()` then finds it."""
    (folder / f"{module}.py").write_text(source)
    name = module.replace("_", "-")
    info = folder / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    lines = "".join(f"{host} = {value}\n" for host, value in entries.items())
    (info / "entry_points.txt").write_text(f"[newsparse.parsers]\n{lines}")


def record_calls_everywhere(
    monkeypatch: pytest.MonkeyPatch, function: Callable[..., Any]
) -> list[tuple[Any, ...]]:
    """Replace, for this test, every name by which a loaded newsparse module holds the public
    `function` (`newsparse.text.text_size`, say) by one that records the arguments of each
    call in the list returned, then calls `function`. The seam is the public function itself,
    whichever module calls it and under whatever private names the caller is written, so a
    count through it survives renames."""
    calls: list[tuple[Any, ...]] = []

    def recording(*args: Any) -> Any:
        calls.append(args)
        return function(*args)

    replace_everywhere(monkeypatch, function, recording)
    return calls


def replace_everywhere(monkeypatch: pytest.MonkeyPatch, value: object, replacement: object) -> None:
    """Replace, for this test, every name by which a loaded newsparse module holds `value`
    (a public function or pattern) by `replacement`."""
    for name, module in list(sys.modules.items()):
        if module is not None and (name == "newsparse" or name.startswith("newsparse.")):
            for attribute, held in list(vars(module).items()):
                if held is value:
                    monkeypatch.setattr(module, attribute, replacement)


def lexbor_tree(page: bytes) -> tuple[int, int]:
    """`(depth, elements)` of the tree Lexbor builds from `page` (`<html>` is level 1)."""
    root = LexborHTMLParser(page).root
    assert root is not None
    depth = elements = 0
    todo = [(root, 1)]
    while todo:
        node, level = todo.pop()
        elements += 1
        depth = max(depth, level)
        child = node.child
        while child is not None:
            if child.tag and not child.tag.startswith("-"):
                todo.append((child, level + 1))
            child = child.next
    return depth, elements


def lexbor_attributes(page: bytes) -> int:
    """How many attributes the elements of the tree Lexbor builds from `page` hold in all."""
    root = LexborHTMLParser(page).root
    assert root is not None
    return sum(len(node.attributes) for node in root.traverse())
