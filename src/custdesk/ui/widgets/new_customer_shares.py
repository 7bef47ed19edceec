"""The referrals page's monthly table of newcomers: new files and first-time buyers side by
side, the new files that came by a converted referral, the referral leads apart, and the share;
each column says in its tooltip what it counts (issue 20)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from custdesk.services.referrals.reports import MonthShare
from custdesk.ui.common.display import percent
from custdesk.ui.models.record_table_model import Column, RecordTableModel


def new_customer_shares() -> RecordTableModel[MonthShare]:
    """A model of MonthShare rows, one a month."""
    return RecordTableModel(
        [
            Column(lambda: QCoreApplication.translate("ReferralsPage", "Month"), lambda m: m.month),
            Column(
                # Short, so that the six columns fit a 1024 px screen; the tip says it whole.
                lambda: QCoreApplication.translate("ReferralsPage", "New files"),
                lambda m: str(m.new_customers),
                align_right=True,
                tip=lambda: QCoreApplication.translate(
                    "ReferralsPage",
                    "New customer files: customers filed in the month, whether or not they "
                    "have bought; customers in the Trash are left out.",
                ),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralsPage", "First-time buyers"),
                lambda m: str(m.first_buyers),
                align_right=True,
                tip=lambda: QCoreApplication.translate(
                    "ReferralsPage",
                    "Customers whose first purchase falls in the month, whenever they were "
                    "filed; customers in the Trash are left out.",
                ),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralsPage", "By referral (converted)"),
                lambda m: str(m.referred),
                align_right=True,
                tip=lambda: QCoreApplication.translate(
                    "ReferralsPage", "The month's new files whose referral has converted."
                ),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralsPage", "Referral leads"),
                lambda m: str(m.referral_leads),
                align_right=True,
                tip=lambda: QCoreApplication.translate(
                    "ReferralsPage",
                    "The month's new files referred who have not converted (a lead, visited "
                    "or lost).",
                ),
            ),
            Column(
                lambda: QCoreApplication.translate("ReferralsPage", "Share"),
                lambda m: percent(m.share),
                align_right=True,
                tip=lambda: QCoreApplication.translate(
                    "ReferralsPage", "By referral (converted) of all the month's new files."
                ),
            ),
        ]
    )
