"""Nineteenth sitting, readers: questions whose cards taught the wrong thing. Fixtures written here in the shapes of
the documents the findings name (trial19)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back as _back
from conftest import note_front as _front
from conftest import plain_text as _plain

# --- a Word document made here: paragraphs, some in numbered lists ------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _docx(path: Path, paragraphs: list[tuple[str, int | None]], levels: dict[int, tuple[str, int]]) -> Path:
    """A .docx of ``(text, numId or None)`` paragraphs; ``levels`` gives each numId its level 0 ``(numFmt, start)``."""

    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text.replace("&", "&amp;").replace("<", "&lt;")}</w:t></w:r>'

    body = "".join(
        f"<w:p>{run(text)}</w:p>" if num is None else f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{run(text)}</w:p>'
        for text, num in paragraphs
    )
    numbering = "".join(
        f'<w:abstractNum w:abstractNumId="{n}"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        for n, (fmt, start) in levels.items()
    ) + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>' for n in levels)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId2" Type="{_R}/numbering" Target="numbering.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{body}</w:body></w:document>')
        z.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_W}>{numbering}</w:numbering>')
    return path


# --- T19-12: a Word MCQ whose code is a Word numbered list ------------------------------------------------------------


def test_word_code_typed_as_a_numbered_list_is_the_questions_code(tmp_path: Path) -> None:
    """trial19 T19-12: a Word quiz copied from a tutorial site keeps each question's code as a Word numbered list
    (a line an entry). Its entries were the options (8 of them, 'G) else' keyed by the key's 'D') or a Basic card's
    back; its options 'a. Garbage value' (Word's letters, a list starting at 0) lost their letter. Now the list is
    the question's code block on the front and the typed options are keyed from the key at the end."""
    paragraphs: list[tuple[str, int | None]] = [
        ("1) What is the output of the below code?", None),
        *((line, 1) for line in ["#include <stdio.h>", "int main()", "{", "   int arr[5]={10,20,30,40,50};", '   printf("%d", arr[5]);', "    return 0;", "}"]),
        *((option, 2) for option in ["Garbage value", "10", "50", "None of the above"]),
        ("2) Consider the following code.", None),
        *((line, 3) for line in ["struct node", "{", "   int data;", "   struct node *next;", "}", "node ptr;"]),
        ("Which one of the following is the correct option to create a new node?", None),
        ("a) ptr=(node*)malloc(sizeof(node*))", None),
        ("b) ptr=(node)malloc(sizeof(node))", None),
        ("c) ptr=(node*)malloc(sizeof(node))", None),
        ("d) None of the above", None),
        ("3) Which of the following is the correct way of declaring an array?", None),
        *((option, 4) for option in ["int javatpoint[10];", "int javatpoint;", "javatpoint{20};", "array javatpoint[10];"]),
        ("Answers", None),
        ("1. A", None),
        ("2. C", None),
        ("3. A", None),
    ]
    levels = {1: ("decimal", 1), 2: ("lowerLetter", 0), 3: ("decimal", 1), 4: ("upperLetter", 1)}
    (tmp_path / "word").mkdir()
    made = _docx(tmp_path / "word" / "ds-mcq.docx", paragraphs, levels)
    notes, skipped, _ = _built(tmp_path, {"ds-mcq.docx": made})
    assert not skipped, skipped
    cards = {_plain(n["fields"]["Question"]): n for n in notes}
    assert len(cards) == 3 and all(n["kind"] == "multiple_choice" for n in notes), list(cards)
    output = next(n for q, n in cards.items() if "output of the below code" in q)
    assert "#include <stdio.h>" in _front(output) and "<pre" in output["fields"]["Question"]
    assert _back(output) == "A) Garbage value", _back(output)
    assert "Garbage value" in _plain(output["fields"]["Options"]) and "{" not in _plain(output["fields"]["Options"])
    node = next(n for q, n in cards.items() if "create a new node" in q)
    assert "struct node *next;" in _front(node) and _front(node).startswith("Consider the following code.")
    assert _back(node) == "C) ptr=(node*)malloc(sizeof(node))", _back(node)
    declared = next(n for q, n in cards.items() if "declaring an array" in q)  # (code options: still options)
    assert _back(declared) == "A) int javatpoint[10];" and "<pre" not in declared["fields"]["Question"]


def test_page_code_as_a_list_is_a_code_block_prose_lists_stay_lists() -> None:
    """The same rule for any page (Word goes through HTML): a list of code lines with a brace alone or a block opener
    is code; a list of steps, or of code options without a structural line, stays a list."""
    from compiler.sources.html import html_markdown

    page = (
        "<p>1. What does this print?</p><ol><li>def f(x):</li><li>    return x * 2</li><li>print(f(3))</li></ol>"
        "<p>Steps:</p><ol><li>Open the file.</li><li>Edit the line { } as needed.</li><li>Save it again.</li></ol>"
        "<ul><li>x = 1;</li><li>x == 1;</li><li>x := 1;</li></ul>"
    )
    text = html_markdown(page, "p.html").text
    assert "```\ndef f(x):\n    return x * 2\nprint(f(3))\n```" in text, text
    assert "1. Open the file." in text and "- x = 1;" in text, text


# --- T19-25 (and K1): a question's givens after its '?', or its asking sentence after its givens ----------------------

QUOTED_QUIZ = """## Week 3 quiz

1. You are building a 3-class classifier. What would be the label for the following image? Recall y=[pc,bx,by,c1,c2,c3]

\t> y=[1,0.3,0.7,0,1,0]

2. What is the IoU between these two boxes? The upper-left box is 2x2, and the lower-right box is 2x3. The overlap is 1x1.

\t> 1/9

3. How many output units will the network have for N landmarks?

\t> 2N

4. What is the dimension of the output volume of YOLO on a 19x19 grid with 5 anchors and 20 classes?

\t> 19x19x(5x25)

5. Suppose the temperature over the first three days of January is the same:

    Jan 1st: θ_1 = 10

    Jan 2nd: θ_2 = 10

    Say you use an exponentially weighted average with β = 0.5. What are v_2 and its corrected value?

    - v_2 = 7.5, corrected 10
"""


def test_words_after_the_question_mark_stay_on_the_front_when_items_are_answered_below(tmp_path: Path) -> None:
    """trial19 T19-25: every item answered in a quote (or an indented list) under it, and an item line that goes on
    after its '?' ('Recall y=[…]', 'The upper-left box is 2x2 …'): those words were the back, above the real answer.
    And an item whose line is a lead-in ending with ':' over givens and then the sentence that asks (K1 family,
    Kulbear's week 2 quiz Q5): the front stopped at the lead-in, the givens and the question were on the back."""
    notes, skipped, _ = _built(tmp_path, {"quiz.md": QUOTED_QUIZ})
    assert not skipped and len(notes) == 5, [_front(n) for n in notes]
    by_front = {_front(n): _back(n) for n in notes}
    label = next(q for q in by_front if "label for the following image" in q)
    assert label.endswith("Recall y=[pc,bx,by,c1,c2,c3]") and by_front[label] == "y=[1,0.3,0.7,0,1,0]"
    iou = next(q for q in by_front if "IoU" in q)
    assert "The overlap is 1x1." in iou and by_front[iou] == "1/9"
    days = next(q for q in by_front if "first three days" in q)
    assert "Jan 2nd: θ_2 = 10" in days and days.endswith("What are v_2 and its corrected value?"), days
    assert by_front[days] == "v_2 = 7.5, corrected 10"


def test_a_same_line_answer_still_splits_when_the_page_answers_on_the_line(tmp_path: Path) -> None:
    """The rule above is by the page: items answered on their own line ('What is TCP? A transport protocol.'),
    notes indented under some, keep their answer after the '?' on the back."""
    page = "\n\n".join(
        f"{n}. What is {term}? {answer}\n\n   {note}"
        for n, (term, answer, note) in enumerate(
            [("TCP", "A transport protocol.", "It orders bytes."), ("UDP", "A datagram protocol.", "No ordering."), ("IP", "The network layer.", "Routes packets.")],
            start=1,
        )
    )
    notes, _, _ = _built(tmp_path, {"net.md": page + "\n"})
    by_front = {_front(n): _back(n) for n in notes}
    assert by_front.get("What is TCP?", "").startswith("A transport protocol."), by_front


# --- T19-1: task-box options that are each the code block under an empty box -----------------------------------------

CODE_BOX_QUIZ = """#### Q1. Which is NOT a valid loop construct in Go?

- [x]

```go
      do { ... } while i < 5
```

- [ ]

```go
      for i := 1; i < 5; i++ { ... }
```

- [ ]

```go
      for i < 5 { ... }
```

#### Q2. What commands would you use to force an overwrite of your local files with the master branch?

- [ ] \u2800

```bash
  git pull --all
  git reset --hard origin/master
```

- [x] \u2800

```bash
  git fetch --all
  git reset --hard origin/master
```

**Note**: pull merges; we want to overwrite.

#### Q3. Which command shows the staged changes?

- [ ] git log
- [x] git diff --staged
"""


def test_empty_task_boxes_over_code_blocks_are_code_options(tmp_path: Path) -> None:
    """trial19 T19-1 (linkedin-skill-assessments quizzes): '- [x]' with no text, or '- [ ] ⠀' (a braille blank to keep
    the box), over a fenced block, option after option: a Basic card whose back was every box and block. Now each
    block is its option, the ticked one keyed."""
    notes, skipped, _ = _built(tmp_path, {"quiz.md": CODE_BOX_QUIZ})
    assert not skipped and len(notes) == 3 and all(n["kind"] == "multiple_choice" for n in notes), [(n["kind"], _front(n)) for n in notes]
    by_front = {_front(n): n for n in notes}
    loop = next(n for q, n in by_front.items() if "valid loop" in q)
    assert _back(loop) == "A) do { ... } while i < 5" and "<pre" in loop["fields"]["Options"]
    pull = next(n for q, n in by_front.items() if "force an overwrite" in q)
    assert _back(pull) == "B) git fetch --all git reset --hard origin/master" and "\u2800" not in pull["fields"]["Options"]


# --- T19-2: a box typed '[]' among '[ ]' and '[x]' ------------------------------------------------------------------

def test_a_box_typed_without_its_space_is_a_box(tmp_path: Path) -> None:
    """trial19 T19-2: '- [] sao lưu dữ liệu' among '- [x] …' / '- [ ] …' is text in Markdown: the options were a Basic
    back ('[] GAAP ☑ IFRS'). Now '[]' right by another box is an empty box; '[]' elsewhere (code, prose) stays."""
    page = (
        "#### C3. Which control is a detective control?\n\n- [] data backups\n- [x] physical inventory counts\n"
        "- [ ] background checks\n\n#### C4. What is the empty list in Python?\n\n- [] is a list\n\nIt is `[]`.\n"
    )
    notes, _, _ = _built(tmp_path, {"quiz.md": page})
    by_front = {_front(n): n for n in notes}
    detective = next(n for q, n in by_front.items() if "detective control" in q)
    assert detective["kind"] == "multiple_choice" and _back(detective) == "B) physical inventory counts"
    assert "A) data backups" in _plain(detective["fields"]["Options"])
    empty = next(n for q, n in by_front.items() if "empty list" in q)
    assert empty["kind"] == "basic" and "[] is a list" in _back(empty), _back(empty)


# --- T19-17: the code a headed multiple-choice question asks about, shown under it ------------------------------------

OUTPUT_QUIZ = """### Coding Exercise

#### 1. What is the output of below code

```javascript
console.log(0.1 + 0.2 === 0.3);
```

- 1: false
- 2: true

<details><summary><b>Answer</b></summary>

##### Answer: 1

Floating point numbers are not exact.

</details>

### 2. What would be the output of following code?

```javascript
console.log(typeof null);
```

1.  object
2.  null

<details><summary><b>Answer</b></summary>

 1) object

</details>
"""


def test_code_under_a_headed_multiple_choice_question_stays_under_it(tmp_path: Path) -> None:
    """trial19 T19-17 (sudheerj's JavaScript coding exercises, 123-Essential-JavaScript): '#### 1. What is the output of
    below code' over its code and '- 1: …' options: the front showed the code above the question ('console.log(…);
    What is the output of below code?'). Now a headed question's code is under it, as the page has it."""
    notes, skipped, _ = _built(tmp_path, {"js.md": OUTPUT_QUIZ})
    assert not skipped and len(notes) == 2 and all(n["kind"] == "multiple_choice" for n in notes)
    for note in notes:
        front = note["fields"]["Question"]
        assert front.index("output of") < front.index("<pre"), front
    assert {_back(n) for n in notes} == {"A) false", "A) object"}


# --- T20-8: Hugo's expand / details shortcodes as answer toggles ------------------------------------------------------

HUGO_LAB = """---
title: "L1 - Files"
---

## Task 1

Run this program in a folder with files but no sub-folders. Is the folder count zero? Explain it.
{{< expand "Answer" >}}
No, each folder has two special hard linked folders, so the program counted **2** folders.
{{< /expand >}}

How to create a symbolic link for the tests?
{{< expand "Answer" >}}
`ln -s prog9.c prog_link.c`
{{< /expand >}}

---

**1. State three operating system resource management techniques. [3]**

{{% details title="Solution" %}}
Award [3 max]
* scheduling;
* paging;
* polling;
{{% /details %}}

**2. Outline what is meant by virtual memory. [2]**

{{< expand "Answer" >}}
* memory management by the OS that uses disk storage as RAM;
{{< /expand >}}

{{< expand "Background" >}}
Virtual memory was first used in the Atlas computer.
{{< /expand >}}
"""


def test_hugo_expand_toggles_delimit_answers(tmp_path: Path) -> None:
    """trial20 T20-8: Hugo pages (hugo-book, relearn, Docsy) write the answer in an '{{< expand "Answer" >}}' (or
    '{{% details title="Solution" %}}') toggle; the markers were dropped as layout, so a lab page was one card whose
    answer glued every later question and answer, a past-paper page one card 'Example Problems'. Now a toggle titled as
    an answer is the answer toggle <details> is: the paragraph or bold line before it asks, its text (Markdown) is the
    back. A toggle of another title keeps its text, its markers dropped, as before."""
    notes, _, said = _built(tmp_path, {"lab.md": HUGO_LAB})
    by_front = {_front(n): _back(n) for n in notes}
    assert len(notes) == 4, by_front
    folder = next(q for q in by_front if "folder count zero" in q)
    assert by_front[folder].startswith("No, each folder has two special") and "symbolic" not in by_front[folder]
    assert by_front["How to create a symbolic link for the tests?"] == "ln -s prog9.c prog_link.c"
    three = next(n for n in notes if "resource management techniques" in _front(n))
    assert "<li>scheduling;</li>" in three["fields"]["Answer"] and "Award [3 max]" in _back(three)
    memory = next(q for q in by_front if "virtual memory" in q)
    assert by_front[memory].startswith("memory management by the OS")
    assert not any("shortcode" in m for m in said), said


# --- T20-4: Obsidian_to_Anki blocks after a sync, CurlyCloze, reversed notes, FILE TAGS --------------------------------

O2A = """TARGET DECK
Biology::Cells

FILE TAGS
biology cells

START
Basic
What organelle produces ATP?
Back: The mitochondrion.
Tags: organelles
<!--ID: 1566052191670-->
END

START
Basic (and reversed card)
Ribosome
Back: The organelle that builds proteins.
END

START
Cloze
The {nucleus} holds the cell's {DNA}, unlike $\\frac{1}{2}$ of it.
END
"""


def test_obsidian_to_anki_synced_blocks_curly_clozes_and_reversed_notes(tmp_path: Path) -> None:
    """trial20 T20-4: a block synced by the plugin holds '<!--ID: …-->' (its front showed '#organelles #', the tag
    lost); a Cloze block with CurlyCloze '{…}' deletions was glued onto the card before it; 'Basic (and reversed card)'
    was one way; 'TARGET DECK' / 'FILE TAGS' with their values on the next line were text outside any question."""
    notes, skipped, said = _built(tmp_path, {"Biology.md": O2A})
    assert not skipped and len(notes) == 3, [(n["kind"], _front(n)) for n in notes]
    atp = next(n for n in notes if "ATP" in _front(n))
    assert _front(atp) == "What organelle produces ATP?" and _back(atp) == "The mitochondrion."
    assert {"organelles", "biology", "cells"} <= set(atp["tags"]), atp["tags"]
    ribosome = next(n for n in notes if _front(n) == "Ribosome")
    assert "reversed" in ribosome["notetype"] and _back(ribosome) == "The organelle that builds proteins."
    cloze = next(n for n in notes if n["kind"] == "cloze")
    assert "{{c1::nucleus}}" in cloze["fields"]["Text"] and "{{c2::DNA}}" in cloze["fields"]["Text"] and "frac{1}{2}" in cloze["fields"]["Text"]
    assert not any("outside any question" in m for m in said), said


# --- T20-13: an answer line set as a heading with a check mark before its label ----------------------------------------

ZH_QUIZ = """## 第 1 题 🟢

### 题目

`transition` 的四个属性是？

**选项：**
- A. property, duration, delay, function
- B. property, duration, timing-function, delay
- C. name, duration, timing-function, delay

<details>
<summary>查看答案</summary>

### ✅ 正确答案：B

### 📖 解析

transition 有四个属性。

</details>
"""


def test_a_heading_answer_line_with_a_check_mark_keys_the_options(tmp_path: Path) -> None:
    """trial20 T20-13: '### ✅ 正确答案：B' inside the answer toggle (a generated interview chapter's every question):
    'none marked correct; no card' — the mark was read before a heading's '###' only. Now heading marks may stand
    before the check mark too."""
    notes, skipped, _ = _built(tmp_path, {"ch34.md": ZH_QUIZ})
    assert not skipped and len(notes) == 1 and notes[0]["kind"] == "multiple_choice", [(n["kind"], _front(n)) for n in notes]
    assert _back(notes[0]) == "B) property, duration, timing-function, delay"
    assert "transition 有四个属性" in _plain(notes[0]["fields"]["Explanation"])


# --- T20-14: a question bank's '题干：' stem under a heading that only names the question ------------------------------

ZH_BANK = """## 随堂轻习题

### Q1 · single · ex-vs-1
题干：向量库做"语义搜索"的核心步骤是？
选项：
- A. 全文关键词逐字匹配
- B. 查询与文档都变成向量，按余弦相似度取 top-k
答案：B
解析：嵌入向量把语义变成了"方向"。

### Q2 · judge · ex-vs-2
题干：项目一开始就应该引入专门的向量数据库。
选项：正确 / 错误
答案：错误
解析：检索质量主要取决于嵌入模型。

## Review
Question: What is a vector?
Answer: A direction and a length.

Question: What is cosine similarity?
Answer: The cosine of the angle between two vectors.
"""


def test_a_labelled_stem_under_an_id_heading_is_the_question(tmp_path: Path) -> None:
    """trial20 T20-14: '### Q2 · judge · ex-vs-2' over '题干：…' / '选项：正确 / 错误' / '答案：错误': the heading id was the
    front, the statement and the answer its back; the MC front kept '题干：' and the id. Now the stem is the question
    (its label gone), a true/false options line is no text; a heading over several stems stays their section."""
    notes, skipped, _ = _built(tmp_path, {"bank.md": ZH_BANK})
    assert not skipped, skipped
    by_front = {_front(n): n for n in notes}
    assert '向量库做"语义搜索"的核心步骤是？' in by_front, list(by_front)
    assert _back(by_front['向量库做"语义搜索"的核心步骤是？']) == "B) 查询与文档都变成向量，按余弦相似度取 top-k"
    judge = by_front["项目一开始就应该引入专门的向量数据库。"]
    assert _back(judge).startswith("错误") and "正确 / 错误" not in _back(judge) and "ex-vs" not in _front(judge)
    assert not any("ex-vs" in q for q in by_front), list(by_front)
    assert any("What is a vector?" in q for q in by_front) and any("cosine similarity" in q for q in by_front), list(by_front)


# --- T20-7: a quiz app's 'Subject:' / 'Description:' group lines over Aiken-style questions -------------------------

GROUPED_AIKEN = """Subject: History Foundations
Description: Ancient civilizations, timelines, and key events.

Question: Which river was central to ancient Egyptian civilization?
A. Amazon
B. Nile
C. Thames
Answer: B
Explanation: Ancient Egypt grew around the Nile River.

Subject: Computing Basics
Description: Starter questions for digital literacy.

Question: What does CPU stand for?
A. Central Process Unit
B. Computer Personal Unit
C. Central Processing Unit
Answer: C
Explanation: CPU stands for Central Processing Unit.
"""


def test_group_lines_over_aiken_questions_are_their_sections(tmp_path: Path) -> None:
    """trial20 T20-7: 'Subject: …' / 'Description: …' over each group of 'Question:' / 'A.' … / 'Answer: B' blocks made
    the file 'qa': Basic cards with the options on the front, the next group's lines on a back. Now a group line
    standing apart is the section of the questions under it, its description no text, and the quiz reads as Aiken."""
    notes, skipped, _ = _built(tmp_path, {"exambuddy.txt": GROUPED_AIKEN})
    assert not skipped and [n["kind"] for n in notes] == ["multiple_choice"] * 2, [(n["kind"], _front(n)) for n in notes]
    got = {_back(n): n["fields"]["Section"] for n in notes}
    assert got == {"B) Nile": "History Foundations", "C) Central Processing Unit": "Computing Basics"}, got
    assert not any("Description" in _plain(json.dumps(n["fields"], ensure_ascii=False)) or "Subject" in _front(n) for n in notes)


# --- T20-2: a VitePress '::: details 答案' container holding the numbered answers ---------------------------------------

VITEPRESS = """## 练习题

1. 触发器是手动调用还是自动执行？
2. `DROP TRIGGER` 需要指定在哪张表上吗？
3. `BEFORE UPDATE` 表示什么时候执行？

::: tip 提示
触发器越自动，越要保持简单。
:::

::: details 答案
1. 自动执行。
2. 需要。
3. 更新发生前。
:::

## Notes

::: details Show more
1. Not a key: this container is titled otherwise.
:::
"""


def test_a_vitepress_key_container_answers_the_numbered_questions(tmp_path: Path) -> None:
    """trial20 T20-2: '1. …？' … then '::: details 答案' / '1. 自动执行。' … / ':::' (a VitePress course page's exercises):
    no card ('no items found'); in English one card of every question. Now the container is the key heading it stands
    for, its entries pair 1 ↔ 1, and the '::: tip' between is no answer of the last question."""
    notes, _, _ = _built(tmp_path, {"pg.md": VITEPRESS})
    by_front = {_front(n): _back(n) for n in notes}
    assert by_front.get("触发器是手动调用还是自动执行？") == "自动执行。", by_front
    assert by_front.get("DROP TRIGGER 需要指定在哪张表上吗？") == "需要。", by_front
    assert by_front.get("BEFORE UPDATE 表示什么时候执行？") == "更新发生前。", by_front


def test_a_lead_in_over_givens_then_a_check_two_question(tmp_path: Path) -> None:
    """T19-25 family (Kulbear's 'Bird recognition' quiz): the asking line of a ':' lead-in's givens may end with how
    to answer ('… most promising to try? (Check two options.)'); the givens and that line are the front."""
    page = "\n\n".join(
        [
            "1. After working further on your algorithm, you end up with the following:",
            "    Human-level performance 0.1%",
            "    Training set error 2.0%",
            "    Based on the evidence you have, which two options seem the most promising to try? (Check two options.)",
            "    - Try decreasing regularization.",
            "2. You also evaluate your model on the test set, and find the following:",
            "    Test set error 7.0%",
            "    What does this mean? (Check the two best options.)",
            "    - You have overfit to the dev set.",
            "3. What is human-level performance a proxy for?",
            "    - Bayes error.",
        ]
    )
    notes, _, _ = _built(tmp_path, {"bird.md": page + "\n"})
    by_front = {_front(n): _back(n) for n in notes}
    first = next(q for q in by_front if "you end up with the following" in q)
    assert "Training set error 2.0%" in first and first.endswith("(Check two options.)") and by_front[first] == "Try decreasing regularization."
    second = next(q for q in by_front if "find the following" in q)
    assert second.endswith("(Check the two best options.)") and by_front[second] == "You have overfit to the dev set."
