"""Shop settings: kept in the shop's database, refused whole when any value is wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from custdesk.errors import ValidationError
from custdesk.services.customers.calendar import Holiday
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import (
    SettingsService,
    holiday_from_text,
    holiday_when_text,
    stage_rules_in,
)
from custdesk.storage.db import Database

TODAY = dt.date(2026, 11, 22)


def test_settings_survive_closing_and_reopening_the_file(db_path: Path, db: Database) -> None:
    SettingsService(db, today=lambda: TODAY).update(
        shop_name="老王眼镜店",
        dormant_after_days=60,
        default_cadence_days=14,
        backup_folder=str(db_path.parent / "safe"),
        backups_kept_recent=5,
        backups_kept_months=6,
        holidays=(Holiday("店庆", "Shop birthday", month=5, day=18),),
    )
    db.close()
    reopened = Database.open(db_path)
    try:
        saved = SettingsService(reopened).get()
    finally:
        reopened.close()
    assert (saved.shop_name, saved.dormant_after_days, saved.default_cadence_days) == (
        "老王眼镜店",
        60,
        14,
    )
    assert saved.backup_folder == str(db_path.parent / "safe")
    assert (saved.backups_kept_recent, saved.backups_kept_months) == (5, 6)
    assert saved.holidays == (Holiday("店庆", "Shop birthday", month=5, day=18),)


def test_a_bad_value_refuses_the_whole_save(db: Database) -> None:
    service = SettingsService(db)
    service.update(shop_name="好店")
    with pytest.raises(ValidationError) as refused:
        service.update(shop_name="新名字", dormant_after_days=5, backup_folder="relative/dir")
    assert set(refused.value.field_errors) == {"dormant_after_days", "backup_folder"}
    assert service.get().shop_name == "好店"


def test_a_new_dormant_threshold_moves_customers_at_once(db: Database) -> None:
    now = dt.datetime.combine(TODAY, dt.time(12))
    customer = (
        CustomerService(db, stage_rules=stage_rules_in, clock=lambda: now)
        .create(CustomerDraft(name="张三"))
        .id
    )
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: now).record(
        customer,
        PurchaseDraft(purchased_on=TODAY - dt.timedelta(days=70), item="眼镜", amount="100"),
    )
    assert CustomerService(db, stage_rules=stage_rules_in).get(customer).stage == "new"
    SettingsService(db, today=lambda: TODAY).update(dormant_after_days=60)
    assert CustomerService(db, stage_rules=stage_rules_in).get(customer).stage == "dormant"


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("10-01", Holiday("国庆", "National Day", month=10, day=1)),
        ("2-29", Holiday("国庆", "National Day", month=2, day=29)),
        (
            "2028-01-26，2027-02-06",
            Holiday("国庆", "National Day", dates=(dt.date(2027, 2, 6), dt.date(2028, 1, 26))),
        ),
    ],
)
def test_holidays_are_typed_as_month_day_or_a_list_of_dates(when: str, expected: Holiday) -> None:
    holiday = holiday_from_text("国庆", "National Day", when)
    assert holiday == expected
    assert holiday_from_text("国庆", "National Day", holiday_when_text(holiday)) == holiday


@pytest.mark.parametrize("when", ["", "13-01", "02-30", "next spring", "2027-02-30"])
def test_a_holiday_date_that_is_not_a_date_is_refused(when: str) -> None:
    with pytest.raises(ValidationError) as refused:
        holiday_from_text("春节", "Spring Festival", when)
    assert refused.value.field_errors == {"holidays": "invalid_date"}
