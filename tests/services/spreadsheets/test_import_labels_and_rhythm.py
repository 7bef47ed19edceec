"""Two cells our own export writes, read back as clerks write them too: a number after its label
(``手机：138 0013 8000``) and a follow-up rhythm in days (``30``, ``30天``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from custdesk.services.spreadsheets.import_cells import read_days, read_phones
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import import_file, stored, stored_labels


def test_a_label_written_before_a_number_labels_it() -> None:
    reading = read_phones("手机：138 0013 8000, 座机: 0755-8888 6666，13900139000", "联系方式")
    assert reading.numbers == ("+8613800138000", "+8675588886666", "+8613900139000")
    assert reading.labels == ("手机", "座机", "联系方式")  # the third has none: the header's
    assert reading.not_understood == ()


def test_a_label_before_something_that_is_no_number_is_kept_for_the_notes() -> None:
    assert read_phones("分机: 1234", "电话").not_understood == ("分机: 1234",)


@pytest.mark.parametrize(
    ("written", "days"),
    [(30, 30), (30.0, 30), ("30", 30), ("30天", 30), ("３０ 天", 30), ("90 days", 90), ("0", None),
     (0, None), ("-", None), ("无", None)],
)  # fmt: skip
def test_days_between_follow_ups(written: object, days: int | None) -> None:
    assert read_days(written) == days


@pytest.mark.parametrize("written", ["两周", "1.5", 7.5, True, "-3"])
def test_what_is_no_whole_number_of_days_is_not_guessed(written: object) -> None:
    with pytest.raises(ValueError, match="number of days"):
        read_days(written)


def test_a_rhythm_no_one_can_read_or_keep_goes_to_the_notes(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "姓名,手机,回访周期（天）\n张伟,手机：13800138000,30天\n李娜,,两周\n王芳,,400\n",
        encoding="utf-8",
    )
    _rows, report = import_file(db, path)
    assert report.noted == [(3, "follow_up_cadence_days"), (4, "follow_up_cadence_days")]
    customers = stored(db)
    assert customers["张伟"].draft.follow_up_cadence_days == 30
    assert stored_labels(db, "张伟") == [("+8613800138000", "手机")]
    assert (customers["李娜"].draft.follow_up_cadence_days, customers["李娜"].draft.notes) == (
        None,
        "回访周期（天）（原表）：两周",
    )
    assert customers["王芳"].draft.notes == "回访周期（天）（原表）：400"  # over a year
