"""The bound on the passes after the metadata: they read at most `max_read(size)` elements of
a page's body; a page with more is cut after that many, with a `DocumentRewrittenWarning`.

Each element the passes read as a block, link, image or emphasis costs them 20 to 45 µs of
Python (a link about twice what most cost), and the guard lets the tree of a page hold one
element per 32 bytes (`newsparse.guard.max_elements`): a page of nothing but short
paragraphs, each with a link, took 2.3 s per MB. What this leaves is at most about 0.5 s of
that work per page of 1 MB (docs/robustness.md). The corpus of real pages counts at most
4,332 on a page (4,027 elements, 305 of them links), and at least 1.55 times fewer than its
limit.
"""

from __future__ import annotations

import warnings

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.errors import DocumentRewrittenWarning
from newsparse.page import Page

__all__ = ["BYTES_PER_READ", "MIN_READ", "cut_body", "cut_pass", "max_read"]

MIN_READ = 5_000
BYTES_PER_READ = 256
"""The passes read at most `MIN_READ + size // BYTES_PER_READ` elements of the body of a page
of `size` bytes, a link counting twice."""
# Elements counted: all in the body but scripts and styles (which the passes do not read);
# a line break too (each line of a paragraph is tested as chrome). A selector of descendants
# (`svg *`) would cost depth times elements.
_COUNTED = ":not(script, style)"
# Links count twice: the dearest elements (a link span, its URL resolved, the tests of a
# paragraph that is only a link).
_LINKS = "a[href]"


def max_read(size: int) -> int:
    """The most elements of its body that the passes read on a page of `size` bytes."""
    return MIN_READ + size // BYTES_PER_READ


def cut_pass(page: Page) -> None:
    """Cut `page.tree` after the first `max_read` elements of its body (`cut_body`), with a
    `DocumentRewrittenWarning(limit="body elements")`."""
    found = cut_body(page.tree, max_read(len(page.tree.raw_html)))
    if found is not None:
        warnings.warn(
            DocumentRewrittenWarning(limit="body elements", maximum=found[0], found=found[1]),
            stacklevel=2,
        )


def cut_body(tree: LexborHTMLParser, limit: int) -> tuple[int, int] | None:
    """Remove from `tree` everything of its body from the counted element that takes the
    count past `limit` on, in document order (a link counts twice); `(limit, count)` when it
    did, else None."""
    body = tree.body
    if body is None:
        return None
    counted = body.css(_COUNTED)[1:]  # the body itself first
    links = body.css(_LINKS)
    if len(counted) + len(links) <= limit:
        return None
    linked = {link.mem_id for link in links}
    count = 0
    for first in counted:
        count += 2 if first.mem_id in linked else 1
        if count > limit:
            break
    node: LexborNode | None = first
    while node is not None and node.mem_id != body.mem_id:
        following = node.next
        while following is not None:
            after = following.next
            following.decompose()
            following = after
        node = node.parent
    first.decompose()
    return limit, len(counted) + len(links)
