"""A tick between two options of a run written on one line (trial18 T18-86): ``A) Axon ✓ B) Islets C) …``.

The tick may close the option before it or open the one after it, and documents do both: a cheat sheet (deckc's
own) and keyed handouts print the mark before the label (``✓ C) Toad``), a typed quiz puts it after the option
(``C) Toad ✓``). The readers took a tick at an option's end as that option's, so a sheet's keys went to the option
before the right one. This line-kept rewrite decides by the document's own unambiguous runs: a mark before a run's
first label (``✓ A) True B) False``) says marks lead, a mark after a run's last option (``… D) Yoshi ✓``) says they
trail. Marks that lead are moved after the option they open (``A) Axon B) Islets ✓ C) …``, what the readers take
as B's); marks that trail stay. When the document shows neither convention, or both, a mark between two options is
removed (no key from it) and said at its line: a wrong key taught is worse than none.

Only lines that are a run of at least two labels of one style in order from A (``A)``, ``a)``, ``(a)``, ``A.``), the
tick a ✓ ✔ ☑ ✅ or √ standing right before a label; code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import FENCE

_LABEL = re.compile(r"(?:(?<=\s)|^)(?P<open>\()?(?P<label>[A-Ha-h])(?P<close>\)|(?<=[A-H])\.)(?=\s+\S)")
_TICK = "✓✔☑✅√"
_MARK = re.compile(rf"(?P<mark>[{_TICK}][\ufe0e\ufe0f]?)\s*$")  # a tick ending the text before a label
_LEAD_ROOM = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?$")  # what may stand before a run's first label and its tick


def _run(line: str) -> list[re.Match[str]] | None:
    """The labels of the run of options ``line`` is (two or more of one style, in order from A), else None."""
    found = list(_LABEL.finditer(line))
    if not found or found[0].group("label") not in "aA":
        return None
    first = found[0]
    style = (first.group("open"), first.group("close"), first.group("label").isupper())
    run = [m for m in found if (m.group("open"), m.group("close"), m.group("label").isupper()) == style]
    if [m.group("label").lower() for m in run] != list("abcdefgh"[: len(run)]) or len(run) < 2:
        return None
    ends = [m.start() for m in run[1:]] + [len(line)]
    if not all(line[m.end() : end].strip(f" \t{_TICK}\ufe0e\ufe0f") for m, end in zip(run, ends, strict=True)):
        return None  # (a label with no text: no option)
    return run


def _ticks(line: str, run: list[re.Match[str]]) -> tuple[re.Match[str] | None, list[tuple[int, re.Match[str]]], bool]:
    """The tick before the first label (None), the ticks between options (the index of the label each stands
    before, and the tick), and whether the last option ends with one."""
    head = _MARK.search(line[: run[0].start()])
    lead = head if head is not None and _LEAD_ROOM.match(line[: head.start()]) else None
    between = [(k, m) for k in range(1, len(run)) if (m := _MARK.search(line[run[k - 1].end() : run[k].start()]))]
    last = line[run[-1].end() :].rstrip().rstrip("\ufe0e\ufe0f")
    return lead, between, bool(last) and last[-1] in _TICK


def inline_ticks(lines: list[str]) -> tuple[list[str], list[int]]:
    """``lines`` with the ticks of one-line option runs where the readers take them (see the module), and the
    indices of the lines whose ticks between options were removed as undecidable."""
    fenced, runs = False, {}
    for n, line in enumerate(lines):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or not any(ch in line for ch in _TICK):
            continue
        run = _run(line)
        if run is not None:
            runs[n] = (run, *_ticks(line, run))
    leads = sum(lead is not None or any(_bound(m) for _, m in between) for _, lead, between, _ in runs.values())
    trails = sum(last for _, _, _, last in runs.values())
    out, unsure = list(lines), []
    for n, (run, lead, between, _) in runs.items():
        marks = {0: lead.group("mark")} if lead is not None else {}  # (before the first label: the first option's)
        for k, m in between:
            if _bound(m) or (leads and not trails):
                marks[k] = m.group("mark")  # (it opens the option after it: '✓\u00a0B)', or the document's ticks lead)
            elif trails and not leads:
                marks[k - 1] = m.group("mark")  # (the document's ticks close their options: read as written)
            elif n not in unsure:
                unsure.append(n)  # (no convention, or both: no key from it)
        if lead is not None or between:
            out[n] = _written(lines[n], run, lead, marks)
    return (lines if out == lines else out), unsure


def _bound(tick: re.Match[str]) -> bool:
    """Whether a tick is tied to the label after it by a no-break space, as a typesetter binds a mark to what it marks."""
    gap = tick.group()[len(tick.group("mark")) :]
    return bool(gap) and all(ch in "\u00a0\u202f" for ch in gap)


def _written(line: str, run: list[re.Match[str]], lead: re.Match[str] | None, marks: dict[int, str]) -> str:
    """The run with no tick before a label, and ``marks`` (option index -> tick) after the options they mark."""
    ends = [m.start() for m in run[1:]] + [len(line)]
    parts = [line[: lead.start() if lead is not None else run[0].start()]]
    for k, (m, end) in enumerate(zip(run, ends, strict=True)):
        text = line[m.end() : end]
        tick = _MARK.search(text) if k + 1 < len(run) else None
        body = (text[: tick.start()] if tick is not None else text).strip()
        parts.append(f"{m.group()} {body}" + (f" {marks[k]}" if k in marks else ""))
    return parts[0] + " ".join(parts[1:])
