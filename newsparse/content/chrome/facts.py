"""What the links of an element hold, read so that a deep tree is not read once per level.

The shapes of chrome (a box of links, a card for another story) are judged by what an element
holds: its text, its links and where they point. Read from each element anew (`node.text()`,
`node.css("a")`), a box nested in 500 others is read 500 times. `LinkFacts` reads an element near
the top of its tree that way (Lexbor reads fast, and only what a judgement needs), and the
elements deeper down bottom-up, each once, from its children's facts: judging every box of a
tree reads each element a bounded number of times, however deep the tree.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsparse.content.scoring import link_density
from newsparse.dom import AncestorTest
from newsparse.text import text_size

__all__ = ["SHALLOW", "Facts", "LinkFacts", "Page"]

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PICTURES = frozenset({"img", "picture"})  # shown in a card when inside a link
_PAGES = 2  # distinct addresses remembered: a card links to one page, maybe a section besides
_HEADING = ", ".join(sorted(_HEADINGS))
_CARD = f"a img, a picture, {_HEADING}"
SHALLOW = 16
"""Levels below its root down to which an element is read alone (Lexbor reads its text and links
fast); below them, elements are read bottom-up, each once, so that no element is read by more
than `SHALLOW` + 1 of the elements around it."""


class Page:
    """The links of an element to one address (without its fragment), in document order."""

    __slots__ = ("_first", "_heading", "address", "count", "size")

    def __init__(self, address: str, count: int, first: bool | LexborNode, size: int) -> None:
        self.address = address
        self.count = count  # `a[href]` elements
        self.size = size  # `text_size` of their texts, summed
        # Whether the first holds a heading; asked of the first link itself when needed.
        self._first: LexborNode | None = None if isinstance(first, bool) else first
        self._heading: bool | None = first if isinstance(first, bool) else None

    @property
    def first_has_heading(self) -> bool:
        """Whether the first of the links holds a heading."""
        if self._heading is None:
            self._heading = self._first is not None and self._first.css_first(_HEADING) is not None
        return self._heading


class Facts:
    """What `node.text()` and the links of one element hold, as the chrome shapes read them.

    `pages` are the addresses of its `a[href]` (itself included) in the order they first
    appear, at most `_PAGES` of them; `None` when there are more.
    """

    __slots__ = (
        "_card", "_heading", "_lead", "_length", "_node", "_spaces", "_trail", "_unread",
        "anchored", "links", "pages",
    )  # fmt: skip

    def __init__(self, node: LexborNode | None = None) -> None:
        self._node = node  # read directly: its headings and pictures asked of it when needed
        self._unread = node  # read directly: its text is read when first needed
        self._length = 0  # characters of its text
        self._spaces = 0  # white-space characters of its text (as `str.split` sees them)
        self._lead = 0  # leading white space (all of it when the text is blank)
        self._trail = 0  # trailing white space
        self.anchored = 0  # characters of each `<a>`'s stripped text, summed, itself included
        self.links = 0  # `a[href]` elements, itself included
        self.pages: list[Page] | None = []
        self._heading: bool | None = None if node is not None else False
        self._card: bool | None = None if node is not None else False

    @classmethod
    def read(cls, node: LexborNode) -> Facts:
        """The facts of the element `node`, read from it alone: its links, and its text when
        first needed."""
        facts = cls(node)
        for anchor in node.css("a"):
            shown = anchor.text()
            facts.anchored += len(shown.strip())
            attributes = anchor.attributes
            if "href" not in attributes:
                continue
            facts.links += 1
            pages = facts.pages
            if pages is None:
                continue
            address = (attributes.get("href") or "").partition("#")[0]
            size = text_size(shown)
            for page in pages:
                if page.address == address:
                    page.count += 1
                    page.size += size
                    break
            else:
                if len(pages) == _PAGES:
                    facts.pages = None
                else:
                    pages.append(Page(address, 1, anchor, size))
        return facts

    @property
    def has_heading(self) -> bool:
        """Whether it holds an `<h1>`...`<h6>`, itself included."""
        if self._heading is None:
            self._heading = self._holds(_HEADING)
        return self._heading

    @property
    def card_inside(self) -> bool:
        """Whether it holds a heading or a picture inside a link (`a img, a picture`)."""
        if self._card is None:
            self._card = self._holds(_CARD)
        return self._card

    def _holds(self, selector: str) -> bool:
        """Whether the element read directly holds (or is) an element matching `selector`."""
        return self._node is not None and self._node.css_first(selector) is not None

    @property
    def length(self) -> int:
        """`len` of its text."""
        if self._unread is not None:
            self._read_text()
        return self._length

    @property
    def size(self) -> int:
        """`text_size` of its text: the characters that are not white space."""
        if self._unread is not None:
            self._read_text()
        return self._length - self._spaces

    @property
    def stripped(self) -> int:
        """`len(text.strip())`."""
        if self._unread is not None:
            self._read_text()
        return 0 if self._lead == self._length else self._length - self._lead - self._trail

    def _read_text(self) -> None:
        """Read the text of the element read directly."""
        node, self._unread = self._unread, None
        if node is not None:
            self.add_text(node.text())

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
        if child._unread is not None:
            child._read_text()
        if child._length:
            self._append(child._length, child._spaces, child._lead, child._trail)
        self.anchored += child.anchored
        self.links += child.links
        if child.has_heading:
            self._heading = True
        if child.card_inside:
            self._card = True
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
        if self._lead == self._length:  # blank so far: its white space leads on
            self._lead += lead
        self._trail = self._trail + length if lead == length else trail
        self._length += length
        self._spaces += spaces


class LinkFacts:
    """The `Facts` of the elements of one unchanging tree, each element read once.

    `of(node)` reads an element at most `SHALLOW` levels below `root` alone (`Facts.read`);
    deeper, it reads the elements under it not read yet, bottom-up without recursion. Either
    way it remembers what it read: asking it of every box of a tree reads each element at most
    `SHALLOW` + 1 times, however deep the tree.
    """

    def __init__(self, root: LexborNode) -> None:
        self.linkless = root.css_first("a") is None
        """Whether the tree holds no `<a>` at all: then no element of it holds a link."""
        self._known: dict[int, Facts] = {}
        self._depth: dict[int, int] = {root.mem_id: 0}  # mem_id -> levels below `root`
        self._in_link = AncestorTest(lambda node: node.tag == "a")
        self._read = 0

    def of(self, node: LexborNode) -> Facts:
        """The facts of the element `node`, in or under `root`."""
        known = self._known.get(node.mem_id)
        if known is not None:
            return known
        if self._level(node) <= SHALLOW:
            known = self._known[node.mem_id] = self.read(node)
            return known
        return self._bottom_up(node)

    def read(self, node: LexborNode) -> Facts:
        """The facts of `node` read from it alone (`Facts.read`): its whole text and links."""
        return Facts.read(node)

    def link_density(self, node: LexborNode) -> float:
        """`newsparse.content.scoring.link_density(node)`: the share of its stripped text in its
        links' stripped texts, read from `node` alone where `of` would."""
        held = self._known.get(node.mem_id)
        if held is None and self._level(node) <= SHALLOW:
            return link_density(node)
        held = held or self.of(node)
        total = held.stripped
        return min(held.anchored / total, 1.0) if total else 0.0

    def _level(self, node: LexborNode) -> int:
        """How many levels `node` is below `root` (each element's level found once)."""
        path: list[int] = []
        current: LexborNode | None = node
        level = 0
        while current is not None:
            known = self._depth.get(current.mem_id)
            if known is not None:
                level = known
                break
            path.append(current.mem_id)
            current = current.parent
        for key in reversed(path):
            level += 1
            self._depth[key] = level
        return level

    def _bottom_up(self, node: LexborNode) -> Facts:
        """The facts of `node`, and of the elements under it not read yet, read bottom-up."""
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
        """How many elements have been read bottom-up: the work done there, for a caller to
        bound (each `read` reads all that its element holds)."""
        return self._read

    def _close(self, element: LexborNode, linked: bool, facts: Facts) -> None:
        """Add what `element` is itself to the facts of what it holds, and remember them."""
        tag = element.tag or ""
        if tag in _HEADINGS:
            facts._heading = facts._card = True
        elif tag in _PICTURES and linked:
            facts._card = True
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
        self._read += 1
