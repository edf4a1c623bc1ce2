"""The New York Times (nytimes.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class NYTimes(SiteParser):
    """The New York Times: the article body section (`.g-text` blocks of interactive features)."""

    hosts = ("nytimes.com",)
    body_selector = "section[name='articleBody'], .g-text"
