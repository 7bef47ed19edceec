"""The header dictionary: the columns of hand-made lists in both languages, and every column of
the Google Contacts (both generations) and Outlook (English and Chinese) CSV exports, placed or
left out on purpose; several phone columns kept, each number with its label."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from custdesk.services.spreadsheets.import_files import read_table
from custdesk.services.spreadsheets.import_headers import guess_mapping, unplaced
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import FIXTURES, import_file, stored, stored_labels

# File -> how many columns the format's full header row has (so a trimmed fixture shows).
EXPORTS = {
    "google-contacts-old.csv": 64,
    "google-contacts-new.csv": 42,
    "outlook-en.csv": 92,
    "outlook-zh.csv": 92,
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_column_of_a_contacts_export_is_placed_or_left_out_on_purpose(name: str) -> None:
    headers = read_table(FIXTURES / name).headers
    assert len(headers) == EXPORTS[name]
    assert unplaced(headers) == []


def test_the_headers_of_hand_made_lists_in_chinese() -> None:
    headers = [
        "序号", "会员姓名", "联系方式", "出生年月", "手机号2", "电话2", "微信号", "家庭住址",
        "工作单位", "会员卡号", "备注", "性别", "累计消费",
    ]  # fmt: skip
    assert guess_mapping(headers) == {
        "name": 1,
        "phones": 2,
        "birthday": 3,
        "phones#2": 4,
        "phones#3": 5,
        "wechat_id": 6,
        "address": 7,
        "employer": 8,  # 工作单位: the occupation of a row with no job title
        "notes#2": 9,  # 会员卡号：… in the notes
        "notes": 10,
        "gender": 11,
        "opening_balance": 12,
    }
    for name_header in ("顾客姓名", "客户名称"):
        assert guess_mapping([name_header, "联系电话", "生日", "手机号1", "消费金额"]) == {
            "name": 0,
            "phones": 1,
            "birthday": 2,
            "phones#2": 3,
            "opening_balance": 4,
        }
    assert unplaced(headers) == []


def test_a_google_contacts_export_keeps_every_phone_with_its_type(db: Database) -> None:
    _rows, report = import_file(db, FIXTURES / "google-contacts-old.csv")
    assert (report.imported, report.skipped) == (2, [])
    assert stored_labels(db, "王芳") == [
        ("+8613800138000", "Mobile"),
        ("+8613900139000", "Mobile"),  # two numbers in one cell, Google's " ::: " between
        ("+8675588886666", "Home"),
    ]
    wang = stored(db)["王芳"].draft
    assert (wang.gender, wang.address, wang.occupation) == (
        "female",
        "深圳市南山区科技园1号",
        "店长",  # the job title; the organization's name is kept in the notes
    )
    assert wang.notes.splitlines() == [
        "老顾客",
        "Organization 1 - Name：星光商贸",  # beside the job title: where she works
        "E-mail 1 - Value：wangfang@example.com",
    ]
    assert stored_labels(db, "Wei Zhang") == [("+8613700137000", "Work")]


def test_the_new_google_contacts_export_joins_the_name_in_chinese_order(db: Database) -> None:
    import_file(db, FIXTURES / "google-contacts-new.csv")
    assert sorted(stored(db)) == ["Wei Zhang", "王芳"]
    assert stored_labels(db, "王芳") == [("+8613800138000", "Mobile"), ("+8675588886666", "Home")]
    assert stored(db)["王芳"].draft.occupation == "星光商贸"


def test_an_outlook_export_in_english(db: Database) -> None:
    _rows, report = import_file(db, FIXTURES / "outlook-en.csv")
    assert (report.imported, report.skipped) == (2, [])
    assert stored_labels(db, "Fang Wang") == [
        ("+8675588886666", "Home Phone"),
        ("+8613800138000", "Mobile Phone"),
    ]
    fang = stored(db)["Fang Wang"].draft
    assert (fang.gender, fang.occupation, fang.address) == ("female", "Manager", "1 Keji Road")
    assert fang.notes.splitlines() == [
        "VIP since 2019",
        "Company：Starlight Trading",  # the job title is the occupation; the company a note
        "Home City：Shenzhen",
        "Business Fax：0755-88880000",  # a fax is kept, never taken for the customer's phone
        "E-mail Address：fang@example.com",
    ]
    assert stored(db)["Wei Zhang"].draft.gender == "unknown"  # Outlook's "Unspecified"
    assert stored_labels(db, "Wei Zhang") == [("+861012345678", "Business Phone")]


def test_an_outlook_export_in_chinese(db: Database) -> None:
    import_file(db, FIXTURES / "outlook-zh.csv")  # GBK, as Chinese Windows writes it
    assert sorted(stored(db)) == ["张伟", "王芳"]
    assert stored_labels(db, "王芳") == [
        ("+8675588886666", "住宅电话"),
        ("+8613800138000", "移动电话"),
    ]
    wang = stored(db)["王芳"].draft
    assert (wang.gender, wang.occupation, wang.address) == ("female", "星光商贸", "科技园1号")
    assert wang.notes.splitlines() == ["老顾客", "住宅地址 市/县：深圳", "商务传真：0755-88880000"]
    assert stored(db)["张伟"].draft.gender == "unknown"  # 未指定


def test_a_phone_label_survives_saving_the_form(db: Database) -> None:
    """The form shows no labels: saving it keeps each number's label."""
    from custdesk.services.customers.customers import CustomerService
    from custdesk.services.shop.settings import stage_rules_in

    import_file(db, FIXTURES / "google-contacts-new.csv")
    customers = CustomerService(db, stage_rules=stage_rules_in)
    wang = stored(db)["王芳"]
    typed = replace(wang.draft, phones=("0755-88886666", "13700001111"), phone_labels=())
    customers.update(wang.id, typed)
    assert stored_labels(db, "王芳") == [("+8675588886666", "Home"), ("+8613700001111", "")]


def test_the_occupation_is_the_job_title_else_the_employer(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "会员.csv"
    path.write_text(
        "姓名,手机,工作单位,职务\n"
        "李娜,13800138001,星光商贸,店长\n"
        "王强,13800138002,市一中,\n"  # no job title: where he works says what he does
        "赵敏,13800138003,,护士\n",
        encoding="utf-8",
    )
    import_file(db, path)
    people = stored(db)
    assert {name: record.draft.occupation for name, record in people.items()} == {
        "李娜": "店长",
        "王强": "市一中",
        "赵敏": "护士",
    }
    assert people["李娜"].draft.notes == "工作单位：星光商贸"
    assert people["王强"].draft.notes == people["赵敏"].draft.notes == ""


@pytest.mark.parametrize(
    ("ours", "phone"), [(["行号", "姓名", "问题"], "手机"), (["row", "name", "problem"], "Mobile")]
)
def test_the_sheet_of_rows_not_imported_imports_back_without_its_own_columns(
    db: Database, tmp_path: Path, ours: list[str], phone: str
) -> None:
    """A clerk mends the rows in the sheet the import saved, and imports it back: the sheet's
    row, name and problem columns are not the customer's (a trial put 问题：… into the notes)."""
    path = tmp_path / "未导入.csv"
    path.write_text(
        ",".join([*ours, "姓名", phone, "备注"]) + "\n"
        "3,张王,电话分属两位不同的客户，所以这一行没有导入。,张王,13800138011,老客户\n",
        encoding="utf-8",
    )
    assert guess_mapping([*ours, "姓名", phone, "备注"]) == {"name": 3, "phones": 4, "notes": 5}
    _rows, report = import_file(db, path)
    assert (report.imported, report.noted) == (1, [])
    assert stored(db)["张王"].draft.notes == "老客户"
