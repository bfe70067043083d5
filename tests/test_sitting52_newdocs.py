"""Fifty-second sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N29: a Google Docs page downloaded as HTML raises and lowers text by a style, not a tag ('.c7{vertical-align:super}'
and '<span class="c7">23</span>', or the style on the span itself): its superscripts and subscripts are kept as
'<sup>' / '<sub>'; before, '6.022 × 10²³' was '6.022 × 1023' on the card, a wrong number, and 'H₂SO₄' 'H2SO4'.

N32: a worksheet answering with fractions after a bold label ('**Answer:** 5/36', '**Answer:** 2/15'): its cards; before,
the label's closing '*' and the fraction read as a Google Form's required mark and points ('Which …? *1/1'), and the file
gave no card ('Google Forms: question 1: the copied page shows no right answer').

Documents in tests/data/sitting52/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting52" / "newdocs"


def test_n29_a_styled_superscript_or_subscript_stays_one(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"chem.html": DATA / "gdocs-scripts.html"})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert backs == {
        "What is Avogadro's number?": "<p>6.022 × 10<sup>23</sup> per mole</p>",
        "What is the formula of sulfuric acid?": "<p>H<sub>2</sub>SO<sub>4</sub></p>",
        "What is the charge of a proton?": "<p>Positive (+1).</p>",
    }
    assert not skipped


def test_n32_fraction_answers_after_a_bold_label_are_no_google_form(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"prob.md": DATA / "fraction-answers.md"})
    backs = [note_back(n) for n in notes]
    assert len(notes) == 2 and not skipped and not [m for m in messages if "Google Forms" in m]
    assert backs[0].endswith("Answer: 5/36") and backs[1].endswith("Answer: 2/15")
