"""The "related" pass: lift related and promotional sections out of the tree.

Three kinds of section are recognised, all from one combined CSS selector matched in Lexbor
and a Python loop over the few candidates it returns:

- a heading whose whole text announces related links ("You might also like", "Mehr zum Thema",
  "À lire aussi", see `RELATED_HEADING`), with the link list that follows it or the
  link-dense container around it;
- an inline promo: a short paragraph opening with a label such as "READ MORE:" and holding
  little more than its link;
- a container whose class or id names a recirculation widget (outbrain, taboola,
  `*related*`, `*recommend*`, `*most-read*` ...) and that is mostly links.

Every section found is removed from the tree and its links are returned as `RelatedLink`
values. Nothing that holds a large share of the page's paragraph text is ever removed, so a
wrapper such as `div.related-article-wrapper` around the article body is left alone.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsparse.model import RelatedLink
from newsparse.page import Page
from newsparse.related.links import is_headline, is_word, link_of, page_key, same_site
from newsparse.related.phrases import RELATED_HEADING
from newsparse.related.sections import SELECTOR, STOP_TAGS, SectionFinder

__all__ = ["RELATED_HEADING", "lift_related", "related_pass"]


def related_pass(page: Page) -> None:
    """Set `page.related` (`lift_related` with the site parser's `related_selector`), the
    sections removed from `page.tree`."""
    page.related = lift_related(page.tree, page.base_url, page.site.related_selector)


def lift_related(
    tree: LexborHTMLParser, url: str | None, selector: str | None = None
) -> tuple[RelatedLink, ...]:
    """Find related/promotional sections, return their links as RelatedLink values
    (absolute http(s) only, deduplicated by URL, the article's own URL excluded),
    and remove the sections from the tree. A site parser's `selector` names more sections,
    taken as they are."""
    finder = SectionFinder(tree)
    if selector:
        finder.add([node for node in tree.css(selector) if node.tag not in STOP_TAGS], widget=False)
    # Decide everything on the untouched tree first, then mutate.
    for node in tree.css(SELECTOR):
        finder.consider(node)
    removed = finder.outermost()
    links: dict[str, RelatedLink] = {}
    own = page_key(url)
    for widget, section in finder.sections:
        found: dict[str, str] = {}
        for node in section:
            if node.mem_id not in removed:
                continue  # inside another section, whose links these are
            for anchor in node.css("a"):
                link = link_of(anchor, url)
                if link is None or page_key(link[0]) == own:
                    continue
                if widget and not same_site(link[0], url):
                    continue  # promoted links to other sites are advertising
                target, title = link
                # The first title of a URL, unless a kicker ("Sorgt für Aufsehen") came first.
                if target not in found or (is_headline(title) and not is_headline(found[target])):
                    found[target] = title
        if sum(map(is_headline, found.values())) * 3 < len(found):
            continue  # a menu of sections or tags: removed, but its links are not stories
        for target, title in found.items():
            if target not in links and not is_word(title):
                links[target] = RelatedLink(title=title, url=target)
    for _, section in finder.sections:
        for node in section:
            if node.mem_id in removed:
                removed.discard(node.mem_id)
                node.decompose()
    return tuple(links.values())
