"""`newsparse.dask.parse_warcs()` on `distributed.LocalCluster`s, and the docs' Dask example."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

import newsparse
from newsparse.dask import ARTICLE_KEYS, parse_warcs
from tests.checks import write_plugin
from tests.warcfiles import CASE_IDS, CorpusPage, corpus_page, write_pages_warc

PAGES = [corpus_page(case_id) for case_id in CASE_IDS]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def test_articles_of_two_warc_files(client: Client, tmp_path: Path) -> None:
    """Two WARC files give two partitions and one article dict per page, on the cluster."""
    first, second = tmp_path / "first.warc.gz", tmp_path / "second.warc"
    write_pages_warc(first, PAGES[:2])
    write_pages_warc(second, PAGES[2:])
    bag = parse_warcs([first, second])
    assert bag.npartitions == 2
    rows = client.compute(bag).result(timeout=60)
    assert [row["url"] for row in rows] == [page.url for page in PAGES]
    assert [row["warc"] for row in rows] == [str(first)] * 2 + [str(second)] * 2
    for row, page in zip(rows, PAGES, strict=True):
        assert set(row) == set(ARTICLE_KEYS)
        assert row["error"] is None
        expected = newsparse.parse(page.html, url=page.url).to_dict()
        assert {key: row[key] for key in expected} == expected


def test_bag_operations_run_on_the_cluster(client: Client, tmp_path: Path) -> None:
    """The bag is an ordinary Dask bag: filter and pluck run on the workers."""
    warc = tmp_path / "pages.warc.gz"
    write_pages_warc(warc, PAGES * 2)
    titles = parse_warcs([warc]).filter(lambda row: row["error"] is None).pluck("title")
    assert client.compute(titles).result(timeout=60) == [
        newsparse.parse(page.html, url=page.url).title for page in PAGES * 2
    ]


def test_no_paths_is_an_error() -> None:
    """An empty list of WARC files raises ValueError."""
    with pytest.raises(ValueError, match="at least one WARC file"):
        parse_warcs([])


ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_URL = (
    "https://www.euronews.com/2024/04/30/"
    "swedish-police-to-investigate-reports-of-information-leaks-to-violent-gangs"
)


def _write_plugin(folder: Path) -> None:
    """A hand-made installed plugin whose site parser kills the process that runs it."""
    write_plugin(
        folder,
        "killer_plugin",
        "import os, signal\n"
        "import newsparse\n"
        "class Killer(newsparse.SiteParser):\n"
        "    hosts = ('killer.example',)\n"
        "    def refine(self, article):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n",
        {"killer.example": "killer_plugin:Killer"},
    )


def test_a_page_that_kills_its_process_leaves_the_rest_of_its_partition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page that kills the process parsing it is an error row; its partition's others parse."""
    _write_plugin(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))  # Dask's workers, and theirs, start with it
    killer = CorpusPage("https://killer.example/story", PAGES[0].html)
    warc = tmp_path / "pages.warc.gz"
    write_pages_warc(warc, [PAGES[1], killer, *PAGES[2:], PAGES[0]])
    with (
        LocalCluster(
            n_workers=1, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as own_client,
    ):
        rows = own_client.compute(parse_warcs([warc])).result(timeout=120)
    expected = [PAGES[1], killer, *PAGES[2:], PAGES[0]]
    assert [row["url"] for row in rows] == [page.url for page in expected]
    assert rows[1]["error"] == (
        "WorkerDiedError: the worker process parsing this page was killed by SIGKILL"
    )
    for row, page in zip(rows, expected, strict=True):
        if page is not killer:
            assert row["error"] is None
            assert row["title"] == newsparse.parse(page.html, url=page.url).title


def _dask_example() -> str:
    """The Dask example of docs/common-crawl.md, as a user would paste it into a file."""
    lines = (ROOT / "docs" / "common-crawl.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("import newsparse.dask")
    end = lines.index("```", start)
    return "\n".join(lines[start:end]) + "\n"


def test_the_dask_example_runs_as_a_script(tmp_path: Path) -> None:
    """Saved as a script and run, the example works (LocalCluster's workers import it)."""
    example = corpus_page_of(ROOT / "docs" / "examples" / "euronews-en.html")
    (tmp_path / "docs" / "examples").mkdir(parents=True)
    write_pages_warc(tmp_path / "docs" / "examples" / "euronews-en.warc.gz", [example])
    (tmp_path / "example.py").write_text(_dask_example(), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "example.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def corpus_page_of(path: Path) -> CorpusPage:
    """The shipped example page as a page for `write_pages_warc()`."""
    return CorpusPage(EXAMPLE_URL, path.read_bytes())
