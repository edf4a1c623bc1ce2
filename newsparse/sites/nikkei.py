"""Nikkei (nikkei.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Nikkei(SiteParser):
    """Nikkei: the story's paragraphs; the newsletter sign-up under them is left out."""

    hosts = ("nikkei.com",)
    body_selector = "article section > p[class^='paragraph_'], .cmn-article_text"
