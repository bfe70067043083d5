"""Hugo shortcodes and mdBook includes (sixth sitting): what they stand for is on the card, the markers never,
and what deckc cannot show is named in a warning with its line."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import NEWUSER

from compiler.build import build
from compiler.diagnostics import Diagnostics
from compiler.sources.base import Document
from compiler.sources.shortcodes import LINE_BREAK, expand


def _deck(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(NEWUSER / "sitegen", content / "sources")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    return content


def test_a_hugo_page_and_an_mdbook_page_show_what_their_markers_stand_for(tmp_path: Path) -> None:
    content = _deck(tmp_path)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = {i.question: i for i in result.compiled.items}
    assert len(items) == 6
    router = items["What does a router do?"].answer[0].text
    assert '<img src="router.png" alt="A home router">' in router and "Routers forward packets" in router
    [code, text] = items["How do you open a TCP connection in Go?"].answer
    assert (code.kind.value, code.lang, code.text) == ("code", "go", 'conn, err := net.Dial("tcp", "example.com:80")')
    assert "the net package" in text.text and "{{" not in text.text  # a link to a Hugo ref is its text
    tip = items["Why does TCP need a handshake?"].answer
    assert tip[0].text == "<p>Both sides agree on their starting sequence numbers.</p>"
    assert "youtube.com/watch?v=dQw4w9WgXcQ" in tip[1].text
    moved = items["What happens to `s1` after `let s2 = s1;`?"].answer[0]
    assert moved.text == 'let s1 = String::from("hello");\nlet s2 = s1;'  # the anchor's lines, dedented
    assert items["Which lines print the string?"].answer[0].text == 'let s1 = String::from("hello");'
    assert [b.kind.value for b in items["Where is the missing listing?"].answer] == ["html"]
    warnings = [(w.file.rsplit("/", 1)[-1], w.line, w.message) for w in result.compiled.diagnostics.warnings]
    assert ("hugo-notes.md", 27, "1 Hugo shortcode deckc cannot show on a card, left out: '{{< tweet user=\"x\" id=\"1\" >}}' (line 27)") in warnings
    assert any(f == "mdbook-ownership.md" and line == 22 and "'listings/gone.rs' not found" in m for f, line, m in warnings)
    assert not any("not read" in m for _, _, m in warnings)  # the included listing is read, not an unknown file
    assert not any("{{" in b.text for i in items.values() for b in i.answer)


def _expand(text: str, tmp_path: Path) -> tuple[str, Diagnostics]:
    diag = Diagnostics()
    (tmp_path / "sources").mkdir(exist_ok=True)
    return expand(Document("sources/page.md", text), tmp_path, diag).text, diag


def test_code_fences_commented_and_escaped_markers_stay_as_written(tmp_path: Path) -> None:
    page = (
        "```\n{{< figure src=\"x.png\" >}}\n```\n"
        "Write {{</* notice */>}} to show a notice.\n"
        "\\{{#include file.rs}} is mdBook's syntax.\n"
        "{{#include file.rs}}\n"
        "{{#title My page}}\n"
    )
    text, diag = _expand(page, tmp_path)
    lines = text.split("\n")
    assert lines[:3] == ["```", '{{< figure src="x.png" >}}', "```"]  # a page about Hugo shows its shortcode
    assert lines[3] == "Write {{< notice >}} to show a notice."
    assert lines[4] == "{{#include file.rs}} is mdBook's syntax."
    assert lines[5:7] == ["", ""]  # an include outside code, a title: left out, the line kept
    assert len(lines) == len(page.split("\n"))
    assert [(d.line, d.message) for d in diag.items] == [(6, "an mdBook {{#include …}} outside a code block is left out")]


def test_includes_take_line_ranges_and_never_leave_the_deck_folder(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.py").write_text("one\ntwo\nthree\nfour\n", encoding="utf-8")
    (tmp_path.parent / "secret.txt").write_text("secret\n", encoding="utf-8")
    page = "```\n{{#include a.py:2:3}}\n{{#include a.py:4}}\n{{#include a.py::1}}\n{{#include ../../secret.txt}}\n```\n"
    text, diag = _expand(page, tmp_path)
    assert text.split("\n")[1:5] == [f"two{LINE_BREAK}three", "four", "one", ""]
    assert [d.line for d in diag.items] == [5] and "outside the deck folder" in diag.items[0].message
