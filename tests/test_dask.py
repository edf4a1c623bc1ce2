"""`newsparse.dask.parse_warcs()` on a two-process `distributed.LocalCluster`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

import newsparse
from newsparse.dask import ARTICLE_KEYS, parse_warcs
from tests.warcfiles import CASE_IDS, corpus_page, write_pages_warc

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
