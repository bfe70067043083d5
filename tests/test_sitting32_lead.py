"""Sitting 32 (lead): a question inserted into a numbered document (T31-71)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main

QUESTIONS = [
    ("What is the capital of France?", "Paris."),
    ("What is the capital of Spain?", "Madrid."),
    ("What is the capital of Italy?", "Rome."),
    ("What is the capital of Portugal?", "Lisbon."),
    ("What is the capital of Austria?", "Vienna."),
]


def _numbered(pairs: list[tuple[str, str]]) -> str:
    return "Capitals quiz\n\n" + "".join(f"{n}. {q}\nAnswer: {a}\n\n" for n, (q, a) in enumerate(pairs, 1))


def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "capitals.txt").write_text(_numbered(QUESTIONS), encoding="utf-8")
    table = '[[source]]\nid = "capitals"\nfile = "sources/capitals.txt"\ntitle = "Capitals quiz"\nlayout = "numbered"\n'
    (content / "deck.toml").write_text('[deck]\nname = "T"\n\n' + table, encoding="utf-8")
    return content


def _notes(out: Path) -> dict[str, dict[str, str]]:
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    return {n["fields"]["Question"]: n["fields"] for n in notes}


def test_inserting_a_question_renumbers_the_later_notes_said_apart(tmp_path: Path) -> None:
    """T31-71: the Sources field holds the item's number as the document numbers it ('Capitals quiz #4', so the
    learner finds it there), so a question inserted as number 2 renumbers every later one: their notes are
    updated, Sources only. `deckc diff` and the build said each as an edit (the React README: 394 lines drowning
    the one new note) and an override for a renumbered question went stale (a warning, `deckc lint` failing).
    Now the renumbered notes are one line and one count, and the override holds."""
    content = _content(tmp_path)
    out = tmp_path / "build"
    first = build(content, out, formats=("json",), now=1_000)
    assert first.summary.totals == {"new": 5, "updated": 0, "unchanged": 0, "retired": 0}
    assert _notes(out)["What is the capital of Portugal?"]["Sources"] == "Capitals quiz #4"
    item = "capitals/what-is-the-capital-of-portugal"
    (content / "overrides.toml").write_text(
        f'[[override]]\nitem = "{item}"\nanswer = "Lisbon (Lisboa)."\n', encoding="utf-8"
    )
    assert CliRunner().invoke(main, ["lint", str(content), "--stamp"]).exit_code == 0
    assert 'against = "' in (content / "overrides.toml").read_text(encoding="utf-8")
    build(content, out, formats=("json",), now=2_000)

    inserted = [QUESTIONS[0], ("What is the capital of Germany?", "Berlin."), *QUESTIONS[1:]]
    (content / "sources" / "capitals.txt").write_text(_numbered(inserted), encoding="utf-8")
    diff = CliRunner().invoke(main, ["diff", str(content), "--changes-only"]).output
    assert "deckc diff: 1 new, 4 updated (4 renumbered or retitled), 1 unchanged, 0 retired" in diff, diff
    assert "updated    4 notes only in where they come from" in diff
    assert [line for line in diff.splitlines() if line.startswith("new")] == [
        "new        capitals/what-is-the-capital-of-germany"
    ]
    assert not [line for line in diff.splitlines() if line.startswith("updated    capitals/")]
    after = build(content, out, formats=("json",), now=3_000)
    assert after.summary.totals == {"new": 1, "updated": 4, "unchanged": 1, "retired": 0}
    assert after.summary.renumbered == 4
    assert after.compiled is not None
    assert not after.compiled.diagnostics.warnings, after.compiled.diagnostics.warnings
    assert _notes(out)["What is the capital of Portugal?"]["Answer"] == "<p>Lisbon (Lisboa).</p>"
    numbers = {i.question: i.number for i in after.compiled.items}
    assert numbers["What is the capital of Portugal?"] == "5"  # the manifest keeps the document's number
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    portugal = next(
        i
        for n in manifest["notes"]
        for i in n["items"]
        if i["question"] == "What is the capital of Portugal?"
    )
    assert (portugal["number"], portugal["line"]) == ("5", 15)


def test_an_override_stamped_with_the_number_in_it_still_holds(tmp_path: Path) -> None:
    """Stamps written before T31-71 hashed the item's text with its number: they are still the same text."""
    from compiler.overrides import source_stamp

    content = _content(tmp_path)
    out = tmp_path / "build"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    item = next(i for i in result.compiled.items if i.number == "4")
    old = source_stamp(item, numbered=True)
    assert old != source_stamp(item)
    (content / "overrides.toml").write_text(
        f'[[override]]\nitem = "{item.key}"\nanswer = "Lisbon (Lisboa)."\nagainst = "{old}"\n',
        encoding="utf-8",
    )
    again = build(content, out, formats=("json",), now=2_000)
    assert again.compiled is not None and not again.compiled.diagnostics.warnings


def test_a_new_document_title_is_one_line_of_the_diff(tmp_path: Path) -> None:
    """Notes whose Sources line alone changes (a document retitled, or renumbered by an older deckc) are one line
    of `deckc diff` and said apart in the totals, so an edit that matters does not drown among them."""
    content = _content(tmp_path)
    out = tmp_path / "build"
    build(content, out, formats=("json",), now=1_000)
    deck = (content / "deck.toml").read_text(encoding="utf-8")
    (content / "deck.toml").write_text(deck.replace("Capitals quiz", "European capitals"), encoding="utf-8")
    text = (content / "sources" / "capitals.txt").read_text(encoding="utf-8")
    (content / "sources" / "capitals.txt").write_text(text.replace("Rome.", "Rome (Roma)."), encoding="utf-8")
    diff = CliRunner().invoke(main, ["diff", str(content), "--changes-only"]).output
    assert "0 new, 5 updated (4 renumbered or retitled), 0 unchanged, 0 retired" in diff, diff
    assert "updated    4 notes only in where they come from" in diff
    assert "capitals/what-is-the-capital-of-italy: Answer, Sources" in diff
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert "5 updated (4 renumbered or retitled)" in run.output, run.output


def test_an_answer_edit_is_never_counted_as_renumbered(tmp_path: Path) -> None:
    """Only the number after a title (Sources, 'Also in' heads) may differ: a changed answer is an edit."""
    from compiler.lock import LockEntry
    from compiler.passes.lock import attribution_only

    also = '<div class="also-item"><div class="also-source">Also in Quiz #{n}</div><p>{a}</p></div>'
    entry = LockEntry(
        guid="g",
        id="q/x",
        mtime=1,
        hash="h",
        items=[],
        anchors=[],
        tags=[],
        notetype="deckc Basic",
        fields={"Sources": "Quiz #3 · Exam #1", "Also": also.format(n=3, a="Paris")},
    )

    note = SimpleNamespace(fields={"Sources": "Quiz #4 · Exam #1", "Also": also.format(n=4, a="Paris")})
    assert attribution_only(entry, note, ["Sources", "Also"])  # type: ignore[arg-type]
    note.fields["Also"] = also.format(n=4, a="Paris, France")
    assert not attribution_only(entry, note, ["Sources", "Also"])  # type: ignore[arg-type]
    assert not attribution_only(entry, note, ["Sources", "Answer"])  # type: ignore[arg-type]
    assert not attribution_only(entry, note, [])  # type: ignore[arg-type]


def _long_answer(topic: str) -> str:
    words = " ".join(
        f"{topic} detail {k} explains how the server streams parts of the page as they become ready."
        for k in range(12)
    )
    return words + "\n"


def test_cards_filed_under_a_question_are_no_duplicates_of_it(tmp_path: Path, real_model: object) -> None:
    """T31-72: a long answer split into topic cards ('What is streaming SSR? › How it works') made `deckc dupes`
    ask whether each topic card duplicates its own question (scores up to 0.99, 8 of a README's first 12
    suggestions). A card filed under a question (or two under one) is never a candidate of it."""
    page = (
        "# React notes\n\n## What is streaming SSR and why does it help?\n\n"
        "Streaming server-side rendering sends HTML in pieces.\n\n"
        + "".join(
            f"### {name}\n\n{_long_answer(name)}\n"
            for name in ("How it works", "Why it is faster", "Streaming SSR example")
        )
        + "## What is hydration?\n\nAttaching event handlers to server-rendered HTML.\n"
    )
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "react.md").write_text(page, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.dupes is not None
    questions = [i.question for i in result.compiled.items]
    assert len(questions) == 5 and any("How it works" in q for q in questions), questions
    parent = "What is streaming SSR and why does it help?"
    pairs = [(p.a.question, p.b.question) for p in result.compiled.dupes.pairs]
    assert not [
        pair
        for pair in pairs
        if parent in pair
        or all("›" in q or q in {"How it works", "Why it is faster", "Streaming SSR example"} for q in pair)
    ], pairs
    assert len(result.compiled.deck.notes) == 5


def test_a_list_numbered_out_of_order_keeps_its_numbers(tmp_path: Path) -> None:
    """T31-21: an ordering exercise ('4. u' / '1. l' / '2. p' / '3. s') showed 4, 5, 6, 7 on the card (HTML counts on
    from the first number): the numbers that are the answer were lost. Each item keeps its number, on the card and
    on the printed sheet; a list numbered '1.' throughout (Markdown's lazy numbering) still counts 1, 2, 3."""
    from pypdf import PdfReader

    page = (
        "# Orders\n\n## In which order are the letters of 'plus' written?\n\n4. u\n1. l\n2. p\n3. s\n\n"
        "## What are the first steps of CPR?\n\n1. Check\n1. Call\n1. Compress\n"
    )
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "orders.md").write_text(page, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    out = tmp_path / "build"
    build(content, out, formats=("json", "pdf"), now=1_000)
    notes = _notes(out)
    order = notes["In which order are the letters of 'plus' written?"]["Answer"]
    assert (
        order
        == '<ol start="4">\n<li value="4">u</li>\n<li value="1">l</li>\n<li value="2">p</li>\n<li value="3">s</li>\n</ol>'
    )
    assert "value=" not in notes["What are the first steps of CPR?"]["Answer"]
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(next(out.glob("*.pdf"))).pages).split()
    )
    assert "4. u 1. l 2. p 3. s" in text and "1. Check 2. Call 3. Compress" in text, text


def _one_file(tmp_path: Path, name: str, text: str) -> tuple[Path, Path]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    return content, tmp_path / "build"


def test_decomposed_unicode_reads_as_composed(tmp_path: Path) -> None:
    """T32-9: a Vietnamese test saved decomposed (NFD: Unikey's 'Unicode tổ hợp', a macOS copy) stopped the build
    ('cannot tell this document's layout': 'Câu 1.' matched no label); a German word table in NFD was one card.
    The text is read composed (NFC), the same text to the learner; CJK compatibility ideographs stay as written."""
    import unicodedata

    from compiler.sources.base import composed

    quiz = (
        "Câu 1. Thủ đô của Việt Nam là gì?\nA. Hồ Chí Minh\nB. Hà Nội\nC. Đà Nẵng\n\n"
        "Câu 2. Sông nào dài nhất Việt Nam?\nA. Sông Hồng\nB. Sông Đà\nC. Sông Đồng Nai\n\nĐáp án: 1-B, 2-C\n"
    )
    content, out = _one_file(tmp_path, "trac-nghiem.txt", unicodedata.normalize("NFD", quiz))
    build(content, out, formats=("json",), now=1_000)
    notes = _notes(out)
    assert notes["Thủ đô của Việt Nam là gì?"]["Correct"] == "B) Hà Nội", notes
    assert notes["Sông nào dài nhất Việt Nam?"]["Correct"] == "C) Sông Đồng Nai"
    assert composed("\uf901 e\u0301") == "\uf901 é"  # (更 as a compatibility ideograph is not made 更)


def test_a_header_written_with_stress_marks_names_its_columns(tmp_path: Path) -> None:
    """T32-8: a Russian lesson's word table whose header carries stress marks ('| Сло́во | Перево́д | Приме́р |') was
    one card holding the whole table: a header word is matched by its letters; the cards keep the marks."""
    table = (
        "# Слова урока 5\n\n| Сло́во | Перево́д | Приме́р |\n|---|---|---|\n"
        "| молоко́ | milk | Молоко́ в холоди́льнике. |\n| хле́б | bread | Я покупа́ю хле́б. |\n| сыр | cheese | Сыр вку́сный. |\n"
    )
    content, out = _one_file(tmp_path, "slova.md", table)
    build(content, out, formats=("json",), now=1_000)
    notes = _notes(out)
    assert sorted(notes) == ["молоко́", "сыр", "хле́б"], notes
    assert notes["молоко́"]["Answer"].startswith("<p>milk</p>")


def test_cloze_lines_each_numbered_from_c1_are_a_note_each(tmp_path: Path) -> None:
    """T32-10: cloze sentences typed one per line (as for Anki's importer), the last without a full stop, were ONE
    note: its c1 card blanked six unrelated facts, and a hint inside it was shown as answer text. A line per note
    when each line numbers its deletions from c1 (or each ends a sentence, as before)."""
    lines = (
        "The capital of {{c1::Australia}} is {{c2::Canberra}}.\n"
        "Insulin is made by the {{c1::beta cells}} of the {{c1::pancreas}}.\n"
        "Water boils at {{c1::100 °C::temperature}} at sea level.\n"
        "The mitochondria is the {{c1::powerhouse}} of the cell\n"
    )
    content, out = _one_file(tmp_path, "clozes.txt", lines)
    build(content, out, formats=("json",), now=1_000)
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    assert [n["fields"]["Text"] for n in notes] == [
        "The capital of {{c1::Australia}} is {{c2::Canberra}}.",
        "Insulin is made by the {{c1::beta cells}} of the {{c1::pancreas}}.",
        "Water boils at {{c1::100 °C::temperature}} at sea level.",
        "The mitochondria is the {{c1::powerhouse}} of the cell",
    ]
    # numbering that goes on across the lines is one note written over two lines
    content, out = _one_file(
        tmp_path / "b", "cloze.md", "The {{c1::heart}} pumps blood\nthrough the {{c2::aorta}} first.\n"
    )
    build(content, out, formats=("json",), now=1_000)
    assert len(_notes_list(out)) == 1


def _notes_list(out: Path) -> list[dict]:
    return json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]


def test_a_cloze_number_removed_says_what_anki_keeps(tmp_path: Path) -> None:
    """T32-29: removing '{{c2::…}}' from a published cloze note was 'updated: Text' and nothing more; in Anki the
    c2 card stays, empty ('This card is empty' in review) until Tools → Empty Cards. The build and `deckc diff`
    say so, naming the note and the numbers; a real Anki import shows the empty card they speak of."""
    from ankiutil import import_apkg, open_collection

    content, out = _one_file(
        tmp_path, "heart.md", "The SA node is the {{c1::pacemaker}}, firing at {{c2::60–100}} bpm.\n"
    )
    build(content, out, formats=("apkg", "json"), now=1_000)
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, next(out.glob("*.apkg")))
        assert col.card_count() == 2
        (content / "sources" / "heart.md").write_text(
            "The SA node is the {{c1::pacemaker}}, firing at 60–100 bpm.\n", encoding="utf-8"
        )
        diff = CliRunner().invoke(main, ["diff", str(content), "--changes-only"]).output
        assert (
            "cloze c2 removed: Anki keeps its card, empty; after importing, run Tools → Empty Cards" in diff
        ), diff
        run = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "apkg,json"])
        assert run.exit_code == 0, run.output
        assert "deckc: note heart/" in run.output and "cloze c2 removed" in run.output, run.output
        log = import_apkg(col, next(out.glob("*.apkg")))
        assert log.updated == 1
        assert col.card_count() == 2  # the c2 card is still there, as the message says
        assert len(col.get_empty_cards().notes) == 1
    finally:
        col.close()
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "apkg,json"])
    assert "cloze c2 removed" not in again.output  # said once, by the build that removed it


def test_a_renamed_listed_file_gets_one_piece_of_advice(tmp_path: Path) -> None:
    """T32-20: a listed file renamed on disk: the error said 'write file = … and keep its id', and the same run's
    overrides warning said 'replace the old item ids in overrides.toml with the new ones'; doing both dropped the
    override. With that error pending, the overrides are left alone; following the error keeps the override."""
    quiz = "1. Which organ produces bile?\nA. Gallbladder\nB. Liver\nC. Pancreas\n\n2. Which organ makes insulin?\nA. Liver\nB. Pancreas\nC. Spleen\n\nAnswer key: 1-B, 2-B\n"
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "quiz.txt").write_text(quiz, encoding="utf-8")
    table = '[[source]]\nid = "quiz"\nfile = "sources/quiz.txt"\ntitle = "Quiz"\nlayout = "numbered"\n'
    (content / "deck.toml").write_text('[deck]\nname = "T"\n\n' + table, encoding="utf-8")
    (content / "overrides.toml").write_text(
        '[[override]]\nitem = "quiz/which-organ-produces-bile"\nquestion = "Which organ produces bile (the gallbladder only stores it)?"\nwhy = "clearer"\n',
        encoding="utf-8",
    )
    out = tmp_path / "build"
    first = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert first.exit_code == 0, first.output
    (content / "sources" / "quiz.txt").rename(content / "sources" / "quiz-organs.txt")
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code != 0
    assert 'write `file = "sources/quiz-organs.txt"` in this table and keep its id' in run.output, run.output
    assert "replace the old item ids" not in run.output, run.output
    deck = (
        (content / "deck.toml")
        .read_text(encoding="utf-8")
        .replace("sources/quiz.txt", "sources/quiz-organs.txt")
    )
    (content / "deck.toml").write_text(deck, encoding="utf-8")
    fixed = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert fixed.exit_code == 0 and "0 new, 0 updated, 2 unchanged, 0 retired" in fixed.output, fixed.output
    assert "replace the old item ids" not in fixed.output and "is ignored" not in fixed.output, fixed.output
    assert "Which organ produces bile (the gallbladder only stores it)?" in _notes(out)


@pytest.mark.parametrize(
    ("ask", "answer"),
    [("Ｑ．", "Ａ．"), ("問\u3000", "答\u3000"), ("Ｑ：", "Ａ：")],
)
def test_full_width_question_labels_are_read(tmp_path: Path, ask: str, answer: str) -> None:
    """T32-43: a Japanese 一問一答 list typed with full-width labels ('Ｑ．…' / 'Ａ．…') or '問' / '答' and the
    ideographic space was 'cannot tell this document's layout' (0 cards); the same with 'Q.' / 'A.' was read."""
    pairs = [
        ("鎌倉幕府を開いたのは誰か。", "源頼朝"),
        ("大化の改新は何年か。", "645年"),
        ("「学問のすゝめ」の著者は。", "福沢諭吉"),
    ]
    text = "一問一答\u3000日本史\n\n" + "".join(f"{ask}{q}\n{answer}{a}\n\n" for q, a in pairs)
    content, out = _one_file(tmp_path, "nihonshi.txt", text)
    build(content, out, formats=("json",), now=1_000)
    assert {q: f["Answer"] for q, f in _notes(out).items()} == {q: f"<p>{a}</p>" for q, a in pairs}


def test_a_thai_quiz_keyed_on_the_key_words_line(tmp_path: Path) -> None:
    """T32-35: a Thai quiz (options ก. ข. ค. ง., key 'เฉลย 1. ข  2. ก  3. ค' on one line, no colon) was read by a
    guessed pattern into nonsense cards: an option on the front, the next question on the back. A key word before
    the entries on its line is a key with or without a colon; English 'Answers 1. B  2. C' likewise."""
    quiz = (
        "แบบทดสอบ วิทยาศาสตร์\n\n1. ออร์แกเนลล์ใดทำหน้าที่สร้างพลังงานให้เซลล์\nก. นิวเคลียส\nข. ไมโทคอนเดรีย\nค. ไรโบโซม\nง. กอลจิบอดี\n\n"
        "2. การสังเคราะห์ด้วยแสงเกิดขึ้นที่ใด\nก. คลอโรพลาสต์\nข. แวคิวโอล\nค. เยื่อหุ้มเซลล์\nง. นิวเคลียส\n\n"
        "3. หน่วยพื้นฐานของสิ่งมีชีวิตคืออะไร\nก. อะตอม\nข. โมเลกุล\nค. เซลล์\nง. เนื้อเยื่อ\n\nเฉลย 1. ข  2. ก  3. ค\n"
    )
    content, out = _one_file(tmp_path, "th.txt", quiz)
    build(content, out, formats=("json",), now=1_000)
    assert {q: f["Correct"] for q, f in _notes(out).items()} == {
        "ออร์แกเนลล์ใดทำหน้าที่สร้างพลังงานให้เซลล์": "ข. ไมโทคอนเดรีย",
        "การสังเคราะห์ด้วยแสงเกิดขึ้นที่ใด": "ก. คลอโรพลาสต์",
        "หน่วยพื้นฐานของสิ่งมีชีวิตคืออะไร": "ค. เซลล์",
    }
    english = "1. Which gas do plants take in?\nA. Oxygen\nB. Carbon dioxide\nC. Helium\n\n2. Which organ pumps blood?\nA. Liver\nB. Lung\nC. Heart\n\nAnswers 1. B  2. C\n"
    content, out = _one_file(tmp_path / "en", "en.txt", english)
    build(content, out, formats=("json",), now=1_000)
    assert {q: f["Correct"] for q, f in _notes(out).items()} == {
        "Which gas do plants take in?": "B) Carbon dioxide",
        "Which organ pumps blood?": "C) Heart",
    }


def test_a_spanish_test_numbered_with_full_stop_and_dash(tmp_path: Path) -> None:
    """T32-36: a Spanish 'oposiciones' test numbered '1.-' with its key under 'PLANTILLA DE RESPUESTAS' ('1.- c
    2.- a') was 'cannot tell this document's layout', 0 cards: '1.-' is a question number and the key is read."""
    test = (
        "TEST TEMA 3 – LA CONSTITUCIÓN ESPAÑOLA\n\n1.- ¿En qué año se aprobó la Constitución Española?\na) 1976\nb) 1977\nc) 1978\nd) 1979\n\n"
        "2.- ¿Cuántos artículos tiene la Constitución?\na) 169\nb) 159\nc) 179\nd) 189\n\n"
        "3.- El Título Preliminar comprende los artículos:\na) 1 a 9\nb) 1 a 10\nc) 1 a 11\nd) 1 a 12\n\n"
        "PLANTILLA DE RESPUESTAS\n1.- c   2.- a   3.- a\n"
    )
    content, out = _one_file(tmp_path, "test-tema-3.txt", test)
    build(content, out, formats=("json",), now=1_000)
    assert {q: f["Correct"] for q, f in _notes(out).items()} == {
        "¿En qué año se aprobó la Constitución Española?": "C) 1978",
        "¿Cuántos artículos tiene la Constitución?": "A) 169",
        "El Título Preliminar comprende los artículos:": "A) 1 a 9",
    }


_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8cfc000000301010018dd8db00000000049454e44ae426082"
)


@pytest.mark.parametrize(
    ("question", "front"),
    [
        ("Which chamber is shown in red?", True),
        ("Identify the structure labelled X.", True),
        ("What does the arrow point to?", True),
        ("Name the part marked A in the diagram.", True),
        ("Welche Struktur ist mit dem Pfeil markiert?", True),
        ("¿Qué estructura señala la flecha?", True),
        ("Draw the heart and name its chambers.", False),
        ("What does a healthy heart look like on an X-ray?", False),
    ],
)
def test_a_picture_a_question_is_about_goes_on_the_front(tmp_path: Path, question: str, front: bool) -> None:
    """T32-37: a question about what a picture shows, with the picture first under it, put the picture on the back:
    the front asked about a picture the learner could not see. Words about what is seen (shown, labelled, marked,
    arrow, in red, diagram …, in several languages) put it on the front; a picture that is the answer stays."""
    content, out = _one_file(
        tmp_path,
        "anatomy.md",
        f"# Anatomy\n\n## {question}\n\n![diagram](heart.png)\n\nThe left ventricle.\n",
    )
    (content / "sources" / "heart.png").write_bytes(_PNG)
    build(content, out, formats=("json",), now=1_000)
    fields = _notes_list(out)[0]["fields"]
    assert ("<img" in fields["Question"]) is front, fields
    assert ("<img" in fields["Answer"]) is not front
    assert fields["Answer"].endswith("<p>The left ventricle.</p>")


def test_a_notion_flashcard_page_answers_with_its_answer_property(tmp_path: Path) -> None:
    """T32-47: a Notion flashcard database exported as Markdown (a page a card: '# Question?' over the properties
    'Answer: Lima' / 'Tags: …' / 'Last reviewed: …') lost its Answer property: 'question has no answer', or the
    page's stray note as the back. The answer property is the answer, Tags the tags, the page's text after it."""
    content = tmp_path / "content"
    folder = content / "sources" / "Flashcards 1a2b3c"
    folder.mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    pages = {
        "What is the capital of Peru 4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c.md": "# What is the capital of Peru?\n\nAnswer: Lima\nTags: Geography\nLast reviewed: March 3, 2025\n",
        "Largest desert 0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d.md": "# Largest desert?\n\n\nAntwort: Antarctica\nTags: Geography\n\nSome notes about deserts.\n",
    }
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "build"
    result = build(content, out, formats=("json",), now=1_000)
    notes = {n["fields"]["Question"]: n for n in _notes_list(out)}
    assert notes["What is the capital of Peru?"]["fields"]["Answer"] == "<p>Lima</p>"
    assert notes["Largest desert?"]["fields"]["Answer"] == "<p>Antarctica</p><p>Some notes about deserts.</p>"
    assert all("Geography" in n["tags"] for n in notes.values())
    assert result.compiled is not None
    desert = next(i for i in result.compiled.items if i.question == "Largest desert?")
    assert desert.locator.line == 1


def test_answers_that_point_elsewhere_are_no_cards(tmp_path: Path) -> None:
    """T32-39: a key's non-answers ('See section 3.2.', 'Answers will vary.', 'Refer to the text.', 'Siehe Seite 45')
    became backs that teach nothing, said nowhere, while 'TODO' was reported: they are placeholders now, said with
    their line; a real answer that mentions a page stays a card."""
    text = (
        "Review questions\n\n1. What is osmosis?\n2. Describe a time you used a microscope.\n3. What is diffusion?\n"
        "4. Explain why cells are small.\n5. Where is the Mona Lisa?\n6. Was ist Osmose?\n\nAnswers\n\n1. See section 3.2.\n"
        "2. Answers will vary.\n3. Movement of particles from high to low concentration.\n4. Refer to the text.\n"
        "5. In the Louvre; see page 12 of the museum guide for its room.\n6. Siehe Seite 45.\n"
    )
    content, out = _one_file(tmp_path, "review.txt", text)
    result = build(content, out, formats=("json",), now=1_000)
    assert sorted(_notes(out)) == ["What is diffusion?", "Where is the Mona Lisa?"]
    assert result.compiled is not None
    said = [w for w in result.compiled.diagnostics.warnings if "placeholder answer" in w.message]
    assert len(said) == 4 and said[0].line == 3, said
