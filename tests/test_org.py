"""Emacs org-mode documents (.org) dropped into sources/ are read as the Markdown they convert to
(trial8 H4: org-drill files were 'not read'; renamed .txt, their fronts ended in ':PROPERTIES: … :END:'
drawers and org markup was raw on every card).

Fixtures: tests/data/newuser/org/ (written here: org-drill cards, org-fc cards, plain notes) and
tests/data/newuser/public/math-drill.org (mroman42/math-dgiim drill.org, MIT; provenance in
tests/data/newuser/README.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import deck_of as deck

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.sources.org import convert_org

DATA = Path(__file__).parent / "data" / "newuser"
# what must never reach a card: drawers, planning lines, org markup, org-drill/org-fc syntax
RAW = re.compile(r":PROPERTIES:|:END:|:DRILL_|:FC_|SCHEDULED:|#\+BEGIN|#\+END|\[\[|~\w|=\w+=|<\[|\]>|@\d\}|\bQ: ")


def built(content: Path, out: Path) -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads((out / "mine.json").read_text(encoding="utf-8"))
    return manifest["notes"], [d.text() for d in result.compiled.diagnostics.items]


def front(note: dict) -> str:  # type: ignore[type-arg]
    return note["fields"].get("Question") or note["fields"]["Text"]


def md(text: str) -> list[str]:
    made = convert_org(text.split("\n"), "sources/x.org")
    lines = made.text.split("\n")[:-1]
    assert len(lines) == len(made.origin)
    return lines


# --- the conversion, rule by rule -------------------------------------------------------------------


def test_inline_markup_reads_as_markdown() -> None:
    assert md("~code~ and =verb= are /italic/, *bold*, +gone+ and _under_; a/b/c stays, 2*3*4 too") == [
        "`code` and `verb` are *italic*, **bold**, <del>gone</del> and under; a/b/c stays, 2*3*4 too"
    ]
    assert md("See [[https://example.org][the /site/]], [[file:pic.png]], [[*Other heading][there]] and $a_i * b_i$[fn:1].") == [
        "See [the *site*](https://example.org), ![](pic.png), there and $a_i * b_i$."
    ]


def test_drawers_planning_keywords_and_comments_are_left_out() -> None:
    text = "* Note\nSCHEDULED: <2026-05-14 Thu> DEADLINE: <2026-05-20 Wed>\n:PROPERTIES:\n:ID: 1\n:END:\n:LOGBOOK:\nCLOCK: [2026-01-01 Thu 10:00]\n:END:\n#+STARTUP: overview\n# a comment\nText.\n#+BEGIN_COMMENT\nhidden\n#+END_COMMENT\n[fn:1] A footnote.\n"
    assert md(text) == ["# Note", "", "Text."]


def test_blocks_lists_tables_and_maths() -> None:
    text = "#+BEGIN_SRC emacs-lisp\n(setq x 1)\n,* not a headline\n#+END_SRC\n: fixed\n#+BEGIN_QUOTE\nSaid /so/.\n#+END_QUOTE\n- a\n  + b\n1. one\n- term :: its text\n| a | b |\n|---+---|\n| 1 | 2 |\n\\[\nx = 1\n\\]\n"
    assert md(text) == [
        "```elisp", "(setq x 1)", "* not a headline", "```", "", "```", "fixed", "```", "", "> Said *so*.", "",
        "- a", "  - b", "1. one", "- **term**: its text", "", "| a | b |", "|---|---|", "| 1 | 2 |", "",
        "$$", "x = 1", "$$",
    ]  # fmt: skip


def test_headline_levels_title_and_tags() -> None:
    made = convert_org((DATA / "org" / "notes.org").read_text(encoding="utf-8").split("\n"), "x.org")
    text = made.text.split("\n")
    headings = [(made.origin[k], line) for k, line in enumerate(text) if line.startswith("#")]
    assert headings == [
        (1, "# Networking notes"),
        (3, "## Transport"),
        (4, "### What does TCP guarantee?"),
        (4, "#net"),  # a leaf headline's inherited tags: the note's tags
        (8, "### Why is UDP used for DNS?"),
        (8, "#net #dns"),
        (13, "## Reading list"),
    ]


# --- whole documents -------------------------------------------------------------------------------


def test_org_drill_cards_build_with_no_config(tmp_path: Path) -> None:
    content = deck(tmp_path, {"drill.org": DATA / "org" / "drill-cards.org", "circle.png": DATA / "org" / "circle.png"})
    notes, said = built(content, tmp_path / "build")
    by_front = {front(n): n for n in notes}
    assert sorted(by_front) == [
        "All {{c1::functions}} in Haskell take {{c1::one::a number}} argument.",
        "Area of a circle",
        # hide1cloze: one card per deletion; the two answers alike, each hidden on the other's front (learner5 L38)
        'The type of `not` is {{c1::<span class="cloze-sib">Bool</span>}} -&gt; {{c2::<span class="cloze-sib">Bool</span>}}.',
        "What are types?",
        "What is <code>Bool</code> in <code>data Bool = True | False</code>?",
        "Which laws hold?",
        # (the headline over a text that does not ask, its topic before it: sitting 36, T36-9; it was
        # '<p>Write it with a tuple.</p>Write <code>curry</code>')
        "Write <code>curry</code>: Write it with a tuple.",
    ]
    for n in notes:
        shown = front(n) + n["fields"].get("Answer", "") + n["fields"].get("Extra", "")
        assert not RAW.search(shown), shown
    types = by_front["What are types?"]
    assert types["fields"]["Answer"] == "<p>A way to group <em>values</em> that share something in common.</p>"
    assert types["items"][0]["line"] == 8  # the .org file's own line
    assert {"haskell", "types"} <= set(types["tags"]) and "drill" not in types["tags"]
    assert "core" in by_front["What is <code>Bool</code> in <code>data Bool = True | False</code>?"]["tags"]
    curry = by_front["Write <code>curry</code>: Write it with a tuple."]["fields"]["Answer"]
    assert 'data-lang="haskell"' in curry and "Why it works" in curry and 'href="https://wiki.haskell.org/Currying"' in curry
    assert "<table>" in by_front["Which laws hold?"]["fields"]["Answer"]
    circle = by_front["Area of a circle"]["fields"]["Answer"]
    assert "\\(A = \\pi r^2\\)" in circle and "\\[A = \\int" in circle and "<img" in circle and "<blockquote>" in circle
    assert any(t.endswith("::functions") for t in by_front["Which laws hold?"]["tags"])
    assert not any("not read" in m or "statement heading" in m for m in said), said


def test_org_fc_cards(tmp_path: Path) -> None:
    notes, _ = built(deck(tmp_path, {"fc.org": DATA / "org" / "fc-cards.org"}), tmp_path / "build")
    by_front = {front(n): n for n in notes}
    assert sorted(by_front) == [  # (its headline 'Gold symbol' the question says: no title after it, T21-15)
        "Water boils at {{c1::100 °C}} at {{c2::sea level::where}}.",
        "What is the chemical symbol of gold?",
    ]
    gold = by_front["What is the chemical symbol of gold?"]
    assert gold["fields"]["Answer"] == "<p>Au, from Latin <em>aurum</em>.</p>"
    assert {"chemistry", "metals"} <= set(gold["tags"]) and "fc" not in gold["tags"]


def test_plain_org_notes(tmp_path: Path) -> None:
    notes, _ = built(deck(tmp_path, {"notes.org": DATA / "org" / "notes.org"}), tmp_path / "build")
    assert [front(n) for n in notes] == ["What does TCP guarantee?", "Why is UDP used for DNS?"]
    assert {"dns", "net"} <= set(notes[1]["tags"])
    assert 'data-lang="bash"' in notes[1]["fields"]["Answer"]


def test_the_public_math_drill_file(tmp_path: Path) -> None:
    notes, _ = built(deck(tmp_path, {"drill.org": DATA / "public" / "math-drill.org"}), tmp_path / "build")
    assert len(notes) == 5  # five :drill: headlines, each with a Definition/Proof child
    for n in notes:
        assert not RAW.search(front(n) + n["fields"]["Answer"]), front(n)
        assert "DRILL" not in front(n) and "f5c0c0db" not in front(n)
    arrow = next(n for n in notes if "Universal arrow" in front(n))
    assert "<strong>universal arrow</strong>" in arrow["fields"]["Answer"] and arrow["items"][0]["line"] == 6
    sections = {t.rsplit("::", 1)[1] for n in notes for t in n["tags"] if "::section::" in t}
    assert sections == {"category-theory", "algebra"}


def test_a_broken_org_file_is_named_by_its_own_lines(tmp_path: Path) -> None:
    text = "* Cards\n** What is A?                 :drill:\n*** Answer\nA.\n** What is B?                 :drill:\n** Code                        :drill:\n*** Answer\n#+BEGIN_SRC python\nprint(1)\n"
    notes, said = built(deck(tmp_path, {"cards.org": text}), tmp_path / "build")
    assert [front(n) for n in notes] == ["What is A?", "Code"]
    assert any(m.startswith("sources/cards.org:5:") and "no answer" in m for m in said), said
    assert any(m.startswith("sources/cards.org:8:") and "#+BEGIN_SRC opened here is never closed" in m for m in said), said


def test_a_markdown_file_named_org_is_a_clear_error(tmp_path: Path) -> None:
    content = deck(tmp_path, {"notes.org": "Some intro.\n\n## What is A?\n\nIt is A.\n"})
    with pytest.raises(ContentError) as exc:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    text = "\n".join(d.text() for d in exc.value.diagnostics)
    assert "sources/notes.org:3" in text and "not an org-mode document" in text and "rename it notes.md" in text


def test_hostile_nesting_and_unclosed_blocks_read_without_error() -> None:
    made = convert_org(["* X", *["#+BEGIN_QUOTE"] * 500, "#+END_QUOTE", *["\\["] * 2000, ":DRAWER:"], "sources/x.org")
    assert len(made.text.split("\n")[:-1]) == len(made.origin)
    assert any("never closed" in w.message for w in made.warnings)
