"""CNET (cnet.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Cnet(SiteParser):
    """CNET: the article's main body (`.postBody` on older pages)."""

    hosts = ("cnet.com",)
    body_selector = "#article-body .article-main-body, .postBody"
