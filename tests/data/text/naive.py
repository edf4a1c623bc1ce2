"""The naive extractions that produced the real-derived fixtures in this directory.

    python tests/data/text/naive.py text PAGE.html SELECTOR > OUT.txt
    python tests/data/text/naive.py inner PAGE.html SELECTOR > OUT.txt

Both print the page's first `<h1>` text, a blank line, then the text of the first element
matching SELECTOR:
- `text`: `node.text(separator="\\n")` with `<script>` kept (only `<style>` removed); each line
  stripped, every run of blank lines folded to one blank line (what many scrapers emit);
- `inner`: for each `p`, `h2`, `h3` and `blockquote` under it (not inside a blockquote), a
  paragraph: the text of a `p`/`h2`/`h3`, but the raw inner HTML of a `blockquote` (what an
  extractor that reads the embed code as text gives).
"""

from __future__ import annotations

import sys

from selectolax.lexbor import LexborHTMLParser, LexborNode


def _fold(text: str) -> str:
    out: list[str] = []
    blank = False
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(line)
    return "\n".join(out)


def _in_quote(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "blockquote":
            return True
        parent = parent.parent
    return False


def main(mode: str, path: str, selector: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as page:
        tree = LexborHTMLParser(page.read())
    for node in tree.css("style"):
        node.decompose()
    heading = tree.css_first("h1")
    title = " ".join(heading.text().split()) if heading is not None else ""
    container = tree.css_first(selector)
    assert container is not None, selector
    if mode == "text":
        body = _fold(container.text(separator="\n"))
    else:
        parts = []
        for node in container.css("p, h2, h3, blockquote"):
            if _in_quote(node):
                continue
            if node.tag == "blockquote":
                parts.append(" ".join((node.inner_html or "").split()))
            else:
                parts.append(" ".join(node.text().split()))
        body = "\n\n".join(part for part in parts if part)
    return title + "\n\n" + body + "\n"


if __name__ == "__main__":
    sys.stdout.write(main(*sys.argv[1:4]))
