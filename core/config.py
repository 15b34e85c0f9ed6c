"""The one configuration schema: a TOML file validated by pydantic, with environment overrides.

Lookup order: ``--config PATH``, else ``$SWAPWATCH_CONFIG``, else ``./swapwatch.toml``.
``SWAPWATCH_DATABASE_URL`` and ``SWAPWATCH_ALERT_URLS`` (comma-separated) override the file.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.clock import Clock, QuietHours, Zone, parse_clock
from core.events import DEFAULT_MIN_CONFIDENCE
from core.routes import AlertTarget, named_targets
from core.units import Interval, Size, parse_interval, parse_size, short_interval
from core.urls import resolve_sqlite_url, split_urls

__all__ = [
    "DEFAULT_PATH", "ENV_ALERT_URLS", "FAILING_AFTER",
    "ENV_CONFIG", "ENV_DATABASE_URL", "AlertsConfig", "ClusterConfig", "Config", "ConfigError",
    "CrawlConfig", "FollowRules", "ScheduleConfig", "SourceConfig", "StorageConfig", "find_config", "load_config",
    "parse_clock", "parse_config", "parse_interval", "parse_size", "resolve_sqlite_url", "short_interval",
    "split_urls",
]

DEFAULT_PATH = Path("swapwatch.toml")
ENV_CONFIG = "SWAPWATCH_CONFIG"
ENV_DATABASE_URL = "SWAPWATCH_DATABASE_URL"
ENV_ALERT_URLS = "SWAPWATCH_ALERT_URLS"
# failed crawls in a row before a source's health is "failing" (``[crawl] failing_after``)
FAILING_AFTER = 3


class ConfigError(Exception):
    """A configuration problem, phrased as one line naming the file and the key."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FollowRules(Strict):
    """Which links on a listing page are articles (regular expressions)."""

    allow: list[str] = Field(default_factory=list)
    deny: list[str] = Field(default_factory=list)

    @field_validator("allow", "deny")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return patterns


class SourceConfig(Strict):
    name: str = Field(min_length=1)
    url: str
    type: Literal["feed", "sitemap", "page", "telegram"] | None = None
    interval: Interval | None = None
    lang: str | None = None
    max_age: Interval = timedelta(days=3)
    follow: FollowRules = FollowRules()
    headers: dict[str, str] = Field(default_factory=dict)
    enabled: bool = True
    # Telegram: how many older preview pages (?before=) a first crawl may read, back to max_age
    backfill_pages: int = Field(default=10, ge=0, le=1000)

    @field_validator("url")
    @classmethod
    def _is_url(cls, url: str) -> str:
        if not re.match(r"^(https?|file)://\S+$", url):
            raise ValueError(f"not an http(s) URL: {url!r}")
        return url


class StorageConfig(Strict):
    url: str = "sqlite:///swapwatch.db"
    # how long an article judged irrelevant keeps its (compressed) text, so a better extractor can rescue it
    keep_irrelevant: Interval = timedelta(days=90)


class ScheduleConfig(Strict):
    interval: Interval = timedelta(minutes=30)
    jitter: Interval = timedelta(minutes=2)
    # a crawl still running after this is killed and recorded
    crawl_timeout: Interval = timedelta(minutes=20)
    delivery_interval: Interval = timedelta(minutes=1)
    # `swapwatch run` re-extracts, in the background, articles read by an older extractor version
    reextract_on_upgrade: bool = False


class CrawlConfig(Strict):
    contact: str = "https://github.com/swapwatch/swapwatch"
    user_agent: str | None = None
    obey_robots: bool = True
    concurrency_per_domain: int = Field(default=2, ge=1, le=32)
    download_timeout: Interval = timedelta(seconds=30)
    # the pause between two requests to one site as a crawl starts; AutoThrottle adapts it to the site from there
    # (it shortens only after successful answers: redirects and errors keep it)
    start_delay: Interval = timedelta(seconds=1)
    max_page_size: Size = 10 * 1024 * 1024
    retries: int = Field(default=2, ge=0, le=10)
    failing_after: int = Field(default=FAILING_AFTER, ge=1)
    http_cache: bool = False


class AlertsConfig(Strict):
    urls: list[str] = Field(default_factory=list)
    admin_urls: list[str] = Field(default_factory=list)
    new_event: bool = True
    revision: bool = True
    total: bool = True
    min_sources: int = Field(default=1, ge=1)
    digest: Clock | None = None
    quiet_hours: QuietHours | None = None
    templates: Path | None = None
    # the zone `digest` and `quiet_hours` are read in
    timezone: Zone = "UTC"
    # with `digest` set: true sends only the daily summary, no immediate event alerts
    digest_only: bool = False
    # alert kinds sent even during quiet_hours
    urgent: list[str] = Field(default_factory=lambda: ["new_event"])
    # delivery retries: exponential backoff from retry_base, capped at retry_max; never given up
    retry_base: Interval = timedelta(minutes=1)
    retry_max: Interval = timedelta(hours=1)
    # a row left in `sending` (the process died mid-send) is sent again after this lease
    send_lease: Interval = timedelta(minutes=10)
    # apprise overflow mode for bodies longer than a target allows: split | truncate | upstream
    overflow: Literal["split", "truncate", "upstream"] = "split"
    # a source with no successful crawl for this long is reported to admin_urls as silent
    silent_after: Interval = timedelta(days=2)
    # an exchange dated longer ago than this (an archive backfill, a first crawl) is recorded, not alerted
    max_event_age: Interval = timedelta(days=7)
    # a figure below this extractor confidence that a single outlet reports is held until corroborated
    min_confidence: float = Field(default=DEFAULT_MIN_CONFIDENCE, ge=0.0, le=1.0)
    # routed targets (`[[alerts.targets]]`, core/routes.py); `urls` above receive everything
    targets: list[AlertTarget] = Field(default_factory=list)

    @field_validator("targets")
    @classmethod
    def _targets(cls, targets: list[AlertTarget]) -> list[AlertTarget]:
        return named_targets(targets)


class ClusterConfig(Strict):
    """The optional distributed mode: ``run`` enqueues crawls to a Celery broker, ``swapwatch worker`` runs them."""

    broker: str  # amqp://user:password@host:5672/vhost (RabbitMQ) or redis://host:6379/0
    queue: str = Field(default="swapwatch.crawl", min_length=1, max_length=200)
    # crawls one `swapwatch worker` runs at once (each in its own child process)
    concurrency: int = Field(default=1, ge=1, le=64)
    # a redelivered crawl waits this long for a dead worker's hold on its source to lapse
    source_lock_wait: Interval = timedelta(seconds=10)
    # crawls finishing within this window share one alert cycle
    alert_batch: Interval = timedelta(seconds=2)
    # sources per crawl message: a worker crawls them in one child process, sharing its start-up (~5 CPU-seconds)
    batch_size: int = Field(default=50, ge=1, le=1000)
    # the planner sends a batch once batch_size sources are due, or this long after the first of them fell due
    batch_wait: Interval = timedelta(seconds=1)
    # a batch's child process is stopped after this long (each source in it after [schedule] crawl_timeout);
    # default: crawl_timeout plus a minute
    batch_timeout: Interval | None = None

    @field_validator("broker")
    @classmethod
    def _broker_url(cls, url: str) -> str:
        if not re.match(r"^(amqps?|pyamqp|redis|rediss)://\S*$", url):
            raise ValueError(f"not a broker URL: use amqp://… (RabbitMQ) or redis://… (got {url.split(':')[0]!r})")
        return url


class Config(Strict):
    storage: StorageConfig = StorageConfig()
    sources: list[SourceConfig] = Field(default_factory=list)
    schedule: ScheduleConfig = ScheduleConfig()
    crawl: CrawlConfig = CrawlConfig()
    alerts: AlertsConfig = AlertsConfig()
    cluster: ClusterConfig | None = None
    # where it was read from (None: built-in defaults)
    path: Path | None = None

    @field_validator("sources")
    @classmethod
    def _unique_names(cls, sources: list[SourceConfig]) -> list[SourceConfig]:
        seen: set[str] = set()
        for source in sources:
            if source.name in seen:
                raise ValueError(f"two sources are named {source.name!r}")
            seen.add(source.name)
        return sources

    @model_validator(mode="after")
    def _cluster_store(self) -> Config:
        if self.cluster is not None and not self.storage.url.startswith("postgresql"):
            raise ValueError("[cluster] needs PostgreSQL as the shared store: set storage.url = \"postgresql+psycopg://…\"")
        return self

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources) or "none configured"
        raise ConfigError(f"{self.path or 'config'}: no source named {name!r} (known: {known})")

    def interval_of(self, source: SourceConfig) -> timedelta:
        return source.interval or self.schedule.interval


def find_config(explicit: str | Path | None = None) -> tuple[Path, bool]:
    """The config path to use and whether the user named it (a named file must exist)."""
    if explicit:
        return Path(explicit), True
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG]), True
    return DEFAULT_PATH, False


def _location(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _describe(path: Path, exc: ValidationError) -> str:
    err = exc.errors()[0]
    key = _location(tuple(p for p in err["loc"] if not str(p).startswith("function-")))
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{path}: {key or '(top level)'}: {msg}{more}"


def _apply_env(data: dict) -> dict:
    if os.environ.get(ENV_DATABASE_URL):
        data.setdefault("storage", {})
        data["storage"] = {**data["storage"], "url": os.environ[ENV_DATABASE_URL]}
    if os.environ.get(ENV_ALERT_URLS):
        data["alerts"] = {**data.get("alerts", {}), "urls": split_urls(os.environ[ENV_ALERT_URLS])}
    return data


def parse_config(text: str, path: Path = DEFAULT_PATH) -> Config:
    """Validate TOML text (environment overrides applied) or raise ConfigError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if "path" in data:
        raise ConfigError(f"{path}: path: unknown key")
    try:
        return Config.model_validate({**_apply_env(data), "path": path})
    except ValidationError as exc:
        raise ConfigError(_describe(path, exc)) from None


def load_config(explicit: str | Path | None = None) -> Config:
    """Read the configuration by the lookup order; defaults when no file exists and none was named."""
    path, named = find_config(explicit)
    if not path.exists():
        if named:
            raise ConfigError(f"{path}: no such config file (create one with `swapwatch init {path}`)")
        return parse_config("", path=None)  # type: ignore[arg-type]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    config = parse_config(text, path)
    if os.environ.get(ENV_DATABASE_URL):  # a path in the environment is the caller's, relative to where they are
        return config
    url = resolve_sqlite_url(config.storage.url, path.resolve().parent)
    # a copy of the storage section, not a new one: its other keys (keep_irrelevant) stay as the file set them
    return config.model_copy(update={"storage": config.storage.model_copy(update={"url": url})})
