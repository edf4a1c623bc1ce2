"""Read the dates news pages write into `datetime` values, never raising.

A result is timezone-aware only when the string names its zone (`Z`, `+02:00`, `GMT`...);
years before 1990 or more than a year ahead are rejected as nonsense.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from newsparse.lexicon.build import numbered
from newsparse.lexicon.dates import MONTHS, ZONES

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
# Month names (casefolded) of the languages dates are read in (`newsparse.lexicon.dates`);
# `content.boilerplate` and `embeds.text` use them too.
MONTH_NAMES = numbered(MONTHS)
# "12 March 2020", "12. März 2020", "12 de marzo de 2020", "March 12th, 2020"
_NAMED = re.compile(
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s(?:de\s)?(?P<n1>[^\W\d_]{3,12})\.?,?\s(?:de\s)?"
    r"(?P<y1>\d{4})|(?P<n2>[^\W\d_]{3,12})\.?\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s(?P<y2>\d{4}))"
)


# The time written after a date in words ("12 March 2020, 10:15", "Nov 19, 2019 at 7:09 p.m.
# EST", "3. Mai 2021 um 10.00 Uhr MESZ", "10h30"): hours, minutes, seconds, a.m./p.m. and a
# zone (an abbreviation of `newsparse.lexicon.dates.ZONES`, or an offset such as "GMT+2"). A
# dot between hours and minutes only before "Uhr", "h" or a.m./p.m.: "12.50 euros" is no time.
_ZONE_NAMES = "|".join(sorted(ZONES, key=len, reverse=True))
_TIME_AFTER = re.compile(
    r"(?:\s*[,|\-\u2013\u2014/]\s*|\s+(?:at|um|à|a\s+las|alle|om|kl\.?)\s+|\s+)"
    r"(?P<H>\d{1,2})(?::|h|\.(?=\d{2}\s?(?:Uhr|h\b|[ap]\.?m)))(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s?(?P<ampm>[ap])\.?m\.?(?!\w))?(?:\s?(?:Uhr|h)\b)?"
    r"(?:\s?\(?(?P<zone>(?-i:" + _ZONE_NAMES + r"))(?![\w+-])"
    r"|\s?(?:(?-i:GMT|UTC)\s?)?(?P<offset>[+-]\d{1,2}(?::?\d{2})?)(?!\d))?",
    re.IGNORECASE,
)


def _time_after(text: str, position: int, day: datetime) -> datetime:
    """`day` with the time (and zone) written right after `position` in `text`, if any."""
    match = _TIME_AFTER.match(text, position)
    if match is None:
        return day
    hour, minute = int(match["H"]), int(match["M"])
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return day
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return day
    zone: timezone | None = None
    if match["zone"]:
        zone = timezone(timedelta(hours=ZONES[match["zone"]]))
    elif match["offset"]:
        zone = _zone(match["offset"] if ":" in match["offset"] else _padded(match["offset"]))
    second = min(int(match["S"] or 0), 59)
    return day.replace(hour=hour, minute=minute, second=second, tzinfo=zone)


def _padded(offset: str) -> str:
    """A "+2" or "-0530" offset as `_zone` reads it ("+02", "-0530")."""
    digits = offset[1:]
    return offset[0] + (digits.zfill(2) if len(digits) <= 2 else digits.zfill(4))


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
    found = sane(datetime(year, month, day))
    return None if found is None else _time_after(match.string, match.end(), found)


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
