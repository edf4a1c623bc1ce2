"""The labels of a photo credit: "Photo: Jane Doe/Reuters", "(Foto: dpa)", "Crédit : AFP".

Data only: plain words by language (the logic adds the plural "s" and the colon).
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept

__all__ = ["CREDIT_LABEL", "SOURCE_LABEL"]

CREDIT_LABEL = Concept(
    "credit label",
    {
        "en": ("photo", "image", "picture", "credit"),
        "de": ("foto", "bild", "quelle"),
        "fr": ("crédit",),
        "es": ("fotografía",),
    },
    matches=("Photo: Jane Doe/Reuters", "Foto: dpa", "Crédit : AFP", "Quelle: imago"),
    rejects=("Photography by the sea", "Bildung und Forschung", "Source: AFP"),
    form="start",
)

# "Source: AFP" ends a caption as a credit; alone on a line, "Sources:" may head the article's
# list of sources, so the chrome credit line does not take it.
SOURCE_LABEL = Concept(
    "source label",
    {"en": ("source",)},
    matches=("Source: AFP",),
    rejects=("Sourcing",),
    form="start",
)
