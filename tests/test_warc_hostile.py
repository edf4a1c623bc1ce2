"""`newsparse.iter_warc()` on broken and hostile WARC files: cut, corrupt, with bombs.

Cut and corrupted files are copies of the sample WARC of tests/warcfiles.py (corpus pages); the
other records are hand-made (`hand_made_record`), as warcio's writer cannot produce them.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.errors import WarcFormatError
from newsparse.warc import MAX_HEADER_BLOCK, MAX_HEADER_LINE, MAX_HEADER_LINES
from tests.warcfiles import (
    PEAK_KIB_CODE,
    SampleWarc,
    hand_made_record,
    record_spans,
    write_sample_warc,
)

HTML = b"<html><head><title>Story</title></head><body><p>The council met.</p></body></html>"
GOOD = hand_made_record("https://example.org/good", HTML)


def read(
    data: bytes, **options: int | None
) -> tuple[list[newsparse.WarcPage], WarcFormatError | None]:
    """The pages of a WARC held in `data`, and the WarcFormatError raised after them (or None)."""
    pages: list[newsparse.WarcPage] = []
    reader = newsparse.iter_warc(io.BytesIO(data), **options)
    raised = None
    try:
        pages.extend(reader)
    except WarcFormatError as error:
        raised = error
    assert raised is None or raised.pages == len(pages) == reader.pages
    return pages, raised


def read_reader(data: bytes, **options: int | None) -> newsparse.WarcReader:
    reader = newsparse.iter_warc(io.BytesIO(data), **options)
    list(reader)
    return reader


@pytest.fixture(scope="module", params=["sample.warc", "sample.warc.gz"])
def sample(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> SampleWarc:
    return write_sample_warc(tmp_path_factory.mktemp("warc") / request.param)


def check_cut(sample: SampleWarc, cut: int) -> None:
    """A copy of `sample` cut after `cut` bytes gives whole pages only, each of a record wholly
    before the cut, then raises; or, cut between records, gives all of those pages and ends."""
    data = sample.path.read_bytes()
    spans = dict(record_spans(sample.path))  # start -> end of each record
    whole = list(newsparse.iter_warc(sample.path))
    pages, error = read(data[:cut])
    assert [page.html for page in pages] == [page.html for page in whole[: len(pages)]]
    assert all(spans[page.offset or 0] <= cut for page in pages)
    if error is None:
        assert not any(start < cut < end for start, end in spans.items())
        assert len(pages) == sum(spans[page.offset or 0] <= cut for page in whole)


@pytest.mark.parametrize("sixteenths", range(17))
def test_a_cut_file_never_gives_a_cut_page(sample: SampleWarc, sixteenths: int) -> None:
    """Cut at each 1/16 of its length, a real multi-record WARC (gzip and plain) gives its
    whole pages then raises `WarcFormatError`, or ends cleanly at a cut between records."""
    check_cut(sample, sample.path.stat().st_size * sixteenths // 16)


@pytest.mark.parametrize("shift", [-5, -4, -2, -1, 0, 1, 2, 10])
def test_a_cut_near_a_record_boundary(sample: SampleWarc, shift: int) -> None:
    """Cuts just before and after the end of each record: the gzip trailer, the blank lines
    between plain records, the header of the next gzip member."""
    for _, end in record_spans(sample.path):
        check_cut(sample, max(0, min(sample.path.stat().st_size, end + shift)))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fraction=st.floats(0, 1))
def test_a_cut_anywhere(sample: SampleWarc, fraction: float) -> None:
    check_cut(sample, int(sample.path.stat().st_size * fraction))


def test_a_corrupt_gzip_member_raises_and_prints_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A gzip member whose deflate data is damaged in the middle raises (warcio alone prints
    zlib's error to stderr and goes on), after the whole pages before it."""
    sample = write_sample_warc(tmp_path / "sample.warc.gz")
    data = bytearray(sample.path.read_bytes())
    start, end = max(record_spans(sample.path), key=lambda span: span[1] - span[0])
    middle = (start + end) // 2
    data[middle : middle + 16] = bytes(16)
    pages, error = read(bytes(data))
    assert isinstance(error, WarcFormatError)
    whole = list(newsparse.iter_warc(sample.path))
    assert [page.html for page in pages] == [page.html for page in whole[: len(pages)]]
    assert all((page.offset or 0) < start for page in pages)
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("delta", [-7, -1, 10, 50])
def test_a_wrong_content_length_raises(delta: int, capfd: pytest.CaptureFixture[str]) -> None:
    """A record whose Content-Length is off (too short: no blank line after it; too long: the
    file ends inside it) raises after the page before, and nothing is printed."""
    wrong = hand_made_record("https://example.org/wrong", HTML, length_delta=delta)
    pages, error = read(GOOD + wrong + GOOD)
    assert isinstance(error, WarcFormatError)
    assert [page.url for page in pages] == ["https://example.org/good"]
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("value", [None, b"", b"-5", b"12abc", b"\xb2"])
def test_a_record_without_a_valid_content_length_raises(value: bytes | None) -> None:
    """Without a Content-Length the record's end is unknown: the file cannot be read on."""
    record = hand_made_record("https://example.org/x", HTML)
    header = b"Content-Length: %d\r\n" % (len(record.split(b"\r\n\r\n", 1)[1]) - 4)
    assert header in record
    record = record.replace(header, b"" if value is None else b"Content-Length: " + value + b"\r\n")
    pages, error = read(GOOD + record + GOOD)
    assert isinstance(error, WarcFormatError)
    assert len(pages) == 1


@pytest.mark.parametrize(
    "label", ["hex", "rot13", "base64", "idna", "utf-7", "undefined", "punycode", "x\0y", "zip"]
)
def test_a_charset_that_is_no_text_encoding_is_ignored(label: str) -> None:
    """A Content-Type charset naming a codec that is no text encoding is treated as no charset:
    the body is passed on as bytes (parse() decodes it), and the rest of the file is read."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=%s\r\n" % label.encode()
    odd = hand_made_record("https://example.org/odd", HTML + "é".encode(), http=http)
    pages, error = read(odd + GOOD)
    assert error is None
    assert [page.html for page in pages] == [HTML + "é".encode(), HTML]


def _http(encoding: str) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: %s\r\n" % (
        encoding.encode()
    )


def test_a_body_over_max_bytes_is_skipped() -> None:
    """A body over `max_bytes`, as stored or once decompressed, is skipped as "too large"."""
    big = HTML + b" " * 5000
    records = [
        hand_made_record("https://example.org/plain", big),
        hand_made_record("https://example.org/gzip", gzip.compress(big), http=_http("gzip")),
        hand_made_record("https://example.org/defl", zlib.compress(big), http=_http("deflate")),
        GOOD,
    ]
    reader = read_reader(b"".join(records), max_bytes=len(HTML) + 100)
    assert reader.skipped == {"too large": 3}
    assert reader.pages == 1
    unbounded = read_reader(b"".join(records), max_bytes=None)
    assert (unbounded.pages, unbounded.skipped) == (4, {})


def test_a_decompression_bomb_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    """A 0.3 MB record of 300 MB of gzipped zeros is skipped as "too large" without being
    decompressed past the limit: the peak memory of the reading process stays far below."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1_000_000)
    bomb = b"".join([*(compressor.compress(chunk) for _ in range(300)), compressor.flush()])
    path = tmp_path / "bomb.warc"
    path.write_bytes(hand_made_record("https://example.org/bomb", bomb, http=_http("gzip")) + GOOD)
    code = PEAK_KIB_CODE + (
        "import json, sys, newsparse\n"
        "before = peak_kib()\n"
        "reader = newsparse.iter_warc(sys.argv[1])\n"
        "pages = [page.url for page in reader]\n"
        "used = peak_kib() - before\n"
        "print(json.dumps([pages, dict(reader.skipped), used // 1024]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    pages, skipped, peak_mb = json.loads(done.stdout)
    assert pages == ["https://example.org/good"]
    assert skipped == {"too large": 1}
    assert peak_mb < 150  # the limit is 20 MB; all of it would be 300 MB, and twice that read


def test_brotli_without_the_brotli_package_is_a_counted_skip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A brotli body cannot be decoded without the optional brotli package (nor a zstd one at
    all): the record is skipped as "unsupported encoding", its compressed bytes never given."""
    monkeypatch.setitem(sys.modules, "brotli", None)  # import brotli raises ImportError
    records = [
        hand_made_record("https://example.org/br", b"\x1b\x4f\x00\xf8", http=_http("br")),
        hand_made_record("https://example.org/zstd", b"\x28\xb5\x2f\xfd", http=_http("zstd")),
        GOOD,
    ]
    reader = read_reader(b"".join(records))
    assert reader.skipped == {"unsupported encoding": 2}
    assert reader.pages == 1


def test_a_broken_compressed_body_is_skipped(capfd: pytest.CaptureFixture[str]) -> None:
    """A gzip body cut short or corrupt is skipped as "undecodable", not given in part."""
    body = gzip.compress(HTML * 200)
    corrupt = body[:100] + bytes(50) + body[150:]
    records = [
        hand_made_record("https://example.org/cut", body[:-40], http=_http("gzip")),
        hand_made_record("https://example.org/bad", corrupt, http=_http("gzip")),
        GOOD,
    ]
    reader = read_reader(b"".join(records))
    assert reader.skipped == {"undecodable": 2}
    assert reader.pages == 1
    assert capfd.readouterr().err == ""


def test_a_body_that_is_not_compressed_despite_its_header_is_given() -> None:
    """A plain body under a wrong Content-Encoding header is read as it is (as browsers do)."""
    pages, error = read(hand_made_record("https://example.org/x", HTML, http=_http("gzip")))
    assert error is None
    assert [page.html for page in pages] == [HTML]


class CountingStream(io.BytesIO):
    """A file object that counts the bytes read from it: the work done on a header bomb."""

    consumed = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.consumed += len(data)
        return data


@pytest.mark.parametrize(
    "headers",
    [
        b"X-Bomb: " + b"a" * 5_000_000 + b"\r\n",  # one line
        b"X-Bomb: a\r\n" * 500_000,  # many short lines
        b"X-Bomb: a\r\n" + b" continued\r\n" * 500_000,  # a folded line
        b"X-Bomb: a\r\n" * 2_000,  # 22 kB, but more lines than MAX_HEADER_LINES
    ],
    ids=["long-line", "many-lines", "folded", "2000-lines"],
)
def test_a_warc_header_bomb_raises_after_reading_a_bounded_amount(headers: bytes) -> None:
    """WARC headers over 64 KB a line, 1 MB or 1,000 lines in all break the file: it raises
    once the limit is passed, having read little more of the file than the limit."""
    bomb = hand_made_record("https://example.org/bomb", HTML, warc_headers=headers)
    stream = CountingStream(GOOD + bomb + GOOD)
    reader = newsparse.iter_warc(stream)
    pages = []
    with pytest.raises(WarcFormatError, match="WARC headers over"):
        pages.extend(reader)
    assert [page.url for page in pages] == ["https://example.org/good"]
    assert stream.consumed < MAX_HEADER_BLOCK + 2 * MAX_HEADER_LINE + len(GOOD)


@pytest.mark.parametrize(
    "headers",
    [
        b"X-Bomb: " + b"a" * 5_000_000 + b"\r\n",
        b"X-Bomb: a\r\n" * 500_000,
        b"X-Bomb: a\r\n" + b" continued\r\n" * 500_000,
        b"X-Bomb: a\r\n" * 2_000,
    ],
    ids=["long-line", "many-lines", "folded", "2000-lines"],
)
def test_an_http_header_bomb_skips_the_record(headers: bytes) -> None:
    """HTTP headers over the same limits: the record is skipped as "headers too large" (its
    Content-Length says where the next one starts) and the file is read on."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + headers
    bomb = hand_made_record("https://example.org/bomb", HTML, http=http)
    reader = read_reader(GOOD + bomb + GOOD)
    assert reader.pages == 2
    assert reader.skipped == {"headers too large": 1}


def test_the_header_limits_keep_real_headers() -> None:
    """Headers just under every limit are read as they are."""
    lines = b"X-Many: a\r\n" * (MAX_HEADER_LINES - 10)
    long = b"X-Long: " + b"a" * (MAX_HEADER_LINE - 10) + b"\r\n"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
    records = [
        hand_made_record("https://example.org/1", HTML, warc_headers=lines),
        hand_made_record("https://example.org/2", HTML, warc_headers=long),
        hand_made_record("https://example.org/3", HTML, http=http + lines),
        hand_made_record("https://example.org/4", HTML, http=http + long),
    ]
    pages, error = read(b"".join(records))
    assert error is None
    assert [page.html for page in pages] == [HTML] * 4


@pytest.mark.parametrize(
    "junk",
    [b"x" * 1_000_000 + b"\r\n\r\n", b"\r\n" * 1_000_000, b"\n" * (MAX_HEADER_LINES + 1)],
    ids=["long-line", "blank-lines", "just-too-many-blank-lines"],
)
def test_junk_between_records_raises(junk: bytes) -> None:
    """Junk of over 64 KB a line where the next record should start, or more than 1,000 blank
    lines (each read in microseconds) break the file."""
    pages, error = read(GOOD + junk + GOOD)
    assert isinstance(error, WarcFormatError)
    assert len(pages) == 1


_SNIPPETS = [
    b"\r\n",
    b"Content-Length: 99999999\r\n",
    b"Content-Encoding: gzip\r\n",
    b"Content-Encoding: br\r\n",
    b"Transfer-Encoding: chunked\r\n",
    b"charset=hex",
    b"charset=idna",
    b"\x1f\x8b\x08\x00",
    b"WARC/1.0\r\n",
    b"ffffffff\r\n",
    b"\0",
]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(
            st.floats(0, 1),
            st.integers(0, 300),
            st.one_of(st.sampled_from(_SNIPPETS), st.binary(max_size=8)),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_damaged_file_raises_only_warc_format_error(
    sample: SampleWarc, edits: list[tuple[float, int, bytes]], capfd: pytest.CaptureFixture[str]
) -> None:
    """Whatever the damage (bytes replaced, removed, header lines and charsets inserted), the
    reader gives pages and counted skips, or raises `WarcFormatError`; it prints nothing."""
    data = bytearray(sample.path.read_bytes())
    for where, size, new in edits:
        start = int(where * len(data))
        data[start : start + size] = new
    read(bytes(data))
    assert capfd.readouterr().err == ""
