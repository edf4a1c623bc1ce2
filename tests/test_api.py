"""The public API stays small and explicit."""

from __future__ import annotations

import importlib.metadata
import inspect
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "api.md"


def documented_api() -> set[str]:
    """The names documented in docs/api.md, one `::: newsparse.NAME` entry each."""
    text = API_PAGE.read_text(encoding="utf-8")
    return set(re.findall(r"^:::[ \t]+newsparse\.(\w+)[ \t]*$", text, flags=re.MULTILINE))


def test_all_is_the_documented_api() -> None:
    """`newsparse.__all__` equals the names documented in docs/api.md."""
    documented = documented_api()
    exported = set(newsparse.__all__)
    assert sorted(exported - documented) == [], "exported but missing from docs/api.md"
    assert sorted(documented - exported) == [], "in docs/api.md but not in newsparse.__all__"


def test_all_is_sorted() -> None:
    """`__all__` is kept sorted."""
    assert list(newsparse.__all__) == sorted(newsparse.__all__)


def test_every_public_name_has_a_docstring() -> None:
    """Every public class and function is documented."""
    for name in newsparse.__all__:
        obj = getattr(newsparse, name)
        if isinstance(obj, type) or inspect.isfunction(obj):
            assert obj.__doc__, name


def test_version_is_a_string() -> None:
    """__version__ is a non-empty version string."""
    assert newsparse.__version__[0].isdigit()


def test_version_is_the_installed_distributions() -> None:
    """__version__ is the version of the installed distribution (one source: _version.py)."""
    assert newsparse.__version__ == importlib.metadata.version("newsparse")


@pytest.mark.parametrize("command", [["newsparse"], [sys.executable, "-m", "newsparse"]])
def test_command_line_version(command: list[str]) -> None:
    """`newsparse --version` and `python -m newsparse --version` print the version."""
    if command == ["newsparse"]:
        # The console script installed beside this interpreter, not one elsewhere on PATH.
        script = shutil.which("newsparse", path=str(Path(sys.executable).parent))
        assert script, "the newsparse console script is not installed"
        command = [script]
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"newsparse {newsparse.__version__}"
