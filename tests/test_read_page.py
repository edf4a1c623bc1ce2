"""`newsparse.batch.read_page()`: a saved page, `.gz` pages decompressed up to `max_bytes`."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from newsparse.batch import read_page
from newsparse.errors import DocumentTooLargeError
from tests.warcfiles import PEAK_KIB_CODE

HTML = b"<html><head><title>Story</title></head><body><p>The council met.</p></body></html>"


def _zeros_gzip(path: Path, megabytes: int) -> Path:
    """A hand-made `.html.gz` bomb: `megabytes` MB of zeros, gzipped."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1_000_000)
    path.write_bytes(
        b"".join([*(compressor.compress(chunk) for _ in range(megabytes)), compressor.flush()])
    )
    return path


@pytest.mark.parametrize("name", ["page.html", "page.html.gz", "PAGE.HTM.GZ"])
def test_reads_a_page_up_to_the_limit(tmp_path: Path, name: str) -> None:
    """A page of exactly `max_bytes` is read; one byte more raises DocumentTooLargeError."""
    path = tmp_path / name
    path.write_bytes(gzip.compress(HTML) if name.lower().endswith(".gz") else HTML)
    assert read_page(path) == HTML
    assert read_page(path, max_bytes=len(HTML)) == HTML
    assert read_page(path, max_bytes=None) == HTML
    with pytest.raises(DocumentTooLargeError) as raised:
        read_page(path, max_bytes=len(HTML) - 1)
    assert raised.value.limit == len(HTML) - 1
    assert raised.value.size > raised.value.limit


def test_a_gz_page_over_the_default_limit_raises(tmp_path: Path) -> None:
    """The default limit is parse()'s, 20,000,000 bytes: a 25 MB `.html.gz` raises."""
    with pytest.raises(DocumentTooLargeError):
        read_page(_zeros_gzip(tmp_path / "bomb.html.gz", 25))


def test_a_gz_bomb_is_read_in_bounded_memory(tmp_path: Path) -> None:
    """A 0.3 MB `.html.gz` of 300 MB of zeros raises without being decompressed past the
    limit: the reading process's peak memory stays far below 300 MB."""
    path = _zeros_gzip(tmp_path / "bomb.html.gz", 300)
    code = PEAK_KIB_CODE + (
        "import json, sys\n"
        "from newsparse.batch import read_page\n"
        "before = peak_kib()\n"
        "try:\n"
        "    read_page(sys.argv[1])\n"
        "    outcome = 'read'\n"
        "except Exception as error:\n"
        "    outcome = type(error).__name__\n"
        "used = peak_kib() - before\n"
        "print(json.dumps([outcome, used // 1024]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    outcome, peak_mb = json.loads(done.stdout)
    assert outcome == "DocumentTooLargeError"
    assert peak_mb < 100  # the limit is 20 MB; all of it would be 300 MB


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-20],
        lambda data: data[:20] + bytes(30) + data[50:],
        lambda data: b"x" + data,
    ],
    ids=["cut", "corrupt", "not-gzip"],
)
def test_a_broken_gz_page_raises_os_error(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    """A `.gz` page cut short or corrupt raises `OSError` (`gzip.BadGzipFile`),
    as an unreadable file does: gzip alone raises `EOFError` or `zlib.error` for some."""
    path = tmp_path / "page.html.gz"
    path.write_bytes(damage(gzip.compress(random.Random(1).randbytes(5000))))
    with pytest.raises(OSError, match="broken gzip file"):
        read_page(path)
