"""Frankfurter Rundschau (fr.de)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class FrankfurterRundschau(SiteParser):
    """Frankfurter Rundschau: lead and paragraphs of the story, or the older article body."""

    hosts = ("fr.de",)
    body_selector = (
        ".idjs-Story > .id-StoryElement-leadText, "
        ".idjs-Story > .id-StoryElement-paragraph, "
        ".idjs-Story > .id-StoryElement-crosshead, "
        ".id-Article-body"
    )
