"""Golden tests on real news pages: metadata and body against the expectations of their source.

The pages and `cases.jsonl` are in `tests/data/corpus/` (see its README for their origin), but
for the pages that are also a site parser's golden page, in `tests/sites/` (`page_path`).
Each case yields one test per field it states (title, authors, published, must_include,
must_exclude, body_prefix, body), with ids such as `fundus/uk-EuronewsEN_2024_04_30-title`.
The comparison rules are documented in `tests/corpus_scoring.py`. Authors of newspaper4k
cases are not tested: they are that library's own, noisy output; nor are the fields a case
lists under `reviewed` (expectations set aside after review, each with its reason, listed in
the corpus README).

Run one page: `pytest tests/test_corpus_golden.py -k EuronewsEN`.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from tests.corpus_pages import page_path
from tests.corpus_scoring import (
    missing_byline_names,
    name_set,
    norm,
    prefix_matches,
    same_day,
    title_matches,
    token_f1,
)

DATA = Path(__file__).parent / "data" / "corpus"
BODY_F1_THRESHOLD = 0.8

CASES: list[dict[str, Any]] = [
    json.loads(line)
    for line in (DATA / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _has(case: dict[str, Any], field: str) -> bool:
    """Whether `case` states `field` and it has not been set aside after review."""
    if field == "authors" and case["id"].startswith("newspaper4k/"):
        return False
    if field in case.get("reviewed", {}):
        return False
    return bool(case.get(field))


def _cases_with(field: str) -> list[Any]:
    return [pytest.param(case, id=f"{case['id']}-{field}") for case in CASES if _has(case, field)]


@functools.cache
def _parse(case_id: str, url: str | None) -> newsparse.Article:
    return newsparse.parse(page_path(case_id).read_bytes(), url=url)


def article(case: dict[str, Any]) -> newsparse.Article:
    """The parsed page of `case` (parsed once per test session)."""
    return _parse(case["id"], case.get("url"))


@pytest.mark.parametrize("case", _cases_with("title"))
def test_title(case: dict[str, Any]) -> None:
    """The title equals the expected one, give or take a trailing " - Site"."""
    got = article(case).title
    assert title_matches(case["title"], got), f"expected {case['title']!r}, got {got!r}"


@pytest.mark.parametrize("case", _cases_with("authors"))
def test_authors(case: dict[str, Any]) -> None:
    """The authors are the expected set of names (every name of a raw byline)."""
    got = list(article(case).authors)
    if case.get("extra", {}).get("authors_is_raw_byline"):
        missing = missing_byline_names(case["authors"][0], got)
        assert not missing, f"byline {case['authors'][0]!r}: missing {missing}, got {got}"
    else:
        assert name_set(got) == name_set(case["authors"]), f"expected {case['authors']}, got {got}"


@pytest.mark.parametrize("case", _cases_with("published"))
def test_published(case: dict[str, Any]) -> None:
    """The publication date falls on the expected day."""
    got = article(case).published
    assert same_day(case["published"], got), f"expected {case['published']}, got {got}"


@pytest.mark.parametrize("case", _cases_with("must_include"))
def test_must_include(case: dict[str, Any]) -> None:
    """Every must-include snippet occurs in the body text."""
    text = norm(article(case).text)
    missing = [s for s in case["must_include"] if norm(s) not in text]
    assert not missing, f"missing from the body: {missing}"


@pytest.mark.parametrize("case", _cases_with("must_exclude"))
def test_must_exclude(case: dict[str, Any]) -> None:
    """No must-exclude snippet (boilerplate) occurs in the body text."""
    text = norm(article(case).text)
    present = [s for s in case["must_exclude"] if norm(s) in text]
    assert not present, f"boilerplate in the body: {present}"


@pytest.mark.parametrize("case", _cases_with("body_prefix"))
def test_body_prefix(case: dict[str, Any]) -> None:
    """The body text begins with the expected prefix (within twice its length)."""
    text = article(case).text
    assert prefix_matches(case["body_prefix"], text), (
        f"expected the body to begin {norm(case['body_prefix'])[:200]!r}, got {norm(text)[:200]!r}"
    )


@pytest.mark.parametrize("case", _cases_with("body"))
def test_body(case: dict[str, Any]) -> None:
    """The body text has a token F1 of at least 0.8 against the expected full text."""
    score = token_f1(case["body"], article(case).text)
    assert score >= BODY_F1_THRESHOLD, f"token F1 {score:.3f} < {BODY_F1_THRESHOLD}"
