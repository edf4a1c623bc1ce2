"""The `newsparse` command: parse saved pages, directories and WARC files.

One page is printed as text, Markdown or JSON. Several pages (or a directory, or `--warc`)
run in batch: JSON Lines on standard output or one file per page under `--output-dir`,
parsed by `parse_many()` on `--jobs` processes, with a progress bar when standard error is a
terminal and a summary line at the end.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsparse._version import __version__
from newsparse.batch import Item, Result, parse_many, read_page
from newsparse.errors import NewsparseError
from newsparse.inputs import Inputs, Page
from newsparse.model import Article
from newsparse.parse import parse
from newsparse.progress import Progress
from newsparse.warc import _require_warcio

__all__ = ["main"]

_SUFFIXES = {"json": ".json", "markdown": ".md", "text": ".txt"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    One page: 0 on success, 1 when it cannot be read or is empty. Batch: 0, whatever pages
    fail (they are reported in the output and the summary), 130 when interrupted. Usage
    errors exit with 2.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.pages and not args.warc:
        parser.error("give a page, a directory, - or --warc FILE")
    if _is_single_page(args):
        return _single(args.pages[0], args.url, args.format or "text")
    _check_batch(parser, args)
    return _batch(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Extract clean, typed articles from the HTML of news pages.",
    )
    parser.add_argument(
        "pages",
        nargs="*",
        metavar="page",
        help="saved pages (.html, .htm, .html.gz), directories (searched recursively) or - "
        "for standard input",
    )
    parser.add_argument(
        "--warc",
        nargs="+",
        action="extend",
        default=[],
        metavar="FILE",
        help="WARC files (.warc, .warc.gz) to take HTML responses from (needs newsparse[warc])",
    )
    parser.add_argument("--url", help="the page's URL, used to resolve relative links")
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json", "jsonl"),
        help="output format: text (default for one page), markdown, json, or jsonl (one "
        "article per line, the default for several pages)",
    )
    parser.add_argument(
        "--output-dir",
        type=Path,
        metavar="DIR",
        help="write one file per page under DIR (json by default, or --format markdown/text)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parse on N processes (default: 1; 0: one per CPU)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="time budget per page; a page that overruns it is reported as an error",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def _is_single_page(args: argparse.Namespace) -> bool:
    """Today's one-page mode: one file or -, printed as text, Markdown or JSON."""
    return (
        len(args.pages) == 1
        and not args.warc
        and args.output_dir is None
        and args.format != "jsonl"
        and (args.pages[0] == "-" or not os.path.isdir(args.pages[0]))
    )


def _check_batch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.timeout is not None and args.timeout <= 0:
        parser.error("--timeout must be a positive number of seconds")
    if args.output_dir is None and args.format not in (None, "jsonl"):
        parser.error(
            f"several pages cannot be printed as {args.format}: use --format jsonl or --output-dir"
        )
    if args.output_dir is not None and args.format == "jsonl":
        parser.error("--output-dir writes json, markdown or text files, not jsonl")
    if args.pages.count("-") > 1:
        parser.error("- (standard input) can be given once")
    if args.url and (len(args.pages) != 1 or args.warc or os.path.isdir(args.pages[0])):
        parser.error("--url applies to a single page")
    for path in [*args.pages, *args.warc]:
        if path != "-" and not os.path.exists(path):
            parser.error(f"{path}: no such file or directory")
    if args.warc:
        try:
            _require_warcio()
        except ImportError as error:
            parser.error(str(error))


def _single(page: str, url: str | None, fmt: str) -> int:
    try:
        data = sys.stdin.buffer.read() if page == "-" else read_page(page)
        article = parse(data, url=url)
    except (OSError, NewsparseError) as error:
        print(f"newsparse: {page}: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(_render(article, fmt))
    return 0


def _batch(args: argparse.Namespace) -> int:
    # warcio logs odd records (spaces in a URL, ...) that it reads anyway: not for the terminal.
    logging.getLogger("warcio").setLevel(logging.ERROR)
    inputs = Inputs(args.pages, args.warc, url=args.url)
    progress = Progress(sys.stderr, total=inputs.total)
    written: set[Path] = set()
    queue: deque[Page] = deque()  # the pages in flight, in input order like the results

    def items() -> Iterator[Item]:
        for page in inputs:
            queue.append(page)
            yield page.item

    results = parse_many(items(), workers=args.jobs or None, timeout=args.timeout)
    stop = _CtrlC()
    try:
        for result in results:
            page = queue.popleft()
            if args.output_dir is None:
                sys.stdout.write(json.dumps(_row(result, page), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            elif result.article is not None:
                fmt = args.format or "json"
                path = _output_path(args.output_dir, page.name, _SUFFIXES[fmt], written)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(_render(result.article, fmt), encoding="utf-8")
            else:
                progress.print(f"newsparse: {page.source}: {result.error}")
            progress.advance(error=not result.ok)
            if stop.pressed:
                break
    except KeyboardInterrupt:  # pressed twice, or while waiting for input
        stop.pressed = True
    except BrokenPipeError:  # the reader is gone (`| head`): stop quietly, as when done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        stop.restore()
        results.close()  # shuts the worker processes down
    progress.clear()
    for message in inputs.broken:
        print(f"newsparse: {message}", file=sys.stderr)
    print(progress.summary(inputs.skipped, interrupted=stop.pressed), file=sys.stderr)
    return 130 if stop.pressed else 0


class _CtrlC:
    """Holds Ctrl-C off until the line being written is complete: the loop checks `pressed`.

    A second Ctrl-C raises `KeyboardInterrupt` at once (for a run stuck waiting for input).
    """

    def __init__(self) -> None:
        self.pressed = False
        self._previous: object = None
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, signum: int, frame: object) -> None:
        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True

    def restore(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]


def _row(result: Result, page: Page) -> dict[str, object]:
    """The JSON Lines record of a page: `Article.to_dict()`, its source file and error."""
    if result.article is None:
        return {"url": result.url, "source": page.source, "error": result.error}
    return {**result.article.to_dict(), "source": page.source, "error": None}


def _output_path(root: Path, name: str, suffix: str, written: set[Path]) -> Path:
    """`root/name.suffix`, or `root/name-2.suffix`, ... when two pages have the same name."""
    path = root / (name + suffix)
    number = 1
    while path in written:
        number += 1
        path = root / f"{name}-{number}{suffix}"
    written.add(path)
    return path


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return article.to_markdown()
    header = [
        f"Title:     {article.title or ''}",
        f"Authors:   {', '.join(article.authors)}",
        f"Published: {article.published.isoformat() if article.published else ''}",
    ]
    return "\n".join(header) + "\n\n" + article.text + "\n"
