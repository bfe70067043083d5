"""Twenty-ninth sitting, lead: findings of trial 29 left open (/work/coord/findings-trial29.md)."""

from __future__ import annotations

import json
from pathlib import Path

from compiler.build import build


def _deck(tmp_path: Path, files: dict[str, str]) -> tuple[Path, Path]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    for name, text in files.items():
        (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    return content, tmp_path / "build"


def _notes(out: Path) -> list[dict]:
    return json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]


def test_a_keyed_quiz_fronts_the_note_its_unkeyed_copy_merges_into(tmp_path: Path) -> None:
    """T29-17: the same test kept twice, once with its answer key (read as multiple choice) and once without (the
    options under a question heading, read as a recall question whose 'answer' is the option list). The recall item
    used to front the merged note, so the card's back was the bare option list and the key was only a ✓ folded
    under "1 more answer". The keyed quiz now fronts the note (its correct option on the back), and the option list
    is not repeated under it. A recall item with a real answer still beats a quiz (issue 10)."""
    content, out = _deck(
        tmp_path,
        {
            "a.md": "# Biology\n\n## Which organ pumps blood?\n\n- the liver\n- the heart\n- the lung\n\n"
            "## Which gas do plants take in?\n\nCarbon dioxide, through the stomata of their leaves.\n",
            "b.txt": "Biology test\n\n1. Which organ pumps blood?\nA) the liver\nB) the heart\nC) the lung\n\n"
            "2. Which gas do plants take in?\nA) oxygen\nB) carbon dioxide\nC) nitrogen\n\nAnswers: 1 B, 2 B\n",
        },
    )
    build(content, out)
    notes = {n["fields"]["Question"]: n for n in _notes(out)}
    assert set(notes) == {"Which organ pumps blood?", "Which gas do plants take in?"}
    heart = notes["Which organ pumps blood?"]
    assert heart["kind"] == "multiple_choice"
    assert heart["fields"]["Correct"] == "B) the heart"
    assert "the liver" not in heart["fields"]["Explanation"]  # the unkeyed option list is not shown again
    gas = notes["Which gas do plants take in?"]
    assert gas["kind"] == "basic"  # a recall question with a real answer keeps the front
    assert "stomata" in gas["fields"]["Answer"]
    assert "carbon dioxide" in gas["fields"]["Also"]


def test_ids_spell_turkish_polish_and_greek_letters_and_old_ids_still_apply(tmp_path: Path) -> None:
    """T28-28, T28-19: item ids dropped the letters normalisation cannot decompose ('hatalı' -> 'hatal', 'słowo'
    -> 's-owo', 'Straße' -> 'stra-e') and spelled Greek as letter names ('pi-omicron-tau-epsilon…'). Ids are what
    dupes, diff, retire messages and overrides.toml show. Now ı/ł/ß/ø/đ/þ are spelled plainly and a Greek sentence
    keeps its letters (as Cyrillic does); a Greek letter in an English question is still its name. The GUID does
    not change (it comes from the unchanged normalised question), and an override naming the id in the old
    spelling, from a lock an older deckc wrote, still applies with a warning saying the id is spelled otherwise."""
    content, out = _deck(
        tmp_path,
        {
            "tr.txt": "1. Bir geliştirici hatalı kodu düzeltmek için ne yapar?\nHata ayıklama.\n\n"
            "2. Co oznacza słowo łódź?\nBoat.\n\n3. Was heißt Straße?\nStreet.\n",
            "el.txt": "1. Πότε έγινε η άλωση της Κωνσταντινούπολης;\n1453.\n\n2. What is γ in BatchNorm?\nA learned scale.\n",
        },
    )
    build(content, out)
    ids = {n["fields"]["DeckcId"]: n for n in _notes(out)}
    assert set(ids) == {
        "tr/bir-gelistirici-hatali-kodu-duzeltmek-icin-ne-yapar",
        "tr/co-oznacza-slowo-lodz",
        "tr/was-heisst-strasse",
        "el/ποτε-εγινε-η-αλωση-της-κωνσταντινουπολης",
        "el/what-is-gamma-in-batchnorm",
    }
    new, old = (
        "tr/bir-gelistirici-hatali-kodu-duzeltmek-icin-ne-yapar",
        "tr/bir-gelistirici-hatal-kodu-duzeltmek-icin-ne-yapar",
    )
    guid = ids[new]["guid"]
    lock = content / "deckc.lock"
    lock.write_text(
        lock.read_text(encoding="utf-8").replace(new, old), encoding="utf-8"
    )  # as an older deckc wrote it
    (content / "overrides.toml").write_text(
        f'[[override]]\nitem = "{old}"\nwhy = "the usual word"\nanswer = "Debugging (hata ayıklama)."\n',
        encoding="utf-8",
    )
    report = build(content, out)
    note = {n["fields"]["DeckcId"]: n for n in _notes(out)}[new]
    assert note["guid"] == guid
    assert "Debugging (hata ayıklama)." in note["fields"]["Answer"]
    assert report.compiled is not None
    said = [w.message for w in report.compiled.diagnostics.grouped_warnings]
    assert any("whose id deckc now spells otherwise" in w and old in w for w in said), said


def _guesses(content: Path, out: Path) -> dict[frozenset[str], str]:
    """`deckc dupes --toml` as {pair of questions: table name}."""
    from click.testing import CliRunner

    from compiler.cli import main

    shown = CliRunner().invoke(main, ["dupes", str(content), "-o", str(out), "--toml"])
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    return {
        frozenset(lines[n - k].split("  ", 2)[-1] for k in (2, 3)): lines[n - 1]
        for n, line in enumerate(lines)
        if line.startswith("items = [")
    }


def test_one_subject_asked_in_other_words_with_the_same_answer_is_guessed_one(
    tmp_path: Path, real_model
) -> None:  # type: ignore[no-untyped-def]
    """Real model, T29-37: 'Wer schrieb den Faust?' / 'Von wem stammt der Faust?' (Goethe) and 'Qui a écrit Les
    Misérables ?' / "Qui est l'auteur des Misérables ?" (Victor Hugo) scored 0.39–0.47 and were guessed
    [[keep_apart]]: a user pasting `dupes --toml` kept the duplicates. Both now guessed [[merge]], the comment
    naming the shared subject. Near misses stay apart: other years (begann 1939 / endete 1945), the same answer
    to another named work (Hugo: Les Misérables / Notre-Dame de Paris; Shakespeare: Hamlet / Macbeth)."""
    content, out = _deck(
        tmp_path,
        {
            "de-a.md": "# Lernzettel A\n\n## Wann begann der Zweite Weltkrieg?\n1939, mit dem Überfall auf Polen.\n\n"
            "## Wer schrieb den Faust?\nJohann Wolfgang von Goethe.\n\n## Who wrote Hamlet?\nShakespeare.\n",
            "de-b.md": "# Lernzettel B\n\n## Wann endete der Zweite Weltkrieg?\n1945 (in Europa am 8. Mai).\n\n"
            "## Von wem stammt der Faust?\nVon Goethe.\n\n## Who wrote Macbeth?\nShakespeare.\n",
            "fr-a.md": "# Fiche A\n\n## Qui a écrit Les Misérables ?\nVictor Hugo.\n",
            "fr-b.md": "# Fiche B\n\n## Qui est l'auteur des Misérables ?\nVictor Hugo (1862).\n\n"
            "## Qui a écrit Notre-Dame de Paris ?\nVictor Hugo.\n",
        },
    )
    build(content, out)
    guesses = _guesses(content, out)
    faust = frozenset({"Wer schrieb den Faust?", "Von wem stammt der Faust?"})
    hugo = frozenset({"Qui a écrit Les Misérables ?", "Qui est l'auteur des Misérables ?"})
    assert guesses[faust] == "[[merge]]"
    assert guesses[hugo] == "[[merge]]"
    for other in (
        {"Wann begann der Zweite Weltkrieg?", "Wann endete der Zweite Weltkrieg?"},
        {"Qui a écrit Les Misérables ?", "Qui a écrit Notre-Dame de Paris ?"},
        {"Qui est l'auteur des Misérables ?", "Qui a écrit Notre-Dame de Paris ?"},
        {"Who wrote Hamlet?", "Who wrote Macbeth?"},
    ):
        assert guesses.get(frozenset(other), "[[keep_apart]]") == "[[keep_apart]]", other


def test_bold_italic_questions_in_a_notes_page_are_cards_beside_its_topic_cards(tmp_path: Path) -> None:
    """T30-3: a notes page (topic headings with their definitions) with a worked exercise asked in a bold-italic line
    (`***With even parity, what is the parity bit of 1010001?***` over its answer) gave no card at all: the line
    counted as a question, so the page was not read as notes, yet the reader did not take `***…***` as bold, and
    every definition was "text outside any question". Now `***…?***` asks as `**…?**` does, and bold questions
    count among a notes page's questions as question boxes do: each topic heading with text is a card, each
    exercise a card."""
    content, out = _deck(
        tmp_path,
        {
            "parity.md": "## Parity bits and Hamming codes\n\n<br>\n\n### Parity bit\n\n"
            "> A bit added to data to check whether an error happened in transmission.\n\n"
            "**Kinds**: even, odd\n\n<br>\n\n***With even parity, what is the parity bit of 1010001?***\n\n"
            "> There are three 1s, so one more 1 makes the count even.\n>\n> Answer: 11010001\n\n<br>\n\n"
            "### Hamming code\n\n> A self-correcting code that fixes a one-bit error in transmitted data.\n\n"
            "##### Method\n\nThe bits at positions 1, 2 and 4 are parity bits.\n\n"
            "***With even parity, what is the corrected form of the Hamming code 0011011?***\n\n"
            "1) Bits 1, 3, 5, 7: 0101, even: 0\n\n2) Bits 2, 3, 6, 7: 0111, odd: 1\n\n<br>\n\n"
            "Read backwards the parity bits give 110, so bit 6 is wrong: **the answer is 0011001**.\n",
        },
    )
    build(content, out)
    notes = {n["fields"]["Question"]: n["fields"]["Answer"] for n in _notes(out)}
    assert "With even parity, what is the parity bit of 1010001?" in notes
    assert "11010001" in notes["With even parity, what is the parity bit of 1010001?"]
    assert "0011001" in notes["With even parity, what is the corrected form of the Hamming code 0011011?"]
    assert "A bit added to data" in notes["Parity bit"]
    assert "self-correcting code" in notes["Hamming code"]
    assert "positions 1, 2 and 4" in notes["Method"]
    assert not any("***" in q or "<em>" in q for q in notes)


def test_dupes_counts_the_pairs_to_decide_as_the_build_does() -> None:
    """T30-11: the build said "147 possible duplicate pairs for you to decide" while `deckc dupes --status suggested`
    said "251 pairs (251 suggested)" and `--toml` "251 suggestions to decide": 104 of them were an item's closest
    match in another document, listed below the suggestion floor, which the build rightly does not count. Now the
    three agree: dupes splits its count (to decide, kept apart for sure, closest matches below the floor), the
    `--toml` header counts the pairs to decide, and lists the others last under a line saying there is nothing to
    decide."""
    from test_dedupe_logic import item

    from compiler.dupes_report import pairs_toml, to_decide
    from compiler.passes.dedupe import OTHER_LANGUAGES, Pair

    a = item("a", "What is a closure?", "A function with its scope.")
    b = item("b", "Explain closures.", "A function and its environment.")
    c = item("c", "What is hoisting?", "Declarations move up.")
    d = item("d", "Was ist Hoisting?", "Deklarationen wandern nach oben.")
    e = item("e", "What is the event loop?", "It runs callbacks.")
    pairs = [
        Pair(a, e, 0.04, 0.5, reason="below suggest, listed as the closest match in another document: check"),
        Pair(c, d, 0.5, 0.9, reason=f"{OTHER_LANGUAGES} (en / de): each keeps its card"),
        Pair(a, b, 0.6, 0.8),
    ]
    decide, sure, closest = to_decide(pairs, 0.1)
    assert (len(decide), len(sure), len(closest)) == (1, 1, 1)
    shown = pairs_toml(pairs, floor=0.1)
    head = shown.splitlines()[0]
    assert head.startswith(
        "# deckc dupes --toml: 1 suggestion to decide, for content/decisions.toml (then 1 pair"
    )
    assert "1 closest match below the suggestion floor (0.10)" in head
    order = [line.split("  ", 2)[-1] for line in shown.splitlines() if line.startswith("#   ")]
    assert order[:2] == ["What is a closure?", "Explain closures."]  # the pair to decide first
    assert order[-2:] == ["What is a closure?", "What is the event loop?"]  # the closest match last
    assert "# --- 1 closest match of an item in another document, below the suggestion floor (0.10)" in shown


def test_deck_toml_windows_paths_and_a_table_twice_are_told_plainly(tmp_path: Path) -> None:
    """T30-9: a path copied from Explorer, `file = "sources\\Networking.md"`, was "Unescaped '\\' in a string (fix the
    syntax)"; `file = "sources\\networking.md"` (TOML reads \\n as a line break) was "not found … (renamed?)"; a second
    [deck] table was "Cannot declare ('deck',) twice" (a Python tuple). Each now says what happened and the line to
    write."""
    from click.testing import CliRunner

    from compiler.cli import main

    content, _ = _deck(tmp_path, {"networking.md": "## What is DNS?\n\nIt turns names into addresses.\n"})
    said = {}
    for name, table in {
        "backslash": '[[source]]\nid = "net"\nfile = "sources\\\\Networking.md"\n'.replace("\\\\", "\\"),
        "escape": '[[source]]\nid = "net"\nfile = "sources\\\\networking.md"\n'.replace("\\\\", "\\"),
        "twice": '[[source]]\nid = "net"\nfile = "sources/networking.md"\n\n[deck]\nname = "U"\n',
    }.items():
        (content / "deck.toml").write_text('[deck]\nname = "T"\n\n' + table, encoding="utf-8")
        run = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
        assert run.exit_code == 1
        said[name] = run.output
    assert (
        "deck.toml:6: error: invalid TOML: a backslash in a double-quoted text starts an escape in TOML "
        '(write file = "sources/Networking.md", forward slashes work on Windows too; or put it in single quotes: '
        "file = 'sources\\Networking.md')"
    ) in said["backslash"]
    assert (
        "deck.toml:6: error: source file 'sources\\networking.md' not found: its backslashes were read as TOML"
        in said["escape"]
    )
    assert 'write `file = "sources/networking.md"`' in said["escape"] and "renamed?" not in said["escape"]
    assert (
        "deck.toml:8: error: invalid TOML: the table [deck] appears twice (first at line 1) "
        "(keep one of them, with the keys of both)"
    ) in said["twice"]
    assert not (tmp_path / "out").exists()


def test_the_same_number_with_its_unit_spelled_otherwise_is_the_same_answer(tmp_path: Path) -> None:
    """T30-17: '富士山の高さは何メートルですか？' → '3776メートル' and '富士山の標高は何メートルですか？' → '3776 m' (two review sheets)
    were not even listed: in a script the model cannot read the answers are compared by their characters, and
    'メートル' is not 'm'. A unit after a number is now compared as its symbol (メートル, metres, 미터, 米 → m; 円 → yen …),
    so the pair is suggested, and `--toml` guesses it [[merge]]. Other capitals stay unlisted."""
    content, out = _deck(
        tmp_path,
        {
            "a.md": "# 地理 復習 A\n\n## 日本の首都はどこですか？\n\n東京\n\n## 富士山の高さは何メートルですか？\n\n3776メートル\n",
            "b.md": "# 地理 復習 B\n\n## 中国の首都はどこですか？\n\n北京\n\n## 富士山の標高は何メートルですか？\n\n3776 m\n",
        },
    )
    build(content, out)
    guesses = _guesses(content, out)
    assert guesses == {
        frozenset({"富士山の高さは何メートルですか？", "富士山の標高は何メートルですか？"}): "[[merge]]"
    }


def test_a_challenge_file_beside_its_solution_file_is_said_once_not_a_pattern_table(tmp_path: Path) -> None:
    """T30-20: a coding-challenge folder (`compress_challenge.ipynb` beside `compress_solution.ipynb`, each problem
    in both, its solution only in the second) printed for every challenge file "no card from this file: cannot tell
    this document's layout" and an 11-line pattern table. A file named like its solutions file with 'challenge',
    'exercises', 'problems' … in place of 'solution(s)' whose problems the solutions file copies is now its unsolved
    twin: not read, said in one grouped line; the solutions file gives the cards."""
    from click.testing import CliRunner

    from compiler.cli import main

    problem = {
        "compress": "Compress a string such that 'AAABCCDDDD' becomes 'A3BC2D4'. Only compress if it saves space.",
        "fizz": "Implement Fizz Buzz: print Fizz for multiples of three and Buzz for multiples of five.",
    }
    files = {}
    constraints = "## Constraints\n\n* Can we assume the string is ASCII?\n  * Yes, and it fits in memory\n\n"
    for name, text in problem.items():
        files[f"{name}_challenge.md"] = (
            f"# Challenge\n\n## Problem: {text}\n\n{constraints}```python\n# TODO: Implement me\n```\n"
        )
        files[f"{name}_solution.md"] = (
            f"# Solution\n\n## Problem: {text}\n\n{constraints}## Algorithm\n\nWalk the string once, counting each run.\n\n"
            "```python\ndef solve(s):\n    return s\n```\n"
        )
    content, out = _deck(tmp_path, files)
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert "cannot tell this document's layout" not in run.output and "[source.pattern]" not in run.output
    said = [line for line in run.output.splitlines() if "not read:" in line]
    assert len(said) == 1 and "compress_solution.md holds its problems" in said[0] and "[2 times;" in said[0]
    assert all(
        "solution" in n["fields"]["Sources"].lower() or "Solution" in n["fields"]["Sources"]
        for n in _notes(out)
    )
    assert len(_notes(out)) == 2


def test_the_same_quiz_shuffled_in_another_version_adds_only_its_source(tmp_path: Path) -> None:
    """T30-34: a class test's Group A and Group B (the same questions in another order, options shuffled, each with its
    own key) merged right, but every back repeated the twin under "1 more answer": the same question over the same
    options in another order and other letters (its 'B)' another option). The twin now adds only its source, named on
    the Sources line; a twin with other options or another right answer is still shown."""
    content, out = _deck(
        tmp_path,
        {
            "a.txt": "Chemistry test - Group A\n\n1. What is the chemical symbol for gold?\nA) Ag\nB) Au\nC) Gd\n\n"
            "2. Which planet is the Red Planet?\nA) Venus\nB) Jupiter\nC) Mars\n\nAnswers: 1 B, 2 C\n",
            "b.txt": "Chemistry test - Group B\n\n1. Which planet is the Red Planet?\nA) Mars\nB) Venus\nC) Saturn\n\n"
            "2. What is the chemical symbol for gold?\nA) Gd\nB) Au\nC) Ag\n\nAnswers: 1 A, 2 B\n",
        },
    )
    build(content, out)
    notes = {n["fields"]["Question"]: n["fields"] for n in _notes(out)}
    gold = notes["What is the chemical symbol for gold?"]
    assert gold["Correct"] == "B) Au" and gold["Explanation"] == ""
    assert "Group A #1" in gold["Sources"] and "Group B #2" in gold["Sources"]
    mars = notes[
        "Which planet is the Red Planet?"
    ]  # other options (Saturn, Jupiter): the twin is shown, marked
    assert (
        mars["Correct"] == "C) Mars"
        and "Saturn" in mars["Explanation"]
        and 'class="correct"' in mars["Explanation"]
    )


def test_a_listed_file_split_in_two_is_said_as_a_split_and_the_advice_keeps_every_note(
    tmp_path: Path,
) -> None:
    """T30-35: a listed file split into two files (questions 1-3 and 4-6) was diagnosed as a rename of one half:
    "'sources/net-b.md', not listed, holds 3 of its 6 published questions (renamed?)", nothing about net-a.md. Now the
    error names both halves and says split; following it (the table pointed at one half, a table added for the
    other) keeps every note's GUID: nothing new, nothing retired."""
    from click.testing import CliRunner

    from compiler.cli import main

    questions = [
        f"## What does protocol {p} do?\n\nIt carries {p} traffic.\n"
        for p in ("DNS", "TCP", "UDP", "ARP", "ICMP", "DHCP")
    ]
    content, out = _deck(tmp_path, {"networking.md": "# Networking\n\n" + "\n".join(questions)})
    table = (
        '\n[[source]]\nid = "networking"\nfile = "sources/{}"\ntitle = "Networking"\nlayout = "markdown"\n'
    )
    (content / "deck.toml").write_text(
        '[deck]\nname = "T"\n' + table.format("networking.md"), encoding="utf-8"
    )
    build(content, out)
    guids = {n["guid"] for n in _notes(out)}
    (content / "sources" / "networking.md").unlink()
    (content / "sources" / "net-a.md").write_text(
        "# Networking A\n\n" + "\n".join(questions[:3]), encoding="utf-8"
    )
    (content / "sources" / "net-b.md").write_text(
        "# Networking B\n\n" + "\n".join(questions[3:]), encoding="utf-8"
    )
    run = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert run.exit_code == 1
    assert (
        "error: source file 'sources/networking.md' not found; 'sources/net-a.md' holds 3 and 'sources/net-b.md' 3 of "
        "its 6 published questions, none listed in deck.toml (split?)"
    ) in run.output
    other = (
        '\n[[source]]\nid = "net-b"\nfile = "sources/net-b.md"\ntitle = "Networking B"\nlayout = "markdown"\n'
    )
    (content / "deck.toml").write_text(
        '[deck]\nname = "T"\n' + table.format("net-a.md") + other, encoding="utf-8"
    )
    again = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert again.exit_code == 0, again.output
    assert "0 new," in again.output and "0 retired" in again.output
    assert {n["guid"] for n in _notes(out)} == guids
