"""Embedded tweets in every common form become `Tweet` values (fixtures in tests/data/embeds)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsparse.dom import parse_document
from newsparse.embeds import lift_embeds
from newsparse.embeds.text import parse_date as post_date
from newsparse.embeds.text import split_footer
from newsparse.embeds.tweets import _without_pic_tail, tweet_from_text
from newsparse.model import EmbeddedPost, Tweet

DATA = Path(__file__).parent / "data" / "embeds"
PAGE_URL = "https://news.example.org/2024/story.html"


def tweets(name: str) -> list[Tweet]:
    """The tweets lifted from fixture `name`."""
    posts: tuple[EmbeddedPost, ...] = lift_embeds(
        parse_document((DATA / name).read_text(encoding="utf-8")), PAGE_URL
    )
    assert all(isinstance(post, Tweet) for post in posts)
    return [post for post in posts if isinstance(post, Tweet)]


def only_tweet(name: str) -> Tweet:
    """The single tweet lifted from fixture `name`."""
    (tweet,) = tweets(name)
    return tweet


# Pasted embed code -------------------------------------------------------------------------------


def test_blockquote_status_id_and_url() -> None:
    """A pasted blockquote gives the status id and the canonical status URL without query."""
    tweet = only_tweet("fundus-ca-NationalPost_2025_05_08-blockquote.html")
    assert tweet.status_id == "1919902403999965441"
    assert tweet.url == "https://twitter.com/SecRubio/status/1919902403999965441"


def test_blockquote_footer_gives_author_handle_and_date() -> None:
    """The "— Name (@handle) Month D, YYYY" footer gives author, handle and a naive date."""
    tweet = only_tweet("fundus-ca-NationalPost_2025_05_08-blockquote.html")
    assert tweet.author_name == "Secretary Marco Rubio"
    assert tweet.handle == "SecRubio"
    assert tweet.published == datetime(2025, 5, 6)


def test_blockquote_text_has_no_footer() -> None:
    """The text is the post only: no dash, no author, no date."""
    tweet = only_tweet("fundus-ca-NationalPost_2025_05_08-blockquote.html")
    assert tweet.text.startswith("I am monitoring the situation between India and Pakistan")
    assert tweet.text.endswith("towards a peaceful resolution.")
    assert "Rubio" not in tweet.text
    assert "—" not in tweet.text


def test_blockquote_mentions_and_lang() -> None:
    """Mentions come without "@" and the language from `<p lang>`."""
    tweet = only_tweet("fundus-ca-NationalPost_2025_05_08-blockquote.html")
    assert tweet.mentions == ("POTUS",)
    assert tweet.lang == "en"


def test_mdash_entity_footer_is_parsed() -> None:
    """A footer written with `&mdash;` is split off like one written with "—"."""
    tweet = only_tweet("handwritten-seed-blockquote.html")
    assert tweet.author_name == "UN Geneva"
    assert tweet.handle == "UNGeneva"
    assert tweet.published == datetime(2016, 11, 1)
    assert "&mdash;" not in tweet.text
    assert "UN Geneva (" not in tweet.text


def test_seed_tweet_text_reads_as_the_tweet() -> None:
    """`<br>` becomes a newline and the links keep their visible text, no markup residue."""
    tweet = only_tweet("handwritten-seed-blockquote.html")
    assert tweet.text.startswith("Summary of @UNGeneva press briefing")
    assert "\nIn focus: #Aleppo, #Mosul, Cyprus talks in Switzerland." in tweet.text
    assert "</a>" not in tweet.text
    assert "<br>" not in tweet.text


def test_trailing_pic_link_leaves_text_but_stays_in_links() -> None:
    """A trailing pic.twitter.com link is cut from the text and kept (as its t.co href) in links."""
    tweet = only_tweet("handwritten-seed-blockquote.html")
    assert "pic.twitter.com" not in tweet.text
    assert "https://t.co/ZYXwvu9876" in tweet.links


def test_tco_links_are_kept_in_text_and_links() -> None:
    """A t.co link inside the text stays in the text and is listed in links."""
    tweet = only_tweet("handwritten-seed-blockquote.html")
    assert "https://t.co/abcdEFGH12" in tweet.text
    assert "https://t.co/abcdEFGH12" in tweet.links


def test_footer_date_link_is_not_in_links() -> None:
    """The permalink of the footer is the tweet's URL, not one of its links."""
    tweet = only_tweet("handwritten-seed-blockquote.html")
    assert not any("/status/" in link for link in tweet.links)


def test_hashtags_without_hash() -> None:
    """Hashtags are listed in order without "#"."""
    tweet = only_tweet("handwritten-seed-blockquote.html")
    assert tweet.hashtags == ("Aleppo", "Mosul")


def test_wpautop_footer_paragraph() -> None:
    """A footer wrapped in its own `<p>` by wpautop is split off; the paragraphs become lines."""
    tweet = only_tweet("fundus-mx-MexicoNewsDaily_2025_04_16-wpautop.html")
    assert tweet.status_id == "1889122688884453876"
    assert tweet.author_name == "The White House"
    assert tweet.published == datetime(2025, 2, 11)
    assert tweet.text.startswith("President Trump signed an executive order")
    assert tweet.text.endswith("MAKE AMERICA RICH AGAIN. 🇺🇸")


def test_twitter_video_with_double_dash_footer() -> None:
    """`blockquote.twitter-video tw-align-center` with a "--" footer and a Spanish date."""
    tweet = only_tweet("handwritten-twitter-video.html")
    assert tweet.status_id == "998877665544332211"
    assert tweet.author_name == "Club Oficial"
    assert tweet.published == datetime(2021, 5, 1)
    assert tweet.text == "Mira el gol de @Leo #Final"


def test_mobile_twitter_url_is_canonical() -> None:
    """A mobile.twitter.com status link gives a https://twitter.com URL."""
    tweet = only_tweet("handwritten-twitter-video.html")
    assert tweet.url == "https://twitter.com/ClubOficial/status/998877665544332211"


def test_x_com_url_is_kept() -> None:
    """An x.com status link keeps x.com in the URL."""
    tweet = tweets("fundus-us-TheGatewayPundit_2026_07_19-x-com.html")[0]
    assert tweet.url == "https://x.com/Maks_NAFO_FELLA/status/2078426619958501377"
    assert tweet.handle == "Maks_NAFO_FELLA"


def test_german_footer_date() -> None:
    """A German footer date "25. September 2018" is parsed."""
    tweet = only_tweet("trafilatura-basicthinking.de.tweets-german-date.html")
    assert tweet.published == datetime(2018, 9, 25)
    assert tweet.handle == "diktator"


def test_russian_footer_date() -> None:
    """A Russian footer date (day, genitive month name, year) is parsed."""
    tweet = tweets("trafilatura-parallels.com.desktop-russian-date.html")[0]
    assert tweet.published == datetime(2018, 5, 16)
    assert tweet.status_id == "996650856568295425"


def test_placeholder_blockquote_with_only_a_link() -> None:
    """A blockquote holding only an empty status link still gives id and handle, no text."""
    tweet = only_tweet("fundus-de-FreiePresse_2024_11_29-placeholder.html")
    assert tweet.status_id == "1862204060138389630"
    assert tweet.handle == "BoxenIude"
    assert tweet.text == ""


def test_deleted_tweet_link_text_is_not_the_text() -> None:
    """The text of the status link ("Tweet may have been deleted") is not taken as tweet text."""
    tweet = tweets("postlight-mashable.com-deleted.html")[0]
    assert tweet.status_id == "808782171829891072"
    assert "deleted" not in tweet.text


# Rendered widgets, iframes, AMP, data attributes ------------------------------------------------


def test_rendered_widget_id_from_iframe() -> None:
    """`div.twitter-tweet-rendered` with an iframe gives the iframe's `data-tweet-id`, once."""
    tweet = only_tweet("trafilatura-eltiempo.com-candidatos-rendered.html")
    assert tweet.status_id == "1521523341391282176"
    assert tweet.url == "https://twitter.com/i/web/status/1521523341391282176"


def test_raw_embed_iframe_id_param() -> None:
    """A raw platform.twitter.com/embed/Tweet.html iframe gives the `id=` parameter."""
    assert only_tweet("handwritten-raw-iframe.html").status_id == "1234567890123456789"


def test_amp_twitter_numeric_id() -> None:
    """`amp-twitter[data-tweetid]` with digits gives the id."""
    tweet = only_tweet("trafilatura-standard.co.uk.caribbean-amp-twitter.html")
    assert tweet.status_id == "1311697819384844290"


def test_amp_twitter_url_id() -> None:
    """`amp-twitter[data-tweetid]` holding a whole status URL gives its id."""
    tweet = only_tweet("fundus-es-LaVanguardia_2026_07_11-amp-twitter-url.html")
    assert tweet.status_id == "2075543942469238989"


def test_amp_twitter_placeholder_is_one_tweet_with_its_text() -> None:
    """`amp-twitter` with a placeholder blockquote is one tweet, text from the placeholder."""
    tweet = only_tweet("handwritten-amp-twitter-placeholder.html")
    assert tweet.status_id == "885634330868850689"
    assert tweet.text == "The AMP placeholder text of the post #amp"
    assert "See more" not in tweet.text


def test_data_tweet_id_element() -> None:
    """Any element with `data-tweet-id` is a tweet."""
    assert only_tweet("fundus-fr-EuronewsFR_2026_01_06-data-tweet-id.html").status_id == (
        "2007489108059533390"
    )


def test_data_tweetid_blockquote_with_link() -> None:
    """`blockquote[data-tweetid]` with a status link gives the handle from the link."""
    tweet = only_tweet("postlight-www.bustle.com-data-tweetid.html")
    assert tweet.status_id == "636842709739659264"
    assert tweet.handle == "reinventmag"


def test_data_tweetid_div_with_link() -> None:
    """`div.js-tweet[data-tweetid]` holding a link gives the handle from the link."""
    tweet = tweets("trafilatura-Jest_zgoda_PE_na_umow_handlow_mi_dzy_UE_a_Londynem-js-tweet.html")[
        0
    ]
    assert tweet.status_id == "1387304686957498370"
    assert tweet.handle == "eucopresident"


# WordPress, CMS wrappers, lazy loading ----------------------------------------------------------


def test_wordpress_figure_is_one_tweet() -> None:
    """`figure.wp-block-embed-twitter` around a blockquote is one tweet."""
    tweet = only_tweet("htmldate-mediacloud-1594316187-wp-block-embed.html")
    assert tweet.status_id == "1256078505437286403"
    assert tweet.author_name == "Felipe Neto"
    assert tweet.published == datetime(2020, 5, 1)
    assert tweet.lang == "pt"


def test_wordpress_bare_url() -> None:
    """A WordPress twitter block where only the bare status URL survived is a tweet."""
    tweet = only_tweet("handwritten-wp-bare-url.html")
    assert tweet.status_id == "1500000000000000001"
    assert tweet.handle == "Minister"
    assert tweet.text == ""


def test_cms_provider_wrapper_is_one_tweet() -> None:
    """A `[data-provider=Twitter]` wrapper holding the URL and the blockquote is one tweet."""
    tweet = only_tweet("trafilatura-ultimahora.com-apelacion-provider-wrapper.html")
    assert tweet.status_id == "1522266202730639361"
    assert tweet.author_name == "Raúl Ramírez Bogado"
    assert tweet.text.startswith("El Tribunal de Apelación rechazó")


def test_lazy_placeholders() -> None:
    """Lazy `data-src` / `data-lazy-src` iframes and `data-embed` placeholders are tweets."""
    ids = [tweet.status_id for tweet in tweets("handwritten-lazy.html")]
    assert ids == ["1111111111111111111", "2222222222222222222", "3333333333333333333"]


def test_odd_markup_gives_no_tweet_and_does_not_raise() -> None:
    """Empty blockquotes, missing attributes and non-numeric ids give no tweet."""
    posts = lift_embeds(
        parse_document((DATA / "handwritten-odd-markup.html").read_text(encoding="utf-8")), None
    )
    assert not any(isinstance(post, Tweet) for post in posts)


# Property ----------------------------------------------------------------------------------------

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]+|#\d+|#x[0-9A-Fa-f]+);")
_pieces = st.one_of(
    # no control characters: `parse()` removes them before Lexbor reads the page
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
    st.sampled_from(
        [
            "&mdash;",
            "&amp;mdash;",
            "&amp;amp;nbsp;",
            "&#8212;",
            "&lt;/a&gt;",
            "&lt;br&gt;",
            "<br>",
            "<b>bold</b>",
            '<a href="https://t.co/x">pic.twitter.com/x</a>',
            "#tag",
            "@user",
            "<",
            ">",
            "&",
            ";",
        ]
    ),
)


@given(st.lists(_pieces, max_size=12).map("".join))
def test_tweet_text_never_has_tag_or_entity_residue(inner: str) -> None:
    """Whatever the blockquote holds, `Tweet.text` has no `<tag>` residue and no `&name;` entity."""
    html = (
        f'<blockquote class="twitter-tweet"><p lang="en">{inner}</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/1">May 1, 2020</a></blockquote>'
    )
    (tweet,) = lift_embeds(parse_document(html), None)
    assert isinstance(tweet, Tweet)
    assert not _TAG.search(tweet.text)
    assert not _ENTITY.search(tweet.text)


# Embed code left as text (newsparse.plaintext) ----------------------------------------------------


def test_footer_without_at_needs_a_date() -> None:
    """ "— Name (handle) date" is a footer only when a date follows the handle."""
    text, footer = split_footer("In focus.\n— UN Geneva (UNGeneva) November 1, 2016")
    assert text == "In focus."
    assert footer is not None
    assert (footer.name, footer.handle) == ("UN Geneva", "UNGeneva")
    assert split_footer("He left — Jane Doe (Reuters) said")[1] is None


def test_tweet_from_text_of_half_stripped_markup() -> None:
    """Tags and entities left by an extractor give a Tweet with id, footer and hashtags."""
    tweet = tweet_from_text(
        'Water rising <a href="https://twitter.com/hashtag/flood">#flood</a><br>Stay home</p>'
        '&mdash; Region (@Region) <a href="https://twitter.com/Region/status/123456">'
        "May 1, 2020</a>"
    )
    assert tweet is not None
    assert tweet.status_id == "123456"
    assert tweet.text == "Water rising #flood\nStay home"
    assert tweet.hashtags == ("flood",)
    assert tweet.published == datetime(2020, 5, 1)


def test_tweet_from_text_needs_footer_or_status() -> None:
    """Plain prose is not a tweet."""
    assert tweet_from_text("The council met on Tuesday. <b>Nothing</b> was decided.") is None


def test_post_dates_read_every_month_name_the_lexicon_knows() -> None:
    """An embedded post's date reads the month names metadata dates read ("janv.", "Ekim")."""
    assert post_date("12 janv. 2020") == datetime(2020, 1, 12)
    assert post_date("3 Ekim 2019") == datetime(2019, 10, 3)


# What `_PIC_TAIL` matched before it was bounded: any number of characters per link and space.
_UNBOUNDED_PIC_TAIL = re.compile(
    r"(?<!\s)(?:\s*(?:https?://)?pic\.(?:twitter|x)\.com/\w+){1,16}\s*$", re.IGNORECASE
)
_TAIL_PARTS = st.sampled_from(
    ["pic.twitter.com/Ab1", "https://pic.x.com/xyz", "PIC.TWITTER.COM/q", " ", "\n", "word", ".",
     "pic.twitter.com/", "x" * 30]
)  # fmt: skip


@given(st.lists(_TAIL_PARTS, max_size=40), st.integers(0, 6000))
def test_picture_links_ending_a_post_are_found_at_its_end(parts: list[str], padding: int) -> None:
    """The picture links that end a post's text are removed as the unbounded pattern removed
    them (ids and spaces of ordinary length), reading the end of the text only."""
    text = "a" * padding + " " + " ".join(parts)
    assert _without_pic_tail(text) == _UNBOUNDED_PIC_TAIL.sub("", text)
