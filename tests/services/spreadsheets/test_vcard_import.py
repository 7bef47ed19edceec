"""Contacts from phones (.vcf) imported whole: every number with its type as the label, the
organisation, address, birthday (with or without a year), e-mail and a fax kept in the notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from custdesk.services.customers.calendar import Birthday
from custdesk.services.spreadsheets.import_files import read_table
from custdesk.services.spreadsheets.import_headers import guess_mapping, unplaced
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import import_file, stored, stored_labels

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["android-2.1.vcf", "contacts-3.0.vcf", "contacts-4.0.vcf"])
def test_every_column_a_vcard_gives_is_placed(name: str) -> None:
    assert unplaced(read_table(FIXTURES / name).headers) == []


def test_an_android_21_export_keeps_every_number_with_its_type(db: Database) -> None:
    _rows, report = import_file(db, FIXTURES / "android-2.1.vcf")
    assert (report.imported, report.skipped, report.noted) == (2, [], [])
    assert stored_labels(db, "张伟") == [("+8613800138000", "mobile"), ("+861062345678", "home")]
    assert stored_labels(db, "欧阳小明") == [
        ("+8613900139000", "mobile"),
        ("+8613800138001", "mobile"),  # the card's second cell number: "Phone (cell) 2"
        ("+862155551234", "work"),
    ]
    assert stored(db)["欧阳小明"].draft.birthday == Birthday(2, 29, 1988)


def test_a_30_card_fills_occupation_address_birthday_and_notes(db: Database) -> None:
    import_file(db, FIXTURES / "contacts-3.0.vcf")
    li = stored(db)["李娜"].draft
    assert stored_labels(db, "李娜") == [("+8613900139002", "mobile"), ("+8675588886666", "home")]
    assert (li.occupation, li.address) == ("晨光文具 销售部", "中国北京市朝阳区建国路1号")
    assert li.birthday == Birthday(5, 3, 1990)
    assert li.notes.splitlines() == ["喜欢红色, 周末来店", "Email：lina@example.com"]
    assert stored_labels(db, "王芳") == [("+861062345678", "work")]
    assert stored(db)["王芳"].draft.birthday == Birthday(5, 3)  # BDAY:--0503


def test_a_40_card_with_tel_uris(db: Database) -> None:
    import_file(db, FIXTURES / "contacts-4.0.vcf")
    assert stored_labels(db, "陈静") == [("+8613800138004", "mobile"), ("+861062345678", "home")]
    assert stored_labels(db, "杨磊") == [("+8613800138005", "mobile")]


def test_a_fax_or_pager_goes_to_the_notes_and_an_untyped_number_is_a_phone(
    tmp_path: Path, db: Database
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘洋\r\nTEL;TYPE=FAX:010-6234 5679\r\n"
        "TEL:13800138003\r\nTEL;TYPE=MAIN:0755-8888 6666\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert set(guess_mapping(table.headers)) == {"name", "phones", "phones#2", "notes#2"}
    import_file(db, path)
    assert stored_labels(db, "刘洋") == [("+8613800138003", "Phone"), ("+8675588886666", "main")]
    assert stored(db)["刘洋"].draft.notes == "Phone (fax)：010-6234 5679"


def test_a_cards_title_is_the_occupation_and_its_categories_are_tags(
    tmp_path: Path, db: Database
) -> None:
    """A clerk's trial: TITLE and CATEGORIES vanished without a word, ORG took the occupation."""
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘备\r\nTEL;TYPE=CELL:13800138007\r\n"
        "ORG:蜀汉贸易\r\nTITLE:经理\r\nCATEGORIES:VIP,老客户\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    _rows, report = import_file(db, path)
    assert (report.imported, report.noted) == (1, [])
    liu = stored(db)["刘备"].draft
    assert (liu.occupation, liu.tags) == ("经理", ("VIP", "老客户"))
    assert liu.notes == "Organization：蜀汉贸易"  # where he works, beside the job title
