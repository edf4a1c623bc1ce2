"""The command line's progress bar on standard error, and its closing summary line."""

from __future__ import annotations

import time
from collections import Counter
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts inputs, errors and skipped files; redraws one status line with `\\r` when
    `stream` is a terminal (and `draw` is true).

    The line shows inputs done (of `total` when known, with a percentage and an ETA), pages per
    second and errors, redrawn at most every `interval` seconds. On anything but a terminal
    nothing is drawn, and only `summary()` is for printing.
    """

    def __init__(
        self, stream: TextIO, total: int | None = None, interval: float = 0.2, draw: bool = True
    ) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self.enabled = draw and _is_terminal(stream)
        self.done = 0
        self.errors = 0
        self.skipped: Counter[str] = Counter()
        self._start = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0

    @property
    def pages(self) -> int:
        """The inputs done that were pages (parsed or failed), not skipped files."""
        return self.done - self.skipped.total()

    def advance(self, *, error: bool = False, skipped: str | None = None) -> None:
        """Count one input: a page (failed when `error`) or a file `skipped` for that reason;
        redraw the line when it is due."""
        self.done += 1
        self.errors += error
        if skipped is not None:
            self.skipped[skipped] += 1
        if self.enabled and time.monotonic() - self._drawn_at >= self.interval:
            self._draw()

    def print(self, line: str) -> None:
        """Print a line of its own on the stream, above the bar."""
        self.clear()
        self._write(line + "\n")

    def clear(self) -> None:
        """Erase the bar (before printing anything else, and at the end)."""
        if self.enabled and self._width:
            self._write("\r" + " " * self._width + "\r")
            self._width = 0

    def summary(self, skipped: Counter[str] | None = None, *, stopped: str = "") -> str:
        """The one-line report of the run: pages, time, rate, errors, skipped files and WARC
        records (`skipped`, by reason); `stopped` says why the run ended early, if it did."""
        elapsed = time.monotonic() - self._start
        line = (
            f"newsparse: {stopped + ' after ' if stopped else ''}{_count(self.pages, 'page')} "
            f"in {elapsed:.1f} s ({self.pages / elapsed if elapsed > 0 else 0.0:,.1f} pages/s), "
            f"{_count(self.errors, 'error')}"
        )
        for things, counter in (("file", self.skipped), ("WARC record", skipped)):
            if counter:
                reasons = ", ".join(f"{count:,} {why}" for why, count in counter.most_common())
                line += f"; {_count(counter.total(), things)} skipped ({reasons})"
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
        self._write("\r" + line.ljust(self._width))
        self._width = len(line)

    def _write(self, text: str) -> None:
        """Write to the stream; a closed or full standard error must not stop the run."""
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            pass

    def _rate(self, elapsed: float) -> float:
        return self.done / elapsed if elapsed > 0 else 0.0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):  # a closed stream
        return False


def _count(number: int, thing: str) -> str:
    return f"{number:,} {thing}{'' if number == 1 else 's'}"


def _clock(seconds: float) -> str:
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"
