"""What kind of page a page says it is: schema.org types and OpenGraph `og:type` values, each
with the kind of `Article.kind` it stands for.

Data only. Kinds: "news", "article", "blog", "forum", "video", "audio", "recipe", "product",
"event", "profile", "website", and "other" for a declared `og:type` named nowhere here.
Schema.org types are casefolded and without their URL ("https://schema.org/NewsArticle" is
"newsarticle").
"""

from __future__ import annotations

__all__ = ["KINDS", "MAIN_CONTENT_TYPES", "OG_KINDS", "OG_PREFIX_KINDS", "SCHEMA_KINDS"]

KINDS = (
    "news", "article", "blog", "forum", "video", "audio", "recipe", "product", "event",
    "profile", "website", "other",
)  # fmt: skip
"""Every kind, from the most to the least specific."""

SCHEMA_KINDS: dict[str, str] = {
    # news and its schema.org subtypes, live blogs and fact-checks
    "newsarticle": "news", "reportagenewsarticle": "news", "analysisnewsarticle": "news",
    "opinionnewsarticle": "news", "reviewnewsarticle": "news", "backgroundnewsarticle": "news",
    "askpublicnewsarticle": "news", "liveblogposting": "news", "claimreview": "news",
    "reportage": "news",
    # articles that are not said to be news
    "article": "article", "scholarlyarticle": "article", "techarticle": "article",
    "satiricalarticle": "article", "report": "article", "review": "article", "howto": "article",
    "medicalwebpage": "article",
    "blogposting": "blog", "blog": "blog",
    "discussionforumposting": "forum", "qapage": "forum", "question": "forum",
    "socialmediaposting": "forum",
    "videoobject": "video", "videogallery": "video", "movie": "video", "tvepisode": "video",
    "clip": "video",
    "podcastepisode": "audio", "audioobject": "audio", "musicrecording": "audio",
    "radioepisode": "audio",
    "recipe": "recipe",
    "product": "product", "productgroup": "product", "individualproduct": "product",
    "event": "event", "sportsevent": "event", "musicevent": "event", "businessevent": "event",
    "profilepage": "profile",
    "webpage": "website", "itempage": "website", "aboutpage": "website",
    "collectionpage": "website", "searchresultspage": "website", "contactpage": "website",
    "faqpage": "website",
}  # fmt: skip
"""The kind each schema.org type of a page's main entity stands for."""

MAIN_CONTENT_TYPES = frozenset(
    {"product", "productgroup", "individualproduct", "event", "sportsevent", "musicevent",
     "businessevent", "recipe", "videoobject", "movie", "tvepisode", "podcastepisode",
     "question", "profilepage"}
)  # fmt: skip
"""Types that name the page's main entity wherever they stand in its JSON-LD (a shop page's
`Product` beside its `BreadcrumbList` and `Organization`); other nodes (`Person`,
`Organization`, `WebSite`, `ImageObject`...) describe a part of the page or the site."""

OG_KINDS: dict[str, str] = {
    "article": "article", "news": "news", "blog": "blog", "website": "website",
    "profile": "profile", "product": "product", "og:product": "product", "recipe": "recipe",
    "event": "event",
}  # fmt: skip
"""The kind of each `og:type` value (lowercased)."""

OG_PREFIX_KINDS: dict[str, str] = {"video": "video", "music": "audio", "product": "product"}
"""The kind of the `og:type` values "<prefix>.<subtype>" ("video.movie", "music.song")."""
