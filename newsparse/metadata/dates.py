"""Read the dates news pages write into `datetime` values, never raising.

A result is timezone-aware only when the string names its zone (`Z`, `+02:00`, `GMT`...);
years before 1990 or more than a year ahead are rejected as nonsense.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

__all__ = ["MONTH_NAMES", "dateline_date", "find_date", "parse_date", "sane"]

_MIN_YEAR = 1990

# 2020-10-12, 2020/10/12, 2020.10.12, then an optional time and zone.
_ISO = re.compile(
    r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[T\s]{1,3}(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s?(?P<z>Z|z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?"
)
# 20201012 or 20201012T101500Z
_COMPACT = re.compile(
    r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?(?P<z>Z)?)?$"
)
# 12.10.2020 (day first, as written across Europe), optionally with a time.
_DMY = re.compile(
    r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})(?:,?\s{1,3}(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
# 25.04.24: a two-digit year, day first; not part of a longer run of numbers ("1.2.3.4").
_DMY_SHORT = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?!\.?\d)")
# 17/03/2020 or 03/17/2020: read only when one of the first two numbers is above 12.
_SLASHED = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")
# 2019年4月13日 (Chinese, Japanese), 2019년 4월 13일 (Korean)
_CJK = re.compile(r"(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]?")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Month names (casefolded) of the languages dates are read in; `content.boilerplate` uses them too.
MONTH_NAMES = {
    **_MONTHS,
    "sept": 9, "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mär": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Swedish, Norwegian, Danish
    "maj": 5, "augusti": 8, "desember": 12, "marts": 3,
    # Polish (genitive, as dates write them)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    # Russian (genitive, then nominative) and Ukrainian (genitive)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "июнь": 6, "июль": 7, "август": 8,
    "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "may\u0131s": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kas\u0131m": 11, "aral\u0131k": 12,
    "mayis": 5, "kasim": 11, "aralik": 12,  # dotless i, and as "MAYIS".casefold() reads
    # Arabic (the names used in Egypt and the Gulf; single-word Levantine names)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
    "حزيران": 6, "تموز": 7, "أيلول": 9,
}  # fmt: skip
# "12 March 2020", "12. März 2020", "12 de marzo de 2020", "March 12th, 2020"
_NAMED = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s(?:de\s)?(?P<n1>[^\W\d_]{3,12})\.?,?\s(?:de\s)?"
    r"(?P<y1>\d{4})|(?P<n2>[^\W\d_]{3,12})\.?\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s(?P<y2>\d{4}))"
)


def _from_slashed(match: re.Match[str]) -> datetime | None:
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if first > 12 >= second:
        return sane(datetime(year, second, first))
    if second > 12 >= first:
        return sane(datetime(year, first, second))
    return None  # ambiguous (or impossible): day-first and month-first both read


def _from_named(match: re.Match[str]) -> datetime | None:
    name = (match["n1"] or match["n2"] or "").casefold()
    month = MONTH_NAMES.get(name)
    if month is None:
        return None
    day = int(match["d1"] or match["d2"])
    year = int(match["y1"] or match["y2"])
    return sane(datetime(year, month, day))


# A dateline: a numeric date near the start of a paragraph, then a dash or bar ("02.11.2022 -
# ...", "Von Anna Muster 27.1.2022 - ...", "2021-10-16 | ...").
_DATELINE = re.compile(
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{1,2}-\d{1,2})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*Uhr)?)?\s*(?:[-\u2013\u2014|\u2022]|$)"
)
_DATELINE_START = 40  # characters before the date at most


def dateline_date(text: str) -> datetime | None:
    """The date a paragraph opens with as a dateline: a numeric date in its first 40
    characters followed by a dash or a bar, or ending it."""
    match = _DATELINE.search(text, 0, _DATELINE_START + 40)
    if match is None or match.start() > _DATELINE_START:
        return None
    return find_date(match["date"])


def parse_date(value: object) -> datetime | None:
    """Parse a date string (ISO 8601 and common variants, RFC 2822, epoch) or return None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    try:
        return _parse(text)
    except (ValueError, OverflowError, OSError):
        return None


def find_date(text: str) -> datetime | None:
    """Find a date written anywhere in a short text ("Published 12 March 2020, 10:15")."""
    if not isinstance(text, str) or not text:
        return None
    text = text[:300]
    try:
        for pattern in (_ISO, _CJK, _DMY):
            match = pattern.search(text)
            if match is not None:
                found = _from_match(match)
                if found is not None:
                    return found
        match = _NAMED.search(text)
        if match is not None:
            found = _from_named(match)
            if found is not None:
                return found
        match = _SLASHED.search(text)
        if match is not None:
            return _from_slashed(match)
        match = _DMY_SHORT.search(text)
        if match is not None:
            day, month, year = (int(match[group]) for group in ("d", "m", "y"))
            return sane(datetime(2000 + year, month, day))
    except (ValueError, OverflowError):
        return None
    return None


def sane(value: datetime | None) -> datetime | None:
    """Return `value` if its year is plausible for a news page (1990 to next year), else None."""
    if value is None:
        return None
    if value.year < _MIN_YEAR or value.year > datetime.now().year + 1:
        return None
    return value


def _parse(text: str) -> datetime | None:
    match = _ISO.match(text)
    if match is not None:
        return _from_match(match)
    if _EPOCH.fullmatch(text):
        return _from_epoch(float(text))
    match = _COMPACT.match(text)
    if match is not None:
        return _from_match(match)
    if text[:1].isalpha():
        try:
            rfc = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            rfc = None
        if rfc is not None:
            return sane(rfc)
    match = _DMY.match(text)
    if match is not None:
        return _from_match(match)
    match = _NAMED.search(text)
    if match is not None:
        return _from_named(match)
    return None


def _from_match(match: re.Match[str]) -> datetime | None:
    groups = match.groupdict()
    year, month, day = int(groups["y"]), int(groups["m"]), int(groups["d"])
    hour = int(groups.get("H") or 0)
    minute = int(groups.get("M") or 0)
    second = int(groups.get("S") or 0)
    fraction = groups.get("f") or ""
    micro = int((fraction + "000000")[:6]) if fraction else 0
    if hour == 24 and minute == 0:
        hour = 23
        minute, second = 59, 59
    tz = _zone(groups.get("z"))
    return sane(datetime(year, month, day, hour, minute, min(second, 59), micro, tzinfo=tz))


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text in {"Z", "z", "UTC", "GMT"}:
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return sane(datetime.fromtimestamp(seconds, tz=timezone.utc))
    except (ValueError, OverflowError, OSError):
        return None
