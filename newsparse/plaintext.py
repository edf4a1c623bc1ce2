"""`newsparse.parse_text()`: repair plain text that another extractor produced from a news page.

The same passes as the HTML path, on lines instead of nodes, with the same rules:

1. blocks: the text is split into paragraphs at blank lines; a text with no blank line at all
   (one paragraph per line, as trafilatura's `extract()` returns it) at every line break that
   is not a wrap (below); whitespace is normalised as in the HTML path (`&nbsp;` and
   zero-width characters folded, runs of spaces collapsed);
2. title: the first line that is not chrome, unless it reads as prose (it ends with a full stop
   or holds the end of a sentence): then the text has no title line and no title; the same
   line later (the seed repeats it) is dropped;
3. byline: a "By …" line before the first prose line gives the authors (`clean_byline`, so an
   agency after "with" is dropped, not glued to the name);
4. embeds: a line (or a run of lines ending in it) holding a tweet's "— Name (@handle) date"
   footer, or a status URL left alone, becomes a `Tweet` (`tweet_from_text`) in `embeds` and in
   `body` at its place; a footer with nothing before it in its paragraph takes the paragraph
   before it, and the link/hashtag-only paragraphs before that;
5. related: a line that is a related heading (`RELATED_HEADING`, "You might also like") starts a
   list; the short lines after it are `RelatedLink(title, url)` values (url only when the line
   holds one) until a prose paragraph or the end; "READ MORE: <title>" lines are one item;
6. chrome: lines that are only share/comment/advert labels (`is_boilerplate`) are dropped, unless
   they are a fragment of a sentence wrapped over several lines ("… on\\nTwitter\\nissued …");
7. prose: the rest, leftover tags and entities removed, as `Paragraph` blocks.

Inside a paragraph a line break is kept as it is, unless it is plainly a wrap (the next line
starts in lower case or with closing punctuation, or the line ends with a comma, a hyphen or an
opening bracket): then the two lines are joined with a space. Extractors often break lines at
inline links ("In a\\nreport\\npublished …"), and joining only then never merges two sentences.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Callable, Iterator
from typing import TypeVar

from newsparse.content.boilerplate import is_boilerplate, is_byline
from newsparse.content.cut import max_read
from newsparse.decoding import scrub, utf8
from newsparse.embeds.text import parse_date, split_footer, strip_markup
from newsparse.embeds.tweets import STATUS_URL, is_tweet_residue, tweet_from_text
from newsparse.errors import DocumentRewrittenWarning, EmptyDocumentError
from newsparse.guard import MAX_BYTES, check_size
from newsparse.metadata.byline import clean_byline
from newsparse.model import Article, Block, EmbeddedPost, Paragraph, RelatedLink, Tweet
from newsparse.related.phrases import MAX_HEADING, PROMO_LABEL, PROMO_SEPARATOR, RELATED_HEADING
from newsparse.text import fold, normalize_space
from newsparse.urls import absolute_url

__all__ = ["is_wrap", "parse_text"]

T = TypeVar("T")

_MAX_TITLE = 200  # characters of a related item; a longer line is prose
_MAX_POST = 600  # characters of a tweet's text taken before its footer
_PROSE_WORDS = 10  # a line this long (in words) ends the header of the text
_MAX_REMEMBERED = 240  # characters of a line whose chrome test is remembered
_MARKUP = re.compile(
    r"</?[A-Za-z][^<>]{0,500}>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]\w{1,31});"
)
# Whitespace that `normalize_space` would change in a line: a run, any but a space, a space at
# either end of a line.
_ODD_SPACE = re.compile(r"[^\S\n]{2}|[^\S \n]|^ | $", re.MULTILINE)
_ENDS_IN_TAG = re.compile(r"</[A-Za-z]+>\s*$")
_URL = re.compile(r"https?://[^\s<>\"']+")
_PIC = re.compile(r"(?<![\w.])pic\.(?:twitter|x)\.com/\w+", re.IGNORECASE)
# A word that only links, tags or mentions (what a tweet leaves around its text).
_RESIDUE_WORD = re.compile(
    r"(?:https?://\S+|(?:pic\.(?:twitter|x)\.com|t\.co)/\S+|[#@]\w+|[^\w\s]{1,3})", re.IGNORECASE
)
_SENTENCE_INSIDE = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s+\S")
# A full stop ending a line (not an ellipsis), and one ending a sentence inside a line: after a
# word of four lowercase letters or more (not "Dr.", "U.S."), before a capital.
_FULL_STOP = re.compile(r"(?:(?<![.\u2026])\.|\u3002)[\"'\u201d\u2019\u00bb)\]]*$")
_STOP_INSIDE = re.compile(r"[^\W\d_A-Z]{4}\.[\"'\u201d\u2019\u00bb)\]]*\s+[^\W\d_a-z]|\u3002\S")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")
_WRAP_END = re.compile(r"[,(\[\u201e\u201c\u2018\u00ab\-\u2013\u2014/]$|\b(?:a|an|the|of|to|in)$")
_WRAP_START = re.compile(r"^[a-z\u00df-\u00ff,.;:!?)\]\u201d\u2019\u00bb]")


def parse_text(
    text: str | bytes, url: str | None = None, *, max_bytes: int | None = MAX_BYTES
) -> Article:
    """Turn plain text from another extractor into an `Article` (`parser` is "text").

    `text` is the extracted page as lines: title, byline, share labels, paragraphs, embed
    leftovers, a "You might also like" list... as str, or as bytes (decoded as `parse()` decodes
    a page: byte-order mark, else UTF-8, else windows-1252). `url` is where it came from (kept as
    `article.url`, used to resolve links). `max_bytes` bounds the size of the text (bytes for
    `bytes`, characters for `str`; default 20,000,000, None for no limit); the work done is
    linear in that size. The first `newsparse.content.cut.max_read(size)` lines are read; the
    lines after them are kept as paragraphs as they are, with a
    `newsparse.errors.DocumentRewrittenWarning`.

    Raises `TypeError` for a `text` that is not str or bytes, a `url` that is not str or None, or
    a `max_bytes` that is not an int or None; `newsparse.errors.EmptyDocumentError` for empty or
    whitespace-only text and `newsparse.errors.DocumentTooLargeError` above `max_bytes`. Any
    other text gives a best-effort `Article`.
    """
    page: str | bytes
    if isinstance(text, (bytes, bytearray, memoryview)):
        page = bytes(text)
    elif isinstance(text, str):
        page = text
    else:
        raise TypeError(f"parse_text() takes the text as str or bytes, not {type(text).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"parse_text() takes the url as str or None, not {type(url).__name__}")
    if max_bytes is not None and (not isinstance(max_bytes, int) or isinstance(max_bytes, bool)):
        raise TypeError(
            f"parse_text() takes max_bytes as int or None, not {type(max_bytes).__name__}"
        )
    check_size(len(page), max_bytes)
    decoded, data = utf8(page)
    if not decoded.strip():
        raise EmptyDocumentError(size=len(decoded))
    # No control characters or lone surrogates, as in `parse()`.
    text = scrub(data).decode("utf-8")
    blocks, rest = _read_part(_blocks(text), max_read(len(data)))
    tests = _Tests()
    title = _title(blocks, tests)
    if title is not None:
        blocks = _without(blocks, title)
    authors, blocks = _authors(blocks, tests)
    reader = _Reader(url, tests)
    reader.read(_lift_tweets(blocks, url))
    return Article(
        url=url,
        title=title,
        authors=authors,
        body=(*reader.body, *_as_they_are(rest)),
        embeds=tuple(reader.embeds),
        related=tuple(reader.related.values()),
        parser="text",
    )


def _blocks(text: str) -> list[list[str]]:
    """The paragraphs of `text` (split at blank lines), each a list of normalised lines; in a
    text without blank lines, each line is a paragraph but for the lines it wraps into."""
    blocks: list[list[str]] = []
    current: list[str] = []
    # A line that repeats is held once: many copies of a short line cost a pointer each.
    held: dict[str, str] = {}
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # ASCII text (so no zero-width character) whose spaces are single and inside lines is
    # normalised already: one scan for the rest instead of a call per line.
    normal = text.isascii() and _ODD_SPACE.search(text) is None
    for raw in text.split("\n"):
        line = raw if normal else normalize_space(raw)
        if line:
            current.append(held.setdefault(line, line))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if len(blocks) == 1:
        return _line_paragraphs(blocks[0])
    return blocks


def _read_part(blocks: list[list[str]], limit: int) -> tuple[list[list[str]], list[list[str]]]:
    """`blocks` as those of their first `limit` lines, which the passes read, and the rest,
    kept as they are (with a `DocumentRewrittenWarning` when there is a rest)."""
    lines = 0
    for index, block in enumerate(blocks):
        if lines + len(block) > limit:
            found = lines + sum(map(len, blocks[index:]))
            warnings.warn(
                DocumentRewrittenWarning(limit="lines", maximum=limit, found=found), stacklevel=3
            )
            taken = limit - lines  # of the block that passes the limit
            head = [*blocks[:index], block[:taken]] if taken else blocks[:index]
            return head, [block[taken:], *blocks[index + 1 :]]
        lines += len(block)
    return blocks, []


def _line_paragraphs(lines: list[str]) -> list[list[str]]:
    """`lines` as paragraphs of one line each, a line joined to the one it wraps into."""
    paragraphs = [lines[:1]] if lines else []
    for line, wraps in _breaks(lines):
        if wraps:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _without(blocks: list[list[str]], title: str) -> list[list[str]]:
    """`blocks` without the lines that repeat the title line (compared as `fold` compares: a
    normalised line's casefolded copy is its folded form), and without the blocks left empty;
    a block that does not hold the title stays the same list."""
    folded = title.casefold()
    kept: list[list[str]] = []
    for block in blocks:
        if len(block) == 1:  # most blocks: no copy
            if block[0].casefold() != folded:
                kept.append(block)
            continue
        rest = [line for line in block if line.casefold() != folded]
        if rest:
            kept.append(rest)
    return kept


def _title(blocks: list[list[str]], tests: _Tests) -> str | None:
    """The first line that is not chrome, markup or a related heading, unless it is prose."""
    for block in blocks:
        for line in block:
            if tests.chrome(line) or RELATED_HEADING.match(line) or _MARKUP.search(line):
                continue
            if len(line) > _MAX_TITLE or _reads_as_prose(line):
                return None  # the text opens with its body: it has no title line
            return line
    return None


def _reads_as_prose(line: str) -> bool:
    """Whether `line` is a sentence of prose rather than a headline: it ends with a full stop
    (not an ellipsis) or holds the end of a sentence before more text."""
    return bool(_FULL_STOP.search(line) or _STOP_INSIDE.search(line))


def _authors(blocks: list[list[str]], tests: _Tests) -> tuple[tuple[str, ...], list[list[str]]]:
    """The names of the first byline before the first prose line, and the blocks without it."""
    for index, block in enumerate(blocks):
        if len(block) > 1:
            joined = " ".join(block)
            if is_byline(joined):
                names = clean_byline(joined)
                if names:
                    return tuple(names), blocks[:index] + blocks[index + 1 :]
        for position, line in enumerate(block):
            if " " not in line:
                continue  # one word: neither a prose line nor a byline
            # A normalised line has one space between two words.
            if line.count(" ") >= _PROSE_WORDS - 1 and not tests.chrome(line):
                return (), blocks
            if tests.byline(line):
                names = clean_byline(line)
                if names:
                    rest = block[:position] + block[position + 1 :]
                    return tuple(names), [
                        *blocks[:index],
                        *([rest] if rest else []),
                        *blocks[index + 1 :],
                    ]
    return (), blocks


def _lift_tweets(blocks: list[list[str]], url: str | None) -> list[list[str] | Tweet]:
    """The blocks with every tweet left as text replaced by a `Tweet` at its place."""
    out: list[list[str] | Tweet] = []
    for block in blocks:
        # No footer ("(") and no status URL ("//"): no tweet, the block stays as it is.
        if len(block) == 1:
            if "(" not in block[0] and "//" not in block[0]:
                out.append(block)
                continue
        elif not any("(" in line or "//" in line for line in block):
            out.append(block)
            continue
        lines = list(block)
        start = 0
        index = 0
        while index < len(lines):
            line = lines[index]
            footer_line, before = _footer(
                line, lines[index + 1] if index + 1 < len(lines) else None
            )
            if footer_line is None and not _lone_status(line):
                index += 1
                continue
            used = index + 1
            if footer_line is not None and footer_line != line:
                used += 1  # the date on the next line
            # The lines before the footer that fit in a post; earlier ones stay prose.
            first = _post_start(lines, start, index)
            span = [*lines[first:index], footer_line or line]
            head = lines[start:first]
            if head:
                out.append(head)
            if footer_line is not None and not (
                bool(before) if before is not None and len(span) == 1 else _text_before(span)
            ):
                span = _take_back(out) + span
            elif not head and span[0].startswith("<"):
                span = _earlier_paragraphs(out) + span
            tweet = tweet_from_text("\n".join(span), url)
            if tweet is not None:
                out.append(tweet)
            start = index = used
        if start < len(lines):
            out.append(lines[start:])
    return out


def _post_start(lines: list[str], start: int, end: int) -> int:
    """The first of `lines[start:end]` from which the lines up to `end` hold at most
    `_MAX_POST` characters (`end` when even the last one is longer)."""
    size = 0
    first = end
    while first > start and size + len(lines[first - 1]) <= _MAX_POST:
        first -= 1
        size += len(lines[first])
    return first


def _footer(line: str, following: str | None) -> tuple[str | None, str | None]:
    """The footer line of a tweet (with the date from `following` appended if it has none),
    and the text before the footer when that is what `_text_before` would find (None when
    the line holds markup or took the date)."""
    if "(" not in line:
        return None, None
    plain = "<" not in line and "&" not in line  # then strip_markup(line) is the line
    cleaned = strip_markup(line) if not plain and _MARKUP.search(line) else line
    before, footer = split_footer(cleaned)
    if footer is None or footer.handle is None:
        return None, None
    if (
        following is not None
        and len(following) < 40
        and parse_date(footer.date) is None
        and parse_date(following) is not None
    ):
        return line + " " + following, None
    return line, before.strip() if plain else None


def _lone_status(line: str) -> bool:
    """A line that is nothing but a tweet's status URL (an embed whose script never ran)."""
    match = STATUS_URL.search(line) if "//" in line else None  # a URL has one
    return match is not None and len(line) - (match.end() - match.start()) < 60


def _text_before(span: list[str]) -> bool:
    """Whether the lines of a tweet hold some text besides its footer."""
    text, _ = split_footer(strip_markup("\n".join(span)))
    return bool(text.strip())


def _take_back(out: list[list[str] | Tweet]) -> list[str]:
    """The paragraph before a lone footer, with the link/hashtag paragraphs between them, as
    many as a post holds."""
    taken: list[list[str]] = []
    size = 0
    while out and isinstance(out[-1], list):
        block = out[-1]
        size += sum(map(len, block))
        if size > _MAX_POST:
            break
        out.pop()
        taken.append(block)
        if not _only_residue(block):
            break
    return [line for block in reversed(taken) for line in block]


def _earlier_paragraphs(out: list[list[str] | Tweet]) -> list[str]:
    """The paragraphs of a tweet's markup before the one with its footer: the blocks just
    before it that end in a closing tag ("…</p>"), short as a post is."""
    taken: list[str] = []
    while out and isinstance(out[-1], list):
        block = out[-1]
        if sum(map(len, block)) + sum(map(len, taken)) > _MAX_POST or not _ENDS_IN_TAG.search(
            block[-1]
        ):
            break
        out.pop()
        taken = block + taken
    return taken


def _only_residue(block: list[str]) -> bool:
    """Whether every word of `block` is a link, a hashtag, a mention or punctuation."""
    return all(_RESIDUE_WORD.fullmatch(word) for line in block for word in line.split())


class _Reader:
    """Sorts the blocks into body, embeds and related links, in one pass."""

    def __init__(self, url: str | None, tests: _Tests) -> None:
        self.url = url
        self.tests = tests
        self.body: list[Block] = []
        self.embeds: list[EmbeddedPost] = []
        self.related: dict[str, RelatedLink] = {}
        self._listing = False  # inside the list after a related heading

    def read(self, blocks: list[list[str] | Tweet]) -> None:
        """Read every block in order."""
        for block in blocks:
            if isinstance(block, Tweet):
                self.embeds.append(block)
                self.body.append(block)
            elif self._listing and not _is_prose(block):
                self._items(block)
            else:
                self._listing = False
                if len(block) == 1:
                    self._one_line(block[0])
                else:
                    self._prose(block)

    def _items(self, block: list[str]) -> None:
        """Lines of a related list: titles, chrome or another related heading."""
        for line in block:
            if self.tests.heading(line) or self.tests.chrome(line):
                continue
            self._add_related(line)

    def _prose(self, block: list[str]) -> None:
        """The lines of a paragraph of more than one line: prose, chrome, a related heading."""
        lines: list[str] = []
        last = len(block) - 1
        # Each line's wrap marks are read once (`_marks`), a break's from its two lines.
        starts, ends = _marks(block)
        kept = -1  # the index of the last line kept
        clear = None  # the last line whose own chrome test failed
        heading, chrome = self.tests.heading, self.tests.chrome
        for index, line in enumerate(block):
            if heading(line):
                self._flush(lines, clear)
                if index < last:
                    self._items(block[index + 1 :])
                self._listing = True  # the list follows, here or in the next paragraphs
                return
            if not (
                (kept >= 0 and (ends[kept] or starts[index]))  # the kept line wraps into it
                or (index < last and (ends[index] or starts[index + 1]))  # it wraps
            ):
                if chrome(line):
                    continue
                clear = line
            if index < last and chrome(line + " " + block[index + 1]):
                continue  # "Published on" over its date: the date line goes next
            lines.append(line)
            kept = index
        self._flush(lines, clear)

    def _one_line(self, line: str) -> None:
        """`_prose` of a paragraph of one line: it may also be an inline promo ("READ MORE:
        <title>"), which is always a paragraph of its own."""
        if self.tests.heading(line):
            self._listing = True  # the list follows in the next paragraphs
            return
        promo = self.tests.promo(line)
        if promo is not None:
            self._add_related(promo)
        elif not self.tests.chrome(line):
            self._add(_clean(line), line)

    def _flush(self, lines: list[str], clear: str | None = None) -> None:
        """Add the prose `lines` as a paragraph, leftover markup and chrome removed (`clear`:
        a line known not to be chrome, which a paragraph of that one line need not test
        again)."""
        if len(lines) == 1:  # most paragraphs
            text = _clean(lines[0])
        else:
            text = _joined([line for line in map(_clean, lines) if line])
        self._add(text, clear)

    def _add(self, text: str, clear: str | None) -> None:
        """Add the prose `text` as a paragraph, unless it is empty, the paragraph before it
        again, or chrome (`clear`: a line known not to be chrome, which `text` need not be
        tested again if it is that line)."""
        last = self.body[-1] if self.body else None
        repeated = type(last) is Paragraph and last.text == text  # as `==` on blocks compares
        judged = text is clear  # one line kept as it was, tested already
        if text and not repeated and (judged or not self.tests.chrome(text)):
            self.body.append(Paragraph(text))

    def _add_related(self, line: str) -> None:
        found = _URL.search(line)
        target = absolute_url(found.group(0), None) if found else None
        title = (
            normalize_space(_URL.sub(" ", line)).strip(" -\u2013\u2014|:>\u00bb\u203a")
            if found
            else line
        )
        title = _clean(title)
        short = len(title.split()) < 3 and len(title) < 20
        if len(title) < 3 or (short and target is None) or len(title) > _MAX_TITLE:
            return  # one or two words: a tag or a section, not a story
        if (
            target is not None
            and self.url is not None
            and target.rstrip("/") == self.url.rstrip("/")
        ):
            return
        key = target or fold(title)
        self.related.setdefault(key, RelatedLink(title=title, url=target))


class _Tests:
    """The per-line tests of one text, each made once per distinct line of up to
    `_MAX_REMEMBERED` characters: chrome repeats, line after line. Each test remembers at most
    `_MAX_KNOWN` lines, so memory stays bounded; a line beyond them is tested each time it
    comes, as a line that never repeats is anyway. `chrome(line)` is `is_boilerplate(line)`,
    `byline(line)` `is_byline(line)`, `heading(line)` whether the line is a related heading
    ("You might also like"), `promo(line)` the title of an inline promo line ("READ MORE:
    Putin appoints …") or None."""

    __slots__ = ("byline", "chrome", "heading", "promo")

    def __init__(self) -> None:
        self.chrome: Callable[[str], bool] = _remembered(is_boilerplate)
        self.byline: Callable[[str], bool] = _remembered(_byline)
        self.heading: Callable[[str], bool] = _remembered(_related_heading)
        self.promo: Callable[[str], str | None] = _remembered(_read_promo)


_MAX_KNOWN = 16_384  # lines whose result a test remembers, per text


def _remembered(test: Callable[[str], T]) -> Callable[[str], T]:
    """`test`, its result remembered for a line of up to `_MAX_REMEMBERED` characters, for
    `_MAX_KNOWN` lines at most."""
    known: dict[str, T] = {}

    def remembered(line: str) -> T:
        if line in known:
            return known[line]
        result = test(line)
        if len(known) < _MAX_KNOWN and len(line) <= _MAX_REMEMBERED:
            known[line] = result
        return result

    return remembered


def _byline(line: str) -> bool:
    # A normalised line without a space has no name after a label.
    return " " in line and is_byline(line)


def _related_heading(line: str) -> bool:
    return len(line) <= MAX_HEADING and RELATED_HEADING.match(line) is not None


def _read_promo(line: str) -> str | None:
    if PROMO_SEPARATOR.search(line) is None:
        return None  # every promo label ends with a separator
    match = PROMO_LABEL.match(line)
    if match is None or not RELATED_HEADING.match(line[: match.end()]):
        return None
    rest = line[match.end() :].strip()
    # A headline: short, one sentence at most ("Wie sicher sind die Radwege?").
    return rest if rest and len(rest) <= _MAX_TITLE and not _SENTENCE_INSIDE.search(rest) else None


def _is_prose(block: list[str]) -> bool:
    """Whether a paragraph reads as prose rather than as a list of headlines."""
    if any(is_wrap(line, following) for line, following in itertools.pairwise(block)):
        block = [" ".join(block)]  # one sentence broken at its links
    for line in block:
        if len(line) > _MAX_TITLE:
            return True
        if _SENTENCE_END.search(line) and len(line.split()) >= 8:
            return True
    return False


def _marks(lines: list[str]) -> tuple[bytes, bytes]:
    """For each of `lines` (a byte each), whether a break before it is a wrap (it starts in
    lower case or with closing punctuation) and whether a break after it is (it ends with a
    comma, a hyphen, an opening bracket...): `is_wrap(a, b)` is `ends[a] or starts[b]`, each
    line read once."""
    return (
        bytes(map(bool, map(_WRAP_START.match, lines))),
        bytes(map(bool, map(_WRAP_END.search, lines))),
    )


def _breaks(lines: list[str]) -> Iterator[tuple[str, bool]]:
    """Each of `lines` but the first, and whether the break before it is a wrap (`is_wrap`),
    each line read once and lazily (no list of marks as long as the lines)."""
    following = itertools.islice(lines, 1, None)
    starts = map(_WRAP_START.match, itertools.islice(lines, 1, None))
    ends = map(_WRAP_END.search, lines)
    for line, start, end in zip(following, starts, ends, strict=False):
        yield line, bool(start or end)


def _as_they_are(blocks: list[list[str]]) -> Iterator[Paragraph]:
    """`blocks` as paragraphs, lines joined (`_joined`) and nothing else done."""
    for block in blocks:
        yield Paragraph(block[0] if len(block) == 1 else _joined(block))


def _joined(lines: list[str]) -> str:
    """The normalised `lines` as one text: joined by a space where the break is a wrap, else
    by a line break (a normalised text already)."""
    joined = lines[:1]
    for line, wraps in _breaks(lines):
        joined += (" " if wraps else "\n", line)
    return "".join(joined)


def is_wrap(line: str, following: str) -> bool:
    """Whether the break between `line` and `following` is a wrap inside a sentence:
    `is_wrap("In a", "report published")` is True, `is_wrap("It rained.", "Then")` False."""
    return bool(_WRAP_START.match(following) or _WRAP_END.search(line))


def _clean(line: str) -> str:
    """A prose line without leftover tags, entities and tweet picture links."""
    if ("<" in line or "&" in line) and _MARKUP.search(line):
        line = normalize_space(strip_markup(line))
    if "." in line and is_tweet_residue(line):  # each of its forms holds a dot
        line = normalize_space(_PIC.sub("", line))
    return line
