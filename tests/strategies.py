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
