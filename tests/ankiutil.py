"""Import deckc outputs into a real Anki collection (the `anki` package) and read back what landed.

Same backend calls as Anki desktop's import dialogs: the package importer with
the desktop's default presets, and get_csv_metadata + import_csv for CSV.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anki.collection import Collection, ImportAnkiPackageRequest, ImportCsvRequest


@dataclass
class ImportLog:
    new: int
    updated: int
    duplicate: int
    conflicting: int
    missing_notetype: int
    found: int


def _log(resp: Any) -> ImportLog:
    log = resp.log
    return ImportLog(
        new=len(log.new),
        updated=len(log.updated),
        duplicate=len(log.duplicate),
        conflicting=len(log.conflicting),
        missing_notetype=len(log.missing_notetype),
        found=log.found_notes,
    )


def open_collection(folder: Path) -> Collection:
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_apkg(col: Collection, path: Path) -> ImportLog:
    options = col._backend.get_import_anki_package_presets()  # the desktop dialog's defaults
    resp = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options))
    return _log(resp)


def import_csv(col: Collection, path: Path) -> ImportLog:
    metadata = col.get_csv_metadata(path=str(path), delimiter=None)
    del metadata.preview[:]
    resp = col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
    return _log(resp)


def notes(col: Collection) -> dict[str, dict[str, Any]]:
    """guid -> {notetype, fields, tags, decks, mtime}."""
    names = {nt["id"]: nt for nt in col.models.all()}
    decks = {d.id: d.name for d in col.decks.all_names_and_ids()}
    out: dict[str, dict[str, Any]] = {}
    for nid, guid, mid, mod, tags, flds in col.db.all("select id, guid, mid, mod, tags, flds from notes"):
        nt = names[mid]
        fields = dict(zip([f["name"] for f in nt["flds"]], flds.split("\x1f"), strict=False))
        dids = {did for (did,) in col.db.all("select did from cards where nid = ?", nid)}
        out[guid] = {
            "nid": nid,
            "notetype": nt["name"],
            "fields": fields,
            "tags": tags.split(),
            "decks": sorted(decks[d] for d in dids),
            "mtime": mod,
        }
    return out


def notetypes(col: Collection) -> dict[str, dict[str, Any]]:
    return {
        nt["name"]: {"id": nt["id"], "fields": [f["name"] for f in nt["flds"]], "type": nt.get("type", 0)}
        for nt in col.models.all()
    }


def answer(col: Collection, card_ids: list[int], ease: int = 4) -> None:
    """Answer cards through the v3 scheduler, as the reviewer does (ease 1=Again … 4=Easy)."""
    from anki.scheduler_pb2 import CardAnswer

    rating = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}[ease]
    for cid in card_ids:
        states = col._backend.get_scheduling_states(cid)
        card = col.get_card(cid)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating))


def study_queue(col: Collection, n: int, ease: int = 4) -> list[int]:
    """Study the selected deck like the reviewer: take the head of the queue, answer it, n times."""
    done: list[int] = []
    while len(done) < n:
        queued = col.sched.get_queued_cards(fetch_limit=1)
        if not queued.cards:
            break
        cid = queued.cards[0].card.id
        answer(col, [cid], ease)
        done.append(cid)
    return done


def scheduling(col: Collection) -> dict[str, list[dict[str, Any]]]:
    """guid -> its cards' scheduling state and review-log size, in card order."""
    revlog = dict(col.db.all("select cid, count() from revlog group by cid"))
    out: dict[str, list[dict[str, Any]]] = {}
    for cid, guid, ctype, queue, ivl, due, reps, lapses in col.db.all(
        "select c.id, n.guid, c.type, c.queue, c.ivl, c.due, c.reps, c.lapses"
        " from cards c join notes n on c.nid = n.id order by c.nid, c.ord"
    ):
        out.setdefault(guid, []).append(
            {"cid": cid, "type": ctype, "queue": queue, "ivl": ivl, "due": due, "reps": reps,
             "lapses": lapses, "revlog": revlog.get(cid, 0)}
        )
    return out
