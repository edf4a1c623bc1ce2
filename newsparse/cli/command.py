"""The `newsparse` command: parse saved pages, folders and WARC files.

One page is printed as text, Markdown or JSON. Several pages (or a folder, or `--warc`) run in
batch: JSON Lines on standard output or one file per page under `--output-dir`, parsed by
`parse_many()` on `--jobs` processes, with a progress bar when standard error is a terminal
and a summary line at the end. Every input gives an article, an error or a skip reason, and
the exit code (`EXIT_CODES`) is the same for the same cause in both modes.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import logging
import os
import re
import shlex
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from newsparse._version import __version__
from newsparse.batch import Item, Result, parse_many
from newsparse.cli.inputs import Entry, Inputs, Page, Skipped, Source, Unread
from newsparse.cli.outdir import OutputDir, OutputError, display, printable
from newsparse.cli.progress import Progress
from newsparse.model import Article
from newsparse.warc import _require_warcio

__all__ = ["EXIT_CODES", "main"]

#: The exit codes, by cause (see docs/cli.md).
EXIT_CODES = {
    "ok": 0,  # every page was parsed
    "failed": 1,  # some input gave no article: unreadable, not HTML, failed to parse
    "usage": 2,  # the command line is wrong: nothing was read
    "output": 3,  # the output could not be written: the run stopped
    "interrupted": 130,  # Ctrl-C
}

_SUFFIXES = {"json": ".json", "markdown": ".md", "html": ".html", "text": ".txt"}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see `EXIT_CODES`).

    A usage error exits with 2 (`SystemExit`, from argparse) before any input is read.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    _check(parser, args)
    # warcio logs odd records (spaces in a URL, ...) that it reads anyway: not for the terminal.
    logging.getLogger("warcio").setLevel(logging.ERROR)
    single = _is_single_page(args)
    try:
        inputs = Inputs(args.pages, args.warc, url=args.url)  # lists the folders
    except KeyboardInterrupt:
        print("newsparse: interrupted", file=sys.stderr)
        return EXIT_CODES["interrupted"]
    progress = Progress(sys.stderr, total=inputs.total, draw=not single)
    output: _Output
    if single:
        output = _Single(args.format or "text", progress, args.front_matter)
    elif args.output_dir is not None:
        folder = OutputDir(args.output_dir)
        output = _Files(folder, args.format or "json", progress, args.front_matter)
    else:
        output = _JsonLines()
    options: dict[str, Any] = {"workers": args.jobs or None, "timeout": args.timeout}
    if args.max_memory is not None:
        options["max_memory"] = args.max_memory
    code = _run(inputs, output, progress, options)
    if not single:
        stopped = {130: "interrupted", 3: "stopped"}.get(code, "")
        progress.print(progress.summary(inputs.warc_skipped, stopped=stopped))
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Extract clean, typed articles from the HTML of news pages. newsparse "
        "parses the HTML it is given; it does not fetch pages.",
        epilog="exit codes: 0 every page parsed, 1 some input gave no article, 2 usage error, "
        "3 output not writable, 130 interrupted",
    )
    parser.add_argument(
        "pages",
        nargs="*",
        metavar="page",
        help="saved pages (HTML, gzipped or not, whatever their names), folders (their HTML "
        "files, at any depth) or - for standard input",
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
        choices=("text", "markdown", "html", "json", "jsonl"),
        help="output format: text (default for one page), markdown, html (the title and body "
        "as clean HTML), json, or jsonl (one article per line, the default for several pages)",
    )
    parser.add_argument(
        "--front-matter",
        action="store_true",
        help="with --format markdown: the metadata first, as YAML front matter",
    )
    parser.add_argument(
        "--output-dir",
        type=Path,
        metavar="DIR",
        help="write one file per page under DIR (json by default, or --format markdown/html/text)",
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
    parser.add_argument(
        "--max-memory",
        type=_memory_size,
        metavar="SIZE",
        help="memory limit of each parsing process (e.g. 512M, 2G); a page that exceeds it is "
        "reported as an error",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def _memory_size(text: str) -> int:
    """A size in bytes from `512M`, `2G`, `1.5GiB`, `100000` (units of 1,024)."""
    match = _SIZE.match(text)
    if match is None or float(match[1]) * _UNITS[match[2].upper()] < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is no size (e.g. 512M, 2G)")
    return int(float(match[1]) * _UNITS[match[2].upper()])


def _is_single_page(args: argparse.Namespace) -> bool:
    """One file or -, printed as text, Markdown or JSON."""
    return (
        len(args.pages) == 1
        and not args.warc
        and args.output_dir is None
        and args.format != "jsonl"
        and (args.pages[0] == "-" or not os.path.isdir(args.pages[0]))
    )


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Exit with a usage error (2) for a command line that cannot run as asked."""
    if not args.pages and not args.warc:
        parser.error("give a page, a folder, - or --warc FILE")
    for path in [*args.pages, *args.warc]:
        if _URL.match(path) and not os.path.exists(path):
            command = f"curl -sL {shlex.quote(path)} | newsparse - --url {shlex.quote(path)}"
            if path in args.warc:
                command = f"curl -sL -o crawl.warc.gz {shlex.quote(path)}; newsparse --warc "
                command += "crawl.warc.gz"
            parser.error(
                f"{display(path)}: newsparse parses the HTML it is given and does not fetch "
                f"pages; to parse a page on the web: {command}"
            )
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.timeout is not None and not args.timeout > 0:
        parser.error("--timeout must be a positive number of seconds")
    if args.output_dir is not None and args.format == "jsonl":
        parser.error("--output-dir writes json, markdown, html or text files, not jsonl")
    if args.front_matter and args.format != "markdown":
        parser.error("--front-matter goes with --format markdown")
    output_dir = args.output_dir
    if output_dir is not None and os.path.lexists(output_dir) and not os.path.isdir(output_dir):
        parser.error(f"--output-dir {display(str(args.output_dir))}: exists and is no folder")
    if not _is_single_page(args) and args.output_dir is None and args.format not in (None, "jsonl"):
        parser.error(
            f"several pages cannot be printed as {args.format}: use --format jsonl or --output-dir"
        )
    if args.pages.count("-") > 1:
        parser.error("- (standard input) can be given once")
    if args.url and (len(args.pages) != 1 or args.warc or os.path.isdir(args.pages[0])):
        parser.error("--url applies to a single page")
    if args.warc:
        try:
            _require_warcio()
        except ImportError as error:
            parser.error(str(error))


class _Output(Protocol):
    """Where the outcome of each input goes."""

    def article(self, page: Page, article: Article) -> None: ...

    def failed(self, source: Source, error: str, url: str | None) -> None: ...

    def skipped(self, entry: Skipped) -> None: ...


class _JsonLines:
    """One JSON object per line on standard output, for every input (see docs/cli.md)."""

    def article(self, page: Page, article: Article) -> None:
        row = {**article.to_dict(), **page.source.to_dict(), "error": None, "skipped": None}
        _print_json(row)

    def failed(self, source: Source, error: str, url: str | None) -> None:
        _print_json({"url": url, **source.to_dict(), "error": error, "skipped": None})

    def skipped(self, entry: Skipped) -> None:
        row = {"url": None, **entry.source.to_dict(), "error": f"skipped: {entry.reason}"}
        _print_json({**row, "skipped": entry.reason})


class _Messages:
    """Failures and skips as one line each on standard error."""

    def __init__(self, fmt: str, progress: Progress, front_matter: bool = False) -> None:
        self.fmt = fmt
        self.progress = progress
        self.front_matter = front_matter

    def failed(self, source: Source, error: str, url: str | None) -> None:
        self.progress.print(f"newsparse: {printable(source.describe())}: {printable(error)}")

    def skipped(self, entry: Skipped) -> None:
        where = printable(entry.source.describe())
        self.progress.print(f"newsparse: {where}: skipped, {entry.reason}")


class _Files(_Messages):
    """One file per page under `--output-dir`."""

    def __init__(
        self, folder: OutputDir, fmt: str, progress: Progress, front_matter: bool = False
    ) -> None:
        super().__init__(fmt, progress, front_matter)
        self.folder = folder

    def article(self, page: Page, article: Article) -> None:
        text = _render(article, self.fmt, page.source, self.front_matter)
        self.folder.write(page.name, _SUFFIXES[self.fmt], text)


class _Single(_Messages):
    """One page printed on standard output."""

    def article(self, page: Page, article: Article) -> None:
        _print(_render(article, self.fmt, page.source, self.front_matter))


def _run(inputs: Inputs, output: _Output, progress: Progress, options: dict[str, Any]) -> int:
    """Parse every page of `inputs`, send each outcome to `output`; return the exit code."""
    queue: deque[Entry] = deque()  # the entries in flight, in input order like the results
    named_skips = 0

    def items() -> Iterator[Item]:
        for entry in inputs:
            queue.append(entry)
            if isinstance(entry, Page):
                yield entry.item

    def settle() -> None:  # the entries before the next page (or all, at the end)
        nonlocal named_skips
        while queue and not isinstance(queue[0], Page):
            entry = queue.popleft()
            if isinstance(entry, Skipped):
                output.skipped(entry)
                named_skips += entry.named
                progress.advance(skipped=entry.reason)
            elif isinstance(entry, Unread):
                output.failed(entry.source, entry.error, None)
                progress.advance(error=True)

    code = EXIT_CODES["ok"]
    results = parse_many(items(), **options)
    stop = _CtrlC()
    try:
        for result in results:
            settle()
            page = queue.popleft()
            assert isinstance(page, Page)
            _settle_page(output, page, result)
            progress.advance(error=not result.ok)
            if stop.pressed:
                break
        else:
            settle()
    except KeyboardInterrupt:  # pressed twice, or while waiting for input
        stop.pressed = True
    except BrokenPipeError:  # the reader is gone (`| head`): stop quietly, as when done
        _silence_stdout()
    except OutputError as error:
        if not error.filename:
            _silence_stdout()
        where = printable(error.filename) if error.filename else "standard output"
        progress.print(f"newsparse: cannot write {where}: {printable(error.strerror or '')}")
        code = EXIT_CODES["output"]
    finally:
        stop.restore()
        results.close()  # shuts the worker processes down
    progress.clear()
    if stop.pressed:
        return EXIT_CODES["interrupted"]
    if code == EXIT_CODES["ok"] and (progress.errors or named_skips):
        code = EXIT_CODES["failed"]
    return code


def _settle_page(output: _Output, page: Page, result: Result) -> None:
    if result.article is not None:
        output.article(page, result.article)
    else:
        output.failed(page.source, display(result.error or "unknown error"), result.url)


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


def _print_json(row: dict[str, object]) -> None:
    _print(json.dumps(row, ensure_ascii=False) + "\n")


def _print(text: str) -> None:
    """Write `text` to standard output as UTF-8 and flush; `OutputError` when it fails
    (`BrokenPipeError` when the reader is gone)."""
    data = text.encode("utf-8", errors="backslashreplace")
    if sys.stdout is None:  # started with standard output closed
        raise OutputError(errno.EBADF, "standard output is closed", None)
    stream = getattr(sys.stdout, "buffer", None)
    try:
        if stream is None:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
        else:
            stream.write(data)
            stream.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(error.errno, error.strerror, None) from error


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the final flush cannot fail."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # a test's capture: no fd
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _render(article: Article, fmt: str, source: Source, front_matter: bool = False) -> str:
    if fmt == "json":
        data = {**article.to_dict(), **source.to_dict()}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return article.to_markdown(front_matter=front_matter)
    if fmt == "html":
        return article.to_html()
    header = [
        f"Title:     {article.title or ''}",
        f"Authors:   {', '.join(article.authors)}",
        f"Published: {article.published.isoformat() if article.published else ''}",
    ]
    return "\n".join(header) + "\n\n" + article.text + "\n"
