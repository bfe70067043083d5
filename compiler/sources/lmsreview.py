"""An exam's review page copied from a learning-management system (Blackboard's "Review Submission", and the
many study pages pasted from it): told by its content, read as Markdown after a conversion (trial11 P79).

Each question of such a page reads::

    Question 6

    0 out of 1 points

    The APRN is treating a 56-year-old male … The best choice of medication to treat this patient is:

    Selected Answer: Cardiac glycoside such as Digoxin
    Correct Answer: Beta blocker            (when the system shows it)

A results page of a practice assessment (Microsoft Learn's, and LMS pages alike, trial12 U4) writes each
answer under a label line of its own and judges each one::

    ### Question 34 of 50
    Which two factors affect Azure costs? Each correct answer presents a complete solution.

    Your Answer
    availability zone selection
    This answer is incorrect.
    Correct Answer
    resource location
    This answer is correct.

    Usage meters … (the explanation)
    Describe cost management in Azure - Training | Microsoft Learn

The stem may end in ``:`` or ``.`` as well as ``?``. The answer a card teaches is the correct one: the
``Correct Answer:`` line when there is one, else the selected answer only when it scored every point. A question
the exam marked wrong (``0 out of 1 points``) with no correct answer shown teaches nothing: it is a warning and
no card, as is an ungraded one (``0 out of 0 points``: an honour-code statement). The page's header (score,
status, dates) is no question.
"""

from __future__ import annotations

import re
import unicodedata

from compiler.diagnostics import Diagnostic
from compiler.sources.converted import Converted, markdown_line
from compiler.sources.lines import QUESTION_WORDS

_QUESTION = re.compile(r"^\s*Question\s+(?P<n>\d{1,4})\s*$", re.I)
_POINTS = re.compile(r"^\s*(?P<got>\d+(?:\.\d+)?)\s+out\s+of\s+(?P<of>\d+(?:\.\d+)?)\s+points?\s*$", re.I)
_SELECTED = re.compile(r"^\s*Selected\s+Answers?\s*[:：]\s*(?P<text>.*)$", re.I)
_CORRECT = re.compile(r"^\s*Correct\s+Answers?\s*[:：]\s*(?P<text>.*)$", re.I)
_FEEDBACK = re.compile(r"^\s*(?:Response\s+)?Feedback\s*[:：]\s*(?P<text>.*)$", re.I)
REVIEW_MIN = 2  # questions of that shape that make a page an exam review


def _questions(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, end) of each 'Question N' block, as 0-based indexes into ``lines``."""
    starts = [k for k, line in enumerate(lines) if _QUESTION.match(line)]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def looks_like_review(lines: list[str]) -> bool:
    """Whether a page is an exam review: two or more 'Question N' blocks, nearly each with a 'Selected Answer:'
    line and a 'x out of y points' line."""
    blocks = _questions(lines)
    if len(blocks) < REVIEW_MIN:
        return False
    shaped = sum(
        1
        for start, end in blocks
        if any(_SELECTED.match(line) for line in lines[start:end]) and any(_POINTS.match(line) for line in lines[start:end])
    )
    return shaped >= max(REVIEW_MIN, 0.8 * len(blocks))


def convert_review(lines: list[str], rel: str = "") -> Converted:
    """The page's questions as label pairs (``**Question:** …`` / ``**Answer:** …``), each line knowing its line."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    for start, end in _questions(lines):
        stem: list[int] = []
        selected = correct = feedback = None
        got = of = None
        for k in range(start + 1, end):
            line = lines[k]
            if not line.strip():
                continue
            if (m := _POINTS.match(line)) and got is None and not stem:
                got, of = float(m.group("got")), float(m.group("of"))
            elif m := _SELECTED.match(line):
                selected = (k, m.group("text").strip())
            elif m := _CORRECT.match(line):
                correct = (k, m.group("text").strip())
            elif m := _FEEDBACK.match(line):
                feedback = (k, m.group("text").strip())
            elif selected is None and correct is None:
                stem.append(k)
        number = _QUESTION.match(lines[start]).group("n")  # type: ignore[union-attr]
        if not stem:
            continue
        if of == 0:
            warnings.append(_said(rel, start, "an ungraded question (0 out of 0 points): no card", "an honour-code or survey question teaches nothing", "review-ungraded"))
            continue
        answer = correct if correct is not None and correct[1] else None
        if answer is None and selected is not None and selected[1] and (got is None or of is None or got >= of):
            answer = selected
        if answer is None:
            scored = f"{got:g} out of {of:g} points" if got is not None and of is not None else "no full marks"
            warnings.append(
                _said(
                    rel,
                    start,
                    f"the exam marked the selected answer wrong ({scored}) and shows no correct answer: no card",
                    "add the right answer as a 'Correct Answer: …' line under it, or with an override in overrides.toml",
                    "review-wrong",
                )
            )
            continue
        out.extend(_asked(lines, number, start, stem))
        out.append((f"**Answer:** {markdown_line(answer[1])}", answer[0]))
        if feedback is not None and feedback[1]:
            out.append(("", feedback[0]))
            out.append((markdown_line(feedback[1]), feedback[0]))
        out.append(("", end - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings))


UNLABELLED_WORDS = 12  # an answer line with neither label nor verdict over it is short ('management groups')
_OF = re.compile(r"^\s*(?:#{1,6}\s+)?Question\s+(?P<n>\d{1,4})\s+of\s+\d{1,4}\s*$", re.I)
_ANSWER_LABEL = re.compile(
    r"^\s*(?P<who>Your\s+Answers?|You\s+Answered|Selected\s+Answers?|Correct\s+Answers?|Right\s+Answers?)\s*[:：]?\s*$", re.I
)
_VERDICT = re.compile(r"^\s*(?:This\s+answer\s+is\s+(?P<said>correct|incorrect|wrong)\.?|(?P<bang>Correct|Incorrect)!?)\s*$", re.I)
_LEARN_MORE = re.compile(r"(?:\|\s*Microsoft\s+Learn\s*$)|^\s*https?://\S+\s*$", re.I)


def _right(m: re.Match[str]) -> bool:
    return (m.group("said") or m.group("bang") or "").lower() == "correct"


def looks_like_results(lines: list[str]) -> bool:
    """Whether a page is a practice assessment's results: two or more 'Question N of M' blocks, nearly each with
    an answer label line ('Your Answer', 'Correct Answer') or a verdict ('This answer is correct.'), and two or
    more verdicts."""
    starts = [k for k, line in enumerate(lines) if _OF.match(line)]
    if len(starts) < REVIEW_MIN:
        return False
    shaped = judged = 0
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        block = lines[start:end]
        verdict = any(_VERDICT.match(line) for line in block)
        shaped += verdict or any(_ANSWER_LABEL.match(line) for line in block)
        judged += verdict
    return judged >= REVIEW_MIN and shaped >= 0.8 * len(starts)


def convert_results(lines: list[str], rel: str = "") -> Converted:
    """A results page's questions as label pairs: the answers under 'Correct Answer' when the page shows them,
    else those under 'Your Answer' when every one was judged correct; the text after the last verdict is the
    explanation; the 'learn more' link lines go. A question answered wrong with no correct answer shown is a
    warning and no card."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    starts = [k for k, line in enumerate(lines) if _OF.match(line)]
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        stem: list[int] = []
        sections: list[tuple[str, list[tuple[int, str, bool | None]]]] = []  # (label, [(line, answer, judged right)])
        explanation: list[int] = []
        pending: tuple[int, str] | None = None
        for k in range(start + 1, end):
            line = lines[k]
            if not line.strip():
                continue
            if m := _ANSWER_LABEL.match(line):
                sections.append((m.group("who").lower(), []))
                pending = None
            elif not sections and len(stem) >= 2 and (m := _VERDICT.match(line)):
                # a judged answer with no label over it (the page left 'Your Answer' out): the line above it
                answered = stem.pop()
                sections.append(("your answer", [(answered, lines[answered].strip(), _right(m))]))
            elif not sections:
                stem.append(k)
            elif m := _VERDICT.match(line):
                if pending is not None and sections[-1][1] and sections[-1][1][-1][0] == pending[0]:
                    k0, text, _ = sections[-1][1].pop()
                    sections[-1][1].append((k0, text, _right(m)))
                pending = None
                explanation.clear()
            elif _LEARN_MORE.search(line):
                continue
            elif pending is None and not explanation and (not sections[-1][1] or sections[-1][1][-1][2] is not None):
                pending = (k, line.strip())
                sections[-1][1].append((k, line.strip(), None))
                explanation.append(k)
            else:
                pending = None
                explanation.append(k)
        if not sections and stem:  # neither label nor verdict (lost in the copy): the short line under the question
            asks = [n for n, k in enumerate(stem) if lines[k].rstrip().endswith(("?", "？"))]
            if asks and asks[-1] + 1 < len(stem) and len(lines[stem[asks[-1] + 1]].split()) <= UNLABELLED_WORDS:
                answered = stem[asks[-1] + 1]
                sections.append(("your answer", [(answered, lines[answered].strip(), None)]))
                stem, explanation = stem[: asks[-1] + 1], stem[asks[-1] + 2 :]
        judged = any(e[2] is not None for _, entries in sections for e in entries)
        if judged:  # an answer line no verdict followed is the explanation's start
            for _label, entries in sections:
                while entries and entries[-1][2] is None:
                    entries.pop()
        else:  # no verdict in this block (lost in the copy): the lines right under each label are its answers
            for _label, entries in sections:
                if entries:
                    k = entries[0][0] + 1
                    del entries[1:]
                    while k < end and lines[k].strip() and not _ANSWER_LABEL.match(lines[k]) and not _LEARN_MORE.search(lines[k]):
                        entries.append((k, lines[k].strip(), None))
                        k += 1
            kept = {e[0] for _, entries in sections for e in entries}
            explanation = [k for k in explanation if k not in kept]
        number = _OF.match(lines[start]).group("n")  # type: ignore[union-attr]
        if not stem:
            continue
        shown = [e for label, entries in sections if label.startswith(("correct", "right")) for e in entries]
        yours = [e for label, entries in sections if not label.startswith(("correct", "right")) for e in entries]
        # 'Your Answer' alone, unjudged: the page shows 'Correct Answer' whenever it was wrong
        answers = [e for e in shown if e[2] is not False] or (
            yours if yours and all(e[2] or (e[2] is None and not judged) for e in yours) else []
        )
        if not answers:
            warnings.append(
                _said(
                    rel,
                    start,
                    "the page marked the answer wrong and shows no correct answer: no card",
                    "add the right answer under a 'Correct Answer' line, or with an override in overrides.toml",
                    "results-wrong",
                )
            )
            continue
        out.extend(_asked(lines, number, start, stem))
        first, *more = answers
        out.append((f"**Answer:** {markdown_line(first[1])}" if not more else "**Answer:**", first[0]))
        if more:
            out.append(("", first[0]))
            out.extend((f"- {markdown_line(text)}", k) for k, text, _ in answers)
        for k in explanation:
            out.extend([("", k), (markdown_line(lines[k]), k)])
        out.append(("", end - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings))


def _asked(lines: list[str], number: str, start: int, stem: list[int]) -> list[tuple[str, int]]:
    """A question's heading and its stem as a question label paragraph, each line with the page's line: what both
    kinds of page (a review, a results page) convert a question to."""
    return [
        (f"### Question {number}", start),
        ("", start),
        (f"**Question:** {markdown_line(lines[stem[0]])}", stem[0]),
        *((markdown_line(lines[k]), k) for k in stem[1:]),
        ("", stem[-1]),
    ]


def _said(rel: str, line: int, message: str, hint: str, group: str) -> Diagnostic:
    return Diagnostic(rel, line + 1, message, hint, severity="warning", group=group)


# Moodle's quiz review page copied as text (trial24 T24-6: how students keep an attempt; no card in any language).
# Each question reads, in the site's language:
#
#     Question 2                              (Frage 2, Domanda 2, Questão 2 …)
#     Incorrect                               (the attempt's state)
#     Mark 0.00 out of 1.00                   (Note de 0,00 sur 1,00, Erreichte Punkte 0,00 von 1,00 …)
#     Flag question
#     Question text                           (Texte de la question, Fragetext, Texto da questão …)
#     How long is an IPv6 address?
#     Select one:
#     a. 32 bits   …   (or 'a.' alone over '32 bits'; 'True' / 'False' lines; 'Answer:' over the student's response)
#     Your answer is incorrect.
#     An IPv6 address has eight groups of 16 bits.    (the general feedback: the explanation)
#     The correct answer is: 128 bits          (La réponse correcte est : …, The correct answers are: A, B …)
#
# The key names the right option's text (several, comma-separated; a True/False one in quotes); the student's own
# choice and response never reach a card. The attempt's summary table above the first question and 'Finish review'
# after the last are no text of any card.
_MOODLE_LABEL = re.compile(
    rf"^\s*(?i:question|{QUESTION_WORDS})"  # (every language's question word: T29-55)
    r"\s+(?P<n>\d{1,4})\s*$"
)
_MOODLE_QTEXT = re.compile(
    r"^\s*(?i:question\s+text|texte\s+de\s+la\s+question|texto\s+da\s+quest[ãa]o|texto\s+de\s+la\s+pregunta|enunciado(?:\s+de\s+la\s+pregunta)?"
    r"|fragetext|testo\s+della\s+domanda|vraagtekst|treść\s+pytania|soru\s+metni|текст\s+вопроса|текст\s+питання)\s*$"
)
_MOODLE_KEY = re.compile(
    r"^\s*(?i:the\s+correct\s+answers?\s+(?:is|are)|la\s+(?:réponse\s+correcte|bonne\s+réponse)\s+est|les\s+(?:réponses\s+correctes|bonnes\s+réponses)\s+sont"
    r"|as?\s+respostas?\s+corretas?\s+(?:é|são)|a\s+resposta\s+correcta\s+é|die\s+richtigen?\s+antworte?n?\s+(?:ist|sind)"
    r"|die\s+korrekten?\s+antworte?n?\s+(?:ist|sind)|la\s+risposta\s+corretta\s+è|le\s+risposte\s+corrette\s+sono"
    r"|las?\s+respuestas?\s+correctas?\s+(?:es|son)|het\s+juiste\s+antwoord\s+is|de\s+juiste\s+antwoorden\s+zijn"
    r"|(?:prawidłowa|poprawna)\s+odpowiedź\s+to|prawidłowe\s+odpowiedzi\s+to|doğru\s+(?:cevap|yanıt)(?:lar)?"
    r"|правильн(?:ый|ые)\s+ответы?)\s*(?P<text>.*?)\s*$"
)
_MOODLE_VERDICT = re.compile(
    r"^\s*(?i:your\s+answer\s+is|votre\s+réponse\s+est|(?:a\s+)?sua\s+resposta\s+está|ihre\s+antwort\s+ist|deine\s+antwort\s+ist"
    r"|la\s+tua\s+risposta\s+è|(?:su|tu)\s+respuesta\s+es|(?:uw|je)\s+antwoord\s+is|twoja\s+odpowiedź\s+jest|ваш\s+ответ)\b.{0,40}$"
)
_MOODLE_FINISH = re.compile(
    r"^\s*(?i:finish\s+review|terminer\s+la\s+(?:relecture|révision)|(?:finalizar|concluir)\s+revis[ãa]o|überprüfung\s+beenden"
    r"|termina\s+revisione|finalizar\s+revisión|revisie\s+beëindigen|zakończ\s+przegląd)\s*$"
)
# the student's response to a short-answer question sits under this label alone
_MOODLE_RESPONSE = re.compile(r"^\s*(?i:answer|réponse|resposta|antwort|risposta|respuesta|antwoord|odpowiedź|cevap|ответ)\s*[:：]\s*$")
_MOODLE_MARK = re.compile(r"^\D{0,40}\d+[.,]\d+\D{1,30}\d+[.,]\d+\D{0,10}$|^\D{3,40}\d+[.,]\d\d\s*$")  # 'Mark 1.00 out of 1.00'
# a mark the page's narrow info box wraps, as a PDF of it prints: 'Mark 0.00 out of' / '1.00'
_MOODLE_MARK_CUT = re.compile(r"^\D{0,40}\d+[.,]\d+\D{1,30}$")
_MOODLE_MARK_END = re.compile(r"^\s*\d+[.,]\d+\s*$")
# what a browser prints at a page's edges when the review is printed to PDF: the date and time over the page's title,
# its address and the page's number ('https://moodle…/review.php?attempt=1234&cmid=56 1/2')
_PRINTED_EDGE = re.compile(r"^\s*(?:https?://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+.{0,80})\s*$")
_MOODLE_OPTION = re.compile(r"^\s*(?P<letter>[a-zA-Z])\s*[.)]\s+(?P<text>\S.*?)\s*$")
_FURNITURE_WORDS = 3  # the state and flag lines over a question with no 'Question text' line: this short
_INSTRUCTION_WORDS = 7  # 'Select one:', 'Veuillez choisir au moins une réponse :'
_PLAIN_OPTION_WORDS = 8  # unlettered options ('True' / 'False') are short


def looks_like_moodle_review(lines: list[str]) -> bool:
    """Whether a text is Moodle's quiz review copied: two or more 'Question N' blocks, nearly each with its key line
    ('The correct answer is: …' in the site's language) or its 'Question text' line."""
    starts = [k for k, line in enumerate(lines) if _MOODLE_LABEL.match(line)]
    if len(starts) < REVIEW_MIN:
        return False
    shaped = sum(
        1
        for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)
        if any(_MOODLE_KEY.match(line) or _MOODLE_QTEXT.match(line) for line in lines[start:end])
    )
    keyed = sum(1 for line in lines if _MOODLE_KEY.match(line))
    return keyed >= REVIEW_MIN and shaped >= 0.8 * len(starts)


def same_option(a: str, b: str) -> bool:
    """Two option texts alike, case, width, white space and a final stop aside."""

    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", s).casefold().split()).rstrip(" .。")

    return bool(a.strip()) and norm(a) == norm(b)


_QUOTED = re.compile(r"[\"'‘’“”«»„]\s*(?P<text>.+?)\s*[\"'‘’“”«»]\s*\.?$")


def said_answer(text: str) -> str:
    """The answer a 'right answer' line names: after its first colon, else in quotes ("The correct answer is 'True'."),
    else the line (a stop aside). Moodle's review as text and as a saved page (compiler.sources.lmspages) alike."""
    text = " ".join(text.split())
    after = re.search(r"[:：]\s*(?P<rest>\S.*)$", text)
    if after is not None:
        return after.group("rest").strip()
    m = _QUOTED.search(text)
    return m.group("text") if m else text.rstrip(" .")


def keyed(options: list[str], answer: str) -> list[bool]:
    """Which options an answer text names: the one it is, else each run of its comma-apart parts that is an option
    ('HTTP, SSH'; 'Argon, the third' one option with its own comma); none unless every part names one."""
    whole = [same_option(o, answer) for o in options] if answer else [False] * len(options)
    if any(whole) or not answer:
        return whole
    parts = [p for p in re.split(r"\s*[,，;；]\s+|\s*[，；]\s*", answer) if p]
    marks = [False] * len(options)
    k = 0
    while k < len(parts):  # (the longest run of parts from here that is an option)
        hit = next(
            ((j, n) for j in range(len(parts), k, -1) for n, o in enumerate(options) if same_option(o, ", ".join(parts[k:j]))),
            None,
        )
        if hit is None:
            return [False] * len(options)
        k, marks[hit[1]] = hit[0], True
    return marks


def convert_moodle_review(lines: list[str], rel: str = "") -> Converted:
    """Each question of the review as a heading over its options and its key (``- A) …`` / ``**Answer:** B``), or
    over its answer (a short answer), the general feedback after it; every line knowing the page's line."""
    from compiler.sources.lone_letters import lone_letters

    lines = lone_letters(lines)  # ('a.' alone over 'UDP', as a French page copies: line for line)
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    starts = [k for k, line in enumerate(lines) if _MOODLE_LABEL.match(line)]
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        body = [k for k in range(start + 1, end) if lines[k].strip() and not _MOODLE_FINISH.match(lines[k]) and not _PRINTED_EDGE.match(lines[k])]
        qtext = next((n for n, k in enumerate(body) if _MOODLE_QTEXT.match(lines[k])), None)
        if qtext is not None:
            body = body[qtext + 1 :]
        else:  # (no 'Question text' line: the state, mark and flag lines are the short ones over the stem)
            while body and (
                _MOODLE_MARK.match(lines[body[0]])
                or (len(body) > 1 and _MOODLE_MARK_CUT.match(lines[body[0]]) and _MOODLE_MARK_END.match(lines[body[1]]))
                or _MOODLE_MARK_END.match(lines[body[0]])
                or (len(lines[body[0]].split()) <= _FURNITURE_WORDS and not lines[body[0]].rstrip().endswith(("?", "？", ":", "：")))
            ):
                body.pop(0)
        stem: list[int] = []
        options: list[tuple[int, str]] = []
        explanation: list[int] = []
        key: tuple[int, str] | None = None
        instructed = responding = closed = lettered = False  # (closed: the options are over, at a verdict or the key)
        for k in body:
            line = lines[k].strip()
            option = _MOODLE_OPTION.match(line)
            if (m := _MOODLE_KEY.match(line)) is not None:
                key, closed = (k, said_answer(m.group("text"))), True
            elif _MOODLE_VERDICT.match(line):
                responding, closed = False, True
            elif _MOODLE_RESPONSE.match(line) and not options:
                responding = True  # (the student's response lines under it: never a card's text)
            elif stem and not options and not instructed and _MOODLE_RESPONSE.match(line.split(":")[0].split("：")[0] + ":"):
                continue  # ('Answer: So' on one line, as the page prints: the student's response)
            elif responding:
                continue
            elif closed or (lettered and option is None):
                explanation.append(k)
            elif option is not None and (stem or instructed) and (lettered or not options):
                options.append((k, option.group("text")))
                lettered = True
            elif stem and line.endswith((":", "：")) and len(line.split()) <= _INSTRUCTION_WORDS and not instructed:
                instructed = True  # 'Select one:': what to do, said by the card itself
            elif instructed and len(line.split()) <= _PLAIN_OPTION_WORDS:
                options.append((k, line))  # 'True' / 'False' under 'Select one:'
            elif not instructed:
                stem.append(k)
            else:
                explanation.append(k)
        number = _MOODLE_LABEL.match(lines[start]).group("n")  # type: ignore[union-attr]
        if not stem:
            continue
        if key is None or not key[1]:
            warnings.append(
                _said(rel, start, f"Moodle review: question {number} shows no correct answer: no card",
                      "the quiz's review options hide it; add it as a 'The correct answer is: …' line, or with an override", "moodle-review-key")
            )  # fmt: skip
            continue
        out += _headed(lines, stem)
        right = [n for n, hit in enumerate(keyed([text for _, text in options], key[1])) if hit]
        if options and right:
            out += _lettered(options, right, key[0])
        else:
            if options:
                warnings.append(
                    _said(rel, key[0], f"Moodle review: the correct answer {key[1]!r} of question {number} is none of its options; "
                          "read as the answer", "check the options copied from the page", "moodle-review-option")
                )  # fmt: skip
            out.append((f"**Answer:** {markdown_line(key[1])}", key[0]))
        for k in explanation:
            out += [("", k), (markdown_line(lines[k]), k)]
        out.append(("", end - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings))


def _headed(lines: list[str], stem: list[int]) -> list[tuple[str, int]]:
    """A copied review's question as a heading (a statement to judge True/False asks too: 'Q: ' before it)."""
    heading = " ".join(markdown_line(lines[k]) for k in stem)
    asks = heading.rstrip().endswith(("?", "？", ":", "："))
    return [(f"## {'' if asks else 'Q: '}{heading}", stem[0]), ("", stem[-1])]


def _lettered(options: list[tuple[int, str]], right: list[int], line: int) -> list[tuple[str, int]]:
    """Options as a lettered list and the key naming the right ones by letter (``- A) …`` / ``**Answer:** A, C``)."""
    out = [(f"- {chr(ord('A') + n)}) {markdown_line(text)}", k) for n, (k, text) in enumerate(options)]
    return [*out, ("", line), ("**Answer:** " + ", ".join(chr(ord("A") + n) for n in right), line)]


# Canvas' quiz results page copied as text (trial24 T24-6 rest: a card fronted by the points line, the label words and the
# student's wrong choice in the options). Each question reads, in the site's language:
#
#     Question 2                              (Pregunta 2 …)
#     0 / 1 pts                               (1 / 1 ptos.)
#     Where is most of a cell's DNA found?
#     You Answered                            (Respondiste: over the student's wrong choice)
#     Ribosome
#     Cytoplasm
#     Correct Answer                          (Respuesta correcta: over the right one the student missed)
#     Nucleus
#
# 'Correct!' (¡Correcto!) stands over a choice the student got right. Each label stands alone over the option it marks;
# the options carry no letter. A fill-in question's lines are all under labels: the student's response under 'You
# Answered', the accepted answers under 'Correct Answer'. The page's furniture (the quiz's title, its details, 'Attempt
# History', 'Score for this quiz: 8 out of 10', 'Submitted …', 'This attempt took …') is in no card.
_CANVAS_POINTS = re.compile(r"^\s*(?P<got>\d+(?:[.,]\d+)?|-+|[^\W\d]+(?:\s+[^\W\d]+){0,3})\s*/\s*(?P<of>\d+(?:[.,]\d+)?)\s*(?i:pts|ptos|pkte|punti|pontos|points|puntos|pt)\.?\s*$")
_CANVAS_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # the student's choice, judged right
    ("chosen", re.compile(r"^\s*(?i:¡?\s*(?:correct|correcto|correto|richtig|corretto|juist|poprawnie)\s*!)\s*$")),
    # the student's choice or response, not right (or not judged)
    ("yours", re.compile(r"^\s*(?i:you\s+answered|respondiste|usted\s+respondió|você\s+respondeu|vous\s+avez\s+répondu|sie\s+haben\s+geantwortet"
                         r"|ihre\s+antwort|hai\s+risposto|uw\s+antwoord)\s*:?\s*$")),
    # a right answer the page shows (the student's choice or not)
    ("right", re.compile(r"^\s*(?i:correct\s+answers?|respuestas?\s+correctas?|respostas?\s+corretas?|réponses?\s+correctes?|bonnes?\s+réponses?"
                         r"|richtige\s+antwort(?:en)?|rispost[ae]\s+corrett[ae]|juiste?\s+antwoord(?:en)?)\s*:?\s*$")),
)
_CANVAS_FURNITURE = re.compile(
    r"^\s*(?i:(?:quiz\s+score|score\s+for\s+this\s+(?:quiz|attempt|survey)|final\s+score|original\s+score|kept\s+score|fudge\s+points"
    r"|puntaje\s+(?:del\s+examen|para\s+este\s+(?:examen|intento|cuestionario)|final|original)|puntos\s+adicionales)\b.*"
    r"|submitted\s+\w{3,9}\.?\s+\d.*|entregado\s+(?:el\s+)?\d.*|this\s+attempt\s+took\b.*|este\s+intento\s+tuvo\b.*"
    r"|attempt\s+history|historial\s+de\s+intentos|latest|último|unanswered|sin\s+responder|sin\s+respuesta|not\s+yet\s+graded)\s*$"
    r"|^[^\t]*\S[^\t]*(?:\t+[^\t]*\S[^\t]*){2,}$"  # (a row of the 'Attempt History' table: cells apart by tabs)
)


def _canvas_label(line: str) -> str | None:
    return next((kind for kind, pattern in _CANVAS_LABELS if pattern.match(line)), None)


def _canvas_blocks(lines: list[str]) -> list[tuple[int, int, int]]:
    """(label line, points line, end) of each 'Question N' over an 'x / y pts' line (a blank or two between)."""
    found: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        if _MOODLE_LABEL.match(line):
            after = [j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()][:1]
            if after and _CANVAS_POINTS.match(lines[after[0]]):
                found.append((k, after[0]))
    ends = [k for k, _ in found[1:]] + [len(lines)] * bool(found)
    return [(k, p, end) for (k, p), end in zip(found, ends, strict=True)]


def looks_like_canvas_results(lines: list[str]) -> bool:
    """Whether a text is Canvas' quiz results copied: two or more 'Question N' over 'x / y pts', and two or more of its
    label lines ('Correct!', 'You Answered', 'Correct Answer' in the site's language) standing alone."""
    blocks = _canvas_blocks(lines)
    labels = sum(1 for line in lines if _canvas_label(line))
    return len(blocks) >= REVIEW_MIN and labels >= REVIEW_MIN


_ASKING = ("?", "？", ":", "：")


def convert_canvas_results(lines: list[str], rel: str = "") -> Converted:
    """Each question of the results page as a heading over its options and the key naming those under 'Correct!' and
    'Correct Answer' (never one under 'You Answered' alone, unless the question got every point); a fill-in question (each
    line under a label) as a heading over its accepted answers. The student's response to a fill-in and the page's
    furniture are in no card; a question showing no right answer is a warning at its line and no card."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    for start, points, end in _canvas_blocks(lines):
        m = _CANVAS_POINTS.match(lines[points])
        got, of = m.group("got"), m.group("of")  # type: ignore[union-attr]
        full = got[:1].isdecimal() and float(got.replace(",", ".")) >= float(of.replace(",", ".")) > 0
        entries: list[tuple[int, str, str | None]] = []  # (line, text, the label over it)
        label: str | None = None
        for k in range(points + 1, end):
            line = lines[k].strip()
            if not line or _CANVAS_FURNITURE.match(lines[k]) or _PRINTED_EDGE.match(line):
                continue
            if (said := _canvas_label(line)) is not None:
                label = said
                continue
            entries.append((k, line, label))
            label = None
        number = _MOODLE_LABEL.match(lines[start]).group("n")  # type: ignore[union-attr]
        first = next((n for n, e in enumerate(entries) if e[2] is not None), len(entries))
        asking = [n for n in range(first) if entries[n][1].endswith(_ASKING)]
        cut = asking[-1] + 1 if asking else min(1, first)
        stem, rest = [k for k, _, _ in entries[:cut]], entries[cut:]
        if not stem:
            continue
        right = [n for n, e in enumerate(rest) if e[2] in ("chosen", "right")] or [n for n, e in enumerate(rest) if full and e[2] == "yours"]
        if not right:
            warnings.append(
                _said(rel, start, f"Canvas results: question {number} shows no right answer ({got} / {of} points): no card",
                      "show the correct answers in the quiz's settings and copy the page again, or write the card by hand",
                      "canvas-results-key")
            )  # fmt: skip
            continue
        out += _headed(lines, stem)
        if all(e[2] is not None for e in rest):  # a fill-in question: the accepted answers, never the student's response
            accepted: list[tuple[int, str]] = []
            for n in sorted(right, key=lambda n: rest[n][2] != "right"):  # (the page's 'Correct Answer' lines first)
                if not any(same_option(rest[n][1], text) for _, text in accepted):
                    accepted.append(rest[n][:2])
            out.append((f"**Answer:** {markdown_line(accepted[0][1])}", accepted[0][0]))
            if accepted[1:]:
                out += [("", accepted[1][0]), ("Also accepted: " + ", ".join(markdown_line(t) for _, t in accepted[1:]), accepted[1][0])]
        else:
            out += _lettered([(k, text) for k, text, _ in rest], right, rest[right[0]][0])
        out.append(("", end - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings))


# Coursera's graded quiz copied as text (trial25 T25-29: Basic cards teaching '1 / 1 point' and every option). Each
# question reads:
#
#     1.
#     Question 1
#     What does a neuron compute?
#     1 / 1 point
#     <the options, one a paragraph, no letters>
#     Correct                                  (Incorrect, Partially correct; the page's verdict on the attempt)
#     Correct, we generally say that …         (the feedback)
#
# The copy loses which option was chosen: a question is keyed only by an option its feedback names, or by an 'Answer:'
# line the user writes under it; any other is said at its line and set aside, never a card of all its options.
_COURSERA_POINTS = re.compile(r"^\s*(?P<got>\d+(?:[.,]\d+)?)\s*/\s*(?P<of>\d+(?:[.,]\d+)?)\s*(?i:points?|puntos?|pontos?|punkte?|punti|pts?)\.?\s*$")
_COURSERA_VERDICT = re.compile(
    r"^\s*(?i:correct|incorrect|partially\s+correct|correcto|incorrecto|parcialmente\s+correcto|correto|incorreto|correct\s+answer"
    r"|richtig|falsch|teilweise\s+richtig|corretto|errato|bonne\s+réponse|mauvaise\s+réponse|correcte|incorrecte)\s*$"
)
_COURSERA_NUMBER = re.compile(r"^\s*\d{1,3}\.\s*$")  # the '1.' over 'Question 1'
_COURSERA_HEADER = re.compile(r"^\s*(?i:graded\s+quiz|practice\s+quiz|grade\s+received|to\s+pass|due\s|latest\s+submission|keep\s+learning|congratulations|try\s+again)")
_RIGHT_VERDICT = re.compile(r"^\s*(?i:correct|correcto|correto|richtig|corretto|bonne\s+réponse|correcte)\s*$")


def _full(line: str) -> bool:
    m = _COURSERA_POINTS.match(line)
    return m is not None and float(m.group("got").replace(",", ".")) >= float(m.group("of").replace(",", ".")) > 0


_USER_KEY = re.compile(r"^\s*(?i:answer|correct\s+answer|key|respuesta|réponse|antwort|resposta|risposta)\s*[:：]\s*(?P<text>\S.*?)\s*$")


def _coursera_blocks(lines: list[str]) -> list[tuple[int, int, int]]:
    """(label line, points line, end) of each 'Question N' with an 'x / y point' line under its stem."""
    starts = [k for k, line in enumerate(lines) if _MOODLE_LABEL.match(line)]
    found = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        points = next((k for k in range(start + 1, min(end, start + 40)) if _COURSERA_POINTS.match(lines[k])), None)
        if points is not None:
            found.append((start, points, end))
    return found


def looks_like_coursera(lines: list[str]) -> bool:
    """Whether a text is Coursera's quiz copied: two or more 'Question N' blocks, nearly each with an 'x / y point' line
    under its stem and a verdict line ('Correct', 'Incorrect') after its options."""
    blocks = _coursera_blocks(lines)
    if len(blocks) < REVIEW_MIN or len(blocks) < 0.8 * sum(1 for line in lines if _MOODLE_LABEL.match(line)):
        return False
    judged = sum(1 for _, p, end in blocks if any(_COURSERA_VERDICT.match(lines[k]) for k in range(p + 1, end)))
    return judged >= max(REVIEW_MIN, 0.8 * len(blocks))


def convert_coursera(lines: list[str], rel: str = "") -> Converted:
    """Each question whose key is known (its feedback names one option, or an 'Answer:' line the user wrote) as a heading
    over its options and that key, the feedback on the back; each other one a warning at its line and a skipped item."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    skipped: list[tuple[int, str, str]] = []
    for start, points, end in _coursera_blocks(lines):
        stop = end - 1 if end < len(lines) and _COURSERA_NUMBER.match(lines[end - 1]) else end
        while stop > points + 1 and not lines[stop - 1].strip():
            stop -= 1
        if stop < len(lines) and stop > points + 1 and _COURSERA_NUMBER.match(lines[stop - 1]):
            stop -= 1  # (the next question's '1.' line)
        stem = [k for k in range(start + 1, points) if lines[k].strip()]
        verdict = next((k for k in range(points + 1, stop) if _COURSERA_VERDICT.match(lines[k])), None)
        body = [k for k in range(points + 1, verdict if verdict is not None else stop) if lines[k].strip()]
        told = [k for k in body if _USER_KEY.match(lines[k])]
        options = [(k, lines[k].strip()) for k in body if k not in told]
        feedback = [k for k in range(verdict + 1, stop) if lines[k].strip() and not _USER_KEY.match(lines[k])] if verdict is not None else []
        told += [k for k in range(verdict + 1 if verdict is not None else stop, stop) if _USER_KEY.match(lines[k])]
        number = _MOODLE_LABEL.match(lines[start]).group("n")  # type: ignore[union-attr]
        if not stem:
            continue
        right: list[int] = []
        if told:
            said = _USER_KEY.match(lines[told[0]]).group("text")  # type: ignore[union-attr]
            right = [n for n, hit in enumerate(keyed([t for _, t in options], said)) if hit]
        elif feedback and len(options) >= 2 and verdict is not None and _full(lines[points]) and _RIGHT_VERDICT.match(lines[verdict]):
            # (only feedback on an attempt judged right names the right option: 'Incorrect. x = … gives a matrix' does not)
            words = " ".join(" ".join(lines[k].split()) for k in feedback).casefold()
            right = [n for n, (_, t) in enumerate(options) if len(t) > 2 and " ".join(t.split()).casefold() in words]
            right = right if len(right) == 1 else []
        if not right or len(options) < 2:
            question = " ".join(lines[k].strip() for k in stem)
            warnings.append(
                _said(rel, start, f"Coursera quiz: question {number}: the copied page does not show which option is right: no card",
                      "write the right option under it as 'Answer: <the option's text>', or write the card by hand", "coursera-key")
            )  # fmt: skip
            skipped.append((start + 1, question, "the copied page shows no right option"))
            continue
        out += _headed(lines, stem)
        out += _lettered(options, right, told[0] if told else feedback[0])
        for k in feedback:
            out += [("", k), (markdown_line(lines[k]), k)]
        out.append(("", stop - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings), skipped=tuple(skipped))


# A medical question bank's review page copied as text (UWorld, and the Qbanks shaped like it; trial25 T25-41: no card):
#
#     Question Id: 1234
#     A 24-year-old woman comes … (the vignette)
#     Which of the following is the most appropriate next step in management?
#     A. Amiodarone  …  E. Metoprolol
#     Explanation
#     This patient has … / (Choice A) Amiodarone is used for … / Educational objective: / Adenosine is …
#     Copyright © UWorld. All rights reserved.
#     Correct answer / B / 45% / Answered correctly / 02 secs / Time Spent / 2023 / Version
#
# The key comes after the explanation; the statistics, the id and the copyright are no text of any card.
_QID = re.compile(r"^\s*(?i:question\s*id|qid|question\s*#)\s*[:#]?\s*(?P<n>\d{1,7})\s*$")
_QBANK_OPTION = re.compile(r"^\s*(?P<letter>[A-J])\s*[.)]\s+(?P<text>\S.*?)\s*$")
_QBANK_EXPLAIN = re.compile(r"^\s*(?i:explanation|erklärung|explicación)\s*:?\s*$")
_QBANK_KEY = re.compile(r"^\s*(?i:correct\s+answer|right\s+answer)\s*:?\s*(?P<letter>[A-J])?\s*$")
_QBANK_STATS = re.compile(
    r"^\s*(?:\d{1,3}\s*%|(?i:answered\s+correctly|time\s+spent|version|(?:\d+\s*(?:min|mins|sec|secs|seconds?|minutes?),?\s*)+|copyright\b.*)|\d{4}|©.*)\s*$"
)


def _qbank_blocks(lines: list[str]) -> list[tuple[int, int]]:
    starts = [k for k, line in enumerate(lines) if _QID.match(line)]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True)) if starts else []


def _qbank_key(lines: list[str], start: int, end: int) -> tuple[int, str] | None:
    """(line, letter) of a block's 'Correct answer' key (the letter on its line or the next one)."""
    for k in range(start, end):
        m = _QBANK_KEY.match(lines[k])
        if m is None:
            continue
        if m.group("letter"):
            return k, m.group("letter")
        after = next((j for j in range(k + 1, min(k + 3, end)) if lines[j].strip()), None)
        if after is not None and re.fullmatch(r"\s*[A-J]\s*", lines[after]):
            return after, lines[after].strip()
    return None


def looks_like_qbank(lines: list[str]) -> bool:
    """Whether a text is a medical Qbank's review copied: 'Question Id: N' blocks, each with lettered options and its
    'Correct answer' key."""
    blocks = _qbank_blocks(lines)
    keyed = sum(
        1 for start, end in blocks if _qbank_key(lines, start, end) and sum(bool(_QBANK_OPTION.match(lines[k])) for k in range(start, end)) >= 2
    )
    return bool(blocks) and keyed >= max(1, 0.8 * len(blocks))


def convert_qbank(lines: list[str], rel: str = "") -> Converted:
    """Each block as a heading (the vignette and its asking line) over its lettered options and the key its 'Correct
    answer' names, the explanation and the educational objective on the back; the statistics, id and copyright left
    out. A block with no key is a warning at its line."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    for start, end in _qbank_blocks(lines):
        key = _qbank_key(lines, start, end)
        first = next((k for k in range(start + 1, end) if _QBANK_OPTION.match(lines[k])), None)
        if first is None:
            continue
        stem = [k for k in range(start + 1, first) if lines[k].strip()]
        options: list[tuple[int, str]] = []
        k = first
        while k < end and (m := _QBANK_OPTION.match(lines[k])) and m.group("letter") == "ABCDEFGHIJ"[len(options)]:
            options.append((k, m.group("text")))
            k += 1
        explained = [
            j for j in range(k, end)
            if lines[j].strip() and not _QBANK_EXPLAIN.match(lines[j]) and not _QBANK_STATS.match(lines[j])
            and not _QBANK_KEY.match(lines[j]) and (key is None or j != key[0])
        ]  # fmt: skip
        number = _QID.match(lines[start]).group("n")  # type: ignore[union-attr]
        if not stem:
            continue
        if key is None or "ABCDEFGHIJ".index(key[1]) >= len(options):
            warnings.append(
                _said(rel, start, f"question {number}: its page shows no correct answer among its options: no card",
                      "add the right letter under a 'Correct answer' line, or write the card by hand", "qbank-key")
            )  # fmt: skip
            continue
        out += _headed(lines, stem)
        out += _lettered(options, ["ABCDEFGHIJ".index(key[1])], key[0])
        for j in explained:
            out += [("", j), (markdown_line(lines[j]), j)]
        out.append(("", end - 1))
    return Converted("\n".join(text for text, _ in out), tuple(k + 1 for _, k in out), (), tuple(warnings))
