"""`newsparse.parse_many()`: many pages on several processes, in order, streaming."""

from __future__ import annotations

import gzip
import pickle
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse.batch import time_budget
from newsparse.warc import WarcPage
from tests.warcfiles import CASE_IDS, corpus_page

PAGES = [corpus_page(case_id) for case_id in CASE_IDS]


def _expected(html: bytes | str, url: str | None = None) -> newsparse.Article:
    return newsparse.parse(html, url=url)


@pytest.mark.parametrize("workers", [1, 2])
def test_results_keep_input_order_and_carry_errors(workers: int) -> None:
    """Results come in input order; a failing page gives its error and the run goes on."""
    items: list[newsparse.batch.Item] = [PAGES[0].html, b"  ", PAGES[1].html, 42, PAGES[2].html]
    results = list(newsparse.parse_many(items, workers=workers, chunksize=1))
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.ok for r in results] == [True, False, True, False, True]
    assert results[1].error is not None
    assert results[1].error.startswith("EmptyDocumentError: empty document")
    assert results[3].error == "TypeError: parse() takes the page as str or bytes, not int"
    assert results[1].article is None
    for result, page in zip([results[0], results[2], results[4]], PAGES[:3], strict=True):
        assert result.article == _expected(page.html)


@pytest.mark.parametrize("workers", [1, 2])
def test_every_kind_of_item(workers: int, tmp_path: Path) -> None:
    """str, bytes, (page, url), a path, a gzipped path, (path, url) and a WarcPage all parse."""
    plain, zipped = tmp_path / "a.html", tmp_path / "b.html.gz"
    plain.write_bytes(PAGES[0].html)
    zipped.write_bytes(gzip.compress(PAGES[1].html))
    text = PAGES[2].html.decode("utf-8")
    items: list[newsparse.batch.Item] = [
        text,
        PAGES[3].html,
        (PAGES[3].html, PAGES[3].url),
        plain,
        zipped,
        (plain, PAGES[0].url),
        WarcPage(PAGES[1].url, PAGES[1].html),
    ]
    results = list(newsparse.parse_many(items, workers=workers))
    assert [r.article for r in results] == [
        _expected(text),
        _expected(PAGES[3].html),
        _expected(PAGES[3].html, PAGES[3].url),
        _expected(PAGES[0].html),
        _expected(PAGES[1].html),
        _expected(PAGES[0].html, PAGES[0].url),
        _expected(PAGES[1].html, PAGES[1].url),
    ]
    assert [r.url for r in results] == [
        None,
        None,
        PAGES[3].url,
        None,
        None,
        PAGES[0].url,
        PAGES[1].url,
    ]
    assert [r.path for r in results] == [
        None,
        None,
        None,
        str(plain),
        str(zipped),
        str(plain),
        None,
    ]


def test_unreadable_path_is_an_error_result(tmp_path: Path) -> None:
    """A path that cannot be read gives an error result naming the path."""
    missing = tmp_path / "missing.html"
    (result,) = newsparse.parse_many([missing], workers=1)
    assert result.path == str(missing)
    assert result.error is not None
    assert result.error.startswith("FileNotFoundError")


# One worker parses in this process and reads one page at a time; two workers read at most 16
# chunks each ahead of the results yielded (`run_pool`), how many depends on which answers first.
@pytest.mark.parametrize(("workers", "chunksize", "most_read"), [(1, 8, 1), (2, 1, 2 * 16 + 1)])
def test_input_is_read_lazily(workers: int, chunksize: int, most_read: int) -> None:
    """Only the pages in flight are taken from the input: an input generator is not exhausted."""
    taken = 0

    def pages() -> Iterator[bytes]:
        nonlocal taken
        for _ in range(200):
            taken += 1
            yield PAGES[0].html

    results = newsparse.parse_many(pages(), workers=workers, chunksize=chunksize)
    first = next(results)
    assert first.ok
    assert taken <= most_read
    results.close()


def test_stopping_early_shuts_the_pool_down() -> None:
    """Breaking out of the loop over an endless input ends the run."""

    def endless() -> Iterator[bytes]:
        while True:
            yield PAGES[1].html

    for count, result in enumerate(newsparse.parse_many(endless(), workers=2), 1):
        assert result.ok
        if count == 20:
            break


def test_results_pickle() -> None:
    """Results, errors included, cross process boundaries."""
    results = list(newsparse.parse_many([PAGES[0].html, b""], workers=1))
    assert pickle.loads(pickle.dumps(results)) == results


def test_warnings_are_collected_not_raised() -> None:
    """A warning while parsing (a failing site parser) is kept on the result."""

    class Broken(newsparse.SiteParser):
        hosts = ("broken.example",)

        def refine(self, article: newsparse.Article) -> newsparse.Article:
            raise RuntimeError("boom")

    newsparse.register(Broken)
    try:
        (result,) = newsparse.parse_many([(PAGES[0].html, "https://broken.example/a")], workers=1)
    finally:
        newsparse.unregister(Broken)
    assert result.ok
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("ParserWarning: site parser")


@pytest.mark.parametrize("arguments", [{"workers": 0}, {"chunksize": 0}])
def test_bad_arguments_raise(arguments: dict[str, int]) -> None:
    """workers and chunksize below 1 raise ValueError at once."""
    with pytest.raises(ValueError, match="at least 1"):
        newsparse.parse_many([], **arguments)


class _Slow(newsparse.SiteParser):
    """A site parser that never finishes in time (hand-written for the budget tests)."""

    hosts = ("slow.example",)

    def refine(self, article: newsparse.Article) -> newsparse.Article:
        time.sleep(5)
        return article


def test_timeout_turns_a_slow_page_into_an_error_and_goes_on() -> None:
    """A page over its time budget gives a PageTimeoutError result; the next page is parsed."""
    newsparse.register(_Slow)
    try:
        pages = [
            ("<p>A page on a slow site, long enough to be a story.</p>", "https://slow.example/a"),
            ("<h1>Fast</h1><p>A fast page that comes after the slow one.</p>", None),
        ]
        started = time.perf_counter()
        slow, fast = newsparse.parse_many(pages, workers=1, timeout=0.2)
        assert time.perf_counter() - started < 3
    finally:
        newsparse.unregister(_Slow)
    assert slow.error is not None
    assert slow.error.startswith("PageTimeoutError")
    assert fast.ok
    assert fast.article is not None
    assert fast.article.title == "Fast"


def test_time_budget_leaves_fast_work_alone() -> None:
    """Work inside its budget runs to its end, and the timer is disarmed afterwards."""
    with time_budget(1.0):
        value = sum(range(1000))
    time.sleep(0.01)
    assert value == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_timeout_must_be_positive() -> None:
    """A zero or negative budget is refused."""
    with pytest.raises(ValueError, match="timeout"):
        list(newsparse.parse_many(["<p>x</p>"], workers=1, timeout=0))
