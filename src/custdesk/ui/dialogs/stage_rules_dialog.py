"""How a customer's stage is decided, with the shop's own thresholds (Help ▸ Customer stages).

The list is stages.STAGE_RULES as compute_stage walks it, in its order: the help cannot tell
an order the code does not follow."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.services.customers.stages import STAGE_RULES
from custdesk.services.shop.settings import ShopSettings
from custdesk.ui.common.display import money
from custdesk.ui.common.labels import STAGES, label


def stage_rules_text(settings: ShopSettings) -> str:
    locale = QLocale()
    values = {
        "spend": money(settings.vip_spend_cents),
        "regular": locale.toString(settings.regular_purchases),
        "dormant": locale.toString(settings.dormant_after_days),
        "lost": locale.toString(settings.lost_after_days),
    }
    items = "".join(
        f"<li><b>{escape(label(STAGES, rule.stage))}</b>: "
        f"{escape(QCoreApplication.translate('stage_rules', rule.words).format(**values))}</li>"
        for rule in STAGE_RULES
    )
    footer = QCoreApplication.translate(
        "stage_rules",
        "Checked from the top: the first rule that fits gives the stage. Stages are updated "
        "every day.",
    )
    return f"<ol>{items}</ol><p>{footer}</p>"


def show_stage_rules(parent: QWidget, settings: ShopSettings) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("stage_rules", "Customer stages"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(stage_rules_text(settings))
    box.open()
    return box
