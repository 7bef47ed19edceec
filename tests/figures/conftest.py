"""The demo shop with the Trash and merges, built once per test module (generating it and
trashing and merging through the services takes a few seconds)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.figures.demo_shop import DemoShop, build_demo_shop


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> DemoShop:
    return build_demo_shop(migrated_template, tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def private_module_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """What tests.conftest.private_user_dirs does for one test, for a module's fixtures: an
    export in a module fixture (its scratch folder) touches no real user folder."""
    home = tmp_path_factory.mktemp("module-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(home / "data"))
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
        patch.setenv("LC_MESSAGES", "C")
        patch.delenv("CUSTDESK_LANG", raising=False)
        patch.delenv("LC_ALL", raising=False)
        patch.setattr(tempfile, "tempdir", tempfile.tempdir)
        yield home
