"""Stop words per language, as data: one plain-text file per language, loaded when first asked.

Each `<code>.txt` beside this module holds the stop words of one language (its ISO 639-1 code,
or `sh` for Serbo-Croatian), one a line, lowercase; lines starting with `#` are comments (the
source and licence of the list). The lists are jusText's (BSD 2-Clause, see
`LICENSE-jusText.txt`). To add a language, drop its `<code>.txt` here, with a comment naming
its source and licence; nothing else changes (the wheel ships every file of the package).
Languages written without spaces between words (Japanese, Chinese, Thai, Burmese) have no list:
their paragraphs are judged without stop words.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["LANGUAGES", "stopwords"]

LANGUAGES: frozenset[str] = frozenset(
    entry.name[:-4]
    for entry in resources.files(__name__).iterdir()
    if entry.name.endswith(".txt") and not entry.name.startswith("LICENSE")
)
"""The languages that have a list (their codes)."""


@functools.cache
def stopwords(language: str) -> frozenset[str]:
    """The stop words of `language` (a code such as "de" or "pt-BR"); empty when it has no list."""
    code = language.strip().lower().replace("_", "-").split("-")[0]
    code = {"no": "nb"}.get(code, code)  # Norwegian without a written standard: Bokmål
    if code not in LANGUAGES:
        return frozenset()
    text = resources.files(__name__).joinpath(f"{code}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )
