"""Take down a complaint (投诉) while the customer is still at the counter or on the phone."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.errors import ValidationError
from custdesk.services.complaints.complaints import (
    Channel,
    ComplaintDraft,
    ComplaintService,
    Severity,
)
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.ui.common.display import date_time
from custdesk.ui.common.labels import CHANNELS, SEVERITIES, label
from custdesk.ui.common.messages import user_message
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.dialogs.record_form import RecordFormDialog
from custdesk.ui.widgets.one_stop_date_time_edit import OneStopDateTimeEdit


class ComplaintDialog(RecordFormDialog):
    recorded = Signal(int)  # the complaint's id

    def __init__(
        self,
        *,
        complaints: ComplaintService,
        customer_list: CustomerListService,
        changes: ChangeNotifier,
        customer: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(customer, parent)
        self._complaints = complaints
        self._changes = changes
        self.setWindowTitle(self.tr("New complaint"))
        self.setMinimumWidth(500)
        customer_widget = self.customer_field(customer_list)
        self.received_edit = OneStopDateTimeEdit(QDateTime(shop_clock.now()))
        self.channel_combo = QComboBox()
        for code in Channel:
            self.channel_combo.addItem(label(CHANNELS, code), str(code))
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.addItems(
            [
                self.tr("Product quality"),
                self.tr("Service attitude"),
                self.tr("Price"),
                self.tr("Late delivery"),
                self.tr("After-sales repair"),
                self.tr("Returns and exchanges"),
            ]
        )
        self.category_combo.setCurrentText("")
        self.severity_combo = QComboBox()
        for code in Severity:
            self.severity_combo.addItem(label(SEVERITIES, code), str(code))
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(str(Severity.MEDIUM)))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What happened, in the customer's words"))
        self.description_edit.setFixedHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("Customer"), customer_widget)
        form.addRow(self.tr("Received"), self.received_edit)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Severity"), self.severity_combo)
        form.addRow(self.tr("Description"), self.description_edit)
        # The first field still empty when the customer is known (the time and channel come
        # filled in): a clerk opening the form with Ctrl+K types at once, Tab goes on down.
        self.finish_layout(form, self.category_combo)

    def draft(self) -> ComplaintDraft:
        return ComplaintDraft(
            received_at=self.received_edit.dateTime().toPython().replace(second=0, microsecond=0),
            channel=str(self.channel_combo.currentData()),
            description=self.description_edit.toPlainText(),
            category=self.category_combo.currentText(),
            severity=str(self.severity_combo.currentData()),
        )

    def save(self) -> None:
        customer_id = self.chosen_customer_id()
        if customer_id is None:
            return
        draft = self.draft()
        if draft.received_at.date() < shop_clock.today() and not self._late_is_meant(draft):
            self.received_edit.setFocus()
            return
        Operation(
            self,
            self._changes,
            Changes.COMPLAINTS,
            done=lambda complaint: self._recorded(complaint.id),
            refused=self._refused,
            said=lambda complaint: self.tr("Complaint recorded: {name}").format(
                name=complaint.customer_name
            ),
        ).run(lambda: self._complaints.record(customer_id, draft))

    def _late_is_meant(self, draft: ComplaintDraft) -> bool:
        """A complaint received before today can no longer be handled the same day (太阳下山
        原则) and counts as late from the start: a slip of an arrow key must not make it so
        without the clerk saying yes."""
        answer = QMessageBox.question(
            self,
            self.tr("Received before today?"),
            self.tr(
                "The complaint is set as received on {date}, before today, so it already counts "
                "as not handled the same day. Save it with that date?"
            ).format(date=date_time(draft.received_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _recorded(self, complaint_id: int) -> None:
        self.recorded.emit(complaint_id)
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        self.show_error(user_message(exc).text)
