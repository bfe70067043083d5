"""A saved quiz review page of an LMS (Moodle's "Review attempt", Canvas' quiz results), read as its questions keyed by
the page's right answer, never by the student's (trial17 T17-43, T17-44).

Such a page shows each question with the options the student saw, the one they chose (right or wrong) and, when the
teacher lets it, the right answer. Read as prose, the page gave its header as cards ('Started on', 'Grade') and lost
the questions. Each question block is rewritten in place, before the page becomes Markdown, as a heading and a task
list whose right options are ticked (:mod:`compiler.sources.html` goes on from there):

- **Moodle** (``div.que`` holding ``.qtext``): the options are the ``.answer`` entries (their ``a.`` numbers and
  icons left out); the right ones are those ``.rightanswer`` names ('The correct answer is: Network layer', 'The
  correct answers are: HTTP, SSH', "The correct answer is 'False'.": the text after its colon, else in quotes, in any
  language); with no options (a short answer) that text is the answer. Without ``.rightanswer`` the options marked
  ``correct`` count only in a question the attempt got fully right (``que … correct``). ``.generalfeedback`` goes on
  the back, never ``.specificfeedback`` (it speaks of the student's answer: 'Your answer is correct.'); the review's
  summary table (``quizreviewsummary``: 'Started on', 'Grade') is left out.
- **Canvas** (``.display_question`` holding ``.question_text``): the options are its ``.answer`` entries, the right
  ones those of class ``correct_answer`` (never ``selected_answer`` alone); a short answer's or number's right
  answers are its answer, the others "Also accepted"; the comments for the question (``neutral``/``correct``) and on
  a right option go on the back; a text-only block is no question.

The student's own choice and response never reach a card. A question whose page shows no right answer (an essay, a
wrong choice with the right answer hidden) is left out with a warning at its line.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from bs4 import BeautifulSoup, Tag

from compiler.sources.lmsreview import keyed, said_answer

_BLOCKS = ("p", "div", "pre", "ul", "ol", "table", "blockquote", "figure", "img", "h1", "h2", "h3", "h4", "h5", "h6")
_ASKS = ("?", "？", ":", "：")


def _classes(tag: Tag) -> set[str]:
    return {str(c).lower() for c in tag.get("class") or []}


def _has_class(name: str) -> Any:
    return lambda t: isinstance(t, Tag) and name in _classes(t)


def _text(tag: Tag | None) -> str:
    return " ".join(tag.get_text(" ").split()) if tag is not None else ""


def lms_quizzes(root: Tag) -> list[tuple[int | None, str, str]]:
    """Rewrite, in place, the question blocks of a saved Moodle review or Canvas results page (see the module); returns
    the (line, message, hint) of each question left out for want of a right answer."""
    moodle = [q for q in root.find_all(_has_class("que")) if q.find(_has_class("qtext")) is not None]
    canvas = [q for q in root.find_all(_has_class("display_question")) if q.find(_has_class("question_text")) is not None]
    unanswered: list[tuple[int | None, str, str]] = []
    for q in moodle:
        _moodle(q, unanswered)
    for q in canvas:
        _canvas(q, unanswered)
    if moodle:
        for table in root.find_all("table", class_="quizreviewsummary"):
            table.decompose()
    for form in root.find_all("form") if moodle or canvas else []:
        if form.find(attrs={"data-deckc-question": True}) is not None:
            form.unwrap()  # (the review's questions stand in a form: page furniture otherwise)
    return unanswered


def _option_text(option: Tag, drop: tuple[str, ...]) -> Tag:
    """An option's content as a copy, its numbering, inputs, icons and feedback left out."""
    made = copy.copy(option)
    for t in made.find_all(["input", "i", "button", "select"]):
        t.decompose()
    for t in made.find_all(lambda t: isinstance(t, Tag) and _classes(t) & set(drop)):
        t.decompose()
    for t in made.find_all(lambda t: isinstance(t, Tag) and (t.get("class") or []) and any(str(c).startswith("accesshide") or str(c) == "sr-only" for c in t.get("class") or [])):
        t.decompose()
    return made


def _moodle(que: Tag, unanswered: list[tuple[int | None, str, str]]) -> None:
    qtext = que.find(_has_class("qtext"))
    answer_box = que.find(_has_class("answer"))
    options: list[Tag] = []
    if answer_box is not None:
        options = [c for c in answer_box.find_all(True, recursive=False) if _text(c) and c.find("input") is not None]
        options = options or [c for c in answer_box.find_all(["div", "p"], recursive=False) if _text(c)]
    shown = [_option_text(o, ("answernumber", "specificfeedback", "feedback")) for o in options]
    texts = [_text(s) for s in shown]
    right_box = que.find(_has_class("rightanswer"))
    said = said_answer(_text(right_box)) if right_box is not None else ""
    chose_right = "correct" in _classes(que)
    notes = [n for n in que.find_all(_has_class("generalfeedback")) if _text(n)]
    if len(options) >= 2:
        marks = keyed(texts, said) if said else [chose_right and "correct" in _classes(o) for o in options]
        if any(marks):
            _write(que, qtext, list(zip(shown, marks, strict=True)), [], notes)
            return
    elif said:
        _write(que, qtext, [], [said], notes)
        return
    _unanswered(que, qtext, unanswered)


def _canvas(question: Tag, unanswered: list[tuple[int | None, str, str]]) -> None:
    kinds = _classes(question)
    text = question.find(_has_class("question_text"))
    if "text_only_question" in kinds:
        question.decompose()
        return
    answers = [a for a in question.find_all(_has_class("answer")) if a.find_parent(_has_class("answer")) is None and _text(a)]
    right = ["correct_answer" in _classes(a) for a in answers]
    chosen = [a.find("input", attrs={"type": re.compile("radio|checkbox", re.I)}) is not None for a in answers]
    shown = [_option_text(a, ("answer_arrow", "answer_comment", "answer_comment_holder", "quiz_comment", "hidden", "id", "answer_weight")) for a in answers]
    for s in shown:
        label = s.find(_has_class("answer_text")) or s.find(_has_class("answer_label")) or s.find(_has_class("answer_html"))
        if label is not None:
            s.clear()
            s.append(copy.copy(label))
    notes = [c for c in question.find_all(_has_class("quiz_comment")) if _text(c) and c.find_parent(_has_class("incorrect_comments")) is None
             and not (set(_classes(c)) & {"incorrect_comments"})]  # fmt: skip
    notes = [n for n in notes if n.find_parent(_has_class("answer")) is None]
    notes += [c for a, r in zip(answers, right, strict=True) if r for c in a.find_all(_has_class("answer_comment")) if _text(c)]
    choice = any(chosen) or kinds & {"multiple_choice_question", "true_false_question", "multiple_answers_question"}
    if choice and len(answers) >= 2 and any(right):
        _write(question, text, list(zip(shown, right, strict=True)), [], notes)
    elif not choice and any(right):
        said = [_text(s) for s, r in zip(shown, right, strict=True) if r and _text(s)]
        _write(question, text, [], said, notes)
    else:
        _unanswered(question, text, unanswered)


def _unanswered(block: Tag, qtext: Tag | None, said: list[tuple[int | None, str, str]]) -> None:
    """A question whose page shows no right answer (an essay; a wrong choice, the right answer hidden): left out, said."""
    asked = _text(qtext)
    short = asked if len(asked) <= 60 else asked[:57] + "…"
    line = qtext.sourceline if qtext is not None and qtext.sourceline else block.sourceline
    said.append((line, f"question '{short}': the page shows no right answer (an essay, or the answer hidden), no card",
                 "show the right answers in the quiz's review options and save the page again, or write the card by hand"))
    block.decompose()


def _write(block: Tag, qtext: Tag | None, options: list[tuple[Tag, bool]], answers: list[str], notes: list[Tag]) -> None:
    """Put a question in place of its block: its asking paragraph a heading, the rest of its text under it, then the
    options (a task list, the right ones ticked) or the answer, then the notes."""
    soup = BeautifulSoup("", "html.parser")
    line = qtext.sourceline if qtext is not None and qtext.sourceline else block.sourceline
    holder = soup.new_tag("div", attrs={"data-deckc-question": ""}, sourceline=line)
    parts = [copy.copy(c) for c in (qtext.find_all(_BLOCKS, recursive=False) if qtext is not None else []) if _text(c) or c.find("img")]
    if not parts and qtext is not None:
        parts = [soup.new_tag("p", sourceline=line)]
        parts[0].string = _text(qtext)
    asking = max((k for k, p in enumerate(parts) if _text(p).endswith(_ASKS)), default=len(parts) - 1)
    heading = soup.new_tag("h3", sourceline=getattr(parts[asking], "sourceline", None) or line) if parts else None
    if heading is None:
        return
    rest = [p for k, p in enumerate(parts) if k != asking]
    if not options and answers:  # (a Basic card: its text under the heading would be its answer)
        heading.string = " ".join(_text(p) for p in parts)
        rest = []
    else:
        for child in list(parts[asking].contents) if parts[asking].name in ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6") else [parts[asking]]:
            heading.append(child)
    holder.append(heading)
    for p in rest:
        holder.append(p)
    if options:
        listing = soup.new_tag("ul", attrs={"data-deckc-options": ""}, sourceline=line)
        for shown, right in options:
            item = soup.new_tag("li", sourceline=shown.sourceline or line)
            item.append("[x] " if right else "[ ] ")
            item.append(_text(shown))
            listing.append(item)
        holder.append(listing)
    for k, said in enumerate(answers):
        para = soup.new_tag("p", sourceline=line)
        para.string = said if k == 0 else f"Also accepted: {', '.join(answers[1:])}"
        holder.append(para)
        if k:
            break
    for note in notes:
        para = soup.new_tag("p", sourceline=note.sourceline or line)
        para.string = _text(note)
        holder.append(para)
    block.replace_with(holder)
