"""Forty-first sitting, lead: multiple-choice questions with their options on the question's own line in a Markdown list
('1. Who …? A. John Adams B. George Washington C. … D. …', a key at the end) were Basic cards whose back listed the
options, the key in no card; the same lines in a .txt page were read right (compiler/sources/glued_options.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

EN = """# History test — Section A: Multiple choice

1. Who was the first President of the United States? A. John Adams B. George Washington C. Thomas Jefferson D. Abraham Lincoln
2. In which year did World War II end? A. 1943 B. 1944 C. 1945 D. 1946
3. Which empire built Machu Picchu? A. Aztec B. Maya C. Inca D. Olmec

**Answers:** 1. B 2. C 3. C
"""

ES = """# Examen de geografía

1. ¿Cuál es la capital de Francia? a) Madrid b) París c) Roma d) Berlín
2. ¿Qué río pasa por Egipto? a) Nilo b) Amazonas c) Danubio d) Volga

## Respuestas

1. b
2. a
"""


def test_options_on_the_questions_line_are_options(tmp_path: Path) -> None:
    notes, _, said = built_notes(tmp_path / "en", {"test.md": EN})
    assert [(n["kind"], note_front(n), note_back(n)) for n in notes] == [
        ("multiple_choice", "Who was the first President of the United States?", "B) George Washington"),
        ("multiple_choice", "In which year did World War II end?", "C) 1945"),
        ("multiple_choice", "Which empire built Machu Picchu?", "C) Inca"),
    ]
    assert [n["items"][0]["line"] for n in notes] == [3, 4, 5]  # (each at its own line of the file)
    assert not any("outside any question" in s for s in said), said
    notes, _, _ = built_notes(tmp_path / "es", {"examen.md": ES})
    assert [(n["kind"], note_back(n)) for n in notes] == [("multiple_choice", "B) París"), ("multiple_choice", "A) Nilo")]
    keyed = "1. Who was first? A. Adams B. Washington C. Jefferson — Answer: B\n2. Which year? A. 1943 B. 1944 C. 1945 (Answer: C)\n"
    notes, _, _ = built_notes(tmp_path / "keyed", {"quiz.md": "# Quiz\n\n" + keyed})
    assert [note_back(n) for n in notes] == ["B) Washington", "C) 1945"]


def test_no_key_no_rewrite() -> None:
    """No key on the page: 'What are the phases of mitosis? a) prophase b) …' may be a question answered by a list, so
    the lines are left as written (the page's reading decides, as before)."""
    from compiler.sources.glued_options import glued_options

    page = [
        "# Cell division", "",
        "1. What are the phases of mitosis? a) prophase b) metaphase c) anaphase d) telophase",
        "2. What are the stages of interphase? a) G1 b) S c) G2",
    ]
    assert glued_options(page) is None
    assert glued_options([*page, "", "Answers: 1. a 2. b"]) is not None
    assert glued_options([*page[:3], "", "Answers: 1. a"]) is None  # (one such entry: no quiz)
