"""Regenerate golden files of the site parsers, for review before commit.

    python -m tools.regenerate_sites euronews.com/swedish-police   # one pair (or several)
    python -m tools.regenerate_sites --all                          # every pair
    python -m tools.regenerate_sites politico.com/new-story --url https://www.politico.com/...

Each `<host>/<slug>.json` is rewritten from `newsparse.parse(<slug>.html, url=...)`, the URL
being the JSON's own `url` (or `--url` for a new page). The fields that changed are printed;
read them against the page before committing (`git diff tests/sites`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tests.sites import ROOT, expected, pairs, parsed


def render(data: dict[str, Any]) -> str:
    """The golden file's text: `to_dict()` order, UTF-8, indented, with a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def regenerate(page: Path, url: str | None = None) -> list[str]:
    """Rewrite the JSON of `page`; return the top-level keys whose value changed."""
    golden = page.with_suffix(".json")
    old = expected(page) if golden.exists() else {}
    url = url or old.get("url")
    if not url:
        raise SystemExit(f"{page}: no JSON yet, pass --url")
    new = parsed(page, url)
    golden.write_text(render(new), encoding="utf-8")
    return [key for key in new if old.get(key) != new[key]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="host/slug of the pairs to regenerate")
    parser.add_argument("--all", action="store_true", help="regenerate every pair")
    parser.add_argument("--url", help="the page URL, for a page without a JSON yet")
    args = parser.parse_args(argv)
    if args.all == bool(args.ids):
        parser.error("name host/slug pairs or pass --all")
    pages = pairs() if args.all else [ROOT / f"{pair}.html" for pair in args.ids]
    for page in pages:
        if not page.exists():
            parser.error(f"no such page: {page}")
        changed = regenerate(page, args.url)
        name = f"{page.parent.name}/{page.stem}"
        print(f"{name}: " + (f"changed {', '.join(changed)}" if changed else "unchanged"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
