"""Chrome by shape: boxes of links, cards for other stories, promos, story links, follow prompts.

Each is judged by what an element holds (its links, where they point, how much of its text they
hold), not by its name: the block walker asks these of what it meets inside the article.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newsparse.content.chrome.facts import Facts, LinkFacts
from newsparse.content.inline import INLINE, LINE_BREAK
from newsparse.related.phrases import PROMO_LABEL
from newsparse.text import ascii_lower, normalize_space, text_size
from newsparse.urls import absolute_url

__all__ = [
    "BOXES",
    "SOCIAL_HOSTS",
    "datelines",
    "follow_prompts",
    "is_links_box",
    "is_links_list",
    "is_promo_item",
    "is_promo_rest",
    "is_story_link",
    "social_matches",
]

# Boxes that links may fill (`is_links_box`): at least `_LINK_RUN` links, each alone and of
# at most `_LINK_TEXT` characters, or holding `_LINKED` of the box's text; or a card for another
# story, its links all to one page but maybe one short link to its section (a picture linking
# to an image file is no card).
BOXES = frozenset({"div", "section", "article", "nav", "aside", "footer"})
_LINK_TEXT = 80
_LINK_RUN = 3
_CARD_LABEL = 30  # characters of a card's link to its section ("Armenia", "Konflikty zbrojne")
_LINKED = 0.6
_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
# A paragraph of links to other stories: each at most this long, not ending as prose does,
# not a link to a file.
_STORY_LINK = 200
_STORY_LINKS = 5  # links in a paragraph of story links at most
# What may stand between story links: white space, line breaks, bullets and dashes.
_BULLETS = re.compile(rf"[\s{LINE_BREAK}\-\u2013\u2014\u2022\u00b7|\u00bb\u203a>*]*")
_PROMO_LINKED = 0.6  # of the text after a promo label that its link holds
_PROSE_ENDS = (".", ":", ",", ";")
_FILES = (*_IMAGE_FILES, ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip")
# Links to a social network profile (these in the URL) or a mail address (ASCII case ignored).
SOCIAL_HOSTS = (
    "facebook.com/", "twitter.com/", "//x.com/", "instagram.com/", "linkedin.com/",
    "youtube.com/", "tiktok.com/", "//t.me/", "pinterest.com/", "threads.net/", "bsky.app/",
)  # fmt: skip
_FOLLOW_LINKS = 3  # social profiles or mail addresses linked in a follow prompt, at least
_LIST_LINKED = 0.7  # of a list's text in links, above which it is navigation or teasers
# A block holding a `<time>` is a dateline when the rest of its text is at most this long.
_DATELINE_REST = 60
_SENTENCE_ENDS = (".", "!", "?", "\u3002", "\uff01", "\uff1f")
# Never taken for a dateline: the unit elements that are the article's own structure.
_KEEP_WHOLE = frozenset({"ul", "ol", "table", "blockquote", "figure", "article", "main", "body"})


def is_links_box(node: LexborNode, facts: LinkFacts) -> bool:
    """Whether the box `node` is a run of links, a box of links or a card for another story
    (topic tags, story links, teaser cards: not the article's text). `facts` reads what the
    boxes of one tree hold, each element once."""
    if facts.linkless:
        return False  # each shape holds links
    if _is_link_run(node):
        return True
    held = facts.of(node)
    return _is_link_box(held) or _is_card(held)


def is_links_list(node: LexborNode, facts: LinkFacts) -> bool:
    """Whether links hold more than `_LIST_LINKED` of the text of the list `node` (read through
    `facts`): navigation or teasers, not a list of the article."""
    return facts.link_density(node) > _LIST_LINKED


def _is_link_run(node: LexborNode) -> bool:
    """Whether `node` holds only links, at least `_LINK_RUN` of them, each alone in its own box
    or side by side (a row of topic tags, a column of story links), and no other text."""
    links = 0
    for child in node.iter(include_text=True):
        if child.is_text_node:
            if not (child.text_content or "").isspace():
                return False
            continue
        if not child.is_element_node:
            continue
        link = child if child.tag == "a" else _only_element(child)
        if link is None or link.tag != "a" or not 0 < len(link.text().strip()) <= _LINK_TEXT:
            return False
        links += 1
    return links >= _LINK_RUN


def _is_link_box(held: Facts) -> bool:
    """Whether links hold `_LINKED` of the text, `_LINK_RUN` links or more: a box of teaser
    cards (each a kicker and a linked headline), of tags or of related stories."""
    if held.links < _LINK_RUN:
        return False
    total = held.stripped
    return bool(total) and min(held.anchored / total, 1.0) >= _LINKED


def _is_card(held: Facts) -> bool:
    """Whether an element is a card for another story: a picture and a headline (or a heading)
    linking to one address, two links or more (and maybe one short link to its section), or
    one link around a heading; with less text outside them than in them (a kicker, an author,
    a date)."""
    pages = held.pages
    if not pages:
        return False  # no link, or links to more than two pages
    story = pages[0]
    if len(pages) == 2:
        label = pages[1]
        if label.count > story.count:
            story, label = label, story
        if story.count < 2 or label.count > 1 or label.size > _CARD_LABEL:
            return False
    target = story.address
    if not target or target.lower().endswith(_IMAGE_FILES):
        return False  # a picture linking to its full size, with its caption
    if story.count == 1:
        if not story.first_has_heading or _is_file(target):
            return False  # a linked picture with its caption, a linked phrase, a download
    elif not held.card_inside:
        return False
    linked = story.size
    return linked > 0 and held.size - linked <= linked


def _only_element(node: LexborNode) -> LexborNode | None:
    """The one element inside `node`, when `node` holds nothing else but white space."""
    found = None
    for child in node.iter(include_text=True):
        if child.is_element_node:
            if found is not None:
                return None
            found = child
        elif child.is_text_node and not (child.text_content or "").isspace():
            return None
    return found


def is_promo_item(item: LexborNode, text: str) -> bool:
    """Whether the list item `item` (its text `text`) is a promo label and a link, the link
    holding most of the rest: "Zum Artikel: <a>Tarifrunde im ÖPNV</a>"."""
    label = PROMO_LABEL.match(text)
    if label is None:
        return False
    linked = sum(text_size(link.text()) for link in item.css("a[href]"))
    return is_promo_rest(linked, text[label.end() :])


def is_promo_rest(linked: int, rest: str) -> bool:
    """Whether links whose texts hold `linked` characters (`text_size`) hold most of `rest`,
    the text after a promo label ("Read more: "): a promo for the linked story, not prose."""
    return linked >= _PROMO_LINKED * text_size(rest)


def is_story_link(paragraph: LexborNode, raw: str, base: str | None) -> bool:
    """Whether `paragraph` is nothing but links to other pages of the site (one, or a few set
    apart by line breaks or bullets), each with a headline's text ("Sanders calls for
    assessment of Electoral College"): promos, not prose. A link to a file ("Programme (PDF)")
    and a linked sentence ending in "." are prose. `raw` is the text of `paragraph`."""
    text = raw.strip()
    if not base or len(text) > _STORY_LINKS * _STORY_LINK or text.endswith(_PROSE_ENDS):
        return False  # most paragraphs: prose, told without a query
    links = paragraph.css("a[href]")
    if not 0 < len(links) <= _STORY_LINKS:
        return False
    here = urlsplit(base)
    site, not_stories = _site_of(here.hostname), {here.path or "/", "/"}
    rest = raw  # what the links leave: bullets and line breaks at most
    for link in links:
        shown = link.text()
        headline = shown.strip()
        if (
            len(headline) > _STORY_LINK
            or headline.endswith(_PROSE_ENDS)
            or len(headline.split()) < 4
        ):
            return False
        target = absolute_url(link.attributes.get("href"), base)
        if target is None or _is_file(target):
            return False
        there = urlsplit(target)
        if _site_of(there.hostname) != site or (there.path or "/") in not_stories:
            return False  # another site, this page or the home page
        rest = rest.replace(shown, "", 1)
    return _BULLETS.fullmatch(rest) is not None


def _is_file(target: str) -> bool:
    """Whether the address `target` is a file to download (a document, an image)."""
    return target.lower().partition("?")[0].endswith(_FILES)


def _site_of(host: str | None) -> str | None:
    """`host` without a leading "www." ("www.si.com" and "si.com" are one site)."""
    return host.removeprefix("www.") if host else host


def follow_prompts(links: list[LexborNode]) -> list[int]:
    """The `mem_id`s of the paragraphs linking to three or more social profiles or mail
    addresses among `links` (a container's `p a[href]`): "Write to us at ... or follow us on
    Facebook, Twitter and Instagram"."""
    counts: dict[int, int] = {}
    for link in links:
        matches = social_matches(link.attributes.get("href") or "")
        if not matches:
            continue
        paragraph = link.parent
        while paragraph is not None and paragraph.tag in INLINE:
            paragraph = paragraph.parent
        if paragraph is not None and paragraph.tag == "p":
            counts[paragraph.mem_id] = counts.get(paragraph.mem_id, 0) + matches
    return [key for key, count in counts.items() if count >= _FOLLOW_LINKS]


def social_matches(href: str) -> int:
    """How many of the social profile and mail patterns `href` matches (a link to a sharer
    with another network's URL in it counts for both, as it would in a CSS selector group)."""
    href = ascii_lower(href)
    return href.startswith("mailto:") + sum([host in href for host in SOCIAL_HOSTS])


def datelines(container: LexborNode, times: list[LexborNode]) -> list[int]:
    """The `mem_id`s of the block elements that hold one of the container's `times` and little
    else: a dateline or a byline with its date ("Jane Doe <time>13 Jan 2025, 21:37</time>"),
    not prose."""
    found: list[int] = []
    judged: set[int] = set()  # a block is judged once, by its first time
    for time in times:
        block = time.parent
        while block is not None and block.tag in INLINE:
            block = block.parent
        if block is None or block.tag in _KEEP_WHOLE or block.mem_id == container.mem_id:
            continue
        if block.mem_id in judged:
            continue
        judged.add(block.mem_id)
        text = normalize_space(block.text())
        rest = text.replace(normalize_space(time.text()), "", 1).strip()
        if len(rest) <= _DATELINE_REST and not rest.endswith(_SENTENCE_ENDS):
            found.append(block.mem_id)
    return found
