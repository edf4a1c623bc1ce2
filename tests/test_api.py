"""The public API stays small and explicit."""

from __future__ import annotations

import inspect

import newsparse

DOCUMENTED_API = {
    "Article",
    "Block",
    "Embed",
    "EmbeddedPost",
    "Heading",
    "Image",
    "ListBlock",
    "Paragraph",
    "ParserInfo",
    "Quote",
    "RelatedLink",
    "SiteParser",
    "Tweet",
    "__version__",
    "errors",
    "parse",
    "parse_text",
    "parsers",
    "register",
    "unregister",
}


def test_all_is_the_documented_api() -> None:
    """`newsparse.__all__` equals the documented public names."""
    assert set(newsparse.__all__) == DOCUMENTED_API


def test_all_is_sorted() -> None:
    """`__all__` is kept sorted."""
    assert list(newsparse.__all__) == sorted(newsparse.__all__)


def test_every_public_name_has_a_docstring() -> None:
    """Every public class and function is documented."""
    for name in newsparse.__all__:
        obj = getattr(newsparse, name)
        if isinstance(obj, type) or inspect.isfunction(obj):
            assert obj.__doc__, name


def test_version_is_a_string() -> None:
    """__version__ is a non-empty version string."""
    assert newsparse.__version__[0].isdigit()
