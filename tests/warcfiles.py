"""WARC files for the tests, written with warcio from real corpus pages (tests/data/corpus/).

`write_sample_warc()` writes one file holding every kind of record `iter_warc()` must read or
skip; `write_pages_warc()` a file of plain HTML responses, for the CLI and Dask tests.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import attrs
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.corpus_pages import CORPUS, page_path

# Small corpus pages in several languages and scripts.
CASE_IDS = (
    "fundus/at-ORF_2024_11_22",
    "trafilatura/nhk.or.jp.k100",
    "postlight/arstechnica.com",
    "trafilatura/aclu.org-grades",
)


@attrs.frozen
class CorpusPage:
    """A real page of the corpus: its URL and its bytes as saved."""

    url: str
    html: bytes


def corpus_page(case_id: str) -> CorpusPage:
    """The page of a corpus case, by id (`source/stem`)."""
    with open(CORPUS / "cases.jsonl", encoding="utf-8") as lines:
        url = next(json.loads(line)["url"] for line in lines if f'"{case_id}"' in line)
    return CorpusPage(url, page_path(case_id).read_bytes())


@attrs.frozen
class SampleWarc:
    """What `write_sample_warc()` wrote: the pages `iter_warc()` must give, and the skips."""

    path: Path
    pages: list[CorpusPage]  # in file order, as saved (before any transfer encoding)
    charset_url: str  # the page whose header says windows-1252 while its meta says utf-8
    charset_title: str  # that page's true title
    skipped: Counter[str]


def write_sample_warc(path: Path) -> SampleWarc:
    """A WARC (gzipped when `path` ends in .gz) with pages and records to skip, of every kind."""
    plain = [corpus_page(case_id) for case_id in CASE_IDS[1:]]
    orf = corpus_page(CASE_IDS[0])
    # The ORF page is UTF-8 and says so in a meta tag; here it is sent as windows-1252 with
    # that charset in the HTTP header only, so the meta tag is wrong.
    orf_text = orf.html.decode("utf-8")
    orf_1252 = orf_text.encode("cp1252", errors="xmlcharrefreplace")
    chunked = plain[0]
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsparse"}))
        request = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
        )
        _write(writer, chunked.url, "request", b"", request)
        _write(
            writer,
            chunked.url,
            "response",
            _chunk(gzip.compress(chunked.html)),
            _http(
                "200 OK",
                "text/html; charset=utf-8",
                [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")],
            ),
        )
        _write(
            writer,
            orf.url,
            "response",
            orf_1252,
            _http("200 OK", "text/html; charset=windows-1252"),
        )
        for page in plain[1:]:
            _write(writer, page.url, "response", page.html, _http("200 OK", "text/html"))
        _write(
            writer,
            "https://example.org/logo.png",
            "response",
            b"\x89PNG\r\n\x1a\n",
            _http("200 OK", "image/png"),
        )
        _write(
            writer,
            "https://example.org/missing",
            "response",
            b"<html><h1>Not found</h1>",
            _http("404 Not Found", "text/html"),
        )
        _write(
            writer,
            "https://example.org/moved",
            "response",
            b"",
            _http("301 Moved Permanently", "text/html", [("Location", "https://example.org/")]),
        )
    skipped = Counter({"not a response": 2, "not HTML": 1, "not HTTP 200": 2})
    title = orf_text.split("<title>", 1)[1].split("</title>", 1)[0]
    return SampleWarc(path, [chunked, orf, *plain[1:]], orf.url, title, skipped)


def write_pages_warc(path: Path, pages: list[CorpusPage]) -> None:
    """A WARC of plain HTML responses, one per page, with a warcinfo record first."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsparse"}))
        for page in pages:
            _write(writer, page.url, "response", page.html, _http("200 OK", "text/html"))


def _http(
    status: str, content_type: str, extra: tuple[tuple[str, str], ...] = ()
) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")


def _write(writer: WARCWriter, url: str, kind: str, body: bytes, http: StatusAndHeaders) -> None:
    record = writer.create_warc_record(
        url, kind, payload=io.BytesIO(body), length=len(body), http_headers=http
    )
    writer.write_record(record)


def _chunk(data: bytes, size: int = 4096) -> bytes:
    """`data` in HTTP/1.1 chunked transfer encoding."""
    parts = [
        b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size])
        for i in range(0, len(data), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def hand_made_record(
    url: str,
    body: bytes,
    *,
    http: bytes = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
    warc_headers: bytes = b"",
    length_delta: int = 0,
) -> bytes:
    """A hand-made plain WARC response record (for damage warcio's writer cannot produce):
    `http` is its HTTP status line and headers, `warc_headers` extra WARC header lines, and
    `length_delta` is added to the true Content-Length."""
    block = http + b"\r\n" + body
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\n"
        + b"WARC-Record-ID: <urn:uuid:%s>\r\n" % url.encode()
        + b"WARC-Target-URI: %s\r\n" % url.encode()
        + warc_headers
        + b"Content-Type: application/http; msgtype=response\r\n"
        + b"Content-Length: %d\r\n\r\n" % (len(block) + length_delta)
        + block
        + b"\r\n\r\n"
    )


def record_spans(path: Path) -> list[tuple[int, int]]:
    """The `(start, end)` byte offsets of each record of a WARC file, as stored (the record
    separator of a plain WARC is not part of its record)."""
    from warcio.archiveiterator import ArchiveIterator

    spans = []
    with open(path, "rb") as stream:
        archive = ArchiveIterator(stream)
        for _ in archive:
            start = archive.get_record_offset()
            spans.append((start, start + archive.get_record_length()))
    return spans


# Python source defining `peak_kib()`, the peak resident memory of the process running it, in
# KiB: VmHWM, which (unlike `ru_maxrss`) does not inherit the peak of the parent (a test run).
PEAK_KIB_CODE = """
def peak_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
"""
