"""The values newsparse returns: an `Article` and the blocks, embeds and links it holds.

Every class is a frozen, slotted attrs class holding plain Python values only, so an
`Article` never keeps a parsed document alive and can be pickled, hashed and compared.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs


@attrs.frozen
class Paragraph:
    """A paragraph of running text."""

    text: str


@attrs.frozen
class Heading:
    """A subheading inside the article body; `level` is 1 to 6, as in HTML."""

    text: str
    level: int = 2


@attrs.frozen
class Quote:
    """A block quotation (a pull quote or a quoted passage)."""

    text: str


@attrs.frozen
class ListBlock:
    """A bulleted (`ordered=False`) or numbered (`ordered=True`) list."""

    items: tuple[str, ...]
    ordered: bool = False


@attrs.frozen
class Image:
    """An image in the body, with its caption, credit and alternative text when known."""

    url: str
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


@attrs.frozen
class Tweet:
    """A post embedded from Twitter/X, as data rather than as markup residue."""

    url: str | None = None
    status_id: str | None = None
    author_name: str | None = None
    handle: str | None = None
    text: str = ""
    published: datetime | None = None
    links: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    lang: str | None = None


@attrs.frozen
class Embed:
    """A post or video embedded from another platform (`kind` such as "youtube", "instagram")."""

    kind: str
    url: str | None = None
    title: str | None = None
    text: str | None = None
    author: str | None = None


@attrs.frozen
class RelatedLink:
    """A link from a "Related" / "You might also like" section; `url` is None in plain text."""

    title: str
    url: str | None = None


Block = Paragraph | Heading | Quote | ListBlock | Image | Tweet | Embed
"""Any item of `Article.body`."""

EmbeddedPost = Tweet | Embed
"""Any item of `Article.embeds`."""


@attrs.frozen
class Article:
    """A news article: metadata, the body as blocks in document order, embeds and related links.

    `text`, `to_markdown()` and `to_dict()` are three views of the same object.
    """

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    body: tuple[Block, ...] = ()
    embeds: tuple[EmbeddedPost, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    parser: str = "generic"

    @property
    def text(self) -> str:
        """The plain prose of the body: text blocks separated by a blank line, no embeds."""
        from newsparse.render import to_text

        return to_text(self)

    def to_markdown(self) -> str:
        """The article as Markdown: title, body blocks, embeds as quoted blocks with a link."""
        from newsparse.render import to_markdown

        return to_markdown(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (ISO 8601 datetimes, lists, a "type" key on each block)."""
        from newsparse.serialize import article_to_dict

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an `Article` from the output of `to_dict()`."""
        from newsparse.serialize import article_from_dict

        return article_from_dict(data)
