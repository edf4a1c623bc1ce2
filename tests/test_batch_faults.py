"""`parse_many()` accounts for every input: pages that crash, hang, swallow or overrun budgets.

The misbehaving site parsers here are hand-written for these tests; they are registered in
this process and reach the workers by fork (the platform default on Linux). Assertions are
on outcomes (error types, every index present, input order), never on elapsed time.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import registry
from newsparse.batch import time_budget
from newsparse.errors import PageTimeoutError
from newsparse.pool import GRACE
from tests.checks import write_plugin
from tests.warcfiles import CASE_IDS, corpus_page

PAGES = [corpus_page(case_id) for case_id in CASE_IDS]
BUDGET = 0.2  # seconds: the time budget of the tests that overrun it
LIMIT = 256 * 2**20  # bytes: the memory ceiling of the tests that cross it


@pytest.fixture(autouse=True)
def _forked_workers() -> None:
    """The site parsers registered here reach workers only when they are forked."""
    if multiprocessing.get_start_method() != "fork" or threading.active_count() > 1:
        pytest.skip("needs workers started by fork (no other thread running)")


def _misbehaving(host: str, action: Callable[[], object]) -> type[newsparse.SiteParser]:
    """A hand-made site parser for `host` whose `refine()` runs `action` first."""

    class Misbehaving(newsparse.SiteParser):
        hosts = (host,)

        def refine(self, article: newsparse.Article) -> newsparse.Article:
            action()
            return article

    Misbehaving.__name__ = Misbehaving.__qualname__ = f"Misbehaving_{host.split('.')[0]}"
    return Misbehaving


def _run(
    action: Callable[[], object], count: int = 6, bad: int = 2, **options: object
) -> list[newsparse.Result]:
    """Parse `count` pages, the `bad`-th on a site whose parser runs `action`; check the rest."""
    parser = newsparse.register(_misbehaving("bad.example", action))
    try:
        items = [
            (PAGES[n % len(PAGES)].html, "https://bad.example/page" if n == bad else None)
            for n in range(count)
        ]
        results = list(newsparse.parse_many(items, **options))  # type: ignore[arg-type]
    finally:
        newsparse.unregister(parser)
    assert [result.index for result in results] == list(range(count))
    for result, (html, _) in zip(results, items, strict=True):
        if result.index != bad:
            assert result.ok, result.error
            assert result.article == newsparse.parse(html)
    assert results[bad].article is None
    assert results[bad].url == "https://bad.example/page"
    return results


def _sleep_swallowing(kind: type[BaseException]) -> None:
    with contextlib.suppress(kind):  # swallows the budget on purpose
        time.sleep(30)


def _sleep_swallowing_always() -> None:
    while True:
        with contextlib.suppress(BaseException):  # swallows every firing on purpose
            time.sleep(30)


def _spin() -> None:
    while True:
        pass


def _sleep_unreachable_by_signals() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(30)


def _sleep_forever() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    while True:
        time.sleep(3600)


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda: _sleep_swallowing(Exception), id="except-Exception"),
        pytest.param(lambda: _sleep_swallowing(OSError), id="except-OSError"),
        pytest.param(lambda: _sleep_swallowing(TimeoutError), id="except-TimeoutError"),
        pytest.param(_sleep_swallowing_always, id="except-BaseException-in-a-loop"),
        pytest.param(_spin, id="endless-loop"),
        pytest.param(_sleep_unreachable_by_signals, id="signals-blocked"),
    ],
)
@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_cannot_escape_its_time_budget(action: Callable[[], None], workers: int) -> None:
    """Whatever a site parser does with the budget, its page ends as a PageTimeoutError."""
    results = _run(action, workers=workers, timeout=BUDGET, chunksize=2)
    assert results[2].error == f"PageTimeoutError: {PageTimeoutError(seconds=BUDGET)}"
    assert not results[2].warnings  # the site parser was not blamed and retried


def _segfault() -> None:
    ctypes.string_at(0)


@pytest.mark.parametrize(
    ("action", "cause"),
    [
        pytest.param(lambda: os.kill(os.getpid(), signal.SIGKILL), "SIGKILL", id="SIGKILL"),
        pytest.param(os.abort, "SIGABRT", id="abort"),
        pytest.param(_segfault, "SIGSEGV", id="segfault"),
        pytest.param(lambda: os._exit(3), "exited with code 3", id="exit"),
    ],
)
def test_a_page_that_kills_its_worker_is_reported_and_the_run_goes_on(
    action: Callable[[], None], cause: str
) -> None:
    """24 pages, one of which kills its worker: 24 results, the dead page names the cause."""
    results = _run(action, count=24, bad=5, workers=2, chunksize=3)
    error = results[5].error
    assert error is not None
    assert error.startswith("WorkerDiedError: the worker process parsing this page")
    assert cause in error


def test_a_killed_worker_with_one_worker_and_a_budget() -> None:
    """workers=1 with a budget parses on one worker process, so a crash is survived too."""
    results = _run(lambda: os.kill(os.getpid(), signal.SIGKILL), workers=1, timeout=30)
    assert results[2].error is not None
    assert "SIGKILL" in results[2].error


def _allocate_at_once() -> None:
    bytearray(2 * LIMIT)


def _allocate_bit_by_bit() -> None:
    hoard = []
    while True:
        hoard.append(bytes(2**20))


@pytest.mark.parametrize("action", [_allocate_at_once, _allocate_bit_by_bit])
@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_over_max_memory_is_an_error(action: Callable[[], None], workers: int) -> None:
    """A page that needs more than max_memory gives a PageMemoryError; the worker goes on."""
    results = _run(action, workers=workers, max_memory=LIMIT)
    assert (
        results[2].error
        == f"PageMemoryError: page needed more memory than its ceiling of {LIMIT:,} bytes"
    )


def test_the_budget_does_not_disable_a_plugin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plugin whose import overruns the budget is not taken for broken: the next page uses it."""
    write_plugin(
        tmp_path,
        "slow_plugin",
        "import os, time\n"
        "import newsparse\n"
        f"if os.path.exists({str(tmp_path / 'slow')!r}):\n"
        f"    os.remove({str(tmp_path / 'slow')!r})\n"
        "    time.sleep(30)\n"
        "class Slow(newsparse.SiteParser):\n"
        "    hosts = ('slow-plugin.example',)\n",
        {"slow-plugin.example": "slow_plugin:Slow"},
    )
    (tmp_path / "slow").touch()
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    registry.clear_caches()
    try:
        page = PAGES[0].html
        items = [(page, "https://slow-plugin.example/a"), (page, "https://slow-plugin.example/b")]
        first, second = newsparse.parse_many(items, workers=1, timeout=BUDGET)
    finally:
        registry.clear_caches()
        sys.modules.pop("slow_plugin", None)
    assert first.error is not None
    assert first.error.startswith("PageTimeoutError")
    assert not first.warnings
    assert second.ok
    assert second.article is not None
    assert second.article.parser == "slow_plugin.Slow"


# Items of every shape, right and wrong: markup, numbers, None, tuples of any length and content.
_ANY_ITEM = st.recursive(
    st.none() | st.integers() | st.text(max_size=30) | st.binary(max_size=30) | st.floats(),
    lambda inner: st.tuples(inner) | st.tuples(inner, inner) | st.tuples(inner, inner, inner),
    max_leaves=6,
)


@given(st.lists(_ANY_ITEM, max_size=6))
def test_every_item_gives_one_result_in_order(items: list[object]) -> None:
    """Whatever the items, the run never raises and gives one Result per item, in order."""
    results = list(newsparse.parse_many(items, workers=1))  # type: ignore[arg-type]
    assert [result.index for result in results] == list(range(len(items)))
    for result in results:
        assert result.ok == (result.article is not None)
        assert result.url is None or isinstance(result.url, str)


@pytest.mark.parametrize("workers", [1, 2])
def test_items_of_the_wrong_shape_are_error_results(workers: int) -> None:
    """A tuple of the wrong length, a URL that is no str, a non-page and an unpicklable item."""
    html = PAGES[0].html
    items: list[object] = [(html,), (html, "https://a.example/", "extra"), 42, None, (html, 5)]
    if workers > 1:
        items.append(lambda: html)  # cannot be sent to a worker process
    items.append(html)
    results = list(newsparse.parse_many(items, workers=workers, chunksize=2))  # type: ignore[arg-type]
    assert [result.index for result in results] == list(range(len(items)))
    errors = [result.error or "" for result in results]
    assert errors[0] == (
        "TypeError: an item is a page, a (page, url) pair or a WarcPage, not a tuple of 1"
    )
    assert errors[1].endswith("not a tuple of 3")
    assert errors[2] == "TypeError: parse() takes the page as str or bytes, not int"
    assert errors[3] == "TypeError: parse() takes the page as str or bytes, not NoneType"
    assert errors[4] == "TypeError: an item's url is a str or None, not int"
    if workers > 1:
        assert "pickle" in errors[5]
    assert results[-1].ok


def test_stopping_early_stops_the_workers() -> None:
    """Leaving the loop early, even with a page stuck in its worker, ends every worker."""
    parser = newsparse.register(_misbehaving("stuck.example", _sleep_forever))
    try:
        items: Iterator[tuple[bytes, str | None]] = iter(
            [
                (PAGES[0].html, None),
                (PAGES[1].html, "https://stuck.example/"),
                (PAGES[2].html, None),
            ]
        )
        for result in newsparse.parse_many(items, workers=2, chunksize=1):
            assert result.ok
            break
    finally:
        newsparse.unregister(parser)
    assert multiprocessing.active_children() == []


def test_a_slow_reader_does_not_make_pages_overrun() -> None:
    """Time the caller spends between two results is not charged to the pages in flight."""
    results = []
    pages = [page.html for page in PAGES] * 2
    for result in newsparse.parse_many(pages, workers=2, chunksize=1, timeout=1.0):
        results.append(result)
        if len(results) <= 2:
            time.sleep(2 * (1.0 + GRACE))  # workers wait for their next chunk meanwhile
    assert [result.error for result in results] == [None] * len(pages)


def test_a_slow_page_does_not_stall_the_other_workers(tmp_path: Path) -> None:
    """While one page is slow, the other workers go on reading and parsing the input.

    The slow page's site parser waits for a file that the input creates only once the pool has
    read well past two chunks per worker; a pool that stalled behind the slow page would let
    it run into its budget.
    """
    signal_file = tmp_path / "read far enough"

    def wait_for_the_file() -> None:
        while not signal_file.exists():
            time.sleep(0.01)

    def items() -> Iterator[tuple[bytes, str | None]]:
        yield PAGES[0].html, "https://slow.example/page"
        for number in range(1, 13):
            if number == 12:
                signal_file.touch()
            yield PAGES[number % len(PAGES)].html, None

    parser = newsparse.register(_misbehaving("slow.example", wait_for_the_file))
    try:
        results = list(newsparse.parse_many(items(), workers=2, chunksize=1, timeout=10))
    finally:
        newsparse.unregister(parser)
    assert [result.error for result in results] == [None] * 13


def test_a_swallowed_budget_fires_again() -> None:
    """In the calling process too, `time_budget` cannot be swallowed, even by `except:`."""

    def swallow_once() -> None:
        with time_budget(BUDGET):
            with contextlib.suppress(BaseException):  # swallows the first firing on purpose
                time.sleep(30)
            time.sleep(30)

    with pytest.raises(PageTimeoutError):
        swallow_once()
