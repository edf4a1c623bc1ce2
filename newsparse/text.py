"""Small text comparisons shared by the passes."""

from __future__ import annotations

__all__ = ["fold", "same_text"]


def fold(text: str) -> str:
    """Casefold and collapse whitespace: the form in which two texts are compared."""
    return " ".join(text.casefold().split())


def same_text(a: str, b: str) -> bool:
    """True when `a` and `b` differ only in case and whitespace."""
    return fold(a) == fold(b)
