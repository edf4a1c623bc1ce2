"""Third-party site parsers found through the `newsparse.parsers` entry-point group.

The example package in `tests/plugin_example/` is installed with pip into a temporary
directory, and a fresh interpreter with that directory on its path parses pages with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = Path(__file__).parent / "plugin_example"

# Runs in the fresh interpreter; prints one JSON line of results.
SCRIPT = r"""
import json, warnings
import newsparse

page = (
    "<html><body><div class='writer'>By Ada Lovelace</div><div class='side'><p>"
    + "Sidebar text that is long, much longer than the story itself, to lure scoring. " * 5
    + "</p></div><div class='story-text'><p>The story text that the plugin selects.</p></div>"
    + "</body></html>"
)
out = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    plugin = newsparse.parse(page, url="https://www.plugin.example/story")
    broken = newsparse.parse(page, url="https://broken-import.example/story")
    wrong = newsparse.parse(page, url="https://not-a-parser.example/story")
out["plugin"] = [plugin.parser, plugin.text, list(plugin.authors)]
out["broken"] = broken.parser
out["wrong"] = wrong.parser
out["warnings"] = sorted(str(w.message) for w in caught)
out["parsers"] = [[p.name, list(p.hosts), p.source] for p in newsparse.parsers()]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site-packages")
    subprocess.run(
        [
            sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
            "--disable-pip-version-check", "--target", str(target), str(PLUGIN),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return target


@pytest.fixture(scope="module")
def results(plugin_path: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(plugin_path), *sys.path])}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_plugin_parser_is_picked_up_by_entry_point(results: dict[str, object]) -> None:
    """The installed package's parser serves its host (and its www. subdomain)."""
    parser, text, authors = results["plugin"]  # type: ignore[misc]
    assert parser == "newsparse_example_plugin.PluginExample"
    assert text == "The story text that the plugin selects."
    assert authors == ["Ada Lovelace"]


def test_parsers_lists_the_plugin_and_its_source(results: dict[str, object]) -> None:
    """`newsparse.parsers()` lists the plugin with its distribution as source."""
    assert [
        "newsparse_example_plugin:PluginExample",
        ["plugin.example"],
        "plugin:newsparse-example-plugin",
    ] in results["parsers"]  # type: ignore[operator]


def test_broken_entry_points_warn_and_fall_back(results: dict[str, object]) -> None:
    """An entry point that fails to import or is not a SiteParser warns and is skipped."""
    assert results["broken"] == "generic"
    assert results["wrong"] == "generic"
    messages = " ".join(results["warnings"])  # type: ignore[arg-type]
    assert "missing_module" in messages
    assert "is not a SiteParser subclass" in messages
