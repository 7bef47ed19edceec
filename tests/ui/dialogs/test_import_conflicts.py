"""The checking page's differences with customers already there: each with Keep / Replace, chosen
from the keyboard, and "apply to all"; a row with two customers' phones is shown and never
applied (issue 17)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from custdesk.app import AppContext
from custdesk.services.customers.records import CustomerDraft
from custdesk.ui.dialogs.import_wizard import ImportWizard
from custdesk.ui.shell.main_window import MainWindow
from tests.case_files import IMPORT_CASES

MakeWindow = Callable[[], MainWindow]


def checking_page_under_update(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    wizard = window.import_customers()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    with qtbot.waitSignal(wizard.loaded, timeout=10_000):  # read in the background
        wizard.open_file(path)
    wizard.next()
    wizard.next()
    update = next(
        button
        for button in wizard.duplicates.buttons()
        if isinstance(button, QRadioButton) and button.property("policy") == "update"
    )
    update.setFocus()
    qtbot.keyClick(update, Qt.Key.Key_Space)
    return wizard


def finish(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    wizard.report_box.close()


def test_each_difference_is_kept_unless_the_clerk_chooses_replace(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    customers = context.services.customers
    customer = customers.create(
        CustomerDraft(name="张三", phones=("13800138000",), address="武当山")
    )
    path = tmp_path / "更新.csv"
    path.write_text("姓名,手机,地址\n张三丰,13800138000,峨眉山\n", encoding="utf-8")
    wizard = checking_page_under_update(qtbot, make_window(), path)
    choices = wizard.conflict_view
    assert choices.isVisible()
    model = choices.model
    assert [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())] == [
        ["2", "张三丰", f"张三 (customer {customer.id})", "Name", "张三", "张三丰"],
        ["2", "张三丰", f"张三 (customer {customer.id})", "Address", "武当山", "峨眉山"],
    ]
    assert choices.label.text().startswith(
        "Differences with a customer on file or an earlier row of this file: 2."
    )
    name_choice = choices.combos[(2, "name")]
    name_choice.setFocus()
    qtbot.keyClick(name_choice, Qt.Key.Key_Down)  # Keep -> Replace
    qtbot.keyClick(name_choice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is choices.combos[(2, "address")]  # left as Keep
    finish(qtbot, wizard)
    draft = customers.get(customer.id).draft
    assert (draft.name, draft.address, draft.notes) == ("张三丰", "武当山", "Also written: 张三")


def test_apply_to_all_replaces_every_difference(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    customers = context.services.customers
    customer = customers.create(
        CustomerDraft(name="张三", phones=("13800138000",), address="武当山")
    )
    path = tmp_path / "更新.csv"
    path.write_text("姓名,手机,地址\n张三丰,13800138000,峨眉山\n", encoding="utf-8")
    wizard = checking_page_under_update(qtbot, make_window(), path)
    every = wizard.conflict_view.all_choice
    every.setFocus()
    qtbot.keyClick(every, Qt.Key.Key_Down)  # Replace
    qtbot.keyClick(every, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.conflict_view.apply_all_button
    qtbot.keyClick(wizard.conflict_view.apply_all_button, Qt.Key.Key_Space)
    finish(qtbot, wizard)
    draft = customers.get(customer.id).draft
    assert (draft.name, draft.address) == ("张三丰", "峨眉山")


def test_a_row_with_two_customers_phones_is_shown_and_never_applied(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    customers = context.services.customers
    zhang = customers.create(CustomerDraft(name="张伟", phones=("13800138000",)))
    wang = customers.create(CustomerDraft(name="王芳", phones=("13800138001",)))
    path = IMPORT_CASES / "update-two-owners.csv"
    wizard = checking_page_under_update(qtbot, make_window(), path)
    model = wizard.conflict_view.model
    assert [model.index(0, c).data() for c in (0, 1, 2, 6)] == [
        "2",
        "张王",
        f"张伟 (customer {zhang.id}), 王芳 (customer {wang.id})",
        "Not imported: merge or correct by hand",
    ]
    assert wizard.conflict_view.combos == {}  # nothing to choose: it needs the clerk
    qtbot.keyClick(wizard.conflict_view.apply_all_button, Qt.Key.Key_Space)
    finish(qtbot, wizard)
    assert wizard.report is not None and wizard.report.skipped == [(2, "two_owners")]
    assert [customers.get(c.id).draft for c in (zhang, wang)] == [zhang.draft, wang.draft]


def test_a_row_with_two_customers_phones_says_why_under_update_above_and_below_the_table(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow
) -> None:
    """Switching to Update re-plans the rows: the table's problem and the whole sentence under
    it follow (they kept the Skip sentence, and the table cell was blank)."""
    customers = context.services.customers
    customers.create(CustomerDraft(name="张伟", phones=("13800138000",)))
    customers.create(CustomerDraft(name="王芳", phones=("13800138001",)))
    wizard = checking_page_under_update(
        qtbot, make_window(), IMPORT_CASES / "update-two-owners.csv"
    )
    said = (
        "Its phones belong to two different customers, so it will not be imported and nothing "
        "will be merged (see the differences below)."
    )
    assert wizard.problems.index(0, 2).data() == said
    assert wizard.problem_sentence.text() == f"Row 2, 张王: {said}"


def test_under_update_the_count_says_new_to_update_and_already_up_to_date(
    qtbot: QtBot, context: AppContext, make_window: MakeWindow, tmp_path: Path
) -> None:
    """A list imported again under Update is not 'ready to import' as new customers: the page
    says how many rows make new ones, change a customer, or find one already up to date."""
    customers = context.services.customers
    customers.create(CustomerDraft(name="张三", phones=("13800138000",), address="武当山"))
    customers.create(CustomerDraft(name="李四", phones=("13900139000",)))
    path = tmp_path / "更新.csv"
    path.write_text(
        "姓名,手机,地址\n张三,13800138000,武当山\n李四,13900139000,峨眉山\n王五,13700137000,\n",
        encoding="utf-8",
    )
    wizard = checking_page_under_update(qtbot, make_window(), path)
    assert wizard.summary_label.text() == (
        "Ready to import: 3 (new customers: 1; customers to update: 1; already up to date: 1). "
        "To be skipped: 0."
    )
