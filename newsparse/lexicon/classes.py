"""Words in the class and id names of page elements (lowercased): chrome, tools, comments,
teasers and the article itself.

Data only. Each word is matched at the start of a word of the name (after a character other
than a letter or digit); `_E` ends a word that also begins ordinary ones ("ad" but not
"address"). Plain words are escaped, `Regex` fragments kept.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["ARTICLE_CLASS", "CHROME_CLASS", "COMMENT_CLASS", "TEASER_CLASS", "TOOL_CLASS"]

_E = "(?![a-z])"

CHROME_CLASS = Concept(
    "chrome class",
    {
        # ads and sponsored content
        "ads": (
            Regex(f"ads?{_E}"),
            Regex(f"adv{_E}"),
            "advert",
            "adslot",
            "adunit",
            "adbox",
            "adsense",
            "adcontainer",
            "adwrapper",
            "adzone",
            "dfp",
            "gpt-ad",
            "google_ad",
            "anzeige",
            "werbung",
            "sponsor",
            Regex(f"promo(?:s|box)?{_E}"),
        ),
        # newsletter, subscription, login and donation prompts; cookie banners and modals
        "prompts": (
            "newsletter",
            "subscri",
            "signup",
            "sign-up",
            "login",
            Regex(f"sign-?in{_E}"),
            "donat",
            "cookie",
            "consent",
            "gdpr",
            "modal",
            "popup",
            "overlay",
        ),
        # prompts to install the site's app
        "apps": (
            Regex("app-?(?:hint|banner|download|install|promo|store)"),
            *(Regex(f"{verb}-?app{_E}") for verb in ("download", "get", "install", "open")),
        ),
        # navigation and page layout
        "layout": (
            Regex(f"nav(?:bar|igation|i)?{_E}"),
            "menu",
            "breadcrumb",
            "pagination",
            Regex(f"pager{_E}"),
            Regex("skip-?link"),
            Regex("jump-?link"),
            "sidebar",
            Regex("site-?header"),
            "masthead",
            Regex("site-?footer"),
            "footer",
        ),
        # tags, bylines, author boxes, comment widgets
        "meta": (
            Regex(f"tags{_E}"),
            Regex("tag-?list"),
            Regex("tag-?cloud"),
            Regex("tag-?box"),
            Regex(f"keywords{_E}"),
            "byline",
            Regex(f"meta{_E}"),
            Regex("author(?!it)"),
            Regex("about-?(?:the-?)?author"),
            Regex(f"writers?{_E}"),
            Regex("post-?meta"),
            Regex("single-?post-?meta"),
            Regex("comment(?!ary)"),
        ),
        # media players (their titles, durations and notices; the media is gone)
        "players": (
            Regex("audio-?player"),
            Regex("video-?player"),
            Regex("media-?player"),
            Regex("podcast-?player"),
        ),
        # related and recommended widgets
        "related": (
            "related",
            "recommend",
            "outbrain",
            "taboola",
            "yarpp",
            Regex("more-?stories"),
            Regex("most-?(?:read|popular|viewed)"),
            Regex(f"popular{_E}"),
            "trending",
            Regex("read-?more"),
            Regex("read-?also"),
            Regex("further-?reading"),
            Regex("also-?read"),
        ),
        # text for screen readers only
        "hidden": (
            "sr-only",
            Regex("visually-?hidden"),
            Regex("screen-?reader"),
            "offscreen",
        ),
    },
    matches=("ad-slot", "main-nav", "site-footer", "related-posts", "sr-only", "get-app"),
    rejects=("address", "navy-blue", "authority", "commentary", "metadata-free"),
    form="class",
    ignore_case=False,
)

# Share, social, follow, print, bookmark and tool bars.
TOOL_CLASS = Concept(
    "tool class",
    {
        "tools": (
            Regex(f"share(?:bar|buttons?|tools|links?|s)?{_E}"),
            "sharing",
            "social",
            Regex(f"follow{_E}"),
            Regex(f"print{_E}"),
            "bookmark",
            "toolbar",
            Regex(f"tools{_E}"),
            Regex("util(?:ity)?-?bar"),
        ),
    },
    matches=("share-bar", "social-links", "print", "utility-bar"),
    rejects=("shared-content", "printer-friendly-story", "followers"),
    form="class",
    ignore_case=False,
)

# Comment sections named as such.
COMMENT_CLASS = Concept(
    "comment class",
    {
        "comments": (
            Regex(f"comments?(?:-?(?:area|list|section|container|wrapper|thread|form)s?)?{_E}"),
            Regex(f"commentlist{_E}"),
            "disqus",
            Regex(f"respond{_E}"),
        ),
    },
    matches=("comments", "comment-list", "disqus_thread", "respond"),
    rejects=("commentator", "responder"),
    form="class",
    ignore_case=False,
)

# A teaser: a card linking another story, or (in German usage) the article's own lead.
TEASER_CLASS = Concept(
    "teaser class",
    {"teasers": ("teaser",)},
    matches=("teaser-box",),
    rejects=("main-content",),
    form="class",
    ignore_case=False,
)

# Names that say "this is the article".
ARTICLE_CLASS = Concept(
    "article class",
    {
        "article": (
            *(
                Regex(f"{kind}[-_]*(?:body|content|text)")
                for kind in ("article", "story", "entry", "post", "news")
            ),
            Regex("main-?content"),
        ),
    },
    matches=("article-body", "story__content", "entry-content", "maincontent"),
    rejects=("article-list", "newsletter-text"),
    form="class",
    ignore_case=False,
)
