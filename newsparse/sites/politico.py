"""POLITICO (politico.com)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Politico(SiteParser):
    """POLITICO: the story is split into several `.story-text` blocks around ads and asides."""

    hosts = ("politico.com",)
    body_selector = ".story-text"
    drop_selector = ".story-intro, .story-related, .story-enhancement, .story-text figure"
    author_selector = ".story-meta__authors a, .story-intro .byline a"
