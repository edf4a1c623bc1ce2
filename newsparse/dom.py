"""The parsed tree: one Lexbor parse per page, and the helpers that read its elements."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.text import normalize_space

__all__ = [
    "AncestorTest",
    "attr",
    "has_ancestor",
    "nested_too_far",
    "outermost",
    "own_text",
    "parse_document",
    "text_of",
]

_REACH = 64  # levels that `nested_too_far` looks up
_LOOK_ALIKES = 4  # failed candidates around one that `nested_too_far` still lets be judged


def parse_document(html: str | bytes) -> LexborHTMLParser:
    """Parse a whole document once; every pass then works on this one tree."""
    return LexborHTMLParser(html)


def text_of(node: LexborNode) -> str:
    """The whitespace-normalised text of a node, inline markup joined without separators."""
    return normalize_space(node.text(deep=True))


def own_text(node: LexborNode) -> str:
    """The text of `node`'s own text children (its lines between `<br>`s, not its
    elements'), stripped: `<div>a<br>b<span>c</span></div>` gives "ab"."""
    return node.text(deep=False).strip()


def attr(node: LexborNode, name: str) -> str | None:
    """An attribute value, stripped, or None when missing or blank."""
    value = node.attributes.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def has_ancestor(node: LexborNode, test: Callable[[LexborNode], bool]) -> bool:
    """Whether an element above `node` passes `test`."""
    current = node.parent
    while current is not None and current.is_element_node:
        if test(current):
            return True
        current = current.parent
    return False


def nested_too_far(node: LexborNode, chosen: Collection[int], failed: set[int]) -> bool:
    """Whether an ancestor of `node` is in `chosen` (`mem_id`s), or `_LOOK_ALIKES` of them are
    in `failed`, looking `_REACH` levels up: a candidate that a pass need not judge, its work
    already done or not worth doing.

    Passes that judge candidates by all they hold (links, paragraphs) skip those nested in a
    chosen one, and those nested in `_LOOK_ALIKES` that were judged and failed: real markup
    wraps a box (an embed, a related list, a card, a caption) in two or three look-alikes at
    most, and a chain of 500 would otherwise read the page 500 times.
    Looking no higher keeps each question cheap in a tree 2,000 levels deep (nested tables);
    the passes count a candidate passed over as failed, so a longer chain does not start again.
    """
    if not chosen and len(failed) < _LOOK_ALIKES:
        return False
    count = 0
    parent = node.parent
    for _ in range(_REACH):
        if parent is None:
            return False
        key = parent.mem_id
        if key in chosen:
            return True
        if key in failed:
            count += 1
            if count >= _LOOK_ALIKES:
                return True
        parent = parent.parent
    return False


class AncestorTest:
    """`has_ancestor(node, test)` asked of many nodes of one unchanging tree: each element's
    answer is remembered, so asking it of every node walks each element once, not once per
    node below it (20,000 headings 500 levels deep would take seconds)."""

    def __init__(self, test: Callable[[LexborNode], bool]) -> None:
        self._test = test
        self._known: dict[int, bool] = {}  # mem_id -> whether it or an element above passes

    def __call__(self, node: LexborNode) -> bool:
        """Whether an element above `node` passes the test."""
        path: list[int] = []
        found = False
        current = node.parent
        while current is not None and current.is_element_node:
            known = self._known.get(current.mem_id)
            if known is not None:
                found = known
                break
            path.append(current.mem_id)
            if self._test(current):
                found = True
                break
            current = current.parent
        for key in path:
            self._known[key] = found
        return found


def outermost(nodes: Sequence[LexborNode]) -> list[LexborNode]:
    """`nodes` in their order, without repeats and without those inside another of them.

    Each element above them is judged once (whether one of `nodes` is above it), so a chain of
    nested candidates costs the depth of the tree once, not once per candidate.
    """
    ids = {node.mem_id for node in nodes}
    inside: dict[int, bool] = {}  # element mem_id -> whether it is inside one of `nodes`
    seen: set[int] = set()
    kept: list[LexborNode] = []
    for node in nodes:
        key = node.mem_id
        if key in seen:
            continue
        seen.add(key)
        path: list[int] = []
        current = node.parent
        found = False
        while current is not None:
            parent_key = current.mem_id
            if parent_key in ids:
                found = True
                break
            known = inside.get(parent_key)
            if known is not None:
                found = known
                break
            path.append(parent_key)
            current = current.parent
        for parent_key in path:
            inside[parent_key] = found
        if not found:
            kept.append(node)
    return kept
