"""The site-parser surface: one method per field hook, misspelt hooks refused, one field list."""

from __future__ import annotations

import inspect

import attrs
import pytest
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse import Article, SiteParser
from newsparse.errors import ParserWarning
from newsparse.metadata import METADATA_FIELDS, Metadata
from newsparse.metadata.fields import Fields
from newsparse.registry import find_parser
from newsparse.siteparser import FIELD_HOOKS, overridden_fields

_ARTICLE = {field.name: field for field in attrs.fields(Article)}


def test_the_field_hooks_are_the_metadata_fields_of_article() -> None:
    """One hook per metadata field, in `Article`'s order; a new metadata field of `Article`
    appears here, and the tests below then ask for its `Metadata` field and hook method."""
    assert FIELD_HOOKS == METADATA_FIELDS
    assert [name for name in _ARTICLE if name in METADATA_FIELDS] == list(METADATA_FIELDS)
    assert {"title", "authors", "published"} <= set(METADATA_FIELDS)


def test_metadata_has_the_article_fields_with_their_types_and_defaults() -> None:
    """`Metadata` spells the list for typing; it agrees with `Article` name by name."""
    fields = attrs.fields(Metadata)
    assert tuple(f.name for f in fields) == (*METADATA_FIELDS, "article_body", "base_url")
    for field in fields[: len(METADATA_FIELDS)]:
        assert (field.type, field.default) == (
            _ARTICLE[field.name].type,
            _ARTICLE[field.name].default,
        ), field.name


def test_each_source_reads_the_metadata_fields() -> None:
    """`Fields` (one source's raw values) has one field per metadata field; the canonical URL
    is its `url`, and it adds the JSON-LD `articleBody`."""
    names = {"url" if name == "canonical_url" else name for name in METADATA_FIELDS}
    assert {f.name for f in attrs.fields(Fields)} == names | {"article_body"}


@pytest.mark.parametrize("name", FIELD_HOOKS)
def test_every_field_hook_is_a_documented_method_taking_the_field_type(name: str) -> None:
    """Each hook is a method `(tree, default)` whose `default` has the `Article` field's type,
    with a docstring; the base method returns the generic value unchanged."""
    hook = getattr(SiteParser, name)
    parameters = inspect.signature(hook).parameters
    assert list(parameters) == ["self", "tree", "default"]
    assert parameters["default"].annotation == _ARTICLE[name].type
    assert hook.__doc__
    default = _ARTICLE[name].default
    assert hook(SiteParser(), LexborHTMLParser("<p>x</p>"), default) is default


def test_an_override_is_found_by_comparison_with_the_base_method() -> None:
    """Only the hooks a subclass defines are overridden, in `FIELD_HOOKS` order."""

    class Titled(SiteParser):
        def tags(self, tree: LexborHTMLParser, default: tuple[str, ...]) -> tuple[str, ...]:
            return default

        def title(self, tree: LexborHTMLParser, default: str | None) -> str | None:
            return default

    class Inherits(Titled):
        pass

    assert overridden_fields(SiteParser()) == []
    assert overridden_fields(Titled()) == ["title", "tags"]
    assert overridden_fields(Inherits()) == ["title", "tags"]


def test_a_misspelt_field_method_is_an_error() -> None:
    """A public method that is no hook raises `TypeError` when the class is created."""
    with pytest.raises(TypeError, match=r"Misspelt\.titel is no SiteParser hook"):

        class Misspelt(SiteParser):
            def titel(self, tree: LexborHTMLParser, default: str | None) -> str | None:
                return "never used"


def test_a_misspelt_selector_is_an_error() -> None:
    """A public attribute that is no hook raises `TypeError` when the class is created."""
    with pytest.raises(TypeError, match=r"Misspelt\.author_selectr is no SiteParser hook"):

        class Misspelt(SiteParser):
            hosts = ("example.com",)
            author_selectr = ".byline"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("body_selector", (".story",), "must be a CSS selector"),
        ("title", "Fixed headline", "must be a method"),
        ("refine", None, "must be a method"),
    ],
)
def test_a_hook_of_the_wrong_kind_is_an_error(name: str, value: object, message: str) -> None:
    """A selector that is no string, or a method hook replaced by a value, raises `TypeError`."""
    with pytest.raises(TypeError, match=message):
        type("Wrong", (SiteParser,), {name: value})


def test_private_helpers_and_inherited_hooks_are_allowed() -> None:
    """Names with a leading underscore are the subclass's own; hooks may be overridden."""

    class Helped(SiteParser):
        hosts = ("example.com",)
        body_selector = ".story"
        _BYLINE = ".byline"

        @classmethod
        def name(cls) -> str:
            return "helped"

        def authors(self, tree: LexborHTMLParser, default: tuple[str, ...]) -> list[str]:
            return self._names(tree) or list(default)

        def _names(self, tree: LexborHTMLParser) -> list[str]:
            return [node.text(strip=True) for node in tree.css(self._BYLINE)]

    assert Helped.name() == "helped"
    assert overridden_fields(Helped()) == ["authors"]


def test_hosts_compare_alike_when_serving_and_when_registered() -> None:
    """A claimed host is read as `serves()` reads it, at registration too: case, spaces and
    surrounding dots do not count (hand-made hosts)."""

    class Dotted(SiteParser):
        hosts = (" .Dotted.Example. ",)

    assert Dotted.serves("www.dotted.example")
    newsparse.register(Dotted)
    try:
        assert find_parser("WWW.DOTTED.EXAMPLE.") is Dotted
        assert find_parser("notdotted.example") is None
    finally:
        newsparse.unregister(Dotted)


def test_a_kind_hook_outside_the_vocabulary_falls_back() -> None:
    """A site parser's `kind()` that names no documented kind is refused by the model: the
    page is parsed by the generic parser, with a ParserWarning."""

    class Kinded(newsparse.SiteParser):  # hand-made
        def kind(self, tree: LexborHTMLParser, default: str | None) -> str | None:
            return "story"

    with pytest.warns(ParserWarning):
        article = newsparse.parse(b"<title>T</title><p>Some text of a page.</p>", parser=Kinded)
    assert article.parser == "generic"
