"""Sixtieth sitting, fixes: open findings of earlier trials fixed as general mechanisms (docs/trials/trial59.md):
a task of several paragraphs, a list or a ``Note:`` over its ``### Solution`` heading is one card (T59-2's rest)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.dupes_report import to_decide
from compiler.passes.dedupe import SIBLING_TERMS

DATA = Path(__file__).parent / "data" / "sitting60" / "fixes"


# --- T59-2's remaining tasks: a long task over its solution heading ----------------------------------------------------


def test_a_long_task_with_a_list_and_a_note_is_one_card_over_its_solution(tmp_path: Path) -> None:
    """T59-2 (the 9 CKA tasks left open): ``## (*02.02*) SECTION: STORAGE`` / a rule / the task in seven blocks or more
    (its command, paragraphs, a list, ``Note: …``) / ``### Solution`` / a rule / the solution. Before: two cards a task,
    the task the back of its own heading's card and the solution a card fronted '(02.02) SECTION: STORAGE › Solution'
    (an answer label was seen only under six blocks of text at most). Now one card a task: the whole task, its list and
    note included, on the front, the solution on the back; the short task as before."""
    notes, _, _ = built_notes(tmp_path, {"tasks.md": DATA / "long-task-solutions.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 3, fronts
    assert fronts[0] == (
        "Switch to the right cluster first: kubectl config use-context lab2 A pod called web-frontend runs in the shop "
        "namespace and is exposed by a ClusterIP service called web-svc. Another pod called probe-client checks the service "
        "every few seconds with curl. Lately the probe-client logs show connection errors. Find the cause and fix it so that "
        "the probe succeeds again. Note: you cannot reach the service from your own machine, but you can exec into "
        "web-frontend. (02.01) SECTION: TROUBLESHOOTING"
    ), fronts[0]
    assert note_back(notes[0]) == (
        "The service's targetPort is 8080 while nginx listens on 80: edit the service with kubectl edit svc web-svc -n shop "
        "and set targetPort to 80."
    )
    assert fronts[1] == (
        "Switch to the right cluster first: kubectl config use-context lab1 A storage class called fast-local was created "
        "earlier. Use it to create a persistent volume called cache-pv with these settings: Capacity 200Mi. The volume type is "
        "hostPath, at the path /opt/cache. It has the label tier: gold. Then create a persistent volume claim called cache-pvc "
        "that asks for 100Mi of that volume. Note: the directory /opt/cache already exists on the node. (02.02) SECTION: STORAGE"
    ), fronts[1]
    assert note_back(notes[1]) == "Write both objects in one manifest with storageClassName fast-local, then run kubectl apply -f cache.yaml."
    assert fronts[2] == "Scale the deployment api to five replicas. (02.03) SECTION: WORKLOADS"
    assert note_back(notes[2]) == "Run kubectl scale deployment api --replicas=5."
    assert not any("Solution" in f for f in fronts), fronts


# --- T59-5: a notes page's bold terms over a picture or a sub-bullet; its references list ------------------------------


def test_bold_terms_with_a_picture_or_sub_bullet_under_them_are_term_cards(tmp_path: Path) -> None:
    """T59-5 (medium): a nursing notes page read as numbered items, ``3. **Pulse Deficit**: the difference …`` over
    ``![[pulse_deficit.png]]`` and ``4. **Dysrhythmia**: a pulse …`` over a sub-bullet. Before: 'Pulse Deficit: the
    difference between …' (the whole definition) on the front, the picture alone its back; 'Dysrhythmia: …' over its
    sub-bullet alike; the picture's Obsidian embed printed raw. Now the term on the front, the definition and what
    follows it on the back, as its siblings without a picture already were, the embed a picture (here its name: the
    file is not in the deck)."""
    notes, _, _ = built_notes(tmp_path, {"pulse.md": DATA / "pulse-notes.md"}, '[[source]]\nid = "pulse"\nfile = "sources/pulse.md"\nlayout = "numbered"\n')
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Pulse Deficit"] == (
        "the difference between the apical and the radial pulse rates, counted at the same time by two nurses. [image: pulse_deficit.png]"
    ), cards
    assert cards["Dysrhythmia"] == (
        "a pulse with an irregular rhythm, its beats at uneven intervals. An irregular pulse is counted for a full minute, "
        "never for thirty seconds times two."
    ), cards
    assert cards["Tachycardia"] == "a pulse rate above 100 beats per minute in an adult."
    # (a sentence with a bold word in it is no term: its sub-bullet stays its answer)
    assert cards["In Infants, the apical pulse is assessed, as the radial pulse is hard to feel."] == (
        "The rate is counted for a full minute while the infant is quiet."
    )


def test_a_references_list_is_no_card_and_said_once(tmp_path: Path) -> None:
    """T59-5: ``**References**:`` over ``1. **Taylor's Clinical Nursing Skills: A Nursing Process Approach**, 5th
    Edition, …`` and a second book. Before: two cards, 'Taylor's Clinical Nursing Skills' -> 'A Nursing Process
    Approach, 5th Edition …' and the second book fronting the page's first paragraph and its whole factors list (whose
    four terms were on no card of their own). Now no card of a citation, one message naming the list, and the factors
    list a term card each."""
    notes, _, messages = built_notes(tmp_path, {"pulse.md": DATA / "pulse-notes.md"}, '[[source]]\nid = "pulse"\nfile = "sources/pulse.md"\nlayout = "numbered"\n')
    fronts = [note_front(n) for n in notes]
    assert fronts[:4] == ["Age", "Exercise", "Fever", "Medications"], fronts
    assert not any("Nursing" in f or "Edition" in f for f in fronts), fronts
    said = [m for m in messages if "references" in m]
    assert said == [
        "sources/pulse.md:7: warning: 2 entries under 'References' (a list of references) are in no card (to learn from "
        "them, write what they teach as questions, or leave them)"
    ], said
    assert len(notes) == 12, fronts


# --- record lines of named fields between bars ------------------------------------------------------------------------


def test_record_lines_of_named_fields_between_bars(tmp_path: Path) -> None:
    """``Drug: Metoprolol | Class: beta blocker | Use: hypertension, angina``, a record a line, the same field names each
    line, no header. Before: layout 'pattern' guessed from how the lines start, cards 'Metoprolol | Class' -> 'beta
    blocker | Use: hypertension, angina' (the bars and the next field's name on both sides). Now read as columns between
    bars: the first field's value the front, the other fields labelled on the back, the field names said once, in the
    layout's summary."""
    notes, _, messages = built_notes(tmp_path, {"drugs.txt": DATA / "drug-records.txt"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("Metoprolol", "Class: beta blocker Use: hypertension, angina"),
        ("Lisinopril", "Class: ACE inhibitor Use: hypertension, heart failure"),
        ("Furosemide", "Class: loop diuretic Use: edema, heart failure"),
        ("Warfarin", "Class: anticoagulant Use: atrial fibrillation, DVT"),
        ("Atorvastatin", "Class: statin Use: high cholesterol"),
    ], cards
    named = [m for m in messages if "Drug | Class | Use" in m]
    assert len(named) == 1 and "read as layout 'delimited' (5 items; 5 records of 3 named fields between bars (Drug | Class | Use))" in named[0], messages


def test_named_field_records_under_a_header_line_of_their_names(tmp_path: Path) -> None:
    """The same records under the user's own header line ``Bone | Region | Fact`` (a Markdown file). Before: cards
    'Femur | Region' -> 'thigh | Fact: …', the header line a question. Now the header names the columns and is no card."""
    notes, _, _ = built_notes(tmp_path, {"bones.md": DATA / "bone-records.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("Femur", "Region: thigh Fact: the longest bone of the body"),
        ("Stapes", "Region: middle ear Fact: the smallest bone, it passes sound to the inner ear"),
        ("Scapula", "Region: shoulder Fact: the shoulder blade, joined to the humerus"),
    ], cards


def test_a_table_written_with_bars_alone_under_its_header(tmp_path: Path) -> None:
    """``Pathogen | Kind | Disease`` over ``Plasmodium falciparum | protozoan | malaria`` … in a .txt (no Markdown table
    rule). Before: "cannot tell this document's layout", no card (commas in some cells made the comma the separator).
    Now a card a row, the header naming the columns (said once)."""
    notes, _, messages = built_notes(tmp_path, {"pathogens.txt": DATA / "pathogen-table.txt"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards[2] == ("Varicella zoster", "Kind: virus Disease: chickenpox, shingles"), cards
    assert len(cards) == 4
    assert sum("(Pathogen | Kind | Disease)" in m for m in messages) == 1, messages


# --- a vocabulary list aligned with spaces, one term longer than its column -------------------------------------------


def test_aligned_vocabulary_with_a_term_longer_than_its_column(tmp_path: Path) -> None:
    """``perro           dog`` … with ``el ornitorrinco platypus`` and ``el pájaro carpintero woodpecker`` among them
    (terms as long as the column or longer, a single space after them). Before: both lines glued onto 'butterfly' as the
    wrapped end of its meaning ('la mariposa' -> 'butterfly el ornitorrinco platypus el pájaro carpintero woodpecker'),
    two words on no card. Now every row a card, the long ones split where the term ends past the column."""
    notes, _, _ = built_notes(tmp_path, {"animales.txt": DATA / "aligned-spanish.txt"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("perro", "dog"),
        ("gato", "cat"),
        ("caballo", "horse"),
        ("la mariposa", "butterfly"),
        ("el ornitorrinco", "platypus"),
        ("el pájaro carpintero", "woodpecker"),
        ("el murciélago", "bat"),
        ("la golondrina", "swallow"),
        ("el hipopótamo pigmeo", "pygmy hippopotamus"),
        ("el cocodrilo", "crocodile"),
    ], cards


def test_aligned_vocabulary_split_before_the_word_its_meanings_open_with(tmp_path: Path) -> None:
    """``der Hund             the dog`` … under a title, with ``das Flusspferd the hippopotamus`` (misaligned, one
    space) and ``das Spitzmaulnashorn the black rhinoceros`` (longer than the column). Before: both glued onto 'the bat'.
    Now a card each, split before 'the', the word most of the list's meanings open with; the title no card."""
    notes, _, _ = built_notes(tmp_path, {"tiere.txt": DATA / "aligned-vocabulary.txt"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert len(cards) == 11, cards
    assert cards[6:9] == [
        ("die Fledermaus", "the bat"),
        ("das Flusspferd", "the hippopotamus"),
        ("das Spitzmaulnashorn", "the black rhinoceros"),
    ], cards
    assert cards[5] == ("der Buntspecht", "the great spotted woodpecker"), cards


# --- T59-7: deckc dupes and the sibling terms of one list ------------------------------------------------------------


def test_dupes_ranks_sibling_terms_of_one_list_below_the_pairs_to_decide(tmp_path: Path, real_model: object) -> None:
    """T59-7 (low): a list of fever patterns, a term and its definition a line. Before: 'Intermittent fever' /
    'Constant fever' and 'Sustained fever' / 'Fever spikes' offered as pairs to decide (three to decide, reason 'same
    source'). Now they are listed after the pairs to decide, kept apart for sure ('two terms of one list in one document,
    defined otherwise'); 'Constant fever' / 'Sustained fever', defined in the same words, is still the one to decide."""
    result = build(deck_of(tmp_path, {"fevers.txt": DATA / "fever-patterns.txt"}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.dupes is not None
    report = result.compiled.dupes
    decide, sure, _ = to_decide(report.pairs, 0.0)
    assert [(p.a.question, p.b.question) for p in decide] == [("Constant fever", "Sustained fever")], decide
    assert {(p.a.question, p.b.question) for p in sure} >= {("Intermittent fever", "Constant fever")}, sure
    assert all(p.reason == SIBLING_TERMS for p in sure), [p.reason for p in sure]
