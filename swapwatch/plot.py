"""The timeline as a chart, one conflict per chart: running totals per side and people returned per exchange date.

The upper panel draws two different things and labels them so: the sum of the exchanges this archive holds
(it starts from whatever was crawled, so it is usually far below the truth) and the whole-war totals the
reports themselves state. The lower panel puts the sides' bars side by side, never stacked, so a
1,000-for-1,000 swap reads as two bars of 1,000.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from core.vocabulary import conflict_name
from storage import TimelinePoint

FORMATS = {".png": "png", ".svg": "svg"}


def chart_title(conflict: str | None, points: list[TimelinePoint], since: date | None, until: date | None) -> str:
    """``Prisoner exchanges, Russia–Ukraine, 14 Jan 2024 – 30 Dec 2024``."""
    where = conflict_name(conflict) or conflict or "all conflicts"
    first = since or (points[0].day if points else None)
    last = until or (points[-1].day if points else None)
    span = (f"{_day(first)} – {_day(last)}" if first and last else f"from {_day(first)}" if first
            else f"up to {_day(last)}" if last else "all dates")
    return f"Prisoner exchanges, {where}, {span}"


def _day(day: date | None) -> str:
    return f"{day:%d %b %Y}".lstrip("0") if day else "…"


def plot_timeline(
    points: list[TimelinePoint], path: Path, *, conflict: str | None = None,
    since: date | None = None, until: date | None = None,
) -> None:
    """Write a PNG or SVG (by the file's suffix) with labelled axes, dates and a real empty state."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: the chart is written as .png or .svg")
    # the object API renders with Agg without touching pyplot's global state or a display
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    title = chart_title(conflict, points, since, until)
    if not points:
        fig = Figure(figsize=(10, 3), layout="constrained")
        ax = fig.subplots()
        ax.set_axis_off()  # no axis at all rather than an empty 1970 one
        ax.text(0.5, 0.6, title, ha="center", fontsize=13, transform=ax.transAxes)
        ax.text(0.5, 0.35, "No exchange events match: nothing to draw.", ha="center", transform=ax.transAxes)
    else:
        fig = Figure(figsize=(10, 6.5), layout="constrained")
        running, per_day = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
        sides = sorted({s for p in points for s in (*p.returned, *p.reported)})
        _draw_totals(running, points, sides)
        _draw_per_day(per_day, points, sides)
        running.set_title(title)
    path.parent.mkdir(parents=True, exist_ok=True)
    # SVG keeps its labels as text (searchable, accessible) rather than drawn glyph outlines
    with rc_context({"svg.fonttype": "none"}):
        fig.savefig(path, format=fmt)


def _draw_totals(ax, points: list[TimelinePoint], sides: list[str]) -> None:
    days = [p.day for p in points]
    for n, side in enumerate(sides):
        colour = f"C{n}"
        ax.step(days, [p.running.get(side, 0) for p in points], where="post", color=colour,
                label=f"to {side}: sum of the exchanges in this archive")
        reported = [(p.day, p.reported[side]) for p in points if side in p.reported]
        if reported:
            ax.plot(*zip(*reported, strict=True), color=colour, linestyle="--", marker="o", markersize=4,
                    label=f"to {side}: total stated in the reports")
    ax.set_ylabel("people returned, running total")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize="small")


def _draw_per_day(ax, points: list[TimelinePoint], sides: list[str]) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    days = [p.day for p in points]
    span = (days[-1] - days[0]).days if len(days) > 1 else 1
    # one group of bars per date, as wide as the dates allow, each side's bar beside the other
    group = max(0.8, min(span / 100, 0.7 * span / max(1, len(days))))
    width = group / max(1, len(sides))
    for n, side in enumerate(sides):
        shift = timedelta(days=(n - (len(sides) - 1) / 2) * width)
        ax.bar([d + shift for d in days], [p.returned.get(side, 0) for p in points], width=width,
               color=f"C{n}", label=f"to {side}")
    ax.set_ylabel("people returned per exchange date")
    ax.set_xlabel("exchange date")
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.grid(alpha=0.3)
    if sides:
        ax.legend(loc="upper left", fontsize="small")
