"""`lift_related` lifts related/promotional sections out of the tree as `RelatedLink` values.

The fixtures in `tests/data/related/` are real markup cut from corpus pages (their first line
names the page and its URL) or hand-written (named `handwritten-*.html`, labelled as such).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse.dom import parse_document, text_of
from newsparse.model import RelatedLink
from newsparse.related import RELATED_HEADING, lift_related, sections
from newsparse.text import text_size
from tests.checks import record_calls, record_calls_everywhere

DATA = Path(__file__).parent / "data" / "related"


def load(name: str) -> tuple[LexborHTMLParser, str | None]:
    """The parsed fixture `name` and the page URL named in its first-line comment."""
    source = (DATA / name).read_text(encoding="utf-8")
    found = re.search(r"url: (\S+) -->", source)
    return parse_document(source), found.group(1) if found else None


def page_text(tree: LexborHTMLParser) -> str:
    """All text left in the tree, whitespace-normalised."""
    assert tree.body is not None
    return text_of(tree.body)


# fixture, heading or label that must leave the tree, first related title, a paragraph that stays
REAL = [
    (
        "fundus-uk-EuronewsEN_2024_04_30.html",
        "You might also like",
        "Sweden PM asks military to help tackle violent gangs",
        "An investigation in Sweden has revealed",
    ),
    (
        "fundus-de-EuronewsDE_2024_04_30.html",
        "Zum selben Thema",
        "Proteste in Georgien gegen das umstrittene Gesetz zu ausländischer Einflussnahme",
        "Tausende sind am Montag in Tiflis",
    ),
    (
        "fundus-fr-EuronewsFR_2026_01_06.html",
        "À découvrir également",
        "Björk appelle à l'indépendance du Groenland, Donald Trump relance la menace d'annexion",
        "'The Ring' est l'émission de confrontation",
    ),
    (
        "fundus-de-Krautreporter_2024_08_22.html",
        "Mehr zum Thema",
        "Der Israel-Palästina-Konflikt, verständlich erklärt",
        "Liat Atzili hat sich während ihrer",
    ),
    (
        "fundus-de-Heise_2024_04_19.html",
        "Lesen Sie auch",
        "Europol nimmt Phishing-Dienste-Plattform Labhost hops",
        "Das Phishingradar warnt",
    ),
    (
        "trafilatura-d76bb5cda4cd4621a04c1b166d6cad9f.html",
        "Mehr zum Thema:",
        "MEHRERE SCHÜSSE IN WOHNUNG: MANN UND ZWEI KINDER TOT",
        "Zudem seien zwei Erwachsene umgekommen",
    ),
    (
        "fundus-es-Publico_2025_05_29.html",
        "Te puede interesar",
        "La intrahistoria del audio de Leire Díez sobre la UCO",
        "Los residentes del barrio madrileño",
    ),
    (
        "trafilatura-elespectador.com-orion.html",
        "Le puede interesar:",
        "JEP abrirá tres nuevos macrocasos: Farc y fuerza pública",
        "La Jurisdicción Especial para la Paz",
    ),
    (
        "fundus-it-LaRepubblica_2025_01_05.html",
        "Leggi anche",
        "Il calciatore Omeonga portato giù dall\u2019aereo e picchiato da polizia. "
        "Era nella black list di Israele",
        "Il messaggio apparso su un cavalcavia",
    ),
    (
        "trafilatura-lastampa.it.temperature.html",
        "Leggi anche:",
        "La grande sete: due mesi senza pioggia, mai così dal 1878",
        "Piogge, temporali e nevicate previste",
    ),
    (
        "trafilatura-campograndenews.com.br-adolescente.html",
        "Veja Também",
        "Polícia tem acesso a celular de adolescente uma semana após desaparecimento",
        "O mistério em torno da morte da adolescente",
    ),
    (
        "trafilatura-Eurostat__Polska_z_najni_szym_bezrobociem_w_ca_ej_UE.html",
        "Czytaj też:",
        "Ten region Polski zanotował najniższe bezrobocie w całej UE",
        "Wyrównana sezonowo stopa bezrobocia",
    ),
    (
        "htmldate-mediacloud-1716561772.html",
        "Читайте также:",
        "Суд отправил за решетку «минера», который сорвал более сотни заседаний "
        "в Оболонском райсуде",
        "Как передает Укринформ",
    ),
    (
        "newspaper4k-video_article_02.html",
        "READ MORE:",
        "Riot is considering making these changes to the Worlds 2024 format",
        "It is the organization\u2019s fourth world championship",
    ),
]
REAL_IDS = [row[0].removesuffix(".html") for row in REAL]


@pytest.mark.parametrize(("name", "label", "title", "paragraph"), REAL, ids=REAL_IDS)
def test_real_block_links_are_returned(name: str, label: str, title: str, paragraph: str) -> None:
    """A real related block yields its first story as an absolute http(s) RelatedLink."""
    tree, url = load(name)
    links = lift_related(tree, url)
    assert links
    assert links[0].title == title
    assert all(link.url is not None and link.url.startswith("http") for link in links)


@pytest.mark.parametrize(("name", "label", "title", "paragraph"), REAL, ids=REAL_IDS)
def test_real_block_leaves_the_tree(name: str, label: str, title: str, paragraph: str) -> None:
    """The block's label and link titles are gone from the tree after the pass."""
    tree, url = load(name)
    assert label in page_text(tree)
    lift_related(tree, url)
    assert label not in page_text(tree)
    assert title not in page_text(tree)


@pytest.mark.parametrize(("name", "label", "title", "paragraph"), REAL, ids=REAL_IDS)
def test_real_article_paragraphs_stay(name: str, label: str, title: str, paragraph: str) -> None:
    """The article's paragraphs around the block are still in the tree."""
    tree, url = load(name)
    lift_related(tree, url)
    assert paragraph in page_text(tree)


def test_euronews_en_lists_all_three_suggestions() -> None:
    """The Euronews EN "You might also like" block gives its three stories, in page order."""
    tree, url = load("fundus-uk-EuronewsEN_2024_04_30.html")
    titles = [link.title for link in lift_related(tree, url)]
    assert titles == [
        "Sweden PM asks military to help tackle violent gangs",
        "3 killed in shootings and explosion as gangs battle in Sweden",
        "Sweden's parliament makes it easier for young people to change gender",
    ]


def test_euronews_relative_urls_are_resolved() -> None:
    """Relative hrefs of the Euronews block are resolved against the page URL."""
    tree, url = load("fundus-uk-EuronewsEN_2024_04_30.html")
    links = lift_related(tree, url)
    assert (
        RelatedLink(
            title="Sweden's parliament makes it easier for young people to change gender",
            url="https://www.euronews.com/2024/04/18/"
            "swedens-parliament-makes-it-easier-for-young-people-to-change-gender",
        )
        in links
    )


def test_urls_are_deduplicated() -> None:
    """A story listed twice (inline widget and "You might also like") is returned once."""
    tree, url = load("fundus-uk-EuronewsEN_2024_04_30.html")
    urls = [link.url for link in lift_related(tree, url)]
    assert len(urls) == len(set(urls)) == 3


HANDWRITTEN_URL = "https://news.example.com/city/tram-line-approved"


def handwritten_links() -> tuple[tuple[RelatedLink, ...], LexborHTMLParser]:
    """The links lifted from the hand-written link-rules fixture, and the tree after it."""
    tree, _ = load("handwritten-links.html")
    return lift_related(tree, HANDWRITTEN_URL), tree


def test_own_url_is_excluded() -> None:
    """A link to the article itself is not a related link."""
    links, _ = handwritten_links()
    assert HANDWRITTEN_URL not in [link.url for link in links]


def test_relative_url_is_resolved() -> None:
    """A relative href is resolved against the page URL."""
    links, _ = handwritten_links()
    assert links[0] == RelatedLink(
        title="Tram costs explained in five charts",
        url="https://news.example.com/city/tram-costs-explained",
    )


def test_fragment_link_to_a_listed_story_is_a_duplicate() -> None:
    """A `#fragment` variant of a listed URL is deduplicated, keeping the first title."""
    links, _ = handwritten_links()
    assert [link.url for link in links].count(
        "https://news.example.com/city/tram-costs-explained"
    ) == 1
    assert "Tram costs: the comments" not in [link.title for link in links]


def test_javascript_mailto_share_and_anchor_links_are_dropped() -> None:
    """javascript:, mailto:, share-dialog and `#` links never become related links."""
    links, _ = handwritten_links()
    titles = [link.title for link in links]
    for dropped in (
        "Load more stories",
        "Write to the city desk",
        "Share this story on Facebook",
        "Back to the top of the page",
    ):
        assert dropped not in titles


def test_too_short_title_is_skipped() -> None:
    """A link whose text is shorter than three characters is skipped."""
    links, _ = handwritten_links()
    assert "https://news.example.com/city/bus" not in [link.url for link in links]


def test_headline_inside_image_link_is_the_title() -> None:
    """An anchor wrapping an image and a headline takes the headline as title."""
    links, _ = handwritten_links()
    assert (
        RelatedLink(
            title="Photos of the old trams", url="https://news.example.com/city/old-tram-photos"
        )
        in links
    )


def test_handwritten_list_leaves_the_tree_and_prose_stays() -> None:
    """The "Related articles" heading and list go; the paragraphs around them stay."""
    _, tree = handwritten_links()
    text = page_text(tree)
    assert "Related articles" not in text
    assert "Council approves" not in text
    assert "The city council approved the new tram line" in text
    assert "Opponents of the project" in text


def test_lists_of_one_similar_story_go() -> None:
    """Lists named "similar", each of one linked story (a hand-written copy of CBC's markup),
    leave the tree as related links; the prose around them stays."""
    prose = "<p>The central bank raised its key rate by half a point on Wednesday.</p>"
    item = (
        "<ul class='similarLinks'><li class='similarListItem'><a href='/news/{}' "
        "class='similarLink'><span>{}</span></a></li></ul>"
    )
    lists = item.format("rate-1", "Bank hikes rate to 2.5%. Here's what it means for you")
    lists += item.format("rate-2", "Bank hikes interest rate to 3.25%, triggering higher payments")
    tree = parse_document(f"<body><article>{prose}<div>{lists}</div>{prose}</article></body>")
    links = lift_related(tree, "https://news.example.ca/news/rates")
    assert [link.url for link in links] == [
        "https://news.example.ca/news/rate-1",
        "https://news.example.ca/news/rate-2",
    ]
    text = page_text(tree)
    assert "Bank hikes" not in text
    assert "raised its key rate" in text


def false_positives() -> tuple[tuple[RelatedLink, ...], str]:
    """The links lifted from the false-positive fixture, and the text left after it."""
    tree, _ = load("handwritten-false-positives.html")
    links = lift_related(tree, "https://news.example.com/health/budgets")
    return links, page_text(tree)


def test_subheading_containing_related_stays() -> None:
    """A subheading that merely contains "Related" ("Related costs rose") stays."""
    _, text = false_positives()
    assert "Related costs rose" in text


def test_sentence_starting_with_read_more_stays() -> None:
    """A sentence "Read more about the trial below" in the text stays."""
    _, text = false_positives()
    assert "Read more about the trial below" in text


def test_long_read_more_paragraph_stays() -> None:
    """A "Read more:" paragraph with much more text than its link is prose, and stays."""
    _, text = false_positives()
    assert "full report runs to 300 pages" in text


def test_related_word_heading_followed_by_prose_stays() -> None:
    """A heading "Trending" followed by prose, not by links, stays with its paragraph."""
    _, text = false_positives()
    assert "Trending Admissions for respiratory illness" in text


def test_related_wrapper_around_article_is_kept() -> None:
    """`div.related-article-wrapper` around the article body is not taken for a widget."""
    links, text = false_positives()
    assert links == ()
    assert "Hospitals across the region reported a sharp rise" in text


def widgets() -> tuple[tuple[RelatedLink, ...], str]:
    """The links lifted from the widget fixture, and the text left after it."""
    tree, _ = load("handwritten-widgets.html")
    links = lift_related(tree, "https://www.example.com/economy/rates")
    return links, page_text(tree)


def test_link_card_with_a_label_as_kicker_goes() -> None:
    """A link card whose heading opens with a label ("Les også" as a kicker over the headline,
    a hand-written page) goes, and its link is returned."""
    prose = "<p>The skier won the final after a long day on the hill in the rain.</p>"
    tree = parse_document(
        f"<html><body><article>{prose}<div class='plug'><a href='/sport/story-2'><div><h2>"
        "<small class='kicker'>Les også</small> <span>A father for the big occasions</span>"
        f"</h2></div><img src='/t.jpg'></a></div>{prose}</article></body></html>"
    )
    links = lift_related(tree, "https://news.example.no/sport/story-1")
    assert links == (
        RelatedLink("A father for the big occasions", "https://news.example.no/sport/story-2"),
    )
    assert "Les også" not in page_text(tree)
    assert "The skier won" in page_text(tree)


@pytest.mark.parametrize("name", ["lee-tambien-titulo", "box-titre", "teaser-titel"])
def test_heading_named_title_in_other_languages_announces_its_box(name: str) -> None:
    """A box titled "Lee también…" by an element named "titulo" (or "titre", "titel"), a
    hand-written page modelled on biobiochile.cl: the box goes, its link is returned."""
    prose = "<p>The truckers met the minister on Tuesday and asked for a new law.</p>"
    tree = parse_document(
        f"<html><body><article>{prose}<div class='box'><div class='{name}'>Lee también...</div>"
        "<div class='box-body'><a href='/story-2'><div class='img'></div></a>"
        "<a href='/story-2' class='box-link'>Trucker shot in Ercilla is still in danger</a>"
        f"</div></div>{prose}</article></body></html>"
    )
    links = lift_related(tree, "https://news.example.cl/story-1")
    assert links == (
        RelatedLink(
            "Trucker shot in Ercilla is still in danger", "https://news.example.cl/story-2"
        ),
    )
    assert "Lee también" not in page_text(tree)


@pytest.mark.parametrize(
    "label",
    [
        "Dowiedz się więcej:",
        "Czytaj także:",
        "Lire aussi :",
        "Lesen Sie auch:",
        "Zum Artikel:",
        "FUNDA OLUNYE UDABA LAPHA |",
    ],
)
def test_inline_promo_with_a_label_goes(label: str) -> None:
    """A short paragraph of a label and a link to another story ("Dowiedz się więcej: …") is
    an inline promo: it goes and its link is returned."""
    prose = "<p>The parliament voted for the recovery fund on Tuesday after a long debate.</p>"
    tree = parse_document(
        f"<html><body><article>{prose}<p>{label} <a href='/story-2'>Who voted how on the "
        f"fund? One deputy broke ranks</a></p>{prose}</article></body></html>"
    )
    links = lift_related(tree, "https://news.example.pl/story-1")
    assert [link.url for link in links] == ["https://news.example.pl/story-2"]
    assert "broke ranks" not in page_text(tree)


def test_label_opening_the_link_of_a_promo() -> None:
    """An inline promo whose label is a `<small>` at the start of the link that opens the
    paragraph ("<p><a><small>Read more</small> …") is a promo too."""
    prose = "<p>The skier won the final after a long day on the hill in the rain.</p>"
    tree = parse_document(
        f"<html><body><article>{prose}<p><a href='/story-2'><small>Read more</small> "
        f"Another win on the hill</a></p>{prose}</article></body></html>"
    )
    links = lift_related(tree, "https://news.example/story-1")
    assert [link.url for link in links] == ["https://news.example/story-2"]
    assert "Another win" not in page_text(tree)


def test_list_after_a_heading_box_with_an_all_articles_link_goes() -> None:
    """A heading boxed with an "All articles" link, and the list after the box, go (a
    hand-written page); the list's links are returned."""
    prose = "<p>The skier won the final after a long day on the hill in the rain.</p>"
    items = "".join(
        f"<li><a href='/story-{n}'>Story number {n} about the winter games</a></li>"
        for n in (2, 3, 4)
    )
    tree = parse_document(
        f"<html><body><article>{prose}{prose}</article><div class='box'><div class='head'>"
        "<h2>Most read</h2><a href='/most-read'>All articles</a></div>"
        f"<ul>{items}</ul></div></body></html>"
    )
    links = lift_related(tree, "https://news.example/story-1")
    assert [link.url for link in links] == [f"https://news.example/story-{n}" for n in (2, 3, 4)]
    assert "Story number" not in page_text(tree)
    assert "The skier won" in page_text(tree)


def test_headline_in_capitals_that_is_one_link_goes() -> None:
    """A paragraph that is one link in capitals is a promo for another story (a hand-written
    page): it goes, its link is returned when on the same site; a sentence in capitals with a
    link inside stays."""
    prose = "<p>The skier won the final after a long day on the hill in the rain.</p>"
    tree = parse_document(
        f"<html><body><article>{prose}<p><strong><a href='/story-2'>WHAT ARE THE WINTER GAMES"
        "?</a></strong></p><p><a href='https://shop.example/donate'>DONATE WITH A CARD NOW</a>"
        f"</p><p>THE COUNCIL <a href='/votes'>VOTED</a> ON TUESDAY.</p>{prose}</article></body>"
        "</html>"
    )
    links = lift_related(tree, "https://news.example/story-1")
    assert [link.url for link in links] == ["https://news.example/story-2"]
    text = page_text(tree)
    assert "WINTER GAMES" not in text
    assert "DONATE" not in text
    assert "THE COUNCIL VOTED ON TUESDAY." in text


def test_outbrain_and_yarpp_links_are_returned() -> None:
    """Links of an outbrain widget and a YARPP list on the same site are returned."""
    links, _ = widgets()
    assert [link.url for link in links] == [
        "https://www.example.com/economy/mortgage-rates-fall",
        "https://www.example.com/economy/inflation-falls",
        "https://www.example.com/economy/bank-holds-rates",
    ]


def test_promoted_links_to_other_sites_are_dropped() -> None:
    """An outbrain link to another site is advertising, not a related story."""
    links, _ = widgets()
    assert all("ads.example.net" not in (link.url or "") for link in links)


def test_widgets_leave_the_tree() -> None:
    """Widgets known by class or id are removed; the article's paragraphs stay."""
    _, text = widgets()
    assert "Mortgage rates fall" not in text
    assert "Related posts" not in text
    assert "The central bank left interest rates unchanged" in text
    assert "The next decision is due in six weeks." in text


def test_odd_markup_does_not_raise() -> None:
    """Empty, headless and link-only documents give no links and raise nothing."""
    for html in ("", "<p>", "<h2>Related</h2>", "<a href='x'>Related</a>", "<h3>Read more</h3>"):
        assert lift_related(parse_document(html), None) == ()


def test_lone_heading_at_the_end_is_removed() -> None:
    """A related heading with nothing after it (its list loaded by script) is removed."""
    tree = parse_document(
        "<article><p>The story itself, long enough to be a paragraph.</p>"
        "<div><h2>You might also like</h2><div class='slot'></div></div></article>"
    )
    assert lift_related(tree, None) == ()
    assert "You might also like" not in page_text(tree)
    assert "The story itself" in page_text(tree)


@pytest.mark.parametrize(
    "line",
    [
        "You might also like",
        "Related",
        "Related articles:",
        "READ MORE",
        "More from The Guardian",
        "Most read",
        "Don\u2019t miss",
        "Editor's picks",
        "Mehr zum Thema:",
        "Mehr zum Thema Hitzeschäden",
        "Mehr zum Thema: Krieg in der Ukraine",
        "Das könnte Sie auch interessieren",
        "Lesen Sie auch",
        "Lesen Sie mehr zum Thema",
        "FUNDA OLUNYE UDABA LAPHA",
        "Read more from Jennifer Rubin:",
        "Read more by Jane Doe",
        "À lire aussi …",
        "A lire aussi",
        "Sur le même sujet",
        "Lee también:",
        "Lo más leído",
        "Leggi anche",
        "I più letti",
        "Leia também",
        "Notícias relacionadas",
        "Recomendamos para você",
        "Te recomendamos ⬇",
        "Više o temi",
        "Más noticias de Colombia",
        "Pročitajte još:",
        "Você também pode gostar",
        "Czytaj także",
        "Czytaj więcej",
        "Audios et vidéos sur le sujet",
        "+ Sur le sujet",
        "Weitere Artikel zum Thema:",
        "Artikel und Videos zum Thema",
        "Audios and videos on the topic",
        "Najczęściej czytane",
        "Читайте также:",
        "Новости по теме",
        "Lees ook",
        "Läs också",
        "Les også:",
        "Relaterte saker",
        "Most read in Football",
        "【関連記事】",
        "あわせて読みたい",
        "おすすめ情報",
        "社会の新着",
        "「国際」の最新記事一覧",
        "■関連キーワード",
        "Latest National Stories",
        "الأكثر تصفحاً",
        "اقرأ أيضا:",
        "İlgili Haberler",
        "Recommended Videos",
    ],
)
def test_related_heading_matches_announcing_lines(line: str) -> None:
    """RELATED_HEADING matches a whole line that announces a related section."""
    assert RELATED_HEADING.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related costs rose",
        "Read more about it in our report",
        "Recommended dose for adults",
        "Mehr zum Thema Klimaschutz lesen Sie in unserem Dossier, das jeden Tag erscheint",
        "Mehr zum Thema sagte der Minister am Montag in einem Interview",
        "Most read in schools across the country since the reform of 2019",
        "Les også hva ministeren sa om saken i går",
        "Sur le sujet de la réforme, le ministre a dit non",
        "Recomendamos que os leitores votem cedo",
        "Više o temi se govorilo na sjednici vlade",
        "Más noticias de Colombia llegaron ayer por la tarde al pueblo",
        "Artikel zum Thema Mietrecht finden Sie in unserem Archiv",
        "Lire aussi la lettre du ministre",
        "Más de 100 muertos",
        "Trending upwards since October",
        "Latest developments in the case",
        "More by the way, he said",
        "",
    ],
)
def test_related_heading_rejects_prose(line: str) -> None:
    """RELATED_HEADING does not match a line that only contains such words."""
    assert not RELATED_HEADING.match(line)


def test_a_box_of_many_related_headings_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each related heading asks about the box around it (its links, its text): the answers
    are remembered, so a box of 1,000 headings and 100 links is not read 1,000 times: the
    text measured is less than the page, not 1,000 times its links (hand-written)."""
    read = record_calls_everywhere(monkeypatch, text_size)
    links = '<a href="/news/other">Another story</a>' * 100
    page = f"<body><article><div>{links}{'<h2>Related</h2>' * 1000}</div></article>"
    lift_related(parse_document(page), "https://example.org/news/story")
    assert sum(len(text) for (text,) in read) <= len(page)


def test_a_chain_of_nested_named_boxes_is_not_read_again_and_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A box named like a related section that is none (it holds the article's paragraphs)
    reads all it holds: inside four such boxes no more are judged, so 500 nested ones are not
    500 reads of the page: the text measured is a few times the page, not 500 (hand-written)."""
    read = record_calls_everywhere(monkeypatch, text_size)
    promo = '<p><a href="/news/other-story">Read more: a story about the bridge</a></p>'
    page = '<body><article><div class="related">' * 500 + promo * 200
    lift_related(parse_document(page), "https://example.org/news/story")
    assert sum(len(text) for (text,) in read) <= 5 * len(page)


def test_headings_in_one_big_card_read_its_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """1,000 related headings inside one link (a card) each ask how much text the card holds:
    it is read once, not once per heading (hand-written)."""
    sizes = record_calls(monkeypatch, sections, "text_size")
    page = '<body><article><p>Story.</p><a href="/other">' + "<h2>Related</h2>" * 1000
    lift_related(parse_document(page), "https://example.org/news/story")
    assert sum(len(text) > 5000 for (text,) in sizes) <= 3
