"""Le Monde (lemonde.fr)."""

from __future__ import annotations

from newsparse.siteparser import SiteParser


class LeMonde(SiteParser):
    """Le Monde: standfirst (chapô) and article; unclassed paragraphs are paywall notes."""

    hosts = ("lemonde.fr",)
    body_selector = ".article__desc, article.article__content"
    drop_selector = (
        ".article__content > p:not(.article__paragraph), "
        ".article__siblings, "
        ".article__reactions, "
        ".inread, "
        ".services-inread, "
        ".catcher"
    )
