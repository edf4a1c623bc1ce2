"""Pathological inputs: time, peak memory and outcome of `newsparse.parse` on each (not a test).

    python benchmarks/adversarial.py            # every case, then every regex
    python benchmarks/adversarial.py --cases    # only the page cases
    python benchmarks/adversarial.py --regexes  # only the regexes
    python benchmarks/adversarial.py --nesting  # wrappers nested 500 deep around content
    python benchmarks/adversarial.py --sweep    # tree-builder shapes at 1, 2 and 4 MB

Each page case runs in a fresh interpreter, so "peak MB" is that process's peak resident memory
above an idle interpreter with newsparse imported. The bound to meet: no case above 1 s per MB
of input, and no outcome but an Article or a documented error/warning.

The sweep builds each shape that makes the HTML tree builder open more, or deeper, elements
than the tags say (stray end tags, end tags that are not tags, implied elements, re-opened
formatting elements...), and each shape found to cost a pass after parsing more than linear
time (text nodes in one paragraph, headings for the paragraph classifier, authors in a meta
tag, an href to escape, paragraphs deep between long ones), at 1, 2 and 4 MB, parses each in
a fresh interpreter, and reports
CPU seconds per MB (wall seconds in brackets: on a loaded machine they count the time others
run) and MB of peak memory per MB of input. The bound to meet: 1 s and 50 MB per MB.

The regex table covers every compiled pattern in newsparse (found by importing every module):
each is run on 10 kB of each attack string (runs of the characters its quantifiers overlap on,
plus its own literals), the worst string is then timed at 100 kB with the methods the code
calls on that pattern (read from the source: `.sub`, `.search`, `.fullmatch`...).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import resource
import string
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
_PROSE = "The council approved the budget for the new bridge across the river on Monday. "


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Story</title>{head}</head><body><article>"
        f"<p>{_PROSE * 3}</p>{body}</article></body></html>"
    )


def _realistic(size: int) -> str:
    one = (ROOT / "docs" / "examples" / "euronews-en.html").read_text(encoding="utf-8")
    start, end = one.index(">", one.index("<body")) + 1, one.rindex("</body>")
    middle = one[start:end]
    return one[:start] + middle * (size // len(middle) + 1) + one[end:]


CASES: dict[str, Callable[[], str | bytes]] = {
    "100,000 nested <div>": lambda: _page("<div>" * 100_000 + "deep text" + "</div>" * 100_000),
    "100,000 nested <ul><li>": lambda: _page("<ul><li>" * 100_000 + "deep text"),
    "100,000 nested <rt> (no <ruby>)": lambda: _page("<rt>" * 100_000 + "deep text"),
    "20,000 <h1> 500 levels deep": lambda: _page("<div>" * 500 + "<h1>x</h1>" * 20_000),
    "20,000 <rt> 500 levels deep": lambda: _page("<div>" * 500 + "<rt>x</rt>" * 20_000),
    "20,000 related headings in one box": lambda: _page(
        "<div>" + "<h2>Related</h2>" * 20_000 + "</div>"
    ),
    "500 nested related boxes, 5,000 promos": lambda: _page(
        '<div class="related">' * 500
        + '<p><a href="/news/b">Read more: a story about the bridge</a></p>' * 5_000
    ),
    "500 nested tables, 5,000 promos": lambda: _page(
        "<table><tr><td>" * 500
        + '<p><a href="/news/b">Read more: a story about the bridge</a></p>' * 5_000
    ),
    "50,000 <br> 500 levels deep": lambda: _page("<section>" * 500 + "<br>" * 50_000),
    "5,000 <time> 500 levels deep": lambda: _page(
        "<section>" * 500 + '<time datetime="2020-01-01">Jan 1</time>' * 5_000
    ),
    "12,000 related headings in 500 nested links": lambda: _page(
        '<a href="/y">' * 500 + "<h2>Related</h2>" * 12_000
    ),
    "5,000 figures in 500 nested lists": lambda: _page(
        "<ul><li>" * 500
        + "<figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure>" * 5_000
    ),
    "500 nested teasers, 20,000 links": lambda: _page(
        '<div class="teaser">' * 500 + '<a href="/x">x</a>' * 20_000
    ),
    "500 nested tweet quotes, 20,000 links": lambda: _page(
        '<blockquote class="twitter-tweet">' * 500 + '<a href="/x">x</a>' * 20_000
    ),
    "50 MB page (default max_bytes)": lambda: _realistic(50 * MB).encode(),
    "50 MB page (max_bytes=None)": lambda: _realistic(50 * MB).encode(),
    "1,000,000 <br>": lambda: _page("<p>a" + "<br>" * 1_000_000 + "b</p>"),
    "10 MB text node": lambda: _page("<p>" + "word " * (2 * MB) + "</p>"),
    "10 MB text node, no spaces": lambda: _page("<p>" + "x" * (10 * MB) + "</p>"),
    "100,000 attributes on one tag": lambda: _page(
        "<p " + " ".join(f"a{i}" for i in range(100_000)) + ">text</p>"
    ),
    '100,000 attributes quoting ">"': lambda: _page(
        "<p " + " ".join(f'a{i}=">"' for i in range(100_000)) + ">text</p>"
    ),
    "5 MB JSON-LD block": lambda: _page(
        "",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Story", '
        '"articleBody": "' + "word " * MB + '"}</script>',
    ),
    "JSON-LD 1.9 MB in one block, 40,000 authors": lambda: _page(
        "",
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        + ",".join(['{"@type": "Person", "name": "Jane Doe"}'] * 40_000)
        + "]}</script>",
    ),
    "JSON-LD nested 100,000 [": lambda: _page(
        "", '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    ),
    'JSON-LD nested 100,000 {"a":': lambda: _page(
        "", '<script type="application/ld+json">' + '{"a":' * 100_000 + "</script>"
    ),
    'JSON-LD 1.9 MB of unclosed {"a":1,': lambda: _page(
        "", '<script type="application/ld+json">' + '{"a":1,' * 270_000 + "</script>"
    ),
    "500,000 '<a' without '>'": lambda: _page("<p>" + "<a" * 500_000),
    "400,000 '<a' to the end of the page": lambda: (
        _page("")[: -len("</article></body></html>")] + "<a" * 400_000
    ),
    "200,000 '<a b=\"x' to the end of the page": lambda: (
        _page("")[: -len("</article></body></html>")] + '<a b="x' * 200_000
    ),
    "100,000 <!-- without -->": lambda: _page("<p>" + "<!--" * 25_000 + "</p>"),
    "1 MB of &amp;amp;": lambda: _page("<p>" + "&amp;amp;" * 110_000 + "</p>"),
    "1 MB of 'digits + x' lines": lambda: _page("<p>" + ("1" * 40 + "x<br>") * 22_000 + "</p>"),
    "1 MB of chrome words": lambda: _page(
        "<p>" + ("share share share share share share share share q<br>") * 20_000 + "</p>"
    ),
    "1 MB of tweet footers": lambda: _page(
        '<blockquote class="twitter-tweet"><p>' + "— a (@a) " * 100_000 + "</p></blockquote>"
    ),
    "1 MB of pic.twitter.com links": lambda: _page(
        '<blockquote class="twitter-tweet"><p>'
        + "pic.twitter.com/a " * 55_000
        + "x</p></blockquote>"
    ),
    "random bytes 5 MB": lambda: __import__("random").Random(1).randbytes(5 * MB),
}


def _repeat(unit: str) -> Callable[[int], str]:
    """A body of `unit` repeated to about `size` bytes."""
    return lambda size: unit * (size // len(unit.encode()) + 1)


def _formatting(size: int) -> str:
    """Formatting elements left open (distinct, so none is forgotten), then texts in blocks:
    each text re-opens every one of them."""
    count = size // 25
    opened = "".join(f"<b id={i}></x>" for i in range(count))
    return "<div>" + opened + "</div>" + "<div>x</div>" * count


def _names(count: int) -> str:
    return " ".join(f"a{i}" for i in range(count))


def _one_tag(size: int) -> str:
    """One tag whose distinct attributes quote both "<" and ">" (Lexbor: quadratic)."""
    return "<div " + " ".join(f'b{i}="<>"' for i in range(size // 10)) + ">x</div>"


def _distinct(unit: str) -> Callable[[int], str]:
    """`unit` repeated to about `size` bytes, with "{i}" replaced by a number new each time."""

    def build(size: int) -> str:
        parts, total = [], 0
        while total < size:
            parts.append(unit.format(i=len(parts)))
            total += len(parts[-1])
        return "".join(parts)

    return build


def _merged(size: int) -> str:
    """`<html>` tags, each adding a new attribute to the one `<html>` element."""
    return "".join(f"<html b{i}>" for i in range(size // 11))


def _text_nodes(size: int) -> str:
    """One paragraph with a link, then text nodes in elements that give no span: read into
    one text."""
    return '<p><a href="/x">y</a>' + "<span>a </span>" * (size // 15) + "</p>"


# JSON-LD whose articleBody the body does not hold, so the paragraph classifier reads the page.
_OTHER_BODY = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Zebras '
    "quietly graze near distant mountains while herders sing old songs about rivers, winters, "
    'harvests, lanterns, copper kettles, woolen blankets and orchards long gone."}</script>'
)


def _classified_headings(size: int) -> str:
    """Short headings in a row, read by the paragraph classifier: each asks whether good text
    follows it closely."""
    return _OTHER_BODY + "<h2>News about it</h2>" * (size // 22)


def _meta_authors(size: int) -> str:
    """A parsely-page JSON in a meta tag naming one author over and over."""
    names = ",".join(['"Jane Doe"'] * (size // 11))
    return f'<meta name="parsely-page" content=\'{{"authors": [{names}]}}\'>'


def _escaped_href(size: int) -> str:
    """A related link whose `href` is a run of `<>`, each percent-encoded when resolved."""
    href = "/a" + "<>" * (size // 2)
    return f'<h2>Related</h2><ul><li><a href="{href}">A story about the bridge</a></li></ul>'


def _deep_middle(size: int) -> str:
    """A box the chrome pass may remove, then short paragraphs 500 levels deep between two
    long ones, so that the middle of the page's text is deep and no box around it holds half
    of it."""
    count = size // 32
    long = "<p>" + "word " * (count * 3 // 2) + "</p>"
    deep = "<div>" * 500 + "<p>abcdefghij</p>" * count + "</div>" * 500
    return '<div class="share">Share</div>' + long + deep + long


SWEEP: dict[str, Callable[[int], str]] = {
    "stray end tags <div></x>": _repeat("<div></x>"),
    "end tags in comments": _repeat("<div><!--</div>-->"),
    "end tags in scripts": _repeat("<div><script>'</div>'</script>"),
    "end tags in textareas": _repeat("<div><textarea></div></textarea>"),
    "end tags in attribute values": _repeat('<div title="</div>">'),
    "SVG self-closed outside <svg>": _repeat("<g/><use/><path/>"),
    "formatting re-opened before each text": _formatting,
    "nested <p><table><tr><td>": _repeat("<p><table><tr><td>"),
    "implied rows <table><td>": _repeat("<table><td>"),
    "runs of stray </p>": _repeat("</p>"),
    "runs of </br>": _repeat("</br>"),
    "nested <ul><li>": _repeat("<ul><li>"),
    "headings in divs": _repeat("<div><h2>"),
    "misnested <b><div></b>": _repeat("<b><div></b>"),
    "<a> in <a>": _repeat("<a href=x><div><a href=y>"),
    "<select> contents": _repeat("<select><div>"),
    "<nobr> in divs": _repeat("<nobr><div>"),
    "SVG <foreignObject>": _repeat("<svg><foreignObject>"),
    "MathML <mi>": _repeat("<math><mi>"),
    "<template> contents": _repeat("<template><div>"),
    "ruby text outside <ruby>": _distinct("<rt>x{i}</rt>"),
    "one tag, distinct attributes quoting <>": _one_tag,
    "<html> tags adding attributes": _merged,
    "tags dense with attributes": _repeat("<i a b c d e f g h>x</i>"),
    "distinct tag names": _distinct("<x{i}>x</x{i}>"),
    "distinct attribute names": _distinct("<i a{i} b{i}>x</i>"),
    "distinct doctype names": _distinct("<!doctype h{i}>"),
    "a 50 kB href copied before each text": lambda size: (
        f'<p><a href="/{"x" * 50_000}">x</p>' + "<p>y</p>" * (size // 8)
    ),
    "900 attributes copied before each text": lambda size: (
        f"<p><b {_names(900)}></p>" + "<p>x</p>" * (size // 8)
    ),
    "text nodes in a paragraph with a link": _text_nodes,
    "headings read by the paragraph classifier": _classified_headings,
    "authors listed in a meta tag": _meta_authors,
    "an href of characters to escape": _escaped_href,
    "short paragraphs deep between long ones": _deep_middle,
    # Small blocks, each read by the passes after parsing (their number is cut by
    # `newsparse.content.cut`).
    "short paragraphs, each a link": _distinct('<p><a href="/s{i}">Story {i}</a></p>'),
    "distinct share paragraphs": _distinct("<p>Share {i}</p>"),
    "headings and links mixed": _distinct('<h3>Title {i}</h3><p><a href="/a{i}">More {i}</a></p>'),
    "emphasis in short paragraphs": _distinct("<p><em>Word{i}</em> text <b>here</b></p>"),
    "related boxes": _distinct(
        '<div><h2>Related</h2><ul><li><a href="/r{i}">Story {i}</a></li></ul></div>'
    ),
    "figures with captions and <br>": _distinct(
        '<figure><img src="/i{i}.jpg"><figcaption>Photo {i}<br>Credit {i}</figcaption></figure>'
    ),
    "captions in spans": _distinct('<p><span class="caption">Caption {i} here</span></p>'),
    "unknown elements as blocks": _distinct("<x-p>Word{i} text here</x-p>"),
    "definition lists": _distinct("<dl><dt>Term {i}</dt><dd>Word{i} text</dd></dl>"),
    "tables of one cell": _distinct("<table><tr><td>Word{i} text</td></tr></table>"),
    "tweets": _distinct(
        '<blockquote class="twitter-tweet"><p>Post {i}</p>&mdash; Jane (@j{i}) '
        '<a href="https://twitter.com/j/status/{i}">May 1, 2020</a></blockquote>'
    ),
}


def run_case(name: str, size: int = 0) -> dict[str, object]:
    """Parse one case (a sweep shape when `size` is given) in this process and report time,
    input size, peak memory and outcome."""
    import newsparse
    from newsparse.guard import MAX_BYTES

    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    page = _page(SWEEP[name](size)) if size else CASES[name]()
    size = len(page.encode("utf-8", "surrogatepass")) if isinstance(page, str) else len(page)
    max_bytes = None if "max_bytes=None" in name else MAX_BYTES
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        start, cpu = time.perf_counter(), time.process_time()
        try:
            article = newsparse.parse(page, "https://example.org/story", max_bytes=max_bytes)
            outcome = f"Article ({len(article.text):,} chars of text)"
        except Exception as error:  # reported, not raised: this is what the table is for
            outcome = type(error).__name__
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    notes = sorted({type(w.message).__name__ for w in caught})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "case": name,
        "mb": size / MB,
        "seconds": seconds,
        "cpu": cpu,
        "peak_mb": max(peak - baseline, 0) / 1024,  # ru_maxrss is in KiB on Linux
        "outcome": outcome + (" + " + ", ".join(notes) if notes else ""),
    }


def in_fresh_interpreter(script: str, arguments: list[str], timeout: float) -> dict[str, Any] | str:
    """The JSON row a case printed when run as `python script *arguments` in a fresh
    interpreter (so its peak memory is its own), or the last line of its error output."""
    done = subprocess.run(
        [sys.executable, script, *arguments],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    if done.returncode:
        return "crashed: " + "".join(done.stderr.strip().splitlines()[-1:])
    row: dict[str, Any] = json.loads(done.stdout)
    return row


def cases() -> None:
    print("| case | input MB | time s | ms per MB | peak MB | outcome |")
    print("|---|---|---|---|---|---|")
    for name in CASES:
        row = in_fresh_interpreter(__file__, ["--case", name], timeout=600)
        if isinstance(row, str):
            print(f"| {name} | | | | | {row} |")
            continue
        per_mb = row["seconds"] * 1000 / row["mb"]
        print(
            f"| {row['case']} | {row['mb']:.2f} | {row['seconds']:.3f} | {per_mb:,.0f} |"
            f" {row['peak_mb']:.0f} | {row['outcome']} |",
            flush=True,
        )


def sweep() -> None:
    print("| shape | input MB | CPU s per MB (wall) | peak MB per MB | outcome |")
    print("|---|---|---|---|---|")
    for name in SWEEP:
        for size in (1, 2, 4):
            row = in_fresh_interpreter(__file__, ["--sweep-case", name, str(size * MB)], 1200)
            if isinstance(row, str):
                print(f"| {name} | {size} | | | {row} |")
                continue
            mb = float(row["mb"])
            print(
                f"| {name} | {mb:.1f} | {float(row['cpu']) / mb:.2f}"
                f" ({float(row['seconds']) / mb:.2f}) |"
                f" {float(row['peak_mb']) / mb:.0f} | {row['outcome']} |",
                flush=True,
            )


# Regexes --------------------------------------------------------------------------------------

_ATTACKS = [
    " ", "\n", " \n", "\t", "\u3000", "a", "1", "-", ".", "/", "(", "@", "#", "&", "<", ":", "|",
    "a ", "1 ", "a.", "1.", "11.", "12 ", "1/1 ", "a b ", "a-", ", ", ", a", "- ", "-- ", "- a ",
    "— a ", "— ", ": ", " | ", "by ", "by a ", "and ", "jan ", "1st ", "share ", "x - ",
    "related ", "more ", "read ", "watch video ", "<!--", "<a ", "</", "&#1", "(@a) ", "@a ",
    "http://", "//", "http://a ", "pic.twitter.com/a ", "x.com/a/status/1 ", "instagram.com/",
    "\ufdd0", " \ufdd0", "associated ", "photo: ", "é",
]  # fmt: skip
# Patterns only ever run on short lines (is_boilerplate() returns early above 120 characters):
# timed on 100 kB worth of such lines, as the code calls them.
_LINE_BOUND = {
    "content.boilerplate._CHROME_LINE": 120,
    "content.boilerplate._CREDIT_LINE": 120,
    "content.boilerplate._AGENCY_LINE": 120,
    "content.boilerplate._DATE_LINE": 120,
    "content.boilerplate._BYLINE": 120,
}
# Patterns the code searches only in the last characters of a text (`split_footer`).
_TAIL_BOUND = {"embeds.text._FOOTER": 1000, "embeds.text._BARE_FOOTER": 1000}
_MODES = ("fullmatch", "match", "search", "sub", "split", "findall", "finditer")


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    import newsparse

    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:  # optional extras (batch, warc...) may miss their dependencies
            continue
        for key, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.__class__ is re.Pattern:
                found.setdefault(
                    id(value), (f"{info.name.removeprefix('newsparse.')}.{key}", value)
                )
    return sorted(found.values())


def _modes(name: str) -> list[str]:
    """The methods the source calls on this pattern (all of them when it is not found)."""
    module, _, variable = name.rpartition(".")
    path = ROOT / "newsparse" / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = ROOT / "newsparse" / module.replace(".", "/") / "__init__.py"
    source = "".join(p.read_text() for p in (ROOT / "newsparse").rglob("*.py"))
    used = [m for m in _MODES if re.search(rf"\b{re.escape(variable)}\.{m}\(", source)]
    return used or list(_MODES)


def _run(pattern: re.Pattern[str], text: str, modes: list[str], bound: int = 0) -> float:
    if bound:
        start = time.perf_counter()
        for offset in range(0, len(text), bound):
            _run(pattern, text[offset : offset + bound - 1] + "\x00", modes)
        return time.perf_counter() - start
    start = time.perf_counter()
    for mode in modes:
        if mode == "sub":
            pattern.sub("", text)
        elif mode in {"findall", "finditer", "split"}:
            for _ in pattern.finditer(text):
                pass
        else:
            getattr(pattern, mode)(text)
    return time.perf_counter() - start


class _Tail:
    """A pattern whose `search` starts `size` characters before the end, as the code calls it."""

    def __init__(self, pattern: re.Pattern[str], size: int) -> None:
        self.regex, self.pattern, self.size = pattern, pattern.pattern, size

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text, max(0, len(text) - self.size))


def regexes() -> None:
    print("| regex | calls | worst attack | ms at 100 kB | ms per MB |")
    print("|---|---|---|---|---|")
    for name, pattern in _patterns():
        if isinstance(pattern.pattern, bytes):
            continue
        modes = _modes(name)
        bound = _LINE_BOUND.get(name, 0)
        tail = _TAIL_BOUND.get(name)
        if tail:  # the search starts this far from the end, so its cost does not grow
            modes = ["search"]
            pattern = _Tail(pattern, tail)  # type: ignore[assignment]
        literals = re.findall(r"[A-Za-z]{3,12}", pattern.pattern)[:12]
        attacks = _ATTACKS + [word + " " for word in literals]
        worst = max(
            attacks,
            key=lambda a: _run(
                pattern, (a * (10_000 // len(a) + 1))[:10_000] + "\x00", modes, bound
            ),
        )
        text = (worst * (100_000 // len(worst) + 1))[:100_000] + "\x00"
        seconds = _run(pattern, text, modes, bound)
        calls = ", ".join(modes) + (f" (lines of {bound})" if bound else "")
        calls += f" (last {tail} chars)" if tail else ""
        print(
            f"| `{name}` | {calls} | {worst!r} | {seconds * 1000:.1f} |"
            f" {seconds * 1000 * 10:,.0f} |",
            flush=True,
        )


# Nesting --------------------------------------------------------------------------------------

# Each pass judges candidates by what they hold: nested 500 deep around many small elements,
# a candidate that reads its whole subtree makes the page quadratic (up to 60 s per MB found).
_WRAPPERS = (
    '<div class="related">',
    '<div class="share">',
    '<div class="article-body">',
    "<section>",
    "<article>",
    '<blockquote class="twitter-tweet">',
    "<figure>",
    "<ul><li>",
    "<table><tr><td>",
    '<div class="teaser">',
    "<h2>",
    "<strong>",
    '<div itemprop="articleBody">',
    '<div class="comments">',
    "<main>",
    "<header>",
    '<div class="entry-content">',
    "<blockquote>",
    '<div class="title">',
    '<div class="sidebar">',
    "<span>",
    '<a href="/y">',
    '<div class="instagram-media">',
    "<ol><li><p>",
    '<div class="byline">',
    "<div hidden>",
    "<nav>",
    "<aside>",
    '<div class="caption">',
    '<div class="lead">',
    "<dl><dd>",
    "<ruby>",
)
_CONTENTS = (
    '<a href="/x">y</a>', f"<p>{_PROSE}</p>",
    '<p><a href="/a/b-c-d-e">Read more: a story about the bridge</a></p>', "<h2>Related</h2>",
    "<img src=x.jpg alt=a>", "<figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure>",
    "<p>Share</p>", '<li><a href="/n/a-b-c-d">A story about the river and the bridge</a></li>',
    "<p>By John Smith</p>", '<time datetime="2020-01-01">Jan 1</time>',
    '<iframe src="https://www.youtube.com/embed/abc"></iframe>', "<br>", "<p>x<br>y<br>z</p>",
    "<strong>Read more:</strong>", "<blockquote><p>Quote</p></blockquote>",
    "<table><tr><td>cell</td></tr></table>",
)  # fmt: skip


def nesting(top: int = 15) -> None:
    """Parse each wrapper nested 500 deep around 0.2 MB of each content; print the slowest."""
    import newsparse

    newsparse.parse(_page(""))  # compile the lazily built patterns first
    rows = []
    for wrapper in _WRAPPERS:
        for content in _CONTENTS:
            page = _page(wrapper * 500 + content * (200_000 // len(content)))
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                newsparse.parse(page, "https://example.org/story")
            rows.append(((time.perf_counter() - start) * MB / len(page), wrapper, content))
    print("| wrapper (x500) | content | s per MB |")
    print("|---|---|---|")
    for seconds, wrapper, content in sorted(rows, reverse=True)[:top]:
        print(f"| `{wrapper}` | `{content[:50]}` | {seconds:.2f} |")


# parse_text ------------------------------------------------------------------------------------

# `python benchmarks/adversarial.py --text`: `newsparse.parse_text` on text built to hurt it, each
# case at 1, 2 and 4 MB in a fresh interpreter: CPU and wall seconds per MB (s/MB must stay flat
# as the size doubles: linear) and peak memory above an idle interpreter. The bound: 1 s per MB.

_FOOTER = "\u2014 Jane Doe (@janedoe) May 1, 2020\n"


def _repeat(unit: str, size: int) -> str:
    return unit * (size // len(unit) + 1)


def _distinct_lines(
    size: int, template: str = "{}\n", alphabet: str = string.ascii_lowercase, width: int = 4
) -> str:
    """Lines that all differ (`width` characters of `alphabet` each, put in `template`), so no
    test of one line is reused; they repeat only once every combination is used."""
    lines, total, index = [], 0, 0
    base = len(alphabet)
    while total < size:
        word = "".join(alphabet[index // base**k % base] for k in range(width))
        lines.append(template.format(word))
        total += len(lines[-1].encode("utf-8"))
        index += 1
    return "".join(lines)


_CJK = "".join(chr(0x4E00 + 37 * i) for i in range(100))  # 100 CJK ideographs
# Every visible ASCII character: 8,836 two-character lines, more than a cache of 4,096 holds.
_VISIBLE = string.digits + string.ascii_letters + string.punctuation


TEXT_CASES: dict[str, Callable[[int], str]] = {
    "tweet footer every 20 lines": lambda n: _repeat("a line of the post\n" * 20 + _FOOTER, n),
    "tweet footer after all lines": lambda n: _repeat("a line of the post\n", n) + _FOOTER,
    "tweet footers, one per paragraph": lambda n: _repeat(_FOOTER + "\n", n),
    "link paragraphs, then a footer": lambda n: _repeat("#tag @x https://t.co/a\n\n", n) + _FOOTER,
    "status URL lines": lambda n: _repeat("https://twitter.com/a/status/1234567890\n", n),
    "one huge line": lambda n: _repeat(_PROSE, n),
    "one huge line of footers": lambda n: _repeat(_FOOTER.strip() + " ", n),
    "many short lines": lambda n: _repeat("ab\n", n),
    "many distinct short lines": lambda n: _distinct_lines(n),
    "distinct one-line paragraphs": lambda n: _distinct_lines(n, "{}\n\n"),
    "one paragraph of wrapped lines": lambda n: _repeat("the council met in\n", n),
    "punctuation lines": lambda n: _repeat("... !! ,, --\n", n),
    "whitespace lines": lambda n: _repeat(" \t \u00a0 \u200b x\n", n),
    "blank lines": lambda n: "x\n" + "\n" * n + "y\n",
    "markup residue, one line": lambda n: _repeat('<a href="">', n),
    "markup residue lines": lambda n: _repeat('<a href="https://e.org/a">story</a><br>\n', n),
    '"Share this article" lines': lambda n: _repeat("Share this article\n", n),
    "distinct share lines": lambda n: _distinct_lines(n, "Share {}\n"),
    "distinct near-misses of chrome phrases": lambda n: _distinct_lines(n, "Share this {}\n"),
    "distinct heading-like lines": lambda n: _distinct_lines(n, "Related {}\n"),
    "distinct promo-like paragraphs": lambda n: _distinct_lines(n, "Read more: {}\n\n"),
    "distinct byline-like lines": lambda n: _distinct_lines(n, "By {} Doe\n"),
    "distinct lines of digits": lambda n: _distinct_lines(n, alphabet=string.digits, width=6),
    "distinct date-like lines": lambda n: _distinct_lines(n, "May {}, 2020\n", string.digits, 5),
    "distinct lines of CJK characters": lambda n: _distinct_lines(n, alphabet=_CJK, width=3),
    "distinct URL lines": lambda n: _distinct_lines(n, "https://e.org/{}\n"),
    "distinct hashtag lines": lambda n: _distinct_lines(n, "#{} @{}\n".replace("{}", "{0}")),
    "distinct lines with separators": lambda n: _distinct_lines(n, "{0} | {0}: {0}/{0}\n"),
    "8,836 two-character lines, cycled": lambda n: _distinct_lines(n, alphabet=_VISIBLE, width=2),
    "related heading, then many lines": lambda n: (
        "Related\n" + _repeat("A story about the bridge https://e.org/a\n", n)
    ),
    "related headings": lambda n: _repeat("You might also like\n", n),
    '"READ MORE:" promos': lambda n: _repeat("READ MORE: A story about the bridge\n\n", n),
    "bylines": lambda n: _repeat("By Jane Doe and John Roe\n", n),
    "dates": lambda n: _repeat("Published on\nMay 1, 2020\n", n),
    "prose paragraphs": lambda n: _repeat(_PROSE + "\n\n", n),
    "one short paragraph, repeated": lambda n: _repeat("Same paragraph.\n\n", n),
}
_TEXT_SIZES = (1, 2, 4)


def run_text_case(name: str, megabytes: int) -> dict[str, object]:
    """`parse_text` one case in this process: CPU and wall time, size, peak memory, outcome."""
    import newsparse

    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text = "A story about the bridge\n\n" + TEXT_CASES[name](megabytes * MB)
    size = len(text.encode("utf-8"))
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        article = newsparse.parse_text(text, "https://example.org/story")
        outcome = f"Article ({len(article.body):,} blocks)"
    except Exception as error:  # reported, not raised: this is what the table is for
        outcome = type(error).__name__
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "mb": size / MB,
        "cpu": cpu,
        "wall": wall,
        "peak_mb": max(peak - baseline, 0) / 1024,
        "outcome": outcome,
    }


def text_cases() -> None:
    header = " | ".join(f"{m} MB: CPU s/MB (wall), peak MB" for m in _TEXT_SIZES)
    print(f"| case | {header} | outcome at {_TEXT_SIZES[-1]} MB |")
    print("|---" * (len(_TEXT_SIZES) + 2) + "|")
    for name in TEXT_CASES:
        cells, outcome = [], ""
        for megabytes in _TEXT_SIZES:
            row = in_fresh_interpreter(__file__, ["--text-case", name, str(megabytes)], 600)
            if isinstance(row, str):
                cells.append("crashed")
                outcome = row
                continue
            cells.append(
                f"{row['cpu'] / row['mb']:.2f} ({row['wall'] / row['mb']:.2f}), "
                f"{row['peak_mb']:.0f}"
            )
            outcome = str(row["outcome"])
        print(f"| {name} | {' | '.join(cells)} | {outcome} |", flush=True)


if __name__ == "__main__":
    if "--text" in sys.argv:
        text_cases()
    elif "--text-case" in sys.argv:
        at = sys.argv.index("--text-case")
        print(json.dumps(run_text_case(sys.argv[at + 1], int(sys.argv[at + 2]))))
    elif "--nesting" in sys.argv:
        nesting()
    elif "--sweep" in sys.argv:
        sweep()
    elif "--sweep-case" in sys.argv:
        at = sys.argv.index("--sweep-case")
        print(json.dumps(run_case(sys.argv[at + 1], int(sys.argv[at + 2]))))
    elif "--case" in sys.argv:
        print(json.dumps(run_case(sys.argv[sys.argv.index("--case") + 1])))
    else:
        if "--regexes" not in sys.argv:
            cases()
            print()
        if "--cases" not in sys.argv:
            regexes()
