"""AsciiDoc documents (.adoc, .asciidoc) dropped into sources/ are read as the Markdown they convert to
(trial7 G21: an AsciiDoc FAQ was 'not read', and read as .txt it made invented cards).

The fixture is written here in the shape of git's Documentation/gitfaq.adoc (setext section titles,
labelled-list questions with tab-indented answers, '+' continuations, '----' listings, [[anchors]]);
none of its text is copied.
"""

from __future__ import annotations

import json
from pathlib import Path

from compiler.build import build
from compiler.sources.asciidoc import convert_asciidoc

FAQ = """\
toolfaq(7)
==========

NAME
----
toolfaq - Questions people ask about the tool

DESCRIPTION
-----------

The examples assume a POSIX shell.
// a comment nobody should see

Setup
-----

[[user-name]]
What goes in `user.name`?::
\tYour own name, as you write it.  It is stored in
\tevery commit you make.
+
It has no effect on logging in; see linkgit:tool-config[1].

[[editor]]
How do I pick another editor?::
\tSet the `EDITOR` variable, for example:
+
[source,shell]
----
export EDITOR=nano
----
+
NOTE: the value is passed to the shell.

Problems
--------

[[binary]]
My text files are detected as binary.::
\tStore them as UTF-8; see https://example.org/enc[the encoding guide].

include::footer.adoc[]

== Appendix

Term one:: a *definition* of it
"""


def test_the_conversion_keeps_lines_and_reads_questions() -> None:
    made = convert_asciidoc(FAQ.splitlines(), "sources/toolfaq.adoc")
    text = made.text.splitlines()
    assert len(text) == len(made.origin)
    headings = [(made.origin[k], line) for k, line in enumerate(text) if line.startswith("#")]
    assert headings[:4] == [(1, "# toolfaq(7)"), (4, "## NAME"), (8, "## DESCRIPTION"), (14, "## Setup")]
    assert (18, "### What goes in `user.name`?") in headings
    assert (39, "### My text files are detected as binary.") in headings  # an FAQ: its statement entries ask too
    assert (44, "## Appendix") in headings
    assert "```shell" in text and "export EDITOR=nano" in text
    assert "It has no effect on logging in; see tool-config(1)." in text
    assert "> **Note:** the value is passed to the shell." in text
    assert "Store them as UTF-8; see [the encoding guide](https://example.org/enc)." in text
    assert "**Term one**" not in text and "### Term one" in text  # (an FAQ: every term is an entry)
    assert "a **definition** of it" in text
    assert not any("comment nobody" in line or line.startswith(("[[", "\t", "+")) for line in text)


def test_an_asciidoc_faq_builds_with_no_config(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "toolfaq.adoc").write_text(FAQ, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads((tmp_path / "build" / "mine.json").read_text(encoding="utf-8"))
    notes = {n["fields"]["Question"]: n for n in manifest["notes"]}
    assert sorted(notes) == [
        "How do I pick another editor?",
        "My text files are detected as binary.",
        "Term one",
        "What goes in <code>user.name</code>?",
    ]
    user = next(n for q, n in notes.items() if "user.name" in q)
    assert "It is stored in\nevery commit you make." in user["fields"]["Answer"]
    assert "tool-config(1)" in user["fields"]["Answer"]
    assert user["items"][0]["line"] == 18  # the line of the .adoc file
    editor = next(n for q, n in notes.items() if "editor" in q)
    assert 'data-lang="shell"' in editor["fields"]["Answer"] and "nano" in editor["fields"]["Answer"]
    warnings = [str(d) for d in result.compiled.diagnostics.warnings]
    assert any("sources/toolfaq.adoc:42" in w and "include::footer.adoc is not followed" in w for w in warnings), warnings
    assert not any("not read" in w for w in warnings)


QANDA = """= Scheduler FAQ

== General Questions

[qanda]
What is the scheduler?::

A job scheduling library.

Why not just use a timer?::

Since version 1.3 the platform has timers - why would someone use the scheduler instead?::
+
Timers have no persistence and inflexible scheduling.

How do I disable the update check?::

Set skipUpdateCheck to true.

== Questions About Spring

[qanda]
I'm using the scheduler via Spring's wrappers, and I need help...::

Check with the Spring community.

I'm seeing triggers stuck in the ACQUIRED state.::

Set dontSetAutoCommitFalse to false.

== Glossary

CPU::
Processor::
  The chip that runs the program.

Cache::
  A small fast memory.
"""


def test_a_qanda_list_is_questions_and_two_terms_share_one_text(tmp_path: Path) -> None:
    """trial11 P10: the statements of a '[qanda]' list in an FAQ's last section ('I'm seeing triggers stuck …::')
    were 'text outside any question': a [qanda] term is a question by the author's markup. trial11 P11: two
    terms over one answer made the first 'question has no answer' and the second the front: one entry."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "faq.adoc").write_text(QANDA, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.question: (i.answer_plain(), i.locator.line, i.section) for i in result.compiled.items}
    assert got["I'm seeing triggers stuck in the ACQUIRED state."][:2] == ("Set dontSetAutoCommitFalse to false.", 27)
    assert got["I'm using the scheduler via Spring's wrappers, and I need help..."][2] == ["Questions About Spring"]
    both = "Why not just use a timer? Since version 1.3 the platform has timers - why would someone use the scheduler instead?"
    assert got[both][0] == "Timers have no persistence and inflexible scheduling."
    assert len(got) == 5, sorted(got)  # the glossary's bold terms are no questions on this FAQ page
    said = result.compiled.diagnostics.warnings
    assert not [w for w in said if "no answer" in w.message]
    assert all(w.line and w.line >= 31 for w in said if "outside any question" in w.message)  # (only the glossary)
    made = convert_asciidoc(QANDA.split("\n"))
    assert "**CPU, Processor**" in made.text.split("\n")
