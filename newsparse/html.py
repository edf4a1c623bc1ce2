"""Decoding, parsing and text helpers around selectolax: the one module that knows Lexbor quirks."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Collection
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.sanitize import clean_url

__all__ = [
    "AncestorTest",
    "absolute_url",
    "attr",
    "base_url",
    "declared_url",
    "decode",
    "has_ancestor",
    "nested_too_far",
    "normalize_lines",
    "normalize_space",
    "parse_document",
    "scrub",
    "text_codec",
    "text_of",
    "utf8",
]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})""", re.IGNORECASE
)
# ASCII that an ASCII-compatible text encoding reads as itself: every printable character and
# whitespace, and the sequences that escaping codecs read otherwise (backslash escapes, UTF-7
# shifts, HZ shifts, IDNA/punycode labels).
_ASCII_PROBE = bytes(c for c in range(0x20, 0x7F) if c != 0x5C) + (
    b"\t\n\r \\\\ \\u0041 \\x41 \\101 +AD4- ~{~} xn--zca.xn--"
)
# Characters that render as nothing, dropped before whitespace is collapsed (`&nbsp;` is
# whitespace to `str.split` and to `\s` already).
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_INVISIBLE = str.maketrans(
    {
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
    }
)
# Control characters other than HTML's whitespace (tab, line feed, form feed, carriage return),
# which `scrub` drops, with the character references that would produce one (`&#1;`, `&#x7f;`).
_UNSAFE = re.compile(b"(?:[\x00-\x08\x0b\x0e-\x1f\x7f]|\xc2[\x80-\x9f])+")
_C0 = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_CONTROL_REFERENCE = re.compile(
    rb"&#(?:0*(?:[0-8]|11|1[4-9]|2[0-9]|3[01]|127)(?![0-9])"
    rb"|[xX]0*(?:[0-8bBeEfF]|1[0-9a-fA-F]|7[fF])(?![0-9a-fA-F]));?"
)
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"(?<!\s)\s*\n\s*")
_SAFE_SCHEMES = frozenset({"http", "https"})
_URL_STRIPPED = re.compile("[\t\n\r]+")
# URLs that `urljoin` and `urlsplit` pass through unchanged and that need no escaping: an
# http(s) URL with a host and nothing unusual, and a root-relative path without dot segments.
_URL_CHARS = r"A-Za-z0-9\-._~%!$&'()*+,=:@"
_HOST_CHARS = r"A-Za-z0-9\-._~%!$&'()*+,;="
_PLAIN_TAIL = rf"(?:\?[{_URL_CHARS};/?]+)?(?:#[{_URL_CHARS};/?]+)?"
_PLAIN_URL = re.compile(
    rf"https?://(?:[{_URL_CHARS};]*@)?[{_HOST_CHARS}]+(?::[0-9]*)?(?:/[{_URL_CHARS}/]*)?{_PLAIN_TAIL}"
)
_PLAIN_PATH = re.compile(rf"(?!.*/\.)/(?!/)[{_URL_CHARS}/]*{_PLAIN_TAIL}")


def decode(data: bytes) -> str:
    """Decode page bytes: byte-order mark, UTF-8, declared charset, else windows-1252.

    1. A byte-order mark (UTF-8, UTF-16 LE/BE) decides.
    2. Bytes that are valid UTF-8, or nearly so (a download cut inside a character, a stray
       byte: at least eight times more valid multi-byte sequences than broken ones), are read
       as UTF-8 even when the page declares another charset: legacy text is almost never valid
       UTF-8 by chance, while pages re-encoded by a crawler or CMS often keep their old
       declaration.
    3. Else the charset of a `<meta charset>` / `http-equiv` in the first 4 KB, unless it
       claims UTF-8 or UTF-16 (which the bytes have just shown they are not); latin-1 and ascii
       mean windows-1252, as in browsers.
    4. Else windows-1252, which maps every byte to a character.
    Undecodable bytes become U+FFFD; decoding never raises.
    """
    return _decode(data)[0]


def utf8(page: str | bytes) -> tuple[str, bytes]:
    """The page as text and as UTF-8 bytes, which Lexbor parses without another conversion.

    Bytes are decoded as `decode` does, and kept as they are when they already are UTF-8 (no
    byte-order mark). In text, a lone surrogate becomes U+FFFD and a surrogate pair written as
    two code points becomes the character it encodes.
    """
    if isinstance(page, bytes):
        text, as_is = _decode(page)
        return text, page if as_is else text.encode("utf-8")
    try:
        return page, page.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        page = page.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return page, page.encode("utf-8", "replace")


def _decode(data: bytes) -> tuple[str, bool]:
    """`decode(data)`, and whether `data` is that text's UTF-8 encoding as it stands."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), False
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if len(data) - len(text) >= 8 * broken:  # extra bytes of the valid multi-byte characters
        return text, False
    declared = _declared_charset(data[:4096])
    if declared in {None, "utf-8"}:
        declared = "cp1252"
    return data.decode(declared, errors="replace"), False


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    codec = text_codec(match.group(1).decode("ascii", errors="ignore"))
    # A page that declares UTF-16 in a meta tag is ASCII-compatible, so cannot be UTF-16.
    if codec is None or codec.startswith("utf-16"):
        return "utf-8"
    # As browsers do: latin-1 and ascii labels mean windows-1252.
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return codec


def text_codec(label: str) -> str | None:
    """The Python codec to decode a page with for a declared charset `label`, else None.

    Only ASCII-compatible text encodings qualify: those that read printable ASCII as itself,
    as markup that declares its charset must be readable. So labels that name no codec, and
    codecs that are no text encoding (`hex`, `base64`, `rot13`, `zlib`), raise whatever the
    bytes (`idna`, `undefined`) or read ASCII otherwise (`utf-7`, `unicode_escape`, UTF-16
    and UTF-32, EBCDIC) give None; a caller then decodes as if no charset were declared.
    Decoding bytes with a codec it returns, `errors="replace"`, never raises.
    """
    try:
        name = codecs.lookup(label.strip()).name
    except (LookupError, TypeError, ValueError, AttributeError):
        return None
    return name if _ascii_compatible(name) else None


@lru_cache(maxsize=128)
def _ascii_compatible(codec: str) -> bool:
    try:
        return _ASCII_PROBE.decode(codec, errors="replace") == _ASCII_PROBE.decode("ascii")
    except Exception:  # a codec that cannot decode at all, or a broken third-party one
        return False


def scrub(data: bytes) -> bytes:
    """UTF-8 `data` without control characters (but tab, newline, form feed, CR).

    Applied once to every input (made UTF-8 by `utf8`, which replaces lone surrogates), before
    anything else reads it: control characters, and `&#1;`-style references to them, are
    dropped. So no text newsparse returns holds one, and its JSON can always be encoded as
    UTF-8. In UTF-8 no control character is part of another character's bytes.
    """
    if len(data.translate(None, _C0)) != len(data) or (
        b"\xc2" in data and _C1_UTF8.search(data) is not None
    ):
        data = _UNSAFE.sub(b"", data)
    if b"&#" in data and _CONTROL_REFERENCE.search(data) is not None:
        data = _CONTROL_REFERENCE.sub(b"", data)
    return data


def parse_document(html: str | bytes) -> LexborHTMLParser:
    """Parse a whole document once; every pass then works on this one tree."""
    return LexborHTMLParser(html)


def declared_url(tree: LexborHTMLParser) -> str | None:
    """The page's own absolute URL from `<link rel=canonical>` or `og:url`, if it states one."""
    node = tree.css_first('link[rel="canonical"][href], meta[property="og:url"][content]')
    if node is None:
        return None
    return absolute_url(node.attributes.get("href") or node.attributes.get("content"), None)


def base_url(tree: LexborHTMLParser, url: str | None) -> str | None:
    """The URL relative links resolve against: `<base href>` (itself resolved), else `url`
    (None when `url` is malformed past reading, as "http://[::1" is)."""
    try:
        urlsplit(url or "")
    except ValueError:
        url = None
    node = tree.css_first("base[href]")
    if node is None:
        return url
    return absolute_url(node.attributes.get("href"), url) or url


def normalize_space(text: str) -> str:
    """Drop zero-width characters, collapse runs of whitespace (`&nbsp;` too) to one space."""
    if not text.isascii() and _ZERO_WIDTH.search(text) is not None:  # ASCII holds none of them
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())


def normalize_lines(text: str) -> str:
    """Like `normalize_space` but keep single line breaks (from `<br>`) as newlines."""
    if _ZERO_WIDTH.search(text) is not None:
        text = text.translate(_INVISIBLE)
    return _NEWLINES.sub("\n", _SPACES.sub(" ", text)).strip()


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
    """Resolve `href` against `base`; keep only http(s) URLs with a host, drop everything else.

    As browsers do, tabs and newlines inside the URL are dropped and spaces, controls, quotes,
    `<`, `>` and backticks are percent-encoded (`newsparse.sanitize.clean_url`), so a URL never
    holds whitespace or markup characters.
    """
    if not href:
        return None
    href = _URL_STRIPPED.sub("", href.strip())
    if not href or href.startswith("#"):
        return None
    return _plain_url(href, base) or _resolved_url(href, base)


def _plain_url(href: str, base: str | None) -> str | None:
    """The common cases, resolved without `urljoin` (which gives the same): an absolute http(s)
    URL that needs no escaping, and a root-relative path without dot segments."""
    if _PLAIN_URL.fullmatch(href) and (not base or _origin(base)):
        return href
    if base and _PLAIN_PATH.fullmatch(href) and (origin := _origin(base)):
        return origin + href
    return None


def _resolved_url(href: str, base: str | None) -> str | None:
    """`href` (stripped, not empty) resolved against `base` by `urljoin`, made a clean
    absolute http(s) URL with a host (`newsparse.sanitize.clean_url`), else None."""
    try:
        resolved = urljoin(base, href) if base else href
    except ValueError:
        return None
    if resolved.startswith("//"):
        resolved = "https:" + resolved
    return clean_url(resolved)


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """The "scheme://host" of an http(s) `base` whose host needs no escaping, else None."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme not in _SAFE_SCHEMES:
        return None
    origin = f"{parts.scheme}://{parts.netloc}"
    return origin if clean_url(origin) == origin else None


def has_ancestor(node: LexborNode, test: Callable[[LexborNode], bool]) -> bool:
    """Whether an element above `node` passes `test`."""
    current = node.parent
    while current is not None and current.is_element_node:
        if test(current):
            return True
        current = current.parent
    return False


def nested_too_far(node: LexborNode, chosen: Collection[int], failed: set[int]) -> bool:
    """Whether an ancestor of `node` is in `chosen` (`mem_id`s), or `_LOOK_ALIKES` of them are
    in `failed`, looking `_REACH` levels up: a candidate that a pass need not judge, its work
    already done or not worth doing.

    Passes that judge candidates by all they hold (links, paragraphs) skip those nested in a
    chosen one, and those nested in `_LOOK_ALIKES` that were judged and failed: real markup
    wraps a box (an embed, a related list, a card, a caption) in two or three look-alikes at
    most, and a chain of 500 would otherwise read the page 500 times.
    Looking no higher keeps each question cheap in a tree 2,000 levels deep (nested tables);
    the passes count a candidate passed over as failed, so a longer chain does not start again.
    """
    if not chosen and len(failed) < _LOOK_ALIKES:
        return False
    count = 0
    parent = node.parent
    for _ in range(_REACH):
        if parent is None:
            return False
        key = parent.mem_id
        if key in chosen:
            return True
        if key in failed:
            count += 1
            if count >= _LOOK_ALIKES:
                return True
        parent = parent.parent
    return False


_REACH = 64  # levels that `nested_too_far` looks up
_LOOK_ALIKES = 4  # failed candidates around one that `nested_too_far` still lets be judged


class AncestorTest:
    """`has_ancestor(node, test)` asked of many nodes of one unchanging tree: each element's
    answer is remembered, so asking it of every node walks each element once, not once per
    node below it (20,000 headings 500 levels deep would take seconds)."""

    def __init__(self, test: Callable[[LexborNode], bool]) -> None:
        self._test = test
        self._known: dict[int, bool] = {}  # mem_id -> whether it or an element above passes

    def __call__(self, node: LexborNode) -> bool:
        """Whether an element above `node` passes the test."""
        path: list[int] = []
        found = False
        current = node.parent
        while current is not None and current.is_element_node:
            known = self._known.get(current.mem_id)
            if known is not None:
                found = known
                break
            path.append(current.mem_id)
            if self._test(current):
                found = True
                break
            current = current.parent
        for key in path:
            self._known[key] = found
        return found
