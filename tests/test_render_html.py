"""`Article.to_html()` and the YAML front matter of `to_markdown()`: semantic, clean, safe.

The safety tests read the HTML back as a sanitizer would: every element and attribute must be
on the allow-list, every link and image an http(s) URL, and the text what the article holds.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import (
    Article,
    Cell,
    Code,
    CodeBlock,
    Embed,
    Emphasis,
    Heading,
    Image,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Strong,
    Table,
    Text,
    Tweet,
)
from newsparse.render_html import ATTRIBUTES, ELEMENTS
from tests.strategies import articles

# Markup a hostile page or site parser may put in text: each must come out as text.
_HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '"><svg onload=alert(1)>',
        "</p></article><iframe src=javascript:alert(1)>",
        "<a href='javascript:alert(1)'>x</a>",
        "&lt;b&gt; &amp; <!-- -->",
        "<style>*{}</style>",
    ]
)
_HOSTILE_TEXT = st.lists(st.one_of(_HOSTILE, st.text(max_size=20)), max_size=4).map("".join)


_FENCED = re.compile(r"^(`{3,})[^\n]*\n.*?\n\1$", re.DOTALL | re.MULTILINE)
# The one class allowed: a code block's language, on its `<code>`.
_LANGUAGE_CLASS = re.compile(r"language-[A-Za-z0-9_+#.\-]{1,30}")


def assert_sanitary(html: str) -> None:
    """Every element and attribute of `html` is allowed, URLs are http(s), and a class is
    only a code block's language."""
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    assert tree.body is not None
    assert tree.body.child is not None
    for node in tree.body.traverse():
        if not node.is_element_node or node.tag == "body":
            continue
        assert node.tag in ELEMENTS, node.tag
        allowed = ATTRIBUTES.get(node.tag or "", frozenset())
        for name, value in node.attributes.items():
            assert name in allowed, (node.tag, name)
            if name in {"href", "src"}:
                assert value is not None
                assert value.startswith(("http://", "https://")), value
            if name == "class":
                assert node.tag == "code", node.tag
                assert node.parent is not None
                assert node.parent.tag == "pre"
                assert value is not None
                assert _LANGUAGE_CLASS.fullmatch(value), value


def _document() -> Article:
    """Hand-made: an article with every block and span kind."""
    link = Link("https://example.org/a?x=1&y=2", (Strong((Text("bold link"),)),))
    return Article(
        title="A <title> & more",
        body=(
            Paragraph(
                "See bold link, x < y\nnext",
                (Text("See "), link, Text(", x < y"), LineBreak(), Emphasis((Text("next"),))),
            ),
            Heading("Section", 3),
            ListBlock(
                ("a", "b c"),
                ordered=True,
                entries=(
                    ListItem((Paragraph("a"),)),
                    ListItem((Paragraph("b"), ListBlock(("c",)))),
                ),
            ),
            Table(
                ((Cell("h", header=True), Cell("n", header=True)), (Cell("1", colspan=2),)),
                "Cap & x",
                (Emphasis((Text("Cap"),)), Text(" & x")),
            ),
            CodeBlock("if a < b:\n    pass", "python"),
            Image(
                "https://example.org/i.jpg",
                caption="Cap <1>",
                credit="AFP",
                alt='say "hi"',
                caption_spans=(Link("https://example.org/c", (Text("Cap"),)), Text(" <1>")),
            ),
            Paragraph("run x()", (Text("run "), Code("x()"))),
        ),
    )


def test_to_html_writes_semantic_markup() -> None:
    """Each block and span becomes its HTML element, text and attributes escaped."""
    html = _document().to_html()
    assert html == (
        "<article>\n"
        "<h1>A &lt;title&gt; &amp; more</h1>\n"
        '<p>See <a href="https://example.org/a?x=1&amp;y=2"><strong>bold link</strong></a>,'
        " x &lt; y<br><em>next</em></p>\n"
        "<h3>Section</h3>\n"
        "<ol><li>a</li><li><p>b</p><ul><li>c</li></ul></li></ol>\n"
        "<table><caption><em>Cap</em> &amp; x</caption><tbody><tr><th>h</th><th>n</th></tr>"
        '<tr><td colspan="2">1</td></tr></tbody></table>\n'
        '<pre><code class="language-python">if a &lt; b:\n    pass</code></pre>\n'
        '<figure><img src="https://example.org/i.jpg" alt="say &quot;hi&quot;">'
        '<figcaption><a href="https://example.org/c">Cap</a> &lt;1&gt; AFP</figcaption></figure>\n'
        "<p>run <code>x()</code></p>\n"
        "</article>\n"
    )
    assert_sanitary(html)


@given(articles)
def test_any_article_gives_sanitary_html(article: Article) -> None:
    """Whatever an article holds, its HTML passes the sanitizer's view."""
    assert_sanitary(article.to_html())


@settings(max_examples=20)
@given(texts=st.lists(_HOSTILE_TEXT, min_size=3, max_size=3), href=_HOSTILE)
def test_a_hostile_page_cannot_inject_through_html_or_markdown(texts: list[str], href: str) -> None:
    """Hand-made pages with markup as text, in attributes and as links (in paragraphs, cells,
    lists and captions): the HTML holds only allowed markup, and the Markdown no raw HTML tag
    and only http(s) links."""
    from html import escape

    a, b, c = (escape(text) for text in texts)
    page = (
        f"<html><head><title>{a}</title></head><body><article><h1>{a}</h1>"
        f"<p>The council approved the budget for the new bridge across the river on Monday,"
        " after a debate of three hours in which every member spoke at least once.</p>"
        f"<p>The council approved the budget for the bridge. {b} "
        f'<a href="{escape(href)}">{c}</a> <a href="/x" onclick="alert(1)">{b}</a></p>'
        f"<table><caption><b>{a}</b> <a href='{escape(href)}'>{b}</a></caption>"
        f"<tr><th>{c}</th><th>2</th></tr><tr><td>{a}</td><td>3</td></tr>"
        f"<tr><td>{b}</td><td>4</td></tr></table>"
        f"<ul><li><em>{b}</em><ul><li>{c}</li></ul></li></ul>"
        f'<figure><img src="/i.jpg" alt="{a}"><figcaption><em>{c}</em> <a href="/x">{a}</a>'
        f' <a href="{escape(href)}">{b}</a></figcaption></figure>'
        f'<pre class="language-{escape(href)}">{b}</pre></article></body></html>'
    )
    article = newsparse.parse(page, "https://example.org/news/story")
    kinds = {type(block) for block in article.body}
    assert {Table, Image} <= kinds, article.body
    assert_sanitary(article.to_html())
    markdown = article.to_markdown()  # (front matter is YAML data, read back below)
    markdown = _FENCED.sub("", markdown)  # code blocks are shown as they are, never as markup
    assert not re.search(r"(?<!\\)<(?!https?://)[a-z!/?]", markdown, re.IGNORECASE), markdown
    for target in re.findall(r"\]\(<([^>]*)>\)", markdown):
        assert target.startswith(("http://", "https://")), target


def test_front_matter_is_yaml_of_the_metadata() -> None:
    """Title, authors, dates, URL, site, language and tags, quoted: a page's text cannot end
    the block or add a key."""
    article = Article(
        title='Bridge: "yes"\n---\nevil: true',
        authors=("Jane Doe", "- x"),
        published=datetime(2024, 4, 30, 16, 38, tzinfo=timezone.utc),
        url="https://example.org/news/story",
        site_name="Example\u2028News",
        language="en",
        tags=("bridge", "#1 & *a"),
        body=(Paragraph("Text."),),
    )
    markdown = article.to_markdown(front_matter=True)
    head, _, rest = markdown.removeprefix("---\n").partition("\n---\n")
    assert yaml.safe_load(head) == {
        "title": 'Bridge: "yes"\n---\nevil: true',
        "authors": ["Jane Doe", "- x"],
        "published": "2024-04-30T16:38:00+00:00",
        "url": "https://example.org/news/story",
        "site_name": "Example\u2028News",
        "language": "en",
        "tags": ["bridge", "#1 & *a"],
    }
    assert rest.startswith("\n# Bridge")
    assert Article().to_markdown(front_matter=True) == "---\n---\n"


@given(title=st.text(), tags=st.lists(st.text(), max_size=3))
def test_front_matter_reads_back_whatever_the_text(title: str, tags: list[str]) -> None:
    """Any title and tags read back from the YAML as the article holds them."""
    article = Article(title=title or None, tags=tuple(tags))
    head = article.to_markdown(front_matter=True).split("\n---\n")[0].removeprefix("---\n")
    loaded = yaml.safe_load(head) if head != "---" else None
    expected = {
        key: value
        for key, value in (("title", article.title), ("tags", list(article.tags)))
        if value
    }
    assert (loaded or {}) == expected


def test_a_code_block_names_its_language_only_when_safe() -> None:
    """A code block's language is a `language-` class on its `<code>` when the name is
    letters, digits and `_+#.-`; another name (quotes, spaces, markup) gives no class."""
    html = Article(
        body=(
            CodeBlock("x", "c++"),
            CodeBlock("y", 'py" onclick="alert(1)'),
            CodeBlock("z", "<b>"),
            CodeBlock("w"),
        )
    ).to_html()
    assert html == (
        '<article>\n<pre><code class="language-c++">x</code></pre>\n'
        "<pre><code>y</code></pre>\n<pre><code>z</code></pre>\n<pre><code>w</code></pre>\n"
        "</article>\n"
    )
    assert_sanitary(html)


def test_an_image_without_alt_has_an_empty_one() -> None:
    """An image always has an `alt` (empty when unknown), as HTML asks."""
    html = Article(body=(Image("https://example.org/i.jpg"),)).to_html()
    assert '<img src="https://example.org/i.jpg" alt="">' in html


def test_embeds_are_a_quote_or_a_paragraph_with_a_link() -> None:
    """A tweet is a quote with its byline and link; another embed a paragraph with its link."""
    tweet = Tweet(
        url="https://x.com/u/status/1",
        author_name="U <b>",
        handle="u",
        text="Hi & bye",
        published=datetime(2020, 5, 1, tzinfo=timezone.utc),
    )
    html = Article(body=(tweet, Embed("youtube", "https://youtu.be/x", "Clip"))).to_html()
    assert html == (
        "<article>\n<blockquote><p>Hi &amp; bye</p><p>— U &lt;b&gt; (@u) 2020-05-01"
        ' <a href="https://x.com/u/status/1">link</a></p></blockquote>\n'
        '<p>youtube: <a href="https://youtu.be/x">Clip</a></p>\n</article>\n'
    )
