"""Small text comparisons shared by the passes."""

from __future__ import annotations

import re

__all__ = ["ascii_lower", "fold", "text_size", "words"]

_WORD = re.compile(r"\w+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """Casefold and collapse whitespace: the form in which two texts are compared."""
    return " ".join(text.casefold().split())


def words(text: str) -> tuple[str, ...]:
    """The casefolded words of `text`: two texts with the same words say the same thing
    ("Linde: Gasekonzern muss …" and "Linde Gasekonzern muss …", a kicker set apart)."""
    return tuple(_WORD.findall(text.casefold()))


def ascii_lower(text: str) -> str:
    """`text` with ASCII letters lowercased only, as CSS compares case-insensitive values."""
    return text.translate(_ASCII_LOWER)


def text_size(text: str) -> int:
    """The number of non-space characters of `text`: a cheap, layout-blind text length."""
    return len("".join(text.split()))
