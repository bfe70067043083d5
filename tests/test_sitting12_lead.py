"""Messages about unlisted files name what the file is (twelfth sitting, lead)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from compiler.cli import main

_GIFT = """::Q1:: What is 2 + 2? {=4 ~3 ~5}

::Q2:: The sky is blue. {T}
"""

_CSV = "Vorgang;Meaning\nAbläufe;procedures\nRésumé;summary\nZeitraum;period\n"


def _deck(tmp_path: Path) -> Path:
    content = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(content)]).exit_code == 0
    for old in (content / "sources").iterdir():
        old.unlink()
    toml = content / "deck.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text[: text.index("[[source]]")] if "\n[[source]]" in text else text, encoding="utf-8")
    return content


def test_an_unlisted_gift_quiz_is_named_as_converted(tmp_path: Path) -> None:
    """trial12 U77: 'read as layout markdown' alone, for a GIFT quiz, reads as deckc's mistake."""
    content = _deck(tmp_path)
    (content / "sources" / "quiz.gift").write_text(_GIFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "quiz.gift" in x and "not listed" in x)
    assert "a GIFT quiz, converted to Markdown first" in line
    assert 'layout = "markdown"' in result.output  # the table still reads it the same way when pasted


def test_a_detected_layout_is_not_called_a_seed_layout(tmp_path: Path) -> None:
    """trial12 U74: 'it looks like the seed layout' means nothing to a user."""
    content = _deck(tmp_path)
    (content / "sources" / "words.csv").write_text(_CSV, encoding="utf-8")
    toml = content / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "words"\nfile = "sources/words.csv"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    assert "seed layout" not in result.output
    assert "layout detected as 'delimited' (its text fits the layout 'delimited' best" in result.output
