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
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    pages = load_corpus(args.corpus)
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


if __name__ == "__main__":
    main()
