"""Thirty-fourth sitting, readers: shapes the new-user trials 31 to 33 found misread (T33-17 …). Fixtures written
here, in the shapes users and chat assistants write, in several languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

# --- T33-17: a list of bold questions, each answered on its own line -------------------------------------------------

_EN_CHAT = (
    "Sure! Here are 3 flashcards on photosynthesis:\n\n"
    "1. **Where does photosynthesis take place?** – In the chloroplasts.\n"
    "2. **Which pigment absorbs the light?** – Chlorophyll.\n"
    "3. **Which gas is released?** – Oxygen.\n\n"
    "Good luck with your studies! 🍀\n"
)
_ES = (
    "1. **¿En qué año comenzó la Revolución francesa?** – En 1789.\n"
    "2. **¿Qué edificio fue tomado el 14 de julio?** - La Bastilla.\n"
    "3. **¿Quién era el rey en 1789?** Luis XVI.\n"
)
_ZH = "- **细胞的能量工厂是什么？** 线粒体\n- **光合作用在哪里进行？**叶绿体\n"
_FR = (
    "## Chapitre 3 : La cellule\n\n"
    "- **Quel organite produit l'ATP ?** : La mitochondrie.\n"
    "- **Où se trouve l'ADN chez les eucaryotes ?** : *Dans le noyau.*\n"
)


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (
            _EN_CHAT,
            [
                ("Where does photosynthesis take place?", "In the chloroplasts.", ""),
                ("Which pigment absorbs the light?", "Chlorophyll.", ""),
                ("Which gas is released?", "Oxygen.", ""),
            ],
        ),
        (
            _ES,
            [
                ("¿En qué año comenzó la Revolución francesa?", "En 1789.", ""),
                ("¿Qué edificio fue tomado el 14 de julio?", "La Bastilla.", ""),
                ("¿Quién era el rey en 1789?", "Luis XVI.", ""),
            ],
        ),
        (_ZH, [("细胞的能量工厂是什么？", "线粒体", ""), ("光合作用在哪里进行？", "叶绿体", "")]),
        (
            _FR,
            [
                ("Quel organite produit l'ATP ?", "La mitochondrie.", "Chapitre 3 : La cellule"),
                ("Où se trouve l'ADN chez les eucaryotes ?", "Dans le noyau.", "Chapitre 3 : La cellule"),
            ],
        ),
    ],
)
def test_a_bold_question_answered_on_its_list_line_is_a_card(tmp_path: Path, text: str, cards: list[tuple[str, str, str]]) -> None:
    """T33-17 (high): '1. **Where …?** – In the chloroplasts.' (a chat assistant's commonest flashcards) gave no card
    and said the questions 'have no answer (write the answer below the question)'. A list line that asks in bold
    and goes on after it (a dash, a colon or nothing between; two such lines are enough) is a card: the bold the
    front, the rest the back; the chat line before the cards is no text outside any question."""
    notes, skipped, said = built_notes(tmp_path, {"cards.md": text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == cards, said
    assert not skipped
    assert not [s for s in said if "no answer" in s or "outside any question" in s], said


def test_bold_questions_answered_below_stay_so(tmp_path: Path) -> None:
    """T33-17's guard: bold list questions with marks after them and their answers below are read as before."""
    text = (
        "1. **What is the powerhouse of the cell?** (2 marks)\n\n   The mitochondrion.\n\n"
        "2. **Where is DNA stored?**\n\n   In the nucleus.\n\n3. **Which organelle makes proteins?**\n\n   The ribosome.\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"quiz.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the powerhouse of the cell?", "The mitochondrion."),
        ("Where is DNA stored?", "In the nucleus."),
        ("Which organelle makes proteins?", "The ribosome."),
    ], said
