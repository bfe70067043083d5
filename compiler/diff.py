"""``deckc diff``: what a rebuild and re-import into Anki will do, note by note.

Reads only the :class:`~compiler.passes.lock.LockPlan` a compile produced,
so the dry run and ``deckc build`` can never disagree.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from compiler.passes.lock import STATUSES, Change, LockPlan

ORDER = {"unchanged": 0, "new": 1, "updated": 2, "retired": 3}  # changes last, next to the totals


def ordered(plan: LockPlan) -> list[Change]:
    return sorted(plan.changes, key=lambda c: ORDER[c.status])  # stable: deck order within a status


SOURCES_SHOWN = 3  # notes updated only in where they come from listed one per line; more are one line


def totals_line(plan: LockPlan) -> str:
    from compiler.build import totals_text

    return totals_text(plan.totals(), plan.renumbered())


def describe(change: Change, basename: str = "<deck>") -> str:
    """One line: status, note id, and for updates the changed fields and how identity was kept."""
    text = f"{change.status:<9}  {change.id}"
    if change.status == "updated":
        text += f": {', '.join(change.fields) or 'lock entry only'}"
    notes = []
    if change.revived:
        notes.append("back from retired")
    if change.previous_id:
        notes.append(f"was {change.previous_id}, kept by the {change.matched_by} rule")
    if change.status == "retired":
        notes.append(f"{change.retire_reason(pin=False)}; tagged deckc::retired in {basename}-retired.apkg")
    if change.replaces:
        notes.append(
            f"replaces {change.replaces}, whose note type changes: Anki cannot do that in place, "
            "so the old note is retired with its review history"
        )
    if change.front_kept:
        notes.append(
            f"front kept; proposed: {change.front_kept} on the front — opt in with [[front]] "
            f'item = "{change.front_kept}" in decisions.toml'
        )
    if change.front_replaced:
        notes.append(f"front changed from {change.front_replaced}")
    if change.clozes_removed:
        notes.append(change.emptied())
    pin = f"\n{change.pin_toml()}" if change.status == "retired" and change.same_answer else ""
    return text + (f" ({'; '.join(notes)})" if notes else "") + pin


def repin_advice(change: Change) -> str:
    """A note an earlier build retired that a reworded question could still continue (T26-10), with the
    override to paste: said by that build once, repeated here and by `deckc lint` until it is taken."""
    return (
        f"note {change.id} (GUID {change.guid}), retired by an earlier build, answers what note {change.same_answer} "
        "answers now (a reworded question?): to give that note the retired note's GUID and review history back "
        "(while the retired note is still in your Anki collection), add to overrides.toml:\n" + change.pin_toml()
    )


def format_text(plan: LockPlan, lock_path: Path, basename: str, changes_only: bool = False) -> str:
    shown = [c for c in ordered(plan) if not (changes_only and c.status == "unchanged")]
    renumbered = [c for c in shown if c.attribution_only]
    if len(renumbered) > SOURCES_SHOWN:  # (a question inserted into a numbered document: one line, not 394: T31-71)
        shown = [c for c in shown if not c.attribution_only]
    lines = [describe(c, basename) for c in shown]
    if len(renumbered) > SOURCES_SHOWN:
        at = sum(1 for c in shown if ORDER[c.status] <= ORDER["updated"])  # after the other updates
        lines.insert(
            at,
            f"{'updated':<9}  {len(renumbered)} notes only in where they come from (their document renumbered its "
            f"questions or changed its title: Sources, 'Also in'): {', '.join(c.id for c in renumbered[:SOURCES_SHOWN])} … "
            "(`deckc diff --json` lists each)",
        )
    lines += [repin_advice(c) for c in plan.repinnable]
    t = plan.totals()
    against = f"against {lock_path}" if lock_path.is_file() else f"no lock yet: `deckc build` creates {lock_path}"
    lines.append(f"deckc diff: {totals_line(plan)} ({against})")
    lines.append(
        f"re-import: adds {t['new']} note{'s' if t['new'] != 1 else ''}, updates {t['updated']} in place "
        f"(review history kept), leaves {t['unchanged']} untouched; "
        f"{t['retired']} retired to delete in Anki (search tag:deckc::retired)"
    )
    return "\n".join(lines)


def as_json(plan: LockPlan, lock_path: Path, lock_changes: bool) -> dict[str, Any]:
    return {
        "lock": str(lock_path),
        "lock_changes": lock_changes,
        "totals": plan.totals(),
        "notes": [asdict(c) for c in ordered(plan)],
        "statuses": list(STATUSES),
    }
