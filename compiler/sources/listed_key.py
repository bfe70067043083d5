"""An answer line written as one more entry of the options' list (lead's new-user check, sitting 13)::

    * A) Azure Kubernetes Service (AKS)
    * B) Azure Container Instances (ACI)
    * **Correct Answer:** B) ACI is a serverless container solution …
    * **Distractor Analysis:**
      * *Why A is incorrect:* AKS is for full container orchestration …

(course quizzes written by hand or by a generator).  As a list entry the key was no answer line: every
question was "4 options and none marked correct", and a file of them gave no card.  This line-kept rewrite
takes the bullet off such an entry and off the entries after it in that list (the explanation, a
distractor analysis), so they are the answer line and the text under the options that deckc reads.
Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.choices import is_answer_line, option_line
from compiler.sources.lines import in_fence

_ENTRY = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<text>\S.*)$")
OPTIONS_MIN = 2  # lettered entries above the answer entry in its list


def listed_keys(lines: list[str]) -> list[str]:
    """The lines with each answer entry of an options list, and the entries after it in that list, written
    without their bullet (module docstring); the same list when there is none."""
    out = list(lines)
    fenced = list(in_fence(lines))
    changed = False
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _ENTRY.match(lines[k])
        if m is None or not option_line(m.group("text")):
            k += 1
            continue
        indent, options, j = m.group("indent"), 0, k
        while j < len(lines) and not fenced[j]:  # the entries of this list at the options' indent
            e = _ENTRY.match(lines[j])
            if e is not None and e.group("indent") == indent:
                if is_answer_line(e.group("text")) and options >= OPTIONS_MIN:
                    break
                options += 1
            elif lines[j].strip() and not lines[j].startswith(indent + " ") and not lines[j].startswith(indent + "\t"):
                j = len(lines)  # the list ended without an answer entry
                break
            j += 1
        if j >= len(lines) or fenced[j]:
            k += 1
            continue
        while j < len(lines) and not fenced[j]:  # the answer entry and the entries after it
            e = _ENTRY.match(lines[j])
            if e is not None and e.group("indent") == indent:
                out[j] = f"{indent}{e.group('text')}"
                changed = True
            elif lines[j].strip() and not lines[j][: len(indent) + 1].isspace():
                break
            j += 1
        k = j
    return out if changed else lines
