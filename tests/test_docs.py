"""The documentation is executable: its Python examples run and its generated parts are current.

Every ```python block of `README.md` and `docs/*.md` runs, in the page's order and in one
namespace per page, with the repository root as the working directory (examples read
`docs/examples/euronews-en.html`). A block is not run when the last non-blank line before its
fence is an HTML comment starting `<!-- not-run` — used for the other tools' code on the
migration page. Blocks in other languages (sh, console, toml, json, text) are not run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

import newsparse
from tests.sites import listing

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLE = ROOT / "docs" / "examples" / "euronews-en.html"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_NOT_RUN = re.compile(r"^<!--\s*not-run\b")


class CodeBlock(NamedTuple):
    """One fenced code block of a Markdown page."""

    page: Path
    line: int  # of the opening fence, 1-based
    language: str
    code: str
    not_run: bool


def code_blocks(page: Path) -> Iterator[CodeBlock]:
    """The fenced code blocks of `page`, in order (also those indented inside lists or tabs)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    previous = ""
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            if lines[index].strip():
                previous = lines[index].strip()
            index += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        body: list[str] = []
        end = index + 1
        while end < len(lines):
            stripped = lines[end].strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                break
            body.append(lines[end].removeprefix(indent))
            end += 1
        words = opening["info"].split()
        language = words[0].strip("{}.") if words else ""
        yield CodeBlock(page, index + 1, language, "\n".join(body), bool(_NOT_RUN.match(previous)))
        previous = ""
        index = end + 1


def python_blocks(page: Path) -> list[CodeBlock]:
    return [block for block in code_blocks(page) if block.language in ("python", "py")]


RUNNABLE = [page for page in PAGES if any(not b.not_run for b in python_blocks(page))]


@pytest.mark.parametrize("page", RUNNABLE, ids=[str(p.relative_to(ROOT)) for p in RUNNABLE])
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page's Python examples run in order, in one namespace, from the repository root."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "__main__"}
    try:
        for block in python_blocks(page):
            if not block.not_run:
                # Padding keeps the page's line numbers in tracebacks.
                source = "\n" * block.line + block.code
                exec(compile(source, str(page), "exec"), namespace)
    finally:
        for value in namespace.values():
            if isinstance(value, type) and issubclass(value, newsparse.SiteParser):
                newsparse.unregister(value)


def test_examples_are_found() -> None:
    """The collector sees the pages' Python blocks (a broken fence regex would run nothing)."""
    assert len(RUNNABLE) >= 5
    readme = python_blocks(ROOT / "README.md")
    assert readme
    assert "newsparse.parse(" in readme[0].code


def test_not_run_blocks_are_python() -> None:
    """A `<!-- not-run -->` marker stands only before a Python block, never astray."""
    for page in PAGES:
        for block in code_blocks(page):
            assert not block.not_run or block.language in ("python", "py"), (page, block.line)


def test_model_example_json_is_real_output() -> None:
    """The example JSON of docs/model.md is `parse()` of the example page, lists shortened."""
    page = ROOT / "docs" / "model.md"
    (block,) = [b for b in code_blocks(page) if b.language == "json"]
    shown = json.loads(block.code)
    real = newsparse.parse(EXAMPLE.read_bytes(), url=shown["url"]).to_dict()
    assert list(shown) == list(real)
    for key, value in shown.items():
        if isinstance(value, list) and value:
            assert value == real[key][: len(value)], key
        else:
            assert value == real[key], key


def test_supported_sites_table_is_current() -> None:
    """docs/supported-sites.md lists exactly the registry's built-in parsers."""
    assert listing.committed() == listing.table(), (
        "the table of docs/supported-sites.md is stale: run `python -m tools.supported_sites`"
    )


_INLINE_CODE = re.compile(r"(`+).+?\1", re.DOTALL)
_LINK_TARGETS = (
    re.compile(r"\]\(\s*<?([^)\s>]*)"),  # [text](target) and ![alt](target)
    re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]*)", re.MULTILINE),  # [label]: target
    re.compile(r"""\b(?:href|src)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE),  # HTML
)
_WEB = re.compile(r"https?://", re.IGNORECASE)


def prose(markdown: str) -> str:
    """`markdown` without its fenced code blocks and inline code spans."""
    lines: list[str] = []
    fence = ""
    for line in markdown.splitlines():
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
        elif (opening := _FENCE.match(line)) is not None:
            fence = opening["fence"]
        else:
            lines.append(line)
    return _INLINE_CODE.sub("", "\n".join(lines))


def link_targets(markdown: str) -> list[str]:
    """The targets of the Markdown and HTML links and images of `markdown`, outside code."""
    text = prose(markdown)
    return [match[1] for pattern in _LINK_TARGETS for match in pattern.finditer(text)]


def test_link_targets_are_found() -> None:
    """The link finder sees each form of link, and nothing inside code (hand-made text)."""
    markdown = (
        "[a](docs/cli.md) ![b](<img.svg>) [c](https://x.org/a) <a href='CHANGELOG.md'>d</a>\n"
        "[e]: tests/data/x.txt\n`[f](in-code.md)`\n```sh\n[g](fenced.md)\n```\n[h](#usage)\n"
    )
    assert sorted(link_targets(markdown)) == sorted(
        ["docs/cli.md", "img.svg", "https://x.org/a", "CHANGELOG.md", "tests/data/x.txt", "#usage"]
    )


def test_readme_links_only_to_the_web() -> None:
    """README.md is the package index's long description: every link is absolute http(s).

    A relative link (`docs/cli.md`, `CHANGELOG.md`, an anchor) only works inside the
    repository, so the README names such files as plain paths instead.
    """
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [target for target in link_targets(readme) if not _WEB.match(target)] == []
