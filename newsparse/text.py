"""Text normalisation and comparisons shared by the passes."""

from __future__ import annotations

import re

__all__ = ["ascii_lower", "fold", "normalize_lines", "normalize_space", "text_size", "words"]

# Characters that render as nothing, dropped before whitespace is collapsed (`&nbsp;` is
# whitespace to `str.split` and to `\s` already).
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_INVISIBLE = str.maketrans(
    {
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"(?<!\s)\s*\n\s*")
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


def normalize_space(text: str) -> str:
    """Drop zero-width characters, collapse runs of whitespace (`&nbsp;` too) to one space."""
    if not text.isascii() and _ZERO_WIDTH.search(text) is not None:  # ASCII holds none of them
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())


def normalize_lines(text: str) -> str:
    """Like `normalize_space` but keep single line breaks (from `<br>`) as newlines."""
    if _ZERO_WIDTH.search(text) is not None:
        text = text.translate(_INVISIBLE)
    return _NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()
