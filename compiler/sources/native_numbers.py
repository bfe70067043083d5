"""Questions numbered the way their script writes it (trial28 T28-6, T28-25): Bengali and Hindi tests end the number
with a danda (``১। বাংলাদেশের রাজধানী কোথায়?``, ``1। …``), Arabic and Persian ones write ``١- ما عاصمة مصر؟``. No
reader took these for numbers: a file of them was "cannot tell this document's layout", or its option lines were the
fronts. :func:`native_numbers` writes each such number as the readers know it (``1. …``), on the same line.
"""

from __future__ import annotations

import re

# a number at the line's start, its script's own digits or ASCII ones, then a danda (any digits) or a dash (the
# script's own digits: '1- …' is left to the readers, which know it where it is a number)
# (Urdu ends it with its full stop '۔': '1۔ پودے …؟', '۱۔ …': trial28 T28-52)
# (Burmese with its section mark '။', its digits matched by \d: '၁။ အပင်များ …', T36-3)
_NUMBERED = re.compile(
    r"^(?P<lead>[ \t]{0,3})(?:(?P<n>\d{1,3})[ \t]*[।॥۔။]|(?P<m>[٠-٩۰-۹०-९০-৯]{1,3})[ \t]*[-–—.)۔])[ \t]*(?=\S)"
)
# a question's label word before such a number ('প্রশ্ন ১। …?', 'प्रश्न १। …', 'سوال ۱۔ …'): written 'প্রশ্ন 1: …', the
# label with its colon every reader takes off the front (trial28 T28-45: the label and number were on every front)
_LABELLED = re.compile(
    r"^(?P<lead>[ \t]{0,3})(?P<label>[^\W\d_][^\s\d:：।॥۔]{0,15})[ \t]+(?P<n>\d{1,3}|[٠-٩۰-۹०-९০-৯]{1,3})[ \t]*[।॥۔။][ \t]*(?=\S)"
)
ITEMS_MIN = 2  # lines so numbered, 1 and 2 at least, before they are a list of questions


def native_numbers(lines: list[str]) -> list[str]:
    """``lines`` with each item numbered in its script's way written ``1. …`` (module docstring); ``lines`` itself when
    fewer than :data:`ITEMS_MIN` are, or their numbers do not start at 1."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _NUMBERED.match(line)) is not None]
    numbers = [int(m.group("n") or m.group("m")) for _, m in found]
    out = list(lines)
    if len(found) >= ITEMS_MIN and numbers[0] == 1 and 2 in numbers:
        for (k, m), n in zip(found, numbers, strict=True):
            out[k] = f"{m.group('lead')}{n}. {lines[k][m.end() :]}"
    labelled = [(k, m) for k, line in enumerate(out) if (m := _LABELLED.match(line)) is not None]
    numbers = [int(m.group("n")) for _, m in labelled]  # (int() reads every script's digits)
    if len(labelled) >= ITEMS_MIN and len({m.group("label") for _, m in labelled}) == 1 and numbers[0] == 1 and 2 in numbers:
        for (k, m), n in zip(labelled, numbers, strict=True):
            out[k] = f"{m.group('lead')}{m.group('label')} {n}: {out[k][m.end() :]}"
    return out if out != lines else lines
