"""`parse_text` repairs text from other extractors (fixtures and origins: tests/data/text)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Paragraph, RelatedLink, Tweet, parse_text
from newsparse.errors import EmptyDocumentError
from tests.strategies import plain_paragraphs, plain_titles, residue_texts

DATA = Path(__file__).parent / "data" / "text"
RESIDUE = re.compile(r"<a|</|<br|&[#\w]+;")
CHROME = ("Share this article", "Comments", "Close Button", "Copy to clipboard", "Copied", "embed")


def parsed(name: str, url: str | None = None) -> Article:
    """`parse_text` of fixture `name`."""
    return parse_text((DATA / name).read_text(encoding="utf-8"), url)


def tweets(article: Article) -> list[Tweet]:
    """The tweets of `article`."""
    return [post for post in article.embeds if isinstance(post, Tweet)]


# The seed: real extractor output of a 2016 Euronews page -----------------------------------------

SEED = "euronews-2016-seed.txt"


def test_seed_title_once() -> None:
    """The title is the first line, and the repeated title line is not in the body."""
    article = parsed(SEED)
    assert article.title == "Moscow to West: are you fighting terrorists or Russia?"
    assert article.title not in article.text


def test_seed_author_without_agency() -> None:
    """ "By Alasdair Sandford with Reuters" gives the name only."""
    assert parsed(SEED).authors == ("Alasdair Sandford",)


def test_seed_body_from_lead_to_last_paragraph() -> None:
    """The body runs from the lead to "… over the same period." and is prose only."""
    text = parsed(SEED).text
    assert text.startswith("Russia's defence minister has said the West's failure")
    assert text.endswith("including two children over the same period.")
    assert len(text.split("\n\n")) == 15  # the lead and fourteen paragraphs


def test_seed_body_has_no_chrome() -> None:
    """No share, comment, copy or video-embed line is left."""
    text = parsed(SEED).text
    for label in CHROME:
        assert label not in text


def test_seed_body_has_no_markup() -> None:
    """No tag or entity residue in the text."""
    text = parsed(SEED).text
    for residue in ("<a", "</a>", "<br>", "</p>", "&mdash;", "UN Geneva"):
        assert residue not in text


def test_seed_tweet() -> None:
    """The half-stripped embed becomes one Tweet with author, handle, date, text and hashtags."""
    (tweet,) = tweets(parsed(SEED))
    assert tweet.author_name == "UN Geneva"
    assert tweet.handle == "UNGeneva"
    assert tweet.published == datetime(2016, 11, 1)
    assert tweet.text.startswith("Summary of UNGeneva press briefing")
    assert "#Aleppo, #Mosul, Cyprus talks in Switzerland" in tweet.text
    assert tweet.hashtags == ("Aleppo", "Mosul")


def test_seed_tweet_is_a_body_block_at_its_place() -> None:
    """The tweet sits in the body after the last paragraph."""
    article = parsed(SEED)
    assert isinstance(article.body[-1], Tweet)
    assert article.body[-1] is article.embeds[0]


def test_seed_related_titles() -> None:
    """The three headlines after "You might also like" are related titles without URLs."""
    assert parsed(SEED).related == (
        RelatedLink(
            "Putin appoints new defence minister as Shoigu takes over National Security Council"
        ),
        RelatedLink("Putin reappoints technocrat prime minister as fifth term kicks off"),
        RelatedLink("WATCH: Russia celebrates 79th anniversary of victory over Nazi Germany"),
    )


def test_seed_parser_name_and_url() -> None:
    """The article says it came from text and keeps the given URL."""
    article = parsed(SEED, "https://www.euronews.com/2016/11/01/moscow-to-west")
    assert article.parser == "text"
    assert article.url == "https://www.euronews.com/2016/11/01/moscow-to-west"


# Real-derived fixtures --------------------------------------------------------------------------


def test_euronews_2024_chrome_and_related() -> None:
    """Euronews EN 2024: share bar and date gone, the list after "You might also like" lifted."""
    article = parsed("euronews-en-2024-sweden.txt")
    assert (
        article.title
        == "Swedish police to investigate reports of information leaks to violent gangs"
    )
    assert article.text.startswith("Sweden has struggled with a surge in violence")
    assert article.text.endswith("with bombings and shootings recorded weekly.")
    for label in ("Share this article", "Comments", "Flipboard", "Published on", "ADVERTISEMENT"):
        assert label not in article.text
    titles = [link.title for link in article.related]
    assert titles[:3] == [
        "Sweden PM asks military to help tackle violent gangs",
        "3 killed in shootings and explosion as gangs battle in Sweden",
        "Sweden's parliament makes it easier for young people to change gender",
    ]
    assert "Sex scandal" not in titles  # a tag, not a story
    assert "Agencies" not in article.authors


def test_euronews_2024_wrapped_link_text_joined() -> None:
    """A sentence broken at an inline link ("In a\\nreport\\npublished") is one line again."""
    assert "In a report published over the weekend" in parsed("euronews-en-2024-sweden.txt").text


def test_basicthinking_rendered_tweets() -> None:
    """Twelve rendered tweets with "— Name (@handle)" and a German date below become Tweets."""
    article = parsed("basicthinking-2018-tweets.txt")
    found = tweets(article)
    assert len(found) == 12
    anja = next(tweet for tweet in found if tweet.handle == "AnjaAmaranth")
    assert anja.author_name == "Anja"
    assert anja.published == datetime(2018, 9, 10)
    assert anja.text == "Meine Mutter ist jederzeit auf die Apokalypse vorbereitet."
    habeck = next(tweet for tweet in found if tweet.handle == "RobertHabeck")
    assert habeck.links == ("https://t.co/WyXDMUqEGa",)
    assert habeck.published == datetime(2018, 6, 2)


def test_basicthinking_text_has_no_tweet_residue() -> None:
    """No footer, picture link or tweet text is left in the prose."""
    text = parsed("basicthinking-2018-tweets.txt").text
    assert "pic.twitter.com" not in text
    assert not re.search(r"\(@\w+\)", text)
    assert "Meine Mutter ist jederzeit" not in text
    assert "Peter Wittkamp hat sich durch seine Pointen-Treffsicherheit" in text


def test_basicthinking_related_and_share_label() -> None:
    """The "Auch interessant:" list is lifted and "Teile diesen Beitrag!" dropped."""
    article = parsed("basicthinking-2018-tweets.txt")
    titles = [link.title for link in article.related]
    assert titles[:4] == [
        "14 Tipps, wie du mehr Twitter-Follower bekommst",
        "Das sind die neun erfolgreichsten Tweets des Jahres",
        "Gewusst wie: So wird dein Twitter-Feed wieder chronologisch",
        "13 Tipps für ein erfolgreicheres LinkedIn-Profil",
    ]
    assert "Auch interessant" not in article.text
    assert "Teile diesen Beitrag" not in article.text
    assert "Wir tun jeden Tag, was wir lieben." in article.text  # prose after the list stays


def test_frankfurter_rundschau_pasted_embeds() -> None:
    """Pasted embed code left as markup gives Tweets with status ids from the footer links."""
    article = parsed("frankfurter-rundschau-2020-tweets.txt")
    trump, starbuck = tweets(article)
    assert trump.status_id == "1256696015702425601"
    assert trump.url == "https://twitter.com/realDonaldTrump/status/1256696015702425601"
    assert trump.author_name == "Donald J. Trump"
    assert trump.published == datetime(2020, 5, 2)
    assert trump.text == "I, for one, am glad to see he is back, and well! https://t.co/mIWVeRMnOJ"
    assert starbuck.handle == "robbystarbuck"
    assert starbuck.text.startswith('CNN: "Kim Jong Un is gravely ill"\nNBC:')
    assert not RESIDUE.search(article.text)
    assert "Die beiden Staatsoberhäupter aus den USA und Nordkorea" in article.text


# Hand-written fixtures --------------------------------------------------------------------------


def test_handwritten_german_related_list_and_promo() -> None:
    """ "Mehr zum Thema:" items (one with a URL) and a "LESEN SIE AUCH:" line become related."""
    article = parsed("handwritten-mehr-zum-thema.txt")
    assert article.related == (
        RelatedLink("Wie sicher sind die Radwege in der Innenstadt?"),
        RelatedLink(
            "Radverkehr: Diese Straßen werden bis 2026 umgebaut",
            "https://www.example.de/verkehr/radwege-2026.html",
        ),
        RelatedLink("Umfrage: Mehrheit wünscht sich mehr Tempo-30-Zonen"),
        RelatedLink("Kommentar: Der Ring braucht mehr als nur Farbe"),
    )
    assert article.text.endswith("stimmte am Ende aber zu.")


def test_handwritten_german_byline_and_chrome() -> None:
    """ "Von A und B, dpa" gives two names; "Teilen", "Drucken", "Anzeige" are dropped."""
    article = parsed("handwritten-mehr-zum-thema.txt")
    assert article.authors == ("Anna Beispiel", "Jonas Muster")
    for label in ("Teilen", "Drucken", "Anzeige", "dpa"):
        assert label not in article.text


def test_handwritten_tweet_footer_with_picture_link() -> None:
    """A "— Name (@handle) May 1, 2020" footer under a tweet with a pic.twitter.com link."""
    article = parsed("handwritten-tweet-footer.txt")
    first = tweets(article)[0]
    assert first.author_name == "Region Emergency"
    assert first.handle == "RegionEmergency"
    assert first.published == datetime(2020, 5, 1)
    assert first.text.endswith("#StormAlert @CountyRoads")
    assert first.mentions == ("CountyRoads",)
    assert "pic.twitter.com" not in article.text
    assert "Stay off the roads" not in article.text


def test_handwritten_tweet_of_two_paragraphs_is_one_post() -> None:
    """A tweet of two paragraphs, split apart by a blank line, is one `Tweet` holding both; the
    prose around it stays, without its markup."""
    article = parsed("handwritten-tweet-two-paragraphs.txt")
    (post,) = tweets(article)
    assert post.handle == "ElectoralCommUK"
    assert post.text.startswith("Polls are open until 10pm tonight.")
    assert post.text.endswith("Find out more at https://t.co/abc")
    assert "Polls are open" not in article.text
    assert "<blockquote" not in article.text
    assert article.text.endswith("from the early hours of Friday morning.")


def test_handwritten_bare_status_url() -> None:
    """A status URL alone on a line is an embed whose script never ran: a Tweet with its id."""
    second = tweets(parsed("handwritten-tweet-footer.txt"))[1]
    assert second.status_id == "1256000000000000001"
    assert second.handle == "RegionWeather"


def test_handwritten_read_more_list_excludes_own_url() -> None:
    """Related links keep their URL and never point to the article itself."""
    url = "https://news.example.org/2020/floods-explained"
    article = parsed("handwritten-tweet-footer.txt", url)
    assert [link.title for link in article.related] == ["How to prepare your home for a storm"]


# Errors and edge cases --------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 3, 1.5, ["text"], {"text": "x"}])
def test_non_str_is_a_type_error(value: object) -> None:
    """Anything but str or bytes raises TypeError naming the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        parse_text(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["", "   ", "\n\n\t\n"])
def test_empty_text_is_an_empty_document(value: str) -> None:
    """Empty or whitespace-only text raises EmptyDocumentError with its size."""
    with pytest.raises(EmptyDocumentError) as raised:
        parse_text(value)
    assert raised.value.size == len(value)


def test_exported() -> None:
    """`parse_text` is part of the public API."""
    assert newsparse.parse_text is parse_text


def test_line_breaks_between_sentences_are_kept() -> None:
    """Inside a paragraph a break after a full sentence is kept; a wrap is joined."""
    article = parse_text("A title\n\nThe council met\nin the town hall.\nThe mayor spoke.")
    assert article.body == (Paragraph("The council met in the town hall.\nThe mayor spoke."),)


# trafilatura's usual output: one paragraph per line, no blank line, no title ------------------

TRAFILATURA = "trafilatura-euronews-en-2024-sweden.txt"


def test_extractor_output_without_blank_lines_is_a_paragraph_per_line() -> None:
    """trafilatura's `extract()` of a page: each of its 13 lines is a paragraph, none a title."""
    lines = (DATA / TRAFILATURA).read_text(encoding="utf-8").splitlines()
    article = parsed(TRAFILATURA)
    assert article.title is None
    assert article.body == tuple(Paragraph(line) for line in lines)


def test_extractor_output_with_a_title_line() -> None:
    """The same output under a headline line (hand-made: the page's headline put on top) has
    that title and all 13 paragraphs."""
    text = (DATA / TRAFILATURA).read_text(encoding="utf-8")
    title = "Swedish police to investigate reports of information leaks to violent gangs"
    article = parse_text(f"{title}\n{text}")
    assert article.title == title
    assert article.body == tuple(Paragraph(line) for line in text.splitlines())


@given(plain_titles, st.lists(plain_paragraphs, min_size=1, max_size=6, unique=True))
def test_paragraph_per_line_text_round_trips(title: str, paragraphs: list[str]) -> None:
    """Paragraphs one per line give the same paragraphs, under a title line or with none."""
    untitled = parse_text("\n".join(paragraphs))
    assert untitled.title is None
    assert untitled.body == tuple(Paragraph(p) for p in paragraphs)
    titled = parse_text("\n".join([title, *paragraphs]))
    assert titled.title == title
    assert titled.body == untitled.body


@pytest.mark.parametrize(
    "first", ["The council met on Monday.", "Police said. The man was arrested", "警方表示。"]
)
def test_a_text_opening_with_prose_has_no_title(first: str) -> None:
    """A first line that ends with a full stop or holds a sentence's end is prose, not a title."""
    article = parse_text(f"{first}\n\nThe mayor spoke at length about the budget.")
    assert article.title is None
    assert article.body[0] == Paragraph(first)


# Properties -------------------------------------------------------------------------------------


@given(residue_texts)
def test_text_never_holds_markup_residue(text: str) -> None:
    """Whatever residue lines the text holds, `article.text` has no tag or entity left."""
    try:
        article = parse_text(text)
    except EmptyDocumentError:
        return
    assert not RESIDUE.search(article.text)


@given(st.text(max_size=300))
def test_never_raises_on_any_str(text: str) -> None:
    """Any non-blank str gives an Article."""
    if text.strip():
        assert isinstance(parse_text(text), Article)


@given(plain_titles, st.lists(plain_paragraphs, min_size=1, max_size=6, unique=True))
def test_clean_article_round_trips(title: str, paragraphs: list[str]) -> None:
    """`parse_text(title + "\\n\\n" + article.text)` of a clean article changes nothing."""
    article = parse_text(title + "\n\n" + "\n\n".join(paragraphs))
    assert article.body == tuple(Paragraph(p) for p in paragraphs)
    again = parse_text(title + "\n\n" + article.text)
    assert again.title == title
    assert again.body == article.body
    assert again.embeds == ()
    assert again.related == ()
