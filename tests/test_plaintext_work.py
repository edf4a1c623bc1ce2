"""The line tests of `parse_text` on text of many distinct short lines: the work per line,
counted through public seams (never timed), and the matchers it relies on, which must accept
exactly what the phrases they are built from accept.

Every input here is hand-made (built in the test).
"""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_text
from newsparse.content.boilerplate import is_boilerplate, is_byline
from newsparse.lexicon.build import by_first_letter
from tests.checks import record_calls_everywhere


def _distinct_lines(count: int, template: str) -> list[str]:
    """`count` distinct hand-made lines: `template` around four lowercase letters."""
    letters = string.ascii_lowercase
    return [
        template.format("".join(letters[i // 26**k % 26] for k in range(4))) for i in range(count)
    ]


def test_the_chrome_test_of_a_short_line_holds_its_byline_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`is_boilerplate` of a short line tests it for a byline in the same match as for chrome
    phrases, a credit, a rule or arrows, without another call per line."""
    lines = [
        *_distinct_lines(300, "{}"),
        *_distinct_lines(300, "Share this {}"),
        *_distinct_lines(300, "By {} Doe"),
    ]
    calls = record_calls_everywhere(monkeypatch, is_byline)
    judged = [is_boilerplate(line) for line in lines]
    assert not calls
    assert judged == [False] * 600 + [True] * 300  # "By aaaa Doe" is a byline alone


def test_distinct_short_lines_cost_one_byline_test_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text of N distinct short lines (no prose line, so the byline search runs through it):
    N byline tests at most, the chrome tests making none of their own."""
    lines = _distinct_lines(2000, "Share {}")
    calls = record_calls_everywhere(monkeypatch, is_byline)
    article = parse_text("A story about the bridge\n\n" + "\n".join(lines))
    assert len(calls) <= len(lines) + 2
    assert article.text.split("\n") == lines


# Grouping the branches of an alternation by first letter (`by_first_letter`) is for speed only:
# the grouped pattern matches exactly the texts that the alternation matches, ignoring case or
# not, whatever letters (ASCII or not) open the text.
_LETTERS = "sSkKiIaA\u017f\u212a\u0130\u0131\u00e0\u00df1 "
_WORDS = st.text(alphabet=_LETTERS, min_size=0, max_size=4)


def _branch(words: list[str]) -> str:
    """One branch of a hand-made alternation: plain words, or a group of them opening it,
    optional or not, before a word (the shapes that `by_first_letter` splits)."""
    escaped = [re.escape(word) for word in words]
    if len(escaped) < 3:
        return "".join(escaped)
    return f"(?:{escaped[0]}|{escaped[1]}){'?' if len(words[2]) % 2 else ''}{escaped[2]}"


@given(
    st.lists(st.lists(_WORDS, min_size=1, max_size=3), min_size=1, max_size=6),
    st.lists(_WORDS, min_size=1, max_size=8),
    st.booleans(),
)
def test_grouping_by_first_letter_matches_what_the_alternation_matches(
    branches: list[list[str]], texts: list[str], guard: bool
) -> None:
    pattern = "|".join(_branch(words) for words in branches)
    for flags in (re.IGNORECASE, 0):
        grouped = by_first_letter(pattern, guard=guard, ignore_case=bool(flags))
        plain = re.compile(pattern, flags)
        fast = re.compile(grouped, flags)
        for text in texts:
            assert bool(fast.fullmatch(text)) == bool(plain.fullmatch(text)), (grouped, text)


def test_grouping_ignores_case_as_re_does_for_every_character() -> None:
    """Every code point opening a text, against branches opening with each ASCII letter:
    the grouped alternation (case-sensitive heads for ASCII text) agrees with `re`."""
    pattern = "|".join(f"{letter}!" for letter in string.ascii_lowercase)
    plain = re.compile(pattern, re.IGNORECASE)
    grouped = re.compile(by_first_letter(pattern, guard=True), re.IGNORECASE)
    differ = [
        code
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and bool(plain.fullmatch(chr(code) + "!")) != bool(grouped.fullmatch(chr(code) + "!"))
    ]
    assert not differ
