"""Formatting elements that the tree builder re-opens are cloned with their attributes.

Every page here is hand-made: a formatting element with one long attribute,
closed by the end of its paragraph, then many paragraphs of text. Before each text the tree
builder re-opens ("reconstructs") the element, a clone with all its attributes, so the tree
holds the attribute once per paragraph: 82 kB of page (a 50 kB `href`, 4,000 paragraphs)
built 200 MB of attributes, took 2.3 CPU s and 217 MB of memory. The guard counts each copy
as one element per 64 bytes of attributes too, against its element limit.
"""

from __future__ import annotations

import warnings

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse.errors import DocumentRewrittenWarning
from newsparse.guard import guard, max_elements

_FORMATTING = ("a href", "b title", "font face", "i class", "nobr id", "u lang")


def _attribute_bytes(page: bytes) -> int:
    """The bytes of all attribute values in the tree Lexbor builds of `page`."""
    tree = LexborHTMLParser(page)
    return sum(
        len(value or "") for node in tree.root.traverse() for value in node.attributes.values()
    )


@pytest.mark.parametrize("element", _FORMATTING)
@pytest.mark.parametrize(("length", "paragraphs"), [(2_000, 1_000), (20_000, 200)])
def test_re_opened_formatting_elements_do_not_multiply_attribute_bytes(
    element: str, length: int, paragraphs: int
) -> None:
    """The copies in the tree of a guarded page hold at most 64 bytes of attributes per
    element the page may have (`max_elements`): each counts one element per 64 bytes."""
    tag, name = element.split()
    page = f'<p><{tag} {name}="/{"x" * length}">x</p>{"<p>y</p>" * paragraphs}'.encode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DocumentRewrittenWarning)
        guarded = guard(page)
    assert _attribute_bytes(guarded) <= 64 * max_elements(len(page)) + len(page)
