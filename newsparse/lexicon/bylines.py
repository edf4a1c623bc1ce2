"""The words of a byline: "By", "Written by", "Autor:".

Data only: plain phrases by language, `Regex` fragments where a phrase cannot say it.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["AND", "AUTHOR_LABEL", "BY", "BYLINE_END", "WRITTEN"]

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
    rejects=("Jane Doe, John Roe", "Anderson"),
    form="word",
    ignore_case=False,
)  # fmt: skip
