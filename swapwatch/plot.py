"""The timeline as a chart: running totals per side and people returned per exchange date."""

from __future__ import annotations

from pathlib import Path

from storage import TimelinePoint

FORMATS = {".png": "png", ".svg": "svg"}


def plot_timeline(points: list[TimelinePoint], path: Path, *, title: str = "Prisoner exchanges") -> None:
    """Write a PNG or SVG (by the file's suffix) with labelled axes and dates."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: the chart is written as .png or .svg")
    # the object API renders with Agg without touching pyplot's global state or a display
    from matplotlib import rc_context
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10, 6), layout="constrained")
    running, per_day = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    days = [p.day for p in points]
    sides = sorted({s for p in points for s in p.returned})
    for side in sides:
        running.step(days, [p.running.get(side, 0) for p in points], where="post", label=f"returned to {side}")
    span = (days[-1] - days[0]).days if days else 0
    width = max(0.8, min(3.0, 0.6 * span / max(1, len(days))))  # bars as wide as the dates allow
    for offset, side in enumerate(sides):
        per_day.bar(days, [p.returned.get(side, 0) for p in points], width=width, alpha=0.7,
                    label=f"to {side}", bottom=[sum(p.returned.get(s, 0) for s in sides[:offset]) for p in points])
    running.set_title(title)
    running.set_ylabel("people returned, running total")
    per_day.set_ylabel("people returned per date")
    per_day.set_xlabel("exchange date")
    locator = AutoDateLocator()
    per_day.xaxis.set_major_locator(locator)
    per_day.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    for ax in (running, per_day):
        ax.grid(alpha=0.3)
        if sides:
            ax.legend(loc="upper left")
    if not points:
        running.text(0.5, 0.5, "no exchange events in the archive yet", ha="center", transform=running.transAxes)
    path.parent.mkdir(parents=True, exist_ok=True)
    # SVG keeps its labels as text (searchable, accessible) rather than drawn glyph outlines
    with rc_context({"svg.fonttype": "none"}):
        fig.savefig(path, format=fmt)
