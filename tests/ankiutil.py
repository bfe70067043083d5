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
