"""The screen's fast paths read what its exact rules read (hand-made and generated markup)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import screen as screen_module
from newsparse.screen import screen, screen_bound
from tests.checks import lexbor_tree

# The exact reading of a tag (the tokenizer's attribute states), as the screen's last branch.
_EXACT_TAG = re.compile(rb"<(/?)([a-z][^\t\n\f\r />]*)(?=(%b))\3(/?)>" % screen_module._ATTRS)

# Attributes, well-formed or not (a quote or "=" where the tokenizer reads it as part of a name
# or an unquoted value), and the end of the tag.
_SPACES = st.sampled_from(["", " ", "\t\n", "/"])
_ATTRIBUTE = st.tuples(
    _SPACES,
    st.sampled_from(["b", "data-x", "=", '"', "'", "<", "`", "b'c"]),
    st.sampled_from(["", "=", " = ", "= "]),
    st.sampled_from(['"x>y"', "'y'", "", "c", "c/", "/x/", '"', "=c", "`c", "c'd", "c<d", "a=b"]),
).map("".join)
_TAG_SOUP = st.tuples(st.lists(_ATTRIBUTE, max_size=4).map("".join), _SPACES, st.just(">x>")).map(
    "".join
)


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["<", "</"]), st.sampled_from(["a", "div", "fb:like", "h2"]), _TAG_SOUP)
def test_a_plain_tag_is_read_as_the_tokenizer_reads_it(opening: str, name: str, rest: str) -> None:
    """Where the fast branch takes a tag, its end, name and self-closing flag are the exact
    branch's: `<a b="x>y">`, `<a b=c/>` (no self-closing flag), `<a ="x>` (a name `="x`)..."""
    text = (opening + name + rest).encode()
    token = screen_module._TOKEN.match(text)
    if token is None or token.lastindex != 3:
        return  # not a plain tag: read by the exact branch itself
    exact = _EXACT_TAG.match(text)
    assert exact is not None
    assert token.end() == exact.end()
    assert token.group(1, 2, 3) == (exact.group(1) or None, exact.group(2), exact.group(4))


def test_elements_with_a_colon_in_their_name_are_html_elements() -> None:
    """`<fb:like>` outside SVG and MathML is an HTML element, closed by its end tag: the
    screen follows it (it used to give up, taking it for a foreign element)."""
    page = b"<body>" + b'<div><fb:like href="x"></fb:like><p>text</p></div>' * 50
    assert screen(page, 512, 10**6) == (4, 3 + 50 * 3)


@pytest.mark.parametrize(
    ("page", "tree"),
    [
        (b"<link><noscript><link></noscript><meta><noscript><div><div>x</div>", (4, 10)),
        (b"<noscript></noscript><noscript><div><p>x", (4, 7)),
        (b"<noscript></head></noscript><noscript><div>x", (3, 6)),
        (b"<head></head><noscript><div>x", (4, 5)),
        (b"</body><noscript><b>x", (4, 5)),
    ],
)
def test_noscript_after_the_head_or_another_noscript(page: bytes, tree: tuple[int, int]) -> None:
    """A second `<noscript>` in the head is in the head again; after `</head>` (not ignored
    in a `<noscript>`), a `<noscript>` starts the body. Hand-made; `tree` is Lexbor's depth
    and element count (the screen used to give up on both)."""
    assert screen(page, 512, 10**6) == tree


@pytest.mark.parametrize(
    "page",
    [
        b"<p><button></p>",
        b"<div><p><svg><foreignObject><div></p>x",
        b"<p><table><tr><td>x" * 3,
        b"\n<p><table><tr><td><p>x</p><table><td>y",
        b"<!doctype html><p><table><tr><td>x<p>y<table><td>z",
        b"<article><div><svg><foreignObject><div>x</article>y</div>z",
        b"<article><math><mi><div>x</section></article>",
        b"<article>" + b"<div>" * 100 + b"x</article><p>y",
        b"<li>" + b"<span>" * 40 + b"x</li>y",
    ],
)
def test_the_screen_follows_scopes_quirks_and_long_closes(page: bytes) -> None:
    """Hand-made: a `</p>` out of scope inserts a `<p>` one level down; a `<table>` in a `<p>`
    leaves it open on a page without a doctype and closes it after `<!doctype html>`; an end
    tag in SVG or MathML that names no foreign element follows the HTML rules, for which the
    foreign elements that end a scope end it; an end tag closes its element however far down.
    The screen gives Lexbor's depth and element count (it used to give up, or to count one
    level less for the `</p>`)."""
    assert screen(page, 512, 10**6) == lexbor_tree(page)


# Markup the screen follows, nested, stray and misplaced (hand-made fragments).
_FOLLOWED = st.sampled_from(
    [
        "<div>", "</div>", "</x>", "<span>", "</span>", "<p>", "</p>", "</br>", "<li>", "<ul>",
        "</ul>", "<dd>", "<dl>", "<h2>", "<div><h2>", "</h2>", "<table><tr><td>", "<table><td>",
        "</td>", "</table>", "<p><table>", "<form>", "</form>", "<button>", "</button>",
        "<svg><foreignObject>", "<math><mi>", "<g/>", "<svg><g/></svg>", "<!--</div>-->",
        "<script></div></script>", "<script>'</div>'</script>", "<textarea></div></textarea>",
        "<title><div></title>", "<style><p></style>", "<xmp></p></xmp>", '<div title="</div>">',
        "<?</div>?>", "<a href=x>", "</a>", "<b>", "</b>", "<img>", "<hr>", "<br/>", "<div/>",
        "x", " ", "text", "</li>", "<h3 id='h'>", "<fb:like>", "</fb:like>",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["", "<!doctype html>", "<body>"]),
    st.lists(_FOLLOWED, min_size=10, max_size=400),
    st.integers(min_value=4, max_value=60),
    st.integers(min_value=2, max_value=40),
)
def test_the_screen_bounds_what_it_follows_exactly(
    start: str, parts: list[str], max_depth: int, factor: int
) -> None:
    """Where the screen follows a page to its end, what it makes of it is within both limits,
    and the depth and element count it gives are those of the tree Lexbor builds from it."""
    page = (start + "".join(parts)).encode()
    outcome = screen_bound(page, max_depth, factor * max_depth)
    if outcome is None:
        return
    assert outcome.depth <= max_depth
    assert outcome.elements <= factor * max_depth
    assert lexbor_tree(outcome.text) == (outcome.depth, outcome.elements)
    assert outcome.rewritten == (outcome.text != page)


def test_the_screen_gives_up_on_raw_text_it_would_read_again_and_again() -> None:
    """Hand-made: past the depth limit, a removed `<title>` start tag leaves its text to be
    read as markup, where the next `<title>` runs to the same end tag again. 5,000 of them
    would be read 5,000 times: the screen gives up (the model, which reads the page once,
    bounds it) once it would read again more than the page's size."""
    page = b"<body>" + b"<div>" * 600 + b"<title>x" * 5000 + b"</title>"
    assert screen_bound(page, 512, 10**6) is None
