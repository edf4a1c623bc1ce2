"""`Fields`: what one metadata source found, before the sources are merged (internal)."""

from __future__ import annotations

from datetime import datetime

import attrs

__all__ = ["MAX_AUTHORS", "Author", "Fields"]

MAX_AUTHORS = 30
"""The authors of one source that are read, in order: a byline names a few, and a source that
names thousands (a JSON list in a meta tag) is not read past them."""


@attrs.define(slots=True)
class Author:
    """A raw author value from one source; `organization` when it is stated not to be a person."""

    name: str
    organization: bool = False


@attrs.define(slots=True)
class Fields:
    """The values one source (JSON-LD, OpenGraph, plain meta, the document) gives, all optional."""

    title: str | None = None
    description: str | None = None
    authors: list[Author] = attrs.field(factory=list)
    published: datetime | None = None
    modified: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    section: str | None = None
    tags: list[str] = attrs.field(factory=list)
    image: str | None = None
    article_body: str | None = None
    kind: str | None = None  # the kind of page declared (`newsparse.metadata.kind`)
