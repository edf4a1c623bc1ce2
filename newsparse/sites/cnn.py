"""CNN in English (www., edition., money.cnn.com; CNN Arabic has another template)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class Cnn(SiteParser):
    """CNN: the story text of the current and older templates, without in-story promos."""

    hosts = ("www.cnn.com", "edition.cnn.com", "money.cnn.com")
    body_selector = ".article__content, #storytext, .cnn_strycntntlft"
    drop_selector = (
        ".cnn_strylftcntnt, .cnn_strybtmcntnt, .cnnStryHghLght, .el__storyhighlights, "
        "#storytext p:has(.inStoryHeading), .storytimestamp"
    )
