"""Links and tables kept in the body: newsparse against trafilatura (`include_links=True`).

    python benchmarks/accuracy.py --links [--corpus ../shared/corpus] [--limit N]

Links. The truth of a page is the set of http(s) links (resolved against the page URL, without
fragment) inside the page's `<p>` and `<li>` elements whose text is one of the paragraphs of
the case's expected `body` (the cases that state a full body: fundus and newspaper4k), or,
for a text of 40 characters or more, inside one. A page without such a link is not scored.
Recall is the share of the truth links that the output holds; precision the share of the
output's links, on those pages, that are truth links; both over all scored pages together.
newsparse's links are the `Link` spans of its body (list entries and table cells included);
trafilatura's the `<ref target>`s of its XML output with `include_links=True`.

Tables. The pages where newsparse reads a data table, with its tables and cells, next to the
`<cell>`s of trafilatura's XML output (`include_tables=True`, its default).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse.model import Block, Link, ListBlock, ListItem, Span, Table

_MIN_INSIDE = 40  # characters of a page paragraph found inside an expected one
_TARGET = re.compile(r'<ref target="([^"]*)"')
_CELL = re.compile(r"<cell\b")


def truth_links(html: bytes, url: str, body: str) -> set[str]:
    """The links of the page's paragraphs and list items that the expected `body` holds."""
    expected = [_norm(part) for part in body.split("\n\n") if part.strip()]
    whole, paragraphs = " ".join(expected), set(expected)
    found: set[str] = set()
    tree = LexborHTMLParser(html.decode("utf-8", "replace"))
    for node in tree.css("p, li"):
        text = _norm(node.text())
        if not text or (text not in paragraphs and (len(text) < _MIN_INSIDE or text not in whole)):
            continue
        for link in node.css("a[href]"):
            target = _url(link.attributes.get("href"), url)
            if target is not None:
                found.add(target)
    return found


def newsparse_links(article: newsparse.Article) -> set[str]:
    """The URLs of the links in the body of `article`."""
    found: set[str] = set()
    for spans in _all_spans(article.body):
        for span in _flat(spans):
            if isinstance(span, Link):
                found.add(_key(span.url))
    return found


def trafilatura_output(text: str, url: str) -> tuple[set[str], int]:
    """The links and the number of table cells of trafilatura's XML output of the page."""
    import trafilatura

    xml = trafilatura.extract(
        text, url=url, include_links=True, include_tables=True, output_format="xml"
    )
    if not xml:
        return set(), 0
    links = {found for target in _TARGET.findall(xml) if (found := _url(target, url))}
    return links, len(_CELL.findall(xml))


def tables(article: newsparse.Article) -> tuple[int, int]:
    """The data tables of `article` and their cells."""
    found = [block for block in article.body if isinstance(block, Table)]
    return len(found), sum(len(row) for table in found for row in table.rows)


def run(cases: Sequence[dict[str, Any]], corpus: Path, with_trafilatura: bool) -> str:
    """The Markdown report of links and tables over `cases`."""
    totals = {name: [0, 0, 0] for name in ("newsparse", "trafilatura")}  # hits, output, truth
    table_rows: list[str] = []
    scored = 0
    for case in cases:
        raw = (corpus / case["path"]).read_bytes()
        url = case.get("url") or ""
        article = newsparse.parse(raw, url=url or None)
        text = raw.decode(case.get("encoding") or "utf-8", "replace")
        trafilatura_links, trafilatura_cells = (
            trafilatura_output(text, url) if with_trafilatura else (set(), 0)
        )
        count, cells = tables(article)
        if count:
            table_rows.append(f"| {case['id']} | {count} | {cells} | {trafilatura_cells} |")
        if not case.get("body") or not url:
            continue
        truth = truth_links(raw, url, case["body"])
        if not truth:
            continue
        scored += 1
        for name, links in (
            ("newsparse", newsparse_links(article)),
            ("trafilatura", trafilatura_links),
        ):
            totals[name][0] += len(links & truth)
            totals[name][1] += len(links)
            totals[name][2] += len(truth)
    names = ["newsparse", "trafilatura"] if with_trafilatura else ["newsparse"]
    lines = [
        f"Links inside the expected body: {scored} pages, {totals['newsparse'][2]} links",
        "",
        "| extractor | recall | precision |",
        "|---|---|---|",
    ]
    for name in names:
        hits, output, truth_count = totals[name]
        lines.append(f"| {name} | {_share(hits, truth_count)} | {_share(hits, output)} |")
    lines += [
        "",
        f"Pages with data tables (newsparse): {len(table_rows)}",
        "",
        "| page | tables | cells (newsparse) | cells (trafilatura) |",
        "|---|---|---|---|",
        *table_rows,
    ]
    return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "-"


def _all_spans(blocks: Sequence[Block | ListItem]) -> Iterator[tuple[Span, ...]]:
    for block in blocks:
        if isinstance(block, Table):
            yield from (cell.spans for row in block.rows for cell in row)
        elif isinstance(block, ListBlock):
            yield from _all_spans(block.entries)
        elif isinstance(block, ListItem):
            yield from _all_spans(block.blocks)
        elif spans := getattr(block, "spans", ()):
            yield spans


def _flat(spans: tuple[Span, ...]) -> Iterator[Span]:
    for span in spans:
        yield span
        yield from _flat(getattr(span, "spans", ()))


def _url(href: str | None, base: str) -> str | None:
    if not href:
        return None
    try:
        target = urljoin(base, href.strip())
    except ValueError:
        return None
    if urlsplit(target).scheme.lower() not in {"http", "https"}:
        return None
    return _key(target)


def _key(url: str) -> str:
    """`url` without its fragment and trailing slash, so that one page is one link."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _norm(text: str) -> str:
    return " ".join(text.split())
