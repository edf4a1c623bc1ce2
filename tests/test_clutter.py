"""Clutter left in a story's text, class by class (`newsparse.content.chrome.clutter`).

Each class is tested on a real page where the corpus has one (`tests/data/clutter/`, sources in
its README) and on hand-made pages (the `_page` snippets here, written for these tests).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.content.boilerplate import is_boilerplate
from newsparse.content.chrome.clutter import is_decorative_image, is_notice, without_closing_footer
from newsparse.model import Article, Image, Paragraph, Quote

DATA = Path(__file__).parent / "data" / "clutter"
URL = "https://news.example/2024/05/story"

# Hand-made: four paragraphs of prose, enough for the scoring to choose their container.
_PROSE = [
    "The city council voted on Tuesday to approve the new budget after a long debate that "
    "lasted well into the evening and drew a crowd of residents to the chamber.",
    "Supporters said the plan would fund road repairs, new buses and a larger staff for the "
    "parks department, while critics warned that it relied on optimistic tax forecasts.",
    "The mayor, who had pushed for the budget since the spring, said she was pleased with the "
    "outcome and thanked council members for working through several late sessions.",
    "The budget takes effect in July, and the council will review its first results in the "
    "autumn, when the finance office publishes its quarterly report on spending.",
]


def _page(before: str = "", after: str = "", middle: str = "") -> str:
    """A hand-made article page: `before` the prose, `middle` after its second paragraph,
    `after` it, all inside the article's container."""
    paragraphs = [f"<p>{text}</p>" for text in _PROSE]
    paragraphs.insert(2, middle)
    return (
        "<html><head><title>Council approves budget</title></head><body>"
        "<h1>Council approves budget</h1><div class='story'>"
        f"{before}{''.join(paragraphs)}{after}</div></body></html>"
    )


def _parse(html: str | bytes, url: str = URL) -> Article:
    return newsparse.parse(html, url=url)


def _real(name: str, url: str) -> Article:
    return _parse((DATA / name).read_bytes(), url)


def _keeps_prose(article: Article) -> None:
    for text in _PROSE:
        assert text in article.text


# Notices and calls in a paragraph.


@pytest.mark.parametrize(
    "notice",
    [
        "Comments are moderated and will appear once approved by our editors.",
        "We welcome comments that advance the story. Please read our comment policy.",
        "Kommentare werden moderiert. Bitte beachten Sie unsere Netiquette.",
        "Read the full transcript of his interview",
        "Click here to read the council's budget documents.",
        "Hier geht es zur neuen Vorstandsstruktur",
        "Support our journalism: become a member today.",
        "Deshalb freuen wir uns über jede Spende!",
        "Soutenez-nous : faites un don.",
        "Subscribe to the News Example YouTube Channel",
        "Abonnez-vous à notre chaîne YouTube.",
    ],
)
def test_clutter_notice_paragraph_is_dropped(notice: str) -> None:
    """A paragraph that is a comment policy, a pointer elsewhere, an appeal or a call to
    subscribe to a channel leaves the body, wherever it stands; the prose stays."""
    article = _parse(_page(middle=f"<p>{notice}</p>", after=f"<p>{notice}</p>"))
    assert notice not in article.text
    _keeps_prose(article)


@pytest.mark.parametrize(
    "prose",
    [
        "Critics who read the full report said it was flawed in several places.",
        "The charity said it welcomes every donation, however small, until the end of May.",
        "Der Verein freut sich über jede Spende.",
        "\u201eWir freuen uns über jede Spende\u201c, sagte die Vorsitzende des Vereins.",
        "Niemand unterstützt uns, sagte der Landwirt nach der Sitzung.",
        "Die Polizei braucht Ihre Hilfe: Wer hat den Unfall am Montag gesehen?",
        "The comments were moderate in tone, and nobody raised the tax forecasts again.",
        "Millions subscribe to the channel, which the council uses to stream its sessions.",
    ],
)
def test_clutter_prose_with_the_same_words_stays(prose: str) -> None:
    """Prose that only shares words with a notice (a report read, a donation welcomed by a
    charity or quoted, a farmer nobody supports, a police appeal, moderate comments) is no
    notice."""
    assert not is_notice(prose)
    assert prose in _parse(_page(middle=f"<p>{prose}</p>")).text


def test_clutter_long_paragraph_is_no_notice() -> None:
    """A long paragraph holding an appeal's words is prose: only short ones are notices."""
    assert not is_notice("Support our journalism, he wrote. " + _PROSE[0] + _PROSE[1])


@given(st.text(max_size=400))
def test_clutter_is_notice_never_raises(text: str) -> None:
    """Any text is judged without error."""
    assert is_notice(text) in (True, False)


def test_clutter_donation_appeal_real_page_german() -> None:
    """siegessaeule.de (real page): the appeal for donations that closes the story, and the
    call to follow the magazine, leave the body; the interview stays."""
    article = _real(
        "siegessaeule.de-Machtinstrument.html",
        "https://www.siegessaeule.de/magazin/p%C3%A4dophilie-als-politisches-machtinstrument/",
    )
    text = article.text
    assert "braucht weiterhin Eure Hilfe" not in text
    assert "freuen wir uns über jede Spende" not in text
    assert "Folgt uns auf unserem neuen offiziellen Instagram-Account" not in text
    assert "Welches Fazit ziehst du aus deiner Arbeit?" in text


def test_clutter_donation_appeal_real_page_english() -> None:
    """wordsmith.org (real page): "Help us continue to spread the magic of words…" and the
    lone "Donate" button leave the body."""
    page = DATA.parent / "paragraphs" / "wordsmith.org.maudlin.html"  # shared with that test
    article = _parse(page.read_bytes(), "https://wordsmith.org/words/maudlin.html")
    assert "spread the magic of words" not in article.text
    assert not any(
        isinstance(block, Paragraph) and block.text == "Donate" for block in article.body
    )


def test_clutter_more_line_real_page() -> None:
    """androidcentral.com (real page): the closing "More: Huawei's next flagship to launch at
    MWC 2017" (a promo whose link is gone) leaves the body; the story's last line stays."""
    article = _real(
        "www.androidcentral.com.html",
        "http://www.androidcentral.com/motorola-launch-new-phone-mobile-world-congress",
    )
    assert "Huawei's next flagship" not in article.text
    assert "MWC 2017 is only a short time away!" in article.text


def test_clutter_more_line_needs_a_headline() -> None:
    """A label followed by a sentence is prose ("Also: the mayor said …."), and a label with
    a headline is a promo line."""
    assert is_notice("More: Council approves budget for 2025")
    assert is_notice("Read also: Mayor wins second term")
    assert not is_notice("Also: the mayor said she was pleased.")
    assert not is_notice("More than a thousand residents attended the meeting")


# A dateline as a paragraph.


@pytest.mark.parametrize(
    "line",
    [
        "posted on April 21, 2015, at 11:29 a.m.",
        "Updated on September 19 at 3:15 p.m.",
    ],
)
def test_clutter_posted_dateline_is_boilerplate(line: str) -> None:
    """A paragraph that is only a posted or updated date with its time (also "a.m.", "p.m.")
    is a dateline, not prose."""
    assert is_boilerplate(line)


def test_clutter_posted_dateline_real_page() -> None:
    """theatlantic.com (real page): "Updated on September 19 at 3:15 p.m." leaves the body."""
    article = _real(
        "www.theatlantic.com.html",
        "http://www.theatlantic.com/technology/archive/2016/09/"
        "why-new-yorkers-got-a-push-alert-about-a-manhunt/500591/",
    )
    assert "Updated on September 19" not in article.text
    assert "a.m." not in article.text.split("\n\n")[0]


# A blog platform's like button.


@pytest.mark.parametrize(
    "line",
    ["Like this:", "Like Loading...", "Gefällt mir Wird geladen …", "J\u2019aime chargement…"],
)
def test_clutter_like_button_is_boilerplate(line: str) -> None:
    """WordPress' "Like this: / Like Loading…" (and its translations) is chrome."""
    assert is_boilerplate(line)


def test_clutter_like_button_in_a_hand_made_page() -> None:
    """The like widget's heading and button left in the body (not named as chrome) go; a
    line that only begins like the button is text ("Like this one, …")."""
    widget = "<h3>Like this:</h3><div><span>Like</span> <span>Loading...</span></div>"
    kept = "<p>Like this one, the others were late.</p>"
    article = _parse(_page(middle=kept, after=widget))
    assert "Like this:" not in article.text
    assert "Loading" not in article.text
    assert "Like this one, the others were late." in article.text
    _keeps_prose(article)


# A teaser's label glued to its linked headline.


def test_clutter_labelled_teaser_is_dropped() -> None:
    """Hand-made: a paragraph holding a label element and a linked headline of another story
    of the site ("UpdatedPolice Identify Man…") is a teaser, not prose; a labelled link to
    another site is the story's own text."""
    teaser = (
        '<p><span class="label">Updated</span><a href="/2024/05/police-identify-man">'
        "Police Identify Man, Woman Found Dead in Plano Apartment</a></p>"
    )
    kept = (
        '<p><b>Source</b><a href="https://other.example/report">Council budget report for the '
        "year 2025</a></p>"
    )
    article = _parse(_page(middle=teaser, after=kept))
    assert "Police Identify" not in article.text
    assert "Council budget report for the year 2025" in article.text
    _keeps_prose(article)


# A person card spliced into a sentence.

_CARD = (
    '<p>South Dakota Gov. <span class="person"><a href="/people/kristi-noem">Kristi Noem</a>'
    '<span class="person-card"><span class="title">Kristi Lynn Noem</span>'
    '<a href="/2024/05/noem-doubles-down">South Dakota governor doubles down on her plan</a>'
    '<a href="/people/kristi-noem">MORE</a></span></span> (R) is defending the budget of the '
    "state against the critics who said it relied on optimistic tax forecasts.</p>"
)


def test_clutter_person_card_is_dropped_and_name_kept() -> None:
    """Hand-made, after The Hill's hover cards: the card (full name, a story link, "MORE")
    leaves the sentence; the name stays, once."""
    article = _parse(_page(middle=_CARD, after=_MORE_AT_THE_END))
    assert "South Dakota Gov. Kristi Noem (R) is defending the budget of the state" in article.text
    assert "Kristi Lynn Noem" not in article.text
    assert "MORE" not in article.text
    # a "More" link after no name, or closing an element that follows a space, stays
    assert "every department. More" in article.text
    assert "The report lists every department and its spending for the year More" in article.text


_MORE_AT_THE_END = (
    "<p>The finance office will publish the figures in the autumn, with a summary of "
    'every department. <a href="/2024/05/figures">More</a></p><p>The report <em>lists every '
    'department and its spending for the year <a href="/2024/05/report">More</a></em></p>'
)


# A decorative image.


@pytest.mark.parametrize(
    ("attributes", "src"),
    [
        ({}, "https://news.example/img/divider-2.png"),
        ({"class": "wp-separator"}, "https://news.example/img/x.png"),
        ({}, "https://news.example/spacer.gif"),
        ({"height": "4"}, "https://news.example/img/line.png"),
        ({"width": "8px", "alt": ""}, "https://news.example/img/dot.png"),
    ],
)
def test_clutter_decorative_image(attributes: dict[str, str | None], src: str) -> None:
    """An image without alternative text named as a divider, separator or spacer, or declared
    a few pixels high or wide, decorates the page."""
    assert is_decorative_image(attributes, src)


@pytest.mark.parametrize(
    ("attributes", "src"),
    [
        ({"alt": "A divider between the lanes"}, "https://news.example/img/divider.jpg"),
        ({}, "https://news.example/img/dividend-chart.png"),
        ({"width": "640", "height": "360"}, "https://news.example/img/council.jpg"),
    ],
)
def test_clutter_image_that_shows_something(attributes: dict[str, str | None], src: str) -> None:
    """An image with alternative text, a name merely starting like "divider", or a real size
    shows something."""
    assert not is_decorative_image(attributes, src)


def test_clutter_divider_image_leaves_the_body() -> None:
    """Hand-made: a divider image between paragraphs is not an image of the body; a photo is."""
    images = (
        '<img src="/img/divider-2.png"><figure><img src="/img/council.jpg" alt="The council">'
        "<figcaption>The council in session.</figcaption></figure>"
    )
    article = _parse(_page(middle=images))
    urls = [block.url for block in article.body if isinstance(block, Image)]
    assert urls == ["https://news.example/img/council.jpg"]


# The site's footer after the last paragraph.


@pytest.mark.parametrize(
    "footer",
    [
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "News Example GmbH, Musterstraße 12, 10115 Berlin",
        "© 2024 News Example Media. Reproduction without permission is prohibited, in print"
        " or online, unless the publisher has agreed to it in writing beforehand.",
    ],
)
def test_clutter_closing_footer_is_dropped(footer: str) -> None:
    """Hand-made: the site's postal address or (long) copyright notice after the last
    paragraph leaves the body."""
    article = _parse(_page(after=f"<p>{footer}</p>"))
    assert footer not in article.text
    _keeps_prose(article)


def test_clutter_address_inside_the_story_stays() -> None:
    """An address in the middle of the story is its text; only the closing blocks are a
    footer."""
    address = Paragraph("The office is at 12 Main Street, Springfield, IL 62701")
    blocks = [Paragraph(_PROSE[0]), address, *(Paragraph(text) for text in _PROSE[1:])]
    assert without_closing_footer(blocks) == blocks
    assert without_closing_footer([*blocks, address]) == blocks


# A fact-check's claim and rating.


def test_clutter_claim_review_opens_the_body_real_page() -> None:
    """AFP Faktencheck (real page): the claim and rating of its `ClaimReview`, which the
    visible text does not hold, open the body as a quote."""
    article = _real(
        "de-AFPFaktencheck_2026_05_24.html", "https://faktencheck.afp.com/doc.afp.com.B2LA2G3"
    )
    assert article.body[0] == Quote(
        "Claim: Der Hantavirus-Ausbruch ist eine von Globalisten geplante Pandemie.\nRating: Falsch"
    )
    assert isinstance(article.body[1], Paragraph)


_CLAIM_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "ClaimReview", "claimReviewed": "{claim}", '
    '"reviewRating": {"@type": "Rating", "alternateName": "False"}}</script>'
)


def test_clutter_claim_review_hand_made() -> None:
    """Hand-made: a claim the body does not hold opens it, with its rating; a claim that the
    body already holds is not repeated."""
    head = _CLAIM_LD.replace("{claim}", "The council abolished all parks")
    article = _parse(_page().replace("</head>", f"{head}</head>"))
    assert article.body[0] == Quote("Claim: The council abolished all parks\nRating: False")
    _keeps_prose(article)
    shown = _CLAIM_LD.replace("{claim}", "The budget takes effect in July")
    article = _parse(_page().replace("</head>", f"{shown}</head>"))
    assert not any(isinstance(block, Quote) for block in article.body)


def test_clutter_nested_person_cards_are_removed_once() -> None:
    """Hand-made: a card inside another card (each closed by its "MORE") is removed with the
    outer one, without touching the freed inner one."""
    nested = (
        '<p>Gov. <a href="/people/a">Ann Bee</a><span class="card"><a href="/2024/05/x">Ann '
        'Bee signs the budget bill into law</a><a href="/people/a">MORE</a> and <a href="/people/'
        'c">Cy Dee</a><span class="card"><a href="/2024/05/y">Cy Dee wins the seat in the '
        'election</a><a href="/people/c">MORE</a></span></span> spoke on Monday about the '
        "state budget and its effect on the counties of the state.</p>"
    )
    article = _parse(_page(middle=nested))
    assert "Gov. Ann Bee spoke on Monday about the state budget" in article.text
    assert "MORE" not in article.text
