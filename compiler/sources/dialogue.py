"""A dialogue written down as turns of two speakers or a few (``Tutor: What's the difference between …?`` /
``Student: Ionic is when …?`` / ``Tutor: Exactly. Ionic bonds form …``): a tutoring session's transcript, an
interview's notes, a language lesson's conversation (sitting 50 N15: the guessed pattern read the tutor's every line
as a question and the student's as its answer, 'Exactly. Ionic bonds form …' -> 'Ok. And what is electronegativity?').

A turn that asks (its first sentence that asks opens like a question and ends with '?': ``Ok. And what is
electronegativity?``, ``Next: what's the charge on a sulfate ion?``) is a question, whoever asks it; the turns after
it, up to the next one that asks, its answer, each under its speaker's name as written, a line each. A guess
said back with a '?' (``Student: 2-?``) asks nothing. What an asking turn says before its question (``Yes, SO₄²⁻.
Now, …``) goes on with the answer above. The turns before the first question are the page's, said as text outside
any question. Written as ``Q:``/``A:`` lines, line for line (a turn's lead split onto a line of its own), for the
``qa`` layout to read.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from compiler.sources.lines import has_answer_label, has_question_label, opens_asking

# a turn: a speaker's name (a word to three, capitalised) and a colon, then what they say
# (or in bold, as a chat pasted into Markdown writes it: '**Tutor:** Sure! First: …?', '**Me**: 1789'; sitting 57)
_TURN = re.compile(
    r"^[ \t]*(?P<b>\*\*)?(?P<who>[A-Z][\w'’.-]{0,20}(?:[ \t][A-Z][\w'’.-]{0,20}){0,2})"
    r"(?(b)(?:[ \t]*:\*\*|\*\*[ \t]*:)|[ \t]*:)[ \t]+(?P<text>\S.*?)[ \t]*$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[ \t]+")
# words that lead into a question without being part of it ('And what …?', 'Next: what …?', 'OK, so how …?')
# (and in the other languages a lesson is held in: '¡Muy bien! ¿Y cómo se dice …?', 'Et comment dit-on …?'; sitting 57)
_LEAD_WORDS = (
    r"(?i:and|so|next|now|then|ok(?:ay)?|right|well|also|but|y|e|entonces|ahora|bueno|pues|et|alors|maintenant|bon"
    r"|und|jetzt|also|nun|gut|allora|ora|quindi)"
)
_LEAD_IN = re.compile(rf"^{_LEAD_WORDS}\b[ \t]*[,:]?[ \t]+")
# a question word after its preposition ('in which year …?', 'to whom …?'; sitting 57)
_PREPOSED_ASK = re.compile(r"(?i)^(?:in|at|on|for|to|from|by|with|of|during|after|before|since|until)[ \t]+(?:which|what|whom|whose|how|when|where)\b")
# a turn of praise or farewell only ('Correct!', 'Right again.', 'Perfect score!', 'Brilliant, that's all for today.'):
# after an answer it says nothing the card needs (never 'Yes, SO₄²⁻.', which says the answer again)
_PRAISE_WORDS = (
    r"correct|right|good|great|yes|yep|yeah|exactly|perfect|brilliant|well|done|nice|excellent|again|spot|on|that'?s|"
    r"thats|that|is|it|all|for|today|now|score|full|marks?|job|work|awesome|fantastic|super|wonderful|bravo|thanks?|"
    r"you|see|next|time|bye|goodbye|very|so|the|a|and|we're|we|are|finished|great|ok(?:ay)?|indeed|absolutely|100%|"
    r"muy|bien|perfecto|excelente|correcto|exacto|genial|bravo|claro|sí|très|parfait|exact|exactement|super|génial|oui|"
    r"sehr|richtig|genau|prima|toll|ja|bene|benissimo|perfetto|esatto|giusto|ottimo|brava"
)
_PRAISE_ONLY = re.compile(rf"^(?i:[ \t]*[¡]?(?:{_PRAISE_WORDS})\b[ \t]*[,.!:;…]*)+[ \t]*$")
_LEAD_ONLY = re.compile(rf"^(?:{_LEAD_WORDS}[ \t]*[,.!:]*[ \t]*)+$")  # 'Ok.', 'Right, so': says nothing
TURNS_MIN = 6  # turns a page holds, at least, to be a dialogue
SPEAKERS_MAX = 4
ASKED_MIN = 2  # turns that ask, at least
ALTERNATE_SHARE = 0.7  # of the turns, at least, spoken by another speaker than the turn before


@dataclasses.dataclass(frozen=True)
class _Turn:
    who: str
    text: str


def _question(text: str) -> tuple[str, str] | None:
    """``(what the turn says before its question, the question and what follows it)`` when the turn asks, else None.
    A sentence that announces its question before a colon ('So here's a question for you: what happens …?') asks what
    follows the colon."""
    sentences = _SENTENCE_END.split(text)
    sentences = [part for sentence in sentences for part in _announced(sentence)]
    for k, sentence in enumerate(sentences):
        if _ANNOUNCED_LEAD.match(sentence) and k + 1 < len(sentences):
            continue
        asked = sentence
        opening = asked[:1] if asked[:1] == "¿" else ""  # ('¿Y cómo se dice …?': the mark opens the question, whatever leads it)
        asked = asked[len(opening) :]
        while (lead := _LEAD_IN.match(asked)) is not None:
            asked = asked[lead.end() :]
        if asked.rstrip().endswith(("?", "？")) and (opens_asking(asked) or _PREPOSED_ASK.match(asked)):
            asked = opening + asked
            at = len(opening)
            rest = " ".join([asked[:at] + asked[at : at + 1].upper() + asked[at + 1 :], *sentences[k + 1 :]])
            before = " ".join(said for said in sentences[:k] if not _ANNOUNCED_LEAD.match(said))  # ('Last one:' announces, says nothing)
            return ("" if _LEAD_ONLY.match(before) else before), rest
    return None


# (or counts it off: 'First: in which year …?', 'Last one: who …?'; sitting 57)
_ANNOUNCED = re.compile(
    r"^(?P<lead>(?:[^:?]{3,60}?\b(?i:question|quiz|one|another)|(?i:first|second|third|last|final(?:ly)?))\b[^:?]{0,30}:)[ \t]+(?P<q>\S.*\?)$"
)


_ANNOUNCED_LEAD = re.compile(r"^[^:?]*:$")  # (an announcement as _announced splits it off: 'Last one:')


def _announced(sentence: str) -> list[str]:
    """A sentence that names a question before a colon ('Here's a question for you: what …?'), as the announcement and
    the question; any other sentence as it is."""
    m = _ANNOUNCED.match(sentence)
    return [m.group("lead"), m.group("q")] if m is not None else [sentence]


def dialogue_turns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a dialogue (see the module's docstring) written as ``Q:``/``A:`` pairs, and the line (1-based) each
    comes from; None when ``lines`` are no such dialogue: every line with text from the first turn on a turn, TURNS_MIN
    turns or more by two to SPEAKERS_MAX speakers, each speaking twice or more, none named as a question or answer
    label ('Q:', 'Answer:'), mostly taking turns, ASKED_MIN turns or more asking."""
    turns = {n: _Turn(m.group("who"), m.group("text")) for n, line in enumerate(lines) if (m := _TURN.match(line))}
    if turns and sum(t.who == turns[min(turns)].who for t in turns.values()) == 1:
        del turns[min(turns)]  # ('SCENE: The tutor and the student revise …' over the turns: the setting, no speaker; sitting 56)
    if len(turns) < TURNS_MIN:
        return None
    first = min(turns)
    if any(line.strip() and n not in turns for n, line in enumerate(lines) if n > first):
        return None
    order = sorted(turns)
    who = [turns[n].who for n in order]
    speakers = set(who)
    if not 2 <= len(speakers) <= SPEAKERS_MAX or any(who.count(s) < 2 for s in speakers):
        return None
    if any(has_question_label(f"{s}: x") or has_answer_label(f"{s}: x") for s in speakers):
        return None
    asked = {n: q for n in order if (q := _question(turns[n].text)) is not None}
    if len(asked) < ASKED_MIN:
        return None
    # (answered: the next turn another speaker's that asks nothing; '**Wrong:** Can you borrow me your pen?' /
    # '**Right:** Can you lend me your pen?' pairs ask twice and answer nothing: labels, no speakers; sitting 57)
    if sum(k + 1 < len(order) and who[k + 1] != who[k] and order[k + 1] not in asked for k, n in enumerate(order) if n in asked) < ASKED_MIN:
        return None
    # (a lecture's teacher speaks twice in a row, 'OK, let's start …' / 'So here's a question …?': still a dialogue when
    # another speaker answers every question; sitting 55, one card of the page)
    answered = all(k + 1 < len(order) and who[k + 1] != who[k] for k, n in enumerate(order) if n in asked)
    if sum(a != b for a, b in itertools.pairwise(who)) < ALTERNATE_SHARE * (len(who) - 1) and not answered:
        return None
    out: list[str] = []
    origin: list[int] = []
    answering = False  # an answer is open: the next turn goes on with it
    opened: list[tuple[int, str]] = []  # the open answer's turns: where each is in out, and what it says

    def close() -> None:
        # an answer of one turn is what that turn says, without the speaker's name ('Me: 1789' is '1789'; sitting 57)
        if len(opened) == 1:
            out[opened[0][0]] = f"A: {opened[0][1]}"
        opened.clear()

    answerer = ""  # who gave the open answer
    for n, line in enumerate(lines):
        m = turns.get(n)
        if m is None or n < min(asked):
            out.append(line)
            origin.append(n + 1)
            continue
        if n in asked:
            before, question = asked[n]
            if before and answering and not _PRAISE_ONLY.match(before):
                out.append(f"{m.who}: {before}")
                origin.append(n + 1)
                opened.append((len(out) - 1, before))
            close()
            out.append(f"Q: {question}")
            origin.append(n + 1)
            answering = False
            continue
        if answering and _PRAISE_ONLY.match(m.text) and m.who != answerer:
            continue  # ('Correct!', 'Brilliant, that's all for today.' after an answer: the asker's praise, no part of it)
        said = f"{m.who}: {m.text}"
        out.append(said if answering else f"A: {said}")
        origin.append(n + 1)
        opened.append((len(out) - 1, m.text))
        answerer = answerer if answering else m.who
        answering = True
    close()
    return out, origin


def conversation(lines: list[str]) -> tuple[list[str], int, int] | None:
    """``(its speakers in the order they first speak, the first turn's line (1-based), its turns)`` when ``lines`` are
    a dialogue (:func:`dialogue_turns` reads them) whose every speaker is called by name in another speaker's turn
    (``**María:** ¡Hola, Luis! ¿Qué hiciste ayer?`` / ``**Luis:** Hola, María. …``): characters talking, a language
    lesson's reading text, whose questions are the characters' own ('What did you do yesterday?'), no questions to
    learn (trial58 T58-5: two cards of María's questions, the turns after them their backs). A tutor and a student, a
    teacher and a class, 'Me' and 'Tutor' ask and answer without calling each other by name: None. Names in capitals
    only (``PROF:``, ``STUDENT:``: roles) or of one or two letters (``A:``, ``B:``) are never taken as called."""
    if dialogue_turns(lines) is None:
        return None
    turns = [(n, m.group("who"), m.group("text")) for n, line in enumerate(lines) if (m := _TURN.match(line))]
    who = [w for _, w, _ in turns]
    speakers = list(dict.fromkeys(w for w in who if who.count(w) >= 2))
    if len(speakers) < 2 or any(len(s) < 3 or s.upper() == s for s in speakers):
        return None
    for s in speakers:
        named = re.compile(rf"(?<![\w'’]){re.escape(s)}(?![\w'’])")
        if not any(w != s and named.search(text.replace("**", "")) for _, w, text in turns):
            return None
    spoken = [(n, w) for n, w, _ in turns if w in speakers]
    return speakers, spoken[0][0] + 1, len(spoken)
