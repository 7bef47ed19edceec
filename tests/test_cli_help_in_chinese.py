"""``custdesk … --help`` and argparse's own refusals speak the command's language: a clerk who
asked for Chinese reads Chinese, options and file names aside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from custdesk.cli import main
from custdesk.cli_parser import build_parser

# What stays Latin in a Chinese help: options, metavars, command and report names, file kinds.
KEPT = re.compile(
    r"SQLite|integrity_check|foreign_key_check|\$CUSTDESK_LANG|custdesk(\.db)?|zh_CN|"
    r"--?[a-z][a-z-]*|[A-Z][A-Z0-9_./-]+|\.?(xlsx|xlsb|xls|ods|et|vcf)\b|vCard|csv|seed|corrupt|png|en|"
    r"customers|visits|followups|complaints|referrals|summary|skip|update|new|keep|replace|dmy|mdy|ymd|Outlook|"
    r"gui|demo|check|due|export|import|backup|restore|screenshot"
)


def latin_left(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", KEPT.sub("", text))


@pytest.mark.parametrize("command", ["new", "demo", "check", "due", "export", "import", "backup"])
def test_each_commands_help_is_chinese(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--lang", "zh_CN", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("用法：custdesk ")
    assert "显示本帮助并退出" in shown
    assert latin_left(shown) == [], shown


def test_the_language_comes_from_the_environment_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CUSTDESK_LANG", "zh_CN")
    with pytest.raises(SystemExit):
        main(["due", "--help"])
    assert "打印哪一天的待办" in capsys.readouterr().out


def test_a_wrong_date_is_refused_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["due", "--lang=zh_CN", "--date", "明天"])
    assert done.value.code == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert said == (
        "custdesk due：错误：参数 --date：明天 不是日期：请写成 年-月-日，例如 2026-11-30"
    )


def test_english_help_is_unchanged_and_argparse_speaks_english_again_after(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["due", "--lang", "zh_CN", "--help"])
    capsys.readouterr()
    help_text = build_parser("en").format_help()
    assert help_text.startswith("usage: custdesk ")
    assert "show this help message and exit" in help_text


def test_the_language_can_be_named_before_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A clerk's trial wrote `custdesk --lang zh_CN --help` and was refused."""
    with pytest.raises(SystemExit) as done:
        main(["--lang", "zh_CN", "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("用法：custdesk ")
    missing = tmp_path / "shop.db"
    assert main(["--lang", "zh_CN", "due", "--db", str(missing)]) == 2
    assert capsys.readouterr().err.startswith(f"custdesk: {missing} 没有店铺档案。")
