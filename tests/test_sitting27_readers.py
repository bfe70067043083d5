"""Twenty-seventh sitting, readers: the trial-26 findings left open about Markdown notes (lecture notes with bold
definition and theorem labels, T26-21) and the trial-27 findings about plain text, Markdown and HTML layouts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T26-21: '**Definition 3.1 (Vektorraum).** …', '**Satz 3.4.**', '*Beweis.*': a card per labelled block ----------

_VORLESUNG = """# Lineare Algebra I – Vorlesung 3

## Vektorräume

**Definition 3.1 (Vektorraum).** Ein *Vektorraum* über einem Körper $K$ ist eine Menge $V$ mit zwei Verknüpfungen.

**Beispiel 3.2.** $\\mathbb{R}^n$ ist ein Vektorraum über $\\mathbb{R}$.

**Definition 3.3 (Untervektorraum).** Eine Teilmenge $U \\subseteq V$ heißt *Untervektorraum*, wenn sie abgeschlossen ist.

**Satz 3.4.** Der Durchschnitt zweier Untervektorräume ist wieder ein Untervektorraum.

*Beweis.* Seien $U_1, U_2$ Untervektorräume. Dann liegt $0$ in beiden. $\\square$

## Lineare Unabhängigkeit

**Definition 3.5.** Vektoren $v_1, \\dots, v_n$ heißen *linear unabhängig*, wenn nur die triviale Kombination $0$ ergibt.
"""


def test_lecture_notes_give_a_card_per_definition_and_theorem(tmp_path: Path) -> None:
    """trial26 T26-21 (high): German lecture notes with bold numbered labels were one card per section heading holding
    every definition, example, theorem and proof; each definition and theorem is a card now, named as a LaTeX
    '\\begin{definition}[Vektorraum]' is, its example and its proof on its back, each at its own line."""
    notes, skipped, said = _built(tmp_path, {"vorlesung.md": _VORLESUNG})
    assert not skipped, said
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "Definition (Vektorraum)",
        "Definition (Untervektorraum)",
        "Satz 3.4: Vektorräume",
        "Definition 3.5: Lineare Unabhängigkeit",
    ]
    backs = [note_back(n) for n in notes]
    assert backs[0].startswith("Ein Vektorraum über einem Körper") and "Beispiel 3.2." in backs[0]
    assert "Definition 3.1" not in backs[0] and "Untervektorraum" not in backs[0]
    assert backs[2].startswith("Der Durchschnitt") and "Beweis. Seien" in backs[2]
    assert backs[3].startswith("Vektoren") and "Definition" not in backs[3]
    assert [n["items"][0]["line"] for n in notes] == [5, 9, 11, 17]
    assert [n["fields"]["Section"] for n in notes] == ["Vektorräume"] * 3 + ["Lineare Unabhängigkeit"]


@pytest.mark.parametrize(
    ("definition", "theorem", "proof", "fronts"),
    [
        (
            "**Definition 1 (Group).**",
            "**Theorem 2.**",
            "*Proof.*",
            ["Definition (Group)", "Theorem 2: Groups"],
        ),
        (
            "**Définition 1 (Groupe).**",
            "**Théorème 2.**",
            "*Démonstration.*",
            ["Définition (Groupe)", "Théorème 2: Groups"],
        ),
        (
            "**Definición 1** (Grupo).",
            "**Teorema 2.**",
            "*Demostración.*",
            ["Definición (Grupo)", "Teorema 2: Groups"],
        ),
        (
            "**Определение 1 (Группа).**",
            "**Теорема 2.**",
            "*Доказательство.*",
            ["Определение (Группа)", "Теорема 2: Groups"],
        ),
        ("**定义 1（群）**", "**定理 2**", "**证明**", ["定义 (群)", "定理 2: Groups"]),
    ],
)
def test_labels_in_other_languages_open_cards_too(
    tmp_path: Path, definition: str, theorem: str, proof: str, fronts: list[str]
) -> None:
    """trial26 T26-21: the labels of notes in French, Spanish, Russian, Chinese … as English and German ones."""
    page = f"# Algebra\n\n## Groups\n\nIntro text.\n\n{definition} A set $G$ with an operation.\n\n{theorem} The identity is unique.\n\n{proof} Take $e, e'$.\n"
    notes, skipped, said = _built(tmp_path, {"algebra.md": page})
    assert not skipped, said
    assert [note_front(n) for n in notes][-2:] == fronts
    assert note_back(notes[-2]) == "A set \\(G\\) with an operation."
    assert note_back(notes[-1]).startswith("The identity is unique.") and "Take \\(e, e'\\)" in note_back(
        notes[-1]
    )


def test_a_definition_label_under_a_question_stays_its_answer(tmp_path: Path) -> None:
    """trial26 T26-21: under a heading that asks, a bold 'Definition.' / 'Theorem.' opens the answer: no card of its own."""
    page = (
        "# Algebra\n\n## What is a group?\n\n**Definition.** A set with an associative operation, an identity and inverses.\n\n"
        "## What does Lagrange's theorem say?\n\n**Theorem.** The order of a subgroup divides the order of the group.\n"
    )
    notes, _skipped, _said = _built(tmp_path, {"algebra.md": page})
    assert [note_front(n) for n in notes] == ["What is a group?", "What does Lagrange's theorem say?"]
    assert note_back(notes[0]).endswith("an identity and inverses.")


def test_a_glossary_heading_over_its_definition_label_keeps_its_front(tmp_path: Path) -> None:
    """trial26 T26-21: '## Cell' / '**Definition:** A cell is …': the heading names what is defined; the label that
    only opens its text is no card of its own."""
    page = "# Biology\n\n## Cell\n\n**Definition:** The smallest unit of life.\n\n## Tissue\n\n**Definition:** A group of similar cells.\n"
    notes, _skipped, _said = _built(tmp_path, {"bio.md": page})
    assert [note_front(n) for n in notes] == ["Cell", "Tissue"]


def test_a_decks_own_block_labels(tmp_path: Path) -> None:
    """trial26 T26-21: a word of the deck's own (``block_labels``) opens a labelled block as 'Definition' does."""
    page = "# Physik\n\n## Mechanik\n\n**Merksatz 1 (Trägheit).** Ein Körper bleibt in Ruhe, solange keine Kraft wirkt.\n\n**Merksatz 2.** Kraft ist Masse mal Beschleunigung.\n"
    table = '[[source]]\nid = "physik"\nfile = "sources/physik.md"\nblock_labels = ["Merksatz"]\n'
    notes, skipped, said = _built(tmp_path, {"physik.md": page}, table)
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["Merksatz (Trägheit)", "Merksatz 2: Mechanik"]
    assert note_back(notes[1]) == "Kraft ist Masse mal Beschleunigung."


def test_latex_environments_named_in_the_notes_language(tmp_path: Path) -> None:
    """trial26 T26-21: the LaTeX reader shares the label words: an undeclared '\\begin{satz}' is a theorem, the
    '\\begin{beweis}' after it goes on its back under its own name."""
    tex = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Vektorräume}\n\\begin{satz}\nDer Durchschnitt ist ein "
        "Untervektorraum.\n\\end{satz}\n\\begin{beweis}\nSeien $U_1, U_2$ Untervektorräume.\n\\end{beweis}\n\\end{document}\n"
    )
    notes, skipped, said = _built(tmp_path, {"la.tex": tex})
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["Satz: Vektorräume"]
    assert (
        note_back(notes[0])
        == "Der Durchschnitt ist ein Untervektorraum. Beweis. Seien \\(U_1, U_2\\) Untervektorräume."
    )


# --- T26-24: a repository's root README that is a table of contents --------------------------------------------------

_INDEX_README = """# Interview Notes for Beginners

[![author](https://img.shields.io/badge/author-jbee-ff69b4.svg)](https://jbee.io/about)
[![LICENSE](https://img.shields.io/dub/l/vibe-d.svg)](LICENSE)

> Thanks to everyone who contributed. :pray:

## What is this?

A collection of notes for technical interviews.

# Part 1. CS

## :bulb: 네트워크 [Link](./Network)

- GET, POST 방식의 차이점
- TCP 3-way-handshake
- TCP 와 UDP 의 차이점

## :bulb: 운영체제 [Link](./OS)

- 프로세스와 스레드의 차이
- 스케줄러의 종류
  - 장기 스케줄러
  - 단기 스케줄러

<sup>[(목차로 돌아가기)](#interview-notes-for-beginners)</sup>

# Part 2. Language

## :gem: Java [Link](./Java)

- JVM 에 대해서
- Collection

## :gem: Python [Link](./Python)

- Generator
- GIL 과 그로인한 성능 문제

## [Database](./Database/README.md)

- Index
- Transaction

## 그 외 좋은 자료

- [tech-interview-handbook](https://github.com/yangshun/tech-interview-handbook)
  - 코딩 인터뷰에 관련되어 정리되어있는 respository 입니다. (영어)
- [coding-interview-university](https://github.com/jwasham/coding-interview-university)
  - 구글 인터뷰를 준비하면서 정리한 자료가 한국어로 번역되어 있는 자료입니다.
"""

_NETWORK = """# 네트워크

## TCP 3-way-handshake 란?

SYN, SYN+ACK, ACK 세 단계로 연결을 맺는 과정이다.

## TCP 와 UDP 의 차이점은?

TCP 는 연결 지향적이고 신뢰성을 보장하며, UDP 는 비연결형이다.
"""


def test_a_repository_index_readme_gives_no_card_and_says_so_once(tmp_path: Path) -> None:
    """trial26 T26-24 (high): a cloned repository's root README (headings '## 💡 네트워크 [Link](…)' over lists of the
    linked page's topics, badges, a reading list of described links) gave ~17 junk cards ('네트워크 Link' → the topic
    names); its sub-pages' questions are the deck, the README is said once to be an index."""
    notes, _skipped, said = _built(tmp_path, {"README.md": _INDEX_README, "Network/README.md": _NETWORK})
    assert [note_front(n) for n in notes] == ["TCP 3-way-handshake 란?", "TCP 와 UDP 의 차이점은?"]
    index = [s for s in said if "index of other pages" in s]
    assert len(index) == 1 and "its 1 other section ('What is this?') is no card" in index[0], said
    linked = [s for s in said if "links to another page over a list of that page's topics" in s]
    assert len(linked) == 5, said  # (one group: the build prints it once, '[5 times; also at line …]')
    assert not any("none of its" in s and "has an answer" in s for s in said), said


def test_a_heading_citing_its_source_over_facts_stays_a_card(tmp_path: Path) -> None:
    """trial26 T26-24: a heading that names a source by a link of its own words (``## TCP [RFC 793](…)``) over short
    facts is a note with its source, not an index: still a card."""
    page = "# Networks\n\n## TCP [RFC 793](https://www.rfc-editor.org/rfc/rfc793)\n\n- connection-oriented\n- reliable, ordered delivery\n"
    notes, _skipped, _said = _built(tmp_path, {"net.md": page})
    assert [note_front(n) for n in notes] == ["TCP RFC 793"]
    assert "reliable, ordered delivery" in note_back(notes[0])


def test_badges_and_heading_shortcodes_never_reach_a_card(tmp_path: Path) -> None:
    """trial26 T26-24: a repository's badges under a question are no part of its answer; an emoji shortcode GitHub
    draws before a section's name (``:gem:``, or one deckc does not know) is not left in the section as text."""
    page = (
        "# :gem: Java :unknown_emoji_name:\n\n## What is the JVM?\n\n[![build](https://img.shields.io/badge/build-passing-green.svg)]"
        "(https://ci.example.org)\n\nThe Java Virtual Machine runs Java bytecode.\n"
    )
    notes, _skipped, _said = _built(tmp_path, {"java.md": page})
    assert [note_front(n) for n in notes] == ["What is the JVM?"]
    assert note_back(notes[0]) == "The Java Virtual Machine runs Java bytecode."
    assert (
        ":gem:" not in notes[0]["fields"]["Section"]
        and "unknown_emoji_name" not in notes[0]["fields"]["Section"]
    )


# --- T26-7: a heading that introduces code to explain ('Explica los siguientes selectores:') over that code alone -----


@pytest.mark.parametrize(
    "asked",
    [
        "Explica los siguientes selectores:",
        "Erklären Sie die folgenden Selektoren:",
        "Expliquez les sélecteurs suivants :",
        "Объясните следующие селекторы:",
        "Explain the following selectors:",
    ],
)
def test_a_heading_introducing_code_over_that_code_alone_is_unanswered(tmp_path: Path, asked: str) -> None:
    """trial26 T26-7 (medium): '##### Explica los siguientes selectores:' over a css block and the next heading was a
    card whose back was the selectors to explain; the code is what the question shows (its front), and the question
    is warned 'no answer' at its line, in any language."""
    page = (
        f"# CSS\n\n##### ¿Qué es el box model?\n\nEl modelo de cajas de CSS.\n\n##### {asked}\n```css\np span\np > span\n```\n\n"
        "##### ¿Qué hace `z-index`?\n\nOrdena los elementos en el eje z.\n"
    )
    notes, skipped, said = _built(tmp_path, {"css.md": page})
    assert len(notes) == 2 and note_front(notes[0]) == "¿Qué es el box model?"
    assert not any("p span" in note_back(n) or "p span" in note_front(n) for n in notes)
    assert [s["line"] for s in skipped] == [7] and skipped[0]["skipped"] == "no answer"
    assert any(s.startswith("sources/css.md:7:") and "question has no answer" in s for s in said), said


def test_a_heading_introducing_code_answered_after_it_shows_the_code_on_its_front(tmp_path: Path) -> None:
    """trial26 T26-7: the same heading with its explanation after the code: the code on the front, the explanation the
    back; a question over code alone that does not point at it is answered by that code, as before."""
    page = (
        "# CSS\n\n##### ¿Qué es el box model?\n\nEl modelo de cajas de CSS.\n\n##### Explica los siguientes selectores:\n"
        "```css\np > span\n```\n\nSelecciona los span hijos directos de p.\n\n##### ¿Cómo se invierte una lista en Python?\n"
        "```python\nitems.reverse()\n```\n"
    )
    notes, skipped, said = _built(tmp_path, {"css.md": page})
    assert not skipped, said
    shown = {note_front(n): note_back(n) for n in notes}
    assert (
        shown["Explica los siguientes selectores: p > span"] == "Selecciona los span hijos directos de p."
    ), shown
    assert shown["¿Cómo se invierte una lista en Python?"].replace(" ", "") == "items.reverse()", shown


# --- side notes of T26-17 and T26-18: a section's importance emoji, its instruction in brackets ---------------------


def test_a_sections_importance_emoji_is_not_its_name(tmp_path: Path) -> None:
    """trial26 T26-17 (side note): JavaGuide's '## ⭐️ 基本数据类型' was the cards' section with the star; an emoji set
    before or after a section's words is a mark, not its name."""
    page = "# Java\n\n## ⭐️ 基本数据类型\n\n### 为什么浮点数运算会有精度丢失的风险？\n\n二进制无法精确表示某些小数。\n\n## Collections 💎\n\n### What is a HashMap?\n\nA hash table.\n"
    notes, _skipped, _said = _built(tmp_path, {"java.md": page})
    assert [n["fields"]["Section"] for n in notes] == ["基本数据类型", "Collections"]


def test_a_sections_instruction_in_brackets_is_not_its_name(tmp_path: Path) -> None:
    """trial26 T26-18 (side note): '一、判断题（对的打“√”，错的打“×”）' was the section of every 判断题 card; the instruction in
    its brackets is no part of the section's name."""
    text = "三年级科学 期末复习\n\n一、判断题（对的打“√”，错的打“×”）\n1. 地球是太阳系中最大的行星。（ × ）\n2. 水在0℃时会结冰。（ √ ）\n3. 植物的根能吸收水分和养分。（ √ ）\n"
    notes, skipped, said = _built(tmp_path, {"zh.txt": text})
    assert not skipped, said
    assert {n["fields"]["Section"] for n in notes} == {"一、判断题"}
    assert [note_back(n) for n in notes] == ["错", "对", "对"]


# --- T27-2: a Khan-style practice page: '## Problem N', the statement, '**Hint 1:**' …, '**Answer:**' ----------------

_KHAN = """# Solving linear equations — practice

## Problem 1

Solve for $x$:

$$3x + 5 = 20$$

**Hint 1:** Subtract 5 from both sides.

**Hint 2:** Divide both sides by 3.

**Answer:** $x = 5$

## Problem 2

What is the slope of the line through the points $(1, 2)$ and $(3, 8)$?

**Hint 1:** Slope is $\\frac{y_2 - y_1}{x_2 - x_1}$.

**Answer:** $3$
"""


def test_hints_before_the_answer_label_go_after_the_answer(tmp_path: Path) -> None:
    """trial27 T27-2 (severe): a hint right above '**Answer:**' was taken for the question ('Hint 2: Divide both sides
    by 3.' → x = 5), Problem 2's question was lost; now each problem is a card asking its statement (with its
    equation), its answer first on the back and the hints after it, never a front; 'Problem 2' only numbers it."""
    notes, skipped, said = _built(tmp_path, {"khan.md": _KHAN})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [
        "Solve for \\(x\\): \\[3x + 5 = 20\\]",
        "What is the slope of the line through the points \\((1, 2)\\) and \\((3, 8)\\)?",
    ]
    assert (
        note_back(notes[0])
        == "\\(x = 5\\) Hint 1: Subtract 5 from both sides. Hint 2: Divide both sides by 3."
    )
    assert note_back(notes[1]).startswith("\\(3\\) Hint 1: Slope is")
    assert [n["items"][0]["line"] for n in notes] == [3, 15]


# --- T27-36: a textbook glossary '**term** Definition …' (the bold run is the separator) ------------------------------

_GLOSSARY = """# Glossary

**abiotic** Non-living chemical and physical parts of the environment, such as sunlight, temperature and water.

**allele** One of two or more versions of a gene found at the same place on a chromosome.

**autotroph** An organism that produces its own food from inorganic substances, usually by photosynthesis.

**biome** A large community of plants and animals that occupies a distinct region defined by its climate.
"""


def test_a_glossary_of_run_in_bold_terms_gives_a_card_per_term(tmp_path: Path) -> None:
    """trial27 T27-36 (severe): an end-of-book glossary whose bold term runs straight into its definition (no colon or
    dash) was one card 'Glossary' holding every term; each term is a card now, its definition the back, at its line."""
    notes, skipped, said = _built(tmp_path, {"glossary.md": _GLOSSARY})
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["abiotic", "allele", "autotroph", "biome"]
    assert (
        note_back(notes[1])
        == "One of two or more versions of a gene found at the same place on a chromosome."
    )
    assert [n["items"][0]["line"] for n in notes] == [3, 5, 7, 9]


def test_prose_about_a_bold_word_is_no_glossary(tmp_path: Path) -> None:
    """trial27 T27-36: a paragraph opening with a bold subject (``**Photosynthesis** is the process …``) is a sentence
    about it, not a glossary entry whose definition opens the back (``is the process …``). Since sitting 47 a page whose
    every paragraph is such a sentence is a card per term, the whole sentence its back (one idea a card; the three were
    one card ``Energy``), the section kept."""
    page = (
        "# Plants\n\n## Energy\n\n**Photosynthesis** is the process by which plants make sugar.\n\n**Respiration** is how cells "
        "release energy.\n\n**Transpiration** is the loss of water from leaves.\n"
    )
    notes, _skipped, _said = _built(tmp_path, {"plants.md": page})
    assert [note_front(n) for n in notes] == ["Photosynthesis", "Respiration", "Transpiration"]
    assert note_back(notes[0]) == "Photosynthesis is the process by which plants make sugar."
    assert {n["fields"]["Section"] for n in notes} == {"Energy"}


# --- T27-24: vocabulary bullets '**la mairie** = the town hall — *example*' ---------------------------------------


def test_a_bold_words_own_separator_splits_the_pair(tmp_path: Path) -> None:
    """trial27 T27-24 (high): '- **la mairie** = the town hall — *La mairie est sur la place.*' split on its last
    separator: the front showed the meaning, the back only the example; the separator right after the bold word splits
    it now: the word on the front, its meaning and example on the back."""
    page = (
        "# Vocabulaire – Unité 2 : La ville\n\n- **la mairie** = the town hall — *La mairie est sur la place.*\n"
        "- **le quartier** = the neighbourhood — *J'habite dans un quartier calme.*\n"
        "- **la boulangerie** = the bakery — *Je vais à la boulangerie chaque matin.*\n"
    )
    notes, skipped, said = _built(tmp_path, {"fr-vocab.md": page})
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["la mairie", "le quartier", "la boulangerie"]
    assert note_back(notes[0]) == "the town hall — La mairie est sur la place."


# --- T27-26: Obsidian_to_Anki notes framed by '=== Question ===' / '=== Answer ===' / '=== Id ===' banners -----------

_O2A = """==================== Question ====================

### What is a unary function

==================== Answer ====================

A unary function is a function that accepts exactly one argument.

==================== Id ====================
14

---

DECK INFO

TARGET DECK: Javascript::Interview::Chapter 1 - Interview Questions

FILE TAGS: #Javascript::#Interview

Reference:

Related:

```dataview
LIST
where file.name = this.file.name
```

QUESTION STATUS: Safe to store
"""


def test_obsidian_to_anki_banners_and_footer_never_reach_the_back(tmp_path: Path) -> None:
    """trial27 T27-26 (high): every back held '=== Answer ===', the id banner and number, 'DECK INFO', 'Reference:',
    'Related:' and 'QUESTION STATUS: Safe to store'; the back is the answer alone now, and no 'text outside' warning."""
    notes, skipped, said = _built(tmp_path, {"notes/14 - What is a unary function.md": _O2A})
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["What is a unary function"]
    assert note_back(notes[0]) == "A unary function is a function that accepts exactly one argument."
    assert not any("outside any question" in s for s in said), said


# --- T27-37: a Jekyll post's Liquid tags -------------------------------------------------------------------------

_JEKYLL = (
    '\ufeff---\r\nlayout: post\r\ntitle: "Python interview questions, part 2"\r\n---\r\n\r\n{% include toc.html %}\r\n\r\n'
    "### What does the `yield` keyword do?\r\n\r\nIt turns a function into a generator.\r\n\r\n{% highlight python linenos %}\r\n"
    "def count(n):\r\n    for i in range(n):\r\n        yield i\r\n{% endhighlight %}\r\n\r\n### What is a decorator?\r\n\r\n"
    "A callable that wraps a function.\r\n\r\n{% raw %}\r\nUse `{{ name }}` in templates.\r\n{% endraw %}\r\n\r\n"
    "{% comment %}\r\nDraft: add functools.wraps.\r\n{% endcomment %}\r\n\r\n{% include ad.html %}\r\n"
)


def test_jekyll_liquid_tags_are_code_fences_markers_or_layout(tmp_path: Path) -> None:
    """trial27 T27-37 (high): '{% highlight python %}' code was a prose paragraph (indentation gone, tags shown),
    '{% raw %}' and '{% include ad.html %}' were on the backs; the highlight is a Python code block now, raw's text
    kept without its markers, a comment gone, includes left out and named in one warning."""
    notes, skipped, said = _built(tmp_path, {"_posts/2026-11-30-python-part-2.md": _JEKYLL})
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["What does the yield keyword do?", "What is a decorator?"]
    code = notes[0]["fields"]["Answer"]
    assert 'data-lang="python"' in code and "{%" not in code
    assert "\n        yield i" in re.sub(r"<[^>]+>", "", code)  # (the indentation kept)
    assert note_back(notes[1]) == "A callable that wraps a function. Use {{ name }} in templates."
    liquid = [s for s in said if "Liquid tag" in s]
    assert (
        len(liquid) == 1
        and "'{% include toc.html %}'" in liquid[0]
        and "'{% include ad.html %}'" in liquid[0]
    ), said


# --- T27-42: homework parts '(a) …?' / '(b) …?' answered by a key at the end '1. (a) 80 km/h  (b) 53.3 km' -----------

_HOMEWORK = """Physics Homework 3 – Kinematics

1. A car travels 120 km in 1.5 hours.
   (a) What is its average speed in km/h?
   (b) How far does it go in 40 minutes at that speed?

2. A stone is dropped from rest from a 45 m cliff (g = 10 m/s²).
   (a) How long does it take to reach the ground?
   (b) What is its speed just before impact?

Answers
1. (a) 80 km/h  (b) 53.3 km
2. (a) 3 s  (b) 30 m/s
"""


@pytest.mark.parametrize("name", ["homework.txt", "homework.md"])
def test_parts_keyed_at_the_end_are_a_card_each_under_their_stem(tmp_path: Path, name: str) -> None:
    """trial27 T27-42 (severe): the parts were read as options and the key's '(a)' as the right one: a multiple-choice
    card teaching 'What is its average speed in km/h?' as the answer; each part is a card now, its stem before it, the
    key's answer for that part its back, at the part's line."""
    notes, skipped, said = _built(tmp_path, {name: _HOMEWORK})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("A car travels 120 km in 1.5 hours. (a) What is its average speed in km/h?", "80 km/h"),
        ("A car travels 120 km in 1.5 hours. (b) How far does it go in 40 minutes at that speed?", "53.3 km"),
        (
            "A stone is dropped from rest from a 45 m cliff (g = 10 m/s²). (a) How long does it take to reach the ground?",
            "3 s",
        ),
        (
            "A stone is dropped from rest from a 45 m cliff (g = 10 m/s²). (b) What is its speed just before impact?",
            "30 m/s",
        ),
    ]
    assert all(n["kind"] == "basic" for n in notes)
    assert [n["items"][0]["line"] for n in notes] == [4, 5, 8, 9]


# --- T27-22: a Wikipedia page saved as HTML: '[edit]' links, citation marks, the references list --------------------


def test_a_saved_wiki_pages_edit_links_and_citation_marks_never_reach_a_card(tmp_path: Path) -> None:
    """trial27 T27-22 (medium): every section read 'A[edit]' and the backs ended with '[1]'; MediaWiki's edit links,
    citation marks, references list and table of contents are the page's furniture."""
    page = (
        '<html><body><div id="mw-navigation"><a href="/wiki/Main_Page">Main page</a></div><main id="content">\n'
        '<h1 id="firstHeading">Glossary of botanical terms</h1>\n<div id="toc"><ul><li><a href="#A">A</a></li><li><a href="#B">B</a>'
        '</li></ul></div>\n<h2><span class="mw-headline" id="A">A</span><span class="mw-editsection">[<a href="/w/index.php?'
        'action=edit&amp;section=1">edit</a>]</span></h2>\n<dl class="glossary">\n<dt><dfn>abaxial</dfn></dt>\n<dd>The side of '
        'an organ facing away from the axis.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></dd>\n</dl>\n'
        '<h2><span class="mw-headline" id="B">B</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;'
        'section=2">edit</a>]</span></h2>\n<dl class="glossary">\n<dt><dfn>berry</dfn></dt>\n<dd>A fleshy fruit produced from '
        'a single ovary.</dd>\n</dl>\n<h2><span class="mw-headline" id="References">References</span></h2>\n<ol class="references">'
        '<li id="cite_note-1">Beentje, H. (2010). <i>The Kew Plant Glossary</i>.</li></ol>\n</main></body></html>\n'
    )
    notes, skipped, said = _built(tmp_path, {"glossary.html": page})
    assert not skipped, said
    assert [(n["fields"]["Section"], note_front(n), note_back(n)) for n in notes] == [
        ("A", "abaxial", "The side of an organ facing away from the axis."),
        ("B", "berry", "A fleshy fruit produced from a single ovary."),
    ]
    assert not any("outside any question" in s for s in said), said


# --- T27-14: a tldr page with one bullet typed without its space ('-Comprime usando …:') --------------------------


def test_a_tldr_bullet_typed_without_its_space_is_a_card_of_its_own(tmp_path: Path) -> None:
    """trial27 T27-14 (medium): '-Comprime usando un tipo de archivo comprimido específico:' (no space after the dash)
    was glued silently onto the card before it; it is a card of its own, as its siblings are."""
    page = (
        "# 7z\n\n> Un compresor de archivos.\n\n- Comprime un archivo o un directorio:\n\n`7z a {{archivo.7z}} {{ruta}}`\n\n"
        "- Extrae un archivo comprimido a stdout:\n\n`7z x {{archivo.7z}} -so`\n\n-Comprime usando un tipo de archivo comprimido "
        "específico:\n\n`7z a -t{{zip|gzip}} {{archivo.7z}} {{ruta}}`\n\n- Lista el contenido de un archivo comprimido:\n\n"
        "`7z l {{archivo.7z}}`\n"
    )
    notes, skipped, said = _built(tmp_path, {"7z.md": page})
    assert not skipped, said
    fronts = [note_front(n) for n in notes]
    assert "Comprime usando un tipo de archivo comprimido específico" in fronts and len(fronts) == 4, fronts
    assert "Comprime usando" not in note_back(notes[fronts.index("Extrae un archivo comprimido a stdout")])


# --- T27-48: an explanation opening with the key said again ('الإجابة هي الخيار الرابع : D') ---------------------

_AR_QUIZ = """1. ماهو الناتج ؟

```javascript
console.log(typeof null);
```

- A: `null`
- B: `undefined`
- C: `number`
- D: `object`

<details><summary><b>الإجابة</b></summary>
<p>

<div dir='rtl'>
الإجابة هي الخيار الرابع : D

القيمة `null` من النوع `object` لأسباب تاريخية.
</div>

</p>
</details>

---

2. ماهو الناتج؟

```javascript
console.log(0.1 + 0.2 === 0.3);
```

- A: `true`
- B: `false`

<details><summary><b>الإجابة</b></summary>
<p>

الجواب هو الخيار الثاني: B

الأعداد العشرية لا تُمثَّل بدقة.

</p>
</details>
"""


def test_an_explanation_never_opens_with_the_key_said_again(tmp_path: Path) -> None:
    """trial27 T27-48 (medium): every Explanation of the Arabic javascript-questions README opened with 'الإجابة هي
    الخيار الرابع : D' ("the answer is the fourth option: D"), the key the card already marks; it is left out."""
    notes, skipped, said = _built(tmp_path, {"README_AR.md": _AR_QUIZ})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["D) object", "B) false"]
    explained = [
        plain for n in notes for plain in [re.sub(r"<[^>]+>", "", n["fields"]["Explanation"]).strip()]
    ]
    assert explained[0].startswith("القيمة") and explained[1].startswith("الأعداد"), explained


# --- T27-8: an answer indented 4 spaces right under a bold question line (no blank line) -------------------------


def test_an_indented_answer_under_a_bold_question_is_text_not_code(tmp_path: Path) -> None:
    """trial27 T27-8 (medium): '**1. Qual a diferença entre `let` e `var`?**' / '    - `var` tem escopo …' (no blank
    line: the paragraph goes on, as GitHub shows it) was a code block with raw backticks and the dash; it is text with
    inline code now, without the dash."""
    page = (
        "# Roteiro\n\n## Tópico 1\n\n**1. Qual a diferença entre `let` e `var`?**\n    - `var` tem escopo de função;\n"
        "      `let` tem escopo de bloco.\n\n**2. O que é uma Promise?**\n    - Um objeto que representa um resultado futuro.\n"
    )
    notes, skipped, said = _built(tmp_path, {"roteiro.md": page})
    assert not skipped, said
    assert [note_back(n) for n in notes] == [
        "var tem escopo de função; let tem escopo de bloco.",
        "Um objeto que representa um resultado futuro.",
    ]
    assert "<code>var</code>" in notes[0]["fields"]["Answer"] and "<pre" not in notes[0]["fields"]["Answer"]


# --- T27-38 (rest): '- **MDS**: …' bullets led in by a topic heading's prose paragraph ending ':' -----------------


def test_bold_entries_led_in_by_a_topics_prose_stay_in_its_card(tmp_path: Path) -> None:
    """trial27 T27-38 (high): under '#### Staging Area (Index)', its paragraph ending 'You have two types of files
    here:' was lost ("text outside any question") and '- **MDS**: …' / '- **SML**: …' were cards 'MDS' / 'SML'; the
    topic is a card like its siblings now, its paragraph and list its back."""
    page = (
        "# Git\n\n### What is Git?\n\nA version control system.\n\n### Working Directory\n\nThe working directory is your "
        "playground.\n\n### Staging Area (Index)\n\nThe staging area is a kind of middle-ground. Here you adjust your next "
        "commit. You have two types of files here:\n\n- **MDS**: Files modified since your last commit\n- **SML**: Files "
        "prepared for your next commit\n\n### Repository (History)\n\nThe repository keeps your commits.\n\n### What is a "
        "branch?\n\nA movable pointer to a commit.\n"
    )

    notes, _skipped, said = _built(tmp_path, {"git.md": page})
    fronts = [note_front(n) for n in notes]
    assert "MDS" not in fronts and "SML" not in fronts, fronts
    back = note_back(notes[fronts.index("Staging Area (Index)")])
    assert (
        back.startswith("The staging area is a kind of middle-ground.") and "MDS : Files modified" in back
    ), back
    assert not any("outside any question" in s for s in said), said


# --- T27-13: law case briefs ('**Facts:**' / '**Issue:** …?' / '**Holding:**') ------------------------------------

_BRIEFS = """# Contracts I – Case briefs

## Hadley v. Baxendale (1854)

**Facts:** A mill's crankshaft broke; the carrier delayed delivering it, and the mill stood idle.

**Issue:** Can the mill recover lost profits caused by the carrier's delay?

**Holding:** No. Damages are limited to losses reasonably contemplated by both parties.

## Carlill v. Carbolic Smoke Ball Co. (1893)

**Facts:** The company advertised a £100 reward to anyone who caught influenza after using its smoke ball.

**Issue:** Was the advertisement an offer capable of acceptance?

**Holding:** Yes. It was a unilateral offer to the world.
"""


def test_a_case_briefs_facts_are_on_the_front_above_its_issue(tmp_path: Path) -> None:
    """trial27 T27-13 (medium): a brief's '**Facts:**' was dropped as "text outside any question" and the card asked the
    bare issue ('Can the mill recover …?', which mill?); a paragraph labelled as the situation (Facts, Background,
    Scenario, Context …) goes on the front above the question it sets up."""
    notes, skipped, said = _built(tmp_path, {"briefs.md": _BRIEFS})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [
        "Facts: A mill's crankshaft broke; the carrier delayed delivering it, and the mill stood idle. Can the mill recover lost "
        "profits caused by the carrier's delay?",
        "Facts: The company advertised a £100 reward to anyone who caught influenza after using its smoke ball. Was the "
        "advertisement an offer capable of acceptance?",
    ]
    assert note_back(notes[0]).startswith("No. Damages are limited")
    assert not any("outside any question" in s for s in said), said


# --- T27-47: a 'Correct the mistakes' worksheet, each wrong sentence over its ticked correction ----------------------


def test_a_correct_the_mistakes_worksheet_says_so_on_each_front_and_drops_the_tick(tmp_path: Path) -> None:
    """trial27 T27-47 (medium): the front was the wrong sentence alone (a learner rehearses it as a fact) and the back
    kept the '✔'; the title's instruction opens each front now, and the tick is no text of the answer."""
    text = (
        "Correct the mistakes\n\n1. She go to school every day.\n   ✔ She goes to school every day.\n2. They was at home "
        "yesterday.\n   ✔ They were at home yesterday.\n3. I have saw that film.\n   ✔ I have seen that film.\n"
    )
    notes, skipped, said = _built(tmp_path, {"correct.txt": text})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Correct the mistakes: She go to school every day.", "She goes to school every day."),
        ("Correct the mistakes: They was at home yesterday.", "They were at home yesterday."),
        ("Correct the mistakes: I have saw that film.", "I have seen that film."),
    ]


# --- T27-25: a long comparison answer split at '### Delegates:' / '### Events:' -----------------------------------


def test_topic_cards_of_a_comparison_name_it_and_drop_the_colon(tmp_path: Path) -> None:
    """trial27 T27-25 (medium): the topic cards of a long 'difference between an event and a delegate' answer asked
    'Delegates:' / 'Events:'; their fronts name the comparison now, without the heading's colon."""
    words = " ".join(
        ["A delegate is a type that defines a method signature and holds references to methods."] * 14
    )
    events = " ".join(
        ["An event lets a class notify subscribers when something happens, through a delegate."] * 14
    )
    page = (
        "# C#\n\n## Can you explain the difference between an event and a delegate in C#?\n\nBoth matter. Let's delve into "
        f"the differences:\n\n### Delegates:\n\n{words}\n\n### Events:\n\n{events}\n\n## What is LINQ?\n\nA query syntax.\n"
    )
    notes, _skipped, _said = _built(tmp_path, {"ev.md": page})
    fronts = [note_front(n) for n in notes]
    assert "Can you explain the difference between an event and a delegate in C#? › Delegates" in fronts, (
        fronts
    )
    assert "Can you explain the difference between an event and a delegate in C#? › Events" in fronts, fronts
    assert not any(f.endswith(":") for f in fronts), fronts


# --- T27-19: a crossword's clues with the solutions by direction at the end ----------------------------------------

_CROSSWORD = """Chemistry Crossword – Clues

ACROSS
1. Negatively charged particle (8)
4. Element with symbol Na (6)
6. Table that arranges elements by atomic number (8)

DOWN
2. Positively charged particle in the nucleus (6)
3. Smallest unit of an element (4)

SOLUTIONS
Across: 1 ELECTRON, 4 SODIUM, 6 PERIODIC
Down: 2 PROTON, 3 ATOM
"""


def test_a_crosswords_clues_are_cards_keyed_by_their_solutions(tmp_path: Path) -> None:
    """trial27 T27-19 (severe): one garbage card (a clue whose back was the next clues) and four clues lost; each clue is
    a card now, its word from the solutions of its direction and number its back, the direction its section."""
    notes, skipped, said = _built(tmp_path, {"crossword.txt": _CROSSWORD})
    assert not skipped, said
    assert [(n["fields"]["Section"], note_back(n)) for n in notes] == [
        ("ACROSS", "ELECTRON"), ("ACROSS", "SODIUM"), ("ACROSS", "PERIODIC"), ("DOWN", "PROTON"), ("DOWN", "ATOM"),
    ]  # fmt: skip
    assert note_front(notes[0]).startswith("Negatively charged particle")
    assert [n["items"][0]["line"] for n in notes] == [4, 5, 6, 9, 10]
