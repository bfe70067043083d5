"""Thirtieth sitting, readers: the trial-29 findings left open about reading Markdown, plain text and notes layouts
(the list of the lead's brief) and the trial-30 findings of that area."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T29-L2: a numbered list of questions, each answered in a toggle under it --------------------------------------

_TOGGLED = """# Сети и браузер

1. Когда пользователь вводит адрес в браузере, что происходит? Расскажи про этапы рендера.
   <details>
   <summary>Ответ</summary>

   1. Браузер ищет IP домена через DNS.
   2. Парсит HTML в DOM; синхронный `<script>` блокирует парсинг.
   3. DOM и CSSOM дают render tree, затем layout и paint.

   Дальше срабатывает `DOMContentLoaded`.

   </details>

1. Какие заголовки используются чаще всего? Приведи пример.
   <details>
   <summary>Ответ</summary>

   `Host`, `Accept`, `Content-Type`.

   </details>

1. Что такое CORS? Это связано с HTTP?
   <details>
   <summary>Ответ</summary>

   Механизм, которым сервер разрешает чтение ответа другому origin.

   </details>

1. Какие способы связи микросервисов знаешь? Их плюсы и минусы.
   <details>
   <summary>Ответ</summary>

   REST, RPC, брокеры сообщений.

   </details>
"""

_NET = """# Networks

1. What happens when you type a URL and press Enter? Describe the rendering stages.
   <details>
   <summary>Answer</summary>

   1. The browser resolves the domain through DNS.
   2. It parses HTML into the DOM; a synchronous `<script>` blocks parsing.

   Then `DOMContentLoaded` fires.

   </details>

1. What is CORS?
   <details>
   <summary>Answer</summary>

   A rule that lets a server say which other origins may read its responses.

   </details>
"""


def test_a_task_after_the_question_mark_over_an_answer_toggle_stays_on_the_front(tmp_path: Path) -> None:
    """T29-L2 (severe; a Russian interview page): '1. …, что происходит? Расскажи про этапы рендера.' over its
    '<details><summary>Ответ</summary>' toggle — with three such entries the page was rewritten as one-line 'question
    >> answer' cards: the task went to the back and each toggle was left as raw HTML (a code span '`<script>`' in it
    taken for a script and cut off with the rest of the answer). The words after the '?' are the question's, in any
    language, whenever the answer opens in a box below; the toggle's list and code spans render as Markdown."""
    notes, _, said = _built(tmp_path, {"ru.md": _TOGGLED})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "Когда пользователь вводит адрес в браузере, что происходит? Расскажи про этапы рендера.",
        "Какие заголовки используются чаще всего? Приведи пример.",
        "Что такое CORS? Это связано с HTTP?",
        "Какие способы связи микросервисов знаешь? Их плюсы и минусы.",
    ], (fronts, said)
    first = notes[0]["fields"]["Answer"]
    assert "<ol>" in first and "<code>&lt;script&gt;</code>" in first, first
    assert note_back(notes[0]).startswith("Браузер ищет IP домена через DNS.")
    assert "render tree" in note_back(notes[0]) and note_back(notes[0]).endswith("DOMContentLoaded .")
    assert note_back(notes[1]) == "Host , Accept , Content-Type ."
    assert not any("active content" in s for s in said), said
    assert not any("<details" in n["fields"]["Answer"] or "1. " in note_back(n) for n in notes)


def test_an_english_task_after_the_question_mark_stays_on_the_front_too(tmp_path: Path) -> None:
    """T29-L2 (net.md): two entries only, read by the list-of-questions rule: 'Describe the rendering stages.' was the
    first paragraph of the back. It is on the front; the back is the toggle's list and closing line."""
    notes, _, said = _built(tmp_path, {"net.md": _NET})
    assert [note_front(n) for n in notes] == [
        "What happens when you type a URL and press Enter? Describe the rendering stages.",
        "What is CORS?",
    ], said
    assert note_back(notes[0]).startswith("The browser resolves the domain through DNS.")
    assert "<code>&lt;script&gt;</code>" in notes[0]["fields"]["Answer"]
    assert note_back(notes[1]) == "A rule that lets a server say which other origins may read its responses."
