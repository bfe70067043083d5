"""A cheat sheet's caption → command pairs, a card each (trial42 T42-6).

Command cheat sheets write, under a topic heading, what a command does and the command, pair after pair, in two
orders: a caption ending with ``:`` over a short shell fence (``**Add all current changes:**`` / ```` ```bash ````
``git add .``; ``Create local branch `name`:`` / ``$ git create-branch development``), or the command alone on its
line over what it does (```` ```$ git status``` ```` / ``Lists all new or modified files to be committed``, GitHub's
sheet in 25 languages). Read by their headings, such a section was one card whose back listed two to eight commands;
a learner reviews one command at a time. A section holding two such pairs or more, under a heading that does not ask,
gives each pair a heading one level below it: the caption (or what the command does) becomes the card's front, the
command its back, the topic heading their section. The text keeps its lines (a caption's line becomes its heading;
a command over its description trades places with it), so messages keep their line numbers.
"""

from __future__ import annotations

import re

PAIRS_MIN = 2  # one caption and its command under a heading: the heading's card already is that pair
COMMAND_LINES = 6  # a cheat sheet's command is a line or a few, not a script
CAPTION_WORDS = 3  # a caption of fewer words ('Via SSH:') says what it does only with its topic's name

_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)")
_SHELL = re.compile(r"^(?:bash|sh|shell|zsh|fish|console|shell-session|terminal|powershell|pwsh|ps1|cmd|bat)$", re.I)
# '**Create repository in current directory:**', 'Create local branch `name`:', '__Via SSH:__'
_CAPTION = re.compile(r"^ {0,3}(?P<b>\*\*|__)?(?P<text>[^\s*_#>|`\-+\d].{0,118}?)\s*[:：]\s*(?P=b)?\s*$")
_BOLD_CAPTION = re.compile(r"^ {0,3}(?P<b>\*\*|__)(?P<text>[^*_].{0,118}?)\s*[:：](?P=b)\s*$")
# '```$ git status```' (a line that is only a code span holding a prompt and its command)
_COMMAND_SPAN = re.compile(r"^ {0,3}(?P<tick>`{1,3})\s*\$\s+(?P<cmd>[^`]+?)\s*(?P=tick)\s*$")
# an answer's label over its code ('Solution 1:', 'Answer:', 'Lösung:', 'Respuesta:'): no command's description
_ANSWER_LABEL = re.compile(
    r"(?i)^(?:answer|solution|sol|output|result|example|réponse|solución|respuesta|resposta|solução|lösung|antwort"
    r"|ergebnis|beispiel|ejemplo|exemple|risposta|soluzione|答案|解答|答|解|정답|해설)\b"
)
_DESCRIPTION = re.compile(r"^ {0,3}[^\s#>|`\-*+\d<!\[].{2,200}$")


def _opens_fence(line: str) -> re.Match[str] | None:
    """A fence's opening line (a backtick fence's info holds no backtick: '```$ git status```' is a code span)."""
    m = _FENCE.match(line)
    return None if m is None or (m.group("fence")[0] == "`" and "`" in line[m.end("fence") :]) else m


def _fence_end(lines: list[str], start: int) -> int | None:
    """The index of the line closing the fence opened at ``start``, or None."""
    opening = _opens_fence(lines[start])
    if opening is None:
        return None
    mark = opening.group("fence")
    for k in range(start + 1, len(lines)):
        if lines[k].strip().startswith(mark[0] * len(mark)) and not lines[k].strip().strip(mark[0]):
            return k
    return None


def _shell_fence(lines: list[str], start: int) -> int | None:
    """The closing line of a short shell fence opening at ``start`` (its info a shell, or its first line '$ …')."""
    end = _fence_end(lines, start)
    if end is None:
        return None
    body = [x for x in lines[start + 1 : end] if x.strip()]
    if not body or len(body) > COMMAND_LINES:
        return None
    info = _FENCE.match(lines[start]).group("info")  # type: ignore[union-attr]
    return end if _SHELL.match(info) or body[0].lstrip().startswith("$ ") else None


def _next_text(lines: list[str], k: int) -> int | None:
    """The index of the next non-blank line after ``k`` (one blank line at most between)."""
    for j in (k + 1, k + 2):
        if j < len(lines) and lines[j].strip():
            return j
    return None


def command_pairs(text: str) -> str:
    """``text`` with each caption → command pair of a cheat sheet's section made a heading of its own (see above)."""
    if "`" not in text:
        return text
    lines = text.split("\n")
    sections: list[tuple[int, int, list[tuple[str, int, int]]]] = []  # (heading level, heading index, pairs)
    level, head, pairs, asked = 0, -1, [], False
    k = 0
    while k < len(lines):
        line = lines[k]
        if _opens_fence(line):
            end = _fence_end(lines, k)
            k = (end if end is not None else len(lines)) + 1
            continue
        heading = _HEADING.match(line)
        if heading:
            sections.append((level, head, [] if asked else pairs))
            level, head, pairs, asked = len(heading.group("marks")), k, [], False
            k += 1
            continue
        if line.rstrip(" *_>").endswith(("?", "？")) or "<summary" in line or "<details" in line:
            asked = True  # (a question of the section, '<summary>How to reload …?</summary>': its commands answer it)
        caption = _BOLD_CAPTION.match(line) or _CAPTION.match(line)
        if caption and _ANSWER_LABEL.match(caption.group("text")):
            caption = None  # ('Solution 1:', 'Answer:' over the code: an answer's label, never a command's description)
        nxt = _next_text(lines, k)
        if caption and nxt is not None and _opens_fence(lines[nxt]) and (end := _shell_fence(lines, nxt)) is not None:
            pairs.append(("caption", k, nxt))
            k = end + 1
            continue
        command = _COMMAND_SPAN.match(line)
        if command and nxt is not None and _DESCRIPTION.match(lines[nxt]) and not _COMMAND_SPAN.match(lines[nxt]):
            pairs.append(("command", k, nxt))
            k = nxt + 1
            continue
        k += 1
    sections.append((level, head, [] if asked else pairs))
    for level, head, found in sections:
        if len(found) < PAIRS_MIN or head < 0 or level >= 6:
            continue
        title = _HEADING.match(lines[head]).group("text")  # type: ignore[union-attr]
        if title.rstrip(" *_").endswith(("?", "？")):
            continue  # (a question's answer that shows commands stays that answer)
        marks = "#" * (level + 1)
        for kind, at, other in found:
            if kind == "caption":
                m = _BOLD_CAPTION.match(lines[at]) or _CAPTION.match(lines[at])
                said = m.group("text").strip()  # type: ignore[union-attr]
                # ('**Via SSH:**' under '### Clone Existing Repository': too short to ask alone, the topic leads it)
                lines[at] = f"{marks} {title.strip(' *_')} – {said}" if len(said.split()) < CAPTION_WORDS else f"{marks} {said}"
            else:
                command, description = lines[at], lines[other]
                lines[at], lines[other] = f"{marks} {description.strip()}", command
    return "\n".join(lines)
