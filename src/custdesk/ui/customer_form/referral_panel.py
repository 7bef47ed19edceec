"""One customer's referrals inside the customer form: who brought them, whom they brought, and
their profile as a referrer with the suggested way to thank them.

A referrer chosen or removed and the kind changed here are kept in the form until its Save,
which writes them with the profile in one transaction (referrals.customer_file)."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.code_words import REFERRER_THANKS, THANKS
from custdesk.errors import FieldProblem, ValidationError
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.referrals.customer_file import UNCHANGED, ReferrerChoice, Unchanged
from custdesk.services.referrals.referrals import ReferralRecord, ReferralService, ReferralStatus
from custdesk.ui.common.display import MUTED_STYLE, message_label, short_date, show_message
from custdesk.ui.common.form_keys import submit_on_enter
from custdesk.ui.common.labels import REFERRAL_STATUSES, REFERRER_KINDS, label
from custdesk.ui.common.messages import field_problem_text, user_message
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table
from custdesk.ui.widgets.customer_picker import CustomerPicker
from custdesk.ui.widgets.date_field import DateField


class ReferralPanel(QWidget):
    def __init__(
        self,
        *,
        referrals: ReferralService,
        customers: CustomerService,
        customer_list: CustomerListService,
        changes: ChangeNotifier,
        customer_id: int,
    ) -> None:
        super().__init__()
        self._referrals = referrals
        self._customers = customers  # the customer's kind as a referrer
        self._changes = changes
        self._customer_id = customer_id
        self._link: ReferralRecord | None = None  # as on file
        self.choice: ReferrerChoice | Unchanged = UNCHANGED  # what Save writes
        self._chosen_name = ""
        self.kind: str | Unchanged | None = UNCHANGED

        self.referrer_label = QLabel()
        self.referrer_label.setWordWrap(True)
        self.picker = CustomerPicker(customer_list)
        self.picker.show_rows(3)
        self.date_edit = DateField(required=True)
        self.date_edit.show_date(shop_clock.today())
        self.status_combo = QComboBox()
        for status in ReferralStatus:
            self.status_combo.addItem(label(REFERRAL_STATUSES, status), str(status))
        self.save_button = QPushButton(self.tr("Set referrer"))
        self.save_button.clicked.connect(self.save_referrer)
        # Enter in the referrer's fields sets the referrer only, never saves the customer form.
        picked = (self.picker.search_box, self.picker.matches, self.date_edit, self.status_combo)
        submit_on_enter(picked, self.save_referrer)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_referrer)
        self.error_label = message_label()

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Not known"), None)
        for code in REFERRER_KINDS:
            self.kind_combo.addItem(label(REFERRER_KINDS, code), code)
        self.kind_combo.activated.connect(self.choose_kind)
        self.thanks_label = QLabel()
        self.thanks_label.setStyleSheet(MUTED_STYLE)
        self.thanks_label.setWordWrap(True)

        self.brought_model: RecordTableModel[ReferralRecord] = RecordTableModel(
            [
                Column(lambda: self.tr("Customer"), lambda r: r.referred_name),
                Column(lambda: self.tr("Referred on"), lambda r: short_date(r.referred_on)),
                Column(lambda: self.tr("Status"), lambda r: label(REFERRAL_STATUSES, r.status)),
            ]
        )
        self.brought_table = record_table(self.brought_model)
        self.brought_table.horizontalHeader().setStretchLastSection(True)
        self.brought_label = QLabel()

        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.status_combo, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        form = QFormLayout()
        form.addRow(self.tr("Referred by"), self.referrer_label)
        form.addRow(self.tr("Change to"), self.picker)
        form.addRow(self.tr("Date, status"), when)
        form.addRow("", buttons)
        form.addRow("", self.error_label)
        form.addRow(self.tr("As a referrer"), self.kind_combo)
        form.addRow("", self.thanks_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brought_label)
        layout.addWidget(self.brought_table, 1)
        # Names and statuses of the people brought in change with their own files too.
        shows = Changes.REFERRALS | Changes.CUSTOMERS
        self.refresher = RefreshOnChange(self, changes, shows, self.reload)
        self.refresher.catch_up()  # read now, through the one failure path

    def reload(self) -> None:
        self._link = self._referrals.referral_of(self._customer_id)
        if isinstance(self.kind, Unchanged):
            kind = self._customers.referrer_kind(self._customer_id)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
            self._show_thanks(kind)
        self._show_referrer()
        brought = self._referrals.referred_by(self._customer_id)
        self.brought_model.set_records(brought)
        self.brought_label.setText(
            self.tr("Brought in: {count}").format(count=QLocale().toString(len(brought)))
        )

    def _show_referrer(self) -> None:
        choice, link = self.choice, self._link
        if isinstance(choice, ReferrerChoice):
            if choice.referrer_id is None:
                text = self.tr("Nobody (came on their own)")
            else:
                text = self._describe(
                    self._chosen_name, choice.referred_on or shop_clock.today(), choice.status
                )
            text += " " + self.tr("(kept when you save)")
        elif link is None:
            text = self.tr("Nobody (came on their own)")
        else:
            text = self._describe(link.referrer_name, link.referred_on, link.status)
            self.date_edit.show_date(link.referred_on)
            self.status_combo.setCurrentIndex(self.status_combo.findData(link.status))
        self.referrer_label.setText(text)
        has_one = (
            choice.referrer_id is not None
            if isinstance(choice, ReferrerChoice)
            else link is not None
        )
        self.remove_button.setEnabled(has_one)

    def _describe(self, name: str, day: dt.date, status: str) -> str:
        return self.tr("<b>{name}</b>, {date}, {status}").format(
            name=escape(name), date=short_date(day), status=label(REFERRAL_STATUSES, status)
        )

    def save_referrer(self) -> None:
        """Set Referrer: the customer picked (or, none picked, the one on file with another
        date or status), kept for the form's Save, which refuses a loop."""
        referrer_id = self.picker.customer_id()
        name = self.picker.customer_name()
        current = self.choice if isinstance(self.choice, ReferrerChoice) else None
        if referrer_id is None and current is not None and current.referrer_id is not None:
            referrer_id, name = current.referrer_id, self._chosen_name
        elif referrer_id is None and current is None and self._link is not None:
            referrer_id, name = self._link.referrer_id, self._link.referrer_name
        if referrer_id is None:
            self._show_error(self.tr("Please pick the customer first."))
            return
        referred_on, problem = self.date_edit.date(), self.date_edit.problem()
        if referred_on is None or problem is not None:
            self._show_error(field_problem_text(problem or FieldProblem.REQUIRED))
            self.date_edit.setFocus()
            return
        # Themselves or a loop is told now, not first at the form's Save.
        allowed = Operation(self, None, refused=self._refused).run(
            lambda: self._referrals.check_referrer(self._customer_id, referrer_id)
        )
        if not allowed:
            return
        status = str(self.status_combo.currentData())
        self._chosen_name = name
        self.choice = ReferrerChoice(referrer_id, referred_on, status)
        if self._link is not None and self.choice == ReferrerChoice(
            self._link.referrer_id, self._link.referred_on, self._link.status, self._link.notes
        ):
            self.choice = UNCHANGED  # back to what is on file
        self._chosen()

    def remove_referrer(self) -> None:
        self.choice = ReferrerChoice(None) if self._link is not None else UNCHANGED
        self._chosen()

    def choose_kind(self) -> None:
        kind = self.kind_combo.currentData()
        self.kind = kind
        self._show_thanks(kind)

    def _chosen(self) -> None:
        self.error_label.hide()
        self.picker.search_box.clear()
        self._show_referrer()

    def _refused(self, exc: ValidationError) -> None:
        self._show_error(user_message(exc).text)

    def show_problem(self, text: str) -> None:
        """A refusal of the form's Save that concerns the referrer (a loop), told here."""
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        show_message(self.error_label, text)

    def _show_thanks(self, kind: str | None) -> None:
        thanks = REFERRER_THANKS.get(kind or "")  # the seed's English; Chinese in the catalogue
        self.thanks_label.setText(QCoreApplication.translate(THANKS, thanks) if thanks else "")
