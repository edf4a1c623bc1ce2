"""The words of a byline: "By", "Written by", "Autor:".

Data only: plain phrases by language, `Regex` fragments where a phrase cannot say it.
"""

from __future__ import annotations

import re

from newsparse.lexicon.build import Concept, Regex

__all__ = [
    "AND",
    "AUTHOR_LABEL",
    "BY",
    "BYLINE_END",
    "CREDENTIAL",
    "INTERFACE_LABEL",
    "NAME_SUFFIX",
    "WRITTEN",
]

# The word before an author's name: "By Jane Doe", "Von Max Muster", "di Mario Rossi".
BY = Concept(
    "byline by",
    {
        "en": ("by",),
        "de": ("von",),
        "fr": ("par",),
        "es": ("por",),  # and Portuguese
        # Italian "di", in lowercase only ("Di Maio" is a name): the look-behind checks the case
        "it": (Regex("di(?-i:(?<=di))"),),
        "nl": ("door",),
        "sv": ("av",),  # and Norwegian
        "da": ("af",),
        "pl": ("przez",),
    },
    matches=(
        "By Jane Doe",
        "BY JANE DOE",
        "Von Max Muster",
        "par Jean Dupont",
        "Por María García",
        "di Mario Rossi",
        "door Jan Jansen",
        "av Anna Svensson",
        "af Lars Hansen",
        "przez Jana Kowalskiego",
    ),
    rejects=("Di Maio attacca Salvini", "Bystanders watched", "Vonnegut wrote it", "Paris"),
    form="start",
)

# What may come before that word: "Written by", "Ein Beitrag von", "Reporting by".
WRITTEN = Concept(
    "byline verb",
    {
        "en": (
            "written",
            "posted",
            "reported",
            "story",
            "text",
            "words",
            "reporting",
            "compiled",
            "edited",
        ),
        "de": (
            "erstellt",
            "geschrieben",
            "verfasst",
            Regex(r"(?:blog\s+)?(?:ein\s+)?(?:beitrag|artikel)"),
        ),
        "fr": ("écrit", "rédigé"),
        "es": ("escrito",),
    },
    matches=(
        "Written by Jane Doe",
        "Reporting by Tom Roe",
        "Ein Beitrag von Max Muster",
        "Blog Artikel von Max",
        "Geschrieben von Anna",
        "Rédigé par Jean",
    ),
    rejects=("Writtenhouse", "Wordsworth said", "Stories of the week", "Beitragszahler"),
    form="start",
)

# A label before an author's name, with or without a colon: "Autor: Max Muster", "Texte : J.
# Dupont", "記者 山田太郎".
AUTHOR_LABEL = Concept(
    "author label",
    {
        "en": ("author", "reporter", "text", "written"),
        "de": ("autor", "autorin", "verfasser", "text"),
        "fr": ("auteur", "texte"),
        "es": ("autor", "autora", "texto"),
        "it": ("autore", "testo"),
        "ja": ("投稿者", "著者", "筆者", "記者"),
        "zh": ("作者", "记者"),
    },
    matches=(
        "Author: Jane Doe",
        "Autorin: Anna Muster",
        "Texte : Jean Dupont",
        "Testo di Mario Rossi",
        "記者 山田太郎",
        "作者\uff1a张三",
    ),
    rejects=("Authority figures", "Textile workers", "Reporters Without Borders"),
    form="start",
)

# Where a byline's names end: an update note, a link to follow or share, "read more" (searched
# from a word start; everything from it onwards is not part of the byline).
BYLINE_END = Concept(
    "byline end",
    {
        "en": (
            "updated", "last updated", "published", Regex(r"posted(?!\s+by\b)"), "modified",
            Regex(r"follow\b"), "read more",
        ),
        "de": ("aktualisiert", "veröffentlicht", "stand:"),
        "fr": ("mis à jour", "publié"),
        "es": ("actualizado", "publicado"),
        "it": ("aggiornato", "pubblicato"),
        "any": (
            Regex(r"twitter\b"), Regex(r"facebook\b"), Regex(r"instagram\b"),
            Regex(r"linkedin\b"), Regex(r"e-?mail\b"),
        ),
    },
    matches=("Jane Doe Updated 3 May", "Max Muster, Stand: 12.03.", "Jane Doe Follow"),
    rejects=("Posted by Jane Doe", "Jane Followay"),
    form="word",
)  # fmt: skip

# The words that join two names of a byline ("Jane Doe and John Roe"), case-sensitive.
AND = Concept(
    "byline and",
    {
        "en": ("and", "And", "AND", "with", "With"),
        "de": ("und", "mit"),
        "fr": ("et", "avec"),
        "es": ("y", "con"),  # and Italian "con"
        "it": ("e",),  # and Portuguese
        "no": ("og",),  # and Danish
        "sv": ("och",),
        "nl": ("en",),
        "pl": ("i",),  # and Croatian, Catalan
        "hu": ("és",),
        "tr": ("ve",),
        "ru": ("и",),
    },
    matches=("Jane Doe and John Roe", "Max Muster und Erika Mustermann", "Ana y Juan"),
    rejects=("Jane Doe, John Roe", "Anderson", "Sandy Mitchell"),
    form="whole",
    ignore_case=False,
)  # fmt: skip

# A degree or professional title written after a name and a comma ("Ilana Muhlstein, MS,
# RDN"): part of that author's byline, never an author of its own. Case-sensitive, as
# written ("MS", not "Ms"); the phrases are one group, which the builder keeps as written
# (it folds the first letters of grouped branches to lowercase).
_CREDENTIALS = (
    "PhD", "Ph.D.", "Ph.D", "MD", "M.D.", "DO", "D.O.", "RN", "R.N.", "MS", "MSc", "M.Sc.",
    "MA", "M.A.", "BA", "B.A.", "BSc", "B.Sc.", "BS", "MBA", "MPH", "MFA", "MEd", "EdD", "JD",
    "J.D.", "LLM", "LL.M.", "DDS", "DMD", "DVM", "PharmD", "PsyD", "DPT", "NP", "FNP", "PA-C",
    "APRN", "CNM", "RD", "RDN", "LD", "LDN", "CDN", "CDE", "CDCES", "CNS", "CSCS", "LCSW",
    "LMFT", "LPC", "CPA", "CFA", "CFP", "Esq", "Esq.", "FACS", "FACP", "FAAP", "FRCP", "FRCS",
    "MRCP", "OBE", "MBE", "CBE", "KC", "QC", "Dipl.-Ing.", "Dipl.-Psych.",
)  # fmt: skip
CREDENTIAL = Concept(
    "name credential",
    {"any": (Regex("(?:{})".format("|".join(re.escape(name) for name in _CREDENTIALS))),)},
    matches=("MS", "RDN", "PhD", "Ph.D.", "M.D.", "MPH", "Esq.", "PA-C"),
    rejects=("Ms", "Jane", "Mdina", "Doe", "Dr", "Ma"),
    form="line",
    ignore_case=False,
)

# A generational suffix written after a name and a comma ("Martin Luther King, Jr."): part of
# the name.
NAME_SUFFIX = Concept(
    "name suffix",
    {"en": (Regex(r"Jr\.?"), Regex(r"Sr\.?"), "Jnr", "Snr", "II", "III", "IV")},
    matches=("Jr.", "Sr", "III", "jr."),
    rejects=("Junior Doe", "Sir", "I", "Ivy"),
    form="line",
)

# A label of the page's interface in the place of an author's name: a settings or profile
# link, a follow button ("Settings", "名片", "Follow Author", "Profil ansehen").
INTERFACE_LABEL = Concept(
    "interface label",
    {
        "en": (
            "settings", "profile", "my profile", Regex(r"(?:view|see|show)\s+(?:full\s+)?profile"),
            Regex(r"follow(?:\s+(?:the\s+)?(?:author|me|us|writer))?"), "unfollow",
            "menu", "search", "log in", "login", "sign in", "sign up", "register", "account",
            "my account", "close", "more", "show more", "see more", "bio", "biography",
            "contact", "contact author", "email author", "all articles", "more articles",
            Regex(r"(?:all\s+|more\s+)?(?:articles|posts|stories)\s+by(?:\s+this\s+author)?"),
        ),
        "de": (
            "einstellungen", "profil", Regex(r"profil\s+(?:ansehen|anzeigen)"), "folgen",
            Regex(r"(?:dem\s+)?autor(?:in)?\s+folgen"), "anmelden", "abmelden", "suche",
            "konto", "mein konto", "mehr", "alle artikel",
        ),
        "fr": (
            "paramètres", "réglages", "profil", "voir le profil", "suivre", "suivre l'auteur",
            "se connecter", "connexion", "recherche", "compte", "mon compte", "plus",
        ),
        "es": (
            "ajustes", "configuración", "perfil", "ver perfil", "seguir", "seguir al autor",
            "iniciar sesión", "buscar", "cuenta", "mi cuenta", "más",
        ),
        "it": ("impostazioni", "profilo", "segui", "segui l'autore", "accedi", "cerca"),
        "pt": ("configurações", "perfil", "seguir", "entrar", "pesquisar", "minha conta"),
        "nl": ("instellingen", "profiel", "volgen", "inloggen", "zoeken"),
        "zh": (
            "名片", "设置", "設定", "关注", "關注", "关注作者", "个人主页", "個人主頁", "主页",
            "登录", "登入", "注册", "搜索", "更多",
        ),
        "ja": ("設定", "プロフィール", "フォロー", "ログイン", "検索", "もっと見る"),
        "ko": ("설정", "프로필", "팔로우", "로그인", "검색"),
    },
    matches=(
        "Settings", "Follow Author", "名片", "View profile", "Profil ansehen", "Suivre",
        "More articles by", "プロフィール",
    ),
    rejects=("Jane Doe", "Profiler Smith", "Follower", "Morel", "张三"),
    form="line",
)  # fmt: skip
