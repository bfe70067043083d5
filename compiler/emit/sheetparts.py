"""A cheat sheet too large for one Typst compile, typeset in parts by worker processes and joined.

Typst keeps what it laid out for as long as its process lives (typst-py 0.15
offers no way to evict it): the 20,000-question synthetic deck's sheet held
about 1.2 GB, and typesetting it in parts within one process frees nothing
(measured: +60 MB per 1,000 notes, never returned).  So above
``pdf.PARTS_ABOVE`` notes the groups are cut into parts of about
:data:`PART_NOTES` notes at group boundaries (every part starts a page; only
the last part's last page is part-empty) and a worker process (``python -m
compiler.emit.sheetparts``) typesets them one after the other, exiting once it
has grown past :data:`WORKER_MIB` so the next one starts empty; the parent
joins the parts with pypdf.

The parts read as one sheet: they continue each other's page numbers and print
the total ("page x / y"), so their pages are counted in a first pass; only the
first part has the title block and only the last balances its last page
(``part`` in the sheet data, read by cheatsheet.typ).  Same content, same
bytes: the cut depends on the notes alone, and the joined file carries the
first part's metadata and an ID derived from the parts.
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
from typing import Any

PART_NOTES = 1000  # notes per part: ~60 MB of Typst memory each
WORKER_MIB = 250  # a worker stops after the part that takes it past this; the next worker goes on
#: the largest peak resident memory (MiB) of a worker in this process so far, for the bench to report
worker_peak_mib = 0


def split(groups: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    """Consecutive groups, cut after the group that brings a part to ``size`` entries (a small tail joins the last part)."""
    parts: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    count = 0
    for group in groups:
        current.append(group)
        count += len(group["entries"])
        if count >= size:
            parts.append(current)
            current, count = [], 0
    if current:
        if parts and count < size // 4:
            parts[-1].extend(current)
        else:
            parts.append(current)
    return parts


def typeset_in_parts(data: dict[str, Any], date: dt.date | None) -> bytes:
    """The PDF of sheet ``data`` (as :func:`compiler.sheet.sheet_data` makes it), typeset part by part."""
    from compiler.emit.pdf import compile_sheet

    parts = split(data["groups"], PART_NOTES)
    if len(parts) < 2:
        return compile_sheet(data, date)

    def jobs(firsts: list[int], total: int) -> list[str]:
        return [
            json.dumps(
                {**data, "groups": groups, "part": {"first": first, "total": total, "title": n == 0, "last": n == len(parts) - 1}},
                ensure_ascii=False,
            )
            for n, (groups, first) in enumerate(zip(parts, firsts, strict=True))
        ]

    counts = [_pages(pdf) for pdf in _typeset(jobs([1] * len(parts), 0), date)]
    firsts = [1 + sum(counts[:n]) for n in range(len(parts))]
    pdfs = _typeset(jobs(firsts, sum(counts)), date)
    if [_pages(pdf) for pdf in pdfs] != counts:  # the footer's numbers never move a page break; if they did, say so
        raise OSError(errno.EIO, "the cheat sheet's parts changed length when numbered; build with --per-section")
    return _join(pdfs)


def _typeset(jobs: list[str], date: dt.date | None) -> list[bytes]:
    """Each job's PDF, typeset by as many worker processes as memory requires (one after the other)."""
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
                raise OSError(errno.EIO, f"typesetting part {now + 1} of the cheat sheet failed ({last})")
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


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _join(pdfs: list[bytes]) -> bytes:
    """One PDF of the parts' pages in order, with the first part's metadata and a deterministic ID."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    readers = [PdfReader(io.BytesIO(pdf)) for pdf in pdfs]
    writer = PdfWriter()
    for reader in readers:
        writer.append(reader)
    metadata = readers[0].metadata
    if metadata:
        writer.add_metadata({key: metadata[key] for key in metadata})
    digest = hashlib.sha256(b"".join(hashlib.sha256(pdf).digest() for pdf in pdfs)).digest()[:16]
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])  # as Typst gives each part one
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


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
