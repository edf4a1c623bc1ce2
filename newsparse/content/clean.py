"""Remove, in place, the elements that `newsparse.content.chrome` names as page chrome (the
"chrome" pass)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsparse.content.chrome import find_chrome

__all__ = ["remove_chrome"]


def remove_chrome(
    tree: LexborHTMLParser,
    keep: str | None = None,
    *,
    drop: str | None = None,
    protect: str | None = None,
    page: str | None = None,
) -> None:
    """Remove scripts, navigation, ads, share bars, comments and similar chrome, in place.

    Elements matching the `keep` selector (the markers of lifted embeds) are moved out of a
    removed element to its place, so they survive where it stood. `drop`, `protect` and `page`
    are passed to `find_chrome`: a site parser's selectors of more chrome and of elements never
    removed, and the page's address.
    """
    root = tree.body
    if root is None:
        return
    for node, may_hold_kept in find_chrome(root, drop=drop, protect=protect, page=page):
        if keep is not None and may_hold_kept:
            for kept in node.css(keep):
                node.insert_before(kept)
        node.decompose()
