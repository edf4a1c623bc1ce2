"""`parse()` lets only the documented exceptions out, whatever the page or the arguments.

Every page here is hand-made.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import SelectolaxError

import newsparse
from newsparse import Article, Image, SiteParser, registry
from newsparse.errors import ParserWarning
from newsparse.metadata.jsontext import decode_json
from tests.checks import write_plugin

parse_module = importlib.import_module("newsparse.parse")

_PROSE = "<p>The council approved the budget for the new bridge over the river on Tuesday.</p>"


def _nested(depth: int, opener: str, closer: str, inner: str = "1") -> str:
    return opener * depth + inner + closer * depth


_DEEP_JSON = [
    _nested(100_000, "[", "]"),
    _nested(100_000, '{"a":', "}"),
    _nested(50_000, '[{"@graph":', "}]"),
]


@pytest.mark.parametrize("deep", _DEEP_JSON, ids=["lists", "objects", "graphs"])
def test_json_nested_past_the_stack_in_a_meta_tag_is_ignored(deep: str) -> None:
    """A parse.ly meta tag whose JSON nests 100,000 levels gives an Article, no RecursionError."""
    page = f"<html><head><meta name='parsely-page' content='{deep}'></head><body>{_PROSE}</body>"
    article = newsparse.parse(page)
    assert "council approved" in article.text


@pytest.mark.parametrize("deep", _DEEP_JSON, ids=["lists", "objects", "graphs"])
def test_json_ld_nested_past_the_stack_keeps_the_article_node(deep: str) -> None:
    """A JSON-LD block holding a value nested 100,000 levels after the article node still gives
    that node's headline; no RecursionError escapes."""
    script = f'[{{"@type": "NewsArticle", "headline": "Bridge budget"}}, {deep}]'
    page = f'<script type="application/ld+json">{script}</script>{_PROSE}'
    assert newsparse.parse(page).title == "Bridge budget"


@given(depth=st.integers(min_value=1, max_value=20_000), kind=st.sampled_from(["[", '{"a":']))
def test_decode_json_raises_only_value_error(depth: int, kind: str) -> None:
    """JSON of any nesting depth decodes or raises ValueError, never RecursionError."""
    closer = "]" if kind == "[" else "}"
    try:
        decode_json(_nested(depth, kind, closer))
    except ValueError:
        assert depth > 100


# -- arguments ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"url": 123}, "url="),
        ({"url": b"https://example.org/"}, "url="),
        ({"parser": int}, "parser="),
        ({"parser": "example.com"}, "parser="),
        ({"parser": SiteParser()}, "parser="),
        ({"max_bytes": "1000"}, "max_bytes="),
        ({"max_bytes": 1.5}, "max_bytes="),
    ],
)
def test_an_argument_of_the_wrong_type_raises_type_error(
    arguments: dict[str, Any], named: str
) -> None:
    """Every argument of `parse()` of the wrong type raises TypeError naming it."""
    with pytest.raises(TypeError, match=named):
        newsparse.parse(_PROSE, **arguments)


def test_a_path_raises_type_error_saying_what_to_pass(tmp_path: Path) -> None:
    """A path is not markup: the TypeError says to pass its bytes."""
    page = tmp_path / "page.html"
    page.write_text(_PROSE)
    with pytest.raises(TypeError, match=r"path\.read_bytes\(\)"):
        newsparse.parse(page)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url", [" https://example.org/news/story ", "\x01https://example.org/news/story"]
)
def test_the_page_url_is_cleaned_before_links_resolve_against_it(url: str) -> None:
    """Spaces and controls around the page URL are stripped, as browsers do, so relative
    links still resolve."""
    page = f'<article>{_PROSE}<img src="bridge.jpg">{_PROSE}</article>'
    article = newsparse.parse(page, url)
    assert article.url == "https://example.org/news/story"
    assert [b.url for b in article.body if isinstance(b, Image)] == [
        "https://example.org/news/bridge.jpg"
    ]


def test_a_page_url_that_is_no_url_gives_way_to_the_canonical_one() -> None:
    """A page URL that is no http(s) URL is no base: links resolve against the canonical URL."""
    page = f"""<link rel="canonical" href="https://example.org/news/story">
<article>{_PROSE}<img src="bridge.jpg">{_PROSE}</article>"""
    article = newsparse.parse(page, "example.org/news/story")
    assert article.url is None
    assert [b.url for b in article.body if isinstance(b, Image)] == [
        "https://example.org/news/bridge.jpg"
    ]


# -- site parsers and plugins -------------------------------------------------------------------


class _NameRaises(SiteParser):
    """Hand-made: a site parser whose `name()` raises."""

    @classmethod
    def name(cls) -> str:
        raise RuntimeError("no name")


def test_a_site_parser_whose_name_raises_falls_back() -> None:
    """The fallback's warning names the parser by its class when `name()` raises."""
    with pytest.warns(ParserWarning, match=r"test_contract\._NameRaises"):
        article = newsparse.parse(_PROSE, parser=_NameRaises)
    assert article.parser == "generic"
    assert "council approved" in article.text


class _Interrupted(SiteParser):
    """Hand-made: a site parser interrupted while it refines."""

    def refine(self, article: Article) -> Article:
        raise KeyboardInterrupt


class _Exits(SiteParser):
    """Hand-made: a site parser that exits from a field hook."""

    def title(self, tree: object, default: str | None) -> str | None:
        raise SystemExit(3)


@pytest.mark.parametrize(
    ("parser", "stop"), [(_Interrupted, KeyboardInterrupt), (_Exits, SystemExit)]
)
def test_keyboard_interrupt_and_exit_from_a_site_parser_stop_parsing(
    parser: type[SiteParser], stop: type[BaseException]
) -> None:
    """Only `Exception`s of a site parser are caught: an interrupt or exit still stops."""
    with pytest.raises(stop):
        newsparse.parse(_PROSE, parser=parser)


@pytest.fixture
def entry_point(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    """Install one hand-made plugin module for host "plugin.example" (its source given)."""

    def install(source: str) -> None:
        write_plugin(
            tmp_path, "hand_made_plugin", source, {"plugin.example": "hand_made_plugin:Parser"}
        )
        monkeypatch.syspath_prepend(str(tmp_path))
        registry.clear_caches()

    yield install
    sys.modules.pop("hand_made_plugin", None)
    registry.clear_caches()


@pytest.mark.parametrize(
    ("raised", "stop"), [("SystemExit(2)", SystemExit), ("KeyboardInterrupt", KeyboardInterrupt)]
)
def test_exit_while_importing_a_plugin_stops_parsing(
    entry_point: Any, raised: str, stop: type[BaseException]
) -> None:
    """A plugin module that exits or is interrupted while imported stops the program."""
    entry_point(f"raise {raised}\n")
    with pytest.raises(stop):
        newsparse.parse(_PROSE, "https://plugin.example/story")


def test_an_error_while_importing_a_plugin_falls_back(entry_point: Any) -> None:
    """Any `Exception` from a plugin's import gives the generic parser and a ParserWarning."""
    entry_point("raise LookupError('broken plugin')\n")
    with pytest.warns(ParserWarning, match="failed to load"):
        article = newsparse.parse(_PROSE, "https://plugin.example/story")
    assert article.parser == "generic"


# -- memory -------------------------------------------------------------------------------------


def test_lexbor_failing_to_allocate_is_a_memory_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """When Lexbor cannot allocate (selectolax raises SelectolaxError), parse() raises
    MemoryError, as Python does when it runs out of memory itself."""

    def fail(html: object) -> None:
        raise SelectolaxError("Can't parse HTML.")

    monkeypatch.setattr(parse_module, "parse_document", fail)
    with pytest.raises(MemoryError, match="HTML parser"):
        newsparse.parse(_PROSE)


_UNDER_LIMITS = r"""
import resource, sys, warnings
import newsparse
warnings.simplefilter("ignore")
page = sys.stdin.buffer.read()
newsparse.parse(page)
soft, hard = resource.getrlimit(resource.RLIMIT_AS)
used = int(open("/proc/self/statm").read().split()[0]) * resource.getpagesize()
outcomes = set()
for extra in range(2, 40, 2):
    resource.setrlimit(resource.RLIMIT_AS, (used + extra * 2**20, hard))
    try:
        newsparse.parse(page * 20, max_bytes=None)
        outcomes.add("Article")
    except BaseException as error:
        outcomes.add(type(error).__name__)
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
print(" ".join(sorted(outcomes)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc: Linux")
def test_under_a_memory_limit_parse_gives_an_article_or_memory_error() -> None:
    """Under address-space limits from tight to loose, parse() gives an Article or raises
    MemoryError, nothing else."""
    page = f"<html><body><article>{_PROSE * 200}</article></body></html>".encode()
    done = subprocess.run(
        [sys.executable, "-c", _UNDER_LIMITS], input=page, capture_output=True, check=True
    )
    outcomes = set(done.stdout.decode().split())
    assert outcomes <= {"Article", "MemoryError"}, outcomes
    assert "Article" in outcomes
