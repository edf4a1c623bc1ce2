"""`newsparse.decompress`: gzip, deflate and brotli bodies decompressed up to a byte limit."""

from __future__ import annotations

import gzip
import random
import sys
import zlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import decompress as module
from newsparse.decompress import (
    BrokenStreamError,
    TooLargeError,
    UnsupportedEncodingError,
    decompress,
)


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@given(data=st.binary(max_size=5000), limit=st.integers(0, 6000))
def test_gives_the_data_up_to_the_limit(data: bytes, limit: int) -> None:
    """Each encoding gives the data back when it fits the limit, else raises TooLargeError."""
    for encoded, encoding in [
        (gzip.compress(data), "gzip"),
        (gzip.compress(data), "x-gzip"),
        (zlib.compress(data), "deflate"),
        (_raw_deflate(data), "Deflate"),
    ]:
        if len(data) <= limit:
            assert decompress(encoded, encoding, limit) == data
        else:
            with pytest.raises(TooLargeError):
                decompress(encoded, encoding, limit)
        assert decompress(encoded, encoding, None) == data


def test_reads_every_gzip_member() -> None:
    assert decompress(gzip.compress(b"one ") + gzip.compress(b"two"), "gzip", 100) == b"one two"


_DECOMPRESSOBJ = zlib.decompressobj


class _CountingDecompressor:
    """A zlib decompressor that records how much output each call may give and gives."""

    def __init__(self, wbits: int, calls: list[tuple[int, int]]) -> None:
        self._inner = _DECOMPRESSOBJ(wbits)
        self._calls = calls

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inner.decompress(data, max_length)
        self._calls.append((max_length, len(out)))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_a_bomb_is_never_decompressed_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """100 MB of zeros, gzipped (0.1 MB): every call to zlib is capped at the limit, and
    decompression stops after at most two such calls."""
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(
        module.zlib, "decompressobj", lambda wbits: _CountingDecompressor(wbits, calls)
    )
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = b"".join(
        [*(compressor.compress(bytes(1_000_000)) for _ in range(100)), compressor.flush()]
    )
    with pytest.raises(TooLargeError):
        decompress(bomb, "gzip", 1_000_000)
    assert calls
    assert all(max_length == 1_000_001 for max_length, _ in calls)
    assert sum(size for _, size in calls) <= 2 * 1_000_001


_NOISE = random.Random(1).randbytes(10_000)  # incompressible: output comes as input is read


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (gzip.compress(_NOISE)[:-12], "gzip"),  # cut short
        (gzip.compress(_NOISE)[:5000] + bytes(20), "gzip"),  # corrupt
        (b"<html>not compressed</html>", "gzip"),
        (zlib.compress(_NOISE)[:-10], "deflate"),
        (_raw_deflate(_NOISE)[:-10], "deflate"),
    ],
    ids=["cut", "corrupt", "not-gzip", "cut-deflate", "cut-raw-deflate"],
)
def test_broken_data_raises_broken_stream_error(data: bytes, encoding: str) -> None:
    """Data cut short or corrupt raises; `output` says how much came out before."""
    with pytest.raises(BrokenStreamError) as raised:
        decompress(data, encoding, None)
    assert (raised.value.output == 0) == data.startswith(b"<html>")


def test_brotli_needs_the_brotli_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "brotli", None)
    with pytest.raises(UnsupportedEncodingError, match="brotli"):
        decompress(b"\x1b\x4f\x00\xf8", "br", 100)


@pytest.mark.parametrize("encoding", ["zstd", "compress", "identity", ""])
def test_another_encoding_is_unsupported(encoding: str) -> None:
    with pytest.raises(UnsupportedEncodingError):
        decompress(b"data", encoding, 100)


def test_brotli_with_the_brotli_package_is_bounded_too() -> None:
    """With the optional brotli package (not a dependency: skipped without it)."""
    brotli = pytest.importorskip("brotli")
    assert decompress(brotli.compress(_NOISE), "br", 10_000) == _NOISE
    with pytest.raises(TooLargeError):
        decompress(brotli.compress(_NOISE), "br", 9_999)
    with pytest.raises(BrokenStreamError):
        decompress(brotli.compress(_NOISE)[:-5], "br", None)
    with pytest.raises(TooLargeError):
        decompress(brotli.compress(bytes(50_000_000), quality=1), "br", 1_000_000)
