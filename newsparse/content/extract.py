"""The generic body extractor: remove chrome, choose the container, emit its blocks."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.content.blocks import emit_blocks, paragraph_text
from newsparse.content.chrome import is_chrome_line
from newsparse.content.clean import remove_chrome
from newsparse.content.scoring import choose_containers
from newsparse.embeds import EMBED_MARKER
from newsparse.html import normalize_lines
from newsparse.model import Block, EmbeddedPost, Paragraph

__all__ = ["extract"]

# Below this many characters of text, the chosen container is taken to have missed the article.
_MIN_TEXT = 200


def extract(
    tree: LexborHTMLParser,
    *,
    url: str | None,
    title: str | None,
    article_body: str | None,
    embeds: tuple[EmbeddedPost, ...] = (),
    body_selector: str | None = None,
    drop_selector: str | None = None,
    page_url: str | None = None,
) -> tuple[Block, ...]:
    """The article body as blocks in document order. Mutates `tree` (removes chrome).

    A site parser's `body_selector` names the container(s) instead of scoring (scoring still
    runs when it matches nothing), and its `drop_selector` adds to the chrome removed.
    """
    remove_chrome(
        tree,
        keep=EMBED_MARKER if embeds else None,
        drop=drop_selector,
        protect=body_selector,
        page=page_url,
    )
    root = tree.body
    if root is None:
        return _from_article_body(article_body)
    if body_selector:
        chosen = _outermost(root.css(body_selector))
        named = emit_blocks(chosen, url=url, title=title, embeds=embeds) if chosen else []
        if named:
            return tuple(named)
    containers = choose_containers(root, article_body)
    blocks = emit_blocks(containers, url=url, title=title, embeds=embeds) if containers else []
    length = _text_length(blocks)
    if length < _MIN_TEXT:
        containers = choose_containers(root, article_body, loose=True)
        loose = emit_blocks(containers, url=url, title=title, embeds=embeds) if containers else []
        if _text_length(loose) > length:
            blocks, length = loose, _text_length(loose)
    if article_body and length * 2 < len(article_body):
        return _from_article_body(article_body)  # a teaser of a longer text (paywall)
    if length < _MIN_TEXT:
        fallback = _all_paragraphs(root)
        if _text_length(fallback) > 2 * length:
            return tuple(fallback)
    return tuple(blocks)


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """`nodes` without duplicates and without those inside another of them."""
    ids = {node.mem_id for node in nodes}
    kept: dict[int, LexborNode] = {}
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            kept.setdefault(node.mem_id, node)
    return list(kept.values())


def _text_length(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks if isinstance(block, Paragraph))


def _all_paragraphs(root: LexborNode) -> list[Block]:
    """Every paragraph of the page: the fallback when no container stands out."""
    blocks: list[Block] = []
    for node in root.css("p"):
        text = paragraph_text(node)  # an earlier pass may have marked its `<br>`s
        if text and not is_chrome_line(text) and (not blocks or blocks[-1] != Paragraph(text)):
            blocks.append(Paragraph(text))
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
