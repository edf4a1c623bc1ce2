"""Small text comparisons shared by the passes."""

from __future__ import annotations

__all__ = ["ascii_lower", "fold", "same_text"]

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """Casefold and collapse whitespace: the form in which two texts are compared."""
    return " ".join(text.casefold().split())


def same_text(a: str, b: str) -> bool:
    """True when `a` and `b` differ only in case and whitespace."""
    return fold(a) == fold(b)


def ascii_lower(text: str) -> str:
    """`text` with ASCII letters lowercased only, as CSS compares case-insensitive values."""
    return text.translate(_ASCII_LOWER)
