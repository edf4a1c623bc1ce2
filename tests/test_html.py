"""Decoding bytes and the text and URL helpers around selectolax."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.decoding import decode
from newsparse.dom import AncestorTest, has_ancestor
from newsparse.text import normalize_lines, normalize_space
from newsparse.urls import _plain_url, _resolved_url, absolute_url

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


# URL-shaped text: the characters URLs are made of, with the ones that change how they resolve.
_URL_TEXT = st.text(alphabet="abcXYZ019-._~%!$&'()*+,;=:@/?#[] \"<>", max_size=24)
_BASES = st.sampled_from(
    [
        None,
        "https://example.org/news/story.html",
        "http://Example.ORG:8080/a/b/?q=1#f",
        "https://user@example.org",
        "HTTPS://example.org/x",
        "ftp://example.org/x",
        "https:///no-host",
        "https://exa mple.org/x",
    ]
)


@given(
    st.one_of(
        _URL_TEXT.map(lambda path: "https://example.net" + path),
        _URL_TEXT.map(lambda path: "http://" + path),
        _URL_TEXT.map(lambda path: "/" + path),
        _URL_TEXT,
    ),
    _BASES,
)
def test_absolute_url_shortcut_agrees_with_urljoin(href: str, base: str | None) -> None:
    """The shortcut for plain URLs gives what resolving with `urljoin` gives."""
    href = href.strip()
    if not href or href.startswith("#"):
        return
    plain = _plain_url(href, base)
    if plain is not None:
        assert plain == _resolved_url(href, base)


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\xa0\u3000\u2028\x1c\u200b\u00ad\ufeff.")))
def test_normalize_space_collapses_every_whitespace_run(text: str) -> None:
    """Zero-width characters go, every run of whitespace becomes one space, ends trimmed."""
    expected = re.sub(r"\s+", " ", re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text))
    assert normalize_space(text) == expected.strip()


@given(st.lists(st.sampled_from(["<div>", "</div>", "<nav>", "</nav>", "<p>x", "<h1>t</h1>"])))
def test_ancestor_test_agrees_with_has_ancestor_and_tests_each_element_once(
    parts: list[str],
) -> None:
    """`AncestorTest` answers as `has_ancestor` for every node of a tree, calling its test at
    most once per element however many nodes sit below it."""
    tree = LexborHTMLParser("<body>" + "".join(parts))
    calls: list[int] = []

    def is_nav(node: LexborNode) -> bool:
        calls.append(node.mem_id)
        return node.tag == "nav"

    remembered = AncestorTest(is_nav)
    body = tree.body
    assert body is not None
    for node in body.traverse(include_text=True):
        assert remembered(node) == has_ancestor(node, lambda n: n.tag == "nav")
    assert len(calls) == len(set(calls))
