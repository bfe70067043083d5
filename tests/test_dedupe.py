"""Merging duplicates in the real content: automatic step, decisions file, merged notes, GUID stability, topics."""

from __future__ import annotations

import itertools
import json
import shutil
import sys
from pathlib import Path

import pytest
from ankiutil import import_apkg, notes, open_collection
from click.testing import CliRunner
from conftest import real_content_copy

from compiler.cli import main
from compiler.decisions import Decisions, load_settings
from compiler.diagnostics import Diagnostics
from compiler.model import ItemKind
from compiler.pipeline import compile_content
from compiler.render import text_html
from compiler.similarity import default_embedder

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
sys.path.insert(0, str(ROOT / "bench"))
from dedupe_eval import automatic_groups, positives, read_items, resolve, score  # noqa: E402

DROPOUT = {"grill/what-is-dropout", "netdesign/what-is-dropout", "article/what-is-dropout",
           "essential/what-is-dropout-why-does-it-prevent-overfitting"}
SGD = "grill/for-sgd-are-l2-and-weight-decay-the-same"
ADAM = "grill/for-adam-are-l2-and-weight-decay-the-same"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def compiled(cache: Path):  # type: ignore[no-untyped-def]
    result = compile_content(CONTENT, cache_dir=cache)
    result.dupes.persist()
    return result


def note_of(deck, item_id: str):  # type: ignore[no-untyped-def]
    return next(n for n in deck.notes if any(i.item_id == item_id for i in n.items))


def copy_content(tmp: Path) -> Path:
    content = tmp / "content"
    shutil.copytree(CONTENT, content)
    return content


def test_what_is_dropout_is_one_note_with_four_sources(compiled) -> None:  # type: ignore[no-untyped-def]
    note = note_of(compiled.deck, "grill/what-is-dropout")
    assert {i.item_id for i in note.items} == DROPOUT
    assert {i.source for i in note.items} == {"grill", "netdesign", "article", "essential"}
    assert note.fields["Question"] == "What is dropout?"
    # the published front (netdesign) stays; the other three answers are collapsed below it
    assert note.primary.source == "netdesign"
    assert note.fields["Also"].startswith('<details class="also-more">')
    assert note.fields["Also"].count("Also in") == 3
    assert "Regularization — Interview Grill" in note.fields["Also"]
    assert "Regularization &amp; Generalization" in note.fields["Also"]
    for title in ("Interview Grill", "Network Design", "Generalization"):
        assert title in note.fields["Sources"]
    # union of section tags, GUID anchored on the earliest item in deck.toml order
    assert {"deckc::section::grill::dropout", "deckc::section::netdesign::dropout-regularization",
            "deckc::section::article::dropout"} <= set(note.tags)
    assert note.id == "grill/what-is-dropout"
    assert "deckc::topic::dropout" in note.tags and "dropout" in note.topics


def test_sgd_and_adam_stay_apart_even_without_decisions(compiled, real_embedder) -> None:  # type: ignore[no-untyped-def]
    assert note_of(compiled.deck, SGD) is not note_of(compiled.deck, ADAM)
    groups = automatic_groups(CONTENT, real_embedder)
    assert not any(SGD in g and ADAM in g for g in groups)
    pair = next(p for p in compiled.dupes.pairs if {p.a.item_id, p.b.item_id} == {SGD, ADAM})
    assert pair.status == "kept-apart"


def seed_positives() -> set[frozenset[str]]:
    return resolve(positives(), read_items(CONTENT)[0])


def test_automatic_step_is_precise_on_the_labeled_pairs(real_embedder) -> None:  # type: ignore[no-untyped-def]
    """The automatic step alone (no decisions), real model, on the seeds the model was fitted on.

    A regression guard only: the honest (held-out) figures are in `make bench`.
    """
    result = score(automatic_groups(CONTENT, real_embedder), seed_positives())
    assert result.precision >= 0.98, result.false_merges  # auto_merge is chosen for the 0.98
    # tenth sitting: auto_merge 0.60 -> 0.65 in content/dedupe.toml (held out 0.98 on 300 pairs): 20 -> 17; thirty-fifth:
    # the model refitted on the 16 labeled documents and 0.65 -> 0.80 (held out, 0.65 had fallen to precision 0.96): 17 -> 5
    assert result.tp >= 5


@pytest.mark.parametrize("model", ["stand-in", "real"])
def test_curated_deck_matches_the_labels_exactly(model: str, compiled, real_compiled) -> None:  # type: ignore[no-untyped-def]
    """Either model gives the labelled merges (decisions.toml decides them); every real-model suggestion is decided."""
    result = real_compiled if model == "real" else compiled
    merged = {frozenset(p) for n in result.deck.notes for p in itertools.combinations([i.item_id for i in n.items], 2)}
    pos = seed_positives()
    assert merged - pos == set(), "false merges"
    assert pos - merged == set(), "missed merges"
    if model == "real":  # the stand-in sees look-alike wording the real model does not suggest
        assert not [p for p in result.dupes.pairs if p.status == "suggested"], "every suggestion is decided"


def test_decisions_merge_and_keep_apart_are_honoured(tmp_path: Path, cache: Path) -> None:
    content = copy_content(tmp_path)
    (content / "decisions.toml").write_text(
        '[[keep_apart]]\nitems = ["grill/what-is-dropout", "netdesign/what-is-dropout", "article/what-is-dropout", '
        '"essential/what-is-dropout-why-does-it-prevent-overfitting"]\n'
        'why = "test"\n\n'
        '[[merge]]\nitems = ["grill/what-s-cutmix", "essential/explain-cutout-mixup-and-cutmix-regularization"]\n'
        '\n[[merge]]\nitems = ["grill/no-such-item", "grill/what-s-mixup"]\n',
        encoding="utf-8",
    )
    compiled = compile_content(content, cache_dir=cache)
    deck = compiled.deck
    # identical questions, yet kept apart by the decision
    assert len({note_of(deck, i).guid for i in DROPOUT}) == 4
    cutmix = note_of(deck, "grill/what-s-cutmix")
    assert {i.item_id for i in cutmix.items} == {"grill/what-s-cutmix", "essential/explain-cutout-mixup-and-cutmix-regularization"}
    statuses = {frozenset((p.a.item_id, p.b.item_id)): p.status for p in compiled.dupes.pairs}
    assert statuses[frozenset(("grill/what-s-cutmix", "essential/explain-cutout-mixup-and-cutmix-regularization"))] == "merged"
    assert statuses[frozenset(("grill/what-is-dropout", "netdesign/what-is-dropout"))] == "kept-apart"
    # without the real decisions, the automatic step's merges show as merged-auto
    assert "merged-auto" in statuses.values()
    # a decision about an item that no longer exists is a warning with its line, not an error
    unknown = [str(w) for w in compiled.diagnostics.warnings if "no-such-item" in str(w)]
    assert unknown and unknown[0].startswith("decisions.toml:8")


def test_conflicting_decisions_are_an_error(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    with (content / "decisions.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[keep_apart]]\nitems = ["grill/what-is-dropout", "article/what-is-dropout"]\n')
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "decisions.toml:" in result.output and "keep one of the two decisions" in result.output


NEW_SOURCE = """# Extra notes

## Dropout

**What is dropout?**

Randomly zero activations during training; a cheap ensemble.

**What is a learning-rate finder?**

Sweep the learning rate over one short run and pick the value just before the loss diverges.
"""


def test_new_source_with_a_duplicate_keeps_the_notes_guid(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(content), "-o", str(tmp_path / "v1")]).exit_code == 0
    (content / "sources" / "extra.md").write_text(NEW_SOURCE, encoding="utf-8")
    with (content / "deck.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[source]]\nid = "extra"\nfile = "sources/extra.md"\ntitle = "Extra"\nlayout = "markdown"\n'
                 'difficulty = { from = "fixed", default = "easy" }\n')
    result = runner.invoke(main, ["build", str(content), "-o", str(tmp_path / "v2")])
    assert result.exit_code == 0, result.output

    def load(folder: str) -> dict:
        return json.loads((tmp_path / folder / "regularization.json").read_text(encoding="utf-8"))

    v1, v2 = load("v1"), load("v2")
    old = {n["id"]: n["guid"] for n in v1["notes"]}
    new = {n["id"]: n for n in v2["notes"]}
    assert all(new[k]["guid"] == g for k, g in old.items()), "every existing GUID is kept"
    dropout = new["grill/what-is-dropout"]
    assert {i["id"] for i in dropout["items"]} == DROPOUT | {"extra/what-is-dropout"}
    assert dropout["fields"]["Question"] == "What is dropout?"
    assert "Also in Extra" in dropout["fields"]["Also"]
    assert "extra/what-is-a-learning-rate-finder" in new

    # in Anki the re-import updates the existing note instead of adding a second one
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, tmp_path / "v1" / "regularization.apkg")
        log = import_apkg(col, tmp_path / "v2" / "regularization.apkg")
        assert log.new == 1  # only the learning-rate finder
        landed = notes(col)
        assert "Also in Extra" in landed[dropout["guid"]]["fields"]["Also"]
        assert col.note_count() == len(v2["notes"])
    finally:
        col.close()


def test_manifest_lists_every_merged_item_with_file_and_line(tmp_path: Path) -> None:
    content = real_content_copy(tmp_path / "content")
    assert CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")]).exit_code == 0
    data = json.loads((tmp_path / "out" / "regularization.json").read_text(encoding="utf-8"))
    items = [i for n in data["notes"] for i in n["items"]]
    assert len(items) == data["summary"]["items_read"] == len({i["id"] for i in items})
    assert data["summary"]["merged_items"] == len(items) - len(data["notes"]) > 40
    merged = [i for i in items if i["role"] == "merged"]
    assert all(i["file"].startswith("sources/") and i["line"] >= 1 for i in merged)


def test_difficulty_rule_for_merged_notes(compiled) -> None:  # type: ignore[no-untyped-def]
    # front item from a labelling source decides: netdesign labels "What is dropout?" itself
    note = note_of(compiled.deck, "grill/what-is-dropout")
    assert note.difficulty == note.primary.difficulty
    # a group whose front has only a fixed default takes the hardest label of the others
    from compiler.model import Difficulty
    from compiler.passes.notes import difficulty_of

    items = note.items
    fixed = items[0].model_copy(update={"source": "article", "difficulty": Difficulty.medium})
    labelled = [i.model_copy(update={"difficulty": Difficulty.easy}) for i in items[1:]]
    assert difficulty_of([fixed, *labelled], {"grill", "netdesign"}) is Difficulty.easy
    assert difficulty_of([fixed], {"grill"}) is Difficulty.medium


def test_every_note_has_a_topic(compiled) -> None:  # type: ignore[no-untyped-def]
    assert all(n.topics for n in compiled.deck.notes)
    assert not [w for w in compiled.diagnostics.warnings if "has no topic" in str(w)]
    bn = note_of(compiled.deck, "grill/what-s-batch-normalization-s-regularization-effect")
    assert "normalization" in bn.topics and "deckc::topic::normalization" in bn.tags


def test_notes_without_topic_are_reported(tmp_path: Path, cache: Path) -> None:
    content = copy_content(tmp_path)
    (content / "topics.toml").write_text('[[topic]]\nname = "dropout"\nkeywords = ["dropout"]\n', encoding="utf-8")
    compiled = compile_content(content, cache_dir=cache)
    missing = [str(w) for w in compiled.diagnostics.warnings if "has no topic" in str(w)]
    assert missing and all("topics.toml" in w for w in missing)
    assert missing[0].split(":")[0].startswith("sources/")


def test_dupes_lists_pairs_side_by_side(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["dupes", str(CONTENT), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    out = result.output
    # the curated content decides every automatic merge too, so pairs show as merged (by decision)
    assert "\nmerged " in out and "kept-apart" in out and "suggested" not in out
    assert "sources/regularization-interview-grill.txt:" in out
    assert " | " in out
    js = CliRunner().invoke(main, ["dupes", str(CONTENT), "-o", str(tmp_path), "--json", "--status", "kept-apart"])
    rows = json.loads(js.output)
    assert rows and {r["status"] for r in rows} == {"kept-apart"}
    sgd = next(r for r in rows if {i["id"] for i in r["items"]} == {SGD, ADAM})
    assert "contrast" in sgd["reason"] and sgd["items"][0]["line"] >= 1


def test_cache_does_not_change_the_output(tmp_path: Path, real_embedder, real_compiled) -> None:  # type: ignore[no-untyped-def]
    """Real model: a build from the on-disk embedding and pair caches equals one without them."""
    first = compile_content(CONTENT, now=10**9, cache_dir=tmp_path, embedder=real_embedder)
    first.dupes.persist()
    warm = compile_content(CONTENT, now=10**9, cache_dir=tmp_path, embedder=real_embedder)
    cold = [n.model_dump() for n in real_compiled.deck.notes]
    assert [n.model_dump() for n in first.deck.notes] == cold
    assert [n.model_dump() for n in warm.deck.notes] == cold
    assert [(p.a.item_id, p.b.item_id, p.score, p.status) for p in warm.dupes.pairs] == [
        (p.a.item_id, p.b.item_id, p.score, p.status) for p in real_compiled.dupes.pairs
    ]


def test_settings_defaults_are_sane() -> None:
    diag = Diagnostics()
    settings = load_settings(CONTENT, diag)
    assert not diag.errors
    assert settings.suggest <= settings.auto_merge
    assert Decisions().merge == []


def test_cache_is_written_only_with_the_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    content = real_content_copy(tmp_path / "content")
    (out / "regularization.json").mkdir(parents=True)  # blocks one output: the build fails
    assert CliRunner().invoke(main, ["build", str(content), "-o", str(out)]).exit_code == 1
    assert not (out / ".cache").exists(), "a failed build writes nothing, not even the cache"
    (out / "regularization.json").rmdir()
    assert CliRunner().invoke(main, ["build", str(content), "-o", str(out)]).exit_code == 0
    cached = sorted(p.name for p in (out / ".cache").iterdir())
    assert len([c for c in cached if c.startswith("sheet-") and c.endswith(".pdf")]) == 1  # the typeset sheet
    cached = [c for c in cached if not c.startswith("sheet-")]
    assert cached == ["clean.json", f"embeddings-{default_embedder().name}.npz", "highlight.json", "items", "last-build.json", "neighbours-0.400-k20.npz", "read.json", "scores.json", "typst-math.json"]
    stamp = {p.name: p.stat().st_mtime_ns for p in (out / ".cache").iterdir()}
    assert CliRunner().invoke(main, ["build", str(content), "-o", str(out)]).exit_code == 0
    assert {p.name: p.stat().st_mtime_ns for p in (out / ".cache").iterdir()} == stamp, "nothing changed: cache untouched"


def add_source(content: Path, name: str, text: str) -> None:
    (content / "sources" / name).write_text(text, encoding="utf-8")
    with (content / "deck.toml").open("a", encoding="utf-8") as fh:
        fh.write(f'\n[[source]]\nid = "extra"\nfile = "sources/{name}"\ntitle = "Extra"\nlayout = "markdown"\n'
                 'difficulty = { from = "fixed", default = "easy" }\n')


# tests/data/paraphrased-seed-questions.md: a new document asking 8 seed questions in its own words, and 1 new one
PARAPHRASES = {
    "extra/what-does-dropout-do-during-training": "grill/what-is-dropout",
    "extra/what-is-label-smoothing": "grill/what-s-label-smoothing",
    "extra/what-is-the-bias-variance-tradeoff": "grill/what-s-the-bias-variance-trade-off",
    "extra/why-does-l1-give-sparse-weights-while-l2-does-not": "grill/why-does-l1-produce-sparse-weights-but-l2-doesn-t",
    "extra/what-is-early-stopping": "grill/what-is-early-stopping",
    "extra/what-is-elastic-net-regularization": "grill/what-s-elastic-net",
    "extra/what-is-double-descent": "grill/what-s-double-descent",
    "extra/why-do-neural-networks-need-regularization": "grill/why-do-we-need-regularization",
}


def test_a_new_document_repeating_known_questions_merges_into_the_right_notes(tmp_path: Path, real_embedder) -> None:  # type: ignore[no-untyped-def]
    """Real model, decisions.toml as committed (it knows nothing of the new document)."""
    content = copy_content(tmp_path)
    add_source(content, "extra.md", (ROOT / "tests" / "data" / "paraphrased-seed-questions.md").read_text(encoding="utf-8"))
    compiled = compile_content(content, embedder=real_embedder)
    holder = {i.item_id: n for n in compiled.deck.notes for i in n.items}
    merged = {new for new, old in PARAPHRASES.items() if holder[new] is holder[old]}
    wrong = {new for new in PARAPHRASES if len(holder[new].items) > 1 and new not in merged}
    assert not wrong, "merged into the wrong note"
    # tenth sitting: auto_merge 0.60 -> 0.65 (precision first); the one no longer merged is suggested (checked below);
    # thirty-fifth: the refitted model at the calibrated 0.80 merges 4 (6 at 0.65), the other 4 suggested
    assert len(merged) >= 4, sorted(set(PARAPHRASES) - merged)
    # the rest are surfaced: `deckc dupes` suggests each with an item of the right note
    suggested = {(p.a.item_id, p.b.item_id) for p in compiled.dupes.pairs if p.status == "suggested"}
    for new in set(PARAPHRASES) - merged:
        right = {i.item_id for i in holder[PARAPHRASES[new]].items}
        assert any({a, b} & right and new in (a, b) for a, b in suggested), new
    assert len(holder["extra/what-is-a-learning-rate-finder"].items) == 1


def test_no_open_recall_question_behind_a_quiz_front(compiled) -> None:  # type: ignore[no-untyped-def]
    for note in compiled.deck.notes:
        if note.kind is ItemKind.multiple_choice:
            assert all(i.kind is ItemKind.multiple_choice for i in note.items), note.id
    folded = [i for n in compiled.deck.notes for i in n.items[1:] if i.kind is ItemKind.multiple_choice]
    assert len(folded) == 5  # the lesson's quizzes, each beside its recall question's answer
    for note in compiled.deck.notes:
        for quiz in (i for i in note.items[1:] if i.kind is ItemKind.multiple_choice):
            assert text_html(quiz.question) in note.fields["Also"]  # the quiz's question is not lost


def test_a_later_source_does_not_replace_a_published_front(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """Issue 10: a third-party document's "What is overfitting?" must not replace "Define overfitting."."""
    content = copy_content(tmp_path)
    runner = CliRunner()
    only = ["--only", "apkg,json"]  # (what it compares: the notes and what lands in Anki)
    assert runner.invoke(main, ["build", str(content), "-o", str(tmp_path / "v1"), *only]).exit_code == 0
    add_source(content, "third.md", "# Third party\n\n**What is overfitting?**\n\n"
               "When a model fits its training data, noise included, so well that it does worse on new data.\n")
    result = runner.invoke(main, ["build", str(content), "-o", str(tmp_path / "v2"), *only])
    assert result.exit_code == 0, result.output

    def load(folder: str) -> dict:
        return {n["id"]: n for n in json.loads((tmp_path / folder / "regularization.json").read_text(encoding="utf-8"))["notes"]}

    v1, v2 = load("v1"), load("v2")
    note = v2["netdesign/define-overfitting"]
    assert "extra/what-is-overfitting" in {i["id"] for i in note["items"]}  # merged, not a second card
    for field in ("Question", "Answer"):
        assert note["fields"][field] == v1["netdesign/define-overfitting"]["fields"][field]
    assert "Also in Extra" in note["fields"]["Also"]
    diff = runner.invoke(main, ["diff", str(content)])
    assert "netdesign/define-overfitting" in diff.output and "front kept; proposed: extra/what-is-overfitting" in diff.output

    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, tmp_path / "v1" / "regularization.apkg")
        log = import_apkg(col, tmp_path / "v2" / "regularization.apkg")
        assert log.new == 0 and log.conflicting == 0
        landed = notes(col)[note["guid"]]["fields"]
        assert landed["Question"] == "Define overfitting." and landed["Answer"] == note["fields"]["Answer"]
    finally:
        col.close()

    # opting in: a [[front]] decision puts the new question on the front
    with (content / "decisions.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[front]]\nitem = "extra/what-is-overfitting"\n')
    assert runner.invoke(main, ["build", str(content), "-o", str(tmp_path / "v3")]).exit_code == 0
    assert load("v3")["netdesign/define-overfitting"]["fields"]["Question"] == "What is overfitting?"

