"""Answers too long for a card: one card is one idea, readable in about two phone screens.

A long answer is never cut: by default (``[deck] long_answers = "fold"``) the card shows its lead
and folds the rest under one collapsed "More: …" line (compiler/fold.py; the cheat sheet prints the
lead), with ``"keep"`` the card shows all of it. Either way the build warns, naming the item's file
and line, so the author can split it into several questions or shorten it with an override.
``[deck] long_answer_words`` sets the limit (0: no warning, nothing folded).
"""

from __future__ import annotations

from compiler import fold as folding
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.read import ANSWER_MAX
from compiler.render import WORDS_PER_SCREEN, reading_length


def run(items: list[Item], diag: Diagnostics, limit: int, fold: bool = False) -> None:
    """Warn once per item whose answer reads longer than ``limit`` words (grouped in the report);
    ``fold``: such answers are folded on the card, and the warning says so."""
    if limit <= 0:
        return
    long: list[tuple[Item, int]] = []
    # (an item the reader already said runs on past its answer: one message for one item, T43-16)
    ran_on = {(d.file, d.line) for d in diag.items if d.group == "item-runs-on"}
    for item in items:
        if (item.locator.file, item.locator.line) in ran_on:
            continue
        words = reading_length(item.answer) + sum(len(c.text.split()) for c in item.choices)
        if words > limit and len(item.answer_plain()) <= ANSWER_MAX:
            long.append((item, words))  # (else short enough, or already reported by the reader as a huge item)
    longest = max(long, key=lambda x: x[1]) if len(long) > 1 else None
    for n, (item, words) in enumerate(long):
        # (the report shows the first of the group: it names the longest too, T43-4: "269 words" said for a group
        # holding a card of 2,167)
        most = (f" (the longest of these {len(long)}: {_short(longest[0].question)!r} at {longest[0].locator}, about "
                f"{longest[1]} words)") if n == 0 and longest is not None and longest[0] is not item else ""  # fmt: skip
        diag.warning(
            item.locator.file,
            item.locator.line,
            f"the answer to {_short(item.question)!r} is about {words} words, {words / WORDS_PER_SCREEN:.1f} "
            f"phone screens on one card{most} (one card should hold one idea, readable in about two screens); "
            + _shown(item, fold),
            "split it into several questions, or shorten it with an override in overrides.toml; "
            f"long_answer_words under [deck] in deck.toml sets the limit ({limit} words; 0: no warning)",
            group="long answer",
        )


def _shown(item: Item, fold: bool) -> str:
    cut = folding.split(item.answer) if fold else None
    if cut is None:
        return "it is not cut"
    lead = reading_length(cut.lead)
    return f"the card shows its first {lead} words and folds the rest under {folding.summary_text(cut)!r} (nothing is cut)"


def _short(question: str, width: int = 60) -> str:
    q = " ".join(question.split())
    return q if len(q) <= width else q[: width - 1].rstrip() + "…"
