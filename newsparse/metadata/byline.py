"""Turn raw bylines ("By Jane Doe and John Roe, Reuters | Updated 3 May") into author names.

A byline is cut at update/date notes, split on list separators ("," " and " " & " " und " "/"
...), each piece loses its "By"/"Von"/"Par" prefix, e-mail addresses, URLs and @handles, and is
kept only when it looks like a person's name: one to five words, no digits, not a job title
("Staff Writer", "Correspondent") and not a news agency (Reuters, AP, dpa, AFP...), which is
dropped rather than glued to a name.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from newsparse.lexicon import bylines
from newsparse.lexicon.build import alternation, by_first_letter
from newsparse.lexicon.dates import MONTHS
from newsparse.text import normalize_space

__all__ = ["agencies_in", "clean_byline", "is_agency", "name_key"]

_MAX_WORDS = 5
_MAX_LENGTH = 200

_AGENCIES = frozenset(
    {
        "reuters", "ap", "associated press", "the associated press", "afp", "agence france presse",
        "agence france-presse", "dpa", "apa", "ansa", "efe", "pti", "ians", "kna", "epd", "sda",
        "keystone", "keystone-sda", "bloomberg", "bloomberg news", "upi", "xinhua", "tass",
        "ria novosti", "kyodo", "kyodo news", "yonhap", "aap", "cp", "the canadian press",
        "canadian press", "anp", "belga", "ats", "ats-sda", "ctk", "pap", "mti", "ap photo",
        "dpa-afx", "afx", "sid", "ddp", "dts", "kathpress", "idea", "europa press", "ep", "lusa",
        "agencia brasil", "ani", "bernama", "antara", "aa", "anadolu", "anadolu agency",
        "news agencies", "agencies", "wires", "wire", "wire services", "staff and agencies",
        "agences", "agenturen", "agencias", "ntb", "tt", "ritzau", "stt", "ana-mpa", "hina",
        "sita", "tasr", "bta", "rferl", "cnn wire", "nexstar media wire", "reuters staff",
    }
)  # fmt: skip
_AGENCY_SUFFIX = re.compile(r"(?<!\s)\s+(?:staff|news|wire|agency|reporters?|redaktion)$")

# Words that mark a job title or a label rather than a name.
_NOT_NAME_WORDS = frozenset(
    {
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
        "editor", "editors", "editorial", "columnist", "contributor", "contributors", "journalist",
        "producer", "photographer", "photos", "photo", "redaktion", "redakteur", "redakteurin",
        "korrespondent", "korrespondentin", "autor", "autorin", "author", "authors", "admin",
        "administrator", "team", "desk", "newsroom", "news", "updated", "published", "posted",
        "share", "comments", "comment", "read", "more", "min", "minutes", "follow", "email",
        "twitter", "facebook", "instagram", "linkedin", "getty", "images", "image", "shutterstock",
        "guest", "anonymous", "unknown", "null", "none", "undefined", "rédaction", "redacción",
        "redazione", "red", "senior", "chief", "bureau", "contributing", "sponsored", "partner",
        "content", "advertising", "advertisement", "ago", "hours", "hour", "days", "yesterday",
        "today", "agencies", "agency", "press", "media", "video", "audio", "podcast", "opinion",
        "analysis", "homepage", "home", "de.", "the", "our", "your", "about", "profile", "view",
        "all", "posts", "articles", "stories", "by", "von", "sign", "subscribe", "newsletter",
        "login", "log", "reading", "time", "listen", "print", "source", "sources", "quelle",
        "foto", "fotos", "bild", "text", "texte", "und", "and", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag",
    }
)  # fmt: skip

# Job titles that may follow a name without a separator ("Jane Doe Staff Writer").
_ROLE_WORDS = frozenset(
    {
        "staff", "writer", "reporter", "correspondent", "editor", "columnist", "contributor",
        "journalist", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "senior",
        "chief", "contributing", "special", "political", "deputy", "associate", "managing",
        "executive", "photographer", "producer", "illustration", "photography", "photos",
    }
)  # fmt: skip
_EMAIL = re.compile(r"(?<!\S)\S[^\s@]*@\S+\.\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"@\w+")
# Everything from an update note (`newsparse.lexicon.bylines`) or a date onwards is not part of
# the byline.
_CUT_BEFORE_DATE = ("on", "am", "le", "el", "il", "op")  # "on May 1", "am Dienstag 6."
# English month names but "May" (also a name), from `newsparse.lexicon.dates`.
_CUT_MONTHS = tuple(name for names in MONTHS["en"] for name in names.split() if name != "may")
_CUT_DAYS = (
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "di", "mi",
    "do", "fr", "sa", "so", "lun", "mer", "jeu", "ven", "sam", "dim",
)  # fmt: skip
# The branches grouped by first letter: a search tries them at every word start.
_CUT = re.compile(
    r"\b(?:"
    + by_first_letter(
        "|".join(
            (
                alternation(bylines.BYLINE_END),
                *(rf"{word}\s+(?:[^\W\d_]+\.?,?\s+)?\d" for word in _CUT_BEFORE_DATE),
                r"in\s+(?-i:[A-Z])",  # "by <name> in <section>"
                *(rf"{month}\.?\s+\d" for month in _CUT_MONTHS),
                *(rf"{day}\.?,?\s+\d" for day in _CUT_DAYS),
                r"\d",
            )
        ),
        guard=True,
    )
    + ")",
    re.IGNORECASE,
)
# "Posted on <date> by <name>": the date goes, "by <name>" stays.
_POSTED_ON = re.compile(r"^(?:posted|published|written)\s+on\s+.{1,40}?\s+(?=by\s)", re.IGNORECASE)
# A byline's label: "By", "Written by", "Autor:" (the words in `newsparse.lexicon.bylines`).
_PREFIX = re.compile(
    rf"^(?:(?:{alternation(bylines.WRITTEN)})\s+)?"
    rf"(?:{alternation(bylines.BY, bylines.AUTHOR_LABEL)})\b\s*[:.\-\u2013\u2014\uff1a]?\s*",
    re.IGNORECASE,
)
# A list separator, also a comma before "and" ("Jane Doe, John Roe, and Richard Roe").
_SEPARATORS = re.compile(
    rf"(?<!\s)\s*(?:[,;](?:\s+(?:{alternation(bylines.AND)})(?=\s))?|[|/&+•·\n]"
    rf"|\s[-\u2013\u2014]\s|\s(?:{alternation(bylines.AND)})\s)\s*"
)
_EDGE_JUNK = " \t\"'\u201c\u201d\u2018\u2019«»()[]{}<>:;,-\u2013\u2014|*·•!?#"
_EDGE_JUNK_BUT_COLON = _EDGE_JUNK.replace(":", "")
_NON_ALNUM = re.compile(r"[\W_]+")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_HOSTNAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")  # "wien.ORF.at": a site, not a person
_HANDLE_NAME = re.compile(r"[^\W\d_][\w.-]{1,29}")  # a user name: a letter, then up to 29
# A name written surname first, as a catalogue does: "Gillman, Steve", "Kooman, F.", "Doe,
# J.-P." (one word, a comma, then one word or initials, and nothing more).
_LAST_FIRST = re.compile(
    r"([^\W\d_][\w'\-]*[^\W\d_]),\s*"
    r"([^\W\d_][\w'\-]*[^\W\d_]|[^\W\d_]\.(?:\s?-?[^\W\d_]\.){0,2})"
)
# A degree ("MS", "PhD") or a generational suffix ("Jr.") after a name: not a name of its own.
_CREDENTIAL = bylines.CREDENTIAL.compile()
_NAME_SUFFIX = bylines.NAME_SUFFIX.compile()
# A label of the page's interface ("Settings", "名片", "Follow Author") where a name should be.
_INTERFACE_LABEL = bylines.INTERFACE_LABEL.compile()
_PARENTHESES = re.compile(r"\([^()]{0,60}\)|\[[^\[\]]{0,60}\]")


def clean_byline(raw: str, *, limit: int = 20, handles: bool = False) -> list[str]:
    """Split a raw byline into clean person names, dropping agencies, roles, dates and junk.

    With `handles` (for text printed as the author's name on the page), a single word that is
    a user name ("doumae", "Herr_Rein", "delta201") counts as a name too."""
    if not isinstance(raw, str) or not raw:
        return []
    text = raw[: _MAX_LENGTH * 4]
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\r", "\n")
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _PARENTHESES.sub(" ", text)
    inverted = _LAST_FIRST.fullmatch(text.strip())
    if inverted is not None and not any(_not_a_name_part(part) for part in inverted.groups()):
        text = f"{inverted.group(2)} {inverted.group(1)}"  # "Gillman, Steve": one person
    names: list[str] = []
    for line in text.split("\n"):
        line = normalize_space(line)
        if not line:
            continue
        if line[0] in "PpWw":  # a cheap test before the regex
            line = _POSTED_ON.sub("", line, count=1)
        cut = _CUT.search(line)
        if cut is not None:
            line = line[: cut.start()]
        after_name = False  # whether the piece before was a name, to take a suffix
        for piece in _SEPARATORS.split(line):
            bare = piece.strip(_EDGE_JUNK)
            if _CREDENTIAL.fullmatch(bare):
                continue  # "Ilana Muhlstein, MS, RDN": the degrees are hers
            if after_name and _NAME_SUFFIX.fullmatch(bare):
                names[-1] = f"{names[-1]} {bare}"  # "Martin Luther King, Jr."
                continue
            name = clean_name(piece, handles=handles)
            after_name = name is not None
            if name is not None:
                names.append(name)
        if len(names) >= limit:
            break
    return _dedupe(names)[:limit]


def agencies_in(raw: str) -> list[str]:
    """The news agencies a raw byline names ("By AP and dpa" -> ["AP", "dpa"]), as written."""
    if not isinstance(raw, str) or not raw:
        return []
    text = normalize_space(html.unescape(raw[:_MAX_LENGTH]) if "&" in raw else raw[:_MAX_LENGTH])
    found: list[str] = []
    for piece in _SEPARATORS.split(text):
        piece = _PREFIX.sub("", piece.strip(_EDGE_JUNK), count=1).strip(_EDGE_JUNK)
        if piece and is_agency(piece):
            found.append(piece)
    return _dedupe(found)


def clean_name(piece: str, *, handles: bool = False) -> str | None:
    """One candidate name: strip prefixes and edge punctuation; None unless it looks like a name."""
    piece = piece.strip(_EDGE_JUNK_BUT_COLON).lstrip(".")
    if piece.endswith(":"):
        return None  # a label whose value was cut off ("Data: 28-04-2021")
    for _ in range(2):
        stripped = _PREFIX.sub("", piece, count=1).strip(_EDGE_JUNK)
        if stripped == piece:
            break
        piece = stripped
    if len(piece) < 2 or len(piece) > 60 or ":" in piece or is_agency(piece):
        return None  # a colon left inside is a label's ("En kiosques : juillet", "Data:")
    if _INTERFACE_LABEL.fullmatch(piece):
        return None  # "Settings", "Follow Author", "名片": a link of the page, not a name
    if "." in piece and _HOSTNAME.fullmatch(piece):
        return None
    words = piece.split()
    for index, word in enumerate(words):
        if word.casefold().strip(".,") in _ROLE_WORDS:
            # "Howard Blume Staff Writer" -> "Howard Blume"; "Staff Writer" -> nothing
            if index < 2:
                return None
            words = words[:index]
            piece = " ".join(words).strip(_EDGE_JUNK)
            break
    while len(words) > 2 and _CREDENTIAL.fullmatch(words[-1].rstrip(",")):
        words = words[:-1]  # "Jane Doe MD", "Jane Doe, MS RDN"
    words = _without_caps_tail(words)
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # a name printed twice (for two screen sizes) in one element
    piece = " ".join(words)
    if len(words) > _MAX_WORDS or not _HAS_LETTER.search(piece):
        return None
    if handles and len(words) == 1 and _is_handle(piece):
        key = piece.casefold()
        return None if key in _NOT_NAME_WORDS or "admin" in key else piece
    if any(ch.isdigit() for ch in piece) or "@" in piece or "=" in piece or "_" in piece:
        return None
    if any(word.casefold().strip(".,") in _NOT_NAME_WORDS for word in words):
        return None
    if piece.lower() == piece and piece.upper() != piece:
        return None  # all lowercase: a label or a user name, not a written name
    last = words[-1]
    if last.endswith(".") and len(last) > 3 and last[:-1].casefold() not in {"jr", "sr", "st"}:
        piece = piece[:-1]
    if piece.isupper() and len(piece) > 3:
        piece = piece.title()
    return piece


def _is_handle(word: str) -> bool:
    """Whether `word` is a user name that no written name looks like: lowercase, or with a
    digit or an underscore ("doumae", "delta201", "Herr_Rein")."""
    if _HANDLE_NAME.fullmatch(word) is None:
        return False
    return word.lower() == word or "_" in word or any(ch.isdigit() for ch in word)


def _without_caps_tail(words: list[str]) -> list[str]:
    """`words` without a trailing run of two or more capitalised words after a written name
    ("Meg Wagner NEW YORK DAILY NEWS" -> "Meg Wagner"): the outlet or place, not the name."""
    for index in range(2, len(words) - 1):
        if words[index - 1].isupper():
            continue  # the name itself is capitalised
        if all(word.isupper() for word in words[index:]):
            return words[:index]
        break
    return words


def _not_a_name_part(part: str) -> bool:
    """Whether `part` of a "Last, First" byline is no part of a name: an agency, a degree
    ("Doe, MD") or a generational suffix ("King, Jr.")."""
    return bool(is_agency(part) or _CREDENTIAL.fullmatch(part) or _NAME_SUFFIX.fullmatch(part))


def is_agency(name: str) -> bool:
    """True for a news agency or wire service name ("Reuters", "AP", "dpa", "Reuters staff")."""
    key = " ".join(name.casefold().replace(".", "").split())
    if key in _AGENCIES:
        return True
    return _AGENCY_SUFFIX.sub("", key) in _AGENCIES


def name_key(name: str) -> str:
    """The form two names or site names are compared in: casefolded letters and digits only."""
    return _NON_ALNUM.sub("", name.casefold())


def _dedupe(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out
