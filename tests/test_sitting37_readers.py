"""Thirty-seventh sitting, readers: open reader findings of trials 34, 36 and 31 (T34-1 second half, …). The trials'
reproducers (tests/data/trials/) and fixtures written here, in other shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

T34_1 = Path(__file__).parent / "data" / "trials" / "trial34" / "t34-1-gcse-paper-mark-scheme"

# --- T34-1 second half: a paper and its mark scheme laid out with spaces, its rows for parts '1(a)' -----------------

_STEM4 = "A student investigated the effect of temperature on the rate of an enzyme-controlled reaction."
_KEYED_PAPER = [
    ("(a) Name the organelle where aerobic respiration takes place.", "mitochondrion / mitochondria"),
    ("(b) Explain why muscle cells contain many of these organelles.", "muscle cells need a lot of energy; for contraction"),
    (
        "Define the term osmosis.",
        "(net) movement of water (molecules); from a dilute to a more concentrated solution through a partially permeable membrane",
    ),
    ("Which of the following is the function of the ribosome? (Tick (✓) one box)", "B) Site of protein synthesis"),
    (f"{_STEM4} (a) State the independent variable in this investigation.", "temperature"),
    (f"{_STEM4} (b) Suggest why the rate falls above 40 °C.", "enzyme denatured; active site changes shape so substrate no longer fits"),
    (
        "Give two differences between a plant cell and a bacterial cell.",
        "any two from: plant cell has a nucleus / bacterial cell has no nucleus; plant cell has chloroplasts; bacterial "
        "cell has plasmids; cell wall of cellulose in plants",
    ),
]


def test_a_space_aligned_mark_scheme_answers_the_papers_parts(tmp_path: Path) -> None:
    """T34-1 (severe), second half: the paper beside its mark scheme as a PDF's table copied as text ('Question   Answer
    Marks' over '1(a)       mitochondrion / mitochondria      1', a point's wrapped lines under it, '(1)' after each
    marking point) was 'this looks like an answer key but deckc could not read its entries', every part unanswered. Each
    part and question is a card now, its back the scheme's row: no marks column, no '(1)', the points apart by ';',
    question 3's box keyed by its text; no question's marks on its front."""
    files = {"gcse-bio-paper.txt": T34_1 / "gcse-bio-paper.txt", "gcse-bio-paper-mark-scheme.txt": T34_1 / "gcse-bio-paper-mark-scheme.txt"}
    notes, skipped, said = built_notes(tmp_path, files)
    assert [(note_front(n), note_back(n)) for n in notes] == _KEYED_PAPER, said
    assert not skipped
    assert not [s for s in said if "could not read" in s or "no answer" in s or "mark]" in s], said
    assert any("gcse-bio-paper-mark-scheme.txt: warning: read as the answer key of sources/gcse-bio-paper.txt" in s for s in said), said


def test_a_mark_scheme_under_the_exam_boards_own_names_is_paired_by_its_parts(tmp_path: Path) -> None:
    """T34-1: named as the board names them ('…-QP-…' / '…-MS-…', nothing a name rule pairs), the scheme is paired with
    the paper because the questions its rows answer ('1(a)', '4(b)', '2') are the paper's; as a '|' table too, its
    wrapped rows' first cell empty."""
    piped = (
        "Mark Scheme\n\nQuestion | Answer | Marks\n1(a) | mitochondrion / mitochondria | 1\n"
        "1(b) | muscle cells need a lot of energy (1) | 2\n | for contraction (1) |\n"
        "2 | (net) movement of water (molecules) (1) | 2\n3 | Site of protein synthesis | 1\n4(a) | temperature | 1\n"
        "4(b) | enzyme denatured (1) | 2\n5 | any two from: plant cell has a nucleus | 2\n"
    )
    for k, scheme in enumerate((T34_1 / "gcse-bio-paper-mark-scheme.txt", piped)):
        notes, _, said = built_notes(tmp_path / str(k), {"8461-1H-QP-JUN23.txt": T34_1 / "gcse-bio-paper.txt", "8461-1H-MS-JUN23.txt": scheme})
        backs = [note_back(n) for n in notes]
        assert backs[:2] == ["mitochondrion / mitochondria", "muscle cells need a lot of energy; for contraction"], said
        assert backs[4] == "temperature" and backs[5].startswith("enzyme denatured"), said
        assert any("8461-1H-MS-JUN23.txt: warning: read as the answer key of sources/8461-1H-QP-JUN23.txt" in s for s in said), said


def test_a_scheme_row_for_a_part_the_paper_has_not_is_said_at_its_line(tmp_path: Path) -> None:
    """T34-1: a row numbering a part the paper has not ('4(c)' for 4(b)) is never lost unsaid: said at its line of the
    scheme, with what is on no card; the part it did not answer is said unanswered at its line of the paper."""
    scheme = (T34_1 / "gcse-bio-paper-mark-scheme.txt").read_text(encoding="utf-8").replace("\n4(b)  ", "\n4(c)  ")
    notes, skipped, said = built_notes(tmp_path, {"gcse-bio-paper.txt": T34_1 / "gcse-bio-paper.txt", "gcse-bio-paper-mark-scheme.txt": scheme})
    assert len(notes) == 6 and [(s["line"], s["number"]) for s in skipped] == [(28, "4b")]
    assert any(
        s.startswith("sources/gcse-bio-paper-mark-scheme.txt:12: warning: this row answers part 4c of the paper, but deckc read no such part")
        and "'enzyme denatured; active site" in s
        for s in said
    ), said
    assert any(s.startswith("sources/gcse-bio-paper.txt:28: warning: question has no answer") for s in said), said


def test_a_space_aligned_scheme_of_whole_questions_with_an_extra_column(tmp_path: Path) -> None:
    """T34-1, another shape: a scheme of whole questions aligned with spaces, an 'Extra information' column and a right-set
    marks column: each row the back of its question, the extra column named, the marks on no card."""
    paper = "Chemistry test\n\n1. What is the chemical symbol for sodium?  [1 mark]\n\n2. Name the gas given off at the cathode.  [1 mark]\n\n3. State the charge on an electron.  [1 mark]\n"
    scheme = (
        "Mark scheme\n\n"
        "Question   Answers                  Extra information          Mark\n"
        "1          Na                       allow NA                     1\n"
        "2          hydrogen (1)             ignore H                     1\n"
        "3          negative / -1                                          1\n"
    )
    notes, _, said = built_notes(tmp_path, {"test.txt": paper, "test-mark-scheme.txt": scheme})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the chemical symbol for sodium?", "Na Extra information: allow NA"),
        ("Name the gas given off at the cathode.", "hydrogen Extra information: ignore H"),
        ("State the charge on an electron.", "negative / -1"),
    ], said
