"""Read the byline and date printed on the page (`.byline`, `/author/` links, `.date`...).

Used only when JSON-LD and meta tags say nothing; the tree is only read. One combined CSS
query per scope (the article element, `main`, then the whole page); only the first few
matches are looked at, and matches inside comments, related teasers or footers are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.dom import has_ancestor
from newsparse.metadata.byline import clean_byline
from newsparse.metadata.dates import find_date
from newsparse.text import normalize_lines, normalize_space

__all__ = ["read_visible_byline", "read_visible_date"]

# The elements that may hold the byline, as CSS selectors would name them: `.author` (a class),
# `[class*=byline]` (a part of the class attribute), `[rel=author]` (an attribute value, of `rel`
# in any case) and `a[href*='/author/']`. They are matched in Python on the few elements that one
# broader query returns: Lexbor costs about as much per selector as per element, so one query of
# thirteen selectors is half the price of one of thirty.
_BYLINE_CLASSES = (
    "byline", "author", "article-author", "author-name", "authorName", "byline-name",
    "contributor", "posted-by", "post-author", "entry-author", "meta-author",
)  # fmt: skip
_BYLINE_CLASS_PARTS = (
    "byline", "author-name", "authorname", "AuthorName", "Byline", "writer", "_author",
)  # fmt: skip
# Words of a class name that say "byline" in any of the usual spellings ("news-list-author",
# "block__label--authors", "auteurs"), for an element no other rule names.
_BYLINE_WORDS = frozenset(
    {
        "author", "authors", "auteur", "auteurs", "contributor", "contributors", "writer",
        "byline",
    }
)  # fmt: skip
_BYLINE_ATTRIBUTES = (("itemprop", "author"), ("itemprop", "creator"), ("data-component", "byline"))
_BYLINE_LINKS = ("/author/", "/authors/", "/autor/", "/auteur/", "/journalist/", "/profile/")
_BYLINE_QUERY = ":is({})".format(
    ", ".join(
        [
            "[class*=byline i]",
            "[class*=aut i]",
            "[class*=writer]",
            "[class*=contributor i]",
            "[class*=posted-by i]",
            "[rel=author i]",
            *(f"[{name}={value}]" for name, value in _BYLINE_ATTRIBUTES),
            "[data-testid*=byline]",
            "a[href*='/aut']",
            "a[href*='/profile/']",
            "a[href*='/journalist/']",
        ]
    )
)
_HTML_SPACE = re.compile("[ \t\n\r\f]+")
_DATE_SELECTOR = ", ".join(
    [
        "time",
        "[itemprop=datePublished]",
        "[class*=date]",
        "[class*=Date]",
        "[class*=publish]",
        "[class*=posted]",
        "[class*=timestamp]",
        "[class*=submitted]",
        "[class*=byline]",
        "[class*=entry-meta]",
        "[class*=post-meta]",
        "[class*=article-meta]",
        "[id*=date]",
        "[class*=meta]",
        ".author",
    ]
)
_SCOPES = ("article", "main, [role=main]")
_MAX_CANDIDATES = 6
_MAX_TEXT = 400  # characters of a byline box; a longer one is not a byline
_SKIP_WORDS = frozenset(
    {
        "comment", "comments", "commentlist", "related", "teaser", "teasers", "footer",
        "recommended", "recommendations", "recirc", "outbrain", "taboola", "promo",
        "more", "trending", "popular", "reply", "replies",
    }
)  # fmt: skip
_SKIP_TAGS = frozenset({"footer"})
_PERSON_CLASSES = frozenset({"fn", "vcard", "username", "nickname"})
_TOKEN = re.compile(r"[^a-z0-9]+")
# The footer of the post itself, where blogs print "Posted by <name>": not the page footer.
_OWN_FOOTER = re.compile(r"(?:post|entry|article|story)[-_]?footer")


def read_visible_byline(tree: LexborHTMLParser) -> list[str]:
    """Author names from the first visible byline element of the story that yields any.

    A byline belongs to the story unless it sits in another story's `<article>` (when the
    page's `<h1>` is in an `<article>`), in an `<aside>`, `<nav>` or `<blockquote>`, or in a
    link to another page (a teaser card).
    """
    story = _story(tree)
    for scope in _scopes(tree):
        names = _names_in(scope, story)
        if names:
            return names
    return []


def read_visible_date(tree: LexborHTMLParser) -> datetime | None:
    """The first date written in a date-like element (`<time>`, `.date`, `.byline`...) of the
    story (as for the byline: not another story's)."""
    story = _story(tree)
    for scope in _scopes(tree):
        found = _date_in(scope, story)
        if found is not None:
            return found
    return _date_near_heading(tree)


def _date_near_heading(tree: LexborHTMLParser) -> datetime | None:
    """A date at the start of the few elements after the article's `<h1>` (or after its parent)."""
    heading = tree.css_first("article h1, main h1") or tree.css_first("h1")
    if heading is not None and heading.parent is not None:
        text = heading.parent.text(deep=True, separator=" ")
        if len(text) < 600:
            found = find_date(text)
            if found is not None:
                return found
    anchor: LexborNode | None = heading
    for _ in range(2):
        if anchor is None:
            return None
        sibling = anchor.next
        steps = 0
        while sibling is not None and steps < 6:
            if sibling.tag != "-text":
                found = find_date(sibling.text(deep=True, separator=" ")[:300])
                if found is not None:
                    return found
                steps += 1
            sibling = sibling.next
        anchor = anchor.parent
    return None


def _story(tree: LexborHTMLParser) -> LexborNode | None:
    """The `<article>` that holds the page's main heading (the first `<h1>`), if any."""
    heading = tree.css_first("h1")
    current = heading.parent if heading is not None else None
    while current is not None:
        if current.tag == "article":
            return current
        current = current.parent
    return None


def _scopes(tree: LexborHTMLParser) -> list[LexborNode]:
    story = _story(tree)
    scopes: list[LexborNode] = [story] if story is not None else []
    for selector in _SCOPES:
        node = tree.css_first(selector)
        if node is not None:
            scopes.append(node)
    if tree.body is not None:
        scopes.append(tree.body)
    return scopes


def _date_in(scope: LexborNode, story: LexborNode | None) -> datetime | None:
    seen = 0
    for node in scope.css(_DATE_SELECTOR):
        if seen >= _MAX_CANDIDATES * 2:
            break
        if _in_skipped_container(node, scope) or _in_other_story(node, story):
            continue
        seen += 1
        value = node.attributes.get("datetime") or node.attributes.get("content")
        text = value if value else node.text(deep=True, separator=" ")
        if len(text) > 300:
            continue
        found = find_date(text)
        if found is not None:
            return found
    return None


def _names_in(scope: LexborNode, story: LexborNode | None) -> list[str]:
    seen = 0
    for node, rules in _byline_candidates(scope):
        if seen >= _MAX_CANDIDATES:
            break
        if _in_skipped_container(node, scope) or _in_other_story(node, story):
            continue
        seen += rules  # a node that meets several rules weighs as much as several candidates
        text = ""
        inner = node.css_first("[itemprop=name]")
        if inner is not None:
            text = inner.attributes.get("content") or inner.text(deep=True, separator=" ")
        if not text or text.isspace():  # no name inside ("<meta itemprop=name value=...>")
            text = node.attributes.get("content") or ""
            if not text:
                text = node.text(deep=True, separator=" ")
                if len(text) < _MAX_TEXT:
                    text = _lines_of(node)  # a short box: read again, line by line
        text = normalize_lines(text) if len(text) < _MAX_TEXT else ""
        if not text:
            continue
        handles = _names_a_person(node)
        names = clean_byline(text.replace("\n", " "), limit=8, handles=handles)
        if len(names) == 1 and "\n" in text:
            names = _cut_at_line_end(names[0], text, handles)
        if names:
            return _with_co_authors(node, names) if node.tag == "a" else names
    return []


def _names_a_person(node: LexborNode) -> bool:
    """Whether `node` is marked as a person's name (an hCard `.fn` or `.vcard`, a user name or a
    `rel=author` link), so that a user name in it ("doumae", "Herr_Rein") is the author."""
    attributes = node.attributes
    if (attributes.get("rel") or "").lower() == "author":
        return True
    words = (attributes.get("class") or "").split()
    return not _PERSON_CLASSES.isdisjoint(words)


def _with_co_authors(link: LexborNode, names: list[str]) -> list[str]:
    """`names` and those of the other author links next to `link` ("<a>A</a> and <a>B</a>")."""
    parent = link.parent
    if parent is None:
        return names
    found = list(names)
    others = [other for other, rules in _byline_candidates(parent) for _ in range(rules)]
    for other in others[:8]:
        if other.tag != "a" or other.parent is None or other.parent.mem_id != parent.mem_id:
            continue
        text = normalize_space(other.text(deep=True, separator=" "))
        if 0 < len(text) < 100:
            found.extend(clean_byline(text, limit=8))
    return list(dict.fromkeys(found))


def _byline_candidates(scope: LexborNode) -> Iterator[tuple[LexborNode, int]]:
    """The elements in `scope` that may hold the byline, in document order, each with the number
    of byline rules it meets."""
    for node in scope.css(_BYLINE_QUERY):
        rules = _byline_rules(node)
        if rules:
            yield node, rules


def _byline_rules(node: LexborNode) -> int:
    """How many of the byline rules (`_BYLINE_CLASSES`...) `node` meets."""
    attributes = node.attributes
    names = attributes.get("class") or ""
    rules = sum(part in names for part in _BYLINE_CLASS_PARTS)
    rules += node.tag == "address" and "author" in names
    if names:
        classes = _HTML_SPACE.split(names)
        lowered = {name.lower() for name in classes}
        for name in _BYLINE_CLASSES:
            if name in classes:
                rules += 1
            elif name.lower() in lowered:
                # In another case: the same class only in quirks mode, which Lexbor knows.
                found = node.css_first(f".{name}")
                rules += found is not None and found.mem_id == node.mem_id
    rules += (attributes.get("rel") or "").lower() == "author"
    rules += sum(attributes.get(name) == value for name, value in _BYLINE_ATTRIBUTES)
    rules += "byline" in (attributes.get("data-testid") or "")
    if node.tag == "a":
        href = attributes.get("href") or ""
        rules += sum(part in href for part in _BYLINE_LINKS)
    if not rules and names and not _BYLINE_WORDS.isdisjoint(_TOKEN.split(names.lower())):
        rules = 1
    return rules


def _is_article(node: LexborNode) -> bool:
    return node.tag == "article"


_CARD_TEXT = 30  # characters a link holds besides a byline when it is a teaser card


def _in_other_story(node: LexborNode, story: LexborNode | None) -> bool:
    """True when the byline element `node` belongs to another piece than the story: inside a
    `<blockquote>`, inside a link that holds more than it (a teaser card: a headline and a
    byline), inside an `<article>` other than `story` (the one holding the main heading), or
    inside an `<aside>` outside `story` (a sidebar)."""
    current = node.parent
    depth = 0
    in_aside = False
    while current is not None and depth < 30:
        tag = current.tag
        if tag == "blockquote" or (tag == "a" and _is_card(current, node)):
            return True
        in_aside = in_aside or tag == "aside"
        if tag == "article":
            # An `<aside>` of the story itself holds its own byline and date.
            return story is not None and current.mem_id != story.mem_id
        current = current.parent
        depth += 1
    return in_aside


def _in_skipped_container(node: LexborNode, scope: LexborNode) -> bool:
    """True inside comments, related teasers, sidebars, footers or navigation (below `scope`).

    The `<footer>` of an `<article>` (where blogs print "Posted by") is not skipped.
    """
    stop = scope.mem_id
    current: LexborNode | None = node
    depth = 0
    while current is not None and depth < 10 and current.mem_id != stop:
        if current.tag in _SKIP_TAGS and not has_ancestor(current, _is_article):
            return True
        attributes = current.attributes
        names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        names = names.lower()
        if "footer" in names:
            names = _OWN_FOOTER.sub(" ", names)
        if names.strip() and not _SKIP_WORDS.isdisjoint(_TOKEN.split(names)):
            return True
        current = current.parent
        depth += 1
    return False


def _is_card(link: LexborNode, node: LexborNode) -> bool:
    """Whether `link`, around the byline element `node`, is a teaser card: it holds a heading
    or more text than the byline."""
    if link.css_first("h1, h2, h3, h4, h5, h6") is not None:
        return True
    outside = len(normalize_space(link.text(deep=True))) - len(normalize_space(node.text()))
    return outside > _CARD_TEXT


# Elements that start a line of their own in a byline box (a name over the outlet or role).
_LINE_TAGS = frozenset(
    {
        "div", "p", "br", "li", "ul", "ol", "section", "header", "footer", "h1", "h2", "h3", "h4",
        "h5", "h6", "time", "address", "figure", "figcaption", "dl", "dt", "dd",
    }
)  # fmt: skip


def _lines_of(node: LexborNode) -> str:
    """The text of `node` as `text(separator=" ")` gives it, with a line break before each of
    its block elements."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.is_text_node:
            parts += (child.text_content or "", " ")
        elif child.tag in _LINE_TAGS:
            parts.append("\n")
    return "".join(parts)


def _cut_at_line_end(name: str, text: str, handles: bool) -> list[str]:
    """The names of `text` line by line when `name`, read from all of it, runs from one line
    into the next: "Joe Davidson" over "Washington Post" is one author and his outlet, "Jane
    Doe" over "Richard Roe" two authors. Else [`name`]."""
    by_line = [found for line in text.split("\n") if (found := clean_byline(line, handles=handles))]
    if not by_line or len(by_line[0]) != 1 or not name.startswith(by_line[0][0] + " "):
        return [name]
    names = [found for line in by_line for found in line]
    if " ".join(names) != name:
        return by_line[0]  # the next line gave the rest of the name but no name of its own
    return [names[0], *(other for other in names[1:] if not _is_outlet(other))]


# The last word of a newspaper's or station's name ("Washington Post", "Metro Daily").
_OUTLET_WORDS = frozenset(
    {
        "post", "times", "news", "tribune", "herald", "journal", "gazette", "daily", "press",
        "magazine", "voice", "today", "telegraph", "guardian", "observer", "chronicle", "review",
        "weekly", "media", "network", "radio", "tv", "online", "mail", "star", "sun", "standard",
        "zeitung", "tagblatt", "rundschau", "nachrichten", "presse",
    }
)  # fmt: skip


def _is_outlet(name: str) -> bool:
    return name.rsplit(" ", 1)[-1].casefold() in _OUTLET_WORDS
