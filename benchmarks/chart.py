"""An SVG picture of accuracy against time per page, one point per extractor per panel.

Hand-written SVG text (no plotting dependency): `accuracy_svg(summaries, panels, caption)`
takes the summaries of `accuracy.py` ({extractor: {row: cell}}, a score cell being
{"score": float | None, "n": int} and the time cell {"ms": float | None}) and returns the
document. Each panel plots one row: accuracy on the y axis, median ms per page on a log x
axis. Extractors or rows without a value are left out of the picture.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

TIME_ROW = "median ms/page"

# One colour and one marker shape per extractor, so the picture reads in grey as well.
STYLES: dict[str, tuple[str, str]] = {
    "newsparse": ("#1f5fa8", "circle"),
    "trafilatura": ("#d9741a", "square"),
    "newspaper4k": ("#3a8c3a", "triangle"),
}
_FALLBACK_STYLE = ("#7a4ca0", "diamond")

_COLUMNS = 3
_PANEL_W, _PANEL_H = 290, 230
_PLOT_LEFT, _PLOT_RIGHT, _PLOT_TOP, _PLOT_BOTTOM = 48, 22, 30, 44
_HEAD, _FOOT, _SIDE = 92, 58, 16
_FONT = "font-family='DejaVu Sans, Helvetica, Arial, sans-serif'"


def accuracy_svg(
    summaries: Mapping[str, Mapping[str, Mapping[str, Any]]],
    panels: Sequence[tuple[str, str]],
    *,
    title: str,
    caption: Sequence[str],
) -> str:
    """The SVG document: one panel per (row, label) of `panels`, one point per extractor."""
    times = {name: _ms(summary) for name, summary in summaries.items()}
    timed = {name: ms for name, ms in times.items() if ms is not None and ms > 0}
    rows = [
        (row, label)
        for row, label in panels
        if any(_score(summary, row) is not None for summary in summaries.values())
    ]
    grid_rows = max(1, math.ceil(len(rows) / _COLUMNS))
    width = 2 * _SIDE + _COLUMNS * _PANEL_W
    height = _HEAD + grid_rows * _PANEL_H + _FOOT
    x_lo, x_hi = _log_bounds(list(timed.values()) or [1.0, 10.0])

    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' {_FONT} font-size='12'>",
        f"<title>{escape(title)}</title>",
        f"<rect width='{width}' height='{height}' fill='#ffffff'/>",
        _text(_SIDE, 26, title, size=16, weight="bold"),
        *_legend(timed, y=56),
    ]
    for index, (row, label) in enumerate(rows):
        left = _SIDE + (index % _COLUMNS) * _PANEL_W
        top = _HEAD + (index // _COLUMNS) * _PANEL_H
        parts.extend(_panel(summaries, timed, (row, label), (left, top), (x_lo, x_hi)))
    for line_no, line in enumerate(caption):
        y = _HEAD + grid_rows * _PANEL_H + 22 + 16 * line_no
        parts.append(_text(_SIDE, y, line, size=11, fill="#444444"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _panel(
    summaries: Mapping[str, Mapping[str, Mapping[str, Any]]],
    timed: Mapping[str, float],
    panel: tuple[str, str],
    corner: tuple[float, float],
    x_bounds: tuple[float, float],
) -> list[str]:
    """One panel: frame, grid, ticks, axis label, title and the extractors' points."""
    row, label = panel
    left, top = corner
    x0, x1 = left + _PLOT_LEFT, left + _PANEL_W - _PLOT_RIGHT
    y0, y1 = top + _PANEL_H - _PLOT_BOTTOM, top + _PLOT_TOP
    points = {
        name: (timed[name], score)
        for name, summary in summaries.items()
        if name in timed and (score := _score(summary, row)) is not None
    }
    pages = max((int(summaries[name][row].get("n") or 0) for name in points), default=0)
    y_lo = _y_floor([score for _, score in points.values()])
    x_lo, x_hi = x_bounds

    def sx(ms: float) -> float:
        return x0 + (math.log10(ms) - math.log10(x_lo)) / math.log10(x_hi / x_lo) * (x1 - x0)

    def sy(score: float) -> float:
        # 1.0 sits a few pixels below the frame, so that a perfect score stays visible.
        return y0 - (score - y_lo) / (1.0 - y_lo) * (y0 - y1 - 8)

    out = [
        f"<text x='{left + 8:.1f}' y='{top + 18:.1f}' font-size='12' fill='#222222'>"
        f"<tspan font-weight='bold'>{escape(label)}</tspan>"
        f"<tspan dx='6' fill='#666666'>\u00b7 {pages} pages</tspan></text>"
    ]
    step = 0.05 if 1.0 - y_lo <= 0.3 else 0.1
    for k in range(round((1.0 - y_lo) / step) + 1):
        value = y_lo + k * step
        y = sy(value)
        out.append(_line(x0, y, x1, y, "#e3e3e3"))
        out.append(_text(x0 - 6, y + 4, f"{value:.2f}", size=10, anchor="end", fill="#555555"))
    decades = round(math.log10(x_hi / x_lo))
    for tick in _log_ticks(x_lo, x_hi):
        x = sx(tick)
        out.append(_line(x, y0, x, y1, "#eeeeee"))
        out.append(_line(x, y0, x, y0 + 4, "#555555"))
        if decades <= 2 or math.log10(tick).is_integer():  # 1, 2, 5 only while they fit
            out.append(_text(x, y0 + 16, f"{tick:g}", size=10, anchor="middle", fill="#555555"))
    out.append(
        f"<rect x='{x0:.1f}' y='{y1:.1f}' width='{x1 - x0:.1f}' height='{y0 - y1:.1f}' "
        "fill='none' stroke='#888888'/>"
    )
    out.append(_text((x0 + x1) / 2, y0 + 33, "median ms per page (log)", size=10, anchor="middle"))
    placed = {name: (sx(ms), sy(score)) for name, (ms, score) in points.items()}
    for name, (x, y) in placed.items():
        colour, shape = STYLES.get(name, _FALLBACK_STYLE)
        out.append(_marker(shape, x, y, colour))
        others = [xy for other, xy in placed.items() if other != name]
        lx, ly, anchor = _label_place(x, y, others, x1)
        label = f"{points[name][1]:.3f}"
        out.append(_text(lx, ly, label, size=10, anchor=anchor, fill=colour))
    return out


def _label_place(
    x: float, y: float, others: Sequence[tuple[float, float]], right_edge: float
) -> tuple[float, float, str]:
    """Where a point's value goes: right of it, else left, else below, clear of other points."""

    def clear(lo: float, hi: float) -> bool:
        return not any(lo < ox < hi and abs(oy - y) < 14 for ox, oy in others)

    if x + 48 < right_edge and clear(x, x + 50):
        return x + 9, y + 4, "start"
    if clear(x - 50, x):
        return x - 9, y + 4, "end"
    return x, y + 20, "middle"


def _legend(timed: Mapping[str, float], y: float) -> list[str]:
    """The extractors side by side: marker, name and median time per page."""
    out: list[str] = []
    x = float(_SIDE + 8)
    for name, ms in timed.items():
        colour, shape = STYLES.get(name, _FALLBACK_STYLE)
        out.append(_marker(shape, x, y - 4, colour))
        label = f"{name}: {ms:.1f} ms/page"
        out.append(_text(x + 12, y, label, size=12))
        x += 40 + 7.2 * len(label)
    return out


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    """A point of the given shape, centred on (x, y)."""
    if shape == "circle":
        return f"<circle cx='{x:.1f}' cy='{y:.1f}' r='6' fill='{colour}'/>"
    if shape == "square":
        return f"<rect x='{x - 5.5:.1f}' y='{y - 5.5:.1f}' width='11' height='11' fill='{colour}'/>"
    corners = (
        [(x, y - 7), (x + 7, y + 5), (x - 7, y + 5)]
        if shape == "triangle"
        else [(x, y - 7), (x + 7, y), (x, y + 7), (x - 7, y)]
    )
    points = " ".join(f"{px:.1f},{py:.1f}" for px, py in corners)
    return f"<polygon points='{points}' fill='{colour}'/>"


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: int,
    anchor: str = "start",
    weight: str = "normal",
    fill: str = "#222222",
) -> str:
    return (
        f"<text x='{x:.1f}' y='{y:.1f}' font-size='{size}' text-anchor='{anchor}' "
        f"font-weight='{weight}' fill='{fill}'>{escape(content)}</text>"
    )


def _line(xa: float, ya: float, xb: float, yb: float, colour: str) -> str:
    return f"<line x1='{xa:.1f}' y1='{ya:.1f}' x2='{xb:.1f}' y2='{yb:.1f}' stroke='{colour}'/>"


def _ms(summary: Mapping[str, Mapping[str, Any]]) -> float | None:
    cell = summary.get(TIME_ROW) or {}
    value = cell.get("ms")
    return float(value) if value is not None else None


def _score(summary: Mapping[str, Mapping[str, Any]], row: str) -> float | None:
    cell = summary.get(row) or {}
    value = cell.get("score")
    return float(value) if value is not None else None


def _log_bounds(values: Sequence[float]) -> tuple[float, float]:
    """Powers of ten around the values: (1, 100) for 5.2 and 66."""
    lo = 10.0 ** math.floor(math.log10(min(values)))
    hi = 10.0 ** math.ceil(math.log10(max(values)))
    return lo, (hi * 10 if hi == lo else hi)


def _log_ticks(lo: float, hi: float) -> list[float]:
    """1, 2 and 5 times each power of ten from `lo` to `hi`."""
    ticks: list[float] = []
    decade = lo
    while decade <= hi * 1.0001:
        ticks.extend(t for t in (decade, 2 * decade, 5 * decade) if t <= hi * 1.0001)
        decade *= 10
    return ticks


def _y_floor(scores: Sequence[float]) -> float:
    """The bottom of the accuracy axis: a tenth below the lowest score, 0.8 at the highest."""
    if not scores:
        return 0.0
    return max(0.0, min(0.8, math.floor((min(scores) - 0.02) * 10) / 10))
