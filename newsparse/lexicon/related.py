"""The words that announce a related-articles section: "You might also like", "Lesen Sie auch".

Data only: plain phrases by language (a space stands for any run of whitespace), `Regex`
fragments where a phrase cannot say it.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["READ_ALSO", "RELATED_LABEL", "RELATED_NAMED"]

_APOS = "['\u2019]"

# A label that heads a related section or opens an inline promo, and is chrome when alone on a
# line (in `newsparse.lexicon.chrome` too): "Read more", "Lesen Sie auch", "À lire aussi".
READ_ALSO = Concept(
    "read also",
    {
        "en": (
            "read more",
            "read also",
            "read next",
            "keep reading",
            "see also",
            "more on this story",
        ),
        "de": ("lesen sie auch", "auch interessant"),
        "fr": (
            Regex(r"lire\s+(?:aussi|également)"),
            Regex(r"[àa]\s+lire\s+(?:aussi|également)"),
        ),
        "es": (Regex(r"le[ea]\s+tambi[ée]n"), "te puede interesar"),
        "it": ("leggi anche",),
        "pl": (Regex(r"czytaj\s+(?:tak[żz]e|te[żz]|wi[ęe]cej)"),),
    },
    matches=("Read more", "Lesen Sie auch", "À lire aussi", "Lee también", "Czytaj także"),
    rejects=("Read more books", "Lesen Sie, was passiert ist"),
    form="line",
    spaced=True,
)

# Any other label that heads a related section or opens an inline promo ("Mehr zum Thema:
# <link>"): the whole text of a heading.
RELATED_LABEL = Concept(
    "related label",
    {
        "en": (
            Regex(r"you\s+(?:might|may)\s+(?:also\s+)?like"),
            Regex(
                r"related(?:\s+(?:articles?|stories|story|content|coverage|news|posts?|topics"
                r"|links|reading|videos?))?"
            ),
            "read this next",
            "what to read next",
            "up next",
            "further reading",
            Regex(r"also\s+(?:read|see|watch)"),
            Regex(r"more\s+(?:stories|news|like\s+this|to\s+read)"),
            Regex(r"recommended(?:\s+(?:for\s+you|stories|reading|articles|videos))?"),
            Regex(r"most\s+(?:read|popular|viewed|shared)"),
            Regex(r"popular\s+(?:stories|now|articles)"),
            "top stories",
            Regex(r"trending(?:\s+(?:now|stories|news))?"),
            Regex(r"latest\s+\w+\s+(?:news|stories)"),
            Regex(rf"don{_APOS}?t\s+miss"),
            Regex(rf"editors?{_APOS}?s?\s+picks?"),
            Regex(r"latest\s+(?:news|stories)"),
            "in case you missed it",
            Regex(
                r"(?:articles|audios?|videos?|stories)(?:\s+and\s+(?:audios?|videos?|articles"
                r"|stories))?\s+on\s+(?:the|this)\s+topic"
            ),
        ),
        "de": (
            "mehr zum thema",
            Regex(r"(?:zum\s+(?:selben\s+|gleichen\s+)?|passend\s+zum\s+)thema"),
            Regex(
                r"(?:(?:weitere|beliebte|aktuelle)\s+)?(?:artikel|beiträge|videos|audios|news)"
                r"(?:\s+und\s+(?:artikel|beiträge|videos|audios))?\s+zum\s+thema"
            ),
            Regex(r"das\s+k(?:ö|oe)nnte\s+(?:sie|dich)\s+auch\s+interessieren"),
            Regex(r"lesen\s+sie\s+mehr(?:\s+zum\s+thema)?"),
            "auch lesenswert",
            "zum artikel",
            "zum beitrag",
            Regex(r"weitere\s+(?:artikel|beiträge|nachrichten|meldungen)"),
            Regex(r"meistgelesene?(?:\s+artikel)?"),
            Regex(r"(?:unsere\s+)?empfehlungen"),
            Regex(r"(?:ähnliche|verwandte)\s+(?:artikel|beiträge)"),
        ),
        "fr": (
            Regex(r"[àa]\s+(?:d[ée]couvrir|voir)\s+(?:aussi|également)"),
            Regex(r"sur\s+le\s+m[êe]me\s+(?:sujet|th[èe]me)"),
            Regex(r"dans\s+la\s+m[êe]me\s+rubrique"),
            Regex(
                r"(?:(?:articles|audios|vid[ée]os)(?:\s+et\s+(?:articles|audios|vid[ée]os))?\s+)?"
                r"sur\s+le\s+sujet"
            ),
            Regex(r"les\s+plus\s+lu(?:e?s)?"),
            "voir aussi",
            Regex(r"vous\s+aimerez\s+(?:peut-[êe]tre\s+)?aussi"),
            Regex(r"articles\s+(?:liés|similaires|connexes)"),
        ),
        "es": (
            Regex(r"mir[áa]\s+tambi[ée]n"),
            Regex(r"ver\s+tambi[ée]n"),
            "le puede interesar",
            Regex(r"tambi[ée]n\s+(?:te|le)\s+puede\s+interesar"),
            "puede interesarte",
            Regex(r"(?:noticias|art[íi]culos)\s+relacionad[oa]s"),
            Regex(r"relacionad[oa]s?"),
            "te recomendamos",
            Regex(r"lo\s+m[áa]s\s+(?:le[íi]do|visto)"),
            Regex(r"m[áa]s\s+(?:noticias|le[íi]d[oa]s)"),
        ),
        "it": (
            Regex(r"(?:ti\s+)?potrebbe(?:ro)?\s+interessarti(?:\s+anche)?"),
            "articoli correlati",
            "correlati",
            Regex(r"(?:i\s+)?pi[ùu]\s+letti"),
            "vedi anche",
        ),
        "pt": (
            Regex(r"leia\s+(?:tamb[ée]m|mais)"),
            Regex(r"veja\s+(?:tamb[ée]m|mais)"),
            "saiba mais",
            Regex(r"mais\s+lid[oa]s"),
            Regex(r"(?:not[íi]cias|mat[ée]rias|artigos)\s+relacionad[oa]s"),
            Regex(r"recomendamos(?:\s+para\s+voc[êe])?"),
            Regex(r"voc[êe]\s+(?:tamb[ée]m\s+)?pode\s+gostar"),
        ),
        "pl": (
            Regex(r"przeczytaj\s+(?:tak[żz]e|te[żz]|r[óo]wnie[żz]|wi[ęe]cej)"),
            Regex(r"czytaj\s+r[óo]wnie[żz]"),
            Regex(r"zobacz\s+(?:te[żz]|tak[żz]e|r[óo]wnie[żz])"),
            "polecamy",
            Regex(r"najcz[ęe][śs]ciej\s+czytane"),
            Regex(r"(?:powi[ąa]zane|podobne)\s+artyku[łl]y"),
            Regex(r"dowiedz\s+si[ęe]\s+wi[ęe]cej"),
        ),
        # Croatian, Serbian, Bosnian (Latin script)
        "hr": (
            Regex(r"vi[šs]e\s+o\s+temi"),
            Regex(r"pro[čc]itajte\s+(?:jo[šs]|i|tako[đd]er)"),
            Regex(r"povezane\s+(?:vijesti|vesti|teme)"),
            Regex(r"najčitanije(?:\s+vijesti)?"),
        ),
        "ru": (
            "читайте также",
            "смотрите также",
            Regex(r"(?:новости|материалы|ещ[её])\s+по\s+теме"),
            "по теме",
            "самое читаемое",
            Regex(r"похожие\s+(?:новости|статьи)"),
            "рекомендуем",
        ),
        "tr": (
            Regex(r"[iİ]lgili\s+haberler"),
            "benzer haberler",
            Regex(r"en\s+[çc]ok\s+okunan(?:lar)?"),
        ),
        "ar": (
            Regex(r"الأكثر\s+(?:تصفحا|تصفحاً|قراءة|مشاهدة)"),
            Regex(r"[اإ]قرأ\s+(?:أيضا|أيضاً)"),
            Regex(r"(?:مقالات|أخبار|مواضيع)\s+ذات\s+صلة"),
            Regex(r"قد\s+يعجبك\s+(?:أيضا|أيضاً)"),
        ),
        # "read another story here"
        "zu": (Regex(r"funda\s+(?:futhi|nalokhu|olunye\s+udaba(?:\s+lapha)?)"),),
        "nl": (Regex(r"lees\s+(?:ook|meer)"), Regex(r"gerelateerde?\s+artikelen")),
        "sv": (Regex(r"l[äa]s\s+(?:ocks[åa]|[äa]ven|mer)"),),
        # Norwegian and Danish
        "no": (
            Regex(r"l[eæ]s\s+(?:ogs[åa]|mere?)"),
            Regex(r"relater(?:te|ede)\s+(?:saker|artikler|nyheder)"),
            "mest lest",
        ),
        "ja": (
            "関連記事",
            "関連ニュース",
            "関連リンク",
            "関連キーワード",
            Regex("[あ合]わせて読みたい"),
            "おすすめ記事",
            "おすすめ情報",
            "人気記事",
            "アクセスランキング",
            "新着記事",
            Regex("(?:最新)?記事一覧"),
            Regex(".{1,12}の(?:新着|最新記事一覧)"),
        ),
        "zh": ("相关阅读", "相关文章", "相关新闻"),
    },
    matches=(
        "You might also like",
        "Related articles",
        "READ THIS NEXT",
        "What to read next",
        "Mehr zum Thema",
        "Lesen Sie mehr zum Thema",
        "À voir aussi",
        "Sur le même sujet",
        "Ver también",
        "Vedi anche",
        "Leia também",
        "Zobacz też",
        "Pročitajte još",
        "Читайте также",
        "İlgili Haberler",
        "اقرأ أيضا",
        "Lees ook",
        "Läs också",
        "Les også",
        "関連記事",
        "相关阅读",
    ),
    rejects=(
        "Related costs rose sharply",
        "Read the full report here",
        "Lesen Sie, was passiert ist",
        "Les élections ont eu lieu",
        "Most of the people",
    ),
    form="line",
    spaced=True,
)

# A heading that names where more comes from: "More from Politics", "Mehr aus Berlin".
RELATED_NAMED = Concept(
    "related from",
    {
        "en": (
            Regex(
                r"(?:read\s+more\s+(?:from|on|in|by)|more\s+(?:from|on|in))(?::|\s)\s*[^\d\s].{0,38}"
            ),
            Regex(r"also\s+on\s+[^\d\s].{0,38}"),
            Regex(r"most\s+(?:read|popular|viewed|shared)\s+(?:in|on)\s+[^\d\s].{0,38}"),
            Regex(r"recommended\s+from\s+[^\d\s].{0,38}"),
        ),
        "de": (Regex(r"mehr\s+(?:aus|zum\s+thema)(?::|\s)\s*[^\d\s].{0,38}"),),
        "es": (Regex(r"m[áa]s\s+(?:noticias\s+)?de\s+[^\d\s].{0,38}"),),
    },
    matches=(
        "More from Politics",
        "Most read in Sport",
        "Mehr aus Berlin",
        "Más noticias de Madrid",
    ),
    rejects=("More from 2020", "Moreover, the court ruled that the law was void last year"),
    form="line",
    spaced=True,
)
