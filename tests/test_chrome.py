"""The chrome module: shapes judged from facts read once per element, lines, links to profiles.
The HTML here is hand-written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.content import chrome
from newsparse.content.blocks import emit_blocks
from newsparse.content.chrome import Facts, LinkFacts, shapes
from newsparse.content.chrome.facts import SHALLOW
from newsparse.content.chrome.shapes import SOCIAL_HOSTS, social_matches
from newsparse.content.scoring import link_density
from newsparse.model import Paragraph
from newsparse.text import text_size
from tests.checks import record_calls
from tests.strategies import link_trees

_PROSE = "<p>The council approved the budget for the new bridge on Monday, after a long debate.</p>"
_LINKS = '<a href="/story/other">Another story of the site</a> ' * 10
_DEPTH = 512
# Hand-made trees 512 levels deep, each level a box the block walker judges by what it holds:
# a chain of wrappers around links and prose, and a ladder whose every rung holds prose too.
_DEEP = {
    "chain": "<div>" * _DEPTH + _PROSE * 3 + _LINKS + "</div>" * _DEPTH,
    "ladder": ("<section>" + _PROSE) * _DEPTH + _LINKS + "</section>" * _DEPTH,
}


def _container(body: str) -> LexborNode:
    node = LexborHTMLParser(f"<body><div id='c'>{body}</div></body>").css_first("#c")
    assert node is not None
    return node


@pytest.mark.parametrize("body", list(_DEEP.values()), ids=list(_DEEP))
def test_chrome_reads_each_element_of_a_deep_tree_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    """Judging every box of a tree 512 levels deep reads each element at most `SHALLOW` + 1
    times, not once per box around it (counted through the one reader of what elements hold,
    `LinkFacts`: the elements each direct `read` covers, and those read bottom-up)."""
    readers: list[LinkFacts] = []
    covered: list[int] = []

    class Counted(LinkFacts):
        def __init__(self, root: LexborNode) -> None:
            super().__init__(root)
            readers.append(self)

        def read(self, node: LexborNode) -> Facts:
            covered.append(len(node.css("*")))
            return super().read(node)

    monkeypatch.setattr(chrome, "LinkFacts", Counted)
    container = _container(body)
    elements = len(container.css("*"))
    blocks = emit_blocks([container], url="https://example.org/s", title=None)
    assert Paragraph(_PROSE[3:-4]) in blocks
    work = sum(covered) + sum(reader.elements_read() for reader in readers)
    assert elements < work <= (SHALLOW + 2) * elements
    assert SHALLOW + 2 < _DEPTH // 4  # far from reading each element once per box around it


def _pages(links: list[LexborNode]) -> list[tuple[str, int, bool, int]] | None:
    """The addresses of `links` as `Facts.pages` groups them, read from each link anew."""
    groups: dict[str, tuple[str, int, bool, int]] = {}
    for link in links:
        address = (link.attributes.get("href") or "").partition("#")[0]
        heading = link.css_first("h1, h2, h3, h4, h5, h6") is not None
        size = text_size(link.text())
        known = groups.get(address)
        groups[address] = (
            (address, 1, heading, size)
            if known is None
            else (address, known[1] + 1, known[2], known[3] + size)
        )
    return list(groups.values()) if len(groups) <= 2 else None


@given(link_trees, st.booleans())
def test_chrome_facts_are_what_each_element_reads(markup: str, upward: bool) -> None:
    """The facts of an element, read from it alone or bottom-up with its neighbours in either
    order, equal what its own text and links say: lengths, white space, the text of its links
    and where they point, headings, pictures in links, the share of its text in links."""
    deep = "<div>" * (SHALLOW + 1)  # below it, `LinkFacts` reads bottom-up
    root = LexborHTMLParser(f"<body><a href='/top'>{deep}{markup}</a></body>").body
    assert root is not None
    elements = [node for node in root.traverse() if node.is_element_node][SHALLOW + 2 :]
    facts = LinkFacts(root)
    for node in reversed(elements) if upward else elements:
        for held in (facts.of(node), Facts.read(node)):
            _check(node, held)
        assert facts.link_density(node) == link_density(node)


def _check(node: LexborNode, held: Facts) -> None:
    """Assert that `held` says what `node`'s text and links say."""
    text = node.text()
    assert (held.length, held.size, held.stripped) == (
        len(text),
        text_size(text),
        len(text.strip()),
    )
    assert held.anchored == sum(len(a.text().strip()) for a in node.css("a"))
    links = node.css("a[href]")
    assert held.links == len(links)
    pages = held.pages
    got = (
        None
        if pages is None
        else [(p.address, p.count, p.first_has_heading, p.size) for p in pages]
    )
    assert got == _pages(links)
    assert held.has_heading == (node.css_first("h1, h2, h3, h4, h5, h6") is not None)
    assert held.card_inside == (
        node.css_first("a img, a picture, h1, h2, h3, h4, h5, h6") is not None
    )


def test_chrome_text_names_related_headings_and_players_not_prose() -> None:
    """A related heading left alone and a player's title are chrome as a whole paragraph; a
    sentence is not, and a line is chrome only by its own phrases."""
    assert chrome.is_chrome_text("Read more")
    assert chrome.is_chrome_text("WATCH | Palestinians react to the ruling:")
    assert not chrome.is_chrome_text("The council read more reports than ever this year.")
    assert chrome.is_chrome_line("Share this article")
    assert not chrome.is_chrome_line("WATCH | Palestinians react to the ruling:")


_SOCIAL_CSS = ", ".join(
    f"p a[href{match}='{value}' i]"
    for match, value in (("^", "mailto:"), *(("*", host) for host in SOCIAL_HOSTS))
)


@given(
    st.lists(
        st.sampled_from(
            [
                "mailto:a@b.org",
                "MAILTO:x@y",
                "https://FaceBook.com/page",
                "https://x.com/h",
                "https://twitter.com/share?u=https://facebook.com/p",
                "https://t.me/chan",
                "https://example.org/",
                "https://Bsky.App/profile/p",
                "/local",
            ]
        ),
        max_size=6,
    )
)
def test_social_links_count_as_the_css_selectors_do(hrefs: list[str]) -> None:
    """A link counts once per social profile or mail pattern its URL matches in any ASCII
    case, as Lexbor lists it once per selector of the group the patterns stand for."""
    links = "".join(f'<a href="{href}">l</a>' for href in hrefs)
    tree = LexborHTMLParser(f"<p>{links}</p>")
    expected = len(tree.css(_SOCIAL_CSS))
    assert sum(social_matches(href) for href in hrefs) == expected


def test_chrome_judges_a_block_of_many_times_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A block holding 2,000 `<time>`s is judged as a dateline once, by its first time, not
    once per time (each reading all of its text)."""
    read = record_calls(monkeypatch, shapes, "normalize_space")
    container = LexborHTMLParser(
        "<body><div id=c><p>Prose of the story.</p><div>"
        + "<time>1 Jan</time> " * 2000
        + "</div></div></body>"
    ).css_first("#c")
    assert container is not None
    chrome.datelines(container, container.css("time"))
    assert len(read) <= 2


class _Seen:
    """A `LexborNode` seen through what `_bulk` reads of it, counting the elements it is
    given (each `parent`, each element a `css` query finds)."""

    def __init__(self, node: LexborNode, reads: list[int]) -> None:
        self._node, self._reads = node, reads

    @property
    def mem_id(self) -> int:
        return self._node.mem_id

    @property
    def parent(self) -> _Seen | None:
        self._reads[0] += 1
        parent = self._node.parent
        return None if parent is None else _Seen(parent, self._reads)

    def text(self) -> str:
        return self._node.text()

    def css(self, query: str) -> list[_Seen]:
        found = self._node.css(query)
        self._reads[0] += len(found)
        return [_Seen(node, self._reads) for node in found]


def _bulk_by_definition(paragraphs: list[LexborNode]) -> set[int]:
    """The elements holding more than half of the text of `paragraphs`, as `_bulk` defines
    them: from the paragraph where the running total passes half, up to the first ancestor
    whose paragraphs hold more than half, and all above it."""
    if len(paragraphs) < 4:
        return set()
    sizes = {paragraph.mem_id: len(paragraph.text()) for paragraph in paragraphs}
    total, running = sum(sizes.values()), 0
    passed = (p for p in paragraphs if (running := running + sizes[p.mem_id]) * 2 > total)
    middle = next(passed, paragraphs[-1])
    node = middle.parent
    while node is not None and sum(sizes.get(p.mem_id, 0) for p in node.css("p")) * 2 <= total:
        node = node.parent
    found: set[int] = set()
    while node is not None:
        found.add(node.mem_id)
        node = node.parent
    return found


def test_the_bulk_of_the_text_is_found_reading_each_element_a_bounded_number_of_times() -> None:
    """Hand-made: 2,000 short paragraphs 500 levels deep between two long ones, each with a
    third of the text (a fuzzed page took 4.6 s per MB, 12 s per MB for this shape): the
    elements holding half of the text are found reading each element a few times, not once
    per element above it."""
    prose = "<p>" + "word " * 1_200 + "</p>"
    deep = "<div>" * 500 + "<p>ab</p>" * 2_000 + "</div>" * 500
    root = LexborHTMLParser(f"<body>{prose}{deep}{prose}</body>").root
    assert root is not None
    reads = [0]
    paragraphs = [_Seen(node, reads) for node in root.css("p")]
    found = chrome.elements._bulk(paragraphs)  # type: ignore[arg-type]
    assert found == _bulk_by_definition(root.css("p"))
    assert len(found) == 3  # <body>, <html> and the document: the paragraphs are apart
    assert reads[0] <= 3 * len(root.css("*"))


_BOXES = st.recursive(
    st.integers(min_value=0, max_value=300).map(lambda n: f"<p>{'w' * n}</p>"),
    lambda inner: st.lists(inner, min_size=1, max_size=5).map("".join).map("<div>{}</div>".format),
    max_leaves=40,
)


@given(st.lists(_BOXES, min_size=1, max_size=6))
def test_the_bulk_of_the_text_is_what_its_definition_says(boxes: list[str]) -> None:
    """Hand-made by hypothesis: paragraphs in nested boxes. The elements `_bulk` finds are
    those its definition (a walk up, reading the paragraphs inside each element) finds."""
    root = LexborHTMLParser(f"<body>{''.join(boxes)}</body>").root
    assert root is not None
    paragraphs = root.css("p")
    assert chrome.elements._bulk(paragraphs) == _bulk_by_definition(paragraphs)
