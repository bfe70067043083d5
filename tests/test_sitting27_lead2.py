"""Twenty-sixth sitting, lead (second worktree): word lists and glossaries of trial 27 that gave no card."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from compiler.cli import main


def _cards(tmp_path: Path, name: str, text: str) -> tuple[list[tuple[str, str]], str]:
    """Build a fresh deck of one unlisted file; (front, back as text) per note, and the build's output."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Words"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert result.exit_code == 0, result.output
    notes = json.loads((out / "words.json").read_text(encoding="utf-8"))["notes"]
    return [(n["fields"]["Question"], n["fields"]["Answer"]) for n in notes], result.output


def test_a_word_list_in_space_aligned_columns_is_a_card_per_line(tmp_path: Path) -> None:
    """T27-45: vocabulary in two columns aligned with spaces ('el abuelo            the grandfather'): 0 cards,
    'no line start repeats'. A run of two spaces or more between a short term and its meaning splits the line."""
    text = (
        "Vocabulario – Tema 2: La familia\n\n"
        "el abuelo            the grandfather\nla abuela            the grandmother\n"
        "el hermano           the brother\nla tía               the aunt\nlos primos           the cousins\n"
    )
    cards, output = _cards(tmp_path, "es-columns.txt", text)
    assert cards == [
        ("el abuelo", "<p>the grandfather</p>"),
        ("la abuela", "<p>the grandmother</p>"),
        ("el hermano", "<p>the brother</p>"),
        ("la tía", "<p>the aunt</p>"),
        ("los primos", "<p>the cousins</p>"),
    ]
    assert 'separator = "  "    # each line: two columns, two spaces or more between them' in output


def test_a_word_list_with_an_example_under_each_word(tmp_path: Path) -> None:
    """T27-23, T27-12: a word list with an example sentence under each word, indented ('das Haus, Häuser – house' /
    '  Unser Haus hat einen Garten.') or labelled ('例：…', '예문: …'): 0 cards, or the example as the question.
    Each word is a card, its example on the back; the sheet's title is no card."""
    german = (
        "Wortschatz Kapitel 3 – Wohnen\n\n"
        "das Haus, Häuser – house\n  Unser Haus hat einen Garten.\n"
        "die Wohnung, -en – flat, apartment\n  Die Wohnung liegt im dritten Stock.\n"
        "mieten – to rent\n  Wir mieten eine kleine Wohnung.\n"
    )
    cards, _ = _cards(tmp_path / "de", "wortschatz.txt", german)
    assert cards == [
        ("das Haus, Häuser", "<p>house</p><p>Unser Haus hat einen Garten.</p>"),
        ("die Wohnung, -en", "<p>flat, apartment</p><p>Die Wohnung liegt im dritten Stock.</p>"),
        ("mieten", "<p>to rent</p><p>Wir mieten eine kleine Wohnung.</p>"),
    ]
    japanese = (
        "みんなの日本語 第6課 単語\n\n"
        "食べます（たべます）― to eat\n\u3000例：毎朝パンを食べます。― I eat bread every morning.\n"
        "飲みます（のみます）― to drink\n\u3000例：お茶を飲みます。― I drink tea.\n"
        "見ます（みます）― to see, to watch\n\u3000例：テレビを見ます。― I watch TV.\n"
    )
    cards, _ = _cards(tmp_path / "ja", "vocab-ja.txt", japanese)
    assert cards[0] == (
        "食べます（たべます）",
        "<p>to eat</p><p>例：毎朝パンを食べます。― I eat bread every morning.</p>",
    )
    assert len(cards) == 3
    korean = (
        "한국어 1급 3과 단어\n\n"
        "사과 [sa-gwa] apple\n예문: 사과를 먹어요. (I eat an apple.)\n\n"
        "학교 [hak-gyo] school\n예문: 학교에 가요. (I go to school.)\n\n"
        "친구 [chin-gu] friend\n예문: 친구를 만나요. (I meet a friend.)\n"
    )
    cards, _ = _cards(tmp_path / "ko", "danheo.txt", korean)
    assert cards == [
        ("사과", "<p>[sa-gwa] apple</p><p>예문: 사과를 먹어요. (I eat an apple.)</p>"),
        ("학교", "<p>[hak-gyo] school</p><p>예문: 학교에 가요. (I go to school.)</p>"),
        ("친구", "<p>[chin-gu] friend</p><p>예문: 친구를 만나요. (I meet a friend.)</p>"),
    ]


GLOSSARY = """Glossary of botanical terms

This glossary of botanical terms is a list of definitions of terms and concepts relevant to botany and plants in general.

A

abaxial
    The side of an organ facing away from the axis; the lower surface of a leaf.
achene
    A small, dry, one-seeded fruit that does not open to release the seed.
anther
    The part of a stamen that contains the pollen.

B

berry
    A fleshy fruit produced from a single ovary,
    with the seeds embedded in the flesh.

See also
    Glossary of plant morphology

References
    Beentje, H. (2010). The Kew Plant Glossary.
"""


def test_a_glossary_copied_as_text_is_a_card_per_term(tmp_path: Path) -> None:
    """T27-3: a wiki glossary copied as text (each term on a line of its own, its meaning indented under it, index
    letters, 'See also' and 'References' at the end): 0 cards, 'no line start repeats'. A card per term; the
    letters, the title and the end matter are none."""
    cards, output = _cards(tmp_path, "glossary.txt", GLOSSARY)
    assert [front for front, _ in cards] == ["abaxial", "achene", "anther", "berry"]
    assert (
        cards[3][1].startswith("<p>A fleshy fruit produced from a single ovary,")
        and "embedded in the flesh" in cards[3][1]
    )
    assert 'separator = "\\n"    # each term on a line of its own, its meaning indented under it' in output
    assert "See also" not in json.dumps(cards) and "Beentje" not in json.dumps(cards)


def test_lines_of_prose_with_two_spaces_after_a_full_stop_are_no_columns() -> None:
    """T27-45: the column gap splits a term from its meaning, never a sentence typed with two spaces after its stop."""
    from compiler.sources.lines import split_gap

    assert split_gap("el abuelo            the grandfather") == ("  ", "el abuelo", "the grandfather")
    assert split_gap("The cat sat.  It purred.") is None
    assert split_gap("one  two  three") is None  # three columns: no pair


def test_a_listed_document_renamed_on_disk_is_named(tmp_path: Path) -> None:
    """T27-40: a document deck.toml lists, renamed on disk: the error said "not found", and the renamed file's own
    suggested table (another source id) would retire its notes. The error names the file that holds its published
    questions and says what to write; written so, the notes keep their GUIDs."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    page = "# Cucina\n\n## What is 'la forchetta'?\n\nThe fork.\n\n## What is 'il cucchiaio'?\n\nThe spoon.\n"
    (content / "sources" / "vocab-it.md").write_text(page, encoding="utf-8")
    table = '[[source]]\nid = "vocab-it"\nfile = "{}"\ntitle = "Cucina"\n'
    (content / "deck.toml").write_text(
        '[deck]\nname = "Words"\n\n' + table.format("sources/vocab-it.md"), encoding="utf-8"
    )
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"]).exit_code == 0
    guids = {n["guid"] for n in json.loads((out / "words.json").read_text(encoding="utf-8"))["notes"]}
    (content / "sources" / "vocab-it.md").rename(content / "sources" / "Unità 5 – cucina.md")
    stopped = runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert stopped.exit_code == 1
    assert (
        "source file 'sources/vocab-it.md' not found; 'sources/Unità 5 – cucina.md', not listed, holds 2 of its 2 "
        'published questions (renamed?) (write `file = "sources/Unità 5 – cucina.md"` in this table and keep its id'
    ) in stopped.output, stopped.output
    (content / "deck.toml").write_text(
        '[deck]\nname = "Words"\n\n' + table.format("sources/Unità 5 – cucina.md"), encoding="utf-8"
    )
    again = runner.invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert again.exit_code == 0 and "0 new, 0 updated, 2 unchanged, 0 retired" in again.output, again.output
    assert {n["guid"] for n in json.loads((out / "words.json").read_text(encoding="utf-8"))["notes"]} == guids
