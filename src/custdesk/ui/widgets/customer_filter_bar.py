"""Search box and quick filters above the customer list; emits the whole filter on any change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from custdesk import clock as shop_clock
from custdesk.services.customers.customer_list import CustomerFilter
from custdesk.ui.common.labels import STAGES, TEMPERAMENTS

SEARCH_DELAY_MS = 150  # long enough to skip keystrokes in a burst, short enough to feel instant


class CustomerFilterBar(QWidget):
    changed = Signal(object)  # CustomerFilter

    def __init__(
        self, tag_names: Callable[[], list[str]], *, today: Callable[[], dt.date] = shop_clock.today
    ) -> None:
        super().__init__()
        self._tag_names = tag_names
        self._today = today
        self.search_box = QLineEdit()
        self.search_box.setObjectName("customerSearch")
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin (zs), phone or tag"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.emit_filter)
        self.search_box.textChanged.connect(self._search_timer.start)

        self.stage_filter = self._combo(self.tr("All stages"), STAGES)
        self.temperament_filter = self._combo(self.tr("All temperaments"), TEMPERAMENTS)
        self.tag_filter = QComboBox()
        self.reload_tags()
        self.tag_filter.currentIndexChanged.connect(self.emit_filter)
        self.complaint_check = QCheckBox(self.tr("Open complaint"))
        self.birthday_check = QCheckBox(self.tr("Birthday this month"))
        self.trash_check = QCheckBox(self.tr("Trash"))
        for check in (self.complaint_check, self.birthday_check, self.trash_check):
            check.toggled.connect(self.emit_filter)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_box, 1)
        quick = QHBoxLayout()
        quick.setContentsMargins(0, 0, 0, 0)
        for widget in (self.stage_filter, self.temperament_filter, self.tag_filter):
            quick.addWidget(widget)
        for widget in (self.complaint_check, self.birthday_check):
            quick.addWidget(widget)
        quick.addStretch(1)
        quick.addWidget(self.trash_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(quick)

    def _combo(self, everything: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, source in labels.items():
            combo.addItem(QCoreApplication.translate("labels", source), code)
        combo.currentIndexChanged.connect(self.emit_filter)
        return combo

    def reload_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name in self._tag_names():
            self.tag_filter.addItem(name, name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            text=self.search_box.text().strip(),
            stage=self.stage_filter.currentData(),
            temperament=self.temperament_filter.currentData(),
            tag=self.tag_filter.currentData(),
            has_open_complaint=self.complaint_check.isChecked(),
            birthday_month=self._today().month if self.birthday_check.isChecked() else None,
            in_trash=self.trash_check.isChecked(),
        )

    def emit_filter(self) -> None:
        self._search_timer.stop()
        self.changed.emit(self.current_filter())
