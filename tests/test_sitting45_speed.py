"""Issue 13, forty-fifth sitting: what the suite and small builds no longer compute twice gives what computing it gives.

Each speed-up here is a memo of a pure function (the stand-in embedder's rows, the contrast guard, the code-fence
scan): these tests check that a remembered answer is the computed one, including after the input changed.
"""

from __future__ import annotations

import numpy as np

from compiler import similarity
from compiler.decisions import OPPOSITES, ContrastGroup, Guard
from compiler.sources import lines


def test_the_stand_in_gives_a_text_the_same_vector_remembered_or_computed() -> None:
    texts = ["What is dropout?", "What is L2 regularization?", "", "Qu'est-ce que le dropout ?", "What is dropout?"]
    similarity._STUB_ROWS.clear()
    first = similarity.HashEmbedder().embed_many(texts)  # computed (the repeated text: remembered within the batch)
    assert set(similarity._STUB_ROWS) == set(texts)
    again = similarity.HashEmbedder().embed_many(list(reversed(texts)))  # every row remembered
    assert first.tobytes() == again[::-1].tobytes()
    alone = [similarity.HashEmbedder().embed_many([t]) for t in texts]
    similarity._STUB_ROWS.clear()
    fresh = [similarity.HashEmbedder().embed_many([t]) for t in texts]  # computed again, one by one
    assert all(a.tobytes() == f.tobytes() for a, f in zip(alone, fresh, strict=True))
    assert np.array_equal(first[0], first[4])
    first[0] += 1.0  # a caller changing its matrix does not change what is remembered
    assert similarity.HashEmbedder().embed_many([texts[0]]).tobytes() == fresh[0].tobytes()


def test_one_guard_per_set_of_groups_and_it_finds_what_a_new_one_finds() -> None:
    groups = [ContrastGroup(name="norms", terms=["l1|lasso", "l2|ridge"]), *OPPOSITES]
    guard = Guard.of(groups)
    assert Guard.of([ContrastGroup(name="norms", terms=["l1|lasso", "l2|ridge"]), *OPPOSITES]) is guard
    other = Guard.of([ContrastGroup(name="norms", terms=["l1|lasso", "l2"]), *OPPOSITES])
    assert other is not guard  # a term spelled otherwise: another guard
    for question in ("Why does Lasso give sparse weights?", "What is ridge regression?", "L1 vs L2?", "What is dropout?"):
        assert guard.terms(question) == Guard(groups).terms(question)
    assert guard.contrast(guard.terms("What is lasso?"), guard.terms("What is ridge?")) is not None
    assert other.terms("What is ridge?")[0] == frozenset()


def test_the_code_fence_scan_remembered_is_the_scan() -> None:
    page = ["# T", "```python", "x = 1", "```", "text", "~~~", "still code", "~~~~", "after", "\t```", "end"]
    expected = list(lines._fenced(page))
    assert expected == [False, True, True, True, False, True, True, True, False, False, False]
    assert list(lines.in_fence(page)) == expected
    assert list(lines.in_fence(page)) == expected  # remembered
    assert list(lines.in_fence(iter(page))) == expected  # any iterable of lines
    page[3] = "not a close"  # the same list edited: its new lines are scanned
    assert list(lines.in_fence(page)) == list(lines._fenced(page)) == [False, True, True, True, True, True, True, True, True, True, True]
    for n in range(40):  # more documents than are remembered: each still right
        doc = ["```"] * (n % 3) + [f"line {n}"]
        assert list(lines.in_fence(doc)) == list(lines._fenced(doc))
    assert len(lines._FENCED) <= 16


def test_a_texts_language_is_what_testing_each_word_against_every_language_gives() -> None:
    """The words' languages are looked up in one table (prompts._LANGUAGES_OF); the scores and their ties are those
    of testing every word against every language's set, in the same order."""
    import random
    from collections import Counter

    from compiler.sources import prompts

    def tested(text: str) -> str:  # the sitting-44 code of prompts._latin
        score: Counter[str] = Counter()
        for w in (w.lower() for w in prompts._WORD.findall(text)):
            for lang, common in prompts._WORDS.items():
                if w in common:
                    score[lang] += 1
        for lang, own in prompts._LETTERS.items():
            score[lang] += sum(text.lower().count(c) for c in own)
        ranked = score.most_common(2)
        if not ranked or ranked[0][1] < 3:
            return "en"
        second = ranked[1][1] if len(ranked) > 1 else 0
        return ranked[0][0] if ranked[0][1] >= 1.3 * second else "en"

    words = [*sorted(set().union(*prompts._WORDS.values())), "matrix", "Ñandú", "voilà", "über", "ÉTÉ"]
    rng = random.Random(45)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    assert {prompts._latin(t) for t in texts} >= {"en", "de", "fr", "es"}
    assert [prompts._latin(t) for t in texts] == [tested(t) for t in texts]
    assert [prompts._latin(t.upper()) for t in texts[:500]] == [tested(t.upper()) for t in texts[:500]]


def test_an_option_restated_after_its_label_is_found_without_a_pattern_only_where_none_can_match() -> None:
    """said_off skips compiling its pattern when the first character after the label cannot start the option's
    text (ASCII letters of another letter, case aside); anything else is matched by the pattern as before."""
    import random
    import re

    from compiler.sources.choices import said_off

    def patterned(rest: str, said: str) -> str:  # the pattern alone (the sitting-44 code)
        core = " ".join(said.split()).strip("`*_ ").rstrip(".").replace("`", "")
        if not core:
            return rest
        m = re.match(rf"\s*[`*_]*\s*{'[`*_]*'.join(re.escape(c) for c in core)}[`*_]*\.?(?=\W|$)", rest, re.I)
        if m is None:
            return rest
        after = rest[m.end() :]
        if re.match(r"[ \t]+[^\W\d_]", after) and not re.match(r"^\s*(?:[,;&/+、，]|\b(?i:and|or|e|y|und|et|i|oraz|и|та|ve)\b)?\s*\(?(?P<letter>[A-Ha-h])[.)]\s*", after):
            return rest
        return after.strip()

    assert said_off("`background-color` is the property", "background-color") == "`background-color` is the property"
    assert said_off("**Paris** — the capital", "Paris") == "— the capital"
    assert said_off(" paris.", "Paris") == ""
    assert said_off("Rome — no", "Paris") == "Rome — no"
    assert said_off("\u212aelvin", "kelvin") == patterned("\u212aelvin", "kelvin")  # (the Kelvin sign: re's case folding)
    rng = random.Random(45)
    alphabet = [*"abcKkSsIi  `*_.,;-ſKİıé\t\u00a0", "Paris", "paris", " and B) y", "—"]
    for _ in range(20_000):
        said = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
        rest = rng.choice(["", " ", "*", "`"]) * (rng.random() < 0.3) + said * (rng.random() < 0.3)
        rest += "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        assert said_off(rest, said) == patterned(rest, said), (rest, said)


def test_key_lines_remembered_are_a_copy_of_the_scan() -> None:
    from compiler.tomlfile import TomlFile, key_lines

    text = '[deck]\nname = "Mine"\n\n[[source]]\nid = "a"\nfile = "sources/a.md"\n\n[[source]]\nid = "b"\n'
    first, second = TomlFile("deck.toml", {}, text), TomlFile("deck.toml", {}, text)
    assert first.lines == second.lines == key_lines(text)
    assert first.line(("source", 1, "id")) == 9 and first.line(("source", 0, "file", "x")) == 6
    first.lines[("deck",)] = 99  # one file's map changed by its holder: not the other's
    assert second.lines[("deck",)] == 1 and TomlFile("deck.toml", {}, text).lines[("deck",)] == 1


def test_a_text_beyond_the_model_is_told_as_before() -> None:
    from compiler.pairscore import beyond_model

    assert not beyond_model("What is dropout?") and not beyond_model("")
    assert beyond_model("什么是闭包？") and beyond_model("闭包是什么 closure")
    assert not beyond_model("What does इक् denote in this long English question about it?")


def test_a_pages_question_count_remembered_is_the_count() -> None:
    """markdown_questions is remembered per page, flags and task-label setting (TASKS_ASK): each answer is the one
    computing it gives, whatever was asked before."""
    import importlib
    from pathlib import Path

    from compiler.sources.lines import TASKS_ASK

    detect = importlib.import_module("compiler.sources.detect")  # (the package's 'detect' is a function)

    pages = [p.read_text(encoding="utf-8", errors="replace").split("\n") for p in sorted((Path(__file__).parent / "data" / "newuser").glob("*.md"))]
    pages.append(["**Задача:** Спроектируйте кэш", "", "**Вопрос:** Что такое кэш?", "Ответ.", "", "**Вопрос:** Зачем?", "Так."])
    assert len(pages) > 20
    for asks in (False, True, False):
        token = TASKS_ASK.set(asks)
        try:
            for lines in pages:
                for obsidian, clozes in ((True, True), (False, True), (True, False)):
                    expected = detect._markdown_questions(list(lines), obsidian, clozes)
                    assert detect.markdown_questions(lines, obsidian=obsidian, clozes=clozes) == expected
                    assert detect.markdown_questions(list(lines), obsidian=obsidian, clozes=clozes) == expected
        finally:
            TASKS_ASK.reset(token)
    assert len(detect._ASKED) <= 16
