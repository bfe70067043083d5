"""Messages a new user acts on: a problem repeated is one message with a count, and a hint that
asks for config shows the whole TOML to paste (which then builds without the message)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from compiler.diagnostics import Diagnostic
from compiler.pipeline import compile_content

SECTIONED = """# Networking notes

## Transport

### What does TCP guarantee?

Ordered, reliable delivery.

### What is UDP used for?

Low-latency traffic such as DNS and games.

## Names

### What does DNS do?

It maps names to addresses.
"""

FLAT = """Q: What port does HTTPS use?
A: 443.

Q: What port does SSH use?
A: 22.
"""


def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Net"\n', encoding="utf-8")
    (content / "topics.toml").write_text('[[topic]]\nname = "security"\nkeywords = ["tls"]\n', encoding="utf-8")
    (content / "sources" / "net.md").write_text(SECTIONED, encoding="utf-8")
    (content / "sources" / "ports.txt").write_text(FLAT, encoding="utf-8")
    return content


def _topicless(warnings: list[Diagnostic]) -> list[Diagnostic]:
    return [w for w in warnings if "no topic" in w.message]


def test_notes_without_a_topic_are_one_warning_per_file_with_the_tables_to_paste(tmp_path: Path) -> None:
    content = _content(tmp_path)
    compiled = compile_content(content)
    shown = _topicless(compiled.diagnostics.grouped_warnings)
    assert [(w.file, w.line, len(w.also) + 1) for w in shown] == [("sources/net.md", 5, 3), ("sources/ports.txt", 1, 2)]
    net, ports = shown
    assert "[3 times; also at line 9, line 15]" in str(net)
    assert "topics.toml" in net.hint and "content/" not in net.hint
    # one table per top-level section of the file's notes; a file without headings gets one for itself
    assert tomllib.loads(net.snippet)["topic"] == [
        {"name": "transport", "sections": ["net::Transport"]},
        {"name": "names", "sections": ["net::Names"]},
    ]
    assert tomllib.loads(ports.snippet)["topic"] == [{"name": "ports", "sources": ["ports"]}]
    # pasting the tables files every note under a topic and the warning is gone
    with (content / "topics.toml").open("a", encoding="utf-8") as f:
        f.write("\n" + net.snippet + "\n\n" + ports.snippet + "\n")
    again = compile_content(content)
    assert _topicless(again.diagnostics.warnings) == []
    assert {n.primary.question: n.topics for n in again.deck.notes} == {
        "What does TCP guarantee?": ["transport"],
        "What is UDP used for?": ["transport"],
        "What does DNS do?": ["names"],
        "What port does HTTPS use?": ["ports"],
        "What port does SSH use?": ["ports"],
    }


def test_a_suggested_topic_never_reuses_a_topic_name(tmp_path: Path) -> None:
    content = _content(tmp_path)
    (content / "topics.toml").write_text('[[topic]]\nname = "transport"\nkeywords = ["quic"]\n', encoding="utf-8")
    net = _topicless(compile_content(content).diagnostics.grouped_warnings)[0]
    assert [t["name"] for t in tomllib.loads(net.snippet)["topic"]] == ["transport-2", "names"]


DROPOUT_NOTES = """## Basics

### What is dropout?

Randomly zeroing activations during training.

### What is dropout in neural networks?

Zeroing random activations while training.

### What is weight decay?

Shrinking weights each step.
"""

DROPOUT_QA = """Q: What does dropout do?
A: It zeroes random activations in training.

Q: What is batch norm?
A: Normalising activations over the batch.
"""


def test_dupes_prints_suggestions_as_decisions_to_paste(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from compiler.cli import main

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "DD"\n', encoding="utf-8")
    (content / "sources" / "notes.md").write_text(DROPOUT_NOTES, encoding="utf-8")
    (content / "sources" / "more.txt").write_text(DROPOUT_QA, encoding="utf-8")
    build = ["-o", str(tmp_path / "build")]
    text = CliRunner().invoke(main, ["dupes", str(content), *build])
    assert text.exit_code == 0, text.output
    assert "suggested" in text.output
    # the decisions file of the folder it was given, never a content/ it was not
    assert f"in {content.as_posix()}/decisions.toml: `deckc dupes --toml`" in text.output
    toml = CliRunner().invoke(main, ["dupes", str(content), "--toml", *build])
    assert toml.exit_code == 0, toml.output
    decided = tomllib.loads(toml.output)
    tables = decided.get("merge", []) + decided.get("keep_apart", [])
    assert len(tables) == text.output.count("\nsuggested ") >= 1
    assert all(len(t["items"]) == 2 for t in tables)
    assert "#   sources/notes.md:3  What is dropout?" in toml.output  # each question shown above its table
    # every guess follows the score: merge at the auto-merge threshold (0.5) or more, else keep apart
    for block in toml.output.split("\n\n")[1:]:
        score = float(block.split("score ")[1].split()[0].rstrip(",:"))
        assert ("[[merge]]" in block) == (score >= 0.5) != ("[[keep_apart]]" in block), block
    # the user flips one guess, pastes, and every suggestion is decided
    flipped = toml.output.replace("\n[[keep_apart]]\n", "\n[[merge]]\n", 1)
    (content / "decisions.toml").write_text(flipped, encoding="utf-8")
    again = CliRunner().invoke(main, ["dupes", str(content), *build])
    assert "suggested" not in again.output.split("\n", 1)[0]
    compiled = compile_content(content)
    note_of = {i.item_id: n.id for n in compiled.deck.notes for i in n.items}
    pasted = tomllib.loads(flipped)
    for merge in pasted.get("merge", []):
        assert len({note_of[i] for i in merge["items"]}) == 1, merge
    for apart in pasted.get("keep_apart", []):
        assert len({note_of[i] for i in apart["items"]}) == 2, apart


def test_dupes_with_nothing_alike_says_so_plainly(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from compiler.cli import main

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "One"\n', encoding="utf-8")
    (content / "sources" / "one.txt").write_text(
        "Q: What does TCP guarantee?\nA: Ordered delivery.\n\nQ: Who wrote Hamlet?\nA: Shakespeare.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["dupes", str(content), "-o", str(tmp_path / "build")])
    assert result.output.startswith("deckc dupes: 0 pairs; ")
    toml = CliRunner().invoke(main, ["dupes", str(content), "--toml", "-o", str(tmp_path / "build")])
    assert tomllib.loads(toml.output) == {}


class SlowEmbedder:
    """The stand-in's vectors, but claiming a pace of one text per ten seconds."""

    name = "slow-stub"
    rate = 0.1

    def __init__(self) -> None:
        from compiler.similarity import HashEmbedder

        self.inner = HashEmbedder()

    def embed_many(self, texts, progress=None):  # type: ignore[no-untyped-def]
        return self.inner.embed_many(texts, progress)


def test_a_long_embedding_run_says_why_once_on_stderr(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from compiler import cachefile, similarity

    content = _content(tmp_path)
    cache = tmp_path / "build" / ".cache"
    compiled = compile_content(content, cache_dir=cache, embedder=SlowEmbedder())
    # one line, although questions, answers and answers alone are three embedding runs
    assert capsys.readouterr().err.splitlines() == [
        f"deckc: embedding 5 texts for duplicate detection (nothing cached in {cache} yet): "
        "on a large deck this takes minutes; later builds reuse them"
    ]
    compiled.dupes.persist()  # what a build does once its outputs are written
    compile_content(content, cache_dir=cache, embedder=SlowEmbedder())
    assert capsys.readouterr().err == ""  # everything cached: a quick build says nothing
    # a cache written by another deckc version (an upgrade changed its format) is recomputed: say so
    path = cache / "embeddings-slow-stub.npz"
    arrays = cachefile.load_npz(path, "embeddings", similarity.EMBEDDINGS_FORMAT)
    assert arrays is not None
    cachefile.save_npz(path, "embeddings", similarity.EMBEDDINGS_FORMAT + 1, arrays)
    (cache / "scores.json").unlink()  # else the same items' scores are read back without a vector
    compile_content(content, cache_dir=cache, embedder=SlowEmbedder())
    assert f"(the cache in {cache} is from another deckc version)" in capsys.readouterr().err
    # a cheap stand-in (no rate) never announces anything
    compile_content(content, cache_dir=tmp_path / "other")
    assert capsys.readouterr().err == ""


def test_help_lists_every_command_in_full_within_80_columns() -> None:
    from click.testing import CliRunner

    from compiler.cli import main

    out = CliRunner().invoke(main, ["--help"]).output
    listed = out.split("Commands:")[1]
    assert "..." not in listed  # click cuts a long first sentence; each command has a short help
    assert all(len(line) <= 80 for line in out.splitlines()), out
    assert "deckc init ~/decks/ml" in out  # how to start, from the first screen
    for name, command in main.commands.items():
        assert command.short_help, name


def test_a_command_run_inside_a_deck_folder_uses_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """trial12 U39: inside the folder `deckc init` made, plain `deckc build` said 'run `deckc build .`' (it knew
    and still refused); a document given instead of a folder got click's 'Directory … is a file'."""
    from click.testing import CliRunner

    from compiler.cli import main

    assert CliRunner().invoke(main, ["init", str(tmp_path / "deck")]).exit_code == 0
    monkeypatch.chdir(tmp_path / "deck")
    for command in ("lint", "build"):
        result = CliRunner().invoke(main, [command])
        assert result.exit_code == 0, result.output
    assert any((tmp_path / "deck" / "build").glob("*.apkg"))
    (tmp_path / "notes.md").write_text("## What?\n\nThat.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "notes.md")])
    assert result.exit_code == 1
    assert "notes.md: error: a document, not a deck folder" in result.output
    assert "copy notes.md into mydeck/sources/, then `deckc build mydeck`" in result.output
    elsewhere = CliRunner().invoke(main, ["build", str(tmp_path / "nowhere")])
    assert "start a deck with `deckc init FOLDER`" in elsewhere.output


def test_the_build_line_counts_one_source_in_the_singular(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from compiler.cli import main

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "One"\n', encoding="utf-8")
    (content / "sources" / "ports.txt").write_text(FLAT, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "json"])
    assert result.exit_code == 0, result.output
    assert "read 2 items from 1 source, wrote 2 notes" in result.output


def test_a_deck_folder_from_init_builds_into_its_own_build_folder_without_o(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from compiler.cli import main

    monkeypatch.chdir(tmp_path)
    made = CliRunner().invoke(main, ["init", "ml"])
    assert "next: deckc build ml   (outputs go to ml/build;" in made.output
    built = CliRunner().invoke(main, ["build", "ml", "--only", "json"])
    assert built.exit_code == 0, built.output
    assert (tmp_path / "ml" / "build" / "ml.json").is_file()
    assert not (tmp_path / "build").exists()  # nothing beside the deck folder
    # the read-only commands find the same build folder (its cache), with no -o either
    lint = CliRunner().invoke(main, ["lint", "ml"])
    assert lint.exit_code == 0, lint.output
    assert not (tmp_path / "build").exists()
    # the sample content/ keeps its build/ beside it
    from compiler.build import default_build_dir

    assert default_build_dir(Path("content")) == Path("build")


def test_diff_json_lists_a_repeated_warning_once(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from compiler.cli import main

    content = _content(tmp_path)
    result = CliRunner().invoke(main, ["diff", str(content), "--json", "-o", str(tmp_path / "out")])
    warnings = [w for w in json.loads(result.stdout)["warnings"] if "no topic" in w]
    assert len(warnings) == 2  # one per file, as the build prints them (not one per note)
    assert "[3 times; also at line 9, line 15]" in warnings[0]


def test_a_wrong_automatic_merge_can_be_undone_from_dupes_toml(tmp_path: Path) -> None:
    """Trial: `dupes --toml` said '0 suggestions' when every pair was merged automatically, leaving nothing
    to paste. `--status merged-auto --toml` prints the automatic merges as tables; flipped to [[keep_apart]]
    and pasted, the two items are two notes again."""
    from click.testing import CliRunner

    from compiler.cli import main

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "DD"\n', encoding="utf-8")
    tcp = "Q: What does TCP guarantee?\nA: Ordered, reliable delivery.\n\n"
    (content / "sources" / "a.txt").write_text(tcp + "Q: Who wrote Hamlet?\nA: Shakespeare.\n", encoding="utf-8")
    (content / "sources" / "b.txt").write_text(tcp + "Q: What is the capital of Peru?\nA: Lima.\n", encoding="utf-8")
    build = ["-o", str(tmp_path / "build")]
    plain = CliRunner().invoke(main, ["dupes", str(content), "--toml", *build])
    assert "1 pair was merged automatically; to undo one, `deckc dupes --status merged-auto --toml`" in plain.output
    toml = CliRunner().invoke(main, ["dupes", str(content), "--status", "merged-auto", "--toml", *build])
    assert toml.output.startswith("# deckc dupes --toml: 1 automatic merge to decide")
    assert tomllib.loads(toml.output)["merge"][0]["items"] == ["a/what-does-tcp-guarantee", "b/what-does-tcp-guarantee"]
    (content / "decisions.toml").write_text(toml.output.replace("[[merge]]", "[[keep_apart]]"), encoding="utf-8")
    assert len(compile_content(content).deck.notes) == 4


def test_printed_commands_and_counts_read_right(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`init` prints a command that pastes into a shell (paths with spaces quoted); one note is '1 note'."""
    import shlex

    from click.testing import CliRunner

    from compiler.cli import main

    monkeypatch.chdir(tmp_path)
    made = CliRunner().invoke(main, ["init", "My Decks/Biología 101"])
    assert made.exit_code == 0, made.output
    line = next(x for x in made.output.splitlines() if x.startswith("next: "))
    command = line.removeprefix("next: ").split("   (")[0]
    assert shlex.split(command) == ["deckc", "build", "My Decks/Biología 101"]
    deck = tmp_path / "My Decks" / "Biología 101"
    (deck / "sources" / "example.md").write_text("## What is one?\n\nThe first number.\n", encoding="utf-8")
    built = CliRunner().invoke(main, ["build", str(deck), "--only", "json"])
    assert built.exit_code == 0, built.output
    assert "read 1 item from 1 source, wrote 1 note, " in built.output
