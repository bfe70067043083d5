"""One note per file (Obsidian vaults, Zettelkasten, a question per file), as a new user drops them in.

Trial 6 findings F7-F11: a vault of 593 term files was 593 errors; a notes file with one or two
headings stopped the build; wikilinks and embeds were shown raw; a folder of 102 one-question
files printed 102 tables to paste. Fixtures: tests/data/newuser/vault/ (two files from
andrewromanenco/ml-terms-spaced-repetition, CC BY 4.0, see the README there), one-heading.md,
two-headings.md.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import NEWUSER, drop_in, paste_table

from compiler.build import build
from compiler.diagnostics import ContentError, Diagnostic
from compiler.read import _fence_cause
from compiler.sources.base import Document
from compiler.sources.detect import suggest_pattern
from compiler.sources.markdown_blocks import obsidian_links
from compiler.sources.note import note_front


def vault(tmp: Path) -> Path:
    """A deck folder with the fixture vault copied into sources/vault/."""
    content = drop_in(tmp)
    shutil.copytree(NEWUSER / "vault", content / "sources" / "vault")
    return content


def unlisted(warnings: list[Diagnostic]) -> list[Diagnostic]:
    return [w for w in warnings if "not listed in deck.toml" in w.message]


def notes_of(build_dir: Path) -> dict[str, dict]:
    manifest = json.loads((build_dir / "mine.json").read_text(encoding="utf-8"))
    return {n["fields"]["Question"]: n for n in manifest["notes"]}


def test_a_vault_of_term_files_is_one_card_per_file(tmp_path: Path) -> None:
    """F9: a file with no heading and no question, named after a term, is one card: front = the file's
    name, back = its text; its tag lines are the note's tags and not on the card."""
    content = vault(tmp_path)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = notes_of(tmp_path / "build")
    assert sorted(notes) == ["Gradient descent", "Learning rate", "LoRA", "Momentum", "ROC curve"]  # (learning-rate.md: words, sitting 46)
    assert notes["Gradient descent"]["fields"]["Answer"].endswith("<p>See also learning rate.</p>")
    assert notes["Momentum"]["fields"]["Answer"].startswith("<p>A sophisticated gradient descent algorithm")
    lora = notes["LoRA"]
    assert lora["fields"]["Answer"] == "<p>Abbreviation for Low-Rank Adaptability.</p>"  # '[[…|alias]]' -> alias
    assert {"language", "generativeAI"} <= set(lora["tags"]) and "#" not in lora["fields"]["Answer"]
    assert {"evaluation", "metrics"} <= set(notes["ROC curve"]["tags"])  # front matter and a tag line
    assert all(n["difficulty"] == "medium" for n in notes.values())


def test_obsidian_links_and_embeds_read_as_obsidian_shows_them(tmp_path: Path) -> None:
    """F11: '[[target|alias]]' -> alias, '[[target]]' -> target, '![[x.png]]' found anywhere in the vault and
    packed; a missing embed is a warning naming file and line; code keeps its brackets."""
    content = vault(tmp_path)
    result = build(content, tmp_path / "build", formats=("json", "apkg"), now=1_000)
    assert result.compiled is not None
    answer = notes_of(tmp_path / "build")["ROC curve"]["fields"]["Answer"]
    assert "TPR against the false positive rate at\nevery threshold:" in answer
    assert '<img src="roc.png" alt="roc.png">' in answer  # in attachments/, not beside the note
    assert "the AUC. In code, <code>df[[col]]</code>" in answer
    assert "[[ -f roc.png ]] && echo found" in html.unescape(re.sub(r"<[^>]+>", "", answer))  # code: as written
    assert "[image: lost-figure.png]" in answer and "![[" not in answer
    [missing] = [w for w in result.compiled.diagnostics.warnings if "lost-figure.png" in w.message]
    assert (missing.file, missing.line) == ("sources/vault/ROC curve.md", 17) and "Obsidian embed" in missing.message
    assert [Path(p).name for p in result.compiled.deck.media] == ["roc.png"]


def test_obsidian_links_leave_code_and_brackets_alone() -> None:
    text = "a [[B|c]] `[[d]]` [[0]] [[ -f x ]] [[Note#Part]] [[Page^block]]\n```\n[[e]]\n```\n![[ images/x y.png ]] ![[f.png|300]]"
    assert obsidian_links(text) == (
        "a c `[[d]]` [[0]] [[ -f x ]] Note > Part Page\n```\n[[e]]\n```\n![x y.png](<images/x y.png>) ![f.png](<f.png>)"
    )


@pytest.mark.parametrize(
    ("path", "front"),
    [
        ("sources/v/AUC (Area under the ROC curve).md", "AUC (Area under the ROC curve)"),
        ("sources/v/202101011230 Momentum.md", "Momentum"),
        ("sources/v/gradient-descent.md", "gradient descent"),
        ("sources/v/L1_regularization.md", "L1 regularization"),
    ],
)
def test_the_front_is_the_file_name(path: str, front: str) -> None:
    assert note_front(path) == front


def test_a_folder_of_notes_gets_one_table_and_pasting_it_changes_no_note(tmp_path: Path) -> None:
    """F7/F9: the files of one folder read the same way are named in ONE message with a count and ONE
    [[source]] table (a glob in `file`); pasted, no note changes."""
    content = vault(tmp_path)
    first = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert first.compiled is not None
    [told] = unlisted(first.compiled.diagnostics.warnings)
    assert "5 files in sources/vault/" in told.message and "layout 'note'" in told.message
    assert 'file = "sources/vault/*.md"' in told.snippet and 'layout = "note"' in told.snippet
    assert paste_table(content, told.snippet, tmp_path / "build") == {"new": 0, "updated": 0, "unchanged": 5, "retired": 0}


@pytest.mark.parametrize(("name", "fronts"), [("two-headings.md", ["Momentum", "Transformer"]), ("one-heading.md", ["Backpropagation"])])
def test_a_short_notes_file_is_read_with_headings_as_cards(tmp_path: Path, name: str, fronts: list[str]) -> None:
    """F10: one or two headings with text were "cannot tell this document's layout"; the documented
    fallback (headings = "cards") now reads them too, a lone title heading as the card's front."""
    content = drop_in(tmp_path, name)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.question for i in result.compiled.items] == fronts
    [told] = unlisted(result.compiled.diagnostics.warnings)
    assert 'headings = "cards"' in told.snippet
    assert paste_table(content, told.snippet, tmp_path / "build")["new"] == 0


def test_a_glob_table_reads_every_file_and_a_files_own_table_comes_first(tmp_path: Path) -> None:
    """F7: `file = "sources/notes/*.md"` is one source per file (ids as unlisted files get them); a file
    another table names is read with that table, wherever it stands."""
    table = (
        '[[source]]\nid = "notes"\nfile = "sources/notes/*.md"\nlayout = "note"\n\n'
        '[[source]]\nid = "qa"\nfile = "sources/notes/tcp.md"\nlayout = "markdown"\n'
    )
    content = drop_in(tmp_path, table=table)
    notes = content / "sources" / "notes"
    notes.mkdir()
    (notes / "Momentum.md").write_text("A step that remembers the steps before it.\n", encoding="utf-8")
    (notes / "Dropout.md").write_text("Zeroing random units while training.\n", encoding="utf-8")
    (notes / "tcp.md").write_text("## What does TCP guarantee?\n\nOrdered, reliable delivery.\n", encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = sorted((i.source, i.question) for i in result.compiled.items)
    assert got == [("notes-dropout", "Dropout"), ("notes-momentum", "Momentum"), ("qa", "What does TCP guarantee?")]
    assert not unlisted(result.compiled.diagnostics.warnings)


def test_a_glob_that_matches_nothing_is_an_error_at_its_line(tmp_path: Path) -> None:
    content = drop_in(tmp_path, table='\n[[source]]\nid = "v"\nfile = "sources/vault/*.md"\n')
    with pytest.raises(ContentError) as failed:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    [error] = [d for d in failed.value.diagnostics if d.severity == "error"]
    assert (error.file, error.line) == ("deck.toml", 6) and "no source file matches 'sources/vault/*.md'" in error.message


FILE_PER_QUESTION = """### Create a function `batches` that counts whole batches.

```js
batches(
  { milk: 100, butter: 50 },
  { milk: 132, butter: 48 }
)
// 0
```

#### Answer

Divide each available amount by the recipe's and take the smallest whole number.

#### Good to hear

- `Math.floor`
"""


def test_a_file_per_question_gets_advice_that_reads_it() -> None:
    """F8: a file asking one question under its only '###' heading, a closed code example and '#### Answer':
    the guessed pattern is that heading and that sub-heading (it was a table of comments only), and the
    error does not call the code example a fenced page to read as text."""
    doc = Document(rel="sources/30s/batches.md", text=FILE_PER_QUESTION)
    guess = suggest_pattern(doc)
    assert guess[1].startswith(r"item = '^###\s+(?P<question>.+)$'")
    assert guess[2].startswith(r"answer = '^#{4,6}\s+Answer\s*$'")
    assert _fence_cause(doc) == ""
    # a page fenced whole still gets that advice
    fenced = Document(rel="sources/p.md", text="```\n" + "".join(f"Q: What is {n}?\nA: {n}.\n" for n in range(5)))
    assert "format = \"text\"" in _fence_cause(fenced)


def test_a_file_that_is_one_question_is_read_without_a_layout_warning(tmp_path: Path) -> None:
    """F7: "one item holds 26 of the document's 26 lines: the layout does not seem to fit" fired on every
    file of a question-per-file folder; a file that is one question and its answer is no misfit."""
    content = drop_in(tmp_path)
    body = "\n".join(f"Line {n} of the answer, which is long." for n in range(24))
    text = f"### Explain the differences between imperative and declarative programming.\n\n#### Answer\n\n{body}\n"
    (content / "sources" / "imperative.md").write_text(text, encoding="utf-8")
    (content / "sources" / "closures.md").write_text(f"### What is a closure?\n\n{body}\n", encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert sorted(i.question for i in result.compiled.items) == [
        "Explain the differences between imperative and declarative programming.",
        "What is a closure?",
    ]
    assert all(i.answer_plain().startswith("Line 0") for i in result.compiled.items)
    assert not [w for w in result.compiled.diagnostics.warnings if "does not seem to fit" in w.message]


def test_automatic_ids_depend_on_the_files_own_path(tmp_path: Path) -> None:
    """F31: a long path was cut to 40 characters and numbered in sort order, so adding a note renamed the
    notes of the files after it. A cut path is marked with a hash of the whole path instead."""
    content = drop_in(tmp_path)
    folder = content / "sources" / "computing" / "aws" / "dynamodb"
    folder.mkdir(parents=True)
    for name in ("DynamoDB Capacity Units (RCU-WCU).md", "DynamoDB Streams and Triggers.md"):
        (folder / name).write_text(f"{name[:-3]}:: A card about it\n", encoding="utf-8")
    first = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert first.compiled is not None
    ids = {s.file: s.id for s in first.compiled.deck.sources}
    assert len(set(ids.values())) == 2 and all(len(i) <= 40 for i in ids.values())
    (folder / "DynamoDB Backups.md").write_text("DynamoDB Backups:: On demand or continuous\n", encoding="utf-8")
    again = build(content, tmp_path / "build", formats=("json",), now=2_000)
    assert again.compiled is not None
    assert {s.file: s.id for s in again.compiled.deck.sources if s.file in ids} == ids
    assert again.summary.totals == {"new": 1, "updated": 0, "unchanged": 2, "retired": 0}


def test_a_vault_of_spaced_repetition_notes_builds(tmp_path: Path) -> None:
    """F30 (Obsidian Spaced Repetition): a note with ONE card ('::' or a '?' line) was "cannot tell", an empty
    note an error that stopped the deck, '==highlight==' clozes of a #flashcards note were not read; a note's
    front-matter title names its card (a Hugo glossary)."""
    content = drop_in(tmp_path)
    vault_dir = content / "sources" / "vault"
    vault_dir.mkdir()
    (vault_dir / "Focus.md").write_text(
        "The ellipse has two foci.\n\n#flashcards/math\n# Questions\n\nHow many foci does an ellipse have:: 2 <!--SR:!2024-08-15,237,290-->\n",
        encoding="utf-8",
    )
    (vault_dir / "Ellipse.md").write_text("What is the eccentricity of a circle\n?\n0\n", encoding="utf-8")
    (vault_dir / "Obsidian Testing.md").write_text("", encoding="utf-8")
    (vault_dir / "Rivers.md").write_text(
        "#flashcards\n\nThe ==Seine== flows through ==Paris==.\n\nA line with no highlight.\n\n+++\n", encoding="utf-8"
    )
    (vault_dir / "etcd.md").write_text(
        "---\ntitle: etcd\nid: etcd\n---\n Consistent and highly-available key value store.\n", encoding="utf-8"
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    [cloze] = [i for i in result.compiled.items if i.cloze]
    assert (cloze.cloze, cloze.question, cloze.locator.line) == ("The {{c1::Seine}} flows through {{c2::Paris}}.", "The […] flows through […].", 3)
    assert sorted((i.question, i.answer_plain().strip()) for i in result.compiled.items if not i.cloze) == [
        ("How many foci does an ellipse have", "2"),
        ("What is the eccentricity of a circle", "0"),
        ("etcd", "Consistent and highly-available key value store."),
    ]
    [empty] = [w for w in result.compiled.diagnostics.warnings if "empty file" in w.message]
    assert empty.file == "sources/vault/Obsidian Testing.md"


def test_a_tag_line_under_a_heading_tags_its_card(tmp_path: Path) -> None:
    """F9/F11: '## Momentum' / '#fundamentals' (a vault's notes joined under headings): the tag line is the
    card's tag, never answer text."""
    table = '[[source]]\nid = "g"\nfile = "sources/g.md"\nlayout = "markdown"\nheadings = "cards"\n'
    content = drop_in(tmp_path, table=table)
    text = "# Glossary\n\n## Momentum\n#fundamentals, #optimizers\n\nA step that remembers.\n\n## Dropout\n\nZeroing random units.\n"
    (content / "sources" / "g.md").write_text(text, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.question: (i.answer_plain(), i.tags) for i in result.compiled.items}
    assert got == {"Momentum": ("A step that remembers.", ["fundamentals", "optimizers"]), "Dropout": ("Zeroing random units.", [])}


def test_one_page_whose_layout_cannot_be_told_stops_no_folder(tmp_path: Path) -> None:
    """Trial9 T12: one page of a Logseq folder (a heading alone) was "error: cannot tell this document's layout"
    and nothing of 511 pages was written; it is a warning naming the page, the rest is built."""
    from conftest import deck_of

    from compiler.build import build

    content = deck_of(
        tmp_path,
        {
            "vault/tcp.md": "## What does TCP guarantee?\n\nOrdered, reliable delivery.\n",
            "vault/udp.md": "## What does UDP add to IP?\n\nPorts and a checksum.\n",
            "vault/wear.md": "### Smart-casual attire for men\n",
        },
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items if d.file.endswith("wear.md")]
    # (a heading alone is an outline not filled yet, said so: trial26 T26-30)
    assert any("warning: no card from this file: its 1 heading has nothing under it" in s for s in said), said
    assert sorted(n.fields["Question"] for n in result.compiled.deck.notes) == ["What does TCP guarantee?", "What does UDP add to IP?"]


def test_a_faq_folder_with_the_question_in_front_matter(tmp_path: Path) -> None:
    """Trial9 T15: one FAQ entry per file, its question in the front matter ('question: …', wrapped onto two
    lines), its answer with lists and headings: the build stopped, and as notes every front was a file-name slug."""
    from conftest import deck_of

    from compiler.build import build

    entry = (
        "---\nid: 489dd1c9d9\nquestion: What is the video/zoom link to the stream for the “Office Hours”\n"
        "  sessions?\nsort_order: 3\n---\n\nThe zoom link is only for presenters.\n\n## Where to watch\n\n"
        "- YouTube Live\n- Slido for questions\n"
    )
    content = deck_of(
        tmp_path,
        {
            "faq/general/003_489dd1c9d9_what-is-the-videozoom-link.md": entry,
            "faq/general/001_74eb249bbf_i-just-discovered.md": "---\nquestion: Can I still join?\n---\n\nYes.\n",
        },
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    fronts = sorted(n.fields["Question"] for n in result.compiled.deck.notes)
    assert fronts == ["Can I still join?", "What is the video/zoom link to the stream for the “Office Hours” sessions?"]
    [long] = [n for n in result.compiled.deck.notes if "zoom" in n.fields["Question"]]
    assert "Slido" in long.fields["Answer"] and "id:" not in long.fields["Answer"]
