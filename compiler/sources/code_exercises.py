"""Exercises written in a program's comments (trial56 T56-4): an SQL exercise file numbers each task in a comment and
answers it with the query under it (``-- 1.1 Select the names of all the products in the store.`` / ``select Name
from Products;``), as do Python or R practice scripts (``# 3. Write a function that …`` over its code).

deckc reads documents, not code: such a file was "not read: a program", its exercises lost. A file in a language
deckc knows the line comments of is read as these exercises when it numbers three tasks or more that way, most of
them a sentence (five words or more), and most with code under them before the next: each task a heading (its
number and words, the comment lines right under it too) over its code in a fence of the file's language. Comment
lines before the first task are the page's text; a task with no code under it is a question with no answer, said.
Any other program stays "not read" (its numbered comments are steps, ``# 1. Load data``, or it has none).

A command cheat sheet kept as a program file is a document too (trial61 T61-3: awesome-cheatsheets' ``git.sh``, ``git
init            # initiates git in the current directory``, 90 commands, was "not read"): a file most of whose code
lines each end with a comment of two words or more, :data:`CHEATS_MIN` of them or more, is read as cards, one a
command: what its comment says the front (a comment line right under it that goes on with the sentence too), the
command the back in a fence of the file's language. A command alone on its line over comment lines is the same card
the other way round (``.gitignore`` / ``# is a file including names of stuff …``). A banner comment between rules of
the mark (``####…`` / ``# DOCKER`` / ``####…``) is a section's heading, and so is a comment line alone right over
commands (``// Methods of the Object constructor``) or one that ends with ``:``; other comment lines are notes, on the
card above them (a block of them a card of its first line); a command with no comment is said, on no card.
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
CHEATS_MIN = 6  # commands each with its comment a file holds to be read as a cheat sheet
CHEATS_SHARE = 0.8  # of its code lines (a script comments some of its lines, never nearly all)
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


def _trailing(mark: str) -> re.Pattern[str]:
    """A code line that ends with a comment: 'git init            # initiates git …', 'git diff HEAD  #show changes …'
    (white space before the mark; a '#' inside a word or a '${#var}', a '//' inside 'https://', is none)."""
    return re.compile(rf"^(?P<code>[^\s].*?)[ \t]+{re.escape(mark)}+[ \t]*(?P<text>\S.*?)\s*$")


def _split_comment(line: str, trailing: re.Pattern[str], mark: str) -> tuple[str, str] | None:
    """(code, comment) of a line that ends with a comment, the mark outside the code's quotes ('ssh vm "docker node ls"
    # List the nodes'), else None."""
    if trailing.match(line) is None:
        return None
    for m in re.finditer(rf"[ \t]+{re.escape(mark)}+", line):
        code = line[: m.start()]
        if code.strip() and code.count('"') % 2 == 0 and code.count("'") % 2 == 0 and code.count("`") % 2 == 0:
            text = line[m.end() :].strip()
            return (code.rstrip(), text) if text else None
    return None


def _banner(text: str) -> bool:
    """A comment that only draws a rule ('#####…', '# ---'): a banner's frame."""
    return not text.strip() or not (set(text.strip()) - set("-=*#/~_+ "))


def _cheats(lines: list[str], suffix: str) -> list[tuple[str, int, str, list[str]]] | None:
    """A command cheat sheet's parts as ``(kind, line, text, more)``: 'section' (a banner's words), 'label' (a comment
    line alone that ends with ':' or stands right over commands), 'card' (text the command, more its comment's words then, after an empty entry, notes under
    it), 'topic' (a block of comment lines: text its first line, more the rest), 'note' (a comment line alone, before
    any card), 'bare' (a command with no comment); None when the file is no such sheet (see the module)."""
    mark, _ = LINE_COMMENTS[suffix]
    trailing, comment = _trailing(mark), _comment(mark)
    rows: list[tuple[str, int, str, str]] = []  # (kind, line, code or comment text, a code line's comment)
    commented = plain = 0
    for k, line in enumerate(lines):
        if not line.strip():
            rows.append(("blank", k, "", ""))
            continue
        m = comment.match(line)
        if m is not None:
            text = (m.group("text") or "").strip()
            rows.append(("rule" if _banner(text) else "comment", k, text, ""))
            continue
        pair = _split_comment(line, trailing, mark)
        if pair is not None:
            commented += len(pair[1].split()) >= 2  # (a one-word comment, '# Win10', is a card, not what tells the shape)
            rows.append(("card", k, pair[0], pair[1]))
        else:
            plain += 1
            rows.append(("bare", k, line.rstrip(), ""))
    if commented < CHEATS_MIN or commented < CHEATS_SHARE * (commented + plain):
        return None
    parts: list[tuple[str, int, str, list[str]]] = []
    j = 0
    while j < len(rows):
        kind, k, text, said = rows[j]
        if kind == "card":
            parts.append(("card", k, text, [said]))
        elif kind == "bare":
            parts.append(("bare", k, text, []))
        elif kind == "comment":
            block = [text]
            while j + 1 < len(rows) and rows[j + 1][0] == "comment":
                j += 1
                block.append(rows[j][2])
            above = rows[j - len(block)][0] if j - len(block) >= 0 else "blank"
            below = rows[j + 1][0] if j + 1 < len(rows) else "blank"
            if above == "rule" and below == "rule" and len(block) == 1:
                parts.append(("section", k, text, []))
            elif above in ("card", "bare") and parts and parts[-1][0] in ("card", "bare"):
                last_kind, at, code, words = parts[-1]
                if last_kind == "bare":  # ('.gitignore' / '# is a file including names of stuff …'): what it does under it
                    words, block = [block[0]], block[1:]
                last = words[-1].rstrip() if words else ""
                while block and words and not last.endswith((".", "!", "?", ":", ")")) and block[0][:1].islower():
                    words.append(block.pop(0))  # (its comment going on: '… to the staging area,' / '# the default when …')
                    last = words[-1].rstrip()
                parts[-1] = ("card", at, code, [*words, "", *block] if block else words)
            elif len(block) == 1 and (text.endswith((":", "：")) or below == "card"):
                # ('// Methods of the Object constructor' over its commands, a blank line above it: their label)
                parts.append(("label", k, text.rstrip(":： "), []))
            elif len(block) > 1:
                parts.append(("topic", k, block[0].rstrip(":： "), block[1:]))
            elif parts and parts[-1][0] == "card":
                last_kind, at, code, words = parts[-1]
                parts[-1] = ("card", at, code, [*words, *([""] if "" not in words else []), text])
            else:
                parts.append(("note", k, text, []))
        j += 1
    return parts


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
    lines = text.split("\n")
    return _parts(lines, suffix) is not None or _cheats(lines, suffix) is not None


def code_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """A program's commented exercises as Markdown (see the module); a program that holds none is no document."""
    suffix = Path(rel).suffix.lower()
    text = path.read_bytes().decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    found = _parts(lines, suffix) if suffix in LINE_COMMENTS else None
    cheats = _cheats(lines, suffix) if found is None and suffix in LINE_COMMENTS else None
    if cheats is not None:
        return _cheat_markdown(cheats, lines, rel, suffix)
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


def text_cheats(text: str, rel: str) -> Converted | None:
    """A plain text file (``.txt``) whose lines are shell commands each with its ``#`` comment after it, as a shell
    script's cheat sheet is written (``docker rm -f <hash>      # Remove force specified container``), converted as
    that script is (:func:`_cheat_markdown`: a card a command, its banner comments the sections); else None (trial61
    T61-3: the same lines saved as .txt were read as Markdown, '# DOCKER' a heading over 25 commands run together)."""
    lines = text.split("\n")
    parts = _cheats(lines, ".sh")
    return _cheat_markdown(parts, lines, rel, ".sh") if parts is not None else None


def _cheat_markdown(parts: list[tuple[str, int, str, list[str]]], lines: list[str], rel: str, suffix: str) -> Converted:
    """A command cheat sheet (:func:`_cheats`) as Markdown: a section a banner's words, a card a command (its comment a
    heading over the command in a fence, the notes under it after), a block of comment lines a card of its first line
    over the rest as a list; commands with no comment said."""
    from compiler.sources.converted import literal_inline, markdown_line

    _, lang = LINE_COMMENTS[suffix]
    out: list[str] = []
    origin: list[int] = []

    def put(line: str, n: int) -> None:
        out.append(line)
        origin.append(n + 1)

    bare: list[tuple[int, str]] = []
    for kind, n, text, more in parts:
        if kind in ("section", "label"):  # (a banner's words a section, a label over commands one inside it)
            put(("## " if kind == "section" else "### ") + literal_inline(text), n)
            put("", n)
        elif kind == "card":
            words = more[: more.index("")] if "" in more else more
            notes = more[more.index("") + 1 :] if "" in more else []
            put("#### " + literal_inline(" ".join(w.strip() for w in words)), n)
            put("", n)
            fence = "````" if "```" in text else "```"
            put(fence + lang, n)
            put(text, n)
            put(fence, n)
            put("", n)
            for note in notes:
                put(markdown_line(note), n)
                put("", n)
        elif kind == "topic":
            put("#### " + literal_inline(text), n)
            put("", n)
            for item in more:
                put("- " + markdown_line(item), n)
            put("", n)
        elif kind == "note":
            put(markdown_line(text), n)
            put("", n)
        elif kind == "bare":
            bare.append((n + 1, text))
    warnings: tuple[Diagnostic, ...] = ()
    if bare:
        first, command = bare[0]
        more_said = f" (and {len(bare) - 1} more)" if len(bare) > 1 else ""
        warnings = (
            Diagnostic(
                rel,
                first,
                f"{len(bare)} command{'s' if len(bare) > 1 else ''} with no comment beside or under {'them' if len(bare) > 1 else 'it'} "
                f"{'are' if len(bare) > 1 else 'is'} on no card: {command.strip()[:60]!r}{more_said}",
                "write what it does in a comment after it to make a card of it",
                severity="warning",
                group="bare-command",
            ),
        )
    return Converted(text="\n".join(out) + "\n", origin=tuple(origin), warnings=warnings)
