"""A synthetic corpus for the dedupe scale benchmark: N questions in Markdown files, with planted near-duplicates.

Words come from the MiniLM tokenizer's own vocabulary (whole English words),
so questions are varied the way real ones are; a fixed seed makes the corpus
the same on every run.  Every ``dup_every``-th question is asked again in a
later file (150+ questions on) in other words ("What is X?" → "Define X." …) with a reworded
answer: the planted pairs, against which the bench reports recall.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from compiler.model import slugify

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = [
    ("What is {a} {b} in {c}?", "What does {a} {b} mean in {c}?", "{A} {b} in {c} means the {d} of {e} under {f}."),
    ("Why does {a} {b} help {c}?", "Why is {a} {b} useful for {c}?", "Because {a} {b} reduces {d} and keeps {e} close to {f}."),
    ("How do you choose the {a} {b} for {c}?", "How to choose {a} {b} for {c}?", "Start from {d}, then tune {e} on a held-out {f}."),
    ("When should {a} {b} be avoided in {c}?", "When is {a} {b} a bad idea for {c}?", "When {d} is small or {e} dominates {f}."),
    ("How does {a} {b} compare with {c} {d}?", "How does {a} {b} differ from {c} {d}?", "{A} {b} acts on {e}; {c} {d} acts on {f}."),
]


def vocabulary() -> list[str]:
    data = json.loads((ROOT / "compiler" / "data" / "minilm-tokenizer.json").read_text(encoding="utf-8"))
    words = [w for w in data["model"]["vocab"] if w.isalpha() and w.isascii() and 5 <= len(w) <= 12]
    return sorted(words)


def questions(n: int, dup_every: int = 20, seed: int = 7) -> tuple[list[tuple[str, str]], list[tuple[int, int]]]:
    """(question, answer) pairs and the (original, duplicate) index pairs planted among them."""
    rng = random.Random(seed)
    words = vocabulary()
    out: list[tuple[str, str]] = []
    planted: list[tuple[int, int]] = []
    pending: list[tuple[int, str, str]] = []
    while len(out) < n:
        if pending and len(out) - pending[0][0] >= 150 and rng.random() < 0.3:
            orig, q, a = pending.pop(0)
            planted.append((orig, len(out)))
            out.append((q, a))
            continue
        ask, again, answer = rng.choice(TEMPLATES)
        w = dict(zip("abcdef", rng.sample(words, 6), strict=True))
        w["A"] = w["a"].capitalize()
        out.append((ask.format(**w), answer.format(**w)))
        if len(out) % dup_every == 0:
            pending.append((len(out) - 1, again.format(**w), answer.format(**w).replace(" and ", " as well as ")))
    return out, planted


def write_corpus(folder: Path, n: int, per_file: int = 100) -> list[tuple[int, int]]:
    """Markdown sources of ``per_file`` questions each plus deck.toml; returns the planted pairs."""
    qa, planted = questions(n)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    config = ['[deck]\nname = "Synthetic"\nbasename = "synthetic"\n']
    for f in range(0, n, per_file):
        name = f"part{f // per_file:04d}"
        body = [f"# Part {f // per_file}\n"]
        for q, a in qa[f : f + per_file]:
            body.append(f"**{q}**\n\n{a}\n")
        (folder / "sources" / f"{name}.md").write_text("\n".join(body), encoding="utf-8")
        config.append(
            f'[[source]]\nid = "{name}"\nfile = "sources/{name}.md"\nlayout = "markdown"\n'
            'difficulty = { from = "fixed", default = "medium" }\n'
        )
    (folder / "deck.toml").write_text("\n".join(config), encoding="utf-8")

    def item_id(n: int) -> str:
        return f"part{n // per_file:04d}/{slugify(qa[n][0])}"

    (folder / "planted.json").write_text(json.dumps([[item_id(a), item_id(b)] for a, b in planted]), encoding="utf-8")
    return planted


def change_document(folder: Path, part: int = 10) -> None:
    """Reword every question of one 100-question document (the "one changed document" scenario).

    planted.json follows: a planted pair with an item of that document names its new id.
    """
    path = folder / "sources" / f"part{part:04d}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("?**", " in practice?**"), encoding="utf-8")
    prefix = f"part{part:04d}/"
    renamed = {
        f"{prefix}{slugify(q)}": f"{prefix}{slugify(q[:-1] + ' in practice?')}"
        for q in re.findall(r"^\*\*(.+\?)\*\*$", text, flags=re.M)
    }
    planted_path = folder / "planted.json"
    planted = json.loads(planted_path.read_text(encoding="utf-8"))
    planted_path.write_text(json.dumps([[renamed.get(a, a), renamed.get(b, b)] for a, b in planted]), encoding="utf-8")
