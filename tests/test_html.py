"""Decoding bytes and the text and URL helpers around selectolax."""

from __future__ import annotations

import pytest

from newsparse.html import absolute_url, decode, normalize_lines, normalize_space

PAGE = "<html><head>{meta}</head><body><p>Windrädern — €</p></body></html>"


def test_decode_utf8_with_bom() -> None:
    """A UTF-8 byte-order mark is honoured and removed."""
    assert decode(b"\xef\xbb\xbf<p>\xc3\xa4</p>") == "<p>ä</p>"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_with_bom(encoding: str) -> None:
    """UTF-16 pages with a byte-order mark decode correctly."""
    bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
    assert decode(bom + "<p>Grüße</p>".encode(encoding)) == "<p>Grüße</p>"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ],
)
def test_decode_declared_latin_charset(meta: str) -> None:
    """A declared latin charset is used (and read as windows-1252, as browsers do)."""
    page = PAGE.format(meta=meta)
    assert "Windrädern — €" in decode(page.encode("cp1252"))


def test_decode_undeclared_non_utf8_falls_back_to_cp1252() -> None:
    """Bytes that are not valid UTF-8 and declare nothing are read as windows-1252."""
    assert "Windrädern" in decode(PAGE.format(meta="").encode("cp1252"))


def test_decode_declared_cyrillic() -> None:
    """A windows-1251 page decodes to Cyrillic text."""
    page = '<meta charset="windows-1251"><p>Привет</p>'
    assert "Привет" in decode(page.encode("cp1251"))


def test_decode_unknown_charset_label_is_ignored() -> None:
    """An unknown charset label does not break decoding."""
    assert "ä" in decode('<meta charset="no-such-thing"><p>ä</p>'.encode())


def test_normalize_space_folds_invisible_characters() -> None:
    """`&nbsp;`, zero-width spaces and soft hyphens never survive normalisation."""
    assert normalize_space("  a\xa0b\u200bc\u00ad d \n e ") == "a bc d e"


def test_normalize_lines_keeps_line_breaks() -> None:
    """Single line breaks survive, runs of spaces around them do not."""
    assert normalize_lines(" a \n\n  b\xa0 c ") == "a\nb c"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/a/b.jpg", "https://example.org/a/b.jpg"),
        ("//cdn.example.org/x.jpg", "https://cdn.example.org/x.jpg"),
        ("https://other.org/", "https://other.org/"),
        ("javascript:alert(1)", None),
        ("data:image/png;base64,xx", None),
        ("vbscript:x", None),
        ("#top", None),
        ("", None),
        (None, None),
    ],
)
def test_absolute_url_keeps_only_http(href: str | None, expected: str | None) -> None:
    """Relative URLs are resolved; anything but http(s) is dropped."""
    assert absolute_url(href, "https://example.org/news/story.html") == expected


def test_decode_valid_utf8_wins_over_a_wrong_declaration() -> None:
    """A page stored as UTF-8 that still declares GB2312 is read as UTF-8."""
    page = '<meta charset="gb2312"><p>人民网 Grüße</p>'
    assert "人民网 Grüße" in decode(page.encode("utf-8"))


def test_decode_declared_gb2312() -> None:
    """A real GB2312 page (not valid UTF-8) is read with its declared charset."""
    page = '<meta charset="gb2312"><p>人民网新闻</p>'
    assert "人民网新闻" in decode(page.encode("gb2312"))
