"""newsparse: turn the markup of a news article page into a clean, typed `Article`.

>>> import newsparse
>>> article = newsparse.parse("<h1>Hi</h1><p>First paragraph of the story.</p>")
>>> article.text
'First paragraph of the story.'
"""

from newsparse import errors
from newsparse._version import __version__
from newsparse.batch import Result, parse_many
from newsparse.model import (
    Article,
    Block,
    Cell,
    Code,
    CodeBlock,
    Embed,
    EmbeddedPost,
    Emphasis,
    Heading,
    Image,
    ItemBlock,
    LineBreak,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    RelatedLink,
    Span,
    Strong,
    Table,
    Text,
    Tweet,
)
from newsparse.parse import parse
from newsparse.plaintext import parse_text
from newsparse.registry import ParserInfo, parsers, register, unregister
from newsparse.siteparser import SiteParser
from newsparse.warc import iter_warc

__all__ = [
    "Article",
    "Block",
    "Cell",
    "Code",
    "CodeBlock",
    "Embed",
    "EmbeddedPost",
    "Emphasis",
    "Heading",
    "Image",
    "ItemBlock",
    "LineBreak",
    "Link",
    "ListBlock",
    "ListItem",
    "Paragraph",
    "ParserInfo",
    "Quote",
    "RelatedLink",
    "Result",
    "SiteParser",
    "Span",
    "Strong",
    "Table",
    "Text",
    "Tweet",
    "__version__",
    "errors",
    "iter_warc",
    "parse",
    "parse_many",
    "parse_text",
    "parsers",
    "register",
    "unregister",
]
