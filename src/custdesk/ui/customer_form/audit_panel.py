"""A customer's change history (修改记录): who changed what, when, and from what to what."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from custdesk.services.customers.customers import AuditRecord, CustomerService
from custdesk.ui.common.labels import GENDERS, REFERRER_KINDS, STAGES, TEMPERAMENTS, label
from custdesk.ui.common.operations import Operation
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditPanel", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditPanel", "Changed"),
    "trash": QT_TRANSLATE_NOOP("AuditPanel", "Moved to the Trash"),
    "restore": QT_TRANSLATE_NOOP("AuditPanel", "Restored from the Trash"),
    "merge": QT_TRANSLATE_NOOP("AuditPanel", "Merged with"),
    "unmerge": QT_TRANSLATE_NOOP("AuditPanel", "Merge undone with"),
    "purchase_added": QT_TRANSLATE_NOOP("AuditPanel", "Purchase added"),
    "purchase_removed": QT_TRANSLATE_NOOP("AuditPanel", "Purchase removed"),
}
MERGES = {"merge", "unmerge"}
CODED_FIELDS = {
    "gender": GENDERS,
    "temperament": TEMPERAMENTS,
    "stage": STAGES,
    "referrer_kind": REFERRER_KINDS,
}


class AuditPanel(QWidget):
    def __init__(
        self, customers: CustomerService, customer_id: int, field_names: dict[str, str]
    ) -> None:
        """``field_names``: the form's caption for each field, so the history speaks its words."""
        super().__init__()
        self._customers, self._customer_id = customers, customer_id
        self._field_names = field_names
        locale = QLocale()
        self.model: RecordTableModel[AuditRecord] = RecordTableModel(
            [
                Column(
                    lambda: self.tr("When"),
                    lambda a: locale.toString(a.changed_at, "yyyy-MM-dd HH:mm"),
                ),
                Column(lambda: self.tr("Who"), lambda a: a.actor),
                Column(lambda: self.tr("What"), self._what),
                Column(lambda: self.tr("Before"), lambda a: self._value(a, a.old_value)),
                Column(lambda: self.tr("After"), lambda a: self._value(a, a.new_value)),
            ]
        )
        self.table = record_table(self.model, self.tr("No changes recorded yet."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        # Read through an Operation: a disk or lock failure is told, not taken for a bug.
        Operation(self, None).run(self.reload)

    def reload(self) -> None:
        self.model.set_records(self._customers.history(self._customer_id))

    def _what(self, entry: AuditRecord) -> str:
        action = ACTIONS.get(entry.action)
        text = QCoreApplication.translate("AuditPanel", action) if action else entry.action
        if entry.action == "update" and entry.field:
            field = self._field_names.get(entry.field, entry.field)
            return self.tr("{change}: {field}").format(change=text, field=field)
        if entry.action in MERGES and entry.old_value:  # "12 张三": the other file
            return f"{text} {entry.old_value.partition(' ')[2]}"
        return text

    def _value(self, entry: AuditRecord, value: str | None) -> str:
        if value is None or entry.action in MERGES:
            return ""
        if entry.field == "is_important":
            return self.tr("Yes") if value == "True" else self.tr("No")
        table = CODED_FIELDS.get(entry.field)
        return label(table, value) if table else value
