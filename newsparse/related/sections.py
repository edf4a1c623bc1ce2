"""Which parts of a page are related or promotional sections (the "related" pass, deciding only).

`SectionFinder` judges the candidates that `SELECTOR` returns, on the untouched tree, and keeps
the sections it finds until `lift_related` removes them: headed link lists, inline promos and
recirculation widgets, never anything holding a large share of the page's paragraph text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.content.chrome.shapes import is_promo_rest
from newsparse.dom import AncestorTest, nested_too_far
from newsparse.lexicon.build import matcher
from newsparse.lexicon.classes import HEADING_CLASS, RELATED_CLASS, RELATED_WIDGET
from newsparse.related.phrases import MAX_HEADING, PROMO_LABEL, RELATED_HEADING
from newsparse.text import normalize_space, text_size

__all__ = ["SELECTOR", "STOP_TAGS", "SectionFinder"]


_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong"})
_CLASSED_HEADING_TAGS = frozenset({"div", "p", "span", "header"})
_PROMO_TAGS = frozenset({"p", "li", "div", "section"})
# Class/id names of a widget of promoted links, of a related section (when the element is
# also mostly links) and of a heading: `newsparse.lexicon.classes`.
_WIDGET_RE = matcher(RELATED_WIDGET)
_NAMES_RE = matcher(RELATED_CLASS)
_HEADING_RE = matcher(HEADING_CLASS)
_ANY_NAME_RE = matcher(RELATED_WIDGET, RELATED_CLASS, HEADING_CLASS)
_SEPARATOR = re.compile("[:\uff1a\u00bb\u203a\u2192|\u2013\u2014]")
# Every CSS selector costs Lexbor a test of each node, so the list is kept short: broad
# substrings here, the exact names checked in Python on the few nodes returned. `:is()` lists
# each node once, in document order; `[class]` first spares the nodes without a class the
# substring tests.
_CLASS_PARTS = (
    "related", "recirc", "recommend", "similar", "most", "trending", "outbrain", "taboola"
)  # fmt: skip
SELECTOR = ":is({})".format(
    ", ".join(
        (
            "h2, h3, h4, h5, h6, strong",
            "p:has(a), div:has(> a):not(:has(div, p, li, table))",
            "section:has(> a):not(:has(div, p, li, table))",
            "[id*=related i]",
            "[class]:is({})".format(
                ", ".join(f"[class*={part} i]" for part in HEADING_CLASS.words() + _CLASS_PARTS)
            ),
        )
    )
)

_MORE_LINK = 20  # characters of an "All articles" link beside a heading
_SHOUTED_WORDS = 4  # words of a headline in capitals that is a promo
_MAX_PROMO = 400  # characters of an inline promo paragraph
_DENSITY = 0.5  # link text / all text of a section
_TEASER_DENSITY = 0.2  # the same after a related heading: teasers with a summary each
_TEASER_SHARE = 0.6  # of the children of a teaser list that hold a link
_MAX_SHARE = 0.3  # of the page's paragraph text that one section may hold
_MAX_PROMO_LINKS = 3  # an inline promo links one to three stories, not a tag list
_LEAD_STEPS = 24  # nodes visited to find the first text of a candidate
_LABEL_TAGS = frozenset({"strong", "b", "span", "em", "small"})
_BLOCK_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
STOP_TAGS = frozenset({"body", "html", "main", "article"})
_LISTS = frozenset({"ul", "ol"})


class SectionFinder:
    """Decides which candidates are sections; holds the decisions until the tree is mutated."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        self.sections: list[tuple[bool, list[LexborNode]]] = []  # (is a widget, nodes)
        self.chosen: dict[int, LexborNode] = {}
        self._page_text: int | None = None
        # Answers about one element, asked again by every heading it holds: remembered, so a
        # box of thousands of headings is read once, not once per heading.
        self._links: dict[int, list[int]] = {}
        self._lists: dict[tuple[int, int], bool] = {}
        self._sizes: dict[int, int] = {}
        self._failed: set[int] = set()  # named candidates that were no section
        self._in_navigation = AncestorTest(lambda node: node.tag == "nav")

    def consider(self, node: LexborNode) -> None:
        """Judge one candidate; keep the section it announces or is, if any."""
        tag = node.tag or ""
        section = None
        widget = False
        if tag in _HEADING_TAGS:
            section = self._headed(node)
        else:
            # Inside a section already chosen, only a heading may still announce a list beyond
            # it; the rest goes with that section (and 500 nested ones are not read 500 times).
            inside = self._passed_over(node)
            get = node.attributes.get
            names = f"{get('class') or ''} {get('id') or ''} {get('data-component') or ''}".lower()
            if _ANY_NAME_RE.search(names) is not None:  # a cheap test that most fail
                section, widget = self._named(node, tag, names, inside=inside)
                if section is None:  # judged or passed over: one more link of a chain
                    self._failed.add(node.mem_id)
            if section is None and tag in _PROMO_TAGS and not inside:
                section = self._promo(node)
                if section is None and tag == "p" and _is_shouted_link(node):
                    section, widget = [node], True  # its links to other sites are advertising
        # Site navigation is left to the chrome pass.
        if section and section[0].tag != "nav" and not self._in_navigation(section[0]):
            self.add(section, widget=widget)

    def add(self, section: list[LexborNode], *, widget: bool) -> None:
        """Take `section` (its nodes not taken yet) as a related section."""
        fresh = [part for part in section if part.mem_id not in self.chosen]
        if fresh:
            self.sections.append((widget, fresh))
            self.chosen.update((part.mem_id, part) for part in fresh)

    def _passed_over(self, node: LexborNode) -> bool:
        """Whether `node` is inside a section already chosen, or inside a few named candidates
        that were none (`nested_too_far`): each reads all it holds, and real sections are not
        wrapped in so many boxes named like them."""
        return nested_too_far(node, self.chosen, self._failed)

    def outermost(self) -> set[int]:
        """The chosen nodes that have no chosen ancestor."""
        inside = AncestorTest(lambda node: node.mem_id in self.chosen)
        return {mem_id for mem_id, node in self.chosen.items() if not inside(node)}

    def _named(
        self, node: LexborNode, tag: str, names: str, *, inside: bool
    ) -> tuple[list[LexborNode] | None, bool]:
        """The section a candidate whose class/id `names` name a widget, a related section or
        a heading is, if any, and whether it is a widget (only a heading when `inside` one)."""
        section = None
        widget = not inside and _WIDGET_RE.search(names) is not None
        if widget:
            section = [node] if self._small(node) else None
        elif not inside and _NAMES_RE.search(names):
            section = self._container(node)
        if (
            section is None
            and tag in _CLASSED_HEADING_TAGS
            and _is_heading_class(names)
            and RELATED_HEADING.match(_leading_text(node))
        ):
            section = self._headed(node)
        return section, widget

    def _container(self, node: LexborNode) -> list[LexborNode] | None:
        """A container named like a related section, mostly links: two or more, or one in a
        list (a list of one related story, repeated for the next)."""
        if node.tag in STOP_TAGS:
            return None
        linked = _link_sizes(node)
        if (
            len(linked) >= (1 if node.tag in _LISTS else 2)
            and _density(node, linked) >= _DENSITY
            and self._small(node)
        ):
            return [node]
        return None

    def _headed(self, node: LexborNode) -> list[LexborNode] | None:
        """A heading that announces related links, with the links it introduces."""
        raw = node.text(deep=True)
        if len(raw) > 4 * MAX_HEADING:
            return None
        # RELATED_HEADING tolerates raw whitespace, so most candidates are never normalised.
        if RELATED_HEADING.match(raw):
            heading = normalize_space(raw)
            if not heading or len(heading) > MAX_HEADING or not RELATED_HEADING.match(heading):
                return None
            # A label inside a link card ("Mehr zum Thema" over a headline): the card is the unit.
            unit = _link_around(node) or node
            card = unit if unit.tag == "a" else None
        else:
            # A heading of a link card that opens with such a label ("Les også" as a kicker
            # over the headline): the card is the unit.
            card = _link_around(node)
            if card is None or _label_of(node) is None:
                return None
            unit = card
        # Climb the wrappers that hold nothing but the heading (or the card).
        parent = unit.parent
        while parent is not None and parent.tag not in STOP_TAGS and _alone(unit):
            unit, parent = parent, parent.parent
        if parent is not None and parent.tag not in STOP_TAGS and self._is_list(parent, 2):
            return [parent]
        if (
            parent is not None
            and parent.tag not in STOP_TAGS
            and self._is_heading_box(parent, unit)
        ):
            # The heading and an "All articles" link in a box ("社会の新着 記事一覧 →"): the
            # list follows the box.
            after = _next_element(parent)
            if after is not None and self._is_list(after, 2):
                return [parent, after]
        # The list after the heading: one element with several links, or a run of items
        # with one link each.
        following: list[LexborNode] = []
        sibling = unit.next
        while sibling is not None:
            if sibling.is_element_node and not _blank(sibling.text()):
                if sibling.tag in _BLOCK_HEADINGS or not self._is_list(sibling, 1):
                    break
                following.append(sibling)
                if len(self._link_sizes(sibling)) > 1:
                    if len(following) == 1:
                        sibling = None
                    else:
                        following.pop()
                    break
            sibling = sibling.next
        if following or card is not None:
            return [unit, *following]
        if unit.css_first("a") is None and (sibling is None or _names_related(unit)):
            # A title left alone: at the end of its container, or in an empty widget.
            return [unit]
        return None

    def _promo(self, node: LexborNode) -> list[LexborNode] | None:
        """A short paragraph "READ MORE: <link>" that holds little more than its link."""
        raw = node.text()
        if len(raw) > 3 * _MAX_PROMO:
            return None
        found = PROMO_LABEL.match(raw) if _SEPARATOR.search(raw, 0, 80) else None
        label = None if found is not None else _label_of(node)
        if found is None and label is None:
            return None
        text = normalize_space(raw)
        if len(text) > _MAX_PROMO:
            return None
        found = PROMO_LABEL.match(text)
        rest = text[found.end() :] if found is not None else text[len(label or "") :]
        linked = _link_sizes(node)
        if not linked or len(linked) > _MAX_PROMO_LINKS or not rest.strip():
            return None
        return [node] if is_promo_rest(sum(linked), rest) else None

    def _is_list(self, node: LexborNode, least: int) -> bool:
        """Whether `node`, after a related heading, is a list of links or teasers (>= `least`
        links) and small against the page's paragraphs."""
        key = (node.mem_id, least)
        known = self._lists.get(key)
        if known is None:
            linked = self._link_sizes(node)
            density = _density(node, linked) if len(linked) >= least else 0.0
            known = self._lists[key] = (
                len(linked) >= least
                and (density >= _DENSITY or (density >= _TEASER_DENSITY and _teasers(node)))
                and self._small(node)
            )
        return known

    def _is_heading_box(self, box: LexborNode, heading: LexborNode) -> bool:
        """Whether `box` holds `heading` and one short link besides it (an "All articles"
        link), nothing more."""
        linked = self._link_sizes(box)
        return len(linked) == 1 and self._size(box) <= self._size(heading) + min(
            linked[0], _MORE_LINK
        )

    def _size(self, node: LexborNode) -> int:
        """`text_size` of the text of `node`, read once per element."""
        known = self._sizes.get(node.mem_id)
        if known is None:
            known = self._sizes[node.mem_id] = text_size(node.text())
        return known

    def _link_sizes(self, node: LexborNode) -> list[int]:
        """`_link_sizes(node)`, read once per element."""
        known = self._links.get(node.mem_id)
        if known is None:
            known = self._links[node.mem_id] = _link_sizes(node)
        return known

    def _small(self, node: LexborNode) -> bool:
        """Whether `node` holds at most a small share of the page's paragraph text."""
        inside = sum(text_size(p.text()) for p in node.css("p"))
        if inside == 0:
            return True
        if self._page_text is None:
            self._page_text = sum(text_size(p.text()) for p in self.tree.css("p"))
        return inside <= _MAX_SHARE * self._page_text


def _next_element(node: LexborNode) -> LexborNode | None:
    """The next sibling of `node` that is an element with text."""
    sibling = node.next
    while sibling is not None and (not sibling.is_element_node or _blank(sibling.text())):
        sibling = sibling.next
    return sibling


def _is_shouted_link(node: LexborNode) -> bool:
    """Whether the paragraph `node` is one link, a headline in capitals ("WHAT ARE CHINA'S
    OVERSEAS POLICE STATIONS?"): a promo for another story, not prose."""
    raw = node.text()
    if len(raw) > _MAX_PROMO or not raw.isupper() or len(raw.split()) < _SHOUTED_WORDS:
        return False
    linked = _link_sizes(node)
    return len(linked) == 1 and linked[0] == text_size(raw)


def _is_heading_class(names: str) -> bool:
    """Whether class/id `names` say "title" (or "titulo", "titre", "titel"), "heading",
    "header" or "headline"."""
    return _HEADING_RE.search(names) is not None


def _names_related(node: LexborNode) -> bool:
    """Whether the class or id of `node` names a related section."""
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
    return _NAMES_RE.search(names) is not None


def _link_around(node: LexborNode) -> LexborNode | None:
    """The `<a href>` that `node` sits in, looking up a few levels."""
    parent = node.parent
    for _ in range(4):
        if parent is None or parent.tag in STOP_TAGS:
            return None
        if parent.tag == "a" and "href" in parent.attributes:
            return parent
        parent = parent.parent
    return None


def _teasers(node: LexborNode) -> bool:
    """Whether most children of `node` that hold text hold a link too (a teaser list), or
    `node` is itself one teaser that is not a paragraph."""
    if node.tag == "p":
        return False
    full = linked = 0
    for child in node.iter():
        if _blank(child.text()):
            continue
        full += 1
        linked += child.tag == "a" or child.css_first("a[href]") is not None
    return full <= 1 or linked >= _TEASER_SHARE * full


def _alone(node: LexborNode) -> bool:
    """Whether no sibling of `node` holds text, so its parent shows no more than it does (read
    from the nearest siblings out: a heading among many stops at its neighbour)."""
    sibling = node.prev
    while sibling is not None:
        if not _blank(sibling.text()):
            return False
        sibling = sibling.prev
    sibling = node.next
    while sibling is not None:
        if not _blank(sibling.text()):
            return False
        sibling = sibling.next
    return True


def _blank(text: str) -> bool:
    """Whether `text` is empty or whitespace."""
    return not text or text.isspace()


def _link_sizes(node: LexborNode) -> list[int]:
    """The text size of each `<a href>` in `node` that has text."""
    return [size for size in (text_size(a.text()) for a in node.css("a[href]")) if size]


def _density(node: LexborNode, linked: list[int]) -> float:
    """Link text over all text of `node`, scripts and styles left out."""
    total = text_size(node.text()) - sum(text_size(s.text()) for s in node.css("script, style"))
    return sum(linked) / total if total > 0 else 0.0


def _label_of(node: LexborNode) -> str | None:
    """The text of a leading `<strong>`/`<b>`/`<span>`/`<small>` label such as "Lesen Sie auch",
    also at the start of a link that `node` opens with (`<p><a><small>Read more</small> …`)."""
    first = _first_child(node)
    if first is not None and first.tag == "a":
        first = _first_child(first)
    if first is None or first.tag not in _LABEL_TAGS:
        return None
    label = normalize_space(first.text())
    return label if RELATED_HEADING.match(label) else None


def _first_child(node: LexborNode) -> LexborNode | None:
    """The first child of `node` that is not blank text."""
    first = node.child
    while first is not None and first.is_text_node and first.text(deep=False).isspace():
        first = first.next
    return first


def _leading_text(node: LexborNode) -> str:
    """The first non-blank text inside `node` (a few steps at most), without reading it all."""
    stack = [node.child]
    for _ in range(_LEAD_STEPS):
        current = stack.pop() if stack else None
        while current is None and stack:
            current = stack.pop()
        if current is None:
            return ""
        if current.is_text_node:
            text = current.text(deep=False)
            if text.strip():
                return text
            stack.append(current.next)
        elif current.is_element_node and current.tag not in ("script", "style"):
            stack.append(current.next)
            stack.append(current.child)
        else:
            stack.append(current.next)
    return ""
