"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from newsparse.model import (
    Article,
    Block,
    Embed,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    RelatedLink,
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

blocks: st.SearchStrategy[Block] = st.one_of(
    st.builds(Paragraph, texts),
    st.builds(Heading, texts, st.integers(min_value=1, max_value=6)),
    st.builds(Quote, texts),
    st.builds(ListBlock, st.lists(texts, max_size=4).map(tuple), st.booleans()),
    st.builds(Image, urls, optional_texts, optional_texts, optional_texts),
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
