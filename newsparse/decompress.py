"""Decompression up to a byte limit: gzip, deflate (zlib or raw) and brotli bodies.

`decompress(data, encoding, limit)` never produces more than `limit + 1` bytes, whatever the
input claims: a 0.3 MB gzip body of 300 MB of zeros stops at the limit and raises
`TooLargeError` (memory stays about `limit`). Brotli needs the optional `brotli` package (the one
warcio uses); without it a brotli body raises `UnsupportedEncodingError`.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import Any

__all__ = [
    "ENCODINGS",
    "BrokenStreamError",
    "DecompressionError",
    "TooLargeError",
    "UnsupportedEncodingError",
    "decompress",
]

#: HTTP Content-Encoding names `decompress()` knows (brotli only with the `brotli` package).
ENCODINGS = frozenset({"gzip", "x-gzip", "deflate", "br"})


class DecompressionError(Exception):
    """Base of the errors of `decompress()`."""


class TooLargeError(DecompressionError):
    """The decompressed data is over the limit (decompression stopped there)."""


class BrokenStreamError(DecompressionError):
    """The compressed data is corrupt, or ends before its end marker; `output` is the number of
    bytes decompressed before."""

    output = 0


class UnsupportedEncodingError(DecompressionError):
    """The encoding is unknown, or needs a package that is not installed."""


def decompress(data: bytes, encoding: str, limit: int | None) -> bytes:
    """`data` decompressed from `encoding` ("gzip", "x-gzip", "deflate" or "br").

    Raises `TooLargeError` as soon as the output would exceed `limit` bytes (None: no limit),
    `BrokenStreamError` when the data is corrupt or cut short, `UnsupportedEncodingError` for
    another encoding or a brotli body without the `brotli` package.
    """
    name = encoding.strip().lower()
    if name in ("gzip", "x-gzip"):
        return _join(_gzip_members(data, limit), limit)
    if name == "deflate":
        try:
            return _join(_zlib(data, zlib.MAX_WBITS, limit), limit)
        except BrokenStreamError as error:
            if error.output:
                raise
        # Many servers send raw deflate data, without the zlib header.
        return _join(_zlib(data, -zlib.MAX_WBITS, limit), limit)
    if name == "br":
        return _join(_brotli(data, limit), limit)
    raise UnsupportedEncodingError(f"unsupported content encoding {encoding!r}")


def _join(pieces: Iterator[bytes], limit: int | None) -> bytes:
    out: list[bytes] = []
    size = 0
    try:
        for piece in pieces:
            size += len(piece)
            if limit is not None and size > limit:
                raise TooLargeError(f"more than {limit:,} bytes decompressed")
            out.append(piece)
    except BrokenStreamError as error:
        error.output = size
        raise
    return b"".join(out)


def _gzip_members(data: bytes, limit: int | None) -> Iterator[bytes]:
    """The output of each gzip member of `data` in turn (gzip allows several, concatenated)."""
    rest = data
    while True:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        yield from _feed(decompressor, rest, limit)
        rest = decompressor.unused_data
        if not rest.strip(b"\0"):  # trailing zero padding, as gzip(1) accepts
            return


def _zlib(data: bytes, wbits: int, limit: int | None) -> Iterator[bytes]:
    yield from _feed(zlib.decompressobj(wbits), data, limit)


def _feed(decompressor: Any, data: bytes, limit: int | None) -> Iterator[bytes]:
    """The output of a zlib decompressor on `data`, at most `limit + 1` bytes per call."""
    most = 0 if limit is None else limit + 1
    pending = data
    try:
        while pending and not decompressor.eof:
            yield decompressor.decompress(pending, most)
            pending = decompressor.unconsumed_tail
    except zlib.error as error:
        raise BrokenStreamError(str(error)) from error
    if not decompressor.eof:
        raise BrokenStreamError("compressed data ends before its end marker")


def _brotli(data: bytes, limit: int | None) -> Iterator[bytes]:
    """Brotli output of `data`, at most `limit + 1` bytes per call (brotli >= 1.2 takes an
    output limit; older versions are fed `_BROTLI_PIECE` bytes of input at a time)."""
    decompressor = _brotli_decompressor()()
    try:
        if limit is not None and hasattr(decompressor, "can_accept_more_data"):
            yield decompressor.process(data, output_buffer_limit=limit + 1)
            while not decompressor.can_accept_more_data():
                piece = decompressor.process(b"", output_buffer_limit=limit + 1)
                if not piece:
                    break
                yield piece
        else:
            for start in range(0, len(data), _BROTLI_PIECE):
                yield decompressor.process(data[start : start + _BROTLI_PIECE])
        finished = decompressor.is_finished()
    except Exception as error:  # brotli.error, its one exception type, derives from Exception
        raise BrokenStreamError(f"broken brotli data: {error}") from error
    if not finished:
        raise BrokenStreamError("brotli data ends before its end marker")


# Brotli input per call for brotli < 1.2: 1 kB of input expands to a few MB at most in practice.
_BROTLI_PIECE = 1024


def _brotli_decompressor() -> Callable[[], Any]:
    try:
        import brotli
    except ImportError as error:
        raise UnsupportedEncodingError(
            "brotli content encoding needs the brotli package (pip install brotli)"
        ) from error
    return brotli.Decompressor  # type: ignore[no-any-return]
