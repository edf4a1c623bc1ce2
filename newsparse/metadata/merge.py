"""Merge the metadata sources into one `Metadata`, most trusted first.

Order of trust: JSON-LD, then OpenGraph/Twitter, then plain and vendor meta tags, then the
document itself (`<time>`, `<html lang>`, canonical link, `<title>`/`<h1>`), then the byline
printed on the page. Each field takes the first usable value; authors are the persons named
by the first source that names any, and an organisation is used only when nobody is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata import Metadata
from newsparse.metadata.byline import agencies_in, clean_byline, name_key
from newsparse.metadata.dates import sane
from newsparse.metadata.fields import MAX_AUTHORS, Author, Fields
from newsparse.metadata.jsonld import read_jsonld
from newsparse.metadata.kind import merge_kinds
from newsparse.metadata.meta import read_document, read_meta
from newsparse.metadata.title import choose_title, first_heading, site_keys
from newsparse.metadata.visible import read_visible_byline, read_visible_date
from newsparse.text import normalize_space
from newsparse.urls import absolute_url, base_url

__all__ = ["merge_authors", "merge_sources", "normalize_language"]

_LANGUAGE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\d{3}))?\b")
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)"
)


def merge_sources(tree: LexborHTMLParser, url: str | None) -> Metadata:
    """Read every source from the tree (read-only) and merge them into one `Metadata`."""
    jsonld = read_jsonld(tree, url)
    opengraph, standard = read_meta(tree)
    document = read_document(tree)
    sources = (jsonld, opengraph, standard, document)

    site_name = _first(s.site_name for s in (jsonld, opengraph, standard))
    keys = site_keys((jsonld.site_name, opengraph.site_name, standard.site_name), url)
    title = choose_title(
        (jsonld.title, opengraph.title, standard.title),
        document.title,
        first_heading(tree),
        keys,
    )

    authors = merge_authors([s.authors for s in sources[:3]], keys)
    if not authors:
        authors = tuple(read_visible_byline(tree))
        if not authors:
            authors = merge_authors([s.authors for s in sources[:3]], keys, allow_orgs=True)

    published = _first_date(s.published for s in sources) or _date_from_url(url)
    if published is None or _is_bare_day(published):
        published = _with_visible_time(published, read_visible_date(tree))
    base = base_url(tree, url)  # relative URLs in the page resolve against `<base href>`
    canonical = _first(absolute_url(s.url, base) for s in (jsonld, opengraph, document) if s.url)
    image = _first(absolute_url(s.image, base) for s in sources if s.image)
    language = _first(normalize_language(s.language) for s in sources if s.language)
    return Metadata(
        title=title,
        description=_first(s.description for s in sources),
        authors=authors,
        published=published,
        modified=_first_date(s.modified for s in sources),
        language=language,
        site_name=site_name,
        canonical_url=canonical,
        section=_first(s.section for s in sources),
        kind=merge_kinds(jsonld.kind, opengraph.kind),
        tags=_tags(sources),
        image=image,
        article_body=jsonld.article_body,
        base_url=base,
    )


def merge_authors(
    sources: Sequence[Sequence[Author]], keys: Sequence[str], *, allow_orgs: bool = False
) -> tuple[str, ...]:
    """Person names from the first source naming any (of its first `MAX_AUTHORS` authors).

    With `allow_orgs` (used only when no person is named anywhere), organisations and news
    agencies from the first source stating any are returned instead.
    """
    for authors in sources:
        names: list[str] = []
        for author in authors[:MAX_AUTHORS]:
            # The site itself, also followed by its address ("hessenschau.de, Frankfurt").
            is_site = name_key(author.name.split(",", 1)[0]) in keys
            if allow_orgs:
                if author.organization or is_site:
                    names.append(normalize_space(author.name))
                else:
                    names.extend(agencies_in(author.name))
            elif not (author.organization or is_site):
                names.extend(_without_site(name, keys) for name in clean_byline(author.name))
        if names:
            return _dedupe(names)
    return ()


def _without_site(name: str, keys: Sequence[str]) -> str:
    """Drop a site name glued after a person's name ("Jane Doe PhillyVoice" -> "Jane Doe")."""
    words = name.split()
    if len(words) > 2 and name_key(words[-1]) in keys:
        return " ".join(words[:-1])
    return name


def normalize_language(value: str | None) -> str | None:
    """A BCP 47 tag with its usual casing: "en", "pt-BR", "zh-Hant-TW"; "en_US" → "en-US".

    The language subtag is lowercase, a script subtag title case and a region uppercase.
    Anything that does not start with a two- or three-letter language code gives None.
    """
    if not value:
        return None
    match = _LANGUAGE.match(value.strip().split(",")[0].strip())
    if match is None:
        return None
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def _date_from_url(url: str | None) -> datetime | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return sane(datetime(int(match[1]), int(match[2]), int(match[3])))
    except ValueError:
        return None


def _is_bare_day(value: datetime) -> bool:
    """A day with no time of day and no zone, as in `<meta name="date" content="2020-04-30">`."""
    return value.tzinfo is None and (value.hour, value.minute, value.second) == (0, 0, 0)


def _with_visible_time(stated: datetime | None, visible: datetime | None) -> datetime | None:
    """The stated day, or the date and time printed on the page when it falls on that day or
    the day before: a bare day is often the print edition's, the next day's."""
    if stated is None:
        return visible
    if visible is None or _is_bare_day(visible):
        return stated
    day = (stated.date() - visible.date()).days
    return visible if day in (0, 1) else stated


def _first_date(values: Iterable[datetime | None]) -> datetime | None:
    for value in values:
        if sane(value) is not None:
            return value
    return None


def _first(values: Iterable[str | None]) -> str | None:
    for value in values:
        if value:
            return value
    return None


def _tags(sources: Iterable[Fields]) -> tuple[str, ...]:
    for source in sources:
        if source.tags:
            return _dedupe(normalize_space(tag) for tag in source.tags if tag.strip())
    return ()


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return tuple(out)
