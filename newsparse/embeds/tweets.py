"""Embedded tweets: recognise every common form of a Twitter/X embed and build a `Tweet`.

Forms: pasted embed code (`blockquote.twitter-tweet` / `twitter-video`, with or without
`wpautop` paragraphs), rendered widgets (`div.twitter-tweet-rendered` with an iframe), raw
`platform.twitter.com/embed/Tweet.html?id=` iframes, `amp-twitter`, any element carrying
`data-tweet-id` / `data-tweetid`, WordPress `wp-block-embed-twitter` wrappers (also when only the
bare status URL survived) and lazy-load placeholders whose `data-src` / `data-embed` names a tweet.

`tweet_from_text` builds a `Tweet` from the same embed when another extractor left it as text
("…</a> #tag<br>…</p>&mdash; Name (@handle) May 1, 2020", "pic.twitter.com/…").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from newsparse.embeds.text import parse_date, post_text, split_footer, strip_markup
from newsparse.model import Tweet
from newsparse.urls import absolute_url

__all__ = ["SELECTOR", "STATUS_URL", "is_tweet_residue", "tweet_from", "tweet_from_text"]

SELECTOR = ", ".join(
    (
        # Broad on purpose: each selector of a group costs Lexbor a walk of the whole tree,
        # and `tweet_from` tests the few elements found in Python anyway.
        "[class*=twitter]",  # twitter-tweet, twitter-video, wp-block-embed-twitter ...
        "amp-twitter",
        "[data-tweet-id]",
        "[data-tweetid]",
        "[data-tweet-url]",
        "iframe",
        '[data-src*="/status"]',
        "[data-embed]",
        '[data-provider="twitter" i]',
        '[data-oembed-provider="twitter" i]',
        "[data-oembed-url]",
    )
)
"""Every element that may be (the outside of) an embedded tweet; `tweet_from` decides."""

_CLASSES = re.compile(
    r"(?:^|\s)(?:twitter-tweet|twitter-video|twitter-tweet-rendered|wp-block-embed-twitter"
    r"|is-provider-twitter)(?:\s|$)"
)
_ID_ATTRIBUTES = ("data-tweet-id", "data-tweetid", "data-tweet-url")
_URL_ATTRIBUTES = (
    "src",
    "data-src",
    "data-lazy-src",
    "data-embed",
    "data-url",
    "data-oembed-url",
    "cite",
)
_STATUS_URL = re.compile(
    r"(?:https?:)?//(?P<host>(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com)/(?:#!/)?"
    r"(?:i/web/|i/|(?P<handle>\w{1,50})/)status(?:es)?/(?P<id>\d{1,25})",
    re.IGNORECASE,
)
STATUS_URL = _STATUS_URL
"""A twitter.com / x.com status URL; groups `host`, `handle` (may be None) and `id`."""
_WIDGET_URL = re.compile(r"platform\.twitter\.com/embed", re.IGNORECASE)
_ID_PARAM = re.compile(r"[?&#](?:id|tweet_id)=(\d{1,25})")
_DIGITS = re.compile(r"\d{1,25}")
# The picture links that end a post's text: at most 16, each of bounded length, so that only
# the end of a text is searched (`_without_pic_tail`).
_PIC_TAIL = re.compile(
    r"(?<!\s)(?:\s{0,200}(?:https?://)?pic\.(?:twitter|x)\.com/\w{1,40}){1,16}\s{0,200}$",
    re.IGNORECASE,
)
_PIC_TAIL_REACH = 16 * (200 + 8 + 16 + 40) + 200  # the longest text `_PIC_TAIL` matches
# oEmbed drops the line break before a trailing link: "administration<a>https://t.co/…".
_GLUED_URL = re.compile(r"(?<=[^\s(\[\"'«“])(?=https?://)")
_HASHTAG = re.compile(r"(?<![\w&/])[#\uff03](\w*[^\W\d]\w*)")
_MENTION = re.compile(r"(?<![\w@./])@([A-Za-z0-9_]{1,15})(?![\w@])")
_HREF = re.compile(r"""href\s*=\s*["']([^"'<>]{1,2000})["']""", re.IGNORECASE)
_TEXT_URL = re.compile(
    r"(?:https?://|(?<![\w.])pic\.(?:twitter|x)\.com/)[^\s<>\"']+", re.IGNORECASE
)
# What only an embedded tweet leaves in text: its picture link, a t.co link, its status URL.
_RESIDUE = re.compile(
    r"(?<![\w.])pic\.(?:twitter|x)\.com/\w|//t\.co/\w|(?:twitter|x)\.com/\w{1,50}/status(?:es)?/\d",
    re.IGNORECASE,
)


def tweet_from(node: LexborNode, base: str | None) -> Tweet | None:
    """The `Tweet` embedded at `node`, or None when `node` is not a tweet embed at all."""
    if not _is_tweet(node):
        return None
    quote = node if node.tag == "blockquote" else node.css_first("blockquote")
    scope = quote if quote is not None else node
    footer_link, link_match = _status_link(scope)
    if link_match is None and scope is not node:
        _, link_match = _status_link(node)

    status_id = link_match.group("id") if link_match else _attribute_id(node)
    handle = link_match.group("handle") if link_match else None
    host = link_match.group("host").lower() if link_match else "twitter.com"
    if status_id is None:
        status_id, handle, host = _id_from_text(node)

    text, author_name, published, lang = "", None, None, None
    links: tuple[str, ...] = ()
    if quote is not None:
        raw = post_text(quote, skip=footer_link)
        text, footer = split_footer(raw)
        if footer is not None:
            author_name = footer.name
            handle = footer.handle or handle
        text = _GLUED_URL.sub(" ", _without_pic_tail(text)).strip()
        if status_id is None and not text:
            return None  # before reading its links: a wrapper of nested quotes may hold many
        date_text = footer_link.text(deep=True) if footer_link is not None else None
        published = parse_date(date_text) or parse_date(footer.date if footer else None)
        links = _links(quote, footer_link, base)
        lang = _lang(quote)
    if status_id is None and not text:
        return None
    return Tweet(
        url=_canonical_url(host, handle, status_id),
        status_id=status_id,
        author_name=author_name,
        handle=handle,
        text=text,
        published=published,
        links=links,
        hashtags=_unique(_HASHTAG.findall(text)),
        mentions=_unique(_MENTION.findall(text)),
        lang=lang,
    )


def _is_tweet(node: LexborNode) -> bool:
    if node.tag == "amp-twitter":
        return True
    attributes = node.attributes
    if _CLASSES.search(attributes.get("class") or ""):
        return True
    if any(name in attributes for name in _ID_ATTRIBUTES):
        return True
    if (attributes.get("data-embed") or "").strip().lower() == "twitter":
        return "data-embed-id" in attributes
    for name in ("data-provider", "data-oembed-provider"):
        if (attributes.get(name) or "").strip().lower() == "twitter":
            return True
    for name in _URL_ATTRIBUTES:
        value = attributes.get(name)
        if (
            value
            and _may_name_tweet(value)
            and (_WIDGET_URL.search(value) or _STATUS_URL.search(value))
        ):
            return True
    return False


def _may_name_tweet(value: str) -> bool:
    """A cheap test that `value` may match `_STATUS_URL` or `_WIDGET_URL` (an ASCII value
    without "status" or "platform.twitter.com/embed" in any case cannot)."""
    if not value.isascii():
        return True  # IGNORECASE also folds a few non-ASCII letters onto ASCII ones
    lowered = value.lower()
    return "status" in lowered or "platform.twitter.com/embed" in lowered


def _status_link(scope: LexborNode) -> tuple[LexborNode | None, re.Match[str] | None]:
    """The last link to a status inside `scope` (usually the date link of the footer)."""
    # Lexbor passes only the links that may match: every match holds "tatu" in some case
    # (no other character folds to t, a or u), and a box of thousands of links is not looped.
    for link in reversed(scope.css('a[href*="tatu" i]')):
        match = _STATUS_URL.search(link.attributes.get("href") or "")
        if match is not None:
            return link, match
    return None, None


def _attribute_id(node: LexborNode) -> str | None:
    """A status id from `data-tweet-id`-style attributes, an iframe `src`, or a placeholder."""
    carrier = node.css_first("[data-tweet-id], [data-tweetid], [data-tweet-url]")
    if carrier is not None:
        for name in _ID_ATTRIBUTES:
            status_id = _id_from_value(carrier.attributes.get(name))
            if status_id is not None:
                return status_id
    if (node.attributes.get("data-embed") or "").strip().lower() == "twitter":
        status_id = _id_from_value(node.attributes.get("data-embed-id"))
        if status_id is not None:
            return status_id
    for element in (node, node.css_first("iframe")):
        if element is None:
            continue
        for name in _URL_ATTRIBUTES:
            status_id = _id_from_value(element.attributes.get(name))
            if status_id is not None:
                return status_id
    return None


def _id_from_value(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if _DIGITS.fullmatch(value):
        return value
    match = _STATUS_URL.search(value)
    if match is not None:
        return match.group("id")
    if _WIDGET_URL.search(value):
        param = _ID_PARAM.search(value)
        if param is not None:
            return param.group(1)
    return None


def _id_from_text(node: LexborNode) -> tuple[str | None, str | None, str]:
    """A bare status URL left as text (a WordPress embed whose script never ran)."""
    match = _STATUS_URL.search(node.text(deep=True))
    if match is None:
        return None, None, "twitter.com"
    return match.group("id"), match.group("handle"), match.group("host").lower()


def _canonical_url(host: str, handle: str | None, status_id: str | None) -> str | None:
    if status_id is None:
        return None
    host = "x.com" if host.endswith("x.com") else "twitter.com"
    if handle is None or handle.lower() == "i":
        return f"https://{host}/i/web/status/{status_id}"
    return f"https://{host}/{handle}/status/{status_id}"


def _links(quote: LexborNode, footer_link: LexborNode | None, base: str | None) -> tuple[str, ...]:
    skip = footer_link.mem_id if footer_link is not None else None
    found = (
        absolute_url(link.attributes.get("href"), base)
        for link in quote.css("a[href]")
        if link.mem_id != skip
    )
    return _unique(url for url in found if url is not None)


def _lang(quote: LexborNode) -> str | None:
    paragraph = quote.css_first("p[lang]")
    for element in (paragraph, quote):
        if element is not None:
            value = (element.attributes.get("lang") or "").strip()
            if value:
                return value
    return None


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def is_tweet_residue(text: str) -> bool:
    """Whether text holds what only a tweet embed leaves: pic.twitter.com, t.co or a status URL."""
    return _RESIDUE.search(text) is not None


def tweet_from_text(raw: str, base: str | None = None) -> Tweet | None:
    """The `Tweet` whose embed code or rendering another extractor left as text in `raw`.

    `raw` may still hold tags and entities; the footer ("— Name (@handle) date", the "@" and
    the date optional) gives author, handle and date, an `href` or a status URL the id.
    None when `raw` has neither a status id nor a footer.
    """
    hrefs = [absolute_url(href, base) for href in _HREF.findall(raw)]
    text = strip_markup(raw)
    text, footer = split_footer(text)
    if footer is None and not _STATUS_URL.search(raw):
        return None
    link_match = None
    for value in (*(href for href in hrefs if href), raw):
        link_match = _STATUS_URL.search(value)
        if link_match is not None:
            break
    status_id = link_match.group("id") if link_match else None
    handle = link_match.group("handle") if link_match else None
    host = link_match.group("host").lower() if link_match else "twitter.com"
    if footer is not None:
        handle = footer.handle or handle
    # A bare status URL is the address of the post, not its text.
    text = _STATUS_URL.sub("", text) if link_match is not None else text
    text = _GLUED_URL.sub(" ", _without_pic_tail(text))
    text = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
    links = [href for href in hrefs if href and not _STATUS_URL.search(href)]
    links += [url for url in _TEXT_URL.findall(text) if url.lower().startswith("http")]
    return Tweet(
        url=_canonical_url(host, handle, status_id),
        status_id=status_id,
        author_name=footer.name if footer is not None else None,
        handle=handle,
        text=text,
        published=parse_date(footer.date if footer is not None else None),
        links=_unique(links),
        hashtags=_unique(_HASHTAG.findall(text)),
        mentions=_unique(_MENTION.findall(text)),
    )


def _without_pic_tail(text: str) -> str:
    """`text` without the picture links that end it (`_PIC_TAIL`), searched for in its last
    `_PIC_TAIL_REACH` characters only (a text of 1 MB of such links took 0.5 s)."""
    found = _PIC_TAIL.search(text, max(0, len(text) - _PIC_TAIL_REACH))
    return text if found is None else text[: found.start()] + text[found.end() :]
