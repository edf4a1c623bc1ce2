"""Rewrite the table of built-in site parsers in `docs/supported-sites.md` from the registry.

    python -m tools.supported_sites     # after adding or changing a parser, then review the diff

The table is made by `tests/sites/listing.py`, which `tests/test_docs.py` uses to check that
the committed table is current.
"""

from __future__ import annotations

import sys

from tests.sites.listing import END, PAGE, START, committed, table


def main() -> int:
    text = PAGE.read_text(encoding="utf-8")
    old = committed(text)
    new = table()
    text = text.replace(START + "\n" + old + END, START + "\n" + new + END)
    PAGE.write_text(text, encoding="utf-8")
    print(f"{PAGE.name}: " + ("unchanged" if old == new else "table rewritten, review the diff"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
