"""Referrals (转介绍): the leaderboard for a period, any customer's chain as a tree, the share of
new customers who came by referral, and the rewards still owed."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custdesk import clock as shop_clock
from custdesk.periods import month_start
from custdesk.services.customers.customer_list import CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.referrals.referrals import ReferralRecord, ReferralService
from custdesk.services.referrals.reports import Chain, LeaderboardRow, MonthShare, ReferralReports
from custdesk.services.referrals.rewards import RewardRecord, RewardService
from custdesk.services.spreadsheets.export_reports import ExportService
from custdesk.ui.common.background_job import BackgroundJob, start_export
from custdesk.ui.common.display import money, percent, short_date
from custdesk.ui.common.i18n import export_language
from custdesk.ui.common.labels import REFERRER_KINDS, REWARD_KINDS, label
from custdesk.ui.common.look_only import set_aside
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation, query
from custdesk.ui.common.refresh_on_change import RefreshOnChange
from custdesk.ui.common.save_places import ask_save_path
from custdesk.ui.dialogs.reward_dialog import RewardDialog
from custdesk.ui.models.record_table_model import Column, RecordTableModel, record_table
from custdesk.ui.widgets.chain_tree import TREE_NAME, ChainTree
from custdesk.ui.widgets.customer_picker import CustomerPicker
from custdesk.ui.widgets.name_column import NameColumn, whole_width
from custdesk.ui.widgets.new_customer_shares import new_customer_shares
from custdesk.ui.widgets.wrapping_header import WrappingHeader

MONTHS_SHOWN = 12
BOARD_KEY_COLUMNS = 5  # the referrer, referred, converted, spent and the whole chain


class ReferralsPage(QWidget):
    # Enter or a double-click on a referrer of the leaderboard or anyone in the chain: their file
    open_customer = Signal(int)

    def __init__(
        self,
        *,
        referral_reports: ReferralReports,
        referrals: ReferralService,
        rewards: RewardService,
        customers: CustomerService,
        customer_list: CustomerListService,
        exports: ExportService,
        changes: ChangeNotifier,
    ) -> None:
        super().__init__()
        self._reports = referral_reports
        self._referrals = referrals
        self._rewards = rewards
        self._customers = customers  # a referrer's kind suggests the reward
        self._exports = exports
        self._changes = changes
        self.chain: Chain | None = None

        self.period_combo = QComboBox()
        for text, days in (
            (self.tr("This month"), "month"),
            (self.tr("Last 3 months"), "quarter"),
            (self.tr("This year"), "year"),
            (self.tr("All time"), "all"),
        ):
            self.period_combo.addItem(text, days)
        self.period_combo.currentIndexChanged.connect(self.reload)
        self.figures_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.ask_export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period_combo)
        top.addWidget(self.figures_label, 1)
        top.addWidget(self.export_button)

        self.leaderboard: RecordTableModel[LeaderboardRow] = RecordTableModel(
            [
                Column(lambda: self.tr("Referrer"), lambda r: r.name),
                Column(
                    lambda: self.tr("Referrer type"),
                    lambda r: label(REFERRER_KINDS, r.referrer_kind),
                ),
                Column(lambda: self.tr("Referred"), lambda r: str(r.direct), align_right=True),
                Column(lambda: self.tr("Converted"), lambda r: str(r.converted), align_right=True),
                Column(
                    lambda: self.tr("Spent by people they referred"),
                    lambda r: money(r.spent_since_referral_cents),
                    align_right=True,
                    tip=lambda: self.tr(
                        "What the people they referred in this period, who converted, have "
                        "spent since the day each was referred (spending before that is not "
                        "theirs to credit)."
                    ),
                ),
                Column(
                    lambda: self.tr("Whole chain"),
                    lambda r: str(r.chain_size),
                    align_right=True,
                    tip=lambda: self.tr(
                        "Everyone below them in their chain, at any depth and status, whenever "
                        "referred; customers in the Trash are left out."
                    ),
                ),
            ]
        )
        self.leaderboard_table = record_table(
            self.leaderboard, self.tr("Nobody referred a customer in this period.")
        )
        board_header = WrappingHeader(self.leaderboard_table)
        self.leaderboard_table.setHorizontalHeader(board_header)
        # The figures beside the names, the referrer's type after them: where the page is
        # narrow it is what goes out of sight to the right. The names take what the figures
        # leave, never less than a name's first characters (at 1024x600 they were "…").
        board_header.moveSection(1, board_header.count() - 1)
        self.board_names = NameColumn(
            self.leaderboard_table, 0, BOARD_KEY_COLUMNS, least="Alexandra…"
        )
        self.leaderboard_table.selectionModel().selectionChanged.connect(self._leader_chosen)
        self.leaderboard_table.activated.connect(
            lambda index: self.open_customer.emit(self.leaderboard.record(index.row()).customer_id)
        )

        self.picker = CustomerPicker(customer_list)
        self.picker.matches.setFixedHeight(70)
        self.picker.picked.connect(self.show_chain)
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.tree = ChainTree()
        self.tree.itemActivated.connect(self._open_in_tree)
        self.reward_button = QPushButton(self.tr("Reward the referrer…"))
        self.reward_button.clicked.connect(self.reward_selected)
        chain_box = QWidget()
        chain_layout = QVBoxLayout(chain_box)
        chain_layout.setContentsMargins(0, 0, 0, 0)
        chain_layout.addWidget(self.picker)
        chain_layout.addWidget(self.chain_label)
        chain_layout.addWidget(self.tree, 1)
        chain_layout.addWidget(self.reward_button, 0, Qt.AlignmentFlag.AlignRight)

        self.shares: RecordTableModel[MonthShare] = new_customer_shares()
        self.shares_table = record_table(self.shares)
        shares_header = WrappingHeader(self.shares_table)
        self.shares_table.setHorizontalHeader(shares_header)
        shares_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.owed: RecordTableModel[RewardRecord] = RecordTableModel(
            [
                Column(lambda: self.tr("Referrer"), lambda r: r.referrer_name),
                Column(lambda: self.tr("For bringing"), lambda r: r.referred_name),
                Column(lambda: self.tr("Reward"), lambda r: label(REWARD_KINDS, r.kind)),
                Column(
                    lambda: self.tr("Value"),
                    lambda r: money(r.value_cents) if r.value_cents is not None else "",
                    align_right=True,
                ),
                Column(lambda: self.tr("Owed since"), lambda r: short_date(r.owed_since)),
                Column(lambda: self.tr("Description"), lambda r: r.description),
            ]
        )
        self.owed_table = record_table(self.owed, self.tr("No rewards owed. Well done!"))
        self.owed_table.horizontalHeader().setStretchLastSection(True)
        self.given_button = QPushButton(self.tr("Mark as given"))
        self.given_button.clicked.connect(self.mark_given)
        owed_box = QWidget()
        owed_layout = QVBoxLayout(owed_box)
        owed_layout.addWidget(self.owed_table, 1)
        owed_layout.addWidget(self.given_button, 0, Qt.AlignmentFlag.AlignRight)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.shares_table, self.tr("New customers by referral"))
        self.lower_tabs.addTab(owed_box, self.tr("Rewards owed"))

        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("referralsLeftSplitter")  # its sizes are remembered
        left.addWidget(self.leaderboard_table)
        left.addWidget(self.lower_tabs)
        columns = self.columns = QSplitter()
        columns.setObjectName("referralsSplitter")
        columns.addWidget(left)
        columns.addWidget(chain_box)
        columns.setStretchFactor(0, 1)
        columns.setStretchFactor(1, 1)
        # The width shared by what each side needs, until the clerk drags the divider.
        self._divider_dragged = False
        columns.splitterMoved.connect(self._divider_moved)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(columns, 1)
        # Names, spending and the Trash come from the customers' files.
        shows = Changes.REFERRALS | Changes.CUSTOMERS
        self.refresher = RefreshOnChange(self, changes, shows, self.reload)

    # -- loading ----------------------------------------------------------------------------
    def period(self, today: dt.date | None = None) -> tuple[dt.date | None, dt.date]:
        today = today or shop_clock.today()
        choice = self.period_combo.currentData()
        if choice == "month":
            return month_start(today), today
        if choice == "quarter":
            return month_start(today, 2), today
        if choice == "year":
            return today.replace(month=1, day=1), today
        return None, today

    def reload(self) -> None:
        since, until = self.period()
        reports = self._reports
        board = reports.leaderboard(since, until)
        self.leaderboard.set_records(board)
        self.board_names.fit()
        self._keep_key_columns_in_sight()
        figures = reports.figures(since, until)
        text = self.tr("Referrals: {count} · Converted: {converted} ({rate})").format(
            count=QLocale().toString(figures.referrals),
            converted=QLocale().toString(figures.converted),
            rate=percent(figures.conversion_rate),
        )
        referrers = reports.referrer_count(since, until)
        if referrers > len(board):  # the leaderboard is the top: say of how many
            text += " · " + self.tr("Top {shown} of {count} referrers shown").format(
                shown=QLocale().toString(len(board)), count=QLocale().toString(referrers)
            )
        self.figures_label.setText(text)
        self.shares.set_records(reports.monthly_share(MONTHS_SHOWN, until)[::-1])
        self.owed.set_records(self._rewards.owed())
        owed = QLocale().toString(len(self.owed.records()))
        self.lower_tabs.setTabText(1, self.tr("Rewards owed ({count})").format(count=owed))
        if self.chain is not None:
            self.show_chain(self.chain.root_id)

    def ask_export(self) -> BackgroundJob | None:
        path = ask_save_path(self, self.tr("referrals.xlsx"))
        return self.export_to(path) if path else None

    def export_to(self, path: Path) -> BackgroundJob:
        """The leaderboard and the chains for the period shown."""
        since, until = self.period()
        builder = self._exports.builder(export_language())
        return start_export(self, lambda: builder.referrals(since, until), path)

    def look_only(self) -> None:
        """In a backup's window: the figures and chains to read, no reward to note or give."""
        set_aside(self.reward_button, self.given_button)

    def focus_list(self) -> None:
        """F6: into the leaderboard, the selected (or top) referrer selected, whose chain is
        then shown beside it."""
        self.leaderboard_table.focus_row()

    # -- chain ------------------------------------------------------------------------------
    def _leader_chosen(self) -> None:
        rows = self.leaderboard_table.selectionModel().selectedRows()
        if rows:
            self.show_chain(self.leaderboard.record(rows[0].row()).customer_id)

    def show_chain(self, customer_id: int) -> None:
        chain = self.chain = self._reports.chain(customer_id)
        upline = " ← ".join(escape(name) for _id, name in chain.upline)
        summary = self.tr(
            "<b>{name}</b> brought in {direct} directly, {total} in all over {generations} "
            "generations, who have spent {revenue} since each was referred."
        ).format(
            name=escape(chain.root_name),
            direct=QLocale().toString(chain.direct),
            total=QLocale().toString(chain.total),
            generations=QLocale().toString(chain.generations),
            revenue=money(chain.revenue_cents),
        )
        if upline:
            summary += " " + self.tr("Brought in by: {upline}.").format(upline=upline)
        self.chain_label.setText(summary)
        self.tree.fill(chain)
        self._keep_key_columns_in_sight()

    def _keep_key_columns_in_sight(self) -> None:
        """Neither side of the page narrower than its names' first characters and its key
        figures: the splitter between them gives each that much first."""
        self.leaderboard_table.setMinimumWidth(self.board_names.key_width())
        self.shares_table.setMinimumWidth(whole_width(self.shares_table))
        self.tree.setMinimumWidth(self.tree.names.key_width())
        self._share_width()

    def _share_width(self) -> None:
        """The page's width split between the leaderboard and the chain: each side its key
        figures first, then what is left as each needs to show the rest whole (1:1 left the
        tree's money out of sight on a 1366 screen)."""
        total = sum(self.columns.sizes())
        if self._divider_dragged or total <= 0:
            return
        shares = whole_width(self.shares_table)
        least = max(self.board_names.key_width(), shares), self.tree.names.key_width()
        whole = max(self.board_names.whole_width(), shares), self.tree.names.whole_width()
        wants = whole[0] - least[0], whole[1] - least[1]
        spare = total - sum(least)
        if spare >= sum(wants):
            left = whole[0] + (spare - sum(wants)) // 2
        else:
            left = least[0] + round(max(spare, 0) * wants[0] / max(sum(wants), 1))
        self.columns.setSizes([left, total - left])

    def _divider_moved(self) -> None:
        self._divider_dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _open_in_tree(self, item: QTreeWidgetItem) -> None:
        customer_id = item.data(TREE_NAME, Qt.ItemDataRole.UserRole)
        if customer_id is None and item.parent() is None and self.chain is not None:
            customer_id = self.chain.root_id  # the top of the chain carries no id of its own
        if customer_id is not None:
            self.open_customer.emit(int(customer_id))

    def reward_selected(self) -> RewardDialog | None:
        item = self.tree.currentItem()
        customer_id = item.data(TREE_NAME, Qt.ItemDataRole.UserRole) if item else None
        if customer_id is None:
            return None
        found = query(self, lambda: self._referral_of(int(customer_id)))
        if found is None or found[0] is None:
            return None  # not readable (told), or came on their own: nobody to thank
        link, kind = found
        summary = self.tr("{referrer} for bringing in {referred}").format(
            referrer=link.referrer_name, referred=link.referred_name
        )
        dialog = RewardDialog(
            rewards=self._rewards,
            changes=self._changes,
            referral_id=link.id,
            summary=summary,
            referrer_kind=kind,
            parent=self,
        )
        dialog.open()
        return dialog

    def _referral_of(self, customer_id: int) -> tuple[ReferralRecord | None, str | None]:
        """How this customer came, and their referrer's kind (for the suggested reward)."""
        link = self._referrals.referral_of(customer_id)
        if link is None:
            return None, None
        return link, self._customers.referrer_kind(link.referrer_id)

    def mark_given(self) -> None:
        rows = self.owed_table.selectionModel().selectedRows()
        if rows:
            reward_id = self.owed.record(rows[0].row()).id
            Operation(self, self._changes, Changes.REFERRALS).run(
                lambda: self._rewards.mark_given(reward_id)
            )
