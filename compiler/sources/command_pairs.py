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

A PDF's text (:mod:`compiler.sources.pdf`) fences each command line set in a monospaced font, so the PDF edition of
GitHub's sheet gives a ``$ git status`` fence over its description, which wraps over two lines and has no blank line
around it (trial42 T42-5). A fence whose commands are all prompted (``$ …``), a few lines at most, pairs with the
short run of text beside it. Which side is the description is told by the sections of the page together: a section
whose last such fence has text under it reads command first (its opening line under the heading then stays the
heading's, as in the Markdown edition), one whose last fence has none reads description first; a section that reads
against most of the page's keeps its commands under its heading (a description missing would shift every pair).

A how-to is no cheat sheet (trial52 T52-1): its steps lead into their commands too (``Run the following command to
find the process:`` over ```` ```shell ```` ``lsof -i :8081``, then ``Then run the following to stop it:``), but
between and after them it explains in paragraphs of its own (``On Windows, find the process with …``). A section
holding such a paragraph, beside the text right under its heading, keeps its steps in its heading's answer; and a
caption opens its paragraph (``You can get a list of`` / `` `pylint` `` / ``warnings by doing:`` is one sentence, never
the caption ``warnings by doing``).
"""

from __future__ import annotations

import re

from compiler.sources.directives import task_lines

PAIRS_MIN = 2  # one caption and its command under a heading: the heading's card already is that pair
COMMAND_LINES = 6  # a cheat sheet's command is a line or a few, not a script
HEREDOC_LINES = 12  # a bullet caption's fence that names no language: one command with its here-document at most
CAPTION_WORDS = 3  # a caption of fewer words ('Via SSH:') says what it does only with its topic's name
DESCRIPTION_LINES = 3  # a command's description wraps over a line or two in a PDF's column, never a paragraph

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
# a caption written as a bullet of its own over the fence ('* List all pods in all namespaces in wide format' over
# '```' / 'kubectl get pods -o wide --all-namespaces': awesome-cheatsheets' kubernetes.md, trial61 T61-4)
_BULLET_CAPTION = re.compile(r"^ {0,3}[-*+][ \t]+(?P<text>[^\s`>|#].{2,118}?)\s*[:：]?\s*$")
_DESCRIPTION = re.compile(r"^ {0,3}[^\s#>|`\-*+\d<!\[].{2,200}$")
_PROSE = re.compile(r"^ {0,3}[^\s#>|`\-*+\d<!\[:]")  # a paragraph's line, however long (a how-to's, T52-1)


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


def _command_fence(lines: list[str], start: int) -> int | None:
    """The closing line of a short fence of commands opening at ``start``: a shell fence, or one that names no language
    whose lines are a command each (no blank line, none a comment or a block's brace), or None."""
    end = _shell_fence(lines, start)
    if end is not None:
        return end
    end = _fence_end(lines, start)
    if end is None or _FENCE.match(lines[start]).group("info"):  # type: ignore[union-attr]
        return None
    body = lines[start + 1 : end]
    if not body or len(body) > (HEREDOC_LINES if "<<" in body[0] else COMMAND_LINES):
        return None
    if any(not x.strip() or x.strip().startswith(("#", "//", "{", "}")) for x in body):
        return None
    return end


def _next_text(lines: list[str], k: int) -> int | None:
    """The index of the next non-blank line after ``k`` (one blank line at most between)."""
    for j in (k + 1, k + 2):
        if j < len(lines) and lines[j].strip():
            return j
    return None


def _prompt_fence(lines: list[str], start: int) -> int | None:
    """The closing line of a fence opening at ``start`` that holds only prompted commands ('$ git status'), a few
    lines at most (a line ending in '\\' goes on to the next), or None."""
    end = _fence_end(lines, start)
    if end is None:
        return None
    body = [x.strip() for x in lines[start + 1 : end] if x.strip()]
    if not body or len(body) > COMMAND_LINES:
        return None
    ok = all(line.startswith("$ ") or body[n - 1].endswith("\\") for n, line in enumerate(body) if n) and body[0].startswith("$ ")
    return end if ok else None


def _run(lines: list[str], k: int, step: int) -> tuple[int, int] | None:
    """The lines (first, last) of the short run of description text right beside line ``k`` (after it for ``step``
    1, before it for -1; one blank line between at most), or None: no text there, or a paragraph, or a caption
    ending in ':' (it names the command after it)."""
    k += step
    if 0 <= k < len(lines) and not lines[k].strip():
        k += step
    found: list[int] = []
    while 0 <= k < len(lines) and lines[k].strip():
        line = lines[k]
        if _HEADING.match(line) or _opens_fence(line) or not _DESCRIPTION.match(line) or _COMMAND_SPAN.match(line):
            break
        found.append(k)
        k += step
    if not found or len(found) > DESCRIPTION_LINES:
        return None
    first, last = min(found), max(found)
    stop = lines[k] if 0 <= k < len(lines) else ""
    if stop.strip() and not _HEADING.match(stop) and not _opens_fence(stop) and not stop.strip().startswith(("```", "~~~")):
        return None  # (the run goes on into a list, a table or a quote: no description of its own)
    return None if lines[last].rstrip(" *_").endswith((":", "：", "?", "？")) else (first, last)


def _fenced_order(fences: list[tuple[int, int, tuple[int, int] | None, tuple[int, int] | None]]) -> str | None:
    """How a section's prompted fences pair with their descriptions: 'after' (each command over its description,
    the last one's under it too), 'before' (each description over its command, nothing under the last), or None."""
    if len(fences) < PAIRS_MIN:
        return None
    if all(after is not None for _, _, _, after in fences):
        return "after"
    if fences[-1][3] is None and all(before is not None for _, _, before, _ in fences):
        return "before"
    return None


def _told(lines: list[str], head: int, way: str, fences: list[tuple[int, int, tuple[int, int] | None, tuple[int, int] | None]]) -> bool:
    """Whether a section read description first tells its first description from the line under its heading that
    says what the section is for: a PDF's text has no blank line between them, so a run of lines right under the
    heading is that line and the first description together. Told when the others are a line each (then the run's
    last line is the description, the lines above it stay the heading's), or when the run stands apart."""
    if way != "before":
        return True
    first = fences[0][2]
    if first is None or first[0] != head + 1 or first[0] == first[1]:
        return True
    return all(before is not None and before[0] == before[1] for _, _, before, _ in fences[1:])


def _explained(lines: list[str], head: int, prose: list[int], fences: list[tuple[int, int, tuple[int, int] | None, tuple[int, int] | None]]) -> bool:
    """Whether a section explains in paragraphs of its own beside its captions and commands (a how-to, T52-1): a
    paragraph line that is neither in the paragraph right under its heading (what the section is for) nor a prompted
    fence's description."""
    intro: set[int] = set()
    k = head + 1
    while 0 <= k < len(lines) and not lines[k].strip():
        k += 1
    while head >= 0 and k < len(lines) and lines[k].strip() and not _HEADING.match(lines[k]) and not _opens_fence(lines[k]):
        intro.add(k)
        k += 1
    described = {n for _, _, before, after in fences for run in (before, after) if run for n in range(run[0], run[1] + 1)}
    return any(n not in intro and n not in described for n in prose)


def command_pairs(text: str) -> str:
    """``text`` with each caption → command pair of a cheat sheet's section made a heading of its own (see above)."""
    if "`" not in text and "~~~" not in text:  # (a '~~~bash' fence is a fence too: meta round 5)
        return text
    lines = text.split("\n")
    tasks = task_lines(lines)  # (an exercise box's commands are its task, its answer box's its solution: no pairs, T47-2)
    Fence = tuple[int, int, tuple[int, int] | None, tuple[int, int] | None]  # (opening, closing, text before, text after)
    sections: list[tuple[int, int, list[tuple[str, int, int]], list[Fence]]] = []  # (heading level, heading index, pairs, fences)
    level, head, pairs, asked = 0, -1, [], False
    fences: list[Fence] = []
    prose: list[int] = []  # the section's paragraph lines that are no caption, command or description (a how-to's)
    k = 0
    while k < len(lines):
        line = lines[k]
        if _opens_fence(line):
            end = _fence_end(lines, k)
            if end is not None and k not in tasks and _prompt_fence(lines, k) is not None:
                fences.append((k, end, _run(lines, k, -1), _run(lines, end, 1)))
            k = (end if end is not None else len(lines)) + 1
            continue
        heading = _HEADING.match(line)
        if heading:
            sections.append((level, head, [] if asked or _explained(lines, head, prose, fences) else pairs, [] if asked else fences))
            level, head, pairs, fences, asked, prose = len(heading.group("marks")), k, [], [], False, []
            k += 1
            continue
        if line.rstrip(" *_>").endswith(("?", "？")) or "<summary" in line or "<details" in line:
            asked = True  # (a question of the section, '<summary>How to reload …?</summary>': its commands answer it)
        opens = k == 0 or not lines[k - 1].strip() or _HEADING.match(lines[k - 1]) is not None
        caption = None if k in tasks or not opens else _BOLD_CAPTION.match(line) or _CAPTION.match(line)
        if caption and _ANSWER_LABEL.match(caption.group("text")):
            caption = None  # ('Solution 1:', 'Answer:' over the code: an answer's label, never a command's description)
        nxt = _next_text(lines, k)
        if caption and nxt is not None and _opens_fence(lines[nxt]) and (end := _shell_fence(lines, nxt)) is not None:
            pairs.append(("caption", k, nxt))
            k = end + 1
            continue
        bullet = None if k in tasks or not opens else _BULLET_CAPTION.match(line)
        if bullet and nxt == k + 1 and _opens_fence(lines[nxt]) and (end := _command_fence(lines, nxt)) is not None:
            pairs.append(("bullet", k, nxt))
            k = end + 1
            continue
        command = None if k in tasks else _COMMAND_SPAN.match(line)
        if command and nxt is not None and _DESCRIPTION.match(lines[nxt]) and not _COMMAND_SPAN.match(lines[nxt]):
            pairs.append(("command", k, nxt))
            k = nxt + 1
            continue
        if _PROSE.match(line):
            prose.append(k)
        k += 1
    sections.append((level, head, [] if asked or _explained(lines, head, prose, fences) else pairs, [] if asked else fences))
    # (a page's sections read one way: one that reads the other way has a description missing, its pairs unsure)
    orders = [order for *_, fenced in sections if (order := _fenced_order(fenced))]
    ways = sorted({*orders}, key=orders.count, reverse=True)
    way = ways[0] if ways and (len(ways) == 1 or orders.count(ways[0]) > orders.count(ways[1])) else None
    for level, head, found, fenced in sections:
        if way is not None and head >= 0 and _fenced_order(fenced) == way and _told(lines, head, way, fenced):
            found = found + [(way, at, end) for at, end, _, _ in fenced]
        if len(found) < PAIRS_MIN or head < 0 or level >= 6:
            continue
        title = _HEADING.match(lines[head]).group("text")  # type: ignore[union-attr]
        if title.rstrip(" *_").endswith(("?", "？")):
            continue  # (a question's answer that shows commands stays that answer)
        marks = "#" * (level + 1)
        for kind, at, other in sorted(found, key=lambda pair: pair[1]):
            if kind == "bullet":
                said = _BULLET_CAPTION.match(lines[at]).group("text").strip()  # type: ignore[union-attr]
                lines[at] = f"{marks} {title.strip(' *_')} – {said}" if len(said.split()) < CAPTION_WORDS else f"{marks} {said}"
            elif kind == "caption":
                m = _BOLD_CAPTION.match(lines[at]) or _CAPTION.match(lines[at])
                said = m.group("text").strip()  # type: ignore[union-attr]
                # ('**Via SSH:**' under '### Clone Existing Repository': too short to ask alone, the topic leads it)
                lines[at] = f"{marks} {title.strip(' *_')} – {said}" if len(said.split()) < CAPTION_WORDS else f"{marks} {said}"
            elif kind == "command":
                command, description = lines[at], lines[other]
                lines[at], lines[other] = f"{marks} {description.strip()}", command
            else:  # a prompted fence, its description under it ('after') or over it ('before'): the description its heading
                first, last = _run(lines, other, 1) if kind == "after" else _run(lines, at, -1)  # type: ignore[misc]
                if kind == "before" and first == head + 1:
                    first = last  # (the lines above it under the heading say what the section is for: they stay its)
                said = " ".join(lines[n].strip() for n in range(first, last + 1))
                if kind == "after":
                    block = lines[at : last + 1]
                    fence = lines[at : other + 1]
                    lines[at : last + 1] = [f"{marks} {said}", *fence] + [""] * (len(block) - 1 - len(fence))
                else:
                    lines[first : last + 1] = [f"{marks} {said}"] + [""] * (last - first)
    return "\n".join(lines)
