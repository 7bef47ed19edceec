"""Once-a-day upkeep: stages move with the calendar (a quiet customer turns dormant overnight).

Run at start and whenever the app notices the date has changed; a second run on the same day
only reads one settings row.
"""

from __future__ import annotations

import datetime as dt
import json

from custdesk.services.customers.aggregates import STAGES_COMPUTED_ON, recompute_stages
from custdesk.services.shop.settings import stage_rules_in
from custdesk.storage import orm
from custdesk.storage.db import Database


class DailyUpkeep:
    def __init__(self, db: Database) -> None:
        self._db = db

    def run(self, today: dt.date) -> int | None:
        """Stages as of ``today``; how many changed, or None when today's run already happened."""
        with self._db.reading() as session:
            done = session.get(orm.ShopSetting, STAGES_COMPUTED_ON)
            if done is not None and done.value == json.dumps(today.isoformat()):
                return None
        with self._db.writing() as session:
            changed = recompute_stages(session, today, stage_rules_in(session))
            session.merge(
                orm.ShopSetting(key=STAGES_COMPUTED_ON, value=json.dumps(today.isoformat()))
            )
            return changed
