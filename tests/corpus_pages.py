"""Where the HTML of a golden corpus case is stored: each page once in `tests/`.

A case's page is `tests/data/corpus/<id>.html`, unless its line in `cases.jsonl` names another
file under `tests/` in `page`: the pages that are also a site parser's golden page live in
`tests/sites/` only.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

TESTS = Path(__file__).parent
CORPUS = TESTS / "data" / "corpus"


@functools.cache
def _stored_elsewhere() -> dict[str, str]:
    """Case id -> path under `tests/` of the pages kept outside `tests/data/corpus/`."""
    found: dict[str, str] = {}
    for line in (CORPUS / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            if case.get("page"):
                found[case["id"]] = case["page"]
    return found


def page_path(case_id: str) -> Path:
    """The HTML file of the corpus case `case_id` (`source/stem`)."""
    elsewhere = _stored_elsewhere().get(case_id)
    return TESTS / elsewhere if elsewhere else CORPUS / f"{case_id}.html"
