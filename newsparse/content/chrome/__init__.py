"""What is page chrome: the one place that judges it; the passes ask and act.

- Elements (`find_chrome`): by tag, ARIA role, `hidden`, and by the words of their class or id
  (`newsparse.lexicon.classes`); the chrome pass (`content/clean.py`) removes what it names.
- Shapes (`is_links_box`, `is_links_list`, `is_story_link`, `is_promo_item`, `follow_prompts`,
  `datelines`): boxes and lists of links, cards for other stories, promos, follow prompts and
  datelines inside the article, judged by the links and text they hold; the block walker
  skips what they name. `LinkFacts` reads what the elements of a tree hold a bounded number of
  times each, so judging every box of a deep tree stays linear.
- Lines (`is_chrome_line`, `is_chrome_text`, `without_leading_labels`): text that is chrome
  wherever it stands (its phrases in `newsparse.lexicon`), and the labels over the first
  sentence; the block walker drops what they name.
- Clutter inside the story (`is_notice`, `without_teaser_label`, `drop_person_cards`,
  `is_decorative_image`, `without_closing_footer`): appeals, comment policies, pointers
  elsewhere, labelled teasers, person cards, divider images, a closing address or copyright.
"""

from __future__ import annotations

from newsparse.content.chrome.clutter import (
    drop_person_cards,
    is_decorative_image,
    is_notice,
    without_closing_footer,
    without_teaser_label,
)
from newsparse.content.chrome.elements import find_chrome
from newsparse.content.chrome.facts import Facts, LinkFacts
from newsparse.content.chrome.lines import is_chrome_line, is_chrome_text, without_leading_labels
from newsparse.content.chrome.shapes import (
    BOXES,
    datelines,
    follow_prompts,
    is_links_box,
    is_links_list,
    is_promo_item,
    is_story_link,
    social_matches,
)

__all__ = [
    "BOXES",
    "Facts",
    "LinkFacts",
    "datelines",
    "drop_person_cards",
    "find_chrome",
    "follow_prompts",
    "is_chrome_line",
    "is_chrome_text",
    "is_decorative_image",
    "is_links_box",
    "is_links_list",
    "is_notice",
    "is_promo_item",
    "is_story_link",
    "social_matches",
    "without_closing_footer",
    "without_leading_labels",
    "without_teaser_label",
]
