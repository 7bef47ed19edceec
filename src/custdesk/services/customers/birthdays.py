"""Birthday lookups that use the (deleted_at, birthday) index instead of strftime() on every row.

A birthday is stored as a full date, so "born on 22 November" or "born in March" means one small
index range per possible birth year. The years are generated in SQL (a recursive CTE), so each
statement is the same text every day and SQLAlchemy compiles it once.
"""

from __future__ import annotations

from sqlalchemy import CTE, Select, and_, bindparam, literal, select, true

from custdesk.services.customers.records import OLDEST_BIRTHDAY
from custdesk.storage import orm
from custdesk.storage.dialect import date_text, text_list, text_list_value


def _birth_years() -> CTE:
    years = select(literal(OLDEST_BIRTHDAY.year).label("year")).cte("birth_years", recursive=True)
    return years.union_all(
        select(years.c.year + 1).where(years.c.year < bindparam("last_birth_year"))
    )


def born_on(month_days: list[tuple[int, int]], last_year: int) -> Select[int]:
    """Ids of active customers born on any of these (month, day), in any year up to last_year."""
    years = _birth_years()
    wanted = text_list("month_days")
    days = (
        select(date_text(years.c.year, wanted.c.value).label("day"))
        .select_from(years)
        .join(wanted, true())
        .cte("birth_days")
    )
    c = orm.Customer
    query = select(c.id).join(days, and_(c.deleted_at.is_(None), c.birthday == days.c.day))
    return query.params(
        last_birth_year=last_year,
        month_days=text_list_value([f"{month:02d}-{day:02d}" for month, day in sorted(month_days)]),
    )


def born_in_month(month: int, last_year: int) -> Select[int]:
    """Ids of active customers born in ``month`` of any year up to last_year."""
    years = _birth_years()
    start = date_text(years.c.year, bindparam("first_day"))
    end = date_text(years.c.year, bindparam("last_day"))  # the 31st: on or after any last day
    c = orm.Customer
    query = select(c.id).join(
        years, and_(c.deleted_at.is_(None), c.birthday >= start, c.birthday <= end)
    )
    return query.params(
        last_birth_year=last_year, first_day=f"{month:02d}-01", last_day=f"{month:02d}-31"
    )
