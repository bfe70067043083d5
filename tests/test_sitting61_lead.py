"""Sitting 61 (lead): an interview page's practical scenarios (Sagar2366/docker-interview-questions @41c0072, MIT,
DOCKER_INTERVIEW_QUESTIONS.md): ``## 1. Scenario: Container won't start - How do you debug?`` / ``### Problem:`` /
a paragraph that asks again / ``### Debugging Steps:`` / ``#### 1. Check Container Logs`` and its code.

The label-led quiz reading moved each problem's text up onto its label (``### Q: A container fails …``), so the
heading that asks had no answer, the problem was a question of its own with no answer either (15 "question has no
answer" for 8 scenarios) and about 400 answer lines were on no card. Under a heading that asks nothing
(``## Scenario 1: Pod stuck``), the answer's heading (``### Debugging Steps:``) was a card of its own. Now the problem
is asked with its heading, on the front, and every heading after it, whatever it is named, is the answer.
Fixtures written in those shapes, in tests/data/sitting61/lead/."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

DATA = Path(__file__).parent / "data" / "sitting61" / "lead"


def _cards(tmp_path: Path, name: str) -> tuple[list[tuple[str, str]], list[dict], list[str]]:  # type: ignore[type-arg]
    notes, skipped, said = built_notes(tmp_path, {name: DATA / name})
    return [(note_front(n), note_back(n)) for n in notes], skipped, said


def test_a_scenario_heading_that_asks_holds_its_problem_and_its_debugging_steps(tmp_path: Path) -> None:
    cards, skipped, said = _cards(tmp_path, "scenarios.md")
    fronts = [f for f, _ in cards]
    assert fronts == [
        "What is a Pod and how does it differ from a container?",
        "What is a Service?",
        "Scenario: Pod stuck in CrashLoopBackOff - How do you debug? A Pod restarts over and over with exit code 1. "
        "How do you debug this issue?",
        "Scenario: Node out of memory - How do you investigate? Pods on one node are evicted. How do you investigate "
        "and resolve?",
        "Scenario: Image pull failures - Common issues and solutions — Pods stay in ImagePullBackOff.",
    ]
    backs = dict(cards)
    crash = backs[fronts[2]]
    assert crash.startswith("Debugging Steps: 1. Check the logs")
    assert "kubectl logs pod_name --previous" in crash and "kubectl describe pod pod_name" in crash
    assert "kubectl top pods --all-namespaces" in backs[fronts[3]]
    pulled = backs[fronts[4]]
    assert pulled.startswith("Common Issues and Solutions: 1. Wrong image name")
    assert "imagePullSecrets" in pulled
    assert skipped == []
    assert not [m for m in said if "no answer" in m or "outside any question" in m], said


def test_a_problem_label_and_a_solution_label_under_a_heading_that_asks(tmp_path: Path) -> None:
    """The Solution label is dropped; the heading that asks keeps its place on the front (it was lost, the problem's
    text the whole front, and the heading "question has no answer")."""
    cards, skipped, said = _cards(tmp_path, "problem-solution.md")
    assert cards == [
        (
            "Scenario: DNS lookups time out - How do you fix it? Lookups from one container time out after five seconds.",
            "Point the container at a reachable resolver with --dns , then check /etc/resolv.conf inside it.",
        ),
        (
            'Scenario: A port is already in use - What do you do? docker run -p 80:80 fails with "address already in use".',
            "Find the process holding the port with ss -ltnp and stop it, or publish another host port.",
        ),
    ]
    assert skipped == [] and not [m for m in said if "no answer" in m], said


def test_a_problem_label_under_a_title_that_asks_nothing_is_answered_by_the_next_heading(tmp_path: Path) -> None:
    """'Debugging Steps:' and 'Investigation' were cards of their own and each problem "question has no answer"."""
    cards, skipped, said = _cards(tmp_path, "scenario-titles.md")
    assert cards == [
        (
            "A Pod restarts over and over with exit code 1. How do you debug it?",
            "Debugging Steps: Read the logs of the last run with kubectl logs --previous . Describe the Pod and read its events.",
        ),
        (
            "Pods on one node are evicted. How do you find the cause?",
            "Investigation Check the node's pressure conditions, then sort the Pods by memory.",
        ),
    ]
    assert skipped == [] and not [m for m in said if "no answer" in m or "statement headings" in m], said


# Scenario pages as chat assistants write them (shapes seen on public Terraform interview pages; fixtures written here):
# titled pairs after rules, and a title set at level 3 over '## …' sections with '✅ **Answer:**' labels.


@pytest.mark.parametrize("name", ["titled-pairs.md", "titled-pairs.txt"])
def test_a_title_line_after_a_rule_sections_the_labelled_pair_under_it(tmp_path: Path, name: str) -> None:
    """'---' / '1. Scenario: Managing Multiple Environments' / 'Q: …?' / 'A: …': the first title was 'text outside any
    question' (in a .txt, nowhere, and the file's suggested title was '---'), each later one ran onto the answer before
    it ('… for each environment. Scenario: Handling State File Conflicts'; in a .txt, '---' on the back)."""
    notes, skipped, said = built_notes(tmp_path, {name: DATA / name})
    assert [(n["fields"]["Section"], note_front(n)) for n in notes] == [
        (
            "1. Scenario: Managing Multiple Environments",
            "Your team needs to manage multiple environments (dev, staging, production) using Terraform. How would you "
            "structure your Terraform code to handle this efficiently?",
        ),
        (
            "2. Scenario: Handling State File Conflicts",
            "Two engineers ran terraform apply at the same time and the state file is corrupted. How do you prevent this?",
        ),
    ]
    assert note_back(notes[0]).endswith("Modules: Create reusable modules and pass different variables for each environment.")
    assert note_back(notes[1]).endswith("use terraform state commands.")
    assert skipped == [] and not [m for m in said if "outside any" in m], said


def test_a_rule_is_no_title_of_a_text_file() -> None:
    from compiler.sources.suggest import document_title

    assert document_title("sources/s.txt", ["", "---", "", "1. Scenario: X", "", "Q: What?", "A: That."]) is None


def test_an_emoji_before_a_bold_answer_label_and_a_title_set_deeper_than_its_sections(tmp_path: Path) -> None:
    """'### **🚀 Terraform Scenario-Based …**' over '## **🔹 Basic Terraform Scenarios**' was a card of the page's
    introduction; '✅ **Answer:**' was no label, so the first scenario's back held 'Question: … ✅ Answer: Use: …'. The
    '**Question:**' label under a heading that asks is layout: no front reads '… do? Question: What …?'."""
    from compiler.sources.lines import undecorated_label

    assert undecorated_label("✅ **Answer:**  ") == "**Answer:**  "
    assert undecorated_label("✅ **A:** 4") == "✅ **A:** 4"  # (an option ticked right, no label)
    assert undecorated_label("✅ **Bold** thing") == "✅ **Bold** thing"
    notes, _, said = built_notes(tmp_path, {"emoji-labels.md": DATA / "emoji-labels.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        (
            "Scenario: You want to initialize Terraform in a project. What should you do? What command do you "
            "use to initialize a new Terraform project and why?",
            "Use: terraform init This downloads required provider plugins (e.g., AWS, Azure, GCP). Initializes the "
            "backend for remote state storage (if configured).",
        ),
        ("How do you preview what Terraform will change?", "Run terraform plan ; it shows what will be created, changed or destroyed."),
    ]
    assert [m for m in said if "outside any" in m] == [
        "sources/emoji-labels.md:3: warning: text outside any question is not in any card (under the page's title "
        "'🚀 Terraform Scenario-Based Interview Questions & Answers for DevOps' at line 1: its introduction) (notes, not "
        "questions? notes = \"skip\" in its [[source]] table stops this message; else put it under a question ('## …?' "
        "or '**…?**'; a heading that asks ends with '?') or remove it)"
    ]


def test_bold_labels_numbered_by_section_are_questions_and_study_advice_is_no_lead(tmp_path: Path) -> None:
    """'**Q1.1.1** What's the difference …?' / its answer (a Linux interview workbook's numbering: section, level,
    question): 'no items found', every question 'text outside any question'. And the page's '**How to use:** Answer
    each question out loud …' was put on every front as what the page says to each question."""
    notes, _, said = built_notes(tmp_path, {"dotted-labels.md": DATA / "dotted-labels.md"})
    assert [(note_front(n), plain_text(n["fields"]["Section"])) for n in notes] == [
        ("What's the difference between > and >> in bash? What about 2>&1 ?", "1. Command Line & Text Processing › L1 — Foundations"),
        (
            "Explain what a pipe ( | ) does. How is it different from redirecting to a file and then reading it?",
            "1. Command Line & Text Processing › L1 — Foundations",
        ),
        (
            "You have a 2GB access log. You need to find the top 10 IP addresses by request count. Walk me through your pipeline.",
            "1. Command Line & Text Processing › L2 — Applied",
        ),
    ]
    assert note_back(notes[2]) == "awk '{print $1}' access.log | sort | uniq -c | sort -rn | head -10"
    assert [m for m in said if "outside any" in m and "its introduction" not in m] == []


def test_bold_labels_numbered_by_section_with_no_answers_are_said_as_such(tmp_path: Path) -> None:
    """The same questions with no answers: 'none of its 3 questions has an answer' (was 'text outside any question' for
    each and 'no items found with the markdown layout')."""
    from conftest import deck_of

    from compiler.build import build
    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as raised:
        build(deck_of(tmp_path, {"q.md": DATA / "dotted-labels-unanswered.md"}), tmp_path / "build", formats=("json",), now=1_000)
    assert "sources/q.md:11: warning: none of its 3 questions has an answer (lines 11, 13, 17)" in str(raised.value)
    assert "no items found" not in str(raised.value)


def test_a_questions_file_that_links_each_question_to_its_answers_file_is_an_index_of_it(tmp_path: Path) -> None:
    """bregman-arie/devops-sre-interviews (MIT) publishes each mock interview as 'mock_1_questions.md', every question
    linking to its answer ('[📖 Answer](mock_1_answers.md#1-…)'), and 'mock_1_answers.md', each question again with its
    answer. Named like a key, the answers file was joined to the questions as one: 18 of its parts 'read as no key',
    2 cards. Now the answers file is read as the document it is and the questions file is said to be left out."""
    folder = DATA / "solved-twin"
    notes, _, said = built_notes(tmp_path, {n: folder / n for n in ("mock_2_questions.md", "mock_2_answers.md")})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What does git fetch do that git pull does not?", "git fetch downloads the remote's commits without changing your branch; git pull fetches and then merges."),
        ("How do you undo the last commit but keep its changes?", "Run git reset --soft HEAD~1 : the commit is gone and its changes stay staged."),
        ("What is a detached HEAD?", "HEAD points at a commit, not at a branch, so new commits belong to no branch."),
    ]
    assert any("sources/mock_2_questions.md: warning: not read: sources/mock_2_answers.md holds its problems" in m for m in said), said
    assert not [m for m in said if "read as no key" in m]
