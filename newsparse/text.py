"""Small text comparisons shared by the passes."""

from __future__ import annotations

__all__ = ["ascii_lower", "fold", "same_text", "text_size"]

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


def text_size(text: str) -> int:
    """The number of non-space characters of `text`: a cheap, layout-blind text length."""
    return len("".join(text.split()))
