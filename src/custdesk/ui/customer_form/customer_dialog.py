"""The customer form: new or edit, keyboard-first, every problem shown beside its field.

Nothing is saved until the service accepts the whole draft, and a refused save never clears what
the clerk typed.
"""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custdesk.code_words import TEMPERAMENT_TIPS, TIPS
from custdesk.errors import DuplicateError, ValidationError
from custdesk.services.contacts.follow_ups import FollowUpService
from custdesk.services.contacts.visits import VisitService
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.date_reading import Reading
from custdesk.services.customers.phones import display_phone
from custdesk.services.customers.purchases import PurchaseService
from custdesk.services.customers.records import CustomerDraft, CustomerRecord, Gender
from custdesk.services.customers.tags import joined_tags, split_tags
from custdesk.services.referrals.referrals import ReferralService
from custdesk.ui.common.display import MUTED_STYLE, message_label, show_message
from custdesk.ui.common.form_keys import FormKeys
from custdesk.ui.common.labels import GENDERS, TEMPERAMENTS, label
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.common.screen_size import fit_to_screen
from custdesk.ui.common.typed_text import remove_unsavable_text, removed_text_message
from custdesk.ui.customer_form.audit_panel import AuditPanel
from custdesk.ui.customer_form.contact_history_panel import ContactHistoryPanel
from custdesk.ui.customer_form.purchases_panel import PurchasesPanel
from custdesk.ui.customer_form.referral_panel import ReferralPanel
from custdesk.ui.customer_form.shared_phone_question import (
    SharedPhoneAnswer,
    ask_about_shared_phone,
)
from custdesk.ui.widgets.date_field import DateField
from custdesk.ui.widgets.form_scroll_area import FormScrollArea

FILE_SIZE = QSize(1100, 700)
_SEPARATORS = re.compile(r"[,，;；、/]+")


def split_list(text: str) -> tuple[str, ...]:
    """ "a, b；c" -> ("a", "b", "c"): clerks type Chinese and English separators alike."""
    return tuple(part.strip() for part in _SEPARATORS.split(text) if part.strip())


class CustomerDialog(QDialog):
    saved = Signal(int)
    open_existing = Signal(int)

    def __init__(
        self,
        *,
        customers: CustomerService,
        purchases: PurchaseService,
        visits: VisitService,
        follow_ups: FollowUpService,
        referrals: ReferralService,
        customer_list: CustomerListService,
        changes: ChangeNotifier,
        undo_stack: QUndoStack,
        record: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``record``: the customer to edit, None for a new one (a form without the tabs)."""
        super().__init__(parent)
        self._customers = customers
        self._changes = changes
        self.purchases_panel: PurchasesPanel | None = None
        self.history_panel: ContactHistoryPanel | None = None
        self.referral_panel: ReferralPanel | None = None
        if record is not None:
            self.purchases_panel = PurchasesPanel(
                purchases=purchases, changes=changes, undo_stack=undo_stack, customer_id=record.id
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
        self._record = record
        self.setWindowTitle(self.tr("Edit customer") if record else self.tr("New customer"))
        self.setMinimumWidth(560)
        self._build()
        if record:
            self._fill(record.draft)
        self._as_opened = self._typed()  # what Cancel compares with before asking

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.gender_combo = QComboBox()
        for code in Gender:
            text = self.tr("Not stated") if code is Gender.UNKNOWN else label(GENDERS, code)
            self.gender_combo.addItem(text, str(code))
        self.gender_combo.setCurrentIndex(self.gender_combo.findData(Gender.UNKNOWN))
        self.birthday_edit = DateField(birthday=True)
        # What the field reads 05-03 as, beside it: a birthday without its year.
        self.birthday_hint = QLabel(self.tr("year unknown"))
        self.birthday_hint.setStyleSheet(MUTED_STYLE)
        self.birthday_hint.hide()
        self.birthday_edit.textChanged.connect(self._show_birthday_hint)
        self.phones_edit = QLineEdit()
        self.phones_edit.setPlaceholderText(self.tr("Several numbers: separate with commas"))
        self.wechat_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.occupation_edit = QLineEdit()
        self.income_edit = QLineEdit()
        self.family_edit = QLineEdit()
        self.hobbies_edit = QLineEdit()
        self.temperament_combo = QComboBox()
        self.temperament_combo.addItem(self.tr("Not known yet"), None)
        for code in TEMPERAMENTS:  # the seed's codes, in its order
            self.temperament_combo.addItem(label(TEMPERAMENTS, code), code)
        self.temperament_tip = QLabel()
        self.temperament_tip.setWordWrap(True)
        self.temperament_tip.setStyleSheet(MUTED_STYLE)
        self.temperament_combo.currentIndexChanged.connect(self._show_tip)
        self.important_check = QCheckBox(self.tr("Important customer"))
        self.decision_edit = QLineEdit()
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.cadence_spin = QSpinBox()
        self.cadence_spin.setRange(0, 366)
        self.cadence_spin.setSpecialValueText(self.tr("No regular follow-up"))
        self.cadence_spin.setSuffix(self.tr(" days"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        self.form = QFormLayout()
        self._error_labels: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Name *"), self.name_edit),
            ("gender", self.tr("Gender"), self.gender_combo),
            ("birthday", self.tr("Birthday"), self._with_hint()),
            ("phones", self.tr("Phone"), self.phones_edit),
            ("wechat_id", self.tr("WeChat"), self.wechat_edit),
            ("address", self.tr("Address"), self.address_edit),
            ("occupation", self.tr("Occupation"), self.occupation_edit),
            ("income_band", self.tr("Income"), self.income_edit),
            ("family_situation", self.tr("Family"), self.family_edit),
            ("hobbies", self.tr("Hobbies"), self.hobbies_edit),
            ("temperament", self.tr("Temperament"), self._with_tip()),
            ("is_important", "", self.important_check),
            ("decision_maker", self.tr("Decision maker"), self.decision_edit),
            ("tags", self.tr("Tags"), self.tags_edit),
            ("follow_up_cadence_days", self.tr("Follow up every"), self.cadence_spin),
            ("notes", self.tr("Notes"), self.notes_edit),
        ]
        for key, caption, widget in rows:
            error = message_label()
            error.setObjectName(f"error_{key}")
            self._error_labels[key] = error
            self._field_widgets[key] = widget
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            self.form.addRow(caption, box)

        self._field_widgets["temperament"] = self.temperament_combo
        self._field_widgets["birthday"] = self.birthday_edit
        self.audit_panel: AuditPanel | None = None
        if self._record is not None:
            captions = {key: caption.rstrip(" *") for key, caption, _widget in rows}
            captions["is_important"] = self.important_check.text()
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
            # Ctrl+Tab turns the history's tabs from anywhere in the form, the name field too
            # (QTabWidget turns them only while the focus is inside it).
            for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1),
                               ("Ctrl+Backtab", -1), ("Ctrl+PgUp", -1)):  # fmt: skip
                QShortcut(QKeySequence(keys), self, partial(self._turn_tab, step))
        else:
            layout.addWidget(self.profile_area, 1)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()
        # A file with its history: the room of a laptop's screen, where there is one.
        fit_to_screen(self, FILE_SIZE if self.tabs is not None else None)

    def _turn_tab(self, step: int) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            self.tabs.tabBar().setFocus()  # Tab goes on into the page shown

    def _with_tip(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.temperament_combo)
        row.addWidget(self.temperament_tip, 1)
        return holder

    def _with_hint(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birthday_edit, 1)
        row.addWidget(self.birthday_hint)
        return holder

    def _show_birthday_hint(self) -> None:
        self.birthday_hint.setVisible(self.birthday_edit.reading().reading is Reading.MONTH_DAY)

    def _show_tip(self) -> None:
        code = self.temperament_combo.currentData()
        tip = TEMPERAMENT_TIPS.get(code)  # the seed's English; its Chinese is in the catalogue
        self.temperament_tip.setText(QCoreApplication.translate(TIPS, tip) if tip else "")

    # -- data -------------------------------------------------------------------------------
    def _fill(self, draft: CustomerDraft) -> None:
        self.name_edit.setText(draft.name)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(draft.gender)))
        self.birthday_edit.show_date(draft.birthday)
        self.phones_edit.setText(", ".join(display_phone(number) for number in draft.phones))
        self.wechat_edit.setText(draft.wechat_id)
        self.address_edit.setText(draft.address)
        self.occupation_edit.setText(draft.occupation)
        self.income_edit.setText(draft.income_band)
        self.family_edit.setText(draft.family_situation)
        self.hobbies_edit.setText(draft.hobbies)
        self.temperament_combo.setCurrentIndex(
            max(0, self.temperament_combo.findData(draft.temperament))
        )
        self.important_check.setChecked(draft.is_important)
        self.decision_edit.setText(draft.decision_maker)
        self.tags_edit.setText(joined_tags(draft.tags))
        self.cadence_spin.setValue(draft.follow_up_cadence_days or 0)
        self.notes_edit.setPlainText(draft.notes)

    def draft(self) -> CustomerDraft:
        """What the form holds; the birthday as ``birthday_edit`` reads it (None when it is no
        date: ``save`` refuses that first)."""
        return CustomerDraft(
            name=self.name_edit.text(),
            gender=self.gender_combo.currentData(),
            birthday=self.birthday_edit.birthday(),
            phones=split_list(self.phones_edit.text()),
            wechat_id=self.wechat_edit.text(),
            address=self.address_edit.text(),
            occupation=self.occupation_edit.text(),
            income_band=self.income_edit.text(),
            family_situation=self.family_edit.text(),
            hobbies=self.hobbies_edit.text(),
            temperament=self.temperament_combo.currentData(),
            is_important=self.important_check.isChecked(),
            decision_maker=self.decision_edit.text(),
            tags=split_tags(self.tags_edit.text()),
            notes=self.notes_edit.toPlainText(),
            follow_up_cadence_days=self.cadence_spin.value() or None,
        )

    def _typed(self) -> tuple[object, ...]:
        """Every field as it reads now (text, choice, tick), to tell whether anything changed."""
        states: list[object] = []
        for widget in self._field_widgets.values():
            if isinstance(widget, QLineEdit):
                states.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                states.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                states.append(widget.currentIndex())
            elif isinstance(widget, QCheckBox):
                states.append(widget.isChecked())
            elif isinstance(widget, QSpinBox):
                states.append(widget.value())
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
        if self._typed() == self._as_opened:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("The changes to this customer have not been saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

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
        draft = self.draft()
        before = self._record

        def write() -> CustomerRecord:
            if before is None:
                return self._customers.create(draft, allow_shared_phone=allow_shared_phone)
            return self._customers.update(before.id, draft, allow_shared_phone=allow_shared_phone)

        Operation(
            self,
            self._changes,
            Changes.CUSTOMERS,
            done=self._saved,
            refused=self._refused,
            inline=(ValidationError, DuplicateError),
            said=lambda record: self.tr("Saved: {name}").format(name=record.draft.name),
        ).run(write)

    def _saved(self, record: CustomerRecord) -> None:
        self._record = record
        self.saved.emit(record.id)
        self.accept()

    def _refused(self, exc: ValidationError | DuplicateError) -> None:
        if isinstance(exc, DuplicateError):
            self._ask_about_duplicate(exc)
        else:
            self._show_problems(exc.field_errors)

    def _ask_about_duplicate(self, exc: DuplicateError) -> None:
        answer = ask_about_shared_phone(self, self._customers, exc)
        if answer is SharedPhoneAnswer.OPEN_THAT_CUSTOMER and exc.existing_id is not None:
            self.open_existing.emit(exc.existing_id)
            self.reject()  # the clerk chose the file on record: nothing to ask
        elif answer is SharedPhoneAnswer.SAVE_ANYWAY:
            self.save(allow_shared_phone=True)

    def _removed_unsavable_text(self) -> bool:
        """Characters no file can hold, removed from the fields they were pasted into; each
        such field says so, and this press of Save saves nothing (the next one does)."""
        changed = remove_unsavable_text(*self._field_widgets.values())
        if not changed:
            return False
        first_key = None
        for key, widget in self._field_widgets.items():
            removed = tuple(
                ch
                for field, chars in changed.items()
                if field is widget or widget.isAncestorOf(field)
                for ch in chars
            )
            if removed and key in self._error_labels:
                show_message(self._error_labels[key], removed_text_message(removed))
                first_key = first_key or key
        if first_key is not None:
            self._field_widgets[first_key].setFocus()
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        by_field: dict[str, str] = {}
        for key, code in problems.items():
            by_field.setdefault(key.split(".")[0], code)  # phones.1 -> phones
        for key, error in self._error_labels.items():
            code = by_field.get(key)
            show_message(error, field_problem_text(code) if code else "")
        first_bad = next((key for key in self._field_widgets if key in by_field), None)
        if first_bad is not None:
            self._field_widgets[first_bad].setFocus()
