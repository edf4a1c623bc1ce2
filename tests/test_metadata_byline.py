"""Byline cleaning and the visible byline (`newsparse.metadata.byline`, `.visible`).

The HTML snippets here are hand-written.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse.metadata import read_metadata
from newsparse.metadata.byline import clean_byline
from newsparse.metadata.visible import _byline_candidates as byline_candidates
from newsparse.metadata.visible import read_visible_byline


def test_with_agency_is_dropped() -> None:
    """ "By X with Reuters" keeps the person and drops the agency."""
    assert clean_byline("By Alasdair Sandford with Reuters") == ["Alasdair Sandford"]


@pytest.mark.parametrize(
    "raw", ["Reuters", "AP", "dpa/AFP", "Reuters staff", "The Associated Press"]
)
def test_agency_only_gives_nobody(raw: str) -> None:
    """A byline naming only agencies gives no names."""
    assert clean_byline(raw) == []


def test_split_on_commas_and_and() -> None:
    """Commas and "and" separate names."""
    assert clean_byline("Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman") == [
        "Marc Santora",
        "William K. Rashbaum",
        "Al Baker",
        "Adam Goldman",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Von Anna Müller und Max Mustermann (dpa)", ["Anna Müller", "Max Mustermann"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Door Jan de Vries", ["Jan de Vries"]),
    ],
)
def test_language_prefixes_and_conjunctions(raw: str, expected: list[str]) -> None:
    """Prefixes and conjunctions in several languages are understood."""
    assert clean_byline(raw) == expected


def test_update_note_and_date_are_cut() -> None:
    """Everything from "Updated" onwards is dropped."""
    assert clean_byline("By Jane Doe | Updated 3 May 2020, 10:00") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Rebecca Hersher Twitter", ["Rebecca Hersher"]),
        ("Jane Doe Email", ["Jane Doe"]),
        ("By Meg Wagner NEW YORK DAILY NEWS Dec 16, 2016 at 1:38 pm", ["Meg Wagner"]),
        ("Heiko Sauer Do 9 Apr 2020", ["Heiko Sauer"]),
        ("Posted by T. V. Raman", ["T. V. Raman"]),
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Auteur: Anna Kubišta", ["Anna Kubišta"]),
        ("Kristen Falc'hon Kristen Falc'hon", ["Kristen Falc'hon"]),
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Erstellt von Fabian am Dienstag 6. Mai 2014", ["Fabian"]),
        ("Par Jean Dupont le 3 mai", ["Jean Dupont"]),
        ("Written by Michael Larabel in Valve on 1 June 2019", ["Michael Larabel"]),
        ("投稿者 Masafumi Negishi", ["Masafumi Negishi"]),
        ("著者\uff1a後藤大地", ["後藤大地"]),  # a full-width colon
        ("作者\uff1a焦鹏", ["焦鹏"]),
    ],
)
def test_what_follows_or_precedes_a_name_is_cut(raw: str, expected: list[str]) -> None:
    """Profile-link labels, an outlet in capitals, a weekday before a date, "Posted by",
    "Erstellt von", "Auteur:" and a name printed twice leave the name alone."""
    assert clean_byline(raw) == expected


@pytest.mark.parametrize(
    "raw", ["Autor: www.example.pl Data: 28-04-2021", "En kiosques : juillet", "red, wien.ORF.at"]
)
def test_labels_are_not_names(raw: str) -> None:
    """A label ("Data:") whose value was cut, a phrase around a colon or a host name is no
    name."""
    assert clean_byline(raw) == []


@pytest.mark.parametrize(
    "raw", ["Anne Sophie MARTIN", "Par Jean DUPONT", "JOHN SMITH", "Marie in der Beek", "Tom Le"]
)
def test_names_that_look_like_cut_points_stay(raw: str) -> None:
    """A surname in capitals, a whole name in capitals (title-cased), "in" or "Le" inside a
    name: the name stays whole."""
    expected = {"Par Jean DUPONT": "Jean DUPONT", "JOHN SMITH": "John Smith"}.get(raw, raw)
    assert clean_byline(raw) == [expected]


def test_role_suffix_is_dropped() -> None:
    """A job title after the name is not a name."""
    assert clean_byline("Jane Doe, Europe Correspondent") == ["Jane Doe"]


def test_role_glued_to_name_is_cut() -> None:
    """A job title right after the name, with no separator, is cut off."""
    assert clean_byline("By Howard Blume Staff Writer") == ["Howard Blume"]


def test_handles_emails_and_urls_are_removed() -> None:
    """E-mail addresses, URLs and @handles never become names."""
    assert clean_byline("Jane Doe jane@example.com https://twitter.com/jd @jdoe") == ["Jane Doe"]


def test_duplicates_are_removed_case_insensitively() -> None:
    """The same name twice, in another case, is kept once."""
    assert clean_byline("Jane Doe, JANE DOE") == ["Jane Doe"]


@pytest.mark.parametrize(
    "raw", ["Posted in news", "admin", "user123", "One Two Three Four Five Six Seven"]
)
def test_non_names_are_rejected(raw: str) -> None:
    """Lowercase labels, digits and long phrases are not names."""
    assert clean_byline(raw) == []


def test_all_caps_name_is_title_cased() -> None:
    """An all-caps byline is title-cased."""
    assert clean_byline("BY JOHN SMITH") == ["John Smith"]


def test_initial_keeps_its_period() -> None:
    """A final initial keeps its period."""
    assert clean_byline("Juan Carlos Muñoz C.") == ["Juan Carlos Muñoz C."]


def test_visible_byline_rel_author() -> None:
    """A rel=author link inside the article is read."""
    tree = LexborHTMLParser(
        '<article><h1>T</h1><p class="meta">By <a rel="author" href="/a/j">Jane Doe</a></p>'
        "</article>"
    )
    assert read_visible_byline(tree) == ["Jane Doe"]


def test_visible_byline_reads_every_author_link() -> None:
    """Author links side by side ("<a>A</a> and <a>B</a>") all give names."""
    tree = LexborHTMLParser(
        '<article><h1>T</h1><address><a rel="author" href="/profile/jd">Jane Doe</a> and '
        '<a rel="author" href="/profile/rr">Richard Roe</a></address></article>'
    )
    assert read_visible_byline(tree) == ["Jane Doe", "Richard Roe"]


@pytest.mark.parametrize(
    "box",
    [
        "<div>By <span>Joe Davidson</span></div><div><div>Washington Post</div>"
        "<time>Dec 13, 2016 at 3:45 pm</time></div>",
        "<span>By</span> <a href='/staff/jd'>Joe Davidson</a><br><span>Metro Daily</span>",
    ],
)
def test_visible_byline_name_stops_at_the_end_of_its_line(box: str) -> None:
    """The outlet printed on the next line of the byline box is not part of the name."""
    tree = LexborHTMLParser(f"<article><h1>T</h1><div class='article_byline'>{box}</div></article>")
    assert read_visible_byline(tree) == ["Joe Davidson"]


def test_visible_byline_one_author_per_line_all_read() -> None:
    """Authors set one per line are all read."""
    tree = LexborHTMLParser(
        "<article><h1>T</h1><div class='byline'><div>Jane Doe</div><div>Richard Roe</div></div>"
        "</article>"
    )
    assert read_visible_byline(tree) == ["Jane Doe", "Richard Roe"]


@pytest.mark.parametrize("name", ["writer", "article-writer", "content__author", "post_author"])
def test_visible_byline_class_names(name: str) -> None:
    """A "writer" class and an "_author" element of a longer class name hold the byline."""
    tree = LexborHTMLParser(
        f'<article><h1>T</h1><div class="{name}"><a href="#a">Jane Doe</a></div>'
        "<p>Body text.</p></article>"
    )
    assert read_visible_byline(tree) == ["Jane Doe"]


@pytest.mark.parametrize("name", ["news-list-author", "block__label--authors", "auteurs"])
def test_visible_byline_class_words_in_other_spellings(name: str) -> None:
    """A class whose words say "author" ("news-list-author", "auteurs") holds the byline."""
    html = f'<article><span class="{name}">Erstellt von Andri Bryner</span><p>Text.</p></article>'
    assert read_visible_byline(LexborHTMLParser(html)) == ["Andri Bryner"]


@pytest.mark.parametrize("name", ["doumae", "Herr_Rein", "delta201"])
def test_visible_byline_user_name_in_an_hcard(name: str) -> None:
    """A user name marked as the author's name (an hCard `.fn`) is the author; the same word
    in a plain byline element, or an admin account, is not."""
    hcard = f'<article><span class="author vcard"><a class="url fn n">{name}</a></span></article>'
    plain = f'<article><span class="byline">{name}</span></article>'
    admin = '<article><span class="author vcard"><a class="fn">wordpressadmin</a></span></article>'
    assert read_visible_byline(LexborHTMLParser(hcard)) == [name]
    assert read_visible_byline(LexborHTMLParser(plain)) == []
    assert read_visible_byline(LexborHTMLParser(admin)) == []


def test_visible_byline_in_the_post_footer() -> None:
    """A blog's own post footer ("Posted by") is read; the page footer is not."""
    html = (
        '<body><div class="post"><p>Text.</p><div class="post-footer"><span class="post-author">'
        'Posted by T. V. Raman</span></div></div><div class="footer"><span class="author">'
        "Site Admin</span></div></body>"
    )
    assert read_visible_byline(LexborHTMLParser(html)) == ["T. V. Raman"]


def test_visible_byline_empty_itemprop_name_falls_back_to_the_text() -> None:
    """A `<meta itemprop=name>` without `content` inside the byline leaves its text to read."""
    html = (
        '<article><span class="byline"><meta itemprop="name" value="Gabriel Sherman">'
        "By Gabriel Sherman</span></article>"
    )
    assert read_visible_byline(LexborHTMLParser(html)) == ["Gabriel Sherman"]


def test_visible_byline_skips_comment_authors() -> None:
    """An author link inside a comment section is ignored."""
    tree = LexborHTMLParser(
        '<article><div class="comments"><span class="author">Troll Person</span></div>'
        '<div class="byline">By Jane Doe</div></article>'
    )
    assert read_visible_byline(tree) == ["Jane Doe"]


def test_visible_byline_itemprop_name_inside() -> None:
    """[itemprop=author] uses the [itemprop=name] inside it."""
    tree = LexborHTMLParser(
        '<article><span itemprop="author"><img alt=""><span itemprop="name">Ann Lee</span>'
        " Senior Editor</span></article>"
    )
    assert read_visible_byline(tree) == ["Ann Lee"]


def test_organisation_used_only_when_no_person() -> None:
    """A JSON-LD Organization author is used only when no person is named."""
    html = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        ' "author": {"@type": "Organization", "name": "Daily Planet"}}</script>'
    )
    assert read_metadata(LexborHTMLParser(html), None).authors == ("Daily Planet",)
    with_person = html + '<meta name="author" content="Lois Lane">'
    assert read_metadata(LexborHTMLParser(with_person), None).authors == ("Lois Lane",)


def test_author_equal_to_site_name_is_not_a_person() -> None:
    """An author that is the site name, also followed by its address, gives way to a named
    person; a person followed by the site's name is that person."""
    html = (
        '<meta property="og:site_name" content="Daily Planet">'
        '<meta name="author" content="Daily Planet">'
        '<article><div class="byline">By Clark Kent</div></article>'
    )
    assert read_metadata(LexborHTMLParser(html), None).authors == ("Clark Kent",)
    with_address = (
        '<meta property="og:site_name" content="dailyplanet.com">'
        '<meta name="author" content="dailyplanet.com, Metropolis, USA">'
        '<article><div class="byline">By Clark Kent</div></article>'
    )
    assert read_metadata(LexborHTMLParser(with_address), None).authors == ("Clark Kent",)
    person_first = with_address.replace(
        "dailyplanet.com, Metropolis, USA", "Lois Lane, dailyplanet.com"
    )
    assert read_metadata(LexborHTMLParser(person_first), None).authors == ("Lois Lane",)


def test_agency_is_the_author_only_when_no_person_is_named() -> None:
    """An agency-only byline gives the agency; next to a person it is dropped."""
    agency_only = '<meta name="author" content="By The Associated Press">'
    assert read_metadata(LexborHTMLParser(agency_only), None).authors == ("The Associated Press",)
    with_person = '<meta name="author" content="Jane Doe and The Associated Press">'
    assert read_metadata(LexborHTMLParser(with_person), None).authors == ("Jane Doe",)


_OTHER_SPELLINGS = {"author", "authors", "auteur", "auteurs", "contributor", "contributors"}
_OTHER_SPELLINGS |= {"writer", "byline"}
# The byline rules written as the CSS selector group that they stand for.
_BYLINE_CSS = (
    "[rel=author], [itemprop=author], [itemprop=creator], .byline, .author, .article-author, "
    ".author-name, .authorName, .byline-name, [class*=byline], [class*=author-name], "
    "[class*=authorname], [class*=AuthorName], [class*=Byline], [data-testid*=byline], "
    "[data-component=byline], a[href*='/author/'], a[href*='/authors/'], a[href*='/autor/'], "
    "a[href*='/auteur/'], a[href*='/journalist/'], a[href*='/profile/'], .contributor, "
    ".posted-by, .post-author, .entry-author, .meta-author, address[class*=author], "
    "[class*=writer], [class*=_author]"
)
_CLASS_WORDS = st.sampled_from(
    ["author", "Author", "AUTHOR", "authorName", "authorname", "byline", "Byline", "x_author",
     "post-author", "writer", "contributor", "posted-by", "meta-author", "author-name", "main",
     "news-list-author", "block--authors", "auteurs"]
)  # fmt: skip
_ELEMENT = st.tuples(
    st.sampled_from(["div", "span", "a", "address", "p"]),
    st.lists(_CLASS_WORDS, max_size=3).map(" ".join),
    st.sampled_from(["", ' rel="author"', ' rel="Author"', ' itemprop="author"',
                     ' itemprop="creator"', ' data-testid="story-byline"',
                     ' data-component="byline"', ' href="/autor/x"', ' href="/author/y/"',
                     ' href="/profile/z"', ' href="/journalist/a/authors/b"']),
)  # fmt: skip


@given(st.booleans(), st.lists(_ELEMENT, min_size=1, max_size=6))
def test_byline_rules_match_what_the_css_selectors_match(
    standards_mode: bool, elements: list[tuple[str, str, str]]
) -> None:
    """Each element meets as many byline rules as Lexbor lists it for the selector group the
    rules stand for (a node once per selector), in quirks mode and in standards mode; an element
    that none of them lists meets one rule when a word of its class says "author" or "byline"
    in another spelling ("news-list-author", "auteurs")."""
    doctype = "<!DOCTYPE html>" if standards_mode else ""
    markup = "".join(f'<{tag} class="{names}"{extra}>x</{tag}>' for tag, names, extra in elements)
    body = LexborHTMLParser(f"{doctype}<html><body>{markup}</body></html>").body
    assert body is not None
    listed = [node.mem_id for node, rules in byline_candidates(body) for _ in range(rules)]
    by_css = [node.mem_id for node in body.css(_BYLINE_CSS)]
    expected: list[int] = []
    for node in body.iter():
        words = set(re.split("[^a-z0-9]+", (node.attributes.get("class") or "").lower()))
        count = by_css.count(node.mem_id) or int(not words.isdisjoint(_OTHER_SPELLINGS))
        expected += [node.mem_id] * count
    assert listed == expected


def test_visible_byline_and_date_in_the_footer_of_the_article() -> None:
    """An `<article>`'s own `<footer>` holds its byline and date; the page's footer does not."""
    html = (
        "<body><article><h1>T</h1><p>Text of the post.</p><footer><p class='post-author'>"
        "Posted by <a rel='author' href='/author/jd'>Jane Doe</a></p><span class='date'>"
        "8 February 2019</span></footer></article><footer><span class='author'>Site Admin"
        "</span><span class='date'>1 January 2024</span></footer></body>"
    )
    page = read_metadata(LexborHTMLParser(html), None)
    assert page.authors == ("Jane Doe",)
    assert page.published is not None
    assert page.published.date() == date(2019, 2, 8)
    page_footer_only = html.split("<footer><p")[0] + "</article>" + html.split("</article>")[1]
    assert read_visible_byline(LexborHTMLParser(page_footer_only)) == []


def test_name_written_surname_first_is_one_person() -> None:
    """ "Gillman, Steve" (one word on each side of the comma, as a catalogue writes a name) is
    one person; two full names around a comma are two, and two agencies are none."""
    assert clean_byline("Gillman, Steve") == ["Steve Gillman"]
    assert clean_byline("Jane Doe, John Roe") == ["Jane Doe", "John Roe"]
    assert clean_byline("Reuters, AP") == []


def test_byline_verbs_of_the_lexicon_are_stripped() -> None:
    """ "Ein Beitrag von" opens a byline as "Written by" does."""
    assert clean_byline("Ein Beitrag von Max Muster") == ["Max Muster"]


# Bylines as a reader writes them (hand-written strings and pages, in the forms issue 20 saw) --


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),
        ("Jane Doe, PhD, and John Roe, M.D.", ["Jane Doe", "John Roe"]),
        ("Jane Doe MS RDN", ["Jane Doe"]),
        ("Martin Luther King, Jr.", ["Martin Luther King Jr."]),
    ],
)
def test_credentials_and_suffixes_after_a_comma_belong_to_the_name(
    raw: str, names: list[str]
) -> None:
    """Degrees ("MS", "RDN", "PhD") after a name are no authors; "Jr." stays with its name."""
    assert clean_byline(raw) == names


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Kooman, F.", "F. Kooman"), ("Doe, J.-P.", "J.-P. Doe"), ("Muster, E. M.", "E. M. Muster")],
)
def test_surname_first_with_initials_is_one_person(raw: str, name: str) -> None:
    """A Dublin Core "Kooman, F." (a surname, a comma, initials) is one person."""
    assert clean_byline(raw) == [name]


@pytest.mark.parametrize(
    "label", ["Settings", "名片", "Follow Author", "View profile", "Profil ansehen", "设置"]
)
def test_interface_labels_are_no_authors(label: str) -> None:
    """A settings or profile link or a follow button in the byline's place names nobody."""
    assert clean_byline(label) == []
    assert clean_byline(label, handles=True) == []


def test_dublin_core_creator_surname_first() -> None:
    """`<meta name="DC.creator" content="Kooman, F.">` is one author."""
    html = '<meta name="DC.creator" content="Kooman, F."><body><h1>A study</h1>'
    assert read_metadata(LexborHTMLParser(html), None).authors == ("F. Kooman",)


_STORY = (
    "<body><main><article class='story'><h1>The council rebuilt the bridge</h1>{inside}"
    "<p>The council voted on Monday to rebuild the old bridge over the river.</p></article>"
    "{outside}</main>"
)


@pytest.mark.parametrize(
    "other",
    [
        # a teaser card: a link holding another story's headline and byline
        "<a href='/other'><h3>Another story</h3><span class='byline'>By Richard Roe</span></a>",
        "<a href='/other'><span class='byline'>By Richard Roe</span> Another story with a "
        "headline long enough to be a card</a>",
        # another story's `<article>` in the story
        "<article><h2>Another story</h2><p class='byline'>By Richard Roe</p></article>",
        # a quoted piece
        "<blockquote><p>Quoted text.</p><span class='author'>Richard Roe</span></blockquote>",
    ],
)
def test_another_pieces_byline_inside_the_story_is_not_the_author(other: str) -> None:
    """A teaser card's, another `<article>`'s or a quoted piece's byline names nobody; the
    story's own byline after it is read."""
    own = "<p class='byline'>By Jane Doe</p>"
    html = _STORY.format(inside=other + own, outside="")
    assert read_visible_byline(LexborHTMLParser(html)) == ["Jane Doe"]
    alone = _STORY.format(inside=other, outside="")
    assert read_visible_byline(LexborHTMLParser(alone)) == []


def test_sidebar_and_other_articles_bylines_are_not_the_author() -> None:
    """A sidebar `<aside>` or a teaser `<article>` beside the story names nobody; an
    `<aside>` of the story itself holds its byline."""
    sidebar = "<aside><div class='widget'><span class='author'>Richard Roe</span></div></aside>"
    teaser = "<article><h2>Next</h2><span class='author'>Richard Roe</span></article>"
    for outside in (sidebar, teaser):
        html = _STORY.format(inside="", outside=outside)
        assert read_visible_byline(LexborHTMLParser(html)) == []
    own_aside = "<aside><span class='author'>Jane Doe</span></aside>"
    html = _STORY.format(inside=own_aside, outside=sidebar)
    assert read_visible_byline(LexborHTMLParser(html)) == ["Jane Doe"]


def test_author_link_around_the_name_is_no_card() -> None:
    """An author's name inside a link to their page (`itemprop=author` in `<a>`) is read."""
    html = _STORY.format(
        inside="<a href='/topic/jane-doe'><span itemprop='author'>Jane Doe</span></a>", outside=""
    )
    assert read_visible_byline(LexborHTMLParser(html)) == ["Jane Doe"]


def test_comma_before_and_separates_the_last_name() -> None:
    """ "A, B, and C" (a serial comma before "and") gives the three names."""
    assert clean_byline("Anna Bell, Carl Dean, and Eve Fox") == [
        "Anna Bell",
        "Carl Dean",
        "Eve Fox",
    ]


def test_sidebar_story_cards_of_a_real_page_name_no_author() -> None:
    """radiomaryja.pl (tests/data/metadata): the bylines of the sidebar's story cards ("przez
    Łukasz Brzeziński") are not the author of a story that names none."""
    page = Path(__file__).parent / "data" / "metadata" / "radiomaryja-sidebar-bylines.html"
    tree = LexborHTMLParser(page.read_bytes().decode("utf-8", "replace"))
    assert read_visible_byline(tree) == []
    url = "https://www.radiomaryja.pl/informacje/sprzeciw-wobec-atakow-na-fundacje-lux-veritatis/"
    assert newsparse.parse(page.read_bytes(), url=url).authors == ()
