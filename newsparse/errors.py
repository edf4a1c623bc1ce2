"""The exceptions and warnings newsparse raises.

    NewsparseError                      base of every newsparse exception
    └── EmptyDocumentError (ValueError) the input holds no markup or text at all

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
