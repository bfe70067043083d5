"""A long answer keeps its lead on the card and folds the rest under one "More: …" line
(compiler/fold.py; docs/cards.md): the lead is the "Short answer" section when there is one, else
the first blocks; nothing is lost (every word is still in the field, in a real Anki collection);
``long_answers = "keep"`` gives the whole answer as before; the cheat sheet prints the lead."""

from __future__ import annotations

import re
from pathlib import Path

from ankiutil import import_apkg, notes, open_collection
from click.testing import CliRunner
from pypdf import PdfReader

from compiler import fold
from compiler.cli import main
from compiler.model import Block, BlockKind
from compiler.render import blocks_html


def words(prefix: str, n: int) -> str:
    return " ".join(f"{prefix}{i}" for i in range(n))


ESSAY = f"""\
## What does Bayes' theorem say?

{words("lead", 40)}.

**Example**

```python
{chr(10).join(f"code{i} = {i}" for i in range(12))}
```

| term | name |
|---|---|
| cell1 | cell2 |
| cell3 | cell4 |

{words("example", 90)}.

**Interviewer's Insight**

{words("insight", 80)}.

**Common Mistakes**

- {words("mistake", 30)}
- {words("slip", 30)}
"""

SHORT = f"""\
## Why does dropout regularize?

{words("preamble", 60)}.

**Short answer**

{words("short", 30)}.

**Details**

{words("detail", 200)}.
"""


def make_content(root: Path, extra: str = "") -> Path:
    content = root / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(
        f'[deck]\nname = "Essays"\nbasename = "essays"\ndate = "2026-12-01"\n{extra}\n'
        '[[source]]\nid = "faq"\nfile = "sources/faq.md"\ntitle = "FAQ"\nlayout = "markdown"\n'
        'difficulty = { from = "fixed", default = "medium" }\n',
        encoding="utf-8",
    )
    (content / "sources" / "faq.md").write_text(
        f"# FAQ\n\n{ESSAY}\n{SHORT}\n## What is short?\n\nA short answer.\n", encoding="utf-8"
    )
    return content


def build(root: Path, extra: str = "") -> dict[str, str]:
    """The deck's Answer fields by question, read back from a real Anki collection."""
    result = CliRunner().invoke(main, ["build", str(make_content(root, extra)), "-o", str(root / "out")])
    assert result.exit_code == 0, result.output
    col = open_collection(root / "col")
    try:
        import_apkg(col, root / "out" / "essays.apkg")
        return {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes(col).values()}
    finally:
        col.close()


def tokens(text: str) -> list[str]:
    return re.findall(r"\b(?:lead|code|cell|example|insight|mistake|slip|preamble|short|detail)\d+\b", text)


def test_a_long_answer_shows_its_lead_and_folds_the_rest_naming_what_is_inside(tmp_path: Path) -> None:
    answers = build(tmp_path)
    essay = answers["What does Bayes' theorem say?"]
    lead, _, rest = essay.partition('<details class="also-more answer-more">')
    assert rest.endswith("</details>") and essay.count("<details") == 1
    assert tokens(lead) == tokens(words("lead", 40)), "the first paragraph stays visible, alone"
    summary = re.match(r"<summary>(.*?)</summary>", rest)
    assert summary and summary.group(1) == "More: Example · Interviewer's Insight · Common Mistakes", rest[:200]
    assert "<pre" in rest and "<table>" in rest and "<ul>" in rest, "code, table and list are folded whole"
    assert sorted(tokens(essay)) == sorted(tokens(ESSAY)), "nothing is lost"

    short = answers["Why does dropout regularize?"]
    lead, _, rest = short.partition("<details")
    assert "Short answer" in lead and tokens(lead) == tokens(words("short", 30)), "the Short answer section leads"
    assert "<summary>More: Details</summary>" in rest and "preamble0" in rest
    assert sorted(tokens(short)) == sorted(tokens(SHORT))

    assert answers["What is short?"] == "<p>A short answer.</p>", "a short answer is untouched"

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "out" / "essays.pdf").pages)
    printed = set(tokens(text))
    assert set(tokens(words("lead", 40))) <= printed and set(tokens(words("short", 30))) <= printed
    assert not printed & {"insight0", "detail0", "code0", "preamble0"}, "the sheet prints the lead only"
    assert text.count("more on the card") == 2


def test_keep_gives_the_whole_answer_as_before(tmp_path: Path) -> None:
    folded = build(tmp_path / "fold")
    kept = build(tmp_path / "keep", 'long_answers = "keep"')
    essay = kept["What does Bayes' theorem say?"]
    assert "<details" not in essay and "<details" not in kept["Why does dropout regularize?"]
    unfolded = re.sub(r"<details[^>]*><summary>.*?</summary>|</details>", "", folded["What does Bayes' theorem say?"])
    assert unfolded == essay, "the fold only wraps the rest: same HTML, same order"
    off = build(tmp_path / "off", "long_answer_words = 0")
    assert off == kept, "no limit: nothing is folded"


def test_pieces_never_cut_a_block() -> None:
    html = "<p>one <b>two</b></p>\n<table><tr><td>x</td></tr></table>\nBare heading\n<ul><li>a</li></ul>\n"
    parts = fold.pieces([Block(kind=BlockKind.html, text=html)])
    assert [p.text for p in parts] == [
        "<p>one <b>two</b></p>\n",
        "<table><tr><td>x</td></tr></table>\n",
        "Bare heading\n",
        "<ul><li>a</li></ul>\n",
    ]
    assert blocks_html(parts) == html
    for whole in ("<p>open <b>never closed</p>", "text <b>inline</b> at the top", "<div><p>one</p><p>two</p></div>"):
        assert len(fold.pieces([Block(kind=BlockKind.html, text=whole)])) == 1
    assert fold.heading(parts[2]) == "Bare heading"
    assert fold.split([Block(kind=BlockKind.text, text=words("w", 400))]) is None, "one block: nothing to fold"


def test_a_one_line_first_paragraph_leads_with_the_next_block() -> None:
    answer = [Block(kind=BlockKind.text, text=t) for t in ("Short tail.", words("a", 150), words("b", 200))]
    cut = fold.split(answer)
    assert cut is not None and cut.lead == answer[:2] and cut.rest == answer[2:]
