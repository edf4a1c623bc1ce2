"""The "embeds" pass: lift embedded posts out of the tree as `Tweet` / `Embed` values.

Each embed is replaced in place by an empty `<newsparse-embed data-index="i">` element
(`newsparse.page.EMBED_MARKER`), `i` being its index in the tuple `lift_embeds` returns
(`Page.embeds`), so that the body extractor can put the embed back as a block at its position;
the platforms' loader `<script>`s are removed. Detection is one
combined CSS selector (matched in Lexbor; its data-attribute selectors only when the page's
source names that attribute) and a Python loop over the few candidates it returns;
tweets are tried first (`tweets.py`), then the other platforms (`social.py`). When embeds are
nested (a pasted blockquote inside a rendered wrapper, a placeholder inside `amp-twitter`), the
outermost one that yields a post is the one lifted, once.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.dom import nested_too_far
from newsparse.embeds import social, tweets
from newsparse.model import EmbeddedPost
from newsparse.page import EMBED_MARKER, Page

__all__ = ["EMBED_MARKER", "embeds_pass", "lift_embeds"]

_LOADERS = (
    "platform.twitter.com/widgets.js",
    "/widgets.js",
    "instagram.com/embed.js",
    "tiktok.com/embed.js",
    "connect.facebook.net/",
    "embed.bsky.app",
    "telegram.org/js/telegram-widget",
)
_SELECTORS = tuple(
    dict.fromkeys(", ".join((tweets.SELECTOR, social.SELECTOR, "script[src]")).split(", "))
)
_DATA_NAME = re.compile(r"\[(data-[\w-]+)")
# The data attribute names that `_SELECTORS` test, as words of the lowercased source.
_SOURCE_DATA_NAME = re.compile(
    rb"(%b)(?![a-z0-9-])"
    % b"|".join(
        sorted(
            {
                re.escape(found.group(1)).encode()
                for p in _SELECTORS
                if (found := _DATA_NAME.search(p))
            }
        )
    )
)


def embeds_pass(page: Page) -> None:
    """Set `page.embeds` (`lift_embeds` with the site parser's `embed_selector`), leaving an
    `EMBED_MARKER` in `page.tree` where each was."""
    page.embeds = lift_embeds(page.tree, page.base_url, page.site.embed_selector)


def lift_embeds(
    tree: LexborHTMLParser, url: str | None, selector: str | None = None
) -> tuple[EmbeddedPost, ...]:
    """Find every embedded post, turn it into a Tweet/Embed, and replace its node by
    <newsparse-embed data-index="i"></newsparse-embed> (i = index in the returned tuple)
    so its position in the body is kept; remove the loader <script>s next to them.
    A site parser's `selector` names more embeds (kind "other" unless a known platform).
    `tree` is as parsed from its source (`tree.raw_html`), which rules out some selectors."""
    site_nodes = {node.mem_id for node in tree.css(selector)} if selector else set()
    query = _selector(tree)
    if selector:
        query = f"{query}, {selector}"
    posts: list[EmbeddedPost] = []
    lifted: list[LexborNode] = []
    loaders: list[LexborNode] = []
    taken: set[int] = set()
    failed: set[int] = set()  # candidates that were no embed
    seen: set[int] = set()
    # Decide everything on the untouched tree first, then mutate: no node is used after removal.
    for node in tree.css(query):
        # Lexbor lists a node once per selector of the group that it matches.
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if nested_too_far(node, taken, failed):
            failed.add(node.mem_id)  # one more link of the chain for those inside it
            continue
        post: EmbeddedPost | None = tweets.tweet_from(node, url) or social.embed_from(node, url)
        if post is None and node.mem_id in site_nodes:
            post = social.site_embed(node, url)
        if post is not None:
            taken.add(node.mem_id)
            posts.append(post)
            lifted.append(node)
        else:
            failed.add(node.mem_id)
            if node.tag == "script" and _is_loader(node.attributes.get("src") or ""):
                loaders.append(node)
    for index, node in enumerate(lifted):
        marker = tree.create_node(EMBED_MARKER)
        marker.attrs["data-index"] = str(index)
        node.replace_with(marker)
    for node in loaders:
        node.decompose()
    return tuple(posts)


def _selector(tree: LexborHTMLParser) -> str:
    """The embed selectors that can match in `tree`, as parsed from `tree.raw_html`.

    Lexbor tests every selector on every node, so a selector for a data attribute that the
    source never names is left out: the parser lowercases attribute names, never decodes them,
    and ends each one at a space, `/`, `>` or `=`, so the attribute names of the tree are among
    the lowercased source's `data-...` words."""
    names = set(_SOURCE_DATA_NAME.findall(tree.raw_html.lower()))
    return ", ".join(
        part
        for part in _SELECTORS
        if (needed := _DATA_NAME.search(part)) is None or needed.group(1).encode() in names
    )


def _is_loader(src: str) -> bool:
    """Whether a script `src` is an embed platform's loader."""
    return any(source in src for source in _LOADERS)
