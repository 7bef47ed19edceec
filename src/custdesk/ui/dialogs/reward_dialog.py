"""Note a thank-you owed to a referrer (the kind suggested by their profile comes first)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from custdesk.errors import ValidationError
from custdesk.services.referrals.rewards import RewardKind, RewardService
from custdesk.ui.common.labels import REWARD_KINDS, label
from custdesk.ui.common.messages import user_message
from custdesk.ui.common.operations import ChangeNotifier, Changes, Operation
from custdesk.ui.dialogs.record_form import RecordFormDialog

SUGGESTED_KIND = {
    "honour": RewardKind.HONOUR,
    "reward": RewardKind.CASH,
    "reciprocal": RewardKind.VOUCHER,
    "friendship": RewardKind.GIFT,
}


class RewardDialog(RecordFormDialog):
    added = Signal(int)

    def __init__(
        self,
        *,
        rewards: RewardService,
        changes: ChangeNotifier,
        referral_id: int,
        summary: str,
        referrer_kind: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(None, parent)
        self._rewards = rewards
        self._changes = changes
        self._referral_id = referral_id
        self.setWindowTitle(self.tr("Reward for a referral"))
        self.setMinimumWidth(420)
        self.kind_combo = QComboBox()
        for code in RewardKind:
            self.kind_combo.addItem(label(REWARD_KINDS, code), str(code))
        suggested = SUGGESTED_KIND.get(referrer_kind or "")
        if suggested is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(suggested)))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Value in yuan (empty for thanks only)"))
        self.description_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(QLabel(summary))
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Value"), self.value_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        self.finish_layout(form, self.value_edit)

    def save(self) -> None:
        kind, value = str(self.kind_combo.currentData()), self.value_edit.text()
        description = self.description_edit.text()
        Operation(
            self,
            self._changes,
            Changes.REFERRALS,
            done=lambda reward: self._added(reward.id),
            refused=self._refused,
        ).run(lambda: self._rewards.add(self._referral_id, kind, value, description))

    def _added(self, reward_id: int) -> None:
        self.added.emit(reward_id)
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        self.show_error(user_message(exc).text)
