"""What the block walker and the chrome judgements read alike: inline tags and line breaks."""

from __future__ import annotations

__all__ = ["INLINE", "LINE_BREAK"]

INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
        "sub", "sup", "time", "tt", "u", "var", "wbr",
    }
)  # fmt: skip
"""The tags of inline markup, read as part of the text around them."""

LINE_BREAK = "\ufdd0"
"""What stands for a `<br>` while the walker collects and normalises text (a Unicode
noncharacter, so never real text, unlike the private-use characters of icon fonts); it
becomes a newline afterwards."""
