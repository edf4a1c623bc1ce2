"""The `newsparse` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main

# Hand-written page for the CLI tests.
PAGE = (
    "<html><head><title>CLI test page</title></head><body><article>"
    "<h1>CLI test page</h1><p>The first paragraph of a hand-written story for tests.</p>"
    "</article></body></html>"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_text_format_prints_header_and_body(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The default format prints the title line and the body text."""
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert "Title:     CLI test page" in out
    assert "The first paragraph of a hand-written story for tests." in out


def test_json_format_is_valid_json(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the to_dict() form as JSON, with the given URL."""
    assert main([str(page), "--format", "json", "--url", "https://example.org/x"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["url"] == "https://example.org/x"
    assert data["title"] == "CLI test page"


def test_markdown_format(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format markdown starts with the title as a heading."""
    assert main([str(page), "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("# CLI test page")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`-` reads the page from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    assert main(["-"]) == 0
    assert "CLI test page" in capsys.readouterr().out


def test_missing_file_exits_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unreadable file gives exit code 1 and a one-line error on stderr."""
    assert main([str(tmp_path / "missing.html")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsparse: ")
    assert err.count("\n") == 1


def test_empty_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty page gives exit code 1 and names the problem."""
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert main([str(path)]) == 1
    assert "empty document" in capsys.readouterr().err


def test_python_dash_m(page: Path) -> None:
    """`python -m newsparse` runs the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", str(page)], capture_output=True, text=True, check=True
    )
    assert "CLI test page" in result.stdout
