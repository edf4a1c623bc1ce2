"""Speed and memory of newsparse against trafilatura and a bare selectolax parse.

    python benchmarks/speed.py [--corpus ../shared/corpus] [--rounds 3] [--limit N]
                               [--memory-parses 10000]

All extractors run in this one process over every page of the corpus, interleaved page by
page and over several rounds, so that the noise of a shared machine hits them alike. It
prints the median ms/page and pages/s of each, the ratios newsparse/trafilatura and
newsparse/parse-floor (a bare `LexborHTMLParser(html)`), the five slowest pages for
newsparse, and the resident memory after 1,000 and after `--memory-parses` parses (pages
cycled), which should stay flat. trafilatura comes from the `bench` extra and is skipped
when it is not installed.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from corpus import add_corpus_argument
from selectolax.lexbor import LexborHTMLParser

import newsparse

REPO = Path(__file__).resolve().parent.parent

Extractor = Callable[[bytes, str, "str | None"], object]


def _bare_parse(raw: bytes, text: str, url: str | None) -> object:
    return LexborHTMLParser(text)


def _newsparse(raw: bytes, text: str, url: str | None) -> object:
    return newsparse.parse(raw, url=url)


def extractors() -> dict[str, Extractor]:
    """The extractors to time, by name; trafilatura only when it is installed."""
    found: dict[str, Extractor] = {"parse-floor": _bare_parse, "newsparse": _newsparse}
    if importlib.util.find_spec("trafilatura"):
        import trafilatura

        def _trafilatura(raw: bytes, text: str, url: str | None) -> object:
            return trafilatura.extract(text, url=url)

        def _trafilatura_fast(raw: bytes, text: str, url: str | None) -> object:
            return trafilatura.extract(text, url=url, fast=True)

        found["trafilatura"] = _trafilatura
        found["trafilatura-fast"] = _trafilatura_fast
    return found


def load_pages(corpus: Path, limit: int | None) -> list[tuple[str, bytes, str, str | None]]:
    """(id, bytes, decoded text, url) of every corpus page."""
    pages = []
    with (corpus / "cases.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            case = json.loads(line)
            raw = (corpus / case["path"]).read_bytes()
            text = raw.decode(case.get("encoding") or "utf-8", errors="replace")
            pages.append((case["id"], raw, text, case.get("url")))
            if limit and len(pages) >= limit:
                break
    return pages


def time_all(
    pages: Sequence[tuple[str, bytes, str, str | None]],
    found: dict[str, Extractor],
    rounds: int,
) -> dict[str, dict[str, float]]:
    """Per extractor, per page id: the best of `rounds` timings in milliseconds."""
    best: dict[str, dict[str, float]] = {name: {} for name in found}
    for _ in range(rounds):
        for page_id, raw, text, url in pages:
            for name, extract in found.items():
                start = time.perf_counter()
                extract(raw, text, url)
                elapsed = (time.perf_counter() - start) * 1000
                previous = best[name].get(page_id)
                best[name][page_id] = elapsed if previous is None else min(previous, elapsed)
    return best


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def memory_curve(
    pages: Sequence[tuple[str, bytes, str, str | None]], total: int
) -> list[tuple[int, float]]:
    """RSS after 1,000 parses and after `total` parses, pages cycled."""
    points = []
    for n in range(1, total + 1):
        _, raw, _, url = pages[n % len(pages)]
        newsparse.parse(raw, url=url)
        if n in {1000, total}:
            gc.collect()
            points.append((n, rss_mb()))
    return points


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--memory-parses", type=int, default=10_000)
    args = parser.parse_args(argv)

    pages = load_pages(args.corpus, args.limit)
    found = extractors()
    sizes = {page_id: len(raw) for page_id, raw, _, _ in pages}
    best = time_all(pages, found, args.rounds)
    medians = {name: statistics.median(times.values()) for name, times in best.items()}

    print(f"{len(pages)} pages, {args.rounds} rounds (best of rounds per page), one process\n")
    print("| extractor | median ms/page | pages/s | mean ms/page | max ms/page |")
    print("|---|---|---|---|---|")
    for name, times in best.items():
        values = list(times.values())
        print(
            f"| {name} | {medians[name]:.2f} | {1000 / medians[name]:.0f} | "
            f"{statistics.fmean(values):.2f} | {max(values):.1f} |"
        )
    ours = medians["newsparse"]
    print()
    print(f"newsparse / parse-floor: {ours / medians['parse-floor']:.2f}x")
    for peer in ("trafilatura", "trafilatura-fast"):
        if peer in medians:
            ratio = ours / medians[peer]
            print(f"newsparse / {peer}: {ratio:.3f} ({1 / ratio:.1f}x faster)")

    print("\nslowest pages for newsparse:")
    for page_id, ms in sorted(best["newsparse"].items(), key=lambda item: -item[1])[:5]:
        print(f"  {ms:7.1f} ms  {sizes[page_id] / 1024:7.0f} kB  {page_id}")

    if args.memory_parses >= 1000:
        points = memory_curve(pages, args.memory_parses)
        (n0, first), (n1, last) = points[0], points[-1]
        print(
            f"\nRSS after {n0:,} parses: {first:.1f} MB; after {n1:,}: {last:.1f} MB "
            f"({(last - first) / first * 100:+.1f}%)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
