"""Posts and videos from other platforms become `Embed` values (fixtures in tests/data/embeds)."""

from __future__ import annotations

from pathlib import Path

from newsparse.dom import parse_document
from newsparse.embeds import lift_embeds
from newsparse.model import Embed

DATA = Path(__file__).parent / "data" / "embeds"


def embeds(name: str) -> list[Embed]:
    """The non-tweet embeds lifted from fixture `name`."""
    posts = lift_embeds(parse_document((DATA / name).read_text(encoding="utf-8")), None)
    return [post for post in posts if isinstance(post, Embed)]


def by_kind(name: str, kind: str) -> list[Embed]:
    """The embeds of one `kind` lifted from fixture `name`."""
    return [embed for embed in embeds(name) if embed.kind == kind]


def test_instagram_url_without_tracking_query() -> None:
    """`blockquote.instagram-media` gives the post permalink without its utm query."""
    (embed,) = embeds("trafilatura-thelocal.se.tattooed-instagram.html")
    assert embed.kind == "instagram"
    assert embed.url == "https://www.instagram.com/p/B_fawQoFahE/"


def test_instagram_author_from_shared_by() -> None:
    """The author comes from "A post shared by <name> (@handle)"."""
    (embed,) = embeds("trafilatura-thelocal.se.tattooed-instagram.html")
    assert embed.author == "zashay tastas - myndigheten"


def test_instagram_caption_without_prompts() -> None:
    """The text is the caption, without "View this post on Instagram" or "A post shared by"."""
    (embed,) = embeds("trafilatura-thelocal.se.tattooed-instagram.html")
    assert embed.text is not None
    assert embed.text.startswith("Ni kan inte ana vad jag gjorde idag")
    assert "View this post" not in embed.text
    assert "shared by" not in embed.text


def test_tiktok_blockquote() -> None:
    """`blockquote.tiktok-embed` gives the `cite` URL, the author handle and the caption."""
    (embed,) = by_kind("handwritten-social.html", "tiktok")
    assert embed.url == "https://www.tiktok.com/@chef.anna/video/7362946149227056416"
    assert embed.author == "chef.anna"
    assert embed.text == "Soup in five minutes #food"


def test_facebook_post_div() -> None:
    """`div.fb-post` gives `data-href`, the post text and the "Posted by" author."""
    embed = by_kind("handwritten-social.html", "facebook")[0]
    assert embed.url == "https://www.facebook.com/CityHall/posts/pfbid0123456789"
    assert embed.text == "The bridge reopens on Monday."
    assert embed.author == "City Hall"


def test_facebook_video_div() -> None:
    """`div.fb-video` gives its `data-href`."""
    embed = by_kind("handwritten-social.html", "facebook")[1]
    assert embed.url == "https://www.facebook.com/CityHall/videos/1234567890/"


def test_facebook_plugin_iframe_href_param() -> None:
    """A `plugins/video.php?href=` iframe gives the decoded `href` parameter."""
    embed = by_kind("handwritten-social.html", "facebook")[2]
    assert embed.url == "https://www.facebook.com/CityHall/videos/999888777/"


def test_facebook_post_iframe_from_corpus() -> None:
    """A real `plugins/post.php?href=` iframe gives the photo post URL."""
    (embed,) = embeds("postlight-www.aol.com-facebook-iframe.html")
    assert embed.kind == "facebook"
    assert embed.url is not None
    assert embed.url.startswith("https://www.facebook.com/photo.php?fbid=10207393772231779")


def test_facebook_like_button_is_not_an_embed() -> None:
    """A Facebook like-button iframe is page chrome, not an embedded post."""
    html = '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fa.b%2F"></iframe>'
    assert lift_embeds(parse_document(html), None) == ()


def test_bluesky_blockquote() -> None:
    """`blockquote.bluesky-embed` gives the bsky.app post URL, the text and the author name."""
    (embed,) = by_kind("handwritten-social.html", "bluesky")
    assert embed.url == "https://bsky.app/profile/did:plc:abc123xyz/post/3kq7abcde2x2"
    assert embed.text == "Snow on the harbour this morning. #winter"
    assert embed.author == "Harbour Watch"


def test_bluesky_url_from_at_uri() -> None:
    """Without links, the post URL is built from `data-bluesky-uri`."""
    html = (
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:zz9/app.bsky.feed.post/'
        '3abc"><p>Hi</p></blockquote>'
    )
    (embed,) = lift_embeds(parse_document(html), None)
    assert isinstance(embed, Embed)
    assert embed.url == "https://bsky.app/profile/did:plc:zz9/post/3abc"


def test_telegram_script_and_iframe() -> None:
    """`script[data-telegram-post]` and a `t.me` iframe give the t.me post URLs."""
    urls = [embed.url for embed in by_kind("handwritten-social.html", "telegram")]
    assert urls == ["https://t.me/harbournews/4321", "https://t.me/harbournews/4322"]


def test_youtube_nocookie_iframe() -> None:
    """A youtube-nocookie iframe gives the watch URL; a generic player title is dropped."""
    (embed,) = by_kind("handwritten-social.html", "youtube")
    assert embed.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert embed.title is None


def test_youtube_iframe_from_corpus() -> None:
    """A real youtube.com/embed iframe gives the watch URL."""
    (embed,) = embeds("newspaper4k-cleveland.com1-youtube.html")
    assert embed.kind == "youtube"
    assert embed.url == "https://www.youtube.com/watch?v=JOCtdw9FG-s"


def test_youtube_lazy_data_src() -> None:
    """A lazy iframe whose `data-src` is a YouTube embed is a video embed."""
    html = (
        '<iframe data-src="https://www.youtube.com/embed/abcdefghijk?rel=0" title="Launch">'
        "</iframe>"
    )
    (embed,) = lift_embeds(parse_document(html), None)
    assert embed == Embed("youtube", "https://www.youtube.com/watch?v=abcdefghijk", "Launch")


def test_vimeo_iframe_from_corpus() -> None:
    """A real player.vimeo.com iframe gives the vimeo.com URL."""
    (embed,) = embeds("goose3-tags-tags_kexp-vimeo.html")
    assert embed == Embed("vimeo", "https://vimeo.com/51492729")


def test_data_video_url() -> None:
    """An element with `data-video-url` naming a Vimeo video is a video embed."""
    (embed,) = by_kind("handwritten-social.html", "vimeo")
    assert embed.url == "https://vimeo.com/76979871"


def test_empty_placeholders_give_no_embed() -> None:
    """Empty Instagram/TikTok/Facebook/Bluesky/Telegram/YouTube placeholders give nothing."""
    assert embeds("handwritten-odd-markup.html") == []
