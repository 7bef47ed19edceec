"""--db means the same before the command as after it (a trial: `custdesk --db
shop.db demo` filled the default file, and `custdesk --db missing.db check` checked it)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers import run_cli


def user_env(home: Path) -> dict[str, str]:
    return {**os.environ, "XDG_DATA_HOME": str(home / "data")}


def test_db_before_the_command_is_the_file_used(private_user_dirs: Path, tmp_path: Path) -> None:
    env, shop = user_env(private_user_dirs), tmp_path / "mine" / "shop.db"
    made = run_cli("--db", str(shop), "demo", "--customers", "5", env=env)
    assert made.returncode == 0, made.stderr
    assert shop.exists()
    assert not (private_user_dirs / "data" / "CustDesk" / "custdesk.db").exists()
    checked = run_cli("--db", str(shop), "check", env=env)
    assert checked.stdout.splitlines()[-1] == "ok", checked.stdout + checked.stderr


def test_a_missing_file_before_the_command_is_told_not_replaced_by_the_default(
    private_user_dirs: Path, tmp_path: Path
) -> None:
    env = user_env(private_user_dirs)
    assert run_cli("demo", "--customers", "5", env=env).returncode == 0  # the default exists
    missing = tmp_path / "missing.db"
    result = run_cli("--db", str(missing), "check", env=env)
    assert result.returncode != 0
    assert f"There is no shop file at {missing}" in result.stdout + result.stderr
