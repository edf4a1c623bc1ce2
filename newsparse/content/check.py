"""Did the container pick fail? Measure the chosen body against the rest of the page.

The pick of one container (`scoring.choose_containers`) fails in a few recognisable ways: it
is another story than the page's, it holds a line or two while the story is elsewhere, or it is
one part of a story that other elements continue. The signals, each read from the page and
never from a site, in the order `pick_failed` asks them:

- **another story**: on a page of several stories (two or more outermost `<article>`s), the
  body holds text of another story than the page's own, or is held in one (`page_story`: the
  one that names the page's address, or whose heading says the page's title);
- **too short**: the body holds fewer than `MIN_TEXT` characters;
- **prose left outside**: paragraphs of running text (at least `PROSE` characters, at most
  `MAX_LINKED` of them in links) that are not in the body hold more than `OUTSIDE` times the
  body's text (a long footer or notice beside a short story is not enough);
- **the JSON-LD `articleBody`**: the page's own statement of its text shares fewer than
  `MIN_ARTICLE_BODY` of its words with the body.

`pick_failed` names the first signal that holds, or None when the pick stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from newsparse.content.scoring import choose_containers, link_density
from newsparse.dom import has_ancestor
from newsparse.model import Block, Heading, ListBlock, Paragraph, Quote
from newsparse.related.links import page_key
from newsparse.text import normalize_space, words
from newsparse.urls import absolute_url

__all__ = [
    "ANOTHER_STORY",
    "MAX_LINKED",
    "MIN_ARTICLE_BODY",
    "MIN_TEXT",
    "OUTSIDE",
    "PROSE",
    "body_text",
    "page_story",
    "pick_failed",
    "story_containers",
]

MIN_TEXT = 200
OUTSIDE = 2
PROSE = 150
MAX_LINKED = 0.25
MIN_ARTICLE_BODY = 0.5
# A paragraph is found in the body when this long a piece of its middle is.
_PROBE = 40
# The `articleBody` is read only when it has this many distinct words.
_MIN_WORDS = 20
# The attributes by which a story element names its own address.
_ADDRESSES = ("data-url", "data-href", "data-permalink", "itemid")
ANOTHER_STORY = "another story"


def body_text(blocks: Sequence[Block]) -> str:
    """The text of `blocks`, one space between blocks, spaces normalised."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, (Paragraph, Heading, Quote)):
            parts.append(block.text)
        elif isinstance(block, ListBlock):
            parts.extend(block.items)
    return normalize_space(" ".join(parts))


def pick_failed(
    blocks: Sequence[Block],
    root: LexborNode,
    *,
    article_body: str | None = None,
    story: LexborNode | None = None,
) -> str | None:
    """The signal by which the body `blocks` chosen from `root` missed the story, or None.

    `story` is the page's own story on a page of several (`page_story`).
    """
    text = body_text(blocks)
    if story is not None and _holds_another_story(text, story, root):
        return ANOTHER_STORY
    if len(text) < MIN_TEXT:
        return "too short"
    # The prose outside is part of the page's text: a page with little more text than the
    # body cannot fail this way, and is not read paragraph by paragraph.
    if len(root.text()) > OUTSIDE * len(text) and prose_outside(root, text) > OUTSIDE * len(text):
        return "prose outside"
    if article_body:
        expected = set(words(article_body))
        if len(expected) >= _MIN_WORDS and (
            len(expected & set(words(text))) < MIN_ARTICLE_BODY * len(expected)
        ):
            return "articleBody"
    return None


def prose_outside(root: LexborNode, body: str) -> int:
    """The characters of the page's prose paragraphs (`<p>`) that are not in `body`."""
    total = 0
    for paragraph in root.css("p"):
        text = normalize_space(paragraph.text())
        if len(text) < PROSE:
            continue
        if _probe(text) in body or link_density(paragraph) > MAX_LINKED:
            continue
        total += len(text)
    return total


def _probe(text: str) -> str:
    """A piece of the middle of `text`, to find it in another text whose ends may differ."""
    middle = len(text) // 2
    return text[max(0, middle - _PROBE // 2) : middle + _PROBE // 2]


def page_story(root: LexborNode, *, title: str | None, page_url: str | None) -> LexborNode | None:
    """Of a page's several stories (its outermost `<article>`s, two or more, as an infinite
    scroll loads them), the one story of the page: the only one that names the page's address
    (an address attribute, or the link of its first heading) or whose first heading has the
    words of the title, and holds `MIN_TEXT` characters of text or more (not a teaser card).
    None on a page of one story, or when no single story is the page's."""
    stories = _stories(root)
    if len(stories) < 2:
        return None
    here = page_key(page_url)
    said = words(title) if title else ()
    found = [story for story in stories if _names_page(story, here, page_url, said)]
    if len(found) != 1 or len(normalize_space(found[0].text())) < MIN_TEXT:
        return None
    return found[0]


def _stories(root: LexborNode) -> list[LexborNode]:
    """The outermost `<article>` elements of `root`."""
    return [
        node
        for node in root.css("article")
        if not has_ancestor(node, lambda parent: parent.tag == "article")
    ]


def _holds_another_story(body: str, story: LexborNode, root: LexborNode) -> bool:
    """Whether the `body` text holds text of another story of the page than `story`, or is
    held in one (a story of `_PROBE` characters or more)."""
    probe = _probe(body)
    key = story.mem_id
    for other in _stories(root):
        if other.mem_id == key:
            continue
        text = normalize_space(other.text())
        if len(text) >= _PROBE and (_probe(text) in body or (body and probe in text)):
            return True
    return False


def _names_page(
    story: LexborNode,
    here: tuple[str, str, str] | None,
    page_url: str | None,
    title: tuple[str, ...],
) -> bool:
    """Whether `story` names the page: its address (`here`, a `page_key`) or its `title`."""
    addresses = [story.attributes.get(name) for name in _ADDRESSES]
    heading = story.css_first("h1, h2, h3")
    if heading is not None:
        if title and words(heading.text()) == title:
            return True
        link = heading.css_first("a[href]")
        if link is not None:
            addresses.append(link.attributes.get("href"))
    return here is not None and any(
        page_key(absolute_url(address, page_url)) == here for address in addresses if address
    )


def story_containers(story: LexborNode, article_body: str | None) -> list[LexborNode]:
    """The containers that scoring picks inside `story`; the story itself when none is inside
    it (scoring may rise above the element it starts from)."""
    key = story.mem_id
    inside = [
        node
        for node in choose_containers(story, article_body)
        if node.mem_id == key or has_ancestor(node, lambda parent: parent.mem_id == key)
    ]
    return inside or [story]
