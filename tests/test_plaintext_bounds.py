"""`parse_text` does work linear in its input: counted through seams, never timed.

Every input here is hand-made (built in the test), in the shapes of issue 17's adversarial text:
long runs of lines before a tweet footer, paragraphs of many wrapped lines...
"""

from __future__ import annotations

import itertools
import re
import string
import warnings
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Tweet, parse_text, plaintext
from newsparse.content.boilerplate import is_boilerplate, is_byline
from newsparse.content.cut import max_read
from newsparse.embeds import text as embeds_text
from newsparse.embeds import tweets
from newsparse.errors import DocumentRewrittenWarning, DocumentTooLargeError, EmptyDocumentError
from newsparse.guard import MAX_BYTES
from newsparse.related.phrases import PROMO_LABEL
from tests.checks import record_calls, record_calls_everywhere, replace_everywhere


def _len_calls(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """The number of `len()` calls `newsparse.plaintext` makes on `text`: a measure of how
    many lines (or characters of lines) its passes look at."""
    calls = 0

    def counting(value: Any) -> int:
        nonlocal calls
        calls += 1
        return len(value)

    monkeypatch.setattr(plaintext, "len", counting, raising=False)
    parse_text(text)
    monkeypatch.undo()
    return calls


def test_footer_after_many_lines_looks_at_each_line_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A tweet footer after N lines of one paragraph: the post is taken from the lines just
    before it without measuring the whole run again for each line it drops."""
    lines = 3000
    text = "A title\n\n" + "a line\n" * lines + "— Jane (@jane) May 1, 2020\n"
    assert _len_calls(monkeypatch, text) < 30 * lines
    article = parse_text(text)
    assert [type(block).__name__ for block in article.body] == ["Paragraph", "Tweet"]
    tweet = article.body[-1]
    assert isinstance(tweet, Tweet)
    assert tweet.handle == "jane"


def test_wrap_test_reads_each_line_not_the_paragraph_so_far(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Joining the wrapped lines of a long paragraph looks at the end of the text so far
    (its last line), not at all of it for each line."""
    text = "A title\n\n" + "the council met in\n" * 3000
    calls = record_calls_everywhere(monkeypatch, plaintext.is_wrap)
    article = parse_text(text)
    assert sum(len(line) + len(following) for line, following in calls) < 10 * len(text)
    assert article.text == " ".join(["the council met in"] * 3000)


def test_footer_after_many_link_paragraphs_takes_one_post(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A lone footer after N paragraphs of links and hashtags takes back as many of them as a
    post holds, not all N (each taken again as one growing list)."""
    text = "A title\n\n" + "#tag @x http://t.co/a\n\n" * 2000 + "— Jane (@jane) May 1, 2020\n"
    calls = record_calls(monkeypatch, plaintext, "tweet_from_text")
    article = parse_text(text)
    assert len(calls) == 1
    assert len(calls[0][0]) < 700  # a post (600 characters) and its footer
    assert len(article.embeds) == 1


def test_a_repeated_line_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chrome test of a line (and of a line with the next one) is remembered: N copies of
    a share label or of a short line cost a few tests, not one per line."""
    calls = record_calls(monkeypatch, plaintext, "is_boilerplate")
    article = parse_text("A title\n\n" + "Share this article\nab\n" * 2000 + "\nLast words.")
    assert len(calls) < 20
    assert article.text.count("ab") == 2000


def test_each_tweet_footer_is_split_twice_and_its_date_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """N tweets left as footer paragraphs: each footer is split off its post twice (to find
    it, then to build the Tweet), and one date repeated on every post is read once."""
    posts = 500
    text = "A title\n\n" + "— Jane (@jane) May 1, 2020\n\n" * posts
    found = record_calls(monkeypatch, plaintext, "split_footer")
    built = record_calls(monkeypatch, tweets, "split_footer")
    read = record_calls_everywhere(monkeypatch, embeds_text.date_in)
    article = parse_text(text)
    assert len(article.embeds) == posts
    assert len(found) + len(built) <= 2 * posts
    assert len(read) <= 1


class _CountingPattern:
    """A compiled pattern that counts the lines its `match` is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, line: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(line)


def test_a_repeated_paragraph_is_tested_for_a_heading_and_a_promo_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """N copies of a one-line paragraph: whether it is a related heading or a promo ("READ
    MORE: …") is found once, not per copy."""
    headings = _CountingPattern(plaintext.RELATED_HEADING)
    promos = _CountingPattern(plaintext.PROMO_LABEL)
    monkeypatch.setattr(plaintext, "RELATED_HEADING", headings)
    monkeypatch.setattr(plaintext, "PROMO_LABEL", promos)
    article = parse_text("A title\n\n" + "Yet another paragraph, the 17th.\n\n" * 3000)
    assert headings.calls + promos.calls < 20
    assert len(article.body) == 1  # the same paragraph again is not repeated


def _words(count: int, width: int = 3) -> list[str]:
    """`count` distinct hand-made words of `width` lowercase letters."""
    letters = string.ascii_lowercase
    return ["".join(letters[i // 26**k % 26] for k in range(width)) for i in range(count)]


def test_lines_cycled_beyond_a_cache_are_judged_once_per_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """1,500 distinct one-line paragraphs, the run of them three times: the chrome test runs
    once per distinct line of the text, not once per line (a cache of fewer lines than the
    run, cycled through, would test every line again)."""
    words = [word.capitalize() for word in _words(1500)]
    text = "A title\n\n" + "\n\n".join(words * 3)
    calls = record_calls_everywhere(monkeypatch, is_boilerplate)
    article = parse_text(text)
    assert len(calls) <= len(words) + 5
    run = article.body[: len(article.body) // 3]  # the same paragraphs in each run
    assert len(run) > len(words) - 10
    assert article.body == run * 3


class _CountedPattern:
    """A compiled pattern that counts the texts its `match` is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text, *args)


def _count_everywhere(monkeypatch: pytest.MonkeyPatch, pattern: re.Pattern[str]) -> _CountedPattern:
    """Replace, for this test, every name by which a loaded newsparse module holds the public
    `pattern` by one that counts its `match` calls."""
    counted = _CountedPattern(pattern)
    replace_everywhere(monkeypatch, pattern, counted)
    return counted


def test_promo_label_is_tried_only_on_lines_with_its_separator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Distinct one-line paragraphs without a separator (":", "|", "»", …) are never matched
    against `PROMO_LABEL`, which ends with one; a line with a separator is."""
    words = [word.capitalize() for word in _words(3000)]
    counted = _count_everywhere(monkeypatch, PROMO_LABEL)
    article = parse_text(
        "A title\n\n" + "\n\n".join(words) + "\n\nREAD MORE: Putin appoints a new prime minister"
    )
    assert counted.calls == 1
    assert [link.title for link in article.related] == ["Putin appoints a new prime minister"]
    assert len(article.body) > len(words) - 10  # a few three-letter words are chrome ("Ads")


def test_one_word_lines_are_not_tested_as_bylines_before_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The search for a byline before the first prose line skips the lines without a space
    (a label with no name after it): N one-word lines cost the chrome test's byline check
    only, once per line."""
    words = [word.capitalize() for word in _words(3000, width=4)]  # lines no other test uses
    calls = record_calls_everywhere(monkeypatch, is_byline)
    parse_text("A title\n\n" + "\n\n".join(words))
    assert len(calls) <= len(words) + 5


_HOSTILE_LINE = st.one_of(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
    st.text(alphabet="0123456789", min_size=1, max_size=8),
    st.text(alphabet="\u4e00\u4e8c\u4e09\u56db\u4e94\u516d", min_size=1, max_size=4),
    st.text(alphabet="abcdef", min_size=1, max_size=5).map("https://e.org/{}".format),
    st.text(alphabet="abcdef", min_size=1, max_size=5).map("#{0} @{0}".format),
    st.text(alphabet="abcdef", min_size=1, max_size=5).map("Share this {}".format),
    st.text(alphabet="abcdef", min_size=1, max_size=5).map("Related {}".format),
    st.text(alphabet="abcdef", min_size=1, max_size=5).map("{0} | {0}: {0}".format),
)


@given(
    st.lists(_HOSTILE_LINE, min_size=1, max_size=40),
    st.integers(min_value=1, max_value=4),
    st.sampled_from(["\n", "\n\n"]),
)
def test_chrome_tests_are_bounded_by_the_distinct_lines(
    lines: list[str], copies: int, separator: str
) -> None:
    """Any text of short hostile lines (letters, digits, CJK, URLs, hashtags, near-misses of
    chrome phrases and headings, separators), repeated: the chrome test runs a bounded number
    of times per distinct line, pair of adjacent lines (a label over its value) and paragraph,
    however many copies the text holds, and the promo label only on lines that can hold it."""
    text = "A title\n\n" + separator.join(lines * copies)
    with pytest.MonkeyPatch.context() as monkeypatch:
        calls = record_calls_everywhere(monkeypatch, is_boilerplate)
        promos = _count_everywhere(monkeypatch, PROMO_LABEL)
        parse_text(text)
    pairs = set(itertools.pairwise(lines * copies))
    # A line with separators ("a | b") is also tested part by part: at most two parts here.
    assert len(calls) <= 3 * (2 + len(set(lines)) + len(pairs) + len(lines))
    # The promo label ends with a separator: only a line holding ":" or "|" is tried.
    assert promos.calls <= len({line for line in lines if ":" in line or "|" in line})


# Size bound and argument types -------------------------------------------------------------------

_STORY = "A title\n\nThe council approved the budget for the new bridge on Monday.\n"


def test_text_above_max_bytes_raises_with_its_size() -> None:
    """Above `max_bytes` characters, `DocumentTooLargeError` names the size and the limit."""
    with pytest.raises(DocumentTooLargeError) as raised:
        parse_text(_STORY, max_bytes=len(_STORY) - 1)
    assert (raised.value.size, raised.value.limit) == (len(_STORY), len(_STORY) - 1)
    assert parse_text(_STORY, max_bytes=len(_STORY)).title == "A title"


def test_default_max_bytes_is_the_one_of_parse() -> None:
    """The default bound is `parse()`'s (20,000,000), and None lifts it."""
    text = _STORY + "x" * (MAX_BYTES - len(_STORY) + 1)
    with pytest.raises(DocumentTooLargeError):
        parse_text(text)
    assert parse_text("A title\n\nShort text.", max_bytes=None).title == "A title"


def test_bytes_are_counted_in_bytes_and_decoded_as_parse_does() -> None:
    """Bytes count in bytes (a "ü" is two), str in characters; bytes give the Article of the
    text they encode."""
    text = "Über die Brücke\n\nDer Rat hat das Budget für die neue Brücke am Montag gebilligt."
    data = text.encode("utf-8")
    assert parse_text(data) == parse_text(text)
    assert parse_text(text, max_bytes=len(text)).title == "Über die Brücke"
    with pytest.raises(DocumentTooLargeError):
        parse_text(data, max_bytes=len(text))
    assert parse_text(text.encode("cp1252")).title == "Über die Brücke"
    assert parse_text(bytearray(data)) == parse_text(memoryview(data)) == parse_text(text)


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"url": 123}, "int"),
        ({"url": b"https://example.org/"}, "bytes"),
        ({"max_bytes": "1000"}, "str"),
        ({"max_bytes": 10.0}, "float"),
        ({"max_bytes": True}, "bool"),
    ],
)
def test_wrong_argument_types_are_type_errors(arguments: dict[str, Any], named: str) -> None:
    """A url that is not str or None, or a max_bytes that is not int or None, is a TypeError
    naming the type, as a text that is not str or bytes is."""
    with pytest.raises(TypeError, match=named):
        parse_text(_STORY, **arguments)


_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINES = st.sampled_from(
    [
        "— Jane (@jane) May 1, 2020",
        "https://twitter.com/a/status/1",
        '<a href="">x</a>',
        "Share this article",
        "Related",
        "By Jane Doe",
        "May 1, 2020",
        "READ MORE: a story",
        "in a",
        "#tag @x pic.twitter.com/a",
        "",
    ]
)


def _strings(value: object) -> list[str]:
    """Every string in the `to_dict()` of an Article."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return []


@given(
    st.lists(st.one_of(_LINES, st.text(max_size=80)), max_size=30).map("\n".join),
    st.booleans(),
    st.one_of(st.none(), st.integers(min_value=0, max_value=2000)),
)
def test_any_text_gives_a_clean_article_within_max_bytes(
    text: str, as_bytes: bool, max_bytes: int | None
) -> None:
    """Any text, as str or UTF-8 bytes, gives an Article whose every string is clean (no
    control character but a newline, no lone surrogate), or a documented error: too large
    exactly when its size is above `max_bytes`, empty exactly when it is blank."""
    given_text: str | bytes = text.encode("utf-8", "surrogatepass") if as_bytes else text
    try:
        article = parse_text(given_text, max_bytes=max_bytes)
    except DocumentTooLargeError:
        assert max_bytes is not None
        assert len(given_text) > max_bytes
        return
    except EmptyDocumentError:
        assert not text.strip()
        return
    assert max_bytes is None or len(given_text) <= max_bytes
    for value in _strings(article.to_dict()):
        assert not _CONTROL.search(value.replace("\n", "")), value
        assert not _SURROGATE.search(value), value


def test_the_lines_past_the_limit_are_kept_as_they_are() -> None:
    """The passes read the first `max_read(size)` lines of a text; the lines after them are
    kept, one paragraph per paragraph, not cleaned: here of their leftover tags."""
    lines = [f"<b>{a}{b}{c}</b>" for a, b, c in itertools.product(string.ascii_lowercase, repeat=3)]
    text = "A story about the bridge\n\n" + "\n\n".join(lines)
    limit = max_read(len(text.encode()))
    assert len(lines) + 1 > limit
    with pytest.warns(DocumentRewrittenWarning) as caught:
        article = parse_text(text)
    warning = caught[-1].message
    assert isinstance(warning, DocumentRewrittenWarning)
    assert (warning.limit, warning.maximum, warning.found) == ("lines", limit, len(lines) + 1)
    assert article.title == "A story about the bridge"
    texts = [block.text for block in article.body]
    rest = lines[limit - 1 :]
    assert texts[-len(rest) :] == rest
    read = texts[: -len(rest)]  # cleaned: tags gone, chrome ("ads") dropped
    assert 0.9 * (limit - 1) < len(read) < limit
    assert all("<" not in text for text in read)


@given(st.lists(st.integers(min_value=1, max_value=5), max_size=12), st.integers(0, 30))
def test_the_part_read_holds_the_first_lines(sizes: list[int], limit: int) -> None:
    """`_read_part` splits the paragraphs after their first `limit` lines, in order."""
    count = itertools.count()
    blocks = [[f"line {next(count)}" for _ in range(size)] for size in sizes]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        head, rest = plaintext._read_part(blocks, limit)
    total = sum(sizes)
    assert sum(map(len, head)) == min(limit, total)
    assert [line for block in head + rest for line in block] == [
        line for block in blocks for line in block
    ]
    assert all(head)
    assert all(rest)
    assert len(caught) == (total > limit)
