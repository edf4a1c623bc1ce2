"""The web's vocabulary as data, and the matchers built from it.

The data modules (`notices`, ...) hold the phrases of each concept by language, with examples;
`build` compiles them. This module holds the compiled matchers that the logic imports, and
`CONCEPTS`, each concept with the matcher its examples are checked against. To add a language or
a phrase, edit a data module and add an example line (see docs/architecture.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsparse.lexicon import notices
from newsparse.lexicon.build import Concept, Prefilter, alternation

__all__ = ["CALL_TO_ACTION", "CALL_TO_ACTION_KEYS", "CONCEPTS", "RIGHTS", "RIGHTS_KEYS"]

RIGHTS = re.compile(alternation(notices.RIGHTS), re.IGNORECASE)
"""A rights notice, searched in a line ("All rights reserved")."""
RIGHTS_KEYS = Prefilter.of(RIGHTS)

CALL_TO_ACTION = re.compile(rf"\b(?:{alternation(notices.CALL_TO_ACTION)})", re.IGNORECASE)
"""A call to follow, bookmark or support the site, searched in a paragraph."""
CALL_TO_ACTION_KEYS = Prefilter.of(CALL_TO_ACTION)


def _searched(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda line: pattern.search(line) is not None


CONCEPTS: tuple[tuple[Concept, Callable[[str], bool], Prefilter | None], ...] = (
    (notices.RIGHTS, _searched(RIGHTS), RIGHTS_KEYS),
    (notices.CALL_TO_ACTION, _searched(CALL_TO_ACTION), CALL_TO_ACTION_KEYS),
)
"""Every concept, with the test its examples are run through and the pre-filter in front of
that test (None where there is none)."""
