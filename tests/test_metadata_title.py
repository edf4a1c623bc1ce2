"""Title choice and site-name stripping (`newsparse.metadata.title`).

The HTML snippets here are hand-written.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse.metadata import read_metadata
from newsparse.metadata.title import site_keys, strip_site_name


def _title(html: str, url: str | None = "https://www.euronews.com/2024/x") -> str | None:
    return read_metadata(LexborHTMLParser(html), url).title


@pytest.mark.parametrize("separator", ["|", "-", "\u2013", "\u2014", "::", "·"])
def test_site_suffix_from_host_name(separator: str) -> None:
    """A suffix naming the host ("Euronews" for euronews.com) is dropped."""
    assert _title(f"<title>Storm hits coast {separator} Euronews</title>") == "Storm hits coast"


def test_site_prefix_is_dropped() -> None:
    """A leading "Site | " is dropped too."""
    assert _title("<title>euronews | Storm hits coast</title>") == "Storm hits coast"


@pytest.mark.parametrize(
    "title",
    ["Blog Archive » Storm hits coast", "Euronews » Blog Archive » Storm hits coast"],
)
def test_wordpress_blog_archive_prefix_is_dropped(title: str) -> None:
    """WordPress's "Site » Blog Archive » Title" leaves the title alone."""
    assert _title(f"<title>{title}</title>") == "Storm hits coast"


def test_site_suffix_from_og_site_name() -> None:
    """og:site_name is compared without case or spaces."""
    html = (
        '<meta property="og:site_name" content="The Daily Planet">'
        '<meta property="og:title" content="Hero saves city - THE DAILYPLANET">'
    )
    assert _title(html, url=None) == "Hero saves city"


def test_unrelated_suffix_is_kept() -> None:
    """A part that does not name the site stays."""
    assert _title("<title>Brexit: what next - analysis</title>") == "Brexit: what next - analysis"


def test_jsonld_headline_beats_title_tag() -> None:
    """The JSON-LD headline wins over <title>."""
    html = (
        "<title>Page title | Euronews</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Real"}</script>'
    )
    assert _title(html) == "Real"


def test_h1_wins_when_it_agrees() -> None:
    """A <h1> that matches part of the og:title is preferred."""
    html = (
        '<meta property="og:title" content="Storm hits the coast hard | Weather | Euronews">'
        "<article><h1>Storm hits the coast hard</h1></article>"
    )
    assert _title(html) == "Storm hits the coast hard"


def test_h1_running_on_into_the_site_name() -> None:
    """A <h1> whose text runs on into a site-name link gives the stated title it begins with."""
    html = (
        '<meta name="twitter:title" content="Storm hits the coast hard">'
        '<h1><span>Storm hits the coast hard</span><a href="/">Euronews Weather</a></h1>'
    )
    assert _title(html) == "Storm hits the coast hard"


def test_unrelated_h1_is_ignored() -> None:
    """A <h1> that shares nothing with the stated titles (a logo) is ignored."""
    html = '<h1>Euronews</h1><meta property="og:title" content="Storm hits the coast">'
    assert _title(html) == "Storm hits the coast"


def test_truncated_headline_uses_full_title() -> None:
    """A headline cut with "..." is replaced by the full og:title it starts."""
    html = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "A very long headline that..."}</script>'
        '<meta property="og:title" content="A very long headline that goes on">'
    )
    assert _title(html) == "A very long headline that goes on"


def test_site_keys_for_country_domains() -> None:
    """example.co.uk gives the key "example"."""
    assert "example" in site_keys([], "https://www.example.co.uk/news/1")


def test_strip_without_keys_keeps_title() -> None:
    """Without a known site nothing is stripped."""
    assert strip_site_name("A | B", []) == "A | B"


@pytest.mark.parametrize("separator", [": ", " - ", " | "])
def test_blog_header_in_h1_gives_way_to_the_stated_title(separator: str) -> None:
    """`<title>` "<h1> - <og:title>": the `<h1>` is the blog's header, og:title the post's."""
    html = (
        f"<title>EMACSPEAK The Complete Audio Desktop{separator}Meta-Programming In Emacs</title>"
        '<meta property="og:title" content="Meta-Programming In Emacs">'
        "<body><h1>EMACSPEAK The Complete Audio Desktop</h1><h3>Meta-Programming In Emacs</h3>"
    )
    assert _title(html, "https://emacspeak.blogspot.com/2019/10/meta.html") == (
        "Meta-Programming In Emacs"
    )


def test_headline_in_h1_stays_when_a_stated_title_names_the_site() -> None:
    """`<title>` "<h1> | <site>" and a meta title that is the site's name: the `<h1>` stays."""
    html = (
        "<title>Warum wir jetzt Demut brauchen | Die Tagespost</title>"
        '<meta name="title" content="Die Tagespost">'
        "<body><h1>Warum wir jetzt Demut brauchen</h1>"
    )
    assert _title(html, "https://www.die-tagespost.de/x") == "Warum wir jetzt Demut brauchen"


@pytest.mark.parametrize("generic", ["Home", "News", "Startseite"])
def test_one_word_title_gives_way_to_the_headline(generic: str) -> None:
    """A `<title>` of one word names the page's section; a headline in `<h1>` is the title,
    but not an `<h1>` that is a label itself."""
    html = f"<title>{generic}</title><body><h1>Time to say goodbye.</h1><p>Text.</p>"
    assert _title(html, "https://prof-pc.de/x") == "Time to say goodbye."
    label = f"<title>{generic}</title><body><h1>Page</h1><p>Text.</p>"
    assert _title(label, "https://prof-pc.de/x") == generic


def test_blog_name_in_h1_repeating_a_later_part_of_the_title() -> None:
    """No stated title, `<title>` "Headline : Blog Name | Motto" and the blog's name in
    `<h1>`: the headline is the first part; an `<h1>` that is the first part stays."""
    title = "<title>Das schwulste Musikvideo der Welt : Krimiblog-Archiv | Gegründet 2005</title>"
    html = f"{title}<body><h1>Krimiblog-Archiv</h1><h3>Das schwulste Musikvideo der Welt</h3>"
    assert _title(html, "https://archiv.krimiblog.de/2895") == "Das schwulste Musikvideo der Welt"
    headline = "<title>Storm hits coast | Gazette</title><body><h1>Storm hits coast</h1>"
    assert _title(headline, "https://gazette.example/x") == "Storm hits coast"


def test_one_word_h1_gives_way_to_the_stated_title() -> None:
    """An `<h1>` of one word ("News") names the section: the stated title wins; a short
    Japanese headline (no spaces either) stays."""
    html = (
        '<title>News - Eawag</title><meta property="og:title" content="Auf das erste Elektron '
        'kommt es an"><body><h1>News</h1>'
    )
    assert _title(html, "https://www.eawag.ch/x") == "Auf das erste Elektron kommt es an"
    japanese = (
        '<meta property="og:title" content="大谷翔平が結婚 お相手は">'
        "<title>大谷翔平が結婚</title><body><h1>大谷翔平が結婚</h1>"
    )
    assert _title(japanese, "https://news.example.jp/x") == "大谷翔平が結婚"


@pytest.mark.parametrize(
    "stated",
    [
        '<meta property="og:title" content="Euronews"><title>Euronews</title>',
        "<title>Euronews</title>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "euronews"}'
        "</script>",
    ],
)
def test_site_name_as_title_gives_way_to_the_headline(stated: str) -> None:
    """A stated title or `<title>` that is only the site's name gives way to the `<h1>`."""
    html = f"{stated}<body><h1>Swedish police to investigate leaks</h1><p>Text.</p>"
    assert _title(html) == "Swedish police to investigate leaks"
    assert _title(f"{stated}<body><h1>Euronews</h1><p>Text.</p>") in {"Euronews", "euronews"}
