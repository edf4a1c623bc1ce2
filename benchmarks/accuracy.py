"""Accuracy of newsparse, trafilatura and newspaper4k on the development corpus.

    python benchmarks/accuracy.py [--corpus ../shared/corpus] [--only newsparse,trafilatura]
                                  [--limit N] [--by-source] [--workers N] [--json out.json]
                                  [--svg docs/accuracy-vs-time.svg] [--machine TEXT]
    python benchmarks/accuracy.py --site-parsers [--corpus ...] [--workers N]
    python benchmarks/accuracy.py --links [--corpus ...] [--limit N]

Runs every extractor over every page of `cases.jsonl` and prints a Markdown table: one row
per field, one column per extractor, each cell "accuracy (coverage)", where coverage is the
number of pages whose truth has the field. The scoring rules are those of "How to score" in
the corpus README and live in `scoring.py`. trafilatura and newspaper4k come from the
`bench` extra (`pip install -e '.[bench]'`) and are skipped when they are not installed.
Below the table, the pages whose story each extractor lost (`scoring.lost_story`: no
must_include snippet found, or body token F1 under 0.3) are listed by id.

Each extractor gets the page as its own API expects it: newsparse the raw bytes (it decodes
them itself), the others the text decoded with the case's `encoding`. An exception on a page
counts as an empty output and is reported in the "errors" row.

`--svg PATH` also draws the run as a picture (`chart.py`): one panel per headline field
(`PANELS`), accuracy against median ms per page, one point per extractor, with the machine
(`--machine`, by default the core count and architecture) and the date in its caption.

`--site-parsers` scores only the pages whose host a built-in site parser serves, with
newsparse as it runs (the site parser) and with the generic parser alone
(`parser=newsparse.SiteParser`), side by side in one table.

`--links` scores the links kept inside the body (recall and precision, newsparse against
trafilatura with `include_links=True`) and lists the pages with data tables (`links.py`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import platform
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chart import accuracy_svg
from corpus import add_corpus_argument
from scoring import (
    LOST_F1,
    author_overlap,
    body_prefix_match,
    exclude_passes,
    f1,
    include_hits,
    lost_story,
    published_match,
    shingle_precision_recall,
    title_match,
    token_f1,
)

REPO = Path(__file__).resolve().parent.parent
EXTRACTORS = ("newsparse", "trafilatura", "newspaper4k")
_MODULES = {"newsparse": "newsparse", "trafilatura": "trafilatura", "newspaper4k": "newspaper"}

# The rows that `--svg` draws, one panel each, with the panel's title.
PANELS: tuple[tuple[str, str], ...] = (
    ("body 4-shingle F1", "Body text, 4-shingle F1"),
    ("must_include recall", "Snippets found (recall)"),
    ("must_exclude pass rate", "Boilerplate kept out"),
    ("title (exact)", "Title, exact"),
    ("authors (set overlap)", "Authors, set overlap"),
    ("published (same day)", "Published, same day"),
)


@dataclass
class Output:
    """What one extractor returned for one page, as plain values."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: date | datetime | None = None
    text: str = ""
    ms: float = 0.0
    error: str | None = None


# --- extractors (run in worker processes) ------------------------------------------------


def _run_newsparse(raw: bytes, text: str, url: str | None) -> Output:
    import newsparse

    article = newsparse.parse(raw, url=url)
    return Output(article.title, list(article.authors), article.published, article.text)


def _run_newsparse_generic(raw: bytes, text: str, url: str | None) -> Output:
    import newsparse

    article = newsparse.parse(raw, url=url, parser=newsparse.SiteParser)
    return Output(article.title, list(article.authors), article.published, article.text)


def _run_trafilatura(raw: bytes, text: str, url: str | None) -> Output:
    import trafilatura

    # Default settings; `Document.text` is the main text without the comments section,
    # which is what trafilatura's own benchmark scores.
    doc = trafilatura.bare_extraction(text, url=url, with_metadata=True)
    if doc is None:
        return Output()
    authors = [name.strip() for name in (doc.author or "").split(";") if name.strip()]
    published = date.fromisoformat(doc.date[:10]) if doc.date else None
    return Output(doc.title, authors, published, doc.text or "")


def _run_newspaper4k(raw: bytes, text: str, url: str | None) -> Output:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # never download images to size them
    article = newspaper.Article(url or "http://example.com", config=config)
    article.download(input_html=text)
    article.parse()
    published = article.publish_date if isinstance(article.publish_date, datetime) else None
    return Output(article.title or None, list(article.authors), published, article.text or "")


_RUNNERS: dict[str, Callable[[bytes, str, str | None], Output]] = {
    "newsparse": _run_newsparse,
    "newsparse (generic only)": _run_newsparse_generic,
    "trafilatura": _run_trafilatura,
    "newspaper4k": _run_newspaper4k,
}


def _init_worker() -> None:
    """Silence the extractors' warnings and logging, and import them once per process."""
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    for name in _MODULES.values():
        if importlib.util.find_spec(name) is not None:
            __import__(name)


def _extract_page(job: tuple[str, str, str | None, tuple[str, ...]]) -> dict[str, Output]:
    """Run each named extractor on one page; never raises."""
    path, encoding, url, names = job
    raw = Path(path).read_bytes()
    text = raw.decode(encoding, errors="replace")
    outputs: dict[str, Output] = {}
    for name in names:
        start = time.perf_counter()
        try:
            out = _RUNNERS[name](raw, text, url)
        except Exception as exc:
            out = Output(error=f"{type(exc).__name__}: {exc}"[:300])
        out.ms = (time.perf_counter() - start) * 1000
        outputs[name] = out
    return outputs


# --- scoring ---------------------------------------------------------------------------


def score_page(case: dict[str, Any], out: Output) -> dict[str, Any]:
    """Per-page scores of one output against one case; a key is present only if the truth is."""
    s: dict[str, Any] = {"error": out.error is not None, "ms": out.ms}
    if case.get("title"):
        s["title_exact"], s["title_lenient"] = title_match(case["title"], out.title)
    if case.get("authors"):
        raw_byline = bool((case.get("extra") or {}).get("authors_is_raw_byline"))
        s["authors_overlap"], s["authors_exact"] = author_overlap(
            case["authors"], out.authors, raw_byline=raw_byline
        )
    if case.get("published"):
        s["published"] = published_match(case["published"], out.published)
        s["published_lenient"] = published_match(
            case["published"],
            out.published,
            tolerance_days=1 if case["source"] == "postlight" else 0,
        )
    if case.get("must_include"):
        s["include_hits"] = include_hits(case["must_include"], out.text)
        s["include_total"] = len(case["must_include"])
    if case.get("must_exclude"):
        s["exclude_passes"] = exclude_passes(case["must_exclude"], out.text)
        s["exclude_total"] = len(case["must_exclude"])
    if case.get("body_prefix"):
        s["prefix_strict"], s["prefix_lenient"] = body_prefix_match(case["body_prefix"], out.text)
    if case.get("body"):
        s["body_f1"] = token_f1(case["body"], out.text)
        s["shingle_p"], s["shingle_r"] = shingle_precision_recall(case["body"], out.text)
        s["body_empty"] = not out.text.strip()
    if "include_total" in s or "body_f1" in s:
        s["lost"] = lost_story(s.get("include_hits"), s.get("include_total", 0), s.get("body_f1"))
    return s


def _mean(pages: Sequence[dict[str, Any]], key: str) -> tuple[float | None, int]:
    values = [float(p[key]) for p in pages if key in p]
    return (statistics.fmean(values) if values else None), len(values)


def _ratio(pages: Sequence[dict[str, Any]], hits: str, total: str) -> tuple[float | None, int]:
    having = [p for p in pages if total in p]
    denominator = sum(p[total] for p in having)
    return (sum(p[hits] for p in having) / denominator if denominator else None), len(having)


def summarise(pages: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Aggregate per-page scores into {row: {"score": float|None, "n": coverage}}."""
    rows: dict[str, tuple[float | None, int]] = {
        "title (exact)": _mean(pages, "title_exact"),
        "title (lenient: expected in got)": _mean(pages, "title_lenient"),
        "authors (set overlap)": _mean(pages, "authors_overlap"),
        "authors (exact set)": _mean(pages, "authors_exact"),
        "published (same day)": _mean(pages, "published"),
        "published (postlight ±1 day)": _mean(pages, "published_lenient"),
        "must_include recall": _ratio(pages, "include_hits", "include_total"),
        "must_exclude pass rate": _ratio(pages, "exclude_passes", "exclude_total"),
        "body prefix (strict)": _mean(pages, "prefix_strict"),
        "body prefix (lenient)": _mean(pages, "prefix_lenient"),
        "body token F1": _mean(pages, "body_f1"),
    }
    precision, n = _mean(pages, "shingle_p")
    recall, _ = _mean(pages, "shingle_r")
    rows["body 4-shingle precision"] = (precision, n)
    rows["body 4-shingle recall"] = (recall, n)
    rows["body 4-shingle F1"] = (
        f1(precision, recall) if precision is not None and recall is not None else None,
        n,
    )
    summary: dict[str, dict[str, Any]] = {
        row: {"score": score, "n": n} for row, (score, n) in rows.items()
    }
    summary["empty body outputs"] = {
        "count": sum(1 for p in pages if p.get("body_empty")),
        "n": sum(1 for p in pages if "body_empty" in p),
    }
    summary["pages that lost their story"] = {
        "count": sum(1 for p in pages if p.get("lost")),
        "n": sum(1 for p in pages if "lost" in p),
    }
    summary["errors (exceptions)"] = {
        "count": sum(1 for p in pages if p["error"]),
        "n": len(pages),
    }
    times = [p["ms"] for p in pages]
    summary["median ms/page"] = {"ms": statistics.median(times) if times else None}
    return summary


def _cell(value: dict[str, Any]) -> str:
    if "ms" in value:
        return "-" if value["ms"] is None else f"{value['ms']:.1f}"
    if "count" in value:
        return f"{value['count']} / {value['n']}"
    if value["score"] is None:
        return "-"
    return f"{value['score']:.3f} ({value['n']})"


def markdown_table(summaries: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Fields as rows, extractors as columns."""
    names = list(summaries)
    rows = list(next(iter(summaries.values())))
    lines = [
        "| field | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for row in rows:
        lines.append(f"| {row} | " + " | ".join(_cell(summaries[n][row]) for n in names) + " |")
    return "\n".join(lines)


# --- driver ----------------------------------------------------------------------------


def load_cases(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    """Read `cases.jsonl` (all of it, or its first `limit` lines)."""
    cases: list[dict[str, Any]] = []
    with (corpus / "cases.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                cases.append(json.loads(line))
            if limit is not None and len(cases) >= limit:
                break
    return cases


def builtin_site_cases(cases: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cases whose URL host is served by one of newsparse's built-in site parsers."""
    from urllib.parse import urlsplit

    import newsparse

    hosts = [h for info in newsparse.parsers() if info.source == "builtin" for h in info.hosts]

    def served(case: dict[str, Any]) -> bool:
        host = (urlsplit(case.get("url") or "").hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in hosts)

    return [case for case in cases if served(case)]


def available(names: Iterable[str]) -> list[str]:
    """The extractors among `names` whose module can be imported."""
    return [n for n in names if importlib.util.find_spec(_MODULES[n]) is not None]


def run(
    cases: Sequence[dict[str, Any]], corpus: Path, names: Sequence[str], workers: int
) -> dict[str, dict[str, Output]]:
    """Extract every page with every extractor: {extractor: {case id: Output}}."""
    jobs = [
        (str(corpus / c["path"]), c.get("encoding") or "utf-8", c.get("url"), tuple(names))
        for c in cases
    ]
    results: dict[str, dict[str, Output]] = {n: {} for n in names}
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
            outputs = list(pool.map(_extract_page, jobs, chunksize=4))
    else:
        _init_worker()
        outputs = [_extract_page(job) for job in jobs]
    for case, per_page in zip(cases, outputs, strict=True):
        for name, out in per_page.items():
            results[name][case["id"]] = out
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--only", help="comma-separated: " + ",".join(EXTRACTORS))
    parser.add_argument("--limit", type=int, help="score only the first N cases")
    parser.add_argument("--by-source", action="store_true", help="also one table per source")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", type=Path, help="write summaries and per-page scores here")
    parser.add_argument("--svg", type=Path, help="draw accuracy against time per page here")
    parser.add_argument(
        "--machine",
        default=f"{os.cpu_count()}-core {platform.machine()} {platform.system()}",
        help="the machine, as the picture's caption names it (default: %(default)s)",
    )
    parser.add_argument(
        "--site-parsers",
        action="store_true",
        help="only pages of built-in site parsers: site parser vs generic parser alone",
    )
    parser.add_argument(
        "--links",
        action="store_true",
        help="links kept inside the body and data tables, newsparse against trafilatura",
    )
    args = parser.parse_args(argv)
    if args.site_parsers:
        return _site_parsers(args)
    if args.links:
        return _links(args)

    wanted = EXTRACTORS
    if args.only:
        wanted = tuple(n.strip() for n in args.only.split(",") if n.strip())
        unknown = sorted(set(wanted) - set(EXTRACTORS))
        if unknown:
            parser.error(f"unknown extractor(s): {', '.join(unknown)}")
    names = available(wanted)
    if not names:
        parser.error("none of the requested extractors is installed")

    cases = load_cases(args.corpus, args.limit)
    start = time.perf_counter()
    results = run(cases, args.corpus, names, max(1, args.workers))
    elapsed = time.perf_counter() - start

    scores = {n: {c["id"]: score_page(c, results[n][c["id"]]) for c in cases} for n in names}
    summaries = {n: summarise(list(scores[n].values())) for n in names}
    includes = sum(len(c.get("must_include") or []) for c in cases)
    excludes = sum(len(c.get("must_exclude") or []) for c in cases)

    print(f"## All sources ({len(cases)} pages)\n")
    print(markdown_table(summaries))
    print(
        f"\nCells: accuracy (pages with the field). Snippets: {includes} include, "
        f"{excludes} exclude (recall and pass rate count snippets). The ±1 day row relaxes "
        "postlight's UTC dates only; shingles are sets of 4-word shingles, an empty output "
        "scores 0. A page lost its story when none of its must_include snippets is found or "
        f"its body token F1 is under {LOST_F1}. Extracted in "
        f"{elapsed:.0f} s with {args.workers} worker(s); ms/page measured inside the workers."
    )
    for name in names:
        lost = sorted(i for i, s in scores[name].items() if s.get("lost"))
        print(f"- {name} lost the story of {len(lost)} page(s): {', '.join(lost) or '-'}")
    for name in names:
        errors = Counter(
            out.error.splitlines()[0][:120] for out in results[name].values() if out.error
        )
        for message, count in errors.most_common(5):
            print(f"- {name} error on {count} page(s): {message}")
    by_source: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    if args.by_source:
        for source in sorted({c["source"] for c in cases}):
            ids = [c["id"] for c in cases if c["source"] == source]
            by_source[source] = {n: summarise([scores[n][i] for i in ids]) for n in names}
            print(f"\n## {source} ({len(ids)} pages)\n")
            print(markdown_table(by_source[source]))

    if args.svg:
        args.svg.write_text(_picture(summaries, len(cases), args), encoding="utf-8")
    if args.json:
        payload = {
            "corpus": str(args.corpus),
            "pages": len(cases),
            "seconds": elapsed,
            "summary": summaries,
            "by_source": by_source,
            "per_page": {
                n: {i: {**s, "output": _jsonable(results[n][i])} for i, s in scores[n].items()}
                for n in names
            },
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _links(args: argparse.Namespace) -> int:
    """`--links`: the report of `links.py` over the corpus."""
    import links

    cases = load_cases(args.corpus, args.limit)
    print(links.run(cases, args.corpus, with_trafilatura=bool(available(["trafilatura"]))))
    return 0


def _site_parsers(args: argparse.Namespace) -> int:
    """Print the figures of the site parsers and of the generic parser on their pages."""
    names = ("newsparse", "newsparse (generic only)")
    cases = builtin_site_cases(load_cases(args.corpus, args.limit))
    results = run(cases, args.corpus, names, max(1, args.workers))
    summaries = {
        label: summarise([score_page(c, results[name][c["id"]]) for c in cases])
        for label, name in zip(("site parsers", "generic parser alone"), names, strict=True)
    }
    hosts = sorted({(c.get("domain") or "") for c in cases})
    print(f"## Pages served by a built-in site parser ({len(cases)} pages, {len(hosts)} hosts)\n")
    print(markdown_table(summaries))
    print("\nCells: accuracy (pages with the field).")
    return 0


def _picture(
    summaries: dict[str, dict[str, dict[str, Any]]], pages: int, args: argparse.Namespace
) -> str:
    """The SVG of this run, its caption naming the machine, the Python and the date."""
    python = ".".join(platform.python_version_tuple()[:2])
    today = datetime.now().astimezone().date().isoformat()
    return accuracy_svg(
        summaries,
        PANELS,
        title=f"Accuracy against time per page, {pages} pages of the development corpus",
        caption=[
            "Each point is one extractor: its accuracy over the pages whose truth has the "
            "field, against its median time per page. Up and to the left is better.",
            f"One run on {today}: {args.machine}, Python {python}, "
            f"{args.workers} worker process{'es' if args.workers != 1 else ''} at once.",
        ],
    )


def _jsonable(out: Output) -> dict[str, Any]:
    data = asdict(out)
    data["published"] = out.published.isoformat() if out.published else None
    data["text"] = out.text[:300]
    return data


if __name__ == "__main__":
    sys.exit(main())
