"""Chrome elements: which elements of a page are scripts, navigation, ads, share bars, comments.

`find_chrome` walks the `<body>` once and names the chrome: elements by tag (`script`, `nav`,
`aside`, a page `header`...), by ARIA role, `hidden` or an AMP `fallback`, and block elements whose
class or id names chrome, each class name classified by compiled regexes of chrome words (`share`
but not `shareholder`, `ad` but not `head`) once per process; in a BEM name the element's words
come before the block's ("article-content__share-group" is chrome). A "teaser" is chrome when
links hold a fair share of its text (a card for another story), not when it is the article's lead.
(One walk with dict lookups per node costs less than one CSS selector group of the same rules
matched by Lexbor.) Never named: elements that hold the article: `<body>`, `<main>`, `<article>`,
the ancestors of the `<h1>`, of `[itemprop=articleBody]` and of the outermost elements named like
the article body ("entry-content"; not a card's "news__content" inside it), those elements
themselves, and, for all but named comment sections and sidebars, the elements holding most of
the text of the page's paragraphs (so a wrapper named "page has-ads" survives, but not a column of
teasers with more, shorter paragraphs than the article).
"""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborNode

from newsparse.dom import AncestorTest, nested_too_far, outermost
from newsparse.lexicon.build import matcher
from newsparse.lexicon.classes import (
    ARTICLE_CLASS,
    BODY_ITEMPROPS,
    CHROME_CLASS,
    COMMENT_CLASS,
    TEASER_CLASS,
    TOOL_CLASS,
)
from newsparse.related.links import page_key
from newsparse.text import text_size
from newsparse.urls import absolute_url

__all__ = ["find_chrome"]

# Never content (the metadata pass has already read the head).
_ALWAYS = frozenset(
    {
        "script", "style", "template", "svg", "iframe", "object", "embed", "canvas", "button",
        "input", "select", "textarea", "dialog", "link", "meta", "amp-ad", "amp-analytics",
        "amp-sidebar", "title",
    }
)  # fmt: skip
# Chrome by tag, and by ARIA role (all but the first only when the element is outside the
# article: `noscript` is usually a lazy-image fallback, but a few pages wrap everything in one).
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "form", "menu", "noscript"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search"}
)
# A page header, unless it is the header of the article itself.
_ARTICLE_CONTAINERS = frozenset({"article", "main"})
# Tags with a rule of their own: paragraphs are counted, headings anchor the article, ruby
# readings go, and the chrome tags and page headers above.
_TAGS_OF_NOTE = frozenset({"p", "h1", "rt", "header"}) | _CHROME_TAGS

# Words in a class name (lowercased), at the start of one of its words: `newsparse.lexicon.classes`.
_CHROME_RE = matcher(CHROME_CLASS)
# Share, social, follow, print, bookmark and tool bars: chrome too, but a box so named that holds
# paragraphs of prose is the story wrapped with its share bar ("sr-body-share-wrapper").
_TOOLS_RE = matcher(TOOL_CLASS)
_TOOLS_PROSE = 400  # characters of paragraphs in a box named like a share bar that keep it
# A sidebar is removed even when it holds most of the paragraph text (a column of teasers),
# but not a layout named for having one ("has-sidebar", "layout-right-sidebar", "sidebar-left",
# "lay-sidebar", "l-sidebar-fixed") nor the main column of one ("sidebar__main").
_SIDEBAR_RE = re.compile(
    r"(?<![a-z0-9])(?<!left-)(?<!right-)(?<!with-)(?<!has-)(?<!no-)(?<!lay-)(?<!layout-)(?<!l-)"
    r"sidebar(?![a-z])(?!-(?:left|right|layout|page|wrap))(?!__main)"
)
# Comment sections named as such are removed even when they hold many paragraphs (they can
# outweigh the article); other names with "comment" in them are chrome like the rest.
_COMMENT_RE = matcher(COMMENT_CLASS)
# Comments of a live blog or match ("live-comment", "live-match-comment") are its commentary.
_LIVE_COMMENTARY = re.compile(r"[^a-z0-9]live[-_]?(?:(?:match|game|blog)[-_]?)?comment")
# A teaser is a card linking another story, or (in German usage) the article's own lead: it is
# chrome only when links hold more than `_CARD_LINKS` of its text.
_TEASER_RE = matcher(TEASER_CLASS)
_CARD_LINKS = 0.15  # share of a teaser's text in links above which it is a card
_ARTICLE_RE = matcher(ARTICLE_CLASS)
# Most names hold none of the words: one search tells (every sidebar name matches _CHROME_RE).
_ANY_RE = matcher(ARTICLE_CLASS, COMMENT_CLASS, CHROME_CLASS, TOOL_CLASS, TEASER_CLASS)

_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A word naming other stories, right before an article word: "related-", "latest_", "more-".
_OTHER_STORIES = re.compile(
    r"(?:related|recommended|latest|more|popular|trending|other|next|previous)[-_]*.$"
)
_KEEP, _COMMENT, _CHROME, _ARTICLE, _SIDEBAR, _TEASER, _TOOLS = 0, 1, 2, 3, 4, 5, 6
# The elements whose class and id are read: blocks and spans (links, list items, images and
# icons are far more numerous, and go with the chrome block around them).
_NAMED_TAGS = frozenset(
    {
        "div", "section", "article", "header", "span", "ul", "ol", "p", "figure", "table", "dl",
        "center",
    }
)  # fmt: skip
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
_WEAK = frozenset({_CHROME, _TOOLS})  # kinds that the bulk of the paragraphs overrides


def find_chrome(
    root: LexborNode,
    *,
    drop: str | None = None,
    protect: str | None = None,
    page: str | None = None,
) -> list[tuple[LexborNode, bool]]:
    """The chrome elements under `root` (the `<body>`), outermost only, each once, with whether
    it may hold elements to keep (lifted embeds' markers; never in a script or a ruby reading).

    A site parser's `drop` selector names more chrome; its `protect` selector names elements
    never chrome. `page` is the page's address: on a page of stories one after another, each an
    `<article>` naming its own address, those naming another page are other stories.
    """
    named = list(root.css(protect)) if protect else []
    anchors: list[LexborNode] = list(named)
    victims: list[tuple[LexborNode, int]] = []
    doomed: list[tuple[LexborNode, bool]] = []  # (node, whether it may hold kept markers)
    if drop:
        # The site's own chrome goes even when it is an <article>, unless it holds the body.
        holding_body = _ancestors(named)
        doomed.extend((node, True) for node in root.css(drop) if node.mem_id not in holding_body)
    paragraphs: list[LexborNode] = []
    named_body: list[LexborNode] = []  # elements named like the article body
    stories: list[tuple[LexborNode, str]] = []  # <article>s naming their address
    cards: set[int] = set()  # teasers that are cards for other stories
    leads: set[int] = set()  # teasers that are not
    in_navigation = AncestorTest(_is_navigation)
    in_plain_ruby = AncestorTest(_is_plain_ruby)
    in_article = AncestorTest(_is_article)
    walk = root.traverse()
    next(walk)  # the <body> itself
    for node in walk:
        tag = node.tag
        if tag in _ALWAYS:
            doomed.append((node, False))
            continue
        attributes = node.attributes  # empty for comments
        if tag == "article" and (address := attributes.get("data-url")):
            stories.append((node, address))
        if tag in _TAGS_OF_NOTE:
            if tag == "p":
                paragraphs.append(node)
            elif tag == "h1":
                if not in_navigation(node):
                    anchors.append(node)
                continue
            elif tag == "rt":
                if in_plain_ruby(node):
                    doomed.append((node, False))
                    continue
            elif (tag != "header" or not in_article(node)) and attributes.get(
                "itemprop"
            ) not in BODY_ITEMPROPS:
                victims.append((node, _CHROME))
        if not attributes:
            continue
        if attributes.get("itemprop") in BODY_ITEMPROPS:
            anchors.append(node)
            continue
        # Never shown: `hidden`, or an AMP component's `fallback` (shown when it fails).
        unseen = "hidden" in attributes or "fallback" in attributes
        if (
            unseen
            or attributes.get("role") in _CHROME_ROLES
            or attributes.get("aria-hidden") == "true"
        ):
            victims.append((node, _CHROME))
        if tag in _NAMED_TAGS:
            for name in (attributes.get("class"), attributes.get("id")):
                kind = _classify(name) if name else _KEEP
                if kind == _ARTICLE:
                    if not unseen:  # a hidden box named "article-content__disclaimer"
                        named_body.append(node)
                elif kind == _TEASER:
                    if nested_too_far(node, cards, leads):
                        leads.add(node.mem_id)  # not read again: one more link of the chain
                    elif _is_link_card(node):
                        victims.append((node, _CHROME))
                        if tag not in _KEEP_TAGS:  # an <article> card stays: judge its parts
                            cards.add(node.mem_id)
                    else:
                        leads.add(node.mem_id)
                elif kind:
                    victims.append((node, kind))
    if len(stories) > 1:
        doomed.extend((node, True) for node in _other_stories(stories, page))
    if victims:
        # An element named like the body is never removed, but only the outermost of them
        # hold the article: a teaser card's "news__content" does not save the card.
        anchored = _ancestors(anchors + outermost(named_body))
        anchored.update(node.mem_id for node in named_body)
        bulk = _bulk(paragraphs)
        for node, kind in victims:
            if node.tag in _KEEP_TAGS or node.mem_id in anchored:
                continue
            if kind in _WEAK and node.mem_id in bulk:
                continue
            if kind == _TOOLS and _holds_prose(node):
                continue
            doomed.append((node, True))
    # Only the outermost of them, each once: a node inside one already removed is freed
    # memory, and removing it again corrupts the tree.
    return _outermost(doomed)


def _other_stories(stories: list[tuple[LexborNode, str]], page: str | None) -> list[LexborNode]:
    """The `<article>`s of `stories` (each with the address it names) that name another page
    than `page`, when one names `page` itself: the stories an infinite scroll loaded below the
    article (The Week's speed reads); none when no story names this page."""
    here = page_key(page)
    keys = [page_key(absolute_url(address, page)) for _, address in stories]
    if here is None or here not in keys:
        return []
    return [node for (node, _), key in zip(stories, keys, strict=True) if key != here]


def _outermost(nodes: list[tuple[LexborNode, bool]]) -> list[tuple[LexborNode, bool]]:
    """`nodes` without repeats and without those inside another of them (tree unchanged), each
    with the flag it came with first."""
    flags: dict[int, bool] = {}
    for node, flag in nodes:
        flags.setdefault(node.mem_id, flag)
    return [(node, flags[node.mem_id]) for node in outermost([node for node, _ in nodes])]


def _ancestors(nodes: list[LexborNode]) -> set[int]:
    """The `mem_id`s of `nodes` and of all their ancestors."""
    found: set[int] = set()
    for start in nodes:
        node: LexborNode | None = start
        while node is not None and node.mem_id not in found:
            found.add(node.mem_id)
            node = node.parent
    return found


def _bulk(paragraphs: list[LexborNode]) -> set[int]:
    """The `mem_id`s of the elements holding more than half of the text of `paragraphs` (the
    page's), so that nine long paragraphs of the article outweigh nine teaser summaries.

    The paragraphs of an element are a run in document order; a run holding more than half of
    the text contains the paragraph where the running total passes half, so these elements
    are ancestors of that one: the first of them, going up, that holds enough. Each paragraph
    counts for the lowest of them above it, found by a walk up that stops at an element
    walked already, so each element is visited once however deep the paragraphs are.
    """
    if len(paragraphs) < 4:
        return set()
    sizes = [len(paragraph.text()) for paragraph in paragraphs]
    total = sum(sizes)
    running = 0
    middle = paragraphs[-1]
    for paragraph, size in zip(paragraphs, sizes, strict=True):
        running += size
        if running * 2 > total:
            middle = paragraph
            break
    chain: list[LexborNode] = []  # the ancestors of `middle`, from its parent up
    level: dict[int, int] = {}  # mem_id -> the index in `chain` of the lowest one above it
    node: LexborNode | None = middle.parent
    while node is not None:
        level[node.mem_id] = len(chain)
        chain.append(node)
        node = node.parent
    held = [0] * len(chain)  # the text of the paragraphs whose lowest one above is each
    for paragraph, size in zip(paragraphs, sizes, strict=True):
        walked: list[int] = []
        node = paragraph.parent  # (a paragraph is not among the paragraphs inside itself)
        while node is not None and node.mem_id not in level:
            walked.append(node.mem_id)
            node = node.parent
        if node is None:
            continue
        index = level[node.mem_id]
        level.update(dict.fromkeys(walked, index))
        held[index] += size
    inside = 0
    for index, size in enumerate(held):
        inside += size
        if inside * 2 > total:
            return _ancestors([chain[index]])
    return set()


def _holds_prose(node: LexborNode) -> bool:
    """Whether the paragraphs inside `node` hold `_TOOLS_PROSE` characters or more."""
    return sum(len(paragraph.text()) for paragraph in node.css("p")) >= _TOOLS_PROSE


def _is_link_card(node: LexborNode) -> bool:
    """Whether links hold more than `_CARD_LINKS` of the text of `node`: a teaser card whose
    headline is a link, not an article's lead (a few words linked at most)."""
    linked = sum(text_size(link.text()) for link in node.css("a[href]"))
    return linked > _CARD_LINKS * text_size(node.text())


def _is_navigation(node: LexborNode) -> bool:
    """Navigation or a breadcrumb trail ("You are here: Title"), whose `<h1>` is not the title."""
    attributes = node.attributes
    return (
        node.tag == "nav"
        or attributes.get("role") == "navigation"
        or "breadcrumb" in (attributes.get("class") or "").lower()
    )


def _is_article(node: LexborNode) -> bool:
    """The article (`<article>`, `<main>`, `[itemprop=articleBody]`), whose header is kept."""
    return node.tag in _ARTICLE_CONTAINERS or node.attributes.get("itemprop") == "articleBody"


def _is_plain_ruby(node: LexborNode) -> bool:
    """A `<ruby>` without `<rp>` parentheses: its readings are not part of the text."""
    return node.tag == "ruby" and node.css_first("rp") is None


@functools.lru_cache(maxsize=1 << 12)
def _classify(name: str) -> int:
    """Whether a class or id value names the article, a comment section, chrome, or nothing:
    the first of these kinds, in that order, that one of its words has."""
    if " " not in name:
        return _classify_word(name)
    # Most names hold no chrome word: one search of the whole name tells (the words, each
    # prepared as `_classify_word` does, stay apart: no pattern matches whitespace).
    if _ANY_RE.search(" " + _CAMEL_CASE.sub("-", name).lower()) is None:
        return _KEEP
    kinds = {_classify_word(word) for word in name.split()}
    for kind in (_ARTICLE, _COMMENT, _SIDEBAR, _CHROME, _TOOLS, _TEASER):
        if kind in kinds:
            return kind
    return _KEEP


@functools.lru_cache(maxsize=1 << 15)
def _classify_word(word: str) -> int:
    """One class name; the same names ("row", "share", "clearfix") recur across sites.

    camelCase names are split into words first ("FollowGoogleNews" as "follow-google-news").
    """
    lower = word.lower()
    word = " " + (lower if lower == word else _CAMEL_CASE.sub("-", word).lower())
    if _ANY_RE.search(word) is None:
        return _KEEP
    article = _ARTICLE_RE.search(word)
    if article is not None:
        if _OTHER_STORIES.search(word, 0, article.start() + 1) is not None:
            return _CHROME  # "related-article-content", "latest_article-body-tab": other stories
        # A BEM element of the article ("article-content__share-group") is what its own name
        # says; the block's name only places it.
        if "__" in word:
            element = _classify_word(word.rpartition("__")[2].partition("--")[0])
            if element != _KEEP:
                return element
        return _ARTICLE
    if _COMMENT_RE.search(word):
        return _KEEP if _LIVE_COMMENTARY.search(word) else _COMMENT
    if _SIDEBAR_RE.search(word):
        return _SIDEBAR
    if _CHROME_RE.search(word) is not None:
        return _CHROME
    if _TOOLS_RE.search(word) is not None:
        return _TOOLS
    return _TEASER  # the only word left that `_ANY_RE` knows
