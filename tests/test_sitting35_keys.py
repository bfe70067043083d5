"""Thirty-fifth sitting, helper "keys" (open findings of trials 32-34): revision notes whose answers go on with an
abbreviated species name, and the other keys and labels below. Fixtures written here in the shapes the findings
showed, in several languages (no third-party text), beside the trial's own reproducers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.sources.choices import abbreviated_name, find_choices

TRIAL34 = Path(__file__).parent / "data" / "trials" / "trial34"

# --- T34-11: 'Q. …?' / 'A. Bacillus anthracis.' / 'B. anthracis causes anthrax.' ---------------------------------------

_MICRO_EN = [
    ("Which organism is the commonest cause of urinary tract infection?", "Escherichia coli. E. coli also causes traveller's diarrhoea."),
    ("Which organism causes most skin abscesses?", "Staphylococcus aureus."),
    ("Which bacterium forms spores used in biological warfare?", "Bacillus anthracis. B. anthracis causes anthrax."),
]

_MICRO_MD = """# Microbiology revision

Q. Which organism is the commonest cause of urinary tract infection?
A. Escherichia coli.
E. coli also causes traveller's diarrhoea.

Q. Which bacterium forms spores used in biological warfare?
A. Bacillus anthracis.
B. anthracis causes anthrax.

Q. Which organism causes malaria with the highest mortality?
A. Plasmodium falciparum.
P. falciparum can cause cerebral malaria.
"""

_MICRO_DE = """Mikrobiologie – Wiederholung

F. Welcher Erreger verursacht am häufigsten Harnwegsinfekte?
A. Escherichia coli.
E. coli verursacht auch Reisediarrhö.

F. Welcher Erreger verursacht die meisten Hautabszesse?
A. Staphylococcus aureus.

F. Welches Bakterium bildet Sporen, die als biologische Waffe dienen?
A. Bacillus anthracis.
B. anthracis verursacht Milzbrand.
"""


def _only_unlisted(messages: list[str]) -> bool:
    return not [m for m in messages if "not listed in deck.toml" not in m]


def test_q_dot_a_dot_notes_whose_answers_go_on_with_a_species_name_are_read_with_no_config(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"micro-qa.txt": TRIAL34 / "t34-11-qa-periods-species" / "micro-qa.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == _MICRO_EN
    assert [n["items"][0]["line"] for n in notes] == [3, 7, 10]
    assert not skipped and _only_unlisted(messages)
    assert all(n["kind"] == "basic" and not note_back(n).startswith("A.") for n in notes)
    assert any("answered by a line labelled the same way" in m for m in messages)  # the pattern offered reads answers


def test_the_same_notes_in_markdown_and_in_german_are_cards_of_their_answers(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"micro.md": _MICRO_MD, "mikro.txt": _MICRO_DE})
    got = {(n["items"][0]["source"], note_front(n)): note_back(n) for n in notes}
    assert got == {
        ("micro", "Which organism is the commonest cause of urinary tract infection?"): "Escherichia coli. E. coli also causes traveller's diarrhoea.",
        ("micro", "Which bacterium forms spores used in biological warfare?"): "Bacillus anthracis. B. anthracis causes anthrax.",
        ("micro", "Which organism causes malaria with the highest mortality?"): "Plasmodium falciparum. P. falciparum can cause cerebral malaria.",
        ("mikro", "Welcher Erreger verursacht am häufigsten Harnwegsinfekte?"): "Escherichia coli. E. coli verursacht auch Reisediarrhö.",
        ("mikro", "Welcher Erreger verursacht die meisten Hautabszesse?"): "Staphylococcus aureus.",
        ("mikro", "Welches Bakterium bildet Sporen, die als biologische Waffe dienen?"): "Bacillus anthracis. B. anthracis verursacht Milzbrand.",
    }
    assert not skipped and _only_unlisted(messages)


def test_lettered_options_are_still_options_when_one_is_a_species_name() -> None:
    found = find_choices(["A. Bacillus cereus", "B. Bacillus anthracis", "C. Clostridium tetani", "Answer: B"])
    assert found is not None and [t for _, t in found.options] == ["Bacillus cereus", "Bacillus anthracis", "Clostridium tetani"]
    assert found.correct == "B"
    found = find_choices(["A. true", "B. false", "Answer: A"])
    assert found is not None and found.correct == "A"
    assert find_choices(["A. Bacillus anthracis.", "B. anthracis causes anthrax."]) is None


@pytest.mark.parametrize(
    ("line", "above", "abbreviates"),
    [
        ("B. anthracis causes anthrax.", "A. Bacillus anthracis.", True),
        ("S. aureus résistant à la méticilline", "R. Staphylococcus aureus.", True),
        ("B. anthracis causes anthrax.", "A. Anthrax.", False),  # no name above: an option, as written
        ("B. false", "A. true", False),
        ("B. Bacillus anthracis", "A. Bacillus cereus", False),
        ("b. anthracis", "a. Bacillus anthracis", False),  # a lower-case label: no initial
    ],
)
def test_an_abbreviated_name_shortens_the_one_written_out_above(line: str, above: str, abbreviates: bool) -> None:
    assert abbreviated_name(line, above) is abbreviates


def test_an_abbreviated_name_is_found_in_linear_time() -> None:
    def took(n: int) -> float:
        start = time.process_time()
        abbreviated_name("B. anthracis " + " " * n, "B" * n + " " * n + "Ba " * n)
        return time.process_time() - start

    small = min(took(20_000) for _ in range(3))
    assert took(200_000) < 30 * small + 0.5
