"""TIME (time.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Time(SiteParser):
    """TIME: the article body (`.articleContent` on older pages)."""

    hosts = ("time.com",)
    body_selector = "#article-body, .articleContent"
