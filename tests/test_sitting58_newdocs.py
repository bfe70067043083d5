"""Fifty-eighth sitting, helper newdocs: a new user's documents, read card by card (round-13 finding d/18 first).

Each test's docstring says what was wrong. Documents in tests/data/sitting58/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting58" / "newdocs"


def test_d18_a_pair_over_its_quoted_example_is_a_card_per_pair(tmp_path: Path) -> None:
    """d/18: '**tener** → tuve, tuviste, tuvo' / '> Ayer tuve un examen.', a blank line between verbs: a card per verb,
    its example (no '>') on the back. Before, one card of the title '## Verbos irregulares (pretérito)' with every
    verb on its back."""
    notes, skipped, _ = built_notes(tmp_path, {"v.md": DATA / "verbs-quoted-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "tener": "tuve, tuviste, tuvo Ayer tuve un examen.",
        "hacer": "hice, hiciste, hizo ¿Qué hiciste el fin de semana?",
        "ir": "fui, fuiste, fue Fuimos a la playa.",
    }
    assert not skipped


def test_d18_a_list_pairs_quoted_example_has_no_quote_mark_on_the_back(tmp_path: Path) -> None:
    """'- **avoir** → j'ai eu' / '  > J'ai eu de la chance hier.': the example on the back without its '>' (before,
    '&gt; J'ai eu …' shown on the card)."""
    notes, _, _ = built_notes(tmp_path, {"f.md": DATA / "verbs-list-quoted-examples.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["avoir"] == "j'ai eu J'ai eu de la chance hier."
    assert got["faire"] == "j'ai fait Qu'est-ce que tu as fait ce week-end ?"
    assert got["prendre"] == "j'ai pris"
    assert not any(">" in back for back in got.values())
