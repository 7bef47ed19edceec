"""``custdesk find TEXT``: the customers a search finds, as the customer list ranks and shows
them (name, phone, stage, last contact), then how many; in the command's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from custdesk.app import open_app
from custdesk.cli import main
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.records import CustomerDraft


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    db = tmp_path / "shop.db"
    with open_app(db, create=True) as app:
        customers = app.services.customers
        wang = customers.create(CustomerDraft(name="王小明", phones=("13800138000",))).id
        customers.create(CustomerDraft(name="李明华", phones=("13912345678",)))
        customers.create(CustomerDraft(name="明"))
        customers.create(CustomerDraft(name="张三"))
        visit = VisitDraft(occurred_at=dt.datetime(2026, 11, 20, 15, 30))
        app.services.visits.log(wang, visit)
    return db


def find(shop: Path, *args: str) -> int:
    return main(["find", *args, "--db", str(shop)])


def test_find_prints_the_ranked_customers_and_their_count(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert find(shop, "明", "--lang", "en") == 0
    assert capsys.readouterr().out.splitlines() == [
        "明  -  Prospect  -",  # the exact name first, then the rest in phone-book order
        "李明华  139 1234 5678  Prospect  -",
        "王小明  138 0013 8000  Prospect  2026-11-20",
        "3 found",
    ]


def test_find_speaks_chinese_and_reads_full_width_input(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert find(shop, "明 １３８", "--lang", "zh_CN") == 0
    assert capsys.readouterr().out.splitlines() == [
        "王小明  138 0013 8000  潜在客户  2026-11-20",
        "找到 1 位",
    ]


@pytest.mark.parametrize(
    ("language", "last_line"),
    [
        ("en", "2 of 3 found; --limit prints more"),
        ("zh_CN", "找到 3 位，列出前 2 位；用 --limit 可列出更多"),
    ],
)
def test_limit_prints_the_best_matches_and_says_how_many_more(
    shop: Path, capsys: pytest.CaptureFixture[str], language: str, last_line: str
) -> None:
    assert find(shop, "明", "--limit", "2", "--lang", language) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in lines[:-1]] == ["明", "李明华"]
    assert lines[-1] == last_line


def test_nothing_found_exits_1(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert find(shop, "赵", "--lang", "en") == 1
    assert capsys.readouterr().out.splitlines() == ["0 found"]


def test_a_limit_below_one_is_refused_in_the_commands_language(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        find(shop, "明", "--limit", "0", "--lang", "zh_CN")
    assert caught.value.code == 2
    assert "0 不是客户人数：请写 1 或更大的数" in capsys.readouterr().err
