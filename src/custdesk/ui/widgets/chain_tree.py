"""A referral chain as a tree: the customer at the top, everyone they brought in below, each
with their generation, status and spending since referred (the referrals page's right side)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from custdesk.services.referrals.reports import Chain
from custdesk.ui.common.display import money
from custdesk.ui.common.labels import REFERRAL_STATUSES, label
from custdesk.ui.models.record_table_model import RIGHT
from custdesk.ui.widgets.name_column import NameColumn
from custdesk.ui.widgets.wrapping_header import WrappingHeader

TREE_NAME, TREE_GENERATION, TREE_STATUS, TREE_SPENT, TREE_BELOW, TREE_BELOW_SPENT = range(6)
KEY_COLUMNS = 4  # the name, its own spending, the people below and what they spent
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
        self.setIndentation(14)  # six generations deep, a name still has room
        # The key figures beside the names, generation and status after them: where the page
        # is narrow (1024x600) what may go out of sight to the right is what the indentation
        # and the words say anyway, never the money ("¥64,99…" and "Own spending" were cut).
        header, last = self.header(), self.columnCount() - 1
        header.moveSection(header.visualIndex(TREE_GENERATION), last)
        header.moveSection(header.visualIndex(TREE_STATUS), last)
        # Each figure as wide as it needs, the names the rest: whole where there is room, a
        # long one elided before any money is cut; the clerk can still drag any column.
        self.names = NameColumn(self, TREE_NAME, KEY_COLUMNS)
        self.itemExpanded.connect(self.names.fit)

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
        self.names.fit()


def _align_figures(item: QTreeWidgetItem) -> None:
    """Numbers to the right, the top of the chain's as its people's below."""
    for column in FIGURES:
        item.setTextAlignment(column, RIGHT)
