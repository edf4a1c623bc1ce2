"""`newsparse.parse()`: decode, parse once, pick the parser, run the pipeline, fall back."""

from __future__ import annotations

import warnings
from os import PathLike
from urllib.parse import urlsplit

from selectolax.lexbor import SelectolaxError

from newsparse.decoding import scrub, utf8
from newsparse.dom import parse_document
from newsparse.errors import EmptyDocumentError, ParserWarning
from newsparse.guard import MAX_BYTES, check_size, guard
from newsparse.model import Article
from newsparse.page import Page
from newsparse.pipeline import run
from newsparse.registry import find_parser
from newsparse.sanitize import clean_url
from newsparse.siteparser import SiteParser
from newsparse.urls import declared_url

__all__ = ["parse"]


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    parser: type[SiteParser] | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Article:
    """Parse the markup of a news page into an `Article`.

    `html` is the page as text or as bytes (decoded from its byte-order mark, as UTF-8 when
    valid, else from its declared charset, else as windows-1252); `url` is where it came from,
    used to resolve relative links and to pick the site parser for its host (or the page's own
    canonical URL when `url` is None or no http(s) URL); it is cleaned as every URL of the
    `Article` is (`newsparse.sanitize.clean_url`). `parser` forces a `SiteParser` subclass.
    `max_bytes` bounds the size of the page (bytes for `bytes`, characters for `str`; default
    20,000,000, None for no limit).

    Raises `TypeError` for an argument of another type (a path included: pass its bytes),
    `newsparse.errors.EmptyDocumentError` for empty or whitespace-only input,
    `newsparse.errors.DocumentTooLargeError` above `max_bytes` and `MemoryError` when memory
    runs out (also inside the HTML parser); any other page, however broken, gives a
    best-effort `Article`. A page whose tree would be deeper than 512 elements or hold more
    than `newsparse.guard.max_elements(size)` elements, or with a tag of more than 1,000
    attributes, is rewritten first (see `newsparse.guard`), and a body of more than
    `newsparse.content.cut.max_read(size)` elements is cut after them, each with a
    `newsparse.errors.DocumentRewrittenWarning`.
    When a site parser fails (raises an `Exception`, returns something else than an `Article`,
    or gives values the model refuses), the page is parsed again by the generic parser and a
    `newsparse.errors.ParserWarning` says why.
    """
    page = _page(html)
    url = _page_url(url)
    if parser is not None and not (isinstance(parser, type) and issubclass(parser, SiteParser)):
        raise TypeError(f"parse() takes parser= as a SiteParser subclass, not {parser!r}")
    if max_bytes is not None and (not isinstance(max_bytes, int) or isinstance(max_bytes, bool)):
        raise TypeError(f"parse() takes max_bytes= as int or None, not {type(max_bytes).__name__}")
    check_size(len(page), max_bytes)
    text, data = utf8(page)
    if not text.strip():
        raise EmptyDocumentError(size=len(text))
    try:
        return _parse(guard(scrub(data)), url, parser)
    except SelectolaxError as error:  # Lexbor fails only when it cannot allocate memory
        raise MemoryError(f"the HTML parser ran out of memory: {error}") from error


def _parse(data: bytes, url: str | None, parser: type[SiteParser] | None) -> Article:
    tree = parse_document(data)
    site = parser or find_parser(_host(url) or _host(declared_url(tree)))
    if site is None:
        return run(Page(tree, url, SiteParser()))
    try:
        article = run(Page(tree, url, site()))
    except MemoryError:
        raise  # the page's memory is spent (`parse_many(max_memory=)`): no second try
    except Exception as error:  # a broken site parser must never break parsing
        warnings.warn(
            ParserWarning(f"site parser {_name(site)} failed, used the generic one: {error!r}"),
            stacklevel=3,
        )
        return run(Page(parse_document(data), url, SiteParser()))
    return article


def _page(html: object) -> str | bytes:
    """The page as `str` or `bytes`, else TypeError (naming what to pass instead of a path)."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        return bytes(html)
    if isinstance(html, str):
        return html
    if isinstance(html, PathLike):
        raise TypeError(
            "parse() takes the page's markup as str or bytes, not a path: "
            "pass path.read_bytes() (parse_many() reads paths)"
        )
    raise TypeError(f"parse() takes the page as str or bytes, not {type(html).__name__}")


def _page_url(url: object) -> str | None:
    """The page URL made an absolute http(s) URL (`clean_url`), None when it is none."""
    if url is None:
        return None
    if not isinstance(url, str):
        raise TypeError(f"parse() takes url= as str or None, not {type(url).__name__}")
    return clean_url(url)


def _name(site: type[SiteParser]) -> str:
    """The site parser's name, even when its own `name()` fails."""
    try:
        name = site.name()
    except Exception:  # a plugin's code: whatever it raises is its bug, not the caller's
        name = None
    if isinstance(name, str):
        return name
    return f"{getattr(site, '__module__', '?')}.{getattr(site, '__qualname__', '?')}"


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url.strip()).hostname
    except ValueError:
        return None
