"""`make mutate`: mutation testing of the domain modules, with the kill rate of each module.

mutmut (https://mutmut.readthedocs.io) copies ``src/`` into ``mutants/``, makes small mistakes in
every function of the modules below (``<`` for ``<=``, ``+ 1`` for ``+ 2``, a dropped argument, a
changed string) and runs, for each mistake, the tests that reach that function. A mutant the tests
notice is *killed*; one they do not notice *survived*. Issue 15 sets the bar: at least 85% of the
mutants of each named module killed, and every survivor listed in ``docs/mutation.md``, either as
equivalent (it cannot change what a user sees; the reason is written in
``docs/mutation-equivalents/*.toml``) or covered by a new test.

Usage::

    make mutate                    # every mutant below with no result yet (new or changed code)
    make mutate MODULES=phones     # every mutant of one group (or module short name), again
    python tools/mutate.py --survivors     # only the survivors, after adding tests
    python tools/mutate.py --report-only   # re-read the last results, rewrite docs/mutation.md

mutmut keeps its results in ``mutants/`` and a plain run only re-runs what changed, so a second run
is quick; the first takes hours on two cores.
Exit status: 0 when every module run meets the target and no survivor is unexplained, else 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]
TARGET = 0.85
EQUIVALENTS = ROOT / "docs" / "mutation-equivalents"  # one .toml per module group
REPORT = ROOT / "docs" / "mutation.md"

# The domain modules issue 15 names, grouped as it names them. Must match [tool.mutmut]
# only_mutate in pyproject.toml (mutmut only makes mutants for the files listed there).
MODULES: dict[str, tuple[str, ...]] = {
    "money and purchases": ("custdesk.services.customers.purchases",),
    "merge": ("custdesk.services.customers.merge", "custdesk.services.customers.merge_undo"),
    "stages": ("custdesk.services.customers.stages", "custdesk.services.customers.aggregates"),
    "complaints": ("custdesk.services.complaints.complaints",),
    "dashboard and report periods": (
        "custdesk.periods",
        "custdesk.storage.dialect",
        "custdesk.services.spreadsheets.dashboard",
        "custdesk.services.customers.calendar",
        "custdesk.services.spreadsheets.export_summary",
    ),
    "exports": (
        "custdesk.services.spreadsheets.excel_export",
        "custdesk.services.spreadsheets.export_reports",
        "custdesk.services.spreadsheets.export_sheets",
    ),
    # Only the thinning rule: the rest of backups.py (copying, quarantine, recovery) is file
    # work that the fault tests in tests/faults exercise, outside mutmut's in-process runs. Its
    # month count is custdesk.periods.months_between (in the group above).
    "backup thinning": ("custdesk.services.shop.backups.x_to_keep",),
    "phones": ("custdesk.services.customers.phones",),
    "referrals": (
        "custdesk.services.referrals.referrals",
        "custdesk.services.referrals.reports",
        "custdesk.storage.referral_walks",
    ),
    "customer list and search": (
        "custdesk.services.customers.customer_list",
        "custdesk.name_keys",
        "custdesk.storage.search_index",
    ),
}
# mutmut's statuses that count as "the tests noticed"
NOTICED = {"killed", "timeout", "caught by type check", "segfault"}


@dataclass
class ModuleResult:
    module: str
    statuses: Counter[str] = field(default_factory=Counter)
    survivors: list[str] = field(default_factory=list)
    equivalent: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.statuses.values())

    @property
    def noticed(self) -> int:
        return sum(n for status, n in self.statuses.items() if status in NOTICED)

    @property
    def not_run(self) -> int:
        return self.statuses["not checked"]

    @property
    def kill_rate(self) -> float:
        """Killed over the mutants run that are not equivalent (the usual mutation score)."""
        counted = self.total - self.not_run - len(self.equivalent)
        return self.noticed / counted if counted else 1.0

    @property
    def raw_rate(self) -> float:
        counted = self.total - self.not_run
        return self.noticed / counted if counted else 1.0


def chosen_modules(names: list[str]) -> list[str]:
    if not names:
        return [m for group in MODULES.values() for m in group]
    chosen: list[str] = []
    for name in names:
        if name in MODULES:
            chosen.extend(MODULES[name])
            continue
        matches = [m for g in MODULES.values() for m in g if name in m.split(".")]
        if not matches:
            sys.exit(f"unknown module {name!r}; choose from {sorted(MODULES)} or a module name")
        chosen.extend(matches)
    return chosen


def remove_half_generated() -> None:
    """A run stopped while mutmut writes its mutated copies leaves them empty, and mutmut then takes
    them for current (newer than the source): remove those so they are generated again."""
    for copy in (ROOT / "mutants" / "src").rglob("*.py"):
        source = ROOT / copy.relative_to(ROOT / "mutants")
        if copy.stat().st_size == 0 and source.exists() and source.stat().st_size > 0:
            copy.unlink()


def run_mutmut(names: list[str], max_children: int | None) -> None:
    """Run mutmut on the named mutants (globs), or, with no names, on every mutant with no result.

    mutmut re-runs every mutant a name matches, killed or not; with no names it only runs mutants
    that are new or whose function changed since their result, which is what a full run needs.
    """
    remove_half_generated()
    command = [*MUTMUT, "run"]
    if max_children:
        command += ["--max-children", str(max_children)]
    # mutmut's own exit status says nothing about the score; the results below do.
    environment = {**os.environ, "CUSTDESK_MUTATE": "1"}  # tests/conftest.py: no shrinking
    # mutmut runs the type_check_command by its bare name: the venv's mypy must come first.
    environment["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    subprocess.run([*command, *names], cwd=ROOT, env=environment, check=False)


def module_globs(modules: list[str]) -> list[str]:
    """mutmut names of every mutant of these modules (module.x_…, or function__mutmut_N)."""
    return [glob for module in modules for glob in (f"{module}.*", f"{module}__mutmut_*")]


# One process for every status and diff: `mutmut show` re-reads every result file per mutant.
_READ_RESULTS = """
import json
import sys
from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code
from mutmut.utils.file_utils import walk_mutatable_files

found = {}
for path in walk_mutatable_files():
    data = SourceFileMutationData(path=path)
    data.load()
    for name, exit_code in data.exit_code_by_key.items():
        status = status_by_exit_code[exit_code]
        survived = status not in sys.argv[1:]  # the statuses that need no diff
        try:  # a function changed since the run has no diff until mutmut runs again
            diff = get_diff_for_mutant(name, path=path) if survived else ""
        except Exception as exc:
            diff = f"(no diff: {exc})"
        found[name] = [status, diff]
print(json.dumps(found))
"""


def read_results() -> dict[str, tuple[str, str]]:
    """Mutant name -> (mutmut status, diff of a surviving mutant), from mutmut's result files."""
    out = subprocess.run(
        [sys.executable, "-c", _READ_RESULTS, *sorted(NOTICED | {"not checked"})],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {name: (status, diff) for name, (status, diff) in json.loads(out).items()}


def changed_lines(diff: str) -> str:
    """The removed and added lines of a diff: how an equivalence entry recognises its mutant."""
    keep = [
        line.rstrip()
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    return "\n".join(keep)


def load_equivalents() -> dict[str, dict[str, str]]:
    """``[[equivalent]]`` entries (mutant, change, why) from every file in EQUIVALENTS."""
    entries = []
    for path in sorted(EQUIVALENTS.glob("*.toml")):
        entries += tomllib.loads(path.read_text("utf-8")).get("equivalent", [])
    return {entry["mutant"]: entry for entry in entries}


def summarise(
    statuses: dict[str, tuple[str, str]], modules: list[str]
) -> tuple[list[ModuleResult], dict[str, str]]:
    equivalents = load_equivalents()
    results = {module: ModuleResult(module) for module in modules}
    unexplained: dict[str, str] = {}
    for name, (status, diff) in sorted(statuses.items()):
        module = next((m for m in modules if name.startswith((f"{m}.", f"{m}__mutmut_"))), None)
        if module is None:
            continue
        result = results[module]
        result.statuses[status] += 1
        if status in NOTICED or status == "not checked":
            continue
        entry = equivalents.get(name)
        if entry and changed_lines(entry["change"]) == changed_lines(diff):
            result.equivalent.append(name)
        else:
            result.survivors.append(name)
            unexplained[name] = diff
    return list(results.values()), unexplained


def table(results: list[ModuleResult]) -> list[str]:
    lines = [
        "| Module | Mutants | Killed | of which by mypy | Survived | Equivalent | No tests "
        "| Not run | Kill rate | Raw |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        survived = r.statuses["survived"] + r.statuses["suspicious"]
        lines.append(
            f"| `{r.module}` | {r.total} | {r.noticed} | {r.statuses['caught by type check']} "
            f"| {survived} | {len(r.equivalent)} "
            f"| {r.statuses['no tests']} | {r.not_run} "
            f"| {_rate(r.kill_rate, r)} | {_rate(r.raw_rate, r)} |"
        )
    return lines


def _run_state(results: list[ModuleResult]) -> str:
    """When the tests were last surveyed by mutmut, and whether every mutant has run since."""
    stats = ROOT / "mutants" / "mutmut-stats.json"
    when = dt.datetime.fromtimestamp(stats.stat().st_mtime) if stats.exists() else None
    surveyed = f"{when:%Y-%m-%d %H:%M}" if when else "never"
    not_run = sum(r.not_run for r in results)
    state = "every mutant ran" if not not_run else f"**{not_run} mutants not run yet**"
    # The source the results belong to: a later move or edit makes mutmut re-run what changed.
    git = shutil.which("git")
    head = [git, "rev-parse", "--short", "HEAD"]
    commit = (
        subprocess.run(head, cwd=ROOT, capture_output=True, text=True).stdout.strip() if git else ""
    )
    return (
        f"Tests surveyed by mutmut at {surveyed} (local time); {state}; "
        f"source at commit {commit or 'unknown'}."
    )


def _rate(rate: float, result: ModuleResult) -> str:
    return f"{rate:.1%}" if result.total > result.not_run else "not run"


def write_report(results: list[ModuleResult], unexplained: dict[str, str]) -> None:
    equivalents = load_equivalents()
    lines = [
        "# Mutation testing",
        "",
        "Written by `make mutate` (`tools/mutate.py`, mutmut); do not edit by hand. Kill rate is",
        "killed / (mutants run - equivalent); Raw counts equivalent mutants as survivors. Killed",
        "includes mutants mypy --strict rejects (they could never pass `make test`). Target:",
        "85% on every module, with every mutant run (issue 15).",
        "",
        _run_state(results),
        "",
        *table(results),
        "",
        "## Equivalent mutants",
        "",
        "Each changes code in a way no user, file or figure can tell apart; the reason is kept in",
        "`docs/mutation-equivalents/` with the exact change, so a stale entry stops counting.",
        "",
    ]
    for r in results:
        for name in r.equivalent:
            entry = equivalents[name]
            lines += [f"- `{name}`: {entry['why']}", "", _fenced(entry["change"]), ""]
    lines += ["## Survivors not yet explained", ""]
    if not unexplained:
        lines.append("None.")
    for name, diff in unexplained.items():
        lines += [f"- `{name}`", "", _fenced(changed_lines(diff)), ""]
    REPORT.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def _fenced(text: str) -> str:
    body = "\n".join(f"  {line}" for line in text.strip().splitlines())
    return f"  ```diff\n{body}\n  ```"


def run_chosen(args: argparse.Namespace, modules: list[str]) -> None:
    """Run nothing (--report-only), the survivors (--survivors), every mutant of the modules
    named, or, with no modules named, every mutant with no result yet."""
    if args.report_only:
        return
    if args.survivors:
        survivors = summarise(read_results(), modules)[1]
        if survivors:
            run_mutmut(sorted(survivors), args.max_children)
    elif args.modules:
        run_mutmut(module_globs(modules), args.max_children)
    else:
        run_mutmut([], args.max_children)  # only_mutate in pyproject.toml: every module below


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="groups or module short names (default: all)")
    parser.add_argument("--report-only", action="store_true", help="do not run mutmut")
    parser.add_argument(
        "--survivors", action="store_true", help="re-run only the survivors (after new tests)"
    )
    parser.add_argument("--max-children", type=int, default=None)
    args = parser.parse_args()
    modules = chosen_modules(args.modules)
    run_chosen(args, modules)
    results, unexplained = summarise(read_results(), modules)
    if not args.modules:
        write_report(results, unexplained)
    print("\n".join(table(results)))
    below = [r.module for r in results if r.kill_rate < TARGET or r.not_run]
    if below:
        print(f"\nbelow {TARGET:.0%} or not all run: {', '.join(below)}")
    if unexplained:
        print(f"{len(unexplained)} survivors are neither killed nor listed as equivalent")
    return 1 if below or unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
