"""Per-page budgets of batch mode: a time budget no `except` swallows, a memory ceiling.

The timer raises `_BudgetExpired`, a private `BaseException` that `except Exception` (a site
parser's, the registry's) and `except OSError` / `except TimeoutError` do not catch; it fires
again every `REFIRE` seconds while the budget is spent, so a bare `except:` cannot hold it off
either. Only `time_budget()`, the boundary where a page's `Result` is made, turns it into
`PageTimeoutError`.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from newsparse.errors import PageTimeoutError

__all__ = ["REFIRE", "limit_memory", "time_budget"]

#: Seconds between two firings of the timer once a budget is spent.
REFIRE = 0.05


class _BudgetExpired(BaseException):
    """The page's time is spent (private: no code but `time_budget()` may catch it)."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `PageTimeoutError` out of the block when it runs longer than `seconds`.

    A no-op when `seconds` is None, off the main thread, or where `SIGALRM` does not exist.
    Code in the block cannot swallow the budget (see the module's docstring); a single call
    into C code that does not return to Python is not interrupted (batch mode's parent process
    stops such a worker).
    """
    if (
        seconds is None
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    armed = True

    def expired(signum: int, frame: object) -> None:
        if armed:
            raise _BudgetExpired

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, REFIRE)
    spent = False
    try:
        yield
    except _BudgetExpired:
        spent = True
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if spent:
        raise PageTimeoutError(seconds=seconds)


def limit_memory(max_bytes: int) -> None:
    """Let this process's address space grow by at most `max_bytes` beyond its current size.

    Uses `RLIMIT_AS`, which the kernel enforces at each allocation: Python then raises
    `MemoryError`, and C code gets a failed allocation. No-op where `resource` does not exist.
    """
    try:
        import resource
    except ImportError:  # not on Unix
        return
    limit = _address_space() + max_bytes
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes, 0 where /proc does not tell."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
