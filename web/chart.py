"""The timeline as an SVG drawn on the server: it reads without JavaScript, in any browser, printed too.

People returned per exchange date are bars, one per side, side by side; the running totals outlets
reported are lines (solid), the totals summed from the archive's own exchanges dashed. Every bar and
point has a ``<title>`` (a native tooltip) and ``data-*`` attributes that ``static/chart.js`` uses to
show details on tap. Colours are presentation attributes, not inline styles, so the strict CSP holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from storage import TimelinePoint

WIDTH, HEIGHT = 900, 420
LEFT, RIGHT, TOP, BOTTOM = 64, 72, 36, 56
PALETTE = ("#1f6fb2", "#c0392b", "#2e8b57", "#8e44ad", "#d4a017", "#555555")


@dataclass(frozen=True)
class Scale:
    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        span = (self.high - self.low) or 1
        return round(self.start + (value - self.low) / span * (self.end - self.start), 1)


def nice_max(value: float) -> int:
    """A round axis maximum at or above ``value`` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * step:
            return int(factor * step)
    return int(10 * step)


def colour(sides: list[str], side: str) -> str:
    return PALETTE[sides.index(side) % len(PALETTE)] if side in sides else PALETTE[-1]


def timeline_svg(points: list[TimelinePoint], reported: dict[str, list[tuple[date, int, bool]]],
                 title: str = "Prisoner exchanges") -> Markup:
    """The chart as SVG markup, safe to place in a page (every text is escaped)."""
    sides = sorted({s for p in points for s in p.returned} | set(reported))
    if not points:
        return Markup(f'<svg class="chart" viewBox="0 0 {WIDTH} 80" role="img" aria-label="no exchanges">'
                      '<text x="20" y="45">No dated exchanges in the archive for this selection yet.</text></svg>')
    days = [p.day for p in points] + [d for series in reported.values() for d, _, _ in series]
    first, last = min(days).toordinal(), max(days).toordinal()
    pad = bar_width(points, sides) * len(sides) / 2 + 6  # the first and last bars stay inside the axes
    x = Scale(first - 1, last + 1, LEFT + pad, WIDTH - RIGHT - pad)
    bars_top = nice_max(max((v for p in points for v in p.returned.values()), default=1))
    totals = [v for s in reported.values() for _, v, _ in s] + [v for p in points for v in p.running.values()]
    y_bars = Scale(0, bars_top, HEIGHT - BOTTOM, TOP)
    y_totals = Scale(0, nice_max(max(totals, default=1)), HEIGHT - BOTTOM, TOP)
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="chart-title '
             f'chart-desc" xmlns="http://www.w3.org/2000/svg">',
             f'<title id="chart-title">{escape(title)}</title>',
             f'<desc id="chart-desc">Bars: people returned per exchange date, one bar per side. Lines: running '
             f'totals reported by outlets (solid) and summed from the archive (dashed). {len(points)} dates.</desc>']
    parts += _axes(x, y_bars, y_totals, first, last)
    parts += _bars(points, sides, x, y_bars)
    parts += _lines(points, reported, sides, x, y_totals)
    parts += _legend(sides)
    parts.append("</svg>")
    return Markup("".join(parts))


def _axes(x: Scale, y_bars: Scale, y_totals: Scale, first: int, last: int) -> list[str]:
    base = HEIGHT - BOTTOM
    out = [f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="#333"/>']
    for i in range(5):
        bar_value, total_value = y_bars.high * i / 4, y_totals.high * i / 4
        y = y_bars(bar_value)
        out.append(f'<line x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4}" text-anchor="end" font-size="12">{bar_value:,.0f}</text>')
        out.append(f'<text x="{WIDTH - RIGHT + 6}" y="{y + 4}" font-size="12">{total_value:,.0f}</text>')
    ticks = 6 if last - first > 6 else max(1, last - first)
    for i in range(ticks + 1):
        day = date.fromordinal(first + round((last - first) * i / ticks))
        out.append(f'<text x="{x(day.toordinal())}" y="{base + 18}" text-anchor="middle" font-size="12">'
                   f'{day.isoformat()}</text>')
    out.append(f'<text x="14" y="{TOP - 14}" font-size="12">people returned per date (bars)</text>')
    out.append(f'<text x="{WIDTH - 14}" y="{TOP - 14}" font-size="12" text-anchor="end">running total (lines)'
               '</text>')
    return out


def bar_width(points: list[TimelinePoint], sides: list[str]) -> float:
    # wide enough to see and to tap; exchanges are weeks apart, so neighbours rarely touch
    return max(4.0, min(24.0, (WIDTH - LEFT - RIGHT) / max(1, len(points) * len(sides) * 2)))


def _bars(points: list[TimelinePoint], sides: list[str], x: Scale, y: Scale) -> list[str]:
    width = bar_width(points, sides)
    base = HEIGHT - BOTTOM
    out = []
    for point in points:
        centre = x(point.day.toordinal())
        for i, side in enumerate(sides):
            value = point.returned.get(side)
            if value is None:
                continue
            left = round(centre - width * len(sides) / 2 + i * width, 1)
            top = y(value)
            text = f"{point.day.isoformat()}: {value:,} returned to {side}"
            out.append(f'<rect class="bar" x="{left}" y="{top}" width="{width:.1f}" height="{round(base - top, 1)}" '
                       f'fill="{colour(sides, side)}" data-side="{escape(side)}" data-date="{point.day}" '
                       f'data-value="{value}" tabindex="0"><title>{escape(text)}</title></rect>')
    return out


def _polyline(coords: list[tuple[float, float]], stroke: str, dashed: bool) -> str:
    path = " ".join(f"{a},{b}" for a, b in coords)
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    # lines let taps through to the bars beneath them
    return f'<polyline points="{path}" fill="none" stroke="{stroke}" stroke-width="2" pointer-events="none"{dash}/>'


def _lines(points, reported, sides: list[str], x: Scale, y: Scale) -> list[str]:
    out = []
    for side in sides:
        summed = [(x(p.day.toordinal()), y(p.running[side])) for p in points if side in p.running]
        if len(summed) > 1:
            out.append(_polyline(summed, colour(sides, side), dashed=True))
        series = reported.get(side, [])
        if series:
            out.append(_polyline([(x(d.toordinal()), y(v)) for d, v, _ in series], colour(sides, side), False))
        for day, value, approx in series:
            text = f"{day.isoformat()}: {'about ' if approx else ''}{value:,} returned to {side} in all (reported)"
            out.append(f'<circle class="point" cx="{x(day.toordinal())}" cy="{y(value)}" r="4" '
                       f'fill="{colour(sides, side)}" data-side="{escape(side)}" data-date="{day}" '
                       f'data-value="{value}" data-total="1" tabindex="0"><title>{escape(text)}</title></circle>')
    return out


def _legend(sides: list[str]) -> list[str]:
    out = []
    for i, side in enumerate(sides):
        left = LEFT + i * 150
        out.append(f'<rect x="{left}" y="{HEIGHT - 22}" width="12" height="12" fill="{colour(sides, side)}"/>')
        out.append(f'<text x="{left + 18}" y="{HEIGHT - 12}" font-size="13">returned to {escape(side)}</text>')
    return out
