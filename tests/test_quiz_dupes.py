"""Quiz banks: two multiple-choice items are one question only if their correct answers agree (trial finding 2).

The fixture (tests/data/quizbank/, written for these tests) has the shape of a public practice exam:
stems that differ by one word ("… responsibility of the tenant?" / "… of the provider?"), the same
stem with other options and another key, and one question asked twice with its options reordered.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main
from compiler.model import Choice, Item, ItemKind, Locator
from compiler.pairscore import answers_differ, correct_choices

DATA = Path(__file__).parent / "data" / "quizbank"
HTTPS = {"bank-1/which-protocol-does-a-browser-use-to-fetch-a-page-over-an",
         "bank-2/which-protocol-does-a-browser-use-to-fetch-a-page-over-an"}
TENANT_1 = "bank-1/in-the-shared-hosting-model-which-of-the-following-are-the"
TENANT_2 = "bank-2/according-to-the-shared-hosting-model-which-of-the"


def quiz(options: list[str], correct: str, question: str = "Which of the following is right?") -> Item:
    return Item(
        source="s", kind=ItemKind.multiple_choice, question=question, correct=correct,
        choices=[Choice(label="ABCDE"[n], text=t) for n, t in enumerate(options)],
        locator=Locator(file="sources/s.md", line=1), original=question,
    )


def test_quizzes_agree_only_when_their_correct_options_do() -> None:
    same = quiz(["FTP", "HTTPS", "SMTP"], "B"), quiz(["HTTPS", "Telnet", "FTP"], "A")
    assert answers_differ(*same) == ""
    assert answers_differ(quiz(["AWS Storage Gateway", "Amazon S3"], "A"), quiz(["Storage Gateway", "EBS"], "A")) == ""
    assert answers_differ(quiz(["AWS Organizations", "AWS Config"], "A"), quiz(["AWS Config", "IAM"], "A")).startswith(
        "different answers (A) AWS Organizations vs A) AWS Config)")
    assert answers_differ(quiz(["Amazon S3 Glacier", "EBS"], "A"), quiz(["Amazon S3 Standard", "EBS"], "A"))
    # the same options keyed differently ("which is …" vs "which is NOT …") are two questions
    assert answers_differ(quiz(["S3 Glacier Deep Archive", "S3 Glacier"], "A"), quiz(["S3 Glacier Deep Archive", "S3 Glacier"], "B"))
    # several correct options ("Choose TWO"): the sets must agree
    assert [c.label for c in correct_choices(quiz(["a", "b", "c", "d"], "B,D"))] == ["B", "D"]
    two = ["Setting password rules", "Cooling the server rooms", "Configuring firewall rules"]
    assert answers_differ(quiz(two, "A,C"), quiz(list(reversed(two)), "A,C")) == ""
    assert answers_differ(quiz(two, "A,C"), quiz(two, "A,B"))
    # a recall question and a quiz are judged by the score alone
    recall = Item(source="s", question="Which port?", answer=[], locator=Locator(file="f", line=1), original="", skip="x")
    assert answers_differ(recall, same[0]) == ""


def drop_bank(tmp: Path, decisions: str = "") -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    for name in ("bank-1.md", "bank-2.md"):
        (content / "sources" / name).write_bytes((DATA / name).read_bytes())
    tables = "".join(
        f'\n[[source]]\nid = "{n}"\nfile = "sources/{n}.md"\ntitle = "{n}"\nlayout = "numbered"\n' for n in ("bank-1", "bank-2")
    )
    (content / "deck.toml").write_text(f'[deck]\nname = "Bank"\n{tables}', encoding="utf-8")
    if decisions:
        (content / "decisions.toml").write_text(decisions, encoding="utf-8")
    return content


def test_quizzes_with_different_answers_are_never_merged(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """Real model: the look-alike stems score as one question (up to 1.00, 'same wording'), yet stay apart."""
    content = drop_bank(tmp_path)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = result.compiled.deck.notes
    merged = [{i.item_id for i in n.items} for n in notes if len(n.items) > 1]
    assert merged == [HTTPS]  # the one question asked twice (options reordered) still merges
    assert len(notes) == 6
    pairs = {frozenset((p.a.item_id, p.b.item_id)): p for p in result.compiled.dupes.pairs}
    tenant = pairs[frozenset((TENANT_1, TENANT_2))]
    assert tenant.score >= 0.9 and tenant.status == "suggested"  # the score alone would merge it: shown, not merged
    assert tenant.reason.startswith("different answers (D) Setting password rules")
    # the same-wording floor says what is really alike: the stems differ in their first words
    assert tenant.evidence.startswith('near-identical wording (q 0.9'), tenant.evidence
    assert 'differs only in "In" vs "According to"' in tenant.evidence
    differing = [p for p in result.compiled.dupes.pairs if p.reason.startswith("different answers")]
    assert len(differing) >= 4 and all(p.status in ("suggested", "kept-apart") for p in differing)
    # every option of every item is on a card
    manifest = json.loads((tmp_path / "build" / "bank.json").read_text(encoding="utf-8"))
    options = " ".join(n["fields"]["Options"] for n in manifest["notes"])
    assert "Encrypting the tenant" in options and "Setting password rules" in options

    out = ["-o", str(tmp_path / "build")]
    toml = CliRunner().invoke(main, ["dupes", str(content), "--toml", *out])
    assert toml.exit_code == 0, toml.output
    decided = tomllib.loads(toml.output)
    assert "merge" not in decided  # each suggestion is guessed apart, whatever its score
    assert [TENANT_1, TENANT_2] in [t["items"] for t in decided["keep_apart"]]
    assert "# score 1.00, different answers (D) Setting password rules" in toml.output
    # the header names the exception to its score rule
    assert "# Two quizzes keyed to different answers (" in toml.output


def test_a_quiz_merged_into_a_quiz_keeps_its_options(tmp_path: Path) -> None:
    """A human merge of two quizzes folds one into the other: its question, all its options (a list, the
    correct one marked as on a quiz's back: one ' · ' run was unreadable at 400 px, learner4 N37) and its
    explanation stay on the back."""
    content = drop_bank(tmp_path, f'[[merge]]\nitems = ["{TENANT_1}", "{TENANT_2}"]\nwhy = "test"\n')
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    note = next(n for n in result.compiled.deck.notes if len(n.items) == 2 and n.primary.item_id == TENANT_1)
    back = note.fields["Explanation"]
    assert '<p class="also-quiz">According to the shared hosting model' in back
    assert '<div class="reveal also-options"><div class="options"><ol><li><span class="label">A)</span> Keeping' in back
    assert "<li class=\"correct\"><span class=\"label\">B)</span> Encrypting the tenant's data before upload." in back
    assert '<span class="label">E)</span> Patching the applications the tenant installs.' in back
    assert " · " not in back


FIXED = "# Mine\n\n## What is a subnet mask for?\n\nIt splits an IP address into network and host parts.\n\n## What does DHCP do?\n\nIt hands out IP addresses.\n"
LABELLED = (
    "Q: What is a subnet mask used for? 👶\nA: Telling the network part of an address from the host part.\n\n"
    "Q: What does NAT do? 🚀\nA: It rewrites addresses at a router.\n\n"
    "Q: What does DNS translate? 👶\nA: Host names into IP addresses.\n"
)


def test_pasting_the_printed_table_keeps_a_merged_notes_difficulty(tmp_path: Path) -> None:
    """Trial finding 3: a note merged from a listed fixed-level source and an unlisted labelled one gets the
    level the printed table would give it, so pasting the table changes no card."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "mine.md").write_text(FIXED, encoding="utf-8")
    (content / "sources" / "theirs.txt").write_text(LABELLED, encoding="utf-8")
    listed = '[deck]\nname = "Mine"\n\n[[source]]\nid = "mine"\nfile = "sources/mine.md"\ntitle = "Mine"\nlayout = "markdown"\n'
    listed += 'difficulty = { from = "fixed", default = "medium" }\n'
    (content / "deck.toml").write_text(listed, encoding="utf-8")
    (content / "decisions.toml").write_text(
        '[[merge]]\nitems = ["mine/what-is-a-subnet-mask-for", "theirs/what-is-a-subnet-mask-used-for"]\n', encoding="utf-8"
    )
    first = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert first.compiled is not None
    [warning] = [w for w in first.compiled.diagnostics.warnings if "not listed in deck.toml" in w.message]
    assert 'from = "label"' in warning.snippet
    merged = next(n for n in first.compiled.deck.notes if len(n.items) == 2)
    assert merged.difficulty is not None and merged.difficulty.value == "easy"  # the label, not the other's default
    (content / "deck.toml").write_text(f"{listed}\n{warning.snippet}\n", encoding="utf-8")
    second = build(content, tmp_path / "build", formats=("json",), now=2_000)
    assert second.summary.totals == {"new": 0, "updated": 0, "unchanged": first.summary.notes, "retired": 0}
