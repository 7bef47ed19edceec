"""Outlook writes a contact's birthday month first (5/3/1990 is 3 May) in both languages: its
export is read that way without asking (a clerk's trial had to give --date-order mdy)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import ImportService, OnDuplicate
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import stored

FIXTURES = Path(__file__).parent / "import_fixtures"
NOW = dt.datetime(2026, 11, 30, 10, 0)


def outlook_file(tmp_path: Path, fixture: str, encoding: str, names: dict[str, str]) -> Path:
    """The fixture's own header row, one contact born on 5/3/1990 as Outlook writes it."""
    with (FIXTURES / fixture).open(encoding=encoding, newline="") as handle:
        headers = next(csv.reader(handle))
    row = dict.fromkeys(headers, "")
    row.update(names)
    path = tmp_path / fixture
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerow([row[header] for header in headers])
    return path


@pytest.mark.parametrize(
    ("fixture", "encoding", "names"),
    [
        (
            "outlook-en.csv",
            "utf-8-sig",
            {"First Name": "Ann", "Last Name": "Lee", "Mobile Phone": "13800138000",
             "Birthday": "5/3/1990"},
        ),
        (
            "outlook-zh.csv",
            "gbk",
            {"名": "芳", "姓": "王", "移动电话": "13800138000", "生日": "5/3/1990"},
        ),
    ],
)  # fmt: skip
def test_an_outlook_export_reads_its_birthdays_month_first(
    tmp_path: Path, db: Database, fixture: str, encoding: str, names: dict[str, str]
) -> None:
    imports = ImportService(db, CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW))
    table = imports.read(outlook_file(tmp_path, fixture, encoding, names))
    mapping = imports.guess(table.headers)

    assert imports.ambiguous_date(table, mapping) is None  # nothing to ask
    imports.run(imports.check(table, mapping), OnDuplicate.SKIP)
    (customer,) = stored(db).values()
    assert customer.draft.birthday == Birthday(5, 3, 1990)  # 3 May


def test_a_hand_made_list_with_the_same_dates_is_still_asked_about(
    tmp_path: Path, db: Database
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机,生日\n王芳,13800138000,5/3/1990\n", encoding="utf-8")
    imports = ImportService(db, CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW))
    table = imports.read(path)
    assert imports.ambiguous_date(table, imports.guess(table.headers)) == "5/3/1990"
