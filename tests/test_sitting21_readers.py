"""Twenty-first sitting, readers: faults found by building three public study documents as a new user (trial21
r-1 … r-3, /work/coord/repro-trial21/SOURCES-readers.md). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import plain_text as _plain

# --- r-2: a '<br/>' line inside an explanation toggle, the HTML under it indented 4 ----------------------------------

TOGGLED_EXPLANATIONS = """# Practice

### Which service gives private links to Azure?

- [ ] Azure Backup
- [x] ExpressRoute
- [ ] VPN over internet

<details>
<summary>Explanation</summary>
  <br/>
    <a href="https://example.org/er">Reference Link</a>
  <br/>
    <table>
        <tr>
            <th>ExpressRoute</th>
        </tr>
        <tr>
            <td>Dedicated private connection.</td>
        </tr>
    </table>
</details>

---

### Which service watches metrics?

- [x] Azure Monitor
- [ ] Azure Advisor

<details>
  <summary>Explanation</summary>
  <br/>
    <p><b>Reference : </b><a href="https://example.org/mon">link</a></p>
  <br/>
  <table>
        <tr>
            <td>Monitor collects metrics.</td>
        </tr>
    </table>
</details>
"""


def test_html_under_a_spacer_line_in_a_toggle_is_no_code(tmp_path: Path) -> None:
    """trial21 r-2 (az900 practice test, MIT): a '<br/>' line inside a '<details>' explanation, the HTML under it set
    four spaces in, was made a blank line (a spacer between a title and what follows), which ended the HTML: the
    explanation's link and tables showed on the back as a code block of raw tags. Inside raw HTML the spacer stays,
    the explanation reads as the page shows it, and no back starts with an empty line break."""
    notes, _, _ = _built(tmp_path, {"quiz.md": TOGGLED_EXPLANATIONS})
    backs = {n["fields"]["Correct"]: n["fields"]["Explanation"] for n in notes}
    assert set(backs) == {"B) ExpressRoute", "A) Azure Monitor"}
    for html in backs.values():
        assert "<pre" not in html and "&lt;" not in html, html
        assert html.startswith(("<a ", "<p>")), html
    assert "<td>Dedicated private connection.</td>" in backs["B) ExpressRoute"]
    assert "<td>Monitor collects metrics.</td>" in backs["A) Azure Monitor"]


def test_a_spacer_line_between_markdown_still_reads_as_blank() -> None:
    """The spacer rewrite stays for what it was made for (trial13 T13-12): '&nbsp;' or '<br/>' alone between a title and
    Markdown is a blank line; only a spacer inside raw HTML over a line set four spaces in is kept."""
    from compiler.sources.markdown_blocks import spacer_lines

    assert spacer_lines("## Title\n<br/>\nText under it.\n").split("\n") == ["## Title", "", "Text under it.", ""]
    assert spacer_lines("<details>\n<summary>Why</summary>\n  <br/>\n    <a href='x'>R</a>\n").split("\n")[2] == "  <br/>"
    assert spacer_lines("Intro\n\n<br>\n    code stays code\n").split("\n")[2] == ""


# --- r-1: toggles of an interview page, '***' marking the unanswered ones ------------------------------------------------

SYSADMIN_TOGGLES = """# Sysadmin

<details>
<summary><b>What is umask? How to set it permanently for a user?</b></summary><br>

The mask applied to the permissions of new files.

Useful resources:

- [What is Umask and How To Setup Default umask Under Linux?](https://example.org/umask)

</details>

<details>
<summary><b>Explain the differences among the following umask values: 000, 022, and 077.</b></summary><br>

<table style="width:100%">
  <tr>
    <th>Umask</th>
    <th>File result</th>
  </tr>
  <tr>
    <td>000</td>
    <td>666 rw- rw- rw-</td>
  </tr>
<tr>
    <td>022</td>
    <td>644 rw- r-- r--</td>
  </tr>
<tr>
    <td>077</td>
    <td>600 rw- --- ---</td>
  </tr>
</table>

Useful resources:

- [What is Umask and How To Setup Default umask Under Linux?](https://example.org/umask)

</details>

<details>
<summary><b>How do I grep recursively? Explain on several examples. ***</b></summary><br>

To be completed.

</details>

<details>
<summary><b>What is a hard link?</b></summary><br>

A second name for the same inode.

</details>
"""


def test_things_the_following_names_listed_in_the_question_point_at_nothing_below(tmp_path: Path) -> None:
    """trial21 r-1 (test-your-sysadmin-skills, MIT): 'Explain the differences among the following umask values: 000,
    002, 022 …' answered by a table: 'the following' read as pointing at the table, which went to the front, and the
    back kept only a link whose words ask, so the card was skipped as 'the answer is only another question'. The values
    are listed in the question itself, after its colon: the table is the answer."""
    from compiler.sources.stimulus import points_forward

    assert not points_forward("Explain the differences among the following umask values: 000, 002, 022, and 277.")
    assert points_forward("What does the following table show?") and points_forward("Which planet is described below?")
    assert points_forward("Given the following table: what is the sum of A, B?")  # (after the colon it asks)
    notes, skipped, _ = _built(tmp_path, {"sys.md": SYSADMIN_TOGGLES})
    table = next(n for n in notes if n["fields"]["Question"].startswith("Explain the differences"))
    assert "<table>" in table["fields"]["Answer"] and "<td>644 rw- r-- r--</td>" in table["fields"]["Answer"]
    assert "<table" not in table["fields"].get("Stimulus", "")
    assert not any(s["question"].startswith("Explain the differences") for s in skipped)


def test_to_be_completed_holds_the_place_of_an_answer(tmp_path: Path) -> None:
    """trial21 r-1: 33 toggles marked '***' ('don't have answer yet') answered 'To be completed.': each was a card
    teaching that phrase. 'To be completed', 'To be done', 'To be answered' hold an answer's place as 'To be added'
    does: listed as skipped, a placeholder, no card."""
    from compiler.sources.lines import is_placeholder

    assert is_placeholder("To be completed.") and is_placeholder("To be done") and is_placeholder("To be answered.")
    assert not is_placeholder("To be completed, a transaction needs a commit from every participant.")
    notes, skipped, _ = _built(tmp_path, {"sys.md": SYSADMIN_TOGGLES})
    assert not any("To be completed" in n["fields"]["Answer"] for n in notes)
    assert [(s["question"], s["skipped"]) for s in skipped] == [("How do I grep recursively? Explain on several examples.", "placeholder")]


def test_a_list_of_unanswered_questions_before_the_answered_ones_is_listed_as_skipped(tmp_path: Path) -> None:
    """trial21 r-1: '### Simple Questions' over '- <b>What did you learn this week?</b>' … (14 warm-up questions with no
    answers), then the page's answered toggles: the list was 'text outside any question', its questions in no card and
    not in the manifest. Each is a question without an answer, listed as skipped; a page that answers nothing keeps the
    old warning (no item to list them beside)."""
    page = (
        "# Sysadmin\n\n## Simple Questions\n\n- <b>What did you learn this week?</b>\n"
        "- <b>What excites or interests you about the sysadmin world?</b>\n- <b>Describe the setup of your homelab.</b>\n\n"
        "## Junior\n\n<details>\n<summary><b>What is a hard link?</b></summary><br>\n\nA second name for the same inode.\n\n"
        "</details>\n\n<details>\n<summary><b>What is a symbolic link?</b></summary><br>\n\nA file that names another path.\n\n"
        "</details>\n"
    )
    notes, skipped, said = _built(tmp_path, {"sys.md": page})
    assert sorted(n["fields"]["Question"] for n in notes) == ["What is a hard link?", "What is a symbolic link?"]
    assert [(s["line"], s["question"], s["skipped"]) for s in skipped] == [
        (5, "What did you learn this week?", "no answer"),
        (6, "What excites or interests you about the sysadmin world?", "no answer"),
        (7, "Describe the setup of your homelab.", "no answer"),
    ]
    assert not any("text outside any question" in s for s in said)


# --- r-3: the Doom Emacs FAQ (org-mode, MIT) -----------------------------------------------------------------------------

DOOM_FAQ = """#+title:    Frequently Asked Questions

* General
** Is Doom a fork of another starter kit?
No. I started Doom from scratch in 2013 to learn Emacs and Emacs Lisp.

** How can I contribute to the project?
Our contributor's manual covers [[id:94f1eee7-eb2d-4d03-9881-7e36fbd82e4f][a bunch of ways you can help or support the
project]].

* How do I...
** Change my fonts
Set =doom-font= in =$DOOMDIR/config.el=.

** Properly update Doom?
Run ~$ doom upgrade~ in the shell and restart Emacs.

** What is the leader key?
[[kbd:][SPC]], unless you change it.

* Common issues
** Doom crashes and/or freezes
- Some fonts cause Emacs to crash.

  Or disable the [[doom-module::ui doom-dashboard]] and [[doom-module::tools magit]] modules.
"""


def test_an_org_link_broken_over_lines_and_a_custom_link_type(tmp_path: Path) -> None:
    """trial21 r-3: a link whose description org filled onto the next line ('[[id:…][a bunch of ways you can help or
    support the' / 'project]]') showed raw on the back; a custom link type without a description
    ('[[doom-module::ui doom-dashboard]]') showed as 'doom-module::ui …', whose '::' made its line a 'front::back' card
    of its own ('Or disable the doom-module'). The link shows its description, the typed link its path."""
    from compiler.sources.org import convert_org

    text = convert_org(DOOM_FAQ.split("\n"), "faq.org").text
    assert "covers a bunch of ways you can help or support the project." in text and "[[" not in text
    assert "Or disable the :ui doom-dashboard and :tools magit modules." in text
    notes, _, _ = _built(tmp_path, {"faq.org": DOOM_FAQ})
    fronts = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert not any(q.startswith("Or disable") for q in fronts)
    assert "a bunch of ways you can help or support the project" in fronts["How can I contribute to the project?"]


def test_sub_headings_complete_a_heading_that_trails_off(tmp_path: Path) -> None:
    """trial21 r-3: '* How do I...' over '** Change my fonts', '** Properly update Doom?': the fronts read 'Properly update
    Doom?' and 'Change my fonts' was set aside as a statement among questions. Each sub-heading completes the heading
    above it: 'How do I change my fonts?', 'How do I properly update Doom?'; one that asks by itself stays as written."""
    from compiler.sources.markdown_blocks import ellipsis_headings

    page = "## How do I...\n\n### Change my fonts\n\nText.\n\n```\n### not a heading\n```\n\n### What is X?\n\n## Other\n\n### Keep me\n"
    assert ellipsis_headings(page).split("\n") == [
        "## How do I...", "", "### How do I change my fonts?", "", "Text.", "", "```", "### not a heading", "```", "",
        "### What is X?", "", "## Other", "", "### Keep me", "",
    ]  # fmt: skip
    assert ellipsis_headings("## Why Emacs? A long story of editors and war...\n\n### Vim\n").endswith("### Vim\n")
    notes, _, _ = _built(tmp_path, {"faq.org": DOOM_FAQ})
    fronts = {n["fields"]["Question"] for n in notes}
    assert {"How do I change my fonts?", "How do I properly update Doom?", "What is the leader key?"} <= fronts


# --- T21-13: options written 'A: …' on lines of their own ----------------------------------------------------------------

COLON_QUIZ = """**1. What’s the output?**
```
function sayHi() {
  console.log(name);
  var name = 'Lydia';
}
sayHi();
```
A: Lydia
B: undefined
C: ReferenceError
D: null

**2. Which one is true?**
```
const bird = { size: 'small' };
```
A: bird.size is valid
B: bird["size"] is not valid
C: Neither is valid

# Answers

1. B 2. A
"""


def test_lines_lettered_a_colon_in_a_row_are_options(tmp_path: Path) -> None:
    """trial21 T21-13 (severe): a printed quiz's options written 'A: …' / 'B: …' / 'C: …' / 'D: …' without bullets (the
    javascript-questions sheet as a PDF or Markdown) were an 'A:' answer label: 12 of 12 Basic cards whose back was the
    options glued together, the key page ignored. Three or more lines lettered from A in order are options; a dialogue
    ('A: Hi' / 'B: Hello' / 'A: …') and a lone 'A:' answer stay as written."""
    from compiler.sources.markdown_blocks import colon_options

    assert colon_options("A: x\nB: y\nC: z\n") == "A. x\nB. y\nC. z\n"
    assert colon_options("A: Hi\nB: Hello\nC: Hey\nA: Bye\n") == "A: Hi\nB: Hello\nC: Hey\nA: Bye\n"
    assert colon_options("Q: What is DNS?\nA: Names to addresses.\n") == "Q: What is DNS?\nA: Names to addresses.\n"
    assert colon_options("```\nA: x\nB: y\nC: z\n```\n") == "```\nA: x\nB: y\nC: z\n```\n"
    notes, _, _ = _built(tmp_path, {"quiz.md": COLON_QUIZ})
    got = {_plain(n["fields"]["Question"]).split("?")[0]: (n["notetype"], n["fields"]["Correct"]) for n in notes}
    assert got == {
        "What’s the output": ("deckc Multiple choice", "B) undefined"),
        "Which one is true": ("deckc Multiple choice", "A) bird.size is valid"),
    }


# --- T21-4 / T21-5 / T21-6: a plain-text FAQ of '* Question?' lines (the tmux FAQ, ISC) -----------------------------------

TMUX_FAQ = """tmux frequently asked questions

******************************************************************************
* PLEASE NOTE: most display problems are due to incorrect TERM! Before       *
* reporting problems make SURE that TERM settings are correct.               *
*                                                                            *
* Outside, it must match your terminal: particularly, use "rxvt" for rxvt    *
******************************************************************************

* How is tmux different from GNU screen?

tmux and GNU screen have many similarities and similar goals.

* What is TERM and what does it do?

The environment variable TERM tells applications the name of a terminal
description to read from the terminfo(5) database.

* tmux freezes my terminal when I attach to a session. I have to kill -9 the
  shell it was started from to recover!

Tell tmux not to set the window title (you can do this in .tmux.conf):

\tset -g set-titles off

* How do I attach the same session to multiple clients but with a different
  current window, like screen -x?

Link windows into several sessions with link-window.

* What is the proper way to escape characters with #(command)?

Either single or double quotes could be used:

\tset -g status-right "#(echo \\\\\\\\(test\\\\\\\\))"
\tset -g status-right '#(echo \\\\\\(test\\\\\\))'
"""


def test_a_plain_text_faq_of_bullet_questions(tmp_path: Path) -> None:
    """trial21 T21-4 (high): the tmux FAQ, '* Question?' lines each over its answer's paragraphs, stopped the build
    ('cannot tell this document's layout'; a '*'-framed notice shares the line start). T21-5: a question wrapped onto an
    indented second line was cut, its tail on the back. T21-6: tab-indented commands were lists or paragraphs, a
    backslash lost. Each one-entry bullet that asks (or states a problem, '… to recover!') over its answer is a question,
    whole; the notice's lines are no card; the commands are code, every backslash kept."""
    notes, _, _ = _built(tmp_path, {"tmux-FAQ.txt": TMUX_FAQ})
    got = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert list(got) == [
        "How is tmux different from GNU screen?",
        "What is TERM and what does it do?",
        "tmux freezes my terminal when I attach to a session. I have to kill -9 the shell it was started from to recover!",
        "How do I attach the same session to multiple clients but with a different current window, like screen -x?",
        "What is the proper way to escape characters with #(command)?",
    ]
    escaped = got["What is the proper way to escape characters with #(command)?"]
    assert "<pre" in escaped and "\\\\\\\\(test\\\\\\\\)" in escaped and "\\\\\\(test\\\\\\)" in escaped
    assert "<pre" in got[list(got)[2]] and "set -g set-titles off" in got[list(got)[2]]
    assert not any("PLEASE NOTE" in q for q in got)


# --- T21-7: numbered options over several lines -------------------------------------------------------------------------

WRAPPED_OPTIONS = """# JS

### 9. What would be the output of following code?

```javascript
var containers = [2,0,false,"", '12', true];
console.log(containers.filter(Boolean));
console.log(containers.filter(Number));
```

1.\t[ 2, '12', true ]
\t[ 2 ]
2.\t[false, true]
\t[ 2 ]
3.\t[2,0,false,"", '12', true]
\t[ 2, '12', true ]
4. [ 2, '12', true ]
\t[ 2, '12', true, false ]


<details><summary><b>Answer</b></summary>

 1) [ 2, '12', true ]
\t\t\t [ 2 ]
\t\t\t
</details>

### 10. What is 1 + 1?

1.  1
2.  2

<details><summary><b>Answer</b></summary>

 2) 2

</details>
"""


def test_numbered_options_over_several_lines(tmp_path: Path) -> None:
    """trial21 T21-7 (high): options '1.<TAB>[ 2, '12', true ]' whose further lines are tab-indented (an output of
    several lines each) were no options: a Basic card with the options and the key as two lists on its back. Each
    option keeps its lines (shown one under the other), the key restating the first option's lines keys it and is no
    explanation; one-line options read as before."""
    notes, _, _ = _built(tmp_path, {"js.md": WRAPPED_OPTIONS})
    got = {_plain(n["fields"]["Question"]).split("?")[0]: n for n in notes}
    wrapped = got["What would be the output of following code"]
    assert wrapped["notetype"] == "deckc Multiple choice"
    assert wrapped["fields"]["Correct"] == "A) [ 2, '12', true ]<br>[ 2 ]"
    assert "<li><span class=\"label\">D)</span> [ 2, '12', true ]<br>[ 2, '12', true, false ]</li>" in wrapped["fields"]["Options"]
    assert wrapped["fields"]["Explanation"] == ""
    assert got["What is 1 + 1"]["fields"]["Correct"] == "B) 2"


def test_a_breadcrumb_link_under_a_section_heading_is_no_card(tmp_path: Path) -> None:
    """trial21 T21-14 (high): an exercise page read by its headings (CKAD-exercises) where each '## Section' holds only
    the breadcrumb of the docs page to read ('kubernetes.io > Documentation > Concepts > … > [Labels and
    Selectors](…)') over its '### task' headings: the sections were cards teaching the link. Such a trail ending in a
    link is only a link elsewhere: no card, listed as skipped; the tasks are the cards."""
    page = (
        "# Pod design\n\n## Labels and Annotations\nkubernetes.io > Documentation > Concepts > Overview > "
        "[Labels and Selectors](https://kubernetes.io/docs/concepts/overview/labels/)\n\n"
        "### Create a pod with label app=v1\n\n<details><summary>show</summary>\n<p>\n\n```bash\n"
        "kubectl run nginx1 --image=nginx --labels=app=v1\n```\n\n</p>\n</details>\n\n"
        "### Show all labels of the pods\n\n<details><summary>show</summary>\n<p>\n\n```bash\nkubectl get po --show-labels\n```\n\n"
        "</p>\n</details>\n"
    )
    notes, skipped, said = _built(tmp_path, {"pods.md": page})
    assert sorted(n["fields"]["Question"] for n in notes) == ["Create a pod with label app=v1", "Show all labels of the pods"]
    assert [(s["question"], s["skipped"]) for s in skipped] == [("Labels and Annotations", "answer is only a link")]
    assert any("only a link elsewhere ('kubernetes.io > Documentation" in s for s in said)


def test_a_labelled_task_heading_over_its_givens_and_answer_toggle(tmp_path: Path) -> None:
    """trial21 T21-8 (medium): '## Question 45. Write code for merge two JavaScript Object dynamically.' with its next
    line glued on ('Let say you have two objects'), the objects' code, 'Write merge function …', then the 'Answer'
    toggle: the heading was 'no answer' and a second card was fronted by the code with its first line moved to the
    end. One card: the task, its givens under it in the page's order on the front, the toggle's solution on the back."""
    page = (
        "# JS\n\n## Question 45. Write code for merge two JavaScript Object dynamically.\nLet say you have two objects \n\n"
        "```javascript\nvar person = { name : 'John' }\nvar address = { city : 'NewYork' }\n```\n"
        "Write merge function which will take two object and add all the own property of second object into first object.\n\n"
        "<details><summary><b>Answer</b></summary>\n\n```javascript\nconst merge = (toObj, fromObj) => Object.assign(toObj, fromObj);\n```\n"
        "</details>\n\n## Question 46. What is a non-enumerable property?\n\n<details><summary><b>Answer</b></summary>\n\n"
        "A property that for...in does not list.\n\n</details>\n"
    )
    notes, skipped, _ = _built(tmp_path, {"js.md": page})
    assert not skipped
    merge = next(n for n in notes if n["fields"]["Question"].startswith("Write code for merge"))
    front, back = merge["fields"]["Question"], merge["fields"]["Answer"]
    assert front.index("Let say you have two objects") < front.index("NewYork") < front.index("Write merge function")
    assert "assign" in _plain(back) and "NewYork" not in _plain(back)


ADOC_QANDA = """= FAQ

[qanda]
HELP! My code formatter keeps breaking my `//` directives!::
  Some care and configuration must be made to prevent the tooling from rewriting them.
+
.Configuration Tool Settings:
|====
| Formatting Tool | Configuration
| Google Java Format | see https://github.com/google/google-java-format/issues/1215[#1215]
| Clang Format
a|
[source]
----
CommentPragmas:  '^[^ ]'
----
|====

Why not use a normal shebang?::
  The Java compiler does not accept it.
"""


def test_an_asciidoc_table_in_an_answer_is_a_table(tmp_path: Path) -> None:
    """trial21 T21-11 (medium): a '|====' table in a [qanda] answer was one paragraph of ' · '-joined lines, its 'a|'
    cell specifier printed and the cell's [source] block outside the table. It is an HTML table: a row per line of the
    first line's width, cells running over lines, an 'a|' cell's code block code inside its cell."""
    from compiler.sources.asciidoc import convert_asciidoc

    text = convert_asciidoc(ADOC_QANDA.split("\n"), "faq.adoc").text
    assert "a|" not in text and " · " not in text
    notes, _, _ = _built(tmp_path, {"faq.adoc": ADOC_QANDA})
    back = next(n["fields"]["Answer"] for n in notes if "formatter" in n["fields"]["Question"])
    assert "<td>Formatting Tool</td><td>Configuration</td>" in back
    assert '<a href="https://github.com/google/google-java-format/issues/1215"' in back
    row = back[back.index("<td>Clang Format</td>") :]
    assert row.index("<pre") < row.index("</tr>") and "CommentPragmas:  '^[^ ]'" in row


def test_a_numbered_question_over_its_code_and_answer_toggle(tmp_path: Path) -> None:
    """trial21 T21-19 (severe): '3. What is printed here?' (a numbered line) over its code and a 'Solution' toggle: the
    code was on neither side (read both as a numbered task and as a question posed over the toggle), and questions
    whose code told them apart merged. The code is on the front. A key said in words at the end of a line, 'The right
    one is the second option: B' (also Arabic 'الإجابة هي الخيار الرابع : D'), keys the options."""
    page = (
        "# Quiz\n\n1. What is typeof null?\n\n- A: `null`\n- B: `object`\n\n<details><summary><b>Solution</b></summary>\n<p>\n\n"
        "The right one is the second option: B\n\n</p>\n</details>\n\n---\n\n3. What is printed here?\n\n```javascript\n"
        "console.log([] + []);\n```\n\n<details><summary><b>Solution</b></summary>\n\nAn empty string.\n\n</details>\n"
    )
    notes, _, _ = _built(tmp_path, {"q.md": page})
    got = {_plain(n["fields"]["Question"]): n for n in notes}
    typeof = got["What is typeof null?"]
    assert typeof["notetype"] == "deckc Multiple choice" and typeof["fields"]["Correct"].startswith("B)")
    printed = next(n for q, n in got.items() if "What is printed here?" in q)
    assert "console" in _plain(printed["fields"]["Question"]) and "console" not in _plain(printed["fields"]["Answer"])
    from compiler.sources.choices import prose_key

    assert prose_key(["الإجابة هي الخيار الرابع : D"], 4) == "D"


def test_a_heading_trailing_off_in_two_dots(tmp_path: Path) -> None:
    """trial21 T21-35 (low): '## How is RIG different to..' over '### AWS AppSync': its sub-headings complete it as
    '...' headings' do."""
    from compiler.sources.markdown_blocks import ellipsis_headings

    assert ellipsis_headings("## How is RIG different to..\n\n### AWS AppSync\n").split("\n")[2] == "### How is RIG different to AWS AppSync?"
