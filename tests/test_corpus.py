"""The corpus of real documents (tests/data/corpus/corpus.toml): the record is complete and
matches the documents, byte for byte and line for line, and each document builds with its
``[[source]]`` table alone into the hand-counted cards with the hand-checked questions and answers.

The documents themselves are not in this repository (see tests/data/corpus/README.md); tests
that need them are skipped, saying why, when the corpus folder is not there.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from compiler.diagnostics import ContentError
from compiler.model import Item
from compiler.pipeline import Compiled, compile_content

REPO = Path(__file__).resolve().parent.parent
MANIFEST = REPO / "tests" / "data" / "corpus" / "corpus.toml"
# "curl" is curl's MIT/X-style licence: use, copy, modify, distribute, keep the notice.
PERMISSIVE = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CC0-1.0", "CC-BY-4.0", "curl"}
REQUIRED = (
    "file",
    "sha256",
    "bytes",
    "lines",
    "repository",
    "path",
    "commit",
    "licence",
    "licence_file",
    "attribution",
    "subject",
    "layout",
    "questions",
    "answered",
    "seed_topics",
    "tricky",
    "pair",
    "source",
)


def _manifest() -> list[dict[str, Any]]:
    with MANIFEST.open("rb") as f:
        return tomllib.load(f)["document"]


DOCUMENTS = _manifest()


def corpus_dir() -> Path | None:
    """The folder holding the corpus documents: $DECKC_CORPUS, else ../shared/corpus beside the repo."""
    env = os.environ.get("DECKC_CORPUS")
    for candidate in ([Path(env)] if env else []) + [REPO.parent / "shared" / "corpus"]:
        if candidate.is_dir():
            return candidate
    return None


@pytest.fixture(scope="module")
def corpus() -> Path:
    found = corpus_dir()
    if found is None:
        pytest.skip(
            "corpus documents not present: set DECKC_CORPUS or provide ../shared/corpus "
            "(see tests/data/corpus/README.md)"
        )
    return found


def plain(text: str) -> str:
    """A raw Markdown/text line as plain text: tags and emphasis/code marks removed, white space collapsed."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"[*`]|(?<!\w)_+|_+(?!\w)", "", text)
    return " ".join(text.split())


_INLINE_TAG = re.compile(r"</?(?:strong|em|b|i|u|code|a|sup|sub|span|kbd|mark|s|del|ins)\b[^>]*>")


def card_text(text: str) -> str:
    """Card text (plain, or sanitized HTML) as plain text: inline tags go without a trace
    (``<strong>XHP</strong>.`` is ``XHP.``), other tags become a space, entities are decoded.
    Nothing else is touched, so ``count(*)`` and ``10 ** n`` stay as they are."""
    text = re.sub(r"<[^>]+>", " ", _INLINE_TAG.sub("", text))
    return " ".join(html.unescape(text).split())


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["file"] for d in DOCUMENTS])
def test_record_is_complete(doc: dict[str, Any]) -> None:
    assert "known_failure" not in doc or doc["known_failure"], "a known failure says why"
    missing = [key for key in REQUIRED if key not in doc]
    assert not missing, f"{doc.get('file')}: missing {missing}"
    assert doc["licence"] in PERMISSIVE
    assert re.fullmatch(r"[0-9a-f]{40}", doc["commit"])
    assert re.fullmatch(r"[0-9a-f]{64}", doc["sha256"])
    assert 0 < doc["answered"] <= doc["questions"]
    assert len(doc["pair"]) >= 3
    placeholders = sum(1 for p in doc["pair"] if p.get("placeholder"))
    assert placeholders == 0 or doc["answered"] < doc["questions"]
    if "difficulty" in doc:
        assert sum(doc["difficulty"].values()) == doc["questions"]


def test_corpus_has_different_layouts_and_subjects() -> None:
    assert len(DOCUMENTS) >= 6
    assert len({d["layout"] for d in DOCUMENTS}) == len(DOCUMENTS)
    assert any(not d["seed_topics"] for d in DOCUMENTS), "at least one document off the seed subject"
    assert sum(1 for d in DOCUMENTS if d["seed_topics"]) >= 3


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["file"] for d in DOCUMENTS])
def test_document_is_the_recorded_copy(corpus: Path, doc: dict[str, Any]) -> None:
    data = (corpus / doc["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == doc["sha256"], f"{doc['file']} differs from the published copy"
    assert len(data) == doc["bytes"]
    assert len(data.decode("utf-8").splitlines()) == doc["lines"]
    assert (corpus / doc["licence_file"]).is_file(), "the licence must travel with the document"


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["file"] for d in DOCUMENTS])
def test_pairs_point_at_their_lines(corpus: Path, doc: dict[str, Any]) -> None:
    lines = (corpus / doc["file"]).read_text(encoding="utf-8").splitlines()
    for pair in doc["pair"]:
        at = pair["line"] - 1
        assert plain(pair["question"]) in plain(lines[at]), (
            f"{doc['file']}:{pair['line']}: {pair['question']!r}"
        )
        after = plain(" ".join(lines[at + 1 : at + 40]))
        assert plain(pair["answer_has"]) in after, f"{doc['file']}:{pair['line']}: {pair['answer_has']!r}"


def _built(
    corpus: Path, doc: dict[str, Any], root: Path, configured: bool = True
) -> tuple[Compiled | None, list[str]]:
    """Build the document as a new user would: a content folder holding deck.toml = [deck] + its
    [[source]] table (or no table: the file is just dropped into sources/), and the document; the
    whole pipeline (the test stand-in embedder). Returns the compiled deck, or None and the errors."""
    content = root / "content"
    (content / "sources").mkdir(parents=True)
    shutil.copyfile(corpus / doc["file"], content / "sources" / doc["file"])
    table = doc["source"] if configured else ""
    (content / "deck.toml").write_text(f'[deck]\nname = "corpus"\n{table}', encoding="utf-8")
    try:
        return compile_content(content), []
    except ContentError as exc:
        return None, [str(d) for d in exc.diagnostics]


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Each document built once per test module, by file name."""
    cache: dict[str, tuple[Compiled | None, list[str]]] = {}

    def get(doc: dict[str, Any]) -> Compiled:
        if doc["file"] not in cache:
            cache[doc["file"]] = _built(corpus, doc, tmp_path_factory.mktemp("corpus"))
        compiled, errors = cache[doc["file"]]
        assert compiled is not None, "\n".join(errors[:5])
        return compiled

    return get


def _doc_param(doc: dict[str, Any]) -> Any:
    """A strict expected failure, with the reason, while config alone cannot read the document."""
    reason = doc.get("known_failure")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(doc, id=doc["file"], marks=marks)


def _pair_params() -> list[Any]:
    params = []
    for doc in DOCUMENTS:
        for pair in doc["pair"]:
            reason = pair.get("known_defect") or doc.get("known_failure")
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(doc, pair, id=f"{doc['file']}:{pair['line']}", marks=marks))
    return params


def answer_parts(item: Item) -> list[str]:
    """What the back of the card teaches, block by block: a multiple-choice item's correct option first."""
    parts = [c.text for c in item.choices if c.label == item.correct]
    return parts + [" ".join([b.text, *b.items]) for b in item.answer]


def answer_text(item: Item) -> str:
    return card_text(" ".join(answer_parts(item)))


@pytest.mark.parametrize("doc", [_doc_param(d) for d in DOCUMENTS])
def test_document_builds_with_config_only(built: Any, doc: dict[str, Any]) -> None:
    """No error, the hand-counted number of cards (placeholders are warned about, not carded),
    distinct ids, every note from this document."""
    compiled = built(doc)
    items = compiled.items
    assert len(items) == doc["answered"], f"{len(items)} cards, hand count {doc['answered']}"
    assert len({i.item_id for i in items}) == len(items), "item ids collide"
    placeholders = [w for w in compiled.diagnostics.warnings if "placeholder" in w.message]
    assert len(placeholders) == doc["questions"] - doc["answered"]


@pytest.mark.parametrize(("doc", "pair"), _pair_params())
def test_hand_checked_card(built: Any, doc: dict[str, Any], pair: dict[str, Any]) -> None:
    """One card asks the hand-checked question, at its line, with its answer and difficulty, and
    without page furniture (`answer_lacks`); a placeholder answer gives a warning and no card."""
    compiled = built(doc)
    want = card_text(pair["question"])
    found = [i for i in compiled.items if want in card_text(i.question)]
    found = [i for i in found if card_text(i.question) == want] or found  # "… ?" vs "… ? (Part 2)"
    where = f"{doc['file']}:{pair['line']}"
    if pair.get("placeholder"):
        assert not found, f"{where}: a placeholder answer became a card"
        near = range(pair["line"], pair["line"] + 6)
        assert any(w.line in near for w in compiled.diagnostics.warnings), (
            f"{where}: placeholder not reported"
        )
        return
    assert len(found) == 1, f"{where}: {len(found)} cards ask {pair['question']!r}"
    item = found[0]
    assert item.locator.line == pair["line"], where
    answer = answer_text(item)
    blocks = [card_text(part) for part in answer_parts(item)]
    # in one block: a paragraph split in two (or half of it shown as code) fails
    assert any(card_text(pair["answer_has"]) in b for b in blocks), f"{where}: answer {answer[:100]!r}"
    for furniture in pair.get("answer_lacks", []):
        assert furniture not in answer, f"{where}: {furniture!r} is in the answer"
    if "difficulty" in pair:
        assert item.difficulty == pair["difficulty"], where


def _auto_param(doc: dict[str, Any]) -> Any:
    reason = doc["auto"].get("known_defect")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(doc, id=doc["file"], marks=marks)


@pytest.mark.parametrize("doc", [_auto_param(d) for d in DOCUMENTS if "auto" in d])
def test_document_dropped_in_without_config(corpus: Path, doc: dict[str, Any], tmp_path: Path) -> None:
    """A file dropped into sources/ with no [[source]] table: detected, named in a warning that
    shows the table to add, the hand-counted cards, and questions without markup left in them."""
    compiled, errors = _built(corpus, doc, tmp_path, configured=False)
    assert compiled is not None, "\n".join(errors[:5])
    named = [w for w in compiled.diagnostics.warnings if "not listed in deck.toml" in w.message]
    assert len(named) == 1 and f"layout {doc['auto']['layout']!r}" in named[0].message, named
    assert "[[source]]" in str(named[0]), "the warning shows the table to add"
    assert len(compiled.items) == doc["auto"]["cards"]
    marked = [i.question for i in compiled.items if re.match(r"[#*_>`]|\d+[.)]\s", i.question)]
    assert not marked, f"markup left in questions: {marked[:3]}"
    for pair in doc["pair"]:
        if not pair.get("placeholder"):
            want = card_text(pair["question"])
            assert any(want in card_text(i.question) for i in compiled.items), pair["line"]
