"""Hostile WARC and `.html.gz` inputs: time, peak memory and outcome of reading each (not a test).

    python benchmarks/warc_bombs.py             # every case, each in a fresh interpreter
    python benchmarks/warc_bombs.py --case NAME # one case, as JSON

Each case writes its input to a temporary directory, then reads it in a fresh interpreter with
`newsparse.iter_warc()` (every page and skip counted) or `newsparse.batch.read_page()`; "peak
MB" is that process's peak resident memory (VmHWM) above an idle interpreter with newsparse
imported.
The bound to meet: memory bounded by `max_bytes` whatever the input claims, time linear in the
size of the file, and no outcome but pages, counted skips or `WarcFormatError` /
`DocumentTooLargeError`.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from adversarial import in_fresh_interpreter

MB = 1_000_000
_HTML = b"<html><head><title>Story</title></head><body><p>The council met.</p></body></html>"


def _record(url: str, http_headers: bytes, body: bytes, warc_extra: bytes = b"") -> bytes:
    """One plain WARC response record, written by hand."""
    block = http_headers + b"\r\n" + body
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0>\r\n"
        + b"WARC-Target-URI: "
        + url.encode()
        + b"\r\n"
        + warc_extra
        + b"Content-Type: application/http; msgtype=response\r\n"
        + b"Content-Length: %d\r\n\r\n" % len(block)
        + block
        + b"\r\n\r\n"
    )


def _zeros_gzip(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed without holding them in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(MB)
    parts = [compressor.compress(chunk) for _ in range(size // MB)]
    return b"".join([*parts, compressor.flush()])


def _ok() -> bytes:
    return _record(
        "https://example.org/ok", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", _HTML
    )


def header_bomb_warc(path: Path) -> None:
    """A WARC header line of 50 MB, then an ordinary record."""
    path.write_bytes(
        _record("https://example.org/a", b"", b"", b"X-Bomb: " + b"a" * 50 * MB + b"\r\n")
    )


def header_bomb_http(path: Path) -> None:
    """An HTTP header line of 50 MB inside a record, then an ordinary record."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Bomb: " + b"a" * 50 * MB + b"\r\n"
    path.write_bytes(_record("https://example.org/a", http, _HTML) + _ok())


def gzip_bomb_record(path: Path) -> None:
    """A record whose gzip Content-Encoding body is 300 MB of zeros (0.29 MB stored)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
    path.write_bytes(_record("https://example.org/bomb", http, _zeros_gzip(300 * MB)) + _ok())


def html_gz_bomb(path: Path) -> None:
    """A saved `.html.gz` page of 300 MB of zeros (0.29 MB stored)."""
    path.write_bytes(_zeros_gzip(300 * MB))


CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "WARC header line of 50 MB": ("bomb.warc", header_bomb_warc),
    "HTTP header line of 50 MB": ("bomb.warc", header_bomb_http),
    "gzip body of 300 MB zeros": ("bomb.warc", gzip_bomb_record),
    ".html.gz of 300 MB zeros": ("bomb.html.gz", html_gz_bomb),
}


def _peak_kib() -> int:
    """This process's peak resident memory, in KiB: VmHWM, which, unlike `ru_maxrss`, does not
    carry the peak of the parent process over `exec` (Linux only)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # pragma: no cover


def run_case(name: str, path: Path) -> dict[str, object]:
    """Read the case's file in this process, report time, peak memory and outcome."""
    import newsparse
    from newsparse.batch import read_page

    baseline = _peak_kib()
    start = time.perf_counter()
    try:
        if path.name.endswith(".warc"):
            reader = newsparse.iter_warc(path)
            pages = list(reader)
            outcome = f"{len(pages)} pages, skipped {dict(reader.skipped)}"
        else:
            outcome = f"{len(read_page(path)):,} bytes"
    except Exception as error:  # reported, not raised: this is what the table is for
        outcome = f"{type(error).__name__}: {str(error)[:90]}"
    seconds = time.perf_counter() - start
    peak = _peak_kib()
    return {
        "case": name,
        "mb": path.stat().st_size / MB,
        "seconds": seconds,
        "peak_mb": max(peak - baseline, 0) / 1024,
        "outcome": outcome,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--path", type=Path)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.path)))
        return 0
    print("| case | file MB | time s | peak MB | outcome |")
    print("|---|---|---|---|---|")
    for name, (filename, write) in CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / filename
            write(path)
            row = in_fresh_interpreter(__file__, ["--case", name, "--path", str(path)], 900)
        if isinstance(row, str):
            print(f"| {name} | | | | {row} |")
            continue
        print(
            f"| {row['case']} | {row['mb']:.2f} | {row['seconds']:.2f} | {row['peak_mb']:.0f} |"
            f" {row['outcome']} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
