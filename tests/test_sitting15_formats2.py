"""Fifteenth sitting, formats2: quiz exchange formats nobody here had read (an MD2QTI quiz, Blackboard upload rows,
Blooket/Gimkit CSV, H5P content, a JSON bank with keys in Polish). Fixtures written here in the formats' shapes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[dict[str, dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes by question, and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    notes = {n["fields"].get("Question") or n["fields"].get("Text"): n for n in manifest["notes"]}
    return notes, [d.text() for d in result.compiled.diagnostics.items]


MD2QTI = """@quiz title: Networking basics
@quiz description: week 3
---
@title: Q1
@points: 2
@type: multiple choice
@question: 1
Which layer routes packets?

    traceroute example.org

@answer:
* Transport
* > Network
    * @feedback: IP lives here
* Link
@feedback: The network layer picks the path.
---
@title: Q2
@points: 2
@type: Multiple Answers
@question:
Which of these are transport protocols
@answer:
* > TCP
* > UDP
* ICMP
---
@type: numerical
@question:
How many bits long is an IPv4 address?
@answer:
> 32, 0
---
@type: blank
@question:
The protocol that maps IP addresses to MAC addresses
@answer:
* > ARP
* > arp
* > Address Resolution Protocol
---
@type: multiple dropdown
@question:
Port [p1] is HTTP, port [p2] is SSH.
@answer:
+ p1
    * 21
    * > 80
+ p2
    * > 22
    * 23
---
@type: matching
@question:
Match each device to its layer.
@answer:
+ Hub
    * > Physical
+ Switch
    * > Link
+ Spare
    * Session
---
@type: essay
@question:
Describe the three-way handshake.
---
"""


def test_an_md2qti_quiz_is_its_questions(tmp_path: Path) -> None:
    """trial15 T15-75: an MD2QTI quiz ('@type:' / '@question:' / '@answer:' / '* > right', blocks between '---')
    was one note of the whole file run together, the right marks lost. Each gradable question is a card with its
    right answers; the essay is a warning and no card; settings lines are never card text."""
    notes, said = _built(tmp_path, {"net.txt": MD2QTI})
    assert len(notes) == 6
    routes = notes[next(q for q in notes if "Which layer routes packets?" in q)]
    assert routes["kind"] == "multiple_choice" and routes["fields"]["Correct"] == "B) Network"
    assert "traceroute" in routes["fields"]["Question"]
    assert "IP lives here" in routes["fields"]["Explanation"] and "picks the path" in routes["fields"]["Explanation"]
    transport = notes["Which of these are transport protocols"]
    assert transport["fields"]["Correct"] == "A) TCP<br>B) UDP"
    assert notes["How many bits long is an IPv4 address?"]["fields"]["Answer"] == "<p>32</p>"
    arp = notes["The protocol that maps IP addresses to MAC addresses"]["fields"]
    assert arp["Answer"] == "<p>ARP</p><p>Also accepted: Address Resolution Protocol</p>"  # (arp: ARP in another case)
    assert "arp," not in json.dumps(arp)
    ports = notes["Port _____ is HTTP, port _____ is SSH."]["fields"]["Answer"]
    assert ports == "<p>Port <strong>80</strong> is HTTP, port <strong>22</strong> is SSH.</p>"
    layers = notes["Match each device to its layer."]["fields"]["Answer"]
    assert "Hub → Physical" in layers and "Switch → Link" in layers and "Also offered: Session" in layers
    text = json.dumps([n["fields"] for n in notes.values()])
    assert "@" not in text and "points" not in text
    assert any(s.startswith("sources/net.txt:65: warning: MD2QTI question not read: an essay") for s in said)


BLOOKET = """Blooket Import Template,,,,,,,
Question #,Question Text,Answer 1,Answer 2,Answer 3 (Optional),Answer 4 (Optional),Time Limit (sec) (Max: 300 seconds),Correct Answer(s) (Only include Answer #)
1,Which planet is closest to the Sun?,Venus,Mercury,Mars,Earth,20,2
2,Which of these are gas giants?,Jupiter,Mars,Saturn,,20,"1,3"
3,What is the largest moon of Saturn?,Titan,Europa,,,20,1
"""


def test_a_blooket_set_is_fronted_by_its_question_text(tmp_path: Path) -> None:
    """trial15 T15-42: a Blooket export ('Question #', 'Question Text', 'Answer 1'…, 'Correct Answer(s)') made
    multiple-choice notes fronted by the question's NUMBER ('1', '2' …), the question on the back as 'Question
    Text: …'. 'Question Text' is the question, 'Question #' only the row's number."""
    notes, _ = _built(tmp_path, {"planets.csv": BLOOKET})
    assert set(notes) == {"Which planet is closest to the Sun?", "Which of these are gas giants?", "What is the largest moon of Saturn?"}
    assert notes["Which planet is closest to the Sun?"]["fields"]["Correct"] == "B) Mercury"
    assert notes["Which of these are gas giants?"]["fields"]["Correct"] == "A) Jupiter<br>C) Saturn"
    assert not any("Question" in n["fields"]["Explanation"] for n in notes.values())
