"""Twenty-fourth sitting, lead's checks: a folder of one question per file whose fields are headings (trial25).

A Chinese interview collection (one Markdown file per question: '#### **题目**：…' / '#### **出题人**：…' /
'#### **参考答案**：' and the answer, its own sub-headings written at the label's level) gave 13 notes from 29 files:
a setter's heading between the question and the answer label made half the files "cannot tell this document's
layout", the answer's sub-headings became cards fronted by '* 考察点', a key in the label heading after the setter's
heading keyed nothing, and an answer's lettered points were read as options with no key.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

SETTER = "#### **出题人**：阿里巴巴出题专家：文景／阿里云 CDN 资深技术专家\n\n"

TASK = (
    "#### **题目**：已知 sqrt (2)约等于 1.414，要求不用数学库，求 sqrt (2)精确到小数点后 10 位。\n"
    + SETTER
    + "#### **参考答案**：\n"
    "#### * 考察点\n\n1. 基础算法的灵活应用能力\n2. 退出条件设计\n\n"
    "#### 二分法\n##### 1. 在(1.4, 1.5)区间做二分\n查找，直到差值足够小。\n\n"
    "##### 2. 退出条件\n前后两次的差值的绝对值<=0.0000000001, 则可退出\n\n"
    "#### 牛顿迭代法\n##### 1.牛顿迭代法的公式为：\nx(n+1) = x(n) - f(x(n))/f'(x(n))\n"
)
KEYED = (
    "##### **问题**：关于 epoll 和 select 的区别，哪些说法是正确的？（多选）\n"
    "A. epoll 和 select 都是 I/O 多路复用的技术。\n\nB. epoll 相比 select 效率更高。\n\n"
    "C. epoll 支持水平触发和边沿触发两种模式。\n\nD. select 能并行支持 I/O 比较小，且无法修改。\n\n"
    "##### **出题人**：阿里巴巴出题专家：寈峰／阿里技术专家\n\n##### **参考答案**：A，B，C\n"
)
POINTS = (
    "#### **题目**：请解释下为什么发布热门消息的时候，微博系统会崩溃，如何解决？\n\n"
    + SETTER
    + "#### **参考答案**：\n\nA. 获取微博通过 pull 方式还是 push 方式\n\nB. 发布微博的频率要远小于阅读微博\n\n"
    "C. 流量明星的发微博，和普通博主要区分对待\n"
)
CODE = (
    "#### **题目**：给定一个二叉搜索树(BST)，找到树中第 K 小的节点。\n"
    + SETTER
    + "#### **参考答案**：\n\n##### * 考察点\n\n1. 基础数据结构的理解和编码能力\n2. 递归使用\n\n##### * 示例\n\n```\n"
    + "".join(f"int line{n} = visit(node, {n});\n" for n in range(160))
    + "```\n"
)


def test_each_file_of_a_labelled_folder_is_its_question_with_its_whole_answer(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(
        tmp_path,
        {
            "bank/1.1.2 sqrt.md": TASK,
            "bank/1.1.5 epoll.md": KEYED,
            "bank/1.2.0 weibo.md": POINTS,
            "bank/1.1.3 bst.md": CODE,
        },
    )
    assert not skipped, skipped
    assert not any("cannot tell" in line for line in said), said
    assert len(notes) == 4, [note_front(n) for n in notes]

    def by_front(start: str) -> dict:  # type: ignore[type-arg]
        return next(n for n in notes if note_front(n).startswith(start))

    # the answer's sub-headings are its parts, not cards; the setter is on neither side
    sqrt = by_front("已知 sqrt (2)")
    assert "二分法" in note_back(sqrt) and "牛顿迭代法" in note_back(sqrt) and "考察点" in note_back(sqrt)
    assert "出题人" not in note_back(sqrt) + note_front(sqrt)
    # the key in the label heading keys the options, the setter's heading between them notwithstanding
    epoll = by_front("关于 epoll 和 s")
    assert epoll["fields"]["Correct"].count("<br>") == 2 and "select 能并行" not in epoll["fields"]["Correct"]
    # lettered points under the bare label are the answer, not options without a key
    weibo = by_front("请解释下为什么发布热门消")
    assert "pull 方式还是 push 方式" in note_back(weibo) and "Options" not in weibo["fields"]
    # a long answer the page labels as the answer stays one card: its sub-headings are no topic cards
    bst = by_front("给定一个二叉搜索树(BST")
    assert "line159" in note_back(bst) and "递归使用" in note_back(bst)


def test_the_same_shape_in_english_with_a_statement_for_its_question(tmp_path: Path) -> None:
    """A labelled question need not end in '?': 'Reverse a singly linked list in place.' under 'Question:'."""
    files = {
        f"q{n}.md": (
            f"#### **Question**: Reverse a singly linked list of {n} nodes in place.\n\n"
            f"#### **Author**: Expert {n}, Alibaba Cloud\n\n#### **Reference answer**:\n\n"
            "Use three pointers, prev, cur and next, and walk the list once.\n\n#### Complexity\n\nO(n) time, O(1) space.\n"
        )
        for n in (3, 5)
    }
    notes, skipped, said = built_notes(tmp_path, files)
    assert not skipped and len(notes) == 2, said
    for note in notes:
        assert note_front(note).startswith("Reverse a singly linked list of")
        assert "three pointers" in note_back(note) and "O(1) space" in note_back(note)
        assert "Author" not in note_back(note)


def test_a_file_whose_question_is_only_its_name_is_one_note_without_its_labels(tmp_path: Path) -> None:
    """'#### **题目**：' left empty, or only '#### **参考答案**：': the file name asks ('10.1.0 使用Redis有哪些好处？.md')."""
    files = {
        "redis/10.1.0 使用Redis有哪些好处？.md": "#### **题目**：\n\n#### **参考答案**：\n\n(1) 速度快，因为数据存在内存中\n\n(2) 支持丰富数据类型\n",
        "redis/12.1.0 zookeeper是什么？.md": "#### **参考答案**：\n\n> A high-performance coordination service\n\nZookeeper 是开源实现。\n",
    }
    notes, skipped, said = built_notes(tmp_path, files)
    assert not skipped and sorted(note_front(n) for n in notes) == [
        "zookeeper是什么？",
        "使用Redis有哪些好处？",
    ], said
    for note in notes:
        assert "参考答案" not in note_back(note) and "题目" not in note_back(note)
        assert "速度快" in note_back(note) or "coordination service" in note_back(note)


def test_the_pages_one_labelled_question_takes_the_headings_after_it_as_its_answer(tmp_path: Path) -> None:
    """'#### **题目**：主键 超键 候选键 外键是什么' over '#### 定义' / '#### 举例', no answer label: one card, not three."""
    page = (
        "#### **题目**：主键 超键 候选键 外键是什么\n\n#### 定义\n\n**超键(super key)**: 在关系中能唯一标识元组的属性集\n\n"
        "**主键(primary key)**: 用户选作元组标识的一个候选键\n\n#### 举例\n\n比如学号是主键。\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"9.1.0 keys.md": page})
    assert not skipped and len(notes) == 1, said
    assert note_front(notes[0]) == "主键 超键 候选键 外键是什么"
    assert "超键" in note_back(notes[0]) and "学号是主键" in note_back(notes[0])


def test_a_file_named_by_its_question_over_numbered_points_is_one_note(tmp_path: Path) -> None:
    """'11.4.6 如何添加索引？.md' holding '1. 单字段索引' / code / '2. 复合索引' …: the points are its answer, never questions."""
    body = "MongoDB支持多种类型的索引：\n\n1. 单字段索引\n\n```\ndb.person.createIndex( {age: 1} )\n```\n\n对age建立索引。\n\n"
    body += "2. 复合索引\n\n```\ndb.person.createIndex( {age: 1, name: 1} )\n```\n\n可以对多个字段进行索引。\n\n3. 多key索引\n\n当索引的字段为数组时。\n"
    notes, skipped, said = built_notes(tmp_path, {"11.4.6 如何添加索引？.md": body})
    assert not skipped and len(notes) == 1, said
    assert note_front(notes[0]) == "如何添加索引？"
    assert "复合索引" in note_back(notes[0]) and "多key索引" in note_back(notes[0])


def test_a_title_that_starts_with_a_number_is_no_item(tmp_path: Path) -> None:
    """trial25 T25-6 (severe): '9. Sınıf Kimya …' (9th grade) over questions 1–4 was item 9 holding the whole test."""
    questions = [
        ("Aşağıdakilerden hangisi bir elementtir?", ["Su", "Tuz", "Demir", "Hava", "Şeker"]),
        ("Atom numarası 6 olan element hangisidir?", ["Oksijen", "Karbon", "Azot", "Helyum", "Neon"]),
        ("Suyun kimyasal formülü aşağıdakilerden hangisidir?", ["CO2", "H2O", "NaCl", "O2", "H2O2"]),
    ]
    text = "9. Sınıf Kimya - Ünite 1 Tarama Testi\n\n"
    for n, (q, options) in enumerate(questions, 1):
        text += (
            f"{n}. {q}\n"
            + "".join(f"{letter}) {o}\n" for letter, o in zip("ABCDE", options, strict=True))
            + "\n"
        )
    text += "CEVAP ANAHTARI\n1-C   2-B   3-B\n"
    notes, skipped, said = built_notes(tmp_path, {"test.txt": text})
    assert not skipped and [note_back(n) for n in notes] == ["C) Demir", "B) Karbon", "B) H2O"], said
    assert note_front(notes[0]).startswith("Aşağıdakilerden hangisi")


def test_a_task_heading_over_its_code_and_a_solution_toggle_is_a_card(tmp_path: Path) -> None:
    """trial25 T25-20 (severe): '##### 1. Напишите валидные тесты' / starter code / '<details><summary><b>Решение</b>':
    7 of 10 such tasks were in no card, said only as 'text outside any question'."""
    task = (
        "##### {n}. {verb}\n\n```javascript\nconst str{n} = 'Winter is coming'\nit('str{n} is a string', () => {{}})\n```\n\n"
        "<details><summary><b>{label}</b></summary>\n<p>\n\n```javascript\nit('str{n} is a string', () => {{\n"
        "  expect(typeof str{n}).toBe('string')\n}})\n```\n\n</p>\n</details>\n\n"
    )
    page = "# Задачи по тестированию на Jest\n\n" + "".join(
        task.format(n=n, verb=verb, label=label)
        for n, verb, label in [
            (1, "Напишите валидные тесты", "Решение"),
            (2, "Write a valid test", "Solution"),
            (3, "Напишите валидный тест", "Решение"),
        ]
    )
    notes, skipped, said = built_notes(tmp_path, {"tests.md": page})
    assert not skipped and len(notes) == 3, said
    assert not any("outside any question" in line for line in said), said
    for n, note in enumerate(notes, 1):
        assert note_front(note).startswith(("Напишите валидн", "Write a valid test"))
        assert f"str{n}" in note_front(note) and "Winter is coming" in note_front(
            note
        )  # the starter code on the front
        assert f"typeof str{n}" in note_back(note)  # the solution on the back


def test_a_pdfs_hyphen_reported_as_a_soft_hyphen_is_printed() -> None:
    """trial25 T25-12: 'light\\u00addependent' from a Typst PDF showed 'lightdependent' on the card."""
    from compiler.sources.pdftext import printed_hyphens

    assert printed_hyphens("The light\u00addependent stage") == "The light-dependent stage"
    assert (
        printed_hyphens("a break at the end\u00ad\nof a line, x\u00ad1")
        == "a break at the end\u00ad\nof a line, x\u00ad1"
    )


def test_a_stem_wrapped_before_its_options_is_one_question_in_markdown_too(tmp_path: Path) -> None:
    """trial25 T25-11 (a PDF's text, converted to Markdown): '6. A cell placed in a hypertonic solution will' /
    'most likely' / '(A) …' had the front 'most likely' and its first line for a section."""
    page = (
        "## Section A: Multiple choice\n5. Which of the following is NOT a function\nof proteins in the cell?\n"
        "(A) Catalysing reactions\n(B) Storing genetic information\n(C) Transporting molecules\n"
        "6. A cell placed in a hypertonic solution will\nmost likely\n(A) swell and burst\n(B) stay the same\n"
        "(C) shrink as water leaves\n(D) take in more solute\n\n## Answer key\n5. B\n6. C\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"midterm.md": page})
    assert not skipped and len(notes) == 2, said
    assert note_front(notes[1]).startswith("A cell placed in a hypertonic solution will most likely")
    assert note_back(notes[1]) == "C) shrink as water leaves"
    assert notes[1]["fields"]["Section"] == "Section A: Multiple choice"


def test_worksheet_items_with_the_answer_blank_before_their_number(tmp_path: Path) -> None:
    """trial25 T25-16 (severe): '____ 13. The Moon produces its own light.' (the pupil's blank first) — the three
    true/false items were silently glued into question 12's explanation, with the part's title."""
    sheet = (
        "Part I. Multiple choice. Circle the best answer.\n\n"
        "1. Which planet is closest to the Sun?\n   A. Venus                 B. Mercury\n   C. Mars                  D. Earth\n\n"
        "2. What is the chemical symbol for sodium?\n   A. So                    B. Sd\n   C. Na                    D. S\n\n"
        "Part II. True or False. Write T or F.\n\n"
        "____ 3. The Moon produces its own light.\n____ 4. Sound travels faster in water than in air.\n"
        "____ 5. All bacteria are harmful.\n\nANSWER KEY\n 1. B     3. F     5. F\n 2. C     4. T\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"unit-test.txt": sheet})
    assert not skipped and len(notes) == 5, said
    assert [note_front(n) for n in notes[2:]] == [
        "True or false: The Moon produces its own light.",
        "True or false: Sound travels faster in water than in air.",
        "True or false: All bacteria are harmful.",
    ]
    assert [note_back(n) for n in notes[2:]] == ["False", "True", "False"]
    assert not notes[1]["fields"].get("Explanation"), notes[1]["fields"]  # the part's title is no explanation
    assert notes[2]["fields"]["Section"].startswith("Part II")


def test_question_and_answer_labels_in_lenticular_brackets(tmp_path: Path) -> None:
    """trial25 T25-25: '【問】 フランスの首都はどこか。' / '【答】 パリ' was 'cannot tell this document's layout', 0 cards."""
    plain = "【問】 フランスの首都はどこか。\n【答】 パリ\n\n【問】 『源氏物語』の作者は誰か。\n【答】 紫式部\n\n【問】 大陸はいくつあるか。\n【解答】 七つ\n"
    numbered = (
        plain.replace("【問】 フランス", "【問1】 フランス")
        .replace("【問】 『", "【問2】 『")
        .replace("【問】 大陸", "【問3】 大陸")
    )
    for name, text in (("plain.txt", plain), ("numbered.txt", numbered)):
        notes, skipped, said = built_notes(tmp_path / name, {name: text})
        assert not skipped, said
        assert [(note_front(n), note_back(n)) for n in notes] == [
            ("フランスの首都はどこか。", "パリ"),
            ("『源氏物語』の作者は誰か。", "紫式部"),
            ("大陸はいくつあるか。", "七つ"),
        ], name


def test_a_key_file_with_its_own_title_keys_the_quiz_named_like_it(tmp_path: Path) -> None:
    """trial25 T25-48 (severe): 'Chemistry Quiz 5 – Answer Key' over '1. B' … was said to be the key, and keyed nothing."""
    quiz = "".join(
        f"{n}. {q}\nA. {a}\nB. {b}\nC. {c}\nD. {d}\n\n"
        for n, (q, a, b, c, d) in enumerate(
            [
                ("What is the atomic number of carbon?", "4", "6", "8", "12"),
                ("Which gas is most abundant in air?", "Oxygen", "Argon", "Nitrogen", "Carbon dioxide"),
                ("What is the pH of a neutral solution?", "0", "5", "7", "14"),
            ],
            1,
        )
    )
    key = "Chemistry Quiz 5 – Answer Key\n\n1. B\n2. C\n3. C\n"
    notes, skipped, said = built_notes(tmp_path, {"chem-quiz.txt": quiz, "chem-quiz-answers.txt": key})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["B) 6", "C) Nitrogen", "C) 7"]


def test_documents_beside_deck_toml_are_named_in_the_messages(tmp_path: Path) -> None:
    """trial25 T25-44: a folder of quizzes built as it is said only 'create deck.toml', then 'no source documents'."""
    from click.testing import CliRunner

    from compiler.cli import main

    (tmp_path / "quiz.txt").write_text("1. What is 2+2?\nA. 3\nB. 4\nAnswer: B\n", encoding="utf-8")
    said = CliRunner().invoke(main, ["build", str(tmp_path)]).output
    assert "holds 1 document deckc reads (quiz.txt)" in said and "sources/" in said, said
    (tmp_path / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    said = CliRunner().invoke(main, ["build", str(tmp_path)]).output
    assert "no source documents" in said and "(quiz.txt): move it into sources/" in said, said


def test_turkish_arabic_and_hebrew_one_letter_label_pairs_are_labels(tmp_path: Path) -> None:
    """trial25 T25-26: 'S:' / 'C:' (soru/cevap), 'س:' / 'ج:' (سؤال/جواب), 'ש:' / 'ת:' (שאלה/תשובה) stayed on the cards."""
    pages = {
        "tr.txt": (
            "S: Fransa'nın başkenti neresidir?\nC: Paris.\n\nS: Kaç kıta vardır?\nC: Yedi.\n",
            "Fransa'nın başkenti neresidir?",
            "Paris.",
        ),
        "ar.txt": (
            "س: ما هي عاصمة فرنسا؟\nج: باريس.\n\nس: كم عدد القارات؟\nج: سبع.\n",
            "ما هي عاصمة فرنسا؟",
            "باريس.",
        ),
        "he.txt": ("ש: מהי בירת צרפת?\nת: פריז.\n\nש: כמה יבשות יש?\nת: שבע.\n", "מהי בירת צרפת?", "פריז."),
    }
    for name, (text, front, back) in pages.items():
        notes, skipped, said = built_notes(tmp_path / name, {name: text})
        assert not skipped and len(notes) == 2, said
        assert (note_front(notes[0]), note_back(notes[0])) == (front, back), name


def test_bullets_that_ask_then_answer_after_an_arrow_or_a_dash(tmp_path: Path) -> None:
    """trial25 T25-28: '- What port does HTTPS use? → 443' had the back '→ 443'; a checklist's '- Same markers? ✓' is no card."""
    page = (
        "## Networking\n\n- What does DNS do? → Translates domain names to IP addresses.\n- What port does HTTPS use? → 443\n"
        "- What is a subnet mask? -> A mask that splits an address.\n\n## Security\n\n"
        "- What is phishing? — Tricking people into revealing credentials.\n- Why hash passwords? — So a leak does not reveal them.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"quick.md": page})
    assert not skipped, said
    assert [note_back(n) for n in notes] == [
        "Translates domain names to IP addresses.",
        "443",
        "A mask that splits an address.",
        "Tricking people into revealing credentials.",
        "So a leak does not reveal them.",
    ]


def test_a_question_answered_on_its_own_line_behind_other_labels(tmp_path: Path) -> None:
    """trial25 T25-62: '问：中国的首都是哪里？　答：北京' gave no card; 'Q. 한국의 수도는? A. 서울' kept 'A. ' on every back."""
    zh = "地理小测\n\n问：中国的首都是哪里？　答：北京\n问：中国最长的河流是什么？　答：长江\n问：中国最高的山是什么？　答：珠穆朗玛峰\n"
    ko = "Q. 한국의 수도는? A. 서울\nQ. 한국에서 가장 높은 산은? A. 한라산\nQ. 한국에서 가장 긴 강은? A. 낙동강\n"
    for name, text, first in (
        ("zh.txt", zh, ("中国的首都是哪里？", "北京")),
        ("ko.txt", ko, ("한국의 수도는?", "서울")),
    ):
        notes, skipped, said = built_notes(tmp_path / name, {name: text})
        assert not skipped and len(notes) == 3, said
        assert (note_front(notes[0]), note_back(notes[0])) == first, name


@pytest.mark.parametrize("mark", ["   <--", " (✔)", " – correct", "*"])
def test_more_hand_marks_of_the_right_option(tmp_path: Path, mark: str) -> None:
    """trial25 T25-27: 'b) Rome   <--', 'b) Rome (✔)', 'b) Rome – correct' and 'b)* Rome' were 0 cards or Basic cards."""
    questions = [
        ("What is the capital of Italy?", ["Milan", "Rome", "Naples"], 1),
        ("Which planet is the largest?", ["Mars", "Venus", "Jupiter"], 2),
        ("Which of these is a mammal?", ["Shark", "Dolphin", "Trout"], 1),
    ]
    text = "Quiz\n\n"
    for n, (q, options, right) in enumerate(questions, 1):
        text += f"{n}. {q}\n"
        for k, (letter, option) in enumerate(zip("abc", options, strict=True)):
            if k != right:
                text += f"{letter}) {option}\n"
            else:
                text += f"{letter})* {option}\n" if mark == "*" else f"{letter}) {option}{mark}\n"
        text += "\n"
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": text})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["B) Rome", "C) Jupiter", "B) Dolphin"]


def test_a_typst_quiz_of_nested_enumerations_keyed_under_answers(tmp_path: Path) -> None:
    """trial25 T25-68 (severe): '+ What is …?' over '  + So' / '  + Na' … and '== Answers' / '1. b': Basic cards teaching
    the option list, the key unused."""
    quiz = (
        '#set page(paper: "a4")\n= Chemistry quiz\n\n+ What is the chemical symbol for sodium?\n'
        '  #set enum(numbering: "a)")\n  + So\n  + Na\n  + Sd\n  + S\n\n'
        "+ Which gas is produced when zinc reacts with hydrochloric acid?\n  + Oxygen\n  + Chlorine\n  + Hydrogen\n  + Nitrogen\n\n"
        "== Answers\n1. b\n2. c\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"chem-quiz.typ": quiz})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the chemical symbol for sodium?", "B) Na"),
        ("Which gas is produced when zinc reacts with hydrochloric acid?", "C) Hydrogen"),
    ]


def test_true_false_statements_with_the_verdict_first(tmp_path: Path) -> None:
    """trial25 T25-17: '( V ) El Sol es una estrella.' / '( F ) La Luna tiene luz propia.' was 0 cards."""
    sheet = (
        "Ciencias Naturales – Guía de repaso\n\nI. Escribe V si es verdadero o F si es falso.\n\n"
        "( V ) El Sol es una estrella.\n( F ) La Luna tiene luz propia.\n( V ) Las plantas producen oxígeno.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"vf.txt": sheet})
    assert not skipped and len(notes) == 3, said
    assert [note_back(n) for n in notes] == ["Verdadero", "Falso", "Verdadero"]
    assert note_front(notes[1]).endswith("La Luna tiene luz propia.")


def test_numbered_labels_written_with_a_dash(tmp_path: Path) -> None:
    """trial25 T25-57: 'Q1 - What is a compiler?' / 'A1 - A program …' kept both labels on the cards."""
    pairs = [
        ("What is a compiler?", "A program that translates source code into machine code."),
        ("What is an interpreter?", "A program that executes source code line by line."),
        ("What is a linker?", "A program that joins object files into an executable."),
    ]
    text = "".join(f"Q{n} - {q}\nA{n} - {a}\n\n" for n, (q, a) in enumerate(pairs, 1))
    notes, skipped, said = built_notes(tmp_path, {"qa.txt": text})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == pairs


def test_a_bank_answer_with_a_final_stop_names_its_option(tmp_path: Path) -> None:
    """trial25 T25-63: '"answer": "Water."' with the option 'Water' gave a Basic note, the options gone."""
    bank = json.dumps(
        [
            {
                "question": "What is the capital of France?",
                "options": ["Paris", "Lyon", "Nice"],
                "answer": "paris",
            },
            {"question": "What is H2O?", "options": ["Salt", "Water", "Sugar"], "answer": "Water."},
        ]
    )
    notes, skipped, said = built_notes(tmp_path, {"bank.json": bank})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["A) Paris", "B) Water"]


def test_an_entrance_papers_marking_scheme_is_no_part_of_the_question(tmp_path: Path) -> None:
    """trial25 T25-64: every front ended '[+4, −1]' (the marks for a right and a wrong answer)."""
    paper = "PHYSICS – SECTION A (Single correct, +4 / −1)\n\n"
    paper += "Q.1 The SI unit of magnetic flux is [+4, −1]\n(1) tesla\n(2) weber\n(3) henry\n(4) gauss\nAns. (2)\n\n"
    paper += "Q.2 Which of the following is a scalar? (+4/−1)\n(1) velocity\n(2) force\n(3) work\n(4) momentum\nAns. (3)\n\n"
    paper += (
        "Q.3 What is the unit of force? [+4, −1]\n(1) joule\n(2) newton\n(3) watt\n(4) pascal\nAns. (2)\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"jee.txt": paper})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [
        "The SI unit of magnetic flux is ___",  # (a stem its options complete shows its blank: sitting 45)
        "Which of the following is a scalar?",
        "What is the unit of force?",
    ]
    assert [note_back(n) for n in notes] == ["(2) weber", "(3) work", "(2) newton"]  # (the page's own labels)


def test_a_label_over_a_questions_example_is_no_answer_label(tmp_path: Path) -> None:
    """New-user check (learning-zone js-pw.md): '**Example:**' under three '## Q. …?' headings, each answered in a
    '<details><summary>Answer' toggle, was taken for the page's answer label: 71 fronts read 'Answer:' over the example."""
    task = (
        "## Q. {q}?\n\n**Example:**\n\n```js\nInput: {n}\nOutput: {m}\n```\n\n"
        "<details><summary><b>Answer</b></summary>\n\n```js\nconst f{n} = (x) => x * 2;\n```\n\n</details>\n\n"
    )
    page = "".join(
        task.format(q=q, n=n, m=2 * n)
        for n, q in enumerate(["Double a number", "Twice a value", "Scale by two"], 1)
    )
    notes, skipped, said = built_notes(tmp_path, {"pw.md": page})
    assert not skipped and len(notes) == 3, said
    for n, note in enumerate(notes, 1):
        assert "Example:" in note_front(note) and "Answer:" not in note_front(note)
        assert f"f{n}" in note_back(note)
