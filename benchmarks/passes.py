"""Where the time goes: median and mean ms per page of each pass of `newsparse.parse()`.

    python benchmarks/passes.py [--corpus ../shared/corpus] [--rounds 2] [--limit N]

Every corpus page goes through what `parse()` does, stage by stage: the input stages (UTF-8,
scrub, guard), Lexbor's parse, then the sequence `newsparse.pipeline.PASSES` run by
`newsparse.pipeline.run` with each registered pass wrapped in a timer. A page's time for a pass
is its fastest of `--rounds` rounds; "total" is the whole page, timers included. (Unlike
`parse()`, a site parser that fails is not retried with the generic one.)
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from corpus import add_corpus_argument
from speed import load_pages

from newsparse.decoding import scrub, utf8
from newsparse.dom import parse_document
from newsparse.guard import guard
from newsparse.page import Page
from newsparse.pipeline import PASSES, Pass, Passes, run
from newsparse.registry import find_parser
from newsparse.siteparser import SiteParser
from newsparse.urls import declared_url

Spent = dict[str, float]


def _timed(function: Callable[..., Any], label: str, spent: Spent) -> Callable[..., Any]:
    """`function`, adding the seconds each call takes to `spent[label]`."""

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start

    return timed


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def _page(raw: bytes, url: str | None, passes: Passes, spent: Spent) -> None:
    """Parse `raw` as `parse()` does, timing each stage into `spent`."""
    _text, data = _timed(utf8, "utf8", spent)(raw)
    data = _timed(guard, "guard", spent)(_timed(scrub, "scrub", spent)(data))
    tree = _timed(parse_document, "Lexbor parse", spent)(data)
    site = find_parser(_host(url) or _host(declared_url(tree))) or SiteParser
    run(Page(tree, url, site()), passes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    spent: Spent = {}
    passes = Passes(Pass(step.name, _timed(step.run, step.name, spent)) for step in PASSES)
    warnings.simplefilter("ignore")
    pages = load_pages(args.corpus, args.limit)
    best: dict[tuple[str, str], float] = {}
    for _ in range(args.rounds):
        for page_id, raw, _text, url in pages:
            spent.clear()
            start = time.perf_counter()
            _page(raw, url, passes, spent)
            spent["total"] = time.perf_counter() - start
            for label, seconds in spent.items():
                key = (page_id, label)
                best[key] = min(seconds, best.get(key, seconds))
    by_label: dict[str, list[float]] = defaultdict(list)
    for (_, label), seconds in best.items():
        by_label[label].append(seconds * 1000)
    print(f"{len(pages)} pages, {args.rounds} rounds (fastest round per page)\n")
    print("| pass | pages | median ms | mean ms |\n|---|---|---|---|")
    for label, values in sorted(by_label.items(), key=lambda item: -statistics.median(item[1])):
        median, mean = statistics.median(values), statistics.mean(values)
        print(f"| {label} | {len(values)} | {median:.3f} | {mean:.3f} |")


if __name__ == "__main__":
    main()
