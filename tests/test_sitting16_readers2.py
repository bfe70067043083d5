"""readers2's fixes of the sixteenth sitting (detection and line-level rewrites)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import deck_of


def _built(tmp_path: Path, files: dict[str, str]) -> tuple[Any, dict[str, Any]]:
    """A deck of these files built to JSON: (the build's result, its manifest)."""
    from compiler.build import build

    content = deck_of(tmp_path, files)
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    return result, json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


_BYLINED = """# Semana 1

## Questões

### Questão 1 — Questão autoral no estilo da banca

Assinale a alternativa incorreta sobre a hierarquia de memória.

A) Registradores ficam no nível mais rápido.
B) O SSD é mais rápido que a cache.
C) A RAM é volátil.
D) A cache guarda dados usados com frequência.

### Questão 2 — Questão autoral no estilo da banca

Considere as assertivas sobre unidades de informação.

I. Um byte tem 8 bits.
II. Com 8 bits há 256 combinações.
III. O maior valor sem sinal com 8 bits é 256.

Está correto apenas o que se afirma em:

A) I e II
B) I e III
C) II e III
D) I, II e III

### Questão 3 — Questão autoral no estilo da banca

Em hexadecimal, o byte 1111 0000 é:

A) FF
B) F0
C) 0F
D) E0

## Gabarito

1. B
2. A
3. B
"""


def test_label_heading_byline_is_no_front(tmp_path: Path) -> None:
    """trial16 T16-9 (severe): '### Questão 1 — Questão autoral no estilo da banca' on every question over a stem
    ending '.' was a Basic note fronted by the heading; the shared byline goes, the stem is the question (a stem of
    statements and a closing line too), each keyed from the key; the byline is no section."""
    from compiler.sources.bylines import drop_bylines

    lines = _BYLINED.split("\n")
    assert drop_bylines(lines)[4] == "### Questão 1"
    assert drop_bylines(["### Question 1 — Memory", "### Question 2 — Bases"]) == [
        "### Question 1 — Memory",
        "### Question 2 — Bases",
    ]
    _, manifest = _built(tmp_path, {"s.md": _BYLINED})
    notes = manifest["notes"]
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 3
    assert notes[0]["fields"]["Question"] == "Assinale a alternativa incorreta sobre a hierarquia de memória."
    assert [n["fields"]["Correct"][:2] for n in notes] == ["B)", "A)", "B)"]
    assert "Considere as assertivas" in notes[1]["fields"]["Question"]
    assert all(
        "autoral" not in n["fields"]["Section"] and "autoral" not in n["fields"]["Question"] for n in notes
    )
