"""A large cheat sheet, typeset in parts, each kept by a hash of its data, and joined.

Above ``pdf.CACHED_PARTS_ABOVE`` notes the groups are cut into parts of about
:data:`CACHE_PART_NOTES` notes at group boundaries (every part starts a page and
balances its own last page, like a chapter), each part is typeset on its own and
kept in the build cache under a hash of its data (``SheetCache``), and the parts
are joined with pypdf.  An edited answer changes one part's data: only that part is
typeset again (trial6 F25: a 734-note deck re-typeset its whole sheet, ~4 s of
Typst, for one edit).  So that one part's change does not change the others, no
part prints what depends on the rest: the page numbers (``page x / y``) and the
note count are typeset on their own in a *numbers document* (the same footer, with
only those cells) that is laid over the joined pages; only the first part has the
title block (and the note count in it).

Typst keeps what it laid out for as long as its process lives (typst-py 0.15
offers no way to evict it): the 20,000-question synthetic deck's sheet held about
1.2 GB, and typesetting it in parts within one process frees nothing (measured:
+60 MB per 1,000 notes, never returned).  So above ``pdf.PARTS_ABOVE`` notes the
parts (of about :data:`PART_NOTES` notes) are typeset by worker processes (``python
-m compiler.emit.sheetparts``) one after the other, each exiting once it has grown
past :data:`WORKER_MIB` so the next one starts empty.

Same content, same bytes: the cut depends on the notes alone, a part's PDF on its
data alone (kept or typeset now), and the joined file carries the first part's
metadata and an ID derived from the parts; an incremental build writes the bytes
a clean one does (tested).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader, PdfWriter

    from compiler.emit.pdf import SheetCache

PART_NOTES = 1000  # notes per part typeset by worker processes: ~60 MB of Typst memory each
CACHE_PART_NOTES = 200  # notes per part below that: what one edit typesets again (~1 s of Typst)
WORKER_MIB = 250  # a worker stops after the part that takes it past this; the next worker goes on
#: the largest peak resident memory (MiB) of a worker in this process so far, for the bench to report
worker_peak_mib = 0


def _notes(entry: dict[str, Any]) -> int:
    return len(entry.get("rows", ())) or 1  # a vocabulary table: its rows


def _pieces(group: dict[str, Any], size: int) -> list[dict[str, Any]]:
    """A group of more than twice ``size`` notes in pieces of ``size`` (its heading over each; a vocabulary table's rows
    cut too), so no part is many times the others: one 30,000-row vocabulary export was one part, typeset whole by this
    process (~30 s of Typst, its memory kept) on every build, one word's edit too; a smaller group stays whole."""
    if sum(_notes(e) for e in group["entries"]) <= 2 * size:
        return [group]
    entries = [
        {**e, "rows": e["rows"][k : k + size]} if _notes(e) > size else e
        for e in group["entries"]
        for k in (range(0, len(e["rows"]), size) if _notes(e) > size else (0,))
    ]
    pieces: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []
    count = 0
    for entry in entries:
        if run and count + _notes(entry) > size:
            pieces.append({**group, "entries": run})
            run, count = [], 0
        run.append(entry)
        count += _notes(entry)
    if run and pieces and count < size // 4:  # (a short tail stays with the piece before: one heading over both)
        pieces[-1] = {**group, "entries": [*pieces[-1]["entries"], *run]}
    elif run:
        pieces.append({**group, "entries": run})
    return pieces


def split(groups: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    """Consecutive groups, cut after the group that brings a part to ``size`` entries (a small tail joins the last part);
    a group many times a part's size cut into pieces of that size first (:func:`_pieces`)."""
    parts: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    count = 0
    for group in (piece for whole in groups for piece in _pieces(whole, size)):
        current.append(group)
        count += sum(_notes(e) for e in group["entries"])
        if count >= size:
            parts.append(current)
            current, count = [], 0
    if current:
        if parts and count < size // 4:
            parts[-1].extend(current)
        else:
            parts.append(current)
    return parts


def typeset_in_parts(data: dict[str, Any], date: dt.date | None, cache: SheetCache | None = None, workers: bool = False) -> bytes:
    """The PDF of sheet ``data`` (as :func:`compiler.sheet.sheet_data` makes it), typeset part by part:
    the parts ``cache`` keeps are not typeset again; the others are, by worker processes with ``workers``."""
    from compiler.emit.pdf import compile_json, compile_sheet

    parts = split(data["groups"], PART_NOTES if workers else CACHE_PART_NOTES)
    if len(parts) < 2:
        return compile_sheet(data, date)
    jobs = [
        json.dumps(
            {**data, "notes": data["notes"] if n == 0 else 0, "groups": groups, "part": {"title": n == 0}},
            ensure_ascii=False,
        )
        for n, groups in enumerate(parts)
    ]
    keys = [cache.part_key(job, date) if cache is not None else "" for job in jobs]
    pdfs: list[bytes | None] = [cache.get_part(key) if cache is not None else None for key in keys]
    todo = [n for n, pdf in enumerate(pdfs) if pdf is None]
    if workers:
        made = _typeset([jobs[n] for n in todo], date, [n + 1 for n in todo])
    else:
        made = [compile_json(jobs[n], date) for n in todo]
    for n, pdf in zip(todo, made, strict=True):
        pdfs[n] = pdf
    done = [pdf for pdf in pdfs if pdf is not None]
    if cache is not None:
        for key, pdf in zip(keys, done, strict=True):
            cache.keep_part(key, pdf)
    readers = [_reader(pdf) for pdf in done]
    total = sum(len(r.pages) for r in readers)
    numbers = compile_json(json.dumps({**data, "groups": [], "numbers": total}, ensure_ascii=False), date)
    return _join(done, readers, numbers)


def _typeset(jobs: list[str], date: dt.date | None, labels: list[int] | None = None) -> list[bytes]:
    """Each job's PDF, typeset by as many worker processes as memory requires (one after the other);
    ``labels``: the part numbers of the jobs, for an error message."""
    if not jobs:
        return []
    with tempfile.TemporaryDirectory(prefix="deckc-sheet-") as tmp:
        folder = Path(tmp)
        from compiler.emit.pdf import picture_root

        spec = {"date": date.isoformat() if date else None, "jobs": jobs, "root": picture_root()}
        (folder / "jobs.json").write_text(json.dumps(spec), encoding="utf-8")
        done = 0
        while done < len(jobs):
            proc = subprocess.run(
                [sys.executable, "-m", "compiler.emit.sheetparts", str(folder), str(done), str(WORKER_MIB)],
                capture_output=True,
                text=True,
                check=False,
            )
            now = done
            while now < len(jobs) and _part(folder, now).is_file():
                now += 1
            if proc.returncode != 0 or now == done:
                last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
                part = labels[now] if labels else now + 1
                raise OSError(errno.EIO, f"typesetting part {part} of the cheat sheet failed ({last})")
            done = now
        _note_peaks(folder)
        return [_part(folder, n).read_bytes() for n in range(len(jobs))]


def _note_peaks(folder: Path) -> None:
    global worker_peak_mib
    for path in folder.glob("peak-*.txt"):
        with contextlib.suppress(OSError, ValueError):
            worker_peak_mib = max(worker_peak_mib, int(path.read_text(encoding="ascii")))


def _part(folder: Path, n: int) -> Path:
    return folder / f"part-{n:04d}.pdf"


def _reader(pdf: bytes) -> PdfReader:
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf))


def _join(pdfs: list[bytes], readers: list[PdfReader], numbers: bytes) -> bytes:
    """One PDF of the parts' pages in order, each with its page of the numbers document laid over it,
    the first part's metadata and a deterministic ID."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter()
    for reader in readers:
        writer.append(reader)
    for page, over in zip(writer.pages, PdfReader(io.BytesIO(numbers)).pages, strict=True):
        _lay_over(writer, page, over)
    metadata = readers[0].metadata
    if metadata:
        writer.add_metadata({key: metadata[key] for key in metadata})
    digest = hashlib.sha256(b"".join(hashlib.sha256(pdf).digest() for pdf in [*pdfs, numbers])).digest()[:16]
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])  # as Typst gives each part one
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _lay_over(writer: PdfWriter, page: PageObject, over: PageObject) -> None:
    """Draw ``over`` on ``page`` as a form XObject: the page's own content streams stay as they are
    (compressed; pypdf's merge_page would decode and rewrite them, five times the file's size)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    form = DecodedStreamObject()
    form.set_data(over.get_contents().get_data() if over.get_contents() is not None else b"")
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): over.mediabox,
            NameObject("/Resources"): over["/Resources"].get_object().clone(writer),
        }
    )
    name = NameObject("/DeckcNumbers")
    resources = DictionaryObject(page["/Resources"].get_object())  # a copy: pages may share one
    xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
    xobjects[name] = writer._add_object(form.flate_encode())
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    contents = page.get("/Contents")
    streams = list(contents.get_object()) if isinstance(contents.get_object(), ArrayObject) else [contents]
    before, after = DecodedStreamObject(), DecodedStreamObject()
    before.set_data(b"q\n")
    after.set_data(b"\nQ q " + name.encode() + b" Do Q\n")
    page[NameObject("/Contents")] = ArrayObject([writer._add_object(before), *streams, writer._add_object(after)])


def _rss_mib(field: str = "VmRSS") -> float:
    """This process's resident memory (``VmHWM``: its peak) on Linux; elsewhere its peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(folder: str, start: str, limit: str) -> int:
    """Worker: typeset jobs from ``start`` on, each into ``part-NNNN.pdf``, until done or over ``limit`` MiB."""
    from compiler.emit import pdf

    here = Path(folder)
    spec = json.loads((here / "jobs.json").read_text(encoding="utf-8"))
    pdf.use_picture_root(spec["root"])  # the parent's copies of the pictures the sheet prints
    date = dt.date.fromisoformat(spec["date"]) if spec["date"] else None
    for n in range(int(start), len(spec["jobs"])):
        typeset = pdf.compile_json(spec["jobs"][n], date)
        tmp = here / f".part-{n:04d}.tmp"
        tmp.write_bytes(typeset)
        os.replace(tmp, _part(here, n))
        if _rss_mib() > float(limit):
            break  # the parent starts a fresh worker for the rest
    (here / f"peak-{os.getpid()}.txt").write_text(str(round(_rss_mib("VmHWM"))), encoding="ascii")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
