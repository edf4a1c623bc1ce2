"""The values newsparse returns: an `Article` and the blocks, embeds and links it holds.

Every class is a frozen, slotted attrs class holding plain Python values only, so an
`Article` never keeps a parsed document alive and can be pickled, hashed and compared.

Every field is checked when an object is built, however it is built (by a parser, a site
parser's `refine()`, `Article.from_dict()`, `attrs.evolve()` or by hand): text is cleaned
of control characters and lone surrogates (`newsparse.sanitize.clean_text`), a URL that is
no absolute http(s) URL with a host becomes None (`newsparse.sanitize.clean_url`), and a
value of the wrong type raises `TypeError` (an out-of-range heading level, or an `Image`
without a usable URL, `ValueError`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

import attrs

from newsparse.lexicon.kinds import KINDS
from newsparse.sanitize import clean_text, clean_url

T = TypeVar("T")


def _kind(value: str | None) -> str | None:
    if value is not None and value not in KINDS:
        raise ValueError(f"kind is one of {', '.join(KINDS)} or None, not {value!r}")
    return value


def _optional_text(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def _texts(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(map(clean_text, _sequence(value)))


def _url(value: str) -> str:
    url = clean_url(value)
    if url is None:
        raise ValueError(f"not an absolute http(s) URL with a host: {value!r}")
    return url


def _optional_url(value: str | None) -> str | None:
    return None if value is None else clean_url(value)


def _urls(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(url for url in map(clean_url, _sequence(value)) if url is not None)


def _datetime(value: datetime | None) -> datetime | None:
    if value is not None and not isinstance(value, datetime):
        raise TypeError(f"expected a datetime or None, not {type(value).__name__}")
    return value


def _flag(value: bool) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected a bool, not {type(value).__name__}")
    return value


def _level(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a heading level as int, not {type(value).__name__}")
    if not 1 <= value <= 6:
        raise ValueError(f"a heading level is 1 to 6, not {value}")
    return value


def _sequence(value: tuple[T, ...] | list[T]) -> tuple[T, ...] | list[T]:
    if not isinstance(value, (tuple, list)):
        raise TypeError(f"expected a tuple or list, not {type(value).__name__}")
    return value


def _instances(value: tuple[T, ...] | list[T], kinds: tuple[type[Any], ...]) -> tuple[T, ...]:
    for item in _sequence(value):
        if not isinstance(item, kinds):
            names = " or ".join(kind.__name__ for kind in kinds)
            raise TypeError(f"expected {names} items, not {type(item).__name__}")
    return tuple(value)


@attrs.frozen
class Paragraph:
    """A paragraph of running text."""

    text: str = attrs.field(converter=clean_text)


@attrs.frozen
class Heading:
    """A subheading inside the article body; `level` is 1 to 6, as in HTML."""

    text: str = attrs.field(converter=clean_text)
    level: int = attrs.field(default=2, converter=_level)


@attrs.frozen
class Quote:
    """A block quotation (a pull quote or a quoted passage)."""

    text: str = attrs.field(converter=clean_text)


@attrs.frozen
class ListBlock:
    """A bulleted (`ordered=False`) or numbered (`ordered=True`) list."""

    items: tuple[str, ...] = attrs.field(converter=_texts)
    ordered: bool = attrs.field(default=False, converter=_flag)


@attrs.frozen
class Image:
    """An image in the body, with its caption, credit and alternative text when known."""

    url: str = attrs.field(converter=_url)
    caption: str | None = attrs.field(default=None, converter=_optional_text)
    credit: str | None = attrs.field(default=None, converter=_optional_text)
    alt: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen
class Tweet:
    """A post embedded from Twitter/X, as data rather than as markup residue."""

    url: str | None = attrs.field(default=None, converter=_optional_url)
    status_id: str | None = attrs.field(default=None, converter=_optional_text)
    author_name: str | None = attrs.field(default=None, converter=_optional_text)
    handle: str | None = attrs.field(default=None, converter=_optional_text)
    text: str = attrs.field(default="", converter=clean_text)
    published: datetime | None = attrs.field(default=None, converter=_datetime)
    links: tuple[str, ...] = attrs.field(default=(), converter=_urls)
    hashtags: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    mentions: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    lang: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen
class Embed:
    """A post or video embedded from another platform (`kind` such as "youtube", "instagram")."""

    kind: str = attrs.field(converter=clean_text)
    url: str | None = attrs.field(default=None, converter=_optional_url)
    title: str | None = attrs.field(default=None, converter=_optional_text)
    text: str | None = attrs.field(default=None, converter=_optional_text)
    author: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen
class RelatedLink:
    """A link from a "Related" / "You might also like" section; `url` is None in plain text."""

    title: str = attrs.field(converter=clean_text)
    url: str | None = attrs.field(default=None, converter=_optional_url)


Block = Paragraph | Heading | Quote | ListBlock | Image | Tweet | Embed
"""Any item of `Article.body`."""

EmbeddedPost = Tweet | Embed
"""Any item of `Article.embeds`."""

_BLOCKS = (Paragraph, Heading, Quote, ListBlock, Image, Tweet, Embed)
_POSTS = (Tweet, Embed)


def _blocks(value: tuple[Block, ...] | list[Block]) -> tuple[Block, ...]:
    return _instances(value, _BLOCKS)


def _posts(value: tuple[EmbeddedPost, ...] | list[EmbeddedPost]) -> tuple[EmbeddedPost, ...]:
    return _instances(value, _POSTS)


def _links(value: tuple[RelatedLink, ...] | list[RelatedLink]) -> tuple[RelatedLink, ...]:
    return _instances(value, (RelatedLink,))


@attrs.frozen
class Article:
    """A news article: metadata, the body as blocks in document order, embeds and related links.

    `text`, `to_markdown()` and `to_dict()` are three views of the same object. `kind` is the
    kind of page the page declares, one of `newsparse.lexicon.kinds.KINDS` ("news", "article",
    "blog", "video", "product", "recipe"..., see docs/model.md), None when it declares none.
    """

    url: str | None = attrs.field(default=None, converter=_optional_url)
    canonical_url: str | None = attrs.field(default=None, converter=_optional_url)
    title: str | None = attrs.field(default=None, converter=_optional_text)
    description: str | None = attrs.field(default=None, converter=_optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    published: datetime | None = attrs.field(default=None, converter=_datetime)
    modified: datetime | None = attrs.field(default=None, converter=_datetime)
    language: str | None = attrs.field(default=None, converter=_optional_text)
    site_name: str | None = attrs.field(default=None, converter=_optional_text)
    section: str | None = attrs.field(default=None, converter=_optional_text)
    kind: str | None = attrs.field(default=None, converter=_kind)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    image: str | None = attrs.field(default=None, converter=_optional_url)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    embeds: tuple[EmbeddedPost, ...] = attrs.field(default=(), converter=_posts)
    related: tuple[RelatedLink, ...] = attrs.field(default=(), converter=_links)
    parser: str = attrs.field(default="generic", converter=clean_text)

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
