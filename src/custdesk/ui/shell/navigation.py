"""The left-hand page list (Today, Customers, ...), with room for a count beside each page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem


class NavigationBar(QListWidget):
    page_selected = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("navigation")
        self.setIconSize(QSize(22, 22))
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setFixedWidth(170)
        self.currentRowChanged.connect(self._emit_page)
        self._labels: dict[str, str] = {}

    def add_page(self, key: str, label: str, icon: QIcon, explanation: str = "") -> None:
        item = QListWidgetItem(icon, label)
        item.setToolTip(explanation)
        item.setData(QListWidgetItem.ItemType.UserType, key)
        self._labels[key] = label
        item.setSizeHint(QSize(150, 40))
        self.addItem(item)

    def set_count(self, key: str, count: int) -> None:
        """'Today  12': how much waits on that page (nothing shown for 0)."""
        for row in range(self.count()):
            if self.key_at(row) == key:
                suffix = f"  ({QLocale().toString(count)})" if count else ""
                self.item(row).setText(self._labels[key] + suffix)
                return
        raise KeyError(key)

    def key_at(self, row: int) -> str:
        return str(self.item(row).data(QListWidgetItem.ItemType.UserType))

    def select(self, key: str) -> None:
        for row in range(self.count()):
            if self.key_at(row) == key:
                self.setCurrentRow(row)
                return
        raise KeyError(key)

    def hide_page(self, key: str) -> None:
        for row in range(self.count()):
            if self.key_at(row) == key:
                self.item(row).setHidden(True)

    def _emit_page(self, row: int) -> None:
        if row >= 0:
            self.page_selected.emit(self.key_at(row))


# (key, name, what the page is for), in the order the bar lists them.
PAGES = (
    (
        "today",
        QT_TRANSLATE_NOOP("NavigationBar", "Today"),
        QT_TRANSLATE_NOOP(
            "NavigationBar",
            "Follow-ups due, birthdays, holiday greetings and customers going quiet "
            "will be listed here each day.",
        ),
    ),
    (
        "customers",
        QT_TRANSLATE_NOOP("NavigationBar", "Customers"),
        QT_TRANSLATE_NOOP(
            "NavigationBar", "Every customer's file: profile, purchases, personality and birthday."
        ),
    ),
    (
        "visits",
        QT_TRANSLATE_NOOP("NavigationBar", "Visits"),
        QT_TRANSLATE_NOOP("NavigationBar", "Every visit, call-back and greeting, newest first."),
    ),
    (
        "referrals",
        QT_TRANSLATE_NOOP("NavigationBar", "Referrals"),
        QT_TRANSLATE_NOOP(
            "NavigationBar",
            "Who brought whom: referral chains, rewards owed and the best referrers.",
        ),
    ),
    (
        "complaints",
        QT_TRANSLATE_NOOP("NavigationBar", "Complaints"),
        QT_TRANSLATE_NOOP(
            "NavigationBar",
            "Complaints and how fast they were resolved — the same day, if possible.",
        ),
    ),
    (
        "reports",
        QT_TRANSLATE_NOOP("NavigationBar", "Reports"),
        QT_TRANSLATE_NOOP(
            "NavigationBar", "Monthly figures and charts for the shop owner, ready for Excel."
        ),
    ),
    (
        "backups",
        QT_TRANSLATE_NOOP("NavigationBar", "Backups"),
        QT_TRANSLATE_NOOP(
            "NavigationBar",
            "Copies of the customer file, made by themselves; restore one if needed.",
        ),
    ),
)


def page_texts() -> list[tuple[str, str, str]]:
    """Each page's key, name and purpose in the clerk's language."""
    return [
        (
            key,
            QCoreApplication.translate("NavigationBar", name),
            QCoreApplication.translate("NavigationBar", purpose),
        )
        for key, name, purpose in PAGES
    ]
