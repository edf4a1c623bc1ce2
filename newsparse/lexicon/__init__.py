"""The web's vocabulary as data, and the matchers built from it.

The data modules (`notices`, `bylines`, ...) hold the phrases of each concept by language, with
examples; `build` compiles them. This module holds the matchers and pre-filters that the logic
imports, and `CONCEPTS`, every concept (whose examples the tests run). To add a language or a
phrase, edit a data module and add an example (see docs/architecture.md).
"""

from __future__ import annotations

from newsparse.lexicon import (
    addresses,
    bylines,
    chrome,
    classes,
    credits,
    dates,
    labels,
    notices,
    related,
)
from newsparse.lexicon.build import Concept, Prefilter, matcher

__all__ = [
    "CALL_TO_ACTION",
    "CALL_TO_ACTION_KEYS",
    "CONCEPTS",
    "NOTICE",
    "NOTICE_KEYS",
    "PREFILTERED",
    "READ_ELSEWHERE",
    "RIGHTS",
    "RIGHTS_KEYS",
]

RIGHTS = notices.RIGHTS.compile()
"""A rights notice, searched in a line ("All rights reserved")."""
RIGHTS_KEYS = Prefilter.of(RIGHTS)

CALL_TO_ACTION = notices.CALL_TO_ACTION.compile()
"""A call to follow, bookmark or support the site, searched in a paragraph."""
CALL_TO_ACTION_KEYS = Prefilter.of(CALL_TO_ACTION)

NOTICE = matcher(notices.SUPPORT, notices.COMMENT_POLICY)
"""An appeal for the reader's money or support, or the site's rules for comments, searched in
a paragraph."""
NOTICE_KEYS = Prefilter.of(NOTICE)

READ_ELSEWHERE = notices.READ_ELSEWHERE.compile()
"""A call to read the story elsewhere, matched at the start of a paragraph (no pre-filter: a
match at one place costs less)."""

CONCEPTS: tuple[Concept, ...] = (
    notices.RIGHTS,
    notices.CALL_TO_ACTION,
    notices.SUPPORT,
    notices.COMMENT_POLICY,
    notices.READ_ELSEWHERE,
    bylines.BY,
    bylines.WRITTEN,
    bylines.AUTHOR_LABEL,
    bylines.BYLINE_END,
    bylines.AND,
    bylines.CREDENTIAL,
    bylines.NAME_SUFFIX,
    bylines.INTERFACE_LABEL,
    related.READ_ALSO,
    related.RELATED_LABEL,
    related.RELATED_NAMED,
    chrome.ADVERTISING,
    chrome.SHARE,
    chrome.COMMENTS,
    chrome.READ_MORE,
    chrome.NAVIGATION,
    chrome.LISTEN,
    chrome.CITATION,
    chrome.MORE_LINK,
    credits.CREDIT_LABEL,
    credits.SOURCE_LABEL,
    classes.CHROME_CLASS,
    classes.TOOL_CLASS,
    classes.COMMENT_CLASS,
    classes.TEASER_CLASS,
    classes.ARTICLE_CLASS,
    classes.SCORE_POSITIVE,
    classes.SCORE_STRONG,
    classes.SCORE_NEGATIVE,
    classes.LEAD_CLASS,
    classes.RELATED_WIDGET,
    classes.RELATED_CLASS,
    classes.HEADING_CLASS,
    classes.DECORATIVE_IMAGE,
    addresses.STREET,
    dates.DATE_WORDS,
    credits.PHOTO_AGENCY,
    labels.TAGS_LABEL,
)
"""Every concept of the lexicon."""
PREFILTERED: tuple[tuple[Concept, Prefilter], ...] = (
    (notices.RIGHTS, RIGHTS_KEYS),
    (notices.CALL_TO_ACTION, CALL_TO_ACTION_KEYS),
    (notices.SUPPORT, NOTICE_KEYS),
    (notices.COMMENT_POLICY, NOTICE_KEYS),
)
"""The concepts whose matcher the logic runs behind a pre-filter, with it."""
