"""Thirty-second sitting, formats: other tools' exports read by what their lines and columns are (Pleco's category
lines, T31-3)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

PLECO = (
    "//HSK 1 Vocabulary\n爱\tai4\t(verb) to love; to be fond of\n八\tba1\teight; 8\n"
    "//HSK 1 Vocabulary/Numbers\n一\tyi1\tone; 1; single\n二\ter4\ttwo; 2\n"
    "//Lesson 2, food\n米饭\tmi3fan4\tcooked rice\n"
)


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Section", ""))) for n in notes)


def test_a_pleco_export_is_read_with_its_categories_as_sections(tmp_path: Path) -> None:
    """T31-3: Pleco's '//Category/Sub' lines over its three tab fields: detected as delimited (before: 'cannot tell
    this document's layout'), each category line the section of the rows under it, '/' its levels, and no category
    line a question without answer (before: a warning and a skipped item each)."""
    notes, skipped, said = built_notes(tmp_path, {"pleco.txt": PLECO})
    assert _cards(notes) == [
        ("一", "yi1 one; 1; single", "HSK 1 Vocabulary › Numbers"),
        ("二", "er4 two; 2", "HSK 1 Vocabulary › Numbers"),
        ("八", "ba1 eight; 8", "HSK 1 Vocabulary"),
        ("爱", "ai4 (verb) to love; to be fond of", "HSK 1 Vocabulary"),
        ("米饭", "mi3fan4 cooked rice", "Lesson 2, food"),
    ]
    assert not skipped
    assert [s for s in said if "not listed in deck.toml" in s and "3 '//' category lines" in s], said
    assert not [s for s in said if "no answer" in s], said


def test_category_lines_need_no_separator_set(tmp_path: Path) -> None:
    """T31-3: with ``layout = "delimited"`` and no separator, the category lines (no tab in them) no longer hide the
    rows' tab (before: 'cannot tell which character separates the fields')."""
    table = '[[source]]\nid = "pleco"\nfile = "sources/pleco.txt"\nlayout = "delimited"\n'
    notes, _, said = built_notes(tmp_path, {"pleco.txt": PLECO}, table)
    assert len(notes) == 5 and {plain_text(n["fields"]["Section"]) for n in notes} == {"HSK 1 Vocabulary", "HSK 1 Vocabulary › Numbers", "Lesson 2, food"}
    assert not [s for s in said if "separates" in s], said


def test_rows_that_start_like_a_category_are_rows(tmp_path: Path) -> None:
    """A row that holds the separator is a row whatever it starts with ('// comment' in a programming deck), and a
    category knob set empty reads every line as a row."""
    rows = "// line comment\tHow do you write a one-line comment in C?\n/* */\tA block comment\n#include\tPulls in a header\n"
    notes, _, _ = built_notes(tmp_path / "a", {"c.tsv": rows})
    assert sorted(note_front(n) for n in notes) == ["#include", "/* */", "// line comment"]
    table = '[[source]]\nid = "p"\nfile = "sources/p.txt"\nlayout = "delimited"\n[source.delimited]\nseparator = "\\t"\ncategory = ""\n'
    notes, skipped, _ = built_notes(tmp_path / "b", {"p.txt": PLECO}, table)
    assert len(notes) == 5 and len(skipped) == 3 and len({n["fields"]["Section"] for n in notes}) == 1
