"""Label-led quizzes: a label on a line of its own, then what it labels (learner2 M24).

Learning platforms and LLM-written quizzes label each part of a question on a line of its own::

    __Practice Question__            ### Question 1: Algebra        ## Card 1
                                     **Question:**                  ### Question
    What is 2 + 3?                   What is 2 + 3?                 What is a Pod?
                                     **Options:**
    A. 4                             - A) 4                         ### Answer
    B. 5                             - B) 5                         The smallest deployable unit.
    __Suggested Answers__            **Correct answer:** B
    - A
    - B - Correct

Read as written, the label is the question and the question its answer. :func:`label_led` rewrites such
a page, line for line, into the shapes the Markdown reader knows: the question a heading (``## What is 2 +
3?``, the text moved up onto its label's line; a heading label keeps its level, a bold one is a level below
the heading over it), the options' label dropped, the key list ``Answer: B``, a question's own ``### Answer``
heading dropped (its text is the answer), and metadata blocks (``__Type__`` over ``Multiple Choice``,
``__Question Options__`` over ``any``) blanked; a heading that only numbers the question (``### Question 1:
Algebra``) keeps its topic as a section heading (``### Algebra``). A page is rewritten only when it is
label-led: two question labels at least, or one with an options or key label.
"""

from __future__ import annotations

import re

from compiler.sources.lines import has_answer_label, has_question_label

# a label alone on its line: '__Practice Question__', '**Question:**', '**Options**:', '### Question', '### Answer'
_BOLD_LABEL = re.compile(r"^\s*(?:\*\*|__)(?P<label>[^*_\n]{1,40}?)\s*[:：]?\s*(?:\*\*|__)\s*[:：]?\s*$")
_HEADING_LABEL = re.compile(r"^\s{0,3}#{1,6}\s+(?P<label>[^#\n]{1,40}?)\s*[:：]?\s*#*\s*$")
_NUMBER = r"(?:\s*#?\d{1,4})?"
_QUESTION = re.compile(rf"(?i)^(?:practice\s+)?(?:question|problem|prompt|exercise|task)(?:\s+text)?{_NUMBER}$")
_OPTIONS = re.compile(
    r"(?i)^(?:answer\s+)?(?:options|choices)$|^possible\s+answers$"
    r"|^(?:opciones|opções|opcoes|alternativas|optionen|antwortmöglichkeiten|opzioni|opties|opcje|варианты(?:\s+ответа)?|选项|選択肢|보기|seçenekler)$"
)
_KEY = re.compile(r"(?i)^(?:suggested|correct|right)\s+answers?$|^answer\s+key$|^answers?$|^solutions?$")
_META = re.compile(r"(?i)^(?:question\s+)?(?:type|options|format)$|^points$|^time\s+limit$|^shuffle$")
# a heading that only numbers the question, maybe with its topic: '### Question 1: Algebra', '## Question 2'
_NUMBERED_HEADING = re.compile(r"(?i)^(?P<hashes>\s{0,3}#{1,6})\s+(?:question|problem|exercise|q)\s*#?\d{1,4}\s*(?:[:.\-–—]\s*(?P<topic>\S.*?))?\s*$")
# an entry of a key list: '- A', '- B - Correct', '- (c) ✓'
_KEY_ENTRY = re.compile(r"(?i)^\s*[-*+]\s+\(?(?P<letter>[A-H])\)?[.)]?\s*(?:[-–—:]?\s*(?P<mark>correct|right|true|[✓✔✅]))?\s*$")
_DECORATION = re.compile(r"^[^\w¿¡]+|[*_:：\s]+$")  # an emoji, bold marks or a colon around a label's words
_NAMED_OPTION = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_\n]{1,200}?)\1")  # a solution opening with the option it names, bold
_BULLET_TEXT = re.compile(r"^\s*[-*+]\s+(?P<text>\S.*?)\s*$")
_LONE = re.compile(r"^\s*(?:\*\*|__)?\(?(?P<letter>[A-H])\)?[.)]?(?:\*\*|__)?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
META_WORDS = 4  # a metadata value is a few words ('Multiple Choice', 'any')


def _label(line: str) -> tuple[str, str] | None:
    """``(kind, label)`` of a label line: kind is 'question', 'options', 'key' or 'meta'; a heading is a label
    only as 'question' or 'key' ('### Question', '### Answer')."""
    bold = _BOLD_LABEL.match(line)
    heading = _HEADING_LABEL.match(line) if bold is None else None
    m = bold or heading
    if m is None:
        return None
    label = " ".join(_DECORATION.sub("", m.group("label")).split())  # ('## ❓ **Pregunta:**': its emoji and bold, T16-14)
    numbered = bool(re.search(r"\d", label))  # '### Question 2' over its question: the reader's own label headings
    for kind, pattern in (("question", _QUESTION), ("options", _OPTIONS), ("key", _KEY), ("meta", _META)):
        if pattern.match(label) and (bold or (kind in ("question", "key", "options") and not numbered)):  # ('## Options': T16-22)
            return kind, label
    if re.search(r"[:：]\s*\S", label) or label.endswith(("?", "？")):
        return None  # '#### 问：PDF 文件中的链接提取是什么？': a label with its question, no label alone (trial15 T15-37)
    if not numbered and len(label) > 2 and len(label.split()) <= 3:  # '## Pergunta:' / '### Resposta:' (L41; not 'A', 'Q')
        if has_question_label(f"{label}: x") and not has_answer_label(f"{label}: x"):
            return "question", label
        if has_answer_label(f"{label}: x"):
            return "key", label
    return None


_NUMBER_LEAD = re.compile(r"^\d{1,3}[.)]\s+")  # '3. Scenario: …': the title's number, no words of it
_ANY_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")


def _statement_scopes(lines: list[str], fenced: list[bool], labels: dict[int, tuple[str, str]]) -> tuple[set[int], set[int], dict[int, str]]:
    """``(held, demoted, titled)`` for problems stated under a question label heading (an interview page's scenarios):
    - held: a label heading right under a heading that asks (``## 1. Scenario: … - How do you debug?`` /
      ``### Problem:``), and the labels after it up to a heading above its level, are left as the page has them: the
      Markdown reader asks the problem with its heading and reads the headings after it as the answer;
    - demoted: under a heading that asks nothing (``## Scenario 1: Pod stuck``), the headings of a label's level
      after its text that are no labels (``### Debugging Steps:``) are its answer, written a level deeper;
    - titled: that heading's title, ``{label: title}``, leads a problem that asks nothing itself ('Scenario: Image
      pull failures — Pods stay in ImagePullBackOff.').
    Moved up here as every label is, the problem had lost the heading that asks, or its answer ('question has no
    answer' twice a scenario, a card fronted 'Debugging Steps', the steps on no card)."""
    held: set[int] = set()
    demoted: set[int] = set()
    titled: dict[int, str] = {}
    heads = {k: m for k, line in enumerate(lines) if not fenced[k] and (m := _ANY_HEADING.match(line)) is not None}  # (in line order)
    for k, (kind, _) in labels.items():  # (in line order, as enumerate made them)
        if kind != "question" or k not in heads or k in held:
            continue
        level = len(heads[k].group("hashes"))
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        parent = heads.get(above) if above is not None else None
        asks_over = parent is not None and len(parent.group("hashes")) < level and parent.group("text").rstrip("*_ ").endswith(("?", "？"))
        _, end = _paragraph(lines, k)
        after = next((j for j in range(end, len(lines)) if lines[j].strip()), None)
        named = after is not None and after in heads and after not in labels and len(heads[after].group("hashes")) == level
        named = named and not heads[after].group("text").rstrip("*_ ").endswith(("?", "？"))
        stop = next((j for j in heads if j > k and len(heads[j].group("hashes")) < level), len(lines))
        if asks_over:
            held.update(j for j in labels if k <= j < stop)
        elif named and level < 6:
            # (under a heading that asks nothing, '## Scenario 1: Pod stuck', the problem is moved up as any label's
            # text and asks; its answer's headings go one level under it, so that the question holds them)
            nxt = next((j for j in labels if j > k and labels[j][0] == "question"), len(lines))
            demoted.update(j for j in heads if after <= j < min(stop, nxt) and len(heads[j].group("hashes")) == level)
            if parent is not None and len(parent.group("hashes")) < level:
                titled[k] = _NUMBER_LEAD.sub("", parent.group("text").strip("*_ "))
    return held, demoted, titled


_LIST_ENTRY = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?P<text>\S.*?)\s*$")


def _points(lines: list[str], at: int) -> bool:
    """Whether the label at line ``at`` is over a list none of whose entries asks (``**Problem**:`` / ``- GPT-3's
    checkpoint is about 700GB`` / ``- …``, then ``**Solutions**:`` / ``- …`` under a topic heading of notes): the
    topic's points, no question to move up (trial27 T27-38: the first point was a front, ``Q: - GPT-3 …``)."""
    start, end = _paragraph(lines, at)
    entries = [m.group("text") for line in lines[start:end] if (m := _LIST_ENTRY.match(line))]
    return (
        start < end
        and _LIST_ENTRY.match(lines[start]) is not None
        and not any(text.rstrip("*_ ").endswith(("?", "？", "؟")) for text in entries)
    )


def _paragraph(lines: list[str], at: int) -> tuple[int, int]:
    """``(start, end)`` of the first paragraph after line ``at`` (past blank lines); start == end if none."""
    start = at + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return start, end


def label_led(text: str) -> str:
    """``text`` with a label-led quiz's labels rewritten (see the module docstring); as it is otherwise.
    Lines keep their number: what moves up leaves blank lines behind."""
    lines = text.split("\n")
    fenced = _fenced(lines)
    labels = {k: found for k, line in enumerate(lines) if not fenced[k] and (found := _label(line)) is not None}
    labels = {k: found for k, found in labels.items() if found[0] != "question" or not _points(lines, k)}
    kinds = [kind for kind, _ in labels.values()]
    if kinds.count("question") < 2 and not ("question" in kinds and ("options" in kinds or "key" in kinds)):
        return text
    held, demoted, titled = _statement_scopes(lines, fenced, labels)
    out = list(lines)
    for k in demoted:
        out[k] = re.sub(r"^(\s{0,3}#{1,5})", r"\1#", out[k], count=1)
    made: set[int] = set()  # the question headings written here (not headings of the page's own sections)
    for k, (kind, _) in sorted(labels.items()):
        if k in held:
            continue
        start, end = _paragraph(out, k)
        if start >= end or any(s < end for s in labels if k < s < start):
            continue
        body = out[start:end]
        if kind == "question" and start not in labels:
            _drop_numbering_heading(out, k)
            heading = _HEADING_LABEL.match(out[k]) if not _BOLD_LABEL.match(out[k]) else None
            level = len(out[k].lstrip()) - len(out[k].lstrip().lstrip("#")) if heading else min(6, _depth(out, k, made) + 1)
            asks = out[start].rstrip().rstrip("*_ ").endswith(("?", "？", "؟"))  # ('…؟': Arabic, trial16 T16-22)
            lead = f"{titled[k]} — " if not asks and titled.get(k) else ""  # (the scenario's title over a statement)
            _move_up(out, k, start, end, "#" * level + (" " if asks else " Q: ") + lead)  # ('Q:': a question without '?')
            made.add(k)
        elif kind == "options":
            out[k] = ""
            _ticked_options(out, start, k)
        elif kind == "meta" and end - start == 1 and len(body[0].split()) <= META_WORDS and "?" not in body[0]:
            out[k], out[start] = "", ""
        elif kind == "key":
            entries = [_KEY_ENTRY.match(line) for line in body]
            lone = _LONE.match(body[0]) if len(body) == 1 else None
            if all(entries) and len(entries) >= 2 and any(m.group("mark") for m in entries if m):
                marked = [m.group("letter").upper() for m in entries if m and m.group("mark")]
                out[k] = "Answer: " + ", ".join(marked)
                out[start:end] = [""] * (end - start)
            elif lone:
                out[k] = "Answer: " + lone.group("letter")
                out[start] = ""
            elif (named := _NAMED_OPTION.match(body[0])) is not None and any(
                (b := _BULLET_TEXT.match(line)) is not None and b.group("text").strip() == named.group("text").strip() for line in out[:k]
            ):
                # '## Solution' / '**Runs a DNS cache on every node** is the correct answer: …' (trial16 T16-22): the bold
                # option it names is the key, the paragraph its explanation
                out[k] = "Answer: " + named.group("text").strip()
            elif _HEADING_LABEL.match(out[k]) and not _BOLD_LABEL.match(out[k]) and start not in labels:
                out[k] = ""  # '### Answer' over the answer's text: the text answers the question above
    return "\n".join(out)


_CHECKED_BOX = re.compile(r"^(?P<lead>\s*[-*+]\s+)\[\s*(?:✅|✔️?|✓|☑️?|✗|x|X)\s*\]\s*(?P<text>\S.*)$")
_PLAIN_ENTRY = re.compile(r"^(?P<lead>\s*[-*+]\s+)(?!\[[ xX✅✔✓☑]\])(?P<text>\S.*)$")


def _ticked_options(out: list[str], start: int, at: int) -> None:
    """The options under an options label when one of them is ticked with a mark in its box (``- [✅] **Una
    instrucción …**``) and the others are plain bullets: task boxes, the ticked one checked (trial16 T16-14: the ✅ box
    was printed, no option marked). Runs over the label's list: its entries and the blank lines between them."""
    end = start
    while end < len(out) and (not out[end].strip() or _CHECKED_BOX.match(out[end]) or _PLAIN_ENTRY.match(out[end]) or out[end].startswith((" ", "\t"))):
        end += 1
    entries = [k for k in range(start, end) if _CHECKED_BOX.match(out[k]) or _PLAIN_ENTRY.match(out[k])]
    ticked = [k for k in entries if _CHECKED_BOX.match(out[k])]
    if len(ticked) != 1 or len(entries) < 2:
        return
    for k in entries:
        m = _CHECKED_BOX.match(out[k]) or _PLAIN_ENTRY.match(out[k])
        assert m is not None
        out[k] = f"{m.group('lead')}[{'x' if k in ticked else ' '}] {m.group('text')}"


def _move_up(out: list[str], at: int, start: int, end: int, label: str) -> None:
    """The paragraph ``start:end`` moved up onto the label's line ``at``, the label written before it."""
    body = out[start:end]
    out[at:end] = [label + body[0].strip(), *body[1:], *[""] * (end - at - len(body))]


def _depth(out: list[str], at: int, made: set[int]) -> int:
    """The level of the nearest heading of the page's own above line ``at`` (1 if none)."""
    for k in range(at - 1, -1, -1):
        m = re.match(r"^\s{0,3}(#{1,6})\s", out[k])
        if m and k not in made:
            return len(m.group(1))
    return 1


def _drop_numbering_heading(out: list[str], at: int) -> None:
    """A heading right above a question label that only numbers it ('### Question 1: Algebra') keeps its topic
    ('### Algebra') or goes."""
    k = at - 1
    while k >= 0 and not out[k].strip():
        k -= 1
    m = _NUMBERED_HEADING.match(out[k]) if k >= 0 else None
    if m:
        out[k] = f"{m.group('hashes')} {m.group('topic')}" if m.group("topic") else ""


def _fenced(lines: list[str]) -> list[bool]:
    inside, fence, out = False, "", []
    for line in lines:
        m = _FENCE.match(line)
        if m and (not inside or m.group(1) == fence):
            inside, fence = not inside, m.group(1)
            out.append(True)
            continue
        out.append(inside)
    return out
