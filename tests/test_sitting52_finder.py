"""Fifty-second sitting, finder: findings of trial 52 (real public documents: Google's Python and shell style guides,
devhints cheat sheets, Hugo Book's shortcode pages, Sphinx's FAQ, PEPs, the AsciiDoc docs, Data Carpentry's SQL
lesson, react.dev in Portuguese, React Native's troubleshooting page; docs/trials/trial52.md) fixed: a how-to's steps
over their commands stay its heading's answer (T52-1)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial52"


# --- T52-1: a how-to's steps are no cheat sheet's captions ----------------------------------------------------------


def test_a_how_to_s_steps_over_their_commands_stay_its_heading_s_answer(tmp_path: Path) -> None:
    """T52-1 (high): React Native's troubleshooting page, '#### Terminating a process on port 8081' over 'Run the
    following command to find the id …:' / a shell fence / 'Then run the following to terminate the process:' / a
    fence / 'On Windows you can find the process …'. Read as a cheat sheet's caption → command pairs, the heading's
    card was gone, the first step said "question has no answer" and the card 'Then run the following … kill -9 <PID>'
    had 'On Windows …' for its back. A section that explains in paragraphs of its own beside its steps is a how-to:
    its heading's card holds the steps in order."""
    notes, skipped, messages = built_notes(tmp_path, {"troubleshooting.md": TRIAL / "howto-steps.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Port already in use", "Freeing the port", "Using another port", "Locking error"], cards
    freeing = cards["Freeing the port"]
    assert freeing.startswith("Run the following command to find the process that listens on the port:"), freeing
    assert freeing.index("lsof -i :8081") < freeing.index("kill -9 <PID>") < freeing.index("On Windows"), freeing
    assert "npm start" in cards["Using another port"], cards
    assert skipped == [] and not any("question has no answer" in m for m in messages), messages


def test_a_caption_opens_its_paragraph(tmp_path: Path) -> None:
    """T52-1: Google's Python style guide wraps 'You can get a list of' / '`pylint`' / 'warnings by doing:' over a
    shell fence; its last line alone was read as a caption: the card 'warnings by doing' → 'pylint --list-msgs', and
    the rule's Decision card cut at 'You can get a list of pylint'. Now the Decision card holds its whole text."""
    notes, _skipped, _messages = built_notes(tmp_path, {"pyguide.md": TRIAL / "style-rule-decision.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["2.1 Lint", "2.1.1 Definition", "2.1.2 Decision"], cards
    decision = cards["2.1.2 Decision"]
    assert "You can get a list of lint checks by doing: lint --list-checks" in decision, decision
    assert decision.endswith("Prefer the short form of the suppression comment to the long one."), decision
