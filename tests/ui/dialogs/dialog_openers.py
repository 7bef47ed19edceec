"""Every dialog of custdesk.ui, built as the app builds it, on a shop with a customer whose file
is full: a clerk's real content (long names, several purchases, an open complaint) is what
overflows a small screen, not an empty form.

``OPENERS`` names how to build each dialog class; a dialog class added to custdesk.ui without an
opener here makes the screen-size test fail, so no dialog escapes it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog

import custdesk.ui
from custdesk import clock as shop_clock
from custdesk.app import AppContext
from custdesk.services.complaints.complaints import ComplaintDraft, ComplaintRecord
from custdesk.services.contacts.follow_ups import FollowUpRecord
from custdesk.services.contacts.visits import VisitDraft
from custdesk.services.customers.calendar import Birthday
from custdesk.services.customers.purchases import PurchaseDraft
from custdesk.services.customers.records import CustomerDraft, CustomerRecord
from custdesk.services.spreadsheets.import_check import OnDuplicate
from custdesk.ui.common.file_written import FileWrittenBox
from custdesk.ui.common.operations import ChangeNotifier
from custdesk.ui.customer_form.customer_dialog import CustomerDialog
from custdesk.ui.customer_form.profile_form import ProfileForm
from custdesk.ui.dialogs.about_dialog import AboutDialog
from custdesk.ui.dialogs.complaint_dialog import ComplaintDialog
from custdesk.ui.dialogs.export_dialog import ExportDialog
from custdesk.ui.dialogs.import_report_box import ImportReportBox
from custdesk.ui.dialogs.import_wizard import ImportWizard
from custdesk.ui.dialogs.merge_dialog import MergeDialog
from custdesk.ui.dialogs.record_form import RecordFormDialog
from custdesk.ui.dialogs.resolve_dialog import ResolveDialog
from custdesk.ui.dialogs.reward_dialog import RewardDialog
from custdesk.ui.dialogs.settings_dialog import SettingsDialog
from custdesk.ui.dialogs.visit_dialog import VisitDialog

# Base classes no one opens on their own: each is checked through its subclasses.
BASES = {RecordFormDialog, ProfileForm}

IMPORT_FILE = (
    "客户姓名,手机号,生日,地址,备注\n"
    "欧阳娜娜,13800138000,1988-03-15,深圳市南山区科技园南区高新南七道 18 号,老客户介绍\n"
    "王五,12345,,,\n"  # not a phone: imported with a note, so the report has sentences
    "李四,13800138000,1990/7/1,,\n"  # the first row's phone: skipped
)


@dataclass(frozen=True)
class Shop:
    """What the dialogs are opened on: a full customer file and its story."""

    context: AppContext
    customer: CustomerRecord
    referrer: CustomerRecord
    follow_up: FollowUpRecord
    complaint: ComplaintRecord
    referral_id: int
    folder: Path

    def customer_dialog(self, record: CustomerRecord | None) -> CustomerDialog:
        services = self.context.services
        return CustomerDialog(
            customers=services.customers,
            customer_files=services.customer_files,
            purchases=services.purchases,
            visits=services.visits,
            follow_ups=services.follow_ups,
            referrals=services.referrals,
            customer_list=services.customer_list,
            changes=ChangeNotifier(),
            record=record,
        )


def fill_shop(context: AppContext, folder: Path) -> Shop:
    services = context.services
    today = shop_clock.today()
    referrer = services.customers.create(
        CustomerDraft(name="司马长风", phones=("13900139000",), is_important=True)
    )
    customer = services.customers.create(
        CustomerDraft(
            name="欧阳娜娜",
            gender="female",
            birthday=Birthday(3, 15, 1988),
            phones=("13800138000", "0755-88886666"),
            wechat_id="ouyang_nana_1988",
            address="深圳市南山区科技园南区高新南七道 18 号 3 栋 1201",
            occupation="小学语文老师",
            income_band="月入一万到两万",
            family_situation="已婚，一个上小学的女儿",
            hobbies="瑜伽、烘焙、周末带孩子爬山",
            temperament="picky",
            decision_maker="本人，大件要和丈夫商量",
            tags=("老客户", "VIP", "爱问细节"),
            notes="喜欢浅色系；不要周一上午打电话。\n上次投诉处理得很满意，介绍了同事来。",
            follow_up_cadence_days=30,
        )
    )
    for days_ago, item, amount in ((400, "真丝连衣裙", "1299"), (30, "羊绒大衣", "3,680.50")):
        services.purchases.record(
            customer.id, PurchaseDraft(today - dt.timedelta(days=days_ago), item, amount)
        )
    services.visits.log(
        customer.id,
        VisitDraft(
            shop_clock.now() - dt.timedelta(days=3), purpose="新品到店", outcome="下周来试穿"
        ),
    )
    follow_up = services.follow_ups.schedule(customer.id, today, "问问大衣穿着是否合身")
    referral = services.referrals.set_referrer(customer.id, referrer.id)
    complaint = services.complaints.record(
        customer.id,
        ComplaintDraft(
            shop_clock.now() - dt.timedelta(hours=2),
            "phone",
            "大衣第二次穿就掉了一颗扣子，希望换一件新的或者帮忙钉牢，周末之前要穿去参加婚礼。",
        ),
    )
    return Shop(
        context,
        services.customers.get(customer.id),
        referrer,
        follow_up,
        complaint,
        referral.id,
        folder,
    )


def _import_report(shop: Shop) -> ImportReportBox:
    imports = shop.context.services.imports
    path = shop.folder / "老客户.csv"
    path.write_text(IMPORT_FILE, encoding="utf-8")
    table = imports.read(path)
    rows = imports.check(table, imports.guess(table.headers))
    report = imports.run(rows, OnDuplicate.SKIP)
    return ImportReportBox(None, report, table, rows)  # type: ignore[arg-type]


def _visit(shop: Shop, **given: object) -> VisitDialog:
    services = shop.context.services
    return VisitDialog(
        visits=services.visits,
        follow_ups=services.follow_ups,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        **given,  # type: ignore[arg-type]
    )


def _settings(shop: Shop) -> SettingsDialog:
    services = shop.context.services
    return SettingsDialog(
        settings=services.settings,
        loaded=services.settings.get(),
        changes=ChangeNotifier(),
        db_path=shop.context.db_path,
    )


def _complaint(shop: Shop, **given: object) -> ComplaintDialog:
    services = shop.context.services
    return ComplaintDialog(
        complaints=services.complaints,
        customer_list=services.customer_list,
        changes=ChangeNotifier(),
        **given,  # type: ignore[arg-type]
    )


Opener = Callable[[Shop], QDialog]

# Each dialog class, and each way it is opened that changes what it holds.
OPENERS: dict[type[QDialog], dict[str, Opener]] = {
    CustomerDialog: {
        "new customer": lambda shop: shop.customer_dialog(None),
        "customer file": lambda shop: shop.customer_dialog(shop.customer),
    },
    AboutDialog: {"about": lambda shop: AboutDialog(shop.context.db_path, None)},
    FileWrittenBox: {
        # A long path, as a clerk's Documents folder on a Chinese Windows gives.
        "file written": lambda shop: FileWrittenBox(
            None, shop.folder / "文档" / "客户档案台" / "客户档案台报表-2026-11-01-2026-11-30.xlsx"
        ),
    },
    ComplaintDialog: {
        "new complaint, customer to pick": lambda shop: _complaint(shop),
        "new complaint about a customer": lambda shop: _complaint(
            shop, customer=(shop.customer.id, shop.customer.draft.name)
        ),
    },
    ExportDialog: {"export": lambda shop: ExportDialog(exports=shop.context.services.exports)},
    ImportReportBox: {"import report": _import_report},
    ImportWizard: {
        "import": lambda shop: ImportWizard(
            imports=shop.context.services.imports,
            changes=ChangeNotifier(),
            history=shop.context.services.history_imports,
        )
    },
    MergeDialog: {
        "merge": lambda shop: MergeDialog(
            merge=shop.context.services.merge,
            customer_list=shop.context.services.customer_list,
            changes=ChangeNotifier(),
            absorb_id=shop.customer.id,
            absorb_name=shop.customer.draft.name,
        )
    },
    ResolveDialog: {
        "resolve complaint": lambda shop: ResolveDialog(
            complaints=shop.context.services.complaints,
            changes=ChangeNotifier(),
            complaint=shop.complaint,
        )
    },
    RewardDialog: {
        "reward": lambda shop: RewardDialog(
            rewards=shop.context.services.rewards,
            changes=ChangeNotifier(),
            referral_id=shop.referral_id,
            summary=f"{shop.referrer.draft.name} for bringing in {shop.customer.draft.name}",
            referrer_kind=None,
        )
    },
    SettingsDialog: {"settings": _settings},
    VisitDialog: {
        "log visit, customer to pick": lambda shop: _visit(shop),
        "complete follow-up": lambda shop: _visit(shop, follow_up=shop.follow_up),
    },
}


def dialog_classes() -> Iterator[type[QDialog]]:
    """Every QDialog (and so QWizard, QMessageBox) subclass defined in custdesk.ui."""
    for module_info in pkgutil.walk_packages(custdesk.ui.__path__, "custdesk.ui."):
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                yield value
