"""The corpus of real documents (tests/data/corpus/corpus.toml): the record is complete and
matches the documents, byte for byte and line for line, and each document builds with its
``[[source]]`` table alone into the hand-counted cards with the hand-checked questions and answers.

The documents themselves are not in this repository (see tests/data/corpus/README.md); tests
that need them are skipped, saying why, when the corpus folder is not there.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from compiler import media
from compiler.config import load_config
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.passes import clean
from compiler.pipeline import read_sources
from compiler.read import drop_placeholders

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
    """Text with HTML tags and Markdown emphasis/code marks removed and white space collapsed."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"[*`]|(?<!\w)__|__(?!\w)", "", text)
    return " ".join(text.split())


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["file"] for d in DOCUMENTS])
def test_record_is_complete(doc: dict[str, Any]) -> None:
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


def _expect(doc: dict[str, Any]) -> Any:
    """A strict expected failure, with the reason, while config alone cannot read the document."""
    reason = doc.get("known_failure")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(doc, id=doc["file"], marks=marks)


def read_with_config(corpus: Path, doc: dict[str, Any], tmp_path: Path) -> tuple[list[Item], Diagnostics]:
    """Read the document as a new user would: a content folder with deck.toml = [deck] + its [[source]]."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    shutil.copyfile(corpus / doc["file"], content / "sources" / doc["file"])
    (content / "deck.toml").write_text(f'[deck]\nname = "corpus"\n{doc["source"]}', encoding="utf-8")
    diag = Diagnostics()
    config = load_config(content)
    _, items, _ = read_sources(content, config, diag)
    items = drop_placeholders(items, diag)  # as the pipeline does, after overrides (none here)
    items, _ = media.run(items, content, diag, {s.id: s.remote_images for s in config.source})
    return clean.run(items, diag), diag


_INLINE_TAG = re.compile(r"</?(?:strong|em|b|i|u|code|a|sup|sub|span)\b[^>]*>")


def answer_text(item: Item) -> str:
    """The answer as plain text; inline tags go without a trace (``<strong>XHP</strong>.`` is ``XHP.``)."""
    return plain(" ".join(_INLINE_TAG.sub("", " ".join([b.text, *b.items])) for b in item.answer))


@pytest.mark.parametrize("doc", [_expect(d) for d in DOCUMENTS])
def test_document_builds_with_config_only(corpus: Path, doc: dict[str, Any], tmp_path: Path) -> None:
    items, diag = read_with_config(corpus, doc, tmp_path)
    assert not diag.errors, "\n".join(str(e) for e in diag.errors[:5])
    assert len(items) == doc["answered"], f"{len(items)} cards, hand count {doc['answered']}"
    assert len({i.item_id for i in items}) == len(items), "item ids collide"
    for pair in doc["pair"]:
        found = [i for i in items if plain(pair["question"]) in plain(i.question)]
        exact = [i for i in found if plain(pair["question"]) == plain(i.question)]
        found = exact or found  # "… extreme?" and "… extreme? (Part 2)" are two questions
        where = f"{doc['file']}:{pair['line']}"
        if pair.get("placeholder"):
            assert not found, f"{where}: a placeholder answer became a card"
            near = range(pair["line"], pair["line"] + 6)
            assert any(w.line in near for w in diag.warnings), f"{where}: placeholder not reported"
            continue
        assert len(found) == 1, f"{where}: {len(found)} cards ask {pair['question']!r}"
        item = found[0]
        assert item.locator.line == pair["line"], where
        assert plain(pair["answer_has"]) in answer_text(item), f"{where}: answer {answer_text(item)[:80]!r}"
        if "difficulty" in pair:
            assert item.difficulty == pair["difficulty"], where
