"""Thirty-third sitting, finder: findings of new-user trial 33 fixed (a chatbot's cards as a CSV/TSV code block,
T33-26; ...)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

CSV_CHAT = (
    "Here is a CSV you can import directly into Anki (File → Import):\n\n```csv\nFront,Back\n"
    '"What is the powerhouse of the cell?","The mitochondrion"\n"What molecule carries genetic information?","DNA"\n'
    '"Which organelle performs photosynthesis?","The chloroplast"\n```\n\n'
    "**How to import:** in Anki choose *File → Import*, pick the file, and map Front and Back.\n"
)
SEMICOLON_CHAT = (
    "¡Claro! Aquí tienes tus tarjetas en formato CSV para importar:\n\n```csv\nPregunta;Respuesta\n"
    "¿Cuál es el río más largo de Europa?;El Volga\n¿En qué año cayó el Muro de Berlín?;1989\n```\n\n"
    "Archivo → Importar, y elige «;» como separador.\n"
)
TSV_CHAT = (
    "Voici vos fiches au format Anki (séparées par des tabulations) :\n\n```\nCapitale de l'Espagne\tMadrid\n"
    "Capitale du Portugal\tLisbonne\nCapitale de la Grèce\tAthènes\n```\n\nCopiez ce texte dans un fichier .txt puis importez-le.\n"
)
LESSON = (
    "A CSV file keeps one record a line, its fields between commas. For example:\n\n```csv\nname,age\nBob,3\nAlice,5\n```\n\n"
    "Spreadsheets open such files directly; the first line usually names the columns.\n"
)


def _pairs(notes: list[dict]) -> list[tuple[str, str, int]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), n["items"][0]["line"]) for n in notes)


def test_a_chatbots_csv_block_is_the_deck_and_its_chat_no_card(tmp_path: Path) -> None:
    """T33-26: the rows of a ```csv fence between a line of chat and import tips are the cards, its header row names
    the columns, at their own lines (before: two cards split on the chat's 'File → Import' arrow, every row 'no answer')."""
    notes, skipped, said = built_notes(tmp_path, {"cards.md": CSV_CHAT})
    assert _pairs(notes) == [
        ("What is the powerhouse of the cell?", "The mitochondrion", 5),
        ("What molecule carries genetic information?", "DNA", 6),
        ("Which organelle performs photosynthesis?", "The chloroplast", 7),
    ]
    assert not skipped
    assert [s for s in said if "read as layout 'delimited'" in s], said
    assert not [s for s in said if "no answer" in s or "outside" in s], said


def test_semicolon_and_tab_rows_in_other_languages(tmp_path: Path) -> None:
    """T33-26: a ```csv fence of ';' rows (Spanish) and a bare fence of tab rows (French, no header): the rows' own
    separator, the chat lines around them left out."""
    notes, skipped, _ = built_notes(tmp_path, {"es.md": SEMICOLON_CHAT, "fr.md": TSV_CHAT})
    assert _pairs(notes) == [
        ("Capitale de l'Espagne", "Madrid", 4),
        ("Capitale de la Grèce", "Athènes", 6),
        ("Capitale du Portugal", "Lisbonne", 5),
        ("¿Cuál es el río más largo de Europa?", "El Volga", 5),
        ("¿En qué año cayó el Muro de Berlín?", "1989", 6),
    ]
    assert not skipped


def test_a_lesson_showing_a_csv_example_is_no_deck_of_its_rows(tmp_path: Path) -> None:
    """A page that shows a CSV example (no word of cards or importing around it) is not read as that CSV's rows."""
    notes, _, _ = built_notes(tmp_path, {"lesson.md": LESSON})
    assert not [n for n in notes if note_front(n) in ("Bob", "Alice")]

KO_BOGI = (
    "2024학년도 6월 모의평가 — 지구과학Ⅰ\n\n"
    "1. 판의 경계에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은?\n\n"
    "<보 기>\nㄱ. 해령에서는 새로운 해양 지각이 생성된다.\nㄴ. 해구에서는 판이 생성된다.\nㄷ. 변환 단층에서는 판이 소멸된다.\n\n"
    "① ㄱ  ② ㄴ  ③ ㄷ  ④ ㄱ, ㄴ  ⑤ ㄴ, ㄷ\n\n"
    "2. 지구 내부에서 가장 두꺼운 층은?\n① 지각  ② 맨틀  ③ 외핵  ④ 내핵\n\n"
    "정답\n1. ①  2. ②\n"
)
JA_STATEMENTS = (
    "生物基礎 確認テスト\n\n1. 細胞小器官に関する次の記述ア～ウのうち、正しいものをすべて選んだものはどれか。\n\n"
    "〔記述〕\nア．ミトコンドリアでは呼吸が行われる。\nイ．リボソームは二重の膜で包まれている。\nウ．葉緑体は植物細胞に見られる。\n\n"
    "① ア　② イ　③ ア，ウ　④ イ，ウ　⑤ ア，イ，ウ\n\n"
    "2. DNAを構成する糖はどれか。\n① リボース　② デオキシリボース　③ グルコース　④ フルクトース\n\n解答\n1. ③　2. ②\n"
)


def _choice(notes: list[dict], start: str) -> dict:  # type: ignore[type-arg]
    return next(n for n in notes if note_front(n).startswith(start))


def test_korean_bogi_statements_are_the_front_and_the_key_marks_the_option(tmp_path: Path) -> None:
    """T33-25: a '<보 기>' box of 'ㄱ.' 'ㄴ.' 'ㄷ.' statements between the question and its circled options on one line,
    keyed by '정답 1. ①': a multiple-choice card, the box and statements on the front, the keyed option marked, labels
    as written (before: a Basic card whose back was the box, the statements and the options, the key unused)."""
    notes, skipped, _ = built_notes(tmp_path, {"ko.txt": KO_BOGI})
    first = _choice(notes, "판의 경계")
    assert first["kind"] == "multiple_choice"
    assert note_front(first) == (
        "판의 경계에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은? <보 기> ㄱ. 해령에서는 새로운 해양 지각이 생성된다. "
        "ㄴ. 해구에서는 판이 생성된다. ㄷ. 변환 단층에서는 판이 소멸된다."
    )
    assert note_back(first) == "① ㄱ"
    assert "ㄴ, ㄷ" in first["fields"]["Options"] and "ㄱ. 해령" not in first["fields"]["Options"]
    assert note_back(_choice(notes, "지구 내부")) == "② 맨틀"
    assert not skipped


def test_japanese_katakana_statements_in_a_box_are_the_front(tmp_path: Path) -> None:
    """T33-25: 'ア．' 'イ．' 'ウ．' statements (sentences) under a '〔記述〕' box title, then '① ア　② イ　③ ア，ウ …': the
    statements keep their katakana and stand on the front, the circled options are the options, keyed '③'."""
    notes, skipped, _ = built_notes(tmp_path, {"ja.txt": JA_STATEMENTS})
    first = _choice(notes, "細胞小器官")
    assert first["kind"] == "multiple_choice"
    assert "〔記述〕 ア．ミトコンドリアでは呼吸が行われる。 イ．リボソーム" in note_front(first)
    assert note_back(first) == "③ ア，ウ"
    assert note_back(_choice(notes, "DNA")) == "② デオキシリボース"
    assert not skipped

SR_ZH = (
    "---\ntags: [flashcards/生物]\n---\n#flashcards\n\n细胞的能量工厂是什么？::线粒体\n<!--SR:!2025-11-20,4,270-->\n\n"
    "光合作用发生在哪里？\n?\n叶绿体中。\n<!--SR:!2025-11-18,2,250-->\n\nDNA 的全称::脱氧核糖核酸\n"
)
SR_JA = "#flashcards\n\n水の化学式は？::H₂O\n\n光合成の場所::葉緑体\n<!--SR:!2025-11-20,4,270-->\n\nstd::vector を使う。\n"


def test_obsidian_sr_cards_whose_question_ends_with_a_full_width_question_mark(tmp_path: Path) -> None:
    """T33-24: '细胞的能量工厂是什么？::线粒体' is a card (before: 'text outside any question'), at its line; a Japanese
    term without spaces is one too, and a C++ scope in prose is still none."""
    notes, skipped, said = built_notes(tmp_path, {"zh.md": SR_ZH, "ja.md": SR_JA})
    assert _pairs(notes) == [
        ("DNA 的全称", "脱氧核糖核酸", 14),
        ("光合作用发生在哪里？", "叶绿体中。", 9),
        ("光合成の場所", "葉緑体", 5),
        ("水の化学式は？", "H₂O", 3),
        ("细胞的能量工厂是什么？", "线粒体", 6),
    ]
    assert not skipped
    assert not [s for s in said if "outside any question" in s and "zh.md" in s], said


def test_a_scope_in_chinese_prose_is_no_card() -> None:
    """T33-24: a term in a script without capitals makes a card, but a C++/Rust scope glued to Chinese text stays text."""
    from compiler.sources.lines import inline_card

    assert inline_card("光合作用的场所::叶绿体") is not None
    assert inline_card("使用std::cout输出") is None and inline_card("调用Foo::bar方法") is None
