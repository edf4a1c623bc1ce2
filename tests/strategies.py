"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from newsparse.lexicon.kinds import KINDS
from newsparse.model import (
    Article,
    Block,
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
    Quote,
    RelatedLink,
    Span,
    Strong,
    Table,
    Text,
    Tweet,
)

texts = st.text(min_size=1, max_size=40)
urls = st.builds(
    lambda path: f"https://example.org/{path}", st.from_regex(r"[a-z0-9/]{0,20}", fullmatch=True)
)
datetimes = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.builds(
        lambda d, minutes: d.replace(tzinfo=timezone(timedelta(minutes=minutes))),
        st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
        st.integers(min_value=-12 * 60, max_value=14 * 60),
    ),
)
optional_texts = st.one_of(st.none(), texts)

spans: st.SearchStrategy[tuple[Span, ...]] = st.recursive(
    st.lists(
        st.one_of(st.builds(Text, texts), st.builds(Code, texts), st.builds(LineBreak)),
        max_size=3,
    ).map(tuple),
    lambda inner: st.lists(
        st.one_of(
            st.builds(Text, texts),
            st.builds(Link, urls, inner),
            st.builds(Emphasis, inner),
            st.builds(Strong, inner),
        ),
        max_size=3,
    ).map(tuple),
    max_leaves=8,
)
cells = st.builds(
    Cell,
    texts,
    spans,
    st.booleans(),
    st.integers(min_value=1, max_value=3),
    st.integers(min_value=1, max_value=3),
)
code_blocks = st.builds(CodeBlock, texts, optional_texts)
list_items = st.builds(
    ListItem,
    st.lists(
        st.one_of(
            st.builds(Paragraph, texts, spans),
            code_blocks,
            st.builds(ListBlock, st.lists(texts, max_size=2).map(tuple), st.booleans()),
        ),
        max_size=3,
    ).map(tuple),
)

blocks: st.SearchStrategy[Block] = st.one_of(
    st.builds(Paragraph, texts, spans),
    st.builds(Heading, texts, st.integers(min_value=1, max_value=6), spans),
    st.builds(Quote, texts, spans),
    st.builds(
        ListBlock,
        st.lists(texts, max_size=4).map(tuple),
        st.booleans(),
        st.lists(list_items, max_size=3).map(tuple),
    ),
    st.builds(
        Table,
        st.lists(st.lists(cells, max_size=3).map(tuple), max_size=3).map(tuple),
        optional_texts,
        spans,
    ),
    code_blocks,
    st.builds(Image, urls, optional_texts, optional_texts, optional_texts, spans),
    st.builds(
        Tweet,
        url=st.one_of(st.none(), urls),
        status_id=st.one_of(st.none(), st.from_regex(r"[0-9]{5,19}", fullmatch=True)),
        author_name=optional_texts,
        handle=optional_texts,
        text=texts,
        published=datetimes,
        links=st.lists(urls, max_size=3).map(tuple),
        hashtags=st.lists(texts, max_size=3).map(tuple),
        mentions=st.lists(texts, max_size=3).map(tuple),
        lang=optional_texts,
    ),
    st.builds(
        Embed,
        st.sampled_from(["youtube", "instagram"]),
        st.one_of(st.none(), urls),
        optional_texts,
        optional_texts,
        optional_texts,
    ),
)

articles: st.SearchStrategy[Article] = st.builds(
    Article,
    url=st.one_of(st.none(), urls),
    canonical_url=st.one_of(st.none(), urls),
    title=optional_texts,
    description=optional_texts,
    authors=st.lists(texts, max_size=3).map(tuple),
    published=datetimes,
    modified=datetimes,
    language=optional_texts,
    site_name=optional_texts,
    section=optional_texts,
    kind=st.one_of(st.none(), st.sampled_from(KINDS)),
    tags=st.lists(texts, max_size=3).map(tuple),
    image=st.one_of(st.none(), urls),
    body=st.lists(blocks, max_size=6).map(tuple),
    related=st.lists(st.builds(RelatedLink, texts, st.one_of(st.none(), urls)), max_size=3).map(
        tuple
    ),
)

# Plain text for `parse_text` ---------------------------------------------------------------------

_WORDS = (
    "river", "council", "water", "school", "bridge", "market", "winter", "harbour", "report",
    "minister", "village", "train", "doctors", "farmers", "budget", "museum", "station", "island",
    "forest", "summer", "voters", "engineers",
)  # fmt: skip
_VERBS = ("opened", "closed", "reported", "approved", "rebuilt", "visited", "delayed", "expanded")

plain_sentences = st.builds(
    lambda subject, verb, rest: f"{subject.capitalize()} {verb} {' '.join(rest)}.",
    st.sampled_from(_WORDS),
    st.sampled_from(_VERBS),
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12),
)
"""A plain sentence of ordinary words: no chrome phrase, no markup, a full stop at the end."""

plain_paragraphs = st.lists(plain_sentences, min_size=1, max_size=4).map(" ".join)
"""A prose paragraph of one to four plain sentences."""

plain_titles = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=8).map(
    lambda words: " ".join(words).capitalize()
)
"""A headline of ordinary words."""

residue_lines = st.one_of(
    st.sampled_from(
        [
            'Summary of UNGeneva</a> press briefing: <a href=""></a><br>In focus: <a href="">'
            '#Aleppo</a>, <a href="">#Mosul</a>. <a href=""></a></p>&mdash; UN Geneva '
            "(UNGeneva) November 1, 2016",
            '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Water is '
            'rising <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Region '
            '(@Region) <a href="https://twitter.com/Region/status/123456789">May 1, 2020</a>'
            "</blockquote>",
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
            "&mdash; Jane Doe (@jane) May 1, 2020",
            "pic.twitter.com/AbC123 &amp; more <br>",
            "</a></p>",
            '<a href="">the report</a> said &ndash; later &#8212; again &nbsp;',
        ]
    ),
    st.builds(
        lambda sentence, tag: f"{sentence} {tag}",
        plain_sentences,
        st.sampled_from(["<br>", "</a>", '<a href="">', "</p>", "&mdash;", "&#8212;", "<br/>"]),
    ),
)
"""A line with half-stripped embed markup: tags, entities, a tweet footer."""

residue_texts = st.lists(st.one_of(plain_paragraphs, residue_lines), min_size=1, max_size=8).map(
    "\n\n".join
)
"""Text mixing prose paragraphs and residue lines, as a naive extractor leaves it."""

# Hostile markup for the property tests -----------------------------------------------------------

_TAGS = (
    "div", "p", "span", "a", "b", "i", "em", "strong", "h1", "h2", "h3", "ul", "ol", "li",
    "blockquote", "figure", "figcaption", "img", "br", "table", "tr", "td", "script", "style",
    "iframe", "meta", "article", "section", "header", "footer", "nav", "aside", "time", "noscript",
    "title", "pre", "code", "picture", "source", "video", "template", "svg", "math", "textarea",
    "button", "form", "input", "base", "link", "main", "font", "center", "marquee", "body", "head",
)  # fmt: skip
_ATTRIBUTES = (
    "class", "id", "href", "src", "data-src", "alt", "title", "lang", "dir", "datetime", "content",
    "property", "name", "rel", "itemprop", "style", "onclick", "srcset", "cite", "data-lazy-src",
)  # fmt: skip
_CLASSES = (
    "twitter-tweet", "instagram-media", "tiktok-embed", "article-body", "content", "story",
    "related", "share", "comments", "byline", "author", "caption", "credit", "newsletter", "ad",
    "related-articles", "wp-caption-text", "entry-content", "post", "sidebar",
)  # fmt: skip
_URLS = (
    "https://twitter.com/user/status/1234567890", "https://x.com/a/status/99", "/relative/path",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>",
    "vbscript:msgbox(1)", "//cdn.example.org/i.jpg", "https://example.org/a b>c\n", "#top",
    "https://www.youtube.com/embed/dQw4w9WgXcQ", "http://[::1", "mailto:a@b.c", "ftp://x/y",
    "https://example.org/image.jpg", "", "https://pic.twitter.com/AbC", "https://t.co/xyz",
    "http:", "http://", "http:///x", "https://@/x", "/a&#x81;b.jpg",
)  # fmt: skip
_PIECES = (
    "&amp;", "&mdash;", "&nbsp;", "&#8212;", "&#x1F600;", "&#1;", "&#x7f;", "&#0;", "&#150;",
    "&bogus;", "&amp;", "&lt;3", "a &gt; b", "\u200b", "\xad", "\ufeff", "\ufdd0",
    "pic.twitter.com/AbC", "— Jane Doe (@jane) May 1, 2020", "Share this article", "Read more:",
    "By Jane Doe", "https://t.co/xyz", "#hashtag", "@mention", "\r\n", "\t", "\x0b\x0c",
    "👩\u200d👩\u200d👧", "שלום עולם", "مرحبا بالعالم", "\ud83d\ude00", " \ud83d", "\u202eevil",
    "&#x81;", "&#x8D;", "&#x8f;", "&#x90;", "&#x9D;", "&#157;", "\x85", "\x9b",
)  # fmt: skip
hostile_chars = st.characters(
    blacklist_categories=("Cs",), blacklist_characters="<&"
) | st.sampled_from(
    ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9f", "\ud800", "\udfff", "\u202e", "\u200f",
     "😀", "\n", " ", "\u3000", "\u2028", "\ufffd", "\u0301", "ß"]
)  # fmt: skip
"""Any character but `<` and `&`, plus controls, lone surrogates, emoji and right-to-left text."""

hostile_texts = st.lists(
    st.one_of(st.text(hostile_chars, max_size=30), st.sampled_from(_PIECES)), max_size=6
).map("".join)
"""Text for a text node: the characters above and entity, tweet and chrome fragments."""

_attribute_values = st.one_of(
    st.sampled_from(_URLS), st.sampled_from(_CLASSES), hostile_texts.map(lambda t: t[:40])
)
_attributes = st.lists(st.tuples(st.sampled_from(_ATTRIBUTES), _attribute_values), max_size=4).map(
    lambda pairs: "".join(f' {name}="{value.replace(chr(34), "&quot;")}"' for name, value in pairs)
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attributes, inner, closed: (
            f"<{tag}{attributes}>{''.join(inner)}" + (f"</{tag}>" if closed else "")
        ),
        st.sampled_from(_TAGS),
        _attributes,
        st.lists(children, max_size=4),
        st.booleans(),
    )


json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), hostile_texts,
        st.sampled_from(["NewsArticle", "Person", "2020-05-01T10:00:00Z", "not a date", *_URLS]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                ["@type", "@id", "@graph", "headline", "name", "author", "datePublished",
                 "dateModified", "image", "url", "publisher", "articleBody", "keywords",
                 "mainEntityOfPage", "inLanguage", "description", "articleSection", "@value"]
            ),
            inner,
            max_size=6,
        ),
    ),
    max_leaves=20,
)  # fmt: skip
"""JSON-LD values with every field of the wrong type somewhere."""

_deep_json = st.integers(min_value=1, max_value=5000).map(lambda n: "[" * n + "]" * n)
_graph_loop = st.just(
    '{"@graph": [{"@id": "#a", "@type": "NewsArticle", "author": {"@id": "#b"}},'
    ' {"@id": "#b", "@type": "Person", "author": {"@id": "#a"}, "@graph": {"@id": "#a"}}]}'
)
jsonld_scripts = st.one_of(
    json_values.map(lambda value: __import__("json").dumps(value)),
    _deep_json,
    _graph_loop,
    st.integers(min_value=0, max_value=3000).map(lambda n: '{"keywords": [' + '"a",' * n + '"b"]}'),
    json_values.map(lambda value: __import__("json").dumps(value)[:-1]),  # truncated
).map(lambda body: f'<script type="application/ld+json">{body}</script>')
"""A JSON-LD `<script>`: random values, deep nesting, long arrays, `@graph` loops, junk."""

html_nodes = st.recursive(st.one_of(hostile_texts, jsonld_scripts), _element, max_leaves=25)
"""A fragment of markup: real tags and attributes around hostile text and JSON-LD."""

html_pages = st.builds(
    lambda head, body: f"<!doctype html><html><head>{head}</head><body>{body}</body></html>",
    st.lists(st.one_of(jsonld_scripts, _element(hostile_texts)), max_size=3).map("".join),
    st.lists(html_nodes, min_size=1, max_size=5).map("".join),
)
"""A whole page (doctype, head with metadata and JSON-LD, body of random nodes)."""

article_pages = st.builds(
    lambda paragraphs, extra: (
        "<html><head><title>A story</title></head><body><article>"
        + "".join(
            f"<p>The council approved the budget for the new bridge on Monday. {text}</p>"
            for text in paragraphs
        )
        + extra
        + "</article></body></html>"
    ),
    st.lists(hostile_texts, min_size=1, max_size=6),
    html_nodes,
)
"""An article page whose paragraphs are long enough to be kept, holding hostile text."""

_LINK_TAGS = ("div", "section", "a", "p", "span", "h2", "img", "picture", "ul", "li", "b")
_LINK_ATTRIBUTES = ("", " href", ' href="/a"', ' href="/a#x"', ' href="/b.jpg"', ' href="/c"')
_LINK_TEXTS = st.text(st.sampled_from(" \n\t\xa0\u3000\u2003ab.,é字"), max_size=8)
link_trees = st.recursive(
    _LINK_TEXTS,
    lambda children: st.builds(
        lambda tag, attributes, inner: f"<{tag}{attributes}>{''.join(inner)}</{tag}>",
        st.sampled_from(_LINK_TAGS),
        st.sampled_from(_LINK_ATTRIBUTES),
        st.lists(children, max_size=4),
    ),
    max_leaves=30,
)
"""Markup of boxes, links (to a few addresses, with and without `href`), headings and
pictures around text with every kind of white space: what the chrome shapes read."""
