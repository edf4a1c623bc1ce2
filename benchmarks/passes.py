"""Where the time goes: median and mean ms per page of each pass of `newsparse.parse()`.

    python benchmarks/passes.py [--corpus ../shared/corpus] [--rounds 2] [--limit N]

Each pass's entry point is wrapped with a timer (in this process only) and every corpus page is
parsed `--rounds` times; a page's time for a pass is its fastest round. The passes are the input
stage (UTF-8, scrub, guard), Lexbor's parse, then metadata, embeds, related links, chrome
removal, container scoring and blocks; "total" is the whole `parse()` call, timers included.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from corpus import add_corpus_argument
from speed import load_pages

import newsparse

# (module, function name as that module calls it, label)
_PASSES = (
    ("newsparse.parse", "utf8", "utf8"),
    ("newsparse.parse", "scrub", "scrub"),
    ("newsparse.parse", "guard", "guard"),
    ("newsparse.parse", "parse_document", "Lexbor parse"),
    ("newsparse.pipeline", "read_metadata", "metadata"),
    ("newsparse.pipeline", "lift_embeds", "embeds"),
    ("newsparse.pipeline", "lift_related", "related"),
    ("newsparse.content.extract", "remove_chrome", "chrome removal"),
    ("newsparse.content.extract", "choose_containers", "scoring"),
    ("newsparse.content.extract", "emit_blocks", "blocks"),
)


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    spent: dict[str, float] = {}
    for module_name, name, label in _PASSES:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), label, spent))
    warnings.simplefilter("ignore")
    pages = load_pages(args.corpus, args.limit)
    best: dict[tuple[str, str], float] = {}
    for _ in range(args.rounds):
        for page_id, raw, _text, url in pages:
            spent.clear()
            start = time.perf_counter()
            newsparse.parse(raw, url=url)
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
