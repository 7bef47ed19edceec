"""The STORED stage at the exact day a customer turns dormant or lost.

Two versions of the rule write the stage: compute_stage (Python) when a record is entered, and
the nightly UPDATE (SQL, recompute_stages through DailyUpkeep) for everyone at once. The SQL one
compares a moment (last_contact_at) with the start of a day, so a contact at 00:00:00 or
23:59:59 is exactly where an off-by-one hides; the two must store the same stage in every case.

Each shop below has, per case, two customers with the same records:
- "夜" entered on the day itself, then moved by the nightly run "today" (the SQL rule);
- "补" entered by a clerk just after midnight today (the Python rule, as the entry stores it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from custdesk.services.contacts.agenda import AgendaService
from custdesk.services.contacts.visits import VisitDraft, VisitService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.purchases import PurchaseDraft, PurchaseService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.customers.stages import Stage
from custdesk.services.shop.daily import DailyUpkeep
from custdesk.services.shop.settings import SettingsService, settings_in, stage_rules_in
from custdesk.storage.db import Database
from custdesk.storage.migrate import upgrade_database
from tests.mutation_run import shared_scope

D = dt.date
JUST_AFTER_MIDNIGHT = dt.time(0, 0, 1)
# When on its day the last contact fell: a purchase alone counts from 00:00:00; a visit at 00:30
# (still the previous day in UTC) or at 23:59:59 is the last contact of that day.
CONTACT_TIMES = {
    "00:00:00 purchase": None,
    "00:30 visit": dt.time(0, 30),
    "23:59:59 visit": dt.time(23, 59, 59),
}


@dataclass(frozen=True)
class Shop:
    today: D
    dormant_after_days: int
    lost_after_days: int
    # (days before today, that day, the stage a buyer silent since then is in), written out by
    # hand: the test checks the day against the count, then the stage against both rules
    cases: tuple[tuple[int, D, Stage], ...]


SHOPS = {
    "new year's morning": Shop(
        today=D(2027, 1, 1),
        dormant_after_days=90,
        lost_after_days=365,
        cases=(
            (89, D(2026, 10, 4), Stage.NEW),
            (90, D(2026, 10, 3), Stage.DORMANT),
            (91, D(2026, 10, 2), Stage.DORMANT),
            (364, D(2026, 1, 2), Stage.DORMANT),
            (365, D(2026, 1, 1), Stage.LOST),
            (366, D(2025, 12, 31), Stage.LOST),
        ),
    ),
    "the morning after a leap day": Shop(
        today=D(2024, 3, 1),
        dormant_after_days=90,
        lost_after_days=365,
        cases=(
            (89, D(2023, 12, 3), Stage.NEW),
            (90, D(2023, 12, 2), Stage.DORMANT),
            (91, D(2023, 12, 1), Stage.DORMANT),
            (364, D(2023, 3, 3), Stage.DORMANT),
            (365, D(2023, 3, 2), Stage.LOST),
            (366, D(2023, 3, 1), Stage.LOST),
        ),
    ),
    "a shop's own 7 and 8 days, after 28 February": Shop(
        today=D(2026, 3, 1),
        dormant_after_days=7,
        lost_after_days=8,
        cases=(
            (6, D(2026, 2, 23), Stage.NEW),
            (7, D(2026, 2, 22), Stage.DORMANT),
            (8, D(2026, 2, 21), Stage.LOST),
            (9, D(2026, 2, 20), Stage.LOST),
        ),
    ),
}


@dataclass(frozen=True)
class Built:
    db: Database
    ids: dict[str, int]  # customer name -> id
    changed_by_nightly_run: int | None


def name_of(side: str, days: int, when: str) -> str:
    return f"{side}{days}天 {when}"


def enter(
    db: Database, customer_id: int, day: D, visit_at: dt.time | None, now: dt.datetime
) -> None:
    """A purchase on ``day`` and, when ``visit_at`` is given, a visit later that day."""
    PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: now).record(
        customer_id, PurchaseDraft(day, "茶叶", "100")
    )
    if visit_at is not None:
        moment = dt.datetime.combine(day, visit_at)
        VisitService(db, stage_rules=stage_rules_in, clock=lambda: now).log(
            customer_id, VisitDraft(occurred_at=moment)
        )


def build(db_path: Path, shop: Shop) -> Built:
    upgrade_database(db_path)
    db = Database.open(db_path)
    first_day = min(day for _days, day, _stage in shop.cases) - dt.timedelta(days=1)
    SettingsService(db, today=lambda: first_day).update(
        dormant_after_days=shop.dormant_after_days, lost_after_days=shop.lost_after_days
    )
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime.combine(first_day, dt.time(9))
    )
    ids: dict[str, int] = {}
    for days, day, _stage in shop.cases:
        for when, visit_at in CONTACT_TIMES.items():
            name = name_of("夜", days, when)
            ids[name] = customers.create(CustomerDraft(name=name)).id
            end_of_that_day = dt.datetime.combine(day, dt.time(23, 59, 59))
            enter(db, ids[name], day, visit_at, end_of_that_day)
    changed = DailyUpkeep(db).run(shop.today)
    after_midnight = dt.datetime.combine(shop.today, JUST_AFTER_MIDNIGHT)
    for days, day, _stage in shop.cases:
        for when, visit_at in CONTACT_TIMES.items():
            name = name_of("补", days, when)
            ids[name] = customers.create(CustomerDraft(name=name)).id
            enter(db, ids[name], day, visit_at, after_midnight)
    return Built(db, ids, changed)


@pytest.fixture(scope=shared_scope)
def shops(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Built]]:
    """Built once: some thirty customers per shop, read by every case below."""
    built = {}
    for key, shop in SHOPS.items():
        folder = tmp_path_factory.mktemp("stages")
        built[key] = build(folder / "custdesk.db", shop)
    yield built
    for each in built.values():
        each.db.close()


CASES = [
    pytest.param(key, days, day, when, stage, id=f"{key}-{days} days-{when}")
    for key, shop in SHOPS.items()
    for days, day, stage in shop.cases
    for when in CONTACT_TIMES
]


@pytest.mark.parametrize(("key", "days", "day", "when", "expected"), CASES)
def test_the_nightly_run_and_an_entry_after_midnight_store_the_same_stage(
    shops: dict[str, Built], key: str, days: int, day: D, when: str, expected: Stage
) -> None:
    shop, built = SHOPS[key], shops[key]
    assert (shop.today - day).days == days  # the table above is right
    customers = CustomerService(built.db, stage_rules=stage_rules_in)
    nightly = customers.get(built.ids[name_of("夜", days, when)])
    entered = customers.get(built.ids[name_of("补", days, when)])
    visit_at = CONTACT_TIMES[when]
    contact = dt.datetime.combine(day, visit_at or dt.time())
    assert (nightly.last_contact_at, entered.last_contact_at) == (contact, contact)
    assert (nightly.stage, entered.stage) == (expected.value, expected.value)


@pytest.mark.parametrize(
    ("key", "changed"),
    [
        # every customer was "new" on the day they bought; the run moves all but the N-1 ones:
        # 5 of 6 days x 3 times of day = 15, and 3 of 4 days x 3 = 9 for the 7/8-day shop
        ("new year's morning", 15),
        ("the morning after a leap day", 15),
        ("a shop's own 7 and 8 days, after 28 February", 9),
    ],
)
def test_the_nightly_run_counts_the_customers_it_moved(
    shops: dict[str, Built], key: str, changed: int
) -> None:
    assert shops[key].changed_by_nightly_run == changed


@pytest.mark.parametrize("key", ["new year's morning", "the morning after a leap day"])
def test_today_lists_as_just_gone_quiet_those_who_reached_the_dormant_day(
    shops: dict[str, Built], key: str
) -> None:
    """90 and 91 days of silence are "just gone quiet" (within two weeks of turning dormant);
    89 is not yet, 364 and more long since."""
    built = shops[key]
    agenda = AgendaService(built.db, settings=settings_in, today=lambda: SHOPS[key].today).today()
    expected = sorted(
        name_of(side, days, when)
        for side in ("夜", "补")
        for days in (90, 91)
        for when in CONTACT_TIMES
    )
    assert sorted(item.customer_name for item in agenda.gone_quiet) == expected


# -- the thresholds that are not days: how many purchases, how much spent ----------------------
SPEND_TODAY = D(2026, 12, 31)
RECENTLY, A_YEAR_AGO = D(2026, 12, 21), D(2025, 12, 31)  # 10 and 365 days before SPEND_TODAY
COUNT_AND_SPEND = {
    "2 purchases": (RECENTLY, ("100", "100"), Stage.NEW),
    "3 purchases": (RECENTLY, ("100", "100", "100"), Stage.REGULAR),
    "19,999.99 yuan": (RECENTLY, ("19999.99",), Stage.NEW),
    "20,000.00 yuan": (RECENTLY, ("20000.00",), Stage.VIP),
    "19,999.99 + 0.01 yuan": (RECENTLY, ("19999.99", "0.01"), Stage.VIP),
    "19,999.99 yuan, silent a year": (A_YEAR_AGO, ("19999.99",), Stage.LOST),
    "20,000.00 yuan, silent a year": (A_YEAR_AGO, ("20000.00",), Stage.VIP),
}


@pytest.fixture(scope=shared_scope)
def spenders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Per case: the stage stored as the purchases were entered (just after midnight), and
    after that night's run over everyone."""
    path = tmp_path_factory.mktemp("spend") / "custdesk.db"
    upgrade_database(path)
    db = Database.open(path)
    now = dt.datetime.combine(SPEND_TODAY, JUST_AFTER_MIDNIGHT)
    customers = CustomerService(
        db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2025, 1, 1, 9)
    )
    purchases = PurchaseService(db, stage_rules=stage_rules_in, clock=lambda: now)
    ids = {}
    for name, (day, amounts, _stage) in COUNT_AND_SPEND.items():
        ids[name] = customers.create(CustomerDraft(name=name)).id
        for amount in amounts:
            purchases.record(ids[name], PurchaseDraft(day, "茶叶", amount))
    entered = {name: customers.get(cid).stage for name, cid in ids.items()}
    DailyUpkeep(db).run(SPEND_TODAY)
    stored = {name: (entered[name], customers.get(cid).stage) for name, cid in ids.items()}
    db.close()
    return stored


@pytest.mark.parametrize("name", list(COUNT_AND_SPEND))
def test_purchase_count_and_spend_thresholds_agree_on_entry_and_overnight(
    spenders: dict[str, tuple[str, str]], name: str
) -> None:
    expected = COUNT_AND_SPEND[name][2].value
    assert spenders[name] == (expected, expected)


# -- the run at start takes the shop's date ----------------------------------------------------
def zone_whose_date_is_not_utcs() -> str:
    """A zone whose calendar date differs from UTC's right now, whatever the hour: UTC+14 from
    10:00 UTC on, UTC-12 before noon UTC. (In the shop's UTC+8 they differ only before 08:00,
    which a test run cannot choose.)"""
    return "Pacific/Kiritimati" if dt.datetime.now(dt.UTC).hour >= 10 else "Etc/GMT+12"


def test_the_run_at_start_moves_stages_by_the_local_date_not_utcs(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from custdesk import clock as shop_clock
    from custdesk.app import open_app

    try:
        with monkeypatch.context() as zone:
            zone.setenv("TZ", zone_whose_date_is_not_utcs())
            time.tzset()
            today = shop_clock.today()
            assert today != dt.datetime.now(dt.UTC).date()
            customers = CustomerService(
                db, stage_rules=stage_rules_in, clock=lambda: dt.datetime(2020, 1, 1, 9)
            )
            ids = {}
            for days in (89, 90):  # UTC's date is a day off: one of the two would change stage
                day = today - dt.timedelta(days=days)
                ids[days] = customers.create(CustomerDraft(name=f"{days}天")).id
                enter(db, ids[days], day, None, dt.datetime.combine(day, dt.time(12)))
            open_app(db_path).close()
            if shop_clock.today() != today:
                pytest.skip("local midnight passed during the test")
    finally:
        time.tzset()  # back to the zone the suite runs in
    stages = {days: customers.get(cid).stage for days, cid in ids.items()}
    assert stages == {89: Stage.NEW.value, 90: Stage.DORMANT.value}
