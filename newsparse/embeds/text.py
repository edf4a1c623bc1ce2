"""Text of an embedded post: its words without markup, its "— Name (@handle) date" footer, its date.

Shared by `tweets` and `social` (Bluesky uses the same footer as Twitter), and by
`newsparse.plaintext` for embed code left as text by another extractor (`strip_markup`).
"""

from __future__ import annotations

import functools
import html
import re
from datetime import datetime

import attrs
from selectolax.lexbor import LexborNode

from newsparse.metadata.dates import MONTH_NAMES
from newsparse.text import normalize_lines

__all__ = [
    "Footer",
    "clean_residue",
    "date_in",
    "parse_date",
    "post_text",
    "split_footer",
    "strip_markup",
]

_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "section", "header", "footer", "figure", "h1", "h2", "h3"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "button", "svg", "iframe"})

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>|<!--(?:(?!<!--).)*?(?:-->|(?=<!--))", re.DOTALL)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# "— Name (@handle) May 1, 2020" at the end of the post; the dash may be &mdash;, an en dash or --.
_FOOTER = re.compile(
    r"(?:^|\s)(?:—|\u2013|―|--|-)\s*(?P<name>[^\n]{0,120}?)\s*\(\s*@(?P<handle>[\w.\-]{1,100})\s*\)"
    r"(?=(?P<rest>[^\n]{0,80}))(?P=rest)$"  # atomic: a shorter rest cannot end the line
)
# The same footer whose handle lost its "@" ("— UN Geneva (UNGeneva) November 1, 2016"): only
# with a long dash, a Twitter-shaped handle and a date after it ("— Jane Doe (Reuters)" is none).
_BARE_FOOTER = re.compile(
    r"(?:^|\s)(?:—|\u2013|―|--)\s*(?P<name>[^\n()]{1,60}?)\s*\(\s*(?P<handle>[A-Za-z0-9_]{1,15})\s*\)"
    r"(?=(?P<rest>[^\n]{4,40}))(?P=rest)$"
)
# Markup that ends a line in the rendered post: turned into a newline before tags are dropped.
_LINE_BREAK_TAGS = re.compile(r"<br\s*/?>|</?p(?:\s[^<>]{0,200})?>", re.IGNORECASE)

_MONTHS = MONTH_NAMES  # the month names of every language dates are read in
_MONTH_DAY_YEAR = re.compile(  # a month starts a word: else every letter starts a 12-letter try
    r"(?<![^\W\d_])(?P<month>[^\W\d_]{3,12})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
)
_DAY_MONTH_YEAR = re.compile(
    r"(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<year>\d{4})"
)
_CJK = re.compile(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})")


@attrs.frozen
class Footer:
    """The parts of a "— Name (@handle) date" footer; any part may be None."""

    name: str | None
    handle: str | None
    date: str | None


def post_text(node: LexborNode, skip: LexborNode | None = None) -> str:
    """The text of `node` with `<br>` and block ends as newlines, `skip`'s subtree left out."""
    parts: list[str] = []
    skip_id = skip.mem_id if skip is not None else None
    _walk(node, parts, skip_id, 0)
    return clean_residue(normalize_lines("".join(parts)))


def _walk(node: LexborNode, parts: list[str], skip_id: int | None, depth: int) -> None:
    if depth > 60:
        return
    for child in node.iter(include_text=True):
        if child.is_text_node:
            parts.append(child.text_content or "")
            continue
        tag = child.tag
        if tag == "br":
            parts.append("\n")
        elif tag in _SKIP_TAGS or not child.is_element_node or child.mem_id == skip_id:
            continue
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
            _walk(child, parts, skip_id, depth + 1)
            parts.append("\n")
        else:
            _walk(child, parts, skip_id, depth + 1)


def clean_residue(text: str) -> str:
    """Decode leftover entities and drop leftover tags (pages that escaped their markup twice)."""
    for _ in range(3):
        if "&" not in text and "<" not in text:
            break
        cleaned = _TAG.sub("", _ENTITY.sub(lambda m: html.unescape(m.group(0)), text))
        if cleaned == text:
            break
        text = cleaned
    # Whatever still looks like an entity or a tag after three rounds is not text.
    if "&" in text or "<" in text:
        text = _TAG.sub("", _ENTITY.sub("", text))
    return normalize_lines(text)


def strip_markup(text: str) -> str:
    """Text with embed markup left in it ("a</a> b<br>c</p>&mdash; N") as plain lines."""
    if "<" in text:
        text = _LINE_BREAK_TAGS.sub("\n", text)
    return clean_residue(text)


def split_footer(text: str) -> tuple[str, Footer | None]:
    """Split "post text\\n— Name (@handle) date" into the text and its footer.

    A footer whose handle lost its "@" counts only when a date follows it.
    """
    # A footer ends the text and spans at most ~310 characters (plus whitespace): searching
    # only the tail keeps a long text linear (each start tries 120 name lengths).
    tail = max(0, len(text) - 1000)
    match = _FOOTER.search(text, tail)
    if match is None:
        match = _BARE_FOOTER.search(text, tail)
        if match is None or parse_date(match.group("rest")) is None:
            return text, None
    name = match.group("name").strip() or None
    rest = match.group("rest").strip() or None
    return text[: match.start()].strip(), Footer(name, match.group("handle"), rest)


def parse_date(text: str | None) -> datetime | None:
    """A date: "November 1, 2016", "1. November 2016", "1 de mayo de 2020", "2019年2月2日"."""
    if not text:
        return None
    # A footer's date is short, and the same on many posts: remembered.
    return _short_date(text) if len(text) <= _MAX_REMEMBERED else date_in(text)


_MAX_REMEMBERED = 120  # characters of a date text whose reading is remembered


@functools.lru_cache(maxsize=1024)
def _short_date(text: str) -> datetime | None:
    return date_in(text)


def date_in(text: str) -> datetime | None:
    """The first date written in `text`, read afresh each time (`parse_date` remembers the
    dates of short texts)."""
    match = _CJK.search(text)
    if match is not None:
        return _date(match.group("year"), match.group("month"), match.group("day"))
    lowered = text.lower()
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        for match in pattern.finditer(lowered):
            month = _MONTHS.get(match.group("month"))
            if month is not None:
                return _date(match.group("year"), str(month), match.group("day"))
    return None


def _date(year: str, month: str, day: str) -> datetime | None:
    try:
        return datetime(int(year), int(month), int(day))
    except ValueError:
        return None
