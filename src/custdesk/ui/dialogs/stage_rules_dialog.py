"""How a customer's stage is decided, with the shop's own thresholds (Help ▸ Customer stages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from custdesk.services.shop.settings import ShopSettings
from custdesk.ui.common.display import money


def stage_rules_text(settings: ShopSettings) -> str:
    locale = QLocale()
    rules = [
        QCoreApplication.translate(
            "stage_rules",
            "<b>VIP</b>: marked as an important customer, or has spent {spend} or more.",
        ),
        QCoreApplication.translate("stage_rules", "<b>Prospect</b>: has not bought anything yet."),
        QCoreApplication.translate(
            "stage_rules", "<b>New</b>: has bought, fewer than {regular} times."
        ),
        QCoreApplication.translate(
            "stage_rules", "<b>Regular</b>: has bought {regular} times or more."
        ),
        QCoreApplication.translate(
            "stage_rules",
            "<b>Dormant</b>: a buyer with no visit, call or purchase for {dormant} days.",
        ),
        QCoreApplication.translate(
            "stage_rules", "<b>Lost</b>: a buyer with no contact for {lost} days."
        ),
    ]
    values = {
        "spend": money(settings.vip_spend_cents),
        "regular": locale.toString(settings.regular_purchases),
        "dormant": locale.toString(settings.dormant_after_days),
        "lost": locale.toString(settings.lost_after_days),
    }
    items = "".join(f"<li>{rule.format(**values)}</li>" for rule in rules)
    footer = QCoreApplication.translate(
        "stage_rules", "Stages are checked in this order and updated every day."
    )
    return f"<ul>{items}</ul><p>{footer}</p>"


def show_stage_rules(parent: QWidget, settings: ShopSettings) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("stage_rules", "Customer stages"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(stage_rules_text(settings))
    box.open()
    return box
