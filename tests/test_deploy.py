"""deploy/: the systemd unit and the example production config stay usable."""

from __future__ import annotations

import configparser
from pathlib import Path

from swapwatch.config import load_config

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def test_example_config_is_valid_and_uses_postgresql(monkeypatch) -> None:
    monkeypatch.delenv("SWAPWATCH_DATABASE_URL", raising=False)
    config = load_config(DEPLOY / "swapwatch.example.toml")
    assert config.storage.url.startswith("postgresql+psycopg://")
    assert config.sources and all(config.interval_of(s) for s in config.sources)


def test_systemd_unit_restarts_on_failure_and_stops_in_time() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read(DEPLOY / "swapwatch.service")
    service = unit["Service"]
    assert service["Restart"] == "on-failure" and service["User"] == "swapwatch"
    assert service["EnvironmentFile"].startswith("/etc/swapwatch/")
    assert "swapwatch.toml" in service["ExecStart"] and service["ExecStart"].split()[-3] == "run"
    # the stop timeout outlasts the service's own bounded stop (--stop-timeout + 5 s + margin)
    stop = int(service["ExecStart"].split("--stop-timeout")[1].split()[0].rstrip("s"))
    assert int(service["TimeoutStopSec"]) > stop + 15
    assert service["ExecReload"].endswith("-HUP $MAINPID")


def test_install_recipe_works_from_a_clone() -> None:
    """The unit's recipe installs the checked-out tree: `pip install swapwatch` finds nothing on any index."""
    recipe = [line for line in (DEPLOY / "swapwatch.service").read_text().splitlines() if "/bin/pip install" in line]
    assert recipe and all(line.rstrip().endswith("pip install .") for line in recipe)
    assert (DEPLOY.parent / "pyproject.toml").exists()
