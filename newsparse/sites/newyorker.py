"""The New Yorker (newyorker.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class NewYorker(SiteParser):
    """The New Yorker: the article body containers."""

    hosts = ("newyorker.com",)
    body_selector = ".article__body"
