"""Certification exam dumps (trial9 T1, T25): a question label alone ('## Question #14', 'Question #1 Topic 1') over
the scenario paragraphs, the paragraph that asks, lettered options and the answer line ('Correct Answer:' with the
letter on the next line, 'Suggested Answer: B 🗳️'). The label was the front (or glued to its end), the scenario lost,
the web and pdftotext copies read as one basic card or not at all."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.sources.base import Document
from compiler.sources.detect import label_quiz


def _items(tmp_path: Path, name: str) -> list[tuple[str, str, str, str | None]]:
    result = build(drop_in(tmp_path, name), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    out = []
    for i in result.compiled.items:
        front = " / ".join(b.text for b in i.stimulus)
        out.append((i.kind.value, front, i.question, i.correct))
    return out


def test_label_headings_over_the_scenario(tmp_path: Path) -> None:
    assert _items(tmp_path, "exam-dump.md") == [
        ("multiple_choice", "", "A retailer stores clickstream events in Amazon S3. Which approach gives the lowest cost? "
         "The analysts query the data once a month.", "B"),
        ("multiple_choice", "", "Which service sends push notifications to mobile devices?", "A"),
        ("multiple_choice", "<p>A startup runs a web application on a single Amazon EC2 instance.</p> / "
         "<p>The team wants the application to survive the loss of an Availability Zone.</p>",
         "Which solution meets these requirements? (Choose two.)", "A,B"),
        ("multiple_choice", "<p>A team trains models every night.</p>", "Which metric shows how long one training epoch takes?", "B"),
    ]  # fmt: skip


def test_web_copy_with_suggested_answers(tmp_path: Path) -> None:
    items = _items(tmp_path, "exam-web.md")
    assert [(kind, q, c) for kind, _, q, c in items] == [
        (
            "multiple_choice",
            "A company wants to store session data for a web app with sub-millisecond latency. Which AWS service should it use?",
            "B",
        ),
        (
            "multiple_choice",
            "Which TWO services can run containers without managing servers? (Choose two.)",
            "A,C",
        ),
        ("multiple_choice", "Which service gives a managed relational database?", "A"),
    ]


def test_pdftotext_copy_with_the_key_on_the_next_line(tmp_path: Path) -> None:
    items = _items(tmp_path, "exam-pdftotext.txt")
    assert [(kind, q, c) for kind, _, q, c in items] == [
        ("multiple_choice", "What should the AI practitioner include in the report to meet the explainability requirements?", "B"),
        ("multiple_choice", "A law firm wants to build an AI application that reads legal documents and extracts key points. "
         "Which solution meets these requirements with the LEAST overhead?", "C"),
        ("multiple_choice", "Which metric measures the runtime efficiency of operating AI models?", "C"),
    ]  # fmt: skip
    assert "A company makes forecasts each quarter." in items[0][1]  # the scenario on the front


def test_a_label_line_without_options_is_no_quiz() -> None:
    text = "Question 1\n\nWhat is DNS?\n\nIt maps names to addresses.\n\nQuestion 2\n\nWhat is TCP?\n\nA transport protocol.\n"
    assert label_quiz(Document("n.txt", text).lines) is None


def test_vce_exports_with_the_question_on_the_label_line(tmp_path: Path) -> None:
    """trial10 P30: VCE exports ('QUESTION 3 Which command …', 'Section: (none) Explanation', 'Explanation/Reference:',
    'QUESTION 7 DRAG DROP' with an empty key) gave 'cannot tell this document's layout'."""
    result = build(drop_in(tmp_path, "exam-vce.txt"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = {i.number: i for i in result.compiled.items}
    assert items["3"].question == "Which command appends the output of ls to test.txt?" and items["3"].correct == "C"
    assert items["6"].correct == "B,D"
    assert items["1"].correct == "A" and "Section" not in " ".join(b.text for b in items["1"].answer)
    assert [(i.number, i.skip) for i in result.compiled.deck.skipped] == [("7", "no answer")]  # DRAG DROP: no key
    assert sum(i.kind.value == "multiple_choice" for i in result.compiled.items) >= 6
