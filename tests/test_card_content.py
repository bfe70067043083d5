"""What reaches Anki: escaped text, sanitized HTML, packed media, math that survives a cloze.

Each test builds a small content folder, imports the .apkg into a real
collection (the `anki` package, as the desktop importer does) and reads the
stored fields and the cards Anki renders from them.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from anki.collection import Collection
from ankiutil import import_apkg, notes, open_collection
from click.testing import CliRunner, Result
from conftest import real_content_copy

from compiler.cli import main

CONTENT = Path(__file__).resolve().parent.parent / "content"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

DECK = """\
[deck]
name = "Safety"
basename = "safety"
id = 1731000000099
date = "2026-11-22"

[[source]]
id = "plain"
file = "sources/plain.txt"
title = "Plain"
layout = "grill"
difficulty = { from = "fixed", default = "easy" }

[[source]]
id = "md"
file = "sources/notes.md"
title = "Notes"
layout = "markdown"
difficulty = { from = "fixed", default = "medium" }
"""

PLAIN = """\
Plain grill
A. Basics
1. What does <script>alert(1)</script> do? It <img src=x onerror=alert(1)> runs & "quotes" stay.
2. Is a < b > c markup? No, 1 < 2 is text.
3. Third question? Yes.
"""

MARKDOWN = """\
# Notes

## What is shown in the figure?

The loss curve <script>alert(1)</script> <img src="../media/curve.png" onerror="alert(1)">
and <a href="javascript:alert(1)" onclick="alert(1)">a link</a>.

![validation loss](../media/curve.png)
"""


def make_content(root: Path, markdown: str = MARKDOWN) -> Path:
    content = root / "content"
    (content / "sources").mkdir(parents=True)
    (content / "media").mkdir()
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (content / "sources" / "notes.md").write_text(markdown, encoding="utf-8")
    (content / "media" / "curve.png").write_bytes(PNG)
    return content


def build(content: Path, out: Path) -> Result:
    return CliRunner().invoke(main, ["build", str(content), "-o", str(out)])


def imported(apkg: Path, folder: Path) -> Collection:
    col = open_collection(folder)
    import_apkg(col, apkg)
    return col


def by_id(col: Collection) -> dict[str, dict]:
    return {n["fields"]["DeckcId"]: n for n in notes(col).values()}


def test_no_source_reaches_anki_as_live_markup(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    col = imported(tmp_path / "out" / "safety.apkg", tmp_path / "col")
    try:
        stored = by_id(col)
        everything = "\n".join(v for n in stored.values() for v in n["fields"].values())
        assert "<script" not in everything
        assert not re.search(r"<[^>]*\son\w+\s*=", everything)  # no event handler on any tag
        assert not re.search(r"<[^>]*javascript:", everything)
        plain = stored["plain/what-does-script-alert-1-script-do"]["fields"]
        assert plain["Question"] == "What does &lt;script&gt;alert(1)&lt;/script&gt; do?"
        assert plain["Answer"] == '<p>It &lt;img src=x onerror=alert(1)&gt; runs &amp; "quotes" stay.</p>'
        md = stored["md/what-is-shown-in-the-figure"]["fields"]["Answer"]
        assert '<img src="curve.png">' in md  # kept, but with its handler gone
        assert '<a rel="noopener noreferrer">a link</a>' in md
        # what Anki renders from the fields is just as inert
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            assert "<script>alert" not in card.question() + card.answer()
    finally:
        col.close()


def test_markdown_images_are_packed_as_media(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    assert build(content, tmp_path / "out").exit_code == 0
    col = imported(tmp_path / "out" / "safety.apkg", tmp_path / "col")
    try:
        answer = by_id(col)["md/what-is-shown-in-the-figure"]["fields"]["Answer"]
        assert '<img src="curve.png" alt="validation loss">' in answer
        assert (Path(col.media.dir()) / "curve.png").read_bytes() == PNG
        assert col.media.check().missing == []
    finally:
        col.close()


def test_image_path_escaping_content_is_never_packed(tmp_path: Path) -> None:
    """A path that climbs out of the deck folder never packs the file it names; since trial60 T60-1 it is a warning (the
    card shows the alt text), as a missing picture is, no longer an error that stopped the whole deck."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    content = make_content(tmp_path, MARKDOWN + "\n![leak](../../secret.png)\n\n![abs](/etc/hostname)\n")
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0
    assert ("sources/notes.md:10: warning: image path '../../secret.png' leads outside the deck folder, not packed "
            "(nor found as sources/secret.png or secret.png); the card shows its alt text") in result.output
    # '/etc/hostname' is read as a GitHub repository-root path: content/etc/hostname, not found (a warning)
    assert "error: image path" not in result.output
    assert "put the file inside the deck folder" in result.output
    col = imported(tmp_path / "out" / "safety.apkg", tmp_path / "col")
    try:
        assert not (Path(col.media.dir()) / "secret.png").exists()
        assert "[image: leak]" in json.dumps([n["fields"] for n in by_id(col).values()])
    finally:
        col.close()


def test_missing_image_is_a_warning_and_shows_its_alt_text(tmp_path: Path) -> None:
    content = make_content(tmp_path, MARKDOWN.replace("![validation loss](../media/curve.png)", "![a curve](../media/nope.png)"))
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "sources/notes.md:8: warning: image '../media/nope.png' not found" in result.output
    manifest = json.loads((tmp_path / "out" / "safety.json").read_text(encoding="utf-8"))
    [answer] = [n["fields"]["Answer"] for n in manifest["notes"] if n["id"] == "md/what-is-shown-in-the-figure"]
    assert "<p>[image: a curve]</p>" in answer and "nope.png" not in answer


CLOZE_ID = "article/underfitting-high-bias-overfitting-high-variance-most-ml"
CLOZE_MATH = (
    "Inverted dropout multiplies kept activations by "
    "{{c1::\\( \\frac{1}{\\sqrt{1-p}^{\\,2}} \\)}} so that {{c2::\\( \\mathbb{E}[\\tilde h] = h \\)}}."
)


def test_math_inside_a_cloze_survives_anki(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    with (content / "overrides.toml").open("a", encoding="utf-8") as f:
        f.write(f"\n[[override]]\nitem = \"{CLOZE_ID}\"\ncloze = '''{CLOZE_MATH}'''\n")
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    col = imported(tmp_path / "out" / "regularization.apkg", tmp_path / "col")
    try:
        note = by_id(col)[CLOZE_ID]
        text = note["fields"]["Text"]
        # the }} closing \sqrt{…} and ^{…} is spaced, so only the real cloze ends remain
        assert text == (
            "Inverted dropout multiplies kept activations by "
            "{{c1::\\( \\frac{1}{\\sqrt{1-p}^{\\,2} } \\)}} so that {{c2::\\( \\mathbb{E}[\\tilde h] = h \\)}}."
        )
        cards = sorted(col.find_cards(f"nid:{note['nid']}"), key=lambda c: col.get_card(c).ord)
        assert len(cards) == 2  # c1 and c2, not a broken c1
        first = col.get_card(cards[0])
        question, answer = first.question(), first.answer()
        assert "\\frac" not in question  # the whole formula is hidden on the front
        assert "\\( \\mathbb{E}[\\tilde h] = h \\)" in question  # c2 shows on c1's card
        shown = re.search(r'<span class="cloze"[^>]*>(.*?)</span>', answer, re.S)
        assert shown is not None
        assert shown.group(1) == "\\( \\frac{1}{\\sqrt{1-p}^{\\,2} } \\)"
    finally:
        col.close()


def test_code_keeps_its_lines_and_inline_colours_in_anki(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(real_content_copy(tmp_path / "content"), out).exit_code == 0
    col = imported(out / "regularization.apkg", tmp_path / "col")
    try:
        # the essential item is merged into the "What is dropout?" note: its answer sits under "More answers"
        answer = by_id(col)["grill/what-is-dropout"]["fields"]["Also"]
        code = re.search(r'<pre class="code" data-lang="python" style="[^"]+"><code>(.*?)</code></pre>', answer, re.S)
        assert code is not None
        lines = re.sub(r"<[^>]+>", "", code.group(1)).splitlines()
        assert lines[0] == "# Inverted dropout, p = drop probability"
        assert len(lines) >= 3
        assert 'style="color: #' in code.group(1)  # colours inline, no stylesheet needed
        assert set(re.findall(r'class="([^"]*)"', code.group(1))) == {"line"}
    finally:
        col.close()
