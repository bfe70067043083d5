"""Excel workbooks (``.xlsx``, ``.xlsm``): question banks teachers keep in a spreadsheet, read as the same sheet
saved as tab-separated text is (trial22 T22-42: a workbook was refused with "save it as CSV").

openpyxl (MIT) reads the cells' values (a formula's last computed value). A sheet becomes one line per row, cells
separated by tabs (a cell holding a tab, a quote or a line break is quoted as a CSV field), so the ``delimited``
reader reads it with everything a CSV gets: header names in many languages, level, tags, section and option
columns. Several sheets headed alike (one per chapter) are read together, each row's sheet name its section (a
``Section`` column added, when the header has none); a sheet headed otherwise is left out with a warning naming it.
Lines of the text map back to rows (``origin``), and every message names the sheet and the row (``places``).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections import Counter
from pathlib import Path

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import Document, zip_bomb
from compiler.sources.converted import DAMAGED, NOT_A_DOCUMENT, UNPACK_HINT, Converted, error_name

SECTION_COLUMN = (
    "Section"  # the header name the delimited reader reads as a row's section ('section' is one of its names)
)
CELLS_MAX = (
    2_000_000  # cells read from a workbook: a question bank holds thousands, a hostile sheet claims billions
)


def _cell(value: object) -> str:
    """A cell's value as the text a CSV export writes: whole numbers without '.0', dates without a midnight time."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _rows(sheet: object) -> list[list[str]]:
    """The sheet's rows as text, trailing empty rows and columns, and columns empty in every row before the table's
    first, left out (a CSV export writes none of them)."""
    rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]  # type: ignore[attr-defined]
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    width = max((max((k + 1 for k, c in enumerate(row) if c.strip()), default=0) for row in rows), default=0)
    # (a table placed from column B or further right, column A left empty as a template's margin: trial35 T35-11,
    # every row had 'an empty first field')
    lead = min((next(k for k, c in enumerate(row) if c.strip()) for row in rows if any(c.strip() for c in row)), default=0)
    return [(row[:width] + [""] * (width - len(row[:width])))[lead:] for row in rows]


def _refused(rel: str, why: str, hint: str) -> ContentError:
    """A workbook that cannot be read: an error when deck.toml names it, a warning for a file it does not name."""
    return ContentError([Diagnostic(rel, None, why, hint, group=NOT_A_DOCUMENT)])


def _unreadable(rel: str, exc: BaseException) -> ContentError:
    """A workbook zipfile, zlib, openpyxl or the XML parser could not read (damaged, or no workbook)."""
    return _refused(
        rel,
        f"not a readable Excel workbook ({error_name(exc)}: {str(exc)[:120]})",
        "open it in Excel or LibreOffice and save it again as .xlsx, or save its sheet as CSV (UTF-8) into sources/",
    )


def read_workbook(path: Path, rel: str) -> tuple[Document, Converted]:
    """The workbook as tab-separated text for the ``delimited`` reader, and its lines' rows and sheets."""
    uptodate.note(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refused(rel, f"cannot read file: {exc.strerror}", "check the path in deck.toml") from None
    if (bomb := zip_bomb(data)) is not None:
        raise _refused(rel, bomb, UNPACK_HINT) from None
    import openpyxl  # (only a build with a workbook pays for it)

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (KeyError, ValueError, OSError, TypeError, *DAMAGED) as exc:
        raise _unreadable(rel, exc) from None
    sheets: list[tuple[str, list[list[str]]]] = []
    cells = 0
    try:
        for sheet in book.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue  # (a hidden sheet: lookups and scratch work, no questions)
            dims = getattr(sheet, "max_row", None) or 0, getattr(sheet, "max_column", None) or 0
            cells += dims[0] * dims[1]
            if cells > CELLS_MAX:
                raise _refused(
                    rel,
                    f"the workbook claims more than {CELLS_MAX:,} cells (sheet {sheet.title!r}: {dims[0]:,} rows × {dims[1]:,} columns)",
                    "save the sheet of questions alone as CSV (UTF-8) into sources/",
                )
            try:
                rows = _rows(sheet)  # (read-only: the sheet's XML is unpacked and parsed only now)
            except DAMAGED as exc:
                raise _unreadable(rel, exc) from None
            if rows:
                sheets.append((sheet.title, rows))
    finally:
        book.close()
    if not sheets:
        raise ContentError(
            [Diagnostic(rel, None, "file is empty", "add content or remove it from deck.toml")]
        )
    return _tabbed(rel, sheets)


PREAMBLE_ROWS = 12  # rows a sheet's title or instructions may take above its header row (one cell each, or none)


def _header_at(rows: list[list[str]]) -> int:
    """The index of a sheet's header row: its first row of two cells or more, under rows of one cell or none (a title
    merged over the columns, an empty row, a template's instructions: trial24 T24-34); 0 when there is none."""
    for k, row in enumerate(rows[: PREAMBLE_ROWS + 1]):
        if sum(1 for c in row if c.strip()) > 1:
            return k
    return 0


def _footer_rows(rows: list[list[str]], at: int) -> set[int]:
    """The indexes of the rows that end a sheet under its table with text in their first cell only ('Total questions:
    2', 'Source: …'), when the table's rows hold two cells or more; empty rows between them are passed."""
    body = [k for k in range(at + 1, len(rows)) if any(c.strip() for c in rows[k])]
    out: set[int] = set()
    for k in reversed(body):
        if rows[k][0].strip() and not any(c.strip() for c in rows[k][1:]) and "{{c" not in rows[k][0]:  # (a cloze is a card)
            out.add(k)
            continue
        break
    return out if len(body) - len(out) >= MIN_TABLE_ROWS else set()


MIN_TABLE_ROWS = 2  # rows of two cells or more over a sheet's last lines for those to be its footer


def _tabbed(rel: str, sheets: list[tuple[str, list[list[str]]]]) -> tuple[Document, Converted]:
    """One text of the sheets headed like the first (each row's sheet its section when there are several). The rows
    above the first sheet's header stay (the reader tells a title from data); the other sheets' are left out."""
    sheets_all = sheets
    at = {name: _header_at(rows) for name, rows in sheets}
    # a sheet with no row of two cells (a cover, the instructions, a legend) is no model of the header: the sheets of
    # questions agree with each other (trial25 T25-45: an 'Instructions' first sheet left every question sheet unread)
    tabled = [(name, rows) for name, rows in sheets if sum(1 for c in rows[at[name]] if c.strip()) > 1]
    covers = [name for name, rows in sheets if (name, rows) not in tabled] if tabled else []
    sheets = tabled or sheets
    shapes = Counter(tuple(rows[at[name]]) for name, rows in sheets)
    model = next(name for name, rows in sheets if shapes[tuple(rows[at[name]])] == max(shapes.values()))
    header = next(rows[at[name]] for name, rows in sheets if name == model)
    alike = [(name, rows) for name, rows in sheets if rows[at[name]] == header]
    left = [name for name, rows in sheets if rows[at[name]] != header]
    several = len(alike) > 1
    named = several and SECTION_COLUMN.lower() not in (c.strip().lower() for c in header)
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n")
    origin: list[int] = []
    places: list[str] = []

    def put(row: list[str], number: int, place: str) -> None:
        before = out.tell()
        writer.writerow(row)
        lines = out.getvalue()[before:].count("\n")
        origin.extend([number] * lines)
        places.extend([place] * lines)

    footers: list[tuple[str, str]] = []  # (the line under a sheet's table, its place)
    for k, (name, rows) in enumerate(alike):
        tail = _footer_rows(rows, at[name])
        for n, row in enumerate(rows, start=1):
            if n <= at[name] + 1 and k > 0:
                continue  # (the header once, and a title above it once)
            if n > at[name] + 1 and not any(c.strip() for c in row):
                continue  # (an empty row: no card, as a CSV's blank line is none; T32-28)
            place = f"sheet {name!r}, row {n}" if several or len(sheets) > 1 else f"row {n}"
            if n - 1 in tail:
                footers.append((row[0].strip(), place))
                continue
            extra = ([SECTION_COLUMN] if n == at[name] + 1 else [name] if n > at[name] + 1 else [""]) if named else []
            put(row + extra, n, place)
    warnings: tuple[Diagnostic, ...] = ()
    if footers:  # ('Total questions: 2' under a sheet's table: the teacher's note, no question; said, never a card)
        (said, place), more = footers[0], len(footers) - 1
        warnings += (
            Diagnostic(
                rel,
                None,
                f"left out {said[:60]!r} ({place}" + (f", and {more} more such line{'s' if more > 1 else ''}" if more else "")
                + "): a line under the table with text in its first cell only (no answer, options or key), no card",
                "if it is a question, write its answer (or options and key) in the columns beside it",
                severity="warning",
            ),
        )
    if left:
        said = ", ".join(repr(n) for n in left)
        warnings = (
            Diagnostic(
                rel,
                None,
                f"sheet{'s' if len(left) > 1 else ''} {said} not read: {'their' if len(left) > 1 else 'its'} first row "
                f"differs from sheet {model!r}'s header",
                "give every sheet of questions the same header row (they are read together, each sheet a section), or save "
                "the other sheet as CSV (UTF-8) into sources/",
                severity="warning",
            ),
        )
    long = [name for name in covers if len(next(rows for n, rows in sheets_all if n == name)) > PREAMBLE_ROWS]
    if long:  # (a long sheet of one column may hold questions of its own: said, never dropped without a word)
        warnings += (
            Diagnostic(rel, None, f"sheet{'s' if len(long) > 1 else ''} {', '.join(map(repr, long))} not read: no table (no row of two cells)",
                       "if it holds questions, give it the other sheets' columns, or save it as CSV (UTF-8) into sources/", severity="warning"),
        )  # fmt: skip
    text = out.getvalue()
    doc = Document(rel=rel, text=text)
    return doc, Converted(
        text=text, origin=tuple(origin), places=tuple(places), warnings=warnings, plain=True
    )
