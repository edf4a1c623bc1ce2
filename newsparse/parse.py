"""`newsparse.parse()`: decode, parse once, pick the parser, run the pipeline, fall back."""

from __future__ import annotations

import warnings
from urllib.parse import urlsplit

from newsparse.errors import EmptyDocumentError, PageTimeoutError, ParserWarning
from newsparse.guard import MAX_BYTES, check_size, guard
from newsparse.html import declared_url, parse_document, scrub, utf8
from newsparse.model import Article
from newsparse.pipeline import run
from newsparse.registry import find_parser
from newsparse.siteparser import SiteParser

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
    canonical URL when `url` is None). `parser` forces a `SiteParser` subclass. `max_bytes`
    bounds the size of the page (bytes for `bytes`, characters for `str`; default 20,000,000,
    None for no limit).

    Raises `TypeError` for any other type, `newsparse.errors.EmptyDocumentError` for empty or
    whitespace-only input and `newsparse.errors.DocumentTooLargeError` above `max_bytes`; any
    other page, however broken, gives a best-effort `Article`. A page whose tree would be
    deeper than 512 elements or hold more than `newsparse.guard.max_elements(size)` elements, or
    with a tag of more than 1,000 attributes, is rewritten first (see `newsparse.guard`), with a
    `newsparse.errors.DocumentRewrittenWarning`.
    When a site parser fails (raises or returns something else than an `Article`), the page is
    parsed again by the generic parser and a `newsparse.errors.ParserWarning` says why.
    """
    page: str | bytes
    if isinstance(html, (bytes, bytearray, memoryview)):
        page = bytes(html)
    elif isinstance(html, str):
        page = html
    else:
        raise TypeError(f"parse() takes the page as str or bytes, not {type(html).__name__}")
    check_size(len(page), max_bytes)
    text, data = utf8(page)
    if not text.strip():
        raise EmptyDocumentError(size=len(text))
    data = guard(scrub(data))

    tree = parse_document(data)
    site = parser or find_parser(_host(url) or _host(declared_url(tree)))
    if site is None:
        return run(tree, url, SiteParser())
    try:
        article = run(tree, url, site())
        if not isinstance(article, Article):
            raise TypeError(f"refine() returned {type(article).__name__}, not Article")
    except PageTimeoutError:
        raise  # the page's time budget is spent: no second try with the generic parser
    except Exception as error:  # a broken site parser must never break parsing
        warnings.warn(
            ParserWarning(f"site parser {site.name()} failed, used the generic one: {error!r}"),
            stacklevel=2,
        )
        return run(parse_document(data), url, SiteParser())
    return article


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url.strip()).hostname
    except ValueError:
        return None
