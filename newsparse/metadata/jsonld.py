"""Read schema.org JSON-LD (`<script type="application/ld+json">`) into `Fields`.

Every block is read, including `@graph` lists, top-level lists and `@type` lists; `@id`
references (as WordPress/Yoast writes authors and publishers) are resolved. The article node
is the first of an article type (`NewsArticle`, `BlogPosting`...) whose URL matches the page,
else the first with a headline; a `WebPage` node is a fallback. Broken JSON (comments,
trailing commas, control characters, CDATA wrappers) is repaired best-effort; nothing raises.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata.dates import parse_date
from newsparse.metadata.fields import MAX_AUTHORS, Author, Fields
from newsparse.metadata.jsontext import decode_json, decode_json_at
from newsparse.metadata.kind import is_main_content, kind_of_types

__all__ = ["read_claim_review", "read_jsonld", "read_jsonld_objects"]

_ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
        "liveblogposting", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
        "askpublicnewsarticle", "satiricalarticle", "scholarlyarticle", "techarticle", "report",
        "socialmediaposting", "discussionforumposting", "videoobject", "podcastepisode",
        "reportage", "review", "medicalwebpage", "howto", "recipe", "claimreview",
    }
)  # fmt: skip
_WEAK_ARTICLE_TYPES = frozenset(
    {"videoobject", "podcastepisode", "review", "howto", "recipe", "medicalwebpage", "claimreview"}
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "profilepage", "qapage"})
_ORG_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization",
     "educationalorganization", "localbusiness", "website", "brand"}
)  # fmt: skip
# One selector, the types checked in Python (in any case, as CSS compares `type`).
_SELECTOR = "script[type]"
_TYPES = frozenset({"application/ld+json", "application/json+ld"})
_MAX_BLOCK = 2_000_000
_CDATA = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
# A tag left in a text value, and the tags that end a paragraph or a line.
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")
_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote|ul|ol|table|tr)\s*>", re.IGNORECASE
)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def read_jsonld(tree: LexborHTMLParser, page_url: str | None = None) -> Fields:
    """The article fields the page's JSON-LD states (empty `Fields` when it has none)."""
    objects = read_jsonld_objects(tree)
    if not objects:
        return Fields()
    return fields_from_objects(objects, page_url)


def read_jsonld_objects(tree: LexborHTMLParser) -> list[Any]:
    """Every JSON-LD block of the page, decoded best-effort (unparseable blocks are skipped)."""
    out: list[Any] = []
    for node in tree.css(_SELECTOR):
        if (node.attributes.get("type") or "").lower() not in _TYPES:
            continue
        text = node.text(deep=True) or ""
        if not text.strip() or len(text) > _MAX_BLOCK:
            continue
        out.extend(_loads(text))
    return out


def read_claim_review(tree: LexborHTMLParser) -> tuple[str, str | None] | None:
    """The claim that the page's fact-check reviews and its rating, from its schema.org
    `ClaimReview` (`claimReviewed`, `reviewRating.alternateName` or its `name`); None when it
    has none.
    Only the JSON-LD blocks that name the type are decoded."""
    for node in tree.css(_SELECTOR):
        if (node.attributes.get("type") or "").lower() not in _TYPES:
            continue
        text = node.text(deep=True) or ""
        if "ClaimReview" not in text or len(text) > _MAX_BLOCK:
            continue
        for review in _walk(_loads(text), 0):
            if "claimreview" not in _types(review):
                continue
            claim = _text(review.get("claimReviewed"))
            if claim:
                rating = _first(review.get("reviewRating"))
                if not isinstance(rating, dict):
                    return claim, None
                return claim, _text(rating.get("alternateName")) or _text(rating.get("name"))
    return None


def fields_from_objects(objects: list[Any], page_url: str | None = None) -> Fields:
    """Choose the article node among decoded JSON-LD values and read its fields."""
    nodes = list(_walk(objects, 0))
    ids = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    article = _choose(nodes, page_url)
    fields = Fields()
    site = _site_name(nodes, article, ids)
    fields.site_name = site
    fields.kind = _kind(nodes, article)
    if article is None:
        return fields
    node = article
    fields.title = _text(node.get("headline")) or _text(node.get("name"))
    fields.description = _text(node.get("description"))
    fields.published = parse_date(_text(node.get("datePublished"))) or parse_date(
        _text(node.get("dateCreated"))
    )
    fields.modified = parse_date(_text(node.get("dateModified")))
    fields.authors = _authors(node.get("author"), ids) or _authors(node.get("creator"), ids)
    fields.image = _image(node.get("image"), ids) or _image(node.get("thumbnailUrl"), ids)
    fields.section = _text(_first(node.get("articleSection")))
    fields.tags = _keywords(node.get("keywords"))
    fields.language = _text(node.get("inLanguage"))
    fields.article_body = _text(node.get("articleBody"), lines=True)
    fields.url = _url(node.get("mainEntityOfPage")) or _url(node.get("url"))
    return fields


def _kind(nodes: list[dict[str, Any]], article: dict[str, Any] | None) -> str | None:
    """The kind of the page's main entity: the article (or page) node, its typed
    `mainEntity`, else the first node of a type that is a page's main content (`Product`)."""
    if article is not None:
        inner = article.get("mainEntity")
        kind = kind_of_types(_types(article))
        if kind == "website" and isinstance(inner, dict):
            kind = kind_of_types(_types(inner)) or kind
        if kind is not None:
            return kind
    for node in nodes:
        types = _types(node)
        if is_main_content(types):
            return kind_of_types(types)
    return None


def _loads(text: str) -> list[Any]:
    text = text.strip()
    # The wrapper regex searches the whole block; these tests tell first whether it can match.
    if "<!" in text or "]]>" in text or "-->" in text:
        text = _CDATA.sub("", text).strip()
    try:
        return [decode_json(text)]
    except ValueError:
        pass
    repaired = _TRAILING_COMMA.sub(r"\1", _strip_comments(text))
    try:
        return [decode_json(repaired)]
    except ValueError:
        pass
    # Several values back to back, or junk after the first one.
    values: list[Any] = []
    position = 0
    # Each failed attempt costs time in proportion to its position (JSONDecodeError counts
    # the lines before it), so only so many are made: the loop stays linear in the block.
    failures = 0
    while position < len(repaired):
        start = repaired.find("{", position)
        if start < 0:
            break
        try:
            value, position = decode_json_at(repaired, start)
        except ValueError:
            failures += 1
            if failures > 100:
                break
            position = start + 1
            continue
        values.append(value)
        if len(values) > 50:
            break
    return values


def _strip_comments(text: str) -> str:
    """Drop `//` and `/* */` comments that are outside JSON strings."""
    if "/*" not in text and "//" not in text:
        return text
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if ch == '"':
                in_string = False
            i += 1
        elif ch == '"':
            in_string = True
            out.append(ch)
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _walk(value: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every typed dict: top-level values, list items, `@graph` members and main entities."""
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value[:200]:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        if "@type" in value or "@id" in value:
            yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk(graph, depth + 1)
        for key in ("mainEntity", "mainEntityOfPage"):
            inner = value.get(key)
            if isinstance(inner, dict) and "@type" in inner:
                yield from _walk(inner, depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    out: set[str] = set()
    for value in values:
        if isinstance(value, str):
            out.add(value.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().casefold())
    return out


def _choose(nodes: list[dict[str, Any]], page_url: str | None) -> dict[str, Any] | None:
    strong: list[dict[str, Any]] = []
    weak: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    for node in nodes:
        types = _types(node)
        if types & _ARTICLE_TYPES:
            (weak if types <= _WEAK_ARTICLE_TYPES else strong).append(node)
        elif types & _PAGE_TYPES:
            pages.append(node)
    for group in (strong, weak):
        if not group:
            continue
        if len(group) > 1 and page_url:
            wanted = _url_key(page_url)
            for node in group:
                for key in ("url", "mainEntityOfPage", "@id"):
                    found = _url(node.get(key))
                    if found and _url_key(found) == wanted:
                        return node
        for node in group:
            if node.get("headline") or node.get("datePublished"):
                return node
        return group[0]
    return pages[0] if pages else None


def _url_key(url: str) -> str:
    url = url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return url.split("://", 1)[-1].removeprefix("www.").casefold()


def _site_name(
    nodes: list[dict[str, Any]], article: dict[str, Any] | None, ids: dict[str, dict[str, Any]]
) -> str | None:
    if article is not None:
        for publisher in _as_list(article.get("publisher")):
            name = _name(_resolve(publisher, ids))
            if name:
                return name
    for node in nodes:
        if "website" in _types(node):
            name = _text(node.get("name"))
            if name:
                return name
    return None


def _authors(value: Any, ids: dict[str, dict[str, Any]]) -> list[Author]:
    out: list[Author] = []
    for item in _as_list(value)[:MAX_AUTHORS]:
        item = _resolve(item, ids)
        if isinstance(item, str):
            if item.strip():
                out.append(Author(_unescape(item.strip())))
        elif isinstance(item, dict):
            name = _name(item)
            if name:
                out.append(Author(name, organization=bool(_types(item) & _ORG_TYPES)))
    return out


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, dict):
        return None
    name = _text(value.get("name"))
    if name:
        return name
    given, family = _text(value.get("givenName")), _text(value.get("familyName"))
    if given or family:
        return " ".join(part for part in (given, family) if part)
    return None


def _resolve(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and len(value) <= 2 and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def _image(value: Any, ids: dict[str, dict[str, Any]]) -> str | None:
    for item in _as_list(value)[:10]:
        item = _resolve(item, ids)
        if isinstance(item, str) and item.strip():
            return _unescape(item.strip())
        if isinstance(item, dict):
            found = _text(item.get("url")) or _text(item.get("contentUrl"))
            if found:
                return found
    return None


def _keywords(value: Any) -> list[str]:
    items: list[str] = []
    for item in _as_list(value)[:100]:
        text = _text(item)
        if text:
            items.extend(part.strip() for part in text.split(","))
    return [item for item in items if item]


def _url(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    text = _text(value)
    return text if text and "://" in text else None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any, *, lines: bool = False) -> str | None:
    """A stripped, entity-decoded string from a string (or a `{"@value": ...}`), else None.

    Markup that some sites leave in JSON-LD ("<p>Text <strong>here</strong></p>") is removed;
    with `lines`, the ends of its paragraphs and its `<br>`s become line breaks.
    """
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    value = _unescape(value)
    if "<" in value and _TAG.search(value) is not None:
        value = _TAG.sub("", _BLOCK_END.sub("\n", value) if lines else value)
    if lines:
        squeezed = (" ".join(line.split()) for line in value.splitlines())
        value = "\n".join(line for line in squeezed if line)
    else:
        value = " ".join(value.split())
    return value or None


def _unescape(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
        if "&" in text:  # double-escaped ("&amp;amp;")
            text = html.unescape(text)
    return text
