"""Short lines that are page chrome wherever they appear ("Advertisement", "Share this article").

Only general phrases belong here (in a few languages where cheap), never a string from one site.
A line is chrome when it consists only of such phrases, possibly glued together
("Share this articleComments").
"""

from __future__ import annotations

import re

from newsparse import lexicon
from newsparse.lexicon import bylines, chrome, credits, labels, related
from newsparse.lexicon.build import alternation, by_first_letter
from newsparse.lexicon.dates import DATE_WORDS
from newsparse.metadata.dates import MONTH_NAMES

__all__ = ["is_boilerplate", "is_byline", "is_media_title"]

# The phrases of a chrome line (`newsparse.lexicon.chrome`), and a byline's label left alone on
# its line, its name on the next.
_PHRASES = alternation(
    chrome.ADVERTISING,
    chrome.SHARE,
    chrome.COMMENTS,
    chrome.READ_MORE,
    related.READ_ALSO,
    bylines.BY,
    chrome.NAVIGATION,
    chrome.LISTEN,
    chrome.CITATION,
)
_SEPARATORS = r"[\s:\uff1a!?.|·•\-\u2013\u2014/()\[\]【】]*"
# A permalink label with its address: "Permalien https://p.dw.com/p/RPYx".
_PERMALINK = re.compile(r"perma(?:link|lien)\s*:?\s*https?://\S+", re.IGNORECASE)
# A rule drawn with a decoration repeated four times or more ("==========", "__________"); a
# shorter one ("***", "* * *", a diamond) breaks the text into sections and stays.
_DIVIDER = re.compile(
    r"(?P<rule>[*=_\-\u2013\u2014~\u223c\u25c7\u25c6\u2022\u00b7#])(?:\s*(?P=rule)){3,}"
)
# A video player's title bar: "<title of the video> Back to video".
_PLAYER_TITLE = re.compile(r"[^\n]{0,110}\bback to video", re.IGNORECASE)
# The title of a video, audio or gallery player, which is gone: "WATCH | Palestinians react to
# …:", "Gallery: Coronavirus outbreak around the world".
_MEDIA_TITLE = re.compile(
    r"(?:(?:watch|listen|video|audio|gallery)\s*[|:]|en\s+vid[ée]o\s*[,:])[^\n]+", re.IGNORECASE
)
# A media item's line: "02:57 Min.. Verfügbar bis 06.05.2024." (ARD sites).
_AVAILABLE = re.compile(r"verfügbar bis \d{1,2}\.\d{1,2}\.\d{2,4}", re.IGNORECASE)
# A list of tags: "Tags: python, docker, getting started", "Schlagwörter: Klima, Energie".
_TAGS_LINE = re.compile(
    rf"(?:{alternation(labels.TAGS_LABEL, grouped=True)})\s*:\s*(?:[^.!?:]|\.(?=\S)){{0,100}}",
    re.IGNORECASE,
)


# One run of separators before the first phrase, then phrases each followed by its separators
# (two adjacent runs would let a failing match try every split of every run between phrases).
_CHROME_LINE = re.compile(
    rf"(?<!{_SEPARATORS[:-1]}){_SEPARATORS}"
    rf"(?:(?:{by_first_letter(_PHRASES, guard=True)}){_SEPARATORS})+",
    re.IGNORECASE,
)
# A photo credit alone on a line: "Photo: Jane Doe/Reuters", "(Foto: dpa)", "© AFP".
_CREDIT_LINE = re.compile(
    r"(?:[^.!?\n,]{1,60},\s*)?"  # "Roman Prymula, photo: Archives du Gouvernement tchèque"
    rf"[(\[]?\s*(?:(?:{alternation(credits.CREDIT_LABEL, grouped=True)})s?"
    r"(?: credit| source| photos?| images?| illustrative| d'illustration)?\s*:|©|\(c\)|copyright)"
    r"[^\n]{0,80}",
    re.IGNORECASE,
)
# A credit by courtesy: "Courtesy G4", "Photo courtesy of NASA".
_COURTESY = re.compile(
    r"(?:(?:photo|image)s?\s+)?courtesy(?:\s+of)?\s+[^.!?,;\n]{2,60}", re.IGNORECASE
)
# A line naming only a photographer and an agency: "Win McNamee / Getty Images".
_AGENCY_LINE = re.compile(
    rf"[^.!?\n]{{0,60}}(?:{alternation(credits.PHOTO_AGENCY, grouped=True)})\s*\)?",
    re.IGNORECASE,
)
# A byline alone on a line: "By Jane Doe and John Roe", "Von Max Muster".
# Its labels are grouped by first letter (`alternation(grouped=True)`): a whole-line match does
# not depend on which label matches.
_WRITTEN = alternation(bylines.WRITTEN, grouped=True)
_BYLINE = re.compile(
    rf"(?:(?:(?:{_WRITTEN})\s+)?(?:{alternation(bylines.BY, grouped=True)})"
    rf"|(?:{alternation(bylines.AUTHOR_LABEL, grouped=True)})\s*:)"
    # The name: a full stop only after an initial ("C. F. Greve") or inside a word (a domain).
    r"\s*:?\s+(?:[^.!?\n]|(?<![^\W\d_]{2})\.(?=\s)|\.(?=\S)){2,80}(?<![.!?:])",
    re.IGNORECASE,
)


# A date (and time) alone on a line, possibly "Updated ..." or "Published ...": the month
# names that `dates` reads (longer first, so that a name never stops a longer one early) and
# the words around a date (`newsparse.lexicon.dates`), grouped by first letter in `_DATE_LINE`.
_MONTHS = "|".join(re.escape(name) for name in sorted(MONTH_NAMES, key=len, reverse=True))
_DATE_NAMES = by_first_letter(f"{_MONTHS}|{alternation(DATE_WORDS)}", guard=True)
_DATE_LINE = re.compile(
    rf"(?:(?:gmt|utc)\s?[+-]\d{{1,2}}(?::?\d{{2}})?|(?:{_DATE_NAMES})\.?(?![^\W\d_])"
    r"|\d+(?!\d)(?:st|nd|rd|th)?|[\s,./:|\-\u2013\u2014()\u060c\u2022])+",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# A short line asking to sign up for what it offers ("…ご利用には会員登録が必要です。").
_MEMBERS_PROMPT = re.compile("会員登録が必要です|会員の方のみご利用|有料会員になると")
# How to cite the page: "SUGGESTED CITATION Sauer, Heiko: …", "Zitiervorschlag: …".
_CITATION = re.compile(
    r"(?:SUGGESTED CITATION:?|[Ss]uggested [Cc]itation:|Zitiervorschlag:?"
    r"|Cite this (?:article|post) as:?)\s"
)
_RIGHTS = lexicon.RIGHTS  # "All rights reserved" (`newsparse.lexicon.notices`)
_CALL_TO_ACTION = lexicon.CALL_TO_ACTION  # "Follow us on Twitter" (`newsparse.lexicon.notices`)
_RIGHTS_KEYS = lexicon.RIGHTS_KEYS  # words of which every rights notice holds one
_CALL_KEYS = lexicon.CALL_TO_ACTION_KEYS  # and every call to action
_MAX_CALL = 300  # characters of a paragraph that is a call to action
# A news agency's credits: "Reporting by Gopal Sharma, additional reporting by …, Editing by …".
_REPORTING_CREDIT = re.compile(
    r"\(?(?:additional )?reporting by\b[^\n]{0,250}?\b(?:editing|writing) by\b[^\n]{0,150}",
    re.IGNORECASE,
)
# The editor's credit of a Chinese news page, in brackets or not: "责任编辑: 严玉洁", "责编: 牛镛"
# (with a full-width colon, as a rule).
_EDITOR_CREDIT = re.compile(
    "[\\[【(\uff08]?\\s*(?:责任编辑|责编|編輯|编辑)\\s*[:\uff1a][^\\]】)\uff09\\n]{1,40}[\\]】)\uff09]?"
)
# A Japanese follow button: "カテゴリーをフォローする", "記者をフォロー".
_FOLLOW_BUTTON = re.compile(r"\S{0,20}をフォロー(?:する)?")
# Arrows alone on a line: the links to the previous and next post ("«", "»").
_ARROWS = re.compile("[«»\u2039\u203a\u2190\u2192\\s]+")
# Between the items of a meta line: a middle dot, bar or bullet with spaces around it.
_META_SEPARATOR = re.compile(r"(?<!\s)\s+[·|•]\s+")
_MAX_LENGTH = 120
_MAX_BYLINE = 90  # a byline alone on a line is shorter (characters)
_BYLINE_SPACES = 12  # and holds fewer spaces
# The tests of a short line that need no word found first, as one match (a line matches it
# when it matches one of them): one call instead of one a test, each pattern with its flags.
_SHORT_LINE = re.compile(
    "|".join(
        [
            *(
                f"(?{'i' if pattern.flags & re.IGNORECASE else ''}:{pattern.pattern})"
                for pattern in (_CHROME_LINE, _CREDIT_LINE, _DIVIDER, _ARROWS)
            ),
            # `is_byline`'s bounds on a stripped line, ahead of its pattern
            rf"(?=[\s\S]{{0,{_MAX_BYLINE - 1}}}\Z)(?=[^ ]*(?: [^ ]*){{0,{_BYLINE_SPACES - 1}}}\Z)"
            rf"(?i:{_BYLINE.pattern})",
        ]
    )
)
# What the rarer tests of a short line need in its casefolded copy, one of them each: the words
# and characters that `is_boilerplate` looks for before each test, and the words of which every
# rights notice or call to action holds one. A line holding none fails them all in one search.
_RARE_KEYS = ("courtesy", ":", "back to video", "/", "·", "|", "•", "会員", "フォロー", "编", "編")
_RARE_WORDS = (*_RARE_KEYS, *_RIGHTS_KEYS.keys, *_CALL_KEYS.keys, "reporting by")
_RARE = re.compile(
    rf"\d|{by_first_letter('|'.join(map(re.escape, _RARE_WORDS)), ignore_case=False)}"
)


def is_boilerplate(line: str) -> bool:
    """True for a short line that is page chrome: chrome phrases only, or a lone credit,
    byline, editor's credit, date, tag list, drawn rule, arrow, permalink or rights notice;
    or a suggested citation of the page, whatever its length; or a call to follow the site
    or sign up for its newsletter, or an agency's credits, up to `_MAX_CALL` characters."""
    if len(line) > _MAX_LENGTH:
        if _CITATION.match(line.lstrip()) is not None:
            return True
        lowered = line.casefold()
        return len(line) <= _MAX_CALL and (
            _is_call_to_action(line, lowered) or _is_reporting_credit(line.strip(), lowered)
        )
    line = line.strip()
    if not line:
        return True
    if _SHORT_LINE.fullmatch(line) is not None:  # chrome phrases, credit, rule, arrows, byline
        return True
    # The rarer patterns run only on lines holding a word they need, found in one lowercase
    # copy of the line.
    lowered = line.casefold()
    if _RARE.search(lowered) is None:
        return False
    return bool(
        ("courtesy" in lowered and _COURTESY.fullmatch(line))
        or (":" in line and _TAGS_LINE.fullmatch(line))
        or ("://" in line and _PERMALINK.fullmatch(line))
        or ("back to video" in lowered and _PLAYER_TITLE.fullmatch(line) is not None)
        or ("/" in line and _AGENCY_LINE.fullmatch(line))
        or (_DIGIT.search(line) is not None and _is_date_line(line))
        or _is_meta_line(line)
        or ("会員" in line and _MEMBERS_PROMPT.search(line) is not None)
        or ("フォロー" in line and _FOLLOW_BUTTON.fullmatch(line) is not None)
        or (("编" in line or "編" in line) and _EDITOR_CREDIT.fullmatch(line) is not None)
        or _is_rights_notice(line, lowered)
        or _is_call_to_action(line, lowered)
        or _is_reporting_credit(line, lowered)
    )


def _is_reporting_credit(line: str, lowered: str) -> bool:
    """A news agency's credits of reporters and editors (`lowered`: the line casefolded)."""
    return "reporting by" in lowered and _REPORTING_CREDIT.fullmatch(line) is not None


def _is_call_to_action(line: str, lowered: str) -> bool:
    """A call to follow, bookmark or support the site (`lowered`: the line casefolded)."""
    return _CALL_KEYS.admits(lowered) and _CALL_TO_ACTION.search(line) is not None


def _is_meta_line(line: str) -> bool:
    """A line of chrome items between separators, each of another kind: "By Jane Doe · 31 Jan
    2025, 20:02 · 0 Comments" (a byline, a date and a comment counter)."""
    if "·" not in line and "|" not in line and "•" not in line:
        return False
    parts = _META_SEPARATOR.split(line)
    return len(parts) > 1 and all(is_boilerplate(part) for part in parts)


def _is_date_line(line: str) -> bool:
    """A date alone on a line, or a media item's availability ("Verfügbar bis …")."""
    return bool(_DATE_LINE.fullmatch(line) or _AVAILABLE.search(line))


def _is_rights_notice(line: str, lowered: str) -> bool:
    return _RIGHTS_KEYS.admits(lowered) and _RIGHTS.search(line) is not None


def is_media_title(line: str) -> bool:
    """True for the title of a video, audio or gallery player left in the article's text
    ("WATCH | Palestinians react to …:"); in a list of related stories such a line is the
    title of a video story, so this is not part of `is_boilerplate`."""
    return len(line) <= _MAX_LENGTH and _MEDIA_TITLE.fullmatch(line.strip()) is not None


def is_byline(line: str) -> bool:
    """True for a byline alone on a line: "By Jane Doe and John Roe", "Von Max Muster"."""
    line = line.strip()
    return (
        len(line) < _MAX_BYLINE
        and line.count(" ") < _BYLINE_SPACES
        and _BYLINE.fullmatch(line) is not None
    )
