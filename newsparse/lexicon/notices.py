"""Notices that are no part of a story: rights reserved, calls to follow or support the site.

Data only: plain phrases by language, `Regex` fragments where a phrase cannot say it.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["CALL_TO_ACTION", "RIGHTS"]

# A rights notice: "© 2013 CNN. All rights reserved.", "<저작권자ⓒ 대전일보사. 무단전재-재배포
# 금지>", "無断転載禁止" (searched in a short line: such a line is a page footer, not prose).
RIGHTS = Concept(
    "rights",
    {
        "en": ("all rights reserved",),
        "de": ("alle rechte vorbehalten",),
        "fr": ("tous droits réservés", "tous droits reserves"),
        "es": ("todos los derechos reservados",),
        "it": ("tutti i diritti riservati",),
        "pl": ("wszelkie prawa zastrzeżone", "wszelkie prawa zastrzezone"),
        "ru": ("все права защищены",),
        "zh": ("版权所有", "版權所有"),
        "ja": ("無断転載",),
        "ko": (Regex(r"무단\s?전재"), Regex(r"재배포\s?금지")),
    },
    matches=(
        "© 2013 CNN. All rights reserved.",
        "Tous droits réservés.",
        "© Le Monde - tous droits reserves",
        "Copyright 2020 ORF. Alle Rechte vorbehalten.",
        "© EFE 2024. Todos los derechos reservados.",
        "Wszelkie prawa zastrzeżone.",
        "<저작권자ⓒ 대전일보사. 무단전재-재배포 금지>",
        "無断転載禁止",
        "版权所有 © 新华网",
    ),
    rejects=(
        "The rights reserved for the crown were few.",
        "Tous les droits de l'homme.",
        "Reservations are open all year.",
    ),
)

# A call to the reader to follow the site, bookmark it, sign up for its newsletter or support
# it, searched in a paragraph: "Please bookmark nationalpost.com and sign up for our daily
# newsletter", "Follow Metro.co.uk on Twitter" (not "follow him on Twitter", an author's note),
# "…would you consider supporting our work?".
CALL_TO_ACTION = Concept(
    "call to action",
    {
        "en": (
            "got a story?",
            Regex(r"for more stories like this\b"),
            Regex(
                r"sign up (?:for|to) (?:our|his|her|their|the)\b[^.!?]{0,40}(?:newsletters?|alerts)"
            ),
            Regex(r"sign up here\b"),
            Regex(r"subscribe (?:to (?:our|his|her|the)\b[^.!?]{0,40}newsletter|on youtube)"),
            Regex(r"bookmark (?:our (?:homepage|site|website)|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)"),
            Regex(r"follow (?:us|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}) on\b"),
            Regex(r"(?:consider|please) support(?:ing)? (?:our|us)\b"),
        ),
        "de": (
            Regex(r"abonnier(?:e|en sie) (?:meinen|unseren) newsletter"),
            "unterstützen sie uns",
            Regex(r"folgen sie uns (?:auf|bei)"),
        ),
        "es": (Regex(r"s[íi]guenos en"),),
        "fr": (Regex(r"suivez[- ]nous sur"),),
        "pt": (Regex(r"siga[- ]nos (?:no|em|nas)"),),
        "it": ("seguici su",),
        # "we invite you (too) to subscribe / to support us"
        "pl": (
            "wesprzyj nas",
            Regex(
                r"(?:zapraszamy|zach[ęe]camy)(?: (?:te[żz]|r[óo]wnie[żz]))?"
                r" do (?:subskrypcji|wsparcia)"
            ),
        ),
    },
    matches=(
        "Please bookmark nationalpost.com and sign up for our daily newsletter.",
        "Follow Metro.co.uk on Twitter and Facebook.",
        "If you value our journalism, would you consider supporting our work?",
        "Got a story? Email us.",
        "Wenn Ihnen der Artikel gefallen hat, unterstützen Sie uns bitte mit einer Spende.",
        "Folgen Sie uns auf Twitter.",
        "Síguenos en Facebook.",
        "Suivez-nous sur Instagram.",
        "Seguici su Facebook.",
        "Wesprzyj nas!",
        "Zachęcamy również do subskrypcji naszego kanału.",
    ),
    rejects=(
        "You can follow him on Twitter.",
        "The minister signed up to the deal.",
        "Supporters of the bill rallied outside.",
    ),
    form="word",
)
