"""Operations: one way to run a service call, one way to tell its failure, one announcement of
what changed; and pages that refresh from that announcement, at once or when next shown."""

from __future__ import annotations

import threading
import time
import traceback

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from custdesk.errors import (
    CancelledError,
    DiskFullError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from custdesk.ui.common.background_job import Progress
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation, query
from custdesk.ui.common.refresh_on_change import RefreshOnChange

DISK_FULL = (
    "The disk is full",
    "There is no room left on the disk, so this was not saved. Everything saved before is safe. "
    "Free some space (empty the recycle bin, move old files to a USB stick), then try again; "
    "what you typed is still here.",
)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def announced() -> list[Changes]:
    return []


@pytest.fixture
def notifier(announced: list[Changes]) -> ChangeNotifier:
    notifier = ChangeNotifier()
    notifier.changed.connect(announced.append)
    return notifier


def fail(exc: Exception) -> None:
    raise exc


def test_a_done_operation_names_what_changed_then_hands_on_its_result(
    parent: QWidget, notifier: ChangeNotifier, announced: list[Changes]
) -> None:
    seen: list[object] = []
    operation: Operation[int] = Operation(
        parent,
        notifier,
        Changes.VISITS | Changes.CUSTOMERS,
        done=lambda result: seen.append((result, list(announced))),
    )
    assert operation.run(lambda: 42)
    # the pages have refreshed when the caller's own follow-up runs
    assert seen == [(42, [Changes.VISITS | Changes.CUSTOMERS])]
    assert announced == [Changes.VISITS | Changes.CUSTOMERS]


def test_a_refusal_is_told_in_the_message_modules_words_and_nothing_is_announced(
    parent: QWidget,
    notifier: ChangeNotifier,
    announced: list[Changes],
    shown_messages: list[tuple[str, str]],
) -> None:
    done: list[object] = []
    operation: Operation[None] = Operation(parent, notifier, Changes.COMPLAINTS, done=done.append)
    assert not operation.run(lambda: fail(DiskFullError("no space left")))
    assert shown_messages == [DISK_FULL]
    assert announced == [] and done == []


def test_a_form_gets_the_field_problems_it_shows_itself_and_nothing_else(
    parent: QWidget, notifier: ChangeNotifier, shown_messages: list[tuple[str, str]]
) -> None:
    refused: list[object] = []
    operation: Operation[None] = Operation(parent, notifier, refused=refused.append)
    problem = ValidationError.for_fields({"description": FieldProblem.REQUIRED})
    assert not operation.run(lambda: fail(problem))
    assert refused == [problem] and shown_messages == []
    assert not operation.run(lambda: fail(NotFoundError("complaint 7")))
    assert refused == [problem]
    assert shown_messages == [
        ("Not found", "The record no longer exists. It may have been deleted.")
    ]


def test_a_field_problem_nobody_shows_inline_gets_a_box_in_chinese(
    chinese: None, parent: QWidget, notifier: ChangeNotifier, shown_messages: list[tuple[str, str]]
) -> None:
    problem = ValidationError.for_fields({"due_on": FieldProblem.PAST_DATE})
    assert not Operation(parent, notifier).run(lambda: fail(problem))
    assert shown_messages == [("请检查输入", "这个日期已经过去了。")]


def test_a_read_for_an_action_gives_its_value_or_none_once_told_why(
    parent: QWidget, shown_messages: list[tuple[str, str]]
) -> None:
    assert query(parent, lambda: "张三") == "张三"
    assert shown_messages == []
    assert query(parent, lambda: fail(NotFoundError("customer 9"))) is None
    assert shown_messages == [
        ("Not found", "The record no longer exists. It may have been deleted.")
    ]


def test_a_change_is_never_announced_to_nobody(parent: QWidget) -> None:
    with pytest.raises(ValueError, match="CUSTOMERS"):
        Operation(parent, None, Changes.CUSTOMERS)


def test_a_bug_is_not_dressed_up_as_a_refusal(
    parent: QWidget, notifier: ChangeNotifier, shown_messages: list[tuple[str, str]]
) -> None:
    with pytest.raises(KeyError):
        Operation(parent, notifier).run(lambda: fail(KeyError("bug")))
    assert shown_messages == []


def test_background_work_runs_off_the_gui_thread_and_finishes_on_it(
    qtbot: QtBot, parent: QWidget, notifier: ChangeNotifier, announced: list[Changes]
) -> None:
    threads: dict[str, int] = {}

    def work(_progress: object) -> str:
        threads["work"] = threading.get_ident()
        return "restored"

    def done(result: str) -> None:
        threads["done"] = threading.get_ident()
        assert result == "restored"

    operation: Operation[str] = Operation(parent, notifier, Changes.EVERYTHING, done=done)
    job = operation.run_in_background(work, "Restore", "Restoring")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert threads["work"] != threading.get_ident()
    assert threads["done"] == threading.get_ident()
    assert announced == [Changes.EVERYTHING]


@pytest.mark.parametrize(
    ("error", "expected"),
    [(DiskFullError("full"), [DISK_FULL]), (CancelledError("cancel pressed"), [])],
    ids=["disk full", "cancelled"],
)
def test_background_failures_are_told_once_and_a_cancel_not_at_all(
    qtbot: QtBot,
    parent: QWidget,
    notifier: ChangeNotifier,
    announced: list[Changes],
    shown_messages: list[tuple[str, str]],
    error: Exception,
    expected: list[tuple[str, str]],
) -> None:
    operation: Operation[None] = Operation(parent, notifier, Changes.CUSTOMERS)
    job = operation.run_in_background(lambda _progress: fail(error), "Import", "Importing")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert shown_messages == expected
    assert announced == []


def test_a_bug_in_background_work_reaches_the_error_hook_with_its_traceback(
    qtbot: QtBot, parent: QWidget, notifier: ChangeNotifier, shown_messages: list[tuple[str, str]]
) -> None:
    operation: Operation[None] = Operation(parent, notifier, Changes.CUSTOMERS)
    with qtbot.captureExceptions() as raised:
        job = operation.run_in_background(lambda _p: fail(KeyError("bug")), "Import", "Importing")
        with qtbot.waitSignal(job.finished, timeout=10_000):
            pass
    assert [type(exc) for _type, exc, _tb in raised] == [KeyError]
    assert "fail" in "".join(traceback.format_tb(raised[0][2]))  # where the worker failed
    assert shown_messages == []


def test_cancel_reaches_work_that_can_stop_and_nothing_is_told(
    qtbot: QtBot,
    parent: QWidget,
    notifier: ChangeNotifier,
    announced: list[Changes],
    shown_messages: list[tuple[str, str]],
) -> None:
    def rows(progress: Progress) -> None:
        done = 0
        while progress(done, None):  # until the clerk presses Cancel
            done += 1
            time.sleep(0.01)
        raise CancelledError("cancelled: rolled back")

    operation: Operation[None] = Operation(parent, notifier, Changes.CUSTOMERS)
    job = operation.run_in_background(rows, "Import", "Importing", cancellable=True)
    assert job.progress is not None
    qtbot.waitUntil(job.progress.isVisible, timeout=5_000)
    with qtbot.waitSignal(job.finished, timeout=5_000) as finished:
        (cancel,) = job.progress.findChildren(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert shown_messages == [] and announced == []


class Page(QWidget):
    def __init__(self, notifier: ChangeNotifier, shows: Changes, *, failing: bool = False) -> None:
        super().__init__()
        self.reads = 0
        self.failing = failing
        self.refresher = RefreshOnChange(self, notifier, shows, self.reload)

    def reload(self) -> None:
        self.reads += 1
        if self.failing:
            raise DiskFullError("full")


def test_a_page_reads_when_first_shown_and_not_again_on_every_show(
    qtbot: QtBot, notifier: ChangeNotifier
) -> None:
    page = Page(notifier, Changes.VISITS)
    qtbot.addWidget(page)
    assert page.reads == 0  # built without reading: the window opens fast
    page.show()
    assert page.reads == 1
    page.hide()
    page.show()
    assert page.reads == 1


def test_a_page_on_screen_refreshes_only_for_what_it_shows(
    qtbot: QtBot, notifier: ChangeNotifier
) -> None:
    page = Page(notifier, Changes.VISITS | Changes.CUSTOMERS)
    qtbot.addWidget(page)
    page.show()
    notifier.announce(Changes.SETTINGS)
    notifier.announce(Changes.BACKUPS | Changes.COMPLAINTS)
    assert page.reads == 1
    notifier.announce(Changes.CUSTOMERS | Changes.SETTINGS)
    assert page.reads == 2


def test_a_hidden_page_refreshes_once_when_next_shown(
    qtbot: QtBot, notifier: ChangeNotifier
) -> None:
    page = Page(notifier, Changes.VISITS)
    qtbot.addWidget(page)
    page.show()
    page.hide()
    for _ in range(3):
        notifier.announce(Changes.VISITS)
    assert page.reads == 1 and page.refresher.stale
    page.show()
    assert page.reads == 2 and not page.refresher.stale


def test_a_read_that_fails_is_told_and_tried_again_when_next_shown(
    qtbot: QtBot, notifier: ChangeNotifier, shown_messages: list[tuple[str, str]]
) -> None:
    page = Page(notifier, Changes.VISITS, failing=True)
    qtbot.addWidget(page)
    page.show()
    assert shown_messages == [DISK_FULL]
    assert page.refresher.stale
    page.hide()
    page.failing = False
    page.show()
    assert page.reads == 2 and not page.refresher.stale
    assert shown_messages == [DISK_FULL]
