"""Choose the article title and drop a site-name suffix ("Title | Site") or prefix ("Site: Title").

The JSON-LD headline, `og:title` and other stated titles come before `<title>`; a `<title>` is
replaced by the page's `<h1>` when the two agree. A " | Site", " - Site", en or em dash,
" :: Site", " · Site" or " » Site" part is dropped when it names the site (`og:site_name`,
the publisher, or the host name of the page URL), compared without case, spaces or punctuation,
and so is WordPress's "Blog Archive" part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata.byline import name_key
from newsparse.text import normalize_space

__all__ = ["choose_title", "first_heading", "site_keys", "strip_site_name"]

_SEPARATOR = re.compile(r"(?<!\s)(?:\s+(?:\||-|\u2013|\u2014|::|:|·|•|»|«|/|~)\s+|\s*\|\s*)")
_GENERIC_LENGTH = 12  # characters of a one-word title that names no article
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_HEADING_WORDS = 3  # words of an `<h1>` that is a headline rather than a label
_COLON = re.compile(r"(?<=\w):\s+")
_HOST_NOISE = frozenset({"www", "m", "amp", "mobile", "edition", "news", "blog", "blogs", "en"})
_TRUNCATED = ("...", "…")
_WORD = re.compile(r"\w+")


def first_heading(tree: LexborHTMLParser) -> str | None:
    """The text of the article's `<h1>` (inside `<article>`/`<main>` first), or None."""
    node = tree.css_first("article h1, main h1, [itemprop=headline]") or tree.css_first("h1")
    if node is None:
        return None
    text = normalize_space(node.text(deep=True))
    return text if 0 < len(text) < 400 else None


def site_keys(site_names: Iterable[str | None], url: str | None) -> list[str]:
    """Comparison keys for the site: the stated site names, then the page host's main label."""
    keys = [key for key in (name_key(n) for n in site_names if n) if len(key) >= 2]
    if url:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""
        labels = [label for label in host.split(".") if label and label not in _HOST_NOISE]
        if len(labels) >= 2:
            # example.co.uk -> "example"; euronews.com -> "euronews"
            main = (
                labels[-3]
                if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3
                else labels[-2]
            )
            keys.append(name_key(main))
            keys.append(name_key(".".join(labels[-2:])))
    return keys


# Parts that name no article anywhere: WordPress's "Site » Blog Archive » Title".
_SITE_PARTS = frozenset({"blogarchive", "blogarchiv"})


def _is_site(part: str, keys: Sequence[str]) -> bool:
    key = name_key(part)
    if not key:
        return False
    if key in _SITE_PARTS:
        return True
    for site in keys:
        if key == site:
            return True
        if (
            len(site) >= 3
            and len(key) <= len(site) + 24
            and (site in key or key in site)
            and len(key) >= 3
        ):
            return True
    return False


def strip_site_name(title: str, keys: Sequence[str]) -> str:
    """Drop a trailing (or leading) part of `title` that names the site."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2 or not keys:
        return title
    changed = False
    while len(parts) > 1 and _is_site(parts[-1], keys):
        parts.pop()
        changed = True
    if not changed:
        while len(parts) > 1 and _is_site(parts[0], keys):
            parts.pop(0)
            changed = True
    if not changed:
        return title
    # Rebuild from the original text so inner separators keep their form.
    return _rejoin(title, parts)


def _rejoin(title: str, parts: list[str]) -> str:
    first, last = parts[0], parts[-1]
    start = title.find(first)
    end = title.rfind(last) + len(last)
    if start < 0 or end <= start:
        return " ".join(parts)
    return title[start:end].strip()


def choose_title(
    stated: Sequence[str | None],
    document_title: str | None,
    heading: str | None,
    keys: Sequence[str],
) -> str | None:
    """The best title: the page's `<h1>` when it agrees with a stated title or `<title>`, else
    the first stated title (JSON-LD, og:title...), else `<title>`, without the site name; a
    title that is only the site's name gives way to an `<h1>` that is not."""
    candidates = [t for t in stated if t]
    named = _named_after_heading(document_title, heading, candidates, keys)
    if named is not None:
        return named
    if heading and candidates and _is_generic(heading):
        heading = None  # "News", "Blog": an `<h1>` naming the section, not the article
    if heading and _agrees(heading, [*candidates, document_title], keys):
        return _without_site_tail(heading, candidates, keys)
    headline = heading if heading and not _names_site(heading, keys) else None
    title: str | None = None
    for candidate in candidates:
        cleaned = strip_site_name(candidate, keys)
        if headline and _names_site(cleaned, keys):
            continue  # the site's name where the page has a headline: not the article's title
        if cleaned.endswith(_TRUNCATED):
            stem = cleaned.rstrip(".… ").casefold()
            longer = [c for c in (*candidates, heading) if c and c.casefold().startswith(stem)]
            longer = [c for c in longer if not c.endswith(_TRUNCATED)]
            if longer:
                cleaned = strip_site_name(longer[0], keys)
        title = cleaned
        break
    if title is None and document_title:
        title = strip_site_name(document_title, keys)
        if heading and _is_generic(title) and len(heading.split()) >= _HEADING_WORDS:
            title = heading  # "Home", "News": the `<title>` names the section, the `<h1>` this
        elif headline and _names_site(title, keys):
            title = headline
    if title is None:
        title = heading
    return title or None


def _names_site(title: str, keys: Sequence[str]) -> bool:
    """Whether `title` is only the site's name (a stated site name or the host's main label)."""
    key = name_key(title)
    return bool(key) and key in keys


def _is_generic(title: str) -> bool:
    """One short word in Latin script ("Home", "News", "Startseite", "Actualités"): the name
    of a section (a short headline in Chinese or Japanese has no spaces either, and stays)."""
    return len(title) <= _GENERIC_LENGTH and _LATIN_WORD.fullmatch(title) is not None


def _named_after_heading(
    document_title: str | None, heading: str | None, stated: Sequence[str], keys: Sequence[str]
) -> str | None:
    """The stated title when `<title>` reads "<h1> - <stated title>": then the `<h1>` is the
    site's name (a blog's header: "EMACSPEAK The Complete Audio Desktop: Meta-Programming In
    Emacs"), the stated title the article's. With no stated title, the first part of
    `<title>` when a short `<h1>` repeats one of its later parts ("Headline : Blog | Motto")."""
    if not (document_title and heading):
        return None
    key = name_key(heading)
    if not stated:
        # A short `<h1>` repeating a later part of `<title>` ("Headline : Blog Name | Motto")
        # is the blog's name; the headline is the first part.
        first, *rest = _SEPARATOR.split(document_title)
        if (
            rest
            and len(heading.split()) < _HEADING_WORDS + 1
            and any(name_key(part) == key for part in rest)
            and name_key(first) != key
        ):
            return first.strip()
        return None
    for separator in (_SEPARATOR, _COLON):  # Blogger writes "Blog Name: Post Title"
        first, *rest = separator.split(document_title, maxsplit=1)
        if rest and name_key(first) == key:
            after = name_key(rest[0])
            for candidate in stated:
                cleaned = strip_site_name(candidate, keys)
                if after and name_key(cleaned) == after and not _is_site(cleaned, keys):
                    return cleaned
    return None


def _without_site_tail(heading: str, stated: Sequence[str], keys: Sequence[str]) -> str:
    """`heading`, or the stated title it begins with when the rest of it names the site.

    An `<h1>` can hold the site's name after the headline with no separator (a logo link next
    to it), so its text runs on ("HeadlineSite Name") where no suffix can be split off.
    """
    key = name_key(heading)
    for candidate in stated:
        cleaned = strip_site_name(candidate, keys)
        start = name_key(cleaned)
        if start and key != start and key.startswith(start) and _is_site(key[len(start) :], keys):
            return cleaned
    return heading


def _agrees(heading: str, others: Iterable[str | None], keys: Sequence[str]) -> bool:
    """True when `heading` is the leading part of another title or shares most of its words.

    A heading that names the site (a logo in `<h1>`) never agrees.
    """
    words = set(_WORD.findall(heading.casefold()))
    if not words or _is_site(heading, keys):
        return False
    key = name_key(heading)
    for other in others:
        if not other:
            continue
        parts = _SEPARATOR.split(other)
        if name_key(parts[0]) == key or (
            len(words) >= 4 and any(name_key(part) == key for part in parts)
        ):
            return True
        other_words = set(_WORD.findall(other.casefold()))
        shared = len(words & other_words)
        if shared / len(words) >= 0.5 and shared / max(1, len(other_words)) >= 0.3:
            return True
    return False
