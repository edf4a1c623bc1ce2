"""Euronews, all language editions (www., fr., de., it. ...)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Euronews(SiteParser):
    """Euronews: summary and story of the first slide (later slides hold other stories)."""

    hosts = ("euronews.com",)
    body_selector = ".jsArticleFirst .c-article-summary, .jsArticleFirst .c-article-content"
    drop_selector = ".c-article-partage-commentaire, .c-article-you-might-also-like, .c-ad"
    author_selector = ".jsArticleFirst .c-article-contributors a"
