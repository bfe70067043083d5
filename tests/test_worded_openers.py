"""Headings that ask by their words alone, in more languages and shapes (learner L9 remainder: the Russian page
R1 gave 2 cards because 'В чём …', 'Для чего …', 'Есть ли …' were not counted as opening a question)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drop_in

from compiler.build import build
from compiler.sources.lines import opens_asking


@pytest.mark.parametrize(
    "text",
    [
        "В чём разница между REST и SOAP",  # a preposition before the question word
        "Для чего нужен yield",
        "При каких условиях объект хешируемый",
        "Можно ли изменить строку",  # '… ли': a yes/no question
        "Являются ли функции объектами",
        "Назовите встроенные типы",
        "Is Python compiled",
        "Perché usare i generatori",
        "Como funciona o GIL",
        "Dlaczego krotki są niezmienne",
        "Чому рядки незмінні",
        "你的优点是什么",  # Chinese: a question word anywhere, a closing particle, 'A-not-A' (trial9 T6)
        "你有什么缺点吗",
        "你能否接受加班",
        "面试如何谈薪资",
        "有没有更好的办法",
        "なぜ必要ですか",
        "프로세스와 스레드의 차이는 무엇인가",
    ],
)
def test_question_openers(text: str) -> None:
    assert opens_asking(text)


@pytest.mark.parametrize("text", ["Полиморфизм", "Пирамида тестирования", "KISS", "Do not use eval", "Installation", "进程和线程", "数据库索引", "정리"])
def test_statements_do_not_open_asking(text: str) -> None:
    assert not opens_asking(text)


def test_russian_headings_that_ask_without_a_question_mark_are_questions(tmp_path: Path) -> None:
    """Two stray '?' bullets took the five heading questions away (only 'Что …' / 'Как …' counted)."""
    result = build(drop_in(tmp_path, "worded-headings-ru.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.question for i in result.compiled.items][:5] == [
        "В чём разница между списком и кортежем",
        "Для чего нужен yield",
        "Есть ли в Python оператор switch",
        "Являются ли функции объектами",
        "При каких условиях объект хешируемый",
    ]
    assert not [w for w in result.compiled.diagnostics.warnings if "outside any question" in w.message]


def test_chinese_headings_that_ask_without_a_question_mark_are_questions(tmp_path: Path) -> None:
    """Trial9 T6: two '？' lines inside an answer took the page's five heading questions away."""
    result = build(drop_in(tmp_path, "worded-headings-zh.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.question for i in result.compiled.items] == ["你的优点是什么", "你有什么缺点吗", "你能否接受加班", "面试如何谈薪资", "你还有什么想问的吗"]
    assert "为什么薪资是重要的？" in result.compiled.items[3].answer_plain()
