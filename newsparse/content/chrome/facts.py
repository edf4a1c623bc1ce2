"""What the links of an element hold, read bottom-up: each element of a tree is read once.

The shapes of chrome (a box of links, a card for another story) are judged by what an element
holds: its text, its links and where they point. Read from each element anew (`node.text()`,
`node.css("a")`), a box nested in 500 others is read 500 times; `LinkFacts` reads each element
once, from its children's facts, and remembers them, so judging every box of a tree costs one
walk of the tree, however deep.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsparse.html import AncestorTest

__all__ = ["Facts", "LinkFacts", "Page"]

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PICTURES = frozenset({"img", "picture"})  # shown in a card when inside a link
_PAGES = 2  # distinct addresses remembered: a card links to one page, maybe a section besides


class Page:
    """The links of an element to one address (without its fragment), in document order."""

    __slots__ = ("address", "count", "first_has_heading", "size")

    def __init__(self, address: str, count: int, first_has_heading: bool, size: int) -> None:
        self.address = address
        self.count = count  # `a[href]` elements
        self.first_has_heading = first_has_heading  # whether the first holds a heading
        self.size = size  # `text_size` of their texts, summed


class Facts:
    """What `node.text()` and the links of one element hold, as the chrome shapes read them.

    `pages` are the addresses of its `a[href]` (itself included) in the order they first
    appear, at most `_PAGES` of them; `None` when there are more.
    """

    __slots__ = (
        "anchored", "card_inside", "has_heading", "lead", "length", "links", "pages", "spaces",
        "trail",
    )  # fmt: skip

    def __init__(self) -> None:
        self.length = 0  # characters of its text
        self.spaces = 0  # white-space characters of its text (as `str.split` sees them)
        self.lead = 0  # leading white space (all of it when the text is blank)
        self.trail = 0  # trailing white space
        self.anchored = 0  # characters of each `<a>`'s stripped text, summed, itself included
        self.links = 0  # `a[href]` elements, itself included
        self.pages: list[Page] | None = []
        self.has_heading = False  # an `<h1>`...`<h6>`, itself included
        self.card_inside = False  # a heading, or a picture inside a link (`a img, a picture`)

    @property
    def size(self) -> int:
        """`text_size` of its text: the characters that are not white space."""
        return self.length - self.spaces

    @property
    def stripped(self) -> int:
        """`len(text.strip())`."""
        return 0 if self.lead == self.length else self.length - self.lead - self.trail

    def add_text(self, text: str) -> None:
        """Append a text node's `text`."""
        length = len(text)
        if not length:
            return
        spaces = length - len("".join(text.split()))
        if spaces == length:
            self._append(length, length, length, length)
        else:
            self._append(length, spaces, length - len(text.lstrip()), length - len(text.rstrip()))

    def add(self, child: Facts) -> None:
        """Append the facts of a child element."""
        if child.length:
            self._append(child.length, child.spaces, child.lead, child.trail)
        self.anchored += child.anchored
        self.links += child.links
        self.has_heading = self.has_heading or child.has_heading
        self.card_inside = self.card_inside or child.card_inside
        if child.pages:
            self.add_pages(child.pages)
        elif child.pages is None:
            self.pages = None

    def add_pages(self, pages: list[Page]) -> None:
        """Append links to `pages`, after those seen so far."""
        own = self.pages
        if own is None:
            return
        for page in pages:
            for known in own:
                if known.address == page.address:
                    known.count += page.count
                    known.size += page.size
                    break
            else:
                if len(own) == _PAGES:
                    self.pages = None
                    return
                own.append(Page(page.address, page.count, page.first_has_heading, page.size))

    def _append(self, length: int, spaces: int, lead: int, trail: int) -> None:
        if self.lead == self.length:  # blank so far: its white space leads on
            self.lead += lead
        self.trail = self.trail + length if lead == length else trail
        self.length += length
        self.spaces += spaces


class LinkFacts:
    """The `Facts` of the elements of one unchanging tree, each element read once.

    `of(node)` reads the elements under `node` not read yet, bottom-up without recursion, and
    remembers every element's facts: asking it of every box of a tree walks the tree once.
    """

    def __init__(self) -> None:
        self._known: dict[int, Facts] = {}
        self._in_link = AncestorTest(lambda node: node.tag == "a")

    def of(self, node: LexborNode) -> Facts:
        """The facts of the element `node`."""
        known = self._known.get(node.mem_id)
        if known is not None:
            return known
        # A frame: the element, whether it is inside an `<a>`, its facts so far, its next child.
        frames: list[tuple[LexborNode, bool, Facts, list[LexborNode | None]]] = [
            (node, node.tag == "a" or self._in_link(node), Facts(), [node.child])
        ]
        facts = Facts()
        while frames:
            element, linked, facts, cursor = frames[-1]
            child = cursor[0]
            if child is None:
                frames.pop()
                self._close(element, linked, facts)
                if frames:
                    frames[-1][2].add(facts)
                continue
            cursor[0] = child.next
            if child.is_text_node:
                facts.add_text(child.text_content or "")
            elif child.is_element_node:
                seen = self._known.get(child.mem_id)
                if seen is not None:
                    facts.add(seen)
                else:
                    inside = linked or child.tag == "a"
                    frames.append((child, inside, Facts(), [child.child]))
        return facts

    def elements_read(self) -> int:
        """How many elements have been read: the work done, for a caller to bound."""
        return len(self._known)

    def _close(self, element: LexborNode, linked: bool, facts: Facts) -> None:
        """Add what `element` is itself to the facts of what it holds, and remember them."""
        tag = element.tag or ""
        if tag in _HEADINGS:
            facts.has_heading = facts.card_inside = True
        elif tag in _PICTURES and linked:
            facts.card_inside = True
        elif tag == "a":
            facts.anchored += facts.stripped
            attributes = element.attributes
            if "href" in attributes:
                facts.links += 1
                address = (attributes.get("href") or "").partition("#")[0]
                own = Page(address, 1, facts.has_heading, facts.size)
                # The link comes before the links it holds, as in `node.css("a[href]")`.
                held, facts.pages = facts.pages, [own]
                if held is None:
                    facts.pages = None
                elif held:
                    facts.add_pages(held)
        self._known[element.mem_id] = facts
