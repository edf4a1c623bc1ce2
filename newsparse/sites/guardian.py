"""The Guardian (theguardian.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Guardian(SiteParser):
    """The Guardian: the article body, without standfirst; the linked contributors."""

    hosts = ("theguardian.com",)
    body_selector = ".article-body-commercial-selector"
    author_selector = "address[data-component='meta-byline'] a[rel='author']"
