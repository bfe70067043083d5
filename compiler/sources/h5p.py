"""H5P content (``content/content.json`` of an ``.h5p`` package) read as its tasks, written as deckc's Markdown
(trial15 T15-88).

H5P (the interactive-content tool of Moodle, WordPress, NDLA …) keeps a task's parameters as JSON: the task's own
fields beside the player's buttons and messages (``UI``, ``l10n``, ``confirmCheck``, ``behaviour`` …). Read as a
plain question bank the player's strings were a card's explanation and tasks without a ``question`` key were lost.
:func:`h5p_markdown` walks the content, a task wherever it stands (the file itself, an Interactive Video's
interactions, a Course Presentation's slides, a Question Set's questions, a Column's content: each
``{"library": "H5P.MultiChoice 1.10", "params": {…}}``), and writes what it teaches, nothing of the player:

- ``H5P.MultiChoice`` (``question``, ``answers[{text, correct, tipsAndFeedback}]``) and ``H5P.SingleChoiceSet``
  (``choices[{question, answers}]``, the first answer right) are multiple choice, an answer's chosen-feedback on
  the back; ``H5P.TrueFalse`` (``correct: "true"``) True/False;
- ``H5P.Blanks`` (``questions``: sentences with ``*answer*`` / ``*a/b*`` / ``*word:tip*``) and ``H5P.DragText`` a
  card per sentence, ``_____`` in the front and the words in bold on the back; ``H5P.MarkTheWords`` (``*words*``
  to click in ``textField``) the task and the text on the front, the words to mark on the back;
- ``H5P.Dialogcards`` (``dialogs[{text, answer}]``) and ``H5P.Flashcards`` (``cards[{text, answer}]``) a card each;
- an essay or open question (``H5P.Essay``, ``H5P.OpenEndedQuestion``, ``H5P.Questionnaire``) is a warning, no
  card; a picture, text or video element teaches nothing by itself and is passed over; another task type is a
  warning naming it.

A minified file is one line: messages name the task's place (``interaction 2 (Mark the Words)``) beside it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.ankifields import plain
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

_LIBRARY = re.compile(r"^H5P\.(?P<name>[A-Za-z0-9]+)\s+\d+\.\d+$")
_STARRED = re.compile(r"(?<!\\)\*(?P<word>[^*\n]+?)(?<!\\)\*")
_OPEN = ("Essay", "OpenEndedQuestion", "Questionnaire", "FreeTextQuestion")
# elements that show something and ask nothing: no card, no warning
_SHOWN = ("Text", "AdvancedText", "Image", "Video", "Audio", "Link", "Table", "IFrameEmbed", "Nil", "ContinuousText", "GoToQuestion")
Row = tuple[str, int, str]  # a Markdown line, its line in the file, the task's place


def _text(value: Any) -> str:
    """An H5P string (HTML) as one line of text."""
    return plain(value, True).strip() if isinstance(value, str) else ""


def _task_kind(params: dict[str, Any]) -> str | None:
    """A content file's own task type, told by its parameters (the package's h5p.json names it, not the file)."""
    if "interactiveVideo" in params:
        return "InteractiveVideo"
    if isinstance(params.get("presentation"), dict):
        return "CoursePresentation"
    answers = params.get("answers")
    if isinstance(answers, list) and answers and all(isinstance(a, dict) and "correct" in a for a in answers) and "question" in params:
        return "MultiChoice"
    if isinstance(params.get("choices"), list) and all(isinstance(c, dict) and "answers" in c for c in params["choices"]):
        return "SingleChoiceSet"
    if params.get("correct") in ("true", "false") and "question" in params:
        return "TrueFalse"
    if isinstance(params.get("dialogs"), list):
        return "Dialogcards"
    if isinstance(params.get("cards"), list) and all(isinstance(c, dict) and "answer" in c for c in params["cards"]):
        return "Flashcards"
    if isinstance(params.get("textField"), str) and "taskDescription" in params:
        return "DragText" if "distractors" in params or "dropZoneIndex" in params else "MarkTheWords"
    if isinstance(params.get("questions"), list) and params["questions"]:
        if all(isinstance(q, str) for q in params["questions"]):
            return "Blanks"
        if all(isinstance(q, dict) and "library" in q for q in params["questions"]):
            return "QuestionSet"
    if isinstance(params.get("content"), list) and all(isinstance(c, dict) and "content" in c for c in params["content"]):
        return "Column"
    return None


def looks_like_h5p(data: Any) -> bool:
    """Whether JSON data is H5P content: a task's parameters (told by their keys), or tasks named by H5P library."""
    if not isinstance(data, dict):
        return False
    if _task_kind(data) in ("InteractiveVideo", "CoursePresentation", "QuestionSet", "Column"):
        return True
    text = json.dumps(data)[:200_000]
    return bool(re.search(r'"library":\s*"H5P\.[A-Za-z0-9]+ \d+\.\d+"', text)) or (
        _task_kind(data) is not None and any(k in data for k in ("UI", "l10n", "behaviour", "overallFeedback", "checkAnswerButton", "checkAnswer"))
    )


def _words(word: str) -> tuple[str, list[str]]:
    """A starred answer ('cat/kitten:a pet'): the first word and the others ('a/b' alternatives, a ':tip' dropped)."""
    word = re.sub(r"(?<!\\):.*$", "", word).replace("\\:", ":")
    said = [w.strip() for w in word.split("/") if w.strip()]
    return (said[0] if said else word.strip()), said[1:]


def _blank(sentence: str) -> tuple[str, str] | None:
    """A sentence with starred answers as ``(front with _____, back with the words in bold)``; None without any."""
    text = _text(sentence)
    if not _STARRED.search(text):
        return None

    def bold(m: re.Match[str]) -> str:
        first, others = _words(m.group("word"))
        return f"**{first}**" + (f" (or {', '.join(others)})" if others else "")

    return _STARRED.sub("_____", text).replace("\\*", "*"), _STARRED.sub(bold, text).replace("\\*", "*")


class _Reader:
    """Walks H5P content, collecting the Markdown of its tasks and what it left out."""

    def __init__(self, raw: str, rel: str) -> None:
        self.raw, self.rel = raw, rel
        self.out: list[Row] = []
        self.warnings: list[Diagnostic] = []

    def line(self, value: str) -> int:
        """The file's line holding a string (a minified file: line 1)."""
        probe = json.dumps(value, ensure_ascii=False)[1:41]
        at = self.raw.find(probe) if probe else -1
        return self.raw.count("\n", 0, at) + 1 if at >= 0 else 1

    def warn(self, where: str, about: str, message: str, hint: str) -> None:
        self.warnings.append(Diagnostic(self.rel, self.line(about) if about else None, f"H5P {where}: {message}", hint, "warning"))

    def heading(self, text: str) -> str:
        asks = text.rstrip(" *_").endswith(("?", "？", ":"))
        return f"### {'' if asks else 'Q: '}{text}"

    def add(self, rows: list[str], anchor: str, where: str) -> None:
        n = self.line(anchor)
        self.out.extend((r, n, where) for r in [*rows, ""])

    def task(self, kind: str, params: dict[str, Any], where: str) -> None:
        """One task (or a container of tasks) as Markdown."""
        if kind == "InteractiveVideo":
            video = params.get("interactiveVideo") or {}
            for k, hit in enumerate((video.get("assets") or {}).get("interactions") or [], start=1):
                if isinstance(hit, dict):
                    self.element(hit.get("action"), f"interaction {k}" + (f" ({hit['libraryTitle']})" if hit.get("libraryTitle") else ""))
        elif kind == "CoursePresentation":
            for s, slide in enumerate((params.get("presentation") or {}).get("slides") or [], start=1):
                for e, element in enumerate((slide or {}).get("elements") or [], start=1):
                    if isinstance(element, dict):
                        self.element(element.get("action"), f"slide {s}, element {e}")
        elif kind == "QuestionSet":
            for k, question in enumerate(params.get("questions") or [], start=1):
                self.element(question, f"question {k}")
        elif kind == "Column":
            for k, part in enumerate(params.get("content") or [], start=1):
                if isinstance(part, dict):
                    self.element(part.get("content"), f"part {k}")
        elif kind == "MultiChoice":
            question = _text(params.get("question"))
            answers = [a for a in params.get("answers") or [] if isinstance(a, dict) and _text(a.get("text"))]
            if not question or len(answers) < 2 or not any(a.get("correct") for a in answers):
                self.warn(where, str(params.get("question", "")), "a multiple-choice task without a question, two answers and a right one: no card",
                          "give it a question and mark a right answer in H5P")  # fmt: skip
                return
            tick = "*" if all(a.get("correct") for a in answers) else "x"
            rows = [self.heading(question), "", *(f"- [{tick if a.get('correct') else ' '}] {_text(a['text'])}" for a in answers)]
            said = [f"{_text(a['text'])}: {fb}" for a in answers if (fb := _text((a.get("tipsAndFeedback") or {}).get("chosenFeedback")))]
            self.add(rows + (["", *said] if said else []), params.get("question", ""), where)
        elif kind == "SingleChoiceSet":
            for k, choice in enumerate(params.get("choices") or [], start=1):
                answers = [_text(a) for a in (choice or {}).get("answers") or [] if _text(a)]
                question = _text((choice or {}).get("question"))
                if question and len(answers) >= 2:  # (H5P writes the right answer first)
                    self.add([self.heading(question), "", f"- [x] {answers[0]}", *(f"- [ ] {a}" for a in answers[1:])], choice["question"], f"{where}, choice {k}")
        elif kind == "TrueFalse":
            question = _text(params.get("question"))
            if question:
                right = params.get("correct") == "true"
                stem = question if question.endswith(("?", "？")) else f"{question} True or false?"
                self.add([f"### {stem}", "", f"- [{'x' if right else ' '}] True", f"- [{' ' if right else 'x'}] False"], params["question"], where)
        elif kind in ("Blanks", "DragText"):
            sentences = params.get("questions") if kind == "Blanks" else [p for p in re.split(r"\n+", params.get("textField") or "") if p.strip()]
            made = 0
            for sentence in sentences or []:
                pair = _blank(sentence) if isinstance(sentence, str) else None
                if pair is not None:
                    self.add([self.heading(pair[0]), "", f"**Answer:** {pair[1]}"], sentence, where)
                    made += 1
            if not made:
                self.warn(where, str(params.get("text") or params.get("taskDescription") or ""), "a fill-in task with no *answer* in its text: no card",
                          "mark each answer between asterisks in H5P (*word*)")  # fmt: skip
        elif kind == "MarkTheWords":
            text = _text(params.get("textField"))
            words = [_words(m.group("word"))[0] for m in _STARRED.finditer(text)]
            if not words:
                self.warn(where, str(params.get("taskDescription") or ""), "a mark-the-words task with no *word* to mark: no card",
                          "mark the words between asterisks in H5P (*word*)")  # fmt: skip
                return
            task = _text(params.get("taskDescription")) or "Which words are to be marked?"
            shown = _STARRED.sub(lambda m: _words(m.group("word"))[0], text).replace("\\*", "*")
            self.add([self.heading(task), "", shown, "", f"**Answer:** {', '.join(words)}"], params.get("textField", ""), where)
        elif kind == "Dialogcards" or kind == "Flashcards":
            for card in params.get("dialogs" if kind == "Dialogcards" else "cards") or []:
                front, back = _text((card or {}).get("text")), _text((card or {}).get("answer"))
                if front and back:
                    self.add([self.heading(front), "", back], card["text"], where)
        elif kind in _OPEN:
            self.warn(where, "", "an open question (essay, questionnaire): no answer to learn; no card", "nothing to fix: only a task with an answer makes a card")
        elif kind not in _SHOWN:
            self.warn(where, "", f"task type H5P.{kind} is none deckc reads: no card",
                      "deckc reads H5P multiple choice, single choice sets, true/false, fill in the blanks, drag the words, mark the words, dialog cards and flashcards")  # fmt: skip

    def element(self, value: Any, where: str) -> None:
        """A ``{"library": "H5P.X 1.2", "params": {…}}`` element: its task."""
        if not isinstance(value, dict):
            return
        m = _LIBRARY.match(str(value.get("library", "")))
        params = value.get("params")
        if m is not None and isinstance(params, dict):
            self.task(m.group("name"), params, where)


def h5p_markdown(data: dict[str, Any], raw: str, rel: str = "") -> Converted:
    """H5P content as Markdown with a line map and each line's task (see the module docstring)."""
    reader = _Reader(raw, rel)
    kind = _task_kind(data)
    if kind is not None:
        reader.task(kind, data, kind[:1].lower() + re.sub(r"(?<!^)(?=[A-Z])", " ", kind)[1:].lower())
    else:
        reader.element(data, "content")
    out = reader.out
    while out and not out[-1][0]:
        out.pop()
    if not out:
        raise ContentError([Diagnostic(rel, None, "H5P content with no task deckc reads: no card", "an H5P multiple choice, fill in the blanks, "
                                       "dialog cards … task makes a card", group=NOT_A_DOCUMENT)])  # fmt: skip
    return Converted("\n".join(t for t, _, _ in out) + "\n", tuple(n for _, n, _ in out), tuple(p for _, _, p in out), tuple(reader.warnings))
