"""One customer's contacts inside the customer form: planned follow-ups and the visit log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitFilter, VisitRecord, VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.ui.common.display import MUTED_STYLE, message_label, short_date, show_message
from custdesk.ui.common.labels import FOLLOW_UP_SOURCES, VISIT_KINDS, label
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.dialogs.visit_dialog import VisitDialog
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table
from custdesk.ui.widgets.date_field import DateField


class ContactHistoryPanel(QWidget):
    def __init__(
        self,
        *,
        visits: VisitService,
        follow_ups: FollowUpService,
        customer_list: CustomerListService,
        changes: ChangeNotifier,
        customer: tuple[int, str],
    ) -> None:
        """``customer``: (id, name) of the customer whose contacts these are."""
        super().__init__()
        self._visits = visits
        self._follow_ups = follow_ups
        self._customer_list = customer_list  # the visit form asks for it
        self._changes = changes
        self._customer = customer
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.log_button = QPushButton(self.tr("Log a visit or call…"))
        self.log_button.clicked.connect(self.log_visit)
        self.plan_date_edit = DateField(required=True)
        self.plan_date_edit.show_date(shop_clock.today() + dt.timedelta(days=7))
        self.plan_error = message_label()
        self.plan_button = QPushButton(self.tr("Plan a call"))
        self.plan_button.clicked.connect(self.plan_follow_up)
        locale = QLocale()
        self.model: RecordTableModel[VisitRecord] = RecordTableModel(
            [
                Column(
                    lambda: self.tr("When"),
                    lambda v: locale.toString(v.occurred_at, "yyyy-MM-dd HH:mm"),
                ),
                Column(lambda: self.tr("Kind"), lambda v: label(VISIT_KINDS, v.kind)),
                Column(lambda: self.tr("Purpose"), lambda v: v.purpose),
                Column(lambda: self.tr("Outcome"), lambda v: v.outcome),
                Column(
                    lambda: self.tr("Satisfaction"),
                    lambda v: "★" * v.satisfaction if v.satisfaction else "",
                ),
                Column(lambda: self.tr("Served by"), lambda v: v.served_by),
            ]
        )
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No visits or calls yet."))
        self.empty_label.setStyleSheet(MUTED_STYLE)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.next_label, 1)
        top.addWidget(self.plan_date_edit)
        top.addWidget(self.plan_button)
        top.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plan_error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.refresher = RefreshOnChange(self, changes, Changes.VISITS, self.reload)
        self.refresher.catch_up()  # read now, through the one failure path

    def reload(self) -> None:
        customer_id = self._customer[0]
        visits = self._visits.visits(VisitFilter(customer_id=customer_id))
        self.model.set_records(visits)
        self.empty_label.setVisible(not visits)
        self.table.setVisible(bool(visits))
        pending = self._follow_ups.pending_for(customer_id)
        if pending:
            first = pending[0]
            what = first.purpose or label(FOLLOW_UP_SOURCES, first.source)
            text = self.tr("Next contact: {date} — {what}").format(
                date=short_date(first.due_on), what=what
            )
        else:
            text = self.tr("No contact planned.")
        self.next_label.setText(text)

    def plan_follow_up(self) -> None:
        due, problem = self.plan_date_edit.date(), self.plan_date_edit.problem()
        if due is None or problem is not None:
            show_message(self.plan_error, field_problem_text(problem or FieldProblem.REQUIRED))
            self.plan_date_edit.setFocus()
            return
        show_message(self.plan_error, "")
        schedule = self._follow_ups.schedule
        Operation(
            self, self._changes, Changes.VISITS, done=lambda _: self.refresher.catch_up()
        ).run(lambda: schedule(self._customer[0], due))

    def log_visit(self) -> VisitDialog:
        dialog = VisitDialog(
            visits=self._visits,
            follow_ups=self._follow_ups,
            customer_list=self._customer_list,
            customer=self._customer,
            parent=self,
            changes=self._changes,
        )
        dialog.logged.connect(lambda _id: self.refresher.catch_up())
        dialog.open()
        return dialog
