"""Which targets an alert goes to, and why the others are skipped.

Routing is decided when the outbox rows are written: an alert gets one row per target whose rules accept
it, under the usual key (change + target id, the target id being a hash of its URL). So a slow target never
holds up another, and changing a target's rules (or its name) never sends an already written alert again.
apprise tags would route at send time instead; the outbox already holds one row per target, so the rules
are applied there and apprise sends each row to its one URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from alerts.claims import EventClaim, counted, independent_outlets
from alerts.masking import target_id
from core.config import AlertsConfig
from core.events import EventFigure, announced, consolidate
from core.routes import AlertTarget

ANNOUNCEMENTS = ("new_event", "revision", "total")


@dataclass(frozen=True)
class EventFacts:
    """What the rules look at: the event's conflict, its figures, its outlets' languages and what changed."""

    conflict: str | None
    figures: tuple[EventFigure, ...]
    outlet_langs: dict[str, frozenset[str]]
    # the figure kinds this announcement changed; None: all of them (a new event, a digest)
    changed: frozenset[str] | None = None

    @classmethod
    def of(cls, conflict: str | None, claims: list[EventClaim], changed: set[str] | None = None,
           min_confidence: float = 0.0) -> EventFacts:
        independent = set(independent_outlets(claims))
        langs: dict[str, set[str]] = {o: set() for o in independent}
        for c in claims:
            if c.claim.outlet in langs and not c.duplicate and c.lang:
                langs[c.claim.outlet].add(c.lang)
        # held figures (unsure, one outlet) route nothing, as they are stated in nothing
        figures = tuple(announced(consolidate(counted(claims), min_confidence)))
        return cls(conflict, figures, {o: frozenset(v) for o, v in langs.items()},
                   frozenset(changed) if changed is not None else None)


def routes(cfg: AlertsConfig) -> list[AlertTarget]:
    """Every subscriber target: the plain ``urls`` (everything the [alerts] switches allow) and ``targets``."""
    immediate = not (cfg.digest and cfg.digest_only)
    kinds = [k for k in ANNOUNCEMENTS if getattr(cfg, k) and immediate] + ["digest"]
    plain = [AlertTarget(url=url, alerts=kinds).model_copy(update={"name": f"urls[{i}]"})
             for i, url in enumerate(dict.fromkeys(cfg.urls))]
    return plain + list(cfg.targets)


def find_route(cfg: AlertsConfig, name: str) -> AlertTarget | None:
    return next((t for t in routes(cfg) if t.name == name), None)


def _kinds_reason(target: AlertTarget, facts: EventFacts) -> str | None:
    if not target.figures:
        return None
    present = {f.kind for f in facts.figures} if facts.changed is None else set(facts.changed)
    if present & set(target.figures):
        return None
    what = "has no" if facts.changed is None else "changes no"
    return f"the alert {what} {'/'.join(target.figures)} figure (figures = {target.figures})"


def _size_reason(target: AlertTarget, facts: EventFacts) -> str | None:
    if target.min_returned is None:
        return None
    largest = max((f.value for f in facts.figures if f.kind == "returned"), default=None)
    if largest is None:
        return f"no people returned (min_returned = {target.min_returned})"
    if largest < target.min_returned:
        return f"largest returned figure {largest:,} is below min_returned = {target.min_returned}"
    return None


def _sources_reason(target: AlertTarget, facts: EventFacts, default_min: int) -> str | None:
    wanted = set(target.languages)
    outlets = [o for o, langs in facts.outlet_langs.items() if not wanted or langs & wanted]
    need = target.min_sources or default_min
    if len(outlets) >= need:
        return None
    where = f" in {'/'.join(target.languages)}" if wanted else ""
    return f"{len(outlets)} independent outlet(s){where}, min_sources = {need}"


def skip_reason(target: AlertTarget, kind: str, facts: EventFacts, cfg: AlertsConfig) -> str | None:
    """None when ``target`` receives a ``kind`` alert about the event in ``facts``; else why not, in one line."""
    if kind not in target.alerts:
        return f"subscribed to {', '.join(target.alerts)} only"
    if kind == "digest" and (target.digest or cfg.digest) is None:
        return "no digest time (set digest here or in [alerts])"
    if target.conflicts and facts.conflict not in target.conflicts:
        return f"conflict {facts.conflict or 'unknown'} not in conflicts = {target.conflicts}"
    return (_kinds_reason(target, facts) or _size_reason(target, facts)
            or _sources_reason(target, facts, cfg.min_sources))


def recipients(cfg: AlertsConfig, kind: str | None, facts: EventFacts, received: set[str]) -> dict[str, list[str]]:
    """alert kind → the URLs that get it, for an announcement of ``kind`` (None: no announcement).

    The plain ``urls`` get ``kind``. A routed target that has had no alert about the event yet (``received``:
    target ids) and takes new exchanges hears of it as a ``new_event`` the first time the event meets its
    rules — a second outlet in its languages, a figure revised past its ``min_returned`` — and ``kind`` after.
    """
    first = EventFacts(facts.conflict, facts.figures, facts.outlet_langs)
    plan: dict[str, list[str]] = {}
    for target in routes(cfg):
        routed = not target.name.startswith("urls[")
        if routed and "new_event" in target.alerts and target_id(target.url) not in received:
            alert_kind, seen = "new_event", first
        elif kind is None:
            continue
        else:
            alert_kind, seen = kind, facts
        if skip_reason(target, alert_kind, seen, cfg) is None and target.url not in plan.get(alert_kind, []):
            plan.setdefault(alert_kind, []).append(target.url)
    return plan


def target_config(cfg: AlertsConfig, target: AlertTarget) -> AlertsConfig:
    """``[alerts]`` as one target sees it: its own quiet hours, digest time and time zone where it sets them."""
    update = {k: getattr(target, k) for k in ("quiet_hours", "digest", "timezone") if getattr(target, k)}
    return cfg.model_copy(update=update) if update else cfg


def delivery_configs(cfg: AlertsConfig) -> dict[str, AlertsConfig]:
    """target id → the config its rows are delivered under (quiet hours per target)."""
    return {target_id(t.url): target_config(cfg, t) for t in cfg.targets}


def all_urls(cfg: AlertsConfig) -> list[str]:
    """Every configured apprise URL (subscribers, routed targets, admins): what must never be shown."""
    return list(dict.fromkeys([*cfg.urls, *(t.url for t in cfg.targets), *cfg.admin_urls]))
