"""Pass 4, removing chrome. The HTML snippets here are hand-written, not taken from real pages."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse.content.chrome import elements
from newsparse.content.clean import remove_chrome
from tests.checks import record_calls

ARTICLE = "<p>" + "The council voted on the budget for the coming year. " * 3 + "</p>"


def _cleaned(html: str) -> str:
    tree = LexborHTMLParser(html)
    remove_chrome(tree)
    body = tree.body
    return body.text() if body is not None else ""


def test_content_clean_removes_share_bar() -> None:
    """A share bar named by a class word disappears."""
    text = _cleaned(f'<body><div class="share-tools">Share on Facebook</div>{ARTICLE}</body>')
    assert "Facebook" not in text
    assert "council voted" in text


def test_content_clean_keeps_shareholder_class() -> None:
    """`share` as part of another word ("shareholder") is not chrome."""
    text = _cleaned(f'<body><div class="shareholder-letter">{ARTICLE}</div></body>')
    assert "council voted" in text


def test_content_clean_keeps_wrapper_named_like_ads() -> None:
    """A wrapper with an ad-like class that holds the article paragraphs is kept."""
    paragraphs = ARTICLE * 5
    text = _cleaned(f'<body><div class="page has-ads">{paragraphs}</div><p>x</p></body>')
    assert "council voted" in text


def test_content_clean_keeps_ancestors_of_article_body() -> None:
    """An element around `[itemprop=articleBody]` survives even with a chrome class."""
    html = (
        f'<body><div class="social-wrap"><div itemprop="articleBody">{ARTICLE}</div></div></body>'
    )
    assert "council voted" in _cleaned(html)


def test_content_clean_removes_scripts_and_navigation() -> None:
    """Script text and navigation links are removed."""
    html = f"<body><nav><a href='/'>Home</a></nav><script>var x = 1;</script>{ARTICLE}</body>"
    text = _cleaned(html)
    assert "Home" not in text
    assert "var x" not in text


def test_content_clean_removes_hidden_and_screen_reader_text() -> None:
    """`[hidden]` elements and screen-reader-only text are removed."""
    html = (
        f'<body><div hidden>Secret menu</div><span class="sr-only">Skip to main</span>'
        f"{ARTICLE}</body>"
    )
    text = _cleaned(html)
    assert "Secret menu" not in text
    assert "Skip to main" not in text


def test_content_clean_removes_site_header_but_keeps_article_header() -> None:
    """A page header goes; the header inside the article (with its lead) stays."""
    html = (
        "<body><header>Site name and menu</header><article><header>"
        "<p class='lead'>The lead of the story.</p></header>"
        f"{ARTICLE}</article></body>"
    )
    text = _cleaned(html)
    assert "Site name" not in text
    assert "The lead of the story." in text


def test_content_clean_removes_related_widget() -> None:
    """A related-articles widget is removed."""
    html = f'<body>{ARTICLE}<div class="related-posts"><a href="/x">Other story</a></div></body>'
    assert "Other story" not in _cleaned(html)


def test_content_clean_handles_page_without_body_content() -> None:
    """A fragment without paragraphs or chrome does not raise."""
    assert _cleaned("<div>just text</div>") == "just text"


def test_content_clean_splits_camel_case_names() -> None:
    """A camelCase id ("FollowGoogleNews") is read word by word, so "follow" is found."""
    text = _cleaned(f'<body>{ARTICLE}<div id="FollowGoogleNews">Follow us on</div></body>')
    assert "Follow us" not in text
    assert "council voted" in text


def test_content_clean_nested_chrome_removed_once() -> None:
    """Chrome inside chrome (a nav menu in a footer, a style in an svg) is removed with its
    container, and removing it leaves the rest of the tree intact."""
    html = (
        '<body><footer class="site-footer"><nav class="menu"><div class="share">S</div></nav>'
        '<svg><style>x</style></svg></footer><div class="story">'
        f"{ARTICLE}</div><aside><nav>Links</nav></aside></body>"
    )
    for _ in range(50):  # a freed node removed twice corrupted later trees now and then
        text = _cleaned(html)
        assert "council voted" in text
        assert "Links" not in text
        assert "S" not in text.replace("The council", "")


def test_content_clean_drops_furigana() -> None:
    """Ruby readings over the words (<rt> without <rp>) are not text."""
    text = _cleaned("<body><p><ruby>漢字<rt>かんじ</rt></ruby>を読む</p></body>")
    assert text == "漢字を読む"


def test_content_clean_keeps_ruby_with_parentheses() -> None:
    """A reading the page gives a plain-text form with <rp> parentheses stays."""
    text = _cleaned(
        "<body><p><ruby>尹錫悦<rp>\uff08</rp><rt>ユンソンニョル</rt><rp>\uff09</rp></ruby>大統領</p></body>"
    )
    assert text == "尹錫悦\uff08ユンソンニョル\uff09大統領"


def test_content_clean_breadcrumb_heading_is_not_an_anchor() -> None:
    """An <h1> inside a breadcrumb trail does not keep the trail."""
    html = (
        '<body><article><ol class="breadcrumbs"><li>Home</li><li><h1>Page</h1></li></ol>'
        f"{ARTICLE}</article></body>"
    )
    text = _cleaned(html)
    assert "Home" not in text
    assert "council voted" in text


@pytest.mark.parametrize(
    ("wrapper", "paragraph", "marker"),
    [
        # A named comment section, however many paragraphs it has.
        (
            '<div id="comments">{}</div>',
            "I disagree with this article entirely, says a reader.",
            "I disagree",
        ),
        # A sidebar of teasers, even when it holds more paragraphs than the article.
        (
            '<div class="sidebar">{}</div>',
            "Another story from our archive, worth a read later today.",
            "archive",
        ),
    ],
    ids=["comments", "sidebar"],
)
def test_content_clean_removes_section_holding_most_paragraphs(
    wrapper: str, paragraph: str, marker: str
) -> None:
    """Comment sections and sidebars go even when they outweigh the article."""
    section = wrapper.format(f"<p>{paragraph}</p>" * 10)
    html = f'<body><div class="content">{ARTICLE}</div>{section}</body>'
    text = _cleaned(html)
    assert marker not in text
    assert "council voted" in text


@pytest.mark.parametrize("name", ["live-match-comment", "live-comments", "liveblog-comment"])
def test_content_clean_keeps_live_commentary(name: str) -> None:
    """The comments of a live blog or match are its commentary, not readers' comments."""
    entry = f'<div class="{name}"><p>90th minute: the keeper saves a late header.</p></div>'
    html = f"<body>{ARTICLE}{entry * 3}</body>"
    text = _cleaned(html)
    assert "keeper saves" in text
    assert "keeper saves" not in _cleaned(html.replace(name, "user-comments"))


@pytest.mark.parametrize("wrapper", ["page has-ads", "lay-sidebar", "sidebar__main"])
def test_content_clean_keeps_chrome_named_wrapper_holding_most_of_the_text(wrapper: str) -> None:
    """A wrapper named like chrome, or a layout with a sidebar, that holds most of the page's
    paragraph text is kept, even when shorter paragraphs outside it are more numerous."""
    teasers = "<p>Another short teaser.</p>" * 5
    html = (
        f'<body><div class="{wrapper}"><div class="col">{ARTICLE * 3}</div></div>'
        f"<div class='list'>{teasers}</div></body>"
    )
    assert "council voted" in _cleaned(html)


def test_content_clean_keeps_layout_named_for_its_sidebar() -> None:
    """A layout wrapper named for having a sidebar ("layout-right-sidebar") is kept."""
    html = f'<body><div class="layoutRightSidebar">{ARTICLE * 5}</div><p>x</p></body>'
    assert "council voted" in _cleaned(html)


@pytest.mark.parametrize(
    ("box", "gone"),
    [
        # In a BEM name ("block__element--modifier") the element says what the box is: a share
        # group inside the article is chrome, though its block is named like the article body.
        ('<div class="article-content__share-group">Share this story</div>', "Share this"),
        ('<div class="article-body__ad">Advertisement</div>', "Advertisement"),
        ('<div class="story-body__comments--open">12 comments</div>', "12 comments"),
        # Never shown (`hidden`, or an AMP `fallback`, shown only when its component fails),
        # even when named "article content".
        ('<div class="article-content__disclaimer" hidden><p>We earn a fee.</p></div>', "fee"),
        ('<div class="entry-content" fallback><p>Video failed to load.</p></div>', "Video"),
        # "sign-in" names a login prompt.
        ('<div class="article-block sign-in-group">Sign in to read more</div>', "Sign in"),
        # Prompts to install the site's app ("appHint" read as "app-hint").
        ('<div class="col appHint"><a href="/app">Read it in our app!</a></div>', "our app"),
        ('<div class="getApp_b">Get the app</div>', "Get the"),
        # Named like an article body, but of other stories.
        ('<div class="related-article-content"><a href="/x">Other story</a></div>', "Other"),
        (
            '<div id="latest_article-body-tab"><ul><li><a href="/y">Latest one</a></li></ul></div>',
            "Latest one",
        ),
        # An author box ("writerProfile"), a WordPress post's meta line ("postmetadata"),
        # a media player's notices (its media is gone).
        ('<div id="writerProfile"><div>About the writer</div><p>J. Doe</p></div>', "writer"),
        ('<p class="postmetadata">Filed under News. Comments are closed.</p>', "Filed"),
        (
            '<div class="audio-player"><p>This audio is AI-generated.</p>'
            '<a href="/report">Report an error</a></div>',
            "AI-generated",
        ),
        # A box of tags, as "tagbox" or "tag-box".
        ('<div class="tagbox"><h3>Tags of this article</h3><a href="/t">Budget</a></div>', "Tags"),
        # A "teaser" whose headline is a link is a card for another story.
        (
            '<div class="teaser"><h3><a href="/other-story">Bridge opens to traffic</a></h3>'
            "<p>The new bridge opened on Friday.</p></div>",
            "Bridge opens",
        ),
    ],
)
def test_content_clean_chrome_box_in_the_article_goes(box: str, gone: str) -> None:
    """Chrome inside the article goes, the article's paragraphs stay."""
    text = _cleaned(f"<body><article>{ARTICLE}{box}{ARTICLE}</article></body>")
    assert gone not in text
    assert "council voted" in text


def test_content_clean_box_named_like_a_share_bar_that_holds_prose_stays() -> None:
    """A box named like a share bar but holding paragraphs of prose is a story wrapped with its
    share buttons ("sr-body-share-wrapper", one per story of a speed-read page): it stays,
    though no one of them holds most of the page's text; a share bar goes."""
    story = f'<div class="sr-body-share-wrapper">{ARTICLE * 3}</div>'
    bar = '<div class="share-bar"><p>Share this story</p></div>'
    text = _cleaned(f"<body><section>{story}{bar}{story}{story}</section></body>")
    assert text.count("council voted") == 27  # three stories, each three times ARTICLE
    assert "Share this story" not in text


def test_content_clean_bem_element_of_the_article_is_still_the_article() -> None:
    """A BEM element with no chrome word ("article-content__content-group") is the article:
    it anchors its ancestors, so a chrome-named wrapper around it stays."""
    html = (
        '<body><div class="social-wrap"><section class="article-content__content-group">'
        f"{ARTICLE}</section></div></body>"
    )
    assert "council voted" in _cleaned(html)


def test_content_clean_body_named_box_inside_the_body_does_not_save_its_chrome() -> None:
    """Inside the article's "article-content", a teaser card's "news__content" does not save
    the "also-read" box around it (only the outermost element named like the body holds the
    article), yet a paragraph named like the body is never removed itself, whatever its id."""
    card = (
        '<div class="also-read-news"><h3>Also read</h3><div class="news__content">'
        '<a href="/other-story">Bridge opens to traffic</a></div></div>'
    )
    named = '<p class="articleBodyBlock" id="block-id-AuAdJl">Second part of the story.</p>'
    text = _cleaned(
        f'<body><div class="article-content">{ARTICLE}{card}{named}{ARTICLE}</div></body>'
    )
    assert "Bridge opens" not in text
    assert "Second part" in text
    assert "council voted" in text


def test_content_clean_signings_are_not_a_sign_in() -> None:
    """A class "signings" (a transfer list) is not the chrome word "sign-in"."""
    assert "council voted" in _cleaned(f'<body><div class="signings">{ARTICLE}</div></body>')


def test_content_clean_teaser_lead_stays() -> None:
    """A "teaser" that is the article's own lead (German usage), with at most a few words
    linked, stays."""
    lead = (
        '<p class="article__teaser">The council met on Monday to vote on the budget, which '
        'sets spending for <a href="/budget">next year</a> and beyond.</p>'
    )
    text = _cleaned(f"<body><article>{lead}{ARTICLE}</article></body>")
    assert "met on Monday" in text


def test_content_clean_does_not_judge_a_chain_of_teasers_again_and_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A teaser is judged by all the links it holds: inside a card (removed whole) or inside
    four teasers that were no card, no more are judged, so 500 nested ones are not 500 reads."""
    judged = record_calls(monkeypatch, elements, "_is_link_card")
    links = '<a href="/other-story">Another story</a>' * 50
    for page in (
        f"<body>{ARTICLE}{'<div class=teaser>' * 500}{links}",
        f"<body>{ARTICLE}{'<div class=teaser>' * 500}{ARTICLE * 10}",
    ):
        judged.clear()
        _cleaned(page)
        assert len(judged) <= 5


def test_content_clean_judges_the_parts_of_an_article_card() -> None:
    """An `<article>` that is a card stays (it may be the story), so its parts are still
    judged: its linked title goes."""
    card = (
        '<article class="teaser"><div class="teaser__title"><a href="/other">Spiders spread'
        "</a></div><p>Short summary.</p></article>"
    )
    text = _cleaned(f"<body>{ARTICLE}{card}</body>")
    assert "Spiders" not in text
    assert "council voted" in text


def _stories(*addresses: str) -> str:
    """Hand-written: stories one after another, as an infinite scroll loads them."""
    return "<body>" + "".join(
        f'<article data-url="{address}"><h1>Story {index}</h1>{ARTICLE}</article>'
        for index, address in enumerate(addresses)
    )


def test_content_clean_keeps_the_story_naming_the_page_of_an_infinite_scroll() -> None:
    """Of several `<article>`s each naming its own address, those naming another page than
    this one are other stories, loaded below it; the one naming this page stays."""
    tree = LexborHTMLParser(_stories("/news/1-first", "https://example.org/news/2-second", "/n/3"))
    remove_chrome(tree, page="https://www.example.org/news/2-second/")
    assert [h1.text() for h1 in tree.css("h1")] == ["Story 1"]


def test_content_clean_keeps_every_story_when_none_names_the_page() -> None:
    """When no `<article>` names this page, none of them is taken for another story."""
    tree = LexborHTMLParser(_stories("/news/1-first", "/news/2-second"))
    remove_chrome(tree, page="https://example.org/news/archive")
    assert len(tree.css("h1")) == 2
    remove_chrome(tree, page=None)
    assert len(tree.css("h1")) == 2
