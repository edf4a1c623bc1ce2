"""Decoding, parsing and text helpers around selectolax: the one module that knows Lexbor quirks."""

from __future__ import annotations

import codecs
import re
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "absolute_url",
    "attr",
    "declared_url",
    "decode",
    "normalize_lines",
    "normalize_space",
    "parse_document",
    "text_of",
]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.IGNORECASE
)
# Characters that render as nothing or as a plain space; folded before whitespace is collapsed.
_INVISIBLE = str.maketrans(
    {
        "\xa0": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_SAFE_SCHEMES = frozenset({"http", "https"})


def decode(data: bytes) -> str:
    """Decode page bytes: byte-order mark, valid UTF-8, declared charset, else windows-1252.

    Bytes that are valid UTF-8 are read as UTF-8 even when the page declares another charset:
    text in a legacy charset is almost never valid UTF-8 by chance, while pages re-encoded to
    UTF-8 by a crawler or CMS often keep their old declaration.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data[:4096])
    return data.decode(declared or "cp1252", errors="replace")


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # A page that declares UTF-16 in a meta tag is ASCII-compatible, so cannot be UTF-16.
    if codec.startswith("utf-16"):
        return "utf-8"
    # As browsers do: latin-1 and ascii labels mean windows-1252.
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return codec


def parse_document(html: str) -> LexborHTMLParser:
    """Parse a whole document once; every pass then works on this one tree."""
    return LexborHTMLParser(html)


def declared_url(tree: LexborHTMLParser) -> str | None:
    """The page's own absolute URL from `<link rel=canonical>` or `og:url`, if it states one."""
    node = tree.css_first('link[rel="canonical"][href], meta[property="og:url"][content]')
    if node is None:
        return None
    return absolute_url(node.attributes.get("href") or node.attributes.get("content"), None)


def normalize_space(text: str) -> str:
    """Fold `&nbsp;` and zero-width characters, collapse runs of whitespace to one space."""
    return _SPACES.sub(" ", text.translate(_INVISIBLE).replace("\n", " ")).strip()


def normalize_lines(text: str) -> str:
    """Like `normalize_space` but keep single line breaks (from `<br>`) as newlines."""
    text = _SPACES.sub(" ", text.translate(_INVISIBLE))
    return _NEWLINES.sub("\n", text).strip()


def text_of(node: LexborNode) -> str:
    """The whitespace-normalised text of a node, inline markup joined without separators."""
    return normalize_space(node.text(deep=True))


def attr(node: LexborNode, name: str) -> str | None:
    """An attribute value, stripped, or None when missing or blank."""
    value = node.attributes.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def absolute_url(href: str | None, base: str | None) -> str | None:
    """Resolve `href` against `base`; keep only http(s) URLs, drop everything else."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        resolved = urljoin(base, href) if base else href
        scheme = urlsplit(resolved).scheme.lower()
    except ValueError:
        return None
    if resolved.startswith("//"):
        resolved = "https:" + resolved
        scheme = "https"
    return resolved if scheme in _SAFE_SCHEMES else None
