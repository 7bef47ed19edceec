"""Search as you type: what the customer list reads for each of the things clerks type (its
first page of ids, ranked as a typed search is, and its capped count), against the same SQL
through raw ``sqlite3``."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from benchmarks.common import Runs

KEY = "search"
UNIT = "s"
FRESH_PROCESSES = False

# What clerks type: name fragments, surnames, pinyin initials and syllables, phone digits.
SEARCH_QUERIES = (
    *("张", "王", "李", "陈", "刘", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"),
    *("王丽", "张伟", "李娜", "欧阳", "老客户", "团购客"),
    *("zs", "wl", "lx", "oy"),
    *("zhang", "wang", "chen", "ouyang", "zhangwei", "wangli", "lina", "xiaoming", "chenjing"),
    *("liujie", "huang", "zhou", "wu", "xu", "sun", "ma", "zhu", "hu", "guo"),
    *("Alice", "Smith", "ali"),
    *("138", "1380", "13800", "186", "0013", "5678"),
    # Issue 19: one or two characters from inside a name, several words, full-width input.
    *("明", "华", "丽", "小明", "建国", "秀英"),
    *("王 丽", "张 伟", "zhang wei", "明 138", "李 186", "chen jing 139"),
    *("１３８", "８０００", "ｚｈａｎｇ", "Ａｌｉｃｅ", "王　丽", "ｌｉ ｎａ"),
)


def search_figures(
    database: Path, filters: list[object], sort: object = None
) -> tuple[list[float], list[float]]:
    """Each filter as the customer list reads it when a search is typed: its first page of ids
    in order and its count (capped at 10,000 + 1), against the statements it sent replayed
    through raw sqlite3."""
    import sqlite3

    from benchmarks.common import recorded_sql, replayed
    from custdesk.services.customers.customer_list import (
        PAGE_SIZE,
        CustomerFilter,
        CustomerListService,
        SortKey,
    )
    from custdesk.storage.db import Database

    order = SortKey.NAME if sort is None else sort
    assert isinstance(order, SortKey)
    db = Database.open(database, read_only=True)
    service = CustomerListService(db)
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)

    def first_screen(where: CustomerFilter) -> None:
        service.first_page(where, order, limit=PAGE_SIZE)  # as the list model reads it

    statements = {}
    for where in filters:
        assert isinstance(where, CustomerFilter)
        statements[where] = recorded_sql(db.engine, partial(first_screen, where))
    ours, baseline = [], []
    for _round in range(3):
        for where in filters:
            assert isinstance(where, CustomerFilter)
            started = time.perf_counter()
            first_screen(where)
            ours.append(time.perf_counter() - started)
            baseline.append(replayed(raw, statements[where]))
    raw.close()
    db.engine.dispose()
    return ours, baseline


def measure(database: Path) -> Runs:
    from custdesk.services.customers.customer_list import CustomerFilter, SortKey

    texts: list[object] = [CustomerFilter(text=query) for query in SEARCH_QUERIES]
    return {
        f"search as you type ({len(SEARCH_QUERIES)} queries)": search_figures(
            database, texts, SortKey.RELEVANCE
        )
    }
