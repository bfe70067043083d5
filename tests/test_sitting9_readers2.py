"""Line-based reading, ninth sitting: Obsidian_to_Anki's inline notes (trial9 T27), answers joined to their question
by a dash, arrow or '=' (T26), CJK item numbers (T28)."""

from __future__ import annotations

from pathlib import Path

from conftest import NEWUSER, deck_of, drop_in

from compiler.build import build
from compiler.sources.base import Document
from compiler.sources.detect import suggest_pattern


def _pairs(tmp_path: Path, *names: str) -> list[tuple[str, str]]:
    result = build(drop_in(tmp_path, *names), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return [(i.question or i.text, " ".join(i.answer_plain().split())) for i in result.compiled.items]


def test_obsidian_to_anki_inline_notes_and_target_deck(tmp_path: Path) -> None:
    result = build(drop_in(tmp_path, "obsidian-to-anki.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [i.question for i in items if i.kind.value == "basic"] == [
        "What is the powerhouse of the cell?",
        "What does the ribosome do?",
        "What is osmosis?",  # 'STARTI [Basic] What is osmosis? Back: … ENDI'
    ]
    assert items[-1].answer_plain().strip() == "Diffusion of water through a membrane."
    assert not [w for w in result.compiled.diagnostics.warnings if "outside any question" in w.message]  # TARGET DECK


def test_joiners_after_the_question_are_no_answer_text(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "joined-answers.txt", "joined-answers.md")
    assert sorted(a for _, a in pairs) == sorted([
        "A reliable transport protocol.",
        "A connectionless protocol.",
        "The name system of the internet.",
        "443",
        "Address resolution.",
        "arsitektur yang digunakan untuk membangun layanan web secara stateless.",
        "Server-side processing adalah eksekusi kode di server; client-side di browser.",
        "Monolith adalah satu unit tunggal; Microservices adalah layanan kecil yang independen.",
    ])


def test_cjk_item_numbers_are_no_question_text(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "cjk-numbers.txt", "cjk-numbers.md")
    assert sorted(q for q, _ in pairs) == sorted(["什么是进程？", "什么是线程？", "进程和线程的区别？", "TCPとは何ですか？", "UDPとは何ですか？", "DNSとは何ですか？"])


def test_google_docs_escaped_numbers_are_item_numbers(tmp_path: Path) -> None:
    """trial9 T30: '3\\. Define osmosis\\.' (Google Docs' Markdown export) was the tail of the answer above it."""
    assert _pairs(tmp_path, "gdocs-export.md") == [
        ("What is the function of the mitochondria?", "The mitochondria produce ATP through cellular respiration."),
        ("What is the role of ribosomes?", "Ribosomes build proteins from amino acids."),
        ("Define osmosis.", "The diffusion of water across a semi-permeable membrane."),
        ("What is the difference between mitosis and meiosis?", "Mitosis makes 2 identical cells; meiosis makes 4 gametes."),
    ]


def test_numbered_prompts_over_an_indented_answer_label(tmp_path: Path) -> None:
    """trial9 T31: '1. Sebutkan … !' / indented 'Jawaban:' + the answer: two prompts were one note named after the file."""
    pairs = _pairs(tmp_path, "numbered-jawaban.md")
    assert [q for q, _ in pairs] == [
        "Sebutkan berbagai bahasa pemrograman yang bisa digunakan untuk mengembangkan aplikasi backend!",
        "Sebutkan dan jelaskan berbagai teknologi yang perlu dipelajari untuk menjadi seorang backend engineer!",
    ]
    assert pairs[0][1].startswith("Berbagai bahasa pemrograman") and "Python Java Go" in pairs[0][1]
    assert not pairs[1][1].startswith("Jawaban")


def test_a_vault_note_with_a_numbered_list_stays_a_note(tmp_path: Path) -> None:
    """learner2 M23: a definition note whose conditions are a numbered list was read as a 'numbered' quiz of three
    questions without answers: no card, while its sibling notes were notes."""
    vault = NEWUSER / "vault-numbered"
    result = build(deck_of(tmp_path, {f"vault/{p.name}": p for p in sorted(vault.iterdir())}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert sorted(i.question for i in result.compiled.items) == ["Positive semi-definite matrix", "Rank", "Trace"]
    psd = next(i for i in result.compiled.items if i.question.startswith("Positive"))
    assert "Eigenvalues are non-negative." in psd.answer_plain()


def test_numbered_steps_in_a_page_of_notes_are_no_quiz(tmp_path: Path) -> None:
    """learner3 N12, trial10 P15: a notes page whose only numbered lists are elements or steps under headings was read
    with the 'numbered' layout: every list entry a question without an answer, the page's sections in no card."""
    result = build(drop_in(tmp_path, "notes-with-steps.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    # ('## Assignment' over its list of tasks teaches nothing: listed as skipped since lead G6)
    assert [i.question for i in result.compiled.items] == ["Light reactions", "Calvin cycle"]
    assert [s.question for s in result.compiled.deck.skipped] == ["Assignment"]
    assert "Regeneration of RuBP" in result.compiled.items[1].answer_plain()


def test_an_abbreviated_name_is_no_item_label() -> None:
    """learner3 N9: 'S. aureus …', 'S. pneumoniae …' lines among one-line facts were guessed as the items ('S.' the
    label): 3 cards holding every other fact, the genus cut off the front, the facts before the first lost."""
    lines = [f"S. {name} causes {what}." for name, what in [("aureus", "boils"), ("pneumoniae", "pneumonia"), ("bovis", "endocarditis")]]
    lines += ["Transference is shifting emotions onto a present person.", "Methadone is a long-acting mu agonist."] * 3
    guess = suggest_pattern(Document("notes.md", "\n".join(lines)))
    assert not any("S\\s*\\." in line for line in guess), guess


def test_a_first_try_of_two_items_gives_two_cards(tmp_path: Path) -> None:
    """trial10 P27: two numbered questions with their answers were one note named after the file; two 'Term - def'
    lines stopped with 'cannot tell'."""
    assert _pairs(tmp_path, "two-numbered.md", "two-pairs.txt") == [
        ("What is osmosis?", "Water moving across a membrane."),
        ("What is diffusion?", "Particles spreading out."),
        ("Osmosis", "Water moving across a membrane"),
        ("Diffusion", "Particles spreading out"),
    ]


def test_a_line_opening_with_triple_backtick_code_is_no_fence(tmp_path: Path) -> None:
    """trial10 P4: '```StringBuffer``` is the synchronized one' (inline code) opened a code fence for the pattern
    layout: the four questions after it were one answer, without a warning."""
    table = '[[source]]\nid = "notes"\nfile = "sources/inline-triple-backticks.md"\n[source.pattern]\nitem = \'^####\\s+(?P<question>.+)$\'\n'
    result = build(drop_in(tmp_path, "inline-triple-backticks.md", table=table), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert len(result.compiled.items) == 5
    assert "synchronized" in result.compiled.items[0].answer_plain()


def test_polish_headings_that_lost_their_question_mark_ask() -> None:
    """trial10 P3: Polish 'Co to jest …', 'Omów …', 'Wymień …', 'Czy …', 'Jak …' open a question (lines._OPENS_ASKING)."""
    from compiler.sources.lines import opens_asking

    assert all(opens_asking(t) for t in ["Co to jest OAuth2", "Omów zasady SOLID", "Wymień rodzaje testów", "Czy w JS są klasy", "Jak działa GC"])
    assert not opens_asking("Co-operation rules")


def test_a_polish_page_of_questions_some_without_question_marks(tmp_path: Path) -> None:
    assert [q for q, _ in _pairs(tmp_path, "polish-headings.md")] == [
        "Co to jest JVM?",
        "Co to jest OAuth2",
        "Omów zasady SOLID",
        "Wymień rodzaje testów",
        "Czy w JS są klasy",
        "Jak działa garbage collector?",
    ]


def test_decorated_headings_keep_their_words_and_star_levels(tmp_path: Path) -> None:
    """trial10 P23: '#### 🔹 1. 🧑‍💻 ⭐⭐⭐ What …?': the bullet every heading shares was the only marker (all 'medium'),
    '🧑‍💻 ⭐⭐⭐' stayed on every front; '❓ What …' on every line made a one-marker difficulty table."""
    result = build(drop_in(tmp_path, "starred-headings.md", "emoji-bullets.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.question: i.difficulty.value for i in result.compiled.items}
    assert got["What memory areas does the JVM have?"] == "hard"
    assert got["What does the Java Memory Model describe?"] == "medium"
    assert got["What is escape analysis?"] == "easy"
    assert got["What is photosynthesis?"] == "medium"
    said = " ".join(w.message for w in result.compiled.diagnostics.warnings if "emoji-bullets" in w.file)
    assert "difficulty 'medium' for every item" in said


def test_plain_text_banks_with_section_titles_and_mixed_labels(tmp_path: Path) -> None:
    """trial10 P29: 'Short Answer Type Questions' between items was glued onto the answer above; 'Ques 4.' / 'Sol.'
    among 'Q.1' / 'Ans.' lost its answer."""
    result = build(drop_in(tmp_path, "bank-labels.txt", "bank-sections.txt"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.question: (i.answer_plain().strip(), i.section) for i in result.compiled.items}
    assert got["Give two reasons why naphthalene balls disappear with time."][0] == "They sublime: the solid turns directly into vapour."
    assert got["Name the process by which a solid changes directly into gas."] == ("Sublimation", [])
    assert got["Why do gases exert pressure on the walls of a container?"][1] == ["Short Answer Type Questions"]
