"""The pipeline as a visible sequence of passes over one `Page` (`newsparse.pipeline`)."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import embeds
from newsparse.dom import parse_document
from newsparse.errors import ParserWarning
from newsparse.model import Article, Paragraph, Tweet
from newsparse.page import EMBED_MARKER, Page
from newsparse.pipeline import PASSES, Pass, Passes, run
from newsparse.siteparser import SiteParser

URL = "https://news.example.org/news/budget"
# Hand-written page: a story with an embedded tweet between two paragraphs and a related list.
DATA = Path(__file__).parent / "data" / "embeds"
PAGE = (DATA / "handwritten-budget-tweet-related.html").read_text(encoding="utf-8")
# Hand-written: a tweet the embeds pass lifts, for the chrome property below.
TWEET = (
    '<blockquote class="twitter-tweet"><p>Hello</p>&mdash; A (@a) '
    '<a href="https://twitter.com/a/status/{id}">May 1, 2020</a></blockquote>'
)


def page_of(html: str, url: str | None = URL, site: SiteParser | None = None) -> Page:
    """A fresh `Page` of `html`, no pass run yet."""
    return Page(parse_document(html), url, site or SiteParser())


def markers(page: Page) -> list[str]:
    """The `data-index` of each embed marker in `page.tree`, in document order."""
    return [node.attributes.get("data-index") or "" for node in page.tree.css(EMBED_MARKER)]


def test_the_passes_are_named_in_the_order_they_run() -> None:
    """`PASSES` lists the passes by name, from metadata to the site parser's refine()."""
    assert PASSES.names() == (
        "metadata",
        "cut",
        "embeds",
        "related",
        "chrome",
        "container",
        "claim",
        "dateline",
        "tidy",
        "assemble",
        "refine",
    )
    assert [step.name for step in PASSES] == list(PASSES.names())


def test_a_pass_is_found_by_name_or_index() -> None:
    """`PASSES["chrome"]` is the pass at its index; an unknown name is a KeyError."""
    index = PASSES.names().index("chrome")
    assert PASSES["chrome"] is PASSES[index]
    assert "chrome" in PASSES
    assert PASSES[index] in PASSES
    assert "nothing" not in PASSES
    assert PASSES[index:].names()[0] == "chrome"
    assert len(PASSES) == len(PASSES.names())
    with pytest.raises(KeyError):
        PASSES["nothing"]


def test_two_passes_may_not_share_a_name() -> None:
    """A sequence whose names repeat is refused: a name finds one pass."""
    step = PASSES["chrome"]
    with pytest.raises(ValueError, match="share a name"):
        Passes((step, Pass("chrome", PASSES["tidy"].run)))


def test_each_pass_writes_its_fields_of_the_page() -> None:
    """Run one at a time, each pass leaves in `Page` what its docstring says."""
    signed = PAGE.replace("<h2>", "<p>— Jane Doe</p><h2>").replace(
        "</title>", '</title><meta name="author" content="Jane Doe">'
    )
    page = page_of(signed)
    steps = iter(PASSES)

    next(steps).run(page)  # metadata
    assert page.metadata.title == "Council votes on the budget"
    assert page.base_url == URL
    assert (page.embeds, page.related, page.body, page.article) == ((), (), (), None)

    before = page.tree.html
    next(steps).run(page)  # cut: a page far below the limit keeps its tree
    assert page.tree.html == before

    next(steps).run(page)  # embeds
    assert [type(post) for post in page.embeds] == [Tweet]
    assert markers(page) == ["0"]

    next(steps).run(page)  # related
    assert [link.url for link in page.related] == [
        "https://news.example.org/news/other-story",
        "https://news.example.org/news/third-story",
    ]
    assert page.tree.css_first("ul") is None

    next(steps).run(page)  # chrome
    assert markers(page) == ["0"]
    assert page.containers == ()
    assert page.body == ()

    next(steps).run(page)  # container
    assert [node.tag for node in page.containers] == ["article"]
    assert [type(block).__name__ for block in page.body] == [
        "Paragraph",
        "Tweet",
        "Paragraph",
        "Paragraph",
    ]
    assert page.body[-1].text == "— Jane Doe"

    next(steps).run(page)  # claim: the page reviews no claim
    assert page.claim is None
    next(steps).run(page)  # dateline: the metadata has a date already
    next(steps).run(page)  # tidy: the signature under the article goes
    assert [type(block).__name__ for block in page.body] == ["Paragraph", "Tweet", "Paragraph"]

    next(steps).run(page)  # assemble
    assert page.article is not None
    assert page.article.body == page.body
    assert page.article.related == page.related

    next(steps).run(page)  # refine
    assert next(steps, None) is None
    assert page.article == newsparse.parse(signed, url=URL)


def test_run_gives_what_parse_gives() -> None:
    """`run(Page)` over a parsed tree returns the Article `parse()` returns."""
    assert run(page_of(PAGE)) == newsparse.parse(PAGE, url=URL)


def test_a_pass_is_added_by_one_registration() -> None:
    """A pass put into a copy of the sequence runs in its place: here, after "container", one
    that keeps only the paragraphs of the body; `PASSES` itself is unchanged."""

    def prose_only(page: Page) -> None:
        page.body = tuple(block for block in page.body if isinstance(block, Paragraph))

    at = PASSES.index(PASSES["container"]) + 1
    passes = Passes((*PASSES[:at], Pass("prose only", prose_only), *PASSES[at:]))
    assert passes.names()[at - 1 : at + 2] == ("container", "prose only", "claim")
    article = run(page_of(PAGE), passes)
    assert [type(block) for block in article.body] == [Paragraph, Paragraph]
    assert len(article.embeds) == 1
    assert "prose only" not in PASSES


def test_wrapping_every_pass_sees_each_run_once_in_order() -> None:
    """The seam `benchmarks/passes.py` times through: a wrapper around each registered pass
    sees every pass called once per page, in the order of `PASSES`."""
    seen: list[str] = []

    def wrapped(step: Pass) -> Pass:
        def counted(page: Page) -> None:
            seen.append(step.name)
            step.run(page)

        return Pass(step.name, counted)

    article = run(page_of(PAGE), Passes(map(wrapped, PASSES)))
    assert seen == list(PASSES.names())
    assert article == newsparse.parse(PAGE, url=URL)


def test_the_embed_marker_is_page_state() -> None:
    """The marker the embeds pass leaves is the one `newsparse.page` documents."""
    assert embeds.EMBED_MARKER is EMBED_MARKER
    page = page_of(PAGE.replace("</article>", TWEET.format(id=42) + "</article>"))
    PASSES["metadata"].run(page)
    PASSES["embeds"].run(page)
    assert markers(page) == ["0", "1"]
    assert len(page.embeds) == 2


# Elements that chrome removal takes away, around an embed (hand-written shapes).
_CHROME_AROUND = st.sampled_from(
    (
        "<nav>{}</nav>",
        "<aside>{}</aside>",
        "<footer>{}</footer>",
        '<div class="share-buttons">{}</div>',
        '<div class="comments">{}</div>',
        '<div class="advertisement">{}</div>',
        "<form>{}</form>",
        "<div>{}</div>",
        "<section>{}</section>",
    )
)


@given(st.lists(st.lists(_CHROME_AROUND, max_size=3), min_size=1, max_size=4))
def test_chrome_removal_keeps_every_embed_marker(wrappers: list[list[str]]) -> None:
    """Whatever chrome an embed stands in, the chrome pass leaves its marker in the tree."""
    body = "<p>The council approved the budget on Tuesday after a long debate.</p>"
    for index, around in enumerate(wrappers):
        embed = TWEET.format(id=index + 1)
        for shape in around:
            embed = shape.format(embed)
        body += embed
    page = page_of(f"<html><body><article>{body}</article></body></html>")
    for name in ("metadata", "embeds", "chrome"):
        PASSES[name].run(page)
    assert len(page.embeds) == len(wrappers)
    assert sorted(markers(page)) == sorted(str(i) for i in range(len(wrappers)))


class _Broken(SiteParser):
    """A site parser whose refine() returns no Article."""

    def refine(self, article: Article) -> Article:
        return "not an article"  # type: ignore[return-value]


def test_a_refine_that_returns_no_article_is_refused() -> None:
    """`run` raises TypeError; `parse()` warns and falls back to the generic parser."""
    with pytest.raises(TypeError, match="refine\\(\\) returned str, not Article"):
        run(page_of(PAGE, site=_Broken()))
    with pytest.warns(ParserWarning, match="refine\\(\\) returned str"):
        article = newsparse.parse(PAGE, url=URL, parser=_Broken)
    assert article.parser == "generic"
    assert isinstance(article.body[0], Paragraph)


def test_page_fields_are_documented() -> None:
    """Every field of `Page` is named in its docstring, where the passes read what it holds."""
    doc = Page.__doc__ or ""
    for field in attrs.fields(Page):
        assert f"`{field.name}`" in doc, field.name


def test_a_sequence_that_assembles_nothing_is_refused() -> None:
    """Without the "assemble" pass there is no Article to return: `run` raises TypeError."""
    passes = Passes(step for step in PASSES if step.name != "assemble")
    with pytest.raises(TypeError, match="left NoneType, not an Article"):
        run(page_of(PAGE), passes)
