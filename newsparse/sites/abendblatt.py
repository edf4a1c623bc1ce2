"""Hamburger Abendblatt (abendblatt.de)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Abendblatt(SiteParser):
    """Hamburger Abendblatt: the article body of the current and the older template."""

    hosts = ("abendblatt.de",)
    body_selector = ".article-body, div.article__body"
