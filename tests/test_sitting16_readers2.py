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


_HEADED_KEY = """# Latihan 3

## Bagian A: Pilihan Ganda

### Soal 1
Komponen HDD yang menyimpan data secara magnetik adalah:

A. Controller
B. Platter
C. Spindle
D. Head

---

### Soal 2
Metode pengalamatan linier disebut:

A. FAT
B. CHS
C. LBA
D. GPT

## Bagian B: Uraian

### Soal 1 ⭐
Jelaskan perbedaan HDD dan SSD!

---

### Soal 2 ⭐⭐
Tuliskan perintah untuk menghitung hash sebuah image!

---

## Kunci Jawaban

### Bagian A: Pilihan Ganda

| No | Jawaban | No | Jawaban |
|----|---------|----|---------|
| 1 | B | 2 | C |

### Bagian B: Uraian

#### Jawaban Soal 1 ⭐
HDD memakai piringan magnetik; SSD memakai chip flash.

#### Jawaban Soal 2 ⭐⭐
```bash
sha256sum disk.img
```
"""


def test_essays_answered_by_headings_in_the_key(tmp_path: Path) -> None:
    """trial16 T16-8 (severe): label headings '### Soal N' (multiple choice 1–2, essays 1–2 ⭐) answered in the key by
    a table and headings '#### Jawaban Soal N ⭐' under '### Bagian B: Uraian': the key's headings made every label a
    card's front (multiple choice unkeyed, essays unanswered). Each essay is answered by the heading of its part and
    number; the multiple choice keyed from the table; no card is fronted by a label, none by the key."""
    from compiler.sources.exercise_key import answered_labels

    lines = _HEADED_KEY.split("\n")
    moved = answered_labels(lines)
    assert (
        moved is not None
        and "### Soal 1" in moved[0]
        and not any("Jawaban Soal" in line for line in moved[0])
    )
    _, manifest = _built(tmp_path, {"latihan.md": _HEADED_KEY})
    notes = manifest["notes"]
    kinds = [n["kind"] for n in notes]
    assert kinds == ["multiple_choice", "multiple_choice", "basic", "basic"], kinds
    assert [n["fields"]["Correct"][:2] for n in notes[:2]] == ["B)", "C)"]
    assert notes[2]["fields"]["Question"] == "Jelaskan perbedaan HDD dan SSD!"
    assert "piringan magnetik" in notes[2]["fields"]["Answer"] and "sha256sum" in notes[3]["fields"]["Answer"]
    assert not any("Soal" in n["fields"]["Question"] for n in notes)


_SOLVED = """**PART I: MULTIPLE CHOICE**
**Question 1:** The third term of 3, 6, 9, … is
**A.** 9. **B.** 12. **C.** 3. **D.** 6.
**Question 2:** The oblique asymptote is
**A.** $y=x$. **B.** $y=2x$. **C.** $y=-x-1$. **D.** $y=1$.
**PART II: TRUE OR FALSE**
**Question 1:** Let $f(x)=x^2$.
a) $f$ is even
b) $f(1)=2$
**PART III: SHORT ANSWERS**
**Question 1:** Compute $2+5$.
**Question 2:** Compute $3 \\cdot 4$.
**WORKED SOLUTIONS**
**PART I: MULTIPLE CHOICE**
**Question 1:** The third term of 3, 6, 9, … is
[**A.** 9.]{.mark} **B.** 12. **C.** 3. **D.** 6.
**Method:** add the common difference.
**Question 2:** The oblique asymptote is
**A.** $y=x$. **B.** $y=2x$. [**[C]{.underline}.** $y=-x-1$.]{.mark} **D.** $y=1$.
It passes through $(-1;0)$.
**PART II: TRUE OR FALSE**
**Question** | 1
**Answer** | TF
**Question 1:** Let $f(x)=x^2$.
a) $f$ is even
b) $f(1)=2$
**PART III: SHORT ANSWERS**
**Question** | 1 | 2
**Answer** | 7 | 12
**Question 1:** Compute $2+5$.
So the sum is 7.
**Question 2:** Compute $3 \\cdot 4$.
So the product is 12.
"""


def test_exam_keyed_by_its_worked_solutions(tmp_path: Path) -> None:
    """trial16 T16-23 (severe): a pandoc-converted exam ('**Câu 1:** …' / '**A.** 9. **B.** -16. …' options on a
    line, parts restarting their numbers) followed by worked solutions copying each question with its key highlighted
    ('[**A.** 9.]{.mark}', '[**[C]{.underline}.** …]{.mark}') and key rows ('**Câu** | 1' / '**Đáp án** | SĐSĐ'):
    each MC was a Basic card teaching its option line, made twice. Now: MC keyed by the highlight, the solution its
    explanation; statements a)–b) keyed by the verdict string a card each; short answers keyed by the rows; written
    with or without blank lines between the paragraphs."""
    for text in (_SOLVED, _SOLVED.replace("\n", "\n\n")):
        _, manifest = _built(tmp_path / str(len(text)), {"exam.md": text})
        notes = manifest["notes"]
        assert [n["kind"] for n in notes] == ["multiple_choice"] * 2 + ["basic"] * 4, [
            n["fields"]["Question"] for n in notes
        ]
        assert [n["fields"]["Correct"][:2] for n in notes[:2]] == ["A)", "C)"]
        assert "common difference" in notes[0]["fields"]["Explanation"]
        assert (
            notes[2]["fields"]["Answer"] == "<p>True</p>" and notes[3]["fields"]["Answer"] == "<p>False</p>"
        )
        assert (
            notes[4]["fields"]["Answer"].startswith("<p>7</p>")
            and "product is 12" in notes[5]["fields"]["Answer"]
        )
        assert not any("{.mark}" in n["fields"]["Question"] for n in notes)


_EXAM = """# Networking exam

1. Which port does HTTPS use?
   A. 80
   B. 443
   C. 22

2. Which protocol resolves names?
   A. DNS
   B. ARP
"""


def test_a_key_file_beside_its_exam_keys_it(tmp_path: Path) -> None:
    """trial16 T16-45 (rest): an unlisted 'answers.md' of '# Answer key' / '1. B' / '2. A' beside 'exam.md' (names
    that do not pair) was a junk card 'Answer key' / 'B A'. A file that is only a key keys the one file of its folder
    whose numbered questions it numbers, and says so; alone, it gives no card and names key_file."""
    key = "# Answer key\n\n1. B\n2. A\n"
    result, manifest = _built(tmp_path / "both", {"exam.md": _EXAM, "answers-file.md": key})
    assert [(n["kind"], n["fields"]["Correct"]) for n in manifest["notes"]] == [
        ("multiple_choice", "B) 443"),
        ("multiple_choice", "A) DNS"),
    ]
    said = [d.message for d in result.summary.warnings if d.file.endswith("answers-file.md")]
    assert said and "read as the answer key of sources/exam.md" in said[0]
    result, _ = _built(
        tmp_path / "alone", {"notes.md": "## What is DNS?\n\nThe name system.\n", "answers-file.md": key}
    )
    said = [(d.message, d.hint) for d in result.summary.warnings if d.file.endswith("answers-file.md")]
    assert said and "no card" in said[0][0] and 'key_file = "sources/answers-file.md"' in (said[0][1] or "")
