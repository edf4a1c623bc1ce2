"""`newsparse.parse`: input types, errors and best-effort results."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.errors import EmptyDocumentError, NewsparseError


@pytest.mark.parametrize("value", [None, 42, ["<p>x</p>"], object()])
def test_wrong_type_raises_type_error_naming_the_type(value: object) -> None:
    """Anything but str or bytes raises TypeError naming the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        newsparse.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["", "   \n\t ", b"", b" \r\n"])
def test_empty_input_raises_empty_document_error(value: str | bytes) -> None:
    """Empty or whitespace-only input raises EmptyDocumentError."""
    with pytest.raises(EmptyDocumentError):
        newsparse.parse(value)


def test_empty_document_error_is_value_error_and_newsparse_error() -> None:
    """EmptyDocumentError can be caught as ValueError or as NewsparseError."""
    assert issubclass(EmptyDocumentError, ValueError)
    assert issubclass(EmptyDocumentError, NewsparseError)


@pytest.mark.parametrize(
    "page",
    [
        "just some text",
        "<p>unclosed <b>tags <i>everywhere",
        "<<<>>>",
        "<html><body></body></html>",
        "\x00\x01 binary-ish \xff",
    ],
)
def test_ugly_input_gives_an_article(page: str) -> None:
    """Fragments and broken markup give a best-effort Article, not an exception."""
    assert isinstance(newsparse.parse(page), newsparse.Article)


def test_bytes_and_str_give_the_same_article() -> None:
    """A UTF-8 page gives the same result as bytes and as text."""
    page = "<html><head><title>Zürich</title></head><body><p>Grüezi, the story.</p></body></html>"
    assert newsparse.parse(page.encode()) == newsparse.parse(page)


def test_url_is_kept() -> None:
    """The url argument is stored on the Article."""
    assert newsparse.parse("<p>x</p>", url="https://example.org/a").url == "https://example.org/a"
