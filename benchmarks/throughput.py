"""Batch throughput of `parse_many()` and memory of the CLI streaming a large WARC file.

    python benchmarks/throughput.py [--corpus ../shared/corpus] [--rounds 3] [--records 10000]

1. Pages/s of `newsparse.parse_many()` over every corpus page, with 1 worker (in-process)
   and 2 worker processes; each round parses the whole corpus, the best round counts (pool
   start-up included). trafilatura (from the `bench` extra, skipped when missing) is timed the
   same way: `trafilatura.extract` in-process, and over a `ProcessPoolExecutor` of 2 workers
   with the same chunk size. That pool is the fair equivalent of trafilatura's `--parallel`,
   which runs the same `extract` in a process pool but reads and writes one file per page.
2. Peak memory of `newsparse --warc FILE --jobs 2 > /dev/null` over WARC files of 1,000 and
   `--records` records (corpus pages cycled, written here with warcio from the `warc` extra),
   sampling the resident set size (RSS) of the command and of its workers from /proc every
   20 ms (Linux). Flat memory means the peak barely grows from 1,000 to 10,000 records.
3. A fault run: `--fault-pages` (10,000) pages on 2 workers with a time budget, 1% of which
   kill their worker (SIGKILL), hang (an endless sleep, stopped by the budget) or are not HTML
   (random bytes), against the same run with ordinary pages in their place. Each run is a
   child process (its site parsers reach the workers by fork); it checks that every input is
   accounted for (parsed + reported = inputs, every index once, in order), and its peak RSS
   with its workers is sampled as in 2. Without the corpus, the shipped example pages are used.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import newsparse

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
CHUNKSIZE = 8

Page = tuple[bytes, str | None]


def load_corpus(corpus: Path) -> list[Page]:
    """Every corpus page as `(bytes, url)`, in cases.jsonl order."""
    pages = []
    with open(corpus / "cases.jsonl", encoding="utf-8") as lines:
        for line in lines:
            case = json.loads(line)
            pages.append(((corpus / case["path"]).read_bytes(), case.get("url")))
    return pages


def example_pages() -> list[Page]:
    """The pages shipped in the repository (the example page and the site parsers' tests)."""
    paths = [REPO / "docs" / "examples" / "euronews-en.html"]
    paths += sorted((REPO / "tests" / "sites").glob("*/*.html"))
    return [(path.read_bytes(), None) for path in paths]


def _newsparse(pages: list[Page], workers: int) -> int:
    results = newsparse.parse_many(pages, workers=workers, chunksize=CHUNKSIZE)
    return sum(result.ok for result in results)


def _trafilatura_one(page: Page) -> bool:
    import trafilatura

    html, url = page
    return trafilatura.extract(html, url=url) is not None


def _trafilatura(pages: list[Page], workers: int) -> int:
    if workers == 1:
        return sum(map(_trafilatura_one, pages))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(_trafilatura_one, pages, chunksize=CHUNKSIZE))


def throughput(pages: list[Page], rounds: int) -> list[tuple[str, int, float, int]]:
    """(tool, workers, best pages/s, pages with a result) for each tool and worker count."""
    tools: dict[str, Callable[[list[Page], int], int]] = {"newsparse": _newsparse}
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura is not installed: pip install -e '.[bench]'", file=sys.stderr)
    else:
        tools["trafilatura"] = _trafilatura
    rows = []
    for name, run in tools.items():
        for workers in (1, 2):
            best, done = 0.0, 0
            for _ in range(rounds):
                start = time.perf_counter()
                done = run(pages, workers)
                best = max(best, len(pages) / (time.perf_counter() - start))
            rows.append((name, workers, best, done))
            print(f"  {name:12} {workers} worker(s): {best:7.1f} pages/s", file=sys.stderr)
    return rows


def write_warc(path: Path, pages: list[Page], records: int) -> None:
    """A gzipped WARC of `records` HTML responses, corpus pages cycled, as a crawler writes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number in range(records):
            html, url = pages[number % len(pages)]
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"{(url or 'https://example.org/').replace(' ', '%20')}#{number}",
                "response",
                payload=io.BytesIO(html),
                length=len(html),
                http_headers=http,
            )
            writer.write_record(record)


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> Iterable[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            return [int(child) for child in children.read().split()]
    except OSError:
        return []


def cli_memory(warc: Path, jobs: int) -> tuple[int, int, float]:
    """Peak RSS (KiB) of the CLI process, peak of it plus its workers, and seconds taken."""
    command = [sys.executable, "-m", "newsparse", "--warc", str(warc), "--jobs", str(jobs)]
    start = time.perf_counter()
    peak_main = peak_total = 0
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as process:
        while process.poll() is None:
            main = _rss_kib(process.pid)
            total = main + sum(_rss_kib(child) for child in _children(process.pid))
            peak_main, peak_total = max(peak_main, main), max(peak_total, total)
            time.sleep(0.02)
        assert process.stderr is not None
        summary = process.stderr.read().decode().strip()
    print(f"  {summary}", file=sys.stderr)
    return peak_main, peak_total, time.perf_counter() - start


FAULT_EVERY = 100  # one page in a hundred is bad: it crashes, hangs or is not HTML
FAULT_BUDGET = 0.25  # seconds per page in the fault runs: four times the slowest corpus page


class _Crash(newsparse.SiteParser):
    """Kills its worker, as the out-of-memory killer does (hand-made for the fault run)."""

    hosts = ("crash.bench.example",)

    def refine(self, article: newsparse.Article) -> newsparse.Article:
        os.kill(os.getpid(), signal.SIGKILL)
        return article


class _Hang(newsparse.SiteParser):
    """Never returns (hand-made for the fault run): the time budget stops it."""

    hosts = ("hang.bench.example",)

    def refine(self, article: newsparse.Article) -> newsparse.Article:
        time.sleep(3600)
        return article


def fault_items(pages: list[Page], total: int, faults: bool) -> Iterator[Page]:
    """`total` pages cycled; with `faults`, one in `FAULT_EVERY` crashes, hangs or is noise."""
    for number in range(total):
        html, url = pages[number % len(pages)]
        if faults and number % FAULT_EVERY == FAULT_EVERY // 2:
            kind = (number // FAULT_EVERY) % 3
            if kind == 0:
                url = "https://crash.bench.example/page"
            elif kind == 1:
                url = "https://hang.bench.example/page"
            else:
                html, url = random.Random(number).randbytes(20_000), None
        yield html, url


def fault_child(pages: list[Page], total: int, faults: bool) -> None:
    """One fault run (in a child process): prints its counts and time as JSON."""
    newsparse.register(_Crash)
    newsparse.register(_Hang)
    errors: Counter[str] = Counter()
    parsed = expected = 0
    start = time.perf_counter()
    for result in newsparse.parse_many(
        fault_items(pages, total, faults), workers=2, chunksize=CHUNKSIZE, timeout=FAULT_BUDGET
    ):
        assert result.index == expected, (result.index, expected)
        expected += 1
        if result.ok:
            parsed += 1
        else:
            errors[(result.error or "").split(":")[0]] += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"inputs": total, "results": expected, "parsed": parsed,
                      "errors": dict(errors), "seconds": seconds}))  # fmt: skip


def fault_run(corpus: Path, total: int, faults: bool) -> tuple[dict[str, object], int]:
    """A fault run in a child process: its JSON summary and peak RSS (KiB) with its workers."""
    command = [sys.executable, __file__, "--corpus", str(corpus), "--fault-pages", str(total)]
    command.append("--fault-child-faults" if faults else "--fault-child-clean")
    peak = 0
    with subprocess.Popen(command, stdout=subprocess.PIPE) as process:
        while process.poll() is None:
            total_rss = _rss_kib(process.pid)
            total_rss += sum(_rss_kib(child) for child in _children(process.pid))
            peak = max(peak, total_rss)
            time.sleep(0.02)
        assert process.stdout is not None
        summary: dict[str, object] = json.loads(process.stdout.read())
    return summary, peak


def fault_report(corpus: Path, total: int, rounds: int) -> None:
    """Best of `rounds` clean and fault runs; prints the accounting and the ratio."""
    best: dict[bool, tuple[dict[str, object], int]] = {}
    for _ in range(rounds):
        for faults in (False, True):
            summary, peak = fault_run(corpus, total, faults)
            rate = total / float(summary["seconds"])  # type: ignore[arg-type]
            print(f"  faults={faults}: {rate:,.0f} pages/s, {summary}", file=sys.stderr)
            if faults not in best or summary["seconds"] < best[faults][0]["seconds"]:  # type: ignore[operator]
                best[faults] = (summary, peak)
    print(f"\n| {total:,} pages, 2 workers, budget {FAULT_BUDGET} s | pages/s | parsed | "
          "reported | inputs accounted for | peak RSS (parent + workers) |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for faults in (False, True):
        summary, peak = best[faults]
        errors = summary["errors"]
        assert isinstance(errors, dict)
        reported = sum(errors.values())
        accounted = summary["parsed"] == summary["inputs"] - reported  # type: ignore[operator]
        accounted = accounted and summary["results"] == summary["inputs"]
        rate = total / float(summary["seconds"])  # type: ignore[arg-type]
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(errors.items()))
        print(f"| {'1% faults' if faults else 'no faults'} | {rate:,.0f} | {summary['parsed']:,}"
              f" | {reported:,} ({kinds or 'none'}) | {'yes' if accounted else 'NO'}"
              f" | {peak / 1024:.0f} MiB |")  # fmt: skip
    clean = float(best[False][0]["seconds"])  # type: ignore[arg-type]
    faulty = float(best[True][0]["seconds"])  # type: ignore[arg-type]
    print(f"\nfault run: {clean / faulty:.2f} of the pages/s without faults")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--fault-pages", type=int, default=10_000)
    parser.add_argument("--fault-rounds", type=int, default=2)
    parser.add_argument("--faults-only", action="store_true", help="only the fault run")
    parser.add_argument("--fault-child-clean", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fault-child-faults", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pages = load_corpus(args.corpus) if args.corpus.is_dir() else example_pages()
    if args.fault_child_clean or args.fault_child_faults:
        fault_child(pages, args.fault_pages, faults=args.fault_child_faults)
        return
    if args.faults_only:
        fault_report(args.corpus, args.fault_pages, args.fault_rounds)
        return
    print(
        f"throughput over {len(pages)} corpus pages, best of {args.rounds} rounds (os.cpu_count()"
        f" = {os.cpu_count()}):",
        file=sys.stderr,
    )
    rows = throughput(pages, args.rounds)

    print("CLI memory streaming WARC files (--jobs 2):", file=sys.stderr)
    memory = []
    with tempfile.TemporaryDirectory() as folder:
        for records in (1_000, args.records):
            warc = Path(folder) / f"{records}.warc.gz"
            write_warc(warc, pages, records)
            size = warc.stat().st_size / 2**20
            peak_main, peak_total, seconds = cli_memory(warc, jobs=2)
            memory.append((records, size, peak_main, peak_total, seconds))

    print("\n| tool | workers | pages/s | speed-up |")
    print("|---|---|---|---|")
    single = {name: rate for name, workers, rate, _ in rows if workers == 1}
    for name, workers, rate, _ in rows:
        print(f"| {name} | {workers} | {rate:,.0f} | {rate / single[name]:.2f}x |")
    print(
        "\n| WARC records | file (MiB, gzip) | peak RSS, CLI process | peak RSS, CLI + workers "
        "| time | pages/s |"
    )
    print("|---|---|---|---|---|---|")
    for records, size, peak_main, peak_total, seconds in memory:
        print(
            f"| {records:,} | {size:.0f} | {peak_main / 1024:.0f} MiB | {peak_total / 1024:.0f} MiB"
            f" | {seconds:.1f} s | {records / seconds:,.0f} |"
        )
    (first, *_, last) = memory
    print(
        f"\npeak RSS from {first[0]:,} to {last[0]:,} records: "
        f"CLI process {100 * (last[2] / first[2] - 1):+.1f}%, "
        f"CLI + workers {100 * (last[3] / first[3] - 1):+.1f}%"
    )
    print("fault run:", file=sys.stderr)
    fault_report(args.corpus, args.fault_pages, args.fault_rounds)


if __name__ == "__main__":
    main()
