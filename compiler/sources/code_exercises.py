"""Exercises written in a program's comments (trial56 T56-4): an SQL exercise file numbers each task in a comment and
answers it with the query under it (``-- 1.1 Select the names of all the products in the store.`` / ``select Name
from Products;``), as do Python or R practice scripts (``# 3. Write a function that …`` over its code).

deckc reads documents, not code: such a file was "not read: a program", its exercises lost. A file in a language
deckc knows the line comments of is read as these exercises when it numbers three tasks or more that way, most of
them a sentence (five words or more), and most with code under them before the next: each task a heading (its
number and words, the comment lines right under it too) over its code in a fence of the file's language. Comment
lines before the first task are the page's text; a task with no code under it is a question with no answer, said.
Any other program stays "not read" (its numbered comments are steps, ``# 1. Load data``, or it has none).
"""

from __future__ import annotations

import re
from pathlib import Path

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

# a line comment's mark, by how the file's name ends, and the language its code fence names
LINE_COMMENTS: dict[str, tuple[str, str]] = {
    ".sql": ("--", "sql"),
    ".lua": ("--", "lua"),
    ".py": ("#", "python"),
    ".r": ("#", "r"),
    ".sh": ("#", "bash"),
    ".rb": ("#", "ruby"),
    ".pl": ("#", "perl"),
    ".ps1": ("#", "powershell"),
    **dict.fromkeys((".js", ".mjs", ".jsx"), ("//", "javascript")),
    **dict.fromkeys((".ts", ".tsx"), ("//", "typescript")),
    ".java": ("//", "java"),
    ".kt": ("//", "kotlin"),
    **dict.fromkeys((".c", ".h"), ("//", "c")),
    **dict.fromkeys((".cpp", ".cc"), ("//", "cpp")),
    ".cs": ("//", "csharp"),
    ".go": ("//", "go"),
    ".rs": ("//", "rust"),
    ".swift": ("//", "swift"),
    ".dart": ("//", "dart"),
    ".scala": ("//", "scala"),
    ".php": ("//", "php"),
}
TASKS_MIN = 3  # numbered tasks a file holds to be read as exercises
SENTENCE_WORDS = 5  # a task of this many words or more reads as a sentence ('Select the names of all products.')
READ_BYTES = 2_000_000  # a larger file is a program or a dump, never read to tell

_LABEL = r"(?:(?:question|exercise|ex|task|problem|q)\s*)?"
_NUMBER = r"(?P<number>\d{1,3}(?:\.\d{1,3}){0,2})"


def _task(mark: str) -> re.Pattern[str]:
    """A comment that numbers a task: '-- 1.1 Select …', '# 3. Write …', '// Exercise 2: Sort …', '# Q4) What …'."""
    return re.compile(rf"^\s*{re.escape(mark)}+\s*{_LABEL}{_NUMBER}\s*[.):\-–]?(?:\s+(?P<text>\S.*?))?\s*$", re.I)


def _comment(mark: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*{re.escape(mark)}+(?:\s(?P<text>.*?))?\s*$")


def _parts(lines: list[str], suffix: str) -> tuple[list[tuple[int, str, list[int], list[int]]], list[int]] | None:
    """The tasks of a program's lines ``(line, number and words, comment lines under it, code lines)`` and the comment
    lines before the first, or None when the file is no such set of exercises."""
    mark, _ = LINE_COMMENTS[suffix]
    task, comment = _task(mark), _comment(mark)
    tasks: list[tuple[int, str, list[int], list[int]]] = []
    before: list[int] = []
    for k, line in enumerate(lines):
        m = task.match(line)
        if m is not None:
            tasks.append((k, f"{m.group('number')} {m.group('text') or ''}".strip(), [], []))
            continue
        if not line.strip():
            continue
        if not tasks:
            if comment.match(line):
                before.append(k)
            continue
        if comment.match(line) and not tasks[-1][3]:
            tasks[-1][2].append(k)  # (the task's words going on over its next comment lines)
        else:
            tasks[-1][3].append(k)
    if len(tasks) < TASKS_MIN:
        return None
    numbers = [t[1].split()[0] for t in tasks]
    if len(set(numbers)) < len(numbers) * 0.8:
        return None  # (the same numbers again and again: a program's steps in each function)
    sentences = sum(1 for t in tasks if len(_words(lines, t, comment)) >= SENTENCE_WORDS)
    coded = sum(1 for t in tasks if t[3])
    if sentences * 2 < len(tasks) or coded * 3 < len(tasks) * 2:
        return None
    return tasks, before


def _words(lines: list[str], task: tuple[int, str, list[int], list[int]], comment: re.Pattern[str]) -> list[str]:
    """A task's words: those after its number and those of the comment lines right under it ('-- 2.14' / '-- Select …')."""
    _, numbered, more, _ = task
    said = [numbered.split(" ", 1)[1] if " " in numbered else ""]
    said += [((m.group("text") or "") if (m := comment.match(lines[j])) else "") for j in more]
    return " ".join(s.strip() for s in said if s.strip()).split()


def commented_exercises(path: Path) -> bool:
    """Whether a program file (by its name's ending) numbers its exercises in comments over the code that answers them."""
    suffix = path.suffix.lower()
    if suffix not in LINE_COMMENTS:
        return False
    try:
        if path.stat().st_size > READ_BYTES:
            return False
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return _parts(text.split("\n"), suffix) is not None


def code_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """A program's commented exercises as Markdown (see the module); a program that holds none is no document."""
    suffix = Path(rel).suffix.lower()
    text = path.read_bytes().decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    found = _parts(lines, suffix) if suffix in LINE_COMMENTS else None
    if found is None:
        raise ContentError(
            [
                Diagnostic(
                    rel,
                    None,
                    "not read: a program or a database dump; deckc reads documents, not code",
                    "export its questions as CSV or JSON (question and answer columns) into sources/, or number each "
                    f"exercise in a comment over the code that answers it ('{LINE_COMMENTS.get(suffix, ('#', ''))[0]} 1. …')",
                    group=NOT_A_DOCUMENT,
                )
            ]
        )
    tasks, before = found
    mark, lang = LINE_COMMENTS[suffix]
    comment = _comment(mark)
    out: list[str] = []
    origin: list[int] = []

    def put(line: str, n: int) -> None:
        out.append(line)
        origin.append(n + 1)

    for k in before:
        m = comment.match(lines[k])
        said = (m.group("text") or "").strip() if m else ""
        if said and set(said) - set("-=*#/ "):
            put(said, k)
            put("", k)
    for entry in tasks:
        k, _, _, code = entry
        put("## " + " ".join(_words(lines, entry, comment)), k)  # (its number no part of the task)
        put("", k)
        if code:
            first, last = code[0], code[-1]
            fence = "````" if any("```" in lines[j] for j in range(first, last + 1)) else "```"
            put(fence + lang, first)
            for j in range(first, last + 1):
                put(lines[j], j)
            put(fence, last)
            put("", last)
    return Converted(text="\n".join(out) + "\n", origin=tuple(origin))
