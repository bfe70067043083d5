"""Twelfth sitting, formats helper: open severe/high findings of trial12 and learner5."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from ankiutil import import_apkg, open_collection
from conftest import deck_of

from compiler.build import build
from compiler.sheet import cloze_spans
from compiler.sources.cloze import deletions

SCOPED_CLOZES = {
    "chapter": 1,
    "cards": [
        {"type": "basic", "front": "What is a statement in C++?", "back": "An instruction."},
        {"type": "cloze", "text": '{{c1::std::cout}} (which stands for "character output") and the {{c2::<<}} operator print.'},
        {"type": "cloze", "text": "{{c1::Code::Blocks}} is a free IDE."},
        {"type": "cloze", "text": "The capital of France is {{c1::Paris::city}}."},
    ],
}


def test_a_scope_operator_inside_a_cloze_deletion_is_answer_not_hint(tmp_path: Path) -> None:
    """learner5 L51 (severe): '{{c1::std::cout}}' went to Anki as it is, and Anki starts a hint at a deletion's
    first '::': the front showed the hint '[cout]', the back taught 'std'; the sheet printed 'std'. A '::' glued
    between names in a C++-like text (or a capitalised name pair, 'Code::Blocks') is the answer's, written
    '&#58;&#58;' in the field; '{{c1::Paris::city}}' keeps its hint."""
    content = deck_of(tmp_path, {"1_1.json": json.dumps(SCOPED_CLOZES)})
    result = build(content, tmp_path / "build", formats=("apkg",), now=1_000)
    assert result.compiled is not None
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, next((tmp_path / "build").glob("*.apkg")))
        seen = {}
        for cid in col.find_cards("card:1"):
            card = col.get_card(cid)
            question = re.sub(r"<[^>]+>", "", card.question())
            shown = re.search(r'<span class="cloze"[^>]*>(.*?)</span>', card.answer(), re.S)
            if shown is not None:  # (the basic card has none)
                seen[html.unescape(shown.group(1))] = question  # (as the card shows it)
    finally:
        col.close()
    assert set(seen) == {"std::cout", "Code::Blocks", "Paris"}, seen
    assert "[...]" in seen["std::cout"] and "cout]" not in seen["std::cout"]
    assert "[...]" in seen["Code::Blocks"] and "Blocks]" not in seen["Code::Blocks"]
    assert "[city]" in seen["Paris"]  # a hint stays a hint
    shown = cloze_spans(SCOPED_CLOZES["cards"][1]["text"], reveal=True)
    assert [s["v"] for s in shown if s["k"] == "hl"] == ["std::cout", "<<"]
    assert [d[3:] for d in deletions("{{c1::mitochondria::organelle}} and {{c2::1492::year}}")] == [("mitochondria", "organelle"), ("1492", "year")]
    assert [d[3:] for d in deletions("{{c1::Vec::new()}} and {{c2::ActiveRecord::Base}}")] == [("Vec::new()", None), ("ActiveRecord::Base", None)]
