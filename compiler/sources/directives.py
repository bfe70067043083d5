"""Directive blocks of documentation sites, read as the MkDocs admonitions they are (trial8 H8).

Course and documentation sites write boxes and toggles as fenced directives:

- MyST / Jupyter Book: ``:::{note} Solution`` (colon fence) or ```` ```{admonition} Answer ```` (backtick
  fence), option lines (``:class: dropdown``, ``:label: ex-one``) after the opening line,
  ``:::{exercise}`` / ``:::{solution} ex-one`` (sphinx-exercise) and their gated form
  ```` ```{solution-start} ex-one ```` … ```` ```{solution-end} ````;
- VitePress / markdown-it-container: ``::: details Answer`` … ``:::``, ``::: tip Title``;
- Docusaurus: ``:::tip[Answer]``, ``:::note Title``;
- mdBook (mdbook-admonish): ``~~~admonish question title="What is a tautology?"`` … ``~~~``;
- Pandoc / Quarto fenced divs: ``::: {.callout-tip title="Answer"}`` (or a ``## Answer`` first line as
  its title), ``::: solution``.

:func:`directives` rewrites each such block as ``!!! name "Title"`` with its body indented under it (line
numbers kept; the fence and option lines become blank), so the Markdown reader sees what the site
shows: a box with a title, and a box titled Answer / Solution is the answer (its title a label, no raw
``:::`` syntax or ``:class:`` on the card). An exercise directive is the question itself: its body is
kept as plain text. Code-like directives (``{code-cell}``, ``{math}``, ``{figure}`` …) are left alone.
"""

from __future__ import annotations

import itertools
import re

from compiler.sources.lines import ANSWER_WORDS, closed_fences

# A box or toggle titled as the answer ('??? question "Show Answer"', '!!! success "Answer"', 'Solution', 'Réponse',
# '<summary>Click to see the answer</summary>'): its title is a label and its body the answer
# (in other languages the verb that reveals may stand before the word, 'Показать ответ', 'Voir la réponse', '显示答案',
# or after it, 'Çözümü Göster', 'Lösung anzeigen', '答えを表示', '정답 보기'; Turkish adds a case ending: trial14 T14-17)
_REVEAL_BEFORE = (
    r"(?:show|reveal|see|view|check|click(?:\s+here)?(?:\s+to\s+(?:see|show|reveal|view))?|mostrar|ver|voir|afficher|montrer"
    r"|mostra|vedi|zeige|показать|посмотреть|显示|查看|点击查看|顯示)"
)
_REVEAL_AFTER = r"(?:göster|gör|anzeigen|zeigen|ansehen|einblenden|を?表示|を?見る|보기|확인|显示|查看)"  # ('回答を見る', T22-30)
_SOLUTION_WORDS = r"çözüm(?:ü|ler|leri)?|cevab[ıi]|yanıt[ıi]|soluci[oó]n|solu[cç][aã]o|soluzione|lösungen|ответы|答案解析|正解"
ANSWER_TITLE = re.compile(
    r"^\s*(?:[^\w\s]{1,4}\s*)?"  # ('👀 Show the correct answer and explanation': an emoji before it, learner5 L60)
    r"(?:" + _REVEAL_BEFORE + r"\s*(?:(?:the|la|le|el|a|o|die|den|das)\s+)?)?"
    r"(?:the\s+)?(?:correct\s+)?(?:answers?|solutions?|" + _SOLUTION_WORDS + "|" + ANSWER_WORDS + r")(?:\s*\d{1,3}[a-z]?)?"
    # ('## Solution to Challenge 1', 'Solution for challenge 5', 'Answer to Exercise 2.3': the box or toggle it titles
    # names the task it answers, a Carpentries Workbench lesson's every solution box: trial58 T58-1)
    r"(?:\s+(?:to|for|of)\s+(?:the\s+)?(?:challenge|exercise|problem|question|task|activity|quiz|part)\s*(?:\d{1,3}(?:\.\d{1,3})?[a-z]?)?)?"
    r"(?:\s*(?:and|&|\+|with)\s+(?:the\s+)?(?:explanations?|rationales?|reasoning|feedback|working))?"
    r"(?:[欄栏])?"  # ('### 回答欄', 'answer field': a Zenn quiz page's heading over its answer toggle, T22-30)
    r"(?:\s*" + _REVEAL_AFTER + r")?\s*[:：.]?\s*$",
    re.I,
)
# admonition-like directive names (MyST, sphinx-exercise, sphinx-proof, VitePress, Docusaurus, Pandoc/Quarto)
_BOXES = frozenset(
    ["admonition", "note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error", "seealso", "info", "details", "dropdown", "toggle", "example", "remark", "question", "answer", "solution", "success", "failure", "quote", "abstract", "summary", "todo", "bug", "check", "exercise", "problem", "challenge", "callout", "definition", "theorem", "lemma", "proof"]
)
# boxes that hide what they hold until clicked, with no title of their own: the answer to the text above them (a bare
# VitePress '::: details', whose default title 'Details' was on the back: trial29 T29-31)
_REVEAL_BOXES = frozenset({"toggle", "dropdown", "details"})
# the box holds the question: its body is plain text (a Carpentries Workbench '::: challenge': trial18 T18-13)
_QUESTION_BOXES = frozenset({"exercise", "problem", "challenge"})
# a box titled as the question ('{admonition} Quick Check', 'Exercise 2', 'Try it'): its body is the question
_QUESTION_TITLE = re.compile(
    r"^\s*(?:quick\s+check|check\s+your\s+understanding|self[- ]check|question|exercise|problem|practice|try\s+it(?:\s+yourself)?"
    r"|quiz|test\s+yourself|deliverable)\b[^:]{0,40}$",
    re.I,
)
_CODE_DIRECTIVES = frozenset({"code-block", "code", "code-cell", "sourcecode", "ipython"})  # '```{code-block} cpp': code in cpp
_LABELLED = frozenset({"solution", "exercise", "answer", "problem"})  # their argument is a label reference

_COLON_OPEN = re.compile(
    r"^(?P<indent>[ ]{0,12})(?P<fence>:{3,})[ \t]*"
    r"(?:\{(?P<braced>[^}]*)\}|(?P<word>[A-Za-z][\w-]*))"
    r"(?:\[(?P<bracket>[^\]]*)\])?[ \t]*(?P<arg>.*?)[ \t]*$"
)
_TICK_OPEN = re.compile(r"^(?P<indent>[ ]{0,12})(?P<fence>`{3,}|~{3,})[ \t]*\{(?P<braced>[\w:.-]+)\}[ \t]*(?P<arg>.*?)[ \t]*$")
_TICK_ANY = re.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})[ \t]*\{", re.M)
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}(?=[^`]*$)|~{3,})")  # (an info string holds no backtick: '```df = f(x)```' is prose, sitting 54)
_OPTION = re.compile(r"^[ \t]*:[\w.-]+:(?:[ \t].*)?$")
_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
_TITLE_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<title>\S.*?)[ \t#]*$")


def _name(m: re.Match[str]) -> tuple[str, str]:
    """``(name, title)`` of a directive's opening line; name "" when it is no box."""
    braced = (m.groupdict().get("braced") or "").strip()
    word = m.groupdict().get("word") or ""
    arg = (m.group("arg") or "").strip()
    bracket = (m.groupdict().get("bracket") or "").strip()
    title = bracket or arg
    if braced.startswith((".", "#")) or "=" in braced:  # Pandoc attributes: {.callout-tip title="Answer"}
        classes = [c[1:] for c in braced.split() if c.startswith(".")]
        attrs = {a: b or c or d for a, b, c, d in _ATTR.findall(braced)}
        name = classes[0] if classes else ""
        title = attrs.get("title", "") or title
    else:
        name = braced or word
    name = name.lower()
    name = name.removeprefix("prf:").removeprefix("callout-")
    if name not in _BOXES and not name.endswith(("-start", "-end")):
        return "", ""
    if name.removesuffix("-start") in _LABELLED and title and " " not in title:  # '{solution} ex-one': a label, not a title
        title = ""
    return name, title


def _closing(lines: list[str], start: int, char: str, count: int, indent: int = 0) -> int:
    """Index of the line closing the directive opened at ``start`` (len(lines) when never closed)."""
    depth = 0
    fence: str | None = None
    for i in range(start + 1, len(lines)):
        line = lines[i]
        stripped = line.strip()
        if char == ":":
            if fence is not None:  # a code fence inside the box: its lines are code
                if stripped.startswith(fence) and not stripped.strip(fence[0]):
                    fence = None
                continue
            f = _FENCE.match(line)
            if f:
                fence = f.group(1)
                continue
            if _COLON_OPEN.match(line):
                depth += 1
                continue
            if stripped.startswith(":::") and not stripped.strip(":"):
                if depth == 0 and len(stripped) >= count:
                    return i
                depth = max(0, depth - 1)
        elif stripped and not stripped.strip(char) and len(stripped) >= count and len(line) - len(line.lstrip(" ")) < indent + 4:
            return i
    return len(lines)


# mdbook-admonish: '~~~admonish question title="What is a tautology?"', '```admonish note', attributes in any order
_ADMONISH_OPEN = re.compile(r"^(?P<indent>[ ]{0,3})(?P<fence>`{3,}|~{3,})[ \t]*admonish(?:[ \t]+(?P<kind>[A-Za-z][\w-]*)(?![\w=-]))?(?P<attrs>.*)$")


def admonish(lines: list[str]) -> list[str]:
    """The lines with mdbook-admonish blocks as the admonitions they show (:func:`_admonish`, then :func:`directives`),
    for the layout detector, which counts boxes whose title asks."""
    return directives("\n".join(lines)).split("\n")


def _admonish(text: str) -> str:
    """mdbook-admonish blocks written as the MyST directives they are (``~~~admonish question title="Why?"`` as
    ``~~~{question} Why?``), so a block whose title asks is a question and its body the answer (trial23 T23-21: three
    such questions were one card of the whole chapter). Other code fences are left alone; line numbers kept."""
    if "admonish" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None
    for k, line in enumerate(lines):
        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
            continue
        m = _ADMONISH_OPEN.match(line)
        if m is not None:
            attrs = {a: b or c or d for a, b, c, d in _ATTR.findall(m.group("attrs"))}
            lines[k] = f"{m.group('indent')}{m.group('fence')}{{{m.group('kind') or 'note'}}} {attrs.get('title', '')}".rstrip()
            fence = m.group("fence")
            continue
        f = _FENCE.match(line)
        if f is not None:
            fence = f.group(1)
    return "\n".join(lines)


def directives(text: str) -> str:
    """Directive boxes as MkDocs admonitions (see the module's docstring); line numbers kept."""
    text = _admonish(text)
    if ":::" not in text and not _TICK_ANY.search(text):
        return text
    return "\n".join(_convert(_cell_options(_plain_divs(_numbered_answers(_figures(text.split("\n")))))))


# a MyST figure or image directive: '```{figure} intro_data/struc1.svg' (its options and caption inside the fence)
# (an embedded page or video, '````{iframe-figure} ../_static/sandbox.html' with ':name:' / ':aspectratio: 2 / 1' and a
# caption: a TeachBooks course's interactive element, which no card can show; trial62 T62-7, its options were on the card)
_FIGURE_OPEN = re.compile(
    r"^(?P<indent>[ ]{0,3})(?P<fence>`{3,}|~{3,}|:{3,})[ \t]*\{(?P<kind>figure|image|iframe|iframe-figure|video)\}[ \t]+(?P<path>\S+)[ \t]*$"
)
_EMBEDS = frozenset({"iframe", "iframe-figure", "video"})


def _figures(lines: list[str]) -> list[str]:
    """MyST ``{figure}`` / ``{image}`` directives as the Markdown images they show (``![caption](path)``, the caption
    the text under the options), so the picture is on the card or said missing and the options (``:align: center``)
    are no text (trial47 T47-1: ':align: center' was printed and the figure never said); an ``{iframe}``,
    ``{iframe-figure}`` or ``{video}`` is its caption alone. Line numbers kept."""
    out = lines
    for k, line in enumerate(lines):
        m = _FIGURE_OPEN.match(line)
        if m is None:
            continue
        marker = m.group("fence")
        close = _closing(lines, k, marker[0], len(marker))
        caption = " ".join(b.strip() for b in lines[k + 1 : close] if b.strip() and not _OPTION.match(b))
        out = out if out is not lines else list(lines)
        if m.group("kind") in _EMBEDS:  # (an interactive element or a video: its caption, never its options; T62-7)
            out[k] = f"{m.group('indent')}{caption}" if caption else ""
        else:
            out[k] = f"{m.group('indent')}![{caption.replace(']', '')}]({m.group('path')})"
        for j in range(k + 1, min(close + 1, len(lines))):
            out[j] = ""
    return out


# a box titled as the answer to one numbered task ('Solution assignment 3', 'Answer 2', 'Solution to exercise 4',
# 'Uitwerking opgave 1'): its number says which task above it the box answers
_NUMBERED_ANSWER = re.compile(
    r"^(?:" + ANSWER_WORDS + r"|solutions?|uitwerking(?:en)?|oplossing|lösung|soluci[oó]n|solu[cç][aã]o|soluzione)"
    r"(?:[ \t]+(?:to|for|of|of\s+the|van|zu|de|del|di)?[ \t]*(?:the[ \t]+)?[^\W\d_]{0,12})?[ \t]*#?(?P<n>\d{1,3})[ \t]*[:.]?$",
    re.I,
)
NUMBERED_ANSWERS_MIN = 2  # boxes in a row, numbered in turn, that make a page's answers to its numbered tasks


def _numbered_answers(lines: list[str]) -> list[str]:
    """A run of answer boxes numbered in turn (MyST ```` ```{admonition} Solution assignment 1 ```` … ``Solution
    assignment 3``, each a dropdown, right after a list of numbered tasks: a Jupyter Book course's exercise) as the one
    toggle of numbered answers it is to the reader (``<details><summary>Solutions</summary>`` / ``**1.** …`` / ``**2.**
    …`` / ``</details>``), each task's answer the box of its number (trial47 T47-1: the tasks and every solution were one
    card of the heading). Line numbers kept."""
    boxes: list[tuple[int, int, int]] = []  # (opening line, closing line, number)
    fence: str | None = None
    k = 0
    while k < len(lines):
        line = lines[k]
        m = _COLON_OPEN.match(line) or _TICK_OPEN.match(line)
        name, title = _name(m) if m else ("", "")
        if fence is None and m is not None and name and (t := _NUMBERED_ANSWER.match(title.strip())) is not None:
            marker = m.group("fence")
            close = _closing(lines, k, marker[0], len(marker), len(m.group("indent")))
            boxes.append((k, close, int(t.group("n"))))
            k = close + 1
            continue
        f = _FENCE.match(line)
        if f is not None:
            fence = None if fence is not None and line.strip().startswith(fence) and not line.strip().strip(fence[0]) else (fence or f.group(1))
        k += 1
    runs: list[list[tuple[int, int, int]]] = []
    for box in boxes:
        last = runs[-1][-1] if runs else None
        if last is not None and box[2] == last[2] + 1 and not any(b.strip() for b in lines[last[1] + 1 : box[0]]):
            runs[-1].append(box)
        else:
            runs.append([box])
    out = lines
    for run in runs:
        if len(run) < NUMBERED_ANSWERS_MIN:
            continue
        out = out if out is not lines else list(lines)
        for n, (start, close, number) in enumerate(run):
            body = [j for j in range(start + 1, close) if lines[j].strip() and not _OPTION.match(lines[j])]
            for j in range(start, min(close + 1, len(lines))):
                out[j] = ""
            head = "<details><summary>Solutions</summary>" if n == 0 else ""
            if body:
                out[start] = f"{head}**{number}.** {lines[body[0]].strip()}"
                for j in body[1:]:
                    out[j] = lines[j].strip() if not lines[j].lstrip().startswith(("- ", "* ", "+ ")) else lines[j].rstrip()
            else:
                out[start] = f"{head}**{number}.** (no answer)"
        if run[-1][1] < len(out):
            out[run[-1][1]] = "</details>"
        else:  # (the last box never closed: its fence runs to the end of the file)
            out.append("</details>")
    return out


_CELL_OPEN = re.compile(r"^(?P<indent>[ ]{0,3})(?P<fence>`{3,}|~{3,})\{code-cell\}[^`]*$")
_CELL_OPTION = re.compile(r"^\s*:[\w-]+:(?:\s.*)?$")  # ':tags: [hide-cell]'
# a cell left for the learner to fill in: only comments that say so ('# write your solution here', '# Your code here')
_PLACEHOLDER_CELL = re.compile(
    r"^\s*(?:#|//|--)\s*(?:\.\.\.\s*)?(?:(?:write|put|add|type|enter|insert)\s+(?:your|the)\b|your\s+(?:code|solution|answer)\b|todo\b|fill\s+in\b).*$", re.I
)


def _cell_options(lines: list[str]) -> list[str]:
    """MyST code cells without their option lines (``:tags: [hide-cell]``, a ``---`` block of them at the top), which
    are no code, and without a cell that is only a placeholder for the learner's code (``# write your solution
    here``): blank lines in their place (trial15 T15-17: the solution's back opened with ':tags: [hide-cell]' as code
    and ended with the learner's empty cell)."""
    out = lines
    for k, end, _info in closed_fences(lines):  # (the fences as every reader finds them: lines.closed_fences)
        if not _CELL_OPEN.match(lines[k]):
            continue
        body = list(range(k + 1, end))
        drop: list[int] = []
        if body and lines[body[0]].strip() == "---":  # a YAML block of options
            close = next((j for j in body[1:] if lines[j].strip() == "---"), None)
            drop = list(range(body[0], close + 1)) if close is not None else []
        else:
            drop = [j for j in body[: next((n for n, j in enumerate(body) if not _CELL_OPTION.match(lines[j])), len(body))]]
        rest = [j for j in body if j not in drop and lines[j].strip()]
        if rest and all(_PLACEHOLDER_CELL.match(lines[j]) for j in rest):
            drop = list(range(k, end + 1))  # the learner's empty cell: no part of the answer
        if drop:
            out = out if out is not lines else list(lines)
            for j in drop:
                out[j] = ""
    return out


_COLON_CLOSE = re.compile(r"^[ ]{0,12}:{3,}[ \t]*$")


def _plain_divs(lines: list[str]) -> list[str]:
    """The lines with the fences of Pandoc divs that are no box blanked (``::: karta -`` / ``::: slownik {.def-list}``
    / ``:::`` / ``:::``: trial15 T15-84, a glossary of 18 'Term :: meaning' lines was one card holding the fences),
    so what they hold reads as written at the margin; a box (``::: tip``, ``::: {.callout-note}``), a MyST directive
    (``:::{exercise}``) and code are left to :func:`_convert`."""
    out = list(lines)
    opened: list[bool] = []  # for each open colon fence: whether it is a plain div
    fence: str | None = None
    for i, line in enumerate(lines):
        tick = _FENCE.match(line)
        if fence is not None:
            if tick and tick.group(1)[0] == fence[0] and len(tick.group(1)) >= len(fence):
                fence = None
            continue
        if tick:
            fence = tick.group(1)
            continue
        if _COLON_CLOSE.match(line):
            if opened and opened.pop():
                out[i] = ""
            continue
        m = _COLON_OPEN.match(line)
        if m is None:
            continue
        braced = (m.group("braced") or "").strip()
        plain = (not braced or braced.startswith((".", "#"))) and not _name(m)[0]
        opened.append(plain)
        if plain:
            out[i] = ""
    return out


def _convert(lines: list[str]) -> list[str]:
    out = list(lines)
    i = 0
    fence: str | None = None
    while i < len(out):
        line = out[i]
        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
            i += 1
            continue
        m = _COLON_OPEN.match(line) or _TICK_OPEN.match(line)
        name, title = _name(m) if m else ("", "")
        code = _TICK_OPEN.match(line)
        if code is not None and code.group("braced").lower() in _CODE_DIRECTIVES:  # a fence of code in that language
            lang = (code.group("arg") or "").split()
            out[i] = f"{code.group('indent')}{code.group('fence')}{lang[0] if lang else ''}"
            m = None
        if m is None or not name:
            f = _FENCE.match(line)
            if f:
                fence = f.group(1)
            i += 1
            continue
        marker = m.group("fence")
        close = _closing(out, i, marker[0], len(marker), len(m.group("indent")))
        if name.endswith("-end"):  # a gated end with no start: layout
            out[i] = ""
            for k in range(i + 1, min(close + 1, len(out))):
                out[k] = ""
            i = close + 1
            continue
        first, last = i + 1, close  # the body's lines
        if name.endswith("-start"):  # gated: the body runs from the start directive to the matching '-end' one
            base = name.removesuffix("-start")
            for k in range(i + 1, min(close + 1, len(out))):
                out[k] = "" if _OPTION.match(out[k]) or not out[k].strip() or k == close else out[k]
            end_at = next(
                (k for k in range(close + 1, len(out)) if (e := _COLON_OPEN.match(out[k]) or _TICK_OPEN.match(out[k])) and _name(e)[0] == f"{base}-end"),
                None,
            )
            if end_at is None:
                i += 1
                continue
            end_marker = (_COLON_OPEN.match(out[end_at]) or _TICK_OPEN.match(out[end_at]))
            assert end_marker is not None
            end_close = _closing(out, end_at, end_marker.group("fence")[0], len(end_marker.group("fence")))
            for k in range(end_at, min(end_close + 1, len(out))):
                out[k] = ""
            name, first, last, close = base, close + 1, end_at, end_at
        indent = len(m.group("indent"))
        body = out[first:last]
        k = 0
        while k < len(body) and _OPTION.match(body[k]):  # ':class: dropdown', ':label: ex-one'
            body[k] = ""
            k += 1
        if k == 0 and body and body[0].strip() == "---":  # a YAML block of options
            end = next((j for j in range(1, len(body)) if body[j].strip() == "---"), None)
            if end is not None:
                for j in range(end + 1):
                    body[j] = ""
        if not title:  # Quarto: the box's first line a heading is its title
            first_text = next((j for j, b in enumerate(body) if b.strip()), None)
            h = _TITLE_HEADING.match(body[first_text]) if first_text is not None else None
            if h is not None and first_text is not None:
                title = h.group("title")
                # (a question box's heading titles its task: a bold line over it, the question's front with the task:
                # a Carpentries '::: challenge' / '## From 1 to N', trial18 T18-13)
                body[first_text] = f"**{title}**" if name in _QUESTION_BOXES else ""
                if name in ("solution", "answer"):
                    # (a solution box is the answer whatever its heading says, a label: '::: solution' / '## Challenge
                    # 4', the challenge's title copied into it: trial58 T58-1)
                    title = name.capitalize()
        inner = next((b for b in body if b.strip()), "")
        hides_box = (e := _COLON_OPEN.match(inner) or _TICK_OPEN.match(inner)) is not None and _name(e)[0].removesuffix("-start") in _QUESTION_BOXES
        if not title and name in _REVEAL_BOXES and not hides_box:
            title = "Answer"  # ('```{toggle}' under 'Which port does DNS use?': what it hides is the answer, T16-51)
        body = _convert([b[indent:] if b[:indent].strip() == "" else b.lstrip(" ") for b in body])
        if name in _REVEAL_BOXES and hides_box:  # ('````{toggle}' / '```{exercise}' … / '```{solution} …': the boxes it
            out[i:last] = ["", *[""] * (first - i - 1), *body]  # hides read as boxes, never the answer to the text above
            if close < len(out):  # (trial51 T51-12: the exercise and its solution were the back of 'Click the toggle …')
                out[close] = ""
            i = close + 1
            continue
        gap = [""] * (first - i - 1)  # a gated start directive's own lines
        if name in _QUESTION_BOXES or (name == "admonition" and _QUESTION_TITLE.match(title)):
            out[i:last] = ["", *gap, *body]
        else:
            title = (title or name.replace("-", " ").capitalize()).replace('"', "“")
            head = f'{" " * indent}!!! {re.sub(r"[^A-Za-z0-9-]", "", name) or "note"} "{title}"'
            # (blank lines keep the body's indent: two empty lines in a row would end the admonition)
            pad = " " * (indent + 4)
            out[i:last] = [head, *(pad for _ in gap), *(f"{pad}{b}" if b.strip() else pad for b in body)]
        if close < len(out):
            out[close] = ""
        i = close + 1
    return out


_ADMONITION_TITLE = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*\s+"(?P<title>[^"]*)"\s*$')
_SUMMARY = re.compile(r"<summary\b[^>]*>(?P<title>.*?)</summary>", re.I)
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")


def answer_boxes(lines: list[str]) -> int:
    """How many answer boxes (``:::{note} Solution``, ``::: details Answer``, ``:::tip[Answer]``, a Quarto box
    whose first line is ``## Answer``, ``??? note "Answer"``, ``<summary>Show answer</summary>``) follow text that is not a heading: each
    answers the text above it, a question (the detector counts them; trial8 H8)."""
    found = 0
    last = ""  # the last non-blank line before this one
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        title: str | None = None
        m = _COLON_OPEN.match(line) or _TICK_OPEN.match(line)
        if m is not None:
            name, title = _name(m)
            base = name.removesuffix("-start")
            title = title or (base if base in ("solution", "answer") else None)
            if not title:  # Quarto: the box's first line a heading is its title ('## Answer'), as it is read
                first = next((b for b in lines[k + 1 : k + 4] if b.strip()), "")
                h = _TITLE_HEADING.match(first)
                title = h.group("title") if h else None
        elif (a := _ADMONITION_TITLE.match(line)) is not None:
            title = a.group("title")
        elif (s := _SUMMARY.search(line)) is not None:
            title = re.sub(r"<[^>]+>", "", s.group("title"))
        if title and ANSWER_TITLE.match(title) and last and not _HEADING.match(last):
            found += 1
        last = line
    return found


# for the readers that find a box before the directives are rewritten (compiler/sources/answerkey.py: a key in a box)
COLON_OPEN, TICK_OPEN, OPTION_LINE = _COLON_OPEN, _TICK_OPEN, _OPTION
# boxes whose body is a task or its answer (a Quarto '{.callout-exercise}' and its nested '{.callout-answer}'): what
# they hold is one exercise and its solution, never a cheat sheet's commands or a self-check of its own
EXERCISE_BOXES = _QUESTION_BOXES
ANSWER_BOXES = frozenset({"answer", "solution", "hint"})


def box_spans(lines: list[str]) -> list[tuple[int, int, str]]:
    """``(opening line, closing line, name)`` of every directive box (``:::{.callout-exercise}``, ```` ```{solution} ````,
    ``::: challenge``), nested ones too, outside code; the closing line is len(lines) when the box is never closed.
    Rewrites that run before :func:`directives` ask it whether a line is inside an exercise or its answer (T47-2)."""
    if ":::" not in "\n".join(lines) and not any(_TICK_OPEN.match(line) for line in lines):
        return []
    spans: list[tuple[int, int, str]] = []
    fence: str | None = None
    for k, line in enumerate(lines):
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            continue
        if any(close == k for _, close, _ in spans):
            continue  # (a backtick box's closing fence opens no code)
        m = _COLON_OPEN.match(line) or _TICK_OPEN.match(line)
        name = _name(m)[0] if m is not None else ""
        if m is None or not name:
            f = _FENCE.match(line)
            fence = f.group(1) if f is not None else None
            continue
        marker = m.group("fence")
        spans.append((k, _closing(lines, k, marker[0], len(marker), len(m.group("indent"))), name.removesuffix("-start")))
    return spans


# a lesson's overview boxes (Carpentries '::: objectives', '::: questions', '::: keypoints', '::: prereq'; bookdown
# ':::objectives'; Quarto '{.callout-objectives}'): what the lesson is for, asking nothing to learn on a card; and its
# notes for the teacher ('::: instructor' / '### Choose how to teach this section': its heading was the section of the
# challenges after it, its notes on the learner's cards: trial58 T58-9)
_FURNITURE_BOXES = frozenset(
    {"objectives", "learning-objectives", "questions", "keypoints", "key-points", "prereq", "prerequisite", "prerequisites", "overview", "goals", "outcomes", "instructor"}
)
_ANSWERED = re.compile(r"(?i)<details\b|<summary\b|^\s*(?:\*\*|__)?(?:answer|solution)s?\b\s*[:：]|^\s*:{3,}\s*\{?\.?(?:callout-)?(?:answer|solution)\b")


def furniture_boxes(text: str) -> str:
    """The text with each lesson-overview box (:data:`_FURNITURE_BOXES`: ``:::objectives`` / ``**Questions**`` / ``- What
    is an ANOVA?`` … / ``:::``) blank, fences and all, so the page reads as the same page without it: its questions are
    the lesson's aims, never cards nor "no answer", and the notes around it read as they would (trial47 T47-8: the box's
    questions were "no answer" and every notes section of the page "text outside any question"). A box holding an answer
    (a toggle, an ``Answer:`` line, a solution box) is left alone. Line numbers kept."""
    if ":::" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None
    k = 0
    while k < len(lines):
        line = lines[k]
        if fence is not None:
            fence = None if line.strip().startswith(fence) and not line.strip().strip(fence[0]) else fence
            k += 1
            continue
        m = _COLON_OPEN.match(line)
        if m is None:
            f = _FENCE.match(line)
            fence = f.group(1) if f is not None else None
            k += 1
            continue
        braced = (m.group("braced") or "").strip()
        names = [c[1:] for c in braced.split() if c.startswith(".")] if braced.startswith((".", "#")) else [braced or m.group("word") or ""]
        name = (names[0] if names else "").lower().removeprefix("callout-")
        close = _closing(lines, k, ":", len(m.group("fence")), len(m.group("indent")))
        if name in _FURNITURE_BOXES and close < len(lines) and not any(_ANSWERED.search(x) for x in lines[k + 1 : close]):
            lines[k : close + 1] = [""] * (close + 1 - k)
            k = close + 1
            continue
        k += 1
    return "\n".join(lines)


def task_lines(lines: list[str], names: frozenset[str] = EXERCISE_BOXES | ANSWER_BOXES) -> set[int]:
    """The lines (0-based) inside a box of one of these ``names``, by default an exercise or its answer (see
    :func:`box_spans`)."""
    return {j for start, close, name in box_spans(lines) if name in names for j in range(start + 1, close)}


def directive_name(m: re.Match[str]) -> tuple[str, str]:
    """``(name, title)`` of a directive's opening line matched by :data:`COLON_OPEN` / :data:`TICK_OPEN`; name "" when
    it is no box."""
    return _name(m)


# a jupytext MyST notebook's cell break ('+++', '+++ {"tags": ["hide"]}'): layout between cells, no text
_CELL_BREAK = re.compile(r"^\+\+\+(?:[ \t]*\{.*\})?[ \t]*$")
_NOTEBOOK_SIGN = re.compile(r"^(?:[ ]{0,3}(?:`{3,}|~{3,})\{code-cell\}|[ \t]*(?:jupytext|kernelspec):)", re.M)
_LABEL_OPTION = re.compile(r"^[ \t]*:label:[ \t]*(?P<label>\S+)")
_NUMBERED_TASK = re.compile(r"^(?P<n>\d{1,3})[.)][ \t]+(?P<text>\S.*)$")


def myst_layout(lines: list[str]) -> list[str]:
    """A MyST page's layout-only lines blank (line numbers kept): a jupytext notebook's cell breaks (``+++``), index
    directives (``:::{index} floating point`` / ``:::``: entries of the book's index, nothing printed where they stand),
    and its exercise boxes that no solution box answers (``::: {exercise-start}`` / ``:label: ex`` / ``:::`` / tasks /
    ``::: {exercise-end}`` / ``:::``, or ``:::{exercise}`` … ``:::``) as the exercises they are, each task
    ``**Exercise N.** …`` on one line (its displayed formula with it), read as a task with no answer by every layout.
    Why: read part by part, the box's closing fence was a card's back (``Are there boolean values …?`` → ``::: {exercise-end}
    :::``), a task's formula another's (``Solve the Bernoulli differential equation`` → its equation), the other tasks
    "text outside any question", and ``+++`` on fronts (trial54 T54-3: the Scientific Python Lectures' SymPy page)."""
    text = "\n".join(lines)
    if ":::" not in text and "+++" not in text and "```{" not in text:
        return lines
    out = list(lines)
    notebook = _NOTEBOOK_SIGN.search(text) is not None
    solved = set()
    for line in lines:
        m = _COLON_OPEN.match(line) or _TICK_OPEN.match(line)
        if m is not None and _name(m)[0].removesuffix("-start") == "solution":
            solved.update(m.group("arg").split()[:1])
    fence: str | None = None
    k = 0
    while k < len(out):
        line = out[k]
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            k += 1
            continue
        m = _COLON_OPEN.match(line) or _TICK_OPEN.match(line)
        if m is None:
            f = _FENCE.match(line)
            if f is not None:
                fence = f.group(1)
            elif notebook and _CELL_BREAK.match(line):
                out[k] = ""
            k += 1
            continue
        braced = (m.groupdict().get("braced") or m.groupdict().get("word") or "").strip().lower()
        marker = m.group("fence")
        close = _closing(out, k, marker[0], len(marker), len(m.group("indent")))
        if braced == "index":
            for j in range(k, min(close + 1, len(out))):
                out[j] = ""
            k = close + 1
            continue
        if braced in ("exercise", "exercise-start"):
            done = _unsolved(out, k, close, braced, solved)
            k = done if done is not None else k + 1
            continue
        k = close + 1 if marker[0] != ":" else k + 1  # (a '```{code-cell}' is code to its closing fence)
    return out


def _unsolved(out: list[str], k: int, close: int, name: str, solved: set[str]) -> int | None:
    """Rewrite the exercise box opened at ``k`` (closing at ``close``) in ``out`` when no solution box answers it (none
    with its label; none right after it when it has no label): the index after it, else None (left as it is)."""
    options = [j for j in range(k + 1, close) if _OPTION.match(out[j])]
    label = next((m.group("label") for j in options if (m := _LABEL_OPTION.match(out[j]))), None)
    if label is not None and label in solved:
        return None
    if name == "exercise-start":
        end = next((j for j in range(close + 1, len(out)) if (e := _COLON_OPEN.match(out[j]) or _TICK_OPEN.match(out[j])) and _name(e)[0] == "exercise-end"), None)
        if end is None:
            return None
        e = _COLON_OPEN.match(out[end]) or _TICK_OPEN.match(out[end])
        assert e is not None
        end_close = _closing(out, end, e.group("fence")[0], len(e.group("fence")))
        first, last, after = close + 1, end, min(end_close + 1, len(out))
        frame = [*range(k, close + 1), *range(end, after)]
    else:
        first, last, after = k + 1 + len(options), close, min(close + 1, len(out))
        frame = [k, *options, *([close] if close < len(out) else [])]
    following = next((out[j] for j in range(after, len(out)) if out[j].strip()), "")
    f = _COLON_OPEN.match(following) or _TICK_OPEN.match(following)
    if label is None and f is not None and _name(f)[0].removesuffix("-start") == "solution":
        return None
    body = list(range(first, last))
    if any(_FENCE.match(out[j]) or _COLON_OPEN.match(out[j]) or _TICK_OPEN.match(out[j]) for j in body):
        return None  # (code or a box inside the exercise: left to the readers as written)
    for j in frame:
        out[j] = ""
    tasks: list[int] = [j for j in body if _NUMBERED_TASK.match(out[j])]
    if not tasks:
        start = next((j for j in body if out[j].strip()), None)
        tasks = [start] if start is not None else []
        if start is not None:
            out[start] = f"**Exercise.** {out[start].strip()}"
            _fold(out, start, [j for j in body if j > start])
        return after
    for n, j in enumerate(tasks):
        m = _NUMBERED_TASK.match(out[j])
        assert m is not None
        out[j] = f"**Exercise {m.group('n')}.** {m.group('text').strip()}"
        _fold(out, j, [i for i in body if i > j and (n + 1 == len(tasks) or i < tasks[n + 1])])
    if any(b == a + 1 for a, b in itertools.pairwise(tasks)) and tasks[0] + 2 * len(tasks) - 1 <= after:
        # (a tight list: a task a line, one paragraph; each its own paragraph, a blank line between, in the lines the
        # box's frame left blank below them)
        said = [out[j] for j in tasks]
        for j in range(tasks[0], after):
            out[j] = ""
        for n, task in enumerate(said):
            out[tasks[0] + 2 * n] = task
    return after


def _fold(out: list[str], at: int, rest: list[int]) -> None:
    """The lines ``rest`` of one task joined onto its line ``at`` (a displayed formula ``$$`` … ``$$`` written inline),
    each left blank: one paragraph, one task."""
    words = " ".join(out[j].strip() for j in rest if out[j].strip())
    if words:
        out[at] = f"{out[at]} {words}"
        for j in rest:
            out[j] = ""
