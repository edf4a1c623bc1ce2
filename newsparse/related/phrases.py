"""The words that announce a related-articles section, as full-line patterns on plain text
(the words are in `newsparse.lexicon.related`).

`RELATED_HEADING` matches the whole text of a heading (or a line of already-extracted text)
such as "You might also like", "Mehr zum Thema:", "À lire aussi …" or "【関連記事】"; a line that
merely contains such words ("Related costs rose") does not match. `PROMO_LABEL` matches the
label that opens an inline promo paragraph ("READ MORE: <link>"), separator included.
"""

from __future__ import annotations

import re

from newsparse.lexicon.build import alternation
from newsparse.lexicon.related import READ_ALSO, RELATED_LABEL, RELATED_NAMED

__all__ = ["MAX_HEADING", "PROMO_LABEL", "PROMO_SEPARATOR", "RELATED_HEADING"]

MAX_HEADING = 80
"""Characters of a related heading at most: a longer one is prose, not a label."""

# Decoration allowed around a heading: brackets, bullets, arrows, a trailing colon or ellipsis.
# Every label starts with a letter, so the decoration ends just before one: saying so spares the
# regex from retrying every label at each character of a long run of spaces.
_LEAD = r"[\s\W_]*(?![\s\W_])"
_TRAIL = (
    r"[\s:\uff1a.\u2026\u00bb\u203a>\u2192\u2193\u2b07\u25b6\u25bc|\-\u2013\u2014!)\]\u3011\u300d]*"
)

# Grouped by first letter: which label matches does not matter to a match of the whole line.
RELATED_HEADING = re.compile(
    rf"^{_LEAD}(?:{alternation(READ_ALSO, RELATED_LABEL, RELATED_NAMED, grouped=True)}){_TRAIL}$",
    re.IGNORECASE | re.DOTALL,
)
"""The whole text of a line or heading that announces a related section ("Read more:")."""

_PROMO_SEPARATOR = r"[:\uff1a\u00bb\u203a\u2192|\u2013\u2014]"
PROMO_LABEL = re.compile(
    rf"^{_LEAD}(?:{alternation(READ_ALSO, RELATED_LABEL)}|more|watch|read|listen|also|see)"
    rf"\s*{_PROMO_SEPARATOR}\s*",
    re.IGNORECASE,
)
"""The label and separator opening an inline promo paragraph ("READ MORE: ", "Lire aussi : ")."""

PROMO_SEPARATOR = re.compile(_PROMO_SEPARATOR)
"""The separator that every match of `PROMO_LABEL` holds: a text without one opens no promo."""
