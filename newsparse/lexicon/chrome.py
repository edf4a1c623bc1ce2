"""Short phrases that are page chrome wherever they stand alone on a line: "Advertisement",
"Share this article", "Read more", "Weiterlesen", "Back to top".

Only general phrases belong here, never a string from one site. Data only: plain phrases by
language ("any": names and symbols of every language), `Regex` fragments where a phrase cannot
say it. A line of chrome holds only such phrases, possibly glued ("Share this articleComments").
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = [
    "ADVERTISING",
    "CITATION",
    "COMMENTS",
    "LISTEN",
    "MORE_LINK",
    "NAVIGATION",
    "READ_MORE",
    "SHARE",
]

# Ads, and the line where an ad breaks the text: "Story continues below advertisement",
# "Continua depois da publicidade", "Poniżej dalsza część artykułu".
ADVERTISING = Concept(
    "advertising",
    {
        "en": (
            Regex("advertisements?"),
            "advertising",
            "ad",
            Regex("sponsored(?: content)?"),
            "paid content",
            Regex("skip (?:ad|advertisement)"),
            Regex("the story continues (?:below|after)"),
            Regex("the article continues (?:below|after)"),
            Regex("story continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?"),
            Regex("article continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?"),
            "continue reading below",
        ),
        "de": (
            "anzeige",
            "werbung",
            "werbung überspringen",
            "anzeige überspringen",
            "weiter nach der anzeige",
        ),
        "fr": (
            Regex("publicit[ée]"),
            "annonce",
            Regex("la suite apr[èe]s (?:cette )?(?:publicit[ée]|annonce)"),
        ),
        "es": ("publicidad", Regex("contin[úu]a (?:despu[ée]s de|tras) (?:la )?publicidad")),
        "pt": (Regex("contin[úu]a (?:depois|ap[óo]s) d?a publicidade"),),
        "it": (Regex("pubblicit[àa]"), Regex("continua dopo la pubblicit[àa]")),
        "pl": (
            "reklama",
            Regex("poni[żz]ej dalsza cz[ęe][śs][ćc] artyku[łl]u"),
            Regex("dalsza cz[ęe][śs][ćc] artyku[łl]u(?: pod reklam[ąa])?"),
        ),
        "da": ("reklame",),
        "ru": ("реклама",),
    },
    matches=(
        "Advertisement",
        "ADVERTISING",
        "Story continues below advertisement",
        "Anzeige",
        "Publicité",
        "Continua depois da publicidade",
        "Poniżej dalsza część artykułu",
    ),
    rejects=("Advertisements are everywhere in the city", "Adam", "Sponsored by the state"),
    form="line",
)

# Share, print, save and other tools, and the networks a share bar names.
SHARE = Concept(
    "share",
    {
        "en": (
            Regex(r"share(?: (?:this|the))?(?: (?:article|story|post|page|video|on \w+|via \w+))?"),
            Regex(r"share on \w+"),
            Regex("tweet(?: this)?"),
            "email",
            "e-mail",
            Regex("print(?: this)?(?: article| page)?"),
            Regex("copy(?: to clipboard| link| url)?"),
            "copied",
            "link copied",
            Regex("close(?: button)?"),
            "article content",
            Regex("bookmark(?: this)?(?: article)?"),
            Regex("save(?: (?:article|for later|to read later))?"),
            Regex("gift(?: this)? article"),
            "font size",
            "text size",
            "copy/paste the article video embed link below",
            "embed",
            "mail",
            "send",
            # a blog platform's like button and its heading (WordPress: "Like this: Like Loading…")
            Regex("like(?: this)?"),
        ),
        "de": (
            "merken",
            "teilen",
            "drucken",
            "gefällt mir",
            Regex(r"wird geladen(?:\s?[.\u2026]+)?"),
            Regex("teilen sie diesen (?:artikel|beitrag)"),
            Regex("teile diesen (?:artikel|beitrag)"),
        ),
        "fr": (
            "partager",
            Regex("imprimer(?: cette page)?"),
            Regex("partager (?:cet |l')article"),
            Regex("j['\u2019]aime(?: ceci)?"),
            Regex(r"chargement(?:\s?[.\u2026]+)?"),
        ),
        "es": (
            Regex("compartir (?:este|el) art[íi]culo"),
            "compartir",
            "imprimir",
            Regex("me gusta(?: esto)?"),
            Regex(r"cargando(?:\s?[.\u2026]+)?"),
        ),
        "it": (
            "condividi",
            "stampa",
            Regex("mi piace(?: questo)?"),
            Regex(r"caricamento(?:\s?[.\u2026]+)?"),
        ),
        "pl": ("udostępnij",),
        "any": (
            "\u00d7",
            "facebook",
            "twitter",
            "x",
            "whatsapp",
            "linkedin",
            "pinterest",
            "telegram",
            "reddit",
            "flipboard",
            "messenger",
            "vk",
            "xing",
            "bluesky",
            "threads",
            "tumblr",
            "line",
        ),
        # and the buttons to sign up or log in
        "ja": (
            "ツイート",
            "ポスト",
            Regex("シェア(?:する)?"),
            "メールで送る",
            "はてなブックマーク",
            Regex("印刷(?:する)?"),
            "新規登録",
            "今すぐ登録",
            Regex("ログイン(?:する)?"),
            Regex("会員登録(?:する)?"),
            "記事に関する報告",
        ),
        "zh": (Regex("分享(?:到|让更多人看到)?"), "打印", "收藏", "纠错"),
        "ko": ("공유하기", "인쇄", "스크랩"),
    },
    matches=(
        "Share this article",
        "Share on Facebook",
        "Print this page",
        "Link copied",
        "Like this",
        "Gefällt mir",
        "J\u2019aime",
        "Teilen",
        "Partager l'article",
        "シェアする",
        "分享到",
        "공유하기",
    ),
    rejects=(
        "Shares fell by a third",
        "Printing press",
        "Sendung verpasst?",
        "Like this one",
        "Me gusta el fútbol",
    ),
    form="line",
)

# Comments and counters: "3 comments", "1.2k views", "Leave a reply".
COMMENTS = Concept(
    "comments",
    {
        "en": (
            Regex("comments?"),
            Regex(r"\d+ comments?"),
            Regex("leave a (?:comment|reply)"),
            Regex("post a (?:comment|reply)"),
            Regex("add a (?:comment|reply)"),
            Regex("write a (?:comment|reply)"),
            "show comments",
            "view comments",
        ),
        "de": (Regex("kommentare?"), Regex(r"\d+ kommentare?")),
        "fr": (Regex("commentaires?"),),
        "es": (Regex("comentarios?"),),
        "it": ("commenti",),
        "pl": ("komentarze",),
        "any": (Regex(r"\d[\d.,]*k? (?:views?|aufrufe|vues|visitas|likes?|shares?)"),),
        "ko": (Regex(r"좋아요(?: \d+)?"),),
    },
    matches=("Comments", "12 comments", "1.2k views", "Leave a reply", "Kommentare", "좋아요 3"),
    rejects=("Comments from the minister", "Commentary"),
    form="line",
)

# Read more, newsletter, follow (and `newsparse.lexicon.related.READ_ALSO`, the labels of a
# related section that are chrome alone on a line).
READ_MORE = Concept(
    "read more",
    {
        "en": (
            Regex("more on this(?: topic)?"),
            "recommended videos",
            Regex("continue reading(?: the main story| below)?"),
            Regex("sign up(?: for (?:our|the) newsletter)?"),
            Regex("subscribe(?: now)?"),
            "newsletter",
            Regex(r"follow us(?: on \w+)?"),
            Regex(r"follow @\w+"),
            Regex("donate(?: now| today| here)?"),
            Regex("support us(?: now| today)?"),
        ),
        "de": (
            "weiterlesen",
            "jetzt spenden",
            "spenden sie jetzt",
            Regex("mehr (?:zum thema|lesen)"),
            "jetzt abonnieren",
            "abonnieren",
            "zum weiterlesen",
        ),
        "fr": (
            Regex("à d[ée]couvrir"),
            Regex("a d[ée]couvrir"),
            "lire la suite",
            Regex("je m['\u2019]abonne"),
            "faire un don",
            Regex("je (?:fais un don|donne)"),
        ),
        "es": ("leer más", Regex("donar? ahora"), Regex("haz (?:una|tu) donación")),
        "it": ("dona ora", "fai una donazione"),
        "sq": (Regex("lexoni (?:më shumë|edhe)"),),
    },
    matches=(
        "Continue reading the main story",
        "Weiterlesen",
        "Lire la suite",
        "Sign up",
        "Donate now",
        "Jetzt spenden",
        "Faire un don",
    ),
    rejects=("Read more books", "Subscribers only", "Donated organs", "Spenden sammeln"),
    form="line",
)

# Navigation and widgets: players, galleries, maps, pages, previous and next.
NAVIGATION = Concept(
    "navigation",
    {
        "en": (
            Regex("skip to (?:main )?content"),
            "back to top",
            Regex(r"loading(?:\s?[.\u2026]+)?"),
            "click to expand",
            "enlarge",
            Regex("open (?:image|gallery)"),
            Regex("view (?:image|gallery|slideshow)"),
            "play video",
            "watch",
            "enlarge this image",
            "image",
            "photo",
            "video",
            "gallery",
            "zoom",
            Regex("listen(?: to this article)?"),
            "audio",
            "toggle caption",
            "now playing",
            "next",
            "previous",
            "prev",
            "up next",
            "of",
            "see all",
            "view all",
            "download",
            "play in new window",
            "right click here to download",
            "podcast",
            "learn more",
            Regex("view (?:on|larger) map"),
            "get directions",
            Regex("this is a (?:breaking|developing)(?: news?)? story"),
            "more to follow",
            "click to tweet",
            "source link",
            "see gallery",
            Regex("discover more(?: like this)?"),
            Regex(r"twitter\s*:\s*@\w+"),
            Regex(r"instagram\s*:\s*@\w+"),
            Regex("back to (?:slide(?:show)?|gallery)"),
            "suggest a correction",
            Regex("report an? (?:error|typo|correction)"),
            "what do you think",
            Regex("scroll down to comment(?: below)?"),
            "hide caption",
            "show caption",
            "caption",
            "related",
            Regex("related (?:articles|stories|content)"),
            Regex(r"page\s+\d+ (?:of|de|sur) \d+"),
            Regex("getty(?: images)?"),
        ),
        "de": (
            Regex("vorherige[rs]?(?: (?:artikel|beitrag|seite))?"),
            Regex("nächste[rs]?(?: (?:artikel|beitrag|seite))?"),
            "weiter",
            Regex("zurück(?: zur (?:vorherigen seite|übersicht|startseite))?"),
            Regex(r"seite\s+\d+ von \d+"),
        ),
        "fr": (Regex("devenez fan(?: sur)?"), "précédent", "suivant"),
        "es": (Regex("ampliar (?:foto|imagen)"), "anterior", "siguiente"),
        "it": ("precedente", "successivo"),
        "pl": ("poprzedni", "następny", Regex(r"strona\s+\d+ z \d+")),
        "any": (
            Regex("perma(?:link|lien)"),
            "+",
            Regex(r"\d+\s*/\s*\d+"),
            Regex(r"\d+ (?:of|von|de|di|sur|z) \d+"),
            Regex(r"p[áa]gina\s+\d+ (?:de|di) \d+"),
            Regex(r"\d+ (?:photos|images|bilder|fotos)"),
            # a news agency's end mark (Yonhap): "(END)", "(끝)"
            "(end)",
            "(끝)",
        ),
        "zh": ("阅读下一篇",),
    },
    matches=("Back to top", "Next", "Page 2 of 5", "3 / 12", "Zurück zur Startseite", "(END)"),
    rejects=("Next year the budget grows", "Photography exhibition opens"),
    form="line",
)

# Listen to the article; the ARD players and boxes ("Audio starten, abbrechen mit Escape",
# "Weitere Informationen").
LISTEN = Concept(
    "listen",
    {
        "es": (
            Regex("escucha(?:r)? (?:esta|la) (?:nota|noticia)(?: aquí)?"),
            Regex("escuchar (?:el )?art[íi]culo"),
        ),
        "de": (
            Regex("artikel (?:vor)?lesen lassen"),
            "artikel anhören",
            "anhören",
            Regex("audio starten(?:, abbrechen mit escape)?"),
            Regex("video starten(?:, abbrechen mit escape)?"),
            Regex("ende der weitere(?:n)? informationen"),
            Regex("weitere(?:n)? informationen"),
        ),
        "fr": (Regex("écouter (?:cet |l')?article"),),
        "it": (Regex("ascolta (?:l')?articolo"),),
    },
    matches=(
        "Artikel vorlesen lassen",
        "Écouter cet article",
        "Audio starten, abbrechen mit Escape",
    ),
    rejects=("Anhörung im Bundestag",),
    form="line",
)

# How to cite the page.
CITATION = Concept(
    "citation",
    {
        "en": ("suggested citation", Regex("cite this (?:article|post)")),
        "de": ("infos zum zitiervorschlag", "zitiervorschlag"),
    },
    matches=("Suggested citation", "Zitiervorschlag"),
    rejects=("Cite this source carefully",),
    form="line",
)

# The link that closes a card for a person or a story ("MORE", "Mehr »"): the whole text of a
# link.
MORE_LINK = Concept(
    "more link",
    {
        "en": (Regex(r"(?:read |see |view )?more(?: \W)?"),),
        "de": (Regex(r"mehr(?: \W)?"), "weiterlesen"),
        "fr": (Regex(r"plus(?: \W)?"), "lire la suite"),
        "es": (Regex(r"m[áa]s(?: \W)?"), "leer más"),
        "it": ("di più", "leggi"),
        "pl": ("więcej",),
    },
    matches=("MORE", "More »", "Read more", "Mehr", "Más"),
    rejects=("More than a game", "Mehrheit"),
    form="line",
)
