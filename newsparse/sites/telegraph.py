"""The Telegraph (telegraph.co.uk)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Telegraph(SiteParser):
    """The Telegraph: standfirst and body, or `#mainBodyArea` on older pages."""

    hosts = ("telegraph.co.uk",)
    body_selector = "header .e-standfirst, .articleBodyText, #mainBodyArea"
    drop_selector = ".articleBodyText .teaser, .articleBodyText .related-articles"
