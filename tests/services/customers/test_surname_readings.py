"""Every surname of the published list is stored and found by its surname reading, not only by
the everyday reading pypinyin picks (卜 bǔ, not bo; 六 lù, not liu)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from custdesk.resources import load_seed
from custdesk.services.customers.customer_list import CustomerFilter, CustomerListService
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage.db import Database
from custdesk.storage.search_index import rebuild_search_index

NOW = dt.datetime(2026, 11, 22, 10, 0)
GIVEN = "晓明"  # one reading each (xiao, ming): whatever the surname, the rest reads the same


def create(db: Database, *names: str) -> dict[str, int]:
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    return {name: customers.create(CustomerDraft(name=name)).id for name in names}


def drafts(names: list[str]) -> list[CustomerDraft]:
    return [CustomerDraft(name=name) for name in names]


def found(db: Database, text: str) -> list[int]:
    return CustomerListService(db).ids(CustomerFilter(text=text))


def test_bu_and_lu_are_found_by_their_surname_reading(db: Database) -> None:
    ids = create(db, "卜学亮", "六小玲", "刘小玲")
    assert found(db, "buxueliang") == [ids["卜学亮"]]
    assert found(db, "boxueliang") == [ids["卜学亮"]]  # the everyday reading still finds him
    assert found(db, "luxiaoling") == [ids["六小玲"]]
    assert sorted(found(db, "liuxiaoling")) == sorted([ids["六小玲"], ids["刘小玲"]])


def test_every_surname_of_the_list_is_stored_and_found_by_its_readings(
    db: Database, db_path: Path
) -> None:
    readings: dict[str, list[str]] = {
        surname: list(read)
        for surname, read in load_seed("surname_readings").items()
        if not surname.startswith("_")
    }
    assert len(readings) > 500 and {"卜", "六", "单", "尉迟"} <= set(readings)
    names = [surname + GIVEN for surname in readings]
    customers = CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)
    with db.writing() as session:  # as an import of the shop's list writes them: one go
        ids = dict(zip(names, customers.create_many_in(session, drafts(names), NOW), strict=True))
        rebuild_search_index(session)
    with closing(sqlite3.connect(db_path)) as connection:
        stored = {
            int(row[0]): (str(row[1]).split(), str(row[2]).split(), str(row[3]))
            for row in connection.execute(
                "SELECT id, name_pinyin, name_initials, name_sort_key FROM customers"
            )
        }
    wrong = []
    for surname, surname_readings in readings.items():
        customer = ids[surname + GIVEN]
        pinyin, initials, sort_key = stored[customer]
        filed_under = f"{surname_readings[0]}\t{surname}\txiao ming\t"
        if not sort_key.startswith(filed_under):
            wrong.append((surname, "filed under", sort_key))
        for reading in surname_readings:
            syllables = reading.split()
            typed = "".join(syllables) + "xiaoming"
            if typed not in pinyin:
                wrong.append((surname, "pinyin", typed, pinyin))
            if "".join(s[0] for s in syllables) + "xm" not in initials:
                wrong.append((surname, "initials", reading, initials))
            if customer not in found(db, typed):
                wrong.append((surname, "not found by", typed))
    assert wrong == []
