"""The command line's progress bar on standard error, and its closing summary line."""

from __future__ import annotations

import time
from collections import Counter
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts pages and errors; redraws one status line with `\\r` when `stream` is a terminal.

    The line shows pages done (of `total` when known, with a percentage and an ETA), pages per
    second and errors, redrawn at most every `interval` seconds. On anything but a terminal
    nothing is drawn, and only `summary()` is for printing.
    """

    def __init__(self, stream: TextIO, total: int | None = None, interval: float = 0.2) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self.enabled = stream.isatty()
        self.done = 0
        self.errors = 0
        self._start = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    def advance(self, *, error: bool = False) -> None:
        """Count one page (failed when `error`), redrawing the line when it is due."""
        self.done += 1
        self.errors += error
        if self.enabled and time.monotonic() - self._drawn_at >= self.interval:
            self._draw()

    def print(self, line: str) -> None:
        """Print a line of its own on the stream, above the bar."""
        self.clear()
        self.stream.write(line + "\n")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar (before printing anything else, and at the end)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def summary(self, skipped: Counter[str] | None = None, *, interrupted: bool = False) -> str:
        """The one-line report of the run: pages, time, rate, errors, skipped WARC records."""
        elapsed = time.monotonic() - self._start
        line = (
            f"newsparse: {'interrupted after ' if interrupted else ''}{_count(self.done, 'page')} "
            f"in {elapsed:.1f} s ({self._rate(elapsed):,.1f} pages/s), "
            f"{_count(self.errors, 'error')}"
        )
        if skipped:
            reasons = ", ".join(f"{count:,} {reason}" for reason, count in skipped.most_common())
            line += f"; {_count(skipped.total(), 'WARC record')} skipped ({reasons})"
        return line

    def _draw(self) -> None:
        now = time.monotonic()
        self._drawn_at = now
        elapsed = now - self._start
        rate = self._rate(elapsed)
        if self.total:
            done = f"{self.done:,}/{self.total:,} pages {100 * self.done / self.total:3.0f}%"
        else:
            done = f"{self.done:,} pages"
        line = f"{done}  {rate:,.1f} pages/s  {self.errors:,} errors  {_clock(elapsed)}"
        if self.total and rate > 0:
            line += f"  ETA {_clock((self.total - self.done) / rate)}"
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def _rate(self, elapsed: float) -> float:
        return self.done / elapsed if elapsed > 0 else 0.0


def _count(number: int, thing: str) -> str:
    return f"{number:,} {thing}{'' if number == 1 else 's'}"


def _clock(seconds: float) -> str:
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"
