"""Bad input on the command line: a message naming the file (and line for TOML), exit 1, nothing written.

Each case starts from a deck `deckc init` made (in a folder whose path holds a
space and non-ASCII letters), breaks one thing and runs `deckc build`; no case
may end in a traceback, a hang or a half-written build folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.cli import main

# -> (the arguments after `deckc build`, default the deck; texts the output must hold)
Case = Callable[[Path, pytest.MonkeyPatch], tuple[list[str], list[str]]]


def _unreadable(name: str) -> Case:
    def case(deck: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
        target = deck / name
        if name.startswith("sources/"):
            target.write_text("## What is it?\n\nThis.\n", encoding="utf-8")
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:  # chmod 000 is no obstacle to root, who runs CI: refuse like the OS
            if self.name == target.name:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        return [], [name, "ermission denied"]

    return case


def _listed_folder(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "sources" / "notes.md").mkdir()
    with open(deck / "deck.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[[source]]\nid = "notes"\nfile = "sources/notes.md"\n')
    line = (deck / "deck.toml").read_text(encoding="utf-8").splitlines().index('file = "sources/notes.md"') + 1
    return [], [f"deck.toml:{line}: error: source 'sources/notes.md' is a folder, not a file"]


def _symlink_loop(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "sources" / "a.md").symlink_to("b.md")
    (deck / "sources" / "b.md").symlink_to("a.md")
    (deck / "sources" / "self").symlink_to(".")  # a folder link back to sources/: not walked into
    return [], ["sources/a.md: error:", "loops"]


def _broken_link(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "sources" / "gone.md").symlink_to("nowhere.md")
    return [], ["sources/gone.md: error:", "which does not exist"]


def _named_pipe(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    os.mkfifo(deck / "sources" / "pipe.md")  # opening it would wait forever for a writer
    return [], ["sources/pipe.md: error:", "named pipe"]


def _not_utf8_config(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "deck.toml").write_bytes(b'[deck]\nname = "Caf\xe9"\n')
    return [], ["deck.toml:2: error: not valid UTF-8"]


def _wrong_types(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "deck.toml").write_text('[deck]\nname = 3\n\n[[source]]\nid = "x"\nfile = 5\n', encoding="utf-8")
    return [], ["deck.toml:2: error: [deck]: name:", "deck.toml:6: error: [[source]] number 1: file:"]


def _bad_toml(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "deck.toml").write_text('[deck]\nname = "X"\n[[source]\n', encoding="utf-8")
    return [], ["deck.toml:3: error:"]


def _empty_sources(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "sources" / "example.md").unlink()
    (deck / "deck.toml").write_text('[deck]\nname = "Empty"\n', encoding="utf-8")
    return [], ["sources: error: no source documents"]


def _listed_source_missing(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    (deck / "sources" / "example.md").unlink()
    return [], ["error: no note", "warning: source file 'sources/example.md' not found: no card from it"]


def _no_content(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    return [str(deck.parent / "no such deck")], ["no such deck: error: content folder not found"]


def _output_not_writable(deck: Path, _: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    blocker = deck.parent / "a file"
    blocker.write_text("", encoding="utf-8")
    return [str(deck), "-o", str(blocker / "out")], [f"{blocker / 'out'}: error: cannot create the build folder"]


CASES: dict[str, Case] = {
    "unreadable source": _unreadable("sources/notes.md"),
    "unreadable deck.toml": _unreadable("deck.toml"),
    "listed source is a folder": _listed_folder,
    "symlink loop in sources": _symlink_loop,
    "broken link in sources": _broken_link,
    "named pipe in sources": _named_pipe,
    "deck.toml not UTF-8": _not_utf8_config,
    "deck.toml wrong types": _wrong_types,
    "deck.toml bad TOML": _bad_toml,
    "no source documents": _empty_sources,
    "listed source missing": _listed_source_missing,
    "content folder missing": _no_content,
    "output folder not writable": _output_not_writable,
}


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_bad_input_gives_a_message_exit_1_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: Case
) -> None:
    deck = tmp_path / "my decks" / "Biología 101"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    args, expected = case(deck, monkeypatch)
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    result = CliRunner().invoke(main, ["build", *(args or [str(deck)])])
    output = result.output
    assert result.exit_code == 1, output
    assert result.exception is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output
    for text in expected:
        assert text in output, f"{text!r} not in:\n{output}"
    assert output.rstrip().endswith("nothing was written."), output
    after = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert after == before, "a failed build wrote files"


def test_init_where_no_folder_can_be_made_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(blocker / "deck")])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert f"deckc init: error: cannot create {blocker / 'deck'}" in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]


def _deckc() -> str:
    import sys

    return str(Path(sys.executable).parent / "deckc")


def test_progress_shows_on_a_terminal_and_stays_quiet_when_piped(tmp_path: Path) -> None:
    """The spinner with the current step is drawn only when stderr is a terminal (a pty here)."""
    import pty
    import subprocess
    import threading

    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    piped = subprocess.run([_deckc(), "build", str(deck)], capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0, piped.stderr
    assert "\x1b[" not in piped.stderr + piped.stdout and "compiling" not in piped.stderr
    (deck / "sources" / "example.md").write_text(
        (deck / "sources" / "example.md").read_text(encoding="utf-8") + "\n## What is new?\n\nThis.\n", encoding="utf-8"
    )
    leader, follower = pty.openpty()
    drawn: list[bytes] = []

    def drain() -> None:  # read while the build writes: a full pty would block it
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # closed: the child is gone and everything was read
                return
            if not chunk:
                return
            drawn.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    run = subprocess.run([_deckc(), "build", str(deck)], stdout=subprocess.PIPE, stderr=follower, timeout=300)
    os.close(follower)
    reader.join(timeout=30)
    os.close(leader)
    assert run.returncode == 0
    text = b"".join(drawn)
    assert b"\x1b[" in text and (b"compiling" in text or b"reading" in text), text[:500]


def test_a_deck_that_gives_no_note_is_no_success(tmp_path: Path) -> None:
    """trial6 F42: every document read but none gives a card: exit 1 and say why, not an empty deck as success."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "example.md").write_text("# Notes\n\n## What is open?\n\n## Why is it open?\n\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1, result.output
    assert "error: no note: no document gave a question with its answer" in result.output
    assert "nothing was written" in result.output
    assert not (deck / "build").exists() or not any((deck / "build").glob("*.apkg")), "an empty deck is not written"
    assert not (deck / "deckc.lock").exists()


def test_a_utf8_file_cut_inside_its_last_character_says_so(tmp_path: Path) -> None:
    """trial6 F27: not 'set encoding = "cp1252"' (which then fails too), but that the file looks cut off."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "cut.md").write_bytes("## What is 線?\n\nA line 線".encode()[:-1])
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1
    assert "sources/cut.md:3: error: the file ends in the middle of a character: it looks cut off" in result.output
    assert "cp1252" not in result.output


def test_a_warning_is_not_hidden_behind_an_error_of_the_same_run(tmp_path: Path) -> None:
    """trial6 F17: a .pdf in sources/ ('not read') was said only once another file's error was fixed."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "slides.pdf").write_bytes(b"%PDF-1.4\n")
    # (the error: a file cut inside its last character; a binary file unlisted is a warning since sitting 55)
    (deck / "sources" / "bad.md").write_bytes("## What is 線?\n\nA line 線".encode()[:-1])
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1
    assert "sources/bad.md:3: error: the file ends in the middle of a character" in result.output
    assert "sources/slides.pdf: warning: not read" in result.output
    assert result.output.rstrip().endswith("deckc: 1 error; nothing was written.")


def test_files_deckc_does_not_read_are_one_warning_with_a_count(tmp_path: Path) -> None:
    """trial9: a cloned repository's 20 .java/.cpp/.pdf files each got their own three-line 'not read' warning;
    the same problem is said once, with a count and the files (every one with `lint --all`)."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    names = ["A.dat", "b.bin", "c.psd", "d.xcf", "e.sketch", "sub/f.blend"]  # (a LICENSE is a repository's paperwork: T17-50)
    code = ["A.java", "b.cpp", "quiz.py", "sub/questions.sql"]
    for name in names + code:
        (deck / "sources" / name).parent.mkdir(exist_ok=True)
        (deck / "sources" / name).write_text("x\n")
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "warning: not read: deckc reads documents" in line]
    assert len(said) == 1, result.output
    assert "[6 times; also at " in said[0] and "and 1 more]" in said[0]
    assert "per file:" not in said[0]  # one place per file: the list already names them
    # trial11 P108: programs and SQL dumps are text, so 'only text documents' misled; they are said apart
    [programs] = [line for line in result.output.splitlines() if "not read: a program or a database dump" in line]
    assert "[4 times; also at " in programs and "export its questions as CSV or JSON" in programs
    assert "2 warnings" in result.output
    every = CliRunner().invoke(main, ["lint", str(deck), "--all"]).output
    assert all(f"sources/{name}" in every for name in names), every


def test_links_and_pdfs_in_sources_are_named_for_what_they_are(tmp_path: Path) -> None:
    """trial11 P18, P44: a link to a folder was passed over silently and a broken link was 'no text document';
    a PDF got 'save it as text' though deckc reads pdftotext's output: each now says what it is and what to do
    (a PDF is read since the seventeenth sitting: one that is not really a PDF says so)."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "vault").mkdir()
    (deck / "sources" / "vault" / "again").symlink_to("../vault")
    (deck / "sources" / "gone").symlink_to("../nowhere")
    (deck / "sources" / "my exam.pdf").write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 0, result.output
    assert "sources/vault/again: warning: not read: a link to a folder" in result.output
    assert "sources/gone: warning: not read: a broken link" in result.output
    assert "sources/my exam.pdf: warning: not read: a PDF deckc cannot open (damaged or not a PDF)" in result.output


def test_a_library_warning_never_reaches_the_user(tmp_path: Path) -> None:
    """trial10 P13: a Moodle XML export saved as .html printed BeautifulSoup's XMLParsedAsHTMLWarning, with
    Python code to paste and a source path, among deckc's messages. Library warnings stay quiet (DECKC_DEBUG=1
    shows them)."""
    import subprocess
    import sys

    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "quiz.html").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz><question type="truefalse"><questiontext><text>Is it?</text>'
        "</questiontext></question></quiz>\n"
    )
    run = [sys.executable, "-c", "from compiler.cli import main; main()", "build", str(deck)]
    quiet = subprocess.run(run, capture_output=True, text=True, env={**os.environ, "DECKC_DEBUG": ""})
    assert "XMLParsedAsHTMLWarning" not in quiet.stderr and "import warnings" not in quiet.stderr, quiet.stderr
    assert "sources/quiz.html" in quiet.stderr  # deckc's own message about the file


def test_a_stray_nul_byte_is_a_warning_and_the_deck_builds(tmp_path: Path) -> None:
    """trial11 P84: one NUL left by a bad copy stopped the whole deck; now it is dropped and said at its line."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "nul.md").write_bytes(b"## What is ATP?\n\nThe energy currency\x00 of the cell.\n")
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 0, result.output
    assert "sources/nul.md:3: warning: 1 stray NUL byte dropped" in result.output
    manifest = next((deck / "build").glob("*.json")).read_text(encoding="utf-8")
    assert "The energy currency of the cell." in manifest


def test_a_layout_named_by_mistake_says_how_the_file_reads_without_it(tmp_path: Path) -> None:
    """trial11 P109: a Markdown Q&A given layout = "delimited" was told only which separator to set (deeper into
    the mistake), and a typo 'qna' got the list of 13 layouts with no 'did you mean'."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "qn.md").write_text(
        "Q1: What is a cell?\nA1: The basic unit of life.\n\nQ2: What is DNA?\nA2: The genetic code.\n\n"
        "Q3: What is RNA?\nA3: A messenger.\n",
        encoding="utf-8",
    )
    toml = deck / "deck.toml"
    base = toml.read_text(encoding="utf-8")
    toml.write_text(base + '\n[[source]]\nid = "qn"\nfile = "sources/qn.md"\nlayout = "delimited"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1
    assert "without layout = 'delimited' in its [[source]] table, this file reads as 'markdown' (3 items)" in result.output
    toml.write_text(base + '\n[[source]]\nid = "qn"\nfile = "sources/qn.md"\nlayout = "qna"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1 and "unknown layout 'qna' (did you mean 'qa'?)" in result.output


def test_a_listed_file_that_is_gone_stops_the_build_only_when_it_has_published_notes(tmp_path: Path) -> None:
    """learner5 L39: deleting `deckc init`'s example document (the first thing a user does) made the first build
    fail on its [[source]] table; a file never built from is a warning now. Once its notes are in the lock, a
    missing file is still an error: a typo in `file = …` must not retire them."""
    deck = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(deck)]).exit_code == 0
    (deck / "sources" / "example.md").rename(tmp_path / "example.md")
    (deck / "sources" / "bio.md").write_text("## What is a cell?\n\nThe unit of life.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 0, result.output
    assert "warning: source file 'sources/example.md' not found: no card from it" in result.output
    (tmp_path / "example.md").rename(deck / "sources" / "example.md")
    assert CliRunner().invoke(main, ["build", str(deck)]).exit_code == 0  # now its notes are published
    (deck / "sources" / "example.md").unlink()
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1
    assert "error: source file 'sources/example.md' not found (fix `file = …`" in result.output
