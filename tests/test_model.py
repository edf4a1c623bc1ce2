"""The Article model: immutability, plain text and Markdown views."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import (
    Article,
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
    Tweet,
    render,
)
from newsparse.model import MAX_CELL_SPAN, MAX_LIST_DEPTH, span_text
from tests.checks import record_calls


def test_article_is_frozen() -> None:
    """Assigning to a field of an Article raises."""
    article = Article(title="A")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "B"  # type: ignore[misc]


def test_article_is_slotted() -> None:
    """Articles and blocks have no per-instance __dict__."""
    assert not hasattr(Article(), "__dict__")
    assert not hasattr(Paragraph("x"), "__dict__")


def test_text_joins_prose_blocks_with_blank_lines() -> None:
    """`text` holds paragraphs, headings, quotes and list items, a blank line apart."""
    article = Article(
        body=(
            Paragraph("One."),
            Heading("Sub", 2),
            Quote("Said."),
            ListBlock(("a", "b")),
            Image("https://example.org/i.jpg", caption="Cap"),
            Tweet(text="tweet text"),
        )
    )
    assert article.text == "One.\n\nSub\n\nSaid.\n\na\nb"


def test_text_of_empty_body_is_empty() -> None:
    """An article without body blocks has empty text."""
    assert Article().text == ""


def test_markdown_renders_each_block_kind() -> None:
    """Markdown has the title, a subheading, a quote, a list, an image and the tweet footer."""
    article = Article(
        title="Title",
        body=(
            Paragraph("Para."),
            Heading("Sub", 3),
            Quote("Said."),
            ListBlock(("a", "b"), ordered=True),
            Image("https://example.org/i.jpg", caption="Cap", alt="Alt"),
            Tweet(url="https://x.com/u/status/1", author_name="U", handle="u", text="Hi"),
        ),
    )
    md = article.to_markdown()
    assert md.startswith("# Title\n\nPara.\n\n### Sub\n\n> Said.\n\n1. a\n2. b\n\n")
    assert "![Alt](<https://example.org/i.jpg>)\n*Cap*" in md
    assert "> Hi\n>\n> — U (@u) [link](<https://x.com/u/status/1>)" in md


def test_markdown_escapes_page_text() -> None:
    """Text from the page cannot inject links, HTML or headings into the Markdown."""
    article = Article(body=(Paragraph("# not [a](javascript:x) <b>tag</b>"),))
    md = article.to_markdown()
    assert "<b>" not in md
    assert "\\[a\\](javascript" in md  # escaped brackets: plain text, not a link
    assert md.startswith("\\#")


def test_markdown_of_a_tweet_without_text_is_its_footer() -> None:
    """A tweet known only by its URL renders as the footer line and link, no empty quote."""
    article = Article(body=(Tweet(url="https://x.com/u/status/1", handle="u"),))
    assert article.to_markdown() == "> — (@u) [link](<https://x.com/u/status/1>)\n"


@pytest.mark.parametrize("kind", ["News", "story", "", "news "])
def test_kind_outside_the_vocabulary_is_refused(kind: str) -> None:
    """`Article.kind` is one of the documented kinds or None, whoever sets it."""
    with pytest.raises(ValueError, match="kind is one of"):
        Article(kind=kind)
    assert Article(kind="news").kind == "news"
    assert Article().kind is None


def _report() -> Paragraph:
    """Hand-made: a paragraph with a link around emphasis, strong text and inline code."""
    return Paragraph(
        "See the report now: x[0].",
        (
            Text("See "),
            Link("https://example.org/r", (Emphasis((Text("the report"),)),)),
            Text(" "),
            Strong((Text("now"),)),
            Text(": "),
            Code("x[0]"),
            Text("."),
        ),
    )


def test_span_text_is_the_plain_text_of_nested_spans() -> None:
    """`span_text` reads nested spans in order, a line break as a newline."""
    assert span_text(_report().spans) == "See the report now: x[0]."
    assert span_text((Text("a"), LineBreak(), Strong((Text("b"),)))) == "a\nb"


def test_links_take_http_urls_only() -> None:
    """A link needs an http(s) URL, cleaned as every URL; spans must be spans."""
    assert Link("https://e.org/a b").url == "https://e.org/a%20b"
    with pytest.raises(ValueError, match="not an absolute"):
        Link("javascript:alert(1)")
    with pytest.raises(TypeError):
        Paragraph("x", ("x",))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Strong(spans=(Paragraph("x"),))  # type: ignore[arg-type]


def test_table_cells_and_code_are_checked() -> None:
    """Cell spans are positive ints, rows tuples of cells, texts cleaned."""
    with pytest.raises(ValueError, match="spans 1"):
        Cell("x", colspan=0)
    with pytest.raises(TypeError):
        Cell("x", rowspan=True)
    with pytest.raises(TypeError):
        Table(((Paragraph("x"),),))  # type: ignore[arg-type]
    assert CodeBlock("a\x00b", "py\x1b").text == "ab"
    assert Table([[Cell("a")]]).rows == ((Cell("a"),),)


def test_markdown_of_spans_keeps_links_emphasis_and_code() -> None:
    """Links, emphasis, strong and inline code become Markdown; the text stays escaped."""
    md = Article(body=(_report(),)).to_markdown()
    assert md == "See [*the report*](<https://example.org/r>) **now**: `x[0]`.\n"


def test_markdown_of_spans_escapes_page_text() -> None:
    """Text inside spans is escaped as plain text is, line starts included."""
    paragraph = Paragraph(
        "# [a](javascript:x)\n1. b",
        (Text("# [a](javascript:x)"), LineBreak(), Strong((Text("1. b"),))),
    )
    md = Article(body=(paragraph,)).to_markdown()
    assert md == "\\# \\[a\\](javascript:x)\n**1. b**\n"


def test_markdown_code_fences_outlast_the_code() -> None:
    """Inline code and code blocks are fenced by more backticks than they hold."""
    article = Article(
        body=(
            Paragraph("a `b`", (Code("a `b`"),)),
            CodeBlock("```\nrm -rf /\n```", "bash"),
            CodeBlock("x", "py\nthon"),
        )
    )
    assert article.to_markdown() == (
        "`` a `b` ``\n\n````bash\n```\nrm -rf /\n```\n````\n\n```\nx\n```\n"
    )


def test_markdown_tables_are_gfm_with_spans_expanded() -> None:
    """The first row heads a GFM table; a wide cell is followed by empty ones; pipes escaped."""
    table = Table(
        (
            (Cell("Team", header=True), Cell("Pts", header=True)),
            (Cell("A|B"), Cell("5")),
            (Cell("Total", colspan=2),),
        ),
        caption="Standings",
    )
    md = Article(body=(table,)).to_markdown()
    assert md == ("Standings\n\n| Team | Pts |\n| --- | --- |\n| A\\|B | 5 |\n| Total |  |\n")


def test_a_cell_spans_at_most_max_cell_span_columns_and_rows() -> None:
    """A cell spans at most HTML's 1,000 columns (and rows): a dict claiming 10**9 is refused,
    as its Markdown would have 10**9 cells (`to_markdown()` ran out of memory)."""
    assert Cell("x", colspan=MAX_CELL_SPAN, rowspan=MAX_CELL_SPAN).colspan == MAX_CELL_SPAN
    with pytest.raises(ValueError, match="spans 1 to"):
        Cell("x", colspan=MAX_CELL_SPAN + 1)
    with pytest.raises(ValueError, match="spans 1 to"):
        Cell("x", rowspan=MAX_CELL_SPAN + 1)
    data = Article(body=(Table(((Cell("a"), Cell("b")),)),)).to_dict()
    data["body"][0]["rows"][0][0]["colspan"] = 10**9
    with pytest.raises(ValueError, match="spans 1 to"):
        Article.from_dict(data)


_ROWS = st.lists(
    st.lists(
        st.tuples(st.from_regex(r"[a-z]{1,8}", fullmatch=True), st.integers(1, MAX_CELL_SPAN)),
        min_size=1,
        max_size=40,
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=50, deadline=None)
@given(rows=_ROWS)
def test_markdown_tables_grow_with_their_cells(rows: list[list[tuple[str, int]]]) -> None:
    """Hand-made by hypothesis: tables of any shape and spans. Each row keeps its cells in
    order, the header and its rule are as wide as the widest row, and the Markdown grows with
    the cells: short rows are not padded (GFM pads them) and a spanning cell is followed by
    16 empty ones at most. (A row of 5,000 cells over 5,000 rows of two made 75 MB.)"""
    table = Table(tuple(tuple(Cell(text, colspan=span) for text, span in row) for row in rows))
    lines = Article(body=(table,)).to_markdown().rstrip("\n").split("\n")
    assert len(lines) == len(rows) + 1
    cells = [line[2:-2].split(" | ") for line in lines]
    del cells[1]
    for row, written in zip(rows, cells, strict=True):
        assert [cell for cell in written if cell] == [text for text, _ in row]
    assert len(cells[0]) == lines[1].count("---") == max(map(len, cells))
    texts = sum(len(text) for row in rows for text, _ in row)
    widest = max(map(len, rows))  # the header and its rule: 17 columns a cell at most
    assert sum(map(len, lines)) <= 2 * texts + 60 * sum(map(len, rows)) + 160 * widest


def test_a_link_destination_is_escaped_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hand-made: a link whose URL holds 10,000 backslashes (which a clean URL keeps) is
    written `<...>` with each as `%5C`, not by one `quote` call per character."""
    calls = record_calls(monkeypatch, render, "quote") if hasattr(render, "quote") else []
    url = "https://example.org/a" + "\\" * 10_000
    paragraph = Paragraph("see", (Link(url, (Text("see"),)),))
    md = Article(body=(paragraph,)).to_markdown()
    assert md == "[see](<https://example.org/a" + "%5C" * 10_000 + ">)\n"
    assert len(calls) < 100


def test_markdown_of_captions_keeps_their_spans() -> None:
    """An image's and a table's caption spans become Markdown inside the caption; the credit
    and plain captions stay escaped text."""
    link = Link("https://example.org/b", (Text("bridge"),))
    image = Image(
        "https://example.org/i.jpg",
        caption="The bridge *at* night",
        credit="© AFP_x",
        caption_spans=(Text("The "), link, Text(" *at* "), Emphasis((Text("night"),))),
    )
    table = Table(
        ((Cell("a"), Cell("b")),),
        caption="Votes by ward",
        caption_spans=(Strong((Text("Votes"),)), Text(" by ward")),
    )
    plain = Image("https://example.org/j.jpg", caption="# plain [x]")
    assert Article(body=(image, table, plain)).to_markdown() == (
        "![](<https://example.org/i.jpg>)\n"
        "*The [bridge](<https://example.org/b>) \\*at\\* *night* © AFP\\_x*\n\n"
        "**Votes** by ward\n\n| a | b |\n| --- | --- |\n\n"
        "![](<https://example.org/j.jpg>)\n*\\# plain \\[x\\]*\n"
    )


def test_markdown_of_nested_lists() -> None:
    """List entries render their blocks, nested lists indented under their item."""
    inner = ListBlock(("c", "d"), ordered=True)
    lists = ListBlock(
        ("a", "b c d"),
        entries=(ListItem((Paragraph("a"),)), ListItem((Paragraph("b"), inner))),
    )
    assert Article(body=(lists,)).to_markdown() == "- a\n- b\n  1. c\n  2. d\n"


def test_text_of_tables_and_code_blocks() -> None:
    """`text` holds a table's rows (cells joined by " | ") and a code block's text."""
    table = Table(((Cell("a"), Cell(""), Cell("b")), (Cell(""),), (Cell("c"),)))
    article = Article(body=(table, CodeBlock("x = 1")))
    assert article.text == "a | b\n\nc\n\nx = 1"


def test_markdown_escapes_a_number_at_a_line_start_after_it() -> None:
    """ "2. Not a list" becomes "2\\. Not a list" (a backslash before a digit is no escape); a
    table cell, which starts no line, keeps "2.3"."""
    table = Table(((Cell("a"), Cell("b")), (Cell("2.3 GB/s"), Cell("1) x"))))
    md = Article(body=(Paragraph("2. Not a list\n3) nor this"), table)).to_markdown()
    assert md.startswith("2\\. Not a list\n3\\) nor this\n\n")
    assert "| 2.3 GB/s | 1) x |" in md


def _nested_lists(depth: int) -> ListBlock:
    """A hand-made list holding lists `depth` levels deep, itself included."""
    block = ListBlock(("deep",))
    for _ in range(depth - 1):
        block = ListBlock(("item",), entries=(ListItem((Paragraph("item"), block)),))
    return block


def test_lists_nest_at_most_max_list_depth() -> None:
    """The model holds lists nested `MAX_LIST_DEPTH` deep and refuses one level more, so
    that every output (to_dict, Markdown, HTML) stays far inside Python's recursion limit."""
    assert _nested_lists(MAX_LIST_DEPTH).items == ("item",)
    with pytest.raises(ValueError, match="nest"):
        _nested_lists(MAX_LIST_DEPTH + 1)


def test_from_dict_refuses_blocks_nested_past_the_recursion_limit() -> None:
    """A hand-made dict of lists nested 5,000 deep is a ValueError, not a RecursionError."""
    data: dict[str, object] = {"type": "list", "items": ["deep"]}
    for _ in range(5_000):
        data = {"type": "list", "items": ["x"], "entries": [{"type": "item", "blocks": [data]}]}
    with pytest.raises(ValueError, match="nested"):
        Article.from_dict({"body": [data]})
