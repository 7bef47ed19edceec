"""A clerk's day at the counter, driven with real key presses in a real X window (issue 18).

Starts the app on a fresh demo shop under Xvfb (with openbox, so windows get focus) and types,
through xdotool and never the mouse:

  1. find a customer by pinyin, then by phone digits, and add a purchase;
  2. create a referred customer with a birthday (her referrer picked in the new-customer form);
  3. record a complaint and resolve it;
  4. mark an overdue follow-up done;
  5. export this month's report into a scratch folder.

After each step it takes a screenshot and checks the result in the shop file with sqlite3; the
first step that fails stops the run with a message naming it (exit 1). Screenshots go to
docs/screenshots/drive-<step>-<W>x<H>-<lang>.png (8-bit palette, to stay small).

Needs: Xvfb, openbox, xdotool, ImageMagick (import, convert).
    python tools/drive_counter_day.py                       # 1024x560 and 1366x768, zh_CN and en
    python tools/drive_counter_day.py --size 1366x768 --lang en --keep

Why counted Tabs: they are what a clerk presses. When a layout change moves a field, the step
fails and says which; the counts below are the keyboard path the issue asks to keep short.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "zh_CN.json"
SIZES = ("1024x560", "1366x768")
LANGUAGES = ("zh_CN", "en")
WAIT_S = 15.0  # a window to come or go, a file to be written (2 shared cores: be patient)
TYPE_DELAY_MS = 40
NEW_CUSTOMER = "Li Na"
NEW_BIRTHDAY = "1990-03-15"
SHOP_FILE = "shop.db"  # the demo shop has no name: the window is titled by its file
PURCHASE_ITEM = "Silk scarf"
PURCHASE_AMOUNT = "19.99"
# From the customer form's name field, Shift+Tab goes Cancel, Save, Add purchase, amount,
# quantity, then the item: the purchase row sits just before the form's buttons.
BACK_TO_ITEM = 6
# In the complaint form, back from the customer search: Cancel, Save, then the description.
BACK_TO_DESCRIPTION = 3


class DayStepError(Exception):
    """A step of the day did not do what a clerk expects; the message says which and why."""


def words(language: str) -> Callable[[str], str]:
    """The window titles as the clerk reads them in ``language`` (the app's own catalogue)."""
    if language == "en":
        return lambda text: text
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return lambda text: str(catalogue.get(text, text))


# -- the X session ----------------------------------------------------------------------------
def tool(name: str) -> str:
    """The full path of a program the drive needs (checked present in ``main``)."""
    return shutil.which(name) or name


def free_display() -> int:
    for number in range(91, 140):
        if not Path(f"/tmp/.X{number}-lock").exists():  # noqa: S108 - where X keeps its locks
            return number
    raise RuntimeError("no free X display number between :91 and :139")


@contextmanager
def x_session(size: str, log_dir: Path) -> Iterator[str]:
    """Xvfb at ``size`` with openbox; yields the DISPLAY value."""
    display = f":{free_display()}"
    started: list[subprocess.Popen[bytes]] = []
    try:
        with (log_dir / "xvfb.log").open("wb") as log:
            started.append(
                subprocess.Popen(
                    [tool("Xvfb"), display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                    stdout=log,
                    stderr=log,
                )
            )
        env = {**os.environ, "DISPLAY": display}
        deadline = time.monotonic() + WAIT_S
        while subprocess.run([tool("xdpyinfo")], env=env, capture_output=True).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb did not start on {display}")
            time.sleep(0.2)
        with (log_dir / "openbox.log").open("wb") as log:
            started.append(subprocess.Popen([tool("openbox")], env=env, stdout=log, stderr=log))
        time.sleep(1.0)
        yield display
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


@dataclass
class Keyboard:
    """xdotool on one display: keys, typing, window titles and screenshots."""

    display: str

    def _run(self, program: str, *args: str) -> str:
        env = {**os.environ, "DISPLAY": self.display}
        done = subprocess.run([tool(program), *args], env=env, capture_output=True, text=True)
        return done.stdout.strip()

    def key(self, *keys: str, times: int = 1) -> None:
        for _ in range(times):
            for name in keys:
                self._run("xdotool", "key", "--clearmodifiers", name)
                time.sleep(0.15)

    def type(self, text: str) -> None:
        self._run("xdotool", "type", "--delay", str(TYPE_DELAY_MS), text)
        time.sleep(0.3)

    def active_title(self) -> str:
        return self._run("xdotool", "getactivewindow", "getwindowname")

    def wait_for_title(self, title: str, step: str, what: str) -> None:
        """Until the focused window's title starts with ``title``, else the step fails."""
        deadline = time.monotonic() + WAIT_S
        while not self.active_title().startswith(title):
            if time.monotonic() > deadline:
                raise DayStepError(
                    f"{step}: expected {what} (window '{title}'), "
                    f"but the focused window is '{self.active_title()}'"
                )
            time.sleep(0.2)
        time.sleep(0.5)  # painted, and its focus settled

    def screenshot(self, path: Path) -> None:
        raw = path.with_suffix(".raw.png")
        self._run("import", "-window", "root", str(raw))
        subprocess.run(
            [tool("convert"), str(raw), "+dither", "-colors", "256", f"PNG8:{path}"], check=True
        )
        raw.unlink()


# -- the shop file ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Customer:
    id: int
    name: str
    pinyin: str
    phone_digits: str


def read(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """A fresh read-only connection each time: what the app has committed, nothing cached."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return connection.execute(sql, params).fetchall()


def findable_customers(db: Path) -> list[Customer]:
    """Customers whose pinyin finds only them (no other pinyin contains it) and who have a
    phone: a search for them opens them, whatever the list's order."""
    rows = read(
        db,
        """
        SELECT c.id, c.name, c.name_pinyin, p.number FROM customers c
        JOIN customer_phones p ON p.customer_id = c.id AND p.position = 0
        WHERE length(c.name_pinyin) >= 6 AND c.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM customers d WHERE d.id != c.id
                          AND instr(d.name_pinyin, c.name_pinyin) > 0)
        ORDER BY c.id
        """,
    )
    return [
        Customer(
            int(str(i)), str(name), str(pinyin), "".join(ch for ch in str(num) if ch.isdigit())
        )
        for i, name, pinyin, num in rows
    ]


def unused_phone(db: Path) -> str:
    for tail in range(1515, 9999):
        number = f"1390000{tail:04d}"
        if not read(db, "SELECT 1 FROM customer_phones WHERE number LIKE ?", f"%{number}"):
            return number
    raise RuntimeError("no unused phone number")


# -- the day ----------------------------------------------------------------------------------
@dataclass
class Day:
    keys: Keyboard
    db: Path
    shots: Path
    suffix: str  # <W>x<H>-<lang>
    tr: Callable[[str], str]
    scratch: Path
    taken: list[Path]

    @property
    def main_title(self) -> str:
        """The main window's title: the shop file's name (the demo shop has no shop name set),
        then the app's name (main_window.program_title)."""
        return f"{SHOP_FILE} — {self.tr('CustDesk')}"

    def shot(self, step: str) -> None:
        path = self.shots / f"drive-{step}-{self.suffix}.png"
        self.keys.screenshot(path)
        self.taken.append(path)

    def back_to_main(self, step: str) -> None:
        self.keys.wait_for_title(self.main_title, step, "the form to close")

    def check(self, step: str, ok: bool, what: str) -> None:
        if not ok:
            raise DayStepError(f"{step}: {what}")

    def to_navigation(self) -> None:
        """Focus on the page list: Ctrl+F puts it in the customer search, the page list is
        the one field before it."""
        self.keys.key("ctrl+f")
        self.keys.key("Escape")  # the search cleared
        self.keys.key("shift+Tab")

    def open_customer(self, text: str, step: str, *, down: bool = False) -> None:
        self.keys.key("ctrl+f")
        self.keys.key("ctrl+a")
        self.keys.type(text)
        time.sleep(0.6)  # the search as typed
        if down:
            self.keys.key("Down")
        self.keys.key("Return")
        self.keys.wait_for_title(self.tr("Edit customer"), step, f"the file found by '{text}'")

    def find_and_buy(self, customer: Customer) -> None:
        step = "1 find a customer and add a purchase"
        self.open_customer(customer.pinyin, step)
        self.shot("1-find-pinyin")
        self.keys.key("Escape")  # nothing changed: it closes at once
        self.back_to_main(step)
        before = read(self.db, "SELECT count(*) FROM purchases WHERE customer_id=?", customer.id)
        self.open_customer(customer.phone_digits[-8:], step, down=True)
        self.keys.key("shift+Tab", times=BACK_TO_ITEM)
        self.keys.type(PURCHASE_ITEM)
        self.keys.key("Tab", times=2)  # the quantity stays 1
        self.keys.type(PURCHASE_AMOUNT)
        self.keys.key("Return")  # adds the purchase, and only that
        time.sleep(1.0)
        self.shot("1-purchase")
        self.check(
            step,
            self.keys.active_title().startswith(self.tr("Edit customer")),
            "Enter in the purchase amount closed the customer form",
        )
        self.keys.key("ctrl+s")
        self.back_to_main(step)
        after = read(self.db, "SELECT count(*) FROM purchases WHERE customer_id=?", customer.id)
        bought = read(
            self.db,
            "SELECT 1 FROM purchases WHERE customer_id=? AND item=? AND amount_cents=1999",
            customer.id,
            PURCHASE_ITEM,
        )
        self.check(
            step,
            after[0][0] == before[0][0] + 1 and bool(bought),  # type: ignore[operator]
            f"{customer.pinyin} has {after[0][0]} purchases (had {before[0][0]}); "
            f"expected one more: {PURCHASE_ITEM} at ¥{PURCHASE_AMOUNT}",
        )

    def new_referred_customer(self, referrer: Customer) -> int:
        step = "2 create a referred customer with a birthday"
        phone = unused_phone(self.db)
        self.keys.key("ctrl+n")
        self.keys.wait_for_title(self.tr("New customer"), step, "the new-customer form")
        self.keys.type(NEW_CUSTOMER)
        self.keys.key("Tab", times=2)  # past the gender
        self.keys.type(NEW_BIRTHDAY)
        self.keys.key("Tab")
        self.keys.type(phone)
        self.keys.key("Tab", times=2)  # past WeChat, into "Introduced by"
        self.keys.type(referrer.pinyin)
        time.sleep(0.8)  # one match: chosen
        self.shot("2-new-customer")
        self.keys.key("ctrl+s")
        self.back_to_main(step)
        rows = read(
            self.db,
            "SELECT c.id, c.birth_year, c.birth_month, c.birth_day FROM customers c "
            "JOIN customer_phones p ON p.customer_id = c.id WHERE c.name=? AND p.number LIKE ?",
            NEW_CUSTOMER,
            f"%{phone}",
        )
        self.check(step, len(rows) == 1, f"no customer '{NEW_CUSTOMER}' with phone {phone} saved")
        new_id, *born = rows[0]
        self.check(
            step,
            tuple(born) == (1990, 3, 15),
            f"'{NEW_CUSTOMER}' saved with birthday {born}, typed {NEW_BIRTHDAY}",
        )
        link = read(self.db, "SELECT referrer_id FROM referrals WHERE referred_id=?", new_id)
        self.check(
            step,
            link == [(referrer.id,)],
            f"'{NEW_CUSTOMER}' has referrer {link}, expected {referrer.pinyin} (id {referrer.id})",
        )
        return int(str(new_id))

    def complaint(self, customer: Customer) -> None:
        step = "3 record and resolve a complaint"
        description = "Zipper broke after two days"
        self.to_navigation()
        self.keys.key("ctrl+5")  # Complaints
        self.keys.key("alt+f")
        self.keys.key("c")  # File ▸ New complaint…
        self.keys.wait_for_title(self.tr("New complaint"), step, "the complaint form")
        self.keys.type(customer.pinyin)
        time.sleep(0.8)
        self.keys.key("shift+Tab", times=BACK_TO_DESCRIPTION)
        self.keys.type(description)
        self.shot("3-complaint")
        self.keys.key("ctrl+s")
        self.back_to_main(step)
        rows = read(
            self.db,
            "SELECT id, status FROM complaints WHERE customer_id=? AND description=?",
            customer.id,
            description,
        )
        self.check(step, len(rows) == 1, f"no complaint '{description}' for {customer.pinyin}")
        complaint_id, status = rows[0]
        self.check(step, status == "open", f"the new complaint is '{status}', not open")
        self.keys.key("F6")  # into the complaints, the newest (open first) selected
        self.keys.key("Return")
        self.keys.wait_for_title(self.tr("Resolve complaint"), step, "Enter on it to resolve")
        self.keys.type("Replaced the zipper free of charge")
        self.shot("3-resolve")
        self.keys.key("ctrl+s")
        self.back_to_main(step)
        (status,) = read(self.db, "SELECT status FROM complaints WHERE id=?", complaint_id)[0]
        self.check(step, status == "resolved", f"the complaint is '{status}' after Resolve")

    def follow_up_done(self, today: dt.date) -> None:
        step = "4 mark a follow-up done"
        done_before = read(self.db, "SELECT count(*) FROM follow_ups WHERE status='done'")
        self.to_navigation()
        self.keys.key("ctrl+1")  # Today, in its work list: the most urgent line selected
        time.sleep(0.8)
        self.keys.key("Return")  # the oldest overdue follow-up (the complaint is resolved)
        self.keys.wait_for_title(self.tr("Complete follow-up"), step, "Enter to open Done")
        self.keys.key("Tab")  # from the purpose to the outcome
        self.keys.type("Will come in on Saturday")
        self.shot("4-follow-up")
        self.keys.key("ctrl+s")
        self.back_to_main(step)
        done = read(
            self.db,
            "SELECT count(*), max(due_on) FROM follow_ups WHERE status='done'",
        )[0]
        self.check(
            step,
            done[0] == done_before[0][0] + 1 and str(done[1]) < today.isoformat(),  # type: ignore[operator]
            f"{done[0]} follow-ups done (were {done_before[0][0]}); expected one overdue more",
        )

    def export_month(self, today: dt.date) -> None:
        step = "5 export this month's report"
        target = self.scratch / "exports" / f"month-{self.suffix}.xlsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        self.keys.key("ctrl+e")
        self.keys.wait_for_title(self.tr("Export reports to Excel"), step, "the export dialog")
        self.keys.key("ctrl+a")  # the first date: from
        self.keys.type(today.replace(day=1).isoformat())
        self.keys.key("Tab")
        self.keys.key("ctrl+a")
        self.keys.type(today.isoformat())
        self.shot("5-export")
        self.keys.key("Return")  # Export…
        self.keys.wait_for_title(self.tr("Export to Excel"), step, "the file dialog")
        self.keys.key("ctrl+a")
        self.keys.type(str(target))
        self.keys.key("Return")
        deadline = time.monotonic() + WAIT_S
        while not target.exists() and time.monotonic() < deadline:
            time.sleep(0.3)
        # The export ends with where the file is, and Open file / Open folder (issue 18).
        self.keys.wait_for_title(self.tr("File saved"), step, "the file-written message")
        time.sleep(0.5)
        self.shot("5-exported")
        self.keys.key("Escape")  # Close: the file stays where it is
        self.check(step, target.exists(), f"no workbook at {target}")
        with zipfile.ZipFile(target) as workbook:
            self.check(
                step, "xl/workbook.xml" in workbook.namelist(), f"{target} is no Excel workbook"
            )


def drive(size: str, language: str, shots: Path, customers: int, keep: bool) -> list[Path]:
    """One day at one screen size in one language; the screenshots taken."""
    scratch = Path(tempfile.mkdtemp(prefix=f"drive-{size}-{language}-"))
    home = scratch / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DOCUMENTS_DIR": str(home / "Documents"),
        "XDG_RUNTIME_DIR": str(scratch / "run"),
        "TZ": "Asia/Shanghai",
        "CUSTDESK_LANG": language,
        "LANG": "zh_CN.UTF-8" if language == "zh_CN" else "en_US.UTF-8",
        "PYTHONPATH": str(ROOT / "src"),
        "QT_QPA_PLATFORM": "xcb",
    }
    env.pop("QT_SCALE_FACTOR", None)
    (scratch / "run").mkdir(mode=0o700)
    db = scratch / SHOP_FILE
    cli = [sys.executable, "-m", "custdesk.cli"]
    subprocess.run(
        [*cli, "demo", "--db", str(db), "--customers", str(customers), "--seed", "1"],
        env=env,
        check=True,
        capture_output=True,
    )
    findable = findable_customers(db)
    if len(findable) < 2:
        raise RuntimeError("the demo shop has no two customers a pinyin search finds alone")
    buyer, referrer = findable[0], findable[1]
    taken: list[Path] = []
    today = dt.datetime.now().date()  # the app's clock: the same machine, TZ set above
    try:
        with x_session(size, scratch) as display:
            env["DISPLAY"] = display
            with (scratch / "app.log").open("wb") as log:
                app = subprocess.Popen(
                    [*cli, "gui", "--db", str(db)], env=env, stdout=log, stderr=log
                )
            keys = Keyboard(display)
            day = Day(keys, db, shots, f"{size}-{language}", words(language), scratch, taken)
            try:
                keys.wait_for_title(day.main_title, "start", "the main window")
                time.sleep(2.0)  # Today's agenda read in the background
                day.find_and_buy(buyer)
                day.new_referred_customer(referrer)
                day.complaint(buyer)
                day.follow_up_done(today)
                day.export_month(today)
                keys.key("ctrl+q")
                app.wait(WAIT_S)
            finally:
                if app.poll() is None:
                    app.terminate()
                    try:
                        app.wait(5)
                    except subprocess.TimeoutExpired:
                        app.kill()
    except DayStepError:
        print(f"(kept for a look: {scratch})", file=sys.stderr)
        raise
    if not keep:
        shutil.rmtree(scratch, ignore_errors=True)
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", action="append", choices=SIZES, help="default: both")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="default: both")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--customers", type=int, default=300, help="demo shop size")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folders")
    args = parser.parse_args(argv)
    missing = [
        tool
        for tool in ("Xvfb", "openbox", "xdotool", "import", "convert", "xdpyinfo")
        if shutil.which(tool) is None
    ]
    if missing:
        print(f"drive: please install {', '.join(missing)}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for size in args.size or SIZES:
        for language in args.lang or LANGUAGES:
            try:
                taken = drive(size, language, args.out, args.customers, args.keep)
            except DayStepError as exc:
                failed += 1
                print(f"FAIL {size} {language}: step {exc}", file=sys.stderr)
            else:
                print(f"ok   {size} {language}: {len(taken)} screenshots")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
