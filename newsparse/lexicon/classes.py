"""Words in the class and id names of page elements (lowercased): chrome, tools, comments,
teasers and the article itself.

Data only. The words of the "class" concepts are matched at the start of a word of the name
(after a character other than a letter or digit), the others anywhere in it; `_E` ends a word
that also begins ordinary ones ("ad" but not "address"). Plain words are escaped, `Regex`
fragments kept.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = [
    "ARTICLE_CLASS",
    "BODY_ITEMPROPS",
    "CHROME_CLASS",
    "COMMENT_CLASS",
    "DECORATIVE_IMAGE",
    "HEADING_CLASS",
    "LEAD_CLASS",
    "RELATED_CLASS",
    "RELATED_WIDGET",
    "SCORE_NEGATIVE",
    "SCORE_POSITIVE",
    "SCORE_STRONG",
    "TEASER_CLASS",
    "TOOL_CLASS",
]

_E = "(?![a-z])"

BODY_ITEMPROPS = frozenset({"articleBody", "articlebody"})
"""The `itemprop` values that mark an element as the article's body (schema.org)."""

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

# Parts of a class or id name (lowercased, anywhere in it) that make an element more likely to
# hold the article, in the scoring of candidates.
SCORE_POSITIVE = Concept(
    "score positive class",
    {
        "en": (
            "article",
            "body",
            "content",
            "entry",
            "hentry",
            "h-entry",
            "main",
            "page",
            "post",
            "text",
            "blog",
            "story",
        ),
        "de": ("artikel", "beitrag"),
    },
    matches=("article-wrapper", "postbody", "h-entry"),
    rejects=("sidebar", "footer-links"),
    ignore_case=False,
)

# Names that say "the article body" outright: they score twice.
SCORE_STRONG = Concept(
    "score strong class",
    {
        "en": (
            Regex("(?:article|story|entry|post)[-_]*(?:body|content|text)"),
            "articlebody",
            "storybody",
            Regex("main-?text"),
        ),
    },
    matches=("article-body", "post__content", "maintext"),
    rejects=("article-list", "body"),
    ignore_case=False,
)

# Parts of a name that make an element less likely to hold the article.
SCORE_NEGATIVE = Concept(
    "score negative class",
    {
        "en": (
            "comment",
            "sidebar",
            "foot",
            "related",
            "promo",
            "teaser",
            "widget",
            Regex("(?<![a-z])ads?(?![a-z])"),
            "advert",
            "nav",
            "share",
            "social",
            "meta",
            "sponsor",
            "banner",
            "combx",
            "contact",
            "masthead",
            "outbrain",
            "taboola",
            "shopping",
            "tags",
            "tool",
            "popup",
            "modal",
            "hidden",
            "card",
            "caption",
            "credit",
            "author",
            "byline",
            "breadcrumb",
            "recirc",
            "more",
        ),
    },
    matches=("comments", "top-ads", "navbar", "more-links"),
    rejects=("article-body", "loads", "headline"),
    ignore_case=False,
)

# The lead (standfirst) of an article, often just before the body in its own element.
LEAD_CLASS = Concept(
    "lead class",
    {
        "en": (
            "lead",
            "intro",
            "standfirst",
            "teaser",
            "summary",
            "abstract",
            "excerpt",
            "subtitle",
            "sub-title",
            "subhead",
            "sub-head",
            "description",
            "preface",
            "deck",
            Regex("dek(?![a-z])"),
        ),
        "cs": ("perex",),
        "fr": ("chapo", "chapeau"),
        "de": ("vorspann",),
        "es": ("entradilla", "bajada", "sapo"),
        "it": ("sommario",),
    },
    matches=("article-lead", "Standfirst", "c-dek", "chapo"),
    rejects=("article-body", "dekor-item"),
)

# Class and id names that on their own mark a widget of promoted links.
RELATED_WIDGET = Concept(
    "related widget class",
    {"any": ("outbrain", "taboola", "trc_related", "yarpp-related", "jp-relatedposts")},
    matches=("outbrain-widget", "jp-relatedposts-list"),
    rejects=("related",),
    ignore_case=False,
)

# Names that mark a related section only when the element is also mostly links.
RELATED_CLASS = Concept(
    "related section class",
    {
        "en": (
            "related",
            "recirc",
            "recommend",
            "more-stories",
            "morestories",
            "trc_related",
            "most-read",
            "mostread",
            "most-popular",
            "mostpopular",
            "trending",
            "similar",
            "read-next",
            "readnext",
            "also-like",
            "might-like",
            "may-like",
            "also-read",
            "more-from",
        ),
    },
    matches=("related-links", "most-read-box", "you-might-like"),
    rejects=("article-body", "more"),
    ignore_case=False,
)

# Names of an element that may be a heading: title, heading, header, headline; titulo, titre,
# titel.
HEADING_CLASS = Concept(
    "heading class",
    {"any": ("tit", "head")},
    matches=("section-title", "header", "titulo"),
    rejects=("label",),
    ignore_case=False,
)

# Words in the file name or class of a decorative image (a rule between sections, a spacer):
# "/img/divider-2.png", "spacer.gif", "trennlinie.jpg"; matched like class names, in the
# lowercased address and class of an image without alternative text.
DECORATIVE_IMAGE = Concept(
    "decorative image",
    {
        "en": (
            Regex(f"dividers?{_E}"),
            Regex(f"separators?{_E}"),
            Regex(f"spacers?{_E}"),
            Regex(r"blank\.(?:gif|png)"),
        ),
        "de": (Regex(f"trenn(?:er|linie|strich){_E}"),),
        "es": (Regex(f"separador{_E}"),),
        "fr": (Regex(f"s[ée]parateur{_E}"),),
    },
    matches=("/wp-content/uploads/divider-2.png", "spacer.gif", "/img/trennlinie.jpg"),
    rejects=(
        "/photos/blankets-for-the-homeless.jpg",
        "/img/dividend-chart.png",
        "/img/blank-check.jpg",
    ),
    form="class",
)
