"""What the ``custdesk`` command prints, in one language at a time: the Today agenda for
``custdesk due``, the check's findings and the words every command says. Presentation of the
command line, beside cli.py: services return codes and figures, never text for a reader; the
words come from the catalogue (custdesk.words) under the context "cli"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from custdesk.code_words import LABELS, REWARD_KINDS, STAGES
from custdesk.services.contacts.agenda import QUIET_WINDOW_DAYS, TodayAgenda
from custdesk.services.contacts.work_list import WorkKind
from custdesk.services.customers.customer_list import CustomerRow
from custdesk.services.customers.phones import display_phone
from custdesk.services.referrals.rewards import RewardRecord
from custdesk.services.shop.health import HealthReport, SharedPhone
from custdesk.services.spreadsheets.customer_import import ImportReport, RowResult
from custdesk.services.spreadsheets.history_import import HistoryKind, HistoryReport, HistoryRow
from custdesk.services.spreadsheets.history_words import history_messages
from custdesk.services.spreadsheets.import_conflict_words import conflict_sentence
from custdesk.services.spreadsheets.import_duplicates import ConflictKind, Decision
from custdesk.services.spreadsheets.import_files import Table
from custdesk.services.spreadsheets.import_words import row_messages
from custdesk.words import N_, translate

CLI = "cli"  # the catalogue context of the command line's words
LISTED = 50  # rows an import lists one by one; the rest are counted


def say(language: str, source: str, /, **fields: object) -> str:
    """``source`` (English, marked ``N_("cli", …)``) in ``language``, its {fields} filled in."""
    return translate(CLI, source, language).format(**fields)


def say_counted(language: str, one: str, many: str, /, count: int, **fields: object) -> str:
    """``one`` when ``count`` is 1, else ``many`` (both marked ``N_("cli", …)`` and holding
    ``count`` as {count}, or in a field of their own): "1 day late", "2 days late". Chinese has
    one form and gives both the same words."""
    return say(language, one if count == 1 else many, count=count, **fields)


def _phone(number: str) -> str:
    return display_phone(number) if number else "-"


def found_lines(rows: Sequence[CustomerRow], found: int, language: str) -> Iterator[str]:
    """What ``custdesk find`` prints: a customer a line, as the customer list shows them (name,
    first phone, stage, last contact), then how many the search found."""
    for row in rows:
        stage = translate(LABELS, STAGES.get(row.stage, row.stage), language)
        contact = row.last_contact_at.date().isoformat() if row.last_contact_at else "-"
        yield f"{row.name}  {_phone(row.phone)}  {stage}  {contact}"
    if len(rows) < found:
        more = N_("cli", "{shown} of {count} found; --limit prints more")
        yield say(language, more, shown=len(rows), count=found)
    else:
        yield say(language, N_("cli", "{count} found"), count=found)


def agenda_lines(
    agenda: TodayAgenda, rewards_owed: Sequence[RewardRecord], language: str
) -> Iterator[str]:
    """The Today page as lines of text, every section of it: headings with their counts, then
    one line per item (``rewards_owed``: the referral rewards Today lists, oldest first)."""
    today = agenda.today
    yield say(language, N_("cli", "CustDesk Today {date}"), date=today.isoformat())
    yield ""
    yield say(language, N_("cli", "Overdue follow-ups ({count})"), count=len(agenda.overdue))
    for item in agenda.overdue:
        days = (today - item.due_on).days
        late = say_counted(
            language,
            N_("cli", "{days} day late"),
            N_("cli", "{days} days late"),
            count=days,
            days=days,
        )
        yield (
            f"  {item.due_on.isoformat()}  {late}  {item.customer_name}  "
            f"{_phone(item.phone)}  {item.purpose}".rstrip()
        )
    yield say(language, N_("cli", "Due today ({count})"), count=len(agenda.due_today))
    for item in agenda.due_today:
        yield f"  {item.customer_name}  {_phone(item.phone)}  {item.purpose}".rstrip()
    yield say(
        language,
        N_("cli", "Birthdays, today and the next 6 days ({count})"),
        count=len(agenda.birthdays),
    )
    for birthday in agenda.birthdays:
        turns = (
            "-"  # the year of birth is not known: no age, as a blank phone is "-"
            if birthday.turning is None
            else say(language, N_("cli", "turns {age}"), age=birthday.turning)
        )
        yield (
            f"  {birthday.on.isoformat()}  {birthday.customer_name}  {turns}  "
            f"{_phone(birthday.phone)}"
        )
    yield say(
        language,
        N_("cli", "Holidays, today and the next 6 days ({count})"),
        count=len(agenda.holidays),
    )
    for holiday in agenda.holidays:
        yield f"  {holiday.on.isoformat()}  {holiday.holiday.name_for(language)}"
    yield say(
        language,
        N_(
            "cli",
            "Gone quiet in the last {window} days, no call planned: {count} (of {total} who "
            "have bought with no contact for {days} days or more)",
        ),
        window=QUIET_WINDOW_DAYS,
        count=len(agenda.gone_quiet),
        total=agenda.quiet_total,
        days=agenda.dormant_after_days,
    )
    for quiet in agenda.gone_quiet:
        yield (
            f"  {quiet.last_contact.isoformat()}  {quiet.customer_name}  {_phone(quiet.phone)}  "
            f"{_money(quiet.total_spent_cents)}"
        )
    yield say(language, N_("cli", "Referral rewards owed ({count})"), count=len(rewards_owed))
    for reward in rewards_owed:
        kind = translate(LABELS, REWARD_KINDS.get(reward.kind, reward.kind), language)
        value = f" {_money(reward.value_cents)}" if reward.value_cents else ""
        brought = say(language, N_("cli", "for bringing {name}"), name=reward.referred_name)
        yield f"  {reward.owed_since.isoformat()}  {reward.referrer_name}  {brought}  {kind}{value}"
    yield say(language, N_("cli", "Open complaints: {count}"), count=agenda.open_complaints)
    for work in agenda.work_list:
        if work.kind is WorkKind.OPEN_COMPLAINT:
            yield (
                f"  {work.due_on.isoformat()}  {work.customer_name}  {_phone(work.phone)}  "
                f"{work.about}".rstrip()
            )


def _money(cents: int) -> str:
    return f"¥{cents / 100:,.2f}"


def check_lines(report: HealthReport, language: str) -> Iterator[str]:
    """What ``custdesk check`` found in a shop file, ending with "ok" when it is not damaged."""
    for problem in report.integrity_problems:  # SQLite's own words
        yield say(language, N_("cli", "damage: {problem}"), problem=problem)
    for problem in report.foreign_key_problems:
        yield say(language, N_("cli", "broken link: {problem}"), problem=problem)
    if not report.ok:
        return
    count = (
        say(language, N_("cli", "unknown")) if report.customers is None else str(report.customers)
    )
    yield say(
        language, N_("cli", "integrity: ok, foreign keys: ok, customers: {count}"), count=count
    )
    for shared in report.duplicate_phones:
        yield shared_phone_line(shared, language)
    hidden = report.duplicate_phone_count - len(report.duplicate_phones)
    if hidden:
        yield say_counted(
            language,
            N_("cli", "duplicate phone: ... and {count} more number"),
            N_("cli", "duplicate phone: ... and {count} more numbers"),
            count=hidden,
        )
    if report.duplicate_phone_count:  # a warning for the clerk, not damage: still "ok", exit 0
        yield say_counted(
            language,
            N_(
                "cli",
                "{count} phone number on more than one customer: merge them in the window if "
                "they are the same person (a warning, not damage)",
            ),
            N_(
                "cli",
                "{count} phone numbers on more than one customer: merge them in the window if "
                "they are the same person (a warning, not damage)",
            ),
            count=report.duplicate_phone_count,
        )
    yield say(language, N_("cli", "ok"))


def shared_phone_line(shared: SharedPhone, language: str) -> str:
    """ "duplicate phone: +8613800138000 is on customers 12 (王小明) and 40 (王晓明)"."""
    owners = [
        say(language, N_("cli", "{id} ({name})"), id=customer_id, name=name)
        for customer_id, name in shared.owners
    ]
    listed = say(
        language,
        N_("cli", "{some} and {last}"),
        some=say(language, N_("cli", ", ")).join(owners[:-1]),
        last=owners[-1],
    )
    return say(
        language,
        N_("cli", "duplicate phone: {number} is on customers {owners}"),
        number=shared.number,
        owners=listed,
    )


def import_lines(
    table: Table, rows: Sequence[RowResult], report: ImportReport, language: str
) -> Iterator[str]:
    """What ``custdesk import`` did: the counts, then a sentence for each of the first rows
    skipped or listed (import_words.row_messages), then the first rows imported without the
    invisible characters their cells held."""
    yield say(
        language,
        N_(
            "cli",
            "import: imported: {imported}; updated: {updated}; already up to date: {unchanged}; "
            "merged into an earlier row with the same phone: {merged}; skipped: {skipped}; with "
            "invisible characters removed: {cleaned} (sheet {sheet!r}, rows: {rows})",
        ),
        imported=report.imported,
        updated=report.updated,
        unchanged=report.unchanged,
        merged=len(report.folded),
        skipped=len(report.skipped),
        cleaned=len(report.cleaned),
        sheet=table.sheet,
        rows=len(table.rows),
    )
    # One sentence per row skipped or listed (named from its phone, kept with a note), the same
    # as the window and the --errors sheet say; a row whose phones belong to two customers is
    # said once, among the conflicts below.
    undecided = {c.row_number for c in report.conflicts if c.kind is ConflictKind.TWO_OWNERS}
    messages = [m for m in row_messages(rows, language, report) if m.row_number not in undecided]
    for message in messages[:LISTED]:
        yield f"  {message.sentence}"
    if len(messages) > LISTED:
        more = len(messages) - LISTED
        yield say(language, N_("cli", "  ... and {count} more"), count=more)
    yield from conflict_lines(report, language)
    removed = {row.row_number: row.removed for row in rows}
    taken_from = N_("cli", "{chars} from {field}")
    for row_number, _note in report.cleaned[:LISTED]:  # imported all the same; worth a look
        where = "; ".join(
            say(language, taken_from, chars=chars, field=field)
            for field, chars in removed[row_number].items()
        )
        cleaned = N_("cli", "  row {row}: imported; removed invisible characters {where}")
        yield say(language, cleaned, row=row_number, where=where)
    if len(report.cleaned) > LISTED:
        more = len(report.cleaned) - LISTED
        rest = N_("cli", "  ... and {count} more rows with invisible characters removed")
        yield say(language, rest, count=more)


def conflict_lines(report: ImportReport, language: str) -> Iterator[str]:
    """Every conflict the import met (never cut short: each is a decision the clerk may want to
    undo by hand), with what was done: kept, replaced, or left for the clerk."""
    if not report.conflicts:
        return
    left = sum(1 for c in report.conflicts if c.decision is None)
    replaced = sum(1 for c in report.conflicts if c.decision is Decision.REPLACE)
    yield say(
        language,
        N_("cli", "conflicts: {count} ({kept} kept, {replaced} replaced, {left} left for you)"),
        count=len(report.conflicts),
        kept=len(report.conflicts) - left - replaced,
        replaced=replaced,
        left=left,
    )
    for conflict in report.conflicts:
        yield f"  {conflict_sentence(conflict, language)}"


def history_lines(
    table: Table, rows: Sequence[HistoryRow], report: HistoryReport, language: str
) -> Iterator[str]:
    """What ``custdesk import-history`` did: the count, then a sentence for each of the first
    rows not imported (history_words.history_messages, as the window says them)."""
    done = {
        HistoryKind.PURCHASES: N_(
            "cli",
            "import-history: purchases added: {imported}; customers: {customers}; rows not "
            "imported: {skipped} (sheet {sheet!r}, rows: {rows})",
        ),
        HistoryKind.VISITS: N_(
            "cli",
            "import-history: visits added: {imported}; customers: {customers}; rows not "
            "imported: {skipped} (sheet {sheet!r}, rows: {rows})",
        ),
    }[report.kind]
    yield say(
        language,
        done,
        imported=report.imported,
        customers=report.customers,
        skipped=len(report.skipped),
        sheet=table.sheet,
        rows=len(table.rows),
    )
    messages = history_messages(rows, language)
    for message in messages[:LISTED]:
        yield f"  {message.sentence}"
    if len(messages) > LISTED:
        more = len(messages) - LISTED
        yield say(language, N_("cli", "  ... and {count} more"), count=more)
