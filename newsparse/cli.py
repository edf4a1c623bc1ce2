"""The `newsparse` command: parse a saved page and print it as text, Markdown or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from newsparse._version import __version__
from newsparse.errors import NewsparseError
from newsparse.model import Article
from newsparse.parse import parse

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 on success, 1 on unreadable input)."""
    args = _parser().parse_args(argv)
    try:
        data = sys.stdin.buffer.read() if args.page == "-" else _read(args.page)
        article = parse(data, url=args.url)
    except (OSError, NewsparseError) as error:
        print(f"newsparse: {args.page}: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(_render(article, args.format))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Extract a clean, typed article from the HTML of a news page.",
    )
    parser.add_argument("page", help="the saved HTML page, or - to read standard input")
    parser.add_argument("--url", help="the page's URL, used to resolve relative links")
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


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
