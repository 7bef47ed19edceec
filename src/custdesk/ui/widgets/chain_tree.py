"""A referral chain as a tree: the customer at the top, everyone they brought in below, each
with their generation, status and spending since referred (the referrals page's right side)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from custdesk.services.referrals.reports import Chain
from custdesk.ui.common.display import money
from custdesk.ui.common.labels import REFERRAL_STATUSES, label
from custdesk.ui.models.record_table_model import RIGHT
from custdesk.ui.widgets.wrapping_header import WrappingHeader

TREE_NAME, TREE_GENERATION, TREE_STATUS, TREE_SPENT, TREE_BELOW, TREE_BELOW_SPENT = range(6)
FIGURES = (TREE_GENERATION, TREE_SPENT, TREE_BELOW, TREE_BELOW_SPENT)


class ChainTree(QTreeWidget):
    """Each row's customer id is the name column's UserRole (none on the top row)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHeader(WrappingHeader(self, Qt.AlignmentFlag.AlignLeft))
        self.setHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Generation"),
                self.tr("Status"),
                self.tr("Own spending since referred"),
                self.tr("People below"),
                self.tr("Spent by the chain below"),
            ]
        )
        # What each spending column counts: since each one's referral, never before; and the
        # one numbering of generations the chains sheet uses too.
        header = self.headerItem()
        header.setToolTip(
            TREE_GENERATION,
            self.tr(
                "1 = brought in directly by the customer at the top of this tree, 2 = by one "
                "of those, and so on. The chains sheet counts the same way from the first "
                "customer of each chain."
            ),
        )
        header.setToolTip(
            TREE_SPENT, self.tr("What this customer has spent since the day they were referred.")
        )
        header.setToolTip(
            TREE_BELOW_SPENT,
            self.tr(
                "What everyone below this customer, at any depth, has spent since each was "
                "referred, whether converted or not: spent by their whole chain. Customers in "
                "the Trash are left out."
            ),
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        # Each column as wide as what it shows when a chain is filled in, names whole first
        # (a stretched name column got what the figures left: "Cus…", and could not be
        # dragged); the clerk can still drag any of them wider or narrower.
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(False)
        self.itemExpanded.connect(self._widen_names)

    def fill(self, chain: Chain) -> None:
        self.clear()
        below = chain.below()
        items: dict[int, QTreeWidgetItem] = {}
        root = QTreeWidgetItem(
            [
                chain.root_name,
                QLocale().toString(0),
                "",
                "",
                QLocale().toString(chain.total),
                money(chain.revenue_cents),
            ]
        )
        _align_figures(root)
        self.addTopLevelItem(root)
        items[chain.root_id] = root
        for node in chain.nodes:  # generation by generation: parents come first
            count, spent = below[node.customer_id]
            name = node.name + (self.tr(" (in Trash)") if node.in_trash else "")
            item = QTreeWidgetItem(
                [
                    name,
                    QLocale().toString(node.generation),
                    label(REFERRAL_STATUSES, node.status),
                    "" if node.in_trash else money(node.spent_cents),  # counted nowhere
                    QLocale().toString(count) if count else "",
                    money(spent) if count else "",
                ]
            )
            item.setData(TREE_NAME, Qt.ItemDataRole.UserRole, node.customer_id)
            _align_figures(item)
            items.get(node.parent_id, root).addChild(item)
            items[node.customer_id] = item
        root.setExpanded(True)
        if chain.total <= 200:
            self.expandAll()
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)

    def _widen_names(self) -> None:
        """A branch opened by the clerk: its names whole too, a width dragged wider kept."""
        needed = self.sizeHintForColumn(TREE_NAME)
        if needed > self.columnWidth(TREE_NAME):
            self.setColumnWidth(TREE_NAME, needed)


def _align_figures(item: QTreeWidgetItem) -> None:
    """Numbers to the right, the top of the chain's as its people's below."""
    for column in FIGURES:
        item.setTextAlignment(column, RIGHT)
