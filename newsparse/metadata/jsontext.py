"""Decode JSON found in a page (JSON-LD, JSON in meta tags): every failure is a ValueError."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["decode_json", "decode_json_at"]

_DECODER = json.JSONDecoder(strict=False)


def decode_json(text: str) -> Any:
    """The JSON value of `text` (control characters allowed inside strings).

    Raises `ValueError` when `text` is no JSON, and also when it nests deeper than the
    interpreter's recursion limit allows to decode (which `json` reports as RecursionError).
    """
    try:
        return _DECODER.decode(text)
    except RecursionError as error:
        raise ValueError("JSON nested too deep to decode") from error


def decode_json_at(text: str, start: int) -> tuple[Any, int]:
    """The JSON value that starts at `text[start]` and the index after it; see `decode_json`."""
    try:
        return _DECODER.raw_decode(text, start)
    except RecursionError as error:
        raise ValueError("JSON nested too deep to decode") from error
