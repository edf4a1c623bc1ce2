"""Chrome by text: lines that are chrome wherever they stand, and the labels over an article.

The phrases themselves are matched in `newsparse.content.boilerplate` (its vocabulary in
`newsparse.lexicon`); this module says which of them the body's blocks drop.
"""

from __future__ import annotations

import re

from newsparse.content.boilerplate import is_boilerplate, is_media_title
from newsparse.model import Block, Heading, Image, Paragraph
from newsparse.related.phrases import RELATED_HEADING

__all__ = ["is_chrome_line", "is_chrome_text", "without_leading_labels"]

_MAX_LABEL = 80  # characters of a related heading left alone in the text
# A short line of Latin-like script without closing punctuation, exclamation, question,
# colon or comma (a salutation, "Dear readers,"): a label such as a kicker, byline or photo
# credit (or a bare URL).
_LABEL = re.compile(
    r"(?:[^\s!?:\u3000-\uffff]+ ){0,9}[^\s!?:\u3000-\uffff]+(?<![.,;\"”»])|https?://\S+"
)
# A heading before the first sentence, of at most this level and this many words, is a rubric.
_KICKER_LEVEL = 3
_KICKER_WORDS = 2


def is_chrome_line(line: str) -> bool:
    """Whether `line` (of a paragraph, a quote, a list item, an article body) is chrome
    wherever it stands: share and comment labels, a lone credit, byline or date, a rights
    notice, a call to follow the site (see `is_boilerplate`)."""
    return is_boilerplate(line)


def is_chrome_text(text: str) -> bool:
    """Whether the whole text of a paragraph or heading is chrome: a chrome line, the title of
    a player that is gone ("WATCH | …"), or a related heading whose list went with the related
    pass or never loaded ("Read more")."""
    return (
        is_boilerplate(text)
        or is_media_title(text)
        or (len(text) <= _MAX_LABEL and RELATED_HEADING.match(text) is not None)
    )


def without_leading_labels(blocks: list[Block]) -> list[Block]:
    """`blocks` without the short label lines (kicker, byline, credit) that come before the
    first sentence; the images among them stay."""
    for index, block in enumerate(blocks):
        if (
            isinstance(block, Image)
            or (isinstance(block, Paragraph) and _LABEL.fullmatch(block.text))
            or (isinstance(block, Heading) and _is_kicker(block))
        ):
            continue
        if not index:
            return blocks
        return [b for b in blocks[:index] if isinstance(b, Image)] + blocks[index:]
    return blocks


def _is_kicker(heading: Heading) -> bool:
    """A minor heading (`<h3>` or smaller) of a word or two over the article ("Nation",
    "Environnement"): its rubric. An `<h2>` there opens the first section ("Einleitung")."""
    text = heading.text
    return (
        heading.level >= _KICKER_LEVEL
        and len(text.split()) <= _KICKER_WORDS
        and _LABEL.fullmatch(text) is not None
    )
