"""ORF.at and its regional sites (orf.at)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Orf(SiteParser):
    """ORF.at: the lead text and the story."""

    hosts = ("orf.at",)
    body_selector = "#ss-shunter .story-lead-text, #ss-storyContent .story-story"
