"""Posts and videos embedded from other platforms, each turned into an `Embed(kind, url, ...)`.

Instagram (`blockquote.instagram-media`), TikTok (`blockquote.tiktok-embed`), YouTube and
youtube-nocookie, Vimeo (iframes by `src` or lazy `data-src`, and `[data-video-url]`), Facebook
(`div.fb-post` / `div.fb-video`, `plugins/post.php|video.php` iframes), Bluesky
(`blockquote.bluesky-embed`, `embed.bsky.app` iframes) and Telegram (`script[data-telegram-post]`,
`blockquote.telegram-post`, `t.me` iframes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborNode

from newsparse.embeds.text import post_text, split_footer
from newsparse.model import Embed
from newsparse.text import normalize_space
from newsparse.urls import absolute_url

__all__ = ["SELECTOR", "embed_from"]

_SOURCES = ("src", "data-src", "data-lazy-src", "data-video-url")
_VIDEO_HOSTS = ("youtube.com/", "youtube-nocookie.com/", "youtu.be/", "vimeo.com/")

SELECTOR = ", ".join(
    (
        # Broad on purpose (one walk of the tree per selector); `embed_from` decides.
        "blockquote",  # instagram-media, tiktok-embed, bluesky-embed, telegram-post
        "div[class*=fb-]",  # fb-post, fb-video
        "script[data-telegram-post]",
        "[data-video-url]",
        "iframe",
    )
)
"""Every element that may be an embedded post or video; `embed_from` decides."""

_YOUTUBE_ID = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:embed/|v/|shorts/|watch\?(?:[^#]*&)?v=)|youtu\.be/)"
    r"(?P<id>videoseries|[\w-]{11})(?![\w-])",
    re.IGNORECASE,
)
_FACEBOOK_PLUGIN = re.compile(r"facebook\.com/plugins/(?:post|video)\.php", re.IGNORECASE)
_VIMEO_ID = re.compile(r"vimeo\.com/(?:video/|channels/[\w-]+/)?(?P<id>\d{3,12})", re.IGNORECASE)
_INSTAGRAM_POST = re.compile(
    r"instagram\.com/(?:[\w.]+/)?(?P<kind>p|reel|reels|tv)/(?P<id>[\w-]{4,40})", re.IGNORECASE
)
_TIKTOK_VIDEO = re.compile(r"tiktok\.com/(?:@(?P<handle>[\w.-]+)/video/|embed/(?:v2/)?)(?P<id>\d+)")
_BLUESKY_POST = re.compile(r"bsky\.app/profile/[^/\s]+/post/[\w]+", re.IGNORECASE)
_AT_URI = re.compile(r"^at://(?P<did>[^/\s]+)/app\.bsky\.feed\.post/(?P<rkey>[\w]+)$")
_TELEGRAM_POST = re.compile(r"(?:^|t\.me/|telegram\.me/)(?:s/)?(?P<post>[\w]{3,64}/\d{1,12})")
_SHARED_BY = re.compile(
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par"
    r"|una publicación compartida por|un post condiviso da|uma publicação compartilhada por)"
    r"\s*(?P<name>[^\n]*?)\s*(?:\(@(?P<handle>[\w.]+)\)|$)",
    re.IGNORECASE,
)
_VIEW_ON = re.compile(
    r"^(?:view this post on instagram|view (?:this )?(?:post|profile) on \w+|watch on \w+"
    r"|diesen beitrag auf instagram ansehen)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_POSTED_BY = re.compile(r"(?:posted by|publicado por|gepostet von|publié par)\s*(?P<name>.+)", re.I)
_GENERIC_TITLES = re.compile(
    r"^(?:youtube|vimeo|video|embed|iframe|youtube video player|vimeo video player|\d+)$",
    re.IGNORECASE,
)


def embed_from(node: LexborNode, base: str | None) -> Embed | None:
    """The `Embed` at `node`, or None when it is not a post or video from a known platform."""
    embed = _embed_from(node, base)
    if embed is None or (embed.url is None and embed.text is None):
        return None  # an empty placeholder says nothing worth keeping
    return embed


def site_embed(node: LexborNode, base: str | None) -> Embed:
    """An element a site parser names as an embed: the known platforms, else kind "other"."""
    known = embed_from(node, base)
    if known is not None:
        return known
    source = node if node.tag in {"iframe", "a"} else node.css_first("iframe, a[href]")
    url = None
    if source is not None:
        url = next(
            (
                found
                for name in (*_SOURCES, "href")
                if (found := absolute_url(source.attributes.get(name), base))
            ),
            None,
        )
    title = normalize_space(node.attributes.get("title") or "") or None
    return Embed("other", url, title, normalize_space(node.text()) or None)


def _embed_from(node: LexborNode, base: str | None) -> Embed | None:
    attributes = node.attributes
    classes = f" {attributes.get('class') or ''} "
    if node.tag == "blockquote":
        for name, build in _QUOTES:
            if f" {name} " in classes:
                return build(node, base)
    if " fb-post " in classes or " fb-video " in classes:
        return _facebook_div(node, base)
    if node.tag == "script":
        return _telegram(attributes.get("data-telegram-post"), node)
    for name in _SOURCES:
        embed = _from_url(node, absolute_url(attributes.get(name), base))
        if embed is not None:
            return embed
    return None


def _from_url(node: LexborNode, url: str | None) -> Embed | None:
    """An embed named by an iframe `src` or a `data-video-url`."""
    if url is None:
        return None
    label = normalize_space(node.attributes.get("title") or "")
    title = None if not label or _GENERIC_TITLES.match(label) else label
    if match := _YOUTUBE_ID.search(url):
        video = match.group("id")
        if video.lower() == "videoseries":
            playlist = parse_qs(urlsplit(url).query).get("list", [""])[0]
            return Embed("youtube", f"https://www.youtube.com/playlist?list={playlist}", title)
        return Embed("youtube", f"https://www.youtube.com/watch?v={video}", title)
    if match := _VIMEO_ID.search(url):
        return Embed("vimeo", f"https://vimeo.com/{match.group('id')}", title)
    if node.tag != "iframe":
        return None
    if match := _INSTAGRAM_POST.search(url):
        return Embed("instagram", _instagram_url(match), title)
    if match := _TIKTOK_VIDEO.search(url):
        return Embed("tiktok", _tiktok_url(match), title)
    if _FACEBOOK_PLUGIN.search(url):
        href = parse_qs(urlsplit(url).query).get("href", [None])[0]
        return Embed("facebook", absolute_url(href, "https://www.facebook.com/"), title)
    if "embed.bsky.app" in url:
        return Embed("bluesky", _bluesky_from_embed_url(url), title)
    if match := _TELEGRAM_POST.search(urlsplit(url).netloc + urlsplit(url).path):
        return Embed("telegram", f"https://t.me/{match.group('post')}", title)
    return None


def _instagram(node: LexborNode, base: str | None) -> Embed:
    url = None
    for href in (node.attributes.get("data-instgrm-permalink"), *_hrefs(node)):
        match = _INSTAGRAM_POST.search(href or "")
        if match is not None:
            url = _instagram_url(match)
            break
    author, lines = None, []
    for paragraph in node.css("p"):
        text = post_text(paragraph)
        shared = _SHARED_BY.search(text)
        if shared is not None:
            author = shared.group("name").strip() or shared.group("handle")
        elif text and not _VIEW_ON.match(text):
            lines.append(text)
    return Embed("instagram", url, None, "\n".join(lines) or None, author)


def _tiktok(node: LexborNode, base: str | None) -> Embed:
    url = absolute_url(node.attributes.get("cite"), base)
    match = _TIKTOK_VIDEO.search(url or "")
    video_id = (node.attributes.get("data-video-id") or "").strip()
    if match is not None:
        url = _tiktok_url(match)
    elif url is None and video_id.isdigit():
        url = f"https://www.tiktok.com/embed/v2/{video_id}"
    author = None
    profile = node.css_first('a[title^="@"]')
    if profile is not None:
        author = normalize_space(profile.attributes.get("title") or "").lstrip("@") or None
    elif match is not None and match.group("handle"):
        author = match.group("handle")
    paragraph = node.css_first("p")
    text = post_text(paragraph) if paragraph is not None else ""
    return Embed("tiktok", url, None, text or None, author)


def _bluesky(node: LexborNode, base: str | None) -> Embed:
    url = None
    for href in reversed(_hrefs(node)):
        match = _BLUESKY_POST.search(href)
        if match is not None:
            url = "https://" + match.group(0)
            break
    if url is None:
        at_uri = _AT_URI.match((node.attributes.get("data-bluesky-uri") or "").strip())
        if at_uri is not None:
            url = f"https://bsky.app/profile/{at_uri.group('did')}/post/{at_uri.group('rkey')}"
    paragraph = node.css_first("p")
    text = post_text(paragraph) if paragraph is not None else ""
    _, footer = split_footer(post_text(node))
    author = (footer.name or footer.handle) if footer is not None else None
    return Embed("bluesky", url, None, text or None, author)


def _telegram_quote(node: LexborNode, base: str | None) -> Embed | None:
    embed = _telegram(node.attributes.get("data-telegram-post"), node)
    if embed is None:
        for href in _hrefs(node):
            embed = _telegram(href, node)
            if embed is not None:
                break
    return embed


def _telegram(value: str | None, node: LexborNode) -> Embed | None:
    match = _TELEGRAM_POST.search((value or "").strip())
    if match is None:
        return None
    text = post_text(node) if node.tag != "script" else ""
    return Embed("telegram", f"https://t.me/{match.group('post')}", None, text or None)


def _facebook_div(node: LexborNode, base: str | None) -> Embed:
    url = absolute_url(node.attributes.get("data-href"), "https://www.facebook.com/")
    quote = node.css_first("blockquote")
    text, author = None, None
    if quote is not None:
        paragraph = quote.css_first("p")
        text = post_text(paragraph) if paragraph is not None else None
        posted = _POSTED_BY.search(post_text(quote).rsplit("\n", 1)[-1])
        if posted is not None:
            name = posted.group("name")
            author = re.split(r"(?<!\s)\s+(?:on|am|el|le|em)\s+", name)[0].strip() or None
        if url is None:
            url = absolute_url(quote.attributes.get("cite"), "https://www.facebook.com/")
    return Embed("facebook", url, None, text or None, author)


def _instagram_url(match: re.Match[str]) -> str:
    kind = "reel" if match.group("kind").lower().startswith("reel") else match.group("kind").lower()
    return f"https://www.instagram.com/{kind}/{match.group('id')}/"


def _tiktok_url(match: re.Match[str]) -> str:
    if match.group("handle"):
        return f"https://www.tiktok.com/@{match.group('handle')}/video/{match.group('id')}"
    return f"https://www.tiktok.com/embed/v2/{match.group('id')}"


def _bluesky_from_embed_url(url: str) -> str | None:
    query = parse_qs(urlsplit(url).query)
    at_uri = _AT_URI.match((query.get("id") or query.get("uri") or [""])[0])
    if at_uri is None:
        return None
    return f"https://bsky.app/profile/{at_uri.group('did')}/post/{at_uri.group('rkey')}"


def _hrefs(node: LexborNode) -> list[str]:
    return [link.attributes.get("href") or "" for link in node.css("a[href]")]


_QUOTES: tuple[tuple[str, Callable[[LexborNode, str | None], Embed | None]], ...] = (
    ("instagram-media", _instagram),
    ("tiktok-embed", _tiktok),
    ("bluesky-embed", _bluesky),
    ("telegram-post", _telegram_quote),
)
