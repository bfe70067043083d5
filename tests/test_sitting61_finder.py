"""Sixty-first sitting, finder: findings of trial 61 (real public documents: AZ-900 study notes, command cheat sheets,
a JavaScript interview book, an ML interview guide; docs/trials/trial61.md) fixed: a page of notes that ends with a
knowledge check (``1. Which tool …? → **answer**``) keeps its statement sections' cards (T61-1); a ``**Term**:`` list
with an entry defined by its nested list, or with a term another list names again, is a card per term (T61-2); a
shell cheat sheet (``git init   # initiates git …``) is read, a card per command, and a placeholder written as a tag
(``<container-id>``) is text (T61-3); bullet captions over
one-command fences are a card each (T61-4); a cheat sheet's neighbouring commands are kept apart in deckc dupes
(T61-13).

The reproducers in tests/data/trials/trial61/ are written for this trial in the shapes of the documents (no fetched
text is committed): PhillipJBridgeman/azure-fundamentals-notes 9e63f2fb (MIT), LeCoupa/awesome-cheatsheets 82494796
(MIT), ganqqwerty/123-Essential-JavaScript-Interview-Questions 2497022c (BSD-3-Clause), alirezadir/Machine-Learning-
Interviews e6128f6c (MIT)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.dupes_report import to_decide
from compiler.passes.dedupe import SIBLING_TERMS

TRIAL = Path(__file__).parent / "data" / "trials" / "trial61"


# --- T61-1: notes that end with a knowledge check ---------------------------------------------------------------------


def test_a_knowledge_check_list_keeps_the_notes_sections_cards(tmp_path: Path) -> None:
    """T61-1 (high): a module's notes (statement headings ``## 1) …`` to ``## 3) …``, ``**Term**:`` lists, a table)
    that end with ``## ✅ Knowledge Check`` / ``1. Which algorithm …? → **Round robin**`` and ``## 🧠 Exam Tips``.
    Before: the three answered list entries made the page "ask", and the statement sections at the other heading
    level were "text outside any question … read as a section, not a question": ``3) Health Checks`` and ``Exam Tips``
    on no card (AZ-900's storage module lost its storage services, migration options and exam tips so). Now the quiz
    counts as questions among notes, as a question heading among notes does: each such section is a card."""
    notes, _, said = built_notes(tmp_path, {"module.md": TRIAL / "notes-with-knowledge-check.md"})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "Level",
        "Focus",
        "Pool",
        "Listener",
        "Layer Comparison",
        "Round robin",
        "Least connections",
        "Health Checks",
        "Which algorithm sends each connection to the next server in turn?",
        "Which layer can route by URL path?",
        "What happens to a server that keeps failing its probe?",
        "Exam Tips",
    ], fronts
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Health Checks"] == (
        "The balancer probes each server on a schedule. A server that fails a few probes in a row is taken out of the "
        "pool. It is put back once it passes again."
    ), backs["Health Checks"]
    assert backs["Exam Tips"] == (
        "Layer 4 is fast and blind; layer 7 reads the request. Sticky sessions keep a client on one server with a "
        "cookie or its address."
    ), backs["Exam Tips"]
    assert backs["Which layer can route by URL path?"] == "Layer 7"
    assert not any("text outside any question" in s for s in said), said
    assert any(
        "its 3 statement headings with text under them ('Layer Comparison', '3) Health Checks', '🧠 Exam Tips') are cards" in s
        for s in said
    ), said


# --- T61-2: a term list with an entry whose definition is nested under it -----------------------------------------


def test_a_term_defined_by_its_nested_list_keeps_the_list_s_cards(tmp_path: Path) -> None:
    """T61-2 (high): notes that list ``- **Cloud backup**: …`` / ``- **Tape rotation**: …`` / ``- **Restore speed**:``
    over ``  - **Cloud / tape** → slower to restore …`` (AZ-900's ``- **Read access**:`` over ``  - **RA-GRS /
    RA-GZRS** → …`` after GRS and GZRS). Before: the entry with nothing after its colon made the list an ordinary one,
    and on a notes page that ends with a knowledge check its terms were "text outside any question", no card of
    ``Cloud backup`` or ``Tape rotation``. Now such an entry is a term whose definition is its nested list: a card each."""
    notes, _, said = built_notes(tmp_path, {"backups.md": TRIAL / "term-list-nested-entry.md"})
    backs = {note_front(n): note_back(n) for n in notes if n["fields"].get("Section") == "1) Backup Types"}
    assert backs == {
        "Full backup": "a copy of every file, whatever changed.",
        "Incremental backup": "only what changed since the last backup of any kind.",
        "Cloud backup": "copies sent to a provider's storage over the network.",
        "Tape rotation": "tapes carried to another building on a schedule.",
        "Restore speed": "Cloud / tape → slower to restore than a copy on site.",
    }, backs
    assert not any(":9: warning: text outside any question" in s for s in said), said


def test_a_term_named_again_in_the_exam_tips_keeps_both_lists_cards(tmp_path: Path) -> None:
    """T61-2: a module's ``1) Queue Services`` glossary and its ``🧠 Exam Tips`` list share one term (``Dead-letter
    queue``, defined, then named again in a tip); its ``3) Pricing`` list (``- **Per request:** …`` / ``- **Benefits:**``
    over its nested points) shares ``Benefits`` with the answer to ``What is a message queue?``. Before: a list whose
    terms another list repeats was taken for a template's part labels (T16-26: ``- **主句：**`` under every sentence), so
    the lists gave no card, their sections "text outside any question". Now lists are labels only when most of their
    terms are repeated: 4, 2 and 3 cards."""
    notes, _, said = built_notes(tmp_path, {"queues.md": TRIAL / "terms-named-again.md"})
    fronts = [note_front(n) for n in notes if n["fields"].get("Section") in ("1) Queue Services", "3) Pricing", "Exam Tips")]
    assert fronts == [
        "Point-to-point queue",
        "Topic",
        "Dead-letter queue",
        "Visibility timeout",
        "Per request",
        "Benefits",
        "Fan-out",
        "Dead-letter queue",
        "Idempotent consumers",
    ], fronts
    assert not any("text outside any question" in s for s in said), said


# --- T61-3: a command cheat sheet kept as a shell file --------------------------------------------------------------


def test_a_shell_cheat_sheet_is_read_a_card_per_command(tmp_path: Path) -> None:
    """T61-3 (high): a ``.sh`` cheat sheet, a command and what it does on each line (``systemctl start nginx   #
    starts the service now``), banner comments between rules of ``#`` for its sections (awesome-cheatsheets'
    ``git.sh``, ``docker.sh``). Before: "not read: a program or a database dump … (export its questions as CSV or JSON
    …)", not one card of its commands. Now each command is a card, its comment the front (a comment line right under
    it that goes on with the sentence too), the command the back; a banner its section, a comment line alone right over
    commands (``# Filtering``) a part of it; a block of comment lines a card of its first line; a command with no
    comment said."""
    notes, _, said = built_notes(tmp_path, {"services.sh": TRIAL / "commands-cheatsheet.sh"})
    assert [(note_front(n), n["fields"]["Section"]) for n in notes] == [
        ("shows whether the service runs, and its last log lines", "SERVICES"),
        ("starts the service now", "SERVICES"),
        ("starts the service at every boot", "SERVICES"),
        ("stops then starts the service, dropping its open connections", "SERVICES"),
        ("re-reads the configuration without a restart", "SERVICES"),
        ("lists the running services", "SERVICES"),
        ("shows the service's log", "LOGS"),
        ("follows the log as lines arrive", "LOGS"),
        ("shows the log of the last hour", "LOGS › Filtering"),
        ("shows the errors since the last boot", "LOGS › Filtering"),
        ("Log levels", "LOGS › Filtering"),
    ], [note_front(n) for n in notes]
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["stops then starts the service, dropping its open connections"] == "systemctl restart nginx"
    assert backs["shows the log of the last hour"] == 'journalctl --since "1 hour ago"'
    assert backs["Log levels"] == "0 emerg, 1 alert, 2 crit, 3 err 4 warning, 5 notice, 6 info, 7 debug"
    assert 'data-lang="bash"' in notes[0]["fields"]["Answer"], notes[0]["fields"]["Answer"]
    assert any(
        "sources/services.sh:23: warning: 1 command with no comment beside or under it is on no card: "
        "'journalctl --vacuum-size=200M'" in s
        for s in said
    ), said
    assert not any("not read" in s for s in said), said


def test_a_script_with_a_few_comments_stays_unread(tmp_path: Path) -> None:
    """T61-3: a script that comments some of its lines is no cheat sheet: still "not read: a program" (the deck of it
    alone has no document)."""
    script = "\n".join(
        ["#!/bin/sh", "set -e", "cd /srv/app  # the app's folder", "git pull", "npm ci", "npm run build  # makes dist/"]
        + [f"cp dist/file{n}.js /var/www/" for n in range(8)]
    )
    notes, _, said = built_notes(tmp_path, {"deploy.sh": script, "notes.md": "## What is a shell?\n\nA program that runs commands.\n"})
    assert [note_front(n) for n in notes] == ["What is a shell?"]
    assert any("sources/deploy.sh: warning: not read: a program or a database dump" in s for s in said), said


# --- T61-3: a placeholder written as a tag ---------------------------------------------------------------------------


def test_a_placeholder_written_as_a_tag_is_text(tmp_path: Path) -> None:
    """T61-3 (high), its silent part: a command's placeholder written as a tag, ``docker logs <container-id> -f``
    (a name with a hyphen, as a custom element's is) or ``docker tag <image> …`` (an obsolete alias of ``<img>``).
    Before: ``<container-id>`` was dropped without a word (``Run docker logs -f``, ``docker exec -it bash``) and
    ``<image>`` became a picture with no address (``[image]``, "image with no usable address"). Now such a tag, with no
    attribute and no closing tag after it, is the text it was written as; a custom element closed as one
    (``<user-card>Ada</user-card>``) stays an element."""
    notes, _, said = built_notes(tmp_path, {"docker.md": TRIAL / "placeholder-tags.md"})
    assert [note_back(n) for n in notes] == [
        "Run docker logs <container-id> -f; stop following with Ctrl-C.",
        "Use docker tag <image> username/repository:tag, then docker push username/repository:tag.",
        "Run docker exec -it <container-id> bash (or sh when the image has no bash).",
        "A custom element is written with a hyphen in its name and closed like any element: Ada shows Ada.",
    ], [note_back(n) for n in notes]
    assert "&lt;container-id&gt;" in notes[0]["fields"]["Answer"], notes[0]["fields"]["Answer"]
    assert not any("image with no usable address" in s for s in said), said


# --- T61-4: bullet captions over one-command fences -----------------------------------------------------------------


def test_bullet_captions_over_command_fences_are_a_card_each(tmp_path: Path) -> None:
    """T61-4 (medium): a cheat sheet in Markdown that writes what each command does as a bullet of its own over a fence
    naming no language (``* Copy your public key to a server`` / ```` ``` ```` / ``ssh-copy-id user@server``;
    awesome-cheatsheets' kubernetes.md). Before: one card per section, ``Keys`` → three captions and commands run
    together. Now each caption → its command, as a ``**Caption:**`` line over a shell fence is; a command with its
    here-document is one."""
    notes, _, _ = built_notes(tmp_path, {"ssh.md": TRIAL / "bullet-captions-over-fences.md"})
    assert [(note_front(n), note_back(n)) for n in notes][:5] == [
        ("Make a new key pair with a comment", 'ssh-keygen -t ed25519 -C "me@laptop"'),
        ("Copy your public key to a server", "ssh-copy-id user@server"),
        ("Add a key to the running agent", "ssh-add ~/.ssh/id_ed25519"),
        ("Forward local port 8080 to port 80 on the server", "ssh -L 8080:localhost:80 user@server"),
        ("Open a SOCKS proxy on local port 1080", "ssh -D 1080 user@server"),
    ], [(note_front(n), note_back(n)) for n in notes]
    assert [note_front(n) for n in notes][5:] == ["Write a config entry for a host"]
    assert "Port 2222" in note_back(notes[5]), note_back(notes[5])


# --- T61-13: a cheat sheet's neighbouring commands in deckc dupes -----------------------------------------------------


def test_dupes_keeps_a_cheat_sheet_s_neighbouring_commands_apart(tmp_path: Path, real_model: object) -> None:
    """T61-13 (medium): a shell cheat sheet whose commands in a row are described alike (``git log --oneline   #
    shows the log of commits, each commit in a single line`` / ``git log --oneline --graph   # … with a graph``).
    Before: each such pair was offered to decide, reason 'same source' (the trial's git.sh, docker.sh and kubernetes.md
    gave about 38 of a deck's 64 pairs to decide). Now a card whose front asks nothing over one short command is a term
    of its section's list, as a glossary's entries are (T59-7): such pairs are kept apart for sure; two commands whose
    code differs only in letter case (``git clean -fX`` / ``-fx``) read as answered alike and stay to decide."""
    result = build(deck_of(tmp_path, {"git.sh": TRIAL / "neighbour-commands.sh"}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.dupes is not None
    decide, sure, _ = to_decide(result.compiled.dupes.pairs, 0.0)
    assert [{p.a.question, p.b.question} for p in decide] == [
        {"removes ignored files permanently", "removes ignored and non-ignored files permanently"}
    ], [(p.a.question, p.b.question, p.reason) for p in decide]
    kept = {frozenset((p.a.question, p.b.question)) for p in sure}
    assert kept >= {
        frozenset(("removes untracked files permanently", "removes untracked files and directories permanently")),
        frozenset(("shows the log of commits, each commit in a single line", "shows the log of commits, each commit in a single line with a graph")),
    }, kept
    assert all(p.reason == SIBLING_TERMS for p in sure), [p.reason for p in sure]
