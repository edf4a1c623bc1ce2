"""Pages passed as bytes come out right in every common charset (`newsparse.decoding.decode`)."""

from __future__ import annotations

import codecs
import encodings
import encodings.aliases
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
import newsparse.decoding
from tests.corpus_pages import page_path

DATA = Path(__file__).parent / "data"
ENCODINGS = DATA / "encodings"
_CHARSET = re.compile(r"""<meta[^>]*charset\s*=\s*["']?[\w:.\-]+["']?[^>]*>""", re.IGNORECASE)

# Real pages in legacy charsets (tests/data/encodings/README.md): title, text of the body.
LEGACY = {
    "iso-8859-1-archive.org-travaillent.html": (
        "Les Français travaillent-ils trop peu ?",
        "travaille à temps partiel",
    ),
    "iso-8859-1-die-tagespost.de.Demut.html": (
        "Warum wir jetzt Demut brauchen",
        "fast vollständig aus unserem Wortschatz verschwunden",
    ),
    "gb2312-xinhuanet.com.25340717.html": (
        "话剧《约定无期限》河北各市巡演结束",
        "感人至深",
    ),
    "windows-1250-rp.pl-unijne-fundusze.html": (
        'Unijne fundusze coraz bliżej. Sejm zagłosował "za"',
        "To jest moment fundamentalny",
    ),
    "iso-8859-2-ziemniaki-poradnik.html": (
        '"Ziemniaki na szóstej, surówka na dziesiątej". Jak pomagać, żeby nie zaszkodzić? '
        "[PORADNIK W PIGUŁCE]",
        "Gdy spotkasz osobę niewidomą",
    ),
}

# UTF-8 pages of the corpus, re-encoded by the tests into the charsets of their language.
REENCODED = [
    ("fundus/ru-Kommersant_2025_05_14.html", "windows-1251"),
    ("fundus/ru-Kommersant_2025_05_14.html", "koi8-r"),
    ("fundus/de-EuronewsDE_2024_04_30.html", "windows-1252"),
    ("fundus/de-EuronewsDE_2024_04_30.html", "iso-8859-1"),
    ("fundus/fr-LeMonde_2023_09_01.html", "iso-8859-15"),
    ("trafilatura/Eurostat__Polska_z_najni_szym_bezrobociem_w_ca_ej_UE.html", "iso-8859-2"),
    ("fundus/jp-MainichiShimbun_2025_01_14.html", "shift_jis"),
    ("fundus/jp-MainichiShimbun_2025_01_14.html", "euc-jp"),
    ("htmldate/mediacloud-1564888577.html", "gb18030"),
    ("fundus/kr-MBN_2025_06_03.html", "euc-kr"),
]


def _text(path: str) -> str:
    return page_path(path.removesuffix(".html")).read_text(encoding="utf-8")


def _declaring(page: str, charset: str) -> str:
    """`page` with its charset declarations replaced by one for `charset`, first in the head."""
    page = _CHARSET.sub("", page)
    return re.sub(r"<head[^>]*>", lambda m: f'{m.group()}<meta charset="{charset}">', page, count=1)


@pytest.mark.parametrize(("name", "expected"), LEGACY.items(), ids=list(LEGACY))
def test_a_legacy_charset_page_decodes(name: str, expected: tuple[str, str]) -> None:
    """A real page in a legacy charset gives its title and text, without replacement characters."""
    title, included = expected
    article = newsparse.parse((ENCODINGS / name).read_bytes())
    assert article.title == title
    assert included in article.text
    assert "\ufffd" not in article.text


@pytest.mark.parametrize(("path", "charset"), REENCODED, ids=[f"{p}-{c}" for p, c in REENCODED])
def test_a_reencoded_page_gives_the_utf8_article(path: str, charset: str) -> None:
    """A UTF-8 page re-encoded (with its meta charset) gives the same Article as the original."""
    page = _declaring(_text(path), charset)
    encodable = page.encode(charset, errors="xmlcharrefreplace").decode(charset)
    expected = newsparse.parse(encodable)
    assert expected.text
    assert newsparse.parse(encodable.encode(charset)) == expected


@pytest.mark.parametrize(
    ("bom", "charset"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_a_byte_order_mark_decides_the_encoding(bom: bytes, charset: str) -> None:
    """A byte-order mark wins over any declaration, for UTF-8 and UTF-16 in both byte orders."""
    page = _declaring(_text("fundus/jp-MainichiShimbun_2025_01_14.html"), "windows-1252")
    assert newsparse.parse(bom + page.encode(charset)) == newsparse.parse(page)


def test_utf8_without_a_declaration_decodes() -> None:
    """UTF-8 bytes with no charset declared at all are read as UTF-8."""
    page = _CHARSET.sub("", _text("fundus/kr-MBN_2025_06_03.html"))
    assert newsparse.parse(page.encode("utf-8")) == newsparse.parse(page)


def _windrad(charset: str) -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>Strom aus Windrädern</title></head><body>'
        "<article><p>Die Gemeinde hat den Bau von zwölf neuen Windrädern genehmigt, sagte die "
        "Bürgermeisterin am Dienstag.</p></article></body></html>"
    )


def test_an_iso_8859_1_page_keeps_its_umlauts() -> None:
    """An ISO-8859-1 page gives "Windrädern", not "Windr\ufffddern" (the trafilatura bug)."""
    article = newsparse.parse(_windrad("iso-8859-1").encode("iso-8859-1"))
    assert article.title == "Strom aus Windrädern"
    assert "zwölf neuen Windrädern" in article.text


def test_utf8_bytes_win_over_a_legacy_declaration() -> None:
    """A UTF-8 page that still declares its old charset (re-encoded by a CMS) is read as UTF-8."""
    article = newsparse.parse(_windrad("iso-8859-1").encode("utf-8"))
    assert "zwölf neuen Windrädern" in article.text


def test_a_page_lying_that_it_is_utf8_is_read_as_windows_1252() -> None:
    """Bytes that declare UTF-8 but are not UTF-8 are read as windows-1252, not as U+FFFD."""
    article = newsparse.parse(_windrad("utf-8").encode("windows-1252"))
    assert "zwölf neuen Windrädern" in article.text


def test_a_utf8_page_cut_inside_a_character_stays_utf8() -> None:
    """A UTF-8 download cut in the middle of a character keeps the rest of its text."""
    data = _text("fundus/ru-Kommersant_2025_05_14.html").encode("utf-8")
    cut = data[: len(data) // 2]
    while cut[-1] & 0xC0 == 0x80:  # end inside a multi-byte character
        cut = cut[:-1]
    article = newsparse.parse(cut[:-1] + b"\xd0")
    assert newsparse.decoding.decode(cut + b"\xd0").endswith("\ufffd")
    assert article.title == "Легкий троннинг"


def test_a_page_without_declaration_in_a_legacy_charset_is_windows_1252() -> None:
    """Non-UTF-8 bytes with no declaration fall back to windows-1252, the web's default."""
    page = _CHARSET.sub("", _windrad("x"))
    assert "Windrädern" in newsparse.parse(page.encode("windows-1252")).text


# Hand-made: labels naming codecs that are no ASCII-compatible text encoding.
_UNUSABLE_LABELS = [
    "hex", "rot13", "base64", "zlib", "bz2", "uu", "quopri", "idna", "punycode", "utf-7",
    "unicode_escape", "raw_unicode_escape", "undefined", "utf-16", "utf-32", "utf-32-le",
    "cp037", "hz", "mbcs", "x-user-defined", "no-such-charset",
]  # fmt: skip


@pytest.mark.parametrize("label", _UNUSABLE_LABELS)
def test_a_charset_that_is_no_text_encoding_reads_as_undeclared(label: str) -> None:
    """Hand-made: a page declaring a codec that cannot read its markup is decoded as if it
    declared nothing (windows-1252), and no codec error escapes."""
    page = (
        f'<html><head><meta charset="{label}"><title>Caf\xe9 +ADw-b+AD4-</title></head>'
        "<body><p>Caf\xe9 au lait \\u0041 +ADw-script+AD4- for everyone.</p></body></html>"
    ).encode("latin-1")
    assert newsparse.decoding.text_codec(label) is None
    article = newsparse.parse(page)
    assert article.title == "Café +ADw-b+AD4-"
    assert article.text == "Café au lait \\u0041 +ADw-script+AD4- for everyone."


@pytest.mark.parametrize(
    ("label", "codec"),
    [("windows-1251", "cp1251"), ("Shift_JIS", "shift_jis"), ("euc-kr", "euc_kr"),
     ("ISO-8859-2", "iso8859-2"), ("koi8-r", "koi8-r"), ("gb2312", "gb2312"), (" utf8 ", "utf-8")],
)  # fmt: skip
def test_text_codec_names_the_codec_of_a_text_encoding(label: str, codec: str) -> None:
    """Ordinary charset labels, in any case and padding, name their Python codec."""
    assert newsparse.decoding.text_codec(label) == codec


def _known_codecs() -> list[str]:
    names = set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
    names |= {module.name for module in pkgutil.iter_modules(encodings.__path__)}
    return sorted(names)


@given(label=st.one_of(st.sampled_from(_known_codecs()), st.text(max_size=40)), data=st.binary())
def test_a_codec_text_codec_accepts_decodes_any_bytes(label: str, data: bytes) -> None:
    """For any label (every codec name Python knows, or any text), `text_codec` either refuses
    it or names a codec that decodes any bytes without raising."""
    codec = newsparse.decoding.text_codec(label)
    if codec is not None:
        assert isinstance(data.decode(codec, errors="replace"), str)
        assert newsparse.decoding.decode(
            b"<meta charset=" + label.encode("utf-8", "replace") + data
        )
