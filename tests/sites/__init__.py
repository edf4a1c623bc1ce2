"""Golden pairs of the built-in site parsers: `<host>/<slug>.html` and `<slug>.json`.

`tools/regenerate_sites.py` rewrites the JSON of a pair; `tests/test_sites_golden.py` checks
every pair.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import newsparse

ROOT = Path(__file__).resolve().parent


def pairs() -> list[Path]:
    """Every golden page, as the path of its `.html` file, sorted."""
    return sorted(ROOT.glob("*/*.html"))


def expected(page: Path) -> dict[str, Any]:
    """The golden `to_dict()` of `page`."""
    data: dict[str, Any] = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def parsed(page: Path, url: str) -> dict[str, Any]:
    """What newsparse makes of `page` now, in the `to_dict()` form."""
    return newsparse.parse(page.read_bytes(), url=url).to_dict()
