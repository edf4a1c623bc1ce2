"""Site parsers: host matching, selectors, field methods, registration and fallback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import attrs
import pytest
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import Article, Paragraph, SiteParser
from newsparse.errors import ParserRegistrationError, ParserWarning

# Hand-written page for these tests: a story with a teaser box that scoring would keep.
PAGE = """<html><head><title>Headline - Example</title>
<meta property="og:site_name" content="Example"></head><body>
<div class="story"><h1>Headline</h1>
<span class="who">By Jane Doe</span><time class="when" datetime="2024-05-01T10:00:00Z">May 1</time>
<p>The first paragraph of the story, long enough to be the body of the article.</p>
<div class="teaser-box"><p>A teaser that the site parser drops as site chrome.</p></div>
<p>The second paragraph of the story, which closes the article for this test.</p>
</div>
<div class="other"><p>An unrelated block that the body selector leaves out of the body.</p></div>
</body></html>"""
URL = "https://www.example.com/news/story"


class Example(SiteParser):
    """A site parser using every selector."""

    hosts = ("example.com",)
    body_selector = "div.story"
    drop_selector = ".teaser-box"
    author_selector = ".who"
    date_selector = "time.when"


@pytest.fixture
def registered() -> Iterator[type[SiteParser]]:
    newsparse.register(Example)
    yield Example
    newsparse.unregister(Example)


@pytest.mark.parametrize(
    ("host", "served"),
    [
        ("example.com", True),
        ("www.example.com", True),
        ("fr.example.com", True),
        ("amp.m.example.com", True),
        ("EXAMPLE.COM", True),
        ("badexample.com", False),
        ("example.com.evil.org", False),
    ],
)
def test_hosts_match_subdomains_only(host: str, served: bool) -> None:
    """A parser serves its hosts and their subdomains, not look-alikes."""
    assert Example.serves(host) is served


def test_generic_parser_name() -> None:
    """The base class is the generic parser, reported as "generic"."""
    assert newsparse.parse(PAGE).parser == "generic"


def test_selectors_apply_when_registered(registered: type[SiteParser]) -> None:
    """A registered parser is picked by host; its selectors shape the result."""
    article = newsparse.parse(PAGE, url=URL)
    assert article.parser.endswith("Example")
    assert article.authors == ("Jane Doe",)
    assert article.published == datetime.fromisoformat("2024-05-01T10:00:00+00:00")
    assert "teaser" not in article.text
    assert "unrelated block" not in article.text
    assert article.text.startswith("The first paragraph")


def test_explicit_parser_wins_without_registration() -> None:
    """`parse(..., parser=X)` uses X whatever the host."""
    article = newsparse.parse(PAGE, url="https://other.org/x", parser=Example)
    assert article.parser.endswith("Example")


def test_host_from_canonical_url_when_no_url(registered: type[SiteParser]) -> None:
    """Without a url, the page's canonical link picks the parser."""
    page = PAGE.replace("<head>", '<head><link rel="canonical" href="https://example.com/s">')
    assert newsparse.parse(page).parser.endswith("Example")


def test_field_method_replaces_one_field() -> None:
    """A field method gets the tree and the generic value and returns the new value."""

    class Titled(Example):
        def title(self, tree: LexborHTMLParser, default: str | None) -> str | None:
            return f"[{default}]"

        def tags(self, tree: LexborHTMLParser, default: tuple[str, ...]) -> list[str]:
            return ["a", "b"]

    article = newsparse.parse(PAGE, parser=Titled)
    assert article.title == "[Headline]"
    assert article.tags == ("a", "b")


def test_refine_changes_the_article() -> None:
    """`refine()` receives the finished article and returns the one to use."""

    class Refined(Example):
        def refine(self, article: Article) -> Article:
            return attrs.evolve(article, section="World")

    assert newsparse.parse(PAGE, parser=Refined).section == "World"


def test_crashing_parser_falls_back_with_a_warning() -> None:
    """A parser that raises gives the generic result and a ParserWarning naming it."""

    class Broken(Example):
        def title(self, tree: LexborHTMLParser, default: str | None) -> str | None:
            raise RuntimeError("boom")

    with pytest.warns(ParserWarning, match=r"Broken.*boom"):
        article = newsparse.parse(PAGE, parser=Broken)
    assert article.parser == "generic"
    assert article.title == "Headline"
    assert any(isinstance(b, Paragraph) for b in article.body)


def test_wrong_return_type_falls_back() -> None:
    """A refine() that returns something else than an Article falls back to generic."""

    class Wrong(Example):
        def refine(self, article: Article) -> Article:
            return "not an article"  # type: ignore[return-value]

    with pytest.warns(ParserWarning, match="Wrong"):
        assert newsparse.parse(PAGE, parser=Wrong).parser == "generic"


def test_register_works_as_decorator() -> None:
    """`@newsparse.register` returns the class and makes it available."""

    @newsparse.register
    class Decorated(SiteParser):
        hosts = ("decorated.example",)

    try:
        assert any(info.name.endswith("Decorated") for info in newsparse.parsers())
        page = "<p>Some text of a page on the decorated host, long enough.</p>"
        assert newsparse.parse(page, url="https://decorated.example/a").parser.endswith("Decorated")
    finally:
        newsparse.unregister(Decorated)


def test_duplicate_runtime_host_raises_naming_both(registered: type[SiteParser]) -> None:
    """Two runtime parsers claiming one host raise ParserRegistrationError naming both."""

    class Rival(SiteParser):
        hosts = ("example.com",)

    with pytest.raises(ParserRegistrationError, match=r"Example.*Rival"):
        newsparse.register(Rival)


def test_register_rejects_non_parsers() -> None:
    """register() takes SiteParser subclasses with hosts only."""
    with pytest.raises(TypeError):
        newsparse.register(object)  # type: ignore[type-var]

    class NoHosts(SiteParser):
        pass

    with pytest.raises(ValueError, match="no hosts"):
        newsparse.register(NoHosts)


def test_more_specific_runtime_host_wins(registered: type[SiteParser]) -> None:
    """A parser for a subdomain beats one for the parent domain."""

    class Sub(SiteParser):
        hosts = ("fr.example.com",)

    newsparse.register(Sub)
    try:
        page = "<p>Une page de test, assez longue pour faire un article.</p>"
        assert newsparse.parse(page, url="https://fr.example.com/a").parser.endswith("Sub")
        assert newsparse.parse(page, url="https://de.example.com/a").parser.endswith("Example")
    finally:
        newsparse.unregister(Sub)


def test_embed_selector_lifts_site_embeds() -> None:
    """Elements named by `embed_selector` become embeds at their position, out of the text."""

    class WithWidget(Example):
        embed_selector = ".poll-widget"

    page = PAGE.replace(
        '<div class="teaser-box">',
        '<div class="poll-widget" title="Reader poll"><iframe src="https://polls.example/p/7">'
        "</iframe>Vote now in our poll</div><div class='teaser-box'>",
    )
    article = newsparse.parse(page, url=URL, parser=WithWidget)
    assert [(e.kind, e.url, e.title) for e in article.embeds] == [  # type: ignore[union-attr]
        ("other", "https://polls.example/p/7", "Reader poll")
    ]
    assert article.embeds[0] in article.body
    assert "Vote now" not in article.text


def test_drop_selector_removes_even_article_elements() -> None:
    """A site's drop selector removes a nested <article> teaser, not the body it names."""

    class Nested(Example):
        drop_selector = "article.teaser"

    page = PAGE.replace(
        '<div class="teaser-box">',
        '<article class="teaser"><p>More articles from this section, a teaser.</p></article>'
        '<div class="teaser-box">',
    )
    article = newsparse.parse(page, parser=Nested)
    assert "More articles" not in article.text
    assert article.text.startswith("The first paragraph")


def _notebook_cell(hosts: tuple[str, ...]) -> type[SiteParser]:
    """A class defined anew each call under one qualified name, as a re-run notebook cell."""

    class Story(SiteParser):
        pass

    Story.hosts = hosts
    return Story


def test_registering_the_same_qualified_name_again_replaces_it() -> None:
    """A class of the same module and qualname as one registered replaces it, hosts and all."""
    first = newsparse.register(_notebook_cell(("cell.example", "old.example")))
    second = _notebook_cell(("cell.example",))
    assert second is not first
    try:
        assert newsparse.register(second) is second
        page = "<p>Some text of a page on the notebook host, long enough to keep.</p>"
        assert newsparse.parse(page, url="https://cell.example/a").parser == second.name()
        assert newsparse.parse(page, url="https://old.example/a").parser == "generic"
        runtime = [info for info in newsparse.parsers() if info.source == "runtime"]
        assert [info.hosts for info in runtime if info.name == second.name()] == [("cell.example",)]
    finally:
        newsparse.unregister(second)
        newsparse.unregister(first)


def test_another_class_claiming_a_registered_host_still_raises() -> None:
    """Replacing is for one qualified name: another class for the host is still an error."""
    cell = newsparse.register(_notebook_cell(("cell.example",)))

    class Other(SiteParser):
        hosts = ("cell.example",)

    try:
        with pytest.raises(ParserRegistrationError, match=r"Story.*Other"):
            newsparse.register(Other)
    finally:
        newsparse.unregister(cell)


@pytest.mark.parametrize("hosts", ["example.org", (b"example.org",), None])
def test_register_rejects_hosts_that_are_no_host_names(hosts: object) -> None:
    """`hosts` must be a tuple of names: a bare string would register each of its letters."""
    cell = _notebook_cell(())
    cell.hosts = hosts  # type: ignore[assignment]
    with pytest.raises(TypeError, match="hosts"):
        newsparse.register(cell)
