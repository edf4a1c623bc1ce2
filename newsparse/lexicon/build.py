"""The builder: a concept's phrases compiled into one regex, and the pre-filter derived from them.

A `Concept` holds plain phrases (escaped here) and `Regex` fragments (kept as written), by
language, with example lines that must match and lines that must not. `alternation` joins them
(grouped by first letter for speed where the order of the branches cannot matter), `compile_`
wraps them in the form a caller needs, and `Prefilter` holds the words that every match contains,
read from the compiled regex itself, so that it cannot drift from the phrases.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Concept",
    "Prefilter",
    "Regex",
    "alternation",
    "branches",
    "by_first_letter",
    "matcher",
    "numbered",
    "required_keys",
]

# `re`'s own parser: the one reading of a pattern that the matcher uses too.
_PARSER: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
# The only letters that `re.IGNORECASE` equates with a letter of another casefold ("I" and the
# Turkish dotted and dotless i): a pre-filter key never holds them (tests check the table
# against every code point).
CASE_UNSAFE = frozenset("Ii\u0130\u0131")


class Regex(str):
    """A regex fragment in a concept, for what a plain phrase cannot say (a choice of letters,
    a number, an optional word); any other phrase is plain text, escaped by the builder."""

    __slots__ = ()


_FORMS = {
    "search": "(?:{})",  # a text holding a phrase
    "word": r"\b(?:{})",  # a text holding a phrase from the start of a word
    "whole": r"\b(?:{})(?!\w)",  # a text holding a phrase as whole words
    "start": r"^(?:{})(?!\w)",  # a text opening with a phrase, as a whole word
    "line": "(?:{})",  # a text that is one phrase (matched with `fullmatch`)
    # a class or id name (lowercased) holding a word at the start of one of its words, searched
    # in the name with a space before it: "[^a-z0-9]" is a third faster than a look-behind
    "class": "[^a-z0-9](?:{})",
}


@dataclass(frozen=True)
class Concept:
    """One piece of the web's vocabulary: phrases by language (ISO 639-1 code, or "any" for
    symbols and names shared by all), and example texts that its matcher (`compile()`) must
    accept (`matches`) and must not (`rejects`). `form` says how the matcher reads a text (a key
    of `_FORMS`; "line" matches with `fullmatch`, the others with `search`), and `ignore_case`
    whether it ignores case; `spaced` lets a space of a plain phrase stand for any run of
    whitespace (for raw text)."""

    name: str
    phrases: Mapping[str, tuple[str, ...]]
    matches: tuple[str, ...] = ()
    rejects: tuple[str, ...] = ()
    form: str = "search"
    ignore_case: bool = True
    spaced: bool = False  # True: a space of a plain phrase matches any run of whitespace

    def fragments(self) -> list[str]:
        """Every phrase as a regex fragment, in the order given (languages in turn), once."""
        space = r"\s+" if self.spaced else r"\ "
        return list(
            dict.fromkeys(
                phrase if isinstance(phrase, Regex) else re.escape(phrase).replace(r"\ ", space)
                for phrases in self.phrases.values()
                for phrase in phrases
            )
        )

    def words(self) -> tuple[str, ...]:
        """The plain phrases (not the `Regex` fragments), in order."""
        return tuple(
            phrase
            for phrases in self.phrases.values()
            for phrase in phrases
            if not isinstance(phrase, Regex)
        )

    def compile(self) -> re.Pattern[str]:
        """The concept's own matcher, in its `form`."""
        return matcher(self)

    def accepts(self, text: str) -> bool:
        """True when the concept's matcher accepts `text` (in its `form`)."""
        pattern = self.compile()
        if self.form == "line":
            return pattern.fullmatch(text.strip()) is not None
        if self.form == "class":
            return pattern.search(f" {text}") is not None
        return pattern.search(text) is not None


def matcher(*concepts: Concept) -> re.Pattern[str]:
    """One matcher for the phrases of `concepts`, in the form and case of the first (grouped by
    first letter but in the "search" form)."""
    first = concepts[0]
    flags = re.IGNORECASE if first.ignore_case else 0
    # A plain search scans for the possible first characters of an alternation of words, which
    # grouping would hide; every other form tries the alternation at chosen places only.
    grouped = first.form != "search"
    pattern = alternation(*concepts, grouped=grouped, ignore_case=first.ignore_case)
    return re.compile(_FORMS[first.form].format(pattern), flags)


def alternation(*concepts: Concept, grouped: bool = False, ignore_case: bool = True) -> str:
    """The phrases of `concepts` as one regex alternation, in order; `grouped` (for matchers
    whose result does not depend on which branch matches first, such as a `fullmatch`) groups
    the branches by first letter (`by_first_letter`; `ignore_case` as the matcher's)."""
    joined = "|".join(
        dict.fromkeys(fragment for concept in concepts for fragment in concept.fragments())
    )
    return by_first_letter(joined, ignore_case=ignore_case) if grouped else joined


def numbered(table: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Each name of a table of numbered names by language (position 1, 2, ... holding names
    separated by spaces, as `lexicon.dates.MONTHS`), casefolded, with its number."""
    return {
        name.casefold(): number
        for names in table.values()
        for number, spaced in enumerate(names, start=1)
        for name in spaced.split()
    }


def branches(pattern: str) -> list[str]:
    """The top-level branches of the regex `pattern` (split at each `|` outside groups and
    character classes)."""
    found: list[str] = []
    start = 0
    for index, char, depth in _syntax(pattern):
        if char == "|" and not depth:
            found.append(pattern[start:index])
            start = index + 1
    found.append(pattern[start:])
    return found


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The characters of the regex `pattern` outside escapes and character classes, each with
    its index and the depth of groups it is in (after it, for a parenthesis)."""
    depth, in_class, index = 0, False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1


def by_first_letter(pattern: str, *, guard: bool = False, ignore_case: bool = True) -> str:
    """The regex alternation `pattern` with its branches that open with a plain letter grouped
    by that letter (by its lowercase form unless `ignore_case` is False, for a case-sensitive
    matcher, where "And" and "and" are two groups): `re` tries every branch at
    every position, and a text that matches none fails them all, so grouping makes it about three
    times cheaper. A search finds a match at the same place whatever the order of the
    branches, and the line patterns that use them backtrack through all of them. `guard` puts
    the groups behind one look-ahead for a letter, so that a position holding anything else
    fails one test instead of one a group: for a pattern tried at every character of a run of
    separators (a line pattern); it costs a plain search its fast scan for a first character.
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for branch in _split_first_class(branches(pattern)):
        first = branch[:1]
        if first.isalpha() and len(first.lower()) == 1 and branch[1:2] not in _QUANTIFIERS:
            groups.setdefault(first.lower() if ignore_case else first, []).append(branch[1:])
        else:
            others.append(branch)
    grouped: list[str] = []
    ascii_groups: list[str] = []
    for first, rest in groups.items():
        group = f"{re.escape(first)}(?:{'|'.join(rest)})"
        if ignore_case and first.isascii():
            # The group twice behind case-sensitive heads ("a", "A"): `re` skips a branch whose
            # head is a plain character other than the text's without entering it, but enters
            # every branch behind an ignore-case head.
            grouped.extend(f"(?-i:{head}){group[1:]}" for head in (first, first.upper()))
            ascii_groups.append(group)
        else:
            grouped.append(group)
    if ascii_groups:
        # A character outside ASCII that ignoring case equates with an ASCII letter (the Kelvin
        # sign, a long s): the ASCII groups as they were.
        grouped.append(rf"(?=(?-i:[^\x00-\x7f]))(?:{'|'.join(ascii_groups)})")
    if guard and grouped:
        return "|".join([rf"(?=[^\W\d_])(?:{'|'.join(grouped)})", *others])
    return "|".join(grouped + others)


def _split_first_class(found: list[str]) -> list[str]:
    """The branches with one that opens with a class of plain letters ("[àa] lire") made one
    branch per letter ("à lire", "a lire"), and one that opens with a group of alternatives
    ("(?:articles|videos) on", "(?:the )?latest") one branch per alternative ("articles on",
    "videos on"; "the latest", "latest"), so that each joins its letter's group."""
    split: list[str] = []
    for branch in _split_first_groups(found):
        end = branch.find("]")
        letters = branch[1:end]
        if (
            branch[:1] == "["
            and letters.isalpha()
            and branch[end + 1 : end + 2] not in _QUANTIFIERS
        ):
            split.extend(letter + branch[end + 1 :] for letter in dict.fromkeys(letters))
        else:
            split.append(branch)
    return split


_QUANTIFIERS = ("?", "*", "+", "{")
_MAX_SPLIT = 16  # branches that one branch opening with a group may become


def _split_first_groups(found: list[str]) -> list[str]:
    """`found` with each branch that opens with a non-capturing group, optional or not, made
    one branch per alternative of the group followed by the rest (and the rest alone for an
    optional group), again while a branch opens with one, up to `_MAX_SPLIT` branches."""
    split: list[str] = []
    for branch in found:
        pending = [branch]
        done: list[str] = []
        while pending and len(pending) + len(done) <= _MAX_SPLIT:
            first = pending.pop(0)
            opened = _opening_group(first)
            if opened is None:
                done.append(first)
                continue
            alternatives, rest = opened
            pending[:0] = [alternative + rest for alternative in alternatives]
        split.extend(done + pending if len(done) + len(pending) <= _MAX_SPLIT else [branch])
    return split


def _opening_group(branch: str) -> tuple[list[str], str] | None:
    """The alternatives of the non-capturing group that `branch` opens with (with "" for an
    optional one) and the rest of the branch, or None."""
    if not branch.startswith("(?:"):
        return None
    end = next((index for index, char, depth in _syntax(branch) if not depth), None)
    if end is None:
        return None
    inner, rest = branch[3:end], branch[end + 1 :]
    alternatives = branches(inner)
    if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
        return [*alternatives, ""], rest[1:]
    if rest[:1] in _QUANTIFIERS:
        return None
    return alternatives, rest


def required_keys(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Casefolded words of which every match of `pattern` holds at least one (so a text whose
    casefolded copy holds none cannot match), or None when some match need hold no literal."""
    keys = _sequence_keys(_PARSER.parse(pattern, flags))
    if keys is None:
        return None
    unique = dict.fromkeys(keys)  # a key holding another one adds nothing
    return tuple(key for key in unique if not any(k != key and k in key for k in unique))


def _sequence_keys(items: Iterable[tuple[Any, Any]]) -> list[str] | None:
    """The best key set of a sequence: its longest run of literal letters, or the keys of one
    of its required parts, whichever has the longer shortest key."""
    options: list[list[str]] = []
    run: list[str] = []
    for op, value in items:
        name = op.name
        if name == "LITERAL" and chr(value) not in CASE_UNSAFE:
            run.append(chr(value).casefold())
            continue
        if run:
            options.append(["".join(run)])
            run = []
        part: list[str] | None = None
        if name == "SUBPATTERN":
            part = _sequence_keys(value[-1])
        elif name == "BRANCH":
            part = _branch_keys(value[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and value[0] >= 1:
            part = _sequence_keys(value[2])
        elif name == "ATOMIC_GROUP":
            part = _sequence_keys(value)
        if part:
            options.append(part)
    if run:
        options.append(["".join(run)])
    if not options:
        return None
    return max(options, key=lambda keys: (min(map(len, keys)), -len(keys)))


def _branch_keys(alternatives: Iterable[Iterable[tuple[Any, Any]]]) -> list[str] | None:
    keys: list[str] = []
    for alternative in alternatives:
        found = _sequence_keys(alternative)
        if found is None:
            return None
        keys.extend(found)
    return keys


@dataclass(frozen=True)
class Prefilter:
    """A cheap test before a regex: the casefolded words (`required_keys`) of which every match
    holds one. `admits(lowered)` is False only for a text that the regex cannot match."""

    keys: tuple[str, ...]
    # The keys as one case-sensitive search of literals (a text casefolded holds a key exactly
    # when the search finds one): one scan in C instead of a test per key, the keys grouped by
    # first letter (which key is found does not matter).
    _search: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        literals = "|".join(re.escape(key) for key in sorted(self.keys, key=len, reverse=True))
        grouped = by_first_letter(literals, ignore_case=False) if literals else "(?!)"
        object.__setattr__(self, "_search", re.compile(grouped))

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prefilter:
        """The pre-filter of a compiled `pattern`; ValueError when some match holds no word."""
        keys = required_keys(pattern.pattern, pattern.flags)
        if keys is None:
            raise ValueError(f"no word is common to every match of {pattern.pattern[:60]!r}")
        return cls(keys)

    def admits(self, lowered: str) -> bool:
        """True when `lowered` (a text casefolded) holds one of the keys."""
        return self._search.search(lowered) is not None
