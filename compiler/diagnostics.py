"""Errors and warnings that name a file and line and say what to do.

Every pass reports through a :class:`Diagnostics` collector instead of
raising, so one build shows all problems at once; the pipeline stops before
writing anything if any error was recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int | None
    message: str
    hint: str = ""
    severity: str = "error"  # "error" | "warning"
    group: str = ""  # problems with the same group (or, without one, the same text) are reported together
    snippet: str = ""  # config to paste (e.g. a [[source]] table), printed indented under the message
    also: tuple[str, ...] = ()  # when grouped: the other places, as "file:line"
    sticky: bool = False  # a warning shown even when the build fails (the [[source]] table to paste)
    per_file: tuple[tuple[str, int], ...] = ()  # when grouped over several files: each file's count, most first
    # keys to set in the file's [[source]] table (nested tables as dicts, None removes a key); the
    # Diagnostics that knows the table turns it into the whole table to paste (see Diagnostics.tables)
    fix: Mapping[str, Any] | None = field(default=None, compare=False)
    # a place inside the file that its line number does not tell (a notebook's "cell 12, line 3"), printed
    # after the message and, for a repeated problem, in the list of its other places instead of the line
    place: str = ""

    def __post_init__(self) -> None:
        # a message quotes the document: a fence of 5,000 backticks or a 3,000-character line is cut, so one
        # message stays a few lines (trial9: a 10,214-character error line)
        object.__setattr__(self, "message", tamed(self.message))
        object.__setattr__(self, "hint", tamed(self.hint))

    def __str__(self) -> str:
        return self.text()

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Diagnostic:
        """A diagnostic from the JSON object a cache kept it as (``dataclasses.asdict``): its tuples come back as lists."""
        return cls(**{**d, "also": tuple(d.get("also", ())), "per_file": tuple(tuple(x) for x in d.get("per_file", ()))})

    @property
    def hidden(self) -> int:
        """How many places (or files) of a repeated problem the short form leaves out."""
        return max(0, len(self.also) - SHOWN) + (max(0, len(self.per_file) - PER_FILE_SHOWN) if self._counts_files else 0)

    @property
    def _counts_files(self) -> bool:
        """Per-file counts are printed when the problem spans files and some file has it more than once
        (one place per file: the list of places already names every file)."""
        return len(self.per_file) > 1 and any(n > 1 for _, n in self.per_file)

    def text(self, every: bool = False) -> str:
        """The message as printed; ``every``: a repeated problem lists all its places (``deckc lint --all``)."""
        shown_places, shown_files = (len(self.also), len(self.per_file)) if every else (SHOWN, PER_FILE_SHOWN)
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.severity}: {self.message}"
        if self.place:
            text += f" [{self.place}]"
        if self.hint:
            text += f" ({self.hint})"
        if self.also:
            sep = "; " if any(", " in p for p in self.also) else ", "  # ('cell 2, line 1; cell 11, line 2')
            shown = sep.join(self.also[:shown_places])
            more = f" and {len(self.also) - shown_places} more" if len(self.also) > shown_places else ""
            text += f" [{len(self.also) + 1} times; also at {shown}{more}]"
        if self._counts_files:
            counts = ", ".join(f"{file} {n}" for file, n in self.per_file[:shown_files])
            rest = len(self.per_file) - shown_files
            text += f" [per file: {counts}" + (f" and {rest} more files]" if rest > 0 else "]")
        if self.snippet:
            text += "\n" + "\n".join(f"    {line}" for line in self.snippet.splitlines())
        return text

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


RUN = 120  # characters of one word (no space) a message quotes in full
MESSAGE = 1500  # characters of a message or hint


def tamed(text: str) -> str:
    """``text`` with each run of more than RUN non-space characters cut in its middle (its start and end
    kept, ``…`` between) and the whole cut at MESSAGE characters: what a message quotes stays readable."""
    if len(text) <= RUN:
        return text
    text = _LONG_RUN.sub(lambda m: f"{m[0][: RUN // 2]}…{m[0][-RUN // 6 :]}", text)
    return text if len(text) <= MESSAGE else text[: MESSAGE - 1].rstrip() + "…"


_LONG_RUN = re.compile(rf"\S{{{RUN + 1},}}")


def counted(n: int, word: str) -> str:
    """``1 item``, ``2 items``: every count a message prints goes through here."""
    return f"{n} {word if n == 1 else word + 's'}"


def say_renamed(diag: Diagnostics, file: str, replaced: list[tuple[int | None, str, str]], what: str, fix: str) -> None:
    """One warning for the item ids of ``file`` that name items of a renamed file, followed to their new ids
    (``replaced``: (line, old id, new id)); what it names still applies (decisions T28-29, overrides T29-46)."""
    if not replaced:
        return
    line, old, new = replaced[0]
    n = len(replaced)
    more = f" (and {n - 1} more)" if n > 1 else ""
    # the same file, another id: deckc spells ids otherwise now ('hatal' -> 'hatali', T28-28), the question is the same
    why = "whose file was renamed" if old.split("/", 1)[0] != new.split("/", 1)[0] else "whose id deckc now spells otherwise"
    diag.warning(
        file, line,
        f"{counted(n, 'item id')} here name{'' if n > 1 else 's'} an item {why}: {old!r} is now "
        f"{new!r}{more}; {what} still apply",
        fix,
    )


def error_count(diagnostics: list[Diagnostic]) -> int:
    """Errors only: the sticky warnings printed beside them (tables to paste) are not errors."""
    return sum(1 for d in diagnostics if getattr(d, "severity", "error") == "error")


SHOWN = 4  # places listed for a repeated problem
PER_FILE_SHOWN = 6  # files listed with their counts when a repeated problem spans several files


def grouped(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The same problem repeated, reported once: first place in full, a count and the next few places.

    Diagnostics group by severity and ``group`` (or message and hint when they have
    none); the result keeps the order of first occurrence.  A group spanning several
    files also counts per file (most first), so a problem that fills one document is not
    hidden behind the file that happened to come first with a single occurrence.
    """
    first: dict[tuple[str, str, str], int] = {}
    out: list[Diagnostic] = []
    others: list[list[Diagnostic]] = []
    said: set[tuple[str, str, int | None, str, str, str]] = set()
    for d in diagnostics:
        place = (d.severity, d.file, d.line, d.place, d.message, d.hint)
        if place in said:  # the very same message at the very same place (one missing picture that six cards show,
            continue  # named at its one line: newdocs N35) is one message, never 'also at line 3, line 3, …'
        said.add(place)
        key = (d.severity, d.group or d.message, "" if d.group else d.hint)
        if key in first:
            others[first[key]].append(d)
            continue
        first[key] = len(out)
        out.append(d)
        others.append([])
    return [
        d if not more else replace(_fitting(d, more), also=tuple(_short(more, d.file)), per_file=_per_file(d.file, [m.file for m in more]))
        for d, more in zip(out, others, strict=True)
    ]


def _fitting(first: Diagnostic, more: list[Diagnostic]) -> Diagnostic:
    """The first place of a repeated problem worded so that it fits every place it stands for: a group whose places say
    different things ('a table of 21 rows outside any question …' at one, text or code at the others) is printed in the
    group's common words, the first place's own after them (sitting 57: 46 places of lists and code were printed as "a
    table of 21 rows …"), with the hint of a place said in the common words when one is."""
    common = GROUP_WORDING.get(first.group)
    if common is None or first.message.startswith(common) or all(m.message == first.message for m in more):
        return first
    tail = re.escape(common.split(" ", 1)[1]).replace("\\ is\\ ", ",?\\ is\\ ")  # (' outside any question, is not …')
    own = re.sub(r"\s{2,}", " ", re.sub(rf",?\s*{tail}", "", first.message, count=1)).strip()
    plain = next((m for m in more if m.message.startswith(common)), None)
    return replace(first, message=f"{common}: the first place, {own}", hint=plain.hint if plain is not None else first.hint)


def _per_file(first: str, files: list[str]) -> tuple[tuple[str, int], ...]:
    """Each file's count (the first place's file included), most first, ties in order of appearance."""
    counts: dict[str, int] = {first: 1}
    for file in files:
        counts[file] = counts.get(file, 0) + 1
    order = {file: n for n, file in enumerate(counts)}
    return tuple(sorted(counts.items(), key=lambda fc: (-fc[1], order[fc[0]])))


def _short(others: list[Diagnostic], file: str) -> list[str]:
    """Places in the first one's file are shown as ``line N`` (or their place inside it: ``cell 4, line 1``);
    others with their file."""
    out = []
    for d in others:
        if d.file == file and (d.place or d.line):
            out.append(d.place or f"line {d.line}")
        else:
            out.append(d.where + (f" [{d.place}]" if d.place else ""))
    return out


class ContentError(Exception):
    """Raised to abort a build; carries every diagnostic collected so far."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


NOTE_ID_FILES = (".apkg", ".colpkg")  # sources whose items are placed by note id, not by line


def note_placed(d: Diagnostic) -> Diagnostic:
    """A message about an Anki package's note names it as Anki's browser finds it ('note nid:1482325088071'), never
    as a line of the package (trial21 T21-12; the cheat sheet's own warnings too, said after the build: trial58 T58-6)."""
    if d.line is None or d.place or not d.file.lower().endswith(NOTE_ID_FILES):
        return d
    return replace(d, line=None, place=f"note nid:{d.line}")
OUTSIDE_QUESTION = "outside-question"  # the group of a reader's message about text under no question (read.py counts them)
# the words that fit every place of a group whose places say different things (see _fitting)
GROUP_WORDING = {OUTSIDE_QUESTION: "text outside any question is not in any card"}
# text a layout's stop line left in no card (a summary under a table): notes = "skip" quiets it too, but detection
# does not count it as text a reading missed (the layout chose to end there)
AFTER_STOP = "after-stop"


@dataclass
class Diagnostics:
    items: list[Diagnostic] = field(default_factory=list)

    # a source file (as diagnostics name it) -> its [[source]] table as the user has it (or is told to
    # paste it) and whether deck.toml lists it: what turns a diagnostic's ``fix`` into a whole table
    tables: dict[str, tuple[dict[str, Any], bool]] = field(default_factory=dict)
    # renders a table with a fix applied (compiler.sources.suggest.fixed_table; injected: it knows the layouts)
    render: Callable[[Mapping[str, Any], Mapping[str, Any]], str] | None = None
    # (file, line) -> the place an item read there stands at when a line does not tell it ('page 4, line 2' of a PDF):
    # a message said about the item after reading (a placeholder answer) names it too (compiler.model.Locator.place)
    places: dict[tuple[str, int], str] = field(default_factory=dict)

    def _placed(self, d: Diagnostic) -> Diagnostic:
        """An Anki package's items are placed by note id (compiler.sources.apkg): a message about one names the note
        as Anki's browser finds it ('note nid:1482325088071'), never 'System Design.apkg:1482325088071' as if the id
        were a line (trial21 T21-12); by the file's name, so a build that reuses the package's cached items says it too.
        A message at the line of an item with a place of its own (a PDF's page and line) names that place."""
        if d.line is None or d.place:
            return d
        if not d.file.lower().endswith(NOTE_ID_FILES):
            place = self.places.get((d.file, d.line), "")
            return replace(d, place=place) if place else d
        return note_placed(d)

    def error(
        self,
        file: str,
        line: int | None,
        message: str,
        hint: str = "",
        *,
        group: str = "",
        snippet: str = "",
        fix: Mapping[str, Any] | None = None,
    ) -> None:
        self.items.append(self._placed(Diagnostic(file, line, message, hint, "error", group, snippet, fix=fix)))

    def warning(
        self,
        file: str,
        line: int | None,
        message: str,
        hint: str = "",
        *,
        group: str = "",
        snippet: str = "",
        sticky: bool = False,
        fix: Mapping[str, Any] | None = None,
    ) -> None:
        self.items.append(self._placed(Diagnostic(file, line, message, hint, "warning", group, snippet, sticky=sticky, fix=fix)))

    def completed(self, d: Diagnostic) -> Diagnostic:
        """``d`` with its ``fix`` shown as the whole [[source]] table to paste, when the file's table is known:
        a hint that says "add X to its [[source]] table" then works when pasted as printed (the table as
        it is, X added, and what X conflicts with, such as a layout a pattern does not apply to, changed)."""
        if not d.fix or d.snippet or self.render is None or d.file not in self.tables:
            return d
        table, listed = self.tables[d.file]
        where = (
            "the whole table below replaces its [[source]] in deck.toml"
            if listed
            else "the whole table below goes into deck.toml, in place of the one suggested for this file"
        )
        return replace(d, hint=f"{d.hint}; {where}" if d.hint else where, snippet=self.render(table, d.fix), fix=None)

    @property
    def errors(self) -> list[Diagnostic]:
        return [self.completed(d) for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [self.completed(d) for d in self.items if d.severity == "warning"]

    @property
    def grouped_warnings(self) -> list[Diagnostic]:
        """Warnings as printed: each repeated problem once, with its count and places."""
        return grouped(self.warnings)

    def raise_if_errors(self) -> None:
        """Stop with every error, then every warning found so far (the tables to paste among them): a
        warning is never hidden behind an error of the same run (trial6 F17)."""
        if self.errors:
            raise ContentError(grouped(self.errors) + grouped(self.warnings))
