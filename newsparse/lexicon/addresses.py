"""The words of a postal address: street types and post-office boxes, by language.

Data only: plain words, `Regex` fragments where a word has forms (an abbreviation with or
without its full stop). Matched as whole words next to a house number.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["STREET"]

# A street type or a post-office box, next to a house number in an address: "1600 Pennsylvania
# Avenue NW", "Musterstraße 12", "12 rue de Rivoli", "Calle Mayor 5", "P.O. Box 31".
STREET = Concept(
    "street",
    {
        "en": (
            "street", Regex(r"st\.?"), "avenue", Regex(r"ave\.?"), "road", Regex(r"rd\.?"),
            "boulevard", Regex(r"blvd\.?"), "lane", "drive", "suite", "floor", "square",
            Regex(r"p\.?\s?o\.? box"),
        ),
        "de": (
            Regex(r"\w*(?:straße|strasse|str\.)"), Regex(r"\w*(?:weg|platz|gasse|allee|ring)"),
            "postfach",
        ),
        "fr": ("rue", "boulevard", "bd", "place", "chemin", "quai", "cedex"),
        "es": ("calle", "avenida", Regex(r"av\.?"), "plaza", "apartado"),
        "it": ("via", "viale", "piazza", "corso"),
        "pl": ("ulica", Regex(r"ul\."), "aleja"),
    },
    matches=("Street", "Ave.", "Musterstraße", "Hauptstr.", "rue", "P.O. Box", "Postfach"),
    rejects=("Strength", "Avenues", "Placement"),
    form="line",
)  # fmt: skip
