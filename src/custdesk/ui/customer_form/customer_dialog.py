"""The customer form: new or edit, keyboard-first, every problem shown beside its field.

Nothing reaches the shop file before Save: the purchases added or removed and the referrer
chosen in the form are kept in it, and Save writes them with the profile in one transaction
(referrals.customer_file), one undo step. A refused save never clears what the clerk typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custdesk.errors import DuplicateError, FieldProblem, ValidationError
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.customers.records import CustomerRecord
from custdesk.services.referrals.customer_file import CustomerFileService, FileChanges, FileSaved
from custdesk.services.referrals.referrals import ReferralService
from custdesk.ui.common.display import show_message
from custdesk.ui.common.form_keys import FormKeys
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.screen_size import fit_to_screen
from custdesk.ui.common.tab_keys import turn_tabs_from_anywhere
from custdesk.ui.customer_form.audit_panel import AuditPanel
from custdesk.ui.customer_form.contact_history_panel import ContactHistoryPanel
from custdesk.ui.customer_form.first_visit_fields import FirstVisitFields
from custdesk.ui.customer_form.profile_form import ProfileForm
from custdesk.ui.customer_form.purchases_panel import PurchasesPanel
from custdesk.ui.customer_form.referral_panel import ReferralPanel
from custdesk.ui.customer_form.shared_phone_question import (
    SharedPhoneAnswer,
    ask_about_shared_phone,
)
from custdesk.ui.widgets.form_scroll_area import FormScrollArea

FILE_SIZE = QSize(1100, 700)
# The referral's own fields, told beside "Introduced by" on a new customer's form.
_REFERRAL_FIELDS = frozenset({"referrer", "referred_on", "status", "notes", "referrer_kind"})


class CustomerDialog(ProfileForm):
    saved = Signal(int)
    open_existing = Signal(int)

    def __init__(
        self,
        *,
        customers: CustomerService,
        customer_files: CustomerFileService,
        purchases: PurchaseService,
        visits: VisitService,
        follow_ups: FollowUpService,
        referrals: ReferralService,
        customer_list: CustomerListService,
        changes: ChangeNotifier,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``record``: the customer to edit, None for a new one (a form without the tabs)."""
        super().__init__(parent)
        self._customers = customers
        self._customer_files = customer_files
        self._purchases = purchases
        self._customer_list = customer_list
        self._changes = changes
        self.file_saved: FileSaved | None = None  # what the last Save wrote (for its undo)
        self.purchases_panel: PurchasesPanel | None = None
        self.history_panel: ContactHistoryPanel | None = None
        self.referral_panel: ReferralPanel | None = None
        if record is not None:
            self.purchases_panel = PurchasesPanel(
                purchases=purchases, changes=changes, customer_id=record.id
            )
            self.history_panel = ContactHistoryPanel(
                visits=visits,
                follow_ups=follow_ups,
                customer_list=customer_list,
                changes=changes,
                customer=(record.id, record.name),
            )
            self.referral_panel = ReferralPanel(
                referrals=referrals,
                customers=customers,
                customer_list=customer_list,
                changes=changes,
                customer_id=record.id,
            )
        # A new customer's referrer and first purchase, in the form itself.
        self.first_visit = FirstVisitFields(customer_list, self) if record is None else None
        self._record = record
        self.setWindowTitle(self.tr("Edit customer") if record else self.tr("New customer"))
        self.setMinimumWidth(560)
        self._build()
        if record:
            self._fill(record.draft)
        self._as_opened = self._typed()  # what Cancel compares with before asking

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        rows = self._build_profile(self._first_visit_rows())
        self.audit_panel: AuditPanel | None = None
        if self._record is not None:
            captions = {key: caption.rstrip(" *") for key, caption, _widget in rows}
            captions["is_important"] = self.important_check.text()
            captions["referrer"] = self.tr("Introduced by")
            captions["referrer_kind"] = self.tr("As a referrer")
            self.audit_panel = AuditPanel(self._customers, self._record.id, captions)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.form_keys = FormKeys(self, self.save, save_button)
        layout = QVBoxLayout(self)
        # Sixteen fields do not fit a counter's 1024x560 screen: they scroll, Save and Cancel
        # stay below them in sight.
        profile = QWidget()
        profile_layout = QVBoxLayout(profile)
        profile_layout.setContentsMargins(0, 0, 0, 0)
        profile_layout.addLayout(self.form)
        profile_layout.addStretch(1)  # a tall window grows the history, not the gaps
        self.profile_area = FormScrollArea(profile)
        self.tabs: QTabWidget | None = None
        if self.purchases_panel is not None or self.history_panel is not None:
            # An existing customer: the profile on the left, what happened with them on the right.
            self.tabs = QTabWidget()
            if self.purchases_panel is not None:
                self.tabs.addTab(self.purchases_panel, self.tr("Purchases"))
            if self.history_panel is not None:
                self.tabs.addTab(self.history_panel, self.tr("Visits and follow-ups"))
            if self.referral_panel is not None:
                self.tabs.addTab(self.referral_panel, self.tr("Referrals"))
            if self.audit_panel is not None:
                self.tabs.addTab(self.audit_panel, self.tr("Change history"))
            # A splitter, not fixed widths: the clerk gives the room to the profile or the
            # history, and the two fit a 1024 px screen side by side.
            self.columns = QSplitter()
            self.columns.setChildrenCollapsible(False)
            self.columns.addWidget(self.profile_area)
            self.columns.addWidget(self.tabs)
            self.columns.setStretchFactor(0, 4)
            self.columns.setStretchFactor(1, 6)
            self.columns.setSizes([450, 650])  # in proportion, whatever the window's width
            layout.addWidget(self.columns, 1)
            # Ctrl+Tab turns the history's tabs from anywhere in the form, the name field too.
            turn_tabs_from_anywhere(self, self.tabs)
        else:
            layout.addWidget(self.profile_area, 1)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()
        # A file with its history: the room of a laptop's screen, where there is one.
        fit_to_screen(self, FILE_SIZE if self.tabs is not None else None)

    def _first_visit_rows(self) -> list[tuple[str, str, QWidget]]:
        return self.first_visit.rows() if self.first_visit is not None else []

    # -- data -------------------------------------------------------------------------------
    def _typed(self) -> tuple[object, ...]:
        """Every field and what the rows and tabs keep for Save, to tell whether anything
        changed since the form opened."""
        states = self._profile_typed()
        if self.first_visit is not None:
            states.extend(self.first_visit.typed())
        if self.purchases_panel is not None:
            states.extend((self.purchases_panel.added(), self.purchases_panel.removed_ids()))
        if self.referral_panel is not None:
            states.extend((self.referral_panel.choice, self.referral_panel.kind))
        return tuple(states)

    def cancel(self) -> None:
        """Cancel or Escape: a form with changes asks before they go."""
        if self._may_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's own close button asks too; a close from code (the app quitting) does not.
        if event.spontaneous() and not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def _may_discard(self) -> bool:
        """Whether the form may close now: unchanged, or the clerk chose Discard. Save saves
        (the form closes once the save is accepted; a refused one stays, as typed)."""
        if self._typed() == self._as_opened:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("The changes to this customer have not been saved. Discard them?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Cancel,
        )
        if answer == buttons.Save:
            self.save()
        return answer == buttons.Discard

    # -- saving -----------------------------------------------------------------------------
    @property
    def record(self) -> CustomerRecord | None:
        """The customer as saved last (None for a new one not saved yet)."""
        return self._record

    def save(self, *, allow_shared_phone: bool = False) -> None:
        """Storage trouble is told in a box and the form stays open with what was typed."""
        self._show_problems({})
        if self._removed_unsavable_text():
            return
        # A birthday typed that is no date is refused here: read as "no birthday", it would be
        # saved as one and what the clerk typed lost.
        birthday_problem = self.birthday_edit.problem()
        if birthday_problem is not None:
            self._show_problems({"birthday": birthday_problem})
            return
        if self.first_visit is not None and (unpicked := self.first_visit.unpicked_referrer()):
            show_message(self._error_labels["referrer"], unpicked)
            self.first_visit.referrer_picker.matches.setFocus()
            return
        changes = self._file_changes()
        customer_id = None if self._record is None else self._record.id
        Operation(
            self,
            self._changes,
            Changes.CUSTOMERS | Changes.REFERRALS,
            done=self._saved,
            refused=self._refused,
            inline=(ValidationError, DuplicateError),
            said=lambda saved: self.tr("Saved: {name}").format(name=saved.record.draft.name),
        ).run(
            lambda: self._customer_files.save(
                customer_id, changes, allow_shared_phone=allow_shared_phone
            )
        )

    def _file_changes(self) -> FileChanges:
        """Everything the form holds: the profile, and what its rows and tabs keep for Save."""
        changes = FileChanges(draft=self.draft())
        if self.first_visit is not None:
            changes = replace(
                changes,
                added_purchases=self.first_visit.purchases(),
                referrer=self.first_visit.referrer(),
            )
        if self.purchases_panel is not None:
            changes = replace(
                changes,
                added_purchases=self.purchases_panel.added(),
                removed_purchase_ids=self.purchases_panel.removed_ids(),
            )
        if self.referral_panel is not None:
            changes = replace(
                changes, referrer=self.referral_panel.choice, referrer_kind=self.referral_panel.kind
            )
        return changes

    def _saved(self, saved: FileSaved) -> None:
        self._record = saved.record
        self.file_saved = saved
        self.saved.emit(saved.record.id)
        self.accept()

    def _refused(self, exc: ValidationError | DuplicateError) -> None:
        if isinstance(exc, DuplicateError):
            self._ask_about_duplicate(exc)
            return
        problems = dict(exc.field_errors)
        on_tabs = {
            key: code
            for key, code in problems.items()
            if key.startswith("purchases") or key in _REFERRAL_FIELDS
        }
        if on_tabs and self.tabs is not None:
            self._show_on_tabs(on_tabs)
            problems = {key: code for key, code in problems.items() if key not in on_tabs}
        else:
            problems = {
                "referrer" if key in _REFERRAL_FIELDS else key: code
                for key, code in problems.items()
            }
        self._show_problems(problems)

    def _show_on_tabs(self, problems: Mapping[str, FieldProblem]) -> None:
        """A purchase or the referrer refused at Save: told on its tab, which is brought up."""
        assert self.tabs is not None
        assert self.purchases_panel is not None
        assert self.referral_panel is not None
        for key, code in sorted(problems.items()):
            text = field_problem_text(code)
            if key.startswith("purchases"):
                show_message(self.purchases_panel.error_label, text)
                self.tabs.setCurrentWidget(self.purchases_panel)
            else:
                self.referral_panel.show_problem(text)
                self.tabs.setCurrentWidget(self.referral_panel)

    def _ask_about_duplicate(self, exc: DuplicateError) -> None:
        answer = ask_about_shared_phone(self, self._customers, exc)
        if answer is SharedPhoneAnswer.OPEN_THAT_CUSTOMER and exc.existing_id is not None:
            self.open_existing.emit(exc.existing_id)
            self.reject()  # the clerk chose the file on record: nothing to ask
        elif answer is SharedPhoneAnswer.SAVE_ANYWAY:
            self.save(allow_shared_phone=True)
