"""A group chat's export (WhatsApp's "Export chat", Telegram's or Signal's copied messages) read for the cards its
members wrote (trial31 T31-57: a quiz night's export was "cannot tell the layout", and the guess made each poll option
a question).

Every message opens a line with its date, time and sender (``12/03/2024, 21:15 - Ana: …``, ``[12.03.24, 21:15:02]
Ana: …``). A ``Q: …`` message is a question, answered by the next message someone else sends; a poll (``POLL:`` over
its question and ``OPTION: Pancreas (3 votes)`` lines) a question with its options, its votes no key (a later message
naming an option as the answer, ``answer: Pancreas``, keys it). Every other message is chat: no card, said with its
lines. The rewrite keeps each line where it was: what goes becomes a blank line.
"""

from __future__ import annotations

import re

from compiler.sources.lines import CLOSERS, QUESTION_MARKS

# a message's first line: date, time (12- or 24-hour), sender, text; a line of the app's own (no sender) too
_MESSAGE = re.compile(
    r"^\u200e?\[?(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{2,4}),?[ \t]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[APap]\.?[Mm]\.?)?)\]?"
    r"[ \t]*(?:[-–][ \t]*)?(?P<rest>.*)$"
)
_SENDER = re.compile(r"^(?P<name>[^:\n]{1,40}?):[ \t]+(?P<text>.*)$|^(?P<bare>[^:\n]{1,40}?):$")
_QUESTION = re.compile(r"^(?:Q|Question|Frage|Pregunta|Question|Domanda|Pergunta|Вопрос|Soru)\s*[:：][ \t]*(?P<q>\S.*)$", re.I)
_POLL = re.compile(r"^(?:POLL|ENCUESTA|UMFRAGE|SONDAGE|SONDAGGIO|ENQUETE|ОПРОС|ANKET)\s*[:：][ \t]*(?P<q>.*)$", re.I)
_OPTION = re.compile(r"^(?:OPTION|OPCIÓN|OPCION|OPTION|OPZIONE|OPÇÃO|ВАРИАНТ|SEÇENEK)\s*[:：][ \t]*(?P<text>.*?)(?:[ \t]*\(\d+[ \t]+\w+\))?[ \t]*$", re.I)
_ANSWER = re.compile(r"^(?:the[ \t]+)?(?:answer|correct(?:[ \t]+answer)?|respuesta|antwort|réponse|risposta|resposta|ответ|cevap)(?:[ \t]+is)?[ \t]*[:：-]?[ \t]*(?P<a>\S.*?)[.!]*$", re.I)
CHAT_SHARE = 0.6  # of a file's lines that open with a message's date, time (and sender), at least
CHAT_MESSAGES_MIN = 3
LETTERS = "ABCDEFGHIJ"


# a message that asks without a 'Q:' label: a question mark, or a question word opening it ('what's the powerhouse of
# the cell', as a quiz between friends is typed: N60-10)
_ASKING = re.compile(
    r"(?i)^(?:what(?:'s|s)?|who(?:'s)?|whose|when|where|which|why|how|define|name|wie|was|wer|wo|wann|warum|welche[rsnm]?"
    r"|qu[ée]|qui[ée]n|cu[áa]l|cu[áa]ndo|d[óo]nde|c[óo]mo|quel(?:le)?s?|quand|où|pourquoi|comment)\b"
)
ASKING_WORDS = 3  # words at least of a message a question word opens
PLAIN_PAIRS_MIN = 2  # questions answered by another member's next message, for a chat of them to be read so


def _asked(text: str, plain: bool) -> str | None:
    """The question a message asks: its ``Q:`` label's text; in a chat with no such label (``plain``), the message
    itself when it ends with a question mark or opens with a question word (ASKING_WORDS words at least)."""
    labelled = _QUESTION.match(text.strip())
    if labelled or not plain:
        return labelled.group("q") if labelled else None
    said = text.strip()
    asks = said.rstrip(CLOSERS).endswith(QUESTION_MARKS) or (_ASKING.match(said) is not None and len(said.split()) >= ASKING_WORDS)
    return said if asks else None


def _plain_pairs(messages: list[tuple[int, str, list[str]]]) -> list[int]:
    """The messages that ask (:func:`_asked`, no label) and are answered by the next one, another member's that asks
    nothing: a quiz typed in a chat ('what does DNA stand for' / 'deoxyribonucleic acid')."""
    return [
        k for k, (_, sender, text) in enumerate(messages[:-1])
        if sender and _asked(text[0], True) and messages[k + 1][1] and messages[k + 1][1] != sender and not _asked(messages[k + 1][2][0], True)
    ]  # fmt: skip


def chat_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A chat export's lines rewritten as ``Q:``/``A:`` pairs and lettered options, each at its own line, and the lines
    of the messages that are chat (no card); None when ``lines`` are no chat export."""
    starts = [n for n, line in enumerate(lines) if _MESSAGE.match(line.strip())]
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(starts) < CHAT_MESSAGES_MIN or len(starts) < CHAT_SHARE * len(filled) or not filled or filled[0] not in starts:
        return None
    messages: list[tuple[int, str, list[str]]] = []  # (first line, sender or '', its text lines)
    for k, n in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        rest = _MESSAGE.match(lines[n].strip()).group("rest")  # type: ignore[union-attr]
        m = _SENDER.match(rest)
        sender = (m.group("name") or m.group("bare") or "").strip() if m else ""
        first = (m.group("text") or "") if m else rest
        messages.append((n, sender, [first, *lines[n + 1 : end]]))
    plain = not any(_QUESTION.match(text[0].strip()) or _POLL.match(text[0].strip()) for _, sender, text in messages if sender)
    if plain and len(_plain_pairs(messages)) < PLAIN_PAIRS_MIN:
        # (a chat that quizzes no one: every message chat, no card; never a card per message fronted by its date and
        # sender, '[12/03/2026, 21:14:02] Maya' -> 'ok quiz time 😅', N60-10)
        return [""] * len(lines), [n + 1 for n, _, _ in messages]
    out = [""] * len(lines)
    chat: list[int] = []
    k = 0
    while k < len(messages):
        n, sender, text = messages[k]
        asked = _asked(text[0], plain) if sender else None
        poll = _POLL.match(text[0].strip()) if sender else None
        if asked:
            out[n] = f"Q: {asked}"
            for j, more in enumerate(text[1:], 1):
                out[n + j] = more
            after = messages[k + 1] if k + 1 < len(messages) else None
            if after and after[1] and after[1] != sender and _asked(after[2][0], plain) is None and not _POLL.match(after[2][0].strip()):
                out[after[0]] = f"A: {after[2][0]}"
                for j, more in enumerate(after[2][1:], 1):
                    out[after[0] + j] = more
                k += 2
                continue
            k += 1
            continue
        if poll:
            options: list[str] = []
            question = poll.group("q").strip()
            for j, more in enumerate(text[1:], 1):
                option = _OPTION.match(more.strip())
                if option:
                    options.append(option.group("text"))
                    out[n + j] = f"{LETTERS[len(options) - 1]}) {option.group('text')}" if len(options) <= len(LETTERS) else ""
                elif more.strip() and not options and not question:
                    out[n + j] = more.strip()
                    question = more.strip()
            for j in range(1, len(text)):
                if out[n + j] == question and question != poll.group("q").strip():
                    out[n + j] = ""
            out[n] = f"Q: {question}" if question else ""
            k += 1
            # (a later message naming one of its options as the answer keys it; votes never do)
            while k < len(messages) and not _QUESTION.match(messages[k][2][0].strip()) and not _POLL.match(messages[k][2][0].strip()):
                said = _ANSWER.match(messages[k][2][0].strip()) if messages[k][1] else None
                named = said.group("a").strip().casefold() if said else ""
                hit = next((i for i, o in enumerate(options) if named and named in (o.strip().casefold(), LETTERS[i].casefold())), None)
                if hit is not None:
                    out[messages[k][0]] = f"A: {LETTERS[hit]}"
                else:
                    chat.append(messages[k][0] + 1)
                k += 1
            continue
        chat.append(n + 1)
        k += 1
    return out, chat
