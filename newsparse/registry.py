"""Which site parser serves a host: runtime registrations, plugins, then built-ins.

Site parsers are found through the entry-point group `newsparse.parsers`, in which each entry
is named by the host it serves and points at a `SiteParser` subclass:

    [project.entry-points."newsparse.parsers"]
    "example.com" = "example_parsers.example:Example"

newsparse's own parsers are registered the same way. Entry points are read once, and a
parser's module is imported only when a page of its host is parsed. Precedence, highest
first: `parse(..., parser=X)`, `register()`, third-party entry points, built-ins, then the
generic parser. A broken entry point is skipped with a `ParserWarning`.
"""

from __future__ import annotations

import functools
import warnings
from collections import defaultdict
from importlib.metadata import EntryPoint, entry_points
from typing import TypeVar

import attrs

from newsparse.errors import ParserRegistrationError, ParserWarning
from newsparse.siteparser import SiteParser, host_key, host_matches

__all__ = [
    "ENTRY_POINT_GROUP",
    "ParserInfo",
    "find_parser",
    "parsers",
    "register",
    "unregister",
]

ENTRY_POINT_GROUP = "newsparse.parsers"
_DISTRIBUTION = "newsparse"

P = TypeVar("P", bound=type[SiteParser])

_runtime: dict[str, type[SiteParser]] = {}


@attrs.frozen
class ParserInfo:
    """One available site parser: its import path, the hosts it serves, where it comes from.

    `source` is "runtime" (from `register()`), "plugin:<distribution>" or "builtin".
    """

    name: str
    hosts: tuple[str, ...]
    source: str


def register(cls: P) -> P:
    """Register a `SiteParser` subclass for its `hosts` at run time; usable as a decorator.

    A class of the same qualified name (module and qualname) as one registered before, as
    when a notebook cell runs again, replaces that one and all its hosts. Raises `TypeError`
    for anything but a `SiteParser` subclass whose `hosts` is a tuple or list of host names,
    `ValueError` when it names none, and `ParserRegistrationError` when a parser of another
    name claims one of its hosts.
    """
    if not (isinstance(cls, type) and issubclass(cls, SiteParser)):
        raise TypeError(f"register() takes a SiteParser subclass, not {cls!r}")
    hosts = cls.hosts
    if not isinstance(hosts, (tuple, list)) or not all(isinstance(h, str) for h in hosts):
        raise TypeError(f"{_qualified(cls)}.hosts must be a tuple of host names, not {hosts!r}")
    if not [h for h in hosts if host_key(h)]:
        raise ValueError(f"{_qualified(cls)} declares no hosts")
    for host in hosts:
        other = _runtime.get(host_key(host))
        if other is not None and _qualified(other) != _qualified(cls):
            raise ParserRegistrationError(
                host=host, first=_qualified(other), second=_qualified(cls), level="runtime"
            )
    for host in [
        h for h, registered in _runtime.items() if _qualified(registered) == _qualified(cls)
    ]:
        del _runtime[host]
    for host in hosts:
        if host_key(host):
            _runtime[host_key(host)] = cls
    return cls


def _qualified(cls: type[SiteParser]) -> str:
    """The module and qualified name of a class: what identifies a parser across re-runs."""
    return f"{cls.__module__}.{cls.__qualname__}"


def unregister(cls: type[SiteParser]) -> None:
    """Undo `register(cls)` (for tests and interactive sessions)."""
    for host in [h for h, registered in _runtime.items() if registered is cls]:
        del _runtime[host]


def find_parser(host: str | None) -> type[SiteParser] | None:
    """The site parser for `host` by precedence, or None for the generic parser."""
    if not host:
        return None
    host = host_key(host)
    found = _most_specific(host, _runtime)
    if found is not None:
        return found
    return _from_entry_points(host)


def parsers() -> list[ParserInfo]:
    """Every available site parser and where it comes from, without importing plugins."""
    infos = [
        ParserInfo(_qualified(cls), tuple(h for h, c in _runtime.items() if c is cls), "runtime")
        for cls in dict.fromkeys(_runtime.values())
    ]
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry, source in _entries():
        grouped[(entry.value, source)].append(entry.name)
    infos.extend(
        ParserInfo(value, tuple(hosts), source) for (value, source), hosts in grouped.items()
    )
    return infos


def _most_specific(host: str, table: dict[str, type[SiteParser]]) -> type[SiteParser] | None:
    claims = [claimed for claimed in table if host_matches(host, claimed)]
    return table[max(claims, key=len)] if claims else None


@functools.cache
def _entries() -> tuple[tuple[EntryPoint, str], ...]:
    """Every entry point of the group with its source, third-party ones first."""
    found: list[tuple[EntryPoint, str]] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        dist = entry.dist.name if entry.dist is not None else "unknown"
        builtin = dist.lower() == _DISTRIBUTION
        found.append((entry, "builtin" if builtin else f"plugin:{dist}"))
    found.sort(key=lambda item: item[1] == "builtin")
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)  # bounded: a crawl meets millions of hosts
def _from_entry_points(host: str) -> type[SiteParser] | None:
    """The entry-point parser for `host`: plugins before built-ins, most specific host first."""
    for level in ("plugin", "builtin"):
        claims: dict[str, list[EntryPoint]] = defaultdict(list)
        for entry, source in _entries():
            if source.startswith(level) and host_matches(host, host_key(entry.name)):
                claims[host_key(entry.name)].append(entry)
        for claimed in sorted(claims, key=len, reverse=True):
            entries = claims[claimed]
            if len({e.value for e in entries}) > 1:
                raise ParserRegistrationError(
                    host=claimed, first=entries[0].value, second=entries[1].value, level=level
                )
            loaded = _load(entries[0])
            if loaded is not None:
                return loaded
    return None


def _load(entry: EntryPoint) -> type[SiteParser] | None:
    """Import an entry point's parser; warn and return None when it is broken."""
    try:
        loaded = entry.load()
    except Exception as error:  # a broken plugin must never break parsing
        warnings.warn(
            ParserWarning(f"site parser {entry.value!r} failed to load: {error!r}"), stacklevel=4
        )
        return None
    if not (isinstance(loaded, type) and issubclass(loaded, SiteParser)):
        warnings.warn(
            ParserWarning(f"site parser {entry.value!r} is not a SiteParser subclass"),
            stacklevel=4,
        )
        return None
    return loaded


def clear_caches() -> None:
    """Forget the entry points read so far (after installing a plugin in a running process)."""
    _entries.cache_clear()
    _from_entry_points.cache_clear()
