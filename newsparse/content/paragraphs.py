"""The second strategy: classify each paragraph of the page as jusText does, with no container.

The page (after chrome removal) is cut into paragraphs at block-level elements. Each paragraph
is judged alone first, from its length, the share of its text inside links and the share of its
words that are stop words of the page's language (`newsparse.lexicon.stopwords`):

- more than `MAX_LINK_DENSITY` of its text in links: bad; a copyright sign or a rights notice
  (`lexicon.RIGHTS`): bad;
- shorter than `LENGTH_LOW` characters: short (bad if it holds a link);
- stop-word density at least `STOPWORDS_HIGH`: good if longer than `LENGTH_HIGH`, else near-good;
- at least `STOPWORDS_LOW`: near-good; else bad.

Then by its neighbours: a short heading followed by good text within `MAX_HEADING_DISTANCE`
characters is near-good; a run of short paragraphs between two good ones is good, between two
bad ones bad, and between good and bad good only when a near-good one stands on the bad side;
a near-good paragraph is good unless both its neighbours are bad. The thresholds are jusText's
defaults. The page's language is the one it declares when that list covers a fifth of its
words, else the list that covers most of them.

Two rules are newsparse's own: a heading that names the comments (`lexicon.chrome.COMMENTS`,
"27 comments") ends the text (it and all that follows are bad), and in a language without a
stop-word list (one written without spaces) a paragraph counts as prose when it holds sentence
punctuation.
"""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborNode

from newsparse.content.blocks import emit_blocks, paragraph_spans
from newsparse.content.boilerplate import is_boilerplate
from newsparse.lexicon import RIGHTS, RIGHTS_KEYS
from newsparse.lexicon.chrome import COMMENTS
from newsparse.lexicon.stopwords import LANGUAGES, stopwords
from newsparse.model import Block, EmbeddedPost, Heading, Paragraph
from newsparse.text import normalize_space

__all__ = ["Segment", "classified_blocks", "classify", "page_language", "segments"]

MAX_LINK_DENSITY = 0.2
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_HEADING_DISTANCE = 200
# Language detection needs this many words, and the best list this share of them (the declared
# language's list, the larger share).
_DETECT_WORDS = 50
_DETECT_DENSITY = 0.1
_DECLARED_DENSITY = 0.2

# Elements that start a paragraph of their own (jusText's list, without the form controls,
# which are skipped, and with the sectioning elements).
_BLOCKS = frozenset(
    {
        "body", "blockquote", "caption", "center", "col", "colgroup", "dd", "div", "dl", "dt",
        "fieldset", "form", "legend", "p", "pre", "table", "td", "tfoot", "th", "thead", "tr",
        "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "main",
        "header", "footer", "aside", "nav", "figure", "figcaption", "address", "details",
        "summary", "hr",
    }
)  # fmt: skip
# Elements whose text is never a paragraph of the page (form controls, code, media).
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "select", "optgroup", "option", "textarea",
     "button", "svg", "math", "iframe", "title"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORD = re.compile(r"\w+")
_COMMENTS = COMMENTS.compile()
_COUNT = "0123456789 .:"  # around the name of the comments: "27 comments:"
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u0964\u061f\u06d4]")

GOOD, NEAR_GOOD, SHORT, BAD = "good", "neargood", "short", "bad"


class Segment:
    """One paragraph of the page: its block element, its text and the part of it in links."""

    __slots__ = ("block", "heading", "kind", "linked", "parts", "text")

    def __init__(self, block: LexborNode) -> None:
        self.block = block
        self.heading = block.tag in _HEADINGS
        self.parts: list[str] = []
        self.linked = 0
        self.text = ""
        self.kind = BAD

    @property
    def link_density(self) -> float:
        """The share of the text inside links."""
        return min(self.linked / len(self.text), 1.0) if self.text else 0.0


def segments(root: LexborNode) -> list[Segment]:
    """The paragraphs of `root` in document order: runs of text under one block element."""
    owners: dict[int, tuple[LexborNode | None, bool]] = {}
    found: list[Segment] = []
    current: Segment | None = None
    for node in root.traverse(include_text=True):
        if not node.is_text_node:
            continue
        parent = node.parent
        if parent is None:
            continue
        owner = owners.get(parent.mem_id)
        if owner is None:
            owner = owners[parent.mem_id] = _owner(parent)
        block, in_link = owner
        if block is None:
            continue
        text = node.text_content or ""
        if current is None or current.block.mem_id != block.mem_id:
            if not text.strip():
                continue
            current = Segment(block)
            found.append(current)
        current.parts.append(text)
        if in_link:
            current.linked += len(text.strip())
    for segment in found:
        segment.text = normalize_space("".join(segment.parts))
    return [segment for segment in found if segment.text]


def _owner(parent: LexborNode) -> tuple[LexborNode | None, bool]:
    """The block element that a text inside `parent` belongs to (None when skipped), and
    whether the text is inside a link."""
    in_link = False
    node: LexborNode | None = parent
    while node is not None:
        tag = node.tag or ""
        if tag in _SKIPPED:
            return None, False
        if tag == "a":
            in_link = True
        elif tag in _BLOCKS:
            return node, in_link
        node = node.parent
    return None, False


def page_language(found: list[Segment], declared: str | None = None) -> str | None:
    """The language whose stop words the page's paragraphs use: the `declared` one (`<html
    lang>`) when its list covers `_DECLARED_DENSITY` of their words (a declared language is
    wrong often enough to be checked), else the list that covers most of them; None when none
    covers `_DETECT_DENSITY` or the page has too few words to tell."""
    counts = Counter(word for segment in found for word in _WORD.findall(segment.text.lower()))
    total = sum(counts.values())
    if total < _DETECT_WORDS:
        return None

    def coverage(language: str) -> float:
        words = stopwords(language)
        return sum(count for word, count in counts.items() if word in words) / total

    if declared and stopwords(declared) and coverage(declared) >= _DECLARED_DENSITY:
        return declared
    best, share = None, _DETECT_DENSITY
    for language in sorted(LANGUAGES):
        covered = coverage(language)
        if covered > share:
            best, share = language, covered
    return best


def classify(found: list[Segment], language: str | None) -> None:
    """Set each segment's `kind` to good or bad, from its own figures and its neighbours'."""
    words = stopwords(language) if language else frozenset()
    comments = False
    for segment in found:
        comments = comments or (
            segment.heading and _COMMENTS.fullmatch(segment.text.strip(_COUNT)) is not None
        )
        segment.kind = BAD if comments else _context_free(segment, words)
    initial = [segment.kind for segment in found]
    follows = _good_follows(found)
    for index, segment in enumerate(found):
        if segment.heading and segment.kind == SHORT and follows[index]:
            segment.kind = NEAR_GOOD
    revised: dict[int, str] = {}
    kinds = [segment.kind for segment in found]
    before_far, after_far = _neighbours(kinds, -1, True), _neighbours(kinds, 1, True)
    before_near, after_near = _neighbours(kinds, -1, False), _neighbours(kinds, 1, False)
    for index, kind in enumerate(kinds):
        if kind != SHORT:
            continue
        before, after = before_far[index], after_far[index]
        if before == after:
            revised[index] = before
        elif (before == BAD and before_near[index] == NEAR_GOOD) or (
            after == BAD and after_near[index] == NEAR_GOOD
        ):
            revised[index] = GOOD
        else:
            revised[index] = BAD
    for index, kind in revised.items():
        found[index].kind = kind
    # Each near-good segment is judged by the ones before it as judged already, and by the
    # ones after it as they stand.
    after_far = _neighbours([segment.kind for segment in found], 1, True)
    before = BAD
    for index, segment in enumerate(found):
        if segment.kind == NEAR_GOOD:
            segment.kind = BAD if before == after_far[index] == BAD else GOOD
        if segment.kind in (GOOD, BAD):
            before = segment.kind
    follows = _good_follows(found)
    for index, segment in enumerate(found):
        if segment.heading and segment.kind == BAD and initial[index] != BAD and follows[index]:
            segment.kind = GOOD


def _context_free(segment: Segment, words: frozenset[str]) -> str:
    text = segment.text
    density = segment.link_density
    if density > MAX_LINK_DENSITY or "\u00a9" in text:
        return BAD
    lowered = text.lower()
    if RIGHTS_KEYS.admits(lowered) and RIGHTS.search(text):
        return BAD
    if len(text) < LENGTH_LOW:
        return BAD if segment.linked else SHORT
    if words:
        tokens = _WORD.findall(text.lower())
        share = sum(1 for token in tokens if token in words) / len(tokens) if tokens else 0.0
        if share >= STOPWORDS_HIGH:
            return GOOD if len(text) > LENGTH_HIGH else NEAR_GOOD
        return NEAR_GOOD if share >= STOPWORDS_LOW else BAD
    if _SENTENCE_END.search(text):
        return GOOD if len(text) > LENGTH_HIGH else NEAR_GOOD
    return BAD


def _good_follows(found: list[Segment]) -> list[bool]:
    """For each segment, whether a good segment starts within `MAX_HEADING_DISTANCE`
    characters after it. One pass from the end: a page of thousands of headings in a row is
    not walked once per heading."""
    follows = [False] * len(found)
    distance = None  # the characters from the start of the next segment to a good one
    for index in range(len(found) - 1, -1, -1):
        follows[index] = distance is not None and distance <= MAX_HEADING_DISTANCE
        segment = found[index]
        if segment.kind == GOOD:
            distance = 0
        elif distance is not None:
            distance += len(segment.text)
    return follows


def _neighbours(kinds: list[str], step: int, skip_near_good: bool) -> list[str]:
    """For each of `kinds`, the nearest kind before it (`step` -1) or after it (1) that is good
    or bad (or near-good, unless skipped); bad past the page's edge. One pass: a page of
    thousands of short segments in a row is not walked once per segment."""
    nearest = [BAD] * len(kinds)
    last = BAD
    for index in range(len(kinds)) if step < 0 else range(len(kinds) - 1, -1, -1):
        nearest[index] = last
        kind = kinds[index]
        if kind in (GOOD, BAD) or (kind == NEAR_GOOD and not skip_near_good):
            last = kind
    return nearest


def classified_blocks(
    root: LexborNode,
    *,
    url: str | None,
    title: str | None,
    embeds: tuple[EmbeddedPost, ...] = (),
) -> list[Block]:
    """The blocks of the page's good paragraphs, in document order.

    A paragraph that is all its element's text is emitted as the body walk emits an element's
    content (chrome lines, captions and repeats left out); a heading, and text beside child
    blocks, become a heading or paragraph of their own unless they are a chrome line.
    """
    found = segments(root)
    html = root.parent
    declared = html.attributes.get("lang") if html is not None else None
    classify(found, page_language(found, declared))
    blocks: list[Block] = []
    run: list[LexborNode] = []
    for segment in found:
        if segment.kind != GOOD:
            continue
        if not segment.heading and normalize_space(segment.block.text()) == segment.text:
            run.append(segment.block)
            continue
        if run:
            blocks.extend(emit_blocks(run, url=url, title=title, embeds=embeds))
            run = []
        if is_boilerplate(segment.text):
            continue
        if segment.heading:
            level = int((segment.block.tag or "h2")[1])
            spans = paragraph_spans(segment.block, segment.text, url)
            blocks.append(Heading(segment.text, level, spans))
        else:
            blocks.append(Paragraph(segment.text))
    if run:
        blocks.extend(emit_blocks(run, url=url, title=title, embeds=embeds))
    return blocks
