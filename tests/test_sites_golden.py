"""Golden pairs of the built-in site parsers, and their registration in `pyproject.toml`.

Each `tests/sites/<host>/<slug>.html` is a real page; `<slug>.json` is the reviewed output.
Regenerate one with `python -m tools.regenerate_sites <host>/<slug>` (see that module).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import newsparse
import newsparse.sites
from newsparse.registry import find_parser
from newsparse.siteparser import SiteParser
from tests.sites import expected, pairs, parsed

PAGES = pairs()


def _builtins() -> dict[str, str]:
    """The built-in entry points as installed from `pyproject.toml`: host → "module:Class".

    Read through `importlib.metadata` (by `newsparse.parsers()`), as on every supported Python.
    """
    return {
        host: info.name
        for info in newsparse.parsers()
        if info.source == "builtin"
        for host in info.hosts
    }


def _load(value: str) -> type[SiteParser]:
    module, _, name = value.partition(":")
    loaded: type[SiteParser] = getattr(importlib.import_module(module), name)
    return loaded


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in PAGES])
def test_golden_page(page: Path) -> None:
    """A site's page parses exactly to its reviewed JSON, by the site parser."""
    golden = expected(page)
    got = parsed(page, golden["url"])
    site = find_parser(urlsplit(golden["url"]).hostname)
    assert site is not None
    assert got["parser"] == site.name()
    assert got == golden


def test_entry_points_match_hosts() -> None:
    """Every built-in's entry points name exactly the hosts its class declares."""
    hosts: dict[str, set[str]] = defaultdict(set)
    for host, value in _builtins().items():
        hosts[value].add(host)
    modules = {f"newsparse.sites.{m.name}" for m in pkgutil.iter_modules(newsparse.sites.__path__)}
    assert {value.partition(":")[0] for value in hosts} == modules
    for value, declared in hosts.items():
        assert set(_load(value).hosts) == declared, value


def test_every_builtin_has_a_golden_page() -> None:
    """Each built-in parser is checked by at least one golden page of one of its hosts."""
    covered = {page.parent.name for page in PAGES}
    for value in set(_builtins().values()):
        cls = _load(value)
        assert any(cls.serves(host) for host in covered), value
