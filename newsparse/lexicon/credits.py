"""The labels of a photo credit: "Photo: Jane Doe/Reuters", "(Foto: dpa)", "Crédit : AFP".

Data only: plain words by language (the logic adds the plural "s" and the colon).
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["CREDIT_LABEL", "PHOTO_AGENCY", "SOURCE_LABEL"]

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

# A photo agency or stock library named after a photographer on a line of its own: "Win McNamee
# / Getty Images", "Foto: Jane Doe/dpa".
PHOTO_AGENCY = Concept(
    "photo agency",
    {
        "any": (
            Regex("getty ?images"), "shutterstock", Regex("istock(?:photo)?"), "ap photo",
            "associated press", "reuters", "afp", "dpa", "epa", "imago",
            Regex("picture[- ]alliance"), "keystone", "anp", "ansa", "efe", "pap", "tass",
            "kyodo", "jiji", "xinhua", "yonhap", "aap",
        ),
    },
    matches=("Getty Images", "picture-alliance", "iStockphoto"),
    rejects=("Shutters", "gettysburg"),
    form="line",
)  # fmt: skip
