"""Notices that are no part of a story: rights reserved, calls to follow, subscribe to or
support the site, the site's rules for comments, and calls to read the story elsewhere.

Data only: plain phrases by language, `Regex` fragments where a phrase cannot say it.
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["CALL_TO_ACTION", "COMMENT_POLICY", "READ_ELSEWHERE", "RIGHTS", "SUPPORT"]

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
            # a channel: "Subscribe to the Fox News YouTube Channel" (opening a sentence)
            Regex(
                r"(?:(?<![\w,] )|(?<=please )|(?<=and )|(?<=forget to ))(?:subscribe|follow)"
                r" (?:to |on )?(?:our|the|my)\b[^.!?]{0,40}\b(?:channel|podcast)\b"
            ),
        ),
        "de": (
            Regex(r"abonnier(?:e|t|en sie) (?:meinen|unseren) newsletter"),
            "unterstützen sie uns",
            Regex(r"folgen sie uns (?:auf|bei)"),
            Regex(r"folgt uns (?:auf|bei)"),
            Regex(r"folge uns (?:auf|bei)"),
            Regex(r"abonnier(?:e|t|en sie) (?:meinen|unseren) [\w-]{0,20}kanal"),
        ),
        "es": (
            Regex(r"s[íi]guenos en"),
            Regex(r"suscr[íi]b(?:ete|ase) a (?:nuestro|mi) canal"),
        ),
        "fr": (
            Regex(r"suivez[- ]nous sur"),
            Regex(r"abonnez[- ]vous (?:à|a) (?:notre|ma) cha[îi]ne"),
        ),
        "pt": (
            Regex(r"siga[- ]nos (?:no|em|nas)"),
            Regex(r"inscreva[- ]se (?:no|em) (?:nosso|meu) canal"),
        ),
        "it": ("seguici su", Regex(r"iscriviti al (?:nostro|mio) canale")),
        "ru": (Regex(r"подписывайтесь на (?:наш|мой) канал"),),
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
        "Subscribe to the Fox News YouTube Channel",
        "Don't forget to subscribe to our channel!",
        "Abonniere unseren YouTube-Kanal!",
        "Folgt uns auf Instagram.",
        "Abonnez-vous à notre chaîne YouTube.",
        "Suscríbete a nuestro canal de YouTube.",
        "Iscriviti al nostro canale Telegram.",
    ),
    rejects=(
        "You can follow him on Twitter.",
        "The minister signed up to the deal.",
        "Supporters of the bill rallied outside.",
        "Millions subscribe to the channel every year.",
    ),
    form="word",
)

# An appeal for money or support from the reader, searched in a short paragraph: "Support our
# journalism", "Deshalb freuen wir uns über jede Spende!", "Soutenez-nous"; in the first or
# second person (a story may well report that a charity welcomes every donation), and in the
# informal German forms (a police appeal "braucht Ihre Hilfe" is news).
SUPPORT = Concept(
    "support",
    {
        "en": (
            Regex(r"support (?:our|independent|quality) (?:journalism|reporting|work)"),
            Regex(r"(?:make|consider making) a donation(?! to\b)"),
            Regex(r"(?:make|consider making) a contribution(?! to\b)"),
            Regex(r"donate (?:now|today|here)\b"),
            Regex(r"help us (?:continue|keep)\b"),
            Regex(r"support us (?:on|via|with|by)\b"),
        ),
        "de": (
            # opening a sentence ("Deshalb unterstütze uns"), not "Niemand unterstützt uns"
            Regex(
                r"(?:(?<![\w,] )|(?<=bitte )|(?<=deshalb )|(?<=jetzt ))unterst[üu]tz(?:e|t) uns\b"
            ),
            Regex(r"unterst[üu]tzen sie (?:uns|unsere arbeit|unabh[äa]ngigen journalismus)"),
            Regex(r"(?:freuen wir uns|wir freuen uns) [üu]ber (?:jede|ihre|deine|eure) spende"),
            Regex(r"braucht (?:weiterhin |jetzt )?(?:eure|deine) (?:hilfe|unterst[üu]tzung)"),
            "jetzt spenden",
        ),
        "fr": (
            Regex(r"soutenez[- ]nous"),
            "faites un don",
            "faites votre don",
            Regex(r"soutenir (?:notre|le) journalisme"),
        ),
        "es": (
            Regex(r"ap[óo]yanos"),
            Regex(r"apoya nuestro periodismo"),
            Regex(r"haz (?:una|tu) donaci[óo]n"),
        ),
        # ("sostienici" alone would leave the pre-filter only "ost": "most", "cost"…)
        "it": (Regex(r"sostieni (?:il nostro|l'informazione)"),),
        "pt": (Regex(r"apoie (?:o nosso|nosso) jornalismo"), Regex(r"fa[çc]a uma doa[çc][ãa]o")),
        "pl": (Regex(r"przeka[żz] darowizn[ęe]"),),
    },
    matches=(
        "Support our journalism: become a member.",
        "Donate now",
        "Help us continue to spread the magic of words to readers everywhere",
        "Deshalb freuen wir uns über jede Spende!",
        "Deshalb unterstütze uns (monatlich oder auch einmalig).",
        "Die SIEGESSÄULE braucht weiterhin Eure Hilfe!",
        "Soutenez-nous : faites un don.",
        "Apóyanos con una donación.",
    ),
    rejects=(
        "The charity welcomes every donation.",
        "Der Verein freut sich über jede Spende.",
        "Niemand unterstützt uns, sagte der Landwirt.",
        "Die Polizei braucht Ihre Hilfe: Wer hat den Unfall gesehen?",
        "She made a donation to the museum.",
        "Voters support independent candidates.",
    ),
    form="word",
)

# The site's rules for comments, searched in a short paragraph: "Comments are moderated",
# "We welcome comments that…", "Kommentare werden moderiert".
COMMENT_POLICY = Concept(
    "comment policy",
    {
        "en": (
            Regex(r"comments (?:are|will be) (?:moderated|reviewed|closed)"),
            Regex(r"we welcome (?:your )?(?:comments|feedback)"),
            Regex(r"comment(?:ing)? policy"),
            Regex(r"(?:read|see|review|follow) our (?:community|comment) guidelines"),
        ),
        "de": (
            Regex(r"kommentare werden (?:moderiert|geprüft|freigeschaltet)"),
            Regex(r"kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)"),
            "netiquette",
        ),
        "fr": (Regex(r"commentaires (?:sont|seront) mod[ée]r[ée]s"), "charte de modération"),
        "es": (Regex(r"comentarios (?:son|ser[áa]n) moderados"),),
        "it": (Regex(r"commenti (?:sono|saranno) moderati"),),
    },
    matches=(
        "Comments are moderated and will appear after approval.",
        "We welcome comments that advance the story.",
        "Please read our comment policy before commenting.",
        "Kommentare werden moderiert.",
        "Les commentaires sont modérés.",
    ),
    rejects=("The comments were moderate in tone.", "He welcomed the comments of the judge."),
    form="word",
)

# A call to read the story, or more of it, elsewhere, opening a short paragraph: "Read the full
# transcript of his interview", "Click here to read more", "Hier geht es zur neuen
# Vorstandsstruktur".
READ_ELSEWHERE = Concept(
    "read elsewhere",
    {
        "en": (
            Regex(
                r"(?:click here to |you can )?(?:read|watch|listen to|see) (?:the|our|his|her)"
                r" (?:full|complete|entire|whole) (?:transcript|interview|story|article|report"
                r"|text|statement|review|letter|post|speech|piece|conversation|episode)"
            ),
            Regex(r"(?:click|tap) here (?:to|for)\b"),
            Regex(r"for (?:the|our) (?:full|complete|latest) (?:story|transcript|coverage|report)"),
        ),
        "de": (
            Regex(r"hier geht(?:['\u2019]s| es) (?:zu[mr]?|weiter)\b"),
            Regex(
                r"(?:das|den|die) (?:ganze|gesamte|vollst[äa]ndige)n? (?:interview|artikel|text"
                r"|beitrag|bericht) (?:lesen|finden|h[öo]ren) sie"
            ),
        ),
        "fr": (Regex(r"(?:lire|lisez|retrouvez) l['\u2019]int[ée]gralit[ée]"),),
        "es": (Regex(r"le[ae] (?:la|el) (?:entrevista|nota|art[íi]culo) complet[ao]"),),
        "it": (Regex(r"leggi (?:l['\u2019]articolo|l['\u2019]intervista) complet[ao]"),),
    },
    matches=(
        "Read the full transcript of his interview",
        "Click here to read more about the vote.",
        "Hier geht es zur neuen Vorstandsstruktur",
        "Lire l'intégralité de l'entretien",
        "For the full story, see our website.",
    ),
    rejects=(
        "Critics who read the full report said it was flawed.",
        "Here is the full transcript:",
    ),
    form="start",
)
