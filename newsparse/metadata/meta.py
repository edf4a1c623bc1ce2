"""Read `<meta>` tags and the document itself (`<title>`, canonical link, `<html lang>`, `<time>`).

`read_meta` gives two `Fields`: OpenGraph/Twitter/`article:*` first, then the plain and vendor
meta tags (author, description, keywords, date, Dublin Core, parse.ly, Sailthru, cXense,
microdata `itemprop`). `read_document` gives what the markup itself says. Both read the tree
without changing it, with one CSS query each.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata.dates import parse_date
from newsparse.metadata.fields import Author, Fields
from newsparse.metadata.jsontext import decode_json
from newsparse.metadata.kind import kind_of_og_type
from newsparse.text import normalize_space

__all__ = ["read_document", "read_meta"]

# Every `<meta>` (one selector costs Lexbor as much as testing a hundred elements): those with a
# `content`, or a `value`, which is not standard but some pages (and tools that rewrite pages)
# use for `content`.
_META_SELECTOR = "meta"
_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")

# Keys are lowercased; the first key with a usable value wins.
_OG_TITLE = ("og:title", "twitter:title")
_OG_DESCRIPTION = ("og:description", "twitter:description")
_OG_IMAGE = (
    "og:image:secure_url", "og:image:url", "og:image", "twitter:image", "twitter:image:src",
)  # fmt: skip
_OG_PUBLISHED = ("article:published_time", "og:article:published_time", "og:published_time")
_OG_MODIFIED = ("article:modified_time", "og:article:modified_time", "og:updated_time")
# The properties of OpenGraph's `article` type: a page stating them is an article.
_OG_ARTICLE = ("article:published_time", "article:author")
_OG_AUTHORS = ("article:author", "og:article:author", "twitter:data1")
_STD_TITLE = ("dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title")
_STD_DESCRIPTION = ("description", "dc.description", "dcterms.description", "sailthru.description")
_STD_AUTHORS = (
    "author", "byl", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author",
    "cxenseparse:author", "cxenseparse:recs:author", "article:author_name", "author_name",
    "citation_author", "dc.contributor", "article.author", "authors",
)  # fmt: skip
_STD_PUBLISHED = (
    "datepublished", "article.published", "parsely-pub-date", "pubdate", "publishdate",
    "publish-date", "publish_date", "published_time", "published-date", "publication_date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "dc.date.created", "sailthru.date", "cxenseparse:recs:publishtime", "article_date_original",
    "original-publish-date", "date", "citation_publication_date", "citation_date",
    "displaydate", "release_date", "datecreated",
)  # fmt: skip
_STD_MODIFIED = (
    "datemodified", "article.updated", "dcterms.modified", "dc.date.modified", "lastmod",
    "last-modified-date", "revision_date",
)  # fmt: skip
_STD_SECTION = ("section", "parsely-section", "article.section", "cxenseparse:recs:category")
_STD_TAGS = ("news_keywords", "keywords", "parsely-tags", "sailthru.tags", "dc.subject")
_STD_LANGUAGE = ("content-language", "dc.language", "dcterms.language", "language")
_STD_SITE = ("application-name", "cxenseparse:recs:publisher", "publisher", "dc.publisher")

_DOCUMENT_SELECTOR = "title, link[rel][href], time[datetime], [itemprop=datePublished]"
_PREFERRED_TIME_SELECTOR = (
    "article time[datetime], header time[datetime], [class*=date] time[datetime], "
    "[class*=byline] time[datetime], [class*=meta] time[datetime]"
)


def read_meta(tree: LexborHTMLParser) -> tuple[Fields, Fields]:
    """OpenGraph/Twitter fields and plain/vendor meta fields, in that order of trust."""
    values: dict[str, list[str]] = {}
    for node in tree.css(_META_SELECTOR):
        attributes = node.attributes
        content = attributes.get("content") or attributes.get("value")
        if not content or not content.strip():
            continue
        content = content.strip()
        for name in _KEY_ATTRIBUTES:
            key = attributes.get(name)
            if key:
                values.setdefault(key.strip().lower(), []).append(content)
    return _opengraph(values), _standard(values)


def read_document(tree: LexborHTMLParser) -> Fields:
    """`<title>`, `<link rel=canonical>`, `<html lang>` and the best `<time datetime>`."""
    fields = Fields()
    root = tree.root
    if root is not None:
        fields.language = _clean(root.attributes.get("lang") or root.attributes.get("xml:lang"))
    first_time: str | None = None
    marked_time: str | None = None
    for node in tree.css(_DOCUMENT_SELECTOR):
        tag = node.tag
        attributes = node.attributes
        if tag == "title":
            if fields.title is None and node.parent is not None and node.parent.tag == "head":
                fields.title = _clean(node.text(deep=True))
        elif tag == "link":
            rel = (attributes.get("rel") or "").lower().split()
            if fields.url is None and "canonical" in rel:
                fields.url = _clean(attributes.get("href"))
        else:
            value = attributes.get("datetime") or attributes.get("content")
            if not value:
                continue
            if (
                "pubdate" in attributes
                or (attributes.get("itemprop") or "").lower() == "datepublished"
            ):
                marked_time = marked_time or value
            elif first_time is None:
                first_time = value
    if fields.title is None:
        title_node = tree.css_first("title")
        if title_node is not None:
            fields.title = _clean(title_node.text(deep=True))
    preferred: str | None = None
    if marked_time is None and first_time is not None:
        time_node = tree.css_first(_PREFERRED_TIME_SELECTOR)
        if time_node is not None:
            preferred = time_node.attributes.get("datetime")
    fields.published = parse_date(marked_time) or parse_date(preferred) or parse_date(first_time)
    return fields


def _opengraph(values: dict[str, list[str]]) -> Fields:
    fields = Fields()
    fields.title = _first(values, _OG_TITLE)
    fields.description = _first(values, _OG_DESCRIPTION)
    fields.image = _first(values, _OG_IMAGE)
    fields.url = _first(values, ("og:url",))
    fields.site_name = _first(values, ("og:site_name",))
    fields.language = _first(values, ("og:locale",))
    fields.kind = kind_of_og_type(
        _first(values, ("og:type",)), article=_first_key(values, _OG_ARTICLE) is not None
    )
    fields.section = _first(values, ("article:section",))
    fields.tags = _split_tags(values.get("article:tag", ()))
    fields.published = _first_date(values, _OG_PUBLISHED)
    fields.modified = _first_date(values, _OG_MODIFIED)
    fields.authors = [
        Author(name)
        for key in _OG_AUTHORS
        for name in values.get(key, ())
        if "://" not in name and not name.startswith(("/", "www."))
    ]
    return fields


def _standard(values: dict[str, list[str]]) -> Fields:
    fields = Fields()
    parsely = _parsely_page(values.get("parsely-page"))
    fields.title = _first(values, _STD_TITLE) or _clean(parsely.get("title"))
    fields.description = _first(values, _STD_DESCRIPTION)
    fields.published = _first_date(values, _STD_PUBLISHED) or parse_date(parsely.get("pub_date"))
    fields.modified = _first_date(values, _STD_MODIFIED)
    fields.section = _first(values, _STD_SECTION) or _clean(parsely.get("section"))
    fields.tags = _split_tags(values.get(_first_key(values, _STD_TAGS) or "", ()))
    parsely_tags = parsely.get("tags")
    if not fields.tags and isinstance(parsely_tags, list):
        fields.tags = _split_tags(t for t in parsely_tags if isinstance(t, str))
    fields.language = _first(values, _STD_LANGUAGE)
    fields.site_name = _first(values, _STD_SITE)
    fields.image = _first(values, ("thumbnail", "thumbnailurl", "image", "parsely-image-url"))
    for key in _STD_AUTHORS:
        for name in values.get(key, ()):
            if "://" not in name and not name.startswith(("/", "www.")):
                fields.authors.append(Author(name))
        if fields.authors:
            break
    if not fields.authors:
        for key in ("authors", "author"):
            names = parsely.get(key)
            for item in names if isinstance(names, list) else [names]:
                if isinstance(item, str) and item.strip():
                    fields.authors.append(Author(item))
    return fields


def _parsely_page(values: list[str] | None) -> dict[str, object]:
    if not values:
        return {}
    try:
        data = decode_json(values[0])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _first_key(values: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        if key in values:
            return key
    return None


def _first(values: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        for value in values.get(key, ()):
            cleaned = _clean(value)
            if cleaned:
                return cleaned
    return None


def _first_date(values: dict[str, list[str]], keys: Iterable[str]) -> datetime | None:
    for key in keys:
        for value in values.get(key, ()):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
    return None


def _split_tags(values: Iterable[str]) -> list[str]:
    """The tags of `values`, each a list separated by commas (or by semicolons, when it holds
    no comma: "US;USA;FED")."""
    out: list[str] = []
    for value in values:
        separator = ";" if ";" in value and "," not in value else ","
        out.extend(part for part in (_clean(p) for p in value.split(separator)) if part)
    return out


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = normalize_space(value)
    return text or None
