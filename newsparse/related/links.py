"""The links of a related section: which anchors are stories, and their titles."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urldefrag, urlsplit

from selectolax.lexbor import LexborNode

from newsparse.dom import text_of
from newsparse.related.phrases import PROMO_LABEL, RELATED_HEADING
from newsparse.urls import absolute_url

__all__ = ["is_headline", "is_word", "link_of", "page_key", "same_site"]

_HEADLINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MIN_TITLE = 3
_HEADLINE = 25  # characters of a title that reads as a headline
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # CJK: a word per char
_SHARE = re.compile(
    r"/(?:sharer|share(?:article)?|intent/(?:tweet|post)|submit|pin/create|send)\b"
    r"|//(?:api\.)?whatsapp\.|//wa\.me/|//t\.me/share",
    re.IGNORECASE,
)
# Paths of listing pages (tags, topics, authors, sections) rather than of stories.
_LISTING = re.compile(
    r"^https?://[^/?#]+/(?:[^?#]*/)?(?:tags?|topics?|themen?|schlagworte?|categor(?:y|ies)|"
    r"authors?|autor(?:en)?|auteurs?|section|rubrique|sujets?)(?:/[^/?#]*)?/?(?:[?#]|$)",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(
    r"^(?:(?:see|view|show|load|read)\s+(?:all|more)|more|all(?:\s+(?:articles|stories|news|posts))?"
    r"|mehr(?:\s+anzeigen)?|alle\s+\w+"
    r"|\d+\s*(?:min\.?|minutes?|mins?)(?:\s+read)?|(?:\d+\s+)?comments?|\d+"
    r"|voir\s+(?:plus|tout)|ver\s+(?:m[áa]s|todo)|zobacz\s+wi[ęe]cej|ещ[её])\W*$",
    re.IGNORECASE,
)


def is_headline(title: str) -> bool:
    """Whether `title` is long enough to be a story's headline."""
    return len(title) >= _HEADLINE or len(title.split()) >= 4 or len(_WIDE.findall(title)) >= 6


def is_word(title: str) -> bool:
    """Whether `title` is a single word of a spaced script: a section or tag, not a story."""
    return " " not in title and len(_WIDE.findall(title)) < 2


def same_site(target: str, base: str | None) -> bool:
    """Whether `target` is on the host of `base` (or `base` is unknown)."""
    here, there = page_key(base), page_key(target)
    return here is None or there is None or here[0] == there[0]


def link_of(anchor: LexborNode, base: str | None) -> tuple[str, str] | None:
    """(url, title) of an `<a>` with a real target and a headline, else None."""
    url = absolute_url(anchor.attributes.get("href"), base)
    if url is not None:
        url = urldefrag(url).url  # a fragment points into the same page
    if url is None or _SHARE.search(url) or _LISTING.search(url):
        return None
    headline = _headline_in(anchor)
    title = text_of(headline) if headline is not None else ""
    if not title:
        title = text_of(anchor)
    label = PROMO_LABEL.match(title)
    title = title[label.end() :] if label else _without_kicker(headline or anchor, title)
    if len(title) < _MIN_TITLE or RELATED_HEADING.match(title) or _NAVIGATION.match(title):
        return None
    return url, title


def _without_kicker(node: LexborNode, title: str) -> str:
    """`title` (the text of `node`) without a leading label in an element of its own
    ("<small>Les også</small> Headline")."""
    for child in node.iter():
        label = text_of(child)
        if label:
            if label != title and title.startswith(label) and RELATED_HEADING.match(label):
                return title[len(label) :].strip()
            break
    return title


def _headline_in(anchor: LexborNode) -> LexborNode | None:
    """The first of `anchor` and its descendants that is a heading or classed as a title
    or headline."""
    for node in anchor.traverse():
        if node.tag in _HEADLINE_TAGS:
            return node
        names = (node.attributes.get("class") or "").lower()
        if "title" in names or "headline" in names:
            return node
    return None


@lru_cache(maxsize=4096)
def page_key(url: str | None) -> tuple[str, str, str] | None:
    """Host (without www.), path (without trailing slash) and query: what makes a page."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    return host, parts.path.rstrip("/"), parts.query
