"""A page's bytes made text: its encoding found, control characters scrubbed."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

__all__ = ["decode", "scrub", "text_codec", "utf8"]

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
# Control characters other than HTML's whitespace (tab, line feed, form feed, carriage return),
# which `scrub` drops, with the character references that would produce one (`&#1;`, `&#x7f;`).
_UNSAFE = re.compile(b"(?:[\x00-\x08\x0b\x0e-\x1f\x7f]|\xc2[\x80-\x9f])+")
_C0 = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_CONTROL_REFERENCE = re.compile(
    rb"&#(?:0*(?:[0-8]|11|1[4-9]|2[0-9]|3[01]|127)(?![0-9])"
    rb"|[xX]0*(?:[0-8bBeEfF]|1[0-9a-fA-F]|7[fF])(?![0-9a-fA-F]));?"
)


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
