"""Config a message can show in full: the ``[[source]]`` table to paste into deck.toml.

Every hint that asks the user to add configuration either names a table that
exists or shows the whole TOML to add; this module writes that TOML.
"""

from __future__ import annotations

import json


def toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML; ``/`` is never escaped)."""
    return json.dumps(value, ensure_ascii=False)


def source_toml(
    source_id: str,
    file: str,
    title: str,
    layout: str | None = None,
    difficulty: str | None = None,
    extra: list[str] | None = None,
) -> str:
    """A complete ``[[source]]`` table; ``difficulty`` is an inline table, ``extra`` more lines."""
    lines = [
        "[[source]]",
        f"id = {toml_string(source_id)}",
        f"file = {toml_string(file)}",
        f"title = {toml_string(title)}",
    ]
    if layout:
        lines.append(f"layout = {toml_string(layout)}")
    if difficulty:
        lines.append(f"difficulty = {difficulty}")
    lines.extend(extra or [])
    return "\n".join(lines)
