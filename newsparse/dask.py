"""`newsparse.dask.parse_warcs()`: WARC files to article dicts on a Dask cluster.

Needs the `dask` extra (`pip install 'newsparse[dask]'`: dask's bags and `distributed`) and
the `warc` extra; dask is imported when `parse_warcs()` is called, not with `newsparse`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsparse.batch import parse_on_workers
from newsparse.model import Article
from newsparse.warc import iter_warc

if TYPE_CHECKING:
    import dask.bag

__all__ = ["ARTICLE_KEYS", "parse_warcs"]

#: The keys of every dict `parse_warcs()` gives: `Article.to_dict()`'s, then "warc" and "error".
ARTICLE_KEYS: tuple[str, ...] = (*Article().to_dict(), "warc", "error")


def parse_warcs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    storage_options: dict[str, Any] | None = None,
    timeout: float | None = None,
    max_memory: int | None = None,
) -> dask.bag.Bag:
    """A Dask bag of the articles in WARC files, one partition per file.

    Each element is a dict with the keys `ARTICLE_KEYS`: `Article.to_dict()` of a page (its
    `url` is the record's WARC-Target-URI), the WARC file it came from under `"warc"`, and
    `"error"`, None or `"ExceptionType: message"` for a page that failed to parse (its other
    article fields are then None). Every page of a file gives one dict: a partition's pages are
    parsed by one worker process of its own (the crash-safe pool of `parse_many()`), so a page
    that crashes or hangs its process is reported in `"error"` and the Dask worker goes on;
    `timeout` and `max_memory` are `parse_many()`'s budgets per page.

    Every file is read by the worker that parses it, so a path must be reachable from the
    workers: a shared file system, or any URL fsspec opens (`https://...` with aiohttp
    installed, `s3://...` with s3fs), with `storage_options` passed to `fsspec.open()`. A
    partition holds the articles of its file in the worker's memory: write them out
    (`to_textfiles`, `to_dataframe().to_parquet`) rather than computing a large bag into the
    client. Nothing runs until the bag is computed, so the same code runs on a
    `distributed.LocalCluster` and on a real cluster:

        bag = newsparse.dask.parse_warcs(["a.warc.gz", "b.warc.gz"])
        bag.filter(lambda a: a["error"] is None).pluck("title").take(5)
    """
    try:
        import dask.bag
    except ImportError as error:
        raise ImportError(
            "newsparse.dask needs the dask extra: pip install 'newsparse[dask]'"
        ) from error
    names = [os.fspath(path) for path in paths]
    if not names:
        raise ValueError("parse_warcs() needs at least one WARC file")
    files = dask.bag.from_sequence(names, partition_size=1)  # type: ignore[no-untyped-call]
    budgets = {"timeout": timeout, "max_memory": max_memory}
    bag: dask.bag.Bag = files.map_partitions(_parse_partition, storage_options or {}, budgets)
    return bag


def _parse_partition(
    names: Iterable[str], options: dict[str, Any], budgets: dict[str, Any]
) -> list[dict[str, Any]]:
    """The article dicts of a partition's WARC files, parsed by a worker process of its own.

    A list, not a generator: distributed moves partitions between processes as pickles.
    """
    return [row for name in names for row in _parse_warc(name, options, budgets)]


def _parse_warc(
    name: str, options: dict[str, Any], budgets: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    """The article dicts of one WARC file (a path or any URL fsspec opens)."""
    import fsspec

    with fsspec.open(name, "rb", **options) as stream:
        pages = enumerate(iter_warc(stream))
        for result in parse_on_workers(pages, workers=1, **budgets):
            if result.article is None:
                row = dict.fromkeys(ARTICLE_KEYS)
                row.update(url=result.url, warc=name, error=result.error)
            else:
                row = {**result.article.to_dict(), "url": result.url, "warc": name}
                row["error"] = None
            yield row
