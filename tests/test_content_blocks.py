"""The block walk (for the "container" pass) and the whole extractor. The HTML snippets here
are hand-written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse.content import blocks as blocks_pass
from newsparse.content import chrome, extract_body
from newsparse.content.blocks import emit_blocks, paragraph_text
from newsparse.content.boilerplate import is_boilerplate
from newsparse.content.chrome.clutter import is_notice
from newsparse.model import (
    MAX_LIST_DEPTH,
    Article,
    Block,
    Heading,
    Image,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Text,
)
from newsparse.text import text_size
from tests.checks import record_calls, record_calls_everywhere

URL = "https://news.example/2024/story"


def _blocks(inner: str, title: str | None = None, url: str = URL) -> list[Block]:
    node = LexborHTMLParser(f"<body><div id='c'>{inner}</div></body>").css_first("#c")
    assert node is not None
    return emit_blocks([node], url=url, title=title)


def _paragraph_texts(blocks: list[Block]) -> list[str]:
    """The text of each of `blocks`, which are all paragraphs."""
    assert all(isinstance(block, Paragraph) for block in blocks), blocks
    return [block.text for block in blocks if isinstance(block, Paragraph)]


def test_content_blocks_br_becomes_newline() -> None:
    """A `<br>` inside a paragraph becomes a newline, not a glued word."""
    assert _blocks("<p>First line<br>second line</p>") == [Paragraph("First line\nsecond line")]


def test_content_blocks_empty_span_named_br_is_a_line_break() -> None:
    """An empty `<span>` named "br" (as Times of India writes its line breaks) is a `<br>`; a
    span named so that holds text, or another empty span, is not."""
    assert _blocks(
        'First line.<span class="id-r-component br"></span><span class="br"></span>Second line.'
    ) == [Paragraph("First line."), Paragraph("Second line.")]
    assert _blocks('<p>A <span class="br">bold</span> word<span class="x"></span>.</p>') == [
        Paragraph("A bold word.")
    ]


def test_content_blocks_double_br_splits_paragraphs() -> None:
    """Loose text separated by `<br><br>` gives separate paragraphs."""
    assert _blocks("One thing.<br><br>Another thing.") == [
        Paragraph("One thing."),
        Paragraph("Another thing."),
    ]


def test_content_blocks_inline_markup_has_no_extra_spaces() -> None:
    """Inline markup is joined without separators ("world!" not "world !")."""
    assert [block.text for block in _blocks("<p>Hello <b>world</b>!</p>")] == ["Hello world!"]


def test_content_blocks_subheading_kept() -> None:
    """A subheading inside the body is kept as a Heading, even one that sounds like chrome."""
    blocks = _blocks("<p>Prices went up.</p><h2>Related costs rose</h2><p>Again.</p>")
    assert Heading("Related costs rose", 2) in blocks


def test_content_blocks_title_heading_skipped() -> None:
    """A heading that repeats the title is not part of the body."""
    blocks = _blocks("<h2>Big News Today</h2><p>Text of the story.</p>", title="Big news today")
    assert blocks == [Paragraph("Text of the story.")]


def test_content_blocks_list_items_kept() -> None:
    """List items inside the body become a ListBlock."""
    blocks = _blocks("<ol><li>Flour</li><li>Water</li></ol>")
    assert blocks == [ListBlock(("Flour", "Water"), ordered=True)]


def test_content_blocks_link_only_list_dropped() -> None:
    """A list made only of links (navigation, teasers) is dropped."""
    blocks = _blocks("<ul><li><a href='/a'>Sports</a></li><li><a href='/b'>Weather</a></li></ul>")
    assert blocks == []


def test_content_blocks_quote_kept() -> None:
    """A blockquote becomes a Quote."""
    assert _blocks("<blockquote><p>We will rebuild.</p></blockquote>") == [
        Quote("We will rebuild.")
    ]


def test_content_blocks_tweet_blockquote_not_a_quote() -> None:
    """An embedded tweet is not emitted as a Quote (a later pass lifts it)."""
    html = '<blockquote class="twitter-tweet"><p>Hello followers</p></blockquote>'
    assert _blocks(html) == []


def test_content_blocks_figure_caption_and_credit() -> None:
    """A figure gives an Image with its caption and the credit split out."""
    html = (
        "<figure><img src='/img/a.jpg' alt='A bridge'><figcaption>The old bridge."
        "<span class='credit'>Jane Doe/Agency</span></figcaption></figure>"
    )
    assert _blocks(html) == [
        Image("https://news.example/img/a.jpg", "The old bridge.", "Jane Doe/Agency", "A bridge")
    ]


def test_content_blocks_lazy_image_source() -> None:
    """A lazy-loaded image uses `data-src` rather than the placeholder `src`."""
    html = "<img src='data:image/gif;base64,R0lGOD' data-src='https://cdn.example/b.jpg'>"
    assert _blocks(html) == [Image("https://cdn.example/b.jpg")]


def test_content_blocks_boilerplate_lines_dropped() -> None:
    """Short chrome lines ("Advertisement", "Share this article") are dropped."""
    blocks = _blocks("<p>Advertisement</p><p>The story.</p><p>Share this article</p>")
    assert blocks == [Paragraph("The story.")]


def test_content_blocks_consecutive_duplicates_dropped() -> None:
    """The same paragraph twice in a row is emitted once."""
    assert _blocks("<p>Same.</p><p>Same.</p>") == [Paragraph("Same.")]


def test_content_boilerplate_keeps_prose() -> None:
    """A sentence that merely starts like chrome is not boilerplate."""
    assert is_boilerplate("Anzeige")
    assert is_boilerplate("1 / 12")
    assert not is_boilerplate("Share prices fell by a third on Monday.")


def test_content_extract_body_end_to_end() -> None:
    """The extractor drops the share bar and sidebar and keeps the story in order."""
    story = "".join(
        f"<p>Paragraph {n} of the story, with enough words to count as prose.</p>" for n in range(5)
    )
    html = (
        "<html><body><div class='share-bar'>Share this article</div>"
        f"<div class='content'>{story}</div>"
        "<aside><a href='/1'>Most read</a></aside></body></html>"
    )
    blocks = extract_body(LexborHTMLParser(html), url=URL)
    assert next(b.text for b in blocks if isinstance(b, Paragraph)).startswith("Paragraph 0")
    assert len(blocks) == 5


def test_content_extract_deep_tree_does_not_recurse() -> None:
    """A very deeply nested page is handled without hitting the recursion limit."""
    html = (
        "<div>" * 3000
        + "<p>"
        + "Deep text in a deep tree, still prose. " * 3
        + "</p>"
        + "</div>" * 3000
    )
    blocks = extract_body(LexborHTMLParser(html), url=URL)
    assert any(isinstance(b, Paragraph) and "Deep text" in b.text for b in blocks)


def test_content_extract_falls_back_to_article_body() -> None:
    """A page whose markup holds only a teaser gives the JSON-LD `articleBody` instead."""
    full = "First paragraph of the full text.\nSecond paragraph of the full text. " * 10
    html = "<body><p>First paragraph of the full text, cut short by a paywall.</p></body>"
    blocks = extract_body(LexborHTMLParser(html), url=URL, article_body=full)
    assert blocks[0] == Paragraph("First paragraph of the full text.")


def test_content_blocks_dateline_dropped() -> None:
    """A block holding a <time> and little else (a byline with its date) is not prose."""
    blocks = _blocks(
        '<div class="x1"><span>Jane Doe</span><span><time>13 Jan 2025, 21:37</time></span></div>'
        "<p>The council voted on Tuesday.</p>"
    )
    assert blocks == [Paragraph("The council voted on Tuesday.")]


def test_content_blocks_sentence_with_time_kept() -> None:
    """A sentence that marks up a date with <time> stays."""
    text = "The council met on <time>Tuesday</time> and approved the budget."
    assert _blocks(f"<p>{text}</p>") == [
        Paragraph("The council met on Tuesday and approved the budget.")
    ]


def test_content_blocks_caption_paragraph_goes_to_image() -> None:
    """A paragraph named as a caption ("wp-caption-text") captions the image before it."""
    blocks = _blocks(
        '<div class="wp-caption"><img src="/a.jpg"><p class="wp-caption-text">The hall</p></div>'
        "<p>The council voted on Tuesday.</p>"
    )
    assert blocks == [
        Image("https://news.example/a.jpg", "The hall", None, None),
        Paragraph("The council voted on Tuesday."),
    ]


def test_content_blocks_caption_named_elements_caption_the_image() -> None:
    """Any element named as a caption ("imageCaption", a `<span class="newsCaption">`, an id
    "galleryCaption1") captions the image before it, and is no paragraph."""
    blocks = _blocks(
        '<div class="photo"><img src="/a.jpg"><div class="Component-imageCaption">Crowds wait '
        "for the parade.</div></div><p>The council voted on Tuesday.</p>"
        '<div class="photo"><img src="/b.jpg"><span class="newsCaption">The hall</span></div>'
        '<div><img src="/c.jpg"></div><cite id="galleryCaption1">A bridge</cite>'
    )
    assert blocks == [
        Image("https://news.example/a.jpg", "Crowds wait for the parade.", None, None),
        Paragraph("The council voted on Tuesday."),
        Image("https://news.example/b.jpg", "The hall", None, None),
        Image("https://news.example/c.jpg", "A bridge", None, None),
    ]


def test_content_blocks_caption_box_holding_the_lead_is_text() -> None:
    """A caption box that holds the article's lead (a `p.lead`), or much text, stays text."""
    lead = "The president travels south after his visit to the coast in April."
    long_text = "The council voted on Tuesday. " * 25
    blocks = _blocks(
        f'<div class="storyMediaCaption"><p class="lead">{lead}</p></div>'
        f'<div class="article-caption-wrap">{long_text}</div>'
    )
    assert blocks == [Paragraph(lead), Paragraph(long_text.strip())]


def test_content_blocks_gallery_list_gives_images() -> None:
    """A list of figures and nothing else is a gallery: images with their captions, not list
    items; a list with text beside its figures stays a list."""
    blocks = _blocks(
        '<ul class="gallery"><li><figure><img src="/a.jpg"><figcaption>The hall. Foto: Jane Doe'
        '</figcaption></figure></li><li><figure><img src="/b.jpg"><figcaption>The bridge'
        "</figcaption></figure></li></ul><ul><li><figure><img src='/c.jpg'></figure>First point"
        "</li><li>Second point</li></ul>"
    )
    assert blocks == [
        Image("https://news.example/a.jpg", "The hall.", "Foto: Jane Doe", None),
        Image("https://news.example/b.jpg", "The bridge", None, None),
        ListBlock(("First point", "Second point"), ordered=False),  # text beside its figure
    ]


def test_content_blocks_follow_prompt_dropped() -> None:
    """A paragraph linking to social profiles and a mail address is a follow prompt."""
    blocks = _blocks(
        "<p>The council voted on Tuesday.</p>"
        '<p>Write to <a href="mailto:desk@news.example">desk@news.example</a> or follow us on '
        '<a href="https://www.facebook.com/news">Facebook</a>, '
        '<a href="https://twitter.com/news">Twitter</a> and '
        '<a href="https://www.instagram.com/news/">Instagram</a>.</p>'
    )
    assert blocks == [Paragraph("The council voted on Tuesday.")]


def test_content_blocks_run_of_lone_links_dropped() -> None:
    """Topic tags or story links, each alone in its box (three or more, nothing else), are
    not paragraphs; a box of two links, or links among other text, stays."""
    tags = "".join(
        f'<div data-testid="anchor-inner-wrapper"><a href="/topics/{n}">{n}</a></div>'
        for n in ("War in Ukraine", "Nato", "Poland")
    )
    blocks = _blocks(f"<p>The summit ended on Friday.</p><div><div>{tags}</div></div>")
    assert blocks == [Paragraph("The summit ended on Friday.")]
    side_by_side = '<div><a href="/a">Nato</a> <a href="/b">Poland</a> <a href="/c">EU</a></div>'
    assert _blocks(side_by_side) == []
    two = '<div><div><a href="/a">Nato</a></div><div><a href="/b">Poland</a></div></div>'
    assert _paragraph_texts(_blocks(two)) == ["Nato", "Poland"]
    prose = '<div><a href="/a">Nato</a> met <a href="/b">Poland</a> and <a href="/c">EU</a></div>'
    assert _paragraph_texts(_blocks(prose)) == ["Nato met Poland and EU"]


def test_content_blocks_box_of_teaser_cards_dropped() -> None:
    """A box inside the article whose text is mostly links, three or more (teaser cards: a
    kicker over a linked headline), gives no blocks; a box of prose with a few links stays,
    and so does a container that is itself mostly links (a list of deals is the article)."""
    card = "<div class='card'><span>{}</span><div><a href='/{}'>{}</a></div></div>"
    cards = "".join(
        card.format(kicker, n, title)
        for n, (kicker, title) in enumerate(
            [
                ("Chronique", "Angela Merkel, la dernière séance"),
                ("Économie", "La décennie"),
                ("Ultimatum", "Le cheval français, une histoire"),
            ]
        )
    )
    story = "<p>Arsenal won three goals to one on Saturday evening at home.</p>"
    blocks = _blocks(f"{story}<section><div>{cards}</div></section>{story}")
    assert blocks == [Paragraph("Arsenal won three goals to one on Saturday evening at home.")]
    prose = (
        "<div><p>The club said <a href='/a'>the coach</a> would stay, and <a href='/b'>the "
        "board</a> agreed after <a href='/c'>the vote</a> on a long night of talks.</p></div>"
    )
    assert len(_blocks(prose)) == 1
    deals = "".join(f"<a href='/{n}'>Deal number {n} for $9.99</a> " for n in range(5))
    assert _blocks(deals) != []


_CARDS = {
    "picture and headline": (
        "<section><article><h4><a href='/other-story'>Seven fans face trial after the derby"
        "</a></h4><span>by A. Writer</span><time>20 Nov 2024</time>"
        "<figure><a href='/other-story#top'><img src='/t.jpg' alt=''></a></figure>"
        "</article></section>"
    ),
    # One link around a picture and headings ("News from the site" over the headline).
    "one link": (
        "<div><a href='/other-story'><img src='/t.jpg' alt=''><h5>News from the site</h5>"
        "<h4>Seven fans face trial after the derby</h4></a></div>"
    ),
    "nested article": (
        "<article><a href='/other-story'><div><h3>Birth rate at a record low</h3></div></a>"
        "</article>"
    ),
    # With a short link to the story's section over its headline.
    "section label": (
        "<div><a href='/other-story'><img src='/t.jpg' alt=''></a><a href='/armenia'>Armenia"
        "</a><h3><a href='/other-story'>A whole neighbourhood worried by the new businesses on"
        " its street corners</a></h3><p>Published on Monday 11 January 2021 by the regional"
        " desk team</p></div>"
    ),
}


@pytest.mark.parametrize("card", list(_CARDS.values()), ids=list(_CARDS))
def test_content_blocks_card_for_another_story_dropped(card: str) -> None:
    """A box whose picture and headline link to one other story (maybe with a short link to
    its section), with less text outside the links than in them (an author, a date), is a
    card and gives no blocks, and so is one link around a heading."""
    story = "<p>Arsenal won three goals to one on Saturday evening at home.</p>"
    assert _blocks(f"{story}{card}") == [Paragraph(story[3:-4])]


def test_content_blocks_linked_picture_document_and_prose_are_no_cards() -> None:
    """A picture linking to its full size stays with its text, and so do the linked heading
    of a document and a paragraph naming one page twice."""
    full_size = (
        "<div><a href='/photo.JPG'><img src='/photo-small.jpg' alt=''></a>"
        "<a href='/photo.JPG'>The stadium at night</a></div>"
    )
    assert _blocks(full_size) == [
        Image(url="https://news.example/photo-small.jpg"),
        Paragraph(
            "The stadium at night",
            (Link("https://news.example/photo.JPG", (Text("The stadium at night"),)),),
        ),
    ]
    download = "<div><a href='/files/report.pdf'><h3>The annual report</h3></a></div>"
    assert _blocks(download) == [Heading("The annual report", 3)]
    twice = (
        "<div><h3>What the report says</h3><p>The <a href='/report'>report</a> runs to 300"
        " pages and took two years to write; <a href='/report'>read it here</a>.</p></div>"
    )
    assert len(_blocks(twice)) == 2


def test_content_blocks_media_title_dropped() -> None:
    """The title of a video player, whose player is gone, gives no paragraph."""
    story = "<p>The talks stalled on Thursday after a week of meetings in Doha.</p>"
    blocks = _blocks(f"{story}<p>WATCH | Leaders react to the stalled talks:</p>{story}")
    assert blocks == [Paragraph(story[3:-4])]


_STORY_LINKS = {
    "one link": (
        "<p><a href='/2016/11/27/politics/sanders-college'>Sanders calls for a new count</a></p>"
    ),
    # Several such links in one paragraph, a line and a dash each.
    "several": (
        "<p>-<a href='/2016/11/27/a'>Scandal in the city as the mayor resigns</a><br><br>"
        "-<a href='/2016/11/27/b'>The story of a woman who graduated at 77</a></p>"
    ),
    "list of one": (
        "<ul><li><a href='/latest'><strong>The latest news about the recount</strong></a></li></ul>"
    ),
}
_STORY = "<p>The senator spoke for an hour on Tuesday about the recount.</p>"


@pytest.mark.parametrize("promo", list(_STORY_LINKS.values()), ids=list(_STORY_LINKS))
def test_content_blocks_paragraph_that_is_a_linked_headline_dropped(promo: str) -> None:
    """A paragraph that is nothing but a link to another story of the site, its headline, is a
    promo, and so are a paragraph of a few such links set apart by line breaks and dashes and
    a list of one, also where the page's host has "www." and the link's not."""
    assert _blocks(f"{_STORY}{promo}") == [Paragraph(_STORY[3:-4])]
    bare_host = promo.replace("href='", "href='https://news.example")
    assert _blocks(f"{_STORY}{bare_host}", url="https://www.news.example/a") == [
        Paragraph(_STORY[3:-4])
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p><a href='https://other.example/report'>The full report of the commission</a></p>",
        "<p><a href='/2016/11/27/a'>The mayor resigned</a> and <a href='/b'>a new one came"
        " in</a></p>",
        "<p><a href='/files/programme.pdf'>Programme of the conference (PDF)</a></p>",
        "<p><a href='/2016/11/27/recount'>The recount begins on Monday in the state.</a></p>",
    ],
)
def test_content_blocks_links_to_other_sites_files_and_linked_prose_stay(paragraph: str) -> None:
    """A link to another site, to a file, a linked sentence, or links with words between
    them stay."""
    assert len(_blocks(f"{_STORY}{paragraph}")) == 2


def test_content_blocks_promo_list_item_dropped() -> None:
    """A list item of a promo label and a link ("Zum Artikel: <a>…</a>") is no list item; an
    item of a list of sources that opens with its link stays."""
    story = "<p>The strike hit buses and trams across the city on Monday morning.</p>"
    promo = "<ul><li>Zum Artikel: <a href='/story-2'>What the unions are asking for</a></li></ul>"
    assert _blocks(f"{story}{promo}") == [Paragraph(story[3:-4])]
    sources = "<ul><li><a href='/report'>The report of the authority</a>, page 12</li></ul>"
    listed = _blocks(f"{story}{sources}")[1]
    assert isinstance(listed, ListBlock)
    assert listed.items == ("The report of the authority, page 12",)


def test_content_blocks_related_heading_left_alone_dropped() -> None:
    """A related heading whose list is gone ("Latest National Stories", "Lea también",
    "おすすめ情報") is no text; a heading that only contains such words stays."""
    story = "<p>The council voted on the budget on Tuesday evening.</p>"
    labels = ("Latest National Stories", "Lea también", "おすすめ情報")
    labels += ("Recommended from Editorial",)
    for label in labels:
        assert _blocks(f"{story}<p>{label}</p>") == [Paragraph(story[3:-4])], label
    assert Heading("Related costs rose", 2) in _blocks(f"{story}<h2>Related costs rose</h2>")


def test_content_blocks_title_heading_with_other_punctuation_skipped() -> None:
    """A heading with the title's words, its kicker set apart ("Linde" over "Gasekonzern …"
    for "Linde: Gasekonzern …"), is the title again."""
    blocks = _blocks(
        "<h2><span>Linde</span> Gasekonzern muss verkaufen</h2><p>Der Konzern muss.</p>",
        title="Linde: Gasekonzern muss verkaufen",
    )
    assert blocks == [Paragraph("Der Konzern muss.")]


def test_content_blocks_rubric_over_the_article_dropped() -> None:
    """A minor heading of a word or two before the first sentence is the rubric ("Nation");
    an `<h2>` there opens the first section and stays."""
    story = "<p>The monument closed on Wednesday after the quake.</p>"
    assert _blocks(f"<h3>Nation</h3>{story}") == [
        Paragraph("The monument closed on Wednesday after the quake.")
    ]
    assert _blocks(f"<h2>Introduction</h2>{story}")[0] == Heading("Introduction", 2)
    assert _blocks(f"<p>{'Word ' * 12}then.</p><h3>Nation</h3>{story}")[1] == Heading("Nation", 3)


def test_content_blocks_alt_text_printed_under_the_image_is_its_caption() -> None:
    """A short paragraph under an image repeating its alternative text is the caption, with
    the credit after a "©" if any; a long one (the lead, given to the lead image as its alt)
    stays a paragraph."""
    img = '<img src="/a.jpg" alt="{}">'
    blocks = _blocks(f"{img.format('Izaskun Lesaka.')}<p>Izaskun Lesaka.</p><p>Text.</p>")
    assert blocks == [
        Image("https://news.example/a.jpg", caption="Izaskun Lesaka.", alt="Izaskun Lesaka."),
        Paragraph("Text."),
    ]
    lead = "The operation, the raids and the crimes will be part of the inquiry. " * 4
    blocks = _blocks(f"{img.format(lead)}<p>{lead}</p>")
    assert blocks[1] == Paragraph(lead.strip())
    credited = f"{img.format('Lee Elder in 1975.')}<p>Lee Elder in 1975. | © Augusta/AP</p>"
    assert _blocks(credited) == [
        Image(
            "https://news.example/a.jpg",
            caption="Lee Elder in 1975.",
            credit="Augusta/AP",
            alt="Lee Elder in 1975.",
        )
    ]


def test_content_blocks_keeps_leading_salutation() -> None:
    """A short first line ending with a comma ("Dear readers,") is text, not a label."""
    blocks = _blocks("<p>Kicker</p><p>Dear readers,</p><p>We have news for you today.</p>")
    assert blocks == [Paragraph("Dear readers,"), Paragraph("We have news for you today.")]


def test_page_without_a_container_keeps_its_line_breaks_as_newlines() -> None:
    """A hand-written page whose paragraphs stand each in a branch of its own, so that no
    container holds enough text: every paragraph is taken, its `<br>` a newline (the marker
    the blocks put in place of `<br>` never reaches the text)."""
    branch = "<div><div><div><p>The mayor spoke on {}.<br>Then she left.</p></div></div></div>"
    page = "".join(branch.format(where) for where in ("the radio", "TV", "the phone"))
    article = newsparse.parse(f"<html><body>{page}</body></html>")
    assert article.body[0] == Paragraph("The mayor spoke on the radio.\nThen she left.")
    assert len(article.body) == 3
    assert "\ufdd0" not in article.text
    node = LexborHTMLParser("<div id='c'><p>One<br>two</p></div>").css_first("#c")
    assert node is not None
    emit_blocks([node], url=None, title=None)
    paragraph = node.css_first("p")
    assert paragraph is not None
    assert paragraph_text(paragraph) == "One\ntwo"


_GALLERY_PARTS = (
    "<li>", "</li>", "<ul>", "</ul>", "<figure><img src=a.jpg></figure>",
    "<figure><img src=b.jpg><figcaption>Cap</figcaption></figure>", " ", "word", "<span>",
    "</span>", "<script>x</script>",
)  # fmt: skip


@given(st.lists(st.sampled_from(_GALLERY_PARTS), max_size=30))
def test_content_blocks_gallery_test_reads_as_measuring_texts(parts: list[str]) -> None:
    """`_is_gallery` (one walk that skips figures) agrees with its definition: the list holds
    figures and its text is all theirs."""
    node = LexborHTMLParser("<ul>" + "".join(parts) + "</ul>").css_first("ul")
    assert node is not None
    figures = node.css("figure")
    size = text_size(node.text())
    expected = bool(figures) and size == sum(text_size(f.text()) for f in figures)
    assert blocks_pass._is_gallery(node) == expected


def test_content_blocks_reads_a_chain_of_caption_boxes_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Caption boxes nested in a caption are not read again (each read measures all it holds):
    500 nested ones cost one reading, not 500."""
    read = record_calls(monkeypatch, blocks_pass, "lead_inside")
    page = (
        f"<body><article><p>{'The council met on Monday to vote. ' * 5}</p>"
        + '<div class="caption">' * 500
        + "A bridge at night.</article></body>"
    )
    assert "A bridge at night." not in newsparse.parse(page).text
    assert len(read) <= 5


def test_a_repeated_paragraph_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chrome and notice tests of a paragraph's text are remembered for the walk: 5,000
    copies of one short line (a hand-made page; hostile markup makes such runs) cost one
    test, not 5,000."""
    judged = record_calls_everywhere(monkeypatch, is_notice)
    prose = "The council approved the budget for the new bridge on Monday evening."
    page = f"<article><p>{prose}</p>" + "<div>'</div>" * 5000 + "</article>"
    found = _blocks(page)
    assert found[0] == Paragraph(prose)
    assert len(judged) <= 3


def test_a_repeated_paragraph_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text that repeats the paragraph before it, or that was judged chrome, makes no new
    `Paragraph` (hand-made: 5,000 copies of one line between boxes, as hostile markup makes
    them)."""
    built = record_calls(monkeypatch, Paragraph, "__init__")
    prose = "The council approved the budget for the new bridge on Monday evening."
    page = f"<article><p>{prose}</p>" + "<div>'</div>'" * 5000 + "</article>"
    assert _blocks(page) == [Paragraph(prose), Paragraph("'")]
    assert len(built) <= 5


def test_an_empty_paragraph_is_not_asked_whether_it_links_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A paragraph without text is no story link, and is not read as one (hand-made: 5,000
    empty `<p>`s, as stray `</p>`s make them)."""
    asked = record_calls_everywhere(monkeypatch, chrome.is_story_link)
    prose = "The council approved the budget for the new bridge on Monday evening."
    assert _blocks(f"<p>{prose}</p>" + "<p></p>" * 5000) == [Paragraph(prose)]
    assert len(asked) <= 1


def test_boxes_without_links_are_not_read_for_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a container that holds no link, no box is read for what its links hold (hand-made:
    2,000 boxes 300 levels deep)."""
    read = record_calls(monkeypatch, chrome.LinkFacts, "of")
    prose = "The council approved the budget for the new bridge on Monday evening."
    line = "The vote was close."
    page = "<div>" * 300 + f"<p>{prose}</p>" + f"<div>{line}</div>" * 2000 + "</div>" * 300
    assert _blocks(page) == [Paragraph(prose), Paragraph(line)]
    assert read == []


def test_lists_nested_past_the_model_limit_keep_their_text() -> None:
    """Hand-made: 250 lists nested in each other (a fuzzed page raised RecursionError) give
    lists nested `MAX_LIST_DEPTH` deep, the deeper ones read as their item's text, and every
    output is written."""
    prose = "<p>" + "The council approved the budget for the new bridge. " * 5 + "</p>"
    article = newsparse.parse(f"<article>{prose}" + "<ul><li>item " * 250 + "deep</article>")
    assert "deep" in article.text
    depth, lists = 0, [block for block in article.body if isinstance(block, ListBlock)]
    while lists:
        depth += 1
        lists = [
            block
            for outer in lists
            for entry in outer.entries
            for block in entry.blocks
            if isinstance(block, ListBlock)
        ]
    assert depth == MAX_LIST_DEPTH
    assert Article.from_dict(article.to_dict()) == article
    assert "deep" in article.to_markdown()
    assert "deep" in article.to_html()
