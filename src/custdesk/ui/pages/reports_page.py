"""Reports (报表): the owner's dashboard — six charts over a period of months, each of which can
be saved as a picture or taken to Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCharts import QChart
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.periods import month_start
from custdesk.services.complaints.figures import FIGURE_WORDS, SAME_DAY_DEFINITION
from custdesk.services.spreadsheets.dashboard import Dashboard, DashboardService
from custdesk.ui.common.display import hint_label, message_label, percent
from custdesk.ui.common.operations import ChangeNotifier, Changes
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.widgets import dashboard_charts as charts
from custdesk.ui.widgets.chart_card import ChartCard, ChartTable
from custdesk.ui.widgets.date_field import DateField, dates_read

Draw = Callable[[Dashboard], tuple[QChart, ChartTable]]
CUSTOM = "custom"
MAX_COLUMNS = 3
CARD_WIDTH = 480  # narrower, and legends and month names would be cut


def preset_range(choice: str, today: dt.date) -> tuple[dt.date, dt.date]:
    if choice == "6":
        return month_start(today, 5), today
    if choice == "24":
        return month_start(today, 23), today
    if choice == "this_year":
        return today.replace(month=1, day=1), today
    if choice == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return month_start(today, 11), today  # the last 12 months, this one included


# New customers, purchases and referrals, visits and satisfaction, complaints.
SHOWS = Changes.CUSTOMERS | Changes.VISITS | Changes.COMPLAINTS | Changes.REFERRALS


class ReportsPage(QWidget):
    def __init__(
        self,
        *,
        dashboard: DashboardService,
        changes: ChangeNotifier,
        today: Callable[[], dt.date] = shop_clock.today,
    ) -> None:
        super().__init__()
        self._dashboard = dashboard
        self._today = today
        self.dashboard: Dashboard | None = None

        self.period_combo = QComboBox()
        for text, key in (
            (self.tr("Last 12 months"), "12"),
            (self.tr("Last 6 months"), "6"),
            (self.tr("Last 24 months"), "24"),
            (self.tr("This year"), "this_year"),
            (self.tr("Last year"), "last_year"),
            (self.tr("Chosen dates"), CUSTOM),
        ):
            self.period_combo.addItem(text, key)
        self.since_edit = self._date_edit()
        self.until_edit = self._date_edit()
        self.dates_error = message_label()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.period_combo.currentIndexChanged.connect(self._preset_chosen)
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period_combo)  # Alt+P, past the charts' many buttons
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period_combo)
        top.addWidget(QLabel(self.tr("from")))
        top.addWidget(self.since_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.until_edit)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.summary_label = hint_label()

        self.cards: dict[str, ChartCard] = {}
        self._draw: dict[str, Draw] = {}
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        for key, title, draw in self._chart_list():
            self.cards[key], self._draw[key] = ChartCard(key, title), draw
        # Each chart says what it counts when its title or bars are hovered (issue 20: 41% of
        # new files had never bought, and nothing said so).
        for key, definition in self.definitions().items():
            self.cards[key].define(definition)
        self.summary_label.setToolTip("\n\n".join(self.definitions().values()))
        self.columns = 0
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(grid_host)
        self._arrange(2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dates_error)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.scroll, 1)
        # Drawn when first shown, then after a change it shows or a new period.
        self.refresher = RefreshOnChange(self, changes, SHOWS, self.reload)
        self.refresh_button.clicked.connect(self.refresher.refresh_now)
        self._preset_chosen()

    def _chart_list(self) -> list[tuple[str, str, Draw]]:
        return [
            (
                "new_customers",
                self.tr("New files and first-time buyers per month"),
                charts.new_customers,
            ),
            ("visits", self.tr("Visits per month, by kind"), charts.visits_by_kind),
            (
                "referral_share",
                # It plots a percentage: a share, not a count of files.
                self.tr("Share of new files who came by referral (converted)"),
                charts.referral_share,
            ),
            ("satisfaction", self.tr("Average satisfaction"), charts.satisfaction),
            ("complaints", self.tr("Complaints and same-day resolution"), charts.complaints),
            ("top_referrers", self.tr("Top 10 referrers"), charts.top_referrers),
        ]

    def definitions(self) -> dict[str, str]:
        """Each chart's definition, by its key (README, "Reports: what each figure counts")."""
        same_day = QCoreApplication.translate(FIGURE_WORDS, SAME_DAY_DEFINITION)
        return {
            "new_customers": self.new_customers_tip(),
            "visits": self.tr(
                "Visits: visits logged in the month, by the shop's day they happened, each "
                "kind apart. Customers in the Trash are left out."
            ),
            "referral_share": self.referral_tip(),
            "satisfaction": self.tr(
                "Average satisfaction: the rated visits' scores added up, divided by how many "
                "were rated; a visit without a rating is no zero. Customers in the Trash are "
                "left out."
            ),
            "complaints": self.tr(
                "Complaints: complaints received in the month, whatever became of them."
            )
            + "\n"
            + same_day,  # the one rate (complaints.figures)
            "top_referrers": self.tr(
                "Referred: referrals made in the period (by referral date), neither the "
                "referrer nor the referred customer in the Trash. Ranked by referrals, then by "
                "what the people they referred who converted spent since each referral, then "
                "by name."
            ),
        }

    def ranking_note(self, board: Dashboard) -> str:
        """The line under the top referrers' title: how they are ranked, of how many, and
        who has as many referrals as the last one shown but is not."""
        locale = QLocale()
        if board.referrers > len(board.top_referrers):
            note = self.tr(
                "Top {shown} of {count} referrers, ranked by referrals made in the period, "
                "then by what the converted ones spent since being referred, then by name."
            ).format(
                shown=locale.toString(len(board.top_referrers)),
                count=locale.toString(board.referrers),
            )
        else:
            note = self.tr(
                "Ranked by referrals made in the period, then by what the converted ones "
                "spent since being referred, then by name."
            )
        if board.tied_left_out:
            note += self.tr(
                " Not shown: {more} more with the same number of referrals ({referrals})."
            ).format(
                more=locale.toString(board.tied_left_out),
                referrals=locale.toString(board.top_referrers[-1].direct),
            )
        return note

    def new_customers_tip(self) -> str:
        return self.tr(
            "New customer files: customers filed in the month, whether or not they have "
            "bought. First-time buyers: customers whose first purchase falls in the month, "
            "whenever they were filed. Customers in the Trash are left out of both."
        )

    def referral_tip(self) -> str:
        return self.tr(
            "Came by referral: the month's new files whose referral has converted. Referral "
            "leads: new files referred who have not converted (a lead, visited or lost). The "
            "share is the converted ones of all the month's new files."
        )

    def _date_edit(self) -> DateField:
        edit = DateField(required=True)
        edit.edited.connect(self._dates_edited)
        return edit

    def _arrange(self, columns: int) -> None:
        """Charts side by side as far as the width allows (1–3 columns), never clipped."""
        if columns == self.columns:
            return
        self.columns = columns
        for index, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width() - 40  # the page's margins and the scroll bar
        self._arrange(max(1, min(MAX_COLUMNS, width // CARD_WIDTH)))

    def focus_list(self) -> None:
        """F6: this page has charts, not a list: to the first drawn chart's Excel… button (its
        figures as a table), scrolled into view; Tab goes on through the charts."""
        drawn = [card for card in self.cards.values() if not card.is_empty()]
        if drawn:
            drawn[0].excel_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.scroll.ensureWidgetVisible(drawn[0])

    def focus_period(self) -> None:
        """Ctrl+6: the clerk lands in the Period box, where a change of the charts starts
        (the focus stayed in the navigation, unseen, eleven Shift+Tabs from here)."""
        self.period_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- period -----------------------------------------------------------------------------
    def _preset_chosen(self) -> None:
        choice = self.period_combo.currentData()
        if choice == CUSTOM:
            return
        since, until = preset_range(choice, self._today())
        for edit, day in ((self.since_edit, since), (self.until_edit, until)):
            edit.show_date(day)
        self.refresher.mark_stale()

    def _dates_edited(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(CUSTOM))
        self.period_combo.blockSignals(False)
        self.refresher.mark_stale()

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The dates shown, earlier first; None when one typed is no date (then told under
        the dates, and the charts stay as they were)."""
        if not dates_read(self.dates_error, self.since_edit, self.until_edit):
            return None
        since, until = self.since_edit.date(), self.until_edit.date()
        if since is None or until is None:
            return None
        return (since, until) if since <= until else (until, since)

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        period = self.period()
        if period is None:
            return
        since, until = period
        board = self.dashboard = self._dashboard.dashboard(since, until)
        subtitle = charts.period_text(board)
        active = charts.has_activity(board.months)
        for key, card in self.cards.items():
            if key == "top_referrers":
                card.set_note(self.ranking_note(board) if board.top_referrers else "")
                if board.top_referrers:
                    card.show_chart(*self._draw[key](board), subtitle)
                else:
                    card.show_empty(self.tr("Nobody referred a customer in this period."))
            elif active:
                card.show_chart(*self._draw[key](board), subtitle)
            else:
                card.show_empty(self.tr("Nothing was recorded in this period."))
        self.summary_label.setText(self._summary(board))

    def _summary(self, board: Dashboard) -> str:
        locale = QLocale()
        new = sum(m.new_customers for m in board.months)
        buyers = sum(m.first_time_buyers for m in board.months)
        referred = sum(m.by_referral for m in board.months)
        raised = sum(m.complaints for m in board.months)
        quick = sum(m.resolved_same_day for m in board.months)
        return self.tr(
            "{period}: {new} new files, {buyers} first-time buyers, {share} came by referral "
            "· {visits} visits · {complaints} complaints, {same_day} resolved the same day"
        ).format(
            period=charts.period_text(board),
            new=locale.toString(new),
            buyers=locale.toString(buyers),
            share=percent(referred / new if new else None),
            visits=locale.toString(sum(m.visits for m in board.months)),
            complaints=locale.toString(raised),
            same_day=percent(quick / raised if raised else None),
        )
