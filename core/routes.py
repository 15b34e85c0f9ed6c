"""Alert routes: ``[[alerts.targets]]``, one apprise URL with the rules deciding which alerts it receives.

Kept apart from ``core.config`` so the rest of ``[alerts]`` can change without touching routing. Every rule
left out means "everything"; a target without rules receives what the plain ``urls`` list receives.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.clock import Clock, QuietHours, Zone
from core.vocabulary import CONFLICTS, EVENT_KINDS, OTHER_CONFLICT, conflict_code

__all__ = ["ALERT_KINDS", "AlertTarget", "named_targets"]

# what a target can subscribe to: the three event announcements and the daily digest
ALERT_KINDS: tuple[str, ...] = ("new_event", "revision", "total", "digest")
AlertKind = Literal["new_event", "revision", "total", "digest"]
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class AlertTarget(BaseModel):
    """One routed target. Unset rules (None / empty list) do not filter."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(min_length=1)
    # shown by `alerts explain` and chosen by `alerts test --target`; defaults to "target-N"
    name: str | None = None
    conflicts: list[str] = Field(default_factory=list)
    alerts: list[AlertKind] = Field(default_factory=lambda: list(ALERT_KINDS))
    figures: list[str] = Field(default_factory=list)
    # the largest number of people returned to one side must reach this
    min_returned: int | None = Field(default=None, ge=1)
    # only outlets publishing in these languages count (for min_sources too)
    languages: list[str] = Field(default_factory=list)
    # None: [alerts] min_sources
    min_sources: int | None = Field(default=None, ge=1)
    quiet_hours: QuietHours | None = None
    digest: Clock | None = None
    timezone: Zone | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        if value is not None and not _NAME.match(value):
            raise ValueError(f"invalid target name {value!r} (letters, digits, '.', '_', '-'; at most 64)")
        return value

    @field_validator("conflicts")
    @classmethod
    def _conflicts(cls, values: list[str]) -> list[str]:
        out = []
        for value in values:
            code = conflict_code(value)
            if code not in CONFLICTS and code != OTHER_CONFLICT:
                raise ValueError(f"unknown conflict {value!r} (known: {', '.join(CONFLICTS)})")
            out.append(code)
        return out

    @field_validator("figures")
    @classmethod
    def _figures(cls, values: list[str]) -> list[str]:
        for value in values:
            if value not in EVENT_KINDS:
                raise ValueError(f"unknown figure kind {value!r} (known: {', '.join(EVENT_KINDS)})")
        return values

    @field_validator("languages")
    @classmethod
    def _languages(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.fullmatch(r"[a-z]{2,3}", value):
                raise ValueError(f"invalid language {value!r} (use ISO 639-1 codes such as en, uk, ru)")
        return values

    @field_validator("alerts")
    @classmethod
    def _alerts(cls, values: list[str]) -> list[str]:
        if not values:
            raise ValueError(f"a target needs at least one alert kind ({', '.join(ALERT_KINDS)})")
        return values


def named_targets(targets: list[AlertTarget]) -> list[AlertTarget]:
    """Give unnamed targets ``target-N`` (their 1-based place) and refuse two targets with one name."""
    out: list[AlertTarget] = []
    seen: set[str] = set()
    for i, target in enumerate(targets, start=1):
        named = target if target.name else target.model_copy(update={"name": f"target-{i}"})
        if named.name in seen:
            raise ValueError(f"two targets are named {named.name!r}")
        seen.add(named.name)
        out.append(named)
    return out
