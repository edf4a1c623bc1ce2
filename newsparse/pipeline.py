"""The passes over one parsed tree, in order, with a site parser's refinements applied.

    1. metadata (read-only)      4. chrome removal      \\
    2. lift embeds               5. container choice     > extract_body
    3. lift related sections     6. blocks              /
    7. assemble the Article, then the site parser's `refine()`
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import attrs
from selectolax.lexbor import LexborHTMLParser

from newsparse.content import extract_body
from newsparse.embeds import lift_embeds
from newsparse.html import attr, normalize_space
from newsparse.html import base_url as page_base_url
from newsparse.lexicon import bylines
from newsparse.lexicon.build import alternation
from newsparse.metadata import Metadata, read_metadata
from newsparse.metadata.byline import clean_byline
from newsparse.metadata.dates import dateline_date, parse_date
from newsparse.metadata.jsonld import read_claim_review
from newsparse.model import Article, Block, Heading, Paragraph, Quote
from newsparse.related import lift_related
from newsparse.siteparser import SiteParser, overridden_fields
from newsparse.text import words

__all__ = ["run"]

_TUPLE_FIELDS = frozenset({"authors", "tags"})
_DATELINE_BLOCKS = 3  # the first blocks of the body that may open with a dateline
# What may stand before an author's name in a signature line: a dash, "By", "Von", "Par".
_SIGNATURE = re.compile(
    rf"^\s*(?:[-\u2013\u2014]+|(?:{alternation(bylines.BY)})\s)\s*", re.IGNORECASE
)


def run(tree: LexborHTMLParser, url: str | None, site: SiteParser) -> Article:
    """Run every pass over `tree` (which it mutates) and return the Article."""
    meta = _site_metadata(site, tree, read_metadata(tree, url))
    claim = read_claim_review(tree)  # before the chrome pass removes the scripts
    # `<base href>` first, read with the metadata; without a URL, against the canonical one.
    base_url = meta.base_url or page_base_url(tree, meta.canonical_url)
    embeds = lift_embeds(tree, base_url, site.embed_selector)
    related = lift_related(tree, base_url, site.related_selector)
    body = extract_body(
        tree,
        url=base_url,
        title=meta.title,
        article_body=meta.article_body,
        embeds=embeds,
        body_selector=site.body_selector,
        drop_selector=site.drop_selector,
        page_url=url or meta.canonical_url,
    )
    body = _with_claim(body, claim)
    if meta.published is None:
        meta = attrs.evolve(meta, published=_dateline(body))
    fields = attrs.asdict(meta, recurse=False)
    del fields["article_body"]  # a cross-check for the body extractor, not an Article field
    del fields["base_url"]
    article = Article(
        url=url,
        **fields,
        body=_without_closing_byline(_without_repeated_title(body, meta.title), meta.authors),
        embeds=embeds,
        related=related,
        parser=site.name(),
    )
    return site.refine(article)


def _site_metadata(site: SiteParser, tree: LexborHTMLParser, meta: Metadata) -> Metadata:
    """The generic metadata with the site parser's selectors and field methods applied."""
    changes: dict[str, Any] = {}
    if site.author_selector:
        names = [n for node in tree.css(site.author_selector) for n in clean_byline(node.text())]
        if names:
            changes["authors"] = tuple(dict.fromkeys(names))
    if site.date_selector:
        node = tree.css_first(site.date_selector)
        if node is not None:
            value = attr(node, "datetime") or attr(node, "content") or normalize_space(node.text())
            published = parse_date(value)
            if published is not None:
                changes["published"] = published
    if changes:
        meta = attrs.evolve(meta, **changes)
    for name in overridden_fields(site):
        value = getattr(site, name)(tree, getattr(meta, name))
        changes[name] = tuple(value) if name in _TUPLE_FIELDS and value is not None else value
    return attrs.evolve(meta, **changes) if changes else meta


def _with_claim(body: tuple[Block, ...], claim: tuple[str, str | None] | None) -> tuple[Block, ...]:
    """`body` opened by the claim a fact-check reviews and its rating, as a quote ("Claim: …
    Rating: …"), unless the body already holds the claim's words."""
    if claim is None:
        return body
    text, rating = claim
    wanted = " ".join(words(text))
    shown = (block for block in body if isinstance(block, (Paragraph, Heading, Quote)))
    if any(wanted in " ".join(words(block.text)) for block in shown):
        return body
    quote = f"Claim: {text}\nRating: {rating}" if rating else f"Claim: {text}"
    return (Quote(quote), *body)


def _dateline(body: tuple[Block, ...]) -> datetime | None:
    """The date that one of the first paragraphs opens with, as a dateline ("02.11.2022 - …")."""
    for block in body[:_DATELINE_BLOCKS]:
        if isinstance(block, Paragraph):
            found = dateline_date(block.text)
            if found is not None:
                return found
    return None


def _without_repeated_title(body: tuple[Block, ...], title: str | None) -> tuple[Block, ...]:
    """Drop a leading heading or paragraph that only repeats the title (its words)."""
    if (
        title
        and body
        and isinstance(body[0], (Heading, Paragraph))
        and words(body[0].text) == words(title)
    ):
        return body[1:]
    return body


def _without_closing_byline(body: tuple[Block, ...], authors: tuple[str, ...]) -> tuple[Block, ...]:
    """Drop a last paragraph that only names an author ("Kab NIANG", "By Jane Doe", "— Jane
    Doe"): the byline printed as a signature under the article."""
    if not body or not authors or not isinstance(body[-1], Paragraph):
        return body
    signed = _SIGNATURE.sub("", body[-1].text).strip()
    if any(words(signed) == words(author) for author in authors):
        return body[:-1]
    return body
