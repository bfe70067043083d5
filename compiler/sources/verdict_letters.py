"""True/false marks in the letters of the worksheet's language (trial28 T28-54, T28-59).

A true/false worksheet marks each statement with the first letter of its language's words: Turkish ``( D ) Güneş bir
yıldızdır.`` / ``( Y ) …`` (doğru/yanlış), Indonesian ``1. Matahari adalah bintang. (B)`` / ``(S)`` (benar/salah),
Polish ``1. Mitochondrium wytwarza ATP. P`` / ``… F`` (prawda/fałsz), Korean ``(O)`` / ``(X)``, Vietnamese ``(Đ)`` /
``(S)`` (đúng/sai). The readers read ``T``/``F`` (and ``V``/``F``) there; these pages gave no card or statements cut
into word pairs. This line-kept rewrite writes such marks as ``T`` / ``F`` in place, so every reader reads them as
verdicts (and :mod:`compiler.sources.truefalse` words the card in the page's language).

The page's pair is, in this order: ``true_false = ["D", "Y"]`` in its ``[[source]]`` table; the pair its instruction
defines (``… doğru ise D, yanlış ise Y yazınız.``, ``Write A if the statement is true and B if it is false``: the
marks in the order of a true and a false word on one line); or the pair of :data:`PAIRS` whose two marks both occur.
Only on :data:`MARKED_MIN` statements at least, each a line of its own that asks nothing (no ``?`` before the mark) and
is no option of a question (no lettered option right under it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# (true mark, false mark) -> the language that writes them: tr doğru/yanlış, id/ms benar/salah (betul), pl
# prawda/fałsz, ko O/X (맞다/틀리다), vi đúng/sai, nl juist/onjuist, de richtig/falsch and wahr/falsch, pt certo/errado,
# ru верно/неверно, uk правильно/неправильно, sv sant/falskt, cs/sk pravda/nepravda, hu igaz/hamis, ro adevărat/fals,
# fi tosi/epätosi and oikein/väärin, en yes/no; the marks the readers read already (T/F, V/F, ✓/✗) need no table
PAIRS: dict[tuple[str, str], str] = {
    ("D", "Y"): "tr",
    ("B", "S"): "id",
    ("P", "F"): "pl",
    ("O", "X"): "ko",
    ("○", "×"): "ko",
    ("○", "✕"): "ko",
    ("Đ", "S"): "vi",
    ("D", "S"): "vi",
    ("J", "O"): "nl",
    ("R", "F"): "de",
    ("W", "F"): "de",
    ("C", "E"): "pt",
    ("В", "Н"): "ru",
    ("П", "Н"): "uk",
    ("S", "F"): "sv",
    ("P", "N"): "cs",
    ("I", "H"): "hu",
    ("A", "F"): "ro",
    ("T", "E"): "fi",
    ("O", "V"): "fi",
    ("Y", "N"): "en",
}
MARKED_MIN = 3  # statements so marked that make a worksheet's marks, not a stray letter

_MARK = r"[^\W\d_]|[○〇×✕]"
# '( D ) Güneş bir yıldızdır.', '[B] …': the mark before the statement
_FIRST = re.compile(
    rf"^(?P<lead>[ \t]{{0,3}}(?:\d{{1,3}}[.)][ \t]*)?[(\[][ \t]*)(?P<m>{_MARK})(?P<tail>[ \t]*[)\]][ \t]+\S.*)$"
)
# '1. Matahari adalah bintang. (B)', '… ATP. P': the mark after it, in brackets or bare after its full stop
_AFTER = re.compile(
    rf"^(?P<lead>[ \t]*\S.*?[^\s?？؟(（\[][ \t]*[(（\[][ \t]*)(?P<m>{_MARK})(?P<tail>[ \t]*[)）\]][ \t]*)$"
    rf"|^(?P<lead2>[ \t]*\S.*?[^?？؟\s][.!。][ \t]+)(?P<m2>{_MARK})(?P<tail2>[ \t]*)$"
)
_OPTION = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\(?[A-Ha-h][.)][ \t]+\S")
# words that say true / false, as an instruction defines its marks by them (stems: 'prawdziwe', 'fałszywe')
_TRUE_STEMS = (
    "true", "richtig", "wahr", "vrai", "verdad", "vero", "vera", "verdadeir", "certo", "correct", "prawd", "juist", "waar",
    "đúng", "doğru", "benar", "betul", "верн", "правильн", "правд", "igaz", "sant", "pravd", "adevăr", "tosi", "참", "맞",
    "옳", "正", "对", "對", "صح", "صواب", "נכון", "kweli", "ถูก",
)  # fmt: skip
_FALSE_STEMS = (
    "false", "falsch", "faux", "fals", "errad", "errat", "incorrect", "fałsz", "onjuist", "onwaar", "sai", "yanlış",
    "salah", "неверн", "неправильн", "ложн", "hamis", "falsk", "nepravd", "epätosi", "거짓", "틀", "誤", "错", "錯",
    "خطأ", "לא", "ผิด",
)  # fmt: skip
_NEGATION = frozenset({"not", "niet", "nicht", "non", "не", "ні", "không", "nie", "ne", "tidak", "no", "si"})
_WORD = re.compile(r"[^\W\d_]+|[○〇×✕]")


def _mark(m: re.Match[str]) -> str:
    return m.groupdict().get("m") or m.groupdict().get("m2") or ""


def _marked(lines: Sequence[str]) -> dict[int, re.Match[str]]:
    """Lines of a statement with a mark before or after it, by index; never a lettered option of a question."""
    out: dict[int, re.Match[str]] = {}
    for k, line in enumerate(lines):
        m = _FIRST.match(line) or _AFTER.match(line)
        if m is None:
            continue
        after = next((n for n in lines[k + 1 : k + 3] if n.strip()), "")
        if _OPTION.match(after):  # ('1. Which …? (B)' over 'a) …': a question's key, no verdict)
            continue
        out[k] = m
    return out


def _defined(lines: Sequence[str], marks: set[str]) -> tuple[str, str] | None:
    """The (true, false) marks a line of instruction defines, the marks in the order of a true and a false word
    ('doğru ise D, yanlış ise Y', 'B jika pernyataan benar dan S jika salah')."""
    for line in lines:
        words = _WORD.findall(line)
        said = [w for w in words if w in marks]
        if len(said) != 2 or said[0] == said[1]:
            continue
        kinds: list[bool] = []
        for k, w in enumerate(words):
            low = w.casefold()
            if w in marks:
                continue
            if low.startswith(_FALSE_STEMS):
                kinds.append(False)
            elif low.startswith(_TRUE_STEMS):
                kinds.append(not (k and words[k - 1].casefold() in _NEGATION))  # ('niet waar', 'not true')
        if kinds in ([True, False], [False, True]):
            return (said[0], said[1]) if kinds[0] else (said[1], said[0])
    return None


# a key of such marks by statement number, on its label's line or one entry a line: 'Odpowiedzi: 1. P  2. F  3. P',
# 'Cevaplar: 1-D, 2-Y', '3) P' (T32-53: the backs were the bare letters 'P' / 'F', the fronts no true-or-false cue)
# (a short reason in brackets may follow the mark: '2. X (1592년)', T38-6)
_KEY_MARK = r"\d{1,3}[ \t]*+[.):\-–][ \t]*+(?P<m>[^\W\d_])(?![^\W\d_])(?:[ \t]*+[(（][^()（）\n]{1,40}[)）])?+"
_KEY_MARKS = re.compile(
    r"^[ \t]*+(?:(?:\*\*|__)?[^\W\d_][^:：\n]{0,30}[:：](?:\*\*|__)?[ \t]*+)?"
    + _KEY_MARK.replace("?P<m>", "?:") + r"(?:[ \t]*+[,;]?[ \t]*+" + _KEY_MARK.replace("?P<m>", "?:") + r")*+[ \t.]*$"
)
_ANY_OPTION = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\(?[^\W\d_][.)][ \t]+\S")  # ('a) …', 'б) …': an option in any script
_KEY_MARK_AT = re.compile(r"(?<![\w.])" + _KEY_MARK)


def _key_marks(lines: Sequence[str]) -> dict[int, list[re.Match[str]]]:
    """Lines of a key by statement number whose every entry is one letter, with those entries, by index."""
    out: dict[int, list[re.Match[str]]] = {}
    for k, line in enumerate(lines):
        if _KEY_MARKS.match(line):
            out[k] = list(_KEY_MARK_AT.finditer(line))
    return out


def _keyed_marks(lines: list[str], pair: Sequence[str]) -> list[str]:
    """``lines`` with a key's true/false marks in its language's letters written ``T`` / ``F``: the key's letters both
    marks of the ``true_false`` setting, of a pair an instruction defines, or of a pair of :data:`PAIRS` (then only on a
    page with no lettered option, in any script: a key 'A' / 'F' there names options)."""
    keys = _key_marks(lines)
    said = {m.group("m") for found in keys.values() for m in found}
    if sum(len(found) for found in keys.values()) < MARKED_MIN or len(said) != 2:
        return lines
    chosen: tuple[str, str] | None = (pair[0], pair[1]) if len(pair) == 2 else None
    chosen = chosen or _defined([line for k, line in enumerate(lines) if k not in keys], said)
    if chosen is None and not any(_ANY_OPTION.match(line) for line in lines):
        chosen = next((p for p in PAIRS if set(p) == said), None)
    if chosen is None or set(chosen) != said or chosen == ("T", "F"):
        return lines
    verdict = {chosen[0]: "T", chosen[1]: "F"}
    out = list(lines)
    for k, found in keys.items():
        row = lines[k]
        for m in reversed(found):
            row = row[: m.start("m")] + verdict[m.group("m")] + row[m.end("m") :]
        out[k] = row
    return out


def verdict_letters(text: str, pair: Sequence[str] = ()) -> str:
    """``text`` with a true/false worksheet's own marks written ``T`` / ``F`` in place, on its statements or in its key
    (the text itself when it has none); ``pair`` is the ``[[source]] true_false`` setting. Line numbers stay."""
    lines = text.split("\n")
    found = _marked(lines)
    if len(found) < MARKED_MIN:
        keyed = _keyed_marks(lines, pair)
        return text if keyed == lines else "\n".join(keyed)
    said = {_mark(m) for m in found.values()}
    chosen: tuple[str, str] | None = (pair[0], pair[1]) if len(pair) == 2 else None
    if chosen is None:
        first = min(found)
        chosen = _defined([line for k, line in enumerate(lines) if k not in found and k < first + 40], said)
    if chosen is None:
        chosen = next((p for p in PAIRS if set(p) == said), None)
    if chosen is None or chosen == ("T", "F"):
        return text
    verdict = {chosen[0]: "T", chosen[1]: "F"}
    for k, m in found.items():
        mark = _mark(m)
        if mark not in verdict:
            continue
        got = m.groupdict()
        lead, tail = (got["lead"], got["tail"]) if got.get("m") else (got["lead2"], got["tail2"])
        lines[k] = f"{lead}{verdict[mark]}{tail}"
    return "\n".join(lines)


# a statement's two marks printed after it to tick one, a column of the sheet ('3) Il Sole è una stella.   V   F',
# '… star.   T   F', '… yıldızdır.  D  Y'): the marks set apart by two spaces or a tab (trial29 T29-19)
_TICK_COLUMN = re.compile(rf"^(?P<stem>.*?\S)(?:[ \t]{{2,}}|\t)(?P<a>{_MARK})[ \t]+(?P<b>{_MARK})[ \t]*$")
_TICK_PAIRS = frozenset({("T", "F"), ("V", "F"), *PAIRS})
TICKED_MIN = 2  # statements so printed that make a sheet's tick column


def tick_columns(text: str) -> str:
    """``text`` with each statement's tick column (``V   F`` after it, the pair of a true and a false mark) left out,
    when at least :data:`TICKED_MIN` lines end so (the column stayed on every front: 'Vero o falso: Il Sole è una
    stella. V F'). Line numbers stay."""
    lines = text.split("\n")
    found = [
        (k, m)
        for k, line in enumerate(lines)
        if (m := _TICK_COLUMN.match(line)) and (m.group("a"), m.group("b")) in _TICK_PAIRS
    ]
    if len(found) < TICKED_MIN:
        return text
    for k, m in found:
        lines[k] = m.group("stem")
    return "\n".join(lines)


# a true/false worksheet laid out as a table (trial29 T29-59): '| Statement | T/F |' over '| Plant cells … | T |': the
# verdict's column named by its marks ('T/F', 'V / F', 'R/F', 'D/Y') or its words ('True/False', 'Vrai ou faux', 'Richtig
# oder falsch'), or holding only the marks of one pair, each row's statement before or after it
_TABLE_ROW = re.compile(r"^[ \t]{0,3}\|(?P<cells>.*)\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]{0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?[ \t]*$")
_VERDICT_HEAD = re.compile(
    rf"^(?:{_MARK})[ \t]*[/|-][ \t]*(?:{_MARK})$|^(?:{_MARK})[ \t]+(?i:or|ou|o|oder|или|of|veya|atau)[ \t]+(?:{_MARK})$"
)
_NUMBER_CELL = re.compile(r"^(?:\*\*|__)?(?P<n>\d{1,3})[.)]?(?:\*\*|__)?$")
_TICKS = {"✓": "T", "✔": "T", "✅": "T", "☑": "T", "✗": "F", "✘": "F", "❌": "F", "✖": "F"}
TABLE_ROWS_MIN = 2  # rows that make a worksheet, not a table that happens to hold a letter


def _cell_verdict(cell: str) -> str | None:
    """The mark a table's verdict cell holds, as a statement's bracket writes it ('T', 'Y', 'True', 'Vrai', '✓' ->
    'T'), or None when the cell is no verdict."""
    text = re.sub(r"\*\*|__|`", "", cell).strip().rstrip(".\ufe0f").strip()
    if text in _TICKS:
        return _TICKS[text]
    if (re.fullmatch(_MARK, text) and text.isupper()) or text in ("○", "〇", "×", "✕"):
        return text
    low = text.casefold()
    if 2 <= len(text) <= 12 and " " not in text and low.startswith((*_TRUE_STEMS, *_FALSE_STEMS)):
        return text
    return None


def _verdict_header(cell: str) -> bool:
    """A column head that names true and false: 'T/F', 'V / F', 'True/False', 'Vrai ou faux', 'Richtig oder falsch'."""
    text = re.sub(r"\*\*|__|`", "", cell).strip()
    if _VERDICT_HEAD.match(text):
        return True
    words = [w.casefold() for w in _WORD.findall(text)]
    return (
        2 <= len(words) <= 4
        and any(w.startswith(_TRUE_STEMS) for w in words)
        and any(w.startswith(_FALSE_STEMS) for w in words)
    )


def verdict_tables(text: str) -> str:
    """``text`` with each true/false table written as numbered statements with their verdict after them in brackets
    (``1. Plant cells have a cell wall. (T)``), the shape every reader reads as a true/false item; its head and rule
    left blank, line numbers kept (trial29 T29-59: a card 'Plant cells have a cell wall.' -> 'T', asking nothing)."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        if not (_TABLE_ROW.match(lines[k]) and k + 1 < len(lines) and _TABLE_RULE.match(lines[k + 1])):
            k += 1
            continue
        end = k + 2
        while end < len(lines) and _TABLE_ROW.match(lines[end]):
            end += 1
        head = [c.strip() for c in _TABLE_ROW.match(lines[k]).group("cells").split("|")]  # type: ignore[union-attr]
        rows = [
            [c.strip() for c in _TABLE_ROW.match(line).group("cells").split("|")]
            for line in lines[k + 2 : end]
        ]  # type: ignore[union-attr]
        rewritten = _verdict_rows(head, rows)
        if rewritten is not None:
            out = out if out is not None else list(lines)
            out[k], out[k + 1] = "", ""
            out[k + 2 : end] = rewritten
        k = end
    return text if out is None else "\n".join(out)


def _verdict_rows(head: list[str], rows: list[list[str]]) -> list[str] | None:
    """The rows of a true/false table as numbered statements, or None when the table is no such worksheet."""
    if len(rows) < TABLE_ROWS_MIN or any(len(row) != len(head) for row in rows) or not 2 <= len(head) <= 3:
        return None
    numbered = 0 if len(head) == 3 and all(_NUMBER_CELL.match(row[0]) for row in rows) else None
    columns = [c for c in range(len(head)) if c != numbered]
    if len(columns) != 2:
        return None
    for verdict in columns:
        marks = [_cell_verdict(row[verdict]) for row in rows]
        said = {m for m in marks if m}
        # (with no head naming the verdict, only T/F, V/F or words: '| Oxygen | O |' / '| Vanadium | V |' are symbols)
        plain = said <= {"T", "F"} or said <= {"V", "F"} or all(len(m) > 1 for m in said)
        if not all(marks) or not (
            _verdict_header(head[verdict]) or (plain and len(said) == 2 and len(rows) >= MARKED_MIN)
        ):
            continue
        stem = next(c for c in columns if c != verdict)
        statements = [row[stem] for row in rows]
        if not all(statements) or any(_cell_verdict(s) for s in statements):
            return None
        return [
            f"{row[numbered] if numbered is not None else n}{'' if numbered is not None and row[numbered].endswith(('.', ')')) else '.'} "
            f"{statement} ({mark})"
            for n, (row, statement, mark) in enumerate(zip(rows, statements, marks, strict=True), start=1)
        ]
    return None
