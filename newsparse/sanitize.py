"""What a string and a URL that newsparse returns may hold: the one definition of each.

`clean_text` and `clean_url` are applied by the model (`newsparse.model`) to every field of
every `Article`, block, embed and related link, however it was built, and `clean_url` by
`newsparse.urls.absolute_url` to every URL a page links to.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

__all__ = ["URL_ESCAPES", "clean_text", "clean_url"]

# Control characters (C0 but the line feed, DEL, C1) and UTF-16 surrogates, which no text
# newsparse returns holds.
_UNCLEAN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Line breaks become `\n`; the other whitespace controls a space, so words stay apart; the rest
# of the controls go.
_BREAKS = re.compile("\r\n?")
_CONTROLS = str.maketrans(
    {
        **dict.fromkeys([*range(32), *range(127, 160)]),
        0x0A: "\n",
        **dict.fromkeys([0x09, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x1F, 0x85], " "),
    }
)
_SURROGATE = re.compile("[\ud800-\udfff]")

_SCHEMES = frozenset({"http", "https"})
# An http(s) URL with a host (an ASCII name, or an IPv4 address), an optional port, and a rest
# that needs no escaping: kept as it is. Anything else takes the slow path of `clean_url`.
_HOST = r"[A-Za-z0-9\-._~%!$&'()*+,;=]+"
_PLAIN = re.compile(
    rf"(?i:https?)://{_HOST}(?::[0-9]*)?(?:[/?#][^\s\"<>`\\\x00-\x1f\x7f-\x9f\ud800-\udfff]*)?"
)
# Leading and trailing C0 controls and spaces (which browsers strip), tabs and newlines
# inside (which browsers drop), and what is percent-encoded: other whitespace and controls,
# quotes, angle brackets and backticks.
_EDGES = "".join(map(chr, range(0x21)))
_DROPPED = re.compile("[\t\n\r]+")
URL_ESCAPES = {
    c: quote(chr(c))
    for c in (*range(0x21), *range(0x7F, 0xA1), *b'"<>`', *range(0xA1, 0x3001))
    if c <= 0xA0 or chr(c).isspace()
}
"""The characters a URL holds percent-encoded, each with its escape, for `str.translate` (one
pass in C, however many there are): controls, `"<>` and backtick, and white space
(`str.isspace`; none past U+3000)."""


def clean_text(text: str) -> str:
    """`text` without control characters: `\\r\\n` and `\\r` become `\\n`, tab, vertical tab,
    form feed, the separators U+001C-U+001F and U+0085 a space, every other C0 and C1 control
    and DEL is dropped; a surrogate pair becomes its character and a lone surrogate U+FFFD.

    Raises `TypeError` for anything but a `str`. Idempotent; text holding none of these
    characters is returned as it is.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    if _UNCLEAN.search(text) is None:
        return text
    if _SURROGATE.search(text) is not None:
        text = _whole(text)
    return _BREAKS.sub("\n", text).translate(_CONTROLS)


def clean_url(url: str) -> str | None:
    """`url` as an absolute http(s) URL with a host, else None.

    As browsers do, leading and trailing spaces and C0 controls are stripped and tabs and
    newlines inside dropped; other whitespace and controls, quotes, `<`, `>` and backticks are
    percent-encoded (a lone surrogate as U+FFFD). Raises `TypeError` for anything but a `str`.
    Idempotent; a URL that needs none of this is returned as it is.
    """
    if not isinstance(url, str):
        raise TypeError(f"expected a URL as str, not {type(url).__name__}")
    if _PLAIN.fullmatch(url):
        return url
    url = _DROPPED.sub("", url.strip(_EDGES))
    if _SURROGATE.search(url) is not None:
        url = _whole(url)
    url = url.translate(URL_ESCAPES)
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # "http://[::1": an IPv6 host left open
        return None
    if parts.scheme.lower() not in _SCHEMES or not host:
        return None
    return url


def _whole(text: str) -> str:
    """`text` with surrogate pairs joined into their character and lone ones as U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
