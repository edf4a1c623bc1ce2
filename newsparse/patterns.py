"""Building regexes: alternations grouped for speed."""

from __future__ import annotations

import re

__all__ = ["branches", "by_first_letter"]


def branches(pattern: str) -> list[str]:
    """The top-level branches of the regex `pattern` (split at each `|` outside groups and
    character classes)."""
    branches: list[str] = []
    depth, in_class, start, index = 0, False, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and not depth:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


def by_first_letter(pattern: str) -> str:
    """The regex alternation `pattern` with its branches that open with a plain letter grouped
    by that letter (lowercase or case-insensitive matching assumed): `re` tries every branch at
    every position, and a text that matches none fails them all, so grouping makes it about three
    times cheaper. A search finds a match at the same place whatever the order of the
    branches, and the line patterns that use them backtrack through all of them."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for branch in branches(pattern):
        first = branch[:1]
        if first.isalpha() and branch[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(first.lower(), []).append(branch[1:])
        else:
            others.append(branch)
    grouped = [f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items()]
    return "|".join(grouped + others)
