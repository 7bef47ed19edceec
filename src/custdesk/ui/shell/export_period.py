"""The period File ▸ Export reports opens on: the one the Reports page shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from custdesk import clock as shop_clock
from custdesk.ui.dialogs.export_dialog import ShownPeriod

if TYPE_CHECKING:
    from custdesk.ui.pages.reports_page import ReportsPage


def reports_period(page: ReportsPage | None) -> ShownPeriod:
    """The Reports page's period, named as its choice names it; before the page was first
    opened (or while a date typed there is no date), the period it opens on: the last 12
    months, this one included."""
    from custdesk.ui.pages.reports_page import preset_range

    if page is not None:
        dates = page.period()
        if dates is not None:
            return ShownPeriod(page.period_combo.currentText(), *dates)
    since, until = preset_range("12", shop_clock.today())
    return ShownPeriod(QCoreApplication.translate("ReportsPage", "Last 12 months"), since, until)
