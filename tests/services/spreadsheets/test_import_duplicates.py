"""Duplicates never corrupt (issue 17): the same phone twice in one file makes one customer, an
update fills and asks rather than replaces, and a row with two customers' phones, or the phone
of a customer in the Trash, is listed and never merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import (
    ImportReport,
    ImportService,
    OnDuplicate,
)
from custdesk.services.spreadsheets.import_duplicates import (
    ConflictKind,
    Decision,
    Decisions,
    Holder,
)
from custdesk.services.spreadsheets.import_words import duplicate_problems, row_messages
from custdesk.storage.db import Database
from tests.services.spreadsheets.import_support import CASES, NOW, stored, stored_labels

SKIP_AND_UPDATE = [OnDuplicate.SKIP, OnDuplicate.UPDATE]


def service(db: Database) -> ImportService:
    return ImportService(db, CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW))


def run(
    db: Database, path: Path, policy: OnDuplicate, decisions: Decisions | None = None
) -> ImportReport:
    imports = service(db)
    table = imports.read(path)
    rows = imports.check(table, imports.guess(table.headers))
    return imports.run(rows, policy, decisions=decisions, language="zh_CN")


def csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "客户.csv"
    path.write_text(text, encoding="utf-8")
    return path


def on_file(db: Database, name: str, phones: tuple[str, ...], **fields: object) -> int:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return customers.create(CustomerDraft(name=name, phones=phones, **fields)).id  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", SKIP_AND_UPDATE)
def test_the_same_phone_twice_in_one_file_makes_one_customer(
    db: Database, policy: OnDuplicate
) -> None:
    report = run(db, CASES / "same-phone-twice.csv", policy)
    assert list(stored(db)) == ["张伟"]
    customer = stored(db)["张伟"]
    assert customer.draft.phones == ("+8613800138000",)
    assert customer.draft.notes == "另一写法：张韦"
    assert (report.imported, report.updated, report.skipped) == (1, 0, [])
    assert report.folded == {3: Holder("张伟", row_number=2)}
    assert report.listed == [3]
    [conflict] = report.conflicts
    assert (conflict.row_number, conflict.field, conflict.held, conflict.offered) == (
        3,
        "name",
        "张伟",
        "张韦",
    )
    assert conflict.decision is Decision.KEEP


def test_under_new_the_same_phone_twice_makes_two_customers_as_asked(db: Database) -> None:
    report = run(db, CASES / "same-phone-twice.csv", OnDuplicate.NEW)
    assert sorted(stored(db)) == ["张伟", "张韦"]
    assert (report.imported, report.conflicts, report.folded) == (2, [], {})


def test_the_folded_row_is_told_as_a_sentence(db: Database) -> None:
    imports = service(db)
    table = imports.read(CASES / "same-phone-twice.csv")
    rows = imports.check(table, imports.guess(table.headers))
    report = imports.run(rows, OnDuplicate.UPDATE)
    assert [m.sentence for m in row_messages(rows, "zh_CN", report)] == [
        "第 3 行，张韦：与第 2 行（张伟）的电话相同，已并入该客户，没有重复导入。"
    ]


@pytest.mark.parametrize("decision", list(Decision))
def test_phones_of_two_customers_on_file_are_a_conflict_never_a_merge(
    db: Database, decision: Decision
) -> None:
    run(db, CASES / "update-base.csv", OnDuplicate.UPDATE)
    before = stored(db)
    report = run(db, CASES / "update-two-owners.csv", OnDuplicate.UPDATE, Decisions(decision))
    assert stored(db) == before  # nobody renamed, given a phone or a note: "replace" too
    assert report.skipped == [(2, "two_owners")]
    [conflict] = report.conflicts
    assert conflict.kind is ConflictKind.TWO_OWNERS and conflict.decision is None
    assert [owner.name for owner in conflict.owners] == ["张伟", "王芳"]
    assert [owner.customer_id for owner in conflict.owners] == [
        before["张伟"].id,
        before["王芳"].id,
    ]


def test_the_check_step_lists_the_two_owners_row_before_anything_is_written(
    db: Database,
) -> None:
    run(db, CASES / "update-base.csv", OnDuplicate.UPDATE)
    imports = service(db)
    table = imports.read(CASES / "update-two-owners.csv")
    rows = imports.check(table, imports.guess(table.headers))
    [conflict] = imports.conflicts(rows, OnDuplicate.UPDATE)
    assert (conflict.row_number, conflict.name, conflict.kind) == (
        2,
        "张王",
        ConflictKind.TWO_OWNERS,
    )
    assert imports.conflicts(rows, OnDuplicate.SKIP) == []  # skipped as on file, not asked


def test_update_fills_empty_fields_and_adds_phones_with_labels_tags_and_new_note_lines(
    tmp_path: Path, db: Database
) -> None:
    customer_id = on_file(db, "李娜", ("13800138000",), tags=("老客户",), notes="喜欢红色")
    path = csv(
        tmp_path,
        "姓名,手机,电话,地址,标签,备注\n"
        '李娜,13800138000,0755-88886666,深圳南山,"老客户,VIP","喜欢红色\n周末来店"\n',
    )
    report = run(db, path, OnDuplicate.UPDATE)
    draft = stored(db)["李娜"].draft
    assert (report.updated, report.conflicts) == (1, [])
    assert stored(db)["李娜"].id == customer_id
    assert draft.address == "深圳南山"
    assert sorted(draft.tags) == ["VIP", "老客户"]
    assert draft.notes == "喜欢红色\n周末来店"  # the line already there is not added twice
    assert stored_labels(db, "李娜") == [("+8613800138000", ""), ("+8675588886666", "电话")]


def test_a_second_import_of_the_same_file_adds_nothing(tmp_path: Path, db: Database) -> None:
    path = csv(tmp_path, "姓名,手机,备注\n张伟,13800138000,第一次来店\n")
    run(db, path, OnDuplicate.UPDATE)
    first = stored(db)["张伟"].draft
    report = run(db, path, OnDuplicate.UPDATE)
    assert stored(db)["张伟"].draft == first
    assert (report.updated, report.unchanged, report.conflicts) == (0, 1, [])


def test_a_field_that_differs_is_kept_unless_the_clerk_replaces_it(
    tmp_path: Path, db: Database
) -> None:
    customer_id = on_file(
        db, "张三", ("13800138000",), address="武当山", birthday=Birthday(5, 3, 1990)
    )
    path = csv(tmp_path, "姓名,手机,地址,生日\n张三丰,13800138000,峨眉山,1991-01-01\n")
    imports = service(db)
    table = imports.read(path)
    rows = imports.check(table, imports.guess(table.headers))
    found = imports.conflicts(rows, OnDuplicate.UPDATE)
    assert [(c.field, c.held, c.offered, c.holder) for c in found] == [
        ("name", "张三", "张三丰", Holder("张三", customer_id)),
        ("birthday", Birthday(5, 3, 1990), Birthday(1, 1, 1991), Holder("张三", customer_id)),
        ("address", "武当山", "峨眉山", Holder("张三", customer_id)),
    ]
    decided = Decisions(each={(2, "name"): Decision.REPLACE, (2, "address"): Decision.REPLACE})
    report = imports.run(rows, OnDuplicate.UPDATE, decisions=decided, language="zh_CN")
    draft = CustomerService(db, stage_rules=stage_rules_in).get(customer_id).draft
    assert (draft.name, draft.address, draft.birthday) == ("张三丰", "峨眉山", Birthday(5, 3, 1990))
    assert draft.notes == "另一写法：张三"  # the name replaced is kept as another spelling
    assert [c.decision for c in report.conflicts] == [
        Decision.REPLACE,
        Decision.KEEP,
        Decision.REPLACE,
    ]


def test_a_stand_in_name_on_file_is_filled_without_asking(tmp_path: Path, db: Database) -> None:
    customer_id = on_file(db, "未留名8000", ("13800138000",))
    report = run(db, csv(tmp_path, "姓名,手机\n张伟,13800138000\n"), OnDuplicate.UPDATE)
    assert report.conflicts == []
    assert CustomerService(db, stage_rules=stage_rules_in).get(customer_id).name == "张伟"


def test_a_phone_written_differently_is_the_same_phone(tmp_path: Path, db: Database) -> None:
    customer_id = on_file(db, "王芳", ("13800138001",))
    path = csv(
        tmp_path,
        "姓名,手机,地址\n王芳,+86 138 0013 8001,福田\n"
        "刘洋,138 0013 8002,\n刘洋,+86-13800138002,罗湖\n",
    )
    report = run(db, path, OnDuplicate.UPDATE)
    assert sorted(stored(db)) == ["刘洋", "王芳"]
    assert stored(db)["王芳"].id == customer_id
    assert stored(db)["王芳"].draft.address == "福田"
    assert stored(db)["刘洋"].draft.address == "罗湖"
    assert (report.imported, report.updated, report.folded) == (
        1,
        1,
        {4: Holder("刘洋", row_number=3)},
    )


@pytest.mark.parametrize("policy", SKIP_AND_UPDATE)
def test_a_phone_of_a_customer_in_the_trash_is_listed_not_imported(
    tmp_path: Path, db: Database, policy: OnDuplicate
) -> None:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    trashed = on_file(db, "陈静", ("13800138000",), address="旧址")
    customers.trash(trashed)
    imports = service(db)
    table = imports.read(csv(tmp_path, "姓名,手机,地址\n陈静,13800138000,新址\n"))
    rows = imports.check(table, imports.guess(table.headers))
    report = imports.run(rows, policy)
    assert stored(db) == {}
    assert customers.get(trashed).in_trash and customers.get(trashed).draft.address == "旧址"
    assert report.skipped == [(2, "in_trash")]
    assert [m.sentence for m in row_messages(rows, "zh_CN", report)] == [
        f"第 2 行，陈静：电话属于回收站中的 陈静（客户 {trashed}），这一行未导入。请先从回收站恢复"
        "该客户再重新导入，或将这一行作为新客户导入。"
    ]


def test_cancelling_an_update_leaves_every_customer_as_it_was(tmp_path: Path, db: Database) -> None:
    customer_id = on_file(db, "张伟", ("13800138000",))
    lines = ["姓名,手机,地址", "张伟,13800138000,新地址"]
    lines += [f"客户{i},138{i + 10_000_000:08d},地址{i}" for i in range(1200)]
    imports = service(db)
    table = imports.read(csv(tmp_path, "\n".join(lines) + "\n"))
    rows = imports.check(table, imports.guess(table.headers))
    with pytest.raises(Exception, match="cancelled"):
        imports.run(rows, OnDuplicate.UPDATE, lambda done, total: done < 1000)
    assert list(stored(db)) == ["张伟"]
    assert CustomerService(db, stage_rules=stage_rules_in).get(customer_id).draft.address == ""


@pytest.mark.parametrize("policy", SKIP_AND_UPDATE)
def test_a_tag_written_in_another_case_by_a_folded_row_is_the_same_tag(
    tmp_path: Path, db: Database, policy: OnDuplicate
) -> None:
    """Tags are matched without case: VIP and vip on two rows of one customer are one tag (the
    import stopped on the database's unique link)."""
    path = csv(tmp_path, "姓名,手机,标签\n张三,13912345671,VIP\n张三,13912345671,vip\n")
    report = run(db, path, policy)
    assert (report.imported, stored(db)["张三"].draft.tags) == (1, ("VIP",))


def test_updating_a_tag_on_file_with_another_case_keeps_it_once(
    tmp_path: Path, db: Database
) -> None:
    on_file(db, "张三", ("13912345671",), tags=("VIP",))
    path = csv(tmp_path, "姓名,手机,标签\n张三,13912345671,vip\n")
    report = run(db, path, OnDuplicate.UPDATE)
    assert (report.unchanged, stored(db)["张三"].draft.tags) == (1, ("VIP",))


@pytest.mark.parametrize("policy", SKIP_AND_UPDATE)
def test_two_people_sharing_a_phone_in_one_file_stay_two_customers(
    tmp_path: Path, db: Database, policy: OnDuplicate
) -> None:
    """A family's landline on two rows under two names: two customers, the second row listed
    with the reason; folding one into the other would lose a customer."""
    path = csv(
        tmp_path,
        "姓名,手机,电话,生日\n郭丹雪,13800138001,0755-88886666,1990-05-03\n"
        "Amélie Wang,,0755-88886666,\n张伟,13900139000,,\n张 伟,13900139000,,1985-01-02\n",
    )
    report = run(db, path, policy)
    customers = stored(db)
    assert (report.imported, sorted(customers)) == (3, ["Amélie Wang", "张伟", "郭丹雪"])
    assert customers["Amélie Wang"].draft.phones == ("+8675588886666",)
    assert customers["Amélie Wang"].draft.birthday is None  # not 郭丹雪's
    assert customers["郭丹雪"].draft.phones == ("+8613800138001", "+8675588886666")
    assert customers["张伟"].draft.birthday == Birthday(1, 2, 1985)  # 张 伟: the same man
    assert (report.shared, list(report.folded)) == ({3: Holder("郭丹雪", row_number=2)}, [5])
    assert duplicate_problems(report, "en")[3] == (
        "The same phone as row 2 (郭丹雪), under another name: imported as a customer of their "
        "own. Merge the two if they are one person."
    )


def test_names_pinyin_cannot_read_are_compared_as_written(tmp_path: Path, db: Database) -> None:
    """Pinyin holds nothing for Hangul or Cyrillic: two such names are not the same for that."""
    path = csv(
        tmp_path,
        "姓名,电话\n김민준,0755-88886666\n이서연,0755-88886666\nИван,010-62345678\n"
        "иван,010-62345678\n",
    )
    report = run(db, path, OnDuplicate.SKIP)
    assert sorted(stored(db)) == ["Иван", "김민준", "이서연"]
    assert (list(report.shared), list(report.folded)) == ([3], [5])


def test_a_shop_whose_customers_share_a_phone_updated_from_its_own_list_changes_nobody(
    tmp_path: Path, db: Database
) -> None:
    """Each row means the holder of the shared landline it names: 郭丹雪's row is not a
    conflict with Amélie Wang's file, and nothing is renamed, filled or merged."""
    on_file(db, "Amélie Wang", ("13746414245",), birthday=Birthday(11, 2, 1959))
    CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW).create(
        CustomerDraft(name="郭丹雪", phones=("13746414245", "13900139000")),
        allow_shared_phone=True,  # the form warns, and the clerk said they share it
    )
    before = {name: record.draft for name, record in stored(db).items()}
    path = csv(
        tmp_path,
        "姓名,手机,生日\n郭丹雪,13746414245,\nAmélie Wang,13746414245,1959-11-02\n"
        '郭丹雪,"13746414245, 13900139000",\n',
    )
    report = run(db, path, OnDuplicate.UPDATE)
    assert (report.imported, report.updated, report.unchanged) == (0, 0, 2)
    assert (report.conflicts, report.skipped, report.folded) == ([], [], {})
    assert {name: record.draft for name, record in stored(db).items()} == before
    report = run(db, path, OnDuplicate.SKIP)
    assert (report.imported, [row for row, _reason in report.skipped]) == (0, [2, 3, 4])
