"""Mutation fuzzing over the corpus pages: exceptions and slow pages, for a time budget.

Each round takes a real page of the corpus, damages it a few times at random places (cuts,
repeats, stray or deeply nested tags, broken comments and entities, random bytes, tweet and
JSON-LD fragments, runs of the shapes that make the tree builder open more or deeper elements
than the tags say, runs of the shapes that cost the passes after parsing most per byte),
parses it with a page URL that may be malformed, and renders every view (text, Markdown,
HTML, JSON and back). Anything but an `Article` or a documented
`newsparse.errors.NewsparseError` is a crash, and so is a view that breaks the output
contract (a control character but the line feed or a lone surrogate in any string, an URL
field that is no http(s) URL with a host, JSON that does not encode as UTF-8); a page over
`--slow` seconds is slow. Each such input is written to `--out` and listed, so that it can
be replayed and turned into a test.

    .venv/bin/python benchmarks/fuzz.py [--seconds 600] [--seed 1] [--out /tmp/newsparse-fuzz]
    .venv/bin/python benchmarks/fuzz.py --warc [...]

With `--warc` (needs the `warc` extra) it damages WARC files instead: a WARC of a few corpus
pages (plain or gzipped, bodies plain, chunked or gzip/deflate-encoded, charsets in the
header) is cut short, damaged as above, given header bombs (a line of up to 5 MB, or many
lines, in the WARC or HTTP headers), bad Content-Length values, charsets and content
encodings, and corrupt gzip members; `iter_warc()` must give pages and counted skips or raise
`WarcFormatError`, nothing else.

Exit status 1 when anything was found. Measure with the other benchmarks stopped: "slow" is
wall time on a shared machine, so replay a slow input alone before calling it slow.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
import time
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path

import newsparse
from newsparse.errors import NewsparseError, WarcFormatError

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_TAGS = (
    "div", "p", "span", "a", "table", "tr", "td", "ul", "li", "h1", "h2", "article", "main",
    "section", "blockquote", "figure", "figcaption", "script", "style", "noscript", "template",
    "svg", "math", "iframe", "select", "option", "textarea", "title", "br", "img", "b", "pre",
    "code", "ruby", "rt", "rp", "form", "header", "footer", "nav", "aside",
)  # fmt: skip
_ATTRIBUTES = (
    "",
    ' class="share related"',
    ' class="article-body"',
    ' itemprop="articleBody"',
    " hidden",
    ' class="twitter-tweet"',
    ' role="navigation"',
)
_SNIPPETS = (
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b"&#x0;",
    b"\x00",
    b"&amp;&lt;",
    b"<script>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b'"',
    b"'",
    b"<",
    b">",
)
_FRAGMENTS = (
    b'<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    b'<meta property="og:title" content="',
    b'<time datetime="9999-99-99T99:99">',
    b'<blockquote class="twitter-tweet"><p>x</p>&mdash; A (@a) '
    b'<a href="https://twitter.com/a/status/1">May 1, 2020</a></blockquote>',
)


# Shapes that make the HTML tree builder open more, or deeper, elements than the tags say: each
# is repeated many times by the "tree builder" mutation (with a number where "{}" is).
_TREE_SHAPES = (
    "<div></x>",  # stray end tags close nothing
    "<div><!--</div>-->",  # nor do end tags in comments,
    "<div><script>'</div>'</script>",  # scripts,
    "<div><textarea></div></textarea>",  # RCDATA
    '<div title="</div>">',  # and attribute values
    "<g/><use/><path/>",  # self-closed only inside <svg>
    "<b id={}></x>",  # formatting elements re-opened before every text
    "<div>x</div>",
    "<p><table><tr><td>",  # implied elements
    "<table><td>",
    "</p>",  # a stray </p> inserts a <p>
    "</br>",  # and </br> a <br>
    "<ul><li>",
    "<b><div></b>",  # the adoption agency
    "<a href=x><div><a href=y>",
    "<select><div>",
    "<svg><foreignObject>",
    "<math><mi>",
    "<template><div>",
)


# Shapes that make the passes after parsing, or a view, do much work per byte (text nodes in
# one paragraph, short headings in a row, links and lines in one paragraph, cells spanning
# columns): each is repeated many times by the "passes" mutation.
_PASS_SHAPES = (
    "<span>a </span>",
    "<h2>News about it</h2>",
    '<a href="/x">y</a> ',
    "line<br>",
    "<p>w{}</p>",
    "<wbr>ab",
    "<td colspan=1000>a",
    '<p><a href="/s{0}">Story {0}</a></p>',  # small blocks: the passes read a bounded number
    "<p><em>w{0}</em> text <b>b</b></p>",
    "<table><tr><td>w{0}</td></tr></table>",
    "<x-p>w{0}</x-p>",
    "<rt>x{0}</rt>",  # tags the screen leaves to the model
)


def mutate(page: bytes, rng: random.Random) -> bytes:
    """`page` damaged one to six times at random places."""
    data = bytearray(page)
    for _ in range(rng.randint(1, 6)):
        if not data:
            break
        start = rng.randrange(len(data))
        end = min(len(data), start + rng.randint(1, 5000))
        kind = rng.randrange(11)
        if kind == 0:
            del data[start:end]
        elif kind == 1:
            data[start:start] = data[start:end] * rng.randint(1, 5)
        elif kind == 2:
            tag = f"<{rng.choice(_TAGS)}{rng.choice(_ATTRIBUTES)}>"
            data[start:start] = tag.encode()
        elif kind == 3:
            data[start:start] = f"</{rng.choice(_TAGS)}>".encode()
        elif kind == 4:
            data[start:end] = rng.randbytes(min(end - start, 200))
        elif kind == 5:
            del data[start:]
        elif kind == 6:
            data[start:start] = rng.choice(_SNIPPETS)
        elif kind == 7:
            data[start:start] = f"<{rng.choice(_TAGS)}>".encode() * rng.randint(10, 3000)
        elif kind == 8:
            data[start:start] = rng.choice(_FRAGMENTS)
        elif kind == 9:
            shape = rng.choice(_PASS_SHAPES)
            built = "".join(shape.format(i) for i in range(rng.randint(100, 20_000)))
            data[start:start] = built.encode()
        else:
            shapes = rng.sample(_TREE_SHAPES, rng.randint(1, 3))
            repeats = rng.randint(100, 20_000)
            built = "".join(rng.choice(shapes).format(i) for i in range(repeats))
            data[start:start] = built.encode()
    return bytes(data)


def page_url(case_url: str, rng: random.Random) -> str | None:
    """The case's own URL, none, or a malformed one."""
    return rng.choice([case_url, None, "not a url", "http://[::1", "https://x.com/" + "a" * 5000])


# What no string of an Article holds (docs/robustness.md): controls but the line feed, lone
# surrogates; and what each URL is: http(s) with a host.
_UNCLEAN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_URL = re.compile(r"https?://[^/?#\s]+.*", re.IGNORECASE | re.DOTALL)
_URL_KEYS = frozenset({"url", "image", "canonical_url", "links"})


def breaches(value: object, key: str = "") -> Iterator[str]:
    """The strings of `value` (`to_dict()` output) that break the output contract: with a
    control character or a lone surrogate, or an URL field that is no http(s) URL."""
    if isinstance(value, str):
        if _UNCLEAN.search(value):
            yield f"{key}: unclean string {value[:60]!r}"
        if key in _URL_KEYS and not _URL.fullmatch(value):
            yield f"{key}: not an http(s) URL {value[:60]!r}"
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from breaches(item, str(name))
    elif isinstance(value, list):
        for item in value:
            yield from breaches(item, key)


def exercise(page: bytes, url: str | None) -> None:
    """Parse `page` and render every view of the Article; raise what they raise, and an
    `AssertionError` when a view breaks the output contract."""
    article = newsparse.parse(page, url=url)
    views = {"text": article.text, "markdown": article.to_markdown(), "html": article.to_html()}
    dumped = json.dumps(article.to_dict(), ensure_ascii=False)
    dumped.encode("utf-8")
    data = json.loads(dumped)
    found = list(breaches(data)) + [f"{name}: {line}" for name, view in views.items()
                                    for line in breaches(view.replace("\n", " "))]  # fmt: skip
    if found:
        raise AssertionError("; ".join(found))
    if newsparse.Article.from_dict(data) != article:
        raise AssertionError("the JSON round trip changed the Article")


_WARC_SNIPPETS = (
    b"\r\n",
    b"Content-Length: 99999999999\r\n",
    b"Content-Length: -1\r\n",
    b"Content-Encoding: gzip\r\n",
    b"Content-Encoding: br\r\n",
    b"Content-Encoding: deflate, gzip\r\n",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Type: text/html; charset=hex\r\n",
    b"Content-Type: text/html; charset=utf-7\r\n",
    b"Content-Type: text/html; charset=idna\r\n",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
    b"WARC/1.0\r\n",
    b"ffffffff\r\n",
    b"0\r\n\r\n",
)


def sample_warc(pages: list[tuple[bytes, str]], rng: random.Random, gzipped: bool) -> bytes:
    """A WARC of `pages`, each sent plain, chunked and gzipped, or deflated, with or without a
    charset in its Content-Type header, by warcio's writer."""
    import zlib

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzipped)
    for html, url in pages:
        headers = [("Content-Type", rng.choice(["text/html", "text/html; charset=utf-8"]))]
        body = html
        kind = rng.randrange(3)
        if kind == 1:
            body = gzip.compress(html)
            body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
            headers += [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]
        elif kind == 2:
            body = zlib.compress(html)
            headers.append(("Content-Encoding", "deflate"))
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
        writer.write_record(record)
    return stream.getvalue()


def mutate_warc(data: bytes, rng: random.Random) -> bytes:
    """`data` (a WARC file) damaged one to four times: as a page, or in ways only a WARC file
    can be: cut, header bombs, header lines and gzip bytes inserted."""
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(5)
        start = rng.randrange(len(damaged) + 1)
        if kind == 0:
            del damaged[start:]
        elif kind == 1:
            damaged = bytearray(mutate(bytes(damaged), rng))
        elif kind == 2:  # a header bomb where a header line may start
            line = damaged.find(b"\r\n", start) + 2
            bomb = rng.choice([b"X-Bomb: " + b"a" * rng.randint(1, 5_000_000) + b"\r\n",
                               b"X-Bomb: a\r\n" * rng.randint(1, 200_000)])  # fmt: skip
            damaged[line:line] = bomb
        elif kind == 3:
            line = damaged.find(b"\r\n", start) + 2
            damaged[line:line] = rng.choice(_WARC_SNIPPETS)
        elif damaged:  # a few bytes overwritten (in a gzip member, a corrupt member)
            damaged[start : start + 8] = rng.randbytes(8)
    return bytes(damaged)


def exercise_warc(data: bytes) -> None:
    """Read every page of the WARC in `data`; raise what the reader raises but WarcFormatError."""
    reader = newsparse.iter_warc(io.BytesIO(data))
    try:
        for page in reader:
            _ = page.url, page.html
    except WarcFormatError:
        pass
    except NewsparseError as error:  # no other newsparse error is documented for iter_warc
        raise AssertionError(f"iter_warc raised {error!r}") from error


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=float, default=1.0, help="seconds that make a page slow")
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsparse-fuzz"))
    parser.add_argument("--warc", action="store_true", help="damage WARC files, not pages")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    cases = [json.loads(line) for line in (args.corpus / "cases.jsonl").open(encoding="utf-8")]
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    found = rounds = 0
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        case = rng.choice(cases)
        url = page_url(case["url"], rng)
        if args.warc:
            chosen = rng.sample(cases, 3)
            pages = [((args.corpus / c["path"]).read_bytes(), c["url"]) for c in chosen]
            page = mutate_warc(sample_warc(pages, rng, rng.random() < 0.5), rng)
        else:
            page = mutate((args.corpus / case["path"]).read_bytes(), rng)
        start = time.perf_counter()
        problem = None
        try:
            if args.warc:
                exercise_warc(page)
            else:
                exercise(page, url)
        except NewsparseError:
            pass
        except Exception:  # what this script is for
            problem = "crash: " + traceback.format_exc(limit=-3)
        seconds = time.perf_counter() - start
        if problem is None and seconds > args.slow:
            problem = f"slow: {seconds:.2f} s"
        if problem is not None:
            found += 1
            saved = args.out / f"{args.seed}-{rounds}.{'warc' if args.warc else 'html'}"
            saved.write_bytes(page)
            print(f"{saved} (from {case['id']}, url={url!r:.60}) {problem}", flush=True)
        rounds += 1
    print(f"{rounds} pages, {found} found (seed {args.seed})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
