"""URLs found in a page made absolute, clean http(s) URLs; the page's own and base URL."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from newsparse.sanitize import clean_url

__all__ = ["absolute_url", "base_url", "declared_url"]

_SAFE_SCHEMES = frozenset({"http", "https"})
_URL_STRIPPED = re.compile("[\t\n\r]+")
# URLs that `urljoin` and `urlsplit` pass through unchanged and that need no escaping: an
# http(s) URL with a host and nothing unusual, and a root-relative path without dot segments.
_URL_CHARS = r"A-Za-z0-9\-._~%!$&'()*+,=:@"
_HOST_CHARS = r"A-Za-z0-9\-._~%!$&'()*+,;="
_PLAIN_TAIL = rf"(?:\?[{_URL_CHARS};/?]+)?(?:#[{_URL_CHARS};/?]+)?"
_PLAIN_URL = re.compile(
    rf"https?://(?:[{_URL_CHARS};]*@)?[{_HOST_CHARS}]+(?::[0-9]*)?(?:/[{_URL_CHARS}/]*)?{_PLAIN_TAIL}"
)
_PLAIN_PATH = re.compile(rf"(?!.*/\.)/(?!/)[{_URL_CHARS}/]*{_PLAIN_TAIL}")


def declared_url(tree: LexborHTMLParser) -> str | None:
    """The page's own absolute URL from `<link rel=canonical>` or `og:url`, if it states one."""
    node = tree.css_first('link[rel="canonical"][href], meta[property="og:url"][content]')
    if node is None:
        return None
    return absolute_url(node.attributes.get("href") or node.attributes.get("content"), None)


def base_url(tree: LexborHTMLParser, url: str | None) -> str | None:
    """The URL relative links resolve against: `<base href>` (itself resolved), else `url`
    (None when `url` is malformed past reading, as "http://[::1" is)."""
    try:
        urlsplit(url or "")
    except ValueError:
        url = None
    node = tree.css_first("base[href]")
    if node is None:
        return url
    return absolute_url(node.attributes.get("href"), url) or url


def absolute_url(href: str | None, base: str | None) -> str | None:
    """Resolve `href` against `base`; keep only http(s) URLs with a host, drop everything else.

    As browsers do, tabs and newlines inside the URL are dropped and spaces, controls, quotes,
    `<`, `>` and backticks are percent-encoded (`newsparse.sanitize.clean_url`), so a URL never
    holds whitespace or markup characters.
    """
    if not href:
        return None
    href = _URL_STRIPPED.sub("", href.strip())
    if not href or href.startswith("#"):
        return None
    return _plain_url(href, base) or _resolved_url(href, base)


def _plain_url(href: str, base: str | None) -> str | None:
    """The common cases, resolved without `urljoin` (which gives the same): an absolute http(s)
    URL that needs no escaping, and a root-relative path without dot segments."""
    if _PLAIN_URL.fullmatch(href) and (not base or _origin(base)):
        return href
    if base and _PLAIN_PATH.fullmatch(href) and (origin := _origin(base)):
        return origin + href
    return None


def _resolved_url(href: str, base: str | None) -> str | None:
    """`href` (stripped, not empty) resolved against `base` by `urljoin`, made a clean
    absolute http(s) URL with a host (`newsparse.sanitize.clean_url`), else None."""
    try:
        resolved = urljoin(base, href) if base else href
    except ValueError:
        return None
    if resolved.startswith("//"):
        resolved = "https:" + resolved
    return clean_url(resolved)


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """The "scheme://host" of an http(s) `base` whose host needs no escaping, else None."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme not in _SAFE_SCHEMES:
        return None
    origin = f"{parts.scheme}://{parts.netloc}"
    return origin if clean_url(origin) == origin else None
