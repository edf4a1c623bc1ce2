"""`parse_text` does work linear in its input: counted through seams, never timed.

Every input here is hand-made (built in the test), in the shapes of issue 17's adversarial text:
long runs of lines before a tweet footer, paragraphs of many wrapped lines...
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import Tweet, parse_text, plaintext
from tests.checks import record_calls


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
    calls = record_calls(monkeypatch, plaintext, "_wrapped")
    article = parse_text(text)
    assert sum(len(line) + len(following) for line, following in calls) < 10 * len(text)
    assert article.text == " ".join(["the council met in"] * 3000)
