"""Month names by language, as dates write them, and the words around a date.

Data only: for each language the twelve months in order, each as its names separated by spaces
(full name, then abbreviations and spellings without accents).
"""

from __future__ import annotations

from newsparse.lexicon.build import Concept, Regex

__all__ = ["DATE_WORDS", "MONTHS", "ZONES"]

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
        "august aug", "september sep sept", "october oct", "november nov", "december dec",
    ),
    "de": (
        "januar jänner", "februar", "märz mär maerz", "april", "mai", "juni", "juli", "august",
        "september", "oktober okt", "november", "dezember dez",
    ),
    "fr": (
        "janvier janv", "février fevrier févr", "mars", "avril avr", "mai", "juin",
        "juillet juil", "août aout", "septembre", "octobre", "novembre", "décembre decembre",
    ),
    "es": (
        "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
        "septiembre setiembre", "octubre", "noviembre", "diciembre dic",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre",
    ),
    "pt": (
        "janeiro", "fevereiro", "março marco", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
        "oktober", "november", "december",
    ),
    "no": (
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember",
    ),
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
        "oktober", "november", "december",
    ),
    # Polish, Russian and Ukrainian: the genitive, as dates write them (and the Russian
    # nominative)
    "pl": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
        "września", "października", "listopada", "grudnia",
    ),
    "ru": (
        "января январь", "февраля февраль", "марта март", "апреля апрель", "мая",
        "июня июнь", "июля июль", "августа август", "сентября сентябрь", "октября октябрь",
        "ноября ноябрь", "декабря декабрь",
    ),
    "uk": (
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
        "вересня", "жовтня", "листопада", "грудня",
    ),
    # with the dotless i, and as "MAYIS".casefold() reads
    "tr": (
        "ocak", "şubat", "mart", "nisan", "may\u0131s mayis", "haziran", "temmuz", "ağustos",
        "eylül", "ekim", "kas\u0131m kasim", "aral\u0131k aralik",
    ),
    # the names used in Egypt and the Gulf, and the single-word Levantine names
    "ar": (
        "يناير", "فبراير شباط", "مارس آذار", "أبريل ابريل إبريل نيسان", "مايو أيار",
        "يونيو حزيران", "يوليو تموز", "أغسطس اغسطس", "سبتمبر أيلول", "أكتوبر اكتوبر", "نوفمبر",
        "ديسمبر",
    ),
}  # fmt: skip

# The words around a date on a line of its own ("Updated Mon, 3 May 2021 10:00 CEST",
# "Veröffentlicht am 3. Mai 2021 um 10 Uhr"): notes, prepositions, weekdays, time zones.
DATE_WORDS = Concept(
    "date words",
    {
        "en": (
            "updated", "published", "posted", "modified", "last", "on", "at", "date", "by", "pm",
            Regex(r"[ap]\.\s?m"), "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ),
        "de": (
            "aktualisiert", "veröffentlicht", "stand", "am", "um", "uhr", "datum", "von", "mo",
            "di", "mi", "do", "fr", "sa", "so", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag",
        ),
        "fr": ("mis à jour", "publié le", "le", "à"),
        "es": ("fecha", "actualizado", "publicado", "el", "a las"),
        "it": ("data",),  # and Portuguese
        "sv": ("kl", "publicerad", "publicerat", "uppdaterad", "uppdaterat"),
        "no": ("publisert", "oppdatert"),
        "da": ("udgivet", "opdateret"),
        "tr": ("güncelleme", "yay\u0131nlanma"),
        # weekdays, "last update", "published", "at", "o'clock", a.m./p.m., "time", and the
        # words of the Levantine month names that are two words
        "ar": (
            "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
            "آخر تحديث", "تحديث", "نشر", "في", "الساعة", "م", "ص", "بتوقيت", "آب", "كانون",
            "تشرين", "الأول", "الثاني",
        ),
        # time zones
        "any": (
            "utc", "gmt", Regex("[ecmp][sd]?t"), "cet", "cest", "jst", "kst", "hkt", "sgt",
            "aest", "aedt", "bst", "ist",
        ),
    },
    matches=("Updated", "Veröffentlicht", "mis à jour", "CEST", "Montag", "الساعة", "a.m", "p. m"),
    rejects=("Updates", "Datenschutz", "Monsoon"),
    form="line",
)  # fmt: skip

# Time zone abbreviations that name one offset from UTC, in hours, as pages print them after a
# time ("19 Nov 2019 07:09 GMT", "3. Mai 2021, 10:00 MESZ"). Ambiguous ones ("IST": India or
# Ireland, "CST": US or China) and those naming no season ("ET") are left out: a time with
# them stays without a zone.
ZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9,
    "HKT": 8, "SGT": 8, "AWST": 8, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11,
    "NZST": 12, "NZDT": 13,
}  # fmt: skip
