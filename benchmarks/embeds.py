"""Embedded tweets on the corpus pages that have them: ids found as data, residue left in text.

For every page listed under `tweet_embeds` in `special_pages.json` (truth: the status ids of its
`status_urls`, `.../status/<id>` or `tweet-id:<id>`), prints the recall and precision of the
status ids newsparse returns as `Tweet` embeds, the pages whose `article.text` still shows tweet
residue, and the same residue count for `trafilatura.extract` in the same run.

    .venv/bin/python benchmarks/embeds.py [--corpus ../shared/corpus] [--lift-only] [-v]

`--lift-only` measures pass 2 on its own: ids come from `lift_embeds` on a freshly parsed tree,
and the text checked for residue is the body extracted from that same tree after lifting
(metadata, lift, body, as `newsparse.parse` will run them once the pass is wired in).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time

from corpus import add_corpus_argument

from newsparse import parse
from newsparse.content import extract_body
from newsparse.decoding import decode
from newsparse.dom import parse_document
from newsparse.embeds import lift_embeds
from newsparse.metadata import read_metadata
from newsparse.model import Article, Tweet

_TRUTH_ID = re.compile(r"(?:/status(?:es)?/|^tweet-id:)(\d+)")
RESIDUE = {
    "pic.twitter.com": re.compile(r"pic\.twitter\.com/"),
    "&mdash;": re.compile(r"&mdash;|&#8212;"),
    "footer": re.compile(r"—\s*[^()\n]{0,60}\(@\w+\)\s*\w+ \d{1,2}, \d{4}"),
    "</a>": re.compile(r"</a>"),
    "status url": re.compile(r"twitter\.com/\w+/status"),
}


def truth_ids(status_urls: list[str]) -> set[str]:
    """The status ids named by the corpus' `status_urls` entries."""
    return {m.group(1) for url in status_urls if (m := _TRUTH_ID.search(url))}


def residue(text: str) -> list[str]:
    """Names of the residue patterns found in `text`."""
    return [name for name, pattern in RESIDUE.items() if pattern.search(text)]


def newsparse_result(html: bytes, url: str | None, lift_only: bool) -> tuple[set[str], str]:
    """(status ids of the Tweets found, body text) for one page."""
    if not lift_only:
        article = parse(html, url)
        embeds = article.embeds
    else:
        tree = parse_document(decode(html))
        meta = read_metadata(tree, url)
        embeds = lift_embeds(tree, meta.canonical_url or url)
        body = extract_body(
            tree, url=meta.canonical_url or url, title=meta.title, article_body=meta.article_body
        )
        article = Article(url=url, title=meta.title, body=body)
    ids = {e.status_id for e in embeds if isinstance(e, Tweet) and e.status_id}
    return ids, article.text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_argument(parser)
    parser.add_argument("--lift-only", action="store_true", help="measure lift_embeds directly")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every page")
    args = parser.parse_args(argv)

    special = json.loads((args.corpus / "special_pages.json").read_text(encoding="utf-8"))
    cases = {}
    with (args.corpus / "cases.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            case = json.loads(line)
            cases[case["id"]] = case

    hits = truth_total = found_total = 0
    ours_residue: list[tuple[str, list[str]]] = []
    theirs_residue: list[tuple[str, list[str]]] = []
    ours_time = theirs_time = 0.0
    for entry in special["tweet_embeds"]:
        case = cases[entry["id"]]
        html = (args.corpus / case["path"]).read_bytes()
        truth = truth_ids(entry["status_urls"])

        start = time.perf_counter()
        found, text = newsparse_result(html, case["url"], args.lift_only)
        ours_time += time.perf_counter() - start
        hits += len(found & truth)
        truth_total += len(truth)
        found_total += len(found)
        if leaks := residue(text):
            ours_residue.append((entry["id"], leaks))
        if args.verbose or found != truth:
            missed, extra = sorted(truth - found), sorted(found - truth)
            print(f"{entry['id']}: {len(found & truth)}/{len(truth)} missed={missed} extra={extra}")

        if not args.no_trafilatura:
            import trafilatura

            start = time.perf_counter()
            extracted = trafilatura.extract(decode(html), url=case["url"]) or ""
            theirs_time += time.perf_counter() - start
            if leaks := residue(extracted):
                theirs_residue.append((entry["id"], leaks))

    pages = len(special["tweet_embeds"])
    recall = hits / truth_total if truth_total else 1.0
    precision = hits / found_total if found_total else 1.0
    mode = "lift_embeds + extract_body" if args.lift_only else "newsparse.parse"
    print(f"\n{pages} pages with embedded tweets, {truth_total} status ids ({mode})")
    print(
        f"status ids: recall {recall:.3f} ({hits}/{truth_total}), "
        f"precision {precision:.3f} ({hits}/{found_total})"
    )
    print(f"pages with tweet residue in text: newsparse {len(ours_residue)}/{pages}", end="")
    if not args.no_trafilatura:
        print(f", trafilatura {len(theirs_residue)}/{pages}")
    else:
        print()
    for page, leaks in ours_residue:
        print(f"  newsparse residue  {page}: {', '.join(leaks)}")
    if args.verbose:
        for page, leaks in theirs_residue:
            print(f"  trafilatura residue {page}: {', '.join(leaks)}")
    print(f"time: newsparse {ours_time / pages * 1000:.1f} ms/page", end="")
    print(f", trafilatura {theirs_time / pages * 1000:.1f} ms/page" if theirs_time else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
