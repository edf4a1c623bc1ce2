"""Engadget (engadget.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Engadget(SiteParser):
    """Engadget: the article text blocks."""

    hosts = ("engadget.com",)
    body_selector = "#engadget-post-contents .article-text"
