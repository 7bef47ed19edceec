"""Shop settings kept in the database (they belong to the shop's data, not to one window).

Each setting is one row of JSON text in ``shop_settings``; a missing row means the default, so an
old database needs no migration when a setting is added.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from custdesk import clock as shop_clock
from custdesk.errors import FieldProblem, ValidationError
from custdesk.resources import load_seed
from custdesk.services.customers.aggregates import recompute_stages
from custdesk.services.customers.calendar import Holiday
from custdesk.services.customers.stages import StageRules
from custdesk.storage import orm
from custdesk.storage.db import Database
from custdesk.text_cleaning import display_text, key_text, xml_safe


def _default_holidays() -> tuple[Holiday, ...]:
    return tuple(Holiday.from_json(entry) for entry in load_seed("holidays"))


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = ""
    dormant_after_days: int = 90
    lost_after_days: int = 365
    regular_purchases: int = 3
    vip_spend_cents: int = 2_000_000
    default_cadence_days: int = 30
    backup_folder: str = ""  # empty: the "backups" folder beside the database
    backups_kept_recent: int = 10
    backups_kept_months: int = 12
    holidays: tuple[Holiday, ...] = field(default_factory=_default_holidays)

    @property
    def stage_rules(self) -> StageRules:
        return StageRules(
            regular_purchases=self.regular_purchases,
            vip_spend_cents=self.vip_spend_cents,
            dormant_after_days=self.dormant_after_days,
            lost_after_days=self.lost_after_days,
        )


_RANGES = {
    "dormant_after_days": (7, 3650),
    "lost_after_days": (8, 3650),
    "regular_purchases": (2, 1000),
    "vip_spend_cents": (0, 10**12),
    "default_cadence_days": (1, 366),
    "backups_kept_recent": (1, 100),
    "backups_kept_months": (1, 120),
}


def settings_in(session: Session) -> ShopSettings:
    """The settings as seen inside the caller's transaction."""
    return _from_rows(
        dict(session.execute(select(orm.ShopSetting.key, orm.ShopSetting.value)).all())
    )


def stage_rules_in(session: Session) -> StageRules:
    """The stage rules as seen inside the caller's transaction: what the app hands every service
    that refreshes a customer's figures (aggregates.StageRulesIn)."""
    return settings_in(session).stage_rules


class SettingsService:
    def __init__(self, db: Database, *, today: Callable[[], dt.date] = shop_clock.today) -> None:
        self._db = db
        self._today = today

    def get(self) -> ShopSettings:
        with self._db.reading() as session:
            return settings_in(session)

    def save(self, settings: ShopSettings) -> ShopSettings:
        """Store the settings, their text cleaned (see _cleaned); returns what was stored."""
        settings = _cleaned(settings)
        _validate(settings)
        with self._db.writing() as session:
            rules_before = settings_in(session).stage_rules
            for key, value in _to_rows(settings).items():
                session.merge(orm.ShopSetting(key=key, value=value))
            if settings.stage_rules != rules_before:  # a new threshold moves customers now
                session.flush()
                recompute_stages(session, self._today(), stage_rules_in(session))
        return settings

    def update(self, **changes: object) -> ShopSettings:
        return self.save(replace(self.get(), **changes))  # type: ignore[arg-type]


def _cleaned(settings: ShopSettings) -> ShopSettings:
    """Shop and holiday names as display text (text_cleaning), trimmed. The backup folder only
    loses what XML cannot hold: it names a real folder, whose name must not be renormalised."""
    return replace(
        settings,
        shop_name=display_text(settings.shop_name).strip(),
        backup_folder=xml_safe(settings.backup_folder).strip(),
        holidays=tuple(
            replace(
                holiday,
                name_zh=display_text(holiday.name_zh).strip(),
                name_en=display_text(holiday.name_en).strip(),
            )
            for holiday in settings.holidays
        ),
    )


def _validate(settings: ShopSettings) -> None:
    problems: dict[str, FieldProblem] = {}
    for name, (low, high) in _RANGES.items():
        if not low <= getattr(settings, name) <= high:
            problems[name] = FieldProblem.OUT_OF_RANGE
    if settings.lost_after_days <= settings.dormant_after_days:
        problems["lost_after_days"] = FieldProblem.OUT_OF_RANGE
    if len(settings.shop_name) > 100:
        problems["shop_name"] = FieldProblem.TOO_LONG
    if any(len(h.name_zh) > 100 or len(h.name_en) > 100 for h in settings.holidays):
        problems["holidays"] = FieldProblem.TOO_LONG
    if settings.backup_folder and not Path(settings.backup_folder).is_absolute():
        problems["backup_folder"] = FieldProblem.INVALID_FOLDER
    for holiday in settings.holidays:
        if not holiday.name_zh.strip() and not holiday.name_en.strip():
            problems["holidays"] = FieldProblem.REQUIRED
        elif holiday.month is None and not holiday.dates:
            problems["holidays"] = FieldProblem.INVALID_DATE
    if problems:
        raise ValidationError.for_fields(problems)


def _to_rows(settings: ShopSettings) -> dict[str, str]:
    rows = {}
    for item in fields(settings):
        value = getattr(settings, item.name)
        if item.name == "holidays":
            value = [holiday.to_json() for holiday in value]
        rows[item.name] = json.dumps(value, ensure_ascii=False)
    return rows


def _from_rows(stored: dict[str, str]) -> ShopSettings:
    values: dict[str, object] = {}
    defaults = ShopSettings()
    for item in fields(ShopSettings):
        if item.name not in stored:
            continue
        try:
            value = json.loads(stored[item.name])
            if item.name == "holidays":
                value = tuple(Holiday.from_json(entry) for entry in value)
            elif type(value) is not type(getattr(defaults, item.name)):
                continue  # a hand-edited or damaged value falls back to the default
        except (ValueError, KeyError, TypeError):
            continue
        values[item.name] = value
    return replace(defaults, **values)  # type: ignore[arg-type]


def holiday_when_text(holiday: Holiday) -> str:
    """How the settings table shows a holiday's date: "10-01" every year, or its listed dates
    (blank for a hand-edited entry that lost its day, which is never on the agenda either)."""
    if holiday.month is not None and holiday.day is not None:
        return f"{holiday.month:02d}-{holiday.day:02d}"
    return ", ".join(day.isoformat() for day in holiday.dates)


def holiday_from_text(name_zh: str, name_en: str, when: str) -> Holiday:
    """A holiday typed into the settings: "MM-DD" recurs each year; full dates (separated by
    commas or spaces) are a lunar holiday's dates, year by year. Names are display text, the
    dates key text (text_cleaning): full-width ｜１０－０１｜ is 10-01."""
    name_zh, name_en = display_text(name_zh), display_text(name_en)
    parts = [part for part in re.split(r"[\s,，、;；]+", key_text(when).strip()) if part]
    problem: dict[str, FieldProblem] = {"holidays": FieldProblem.INVALID_DATE}
    if not (name_zh.strip() or name_en.strip()):
        raise ValidationError.for_fields({"holidays": FieldProblem.REQUIRED})
    if len(parts) == 1 and re.fullmatch(r"\d{1,2}-\d{1,2}", parts[0], re.ASCII):
        month, day = (int(n) for n in parts[0].split("-"))
        try:
            dt.date(2000, month, day)  # a leap year, so 02-29 is allowed
        except ValueError:
            raise ValidationError.for_fields(problem) from None
        return Holiday(name_zh.strip(), name_en.strip(), month=month, day=day)
    try:
        if not all(part.isascii() for part in parts):  # another script's digits
            raise ValueError(when)
        dates = tuple(sorted({dt.date.fromisoformat(part) for part in parts}))
    except ValueError:
        raise ValidationError.for_fields(problem) from None
    if not dates:
        raise ValidationError.for_fields(problem)
    return Holiday(name_zh.strip(), name_en.strip(), dates=dates)
