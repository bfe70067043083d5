"""Thirty-sixth sitting, finder: findings of new-user trial 36 fixed (a key whose label ends with its script's own colon,
Armenian '՝', Ethiopic '፡', Khmer '៖', T36-1 and T36-2)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

TRIAL = Path(__file__).parent / "data" / "trials" / "trial36"

# --- T36-1, T36-2: a key label ended by its script's own colon -----------------------------------------------------


def test_an_armenian_key_after_the_armenian_comma_keys_every_question(tmp_path: Path) -> None:
    """T36-1 (severe): 'Պատասխաններ՝ 1-Գ, 2-Բ, 3-Գ' ('՝' after a label is how Armenian writes 'Answers:') was no key, and a
    guessed pattern made three cards whose front was option Ա and whose back the other options and the next question."""
    notes, _, said = built_notes(tmp_path, {"hy.txt": TRIAL / "t36-1-armenian-key-comma" / "hy-patmutyun.txt"})
    assert [(n["kind"], note_front(n), note_back(n)) for n in notes] == [
        ("multiple_choice", "Ե՞րբ է տեղի ունեցել Ավարայրի ճակատամարտը։", "Գ) 451 թ․"),
        ("multiple_choice", "Ո՞վ է ստեղծել հայոց այբուբենը։", "Բ) Մեսրոպ Մաշտոց"),
        ("multiple_choice", "Ո՞րն է Հայաստանի մայրաքաղաքը։", "Գ) Երևան"),
    ], said
    assert plain_text(notes[0]["fields"]["Options"]) == "Ա) 301 թ․ Բ) 405 թ․ Գ) 451 թ․ Դ) 1045 թ․"
    assert not any("pattern" in s for s in said), said


def test_amharic_and_khmer_keys_after_their_scripts_colons_key_the_options(tmp_path: Path) -> None:
    """T36-2 (high): 'መልስ፡ 1. ለ  2. ሐ' (the Ethiopic wordspace every Amharic label ends with) and 'ចម្លើយ៖ ១-ខ, ២-គ' (the
    Khmer colon): Basic cards listed every option and the last back held the key, silently."""
    folder = TRIAL / "t36-2-ethiopic-khmer-key-colon"
    notes, _, said = built_notes(tmp_path, {"am.txt": folder / "am-timhirt.txt", "km.txt": folder / "km-quiz.txt"})
    got = sorted((n["items"][0]["file"], n["kind"], note_back(n)) for n in notes)
    assert got == [
        ("sources/am.txt", "multiple_choice", "ለ) ፎቶሲንተሲስ"),
        ("sources/am.txt", "multiple_choice", "ሐ) 100"),
        ("sources/am.txt", "multiple_choice", "ሐ) አዲስ አበባ"),
        ("sources/km.txt", "multiple_choice", "ខ. ភ្នំពេញ"),
        ("sources/km.txt", "multiple_choice", "គ. ទន្លេមេគង្គ"),
    ], said
    assert not any("መልስ" in note_back(n) or "ចម្លើយ" in note_back(n) for n in notes)


def test_latin_options_keyed_after_an_ethiopic_colon(tmp_path: Path) -> None:
    """T36-2, the same key under options lettered A–D: the label's colon is the script's, the letters Latin."""
    page = (
        "1. የኢትዮጵያ ዋና ከተማ ማን ናት?\nA. ጎንደር\nB. አዲስ አበባ\nC. ሐዋሳ\n\n"
        "2. ውሃ በስንት ዲግሪ ሴልሺየስ ይፈላል?\nA. 0\nB. 50\nC. 100\n\nመልስ፦ 1. B  2. C\n"
    )
    notes, _, said = built_notes(tmp_path, {"am.txt": page})
    assert [(n["kind"], note_back(n)) for n in notes] == [("multiple_choice", "B) አዲስ አበባ"), ("multiple_choice", "C) 100")], said

