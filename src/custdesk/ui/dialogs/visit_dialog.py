"""Log a contact (回访), or complete a planned one, and plan the next in one click.

Opened from Today (completing a follow-up, greeting a birthday), from the customer list or with
Ctrl+L. A refused save keeps everything typed and says what to fix.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.errors import ValidationError
from custdesk.services.contacts.follow_ups import (
    FollowUpRecord,
    FollowUpService,
    PlanWithoutDate,
)
from custdesk.services.contacts.visits import VisitDraft, VisitKind, VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.ui.common.display import hint_label, short_date
from custdesk.ui.common.labels import VISIT_KINDS, label
from custdesk.ui.common.messages import field_problem_text, user_message
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation, query
from custdesk.ui.dialogs.record_form import RecordFormDialog
from custdesk.ui.widgets.date_field import DateField
from custdesk.ui.widgets.one_stop_date_time_edit import OneStopDateTimeEdit

NEXT_CONTACT_DAYS = (7, 30, 90)
LAST_CLERK_KEY = "visits/last_clerk"


class VisitDialog(RecordFormDialog):
    logged = Signal(int)  # the customer's id

    def __init__(
        self,
        *,
        visits: VisitService,
        follow_ups: FollowUpService,
        customer_list: CustomerListService,
        changes: ChangeNotifier,
        customer: tuple[int, str] | None = None,
        follow_up: FollowUpRecord | None = None,
        kind: str = VisitKind.CALL,
        purpose: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``purpose`` starts the Purpose field (a birthday's greeting says so); a follow-up's
        own purpose comes before it."""
        if follow_up is not None:
            customer = (follow_up.customer_id, follow_up.customer_name)
        super().__init__(customer, parent)
        self._visits, self._follow_ups = visits, follow_ups
        self._changes = changes
        self._follow_up = follow_up
        self.setWindowTitle(
            self.tr("Complete follow-up") if follow_up else self.tr("Log a visit or call")
        )
        self.setMinimumWidth(660)

        customer_widget = self.customer_field(customer_list)
        self.when_edit = OneStopDateTimeEdit(QDateTime(shop_clock.now()))
        self.kind_combo = QComboBox()
        for code in VisitKind:
            self.kind_combo.addItem(label(VISIT_KINDS, code), str(code))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(kind)))
        self.purpose_edit = QLineEdit(follow_up.purpose if follow_up else purpose)
        self.outcome_edit = QLineEdit()
        self.satisfaction_combo = QComboBox()
        self.satisfaction_combo.addItem(self.tr("Not asked"), None)
        for score, text in enumerate(
            (
                self.tr("1 — very unhappy"),
                self.tr("2 — unhappy"),
                self.tr("3 — all right"),
                self.tr("4 — happy"),
                self.tr("5 — very happy"),
            ),
            start=1,
        ):
            self.satisfaction_combo.addItem("★" * score + "  " + text, score)
        self.clerk_combo = QComboBox()
        self.clerk_combo.setEditable(True)
        self.clerk_combo.addItems(visits.clerks())
        self.clerk_combo.setCurrentText(str(QSettings().value(LAST_CLERK_KEY, "")))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)
        self.notes_edit.setTabChangesFocus(True)

        # The next contact: none (or the customer's rhythm), a few days on, or a date. The date
        # field always shows the date Save will plan, and the line below says it in words.
        self.next_group = QButtonGroup(self)
        next_row = QHBoxLayout()
        self.no_date_button = QPushButton(self.tr("No date"))
        self.next_group.addButton(self.no_date_button, 0)
        next_row.addWidget(self.no_date_button)
        for days in NEXT_CONTACT_DAYS:
            button = QPushButton(self.tr("+{days} days").format(days=days))
            self.next_group.addButton(button, days)
            next_row.addWidget(button)
        self.on_date_button = QPushButton(self.tr("On"))
        self.next_group.addButton(self.on_date_button, -1)
        next_row.addWidget(self.on_date_button)
        self.next_date_edit = DateField(required=True)
        self.next_date_edit.show_date(shop_clock.today() + dt.timedelta(days=14))
        self.next_date_edit.setMinimumWidth(120)
        # Typing a date chooses "On"; the line below follows once the clerk is done with it.
        self.next_date_edit.textEdited.connect(lambda _t: self.on_date_button.setChecked(True))
        self.next_date_edit.edited.connect(self._show_next_plan)
        next_row.addWidget(self.next_date_edit)
        next_row.addStretch(1)
        for button in self.next_group.buttons():
            button.setCheckable(True)
        self.no_date_button.setChecked(True)
        self.next_plan_label = hint_label()
        self.next_group.idToggled.connect(lambda _id, on: on and self._show_next_plan())
        # Only the day counts for the plan: a changed hour or minute reads nothing again.
        self.when_edit.dateChanged.connect(lambda _day: self._show_next_plan())
        if self.picker is not None:
            self.picker.picked.connect(lambda _id: self._show_next_plan())

        form = QFormLayout()
        form.addRow(self.tr("Customer"), customer_widget)
        form.addRow(self.tr("When"), self.when_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Purpose"), self.purpose_edit)
        form.addRow(self.tr("Outcome"), self.outcome_edit)
        form.addRow(self.tr("Satisfaction"), self.satisfaction_combo)
        form.addRow(self.tr("Served by"), self.clerk_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow(self.tr("Next contact"), next_row)
        form.addRow("", self.next_plan_label)
        self.finish_layout(form, self.purpose_edit)
        self._show_next_plan()

    def _show_next_plan(self) -> None:
        """The date field shows the date Save will plan, and the line below says it: a chosen
        date, or with none the customer's rhythm's (follow_ups.plan_without_date)."""
        choice = self.next_group.checkedId()
        if choice > 0:
            self.next_date_edit.show_date(shop_clock.today() + dt.timedelta(days=choice))
        if choice != 0:
            chosen = self.next_date_edit.date()
            self.next_plan_label.setText(
                ""
                if chosen is None or self.next_date_edit.problem() is not None
                else self.tr("Next contact planned for {date}.").format(date=short_date(chosen))
            )
            return
        plan = self._plan_without_date()
        if plan is None or plan.due_on is None:
            self.no_date_button.setText(self.tr("No date"))
            self.next_date_edit.show_date(None)  # nothing will be planned: no date shown
            self.next_plan_label.setText(self.tr("No next contact will be planned."))
            return
        self.next_date_edit.show_date(plan.due_on)
        due = short_date(plan.due_on)
        if plan.already_planned:
            self.no_date_button.setText(self.tr("No date"))
            self.next_plan_label.setText(
                self.tr("Nothing more is planned: a contact is already planned for {date}.").format(
                    date=due
                )
            )
        else:
            self.no_date_button.setText(self.tr("By rhythm"))
            self.next_plan_label.setText(
                self.tr(
                    "Next contact planned for {date}, by the customer's rhythm (every {days} days)."
                ).format(date=due, days=plan.cadence_days)
            )

    def _plan_without_date(self) -> PlanWithoutDate | None:
        customer_id = self._customer_id
        if customer_id is None and self.picker is not None:
            customer_id = self.picker.customer_id()
        if customer_id is None:
            return None
        contact_on = self.when_edit.date().toPython()
        completing = self._follow_up.id if self._follow_up is not None else None
        return query(
            self,
            lambda: self._follow_ups.plan_without_date(customer_id, contact_on, completing),
        )

    def next_contact_on(self) -> dt.date | None:
        """The next contact's date, None for none chosen (the rhythm then plans, if any)."""
        if self.next_group.checkedId() == 0:
            return None
        return self.next_date_edit.date()

    def draft(self) -> VisitDraft:
        return VisitDraft(
            occurred_at=self.when_edit.dateTime().toPython().replace(second=0, microsecond=0),
            kind=str(self.kind_combo.currentData()),
            purpose=self.purpose_edit.text(),
            outcome=self.outcome_edit.text(),
            satisfaction=self.satisfaction_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            served_by=self.clerk_combo.currentText(),
        )

    def save(self) -> None:
        customer_id = self.chosen_customer_id()
        if customer_id is None:
            return
        if self.next_group.checkedId() != 0:
            problem = self.next_date_edit.problem()
            if problem is not None:  # a typed next date that is no date: kept, and said
                self.show_error(field_problem_text(problem))
                self.next_date_edit.setFocus()
                return
        draft, next_on, follow_up = self.draft(), self.next_contact_on(), self._follow_up

        def write() -> object:
            if follow_up is not None:
                return self._follow_ups.complete(follow_up.id, draft, next_contact_on=next_on)
            return self._visits.log(customer_id, draft, next_contact_on=next_on)

        name = self.chosen_customer_name()
        said = (
            self.tr("Follow-up done: {name}") if follow_up else self.tr("Visit logged: {name}")
        ).format(name=name)
        Operation(
            self,
            self._changes,
            Changes.VISITS,  # the customer's last contact and stage follow from the visit
            done=lambda _: self._logged(customer_id),
            refused=self._refused,
            said=lambda _: said,
        ).run(write)

    def _logged(self, customer_id: int) -> None:
        QSettings().setValue(LAST_CLERK_KEY, self.clerk_combo.currentText().strip())
        self.logged.emit(customer_id)
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        self.show_error(user_message(exc).text)
