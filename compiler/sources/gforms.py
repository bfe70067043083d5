"""A Google Forms quiz copied as text (or printed to PDF, its text: compiler.read), told by its content and read as its
questions, keyed by the page's right answer, never by the respondent's (trial29 T29-35: Basic cards listing the options
under "Mark only one oval.", "1/1" and a " *" on every front; a card "Total points 2/3" → the respondent's email).

Two pages of a form come as text. The form itself (its print view, or the form copied) asks each question over an
instruction line and its options::

    1. What is the powerhouse of the cell? *      (' *': the question is required)
    Mark only one oval.                           (Check all that apply. / Une seule réponse possible. / …)
    Nucleus
    Mitochondria

and the respondent's score page ("View score") puts the points under each question, the right answer in a ``Correct
answer`` block when the respondent missed it and the teacher shows it, and the teacher's ``Feedback``::

    Which molecule carries genetic information? *
    0/1
    RNA
    DNA
    Correct answer                                (Correct answers / Respuesta correcta / Bonne réponse / …)
    DNA
    Feedback
    DNA stores the genetic code.

Each question becomes a heading over its options, keyed by the options its ``Correct answer`` block names (or an
``Answer: …`` line the user writes under it); a short answer's right answer is the block's first line, the others "Also
accepted", or the response itself when it got every point. A question that got every point keeps the respondent's
tick only as an icon the copy lost: it is keyed only when its feedback names exactly one option. The feedback goes on
the back. Any other question is said at its line (what to add) and listed as skipped, never a card of all its options.
The form's header (its title aside: the page's heading), the required mark, instruction lines, points, ``Total
points`` and the respondent's e-mail line are in no card.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted, markdown_line
from compiler.sources.lmsreview import _PRINTED_EDGE, _lettered, keyed, same_option

# the instruction Google Forms prints under a choice question, in the form's language (en, es, fr, de, pt, it, nl)
_INSTRUCTION = re.compile(
    r"^\s*(?i:mark\s+only\s+one\s+oval(?:\s+per\s+row)?|check\s+all\s+that\s+apply|tick\s+all\s+that\s+apply"
    r"|marca\s+solo\s+un\s+óvalo(?:\s+por\s+fila)?|selecciona\s+todos\s+los\s+que\s+correspondan"
    r"|une\s+seule\s+réponse\s+possible(?:\s+par\s+ligne)?|plusieurs\s+réponses\s+possibles"
    r"|markieren\s+sie\s+nur\s+ein\s+oval(?:\s+pro\s+zeile)?|wählen\s+sie\s+alle\s+zutreffenden\s+antworten\s+aus"
    r"|marcar\s+apenas\s+uma\s+oval(?:\s+por\s+linha)?|marque\s+todas\s+que\s+se\s+aplicam"
    r"|contrassegna\s+solo\s+un\s+ovale(?:\s+per\s+riga)?|seleziona\s+tutte\s+le\s+voci\s+applicabili"
    r"|markeer\s+slechts\s+één\s+ovaal(?:\s+per\s+rij)?|vink\s+alle\s+toepasselijke\s+opties\s+aan)\s*[.。]?\s*$"
)
_POINTS = re.compile(r"^\s*(?P<got>\d+(?:[.,]\d+)?|[-–—])\s*/\s*(?P<of>\d+(?:[.,]\d+)?)\s*$")
# a score page's points on the question's own line, after its required mark: 'Which …? *1/1' (a lone '*', never the
# end of a bold label: '**Answer:** 5/36' is a worksheet's answer, sitting 52 N32)
_POINTS_AFTER = re.compile(
    r"^(?P<title>.*?[^\s*])\s*\*\s*(?P<got>\d+(?:[.,]\d+)?|[-–—])\s*/\s*(?P<of>\d+(?:[.,]\d+)?)\s*$"
)
_KEY_LABEL = re.compile(
    r"^\s*(?i:correct\s+answers?|respuestas?\s+correctas?|bonnes?\s+réponses?|réponses?\s+correctes?|richtige\s+antworte?n?"
    r"|respostas?\s+corretas?|rispost[ae]\s+corrett[ae]|juiste?\s+antwoord(?:en)?)\s*[:：]?\s*$"
)
_FEEDBACK_LABEL = re.compile(
    r"^\s*(?i:feedback|comentarios|comentários|commentaires|rückmeldung|commenti)\s*[:：]?\s*$"
)
_USER_KEY = re.compile(
    r"^\s*(?i:answer|correct\s+answer|key|respuesta|réponse|antwort|resposta|risposta)\s*[:：]\s*(?P<text>\S.*?)\s*$"
)
_NUMBER_ALONE = re.compile(r"^\s*\d{1,3}[.)]\s*$")  # a print view's '1.' over its question
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?P<text>\S.*)$")
_OTHER = re.compile(
    r"^\s*(?i:other|otro|autre|sonstiges|outro|altro|anders)\s*[:：]\s*_*\s*$"
)  # the 'Other:' write-in
_REQUIRED = re.compile(
    r"(?<=[^\s*])\s+\*\s*$"
)  # the required mark: " *" after the question (never "**bold**")
_ASKS = ("?", "？", ":", "：")
REPEATED_INSTRUCTION = (
    2  # the same short line under this many questions is the form's instruction (any language)
)
INSTRUCTION_WORDS = 8
FORM_MIN = 2  # questions of that shape that make a text a Google Form


def _instructions(lines: list[str]) -> set[str]:
    """The page's instruction lines: Google Forms' own ('Mark only one oval.'), and any short line ending in a stop
    that stands right under two or more required questions (the same instruction in a language not listed)."""
    under: dict[str, int] = {}
    for k, line in enumerate(lines[:-1]):
        if _REQUIRED.search(line) and len(line.strip()) > 1:
            below = next(
                (lines[j].strip() for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), ""
            )
            if (
                below.endswith((".", "。"))
                and len(below.split()) <= INSTRUCTION_WORDS
                and not _POINTS.match(below)
            ):
                under[below] = under.get(below, 0) + 1
    said = {text for text, n in under.items() if n >= REPEATED_INSTRUCTION}
    return said | {line.strip() for line in lines if _INSTRUCTION.match(line)}


def _anchors(lines: list[str], instructions: set[str]) -> list[int]:
    """The line under each question that tells it is one: its instruction or its points line."""
    return [
        k
        for k, line in enumerate(lines)
        if line.strip() in instructions or _POINTS.match(line) or _POINTS_AFTER.match(line)
    ]


def looks_like_gforms(lines: list[str]) -> bool:
    """Whether a text is a Google Form copied: two or more questions over an instruction line ('Mark only one oval.')
    or a points line ('1/1') with options under them, and either Google's own instruction or a page-level sign of a
    form (a required mark ' *' on most of those questions, a 'Total points' line)."""
    instructions = _instructions(lines)
    anchors = _anchors(lines, instructions)
    if len(anchors) < FORM_MIN:
        return False
    own = any(_INSTRUCTION.match(line) for line in lines)
    above = [next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "") for k in anchors]
    starred = sum(
        1
        for k, line in zip(anchors, above, strict=True)
        if _REQUIRED.search(line) or _POINTS_AFTER.match(lines[k])
    )
    keyed_blocks = sum(1 for line in lines if _KEY_LABEL.match(line))
    return own or starred >= max(FORM_MIN, 0.8 * len(anchors)) or (keyed_blocks >= 1 and starred >= FORM_MIN)


def _stem(lines: list[str], anchor: int, floor: int) -> list[int]:
    """The question's lines over its anchor: the run of lines right above it back to a blank line or a numbered or
    starred line (which starts it), the '1.' alone over it included; the one line right above it when the run reaches
    the previous question's lines (a copy with no blank lines)."""
    if _POINTS_AFTER.match(lines[anchor]) is not None and not _POINTS.match(lines[anchor]):
        return [anchor]
    k = anchor - 1
    while k > floor and not lines[k].strip():
        k -= 1
    run: list[int] = []
    started = False
    while k > floor and lines[k].strip() and not _PRINTED_EDGE.match(lines[k]):
        run.insert(0, k)
        if _NUMBERED.match(lines[k]) or (_REQUIRED.search(lines[k]) and len(run) > 1):
            started = True
            break
        k -= 1
    if not started and run and k <= floor:
        run = run[-1:]
    starts = [n for n, j in enumerate(run) if _NUMBERED.match(lines[j]) or _REQUIRED.search(lines[j])]
    if starts and starts[0] > 0 and not _NUMBER_ALONE.match(lines[run[starts[0] - 1]]):
        run = run[starts[0] :]
    return run


def _blocks(lines: list[str], instructions: set[str]) -> list[tuple[list[int], int, int]]:
    """(question lines, anchor, end) of each question; in a page that numbers its questions (the print view), a
    numbered line with no instruction under it (a short answer, a paragraph) is a question too."""
    anchors = _anchors(lines, instructions)
    stems: list[list[int]] = []
    floor = -1
    for anchor in anchors:
        stems.append(_stem(lines, anchor, floor))
        floor = anchor
    found = [(stem, anchor) for stem, anchor in zip(stems, anchors, strict=True) if stem]
    numbered = [
        stem
        for stem, _ in found
        if any(_NUMBERED.match(lines[k]) or _NUMBER_ALONE.match(lines[k]) for k in stem[:2])
    ]
    if found and len(numbered) >= 0.8 * len(found):
        taken = {k for stem, anchor in found for k in (*stem, anchor)}
        for k, line in enumerate(lines):
            opens = k not in taken and _NUMBERED.match(line) and (k == 0 or not lines[k - 1].strip())
            if opens and (_REQUIRED.search(line) or line.rstrip().endswith(_ASKS)):
                found.append(([k], k))
        found.sort(key=lambda block: block[1])
    out = []
    for n, (stem, anchor) in enumerate(found):
        end = found[n + 1][0][0] if n + 1 < len(found) else len(lines)
        out.append((stem, anchor, end))
    return out


def _title(lines: list[str], stem: list[int]) -> list[str]:
    """The question as the card asks it: its number and required mark left out."""
    out = []
    for n, k in enumerate(stem):
        line = lines[k].strip()
        if (m := _POINTS_AFTER.match(line)) is not None:
            line = m.group("title")
        if n == 0 and (m := _NUMBERED.match(line)) is not None:
            line = m.group("text")
        line = _REQUIRED.sub("", line)
        if line and not _NUMBER_ALONE.match(line):
            out.append(line)
    return out


def _named(options: list[str], feedback: str) -> list[int]:
    """The one option a feedback text names (as a word or its plural), else none."""
    words = " ".join(feedback.split()).casefold()
    hits = [
        n
        for n, text in enumerate(options)
        if len(text) > 2
        and re.search(r"(?<!\w)" + re.escape(" ".join(text.split()).casefold()) + r"(?:s|es)?(?!\w)", words)
    ]
    return hits if len(hits) == 1 else []


def convert_gforms(lines: list[str], rel: str = "") -> Converted:
    """Each question with a right answer the page shows as a heading over its options and that key (or over its
    answer), the feedback after it; the form's title its top heading; each other question a warning at its line and a
    skipped item."""
    instructions = _instructions(lines)
    blocks = _blocks(lines, instructions)
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    skipped: list[tuple[int, str, str]] = []
    first = blocks[0][0][0] if blocks else len(lines)
    title = next((k for k in range(first) if lines[k].strip() and not _PRINTED_EDGE.match(lines[k])), None)
    for n, (stem, anchor, end) in enumerate(blocks):
        points = _POINTS.match(lines[anchor]) or _POINTS_AFTER.match(lines[anchor])
        got_all = (
            points is not None
            and points.group("got")[:1].isdecimal()
            and float(points.group("got").replace(",", "."))
            >= float(points.group("of").replace(",", "."))
            > 0
        )
        # the body: the options (or the response) as one run, then the labelled blocks ('Correct answer', 'Feedback')
        options: list[tuple[int, str]] = []
        key: list[tuple[int, str]] = []
        feedback: list[int] = []
        told: tuple[int, str] | None = None
        part = "options"
        blank = False
        for k in range(anchor + 1, end):
            line = lines[k].strip()
            if not line:
                blank = True
                continue
            if (
                _PRINTED_EDGE.match(line)
                or line in instructions
                or (_POINTS.match(line) and not options and part == "options")
            ):
                continue
            if _KEY_LABEL.match(line):
                part, blank = "key", False
            elif _FEEDBACK_LABEL.match(line):
                part, blank = "feedback", False
            elif (m := _USER_KEY.match(line)) is not None:
                told = (k, m.group("text"))
            elif part == "options" and not (blank and options) and not _OTHER.match(line):
                options.append((k, line))
            elif part == "key" and not blank:
                key.append((k, line))
            elif part == "feedback":
                feedback.append(k)
        number = str(n + 1)
        if (m := _NUMBERED.match(lines[stem[0]])) is not None:
            number = m.group("n")
        question = " ".join(_title(lines, stem))
        if not question:
            continue
        said_key = told[1] if told is not None else ""
        right: list[int] = []
        if said_key:
            right = [i for i, hit in enumerate(keyed([t for _, t in options], said_key)) if hit]
        elif key and len(options) >= 2:
            right = [i for i, (_, t) in enumerate(options) if any(same_option(t, text) for _, text in key)]
        elif got_all and feedback and len(options) >= 2:
            right = _named([t for _, t in options], " ".join(lines[k] for k in feedback))
        answer: list[tuple[int, str]] = []
        if (
            len(options) < 2 and not right
        ):  # a short answer: the right answers the page shows, else a response with full marks
            answer = key or ([told] if told is not None else []) or (options if got_all else [])
        if not right and not answer:
            why, hint = (
                ("the copied page does not show which option is right",
                 "write 'Correct answer' on a line under its options and the right option's text on the next line (as "
                 "the score page shows it), or an 'Answer: …' line")
                if len(options) >= 2
                else ("the copied page shows no right answer", "write the answer on a line under it as 'Answer: …'")
            )  # fmt: skip
            warnings.append(
                Diagnostic(
                    rel,
                    stem[0] + 1,
                    f"Google Forms: question {number}: {why}: no card",
                    hint,
                    severity="warning",
                    group="gforms-key",
                )
            )
            skipped.append((stem[0] + 1, question, why))
            continue
        asked = _title(lines, stem)
        heading = " ".join(markdown_line(t) for t in asked)
        asks = any(
            t.endswith(_ASKS) for t in asked
        )  # (a description under the question: 'Think about energy.')
        out += [(f"## {'' if asks else 'Q: '}{heading}", stem[0]), ("", stem[-1])]
        if right:
            out += _lettered(
                options, right, key[0][0] if key else (told[0] if told is not None else feedback[0])
            )
        else:
            out.append((f"**Answer:** {markdown_line(answer[0][1])}", answer[0][0]))
            more = [t for _, t in answer[1:] if not same_option(t, answer[0][1])]
            if more:
                out += [
                    ("", answer[1][0]),
                    ("Also accepted: " + ", ".join(markdown_line(t) for t in more), answer[1][0]),
                ]
        for k in feedback:
            out += [("", k), (markdown_line(lines[k]), k)]
        out.append(("", end - 1))
    if (
        out and title is not None and not lines[title].lstrip().startswith("*")
    ):  # (the form's title: the page's heading)
        out[:0] = [(f"# {markdown_line(lines[title])}", title), ("", title)]
    return Converted(
        "\n".join(text for text, _ in out),
        tuple(k + 1 for _, k in out),
        (),
        tuple(warnings),
        skipped=tuple(skipped),
    )
