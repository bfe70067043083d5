"""Twenty-second sitting, readers: last sitting's open findings in the Markdown and plain-text readers (trial21
T21-n, /work/coord/findings-trial21.md). Fixtures are small snippets in the documents' shapes, never the documents."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back, note_front


def _bare(text: str) -> str:
    """A side's text without spaces (highlighted code splits into spans that the plain text spaces apart)."""
    return "".join(text.split())

# --- T21-26: a 'Q.' / 'Q:' question whose code and asking line stand between its label and the answer's -------------

LABELLED_CODE_QUESTIONS = """# Shell puzzles

### What does `echo $((2 + 3))` print?

Answer: `5`, arithmetic expansion.

---

Q. Look at this loop:

```sh
for i in 1 2; do echo $i; done
```

How many lines does it print?

A. Two, one per word in the list.

---

Q: What does this print?

```sh
echo "a b" | wc -w
```

A: `2`

---

Q: Which one lists hidden files?

A. ls
B. ls -a

A: B
"""


def test_label_pair_with_given_blocks_between(tmp_path: Path) -> None:
    """trial21 T21-26: 'Q. Look at this loop:' / its code / 'How many lines …?' / 'A. …' after a rule was no question;
    all of it went onto the previous card's back. The blocks between a question label and the answer label that pairs
    it ('A.' for 'Q.', unless 'B.' goes on: options) are the front, in the document's order; the label's paragraph
    answers."""
    notes, skipped, _ = _built(tmp_path, {"puzzles.md": LABELLED_CODE_QUESTIONS})
    by_front = {note_front(n): n for n in notes}
    assert len(notes) == 4, list(by_front)
    assert not skipped
    first = next(n for f, n in by_front.items() if f.startswith("What does echo"))
    assert _bare(note_back(first)) == _bare("5, arithmetic expansion.")
    loop = next(n for f, n in by_front.items() if f.startswith("Look at this loop:"))
    assert _bare(note_front(loop)) == _bare("Look at this loop: for i in 1 2; do echo $i; done How many lines does it print?")
    assert note_back(loop) == "Two, one per word in the list."
    printed = next(n for f, n in by_front.items() if f.startswith("What does this print?"))
    assert _bare(note_front(printed)) == _bare('What does this print? echo "a b" | wc -w')
    assert note_back(printed) == "2"
    quiz = next(n for f, n in by_front.items() if f.startswith("Which one lists"))
    assert "ls -a" in note_back(quiz)
