"""Many customers created at once (an import): the rows and the search index are the ones the
plain way writes, whether the indexes were set aside for the load or not, and a load that stops
half-way leaves the shop file as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from custdesk.errors import CancelledError
from custdesk.services.customers import bulk_create
from custdesk.services.customers.customers import CustomerService
from custdesk.services.customers.records import CustomerDraft
from custdesk.services.shop.settings import stage_rules_in
from custdesk.services.spreadsheets.customer_import import OnDuplicate, import_rows
from custdesk.services.spreadsheets.import_check import RowResult
from custdesk.storage.db import Database
from custdesk.storage.search_index import (
    GRAMS_TABLE,
    SEARCH_TABLE,
    NewCustomerTerms,
    rebuild_search_index,
)

NOW = dt.datetime(2026, 11, 22, 10, 0)

DRAFTS = [
    CustomerDraft(
        name="单雄信", phones=("13800138001",), tags=("vip", "老客户"), wechat_id="dan_x"
    ),
    CustomerDraft(name="Zoë Smith", phones=("13800138002", "020 8123 4567"), tags=("VIP",)),
    CustomerDraft(name="张三丰", phones=(), tags=("老客户",), wechat_id="zsf1990"),
    CustomerDraft(name="李娜", phones=("+86 139 0013 9003",)),
    CustomerDraft(name="王芳", tags=("新客",)),
]


def service(db: Database) -> CustomerService:
    return CustomerService(db, stage_rules=stage_rules_in, clock=lambda: NOW)


def index_rows(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with db.reading() as session:
        search = session.execute(text(f"SELECT rowid, * FROM {SEARCH_TABLE} ORDER BY rowid"))
        grams = session.execute(text(f"SELECT * FROM {GRAMS_TABLE} ORDER BY 1, 2"))
        return [tuple(row) for row in search], [tuple(row) for row in grams]


def indexes(db: Database) -> list[tuple[object, ...]]:
    with db.reading() as session:
        found = session.execute(
            text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY 1")
        )
        return [tuple(row) for row in found]


@pytest.fixture
def shop_with_a_tag(db: Database) -> Database:
    """One customer on file, tagged "VIP": an imported "vip" is that tag."""
    service(db).create(CustomerDraft(name="陈芳", phones=("13700137000",), tags=("VIP",)))
    return db


@pytest.mark.parametrize("set_aside", [True, False], ids=["indexes set aside", "kept"])
def test_the_index_written_from_the_drafts_is_the_one_a_rebuild_writes(
    shop_with_a_tag: Database, monkeypatch: pytest.MonkeyPatch, set_aside: bool
) -> None:
    db = shop_with_a_tag
    monkeypatch.setattr(bulk_create, "SET_ASIDE_FROM", 1 if set_aside else 10**9)
    monkeypatch.setattr(bulk_create, "CREATE_BLOCK", 2)  # blocks of 2, 2 and 1
    customers = service(db)
    before = indexes(db)
    with db.writing() as session:
        ids = customers.create_many_in(session, [customers.validate(d) for d in DRAFTS], NOW)
    assert ids == [2, 3, 4, 5, 6]
    written = index_rows(db)
    with db.writing() as session:
        rebuild_search_index(session)
    assert written == index_rows(db)
    assert indexes(db) == before
    search, grams = written
    assert search[1][5:] == ("vip 老客户", "dan_x")  # 单雄信's tags and WeChat id
    assert ("@新客", 6) in grams and len(search) == 6


def test_a_leftover_index_row_at_a_new_id_is_replaced(shop_with_a_tag: Database) -> None:
    """An index row left at the id the next customer gets (a file written by a version that
    did not remove it) must not make a search find the new customer by the old one's name."""
    db = shop_with_a_tag
    with db.writing() as session:
        session.execute(text(f"INSERT INTO {SEARCH_TABLE} (rowid, name) VALUES (2, '^^黄蓉$')"))
        session.execute(text(f"INSERT INTO {GRAMS_TABLE} VALUES ('蓉', 2), ('黄', 2)"))
    customers = service(db)
    with db.writing() as session:
        customers.create_many_in(session, [customers.validate(DRAFTS[3])], NOW)
    written = index_rows(db)
    assert "黄蓉" not in str(written)
    with db.writing() as session:
        rebuild_search_index(session)
    assert written == index_rows(db)


@pytest.mark.parametrize(
    ("held", "loaded", "set_aside"), [(1, 1, True), (1, 2, True), (2, 1, False)]
)
def test_indexes_are_set_aside_only_for_a_load_as_large_as_the_shop(
    db: Database, monkeypatch: pytest.MonkeyPatch, held: int, loaded: int, set_aside: bool
) -> None:
    customers = service(db)
    for number in range(held):
        customers.create(CustomerDraft(name=f"老客户{number}"))
    monkeypatch.setattr(bulk_create, "SET_ASIDE_FROM", 1)
    used: list[tuple[str, ...]] = []
    real = bulk_create.secondary_indexes_set_aside

    @contextmanager
    def watched(session: object, tables: tuple[str, ...]) -> Iterator[None]:
        used.append(tables)
        with real(session, tables):  # type: ignore[arg-type]
            yield

    monkeypatch.setattr(bulk_create, "secondary_indexes_set_aside", watched)
    drafts = [customers.validate(CustomerDraft(name=f"新客户{n}")) for n in range(loaded)]
    with db.writing() as session:
        customers.create_many_in(session, drafts, NOW)
    assert bool(used) is set_aside


def test_an_import_cancelled_at_its_end_leaves_the_indexes_and_the_shop_as_they_were(
    shop_with_a_tag: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = shop_with_a_tag
    monkeypatch.setattr(bulk_create, "SET_ASIDE_FROM", 1)
    before, rows_before = indexes(db), index_rows(db)
    rows = [RowResult(number, draft, {}) for number, draft in enumerate(DRAFTS, start=2)]
    with pytest.raises(CancelledError):
        import_rows(
            db, service(db), rows, OnDuplicate.NEW, progress=lambda done, total: done < total
        )
    assert indexes(db) == before
    assert index_rows(db) == rows_before
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM customers")).scalar() == 1


def hash_size(db: Database) -> object:
    with db.reading() as session:
        found = f"SELECT v FROM {SEARCH_TABLE}_config WHERE k = 'hashsize'"
        return session.execute(text(found)).scalar()


@pytest.mark.parametrize(
    ("held", "after"), [(None, 1024 * 1024), (2 * 1024 * 1024, 2 * 1024 * 1024)]
)
def test_the_search_index_holds_more_terms_in_memory_during_a_load_only(
    db: Database, monkeypatch: pytest.MonkeyPatch, held: int | None, after: int
) -> None:
    """FTS5's 'hashsize' is raised for the load and put back as it was (unset: its default)."""
    if held is not None:
        with db.writing() as session:
            session.execute(
                text(
                    f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) VALUES ('hashsize', {held})"
                )
            )
    customers = service(db)
    during: list[object] = []
    real = bulk_create.index_new_customers

    def watched(session: Session, terms: list[NewCustomerTerms]) -> None:
        found = f"SELECT v FROM {SEARCH_TABLE}_config WHERE k = 'hashsize'"
        during.append(session.execute(text(found)).scalar())
        real(session, terms)

    monkeypatch.setattr(bulk_create, "index_new_customers", watched)
    with db.writing() as session:
        customers.create_many_in(session, [customers.validate(d) for d in DRAFTS], NOW)
    assert during == [8 * 1024 * 1024]
    assert hash_size(db) == after


def test_an_import_tells_how_far_the_writing_is_and_stops_there_when_asked(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the rows are placed, the writing counts again from 0 (customers written of all it
    writes), block by block; Cancel there rolls everything back."""
    monkeypatch.setattr(bulk_create, "CREATE_BLOCK", 2)
    rows = [RowResult(number, draft, {}) for number, draft in enumerate(DRAFTS, start=2)]
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    import_rows(db, service(db), rows, OnDuplicate.NEW, progress=progress)
    assert told == [(2, 5), (4, 5), (5, 5), (5, 5)]  # blocks of 2, 2, 1; then the end
    with pytest.raises(CancelledError):
        import_rows(db, service(db), rows, OnDuplicate.NEW, progress=lambda done, total: done < 4)
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM customers")).scalar() == 5


def test_an_update_tells_how_far_it_is_among_the_customers_it_writes(
    shop_with_a_tag: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custdesk.services.spreadsheets import customer_import

    monkeypatch.setattr(customer_import, "PROGRESS_EVERY", 1)
    on_file = service(shop_with_a_tag).get(1).draft
    rows = [RowResult(2, replace(on_file, address="南山"), {}), RowResult(3, DRAFTS[4], {})]
    told: list[tuple[int, int]] = []
    import_rows(
        shop_with_a_tag,
        service(shop_with_a_tag),
        rows,
        OnDuplicate.UPDATE,
        progress=lambda done, total: told.append((done, total)) is None,
    )
    assert told == [(0, 2), (2, 2), (2, 2)]  # the update, the new one written, then the end
