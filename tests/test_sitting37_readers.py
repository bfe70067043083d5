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


# --- T36-7 + T36-4 rest: a first row of capitalised names over rows of other words is the header, in any language --------

TRIAL36 = Path(__file__).parent / "data" / "trials" / "trial36"
HEADS = TRIAL36 / "t36-7-language-name-headers"


def test_a_header_row_of_names_no_list_holds_is_no_card(tmp_path: Path) -> None:
    """T36-7 (low): 'Yorùbá<TAB>English<TAB>Àpẹẹrẹ' ('example') and 'English,Ingleses' were cards ('Yorùbá' -> 'English /
    Àpẹẹrẹ'). A first row of capitalised names, none found again below, over rows of other shapes (words in small letters,
    sentences) is the header, whatever its language; said, with what to do if it is a card."""
    notes, _, said = built_notes(tmp_path / "yo", {"yo-vocab.tsv": HEADS / "yo-vocab.tsv"})
    assert [(note_front(n), note_back(n)) for n in notes][:2] == [("ọmọ", "child Àpẹẹrẹ: Ọmọ mi ni."), ("ilé", "house Àpẹẹrẹ: Ilé wa tóbi.")], said
    assert len(notes) == 5
    assert any(
        s.startswith("sources/yo-vocab.tsv:1: warning: read its first row as the header naming the columns (Yorùbá | English | Àpẹẹrẹ)")
        and "put a row naming the columns above it (Front<TAB>Back)" in s
        for s in said
    ), said
    notes, _, said = built_notes(tmp_path / "legal", {"legal-terms-head.csv": HEADS / "legal-terms-head.csv"})
    assert note_front(notes[0]) == "Accused the" and "English" not in [note_front(n) for n in notes], said
    assert any("legal-terms-head.csv:1: warning: read its first row as the header naming the columns (English | Ingleses)" in s for s in said), said


def test_a_word_table_headed_by_names_no_list_holds(tmp_path: Path) -> None:
    """T36-4 rest: a Word table typed with no header row marked, its first row 'Svedese | Norvegese' (languages named in
    Italian, not in deckc's lists), was a card 'Svedese' -> 'Norvegese'. It is the header now, said at its line."""
    table = (
        "# Glosor\n\n|  |  |\n| --- | --- |\n| Svedese | Norvegese |\n| en hund | en hund |\n| ett hus | et hus |\n"
        "| snabb | rask |\n| att springa | å løpe |\n"
    )
    notes, _, said = built_notes(tmp_path, {"glosor.md": table})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("en hund", "en hund"), ("ett hus", "et hus"), ("snabb", "rask"), ("att springa", "å løpe"),
    ], said
    assert any(s.startswith("sources/glosor.md:5: warning: read the table's first row as its header naming the columns (Svedese | Norvegese)") for s in said), said


def test_a_list_of_names_keeps_its_first_row_as_a_card(tmp_path: Path) -> None:
    """T36-7, the other side: rows shaped as the first ('France,Paris' over 'Spain,Madrid' …), a first cell found again
    below, or a first row in small letters, are no header: every row is a card, nothing said of a header."""
    cases = {
        "capitals.csv": "France,Paris\nSpain,Madrid\nItaly,Rome\nPeru,Lima\n",
        "words.csv": "hund,dog\nkatt,cat\nhus,house\nbok,book\n",
        "mixed.tsv": "Hund\tdog\nKatze\tcat\nHaus\thouse\nBuch\tbook\n",
    }
    for k, (name, text) in enumerate(cases.items()):
        notes, _, said = built_notes(tmp_path / str(k), {name: text})
        assert len(notes) == 4, (name, said)
        assert not [s for s in said if "as the header" in s], said


# --- T36-15 rest: a question its script marks in the word or by its own mark --------------------------------------------


def test_armenian_and_greek_headings_ask_by_their_scripts_marks(tmp_path: Path) -> None:
    """T36-15 (high), the rest: '### Ո՞վ է ստեղծել հայոց այբուբենը։' (Armenian sets '՞' on the asked word and ends the
    sentence '։') was no question: "it asks no question … headings = \\"cards\\"" said of the page. It asks now, as
    Greek headings ending ';' and Amharic ones ending '፧' do: a card each, no such reason said."""
    pages = {
        "hy.md": TRIAL36 / "t36-15-armenian-questions" / "hy-headings.md",
        "el.md": "# Ιστορία\n\n### Ποια είναι η πρωτεύουσα της Ελλάδας;\n\nΗ Αθήνα.\n\n### Πότε ξεκίνησε η Επανάσταση;\n\nΤο 1821.\n",
        "am.md": "# ጂኦግራፊ\n\n### የኢትዮጵያ ዋና ከተማ ማን ናት፧\n\nአዲስ አበባ።\n\n### ረጅሙ ወንዝ የትኛው ነው፧\n\nአባይ።\n",
    }
    fronts = {
        "hy.md": [("Ո՞վ է ստեղծել հայոց այբուբենը։", "Մեսրոպ Մաշտոցը՝ 405 թվականին։"), ("Ո՞րն է Հայաստանի մայրաքաղաքը։", "Երևանը։")],
        "el.md": [("Ποια είναι η πρωτεύουσα της Ελλάδας;", "Η Αθήνα."), ("Πότε ξεκίνησε η Επανάσταση;", "Το 1821.")],
        "am.md": [("የኢትዮጵያ ዋና ከተማ ማን ናት፧", "አዲስ አበባ።"), ("ረጅሙ ወንዝ የትኛው ነው፧", "አባይ።")],
    }
    for k, (name, page) in enumerate(pages.items()):
        notes, _, said = built_notes(tmp_path / str(k), {name: page})
        assert [(note_front(n), note_back(n)) for n in notes] == fronts[name], said
        assert not [s for s in said if "asks no question" in s or "statement heading" in s], said


# --- readers README 'Not fixed' 4: the manifest's original is the page's own lines ------------------------------------


def test_the_manifest_shows_the_pages_own_option_labels(tmp_path: Path) -> None:
    """Options counted '(1) Oxygen' / 'Ans: (2)' (and Cyrillic 'а) … б)') are read as 'A) Oxygen' / 'Ans: B' by a rewrite
    that keeps each line where it is; the cards showed the page's labels, but the manifest's 'original' the rewritten
    lines. It is the page's own lines now."""
    page = (
        "Chemistry quiz\n\nQ1. Which gas do plants absorb?\n(1) Oxygen\n(2) Carbon dioxide\n(3) Nitrogen\n(4) Helium\nAns: (2)\n\n"
        "Q2. Which gas do we breathe out?\n(1) Oxygen\n(2) Carbon dioxide\n(3) Argon\n(4) Neon\nAns: (2)\n"
    )
    notes, _, said = built_notes(tmp_path / "counted", {"counted.txt": page})
    assert [note_back(n) for n in notes] == ["(2) Carbon dioxide", "(2) Carbon dioxide"], said
    assert notes[0]["items"][0]["original"] == "Q1. Which gas do plants absorb?\n(1) Oxygen\n(2) Carbon dioxide\n(3) Nitrogen\n(4) Helium\nAns: (2)"
    cyrillic = "Тест\n\n1. Столица Франции?\nа) Берлин\nб) Париж\nв) Рим\nОтвет: б\n\n2. Столица Италии?\nа) Рим\nб) Мадрид\nв) Лиссабон\nОтвет: а\n"
    notes, _, said = built_notes(tmp_path / "ru", {"ru.txt": cyrillic})
    assert [n["items"][0]["original"].split("\n")[1] for n in notes] == ["а) Берлин", "а) Рим"], said


# --- T31-49: a Greek page's questions ending ';' all show the same Section ---------------------------------------------


def test_greek_questions_ending_in_the_greek_question_mark_share_their_section(tmp_path: Path) -> None:
    """T31-49 (low): '**2. Πότε ξεκίνησε η Ελληνική Επανάσταση;**' (the Greek question mark, ';') was taken for a heading
    that asks nothing, so its card alone showed the page's title as its Section ('' on the three others). Each card asks:
    no Section from the title on any of them."""
    page = Path(__file__).parent / "data" / "trials" / "trial31" / "el-erotiseis.md"
    notes, _, said = built_notes(tmp_path, {"el-erotiseis.md": page})
    assert [note_front(n) for n in notes][1] == "Πότε ξεκίνησε η Ελληνική Επανάσταση;", said
    assert [n["fields"]["Section"] for n in notes] == ["", "", "", ""], said
