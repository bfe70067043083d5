"""Fortieth sitting, lead: the suite's stand-in embedder made cheaper without changing one vector; a merged note's
front is an answer that stands on its own (trial40 T40-3)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import numpy as np
from conftest import built_notes, deck_of, note_back, note_front, plain_text

from compiler.similarity import DIM, HashEmbedder


def _reference(texts: list[str]) -> np.ndarray:
    """The stand-in as it was first written: every gram hashed and added where it falls, one at a time."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for n, text in enumerate(texts):
        words = re.findall(r"\w+", text.lower())
        grams = [f"w:{w}" for w in words]
        for w in words:
            padded = f" {w} "
            grams.extend(f"c:{padded[i : i + 3]}" for i in range(len(padded) - 2))
        for gram in grams:
            h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
            out[n, h % DIM] += 1.0 if (h >> 32) & 1 else -1.0
        norm = float(np.linalg.norm(out[n]))
        if norm:
            out[n] /= norm
    return out


def test_the_stand_in_gives_the_vectors_it_always_gave() -> None:
    """Kept gram hashes and grams counted before they are added give the same bytes (the suite's merges, thresholds and
    kept vectors rest on them): repeated words, empty and long texts, other scripts, a text embedded twice."""
    texts = [
        "What is L2 regularization?",
        "what is what is what is",
        "",
        "   ",
        "Ünïcödé Straße 漢字テスト ﻿العربية",
        "x" * 3000,
        " ".join(f"word{n % 37}" for n in range(2000)),
        "What is L2 regularization?",
    ]
    assert HashEmbedder().embed_many(texts).tobytes() == _reference(texts).tobytes()
    assert HashEmbedder().embed_many(texts[:2]).tobytes() == _reference(texts[:2]).tobytes()  # (grams kept from before)


# --- trial40 T40-3: a merged note's front is an answer that stands on its own -------------------------------------

_TRIALS = Path(__file__).parent / "data" / "trials" / "trial40"


def _merged(notes: list[dict]) -> dict:  # type: ignore[type-arg]
    [note] = [n for n in notes if len(n["items"]) > 1]
    return note


def test_an_answer_over_missing_pictures_does_not_front_a_merged_note(tmp_path: Path) -> None:
    """The interview page sorts first, and its answer leans on two pictures that are not in the folder: the learner's
    own complete answer fronts the note, the page's is under 'More answers'."""
    folder = _TRIALS / "t40-3-front-by-file-order"
    notes, _, _ = built_notes(tmp_path, {p.name: p for p in sorted(folder.glob("*.md"))})
    note = _merged(notes)
    assert note["items"][0]["source"] == "my-notes"
    assert note_back(note).startswith("L1 penalizes the absolute values")
    assert "[image" not in plain_text(note["fields"]["Answer"])
    assert "1 more answer" in note["fields"]["Also"] and "Data science interview questions" in note["fields"]["Also"]


def test_an_answer_that_fits_a_screen_fronts_one_that_does_not(tmp_path: Path) -> None:
    long = " ".join(["Mitochondria make most of the cell's ATP by oxidative phosphorylation."] * 16)  # 160 words
    files = {
        "a-textbook.md": f"# Cells\n\n## What do mitochondria do?\n\n{long}\n",
        "b-mine.md": "# Mine\n\n## What do mitochondria do?\n\nThey make most of the cell's ATP.\n",
    }
    note = _merged(built_notes(tmp_path / "one", files)[0])
    assert note["items"][0]["source"] == "b-mine" and note_back(note) == "They make most of the cell's ATP."
    # both fit a screen: the files' order decides, as before
    files["a-textbook.md"] = "# Cells\n\n## What do mitochondria do?\n\nThey produce ATP for the cell.\n"
    note = _merged(built_notes(tmp_path / "two", files)[0])
    assert note["items"][0]["source"] == "a-textbook"


# --- trial40 T40-7: many pairs to decide, the likely ones first -----------------------------------------------------


def test_many_suggestions_point_at_the_likely_ones_and_dupes_lists_only_them(tmp_path: Path) -> None:
    """A page asking 24 'What is concept N?' questions and another asking each again in other words: more than 20 pairs
    to decide; the build counts those scoring 0.5 or more and says how to list only them, `deckc dupes --min-score`
    lists exactly those, likeliest first; a build with few suggestions says what it said before."""
    from click.testing import CliRunner

    from compiler.cli import main

    topics = [f"{w} regularization" for w in ("ridge", "lasso", "elastic", "dropout", "spectral", "orthogonal")]
    topics += [f"{w} normalization" for w in ("batch", "layer", "group", "instance", "weight", "spectral")]
    topics += [f"{w} descent" for w in ("gradient", "stochastic", "mirror", "coordinate", "natural", "mini-batch")]
    topics += [f"{w} attention" for w in ("self", "cross", "local", "sparse", "linear", "multi-head")]
    first = "".join(f"## What is {t}?\n\nIt is {t}, used to train models.\n\n" for t in topics)
    second = "".join(f"## Explain {t} briefly.\n\n{t.capitalize()} is how models are trained.\n\n" for t in topics)
    content = deck_of(tmp_path, {"a.md": "# A\n\n" + first, "b.md": "# B\n\n" + second})
    said = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "json"]).output
    found = re.search(r"(\d+) possible duplicate pairs for you to decide, (\d+) of them likelier one question than two: "
                      r"`\S+ dupes \S+ --status suggested --min-score 0.5`, or all: `\S+ dupes \S+ --status suggested`, "
                      r"likeliest first", said)
    assert found, said
    total, likely = int(found[1]), int(found[2])
    assert total > 20 and 0 < likely < total
    listed = CliRunner().invoke(main, ["dupes", str(content), "-o", str(tmp_path / "out"), "--status", "suggested", "--min-score", "0.5", "--json"])
    scores = [p["score"] for p in json.loads(listed.output)]
    assert len(scores) >= likely and min(scores) >= 0.5 and scores == sorted(scores, reverse=True)
    small = deck_of(tmp_path / "small", {"a.md": "# A\n\n" + first[: first.index("## What is lasso")],
                                         "b.md": "# B\n\n" + second[: second.index("## Explain lasso")]})
    said = CliRunner().invoke(main, ["build", str(small), "-o", str(tmp_path / "small-out"), "--only", "json"]).output
    assert "likelier one question" not in said and "--min-score" not in said


# --- issue 10: accented Latin letters no longer split a word in two ---------------------------------------------------


def test_content_words_keep_accented_words_whole_and_match_them_without_accents() -> None:
    """'fotosíntesis' was 'foto' + 'ntesi' and 'fotosintesis' (typed without the accent) 'fotosi': two spellings of one
    word shared nothing. Folded, they are one word; other scripts and superscripts are left alone."""
    from compiler.pairscore import Vocabulary, content_words

    assert content_words("¿Qué es la fotosíntesis?") == content_words("Que es la fotosintesis") == {"que", "es", "la", "fotosi"}
    assert content_words("Größe, naïve, œuvre, Łódź") == {"grosse", "naive", "oeuvre", "lodz"}
    assert content_words("Loss = λ·Σw²") == {"loss", "w"}  # (no 'w2': a superscript is no digit of the word)
    assert content_words("光合作用是什么？") == frozenset()  # (another script: the model's judgement, as before)
    a, b = content_words("¿Cuál es la función del ribosoma?"), content_words("Explica la funcion de los ribosomas.")
    vocab = Vocabulary([a, b, content_words("¿Dónde está el núcleo?")], [frozenset()] * 3)
    assert {"funcio", "riboso"} <= a & b and vocab.question_overlap(a, b)[0] > 0.25  # (0.13 split: "funci" + "n")


# --- trial40 T40-8: a section that names only the exercise form gets its page's title before it -------------------------


def test_a_form_only_section_gets_the_page_title_before_it(tmp_path: Path) -> None:
    """Every worksheet of a collection filed its cards under 'Part A: Fill in the blank': the subject first now, the part
    kept; a section naming a subject, a title that is only the file's name or an exercise's own label change nothing."""
    folder = _TRIALS / "t40-8-exercise-form-headings"
    notes, _, _ = built_notes(tmp_path / "trial", {p.name: p for p in sorted(folder.glob("*.md"))})
    assert {n["fields"]["Section"] for n in notes} == {
        "Cell Structure Worksheet › Part A: Fill in the blank",
        "Cell Structure Worksheet › Part B: Multiple choice",
        "Cell Structure Worksheet › Part C: Short answer",
        "Tema 3: La célula › Preguntas de repaso",
    }
    files = {
        "photo.md": "# Biology\n\n## Photosynthesis\n\n### Review questions\n\n**What do plants make?**\n\nSugar.\n",
        "review.md": "# review\n\n## Review questions\n\n**What is a cell?**\n\nThe unit of life.\n",
        "ex.md": "# Exercise 2 – Answer in full sentences\n\n## Part B\n\n**What is DNA?**\n\nThe genetic code.\n",
        "it.md": "# Il Sistema solare\n\n## Vero o falso\n\n1) La Luna ha luce propria. — Falso\n2) Giove è il più grande. — Vero\n",
    }
    sections = {note_front(n): n["fields"]["Section"] for n in built_notes(tmp_path / "kept", files)[0]}
    assert sections == {
        "What do plants make?": "Photosynthesis › Review questions",
        "What is a cell?": "Review questions",
        "What is DNA?": "Part B",
        "La Luna ha luce propria.": "Il Sistema solare › Vero o falso",  # (Italian, found on an untried page)
        "Giove è il più grande.": "Il Sistema solare › Vero o falso",
    }
