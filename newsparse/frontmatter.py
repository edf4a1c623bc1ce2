"""YAML front matter: an `Article`'s metadata as static-site generators and notebooks read it.

Every value is a YAML double-quoted scalar (or a flow list of them), so no text from a page can
end the block, start a key or be read as a YAML tag, anchor or number.
"""

from __future__ import annotations

import json
import re

from newsparse.model import Article

__all__ = ["front_matter"]

# What YAML cannot hold raw in a double-quoted scalar (outside its printable set), and the
# line separators that some readers take for a line break.
_UNPRINTABLE = re.compile(
    "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]"
)


def front_matter(article: Article) -> str:
    """The metadata of `article` between `---` lines: title, authors, published, modified,
    url, site_name, language, tags; a field without value is left out."""
    fields: list[tuple[str, str | tuple[str, ...] | None]] = [
        ("title", article.title),
        ("authors", article.authors),
        ("published", article.published.isoformat() if article.published else None),
        ("modified", article.modified.isoformat() if article.modified else None),
        ("url", article.canonical_url or article.url),
        ("site_name", article.site_name),
        ("language", article.language),
        ("tags", article.tags),
    ]
    lines = ["---"]
    for name, value in fields:
        if isinstance(value, tuple):
            if value:
                lines.append(f"{name}: [" + ", ".join(map(_scalar, value)) + "]")
        elif value:
            lines.append(f"{name}: {_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _scalar(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON's string syntax, which YAML shares)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
