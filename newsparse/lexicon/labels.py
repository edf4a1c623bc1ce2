"""Labels that open a line of page metadata: "Tags:", "Schlagwörter:", "Mots-clés :".

Data only: plain words by language, `Regex` fragments where a phrase cannot say it.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["TAGS_LABEL"]

# The label of a list of tags: "Tags: python, docker", "Schlagwörter: Klima, Energie".
TAGS_LABEL = Concept(
    "tags label",
    {
        "en": ("tags", Regex("tagged(?: with)?"), "filed under", "tag"),
        "de": (Regex("schlagw[öo]rter"), Regex("stichw[öo]rter")),
        "fr": (Regex("mots[- ]cl[ée]s"),),
        "es": ("etiquetas",),
    },
    matches=("Tags", "Tagged with", "Schlagwörter", "Mots-clés"),
    rejects=("Tagline", "Stichwahl"),
    form="line",
)
