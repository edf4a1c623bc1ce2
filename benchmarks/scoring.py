"""Scoring helpers shared by the benchmark scripts (accuracy, speed, embeds).

Every comparison follows "How to score" in the development corpus README
(`../shared/corpus/README.md`): texts are compared after `norm()`, dates by day, author
names as sets of normalised names. One addition to that README: `norm()` also folds
typographic quotes (\u2018 \u2019 to ', \u201c \u201d \u00ab \u00bb to "), as
`tests/corpus_scoring.py` does, since pages and expectations set the same text either way.
Functions take plain values (strings, dates) so that any extractor's output can be scored
once it is turned into those values.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

# One definition of the text rules for the golden tests and the benchmarks: tests/corpus_scoring.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.corpus_scoring import norm, split_byline, token_f1

__all__ = [
    "author_overlap",
    "body_prefix_match",
    "exclude_passes",
    "f1",
    "include_hits",
    "lost_story",
    "norm",
    "norm_names",
    "published_match",
    "shingle_precision_recall",
    "shingles",
    "split_byline",
    "title_match",
    "token_f1",
]


def title_match(expected: str, got: str | None) -> tuple[bool, bool]:
    """Return (exact, lenient): `norm` equality, and `norm(expected)` contained in `norm(got)`.

    The lenient rule tolerates a site name around the title ("Title - Site").
    """
    want, have = norm(expected), norm(got)
    if not want:
        return False, False
    return want == have, bool(have) and want in have


def norm_names(names: Iterable[str], *, raw_byline: bool = False) -> set[str]:
    """Normalise author names to a set; with `raw_byline`, split each entry as a byline first."""
    out: set[str] = set()
    for name in names:
        for part in split_byline(name) if raw_byline else [name]:
            if key := norm(part):
                out.add(key)
    return out


def author_overlap(
    expected: Sequence[str], got: Iterable[str], *, raw_byline: bool = False
) -> tuple[float, bool]:
    """Return (len(E & G) / len(E | G), E == G) for the normalised name sets of truth and output."""
    want = norm_names(expected, raw_byline=raw_byline)
    have = norm_names(got)
    if not want and not have:
        return 1.0, True
    return len(want & have) / len(want | have), want == have


def _expected_day(expected: str) -> date:
    """The day of an ISO 8601 truth value, in its own offset when it has one."""
    value = expected.strip()
    if len(value) <= 10:
        return date.fromisoformat(value[:10])
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date()


def _got_day(got: date | datetime, expected: str) -> date:
    """The day of an extracted value, converted to the truth's offset when both have one."""
    if not isinstance(got, datetime):
        return got
    value = expected.strip()
    if got.tzinfo is not None and len(value) > 10:
        want = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if want.tzinfo is not None:
            return got.astimezone(want.tzinfo).date()
    return got.date()


def published_match(expected: str, got: date | datetime | None, *, tolerance_days: int = 0) -> bool:
    """Whether `got` falls on the truth's day (the truth's `[:10]`, or its date in its offset).

    `tolerance_days=1` accepts the day before or after, for UTC truths such as postlight's.
    """
    if got is None:
        return False
    want = _expected_day(expected)
    if tolerance_days:
        # A UTC truth against a local time: compare with the page's own local day.
        have = got.date() if isinstance(got, datetime) else got
        return abs(have - want) <= timedelta(days=tolerance_days)
    return _got_day(got, expected) == want


def include_hits(snippets: Sequence[str], text: str | None) -> int:
    """How many of `snippets` occur in `text`, after `norm` on both sides."""
    body = norm(text)
    return sum(1 for snippet in snippets if norm(snippet) in body)


# Below this body token F1 against a full-body truth, a page has lost its story.
LOST_F1 = 0.3


def lost_story(
    include_hits: int | None = None, include_total: int = 0, body_f1: float | None = None
) -> bool:
    """Whether an output lost the page's story: none of its `must_include` snippets found
    (`include_hits` of `include_total`), or a body token F1 under `LOST_F1`."""
    return (include_total > 0 and include_hits == 0) or (body_f1 is not None and body_f1 < LOST_F1)


def exclude_passes(snippets: Sequence[str], text: str | None) -> int:
    """How many of `snippets` do not occur in `text`, after `norm` on both sides."""
    body = norm(text)
    return sum(1 for snippet in snippets if norm(snippet) not in body)


def body_prefix_match(expected: str, got: str | None) -> tuple[bool, bool]:
    """Return (strict, lenient) for a body prefix.

    Strict: `norm(got)` starts with `norm(expected)`. Lenient: `norm(expected)` occurs within
    the first 2 * its length characters of `norm(got)` (a lede, caption or drop cap first).
    """
    want, have = norm(expected), norm(got)
    if not want:
        return False, False
    return have.startswith(want), want in have[: 2 * len(want)]


def shingles(text: str | None, size: int = 4) -> set[tuple[str, ...]]:
    """The set of `size`-word shingles of `norm(text)`; a shorter non-empty text is one shingle."""
    words = norm(text).split()
    if not words:
        return set()
    if len(words) < size:
        return {tuple(words)}
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def shingle_precision_recall(expected: str, got: str | None, size: int = 4) -> tuple[float, float]:
    """Return (shared / predicted, shared / expected) over `size`-word shingle sets.

    An empty output scores precision 0 and recall 0 (it is not skipped).
    """
    want, have = shingles(expected, size), shingles(got, size)
    if not want or not have:
        return 0.0, 0.0
    shared = len(want & have)
    return shared / len(have), shared / len(want)


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of `precision` and `recall` (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
