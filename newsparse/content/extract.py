"""The generic body extractor as two passes of `Page`: chrome removal, container choice."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsparse.content.blocks import emit_blocks, paragraph_spans, paragraph_text
from newsparse.content.check import (
    ANOTHER_STORY,
    body_text,
    page_story,
    pick_failed,
    story_containers,
)
from newsparse.content.chrome import is_chrome_line, is_notice
from newsparse.content.clean import remove_chrome
from newsparse.content.paragraphs import classified_blocks
from newsparse.content.scoring import choose_containers
from newsparse.dom import outermost
from newsparse.model import Block, Paragraph
from newsparse.page import EMBED_MARKER, Page
from newsparse.text import normalize_lines

__all__ = ["chrome_pass", "container_pass"]

# Below this many characters of text, the chosen container is taken to have missed the article.
_MIN_TEXT = 200
# A failed pick gives way to the paragraph classifier's body when that holds this many times
# its text (see docs/accuracy.md, "When the container pick fails").
_TAKEOVER = 2


def chrome_pass(page: Page) -> None:
    """Remove the page's chrome from `page.tree` (`content.clean.remove_chrome`): the
    generic chrome and the site parser's `drop_selector`, never its `body_selector`; the
    `EMBED_MARKER`s of `page.embeds` are kept."""
    remove_chrome(
        page.tree,
        keep=EMBED_MARKER if page.embeds else None,
        drop=page.site.drop_selector,
        protect=page.site.body_selector,
        page=page.address,
    )


def container_pass(page: Page) -> None:
    """Choose the container(s) of the article and set `page.containers` and `page.body`.

    The site parser's `body_selector` names the containers (scoring still runs when they
    give no block); else the scored containers, loosely scored when they hold too little
    text. A pick is judged by the text of its blocks, so the blocks are emitted here
    (`content.blocks.emit_blocks`). The pick is then checked against the page
    (`content.check.pick_failed`): when its body is another story of the page than the page's
    own, the containers are chosen again inside that story; when it failed otherwise, the
    paragraph classifier's body (`content.paragraphs`) replaces it if that holds `_TAKEOVER`
    times its text. When the body comes from a fallback, `page.containers` is empty: the
    classifier's, the JSON-LD `articleBody` when the pick is a teaser of it (paywall), every
    paragraph of the page when that is much longer.
    """
    root = page.tree.body
    article_body = page.metadata.article_body
    if root is None:
        page.containers, page.body = (), _from_article_body(article_body)
        return
    selector = page.site.body_selector
    if selector:
        chosen = outermost(root.css(selector))
        named = _blocks(page, chosen)
        if named:
            page.containers, page.body = tuple(chosen), tuple(named)
            return
    containers = choose_containers(root, article_body)
    blocks = _blocks(page, containers)
    length = _text_length(blocks)
    if length < _MIN_TEXT:
        loose_containers = choose_containers(root, article_body, loose=True)
        loose = _blocks(page, loose_containers)
        if _text_length(loose) > length:
            containers, blocks, length = loose_containers, loose, _text_length(loose)
    if article_body and length * 2 < len(article_body):
        page.containers, page.body = (), _from_article_body(article_body)  # a teaser (paywall)
        return
    story = page_story(root, title=page.metadata.title, page_url=page.address)
    failure = pick_failed(blocks, root, article_body=article_body, story=story)
    if failure == ANOTHER_STORY and story is not None:
        # The body is the story of the page's address and title, never another one.
        root = story  # and the fallback below reads that story only
        containers = story_containers(story, article_body)
        blocks = _blocks(page, containers)
        length = _text_length(blocks)
    elif failure:
        # The second strategy replaces a failed pick when it finds `_TAKEOVER` times its text:
        # a pick holding more is the story with its edges trimmed more precisely.
        second = classified_blocks(
            root, url=page.base_url, title=page.metadata.title, embeds=page.embeds
        )
        if len(body_text(second)) >= _TAKEOVER * max(len(body_text(blocks)), 1):
            containers, blocks, length = [], second, _text_length(second)
    page.containers, page.body = tuple(containers), tuple(blocks)
    if length < _MIN_TEXT:
        fallback = _all_paragraphs(root, page.base_url)
        if _text_length(fallback) > 2 * length:
            page.containers, page.body = (), tuple(fallback)


def _blocks(page: Page, containers: list[LexborNode]) -> list[Block]:
    """The blocks of `containers` (`content.blocks.emit_blocks`), none without containers."""
    if not containers:
        return []
    return emit_blocks(containers, url=page.base_url, title=page.metadata.title, embeds=page.embeds)


def _text_length(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks if isinstance(block, Paragraph))


def _all_paragraphs(root: LexborNode, base: str | None) -> list[Block]:
    """Every paragraph of the page (links resolved against `base`): the fallback when no
    container stands out."""
    blocks: list[Block] = []
    for node in root.css("p"):
        text = paragraph_text(node)  # an earlier pass may have marked its `<br>`s
        if not text or is_chrome_line(text) or is_notice(text):
            continue
        if not blocks or not isinstance(blocks[-1], Paragraph) or blocks[-1].text != text:
            blocks.append(Paragraph(text, paragraph_spans(node, text, base)))
    return blocks


def _from_article_body(article_body: str | None) -> tuple[Block, ...]:
    """The JSON-LD `articleBody`, one paragraph per line."""
    if not article_body:
        return ()
    return tuple(
        Paragraph(line)
        for line in normalize_lines(article_body).split("\n")
        if line and not is_chrome_line(line)
    )
