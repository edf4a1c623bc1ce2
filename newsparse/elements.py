"""The HTML standard's element categories that the tree builder's rules name (data only).

Names are lower-case bytes, as `newsparse.screen` and `newsparse.treebuilder` read tags.
"""

from __future__ import annotations

__all__ = ["BREAKOUT", "CELLS", "FORMATTING", "HEADINGS", "SPECIAL"]

FORMATTING = frozenset(b"a b big code em font i nobr s small strike strong tt u".split())
"""The formatting elements: kept in the list of active formatting elements."""

SPECIAL = frozenset(
    b"address applet area article aside base basefont bgsound blockquote body br button "
    b"caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure "
    b"footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input "
    b"keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p "
    b"param plaintext pre script search section select source style summary table tbody td "
    b"template textarea tfoot th thead title tr track ul wbr xmp".split()
)
"""The special elements of the HTML namespace."""

HEADINGS = (b"h1", b"h2", b"h3", b"h4", b"h5", b"h6")
CELLS = (b"td", b"th")

BREAKOUT = frozenset(
    b"b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i "
    b"img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u "
    b"ul var".split()
)
"""Start tags that leave SVG and MathML for HTML (and `<font>` with a color, face or size)."""
