from __future__ import annotations

import pytest

from custdesk.services.customers.search_keys import name_search_keys


@pytest.mark.parametrize(
    ("name", "pinyin", "initials"),
    [
        ("张三", "zhangsan", "zs"),
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("Zoë Smith", "zoesmith", "zs"),
        ("Alice 王", "alicewang", "aw"),
        ("", "", ""),
    ],
)
def test_names_get_pinyin_and_initials(name: str, pinyin: str, initials: str) -> None:
    keys = name_search_keys(name)
    assert (keys.pinyin, keys.initials) == (pinyin, initials)


@pytest.mark.parametrize(
    ("name", "reading"),
    [("单雄信", "shan"), ("曾国藩", "zeng"), ("曾", "zeng"), ("单", "shan"), ("单于", "chanyu")],
)
def test_surname_readings_are_all_kept(name: str, reading: str) -> None:
    """单 and 曾 read shan/zeng as surnames, which pypinyin does not pick by itself; a customer
    filed under the surname alone (曾, as in 曾先生) is found by it too."""
    keys = name_search_keys(name)
    assert any(key.startswith(reading) for key in keys.pinyin.split())
    assert any(key.startswith(reading[0]) for key in keys.initials.split())


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        ("方成", "fangcheng", "wangcheng"),  # 方 once read wang: typing wang must not find 方成
        ("尉迟恭", "yuchigong", None),
        ("单于春", "chanyuchun", "shanyuchun"),  # 单于 is a surname of its own: no shan here
        ("乐嘉", "yuejia", None),
    ],
)
def test_only_real_surname_readings_are_added(name: str, expected: str, absent: str | None) -> None:
    keys = name_search_keys(name).pinyin.split()
    assert expected in keys
    assert absent not in keys
