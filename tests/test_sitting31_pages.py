"""Thirty-first sitting, pages: the trial-30 findings about notes and vaults (to-do lists in daily notes, templates
folders, header rows in other languages, where an .apkg's note is)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.lines import todo_lists

# --- T30-24: a daily note's to-do list is no quiz ------------------------------------------------------------

DAILY = (
    "---\ntags: [daily]\n---\n# 2026-03-14\n\n"
    "Slept badly; the train was late again. Spent the morning reading about\n"
    "gradient clipping and why it keeps exploding gradients in check for RNNs.\n\n"
    "## Tasks\n\n- [ ] buy milk\n- [x] call Bob about the flat\n- [ ] renew library card\n\n"
    "## Notes\n\nThe meeting with Anna went well; she suggested looking at layer normalisation next.\n"
)
DAILY_WITHOUT_TASKS = DAILY.replace("## Tasks\n\n- [ ] buy milk\n- [x] call Bob about the flat\n- [ ] renew library card\n\n", "")
AUFGABEN = (
    "# Samstag, 15. März\n\n## Aufgaben\n- [ ] Stromrechnung bezahlen\n- [x] Pflanzen gießen\n- [ ] Prof. Kim schreiben\n\n"
    "Ruhiger Tag. Kapitel 7 über Regularisierung gelesen: Dropout schaltet zufällig Neuronen ab.\n"
)
DAIBAN = "# 周六\n\n## 待办事项\n\n- [x] 交电费\n- [ ] 给导师发邮件\n\n今天读了关于正则化的第七章。\n"


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(n["kind"], note_front(n), note_back(n)) for n in notes]


def test_a_daily_notes_task_list_makes_no_card_and_its_prose_reads_as_without_it(tmp_path: Path) -> None:
    """T30-24 (high): a daily note's '## Tasks' over '- [ ] buy milk' / '- [x] call Bob …' was a multiple-choice card
    whose right option was the task done. A to-do list is no quiz and no text to learn: no card from it; the note's
    prose makes the cards the same note makes without the list."""
    notes, skipped, _ = built_notes(tmp_path / "a", {"2026-03-14.md": DAILY})
    without, _, _ = built_notes(tmp_path / "b", {"2026-03-14.md": DAILY_WITHOUT_TASKS})
    assert not [n for n in notes if n["kind"] == "multiple_choice"]
    assert _cards(notes) == _cards(without) != []
    assert not any("milk" in note_back(n) or "Bob" in note_back(n) for n in notes)
    assert not skipped
    assert [n["items"][0]["line"] for n in notes] == [15]  # ("## Notes", the line the file has it on)


def test_a_task_list_named_in_another_language_is_no_quiz(tmp_path: Path) -> None:
    """T30-24: the list's name in the note's language ('## Aufgaben', '## 待办事项') is a to-do list's too; the text
    after the list stays the page's, as it would be without the list."""
    notes, _, _ = built_notes(tmp_path, {"samstag.md": AUFGABEN, "zhouliu.md": DAIBAN})
    assert sorted(_cards(notes)) == [
        ("basic", "Samstag, 15. März", "Ruhiger Tag. Kapitel 7 über Regularisierung gelesen: Dropout schaltet zufällig Neuronen ab."),
        ("basic", "周六", "今天读了关于正则化的第七章。"),
    ]


def test_a_to_do_heading_among_questions_makes_no_quiz_and_the_questions_stay(tmp_path: Path) -> None:
    """T30-24: '## Next steps' over task boxes in a page of questions is its to-do list (no card); a heading that asks,
    labels a question ('Question 3') or states something to judge over 'True' / 'False' boxes keeps its options."""
    quiz = (
        "# Astronomy check\n\n## Which planet is the largest?\n\n- [ ] Mars\n- [x] Jupiter\n- [ ] Venus\n\n"
        "## Next steps\n\n- [x] revise the inner planets\n- [ ] book the observatory\n\n"
        "## The Sun is a planet.\n\n- [ ] True\n- [x] False\n\n## Question 3\n\n- [ ] 8 minutes\n- [x] 8 light-minutes\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.md": quiz})
    assert sorted((n["kind"], note_front(n), note_back(n)) for n in notes) == [
        ("multiple_choice", "Question 3", "B) 8 light-minutes"),
        ("multiple_choice", "The Sun is a planet.", "B) False"),
        ("multiple_choice", "Which planet is the largest?", "B) Jupiter"),
    ]


def test_todo_lists_blanks_the_list_and_its_name_only() -> None:
    """T30-24: the list's lines are blanked (line numbers kept); a day heading keeps the text under it, a list's name
    goes; a fenced example of a task list, boxes under a question or a label line in an answer ('Tasks:'), stay."""
    lines = ["# 2026-03-14", "", "- [ ] a", "- [x] b", "", "Prose.", "## TODO", "- [/] c", "Tasks:", "- [x] e", "```", "## Tasks", "- [x] d", "```"]
    assert todo_lists(lines) == ["# 2026-03-14", "", "", "", "", "Prose.", "", "", "Tasks:", "- [x] e", "```", "## Tasks", "- [x] d", "```"]
    quiz = ["## Which is prime?", "- [ ] 4", "- [x] 5"]
    assert todo_lists(quiz) is quiz



# --- T30-27: header rows in other languages ------------------------------------------------------------------

HEADED_SHEETS = {
    "de.tsv": "Frage\tAntwort\nWas ist Dropout?\tZufälliges Abschalten von Neuronen.\nWas ist Weight Decay?\tEine L2-Strafe.\n",
    "es.csv": "Pregunta;Respuesta\n¿Qué es el dropout?;Apagar neuronas al azar.\n¿Qué es la regularización L2?;Una penalización.\n",
    "ru.csv": "Вопрос,Ответ\nЧто такое dropout?,Случайное отключение нейронов.\nЧто такое L2?,Штраф на веса.\n",
    "zh.csv": "问题,答案\n什么是丢弃法？,训练时随机关闭神经元。\n什么是早停？,验证误差上升时停止训练。\n",
    "ja.tsv": "質問\t答え\nドロップアウトとは？\tニューロンを無効にすること。\n早期終了とは？\t学習を止めること。\n",
    "ko.csv": "질문,답변\n드롭아웃이란?,뉴런을 무작위로 끄는 것.\n조기 종료란?,학습을 멈춤.\n",
    "pl.tsv": "Pytanie\tOdpowiedź\nCo to jest dropout?\tLosowe wyłączanie neuronów.\nCo to jest L2?\tKara za wagi.\n",
    "tr.csv": "Soru,Cevap\nDropout nedir?,Rastgele nöron kapatma.\nErken durdurma nedir?,Doğrulama hatası artınca durmak.\n",
    "vorderseite.tsv": "Vorderseite\tRückseite\nder Hund\tthe dog\ndie Katze\tthe cat\ndas Pferd\tthe horse\n",
    "recto.csv": "Recto,Verso\nle chien,the dog\nle chat,the cat\nle cheval,the horse\n",
    "anverso.csv": "Anverso,Reverso\nel perro,the dog\nel gato,the cat\nel caballo,the horse\n",
    "zhengmian.csv": "正面,背面\n狗,dog\n猫,cat\n马,horse\n",
    "apmyeon.csv": "앞면,뒷면\n개,dog\n고양이,cat\n말,horse\n",
}


def test_header_rows_in_other_languages_are_no_cards(tmp_path: Path) -> None:
    """T30-27 (high): a sheet headed in the learner's language ('Frage/Antwort', 'Вопрос/Ответ', '问题/答案') or with
    a card tool's side names ('Vorderseite/Rückseite', 'Recto/Verso', '正面/背面': Anki's Front/Back in its
    languages) reads its first row as the columns' names, never as a card; every data row is one card, from line 2."""
    notes, _, _ = built_notes(tmp_path, HEADED_SHEETS)
    fronts = {note_front(n) for n in notes}
    firsts = {text.split("\n")[0].replace(";", "\t").replace(",", "\t").split("\t")[0] for text in HEADED_SHEETS.values()}
    assert not fronts & firsts
    rows = sorted((n["items"][0]["file"], n["items"][0]["line"]) for n in notes)
    assert rows == sorted((f"sources/{name}", k) for name, text in HEADED_SHEETS.items() for k in range(2, text.count("\n") + 1))
    dog = next(n for n in notes if note_front(n) == "der Hund")
    assert note_back(dog) == "the dog"


def test_a_markdown_table_headed_with_side_names_is_a_table_of_cards(tmp_path: Path) -> None:
    """T30-27: the shared table of header words serves Markdown tables too ('| Vorderseite | Rückseite |')."""
    page = "# Tiere\n\n| Vorderseite | Rückseite |\n|---|---|\n| der Hund | the dog |\n| die Katze | the cat |\n"
    notes, _, _ = built_notes(tmp_path, {"tiere.md": page})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [("der Hund", "the dog"), ("die Katze", "the cat")]
