"""Is this HTML? A decision from the first bytes of a file, after the WHATWG MIME sniffing rules.

`not_html(head)` names why bytes are no web page (a binary format known by its magic number,
binary data, or text without markup) or returns None for a page to parse. The rules follow
the WHATWG "MIME Sniffing" standard's "rules for identifying an unknown MIME type", kept
simple: a byte-order mark means text; a known signature means that format; bytes a text file
does not hold (NUL and other C0 controls but tab, newline, form feed, carriage return and
escape) mean binary data when they are more than `BINARY_SHARE` of the bytes (real pages carry
a few stray ones). Text that starts as XML, a feed, SVG or another doctype is that (unless it
holds an `<html` tag: XHTML); else it is a page when it starts with an HTML tag (a fragment)
or holds a tag only documents have (`<html`, `<head`, `<body`, `<meta`, `<title`, `<div`,
`<!DOCTYPE html`...; prose about HTML mentions `<p>` or `<b>` more than these).
`is_gzip(head)` tells gzip data, which the command line decompresses before sniffing.
"""

from __future__ import annotations

import re

__all__ = ["BINARY_SHARE", "HEAD_BYTES", "OTHER_MARKUP", "SIGNATURES", "is_gzip", "not_html"]

#: How many leading bytes the decision reads.
HEAD_BYTES = 65_536

#: The share of binary data bytes above which the bytes are binary data, not text.
BINARY_SHARE = 0.01

GZIP_MAGIC = b"\x1f\x8b"

#: Signatures of binary formats, as (offset, magic bytes, what the format is).
SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "a PDF document"),
    (0, b"%!PS-Adobe-", "a PostScript document"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (8, b"WEBP", "a WebP image"),  # after b"RIFF" and a size
    (8, b"WAVE", "a WAV sound"),
    (8, b"AVI ", "an AVI video"),
    (0, b"\x00\x00\x01\x00", "an icon"),
    (0, b"\x00\x00\x02\x00", "a cursor"),
    (0, b"BM", "a bitmap image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (4, b"ftyp", "an MP4 or HEIF file"),
    (0, b"\x1aE\xdf\xa3", "a WebM or Matroska video"),
    (0, b"OggS\x00", "an Ogg file"),
    (0, b"ID3", "an MP3 sound"),
    (0, b"fLaC", "a FLAC sound"),
    (0, b"wOFF", "a WOFF font"),
    (0, b"wOF2", "a WOFF2 font"),
    (0, b"\x00\x01\x00\x00", "a TrueType font"),
    (0, b"OTTO", "an OpenType font"),
    (0, b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (0, b"PK\x05\x06", "a ZIP archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, GZIP_MAGIC, "gzip data"),
    (0, b"BZh", "bzip2 data"),
    (0, b"\xfd7zXZ\x00", "xz data"),
    (0, b"\x28\xb5\x2f\xfd", "Zstandard data"),
    (257, b"ustar", "a tar archive"),
    (0, b"\x7fELF", "an executable (ELF)"),
    (0, b"MZ", "an executable (Windows)"),
    (0, b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (0, b"\xce\xfa\xed\xfe", "an executable (Mach-O)"),
    (0, b"\xca\xfe\xba\xbe", "a Java class or Mach-O executable"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (0, b"WARC/", "a WARC file (use --warc)"),
)

# Byte-order marks, with the codec of the text they start.
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

# The WHATWG "binary data bytes": C0 controls but TAB, LF, FF, CR and ESC.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")

# Tag names of the HTML standard, for text that starts with a tag (a fragment: `<p>...`).
_TAG_NAMES = (
    "a|abbr|address|article|aside|b|base|blockquote|body|br|button|caption|center|code|dd|div|"
    "dl|dt|em|figcaption|figure|font|footer|form|frameset|h[1-6]|head|header|hr|html|i|iframe|"
    "img|input|label|li|link|main|meta|nav|noscript|ol|p|picture|pre|section|small|source|span|"
    "strong|style|sub|sup|table|tbody|td|template|th|time|title|tr|u|ul|video|script"
)
# Tags a document has and prose about HTML seldom does, found anywhere in the head.
_DOCUMENT_NAMES = (
    "html|head|body|meta|title|link|script|style|article|main|div|iframe|noscript|section|"
    "header|footer|nav|table|form"
)
_STARTS_AS_HTML = re.compile(
    rf"\s*<(?:!doctype\s+html|/?(?:{_TAG_NAMES})[\s/>])".encode(), re.IGNORECASE | re.ASCII
)
_DOCUMENT = re.compile(
    rf"<(?:!doctype\s+html|(?:{_DOCUMENT_NAMES})[\s/>])".encode(), re.IGNORECASE | re.ASCII
)
_XHTML = re.compile(rb"<html[\s/>]", re.IGNORECASE)
#: Markup languages that are not HTML, by how their text starts (unless it holds `<html`).
OTHER_MARKUP: tuple[tuple[bytes, str], ...] = (
    (rb"<\?xml", "an XML document"),
    (rb"<rss[\s>]", "an RSS feed"),
    (rb"<feed[\s>]", "an Atom feed"),
    (rb"<rdf:RDF", "an RDF document"),
    (rb"<svg[\s>]", "an SVG image"),
    (rb"<!doctype\s+(?!html)", "an SGML or XML document"),
)
_OTHER_MARKUP = tuple(
    (re.compile(rb"\s*" + start, re.IGNORECASE | re.ASCII), what) for start, what in OTHER_MARKUP
)
_NO_MARKUP = "not HTML: text without markup"


def is_gzip(head: bytes) -> bool:
    """Whether the bytes start as gzip data does."""
    return head.startswith(GZIP_MAGIC)


def not_html(head: bytes) -> str | None:
    """Why the leading bytes of a file are no HTML page, or None when they can be one.

    Empty or whitespace-only input returns None: `parse()` reports it as empty.
    """
    for mark, codec in _BOMS:
        if head.startswith(mark):
            return _markup(head[len(mark) :].decode(codec, errors="replace").encode("utf-8"))
    for offset, magic, what in SIGNATURES:
        if head.startswith(magic, offset):
            return f"not HTML: {what}"
    if not head.strip():
        return None
    if len(_BINARY.findall(head)) > BINARY_SHARE * len(head):
        return "not HTML: binary data"
    return _markup(head)


def _markup(text: bytes) -> str | None:
    """Why text is no HTML page (another markup language, or no markup), or None."""
    for start, what in _OTHER_MARKUP:
        if start.match(text) and not _XHTML.search(text):
            return f"not HTML: {what}"
    if _STARTS_AS_HTML.match(text) or _DOCUMENT.search(text):
        return None
    return _NO_MARKUP
