"""Configuration: a good file, each kind of bad file, environment overrides and the lookup order."""

from __future__ import annotations

from datetime import timedelta

import pytest

from swapwatch.config import ConfigError, load_config, parse_config, parse_interval

GOOD = """
[storage]
url = "sqlite:///tmp/sw.db"

[[sources]]
name = "Example Wire"
url = "https://example.org/rss.xml"
type = "feed"
interval = "15m"

[[sources]]
name = "Listing"
url = "https://example.org/news/"
follow = { allow = ["/news/\\\\d+"], deny = ["/tag/"] }

[schedule]
interval = "1h30m"

[alerts]
urls = ["json://127.0.0.1:8080/hook", "mailto://me:secret@127.0.0.1"]
digest = "08:00"
quiet_hours = "22:00-07:00"
"""


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    for name in ("SWAPWATCH_CONFIG", "SWAPWATCH_DATABASE_URL", "SWAPWATCH_ALERT_URLS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_good_file(tmp_path) -> None:
    path = tmp_path / "sw.toml"
    path.write_text(GOOD)
    cfg = load_config(path)
    assert cfg.path == path
    # relative to the config file's folder, not to wherever the command runs
    assert cfg.storage.url == f"sqlite:///{tmp_path.resolve()}/tmp/sw.db"
    wire, listing = cfg.sources
    assert wire.type == "feed" and cfg.interval_of(wire) == timedelta(minutes=15)
    assert listing.type is None and cfg.interval_of(listing) == timedelta(hours=1, minutes=30)
    assert listing.follow.allow == ["/news/\\d+"]
    assert cfg.alerts.digest.hour == 8
    assert cfg.source("Listing") is listing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[sources]]\nname="a"\nurl="https://a.example/"\ninterval="5 parsecs"\n',
         r"sources\[0\]\.interval: invalid interval '5 parsecs'"),
        ('[storage]\nurl="sqlite:///x.db"\ncolour="red"\n', r"storage\.colour: unknown key"),
        ('[[sources]]\nname="a"\nurl="https://a.example/"\ntype="podcast"\n', r"sources\[0\]\.type: Input should be"),
        ('[[sources]]\nname="a"\nurl="not a url"\n', r"sources\[0\]\.url: not an http\(s\) URL"),
        ('[[sources]]\nurl="https://a.example/"\n', r"sources\[0\]\.name: Field required"),
        ("[alerts]\nurls = \"json://x\"\n", r"alerts\.urls: Input should be a valid list"),
        ('[alerts]\ndigest = "25:00"\n', r"alerts\.digest: invalid time of day"),
        ('[schedule\ninterval="1h"\n', r"not valid TOML"),
        ('[[sources]]\nname="a"\nurl="https://a.example/"\n[[sources]]\nname="a"\nurl="https://b.example/"\n',
         r"two sources are named 'a'"),
        ('[[sources]]\nname="a"\nurl="https://a.example/"\nfollow={allow=["("]}\n', r"bad regular expression"),
        ("nonsense = 1\n", r"\(top level\)|nonsense: unknown key"),
    ],
)
def test_bad_files_name_the_file_and_the_key(tmp_path, text: str, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=expected) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message


def test_missing_named_file(tmp_path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")


def test_file_that_is_not_utf8(tmp_path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'[[sources]]\nname="Caf\xe9"\n')
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(path)


def test_env_overrides_the_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "sw.toml"
    path.write_text(GOOD)
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", "postgresql+psycopg://u@127.0.0.1/db")
    monkeypatch.setenv("SWAPWATCH_ALERT_URLS", "json://127.0.0.1:1/a, mailto://x@127.0.0.1")
    cfg = load_config(path)
    assert cfg.storage.url == "postgresql+psycopg://u@127.0.0.1/db"
    assert cfg.alerts.urls == ["json://127.0.0.1:1/a", "mailto://x@127.0.0.1"]
    assert cfg.alerts.quiet_hours == "22:00-07:00"  # the rest of the file still applies


def test_lookup_order(tmp_path, monkeypatch) -> None:
    (tmp_path / "swapwatch.toml").write_text('[storage]\nurl="sqlite:///cwd.db"\n')
    env_file = tmp_path / "env.toml"
    env_file.write_text('[storage]\nurl="sqlite:///env.db"\n')
    explicit = tmp_path / "explicit.toml"
    explicit.write_text('[storage]\nurl="sqlite:///explicit.db"\n')

    # each file's relative database sits next to that file
    here = tmp_path.resolve()
    assert load_config().storage.url == f"sqlite:///{here}/cwd.db"
    monkeypatch.setenv("SWAPWATCH_CONFIG", str(env_file))
    assert load_config().storage.url == f"sqlite:///{here}/env.db"
    assert load_config(explicit).storage.url == f"sqlite:///{here}/explicit.db"


def test_no_file_anywhere_gives_defaults() -> None:
    cfg = load_config()
    assert cfg.path is None and cfg.sources == [] and cfg.storage.url.startswith("sqlite:///")


def test_the_crawl_start_delay_reaches_scrapy_and_stays_polite_by_default() -> None:
    from crawler.runtime import crawl_settings

    assert crawl_settings(parse_config("").crawl)["AUTOTHROTTLE_START_DELAY"] == 1.0
    quick = parse_config('[crawl]\nstart_delay = "0.1s"\n').crawl
    assert crawl_settings(quick)["AUTOTHROTTLE_START_DELAY"] == pytest.approx(0.1)
    with pytest.raises(ConfigError, match="start_delay"):
        parse_config('[crawl]\nstart_delay = "0s"\n')


@pytest.mark.parametrize(
    ("text", "seconds"), [("45s", 45), ("30m", 1800), ("1h30m", 5400), ("2d", 172800), ("1.5h", 5400), (90, 90)]
)
def test_intervals(text, seconds) -> None:
    assert parse_interval(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["", "5 parsecs", "m30", "0s", "30", "-5m", "1h and 5m"])
def test_bad_intervals(text) -> None:
    with pytest.raises(ValueError):
        parse_interval(text)


def test_starter_config_is_valid() -> None:
    from swapwatch.commands.setup import starter_config

    cfg = parse_config(starter_config())
    assert len(cfg.sources) >= 6
    assert all(s.url.startswith("https://") for s in cfg.sources)
    assert "VERIFY" in starter_config()


def test_a_relative_sqlite_path_keeps_the_other_storage_keys(tmp_path) -> None:
    # the path is made absolute on load; the section's other keys must survive that rewrite
    path = tmp_path / "swapwatch.toml"
    path.write_text('[storage]\nurl = "sqlite:///live.db"\nkeep_irrelevant = "5d"\n')
    config = load_config(path)
    assert config.storage.url == f"sqlite:///{(tmp_path / 'live.db').resolve()}"
    assert config.storage.keep_irrelevant == timedelta(days=5)
