"""Documents in other hands: other scripts, labels, list shapes, encodings and layouts that users bring (trial9, learner2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import deck_of

from compiler.build import build
from compiler.model import ItemKind
from compiler.pipeline import Compiled
from compiler.sources.letters import latin_option_letters


def _built(tmp_path: Path, files: dict[str, str | Path]) -> Compiled:
    """What a build of a deck folder holding these files compiled (its JSON written into tmp_path/build)."""
    result = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


RUSSIAN = (
    "# Тест по биологии\n\n"
    "1. Какой органоид синтезирует белок?\n   а) Рибосома\n   б) Лизосома\n   в) Вакуоль\n   г) Ядро\n   Ответ: а\n\n"
    "2. Где происходит фотосинтез?\n   а) В митохондриях\n   б) В хлоропластах\n   в) В рибосомах\n   Ответ: б\n"
)
OTHERS = (
    "1. Ποιο οργανίδιο παράγει ενέργεια;\n   α) Ριβόσωμα\n   β) Μιτοχόνδριο\n   γ) Πυρήνας\n   Απάντηση: β\n\n"
    "2. ما هي عاصمة مصر؟\n   أ) الإسكندرية\n   ب) القاهرة\n   ج) أسوان\n   الإجابة: ب\n\n"
    "3. מהי בירת צרפת?\n   א) פריז\n   ב) ליון\n   ג) מרסיי\n   תשובה: א\n"
)


def test_a_lettered_run_and_its_key_get_latin_letters_in_place() -> None:
    out = latin_option_letters(RUSSIAN)
    assert out.count("\n") == RUSSIAN.count("\n")  # line numbers never move
    assert "   A) Рибосома\n   B) Лизосома\n   C) Вакуоль\n   D) Ядро\n   Ответ: A\n" in out
    assert "   Ответ: B\n" in out


def test_words_that_only_look_like_letters_are_left_alone() -> None:
    text = "Он сказал: а) нет.\nв) не по порядку\nб) тоже\nВывод: а\n"
    assert latin_option_letters(text) == text  # no run from the alphabet's first letter in order


def test_tests_in_four_scripts_are_multiple_choice_with_their_keys(tmp_path: Path) -> None:
    compiled = _built(tmp_path, {"ru.md": RUSSIAN, "g.md": OTHERS})
    keys = {i.question: (i.kind.value, i.correct, i.choices[int(ord(i.correct) - 65)].text) for i in compiled.items if i.correct}
    assert keys == {
        "Какой органоид синтезирует белок?": ("multiple_choice", "A", "Рибосома"),
        "Где происходит фотосинтез?": ("multiple_choice", "B", "В хлоропластах"),
        "Ποιο οργανίδιο παράγει ενέργεια;": ("multiple_choice", "B", "Μιτοχόνδριο"),
        "ما هي عاصمة مصر؟": ("multiple_choice", "B", "القاهرة"),
        "מהי בירת צרפת?": ("multiple_choice", "A", "פריז"),
    }


def test_question_bullets_indented_under_a_heading_are_cards(tmp_path: Path) -> None:
    """Trial9 T5: '  - O que é HTML? Linguagem …' (two spaces before '-', as the author's editor wrote them) was one
    card under the heading; CommonMark reads it as the list it is, and so does deckc (4/4, as at column 0)."""
    page = (
        "# Conhecimentos técnicos\n\n### Perguntas técnicas comuns:\n"
        "  - Como funciona o computador? Ele recebe inputs e processa em binário.\n"
        "  - O que é a internet? Um monte de computadores interligados.\n"
        "  - O que é HTML? Linguagem de marcação de texto.\n"
        "  - O que é CSS? Linguagem de estilo.\n\n### Algoritmos\n  - Variáveis e tipos\n"
    )
    compiled = _built(tmp_path, {"estudos.md": page})
    assert [(i.question, i.answer_plain()) for i in compiled.items][:2] == [
        ("Como funciona o computador?", "Ele recebe inputs e processa em binário."),
        ("O que é a internet?", "Um monte de computadores interligados."),
    ]
    assert len([i for i in compiled.items if not i.skip]) == 4


def test_a_question_written_as_two_headings_is_one_question(tmp_path: Path) -> None:
    """Trial9 T2: exam pages write a scenario heading, then the question heading. The scenario was skipped as a
    question without answer (or, unnumbered, became the section of every later card), and two cards asked
    'Would you agree with this implementation?' with opposite answers."""
    page = (
        "# Practice Test 2\n\n### 1 . Which service stores secrets?\n\n- [ ] Azure Bastion\n- [x] Azure Key Vault\n\n---\n\n"
        "### An organization plans to migrate large amounts of data to Azure, but fears transfer costs.\n\n"
        "### 2 . Is this assumption valid?\n\n- [ ] Yes\n- [x] No\n\n---\n\n"
        "### 3 . A colleague creates an Azure Event Hubs for a PaaS proof of concept.\n\n"
        "### Would you agree with this implementation?\n\n- [x] Yes\n- [ ] No\n\n---\n\n"
        "### 4 . A colleague creates an Azure Load Balancer for a PaaS proof of concept.\n\n"
        "### Would you agree with this implementation?\n\n- [x] No\n- [ ] Yes\n"
    )
    compiled = _built(tmp_path, {"practice.md": page})
    got = [(i.number, i.question, i.choices[ord(i.correct) - 65].text, i.section) for i in compiled.items if i.correct]
    assert got == [
        ("1", "Which service stores secrets?", "Azure Key Vault", []),
        ("2", "An organization plans to migrate large amounts of data to Azure, but fears transfer costs. "
         "Is this assumption valid?", "No", []),
        ("3", "A colleague creates an Azure Event Hubs for a PaaS proof of concept. "
         "Would you agree with this implementation?", "Yes", []),
        ("4", "A colleague creates an Azure Load Balancer for a PaaS proof of concept. "
         "Would you agree with this implementation?", "No", []),
    ]
    assert not [i for i in compiled.items if i.skip]


def test_a_source_named_in_another_script_builds(tmp_path: Path) -> None:
    """Trial9 T20 (critical): a file named '面试题.md' or 'Вопросы.md' crashed every build with a traceback (its
    automatic id kept letters the id pattern does not allow)."""
    from compiler.read import _free_id

    page = "## 什么是哈希表？\n\n一种把键映射到值的数据结构。\n"
    compiled = _built(tmp_path, {"面试题.md": page, "sub/Вопросы.md": "## Что такое стек?\n\nСтруктура LIFO.\n"})
    assert sorted(i.source for i in compiled.items) == sorted([_free_id("面试题", set()), _free_id("sub-Вопросы", set())])
    assert _free_id("面试题", set()).startswith("doc-") and _free_id("sub-Вопросы", set()).startswith("sub-")
    assert _free_id("Frage Über", set()) == "frage-uber"  # Latin letters as before: no note changes its id


def test_an_unforeseen_fault_is_one_line_not_a_traceback(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The last guard of the CLI: a fault deckc did not foresee prints one line and exits 2, nothing written."""
    from click.testing import CliRunner

    from compiler import cli, pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something deckc did not foresee")

    content = deck_of(tmp_path, {"a.md": "## What is 1+1?\n\n2\n"})
    monkeypatch.setattr(pipeline, "compile_content", broken)
    monkeypatch.delenv("DECKC_DEBUG", raising=False)
    result = CliRunner().invoke(cli.main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "deckc: internal error (RuntimeError: something deckc did not foresee); nothing was written" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out" / "mine.apkg").exists()


def test_obsidian_to_anki_start_end_blocks_are_notes(tmp_path: Path) -> None:
    """Learner2 M37: Obsidian_to_Anki's 'START / Basic / Front: … / Back: … / Tags: … / END' blocks were text outside
    any question, and a Cloze block's card showed 'START Cloze Text: … END'."""
    note = (
        "# Biology notes\n\nSome prose about cells.\n\n"
        "START\nBasic\nFront: What is the powerhouse of the cell?\nBack: The mitochondrion.\nTags: biology cells\nEND\n\n"
        "START\nBasic\nWhat organelle makes proteins?\nBack: The ribosome.\nEND\n\n"
        "START\nCloze\nText: The {{c1::nucleus}} contains the cell's {{c2::DNA}}.\nEND\n"
    )
    compiled = _built(tmp_path, {"notes.md": note})
    got = [(i.locator.line, i.cloze or i.question, i.answer_plain(), i.tags) for i in compiled.items]
    assert got == [
        (6, "What is the powerhouse of the cell?", "The mitochondrion.", ["biology", "cells"]),
        (13, "What organelle makes proteins?", "The ribosome.", []),
        (19, "The {{c1::nucleus}} contains the cell's {{c2::DNA}}.", "", []),
    ]


def test_a_fill_in_the_blank_sheet_keeps_its_items_and_blanks(tmp_path: Path) -> None:
    """Learner2 M29 (severe): numbered statements with blanks, each over an 'Answer: …' line, were read with a guessed
    pattern whose item was the Answer line (fronts '443', 'UDP', every card shifted); and blanks vanished from
    fronts ('The default port of HTTPS is .')."""
    sheet = (
        "# Fill in the blanks\n\n1. The default port of HTTPS is ______.\n   Answer: 443\n\n"
        "2. DNS mainly uses the ____ protocol on port 53.\n   Answer: UDP\n\n"
        "3. The ___ command lists files in Unix.\n   Answer: ls\n\n"
        "4. An IPv4 address has \\_\\_\\_\\_ bits.\n   Answer: 32\n\n"
        "5. The HTTP status code ........ means Not Found.\n   Answer: 404\n"
    )
    compiled = _built(tmp_path, {"blanks.md": sheet, "more.md": "## What is ___ in Python?\n\nA throwaway name.\n"})
    got = [(i.question, i.answer_plain()) for i in compiled.items]
    assert got == [
        ("The default port of HTTPS is ______.", "443"),
        ("DNS mainly uses the ____ protocol on port 53.", "UDP"),
        ("The ___ command lists files in Unix.", "ls"),
        ("An IPv4 address has ____ bits.", "32"),
        ("The HTTP status code ........ means Not Found.", "404"),
        ("What is ___ in Python?", "A throwaway name."),
    ]


def test_q_and_a_labels_in_other_hands(tmp_path: Path) -> None:
    """Learner2 M36: 'Q. …?' / 'A. …' pairs, full-width 'Q：'/'A：' and 问：/問：/答： were lost (or kept their
    labels on the card); every pair is a card, its labels gone."""
    en = "## OS\n\nQ: What is a process?\nA: A running program.\n\nQ. What is a thread?\nA. A path of execution in a process.\n"
    ja = "## OS\n\nQ：プロセスとスレッドの違いは？\nA：メモリを共有するかどうか。\n\n## ネットワーク\n\n问：TCP和UDP的区别是什么？\n答：TCP面向连接。\n\n問：HTTPSの既定ポートは？\n答：443番。\n"
    compiled = _built(tmp_path, {"en.md": en, "ja.md": ja})
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("What is a process?", "A running program."),
        ("What is a thread?", "A path of execution in a process."),
        ("プロセスとスレッドの違いは？", "メモリを共有するかどうか。"),
        ("TCP和UDP的区别是什么？", "TCP面向连接。"),
        ("HTTPSの既定ポートは？", "443番。"),
    ]


def test_word_lists_with_a_title_and_separators_of_their_own(tmp_path: Path) -> None:
    """Learner2 M41: '- word — translation' / '- word = translation' / '* word : translation' sections of one list
    gave one card per heading; trial9 T18: a list under a title line ('Unit 5 vocabulary') was "cannot tell"."""
    vocab = (
        "# Vocabulaire — La maison\n\n## Les pièces\n\n- la cuisine — the kitchen\n- la chambre — the bedroom\n\n"
        "## Les meubles\n\n- la table = the table\n- le lit = the bed\n\n## Verbes\n\n* ranger : to tidy up\n* nettoyer : to clean\n"
    )
    unit = "Unit 5 vocabulary\n\nla casa - the house\nel perro - the dog\nel gato - the cat\nla mesa - the table\n"
    compiled = _built(tmp_path, {"vocab.md": vocab, "unit5.txt": unit})
    got = {(i.source, i.question): (i.answer_plain(), i.section) for i in compiled.items}
    assert got[("vocab", "la cuisine")] == ("the kitchen", ["Les pièces"])
    assert got[("vocab", "le lit")] == ("the bed", ["Les meubles"])
    assert got[("vocab", "ranger")] == ("to tidy up", ["Verbes"])
    assert [q for s, q in got if s == "unit5"] == ["la casa", "el perro", "el gato", "la mesa"]
    assert len(got) == 10


def test_labelled_review_questions_in_other_languages(tmp_path: Path) -> None:
    """Trial9 T16: '## Pregunta 1' over '**Enunciado:** …' / '**Respuesta correcta:** …' / '**Justificación:** …'
    (the shape LLM quiz reviews take) gave fronts 'Pregunta 1' with the question on the back."""
    page = (
        "# Ticket de salida\n\n## Pregunta 1\n**Enunciado:** La escritura anticipada en el log (WAL) significa que…\n"
        "**Respuesta correcta:** d. El registro en el log se escribe antes que los datos.\n"
        "**Justificación:** El protocolo WAL exige registrar primero en el log.\n\n"
        "## Pregunta 2\n**Enunciado:** ¿Cuál de estas fallas exige backups físicos?\n"
        "**Respuesta correcta:** d. Falla de disco.\n**Justificación:** Implican daño en el hardware.\n"
    )
    compiled = _built(tmp_path, {"ticket.md": page})
    got = [(i.question, i.answer_plain().split("\n")[0], i.section, i.skip) for i in compiled.items]
    assert got == [
        ("La escritura anticipada en el log (WAL) significa que…", "d. El registro en el log se escribe antes que los datos.", [], ""),
        ("¿Cuál de estas fallas exige backups físicos?", "d. Falla de disco.", [], ""),
    ]
    assert "Justificación:" in compiled.items[0].answer_plain()


def test_flashcards_as_chat_assistants_write_them(tmp_path: Path) -> None:
    """Trial9 T14: '### Front' / '### Back' headings made fronts 'Back'; 'Card 2' separators and a closing chat line
    ('Let me know if you want more cards!') ended up on backs."""
    sides = (
        "# Photosynthesis flashcards\n\n<!-- Card Start -->\n\n### Front\n\nWhat pigment absorbs light in photosynthesis?\n\n"
        "### Back\n\nChlorophyll.\n\n<!-- Card End -->\n\n<!-- Card Start -->\n\n### Front\n\nWhere does the Calvin cycle take place?\n\n"
        "### Back\n\nIn the stroma.\n\n<!-- Card End -->\n"
    )
    bold = (
        "Sure! Here are your flashcards:\n\n**Card 1**\n**Front:** What are the products of the light reactions?\n"
        "**Back:** ATP, NADPH and oxygen.\n\n**Card 2**\n**Front:** What gas do plants take in?\n**Back:** Carbon dioxide.\n\n"
        "**Card 3**\n**Front:** What is the green pigment called?\n**Back:** Chlorophyll a.\n\n"
        "Let me know if you want more cards!\n"
    )
    compiled = _built(tmp_path, {"sides.md": sides, "bold.md": bold})
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got == {
        "What pigment absorbs light in photosynthesis?": "Chlorophyll.",
        "Where does the Calvin cycle take place?": "In the stroma.",
        "What are the products of the light reactions?": "ATP, NADPH and oxygen.",
        "What gas do plants take in?": "Carbon dioxide.",
        "What is the green pigment called?": "Chlorophyll a.",
    }


def test_numbered_questions_over_task_boxes_at_column_0(tmp_path: Path) -> None:
    """Learner2 M46: course quiz pages write '1. Question?', a blank line and '- [ ]' / '- [x]' options at column 0
    (the options close the numbered list in Markdown): 'no note', nothing written."""
    page = (
        "1. In which formats can you share a notebook?\n\n- [ ] doc\n- [x] PDF\n\n"
        "2. What is a feature of JupyterLab?\n\n- [ ] Is not open source\n- [x] Interactive control of cells\n\n"
        "3. Which option runs the highlighted cell?\n\n- [ ] Edit -> Run\n- [x] Run -> Run Selected Cells\n\n"
        "**Correct**  \nCorrect! Click Run > Run Selected Cells.\n"
    )
    compiled = _built(tmp_path, {"quiz.md": page})
    got = [(i.number, i.question, i.choices[ord(i.correct) - 65].text) for i in compiled.items]
    assert got == [
        ("1", "In which formats can you share a notebook?", "PDF"),
        ("2", "What is a feature of JupyterLab?", "Interactive control of cells"),
        ("3", "Which option runs the highlighted cell?", "Run -> Run Selected Cells"),
    ]
    assert "Correct! Click Run" in compiled.items[2].answer_plain()


def test_options_that_are_all_bold_keep_their_ticked_box(tmp_path: Path) -> None:
    """Learner2 M45: software quizzes bold every option (menu paths); the bold was read as a mark on every option,
    so the ticked box was lost and the quiz became a Basic card."""
    page = (
        "## Acrobat quiz\n\n#### Q21. To encrypt a PDF portfolio with a certificate, where would you start?\n\n"
        "- [ ] **Tools > Protect**\n- [ ] **Tools > Certificates**\n- [x] **Tools > Action Wizard**\n\n"
        "#### Q22. Which is the loop keyword?\n\n- [ ] if\n- [x] **for**\n- [ ] def\n"
    )
    compiled = _built(tmp_path, {"quiz.md": page})
    assert [(i.kind, i.correct, i.choices[ord(i.correct) - 65].text) for i in compiled.items] == [
        (ItemKind.multiple_choice, "C", "Tools > Action Wizard"),
        (ItemKind.multiple_choice, "B", "for"),
    ]


def test_polite_imperative_prompts_are_questions(tmp_path: Path) -> None:
    """Learner2 M42: Korean interview headings ask as polite imperatives ('…설명해주세요.'); with a '- **Term**: …'
    list in one answer the page became a glossary and every question was lost (15/15 in the real page)."""
    page = (
        "# 운영체제\n\n#### 프로세스와 스레드의 차이를 알려주세요.\n\n프로세스는 독립된 메모리를 갖는다.\n\n"
        "#### 교착상태의 조건을 설명해주세요.\n\n상호배제, 점유대기, 비선점, 순환대기.\n\n"
        "#### 사용자 수준 스레드와 커널 수준 스레드의 차이를 설명해주세요.\n\n"
        "- **사용자 수준 스레드**: 라이브러리로 구현한다.\n- **커널 수준 스레드**: 커널이 관리한다.\n\n"
        "#### 가상 메모리에 대해 설명해주세요.\n\n일부만 올려도 실행할 수 있게 하는 기법이다.\n"
    )
    compiled = _built(tmp_path, {"os.md": page})
    assert [i.question for i in compiled.items] == [
        "프로세스와 스레드의 차이를 알려주세요.",
        "교착상태의 조건을 설명해주세요.",
        "사용자 수준 스레드와 커널 수준 스레드의 차이를 설명해주세요.",
        "가상 메모리에 대해 설명해주세요.",
    ]


def test_fact_tables_beside_other_tables_lose_nothing(tmp_path: Path) -> None:
    """Learner2 M10 regression: with a per-row glossary table on a page, the page's other table was in no card, and
    a decorative emoji column was the front ('👄' -> 'By mouth')."""
    mixed = (
        "# Signa\n\n## Timing\n\n| Abbreviation | Meaning |\n|---|---|\n| BID | Twice a day |\n| HS | At bedtime |\n\n"
        "## Beta-Blockers\n\n| Brand Name | Generic Name | Class |\n|---|---|---|\n| Lopressor | Metoprolol | Beta-blocker |\n"
    )
    routes = (
        "# Routes\n\n## Route of Administration\n\n| Emoji | Abbreviation | Meaning |\n|---|---|---|\n"
        "| 👄 | PO | By mouth |\n| 👅 | SL | Sublingual |\n| 💉 | IM | Intramuscular |\n"
    )
    compiled = _built(tmp_path, {"mixed.md": mixed, "routes.md": routes})
    fronts = {i.source: [] for i in compiled.items}
    for i in compiled.items:
        fronts[i.source].append(i.question)
    assert fronts["mixed"] == ["Timing", "Beta-Blockers"]  # read by its headings: both tables on cards
    assert "Metoprolol" in compiled.items[1].answer[0].text
    assert fronts["routes"] == ["PO", "SL", "IM"]  # the emoji column is decoration, never the front


def test_legacy_encoded_text_gets_the_encoding_it_reads_best_as(tmp_path: Path) -> None:
    """Trial9 T34: a Russian cp1251 or Chinese GBK .txt was always told encoding = "cp1252", which built silent
    mojibake; the advice (and the table) name the encoding its bytes read best as, and following it reads it."""

    ru = (
        "Вопрос: Что такое TCP?\nОтвет: Протокол с установлением соединения.\n\nВопрос: Что такое UDP?\n"
        "Ответ: Протокол без соединения.\n\nВопрос: Что такое DNS?\nОтвет: Система доменных имён.\n"
    )
    zh = "问：什么是TCP？\n答：面向连接的可靠传输协议。\n\n问：什么是UDP？\n答：无连接的传输协议。\n\n问：什么是DNS？\n答：域名系统。\n"
    content = deck_of(tmp_path, {})
    (content / "sources" / "voprosy.txt").write_bytes(ru.encode("cp1251"))
    (content / "sources" / "wangluo.txt").write_bytes(zh.encode("gbk"))
    # (since trial29 T29-39 read in that encoding at once, a warning naming it and the line to add)
    first = build(content, tmp_path / "build0", formats=("json",), now=1_000)
    assert first.compiled is not None
    said = {d.file: d for d in first.compiled.diagnostics.items if d.message.startswith("not UTF-8")}
    assert 'encoding = "cp1251"' in said["sources/voprosy.txt"].hint
    assert 'encoding = "gb18030"' in said["sources/wangluo.txt"].hint
    assert "Что такое TCP?" in [i.question for i in first.compiled.items]
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n\n[[source]]\nid = "voprosy"\nfile = "sources/voprosy.txt"\nencoding = "cp1251"\n\n'
        '[[source]]\nid = "wangluo"\nfile = "sources/wangluo.txt"\nencoding = "gb18030"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.question for i in result.compiled.items] == [
        "Что такое TCP?", "Что такое UDP?", "Что такое DNS?", "什么是TCP？", "什么是UDP？", "什么是DNS？"
    ]


def test_a_deck_folder_named_in_another_script_builds(tmp_path: Path) -> None:
    """Trial9 T20 rest: `deckc init 面试卡片` wrote an output name (basename) the first build rejected."""
    from compiler.init import init_deck

    folder = tmp_path / "面试卡片"
    init_deck(folder)
    result = build(folder, folder / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    [manifest] = list((folder / "build").glob("*.json"))
    assert manifest.name == "面试卡片.json"  # (its own name, trial28 T28-48; was 'deck-1a2b3c4d.json')


@pytest.mark.parametrize(
    "label", ["答：", "답:", "답변:", "Trả lời:", "Đáp án:", "Cevap:", "Jawaban:", "उत्तर:", "الجواب:", "Svar:", "Απάντηση:"]
)
def test_answer_labels_of_other_languages_are_dropped(tmp_path: Path, label: str) -> None:
    """Trial9 T33: these labels stayed at the start of every back ('答： 一种安全的远程登录协议。')."""
    page = f"## What is SSH?\n\n{label} A secure remote login protocol.\n\n## What is TLS?\n\n{label} Transport layer security.\n"
    compiled = _built(tmp_path, {"labels.md": page})
    assert [i.answer_plain() for i in compiled.items] == ["A secure remote login protocol.", "Transport layer security."]


@pytest.mark.parametrize("heading", ["## Soluciones", "## Lösungen", "## Ответы", "## Gabarito", "## Answers and Explanations"])
def test_answer_key_sections_named_otherwise(tmp_path: Path, heading: str) -> None:
    """Learner2 M26: a key under '## Answers and Explanations' (review books) or another language's heading
    keyed nothing ('options and none marked correct', 'no note'); only 'Answers'/'Answer key' worked."""
    exam = (
        "# Examen\n\n1. ¿Cuál es el orgánulo de la respiración celular?\n   a) Ribosoma\n   b) Mitocondria\n   c) Núcleo\n\n"
        "2. ¿Dónde se realiza la fotosíntesis?\n   a) Cloroplasto\n   b) Vacuola\n   c) Lisosoma\n\n"
        f"{heading}\n\n1. b\n2. a\n"
    )
    compiled = _built(tmp_path, {"examen.md": exam})
    assert [(i.kind, i.correct) for i in compiled.items] == [(ItemKind.multiple_choice, "B"), (ItemKind.multiple_choice, "A")]


def test_circled_katakana_and_devanagari_option_marks() -> None:
    """trial11 P94, P95: Korean '①'–'④' with '정답: ④', Japanese 'ア　9' (an ideographic space) with '正解：ウ', Hindi
    '(क)'–'(घ)' with 'उत्तर: (ख)' were no options: the fronts lacked them and the keys named nothing."""
    korean = "1. 다음 중 옳지 않은 것은?\n① 실시간 접근성\n② 계속적인 변화\n③ 동시 공용\n④ 주소에 의한 참조\n\n정답: ④\n해설: 내용에 의한 참조."
    assert latin_option_letters(korean).split("\n")[1:7] == ["A) 실시간 접근성", "B) 계속적인 변화", "C) 동시 공용", "D) 주소에 의한 참조", "", "정답: D"]
    japanese = "問1 2進数の1011を10進数で表したものはどれか。\nア　9\nイ　10\nウ　11\nエ　12\n\n正解：ウ"
    assert latin_option_letters(japanese).split("\n")[1:] == ["A) 9", "B) 10", "C) 11", "D) 12", "", "正解：C"]
    hindi = "प्रश्न 1. भारत की राजधानी क्या है?\n(क) मुंबई\n(ख) नई दिल्ली\n(ग) कोलकाता\n(घ) चेन्नई\nउत्तर: (ख)"
    assert latin_option_letters(hindi).split("\n")[1:] == ["(A) मुंबई", "(B) नई दिल्ली", "(C) कोलकाता", "(D) चेन्नई", "उत्तर: (B)"]
    words = "アイスクリーム is ice cream.\nイギリス is Britain."
    assert latin_option_letters(words) == words  # katakana words, no marks


def test_korean_exam_with_circled_options(tmp_path: Path) -> None:
    """trial11 P94: the Korean exam page builds multiple-choice notes keyed by '정답: ④' (the explanation on the back)."""
    page = (
        "# 정보처리기사 필기 기출\n\n1. 다음 중 데이터베이스의 특징으로 옳지 않은 것은?\n① 실시간 접근성\n② 계속적인 변화\n③ 동시 공용\n"
        "④ 주소에 의한 참조\n\n정답: ④\n해설: 데이터베이스는 내용에 의한 참조를 한다.\n\n2. 폭포수 모형의 특징은?\n① 반복적 개발\n"
        "② 단계적 순차 진행\n③ 프로토타입 작성\n④ 위험 분석 중심\n\n정답: ②\n해설: 순차적으로 진행한다.\n"
    )
    compiled = _built(tmp_path, {"ko.md": page})
    assert [(i.question, i.correct) for i in compiled.items] == [("다음 중 데이터베이스의 특징으로 옳지 않은 것은?", "D"), ("폭포수 모형의 특징은?", "B")]
