"""The SQL functions that are SQLite's own, behind names that say what they give.

Services build their queries with SQLAlchemy Core/ORM and take from here what a database
server would spell differently (strftime, date, group_concat, printf, json_each): moving the shop
to a server would change this module, not the services. tests/test_sql_stays_in_storage.py keeps
it that way.

Each function works on what SQLite stores (storage.orm): a moment as the text
'YYYY-MM-DD HH:MM:SS.ffffff', a date as 'YYYY-MM-DD', both local.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import (
    ColumnElement,
    Date,
    SQLColumnExpression,
    String,
    TableValuedAlias,
    bindparam,
    func,
)


def month_key(moment: SQLColumnExpression[dt.datetime]) -> ColumnElement[str]:
    """The month a stored moment is in, as "2026-11": the text custdesk.periods.month_key gives
    the same month, so that GROUP BY months and Python's months match."""
    return func.strftime("%Y-%m", moment, type_=String)


def local_day(moment: SQLColumnExpression[dt.datetime | None]) -> ColumnElement[dt.date]:
    """The local date of a stored moment (NULL for none), for "on the same day" comparisons."""
    return func.date(moment, type_=Date)


def joined_texts(text: SQLColumnExpression[str], separator: str) -> ColumnElement[str]:
    """An aggregate: the group's texts joined by ``separator``, in no particular order; NULL for
    an empty group."""
    return func.group_concat(text, separator, type_=String)


def date_text(
    year: SQLColumnExpression[int], month_day: SQLColumnExpression[str]
) -> ColumnElement[str]:
    """A date as stored ('YYYY-MM-DD') from a year and a 'MM-DD' text, so that it can be
    compared with a stored date column (and use its index). The day is not checked: '2026-02-31'
    is a fine upper bound for February."""
    return func.printf("%04d-%s", year, month_day, type_=String)


def text_list(name: str) -> TableValuedAlias:
    """A list of texts handed in as the one bound parameter ``name`` (its value from
    ``text_list_value``), as a table with the column ``value``: the statement's text is the same
    however many items there are, so SQLAlchemy compiles it once."""
    return func.json_each(bindparam(name)).table_valued("value")


def text_list_value(items: Sequence[str]) -> str:
    """The bound value of a ``text_list`` holding ``items``."""
    return json.dumps(list(items))
