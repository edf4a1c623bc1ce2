"""An example third-party site parser (hand-written for newsparse's tests)."""

from __future__ import annotations

import newsparse


class PluginExample(newsparse.SiteParser):
    """Serves plugin.example: the story is in `.story-text`, the byline in `.writer`."""

    hosts = ("plugin.example",)
    body_selector = ".story-text"
    author_selector = ".writer"


NOT_A_PARSER = "this entry point does not name a SiteParser subclass"
