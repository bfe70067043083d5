"""Text and JSON views of the dedupe report for ``deckc dupes``: questions side by side, sources, status."""

from __future__ import annotations

import json
import textwrap
from collections import Counter

from compiler.passes.dedupe import Pair, Report

COLUMN = 52


def _side(pair: Pair) -> tuple[list[str], list[str]]:
    def lines(item) -> list[str]:  # type: ignore[no-untyped-def]
        head = [item.item_id, f"{item.locator}"]
        return head + textwrap.wrap(item.question, COLUMN) or [""]

    return lines(pair.a), lines(pair.b)


def format_pairs(pairs: list[Pair], report: Report) -> str:
    s = report.settings
    counts = Counter(p.status for p in pairs)
    out = [
        f"deckc dupes: {len(pairs)} pairs ({', '.join(f'{n} {k}' for k, n in sorted(counts.items()))}); "
        f"auto-merge at score >= {s.auto_merge}, suggest at >= {s.suggest}",
        "score = probability that the two ask the same question (q = question-only similarity; "
        "'by' = the features that moved the score most, see README 'Merging duplicates')",
    ]
    for pair in pairs:
        left, right = _side(pair)
        out.append("")
        why = f"  [{pair.reason}]" if pair.reason else ""
        out.append(f"{pair.status:<11} score {pair.score:.2f}  q {pair.question_sim:.2f}{why}")
        if pair.evidence:
            out.append(f"  by {pair.evidence}")
        for n in range(max(len(left), len(right))):
            a = left[n] if n < len(left) else ""
            b = right[n] if n < len(right) else ""
            out.append(f"  {a:<{COLUMN}} | {b}")
    if counts.get("suggested"):
        out.append("")
        out.append(
            "Decide each suggestion in content/decisions.toml: [[merge]] or [[keep_apart]] with items = [\"<id>\", \"<id>\"]."
        )
    return "\n".join(out)


def pairs_json(pairs: list[Pair]) -> str:
    rows = [
        {
            "status": p.status,
            "score": p.score,
            "question_similarity": p.question_sim,
            "reason": p.reason,
            "evidence": p.evidence,
            "features": p.features,
            "items": [
                {"id": i.item_id, "source": i.source, "file": i.locator.file, "line": i.locator.line, "question": i.question}
                for i in (p.a, p.b)
            ],
        }
        for p in pairs
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1)
