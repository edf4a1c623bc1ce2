"""The body as a document: spans, tables, code blocks and nested lists read from pages.

Every page here is hand-made, each for one rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from html import escape

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import (
    Cell,
    Code,
    CodeBlock,
    Emphasis,
    Heading,
    Image,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
)
from newsparse.content import inline
from newsparse.model import Block, span_text
from newsparse.text import normalize_space

_URL = "https://example.org/news/story"
_PROSE = "The council approved the budget for the new bridge across the river on Monday."


def _body(inside: str) -> tuple[Block, ...]:
    """Hand-made: `inside` between two paragraphs of prose in an article."""
    page = f"<html><body><article><h1>Bridge</h1><p>{_PROSE}</p>{inside}<p>{_PROSE}</p>"
    return newsparse.parse(page + "</article></body></html>", _URL).body[1:-1]


def test_a_paragraph_keeps_links_emphasis_and_code_as_spans() -> None:
    """Links resolve against the page; white space sits outside the markup; text unchanged."""
    (paragraph,) = _body(
        '<p>The mayor <a href="/budget"> approved <em>the budget</em></a> on <b>Monday</b>,'
        " running <code>make  bridge</code>.</p>"
    )
    assert paragraph == Paragraph(
        "The mayor approved the budget on Monday, running make bridge.",
        (
            Text("The mayor "),
            Link(
                "https://example.org/budget", (Text("approved "), Emphasis((Text("the budget"),)))
            ),
            Text(" on "),
            Strong((Text("Monday"),)),
            Text(", running "),
            Code("make bridge"),
            Text("."),
        ),
    )


def test_a_link_to_no_http_url_is_its_text() -> None:
    """`javascript:` and `mailto:` links are kept as their text; a plain paragraph has no spans."""
    body = _body(
        '<p>Write <a href="mailto:a@example.org">to us</a> or <a href="javascript:x()">here</a>'
        " about the bridge.</p><p>No markup in this paragraph about the bridge at all.</p>"
    )
    assert body == (
        Paragraph("Write to us or here about the bridge."),
        Paragraph("No markup in this paragraph about the bridge at all."),
    )


def test_line_breaks_become_line_break_spans() -> None:
    """A `<br>` is a line break in the spans, as it is a newline in the text."""
    (paragraph,) = _body("<p>First line of the bridge story <br> <i>second</i> line</p>")
    assert paragraph.text == "First line of the bridge story\nsecond line"
    assert paragraph.spans == (
        Text("First line of the bridge story"),
        LineBreak(),
        Emphasis((Text("second"),)),
        Text(" line"),
    )


def test_a_quote_keeps_its_spans_a_line_apart() -> None:
    """A quote of several paragraphs holds their spans with a line break between."""
    (quote,) = _body("<blockquote><p>We <em>will</em> build it.</p><p>Soon.</p></blockquote>")
    assert quote == Quote(
        "We will build it.\nSoon.",
        (Text("We "), Emphasis((Text("will"),)), Text(" build it."), LineBreak(), Text("Soon.")),
    )


def test_loose_text_keeps_the_spans_of_its_inline_elements() -> None:
    """Text and inline markup outside any `<p>` (between blocks of a `<div>`) is a paragraph
    with the spans of its links and emphasis."""
    (paragraph,) = _body(
        '<div>The mayor <a href="/budget">approved the budget</a> on <b>Monday</b>.'
        "<div><p>A paragraph of its own about the bridge and the council.</p></div></div>"
    )[:1]
    assert paragraph == Paragraph(
        "The mayor approved the budget on Monday.",
        (
            Text("The mayor "),
            Link("https://example.org/budget", (Text("approved the budget"),)),
            Text(" on "),
            Strong((Text("Monday"),)),
            Text("."),
        ),
    )


def test_paragraphs_split_at_a_double_break_keep_their_spans() -> None:
    """A `<p>`, or loose text, cut into paragraphs at `<br><br>`: each part keeps the spans of
    its own lines, and a part without markup has none."""
    inside = (
        'The mayor <a href="/budget">approved <b>the budget<br><br>on</b> Monday</a>.'
        "<br> <br>No markup in this part about the bridge.<br><br>Then <em>the council</em>"
        " voted<br>again."
    )
    expected = (
        Paragraph(
            "The mayor approved the budget",
            (
                Text("The mayor "),
                Link(
                    "https://example.org/budget", (Text("approved "), Strong((Text("the budget"),)))
                ),
            ),
        ),
        Paragraph(
            "on Monday.",
            (
                Link("https://example.org/budget", (Strong((Text("on"),)), Text(" Monday"))),
                Text("."),
            ),
        ),
        Paragraph("No markup in this part about the bridge."),
        Paragraph(
            "Then the council voted\nagain.",
            (
                Text("Then "),
                Emphasis((Text("the council"),)),
                Text(" voted"),
                LineBreak(),
                Text("again."),
            ),
        ),
    )
    assert _body(f"<p>{inside}</p>") == expected
    assert _body(f"<div>{inside}</div>") == expected


def test_a_paragraph_without_its_chrome_lines_keeps_the_spans_of_the_rest() -> None:
    """A line dropped as chrome ("Share this article") takes its spans with it; the lines
    kept keep theirs, a line break apart."""
    (paragraph,) = _body(
        '<p>The mayor <a href="/budget">approved the budget</a>.<br><a href="/share">Share this'
        " article</a><br>Then <em>the council</em> voted.</p>"
    )
    assert paragraph == Paragraph(
        "The mayor approved the budget.\nThen the council voted.",
        (
            Text("The mayor "),
            Link("https://example.org/budget", (Text("approved the budget"),)),
            Text("."),
            LineBreak(),
            Text("Then "),
            Emphasis((Text("the council"),)),
            Text(" voted."),
        ),
    )


def test_a_figure_caption_keeps_its_spans_without_its_credit() -> None:
    """A `<figcaption>` with a link and emphasis keeps them in `caption_spans`, a `<br>` read
    as a space; the credit taken off its end takes its text with it."""
    (image,) = _body(
        '<figure><img src="/bridge.jpg" alt="The bridge"><figcaption>The <a href="/bridge">new'
        " bridge</a> at <em>night</em>.<br>Seen from the river. Photo: Jane Doe</figcaption>"
        "</figure>"
    )
    assert image == Image(
        "https://example.org/bridge.jpg",
        caption="The new bridge at night. Seen from the river.",
        credit="Photo: Jane Doe",
        alt="The bridge",
        caption_spans=(
            Text("The "),
            Link("https://example.org/bridge", (Text("new bridge"),)),
            Text(" at "),
            Emphasis((Text("night"),)),
            Text(". Seen from the river."),
        ),
    )


def test_captions_set_apart_keep_their_spans() -> None:
    """A caption paragraph named so ("wp-caption-text") and a paragraph repeating the image's
    alternative text keep their spans; a caption without markup has none."""
    body = _body(
        '<div><img src="/a.jpg" alt="A"><p class="wp-caption-text">The <b>old</b> bridge'
        ' (Photo: Reuters)</p></div><img src="/b.jpg" alt="The river at night">'
        "<p>The <em>river</em> at night \u00a9 AFP</p>"
        '<div><img src="/c.jpg" alt="C"><p class="wp-caption-text">A plain caption</p></div>'
    )
    assert [(b.caption, b.credit, b.caption_spans) for b in body if isinstance(b, Image)] == [
        (
            "The old bridge",
            "Photo: Reuters",
            (Text("The "), Strong((Text("old"),)), Text(" bridge")),
        ),
        (
            "The river at night",
            "AFP",
            (Text("The "), Emphasis((Text("river"),)), Text(" at night")),
        ),
        ("A plain caption", None, ()),
    ]


def test_a_table_caption_keeps_its_spans() -> None:
    """A data table's `<caption>` with markup keeps it in `caption_spans`."""
    (table,) = _body(
        '<table><caption>Votes <em>by</em> <a href="/wards">ward</a></caption>'
        "<tr><th>Ward</th><th>Yes</th></tr><tr><td>A</td><td>1</td></tr>"
        "<tr><td>B</td><td>2</td></tr></table>"
    )
    assert isinstance(table, Table)
    assert table.caption == "Votes by ward"
    assert table.caption_spans == (
        Text("Votes "),
        Emphasis((Text("by"),)),
        Text(" "),
        Link("https://example.org/wards", (Text("ward"),)),
    )


def test_a_data_table_becomes_a_table() -> None:
    """Header cells, numbers, a caption and a cell spanning two columns."""
    (table,) = _body(
        "<table><caption>Results</caption><tr><th>Party</th><th>Votes</th><th>Seats</th></tr>"
        "<tr><td>Greens</td><td>1,234</td><td>3</td></tr>"
        '<tr><td><a href="/others">Others</a></td><td colspan="2">987</td></tr></table>'
    )
    link = (Link("https://example.org/others", (Text("Others"),)),)
    assert table == Table(
        (
            (Cell("Party", header=True), Cell("Votes", header=True), Cell("Seats", header=True)),
            (Cell("Greens"), Cell("1,234"), Cell("3")),
            (Cell("Others", link), Cell("987", colspan=2)),
        ),
        caption="Results",
    )


def test_a_table_of_one_column_or_of_prose_stays_paragraphs() -> None:
    """A one-column table, one whose cells hold long prose, or two rows of labels without a
    header (a date and a byline) are layout: a paragraph a row."""
    long = "A long sentence about the bridge, " * 8
    body = _body(
        "<table><tr><td>First row of the story.</td></tr>"
        "<tr><td>Second row of the story.</td></tr></table>"
        f"<table><tr><td>{long}</td><td>x</td></tr><tr><td>{long}</td><td>y</td></tr>"
        f"<tr><td>{long}</td><td>z</td></tr></table>"
        "<table><tr><td>26 | 01 | 2022</td><td>Sport</td></tr>"
        "<tr><td>Bridge works</td><td>337 visits</td></tr></table>"
    )
    assert all(isinstance(block, Paragraph) for block in body)
    assert len(body) == 7


def test_a_pre_becomes_a_code_block_with_its_language() -> None:
    """Indentation is kept; the language comes from `language-x` or `lang-x`."""
    body = _body(
        '<pre><code class="language-Python">def f():\n\treturn 1\n\n</code></pre>'
        '<pre class="lang-js">\nlet x = 1;</pre><pre>plain</pre>'
    )
    assert body == (
        CodeBlock("def f():\n    return 1", "python"),
        CodeBlock("let x = 1;", "js"),
        CodeBlock("plain"),
    )


def test_a_list_with_markup_or_nested_lists_has_entries() -> None:
    """`items` stays the plain text; `entries` holds spans and nested lists."""
    (listed,) = _body(
        '<ul><li>See <a href="/map">the map</a></li>'
        "<li>Stages<ol><li>design</li><li><b>build</b></li></ol></li></ul>"
    )
    nested = ListBlock(
        ("design", "build"),
        ordered=True,
        entries=(
            ListItem((Paragraph("design"),)),
            ListItem((Paragraph("build", (Strong((Text("build"),)),)),)),
        ),
    )
    assert listed == ListBlock(
        ("See the map", "Stagesdesignbuild"),
        entries=(
            ListItem(
                (
                    Paragraph(
                        "See the map",
                        (Text("See "), Link("https://example.org/map", (Text("the map"),))),
                    ),
                )
            ),
            ListItem((Paragraph("Stages"), nested)),
        ),
    )


def test_a_plain_list_has_no_entries() -> None:
    """A list of plain items keeps the shape it always had."""
    (listed,) = _body("<ul><li>one item of text</li><li>another item of text</li></ul>")
    assert listed == ListBlock(("one item of text", "another item of text"))


_WORDS = st.sampled_from(["bridge", "council", "Monday", "the", "x<y", "a&b", "\u00e9t\u00e9"])
_SPACE = st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0", " <br> ", "<br>"])
_TAGS = st.sampled_from(["em", "b", "i", "strong", "span", "code", 'a href="/x"', "sup"])


@st.composite
def _inline_markup(draw: st.DrawFn, depth: int = 0) -> str:
    """Hand-made by hypothesis: words and white space in nested inline elements."""
    parts = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        parts.append(draw(_SPACE))
        if depth < 3 and draw(st.booleans()):
            tag = draw(_TAGS)
            parts.append(f"<{tag}>{draw(_inline_markup(depth + 1))}</{tag.split()[0]}>")
        else:
            parts.append(escape(draw(_WORDS)))
    return "".join(parts)


@settings(max_examples=60, deadline=None)
@given(markup=_inline_markup())
def test_spans_tell_the_text_of_any_inline_markup(markup: str) -> None:
    """Whatever the nesting and white space, a paragraph with markup has spans whose plain
    text is its text: the spans are read with the text's own normalisation."""
    body = _body(f"<p>The council met. <em>Notes</em>: {markup}</p>")
    assert body
    assert isinstance(body[0], Paragraph)
    assert body[0].spans  # (the first part holds the `<em>`)
    for paragraph in body:
        assert isinstance(paragraph, Paragraph)
        assert not paragraph.spans or span_text(paragraph.spans) == paragraph.text


_CUTS = st.sampled_from(["<br><br>", " <br> \n<br>", "<br><br><br>", "<br>Share this article<br>"])


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(_inline_markup(), min_size=2, max_size=4),
    cuts=st.lists(_CUTS, min_size=4, max_size=4),
    loose=st.booleans(),
)
def test_paragraphs_cut_from_one_run_keep_their_spans(
    parts: list[str], cuts: list[str], loose: bool
) -> None:
    """A `<p>` or loose text cut at double line breaks and chrome lines: each paragraph made
    of a part that holds markup keeps spans that tell its text."""
    run = "".join(
        f"{cut if index else ''}<b>Part {index}</b> of the council {part}"
        for index, (cut, part) in enumerate(zip(cuts, parts, strict=False))
    )
    body = _body(f"<div>{run}</div>" if loose else f"<p>{run}</p>")
    texts = [block.text for block in body if isinstance(block, Paragraph)]
    # (a part made mostly of links may go, as a list of links would)
    assert 1 <= sum(text.count("Part ") for text in texts) <= len(parts)
    for paragraph in body:
        assert isinstance(paragraph, Paragraph)
        assert not paragraph.spans or span_text(paragraph.spans) == paragraph.text
        if paragraph.text.startswith("Part "):
            assert isinstance(paragraph.spans[0], Strong)


def test_the_all_paragraphs_fallback_keeps_spans() -> None:
    """Hand-made: a page of short paragraphs, each alone in its section, where no container
    stands out: the body falls back to every paragraph of the page, and each keeps its
    markup."""
    page = "<body>" + "".join(
        f"<section><p>Item {i}: the <b>vote</b> is set for <a href='/x{i}'>June</a>.</p></section>"
        for i in range(8)
    )
    article = newsparse.parse(page + "</body>", url="https://example.org/a")
    assert len(article.body) == 8
    for i, block in enumerate(article.body):
        assert isinstance(block, Paragraph)
        assert Strong((Text("vote"),)) in block.spans
        assert Link(f"https://example.org/x{i}", (Text("June"),)) in block.spans


def test_headings_and_cells_with_a_line_break_keep_their_spans() -> None:
    """Hand-made: a heading and a table cell read on one line (a `<br>` as a space) keep
    their markup, their line break a space in their spans too."""
    (heading,) = _body("<h2>The <em>vote</em><br>on Monday</h2>")
    assert heading == Heading(
        "The vote on Monday", 2, (Text("The "), Emphasis((Text("vote"),)), Text(" on Monday"))
    )
    rows = "".join(f"<tr><td>Team {i}</td><td><b>{i}</b><br>wins</td></tr>" for i in range(3))
    (table,) = _body(f"<table>{rows}</table>")
    assert isinstance(table, Table)
    assert table.rows[0][1].spans == (Strong((Text("0"),)), Text(" wins"))


_TEXT_NODES = st.lists(
    st.tuples(st.sampled_from(["", "span", "u", "small", "font", "mark"]), _WORDS, _SPACE),
    min_size=40,
    max_size=300,
)


@contextmanager
def _text_made() -> Iterator[list[int]]:
    """The lengths of the texts given to `Text` by `newsparse.content.inline` meanwhile."""
    lengths: list[int] = []

    class CountedText(Text):
        def __init__(self, text: str) -> None:
            lengths.append(len(text))
            super().__init__(text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inline, "Text", CountedText)
        yield lengths


@settings(max_examples=40, deadline=None)
@given(nodes=_TEXT_NODES)
@example(nodes=[("span", "bridge", " ")] * 2_000)
def test_a_paragraph_of_many_text_nodes_is_read_in_linear_work(
    nodes: list[tuple[str, str, str]],
) -> None:
    """Hand-made by hypothesis: a paragraph with a link, then many text nodes in elements
    that give no span. Their text is one `Text`, built once: the characters given to `Text`
    stay within a few times the paragraph's text (each text node appended to the text so far
    made a `Text` of it all, quadratic: 2,000 `<span>`s of 0.4 MB took 8 s)."""
    parts = [
        f"<{tag}>{escape(word)}</{tag}>{space}" if tag else f"{escape(word)}{space}"
        for tag, word, space in nodes
    ]
    tree = LexborHTMLParser('<p><a href="/x">The vote</a> ' + "".join(parts) + "</p>")
    node = tree.css_first("p")
    assert node is not None
    with _text_made() as lengths:
        spans = inline.read_spans(node, _URL)
    text = normalize_space(node.text())
    assert span_text(spans) == text
    assert sum(lengths) <= 3 * len(text) + 100


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(_WORDS, min_size=40, max_size=2_000))
def test_many_lines_are_joined_in_linear_work(lines: list[str]) -> None:
    """Hand-made by hypothesis: a caption's spans of many lines read on one line
    (`one_line`, a line break as a space) are one `Text` after the link, built once."""
    with _text_made() as lengths:
        texts = [inline.Text(line) for line in lines]
        spans = (Link(_URL, (Text("Photo"),)), *(s for t in texts for s in (LineBreak(), t)))
        lengths.clear()
        joined = inline.one_line(spans)
    assert len(joined) == 2
    assert span_text(joined) == "Photo " + " ".join(lines)
    assert sum(lengths) <= 3 * len(span_text(joined))
