"""Clutter left inside a story's text, as classes: notices and calls in a paragraph, a teaser's
label glued to its headline, a person card spliced into a sentence, a decorative image, the
site's address and copyright under the last paragraph.

Each rule is one function, called once by the pass that needs it; the words are data in
`newsparse.lexicon` (`notices`, `chrome`, `classes`, `addresses`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from selectolax.lexbor import LexborNode

from newsparse import lexicon
from newsparse.lexicon.addresses import STREET
from newsparse.lexicon.build import alternation, matcher
from newsparse.lexicon.chrome import MORE_LINK
from newsparse.lexicon.classes import DECORATIVE_IMAGE
from newsparse.model import Block, Heading, Paragraph
from newsparse.related.phrases import PROMO_LABEL

__all__ = [
    "drop_person_cards",
    "is_decorative_image",
    "is_notice",
    "without_closing_footer",
    "without_teaser_label",
]

_MAX_NOTICE = 300  # characters of a paragraph that is an appeal or a comment policy
_MAX_POINTER = 200  # characters of a paragraph that sends the reader elsewhere
# A promo line whose link is gone: a label ("More:", "Read also:") and a headline, at most
# this many words, not ending as a sentence does.
_PROMO_WORDS = 16
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", "\u3002")
# Quotation marks: a paragraph quoting someone ("„Wir freuen uns über jede Spende", sagt …")
# is no appeal of the site's.
_QUOTES = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')


def is_notice(text: str) -> bool:
    """True for a paragraph that is no part of the story: an appeal for the reader's support
    ("Support our journalism"), the site's comment policy ("Comments are moderated"), a call
    to read the story elsewhere opening it ("Read the full transcript of his interview"), or
    a promo label with a headline and no sentence ("More: Huawei's next flagship to launch")."""
    if len(text) > _MAX_NOTICE:
        return False
    if lexicon.NOTICE_KEYS.admits(text.casefold()) and lexicon.NOTICE.search(text) is not None:
        return _QUOTES.search(text) is None  # quoted speech is the story's, not the site's
    stripped = text.strip()
    if len(stripped) > _MAX_POINTER:
        return False
    return lexicon.READ_ELSEWHERE.match(stripped) is not None or _is_promo_line(stripped)


def _is_promo_line(text: str) -> bool:
    """A promo label and a headline: "More: Huawei's next flagship to launch at MWC 2017"."""
    label = PROMO_LABEL.match(text)
    if label is None:
        return False
    headline = text[label.end() :].strip()
    return (
        bool(headline)
        and "\n" not in headline
        and len(headline.split()) <= _PROMO_WORDS
        and not headline.endswith(_SENTENCE_ENDS)
    )


# What may label a teaser before its linked headline: a word or three ("Updated", "Breaking
# News", "Video"), with no sentence in it.
_LABEL_WORDS = 3
_LABEL_CHARS = 30


def without_teaser_label(paragraph: LexborNode, text: str) -> str:
    """`text` (the text of `paragraph`) without the label that opens a teaser: a short element
    that is no link, or a promo label ("More:"), right before a link ("<span>Updated</span><a
    href=…>Police Identify Man…</a>", glued as "UpdatedPolice Identify Man…"); `text`
    unchanged when the paragraph does not open with such a label and a link, or ends as a
    sentence does (no teaser then)."""
    if text.rstrip().endswith(_SENTENCE_ENDS):
        return text
    label = _leading_label(paragraph)
    if label is None:
        return text
    position = text.find(label)
    if position < 0 or text[:position].strip():
        return text
    return text[position + len(label) :]


def _leading_label(paragraph: LexborNode) -> str | None:
    """The text of the label that opens `paragraph` right before a link, or None."""
    label: str | None = None
    child = paragraph.child
    while child is not None:
        if child.is_text_node:
            piece = child.text_content or ""
            if piece.strip():
                if label is not None:
                    return None
                match = PROMO_LABEL.match(piece.strip())
                if match is None or match.end() != len(piece.strip()):
                    return None
                label = piece
        elif child.is_element_node:
            if child.tag == "a":
                return label
            if label is not None:
                return None
            piece = child.text()
            if not _is_label(piece) or child.css_first("a") is not None:
                return None
            label = piece
        child = child.next
    return None


def _is_label(text: str) -> bool:
    """A few words that are no sentence: a teaser's label ("Updated", "Breaking News")."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= _LABEL_CHARS
        and len(stripped.split()) <= _LABEL_WORDS
        and not stripped.endswith((".", "!", "?", ","))
    )


_MORE_LINK = matcher(MORE_LINK)
_INLINE_CARD = frozenset({"span", "div", "a", "em", "strong", "b", "i", "small", "aside"})
_CARD_TEXT = 20  # characters of a card beyond its "MORE" link: a title or a teaser


def drop_person_cards(links: Sequence[LexborNode]) -> None:
    """Remove, in place, the hover cards spliced into sentences around the "MORE" links among
    `links` (the links of a container's paragraphs): an element right after a name (a link,
    or text glued to it) that holds a card ending in a "MORE" link ("Gov. Kristi Noem[Kristi
    Lynn Noem South Dakota governor doubles down on … MORE] (R) is defending"); the name
    stays, once. Nodes of `links` inside a card removed are freed: read them no more."""
    cards: list[LexborNode] = []
    for link in links:
        if _MORE_LINK.fullmatch(link.text().strip()) is None:
            continue
        card = _card_of(link)
        if card is not None:
            cards.append(card)
    # The outermost cards, each once, all chosen before any is removed (a node inside a
    # removed one is freed memory).
    ids = {card.mem_id for card in cards}
    outermost = {card.mem_id: card for card in cards if not _inside(card, ids)}
    for card in outermost.values():
        card.decompose()


def _card_of(link: LexborNode) -> LexborNode | None:
    """The card holding the "MORE" `link`: its nearest inline ancestor inside a paragraph that
    follows a name (a link, or text glued to it) and holds another link and more text."""
    node = link.parent
    while node is not None and node.tag in _INLINE_CARD:
        previous = node.prev
        while previous is not None and previous.is_text_node and not previous.text().strip():
            previous = previous.prev
        if previous is not None and (
            previous.tag == "a" or (previous.is_text_node and previous.text()[-1:].isalpha())
        ):
            if (
                len(node.text().strip()) >= len(link.text().strip()) + _CARD_TEXT
                and len(node.css("a[href]")) >= 2
            ):
                return node
            return None
        node = node.parent
    return None


def _inside(node: LexborNode, others: set[int]) -> bool:
    """Whether an ancestor of `node` is among `others`."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id in others:
            return True
        parent = parent.parent
    return False


_DECORATIVE = matcher(DECORATIVE_IMAGE)
_TINY = 10  # pixels of a declared side at most: a rule or a spacer
_NUMBER = re.compile(r"\s*(\d+)(?:px)?\s*")


def is_decorative_image(attributes: Mapping[str, str | None], src: str) -> bool:
    """True for an image that decorates the page and shows nothing: without alternative
    text, and either named as a divider, separator or spacer (in its address `src` or its
    class), or declared at most `_TINY` pixels high or wide."""
    if (attributes.get("alt") or "").strip():
        return False
    for side in ("width", "height"):
        size = _NUMBER.fullmatch(attributes.get(side) or "")
        if size is not None and int(size.group(1)) <= _TINY:
            return True
    name = f" {src.lower().partition('?')[0]} {(attributes.get('class') or '').lower()}"
    return _DECORATIVE.search(name) is not None


_FOOTER_BLOCKS = 3  # the last blocks of the body that may be the site's footer
_MAX_FOOTER = 200  # characters of one such block
_STREET = alternation(STREET)
# A house number next to a street word, and a postal code (or a US state and ZIP code).
_STREET_ADDRESS = re.compile(
    rf"(?:\b\d{{1,5}}[a-z]?,?\s+(?:[^\W\d]+\s+){{0,4}}(?:{_STREET})(?![^\W\d])"
    rf"|\b(?:{_STREET})(?![^\W\d])\s+\d{{1,5}}[a-z]?\b)",
    re.IGNORECASE,
)
_POSTAL_CODE = re.compile(
    r"\b(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|(?:[A-Z]{1,2}-)?\d{4,5}\s+[^\W\d]{2,}"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})\b"
)
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)\s*\d{4}|copyright\b)", re.IGNORECASE)


def without_closing_footer(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` without the site's footer after the last paragraph: among the last
    `_FOOTER_BLOCKS`, the short paragraphs from the end that are a postal address ("1600
    Pennsylvania Avenue NW, Washington, DC 20500") or a copyright notice ("© 2024 Foo Media")."""
    end = len(blocks)
    floor = max(0, end - _FOOTER_BLOCKS)
    while end > floor and _is_footer(blocks[end - 1]):
        end -= 1
    return list(blocks[:end])


def _is_footer(block: Block) -> bool:
    """A short paragraph that is a postal address or a copyright notice."""
    if not isinstance(block, (Paragraph, Heading)) or len(block.text) > _MAX_FOOTER:
        return False
    text = block.text
    if _COPYRIGHT.match(text) is not None:
        return True
    return _STREET_ADDRESS.search(text) is not None and _POSTAL_CODE.search(text) is not None
