"""Le Figaro (lefigaro.fr)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class LeFigaro(SiteParser):
    """Le Figaro: standfirst and body of the current template, article body of the older one."""

    hosts = ("lefigaro.fr",)
    body_selector = ".fig-main article .fig-standfirst, .fig-content-body, .fig-article-body"
    drop_selector = ".fig-premium-mark, .fig-ad-content"
