"""Choose the element(s) holding the article text (for the "container" pass).

As in readability, each paragraph scores its parent and grandparent (by length and commas);
the few scored elements are then weighted by tag, class/id hints and link density, and the best
one wins. Its siblings that also score well, or are good paragraphs themselves, are kept with
it: some pages split the article into several sibling containers. Text written as `<br>`-separated
lines in a `<div>` counts as paragraphs too, and when the page gives its text in JSON-LD
`articleBody`, the candidate whose words overlap it most is preferred.
"""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborNode

from newsparse.content.inline import INLINE
from newsparse.dom import own_text
from newsparse.lexicon.build import matcher
from newsparse.lexicon.classes import (
    BODY_ITEMPROPS,
    LEAD_CLASS,
    SCORE_NEGATIVE,
    SCORE_POSITIVE,
    SCORE_STRONG,
)
from newsparse.text import ascii_lower

__all__ = ["choose_containers", "lead_inside", "link_density"]

# Class/id parts that make an element more or less likely to hold the article (lowercase), and
# the names that say "the article body" outright (they score twice): `newsparse.lexicon.classes`.
_POSITIVE = matcher(SCORE_POSITIVE)
_STRONG = matcher(SCORE_STRONG)
_NEGATIVE = matcher(SCORE_NEGATIVE)
_TAG_SCORE = {
    "div": 5,
    "article": 10,
    "main": 5,
    "section": 3,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "form": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "address": -3,
    "th": -5,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "header": -5,
    "figure": -5,
    "figcaption": -5,
}
_WORD = re.compile(r"\w+")
# Paragraphs, then the `<br>`s whose lines count as paragraphs too, in one query.
_PARAGRAPHS = "p, pre, br"
_LOOSE_PARAGRAPHS = (
    "p, pre, br, div:not(:has(div, p, ul, ol, table, section, article, blockquote, h2, h3)),"
    " td:not(:has(div, p, ul, ol, table, section, article, blockquote, h2, h3))"
)
_MIN_PARAGRAPH = 25
# Sections of one article: classless siblings of these tags are chunks of the winner too.
_CHUNK_TAGS = frozenset({"section", "article"})
# A paragraph scores its parent fully, its grandparent half, and further ancestors less.
_DIVIDERS = (1, 2, 6, 9, 12)
_TOP_N = 5
_NOT_CONTAINERS = frozenset({"html", "head", "body", "p"})
# The lead (standfirst) of an article often sits just before the body, in its own element.
_LEAD = matcher(LEAD_CLASS)
_LEAD_WORDS = LEAD_CLASS.words()  # the same words but "dek", which starts many a word


class _Candidate:
    __slots__ = ("node", "score")

    def __init__(self, node: LexborNode, score: float) -> None:
        self.node = node
        self.score = score


def choose_containers(
    root: LexborNode, article_body: str | None = None, *, loose: bool = False
) -> list[LexborNode]:
    """The element(s) holding the article, in document order; empty when nothing qualifies.

    Paragraphs are `<p>`, `<pre>` and `<br>`-separated lines; with `loose`, also the innermost
    `<div>`s and `<td>`s (for pages that put no paragraph markup around their text at all).
    """
    candidates: dict[int, _Candidate] = {}
    scored: dict[int, list[_Candidate]] = {}
    breaks: list[LexborNode] = []
    for node in root.css(_LOOSE_PARAGRAPHS if loose else _PARAGRAPHS):
        if node.tag == "br":
            breaks.append(node)
        else:
            _add_paragraph(candidates, scored, node, node.text())
    read: set[int] = set()  # parents of line breaks already read, each once
    for br in breaks:
        parent = br.parent
        if parent is not None and parent.tag not in {"p", "li", "td", "th", "pre"}:
            key = parent.mem_id
            if key not in candidates and key not in read:
                read.add(key)
                text = own_text(parent)
                if len(text) >= _MIN_PARAGRAPH:
                    _add_lines(candidates, parent, text)
    if not candidates:
        return []
    ranked = sorted(candidates.values(), key=lambda c: c.score, reverse=True)[:_TOP_N]
    for candidate in ranked:
        candidate.score *= 1.0 - link_density(candidate.node)
    ranked.sort(key=lambda c: c.score, reverse=True)
    if article_body and _by_article_body(ranked, article_body):
        # The page's own scores were misleading: trust the container of `articleBody` alone.
        chosen = [ranked[0].node]
    else:
        top = _promote(ranked[0], ranked, candidates, root)
        chosen = _with_cousins(_with_siblings(top, candidates), top.node)
    lead = _lead_before(chosen[0])
    return [lead, *chosen] if lead is not None else chosen


def link_density(node: LexborNode) -> float:
    """The share of the node's text that sits inside links (0 for a node without text)."""
    total = len(node.text().strip())
    if not total:
        return 0.0
    linked = sum(len(a.text().strip()) for a in node.css("a"))
    return min(linked / total, 1.0)


def _add_paragraph(
    candidates: dict[int, _Candidate],
    scored: dict[int, list[_Candidate]],
    paragraph: LexborNode,
    text: str,
) -> None:
    """Add the score of a paragraph to the candidates it scores (`scored`, by the `mem_id` of
    the paragraph's parent, keeps them for its siblings)."""
    length = len(text.strip())
    if length < _MIN_PARAGRAPH:
        return
    score = 1.0 + _commas(text) + min(length / 100, 3.0)
    parent = paragraph.parent
    if parent is None:
        return
    chain = scored.get(parent.mem_id)
    if chain is None:
        chain = scored[parent.mem_id] = _scored_by(candidates, parent)
    for candidate, divider in zip(chain, _DIVIDERS, strict=False):
        candidate.score += score / divider


def _scored_by(candidates: dict[int, _Candidate], parent: LexborNode) -> list[_Candidate]:
    """The candidates that a paragraph in `parent` scores: the first element from `parent` up
    that is not inline, then its ancestors, as many as `_DIVIDERS`."""
    node: LexborNode | None = parent
    while node is not None and node.tag in INLINE:
        node = node.parent
    return _chain(candidates, node, len(_DIVIDERS))


def _chain(
    candidates: dict[int, _Candidate], node: LexborNode | None, size: int
) -> list[_Candidate]:
    """The candidates of `node` and its ancestors, up to `size` of them and not past an element
    that is no container, created as needed."""
    chain: list[_Candidate] = []
    while node is not None and len(chain) < size and node.tag not in _NOT_CONTAINERS:
        candidate = candidates.get(node.mem_id)
        if candidate is None:
            candidate = candidates[node.mem_id] = _Candidate(node, _initial_score(node))
        chain.append(candidate)
        node = node.parent
    return chain


def _add_lines(
    candidates: dict[int, _Candidate],
    node: LexborNode,
    text: str,
) -> None:
    """Score an element whose own text is `<br>`-separated lines as a run of paragraphs."""
    _propagate(candidates, node, _commas(text) + len(text) / 100, (1, 2))


def _propagate(
    candidates: dict[int, _Candidate],
    node: LexborNode | None,
    score: float,
    dividers: tuple[int, ...],
) -> None:
    """Add `score / divider` to `node` and its ancestors in turn, creating their candidates."""
    for candidate, divider in zip(_chain(candidates, node, len(dividers)), dividers, strict=False):
        candidate.score += score / divider


@functools.lru_cache(maxsize=1 << 14)
def _name_weight(name: str) -> int:
    name = name.lower()
    weight = 0
    if _POSITIVE.search(name):
        weight += 50 if _STRONG.search(name) else 25
    if _NEGATIVE.search(name):
        weight -= 25
    return weight


def _commas(text: str) -> int:
    return (
        text.count(",") + text.count("\uff0c") + text.count("\u3001")
    )  # ASCII, full-width and ideographic commas


def _initial_score(
    node: LexborNode,
) -> float:
    score = float(_TAG_SCORE.get(node.tag or "", 0))
    attrs = node.attributes
    for name in (attrs.get("class"), attrs.get("id")):
        if name:
            score += _name_weight(name)
    if attrs.get("itemprop") in BODY_ITEMPROPS:
        score += 25
    return score


def _by_article_body(ranked: list[_Candidate], article_body: str) -> bool:
    """When the winner misses most words of the JSON-LD `articleBody`, move to the front one
    that has them (`articleBody` is sometimes only the first paragraphs, so containing it is
    what counts). True when the order changed."""
    expected = set(_WORD.findall(article_body.casefold()))
    if len(expected) < 20:
        return False

    def recall(candidate: _Candidate) -> float:
        found = set(_WORD.findall(candidate.node.text().casefold()))
        return len(expected & found) / len(expected)

    if recall(ranked[0]) >= 0.5:
        return False
    for index in range(1, len(ranked)):
        if recall(ranked[index]) >= 0.8:
            ranked.insert(0, ranked.pop(index))
            return True
    return False


def _promote(
    top: _Candidate,
    ranked: list[_Candidate],
    candidates: dict[int, _Candidate],
    root: LexborNode,
) -> _Candidate:
    """Move up to a common ancestor when the best candidates share one, as readability does."""
    # Other good candidates, neither inside the winner nor around it.
    close = [
        c.node
        for c in ranked[1:]
        if c.score >= top.score * 0.75
        and not _contains(top.node, c.node)
        and not _contains(c.node, top.node)
    ]
    if len(close) >= 2:
        node = top.node.parent
        for _ in range(3):
            if node is None or node.tag in {"body", "html"}:
                break
            if sum(1 for other in close if _contains(node, other)) >= 2:
                top = candidates.get(node.mem_id) or _Candidate(node, top.score)
                break
            node = node.parent
    # A lone child (nothing else in its parent) is as good as its parent.
    node = top.node
    while True:
        parent = node.parent
        if parent is None or parent.tag in {"body", "html"} or _element_children(parent) != 1:
            break
        node = parent
    if node is not top.node:
        return candidates.get(node.mem_id) or _Candidate(node, top.score)
    return top


def _contains(ancestor: LexborNode, node: LexborNode) -> bool:
    current: LexborNode | None = node
    target = ancestor.mem_id
    while current is not None:
        if current.mem_id == target:
            return True
        current = current.parent
    return False


def _element_children(node: LexborNode) -> int:
    """The number of element children of `node`, counted up to 2 (2 as well when it holds text
    of its own)."""
    count = 0
    child = node.child
    while child is not None and count < 2:
        if child.is_element_node:
            count += 1
        elif child.is_text_node and (child.text_content or "").strip():
            return 2
        child = child.next
    return count


def _with_siblings(top: _Candidate, candidates: dict[int, _Candidate]) -> list[LexborNode]:
    """The winner and its siblings that score well too or are good paragraphs, in order."""
    parent = top.node.parent
    if parent is None:
        return [top.node]
    threshold = max(10.0, top.score * 0.2)
    top_class = top.node.attributes.get("class")
    # A winner named as the article body ("article-body") ends the body: after it, only more
    # chunks of it (same class) and loose paragraphs join, not other well-scoring blocks.
    named_body = _is_named_body(top.node)
    after_body = False
    chosen: list[LexborNode] = []
    sibling = parent.child
    while sibling is not None:
        if sibling.mem_id == top.node.mem_id:
            chosen.append(sibling)
            after_body = named_body
        elif sibling.is_element_node:
            candidate = candidates.get(sibling.mem_id)
            same_class = sibling.attributes.get("class") == top_class and (
                bool(top_class) or (sibling.tag == top.node.tag and sibling.tag in _CHUNK_TAGS)
            )
            bonus = top.score * 0.2 if same_class else 0
            if (
                candidate is not None
                and candidate.score + bonus >= threshold
                and not (after_body and not bonus)
            ):
                if link_density(sibling) < 0.3:
                    chosen.append(sibling)
            elif same_class:
                # Another chunk of the same article, split by an ad or an embed.
                if len(sibling.text().strip()) >= 100 and link_density(sibling) < 0.3:
                    chosen.append(sibling)
            elif sibling.tag == "p":
                text = sibling.text().strip()
                density = link_density(sibling)
                if (len(text) > 80 and density < 0.25) or (
                    0 < len(text) <= 80 and density == 0 and text.endswith(".")
                ):
                    chosen.append(sibling)
        sibling = sibling.next
    return chosen


def _with_cousins(chosen: list[LexborNode], top: LexborNode) -> list[LexborNode]:
    """`chosen` with the other chunks of an article split across sibling wrappers.

    Some pages wrap each chunk of the text in its own section ("detail-body first-paragraph",
    "detail-body second-paragraph"), so the chunks are cousins, not siblings: a child of a
    sibling of the winner's parent with the winner's class, and text of its own, joins in
    document order.
    """
    name = top.attributes.get("class")
    parent = top.parent
    grandparent = parent.parent if parent is not None else None
    if not name or parent is None or grandparent is None or parent.tag in {"body", "html"}:
        return chosen
    before: list[LexborNode] = []
    after: list[LexborNode] = []
    side = before
    uncle = grandparent.child
    while uncle is not None:
        if uncle.mem_id == parent.mem_id:
            side = after
        elif uncle.is_element_node:
            cousin = uncle.child
            while cousin is not None:
                if (
                    cousin.is_element_node
                    and cousin.attributes.get("class") == name
                    and len(cousin.text().strip()) >= 100
                    and link_density(cousin) < 0.3
                ):
                    side.append(cousin)
                cousin = cousin.next
        uncle = uncle.next
    return [*before, *chosen, *after] if before or after else chosen


def _is_named_body(node: LexborNode) -> bool:
    attrs = node.attributes
    if attrs.get("itemprop") in BODY_ITEMPROPS:
        return True
    return any(_is_strong(name) for name in (attrs.get("class"), attrs.get("id")) if name)


@functools.lru_cache(maxsize=1 << 12)
def _is_strong(name: str) -> bool:
    """True when a class or id names the article body outright ("article-body")."""
    return _STRONG.search(name.lower()) is not None


def _lead_before(first: LexborNode) -> LexborNode | None:
    """An element named like a lead just before `first` or one of its parents, or inside one."""
    node: LexborNode | None = first
    for _ in range(3):
        if node is None or node.tag in {"body", "html", "article", "main"}:
            return None
        sibling = node.prev
        seen = 0
        while sibling is not None and seen < 3:
            if sibling.is_element_node:
                seen += 1
                attrs = sibling.attributes
                name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
                if (
                    _is_lead_name(name)
                    or attrs.get("itemprop") == "description"
                    or _is_dek(sibling)
                ):
                    lead: LexborNode | None = sibling
                elif sibling.tag == "header" or "head" in name:
                    lead = lead_inside(sibling)
                else:
                    lead = None
                if lead is not None and lead.tag != "h1" and _is_lead_text(lead):
                    return lead
            sibling = sibling.prev
        node = node.parent
    return None


def _is_dek(node: LexborNode) -> bool:
    """True for a subheading right after the `<h1>` (an `<h2>` standfirst under the headline)."""
    if node.tag != "h2":
        return False
    before = node.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    return before is not None and before.tag == "h1"


@functools.lru_cache(maxsize=1 << 12)
def _is_lead_name(name: str) -> bool:
    """True when a class and id ("class id") name a lead."""
    return _LEAD.search(name) is not None


def lead_inside(node: LexborNode) -> LexborNode | None:
    """The first element, from `node` itself down in document order, that is marked as the
    description or is a `<p>` or `<div>` with a lead word in its class (in any ASCII case).

    A walk in Python: the same as one CSS query with a selector per word, about ten times
    cheaper.
    """
    for element in node.traverse():
        attrs = element.attributes
        if attrs.get("itemprop") == "description":
            return element
        name = attrs.get("class")
        if name and element.tag in {"p", "div"} and _has_lead_word(name):
            return element
    return None


@functools.lru_cache(maxsize=1 << 12)
def _has_lead_word(name: str) -> bool:
    """True when a class holds a word of `_LEAD_WORDS`, in any ASCII case (as CSS `i` does)."""
    name = ascii_lower(name)
    return any(word in name for word in _LEAD_WORDS)


def _is_lead_text(node: LexborNode) -> bool:
    return 30 <= len(node.text().strip()) <= 1500 and link_density(node) < 0.3
