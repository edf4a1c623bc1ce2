"""The words of a byline: "By", "Written by", "Autor:".

Data only: plain phrases by language, `Regex` fragments where a phrase cannot say it.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["AUTHOR_LABEL", "BY", "WRITTEN"]

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
