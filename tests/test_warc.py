"""`newsparse.iter_warc()`: the HTML pages of WARC files written by warcio from corpus pages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import newsparse
from tests.warcfiles import SampleWarc, write_sample_warc


@pytest.fixture(params=["sample.warc", "sample.warc.gz"])
def sample(request: pytest.FixtureRequest, tmp_path: Path) -> SampleWarc:
    return write_sample_warc(tmp_path / request.param)


def test_yields_the_html_responses_in_file_order(sample: SampleWarc) -> None:
    """Only HTTP 200 HTML responses give pages, in file order, with their target URLs."""
    pages = list(newsparse.iter_warc(sample.path))
    assert [page.url for page in pages] == [page.url for page in sample.pages]


def test_counts_what_it_skips(sample: SampleWarc) -> None:
    """warcinfo/request records, a PNG and 404/301 responses are counted by reason."""
    reader = newsparse.iter_warc(sample.path)
    pages = list(reader)
    assert reader.pages == len(pages) == len(sample.pages)
    assert reader.skipped == sample.skipped


def test_chunked_gzip_body_is_decoded(sample: SampleWarc) -> None:
    """A chunked, gzip-encoded body comes back as the page's bytes."""
    first = next(iter(newsparse.iter_warc(sample.path)))
    assert first.html == sample.pages[0].html


def test_header_charset_wins_over_meta_charset(sample: SampleWarc) -> None:
    """A page sent as windows-1252 (header) that says utf-8 (meta) is decoded as windows-1252."""
    pages = dict(newsparse.iter_warc(sample.path))
    html = pages[sample.charset_url]
    assert isinstance(html, str)
    original = next(page for page in sample.pages if page.url == sample.charset_url)
    article = newsparse.parse(html, url=sample.charset_url)
    assert article == newsparse.parse(original.html, url=sample.charset_url)
    assert "Rückzug" in article.text
    assert "\ufffd" not in article.text


def test_body_without_header_charset_stays_bytes(sample: SampleWarc) -> None:
    """Without a charset in the header the body is passed on as bytes, unchanged."""
    pages = dict(newsparse.iter_warc(sample.path))
    for page in sample.pages[2:]:
        assert pages[page.url] == page.html


def test_reads_a_file_object(sample: SampleWarc) -> None:
    """An open binary file works as well as a path."""
    with open(sample.path, "rb") as stream:
        assert len(list(newsparse.iter_warc(stream))) == len(sample.pages)


def test_parse_many_takes_the_pages_as_they_are(sample: SampleWarc) -> None:
    """parse_many(iter_warc(path)) parses each page with its URL."""
    results = list(newsparse.parse_many(newsparse.iter_warc(sample.path), workers=1))
    assert [r.url for r in results] == [page.url for page in sample.pages]
    for result, page in zip(results, sample.pages, strict=True):
        assert result.article == newsparse.parse(page.html, url=page.url)


def test_each_page_names_its_file_record_and_offset(sample: SampleWarc) -> None:
    """A page carries its WARC file, record ID and offset; `parse_many` passes them on."""
    pages = list(newsparse.iter_warc(sample.path))
    offsets = [page.offset for page in pages]
    assert all(isinstance(offset, int) for offset in offsets)
    assert offsets == sorted(set(offsets))  # distinct, in file order
    with open(sample.path, "rb") as stream:
        for page in pages:
            stream.seek(page.offset or 0)
            assert stream.read(4) == (
                b"\x1f\x8b\x08\x00" if sample.path.suffix == ".gz" else b"WARC"
            )
    assert {page.source for page in pages} == {str(sample.path)}
    assert all((page.record_id or "").startswith("<urn:uuid:") for page in pages)
    results = newsparse.parse_many(newsparse.iter_warc(sample.path), workers=1)
    for result, page in zip(results, pages, strict=True):
        assert (result.path, result.record_id, result.offset) == (
            page.source,
            page.record_id,
            page.offset,
        )


def test_import_newsparse_does_not_import_warcio_or_dask() -> None:
    """The warc and dask extras are imported only when used."""
    code = (
        "import sys, newsparse, newsparse.dask; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'warcio', 'dask', 'distributed'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"hello\r\n" + data,  # no WARC file
        lambda data: data + b"junk junk\r\n\r\n",  # garbage after the records
        lambda data: data.replace(b"WARC-Target-URI", b"WARC-Target-URL", 1),  # warcio's own
        # AttributeError on a response without a target URI
    ],
    ids=["not-warc", "garbage", "no-target-uri"],
)
def test_a_broken_file_raises_a_typed_error_after_its_pages(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    """Whatever warcio raises on a broken file comes out as `WarcFormatError`, after the pages
    read before the break (hand-damaged copies of the sample file)."""
    sample = write_sample_warc(tmp_path / "sample.warc")
    broken = tmp_path / "broken.warc"
    broken.write_bytes(damage(sample.path.read_bytes()))
    reader = newsparse.iter_warc(broken)
    pages = []
    with pytest.raises(newsparse.errors.WarcFormatError) as raised:
        pages.extend(reader)
    assert raised.value.pages == len(pages) == reader.pages
    assert str(broken) in str(raised.value)
    assert isinstance(raised.value, ValueError)
