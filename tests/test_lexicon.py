"""The lexicon: every concept's examples, and its pre-filters against its patterns."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.lexicon import CONCEPTS, PREFILTERED
from newsparse.lexicon.build import (
    CASE_UNSAFE,
    Concept,
    Prefilter,
    Regex,
    alternation,
    by_first_letter,
    required_keys,
)

_EXAMPLES = [
    pytest.param(concept, line, expected, id=f"{concept.name}: {line[:40]}")
    for concept in CONCEPTS
    for expected, lines in ((True, concept.matches), (False, concept.rejects))
    for line in lines
]
_FILTERED = [pytest.param(concept, keys, id=concept.name) for concept, keys in PREFILTERED]


@pytest.mark.parametrize(("concept", "line", "expected"), _EXAMPLES)
def test_example(concept: Concept, line: str, expected: bool) -> None:
    assert concept.accepts(line) is expected


@pytest.mark.parametrize(("concept", "keys"), _FILTERED)
def test_prefilter_admits_every_example(concept: Concept, keys: Prefilter) -> None:
    assert all(keys.admits(line.casefold()) for line in concept.matches)


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda concept: concept.name)
def test_every_concept_has_examples_both_ways(concept: Concept) -> None:
    assert concept.matches
    assert concept.rejects
    assert len({concept.name for concept in CONCEPTS}) == len(CONCEPTS)


# Letters that `re.IGNORECASE` may match in place of another one.
_CASE_SWAPS = {
    "i": "I\u0130\u0131",
    "I": "i\u0130\u0131",
    "s": "S\u017f",
    "k": "K\u212a",
    "\u00df": "\u1e9e",
}


@st.composite
def _recased(draw: st.DrawFn, text: str) -> str:
    """`text` with each letter in a case of `draw`'s choosing (or a letter `re` equates)."""
    out = []
    for char in text:
        options = [char, char.upper(), char.lower(), *_CASE_SWAPS.get(char, "")]
        out.append(draw(st.sampled_from([o for o in options if len(o) == 1])))
    return "".join(out)


@pytest.mark.parametrize(("concept", "keys"), _FILTERED)
@given(data=st.data())
def test_prefilter_never_rejects_a_match(
    concept: Concept, keys: Prefilter, data: st.DataObject
) -> None:
    fragment = data.draw(st.sampled_from(concept.fragments()))
    core = data.draw(st.from_regex(re.compile(fragment, re.IGNORECASE), fullmatch=True))
    line = (
        data.draw(st.text(max_size=10))
        + data.draw(_recased(core))
        + data.draw(st.text(max_size=10))
    )
    if concept.accepts(line):
        assert keys.admits(line.casefold())


def test_case_unsafe_letters_are_all_there_are() -> None:
    """Every letter (of the scripts up to IPA, and a few more) that `re.IGNORECASE` matches with
    a character of another casefold is in CASE_UNSAFE."""
    letters = "".join(
        {chr(c) for c in range(0x250)}
        | set("\u017f\u00df\u1e9e\u212a\u03c2\u03c3\u03a3\u00b5\u03bc")
    )
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    anyof = re.compile(f"[{re.escape(letters)}]", re.IGNORECASE)
    unsafe = set()
    for other in {match.group() for match in anyof.finditer(everything)}:
        for match in re.finditer(re.escape(other), letters, re.IGNORECASE):
            if match.group().casefold() != other.casefold():
                unsafe.add(match.group())
    assert unsafe == CASE_UNSAFE


def test_required_keys() -> None:
    assert required_keys("all rights reserved") == ("ghts reserved",)
    assert required_keys(r"tous droits r[ée]serv[ée]s", re.I) == ("tous dro",)
    assert required_keys("(?:sign up|sign in) now|subscribe") == (" now", "ubscr")
    assert required_keys(r"a|\d+") is None
    assert required_keys(r"(?:follow )?us") == ("us",)


def test_prefilter_refuses_a_pattern_without_words() -> None:
    with pytest.raises(ValueError, match="no word"):
        Prefilter.of(re.compile(r"\d+|x"))


def test_alternation_escapes_plain_phrases_only() -> None:
    concept = Concept("c", {"en": ("a.b", Regex(r"c\d"))})
    assert alternation(concept) == r"a\.b|c\d"
    assert re.fullmatch(alternation(concept), "c1")
    assert not re.fullmatch(alternation(concept), "axb")


def test_by_first_letter_keeps_every_branch() -> None:
    """Letter-led branches are grouped by letter (with `guard`, behind a look-ahead); an
    ASCII letter's group behind a case-sensitive head for each case, and all of them again for
    a character outside ASCII."""
    pattern = "share|save|s?end|\\+|tweet"
    grouped = by_first_letter(pattern)
    groups = (
        "(?-i:s)(?:hare|ave)|(?-i:S)(?:hare|ave)|(?-i:t)(?:weet)|(?-i:T)(?:weet)"
        "|(?=(?-i:[^\\x00-\\x7f]))(?:s(?:hare|ave)|t(?:weet))"
    )
    assert grouped == groups + "|s?end|\\+"
    guarded = by_first_letter(pattern, guard=True)
    assert guarded == rf"(?=[^\W\d_])(?:{groups})|s?end|\+"
    for word in ("share", "save", "end", "send", "+", "tweet"):
        assert re.fullmatch(grouped, word)
        assert re.fullmatch(guarded, word)


def test_by_first_letter_splits_a_leading_class_of_letters() -> None:
    grouped = by_first_letter("[àa] lire|ab|[i\u0130]lgili")
    assert grouped == (
        "\u00e0(?: lire)|(?-i:a)(?: lire|b)|(?-i:A)(?: lire|b)|(?-i:i)(?:lgili)|(?-i:I)(?:lgili)"
        "|(?=(?-i:[^\\x00-\\x7f]))(?:a(?: lire|b)|i(?:lgili))|\u0130lgili"
    )
    for text in ("à lire", "a lire", "ab", "ilgili", "\u0130lgili"):
        assert re.fullmatch(grouped, text, re.IGNORECASE)


@pytest.mark.parametrize(
    "concept", [c for c in CONCEPTS if c.form != "class"], ids=lambda c: c.name
)
def test_every_plain_phrase_is_accepted_alone(concept: Concept) -> None:
    """A concept's matcher accepts each of its own plain phrases written as they stand, in
    whatever case they are written (the grouping by first letter keeps the case of a
    case-sensitive concept)."""
    missed = [phrase for phrase in concept.words() if phrase and not concept.accepts(phrase)]
    assert not missed
