"""The import wizard: pick a file, see the columns matched, check the rows, import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.import_wizard import ImportWizard
from custdesk.ui.shell.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def checking_page(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    """The wizard of ``window`` with ``path`` read (in the background) and its columns taken as
    matched: on its checking page."""
    wizard = window.import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):
        wizard.open_file(path)
    wizard.next()
    wizard.next()
    return wizard


def test_importing_a_spreadsheet_step_by_step(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    context.services.customers.create(CustomerDraft(name="老张", phones=("13800138000",)))
    path = workbook(
        tmp_path / "老客户.xlsx",
        [
            ["客户姓名", "手机号", "生日", "备注"],
            ["张三", "13800138000", "1985-03-08", "已有电话"],
            ["李四", "13900139000", "1990/7/1", ""],
            ["王五", "12345", "", ""],  # not a phone: imported, the text kept in the notes
        ],
    )
    window = make_window()
    wizard = window.import_customers()
    assert not wizard.file_page.isComplete()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(path)
    assert wizard.file_page.isComplete()
    assert wizard.file_summary.text().startswith("Rows: 3.")
    wizard.next()
    assert wizard.mapping() == {"name": 0, "phones": 1, "birthday": 2, "notes": 3}
    wizard.next()
    # Counted as the import will count them: 张三's phone is on file, so his row is skipped.
    assert wizard.summary_label.text() == "Ready to import: 2. To be skipped: 1."
    shown = [
        [wizard.problems.index(row, column).data() for column in range(3)]
        for row in range(wizard.problems.rowCount())
    ]
    assert shown == [
        ["2", "张三", "The phone number is already on file, so the row will not be imported."],
        [
            "4",
            "王五",
            "Will be imported, with a note: what is written under Phone (12345) cannot be read "
            "and will be kept in the notes.",
        ],
    ]
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.report is not None
    qtbot.waitUntil(lambda: not wizard.isVisible())  # closed, and no import left running
    assert wizard.job is None
    box = wizard.report_box
    assert box.text() == "New customers: 2. Updated: 0. Already up to date: 0. Rows skipped: 1."
    assert box.detailedText().splitlines() == [
        "Row 2, 张三: The phone number is already on file, so the row was not imported.",
        "Row 4, 王五: Imported, with a note: what was written under Phone (12345) could not be "
        "read and is kept in the notes.",
    ]
    assert "Save skipped rows…" in [b.text() for b in box.buttons()]
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # as any message box (a clerk's trial: it did not)
    assert not box.isVisible()
    assert (wizard.report.imported, wizard.report.skipped) == (2, [(2, "duplicate_phone")])
    page = window.customers_page
    window.navigation.select("customers")
    assert sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount())) == [
        "李四",
        "王五",
        "老张",
    ]


def test_a_hostile_file_is_refused_with_a_clear_message(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    wizard = make_window().import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(locked)
    assert "password-protected" in wizard.file_error.text()
    assert not wizard.file_page.isComplete()


def test_cells_with_invisible_characters_are_imported_and_named_in_the_report(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "微信导出.csv"  # a CSV can carry what an .xlsx cannot
    path.write_text("姓名,手机号,备注\n王\x0b小明,13８00138000,喜欢\x0c红色\n李四,13900139000,\n")
    wizard = checking_page(qtbot, make_window(), path)
    assert wizard.summary_label.text() == "Ready to import: 2. To be skipped: 0."
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    box = wizard.report_box
    assert box.text() == "New customers: 2. Updated: 0. Already up to date: 0. Rows skipped: 0."
    assert box.informativeText() == (
        "Invisible characters that cannot be saved were removed from imported rows: 1 (row 2)."
    )
    box.close()
    drafts = {
        draft.name: draft
        for draft in (
            context.services.customers.get(i).draft for i in context.services.customer_list.ids()
        )
    }
    assert set(drafts) == {"王小明", "李四"}
    assert (drafts["王小明"].phones, drafts["王小明"].notes) == (("+8613800138000",), "喜欢红色")


def test_a_second_phone_column_goes_through_the_wizard(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    """The columns page offers one column per field; the further phone column it found is
    imported all the same (second-phone-column.csv: 手机 empty, 电话 holds a landline)."""
    path = tmp_path / "两个电话.csv"
    path.write_text("姓名,手机,电话\n王芳,13800138000,0755-88886666\n", encoding="utf-8")
    window = make_window()
    wizard = window.import_customers()
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(path)
    wizard.next()
    assert wizard.mapping() == {"name": 0, "phones": 1, "phones#2": 2}
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    wizard.report_box.close()
    [customer_id] = context.services.customer_list.ids()
    assert context.services.customers.get(customer_id).draft.phones == (
        "+8613800138000",
        "+8675588886666",
    )


def test_the_checking_page_shows_the_current_rows_sentence_whole(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """The table cuts a long sentence at its edge; Down and Up read each one whole below it."""
    path = workbook(
        tmp_path / "老客户.xlsx",
        [["客户姓名", "手机号", "生日"], ["王五", "12345", ""], ["郑涛", "", "农历三月初八"]],
    )
    wizard = checking_page(qtbot, make_window(), path)
    first = "Row 2, 王五: Will be imported, with a note: what is written under Phone (12345)"
    assert wizard.problem_sentence.text().startswith(first)
    wizard.problem_table.setFocus()
    qtbot.keyClick(wizard.problem_table, Qt.Key.Key_Down)
    assert wizard.problem_sentence.text() == (
        "Row 3, 郑涛: Will be imported, with a note: what is written under Birthday (农历三月初八) "
        "cannot be read and will be kept in the notes."
    )
    qtbot.keyClick(wizard.problem_table, Qt.Key.Key_Up)
    assert wizard.problem_sentence.text().startswith(first)


def test_the_report_names_one_row_as_a_row_and_several_as_rows(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "老客户.csv"
    path.write_text(
        "姓名,手机号,生日\n王\x0b五,13800138000,农历三月初八\n李\x0b四,13900139000,腊月\n",
        encoding="utf-8",
    )
    wizard = checking_page(qtbot, make_window(), path)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    told = wizard.report_box.informativeText()
    assert "removed from imported rows: 2 (rows 2, 3)." in told
    assert "Imported with a note: 2 (rows 2, 3)." in told
    wizard.report_box.close()
