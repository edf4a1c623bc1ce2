"""The second strategy, the paragraph classifier, and when it replaces the container pick.

The HTML snippets here are hand-written; the two real pages in `tests/data/paragraphs/` are
described in its README.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

import newsparse
from newsparse.content import extract as extract_module
from newsparse.content import paragraphs
from newsparse.content.paragraphs import (
    BAD,
    GOOD,
    Segment,
    classified_blocks,
    classify,
    page_language,
    segments,
)
from newsparse.lexicon.stopwords import LANGUAGES, stopwords
from newsparse.model import Code, Emphasis, Heading, Text
from tests.corpus_scoring import norm

DATA = Path(__file__).parent / "data" / "paragraphs"
STORY_EN = (
    "The council said on Tuesday that it would not raise the fees, and the mayor added that "
    "the decision was taken after the residents had been asked for their views in March. "
)
STORY_DE = (
    "Der Rat hat am Dienstag gesagt, dass er die Gebühren nicht erhöhen wird, und der "
    "Bürgermeister fügte hinzu, dass die Entscheidung nach einer Umfrage gefallen ist. "
)
NAV = '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>'


def _root(html: str) -> LexborNode:
    body = LexborHTMLParser(html).body
    assert body is not None
    return body


def _kinds(html: str) -> list[tuple[str, str]]:
    found = segments(_root(html))
    classify(found, page_language(found))
    return [(segment.text[:12], segment.kind) for segment in found]


def test_segments_cut_at_block_elements() -> None:
    """Text runs under one block element are one paragraph; inline markup does not cut them."""
    root = _root("<body><div>one <b>two</b><div>three</div> four</div><p>five</p></body>")
    assert [s.text for s in segments(root)] == ["one two", "three", "four", "five"]


def test_segments_count_text_in_links() -> None:
    """The linked share of a paragraph is the text of its links."""
    [segment] = segments(_root('<body><p>abcd <a href="/">efgh</a></p></body>'))
    assert segment.linked == 4
    assert segment.link_density == 4 / len("abcd efgh")


def test_segments_skip_scripts_and_forms() -> None:
    """Scripts, styles and form controls hold no paragraph."""
    root = _root("<body><script>var x;</script><select><option>A</option></select><p>b</p></body>")
    assert [s.text for s in segments(root)] == ["b"]


def test_classifier_keeps_prose_and_drops_navigation() -> None:
    """Long paragraphs rich in stop words are good; link lists and short labels around are bad."""
    html = f"<body>{NAV}<p>Share</p><p>{STORY_EN * 2}</p><p>{STORY_EN}</p>{NAV}</body>"
    kinds = _kinds(html)
    assert [kind for text, kind in kinds if text == STORY_EN[:12]] == [GOOD, GOOD]
    assert all(kind == BAD for text, kind in kinds if text != STORY_EN[:12])


def test_classifier_takes_short_lines_between_good_paragraphs() -> None:
    """A short line between two good paragraphs is good (the class of its neighbours)."""
    html = f"<body><p>{STORY_EN * 2}</p><p>He left.</p><p>{STORY_EN * 2}</p>{NAV}</body>"
    assert ("He left.", GOOD) in _kinds(html)


def test_classifier_keeps_a_heading_before_good_text() -> None:
    """A short heading right before good text is good."""
    html = f"<body>{NAV}<h2>The vote</h2><p>{STORY_EN * 2}</p>{NAV}</body>"
    assert ("The vote", GOOD) in _kinds(html)


def test_classifier_drops_prose_poor_in_stop_words() -> None:
    """A long paragraph with few stop words (a list of names, a tag cloud) is bad."""
    names = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima " * 3
    assert (names[:12], BAD) in _kinds(f"<body><p>{STORY_EN * 2}</p><p>{names}</p></body>")


def test_classifier_ends_the_text_at_the_comments() -> None:
    """A heading naming the comments makes it and all after it bad, prose included."""
    html = f"<body><p>{STORY_EN * 2}</p><h2>27 Comments</h2><p>{STORY_EN * 2}</p></body>"
    assert [kind for _, kind in _kinds(html)] == [GOOD, BAD, BAD]


def test_classifier_drops_a_rights_notice() -> None:
    """A long rights notice is bad though it reads as prose."""
    notice = "All rights reserved. " + STORY_EN
    html = f"<body><p>{STORY_EN * 2}</p><p>{notice}</p>{NAV}</body>"
    assert (notice[:12], BAD) in _kinds(html)


def test_page_language_is_read_from_the_words() -> None:
    """The language is the list that covers most words when none or the wrong one is declared."""
    german = segments(_root(f"<body><p>{STORY_DE * 3}</p></body>"))
    assert page_language(german) == "de"
    assert page_language(german, "en") == "de"
    assert page_language(segments(_root(f"<body><p>{STORY_EN * 3}</p></body>"))) == "en"


def test_page_language_trusts_a_declared_language_its_words_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A declared language whose list covers the words is taken without reading other lists."""
    read: list[str] = []
    original = paragraphs.stopwords

    def recording(language: str) -> frozenset[str]:
        read.append(language)
        return original(language)

    monkeypatch.setattr(paragraphs, "stopwords", recording)
    assert page_language(segments(_root(f"<body><p>{STORY_DE * 3}</p></body>")), "de-AT") == "de-AT"
    assert set(read) == {"de-AT"}


def test_page_language_needs_enough_words() -> None:
    """A page of a few words has no language to tell."""
    assert page_language(segments(_root("<body><p>the and of</p></body>"))) is None


def test_classifier_without_stop_words_uses_sentence_punctuation() -> None:
    """In a language without a list, a long paragraph with sentences is good, a label bad."""
    story = "東京都は火曜日、新しい予算案を発表した。市民の意見を聞いた上で決めたという。" * 6
    labels = (
        "ログイン 会員登録 ニュース 経済 政治 スポーツ エンタメ ライフ 天気 地域 特集 動画 " * 3
    )
    kinds = _kinds(f"<body><p>{story}</p><p>{labels}</p></body>")
    assert kinds == [(story[:12], GOOD), (labels[:12], BAD)]


def test_classified_blocks_emit_good_paragraphs_only() -> None:
    """The second strategy's body is the good paragraphs, in document order."""
    html = f"<body>{NAV}<p>{STORY_EN * 2}</p><h2>The vote</h2><p>{STORY_EN * 3}</p>{NAV}</body>"
    blocks = classified_blocks(_root(html), url=None, title=None)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Heading", "Paragraph"]
    assert [norm(b.text) for b in blocks] == [norm(STORY_EN * 2), "the vote", norm(STORY_EN * 3)]


def test_classified_blocks_keep_text_beside_child_blocks() -> None:
    """Text beside child blocks in one element becomes a paragraph of its own, once."""
    html = f"<body><div>{STORY_EN * 2}<div>{STORY_EN * 3}</div></div></body>"
    texts = [norm(b.text) for b in classified_blocks(_root(html), url=None, title=None)]
    assert texts == [norm(STORY_EN * 2), norm(STORY_EN * 3)]


@given(st.lists(st.sampled_from([STORY_EN, STORY_DE, "Home", "", "\u00a9 2024"]), max_size=12))
def test_classifier_leaves_only_good_or_bad(parts: list[str]) -> None:
    """After the context pass every paragraph is good or bad, whatever the sequence."""
    found = segments(_root("<body>" + "".join(f"<p>{p}</p>" for p in parts) + "</body>"))
    classify(found, page_language(found))
    assert {s.kind for s in found} <= {GOOD, BAD}


def test_stopword_lists_load_for_the_corpus_languages() -> None:
    """Every shipped list loads, lowercase, without its comment lines; regions are ignored."""
    assert {"en", "de", "es", "fr", "pl", "it", "pt", "ko", "ar", "ru", "tr", "sv"} <= LANGUAGES
    for language in LANGUAGES:
        words = stopwords(language)
        assert len(words) > 100
        assert not any(word.startswith("#") for word in words)
    assert "the" in stopwords("en-GB")
    assert stopwords("no") == stopwords("nb")
    assert stopwords("ja") == frozenset()


# --- the decision in the body extractor ------------------------------------------------


def _parse(name: str, url: str) -> newsparse.Article:
    return newsparse.parse((DATA / name).read_bytes(), url=url)


def test_a_failed_pick_gives_way_to_the_classifier_on_a_layout_table() -> None:
    """Real page: text in table cells, a donation appeal as the best container."""
    text = norm(
        _parse("wordsmith.org.maudlin.html", "https://wordsmith.org/words/maudlin.html").text
    )
    for snippet in (
        "adjective: Overly sentimental",
        "derived after a town on the Sea ",
        "Jeannette Layne-Clark; Minister on Stage; Daily Nation ",
    ):
        assert norm(snippet) in text


def test_a_failed_pick_gives_way_to_the_classifier_when_prose_is_outside() -> None:
    """Real page: the best container holds the lead only; the classifier finds the rest."""
    article = _parse(
        "fluessiggas.de.dimethylether.html", "https://fluessiggas.de/aktuelles/dimethylether/"
    )
    text = norm(article.text)
    for snippet in (
        "Die Nachfrage nach erneuerbaren Energien",
        "Verbraucher in Deutschland können bereits",
        "Die Aussicht, dass erneuerbarer Dimethylether",
    ):
        assert norm(snippet) in text
    for snippet in ("Verwandte Themenbereiche", "Highlights aus dem Bereich:", "Beitrag teilen"):
        assert norm(snippet) not in text


def _count_second_strategy(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    original = extract_module.classified_blocks

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(extract_module, "classified_blocks", recording)
    return calls


def test_the_second_strategy_runs_only_when_the_pick_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page whose container holds its prose never runs the classifier."""
    calls = _count_second_strategy(monkeypatch)
    story = f"<article><h1>T</h1><p>{STORY_EN * 3}</p><p>{STORY_EN * 2}</p></article>"
    html = f"<html><body>{NAV}{story}</body></html>"
    assert norm(STORY_EN) in norm(newsparse.parse(html).text)
    assert calls == []


def test_a_failed_pick_stays_when_the_classifier_finds_little(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failed pick stays when the classifier finds less than twice its text (here none)."""
    calls = _count_second_strategy(monkeypatch)
    html = f"<html><body><article><p>{STORY_EN}</p></article>{NAV}</body></html>"
    article = newsparse.parse(html)
    assert len(calls) == 1  # too short: the check failed the pick
    assert norm(article.text) == norm(STORY_EN)


class _CountingList(list[Segment]):
    """A list of segments that counts how often one is read by its index or in a slice."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        found = super().__getitem__(index)
        self.reads += len(found) if isinstance(index, slice) else 1
        return found


def test_the_classifier_reads_a_run_of_short_lines_a_bounded_number_of_times() -> None:
    """Each short or near-good segment finds its nearest good or bad neighbours without
    walking the run it stands in: 3,000 short lines between two good paragraphs (hand-made;
    a damaged page made 18,000 and took 50 s) are read a bounded number of times each."""
    html = f"<body><p>{STORY_EN * 2}</p>" + "<p>He left.</p>" * 3000 + f"<p>{STORY_EN * 2}</p>"
    found = _CountingList(segments(_root(html)))
    classify(found, "en")
    assert all(segment.kind == GOOD for segment in found)
    assert found.reads <= 3 * len(found)


def test_the_classifier_reads_a_run_of_headings_a_bounded_number_of_times() -> None:
    """Each short heading asks whether good text follows it closely, in one pass from the
    end of the page: 3,000 headings in a row before a good paragraph (hand-made; a page of
    `<h1>`s took 16 s per MB) are read a bounded number of times each, and the last ones,
    close enough to the good text, are kept as jusText keeps them."""
    html = "<body>" + "<h2>News</h2>" * 3000 + f"<p>{STORY_EN * 2}</p>"
    found = _CountingList(segments(_root(html)))
    classify(found, "en")
    assert found.reads <= 3 * len(found)
    texts = [segment.text for segment in found]
    expected = _justext_revision(["short"] * 3000 + ["good"], [True] * 3000 + [False], texts)
    assert [segment.kind for segment in found] == expected
    assert expected.count("good") > 1


# Hand-made texts that the context-free rules give each kind (English stop words).
_BY_KIND = {
    "good": STORY_EN * 2,
    "neargood": "The council said that it would not raise the fees, and that the mayor was away.",
    "short": "A short line.",
    "bad": "\u00a9 2026 The Paper",
}
_BLOCKS = LexborHTMLParser("<p>x</p><h2>x</h2>").css("p, h2")


def _justext_revision(kinds: list[str], headings: list[bool], texts: list[str]) -> list[str]:
    """jusText's context-sensitive rules as jusText writes them: each neighbour found by
    walking the list from the segment (quadratic on a page of short segments)."""
    kinds = list(kinds)
    initial = list(kinds)

    def neighbour(index: int, step: int, skip: bool) -> str:
        index += step
        while 0 <= index < len(kinds):
            if kinds[index] in ("good", "bad") or (kinds[index] == "neargood" and not skip):
                return kinds[index]
            index += step
        return "bad"

    def good_follows(index: int) -> bool:
        distance = 0
        for later in range(index + 1, len(kinds)):
            if distance > 200:
                return False
            if kinds[later] == "good":
                return True
            distance += len(texts[later])
        return False

    for i in range(len(kinds)):
        if headings[i] and kinds[i] == "short" and good_follows(i):
            kinds[i] = "neargood"
    revised = {}
    for i in range(len(kinds)):
        if kinds[i] == "short":
            before, after = neighbour(i, -1, True), neighbour(i, 1, True)
            if before == after:
                revised[i] = before
            elif (before == "bad" and neighbour(i, -1, False) == "neargood") or (
                after == "bad" and neighbour(i, 1, False) == "neargood"
            ):
                revised[i] = "good"
            else:
                revised[i] = "bad"
    for i, kind in revised.items():
        kinds[i] = kind
    for i in range(len(kinds)):
        if kinds[i] == "neargood":
            bad = neighbour(i, -1, True) == neighbour(i, 1, True) == "bad"
            kinds[i] = "bad" if bad else "good"
    for i in range(len(kinds)):
        if headings[i] and kinds[i] == "bad" and initial[i] != "bad" and good_follows(i):
            kinds[i] = "good"
    return kinds


def _segment(kind: str, heading: bool) -> Segment:
    segment = Segment(_BLOCKS[heading])
    segment.text = _BY_KIND[kind]
    return segment


@given(st.lists(st.tuples(st.sampled_from(sorted(_BY_KIND)), st.booleans()), max_size=30))
def test_classifier_revises_segments_as_justext_does(parts: list[tuple[str, bool]]) -> None:
    """The neighbours of each segment, found in one pass each way, give what jusText's own
    walk from each segment gives."""
    found = [_segment(kind, heading) for kind, heading in parts]
    classify(found, "en")
    expected = _justext_revision(
        [kind for kind, _ in parts],
        [heading for _, heading in parts],
        [_BY_KIND[kind] for kind, _ in parts],
    )
    assert [segment.kind for segment in found] == expected


def test_classified_headings_keep_their_markup() -> None:
    """Hand-made: a heading the second strategy keeps holds its emphasis and code as spans,
    as the walk's headings do."""
    html = (
        f"<body><p>{STORY_EN * 2}</p>"
        "<h2>The <em>vote</em> on the <code>budget</code> of the town</h2>"
        f"<p>{STORY_EN * 3}</p></body>"
    )
    blocks = classified_blocks(_root(html), url="https://example.org/news/1", title=None)
    heading = next(block for block in blocks if isinstance(block, Heading))
    assert heading.text == "The vote on the budget of the town"
    assert Emphasis((Text("vote"),)) in heading.spans
    assert Code("budget") in heading.spans
