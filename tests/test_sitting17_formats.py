"""Seventeenth sitting, formats: quiz packages and LMS pages read as the cards they teach. Fixtures written here in
the formats' shapes (QTI 2.1 / 3.0 items, a content package zip)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[list[dict], list[dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes, skipped items and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items] if hasattr(result, "diagnostics") else result
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest["notes"], manifest["skipped"], [d.text() for d in result.compiled.diagnostics.items]


def _front(note: dict) -> str:  # type: ignore[type-arg]
    return note["fields"].get("Question") or note["fields"].get("Front") or note["fields"].get("Text") or ""


def _back(note: dict) -> str:  # type: ignore[type-arg]
    return note["fields"].get("Correct") or note["fields"].get("Answer") or note["fields"].get("Back") or ""


# --- T17-19: IMS QTI 2.1 packages ----------------------------------------------------------------------------------

_NS = 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"'


def _item(ident: str, declarations: str, body: str, extra: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<assessmentItem {_NS} identifier="{ident}" title="{ident}" adaptive="false" '
        f'timeDependent="false">\n{declarations}\n  <itemBody>\n{body}\n  </itemBody>\n{extra}</assessmentItem>\n'
    )


CHOICE = _item(
    "planet",
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">\n'
    "    <correctResponse><value>ChoiceB</value></correctResponse>\n  </responseDeclaration>",
    "    <p>Mars has two small moons.</p>\n"
    '    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">\n'
    "      <prompt>Which planet is called the Red Planet?</prompt>\n"
    '      <simpleChoice identifier="ChoiceA">Venus</simpleChoice>\n'
    '      <simpleChoice identifier="ChoiceB">Mars</simpleChoice>\n'
    '      <simpleChoice identifier="ChoiceC">Jupiter</simpleChoice>\n'
    "    </choiceInteraction>",
    '  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="correct" showHide="show">Iron oxide makes it red.</modalFeedback>\n'
    '  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="incorrect" showHide="show">Try again.</modalFeedback>\n',
)
MULTIPLE = _item(
    "primes",
    '  <responseDeclaration identifier="R1" cardinality="multiple" baseType="identifier">\n'
    "    <correctResponse><value>A</value><value>C</value></correctResponse>\n  </responseDeclaration>",
    '    <choiceInteraction responseIdentifier="R1" maxChoices="0"><prompt>Which numbers are prime?</prompt>\n'
    '      <simpleChoice identifier="A">7</simpleChoice><simpleChoice identifier="B">9</simpleChoice>\n'
    '      <simpleChoice identifier="C">11</simpleChoice><simpleChoice identifier="D">15</simpleChoice>\n'
    "    </choiceInteraction>",
)
TEXT_ENTRY = _item(
    "gas",
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">\n'
    "    <correctResponse><value>Helium</value></correctResponse>\n"
    '    <mapping defaultValue="0"><mapEntry mapKey="Helium" mappedValue="1"/><mapEntry mapKey="He" mappedValue="1"/>'
    '<mapEntry mapKey="Neon" mappedValue="0"/></mapping>\n  </responseDeclaration>',
    '    <p>The lightest noble gas is\n      <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/>.</p>',
)
ESSAY = _item(
    "seasons",
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>',
    '    <extendedTextInteraction responseIdentifier="RESPONSE"><prompt>Explain why the seasons change.</prompt>'
    "</extendedTextInteraction>",
)
GRADED_ESSAY = _item(
    "tides",
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>',
    '    <rubricBlock view="scorer"><p>The Moon\'s gravity pulls the oceans.</p></rubricBlock>\n'
    '    <extendedTextInteraction responseIdentifier="RESPONSE"><prompt>What causes the tides?</prompt>'
    "</extendedTextInteraction>",
)
INLINE = _item(
    "battle",
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">\n'
    "    <correctResponse><value>Y</value></correctResponse>\n  </responseDeclaration>",
    "    <p>Richard III was defeated at the Battle of\n"
    '      <inlineChoiceInteraction responseIdentifier="RESPONSE"><inlineChoice identifier="G">Barnet</inlineChoice>'
    '<inlineChoice identifier="Y">Bosworth</inlineChoice><inlineChoice identifier="R">Tewkesbury</inlineChoice>'
    "</inlineChoiceInteraction> in 1485.</p>",
)
MATCH = _item(
    "capitals",
    '  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">\n'
    "    <correctResponse><value>F P</value><value>I R</value></correctResponse>\n  </responseDeclaration>",
    '    <matchInteraction responseIdentifier="RESPONSE"><prompt>Match each country to its capital.</prompt>\n'
    '      <simpleMatchSet><simpleAssociableChoice identifier="F">France</simpleAssociableChoice>'
    '<simpleAssociableChoice identifier="I">Italy</simpleAssociableChoice></simpleMatchSet>\n'
    '      <simpleMatchSet><simpleAssociableChoice identifier="R">Rome</simpleAssociableChoice>'
    '<simpleAssociableChoice identifier="P">Paris</simpleAssociableChoice></simpleMatchSet>\n'
    "    </matchInteraction>",
)
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M1">
  <resources>
    <resource identifier="T" type="imsqti_test_xmlv2p1" href="tests/test.xml"><file href="tests/test.xml"/></resource>
    <resource identifier="I9" type="imsqti_item_xmlv2p1" href="items/seasons.xml"><file href="items/seasons.xml"/></resource>
    <resource identifier="I1" type="imsqti_item_xmlv2p1" href="items/planet.xml"><file href="items/planet.xml"/></resource>
  </resources>
</manifest>
"""
TEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest {_NS} identifier="T" title="Science">
  <testPart identifier="P" navigationMode="linear" submissionMode="individual">
    <assessmentSection identifier="S1" title="Astronomy" visible="true">
      <assessmentItemRef identifier="I2" href="../items/primes.xml"/>
      <assessmentItemRef identifier="I1" href="../items/planet.xml"/>
    </assessmentSection>
    <assessmentSection identifier="S2" title="Chemistry" visible="true">
      <assessmentItemRef identifier="I3" href="../items/gas.xml"/>
    </assessmentSection>
  </testPart>
</assessmentTest>
"""


def _package(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return path


def test_a_qti21_package_gives_a_card_per_item_keyed_by_its_correct_response(tmp_path: Path) -> None:
    """trial17 T17-19: a QTI 2.1 package (a zip: imsmanifest.xml, an assessmentTest, one assessmentItem per file) was
    'not read'; each item is a card now, in the test's order, the correctResponse keyed, its sections kept."""
    zipped = _package(
        tmp_path / "quiz.zip",
        {"imsmanifest.xml": MANIFEST, "tests/test.xml": TEST, "items/planet.xml": CHOICE, "items/primes.xml": MULTIPLE,
         "items/gas.xml": TEXT_ENTRY, "items/seasons.xml": ESSAY, "items/tides.xml": GRADED_ESSAY,
         "items/battle.xml": INLINE, "items/capitals.xml": MATCH},
    )  # fmt: skip
    notes, _, said = _built(tmp_path, {"quiz.zip": zipped})
    by_front = {_front(n): n for n in notes}
    fronts = list(by_front)
    assert fronts[:3] == ["Which numbers are prime?", "<p>Mars has two small moons.</p>Which planet is called the Red Planet?",
                          "The lightest noble gas is _____."], fronts  # fmt: skip
    planet = by_front[fronts[1]]
    assert planet["kind"] == "multiple_choice" and planet["fields"]["Correct"] == "B) Mars"
    assert "Iron oxide makes it red." in planet["fields"]["Explanation"] and "Try again" not in planet["fields"]["Explanation"]
    assert by_front["Which numbers are prime?"]["fields"]["Correct"] == "A) 7<br>C) 11"
    assert by_front["Which numbers are prime?"]["fields"]["Section"] == "Astronomy"
    gas = by_front["The lightest noble gas is _____."]
    assert gas["fields"]["Section"] == "Chemistry" and gas["fields"]["Answer"] == "<p>Helium</p><p>Also accepted: He</p>"
    assert _back(by_front["Richard III was defeated at the Battle of _____ in 1485."]) == "B) Bosworth"
    assert "Moon" in _back(by_front["What causes the tides?"])
    matched = _back(next(n for f, n in by_front.items() if f.startswith("Match each country")))
    assert "France → Paris" in matched and "Italy → Rome" in matched
    assert len(notes) == 6, fronts
    essay = [s for s in said if "seasons.xml" in s]
    assert len(essay) == 1 and "quiz.zip:1:" in essay[0] and "items/seasons.xml, line 5" in essay[0] and "essay" in essay[0]


def test_one_qti_item_file_and_qti3_kebab_case_are_read(tmp_path: Path) -> None:
    """A lone item file (an unzipped package) and a QTI 3.0 item (qti-assessment-item, kebab-case) are read alike."""
    qti3 = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" '
        'identifier="q" title="q">\n  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">\n'
        "    <qti-correct-response><qti-value>B</qti-value></qti-correct-response>\n  </qti-response-declaration>\n"
        '  <qti-item-body>\n    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">\n'
        "      <qti-prompt>Which gas do plants take in?</qti-prompt>\n"
        '      <qti-simple-choice identifier="A">Oxygen</qti-simple-choice>\n'
        '      <qti-simple-choice identifier="B">Carbon dioxide</qti-simple-choice>\n'
        "    </qti-choice-interaction>\n  </qti-item-body>\n</qti-assessment-item>\n"
    )
    notes, _, said = _built(tmp_path, {"planet.xml": CHOICE, "plants.xml": qti3})
    keyed = {_front(n).split("</p>")[-1]: n["fields"]["Correct"] for n in notes}
    assert keyed == {"Which planet is called the Red Planet?": "B) Mars", "Which gas do plants take in?": "B) Carbon dioxide"}, said


def test_a_canvas_qti12_export_zip_and_a_zip_of_no_quiz(tmp_path: Path) -> None:
    """Canvas' 'Export quiz' zip (imsmanifest.xml, a folder holding the QTI 1.2 quiz and assessment_meta.xml) is read
    as its quiz; a zip of other files is a warning naming it, the rest of the deck built."""
    qti12 = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
  <assessment ident="g1" title="Quiz"><section ident="root_section">
    <item ident="i1" title="Question">
      <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>multiple_choice_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
      <presentation><material><mattext texttype="text/html">&lt;p&gt;What is 2 + 2?&lt;/p&gt;</mattext></material>
        <response_lid ident="response1" rcardinality="Single"><render_choice>
          <response_label ident="a1"><material><mattext texttype="text/plain">3</mattext></material></response_label>
          <response_label ident="a2"><material><mattext texttype="text/plain">4</mattext></material></response_label>
        </render_choice></response_lid></presentation>
      <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
        <respcondition continue="No"><conditionvar><varequal respident="response1">a2</varequal></conditionvar>
          <setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
    </item>
  </section></assessment>
</questestinterop>
"""
    meta = '<?xml version="1.0" encoding="UTF-8"?>\n<quiz xmlns="http://canvas.instructure.com/xsd/cccv1p0" identifier="g1"><title>Quiz</title></quiz>\n'
    canvas = _package(tmp_path / "canvas.zip", {"imsmanifest.xml": MANIFEST.replace("tests/test.xml", "g1/g1.xml"), "g1/g1.xml": qti12, "g1/assessment_meta.xml": meta})
    other = _package(tmp_path / "photos.zip", {"a.txt": "hello"})
    notes, _, said = _built(tmp_path, {"canvas.zip": canvas, "photos.zip": other})
    assert [(_front(n), n["fields"]["Correct"]) for n in notes] == [("What is 2 + 2?", "B) 4")]
    assert any("photos.zip" in s and "no quiz" in s for s in said), said


def test_a_qti_order_interaction_teaches_its_order_on_one_line(tmp_path: Path) -> None:
    """trial18 T18-9 (the IMS QTI 2.1 reference items): an orderInteraction's right order, written as a numbered list,
    was read as questions ('question has no answer'); it is the answer of its one card."""
    order = _item(
        "order",
        '  <responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">\n'
        "    <correctResponse><value>C</value><value>A</value><value>B</value></correctResponse>\n  </responseDeclaration>",
        '    <orderInteraction responseIdentifier="RESPONSE"><prompt>Put the planets in order from the Sun.</prompt>\n'
        '      <simpleChoice identifier="A">Venus</simpleChoice><simpleChoice identifier="B">Earth</simpleChoice>\n'
        '      <simpleChoice identifier="C">Mercury</simpleChoice></orderInteraction>',
    )
    notes, skipped, said = _built(tmp_path, {"order.xml": order})
    assert [(_front(n), _back(n)) for n in notes] == [("Put the planets in order from the Sun.", "<p>Mercury → Venus → Earth</p>")]
    assert not skipped and not any("no answer" in s for s in said), said


# --- trial18: edX (OLX) problems -----------------------------------------------------------------------------------

OLX_TABLE = """<problem display_name="Dropdowns in a table">
  <p>For each invention, name its inventor and the inventor's country.</p>
  <table border="1">
    <tr><th>Invention</th><th>Inventor</th><th>Country</th></tr>
    <tr>
      <td><b>Telephone</b></td>
      <td><optionresponse><optioninput options="('Bell','Edison','Tesla')" correct="Bell"/></optionresponse></td>
      <td><optionresponse><optioninput options="('Scotland','USA','Serbia')" correct="Scotland"/></optionresponse></td>
    </tr>
    <tr>
      <td><b>Phonograph</b></td>
      <td><optionresponse><optioninput options="('Bell','Edison','Tesla')" correct="Edison"/></optionresponse></td>
      <td><optionresponse><optioninput options="('Scotland','USA','Serbia')" correct="USA"/></optionresponse></td>
    </tr>
  </table>
</problem>
"""
OLX_INSIDE = """<problem display_name="Numerical">
  <numericalresponse answer="2">
    <p>Use the quadratic formula<clarification>a reminder</clarification> to find the roots of \\(x^2 - 3x + 2 = 0\\). Input the higher root.</p>
    <description>Full marks for the higher root.</description>
    <formulaequationinput/>
  </numericalresponse>
  <solution><div class="detailed-solution"><p>Explanation</p><p>The roots are 2 and 1.</p></div></solution>
</problem>
"""
OLX_LABELLED = """<problem>
  <p>Text input problems can also be used for short questions.</p>
  <stringresponse answer="Paris" type="ci">
    <label>What is the capital of France?</label>
    <textline size="20"/>
  </stringresponse>
</problem>
"""


def test_edx_dropdowns_in_a_table_ask_their_row_and_column(tmp_path: Path) -> None:
    """trial18 T18-6 (severe): a table of optionresponse drop-downs gave one card per drop-down that all shared one front,
    the whole table with its raw <optioninput … correct="…"> tags (every key on the front). Each drop-down asks its row's
    label and its column's head, the text above the table over it; its label is the question, text over it its context
    (T18-8: a <label> was lost under the text before it, and text inside the response was not read)."""
    notes, _, said = _built(tmp_path, {"table.xml": OLX_TABLE, "inside.xml": OLX_INSIDE, "labelled.xml": OLX_LABELLED})
    got = {_front(n): _back(n) for n in notes}
    intro = "<p>For each invention, name its inventor and the inventor's country.</p>"
    assert got[intro + "Telephone — Inventor"] == "A) Bell" and got[intro + "Telephone — Country"] == "A) Scotland"
    assert got[intro + "Phonograph — Inventor"] == "B) Edison" and got[intro + "Phonograph — Country"] == "B) USA"
    assert not any("optioninput" in f or "correct=" in f for f in got), got
    assert got["<p>Text input problems can also be used for short questions.</p>What is the capital of France?"] == "<p>Paris</p>"
    numerical = next(f for f in got if "quadratic formula" in f)
    assert "reminder" not in numerical and "Full marks" not in numerical and got[numerical].startswith("<p>2</p>")
    assert not any("same question" in s for s in said), said


OLX_HINTS = """<problem display_name="Checkboxes with hints">
<choiceresponse>
  <label>Which of these facts are true?</label>
  <checkboxgroup>
    <choice correct="false">Bats are blind
      <choicehint selected="true">Bats see well.</choicehint>
    </choice>
    <choice correct="true">Oxford is older than the Aztec Empire
      <choicehint selected="false">Oxford was founded in 1096.</choicehint>
    </choice>
  </checkboxgroup>
  <compoundhint value="A B">Not both.</compoundhint>
</choiceresponse>
</problem>
"""


def test_edx_choice_hints_are_feedback_not_option_text(tmp_path: Path) -> None:
    """trial18 T18-7 (high): <choicehint> printed as raw tags inside every option and the key. A choice's hints are its
    feedback on the back, the option and key its text alone."""
    notes, _, _ = _built(tmp_path, {"hints.xml": OLX_HINTS})
    (note,) = notes
    assert note["fields"]["Correct"] == "B) Oxford is older than the Aztec Empire"
    assert "hint" not in note["fields"]["Options"] and "Bats see well" not in note["fields"]["Options"]
    assert "Bats are blind: Bats see well." in note["fields"]["Explanation"]
    assert "Oxford is older than the Aztec Empire: Oxford was founded in 1096." in note["fields"]["Explanation"]


OLX_PATTERNS = {
    "reflect.xml": """<problem><p>Text input can hold reflections.</p>
<stringresponse answer=".*." type="ci regexp"><label>What other uses can you think of?</label><textline size="120"/></stringresponse>
</problem>
""",
    "bubble.xml": """<problem><stringresponse answer="..bble" type="ci regexp">
  <label>Enter a 6-letter word that ends with -BBLE.</label><textline size="20"/>
</stringresponse></problem>
""",
    "scripted.xml": """<problem><p>Solve the following equation:</p>
<script type="loncapa/python">
x = random.randint(0, 20)
y = random.randint(0, 20)
z = x + y
</script>
<p>Let x = $x and y = $y. What is the value of (x + y)?</p>
<numericalresponse answer="$z"><responseparam type="tolerance" default="0.01%"/><textline size="10"/></numericalresponse>
</problem>
""",
}


def test_edx_patterns_and_script_values_are_not_taught_as_answers(tmp_path: Path) -> None:
    """trial18 T18-8 (high): a regexp answer ('.*.', '..bble') was taught as the answer's text and a script's '$z' as a
    number; a plain numerical problem whose text stood inside the response was 'not read … export it as GIFT from
    Moodle'. A pattern that accepts anything is a warning (nothing to learn), another one says it is a pattern; values a
    <script> sets are a warning naming them; the messages name edX."""
    notes, _, said = _built(tmp_path, {**OLX_PATTERNS, "inside.xml": OLX_INSIDE})
    got = {_front(n): _back(n) for n in notes}
    assert got["Enter a 6-letter word that ends with -BBLE."] == "<p>any answer matching the pattern <code>..bble</code></p>"
    assert not any("What other uses" in f or "$z" in b or "value of (x + y)" in f for f, b in got.items()), got
    assert any("reflect.xml" in s and "edX problem" in s and "any answer counts" in s for s in said), said
    assert any("scripted.xml" in s and "$x, $y, $z" in s and "script" in s for s in said), said
    assert not any("Moodle" in s for s in said if "xml" in s), said
    assert any(b.startswith("<p>2</p>") for b in got.values())


# --- trial18: PrairieLearn questions, metadata objects ----------------------------------------------------------------

PL_SINGLE = """<pl-question-panel>
What is the capital of Illinois?
</pl-question-panel>

<pl-multiple-choice answers-name="il-capital" number-answers="3">
  <pl-answer correct="true">Springfield</pl-answer>
  <pl-answer>Chicago</pl-answer>
  <pl-answer>Urbana</pl-answer>
</pl-multiple-choice>
"""
PL_CHECKBOX = """<pl-question-panel>
  <p>Which of these numbers are even?</p>
</pl-question-panel>
<pl-checkbox answers-name="ans">
  <pl-answer correct="true">4</pl-answer>
  <pl-answer>7</pl-answer>
  <pl-answer correct="true">10</pl-answer>
</pl-checkbox>
<pl-question-panel><p>Even numbers divide by two.</p></pl-question-panel>
"""
PL_PARAMS = """<pl-question-panel>
<p>A ball of mass $m = {{params.m}}$ kg is thrown. How long is it in the air?</p>
</pl-question-panel>
<pl-multiple-choice answers-name="t">
  <pl-answer correct="true">$t = {{params.t_c}}$ s</pl-answer>
  <pl-answer correct="false">$t = {{params.t_x1}}$ s</pl-answer>
</pl-multiple-choice>
"""


def test_prairielearn_questions_are_multiple_choice_keyed_by_correct(tmp_path: Path) -> None:
    """trial18 T18-4 (high): a PrairieLearn question.html (<pl-question-panel>, <pl-multiple-choice> of <pl-answer
    correct="true">) was one Basic card fronted by the file name, every option on the back. A custom element whose
    children carry 'correct' is a question: its options keyed by 'correct', its text the panel before it; one whose
    values a program fills in ({{params.x}}) is a warning at its line, no card."""
    notes, _, said = _built(tmp_path, {"il/question.html": PL_SINGLE, "even/question.html": PL_CHECKBOX, "ball/question.html": PL_PARAMS})
    got = {_front(n): n["fields"] for n in notes}
    assert got["What is the capital of Illinois?"]["Correct"] == "A) Springfield"
    assert got["Which of these numbers are even?"]["Correct"] == "A) 4<br>C) 10"
    assert "Even numbers divide by two." in got["Which of these numbers are even?"]["Explanation"]
    assert len(notes) == 2 and not any("params" in str(f) for f in got.values()), got
    assert any("ball/question.html:4" in s and "{{params.m}}" in s for s in said), said


def test_a_metadata_object_beside_the_questions_is_no_term_list(tmp_path: Path) -> None:
    """trial18 T18-5 (high): an info.json ({uuid, title, topic, type}) beside a question became 4 junk cards ('uuid' ->
    '3f03…'); with one more key (tags) it was 'not a question bank'. An object whose keys are nearly all record fields,
    one an id or version (or an id-shaped value), is not read, with that same warning; a term list still is."""
    info = '{"uuid": "3f030556-e75b-11eb-ba80-0242ac130004", "title": "Template pl-checkbox", "topic": "Demo", "type": "v3"}\n'
    terms = '{"hola": "hello", "adiós": "goodbye", "gracias": "thank you"}\n'
    notes, _, said = _built(tmp_path, {"info.json": info, "terms.json": terms})
    assert sorted(_front(n) for n in notes) == ["adiós", "gracias", "hola"]
    assert any("info.json" in s and "not a question bank" in s and "uuid, title, topic, type" in s for s in said), said


BALLOTS = """<html><body>
<p>1. Qual è la capitale della Francia?</p>
<p>☐ Roma</p>
<p><mark>☐ Parigi</mark></p>
<p>☐ Berlino</p>
<p>2. Qual è il pianeta più vicino al Sole?</p>
<p>☐ Terra</p>
<p>☒ Mercurio</p>
<p>3. Chi ha scritto la Divina Commedia?</p>
<p>☐ Petrarca</p>
<p>☐ Dante</p>
</body></html>
"""


def test_ballot_box_paragraphs_are_options(tmp_path: Path) -> None:
    """trial18 T18-25 (high): a Word quiz whose options are paragraphs opened by a ballot box ('☐ Roma') gave Basic
    cards teaching every option. Two or more such paragraphs are the options, ticked by a ticked box or a highlight;
    none marked: set aside, never a card."""
    notes, skipped, _ = _built(tmp_path, {"quiz.html": BALLOTS})
    got = {_front(n): n["fields"].get("Correct") for n in notes}
    assert got == {"Qual è la capitale della Francia?": "B) Parigi", "Qual è il pianeta più vicino al Sole?": "B) Mercurio"}, got
    assert len(skipped) == 1 and "Divina Commedia" in json.dumps(skipped, ensure_ascii=False)


def test_an_office_lock_file_is_ignored(tmp_path: Path) -> None:
    """trial18 T18-45 (medium): Word's owner file beside an open document ('~$notes.docx', a few bytes) was 'not a Word
    document … (BadZipFile …) open it in Word and save it again'. A '~$' name is an Office lock file: never read nor
    reported, as an editor's swap file is."""
    notes, _, said = _built(tmp_path, {"~$lecture-notes.docx": "\x00user\x00", "notes.md": "## What is 2+2?\n\nFour.\n"})
    assert [_front(n) for n in notes] == ["What is 2+2?"]
    assert not any("~$" in s for s in said), said


JUPYTERQUIZ_NUMERIC = """[
  {"question": "Enter the value of pi to 2 decimal places.", "type": "numeric", "precision": 3, "answers": [
    {"type": "value", "value": 3.14, "correct": true, "feedback": "Correct."},
    {"type": "range", "range": [3.142857, 3.142858], "correct": true, "feedback": "That is 22/7."},
    {"type": "range", "range": [-100000000, 0], "correct": false, "feedback": "Pi is positive."},
    {"type": "default", "feedback": "Try again."}]},
  {"question": "Which of these are prime?", "type": "many_choice", "answers": [
    {"answer": "7", "correct": true}, {"answer": "9", "correct": false}]}
]
"""


def test_a_jupyterquiz_numeric_question_is_a_number_to_recall(tmp_path: Path) -> None:
    """trial18 T18-58 (high): a JupyterQuiz 'numeric' question became a 'choose 2' multiple choice whose distractor was the
    catch-all wrong range '-100000000 to 0'. Answers typed value / range / default are a number to type: a Basic card,
    the right values its answer ('Also accepted' the others), the wrong ranges and the default never shown."""
    notes, _, _ = _built(tmp_path, {"questions.json": JUPYTERQUIZ_NUMERIC})
    got = {_front(n): (n["kind"], _back(n)) for n in notes}
    kind, back = got["Enter the value of pi to 2 decimal places."]
    assert kind == "basic" and back.startswith("<p>3.14</p><p>Also accepted: 3.142857 to 3.142858</p>"), back
    assert "100000000" not in back and "Pi is positive" not in back and "Try again" not in back
    assert got["Which of these are prime?"] == ("multiple_choice", "A) 7")


# --- T17-43 / T17-44: saved LMS quiz review pages -------------------------------------------------------------------

MOODLE_REVIEW = """<html><body><div role="main">
<table class="generaltable generalbox quizreviewsummary"><tbody>
<tr><th class="cell">Started on</th><td class="cell">Monday, 7 October 2024</td></tr>
<tr><th class="cell">Grade</th><td class="cell">2.00 out of 4.00</td></tr>
</tbody></table>
<form action="review.php" method="post"><div>
<div id="q1" class="que multichoice deferredfeedback incorrect">
<div class="info"><h3 class="no">Question <span class="qno">1</span></h3><div class="state">Incorrect</div></div>
<div class="content"><div class="formulation"><h4 class="accesshide">Question text</h4>
<div class="qtext"><p>Which layer routes packets between networks?</p></div>
<div class="ablock"><div class="answer">
<div class="r0 incorrect"><input type="radio" checked="checked"><div data-region="answer-label"><span class="answernumber">a. </span><div>Data link layer</div></div></div>
<div class="r1"><input type="radio"><div data-region="answer-label"><span class="answernumber">b. </span><div>Network layer</div></div></div>
<div class="r0"><input type="radio"><div data-region="answer-label"><span class="answernumber">c. </span><div>Transport layer</div></div></div>
</div></div></div>
<div class="outcome"><div class="feedback"><div class="specificfeedback">Your answer is incorrect.</div>
<div class="generalfeedback"><p>Routers work at layer 3.</p></div>
<div class="rightanswer">The correct answer is: Network layer</div></div></div></div></div>
<div id="q2" class="que shortanswer deferredfeedback incorrect">
<div class="content"><div class="formulation"><div class="qtext"><p>Which port does HTTPS use by default?</p></div>
<div class="ablock"><label>Answer:</label><span class="answer"><input type="text" value="80"></span></div></div>
<div class="outcome"><div class="feedback"><div class="rightanswer">The correct answer is: 443</div></div></div></div></div>
<div id="q3" class="que essay manualgraded complete">
<div class="content"><div class="formulation"><div class="qtext"><p>Describe the three-way handshake.</p></div>
<div class="ablock"><div class="answer"><div class="qtype_essay_response"><p>SYN, SYN-ACK, ACK I think</p></div></div></div></div></div></div>
</div></form></div></body></html>
"""


def test_a_moodle_review_page_is_keyed_by_its_right_answer(tmp_path: Path) -> None:
    """trial17 T17-43 (severe): a saved Moodle quiz review page gave its summary table as cards ('Started on', 'Grade')
    and lost its questions (they stand in a <form>). Each div.que is a question: its .answer entries the options, the
    one .rightanswer names keyed (never the student's choice), a short answer's .rightanswer its answer, the general
    feedback on the back; an essay (no right answer shown) a warning at its line."""
    notes, _, said = _built(tmp_path, {"review.html": MOODLE_REVIEW})
    got = {_front(n): (_back(n), n["fields"].get("Explanation")) for n in notes}
    assert got == {
        "Which layer routes packets between networks?": ("B) Network layer", "<p>Routers work at layer 3.</p>"),
        "Which port does HTTPS use by default?": ("<p>443</p>", None),
    }, got
    assert any("review.html:" in s and "three-way handshake" in s and "no right answer" in s for s in said), said


CANVAS_RESULTS = """<html><body><div id="content" role="main">
<div class="quiz_score">Score for this attempt: 1 out of 3</div>
<div id="questions" class="assessment_results">
<div class="question_holder"><div class="display_question question multiple_choice_question incorrect" id="question_1">
<div class="header"><span class="name question_name">Question 1</span><span class="question_points_holder">0 / 1 pts</span></div>
<div class="text"><div class="question_text user_content"><p>Which organelle produces most of the cell's ATP?</p></div>
<div class="answers"><div class="answers_wrapper">
<div class="answer selected_answer wrong_answer"><span class="answer_arrow incorrect">You Answered</span>
 <div class="select_answer"><input type="radio" checked="checked"><label><div class="answer_text">Ribosome</div></label></div></div>
<div class="answer correct_answer"><span class="answer_arrow correct">Correct Answer</span>
 <div class="select_answer"><input type="radio"><label><div class="answer_text">Mitochondrion</div></label></div>
 <div class="quiz_comment answer_comment"><p>Mitochondria run oxidative phosphorylation.</p></div></div>
<div class="answer"><div class="select_answer"><input type="radio"><label><div class="answer_text">Golgi apparatus</div></label></div></div>
</div></div>
<div class="after_answers"><div class="quiz_comment neutral_comments"><p>See chapter 4.</p></div>
<div class="quiz_comment incorrect_comments"><p>Review the lecture.</p></div></div>
</div></div></div>
<div class="question_holder"><div class="display_question question short_answer_question incorrect" id="question_2">
<div class="text"><div class="question_text user_content"><p>Cells divide into two identical cells by ______.</p></div>
<div class="answers"><div class="answers_wrapper">
<div class="answer selected_answer wrong_answer"><span class="answer_arrow incorrect">You Answered</span><div class="answer_type">meiosis</div></div>
<div class="answer correct_answer"><span class="answer_arrow info">Correct Answers</span><div class="answer_type"><span class="answer_text">mitosis</span></div></div>
</div></div></div></div></div>
<div class="question_holder"><div class="display_question question text_only_question" id="question_3">
<div class="text"><div class="question_text user_content"><p>The next questions are about membranes.</p></div></div></div></div>
</div></div></body></html>
"""


def test_a_canvas_results_page_is_keyed_by_the_correct_answer(tmp_path: Path) -> None:
    """trial17 T17-44 (high): a saved Canvas quiz results page was read as prose ('You Answered', 'Correct Answer' and
    every option on one back). Each .display_question is a question keyed by its .correct_answer entries, never the
    student's selected_answer; a short answer's correct answers its answer; the neutral and right-option comments on
    the back (not the comment for a wrong answer); a text-only block no card."""
    notes, _, _ = _built(tmp_path, {"results.html": CANVAS_RESULTS})
    got = {_front(n): (_back(n), n["fields"].get("Explanation")) for n in notes}
    assert set(got) == {"Which organelle produces most of the cell's ATP?", "Cells divide into two identical cells by ______."}, got
    back, explained = got["Which organelle produces most of the cell's ATP?"]
    assert back == "B) Mitochondrion" and "See chapter 4." in explained and "oxidative" in explained and "Review the lecture" not in explained
    assert got["Cells divide into two identical cells by ______."][0] == "<p>mitosis</p>"
