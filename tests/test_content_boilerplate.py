"""Chrome lines (`is_boilerplate`) and lone bylines (`is_byline`)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.content import boilerplate
from newsparse.content.boilerplate import is_boilerplate, is_byline, is_media_title
from newsparse.lexicon.build import alternation
from newsparse.lexicon.dates import DATE_WORDS


@pytest.mark.parametrize(
    "line",
    [
        "Share this articleComments",
        "Share this articleClose Button",
        "Copy/paste the article video embed link below:Copy to clipboardCopied",
        "Teile diesen Beitrag!",
        "Partager cet article",
        "Now playing",
        "Next",
        "Send",
        "VK",
    ],
)
def test_chrome_labels(line: str) -> None:
    """Share bars, player and carousel labels, glued or not, are chrome."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Next year will be hard.",
        "Send in the troops, he said.",
        "Teile diesen Beitrag mit Freunden, bat sie.",
    ],
)
def test_sentences_with_chrome_words_are_prose(line: str) -> None:
    """A sentence that starts with a chrome word is not chrome."""
    assert not is_boilerplate(line)


def test_byline_alone_on_a_line() -> None:
    """ "By Jane Doe with Reuters" is a byline; a sentence with "by" is not."""
    assert is_byline("By Alasdair Sandford with Reuters")
    assert is_byline("Von Anna Beispiel und Jonas Muster, dpa")
    assert not is_byline("By the end of the year, prices had doubled.")


@pytest.mark.parametrize("line", ["Bookmark", "Save for later", "Gift this article", "Merken"])
def test_bookmark_and_save_labels_are_chrome(line: str) -> None:
    """Bookmark/save/gift tool labels alone on a line are chrome."""
    assert is_boilerplate(line)


def test_sentence_about_saving_is_prose() -> None:
    """A sentence that starts with such a word is not chrome."""
    assert not is_boilerplate("Save the children, the charity urged the government on Monday.")


@pytest.mark.parametrize("line", ["Crédits photos : Bestimage", "Credit images: Jane Doe"])
def test_credit_line_naming_photos(line: str) -> None:
    """A credit line saying what it credits ("Crédits photos :") is chrome."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "ツイート",
        "ポスト",
        "メールで送る",
        "はてなブックマーク",
        "LINE",
        "分享让更多人看到",
        "【纠错】",
        "공유하기",
    ],
)
def test_share_labels_in_japanese_chinese_and_korean_are_chrome(line: str) -> None:
    """Share and print buttons of Japanese, Chinese and Korean pages, alone on a line."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved.",
        "<저작권자ⓒ대전일보사. 무단전재-재배포 금지>",
        "無断転載禁止",
        "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
        "Tous droits réservés.",
        "Tutti i diritti riservati",
    ],
)
def test_rights_notices_are_chrome(line: str) -> None:
    """A short line holding a rights notice is the page's footer."""
    assert is_boilerplate(line)


def test_reprint_credit_longer_than_a_footer_is_prose() -> None:
    """A book excerpt's long reprint credit ending in "All rights reserved." is kept."""
    credit = (
        "From the book The Great Democracy by Ganesh Sitaraman. Copyright © 2019 by Ganesh "
        "Sitaraman. Reprinted by permission of Basic Books, New York, NY. All rights reserved."
    )
    assert not is_boilerplate(credit)


@pytest.mark.parametrize("line", ["(END)", "(끝)"])
def test_agency_end_marks_are_chrome(line: str) -> None:
    """A news agency's end mark closing the story is not text."""
    assert is_boilerplate(line)
    assert not is_boilerplate("In the end (END) they won the game and went home.")


@pytest.mark.parametrize(
    "line",
    [
        "Escucha esta nota aquí",
        "Artikel anhören",
        "Vorheriges Weiter",
        "zurück zur vorherigen Seite",
        "Précédent Suivant",
        "Imprimer Imprimer cette page",
        "Permalien https://p.dw.com/p/RPYx",
        "Zum Weiterlesen:",
        "Tags: python, docker, getting started",
        "Schlagwörter: Klima, Energie",
        "Datum 23.05.2011",
        "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)",
        "15 августа 2016, 13:43",
        "Updated 10:15 GMT+1",
        "Data: 28-04-2021, 09:29",
        "Image illustrative : Lots of Lego Minifigures by Ninja Brick",
        "Roman Prymula, photo: Archives du Gouvernement tchèque",
        "aja/PAP",
        "Audio starten, abbrechen mit Escape",
        "WDR Studios NRW. 22.04.2024. 00:21 Min.. Verfügbar bis 22.04.2026. WDR Online.",
        "Weitere Informationen Ende der weiteren Informationen",
        "==========",
        "*************************",
        "\u00d7",
        "Article content",
        "Keep Reading",
        "Werbung überspringen",
        "India fires missiles into Pakistani-controlled territory Back to video",
        "À découvrir",
        "Von",
        "Do 25.04.24 | 14:07 Uhr | Von",
        "02/02/2025 KL. 09:00",
        "Publicerad 22:31",
        "20 Nisan 2026\u2022G\u00fcncelleme: 20 Nisan 2026",
    ],
)
def test_more_chrome_lines(line: str) -> None:
    """Listen buttons, pagers, permalinks, tag lists, date lines, illustration credits and
    initials with an agency, in several languages."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Weiter geht es mit der Debatte im Bundestag.",
        "Tags: the government said on Monday that it would act.",
        "Siguiente paso: la reforma.",
        "Mr Smith, the photographer: he said no.",
        "+81 158-23-2012",
        "}",
        "...",
        "***",
        "* * *",
        "\u25c7",
        "*Note: prices include tax.",
        "By the way, he said.",
        "Von hier aus sind es 2 Stunden.",
        "So 12 Leute kamen zur Sitzung.",
        "March 3 marked 20 years since the war.",
    ],
)
def test_sentences_opening_like_those_lines_are_prose(line: str) -> None:
    """A sentence that only opens like such a line is prose; code and section breaks stay."""
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "By TPN, in News, Portugal, Business, Property, Tourism · 31 Jan 2025, 20:02 · 0 Comments",
        "By Jane Doe | March 3, 2024 | 5 Comments",
        "Von Max Muster • 12.05.2024 • Teilen",
    ],
)
def test_meta_line_of_byline_date_and_counter_is_chrome(line: str) -> None:
    """A line of chrome items of different kinds between separators (a byline, a date, a
    comment counter or a share button) is chrome as a whole."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Paris | The city council met on Tuesday",
        "By Jane Doe | The council voted 5-4 to approve the plan.",
        "Jan 2025 · Prices rose by 3 percent",
    ],
)
def test_line_with_separators_and_prose_is_prose(line: str) -> None:
    """One item of prose between the separators keeps the line."""
    assert not is_boilerplate(line)


def test_media_titles() -> None:
    """The title of a player left in the text is a media title; prose opening with the same
    word is not, and a media title is no chrome line in general (in a related list it is the
    title of a video story)."""
    for line in (
        "WATCH | Palestinians react to Sinwar being named Hamas political leader:",
        "Gallery: Coronavirus outbreak around the world (Photo Services)",
        "Watch: Kiev overrun by protesting crowds.",
        "En vidéo, 4 aliments à privilégier pour mieux dormir",
    ):
        assert is_media_title(line), line
        assert not is_boilerplate(line), line
    assert not is_media_title("Watchdogs said the video was fake: it had been edited.")
    assert not is_media_title("Envie de voyager, elle a tout quitté pour l'Asie.")


def test_suggested_citation_is_chrome_whatever_its_length() -> None:
    """How to cite the page is no part of it, however long the citation; prose that only talks
    about citations is prose."""
    citation = (
        "SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09, "
        "https://verfassungsblog.de/expertinnen-in-der-krise/."
    )
    assert len(citation) > 120
    assert is_boilerplate(citation)
    assert is_boilerplate("Zitiervorschlag")
    assert is_boilerplate("Infos zum Zitiervorschlag")
    prose = (
        "Suggested citation practices differ widely between the fields of law and history, "
        "and the debate about them is long and not settled."
    )
    assert not is_boilerplate(prose)


@pytest.mark.parametrize(
    "line",
    [
        "新規登録",
        "ログインする",
        "会員登録する",
        "記事に関する報告",
        "カテゴリーをフォローする",
        "記者をフォロー",
        "記事に『リアクション』ができます。ご利用には会員登録が必要です。",
        "有料会員になると会員限定の有料記事もお読みいただけます。",
    ],
)
def test_sign_up_prompts_in_japanese_are_chrome(line: str) -> None:
    """The sign-up and log-in buttons of Japanese news pages, and the short lines that ask the
    reader to register for a feature, are chrome."""
    assert is_boilerplate(line)


def test_japanese_sentence_about_registration_is_prose() -> None:
    """A sentence that reports on a registration is prose."""
    assert not is_boilerplate("市は新規登録の受け付けを1月20日に始めると発表した。")


@pytest.mark.parametrize(
    "line",
    [
        "of",
        "SEE ALL",
        "BACK TO SLIDE",
        "Suggest a correction",
        "Getty",
        "What do you think? Scroll down to comment below.",
        "Merken.",
    ],
)
def test_slideshow_correction_and_comment_prompts_are_chrome(line: str) -> None:
    """A slideshow's controls, a correction link, a lone agency credit and a prompt to comment,
    also ending with a full stop or a question mark, are chrome."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["What do you think of the plan?", "See all the photos from the parade in our gallery."],
)
def test_questions_and_sentences_with_those_words_are_prose(line: str) -> None:
    """A question or a sentence that opens with those words is prose."""
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "17:41 JST, October 13, 2024",
        "11/28/2016 11:00 AM PT",
        "Written by: Julie Mollins",
        "Posted by Alex Durán, AMP Project Marketing, Google",
        "Text von Christian Seiler Illustration von Markus Roost",
        "Courtesy G4",
        "Photo courtesy of NASA",
        "COURTESY OF THE WHITE HOUSE",
        "Podcast: Play in new window | Download",
        "Right Click Here To Download",
    ],
)
def test_date_lines_with_zones_bylines_with_verbs_courtesy_credits_and_players(line: str) -> None:
    """A date with an Asian or American zone, a byline opening with "Written by"/"Posted
    by"/"Text von", a credit by courtesy and a podcast player's links are chrome."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Courtesy is a virtue, she said.",
        "Posted by the editors on Monday.",
        "Download the app to read more of our reporting today and tomorrow in full.",
    ],
)
def test_sentences_opening_with_courtesy_posted_or_download_are_prose(line: str) -> None:
    """A sentence opening with those words is prose."""
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our website is the place for the latest breaking news, exclusive scoops, longreads and "
        "provocative commentary. Please bookmark nationalpost.com and sign up for our daily "
        "newsletter, Posted, here.",
        "Follow Metro.co.uk on Twitter and Facebook for the latest news updates.",
        "Then sign up for our email newsletter to get the latest updates.",
        "Make sure to bookmark our homepage so we can keep you informed.",
        "Do you want to be informed of DiEM25's actions? Sign up here",
        "If you enjoyed reading this post \u2013 would you consider supporting our work? Just "
        "click here. Thanks!",
        "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
        "Wesprzyj nas darowizną lub przekaż nam 1% podatku.",
        "Síguenos en Facebook: La Prensa Oficial y en Twitter: @laprensaoem",
        "Folgen Sie uns auf Instagram und Facebook.",
        "Subscribe to the HuffPost Money newsletter!",
        "Got a story? Get in touch with our news team by emailing us at news@example.co.uk.",
        "For more stories like this, check our news page.",
        "Reporting by Gopal Sharma, additional reporting by Lisa Barrington, writing by Shilpa "
        "Jamkhandikar, Editing by Alex Richardson",
        "Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół.",
        "Want more updates from Sam? Sign up for his newsletter, Spam Stein.",
        "Ihnen hat der Artikel gefallen? Dann abonnieren Sie unseren Newsletter!",
    ],
)
def test_calls_to_follow_the_site_are_chrome(line: str) -> None:
    """A paragraph calling the reader to bookmark, follow or support the site, or to sign up
    for its newsletter, is chrome."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Zach Hanlon is a marketing expert. Follow him on Twitter at @zshanlon.",
        "Users can sign up for the beta on the company's website from Monday.",
        "Readers who subscribe to the print edition pay more than they did last year.",
        "The reporting by the BBC was praised, and the editing by the team was careful too.",
        "The council asked residents to sign up for flood alerts from the agency.",
        "The charity said donors support our understanding of the disease.",
        "Die Wähler folgen Sie uns nicht, sagte der Kandidat am Montag in Berlin.",
        "Sign up for our newsletter, the email said; within a week 40,000 readers had. " * 5,
    ],
)
def test_author_notes_and_prose_about_signing_up_are_not_chrome(line: str) -> None:
    """An author's note ("follow him on Twitter"), prose about signing up for something else,
    and a long paragraph are not calls to action."""
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Learn more",
        "View on map",
        "[+] Enlarge",
        "Enlarge this image",
        "This is a breaking news story - more to follow",
        "This is a developing story.",
        "ampliar foto",
        "Devenez fan sur",
        "Story continues below advertisement",
        "CONTINUA DEPOIS DA PUBLICIDADE",
        "Poniżej dalsza część artykułu",
        "Image Source: Nicole Cohen",
        "Click To Tweet",
        "Source link",
        "See Gallery",
        "Discover More Like This",
        "Twitter: @howardblume",
        "Tags: feng.com, Apple Pencil Guide",
        "阅读下一篇\uff1a",
        "【责任编辑\uff1a严玉洁】",
        "(责编\uff1a牛镛、岳弘彬)",
        "\uff08编辑\uff1a严玉洁 王辉\uff09",
        "«",
        "» \u203a",
    ],
)
def test_buttons_editor_credits_and_arrows_are_chrome(line: str) -> None:
    """A "Learn more" or map button, "read next" (Chinese), the editor's credit of a Chinese
    news page and the arrows to the previous and next post are chrome."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "编辑部认为\uff0c这项政策将在明年全面实施。",
        "Learn more about the plan at the town hall on Monday.",
        "Tags: Python. Then we went home to write the rest of the code",
        "2 + 2 = 4",
    ],
)
def test_sentences_with_editor_or_learn_more_are_prose(line: str) -> None:
    """A sentence about the editors, one that starts "Learn more" or "Tags:", and a sum are
    prose."""
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Auteur : Kossivi Tiassou",
        "Autor: www.portalspozywczy.pl",
        "Blog Beitrag von Margarita Koreneva",
        "von Georg C. F. Greve",
        "Seite 1 von 2",
        "114 views",
        "Je m'abonne",
        "좋아요 0",
        "lexoni më shumë...",
        "1.2k shares",
        "Реклама:",
        "Page 2 of 5",
    ],
)
def test_labelled_bylines_and_page_counters_are_chrome(line: str) -> None:
    """A byline labelled "Author:" (in several languages) or "Beitrag von", with initials or a
    domain as the name, a page counter ("Seite 1 von 2"), view and share counters and a Russian
    ad label are chrome."""
    assert is_boilerplate(line)


def test_sentence_opening_with_von_and_a_full_stop_inside_is_prose() -> None:
    """A full stop inside a "Von …" line that is not an initial ends a sentence: prose."""
    assert not is_byline("Von 2010 bis 2015 war er Chef. Danach ging er nach Berlin")


_PLAIN_CHROME_LINE = re.compile(
    rf"(?<!{boilerplate._SEPARATORS[:-1]}){boilerplate._SEPARATORS}"
    rf"(?:(?:{boilerplate._PHRASES}){boilerplate._SEPARATORS})+",
    re.IGNORECASE,
)
_WORDS = (
    "share",
    "this",
    "article",
    "comments",
    "weiter",
    "weitere",
    "informationen",
    "12",
    "of",
    "by",
    "read",
    "more",
    "werbung",
    "überspringen",
    "q",
    "print",
    "page",
    "x",
)


@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
    st.sampled_from(["", " ", " | ", ": ", "/"]),
)
def test_grouped_phrases_match_the_same_lines_as_the_plain_alternation(
    words: list[str], separator: str
) -> None:
    """The chrome-line pattern, its phrases grouped by first letter, accepts exactly the lines
    that the plain alternation of the phrases accepts."""
    line = separator.join(words)
    assert bool(boilerplate._CHROME_LINE.fullmatch(line)) == bool(
        _PLAIN_CHROME_LINE.fullmatch(line)
    )


_PLAIN_DATE_LINE = re.compile(
    rf"(?:(?:gmt|utc)\s?[+-]\d{{1,2}}(?::?\d{{2}})?"
    rf"|(?:{boilerplate._MONTHS}|{alternation(DATE_WORDS)})\.?(?![^\W\d_])"
    r"|\d+(?!\d)(?:st|nd|rd|th)?|[\s,./:|\-\u2013\u2014()\u060c\u2022])+",
    re.IGNORECASE,
)
_DATE_PARTS = (
    "updated",
    "on",
    "mon",
    "12",
    "jan",
    "2024",
    "at",
    "utc",
    "pm",
    "est",
    "uhr",
    "am",
    "publié le",
    "x",
    "march",
    "stand",
)


@given(
    st.lists(st.sampled_from(_DATE_PARTS), min_size=1, max_size=6),
    st.sampled_from([" ", ", ", "/"]),
)
def test_grouped_date_words_match_the_same_lines_as_the_plain_alternation(
    parts: list[str], separator: str
) -> None:
    """The date-line pattern, its words grouped by first letter, accepts exactly the lines
    that the plain alternation of the words accepts."""
    line = separator.join(parts)
    assert bool(boilerplate._DATE_LINE.fullmatch(line)) == bool(_PLAIN_DATE_LINE.fullmatch(line))


@pytest.mark.parametrize(
    "line",
    ["Text: Max Muster", "Autore: Mario Rossi", "Reporter: Jane Doe", "przez Jana Kowalskiego"],
)
def test_every_byline_label_of_the_lexicon_makes_a_byline_line(line: str) -> None:
    """The byline line knows the labels that byline parsing strips ("Text:", "przez")."""
    assert is_byline(line)


def test_italian_di_makes_a_byline_in_lowercase_only() -> None:
    """ "di Mario Rossi" is a byline; "Di Maio attacca Salvini" is a line about Di Maio."""
    assert is_byline("di Mario Rossi")
    assert not is_byline("Di Maio attacca Salvini")


@pytest.mark.parametrize("line", ["Lire également", "A lire aussi", "Lea también", "Read  more"])
def test_read_also_labels_of_a_related_section_are_chrome_alone(line: str) -> None:
    """The chrome line knows the "read also" labels as the related headings spell them."""
    assert is_boilerplate(line)
