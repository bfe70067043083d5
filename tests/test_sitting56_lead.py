"""Sitting 56, lead: coloured marks on term pairs under no question are the page's own colours, not right and wrong."""

from __future__ import annotations

from compiler.sources.color_marks import color_marks


def test_coloured_term_pairs_under_a_title_keep_their_colours() -> None:
    """A vocabulary list colouring two genders (green das, red die) with no third colour beside them: the marks are
    categories, and '❌ die Tür' would tell the learner the word is wrong (was written ✅ / ❌)."""
    page = "# Deutsch\n\n- 🟢 das Fenster — the window\n- 🟢 das Haus — the house\n- 🔴 die Tür — the door\n"
    assert color_marks(page) == page
    glossary = "Vocabulary\n\n🟢 Haus: house\n🔴 Tür: door\n"
    assert color_marks(glossary) == glossary


def test_options_with_explanations_under_a_question_are_still_marked() -> None:
    quiz = "## Which planet is largest?\n\n- 🟢 Jupiter — the gas giant\n- 🔴 Saturn — the ringed one\n"
    assert color_marks(quiz) == quiz.replace("🟢", "✅").replace("🔴", "❌")
    task = "Pick the noble gas:\n- 🔴 Oxygen: reactive\n- 🟢 Neon: inert\n"
    assert color_marks(task) == task.replace("🟢", "✅").replace("🔴", "❌")
    plain = "# Planets\n\n- 🟢 Jupiter\n- 🔴 Saturn\n"  # (no pairs: options as before)
    assert color_marks(plain) == plain.replace("🟢", "✅").replace("🔴", "❌")
