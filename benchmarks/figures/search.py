"""Search as you type: the service's query for each of the things clerks type, ranked as the
customer list ranks a typed search, against the same SQL through raw ``sqlite3``."""

from __future__ import annotations

import time
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
    """Every filter as the service runs it (in ``sort``'s order, by name when not given), and
    the same SQL through raw sqlite3."""
    import sqlite3

    from sqlalchemy.dialects import sqlite

    from custdesk.services.customers.customer_list import (
        CustomerFilter,
        CustomerListService,
        SortKey,
        ids_query,
    )
    from custdesk.storage.db import Database

    order = SortKey.NAME if sort is None else sort
    assert isinstance(order, SortKey)
    db = Database.open(database, read_only=True)
    service = CustomerListService(db)
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    ours, baseline = [], []
    for _round in range(3):
        for where in filters:
            assert isinstance(where, CustomerFilter)
            started = time.perf_counter()
            service.ids(where, order)
            ours.append(time.perf_counter() - started)
            statement = ids_query(where, order, descending=False)  # as service.ids
            compiled = statement.compile(
                dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
            )
            params = compiled.construct_params()
            positional = [params[name] for name in compiled.positiontup or ()]
            started = time.perf_counter()
            raw.execute(str(compiled), positional).fetchall()
            baseline.append(time.perf_counter() - started)
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
