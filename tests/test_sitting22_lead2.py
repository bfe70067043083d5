"""Twenty-first sitting, lead's second worktree: detections kept in the item cache (trial22 T22-36)."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of
from test_sitting22_lead import CHEAT_SHEET, EXAM_TXT


def test_a_cached_detection_says_and_reads_what_a_fresh_one_does(tmp_path: Path) -> None:
    """trial22 T22-36: after one edit every unlisted file of a 1,500-note folder was detected again. A detection is
    kept with the items (by the file's text and table): the same layouts, items and messages (the tables to paste
    among them) as detecting afresh, and a damaged entry is detected again."""
    from compiler.config import load_config
    from compiler.diagnostics import Diagnostics
    from compiler.itemcache import ItemCache
    from compiler.read import read_sources

    content = deck_of(
        tmp_path / "deck",
        {
            "faq.txt": "Q: What is TCP?\nA: A transport protocol.\n\nQ: What is UDP?\nA: A datagram protocol.\n",
            "notes.md": "# Notes\n\nSome prose nobody asks about.\n\n## What is DNS?\n\nNames to addresses.\n",
            "shell.md": CHEAT_SHEET,
            "exam.txt": EXAM_TXT,
        },
    )
    config = load_config(content)

    def read(cache: ItemCache | None) -> tuple[list, list]:  # type: ignore[type-arg]
        diag = Diagnostics()
        _, items, _ = read_sources(content, config, diag, cache=cache)
        return items, [d.text() for d in diag.items]

    fresh = read(None)
    assert any("not listed in deck.toml" in s for s in fresh[1]) and any("outside any question" in s for s in fresh[1])
    first = ItemCache(tmp_path / "cache")
    assert read(first) == fresh
    first.save()
    detections = [p for p in (tmp_path / "cache" / "items").iterdir() if b'"found"' in p.read_bytes()]
    assert len(detections) == 4, "one detection kept a file"
    again = ItemCache(tmp_path / "cache")
    assert read(again) == fresh and not again.new, "every detection and reading came from the cache"
    detections[0].write_bytes(detections[0].read_bytes().replace(b'"found"', b'"fond"', 1))
    assert read(ItemCache(tmp_path / "cache")) == fresh, "a damaged detection is detected again"


def test_newlines_beside_block_tags_in_an_html_field_are_no_line_breaks() -> None:
    """trial22 T22-33: an Anki export's '<ol>\\n<li>…</li>\\n<li>…' got a <br> between every item (invalid in a list, a
    blank line each in Anki); a newline in text is still a line break, and a <pre>'s lines are kept."""
    from compiler.sources.ankifields import field_breaks

    assert field_breaks("<ol>\n<li>a</li>\n<li>b</li>\n</ol><p>x\ny</p>") == "<ol> <li>a</li> <li>b</li> </ol><p>x<br>y</p>"
    assert field_breaks("line one\nline two") == "line one<br>line two"
    assert field_breaks("<pre><code>a\n  b</code></pre>\ntext\n<table>\n<tr><td>1</td></tr>\n</table>") == (
        "<pre><code>a\n  b</code></pre> text <table> <tr><td>1</td></tr> </table>"
    )


CARDS_EXPORT = (
    "#separator:tab\n#html:true\n"
    '"<div class=""q"">What is a JVM?</div><script>/* fit the card */ var x = 1;</script>"\t'
    '"<div class=""q"">What is a JVM?</div><script>/* fit the card */ var x = 1;</script><hr id=answer><ul>\n<li>A virtual machine</li>\n'
    '<li>It runs bytecode</li>\n</ul>"\n'
    '"<div>What is a JRE?</div><style>.q { color: red }</style>"\t'
    '"<div>What is a JRE?</div><style>.q { color: red }</style><hr id=answer>The runtime:\nJVM and libraries."\n'
)


def test_an_anki_card_export_keeps_no_template_script_and_backs_are_the_answer_side(tmp_path: Path) -> None:
    """trial22 T22-34: Anki's 'Cards in Plain Text' export writes each side as shown, the note type's <script> in both:
    its source was on every front, so the back's front part never matched and the back repeated the question."""
    from conftest import built_notes, note_back, note_front

    notes, _, _ = built_notes(tmp_path, {"cards.txt": CARDS_EXPORT})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is a JVM?", "A virtual machine It runs bytecode"),
        ("What is a JRE?", "The runtime: JVM and libraries."),
    ]
    assert "<br>" not in notes[0]["fields"]["Answer"] and "<br>" in notes[1]["fields"]["Answer"]


ORG_FAQ = """\
#+title: Editor FAQ
#+startup: nofold

* General
** How do I change the theme?
Set the theme variable in your config:
#+begin_src emacs-lisp
;; in config.el
(setq theme 'dark)
#+end_src

** Where are packages kept?
;; in config.el -- a line that opens a paragraph
Under the local folder of the configuration.
"""


def test_an_org_document_saved_as_text_is_read_as_org(tmp_path: Path) -> None:
    """trial22 T22-47: an Org FAQ saved as .txt got a [source.pattern] guessed from the ';;' comments of its source
    blocks (14 junk cards of 55 questions); like reStructuredText saved as text, it is told by its content."""
    from conftest import built_notes, note_back, note_front

    notes, _, _ = built_notes(tmp_path, {"faq.txt": ORG_FAQ})
    assert [note_front(n) for n in notes] == ["How do I change the theme?", "Where are packages kept?"]
    assert "setq theme 'dark" in note_back(notes[0]) and "<pre" in notes[0]["fields"]["Answer"]
    from compiler.sources.org import looks_like_org

    assert not looks_like_org(["* a Markdown bullet", "* another", "#+ not a keyword"])
