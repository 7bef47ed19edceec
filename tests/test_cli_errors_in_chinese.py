"""The command line tells a failure in the language it speaks: with ``--lang zh_CN`` a clerk
reads Chinese, with the path and the command to run where it helps."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from custdesk.cli import main

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def latin_words(text: str) -> list[str]:
    """Latin words left in a Chinese sentence, besides commands, options and paths."""
    kept = {"custdesk", "new", "db", "CustDesk"}
    return [w for w in LATIN_WORD.findall(text) if w not in kept]


def test_no_shop_file_is_said_in_chinese_with_the_command_to_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "店" / "shop.custdesk"
    assert main(["due", "--db", str(missing), "--lang", "zh_CN"]) == 2
    said = capsys.readouterr().err.strip()
    assert said == (
        f"custdesk: {missing} 没有店铺档案。没有任何改动。要在那里新建店铺档案，请运行："
        f"custdesk new --db {missing}"
    )


def test_no_shop_file_in_english_is_the_detailed_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    assert main(["due", "--db", str(folder), "--lang", "en"]) == 2
    said = capsys.readouterr().err.strip()
    assert said == (
        f"custdesk: {folder} is a folder, not a shop file. Nothing was changed. Name the shop "
        "file inside it with --db."
    )


def test_a_file_already_there_is_said_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "notes.txt"
    taken.write_text("not a shop")
    assert main(["new", "--db", str(taken), "--lang", "zh_CN"]) == 2
    said = capsys.readouterr().err.strip()
    assert said == f"custdesk: {taken} 已经有一个文件，它不是店铺档案。没有任何改动。"


def test_another_programs_database_is_refused_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    assert main(["due", "--db", str(foreign), "--lang", "zh_CN"]) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith("custdesk: ")
    assert latin_words(said) == [], said


def test_a_list_that_is_not_there_is_said_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = tmp_path / "shop.custdesk"
    assert main(["new", "--db", str(shop)]) == 0
    capsys.readouterr()
    assert (
        main(["import", str(tmp_path / "客户名单.xlsx"), "--db", str(shop), "--lang", "zh_CN"]) != 0
    )
    said = capsys.readouterr().err.strip()
    assert said == "custdesk: 这个文件夹里没有这个名字的文件。请检查文件名和文件夹。"
