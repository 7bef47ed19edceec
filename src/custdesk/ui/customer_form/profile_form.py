"""The customer's profile as a form: sixteen fields, each with its message line below it.

The customer dialog builds on it (customer_dialog); what the fields hold is a CustomerDraft, read
and shown here, and checked by the customers service on Save.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custdesk.code_words import TEMPERAMENT_TIPS, TIPS
from custdesk.errors import FieldProblem
from custdesk.services.customers.date_reading import Reading
from custdesk.services.customers.phones import display_phone
from custdesk.services.customers.records import CustomerDraft, Gender
from custdesk.services.customers.tags import joined_tags, split_tags
from custdesk.ui.common.display import MUTED_STYLE, message_label, show_message
from custdesk.ui.common.labels import GENDERS, TEMPERAMENTS, label
from custdesk.ui.common.messages import field_problem_text
from custdesk.ui.common.typed_text import remove_unsavable_text, removed_text_message
from custdesk.ui.widgets.date_field import DateField

_SEPARATORS = re.compile(r"[,，;；、/]+")

Row = tuple[str, str, QWidget]  # the problem key, the caption, the field


def split_list(text: str) -> tuple[str, ...]:
    """ "a, b；c" -> ("a", "b", "c"): clerks type Chinese and English separators alike."""
    return tuple(part.strip() for part in _SEPARATORS.split(text) if part.strip())


class ProfileForm(QDialog):
    """The profile's fields; ``_build_profile`` lays them out in ``self.form``."""

    def _build_profile(self, extra_rows: list[Row]) -> list[Row]:
        """Make the fields and their rows, ``extra_rows`` after WeChat (a new customer's
        referrer and first purchase); returns every row, for captions elsewhere."""
        self.name_edit = QLineEdit()
        self.gender_combo = QComboBox()
        for gender in Gender:
            text = self.tr("Not stated") if gender is Gender.UNKNOWN else label(GENDERS, gender)
            self.gender_combo.addItem(text, str(gender))
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
        self.notes_edit.setFixedHeight(56)  # a few lines: the new form fits a laptop unscrolled

        self.form = QFormLayout()
        self._error_labels: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Name *"), self.name_edit),
            ("gender", self.tr("Gender"), self.gender_combo),
            ("birthday", self.tr("Birthday"), self._with_hint()),
            ("phones", self.tr("Phone"), self.phones_edit),
            ("wechat_id", self.tr("WeChat"), self.wechat_edit),
            *extra_rows,
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
        return rows

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

    # -- data ------------------------------------------------------------------------------
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

    def _profile_typed(self) -> list[object]:
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
        return states

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

    def _show_problems(self, problems: Mapping[str, FieldProblem]) -> None:
        by_field: dict[str, FieldProblem] = {}
        for key, code in problems.items():
            by_field.setdefault(key.split(".")[0], code)  # phones.1 -> phones
        for key, error in self._error_labels.items():
            problem = by_field.get(key)
            show_message(error, field_problem_text(problem) if problem else "")
        first_bad = next((key for key in self._field_widgets if key in by_field), None)
        if first_bad is not None:
            self._field_widgets[first_bad].setFocus()
