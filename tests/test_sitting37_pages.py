"""Thirty-seventh sitting, pages: Markdown pages whose questions are listed (answered in their entries) and the page text
around such lists; footnote notes; labelled questions-only lists; bold terms over attribute lists; page furniture."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from compiler.build import build

TRIALS = Path(__file__).parent / "data" / "trials"


def _build(tmp_path: Path, files: dict[str, str | Path]) -> tuple[object, dict]:
    """A fresh deck folder holding ``files`` (name -> text, or a file or folder to copy), built to its manifest."""
    (tmp_path / "sources").mkdir(parents=True)
    (tmp_path / "deck.toml").write_text('[deck]\nname = "L"\n', encoding="utf-8")
    for name, what in files.items():
        target = tmp_path / "sources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(what, Path):
            (shutil.copytree if what.is_dir() else shutil.copy)(what, target)
        else:
            target.write_text(what, encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    return result, json.loads((tmp_path / "build" / "l.json").read_text(encoding="utf-8"))


def _cards(manifest: dict) -> list[tuple[str, str]]:
    return [(n["fields"]["Question"], n["fields"].get("Answer", "")) for n in manifest["notes"]]


def _said(result: object, file: str) -> list[tuple[int | None, str]]:
    return [(w.line, w.message) for w in result.summary.warnings if w.file == file]  # type: ignore[attr-defined]


# --- a paragraph at the margin after a list of questions answered in their entries ----------------------------------

LABS = (
    "* What is the normal pH of blood?\n  7.35 to 7.45\n* What is the normal serum sodium?\n  135 to 145\n"
    "* What is the normal serum potassium?\n  3.5 to 5.0\n\nValues differ a little between laboratories.\n"
)


def test_a_paragraph_at_the_margin_after_an_answered_list_is_no_part_of_its_last_answer(tmp_path: Path) -> None:
    """'Values differ a little between laboratories.' under a list of questions each answered indented in its entry was
    glued onto the last question's back. The entry ends where its indentation does: the paragraph is page text, said."""
    result, manifest = _build(tmp_path, {"labs.md": LABS})
    assert _cards(manifest) == [
        ("What is the normal pH of blood?", "<p>7.35 to 7.45</p>"),
        ("What is the normal serum sodium?", "<p>135 to 145</p>"),
        ("What is the normal serum potassium?", "<p>3.5 to 5.0</p>"),
    ]
    assert any(line == 8 and "text outside any question" in said for line, said in _said(result, "sources/labs.md"))


def test_an_answer_written_at_the_margin_still_goes_on_below_its_list(tmp_path: Path) -> None:
    """(trial12 U50 kept) an entry's answer written at the margin ('- **What is X?**' / 'Its answer.') goes on in the
    paragraph after the list: the author never indented it, so the margin is no end of it."""
    page = "- **What does `docker rmi` do?**  \nRemove one or more images.\n\nIt refuses while a container uses one.\n"
    _, manifest = _build(tmp_path, {"docker.md": page})
    assert _cards(manifest) == [("What does <code>docker rmi</code> do?", "<p>Remove one or more images.</p><p>It refuses while a container uses one.</p>")]


# --- a statement heading after a list of questions: a card, as among question headings ------------------------------

CARDIO = (
    "# Cardiology\n\nSome intro text about the heart.\n\n- What is the most common cause of mitral stenosis?\n"
    "  Rheumatic heart disease.\n- Which murmur is heard in aortic stenosis?\n  Ejection systolic.\n\n## Valves\n\n"
    "The mitral valve has two cusps.\n"
)


def test_a_statement_heading_after_a_list_of_questions_is_a_card_as_among_question_headings(tmp_path: Path) -> None:
    """'## Valves' / its text after a list of answered questions was only "text outside any question" (line 12), while the
    same heading among question headings is a card. The list's entries ask as headings there would: both read alike."""
    listed = _build(tmp_path / "a", {"cardio.md": CARDIO})
    headed = CARDIO.replace("\n- ", "\n## ").replace("?\n  ", "?\n\n")
    headings = _build(tmp_path / "b", {"cardio.md": headed})
    for result, manifest in (listed, headings):
        assert ("Valves", "<p>The mitral valve has two cusps.</p>") in _cards(manifest)
        assert len(_cards(manifest)) == 3
        said = _said(result, "sources/cardio.md")
        assert any("'Valves'" in text and "is a card" in text for _, text in said)
        assert [line for line, text in said if "text outside any question" in text] == [3]  # (the intro only)


def test_a_topic_heading_over_its_own_list_stays_its_section(tmp_path: Path) -> None:
    """A heading over the list of questions ('## Murmurs' / the list) names their section, as over question headings;
    with more questions than statement headings the statement stays text, as it does among question headings."""
    page = CARDIO.replace("Some intro text about the heart.\n\n", "Some intro text about the heart.\n\n## Murmurs\n\n")
    _, manifest = _build(tmp_path, {"cardio.md": page})
    assert [q for q, _ in _cards(manifest)] == ["What is the most common cause of mitral stenosis?", "Which murmur is heard in aortic stenosis?"]
    assert all(n["sections"] == ["cardio::Murmurs"] for n in manifest["notes"])


# --- footnotes: a note's own Markdown rendered ------------------------------------------------------------------------

OPEN = (
    "# Open questions\n\n- Does sleep consolidate memory?[^1]\n- Does exercise help recall?[^2]\n\n"
    "[^1]: https://example.org/review\n[^2]: [A review](https://example.org/r2)\n"
)


def test_a_footnote_is_shown_rendered_and_its_link_left_nowhere_else(tmp_path: Path) -> None:
    """A note '[^2]: [A review](https://…)' was listed with its brackets raw, a bare URL note was no link, and the link's
    rendered '<a>' was left over as a stray paragraph on the back. Now each note is a link, listed once."""
    _, manifest = _build(tmp_path, {"open.md": OPEN})
    ((front, back),) = _cards(manifest)
    assert front == "Open questions"
    assert back.endswith(
        '<ol class="footnotes"><li><a href="https://example.org/review" rel="noopener noreferrer">https://example.org/review</a></li>'
        '<li><a href="https://example.org/r2" rel="noopener noreferrer">A review</a></li></ol>'
    )
    assert back.count("<a ") == 2 and "[A review]" not in back and "<p>" not in back


def test_a_footnote_with_emphasis_code_and_a_url_in_its_sentence(tmp_path: Path) -> None:
    """A note's emphasis, code and a URL inside its sentence are shown as the page means them; its '<' stays text."""
    page = "## What does `git bisect` do?\n\nIt finds the commit that broke a test.[^1]\n\n[^1]: See *Pro Git*, `git help bisect` or https://git-scm.com/docs/git-bisect. Use 1 < 2.\n"
    _, manifest = _build(tmp_path, {"git.md": page})
    ((_, back),) = _cards(manifest)
    assert back == (
        '<p>It finds the commit that broke a test.<sup>1</sup></p><ol class="footnotes"><li>See <em>Pro Git</em>, '
        '<code>git help bisect</code> or <a href="https://git-scm.com/docs/git-bisect" rel="noopener noreferrer">'
        "https://git-scm.com/docs/git-bisect</a>. Use 1 &lt; 2.</li></ol>"
    )


# --- questions labelled 'Question:' with no answers and no headings ----------------------------------------------------


def test_labelled_questions_without_headings_are_said_as_a_list_of_questions(tmp_path: Path) -> None:
    """'*   **Question:** …' entries with no heading over them, one worded 'Explain …', were "text outside any question"
    and "no items found"; the same list under headings is 'a list of N questions and no answers'. Now it is said so."""
    page = (
        "*   **Question:** How do you reverse an array in O(n)?\n*   **Question:** Explain the four pillars of object-oriented"
        " programming.\n*   **Question:** Describe the Singleton pattern.\n"
    )
    result, manifest = _build(tmp_path, {"q.md": page, "ok.md": "## What is 2 + 2?\n\nFour.\n"})
    assert _cards(manifest) == [("What is 2 + 2?", "<p>Four.</p>")]
    assert _said(result, "sources/q.md") == [(1, "a list of 3 questions and no answers: this file adds no card")]


def test_each_list_of_unanswered_questions_is_named_by_its_first_line(tmp_path: Path) -> None:
    """Lists of questions under level headings ('## Level 1' / list, '## Level 2' / list): the file is said once, at its
    first question, with each list's first line."""
    page = (
        "# Practice\n\n## Level 1\n\n- What is a pointer?\n- **Question:** Explain recursion.\n\n## Level 2\n\n"
        "- What is a mutex?\n- **Question:** Describe a deadlock.\n- How does paging work?\n"
    )
    result, _ = _build(tmp_path, {"q.md": page, "ok.md": "## What is 2 + 2?\n\nFour.\n"})
    assert _said(result, "sources/q.md") == [(5, "a list of 5 questions and no answers (2 lists, at lines 5 and 10): this file adds no card")]


# --- T36-12: terms in bold on lines of their own over their attributes --------------------------------------------------

DRUGS = TRIALS / "trial36" / "t36-12-bold-term-attribute-lists"


def test_bold_term_lines_over_attribute_lists_are_a_card_each(tmp_path: Path) -> None:
    """T36-12, the bold-paragraph form: '**Metformin**' on its own line over '- Class: …' / '- Mechanism: …' was one card
    'Diabetes drugs' holding every drug. A card per drug, as its heading and nested-list forms are."""
    _, manifest = _build(tmp_path, {"drugs.md": DRUGS / "drugs-boldpara.md"})
    assert _cards(manifest) == [
        ("Metformin", "<ul>\n<li>Class: Biguanide</li>\n<li>Mechanism: lowers hepatic gluconeogenesis</li>\n</ul>"),
        ("Gliclazide", "<ul>\n<li>Class: Sulfonylurea</li>\n<li>Mechanism: raises insulin release</li>\n</ul>"),
    ]
    assert [n["items"][0]["line"] for n in manifest["notes"]] == [3, 7]
    assert all(n["fields"]["Section"] == "Diabetes drugs" for n in manifest["notes"])


def test_chat_cards_and_plain_bold_lines_over_lists_are_not_terms(tmp_path: Path) -> None:
    """A chat assistant's '**Card 1**' over '- **Front:** …' / '- **Back:** …' stays a card per card (its labels name
    the sides), and a bold line over a list that states no shared attribute is no term: on a page that asks nothing it
    is a topic, read as the heading it stands for (sitting 47: '## Drugs' gives the same cards), its list the back."""
    chat = (
        "Here are your flashcards:\n\n**Card 1**\n- **Front:** What gas do plants take in?\n- **Back:** Carbon dioxide.\n\n"
        "**Card 2**\n- **Front:** What is the green pigment called?\n- **Back:** Chlorophyll a.\n"
    )
    plain = "# Notes\n\n**Drugs**\n- Class: Biguanide\n- Mechanism: lowers glucose\n\n**More**\n- one thing\n- another\n"
    _, manifest = _build(tmp_path, {"chat.md": chat, "plain.md": plain})
    fronts = [q for q, _ in _cards(manifest)]
    assert "What gas do plants take in?" in fronts and "What is the green pigment called?" in fronts
    assert not {"Card 1", "Card 2"} & set(fronts), fronts
    cards = dict(_cards(manifest))
    assert cards["Drugs"] == "<ul>\n<li>Class: Biguanide</li>\n<li>Mechanism: lowers glucose</li>\n</ul>", cards
    assert cards["More"] == "<ul>\n<li>one thing</li>\n<li>another</li>\n</ul>"


# --- trial31: a to-do at the end of a note, a Notion page's Tags property ----------------------------------------------

T31 = TRIALS / "trial31"


def test_a_lone_to_do_box_at_the_end_of_a_note_is_on_no_card(tmp_path: Path) -> None:
    """T31-48 rest: '- [ ] review lysosomes before Friday' after the last answer was on that card's back. It is the
    author's reminder: said at its line, on no card; a box list under a question (its options) stays the question's."""
    result, manifest = _build(tmp_path, {"bear.md": T31 / "bear-note.md"})
    cards = dict(_cards(manifest))
    assert cards["What does the rough ER do?"] == "<p>Synthesises proteins destined for membranes or secretion (ribosomes on its surface).</p>"
    assert ("13", "a to-do box after the last answer is no part of it: not in any card") in [
        (str(line), text) for line, text in _said(result, "sources/bear.md")
    ]
    assert all("biology::cells" in n["tags"] and "exam-prep" in n["tags"] for n in manifest["notes"])


def test_a_to_do_under_its_answer_or_options_stays(tmp_path: Path) -> None:
    """A box list of two or more entries after a question (its options), or a box right under the answer's line (no
    blank line: the answer's own list) stays on the card."""
    page = "## Which are prime?\n\nPick them.\n\n- [ ] 4\n- [x] 5\n\n## What to do next?\n\nRead.\n- [ ] chapter 2\n"
    result, manifest = _build(tmp_path, {"p.md": page})
    cards = dict(_cards(manifest))
    assert "chapter 2" in cards["What to do next?"]
    assert not [t for _, t in _said(result, "sources/p.md") if "to-do" in t]


def test_a_notion_pages_tags_property_tags_its_cards(tmp_path: Path) -> None:
    """T31-47: a Notion export's 'Tags: Immunology, Year 2' property under its title was dropped silently. It tags the
    page's cards as front matter's tags do (a multi-word tag joined: 'Year-2'); its other properties stay off the cards."""
    _, manifest = _build(tmp_path, {"Immunology 3f9a.md": T31 / "Immunology 3f9a2c1b7e8d4a6f9b0c1d2e3f4a5b6c.md"})
    assert len(manifest["notes"]) == 3
    for note in manifest["notes"]:
        assert {"Immunology", "Year-2"} <= set(note["tags"])
        assert "In progress" not in note["fields"]["Answer"] and "Tags" not in note["fields"]["Answer"]


def test_a_saved_pages_share_box_and_related_links_are_left_out_in_one_message(tmp_path: Path) -> None:
    """T31-38: a saved exam-answers page's 'Share this: Twitter Facebook' box and its 'Related: …' link line were each
    "text outside any question … put it under a question". They are the site's: left out, said once for the page."""
    result, manifest = _build(tmp_path, {"ccna.html": T31 / "ccna-itexam-saved.html"})
    assert len(manifest["notes"]) == 3
    assert not any("Twitter" in json.dumps(n["fields"]) or "Modules 4" in json.dumps(n["fields"]) for n in manifest["notes"])
    said = _said(result, "sources/ccna.html")
    assert (30, "page furniture left out: a share box and a 'Related' links line (2 blocks), on no card") in said
    assert not [t for _, t in said if "text outside any question" in t]


def test_a_paragraph_that_only_starts_like_a_share_label_is_kept(tmp_path: Path) -> None:
    """A paragraph of the page's own text that opens with such a word ('Related work shows …', 'Share your answer …')
    and an answer with a link stay on their card."""
    page = (
        "<html><body><h2>What is a VLAN?</h2><p>A broadcast domain split off a switch.</p>"
        "<p>Related work shows <a href='https://example.org'>VLAN trunking</a> carries many.</p>"
        "<h2>What is STP?</h2><p>Share your answer: it stops loops, see <a href='https://example.org/stp'>STP</a>.</p></body></html>"
    )
    result, manifest = _build(tmp_path, {"net.html": page})
    cards = dict(_cards(manifest))
    assert "Related work shows" in cards["What is a VLAN?"] and "Share your answer" in cards["What is STP?"]
    assert not [t for _, t in _said(result, "sources/net.html") if "furniture" in t]
