"""The exceptions and warnings newsparse raises.

    NewsparseError                           base of every newsparse exception
    ├── EmptyDocumentError (ValueError)      the input holds no markup or text at all
    └── ParserRegistrationError (ValueError) two site parsers claim one host at one level

    ParserWarning (UserWarning)              a site parser was skipped (broken or failing)

Everything else a page can do wrong gives a best-effort `Article`, never an exception.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every exception newsparse raises."""


class EmptyDocumentError(NewsparseError, ValueError):
    """The document is empty or only whitespace, so there is nothing to parse."""

    def __init__(self, *, size: int) -> None:
        self.size = size
        super().__init__(f"empty document: {size} characters of input, none of them markup or text")


class ParserRegistrationError(NewsparseError, ValueError):
    """Two site parsers claim the same host at the same level of precedence."""

    def __init__(self, *, host: str, first: str, second: str, level: str) -> None:
        self.host = host
        self.first = first
        self.second = second
        self.level = level
        super().__init__(f"{first} and {second} both claim {host!r} ({level} parsers)")


class ParserWarning(UserWarning):
    """A site parser was skipped: it failed to load, raised, or returned the wrong type."""
