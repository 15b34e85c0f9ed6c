"""The command-line shell: help on every command, version, init, db upgrade, clear errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from swapwatch.cli import _register, app

_register()
runner = CliRunner()


def _commands(group: typer.Typer, prefix: tuple[str, ...] = ()):
    click_group = typer.main.get_command(group)

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                yield from walk(sub, (*path, name))
        else:
            yield path, cmd

    yield from walk(click_group, prefix)


def test_every_command_has_help_with_an_example() -> None:
    found = list(_commands(app))
    assert len(found) >= 3
    for path, cmd in found:
        assert cmd.help and "Example:" in cmd.help, f"`swapwatch {' '.join(path)}` lacks an example in --help"
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("swapwatch ")


def test_init_then_db_upgrade(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SWAPWATCH_DATABASE_URL", raising=False)
    assert runner.invoke(app, ["init", "sw.toml"]).exit_code == 0
    again = runner.invoke(app, ["init", "sw.toml"])
    assert again.exit_code == 2 and "already exists" in again.output
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'a.db'}")
    result = runner.invoke(app, ["--config", "sw.toml", "db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.db").exists()
    assert "schema revision" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such config file"), ('[schedule]\ninterval = "5 parsecs"\n', "schedule.interval: invalid interval")],
)
def test_bad_config_is_one_line_and_exit_2(tmp_path, content, message) -> None:
    path = tmp_path / "sw.toml"
    if content is not None:
        path.write_text(content)
    proc = subprocess.run(
        [sys.executable, "-m", "swapwatch.cli", "--config", str(path), "db", "upgrade"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert message in proc.stderr and str(path) in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_unreachable_database_is_exit_2_without_traceback(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SWAPWATCH_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    proc = subprocess.run(
        [sys.executable, "-m", "swapwatch.cli", "db", "upgrade"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert proc.returncode == 2 and "cannot open database" in proc.stderr
    assert "Traceback" not in proc.stderr
