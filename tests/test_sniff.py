"""`newsparse.sniff`: HTML told from other files by the bytes alone.

The short byte strings below are hand-made examples; the HTML pages are the real pages of
tests/data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.sniff import HEAD_BYTES, SIGNATURES, is_gzip, not_html

DATA = Path(__file__).parent / "data"
HTML_FILES = sorted(DATA.rglob("*.html"))
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@pytest.mark.parametrize("path", HTML_FILES, ids=lambda path: path.name)
def test_real_pages_are_html(path: Path) -> None:
    """Every page of tests/data (corpus pages, encodings, embeds, ...) sniffs as HTML."""
    assert not_html(path.read_bytes()[:HEAD_BYTES]) is None


@pytest.mark.parametrize(
    "head",
    [
        b"PHP Warning: something broke in line 3\n<!DOCTYPE html><html><body>x",  # hand-made
        b"\n\n   <p>A fragment of a page</p>",
        b"<!-- saved by a browser -->\n<HTML>",
        b"\xef\xbb\xbf<html lang=en>",
        "<html><body>UTF-16</body></html>".encode("utf-16"),  # with its byte-order mark
        b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>",
        b"<div>stray \x00 NUL and \x10 bytes</div>" + b"text " * 100,
        b"",
        b"   \n\t",  # parse() reports it as empty
    ],
)
def test_html_and_markup_is_html(head: bytes) -> None:
    """Markup anywhere in the head, after junk, a BOM or an XML declaration, is HTML."""
    assert not_html(head) is None


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "not HTML: a PDF document"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "not HTML: a WebP image"),
        (b"\x00\x00\x00\x18ftypmp42", "not HTML: an MP4 or HEIF file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "not HTML: a ZIP archive (or an Office document)"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo", "not HTML: a WARC file (use --warc)"),
        (b"a < b and c > d, prose about <3 things", "not HTML: text without markup"),
        (b'{"title": "JSON", "n": 3}', "not HTML: text without markup"),
        (bytes(range(256)) * 4, "not HTML: binary data"),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
            b"<!-- a comment --><match><title>x</title></match></fontconfig>",
            "not HTML: an XML document",
        ),
        (
            b"<rss version='2.0'><channel><title>News</title><link>https://e.org</link>",
            "not HTML: an RSS feed",
        ),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title>", "not HTML: an Atom feed"),
        (
            b"<svg xmlns='http://www.w3.org/2000/svg'><title>x</title></svg>",
            "not HTML: an SVG image",
        ),
        (
            b"<!DOCTYPE busconfig><busconfig><!-- x --></busconfig>",
            "not HTML: an SGML or XML document",
        ),
        (
            b"README\n\nWrite <p> between paragraphs and <b>bold</b>; a <br> breaks a line.",
            "not HTML: text without markup",
        ),
    ],
)
def test_other_files_are_named(head: bytes, reason: str) -> None:
    """Binary formats are named by their signature; text without tags is not a page."""
    assert not_html(head) == reason


_NO_BOM = st.binary(max_size=300).filter(lambda data: not data.startswith(_BOMS))


@given(data=st.data(), tail=st.binary(max_size=200))
def test_a_signature_is_never_html(data: st.DataObject, tail: bytes) -> None:
    """Whatever follows (even markup), bytes with a binary signature are not HTML."""
    offset, magic, _ = data.draw(st.sampled_from(SIGNATURES))
    prefix = data.draw(_NO_BOM.map(lambda raw: (raw + bytes(offset))[:offset]))
    assert not_html(prefix + magic + b"<html><p>" + tail) is not None


@given(
    text=st.text(
        alphabet=st.characters(blacklist_characters="<", blacklist_categories=("Cs",)), min_size=1
    )
)
def test_text_without_a_tag_is_not_html(text: str) -> None:
    """Text with no `<` at all can hold no tag: it is never taken for a page."""
    head = text.encode("utf-8")
    if head.startswith(_BOMS) or not head.strip():
        return
    assert not_html(head) is not None


def test_gzip_magic() -> None:
    """gzip data starts 1f 8b."""
    assert is_gzip(b"\x1f\x8b\x08\x00")
    assert not is_gzip(b"<html>")
