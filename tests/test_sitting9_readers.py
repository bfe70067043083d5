"""Ninth sitting, readers (Markdown structure): each finding on a small document written here from the shape of
the page that showed it (tests/data/newuser/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import drop_in

from compiler.build import build
from compiler.model import Item


def _build(tmp_path: Path, *names: str, table: str = "") -> tuple[list[Item], list[str]]:
    content = drop_in(tmp_path, *names, table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled.items, [str(d) for d in result.compiled.diagnostics.warnings]


def _back(item: Item) -> str:
    return " ".join(b.plain() for b in item.answer).strip()


@pytest.mark.parametrize("layout", ["", "numbered", "markdown"])
def test_numbered_questions_over_indented_toggles_are_all_read(tmp_path: Path, layout: str) -> None:
    """New-user check, sitting 8 (an Italian interview page): numbered questions '1. …' each over an indented
    '<details><summary> Possibile Risposta</summary>' toggle, often empty. Read as 'numbered' (what detection
    picks), a question right under the previous '</details>' (no blank line), or one that asks without '?',
    was glued into the answer above ('…anomala.1. Spiega …'); read as 'markdown' (the layout `deckc init`
    writes), a list holding a question without '?' was text outside any question. Every question is a card,
    or a 'no answer' warning and listed as skipped; no answer holds another question."""
    table = f'[[source]]\nid = "java"\nfile = "sources/numbered-toggles.md"\nlayout = "{layout}"\n' if layout else ""
    items, warnings = _build(tmp_path, "numbered-toggles.md", table=table)
    answered = [(i.section, i.question, _back(i)) for i in items if not i.skip]
    assert answered == [
        (["Generale"], "Perché scegliere Java?", "Il bytecode gira su ogni macchina virtuale Java, senza ricompilare."),
        (["Generale"], "Come funziona la memoria in Java? Quali sono i vantaggi della gestione automatica?",
         "Il garbage collector libera gli oggetti non più raggiungibili; si perde il controllo delle pause."),
        (["Modificatori"], 'Cosa significa il modificatore "public"?', "Il membro è accessibile da ogni classe, in ogni package."),
        (["Modificatori"], "Descrivi le differenze tra classi astratte e interfacce.",
         "Una classe astratta può avere stato e costruttori; un'interfaccia dichiara un contratto."),
        (["Eccezioni"], "Cosa sono le eccezioni?", "Oggetti che segnalano una situazione anomala durante l'esecuzione."),
        (["Eccezioni"], "Spiega la differenza tra eccezioni controllate e non controllate.",
         "Le controllate vanno dichiarate o gestite; le non controllate no."),
    ]  # fmt: skip
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    skipped = [(s["line"], s["question"], s["skipped"]) for s in manifest["skipped"]]
    assert skipped == [
        (12, "Quali sono i vantaggi della programmazione a oggetti?", "no answer"),
        (59, "Come funzionano le transazioni", "no answer"),
    ]
    for line in (12, 59):
        assert any(f":{line}: warning: question has no answer" in w for w in warnings), warnings
    assert not any("outside any" in w for w in warnings), warnings


def test_list_questions_with_toggles_after_a_bold_question_are_their_own(tmp_path: Path) -> None:
    """learner2 M30: '**2. What is …?**' and its toggle, then '3. What does `ping` send?' and '4. Explain …' as list
    entries each holding an indented toggle: both entries were glued onto the bold question's back, with no card and
    no warning. A list whose entries each hold their own answer box asks on its own once the answer above is
    complete (its toggle closed); the summary on a line of its own is no part of the answer."""
    items, _ = _build(tmp_path, "mixed-toggle-styles.md")
    assert [(i.question, _back(i)) for i in items] == [
        ("What does DNS resolve?", "A host name to the addresses of that host."),
        ("What is a subnet mask?", "The bits that split an address into its network and host parts."),
        ("What does `ping` send?", "ICMP echo requests."),
        ("Explain the three-way handshake.", "SYN, then SYN-ACK, then ACK open a TCP connection."),
        ("What is a MAC address?", "The hardware address of a network interface."),
    ]


def test_follow_up_toggles_inside_a_numbered_list_stay_in_its_answer(tmp_path: Path) -> None:
    """learner2 M5: '### TCP与UDP的区别' over '1. …；' / '<details><summary>什么叫无连接？' / '2. …' (the toggles at the
    margin end each piece of the list in Markdown; its numbering goes on after them): every toggle was a card of its
    own ('什么意思？', 'What does that mean?', with no hint of what 'that' is) and the list, the section's real content,
    was text outside any question. The list, its follow-ups folded in, is the answer of the heading over it (a
    comparison heading asks for the difference); the questions after it are read as before."""
    items, warnings = _build(tmp_path, "follow-up-toggles.md")
    assert [i.question for i in items] == [
        "TCP versus UDP: what is the difference?",
        "When would you choose UDP over TCP?",
        "What is a port?",
        "What does a checksum catch?",
        "Which port does DNS use?",
        "What does TTL limit?",
    ]
    back = _back(items[0])
    for part in ("TCP sets up a connection", "What does connectionless mean?", "UDP sends without setting up",
                 "TCP is a byte stream", "What does that mean?", "a UDP datagram goes out whole", "TCP has congestion control"):  # fmt: skip
        assert part in back
    assert back.index("What does that mean?") > back.index("TCP is a byte stream") > back.index("What does unreliable mean?")
    assert not any("outside any" in w or "does not seem to fit" in w for w in warnings), warnings


@pytest.mark.parametrize("layout", ["", "numbered"])
def test_numbered_questions_over_answer_toggles_at_the_margin(tmp_path: Path, layout: str) -> None:
    """The other common shape of item 1 (sitting 9): '1. What is …?' with its '<details><summary>Answer' toggle at the
    margin (no indent: it ends the one-entry list in Markdown), then '2. …'. Read as 'markdown' every entry was text
    outside any question; now each entry asks over its toggle as a paragraph does (an imperative too), and an empty
    toggle is a 'no answer' warning, as the 'numbered' reading gives."""
    table = f'[[source]]\nid = "net"\nfile = "sources/margin-answer-toggles.md"\nlayout = "{layout}"\n' if layout else ""
    items, warnings = _build(tmp_path, "margin-answer-toggles.md", table=table)
    assert [(i.section, i.question, _back(i)) for i in items] == [
        (["Addresses"], "What is a subnet mask?", "The bits that split an address into its network and host parts."),
        (["Addresses"], "Which protocol maps an IPv4 address to a MAC address?", "ARP."),
        (["Addresses"], "How many bits long is an IPv6 address?", "128."),
        (["Addresses"], "Name the layer IP belongs to.", "The network layer."),
    ]
    assert any(":33: warning: question has no answer" in w for w in warnings), warnings
    assert not any("outside any" in w for w in warnings), warnings


def test_a_set_up_heading_and_its_code_are_the_front_of_the_question_below(tmp_path: Path) -> None:
    """learner2 M2: '#### Q12. Consider the following function:' over code, then '**What does `f(3)` return?**' and
    its options: a junk card 'Consider the following function:' answered by the code, and a multiple-choice card
    without the code it asks about. One card: the heading's words and the code above the question."""
    items, _ = _build(tmp_path, "setup-heading.md")
    assert [(i.question, i.correct) for i in items] == [("What does `f(3)` return?", "B"), ("Which keyword defines a function?", "A")]
    front = [b.plain() for b in items[0].stimulus]
    assert front == ["Consider the following function:", "def f(x):\n    return x * 2"]
    assert not items[0].stimulus_after


def test_what_stands_between_a_question_and_its_answer_label_is_asked_with_it(tmp_path: Path) -> None:
    """learner2 M43: '### 1. Given the table `Orders`, write a query …' + the table + '**Answer:**' + the query: the
    table, which the question is about, went to the back with the label. What stands between the question and a
    paragraph opening with an answer label is on the front, under the question as in the document; the label goes."""
    items, _ = _build(tmp_path, "label-after-exhibit.md")
    orders, having, count = items
    assert orders.question == "Given the table `Orders`, write a query that returns the total per customer."
    assert orders.stimulus_after and "ann" in orders.stimulus[0].plain()
    assert [b.plain() for b in orders.answer] == ["SELECT customer, SUM(amount) AS total FROM Orders GROUP BY customer;"]
    assert having.stimulus_after and "???" in having.stimulus[0].plain()
    assert _back(having).replace("&gt;", ">") == "HAVING, as in HAVING SUM(amount) > 10."
    assert not count.stimulus and _back(count) == "Rows where col is NULL."


def test_a_fence_closed_inside_its_block_quote_is_closed(tmp_path: Path) -> None:
    """trial9 T19: '> ```' … '> ```' in a quoted answer (and in a quote inside a list entry) was 'code fence opened
    here is never closed', advice that would break the page; only a fence really left open is warned about."""
    items, warnings = _build(tmp_path, "quoted-fences.md")
    assert [i.question for i in items] == ["What is a sequence?", "What is a trigger?", "What is a view?"]
    assert "<code" in items[0].answer[0].text and "CREATE SEQUENCE" in _back(items[0])
    fences = [w for w in warnings if "never closed" in w]
    assert len(fences) == 1 and ":24:" in fences[0], warnings


def test_ruby_and_scripts_in_a_question_keep_their_meaning(tmp_path: Path) -> None:
    """trial9 T7 (Markdown): '## 「<ruby><rb>何</rb><rt>なに</rt></ruby>時間」でしょう？' was '「何なに時間」でしょう？' (the
    reading glued into the word), 'O(n<sup>2</sup>)' was 'O(n2)'. A question is plain text: the reading in brackets
    (as <rp> writes it), scripts as superscript and subscript characters (or '^(…)'); answers keep their HTML."""
    items, _ = _build(tmp_path, "ruby-headings.md")
    assert [i.question for i in items] == [
        "「何(なに)時間」でしょう？",
        "What is the cost of bubble sort, O(n²) or O(n log n)?",
        "Which gas is H₂O when boiled?",
        "What does x^(a+b) equal?",
    ]
    assert "<ruby>往復<rt>おうふく</rt></ruby>" in items[0].answer[0].text


def test_an_answer_label_opening_a_bullet_is_dropped(tmp_path: Path) -> None:
    """trial9 T16 (rest): '5. **Question:** …' over '   - **Answer:** It maps rows …' kept 'Answer:' at the head of
    every back, in a bullet of its own. The label goes; a bullet holding only the labelled answer is a paragraph,
    one followed by other bullets stays a list."""
    items, _ = _build(tmp_path, "answer-bullets.md")
    assert [(i.question, i.answer[0].text) for i in items] == [
        ("Explain what an ORM does. Give an example of one.", "<p>It maps rows to objects and back; Hibernate is one, for Java.</p>"),
        ("How does caching speed up a backend?", "<p>It keeps data read often in memory, so the database is asked less.</p>"),
        ("What is a message queue?", "<ul>\n<li>A buffer between producers and consumers.</li>\n<li>It lets each side run at its own pace.</li>\n</ul>"),
    ]


def test_a_worded_question_answered_with_a_question_in_it_is_a_card(tmp_path: Path) -> None:
    """trial9 T6 (rest): '## 你的职业规划是什么' over 'HR 想知道你是否稳定，为什么要问这个问题？' / '看你是否会长期留下。' was
    'over a list of 2 questions and no answers: no card' (a statement with 是否 read as a question). A heading that
    asks by its words is answered by what is under it, questions in it or not."""
    items, warnings = _build(tmp_path, "worded-list-answer.md")
    assert [i.question for i in items] == ["你的优点是什么", "你有什么缺点吗", "你的职业规划是什么", "你能否接受加班", "你还有什么想问的吗"]
    assert "看你是否会长期留下" in _back(items[2])
    assert not any("no card" in w for w in warnings), warnings


def test_questions_written_as_bold_html_are_questions(tmp_path: Path) -> None:
    """trial10 P8 (CRITICAL): '<br><a name="Q1" … style="font-weight:bold">Q1. …?</a><br>', '<b>…?</b><br>',
    '<strong>…?</strong>', a bold '<span>': not seen as questions, so a page became one card named after the file,
    or (with numbered reference lists under the answers) the references were read as 'numbered' questions. A line
    that is one bold HTML element is the bold line it shows; the 'A.' / 'A2.' pairing a 'Q1.' label is dropped; a
    reference list under an answer stays in it."""
    items, _ = _build(tmp_path, "html-bold-questions.md")
    assert [i.question for i in items] == [
        "What is an element?", "What is a compound?", "What is a mole?", "What does a catalyst do?", "Which gas do plants take in?",
    ]  # fmt: skip
    element, compound = items[0], items[1]
    assert element.answer[0].text.startswith("<p>A substance made of one kind of atom,<sup>1</sup>")
    assert "Lavoisier" in _back(element) and _back(compound).startswith("Two or more elements")
    assert _back(items[2]) == "The amount holding as many particles as 12 g of carbon-12."
    assert _back(items[4]) == "Carbon dioxide."


def test_a_heading_that_asks_then_answers_leaves_the_page_its_cards(tmp_path: Path) -> None:
    """learner3 N10: one heading with a '?' in its middle ('## Shoulder dislocation? Extreme upper-arm activity --> …')
    made a page of answered statement headings give no card at all ('nothing was written'): detection counted it
    as a question, the Markdown reader did not. It is a question up to its '?', the rest opens its answer; the
    page's statement headings with text under them are cards, as on any page that asks here and there."""
    items, warnings = _build(tmp_path, "mid-question-heading.md")
    assert [(i.question, " ".join(_back(i).split())[:40]) for i in items] == [
        ("Beta blockers: propranolol, metoprolol", "lower heart rate and contractility avoid"),
        ("Digoxin toxicity", "nausea, yellow vision worse with low pot"),
        ("Sudden wheeze after a new eye drop?", "Timolol is a non-selective beta blocker "),
        ("Warfarin with antibiotics", "many raise the INR: check it within a we"),
    ]
    assert not any("outside any" in w for w in warnings), warnings


def test_a_title_that_asks_over_answered_entries_titles_them(tmp_path: Path) -> None:
    """trial10 P10: '# Ready for the test?' over '1. What gas …? Oxygen.' lines was 'a list of 4 questions and no
    answers: this file adds no card' (each line holds its answer); '# True or false? (Unit 2)' over '1. Bats are
    mammals. (True)' was one card, the title the front. The title titles them; each entry is a card (a numbered
    entry answered after its '?', a statement or a blank with its answer in brackets)."""
    items, warnings = _build(tmp_path, "titled-review.md", "titled-truefalse.md")
    assert sorted((i.question, _back(i)) for i in items) == sorted([
        ("What gas do plants give off in sunlight?", "Oxygen."),
        ("Which organ pumps blood?", "The heart."),
        ("What carries oxygen in the blood?", "Haemoglobin, in the red cells."),
        ("Where does digestion start?", "In the mouth."),
        ("True or false: Bats are mammals.", "True"),
        ("True or false: Spiders are insects.", "False"),
        ("The capital of Australia is ______.", "Canberra"),
    ])  # fmt: skip
    assert not any("no answers" in w for w in warnings), warnings


def test_review_questions_led_by_a_bold_label_are_each_a_question(tmp_path: Path) -> None:
    """learner3 N6: '**Question 1.** … What has been reached?' + A.–D. + '**Answer:** A. **Explanation:** …' under
    '## 3. Review questions': one multiple-choice card whose back held every following question with its answer,
    the heading glued on the front. A paragraph led by a bold numbered label is a question numbered so; the section
    of such questions is no note itself, and the lesson's prose sections stay cards beside them."""
    items, _ = _build(tmp_path, "review-questions.md")
    assert [(i.question, i.correct, i.number) for i in items] == [
        ("Lesson 3 — Titration › Summary", None, "1"),  # (a part of the lesson names it: trial13 T13-7)
        ("Reading the burette", None, "2"),
        ("A pink colour stays after one drop of base. What has been reached?", "A", "1"),
        ("Where do you read the burette?", "B", "2"),
        ("Wrap-up", None, "4"),
    ]
    assert items[2].section == ["3. Review questions"] and "parallax" in _back(items[3])
    assert "Question 2" not in _back(items[2])


def test_reference_tables_beside_prose_sections_are_read_per_row(tmp_path: Path) -> None:
    """learner3 N4: a page of themed tables (first column the word to learn) with an introduction and study tips was
    read as notes, each table one card under its heading (74 kanji -> 7 cards); without the prose the same tables
    gave a card per row. A heading over a table read a card per row is the rows' section; the prose stays cards."""
    items, _ = _build(tmp_path, "reference-tables.md")
    fronts = [i.question for i in items]
    assert fronts == ["Introduction", "tener", "poner", "salir", "pensar", "dormir", "pedir", "Study tips"]
    assert "to have" in _back(items[1]) and items[1].section[-1] == "Go-verbs"


def test_numbered_exercises_with_their_key_below_are_a_card_each(tmp_path: Path) -> None:
    """learner3 N1: a lesson's 'Exercise 1' of numbered lines, then '**Answers:** 1. ai 2. est 3. avons' (or
    '**Answers:**' over a numbered list): one card per exercise, the title on the front and questions and key
    together on the back. Each numbered line is a card, its key entry the back; the exercise title its section."""
    items, _ = _build(tmp_path, "lesson-quiz-keys.md")
    assert [(i.question, _back(i)) for i in items[3:]] == [
        ("J'(ai/suis) vingt ans.", "ai"),
        ("Elle (a/est) française.", "est"),
        ("Nous (avons/sommes) faim.", "avons"),
        ("I am tired.", "Je suis fatigué."),
        ("They have a car.", "Ils ont une voiture."),
        ('True or false: "Avoir" is used for age.', "True"),
        ('True or false: "Être" is used for hunger.', "False"),
    ]
    assert [i.question for i in items[:3]] == ["Introduction", "Avoir", "Être"] and items[3].section[-1] == "Exercise 1: Choose the verb"


def test_obsidian_block_ids_are_not_card_text(tmp_path: Path) -> None:
    """trial10 P24: '^1650296620113' after an answer (the id Flashcards-Obsidian writes after every card, digits only)
    was printed on every back; a named id ('^nucleus-def') was already dropped. Both are; an exponent 'x ^2' stays."""
    items, _ = _build(tmp_path, "block-ids.md")
    backs = {i.question: _back(i) for i in items}
    assert backs["What is the powerhouse of the cell?"] == "The mitochondrion."
    assert backs["The chemical symbol of gold"] == "Au"
    assert backs["What does the nucleus hold?"] == "The cell's DNA, organised as chromosomes."
    assert backs["What is x squared when x is 3?"] == "x ^2 is 9."


def test_a_code_span_ending_in_a_question_mark_keeps_its_backticks(tmp_path: Path) -> None:
    """learner3 N14: a table row's front '`a?`' (a regex lazy quantifier) became '`a?' with a stray backtick and no
    code style: the closing backtick was taken for a difficulty marker after the '?'. A code span is never one."""
    table = '[[source]]\nid = "regex"\nfile = "sources/code-span-fronts.md"\nlayout = "markdown"\n'
    items, _ = _build(tmp_path, "code-span-fronts.md", table=table)
    assert [i.question for i in items] == ["`a+`", "`a?`", "`.*?`", "`a{3}`"]


def test_a_heading_that_glosses_a_term_asks_the_term(tmp_path: Path) -> None:
    """learner3 N20: '### ～おかげで - "Thanks to" (Positive Result)' as a note's front showed the meaning the learner
    must recall. A statement heading naming a term and its gloss (a quoted gloss after a dash, a Chinese, Japanese
    or Korean term and another script after it, an arrow) asks the term; the gloss opens the back. Other dashes
    ('Chapter 1 - Introduction') are left as they are."""
    items, _ = _build(tmp_path, "glossed-headings.md")
    got = {i.question: " ".join(_back(i).split())[:30] for i in items}
    assert got == {
        "～ために": '"In order to" (Purpose) Struct',
        "勉強": "study Example: 毎日勉強します。",
        "Amiodarone": "thyroid and lung toxicity chec",
        "Chapter 1 - Introduction": "The course starts with the bas",
    }
