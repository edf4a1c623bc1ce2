"""The table of built-in site parsers in `docs/supported-sites.md`: as generated, as committed.

Each row is one built-in parser listed by `newsparse.parsers()`: the site's name (the first
line of its module's docstring, without a closing parenthesis of hosts), the hosts of its
entry points and its class. `tests/test_docs.py` fails when the committed table differs;
`python -m tools.supported_sites` rewrites it.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import newsparse

PAGE = Path(__file__).resolve().parent.parent.parent / "docs" / "supported-sites.md"
START = "<!-- generated from newsparse.parsers() by `python -m tools.supported_sites` -->"
END = "<!-- end of the generated table -->"


def table() -> str:
    """The Markdown table of the built-in parsers, sorted by site name."""
    rows: list[tuple[str, str]] = []
    for info in newsparse.parsers():
        if info.source != "builtin":
            continue
        module, _, name = info.name.partition(":")
        doc = importlib.import_module(module).__doc__ or name
        site = re.sub(r"\s*\([^()]*\)\s*$", "", doc.strip().splitlines()[0].rstrip("."))
        hosts = ", ".join(f"`{host}`" for host in sorted(info.hosts))
        key = site.removeprefix("The ").casefold()
        rows.append((key, f"| {site} | {hosts} | `{module}.{name}` |"))
    lines = ["| site | hosts | parser |", "|---|---|---|", *(row for _, row in sorted(rows))]
    return "\n".join(lines) + "\n"


def committed(text: str | None = None) -> str:
    """The table as it stands between the markers of the page."""
    text = PAGE.read_text(encoding="utf-8") if text is None else text
    return text.split(START + "\n", 1)[1].split(END, 1)[0]
