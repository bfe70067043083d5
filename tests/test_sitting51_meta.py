"""Sitting 51, meta: the same document written another way gives the same cards (metamorphic robustness, round 6)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting51" / "meta"


def _cards(tmp_path: Path, name: str, text: str | Path) -> list[tuple[str, str, tuple[str, ...]]]:
    notes, _, _ = built_notes(tmp_path, {name: text})
    return sorted((note_front(n), note_back(n), tuple(n.get("sections") or ())) for n in notes)


def test_plus_bullets_of_labelled_cards_in_any_language_read_as_dash_bullets(tmp_path: Path) -> None:
    """A chat's cards '**카드 1**' / '+ **질문:** …?' / '+ **답:** …' (round 5 R5-9: no card at all, 'no items found';
    with '-' bullets 4 cards): '+' is a Markdown bullet as '-' is, so the same four cards."""
    text = (DATA / "ko-plus.md").read_text(encoding="utf-8")
    plus = _cards(tmp_path / "plus", "ko.md", text)
    dash = _cards(tmp_path / "dash", "ko.md", text.replace("\n+ ", "\n- "))
    assert plus == dash
    assert [(front, back) for front, back, _ in plus] == sorted(
        [
            ("세포의 에너지 공장이라고 불리는 세포 소기관은?", "미토콘드리아"),
            ("단백질을 합성하는 세포 소기관은?", "리보솜"),
            ("식물 세포에만 있는 세포 소기관 두 가지는?", "엽록체와 세포벽"),
            ("유전 정보를 담고 있는 세포 소기관은?", "핵"),
        ]
    )


def test_list_entries_labelled_q_and_a_without_bold_read_as_the_bold_ones(tmp_path: Path) -> None:
    """'- Q: What does `git rebase` do?' / '  A: Reapplies …' (the answer label on the entry's next line, as an AI chat
    writes flashcards; round 6 R6-1: read as defined terms, every front 'Q' and the question on the back), and the
    same with 'Question:' / 'Answer:' or 'Q.' / 'A.': the cards of '- **Q:** …' / '  **A:** …'."""
    text = (DATA / "plain-label-entries.md").read_text(encoding="utf-8")
    bold = _cards(tmp_path / "bold", "git.md", text.replace("- Q: ", "- **Q:** ").replace("  A: ", "  **A:** "))
    assert _cards(tmp_path / "plain", "git.md", text) == bold
    assert _cards(tmp_path / "words", "git.md", text.replace("- Q: ", "- Question: ").replace("  A: ", "  Answer: ")) == bold
    assert _cards(tmp_path / "dots", "git.md", text.replace("- Q: ", "- Q. ").replace("  A: ", "  A. ")) == bold
    assert ("What does git rebase do?", "Reapplies commits on top of another base.", ()) in bold, bold


def test_a_part_of_two_entries_numbered_lazily_is_two_questions(tmp_path: Path) -> None:
    """A review sheet whose every list is numbered '1.' (Markdown's lazy numbering, shown 1, 2, 3), its true/false
    part two lines long ('1. … (V)' / '1. … (F)'; round 6 R6-2: one card, the second statement its back): the cards of
    the page numbered 1, 2, 3 / 4, 5."""
    text = (DATA / "lazy-pairs.md").read_text(encoding="utf-8")
    lazy = _cards(tmp_path / "lazy", "repaso.md", text)
    numbered = text.replace("1. ¿Qué", "2. ¿Qué").replace("1. ¿Quién", "3. ¿Quién").replace("1. Napoleón", "2. Napoleón")
    assert lazy == _cards(tmp_path / "numbered", "repaso.md", numbered)
    assert [(f, b) for f, b, _ in lazy if "Napoleón" in f] == [("Verdadero o falso: Napoleón fue rey de Francia durante la Revolución.", "Falso")]


def test_setext_headings_read_as_the_hash_headings_they_are(tmp_path: Path) -> None:
    """A page of answers under '===' underlined headings ('Answer 1.' / '=========', round 6 R6-5: one card of the
    page's title holding every answer) gives the cards of the same page written with '# Answer 1.' headings."""
    text = (DATA / "setext-answers.md").read_text(encoding="utf-8")
    atx = re.sub(r"(?m)^(.+)\n=+$", r"# \1", text)
    assert "# Answer 2." in atx
    cards = _cards(tmp_path / "setext", "answers.md", text)
    assert cards == _cards(tmp_path / "atx", "answers.md", atx)
    assert len(cards) == 3, cards
