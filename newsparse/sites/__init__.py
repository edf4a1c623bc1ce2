"""newsparse's built-in site parsers, one module per site.

They are registered in `pyproject.toml` under the `newsparse.parsers` entry-point group (one
entry per host) and imported only when a page of one of their hosts is parsed. Each module
holds one `SiteParser` subclass overriding only what differs from the generic parser.
"""
