"""The passes over one parsed page, in order: `PASSES`, run by `run(page)`.

Each pass is a function `pass(page) -> None` that reads and writes the fields of a
`newsparse.page.Page`; `PASSES` names them in the order they run:

    metadata ─▶ cut ─▶ embeds ─▶ related ─▶ chrome ─▶ container ─▶ claim ─▶ dateline ─▶ tidy
    ─▶ assemble ─▶ refine

A contributor adds a pass by writing a function of `Page` in the module of its job and putting
it in `PASSES` where it belongs; the fields it writes are documented on `Page`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import overload

import attrs

from newsparse.content.cut import cut_pass
from newsparse.content.extract import chrome_pass, container_pass
from newsparse.embeds import embeds_pass
from newsparse.lexicon import bylines
from newsparse.lexicon.build import alternation
from newsparse.metadata import read_metadata
from newsparse.metadata.dates import dateline_date
from newsparse.metadata.jsonld import read_claim_review
from newsparse.model import Article, Block, Heading, Paragraph, Quote
from newsparse.page import Page
from newsparse.related import related_pass
from newsparse.text import words
from newsparse.urls import base_url as page_base_url

__all__ = ["PASSES", "Pass", "Passes", "run"]

_DATELINE_BLOCKS = 3  # the first blocks of the body that may open with a dateline
# What may stand before an author's name in a signature line: a dash, "By", "Von", "Par".
_SIGNATURE = re.compile(
    rf"^\s*(?:[-\u2013\u2014]+|(?:{alternation(bylines.BY)})\s)\s*", re.IGNORECASE
)


@attrs.frozen
class Pass:
    """One pass: its `name` and the function `run(page) -> None` that does it."""

    name: str
    run: Callable[[Page], None]


class Passes(Sequence[Pass]):
    """An ordered sequence of passes with unique names, read by index or by name.

    >>> from newsparse.pipeline import PASSES
    >>> PASSES.names()[:3]
    ('metadata', 'cut', 'embeds')
    >>> PASSES["chrome"].name
    'chrome'
    """

    def __init__(self, passes: Iterable[Pass]) -> None:
        self._passes = tuple(passes)
        self._index = {step.name: index for index, step in enumerate(self._passes)}
        if len(self._index) != len(self._passes):
            raise ValueError(f"two passes share a name: {[p.name for p in self._passes]}")

    @overload
    def __getitem__(self, key: int | str) -> Pass: ...
    @overload
    def __getitem__(self, key: slice) -> Passes: ...
    def __getitem__(self, key: int | str | slice) -> Pass | Passes:
        """The pass at index `key`, or named `key` (KeyError if none), or a slice of them."""
        if isinstance(key, str):
            return self._passes[self._index[key]]
        if isinstance(key, slice):
            return Passes(self._passes[key])
        return self._passes[key]

    def __len__(self) -> int:
        return len(self._passes)

    def __iter__(self) -> Iterator[Pass]:
        return iter(self._passes)

    def __contains__(self, item: object) -> bool:
        """Whether a pass of that name (or that `Pass`) is in the sequence."""
        return item in self._index if isinstance(item, str) else item in self._passes

    def __repr__(self) -> str:
        return f"Passes({', '.join(self.names())})"

    def names(self) -> tuple[str, ...]:
        """The names of the passes, in the order they run."""
        return tuple(self._index)


def run(page: Page, passes: Passes | None = None) -> Article:
    """Run `passes` (default `PASSES`) over `page`, in order, and return `page.article`.

    Raises `TypeError` when they leave no `Article` (a sequence without "assemble"); the
    "refine" pass raises it when the site parser's `refine()` returns something else."""
    for step in PASSES if passes is None else passes:
        step.run(page)
    if not isinstance(page.article, Article):
        raise TypeError(f"the passes left {type(page.article).__name__}, not an Article")
    return page.article


def metadata_pass(page: Page) -> None:
    """Set `page.metadata` (the generic metadata with the site parser's hooks applied) and
    `page.base_url` (`<base href>`, else the page URL, else the canonical URL)."""
    page.metadata = read_metadata(page.tree, page.url, page.site)
    page.claim = read_claim_review(page.tree)  # before the chrome pass removes the scripts
    page.base_url = page.metadata.base_url or page_base_url(page.tree, page.metadata.canonical_url)


def claim_pass(page: Page) -> None:
    """Open `page.body` with the claim a fact-check reviews and its rating (`page.claim`), as
    a quote ("Claim: …\nRating: …"), unless the body already holds the claim's words."""
    if page.claim is None:
        return
    text, rating = page.claim
    wanted = " ".join(words(text))
    shown = (block for block in page.body if isinstance(block, (Paragraph, Heading, Quote)))
    if any(wanted in " ".join(words(block.text)) for block in shown):
        return
    quote = f"Claim: {text}\nRating: {rating}" if rating else f"Claim: {text}"
    page.body = (Quote(quote), *page.body)


def dateline_pass(page: Page) -> None:
    """Without a publication date in the metadata, take the one a first paragraph opens with."""
    if page.metadata.published is None:
        page.metadata = attrs.evolve(page.metadata, published=_dateline(page.body))


def tidy_pass(page: Page) -> None:
    """Drop from `page.body` a first block that repeats the title, and a last paragraph that
    only signs the article with an author's name."""
    body = _without_repeated_title(page.body, page.metadata.title)
    page.body = _without_closing_byline(body, page.metadata.authors)


def assemble_pass(page: Page) -> None:
    """Set `page.article`: the `Article` of the metadata, body, embeds and related links."""
    page.article = Article(
        url=page.url,
        **page.metadata.article_fields(),
        body=page.body,
        embeds=page.embeds,
        related=page.related,
        parser=page.site.name(),
    )


def refine_pass(page: Page) -> None:
    """Replace `page.article` by what the site parser's `refine()` makes of it (TypeError
    when that is no `Article`)."""
    if page.article is not None:
        article: object = page.site.refine(page.article)
        if not isinstance(article, Article):
            raise TypeError(f"refine() returned {type(article).__name__}, not Article")
        page.article = article


PASSES = Passes(
    (
        Pass("metadata", metadata_pass),
        Pass("cut", cut_pass),
        Pass("embeds", embeds_pass),
        Pass("related", related_pass),
        Pass("chrome", chrome_pass),
        Pass("container", container_pass),
        Pass("claim", claim_pass),
        Pass("dateline", dateline_pass),
        Pass("tidy", tidy_pass),
        Pass("assemble", assemble_pass),
        Pass("refine", refine_pass),
    )
)
"""The passes of `newsparse.parse()`, in the order they run."""


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
