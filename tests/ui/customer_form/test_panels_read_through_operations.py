"""A customer's file opens even when one of its panels cannot be read (the disk, a lock held by
another program): the clerk is told why in words, never shown the internal-error dialog."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from custdesk.app import Services
from custdesk.errors import DatabaseLockedError
from custdesk.services.customers.records import CustomerDraft
from tests.ui.building import customer_dialog


class Refusing:
    """A service whose reads meet a locked database; everything else is the real service's."""

    def __init__(self, real: object, *reads: str) -> None:
        self._real = real
        self._reads = reads

    def __getattr__(self, name: str) -> Any:
        if name in self._reads:

            def locked(*_args: object, **_kwargs: object) -> object:
                raise DatabaseLockedError("database is locked")

            return locked
        return getattr(self._real, name)


@pytest.mark.parametrize(
    ("service", "reads"),
    [
        ("visits", ("visits",)),  # contact history
        ("purchases", ("purchases_of",)),
        ("referrals", ("referral_of", "referred_by")),
        ("customers", ("history",)),  # change history
    ],
)
def test_a_panel_that_cannot_be_read_is_told_and_the_file_still_opens(
    qtbot: QtBot,
    services: Services,
    shown_messages: list[tuple[str, str]],
    service: str,
    reads: tuple[str, ...],
) -> None:
    record = services.customers.create(CustomerDraft(name="张三"))
    dialog = customer_dialog(
        services, record=record, **{service: Refusing(getattr(services, service), *reads)}
    )
    qtbot.addWidget(dialog)

    assert dialog.name_edit.text() == "张三"
    assert shown_messages == [
        (
            "The file is busy",
            "Another program is using the customer file right now (a backup or sync tool, or a"
            " second CustDesk), so this could not be read. Wait a moment and try again; nothing"
            " was changed.",
        )
    ]
