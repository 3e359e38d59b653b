"""Geometry for a stacked bar chart drawn as inline SVG by the template (no chart library).

Python computes positions; the template writes ``<rect>`` and ``<text>`` elements, so no markup is
built from strings and autoescaping still applies to every label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Colours chosen to differ in lightness too, so the chart still reads in greyscale print.
COLOURS = {"neutral": "#9fb3c8", "critical": "#d09a2c", "malicious": "#8a1c1c"}
WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 48


@dataclass
class Segment:
    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    colour: str


@dataclass
class Bar:
    name: str
    caption: str
    total: int
    x: float
    centre: float
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Chart:
    width: int
    height: int
    plot_bottom: float
    plot_left: float
    plot_right: float
    ticks: list[tuple[int, float]]  # (value, y)
    bars: list[Bar]
    legend: list[tuple[str, str]]  # (label, colour)


def _nice_max(value: int) -> int:
    """A round axis maximum ≥ value, so gridlines land on whole numbers."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if value <= step * 4:
            return step * 4
    return ((value // 1000) + 1) * 1000


def stacked_bars(weeks: list[dict], labels: list[str]) -> Chart:
    """One bar per week (``{"name", "caption", "counts": {label: n}}``), stacked in ``labels`` order."""
    top_value = _nice_max(max([sum(w["counts"].get(l, 0) for l in labels) for w in weeks] + [1]))
    plot_h = HEIGHT - TOP - BOTTOM
    plot_w = WIDTH - LEFT - RIGHT
    slot = plot_w / max(len(weeks), 1)
    bar_w = min(56.0, slot * 0.6)
    bars = []
    for index, week in enumerate(weeks):
        x = LEFT + index * slot + (slot - bar_w) / 2
        y = float(TOP + plot_h)
        bar = Bar(week["name"], week["caption"], 0, round(x, 1), round(x + bar_w / 2, 1))
        for label in labels:
            value = week["counts"].get(label, 0)
            if not value:
                continue
            h = plot_h * value / top_value
            y -= h
            bar.segments.append(Segment(label, value, round(x, 1), round(y, 1), round(bar_w, 1), round(h, 1),
                                        COLOURS.get(label, "#666666")))
            bar.total += value
        bars.append(bar)
    ticks = [(top_value * i // 4, round(TOP + plot_h - plot_h * i / 4, 1)) for i in range(5)]
    return Chart(WIDTH, HEIGHT, TOP + plot_h, LEFT, WIDTH - RIGHT, ticks, bars,
                 [(label, COLOURS.get(label, "#666666")) for label in labels])
