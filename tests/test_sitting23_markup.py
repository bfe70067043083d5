"""Twenty-third sitting, markup: how the Markdown reading turns a page's structure into items (trial22 T22-30 …,
trial23 findings). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import plain_text as _plain

# --- T22-30: options listed, then listed again ticked under the answer (Zenn quiz pages) -----------------------------

ZENN_PAGE = """---
title: "ブランチ"
---

## Q1: 新しいリポジトリを初期化するコマンドはどれか？

### 選択肢

- `git add .`
- `git init`
- `git commit`

### 回答欄

:::details 回答を見る
[公式ドキュメント](https://git-scm.com/docs/git-init)

- [ ] `git add .`
- [x] `git init`
- [ ] `git commit`

:::
"""

REVEALED_KEYS = """# Git quiz

## Q1: Which of these are version control systems?

### Choices

1. Git
2. Photoshop
3. Mercurial

### Answer

- [x] Git
- [ ] Photoshop
- [x] Mercurial

## Q2: Which command shows the current branch?

??? note "Show answer"
    `git branch --show-current`

## Q3: Steps to publish

- commit
- push

Checklist:

- [x] commit
- [x] push
"""


def test_ticked_copy_of_the_options_keys_them(tmp_path: Path) -> None:
    """The choices first, the same list ticked inside the answer toggle: a multiple-choice note with the options on
    the front, the ticked one correct, the toggle's other text the explanation; no label or toggle title printed."""
    notes, skipped, _ = _built(tmp_path, {"question001.md": ZENN_PAGE})
    assert len(notes) == 1 and not skipped
    fields = notes[0]["fields"]
    assert notes[0]["notetype"] == "deckc Multiple choice"
    assert _plain(fields["Correct"]) == "B) git init"
    assert "git add ." in _plain(fields["Options"]) and "git commit" in _plain(fields["Options"])
    assert _plain(fields["Explanation"]) == "公式ドキュメント"
    assert not any(w in _plain(fields[k]) for k in ("Question", "Explanation", "Options") for w in ("選択肢", "回答欄", "回答を見る", "☑"))


def test_ticked_copy_in_any_order_and_a_checklist_of_all_is_no_key(tmp_path: Path) -> None:
    """The copy may tick several (choose 2) under an '### Answer' label; a plain list re-listed with every entry ticked
    is a to-do checklist, left as written."""
    notes, _, _ = _built(tmp_path, {"quiz.md": REVEALED_KEYS})
    by_front = {_plain(n["fields"]["Question"]): n for n in notes}
    vcs = by_front["Which of these are version control systems?"]
    assert vcs["notetype"] == "deckc Multiple choice"
    assert _plain(vcs["fields"]["Correct"]) == "A) Git C) Mercurial"
    assert _plain(by_front["Which command shows the current branch?"]["fields"]["Answer"]) == "git branch --show-current"
    steps = next(n for n in notes if "Steps to publish" in _plain(n["fields"]["Question"]))
    assert steps["notetype"] == "deckc Basic" and "☑" in steps["fields"]["Answer"]


# --- T22-5 (rest): 'Pregunta: ¿Cuál es el valor de foo.length?' over a program: the code is asked about --------------

RESULT_QUESTIONS = """# JavaScript

## Preguntas de código

Pregunta: ¿Cuál es el valor de **foo.length**?
```javascript
var foo = [];
foo.push(1);
```

Pregunta: ¿Cuál es el resultado?
```javascript
var s = "abc";
s.split("").reverse().join("");
```

Pregunta: ¿Qué es un closure?

Una función que recuerda el ámbito donde se creó.
"""


def test_a_question_for_a_value_over_a_program_is_not_answered_by_it(tmp_path: Path) -> None:
    """trial22 T22-5: a question asking for a value or a result ('the value of', 'el valor de', '¿Cuál es el
    resultado?') over a program is asked of that program: the program is no answer, whatever the language; two such
    questions worded alike were one note teaching one program as the other's answer."""
    notes, skipped, _ = _built(tmp_path, {"js.md": RESULT_QUESTIONS})
    assert [_plain(n["fields"]["Question"]) for n in notes] == ["¿Qué es un closure?"]
    assert [(s["line"], s["skipped"]) for s in skipped] == [(5, "no answer"), (11, "no answer")]
    assert "foo.push(1)" in skipped[0]["original"]


# --- T22-6 (rest): interview question lists whose entries carry follow-ups ------------------------------------------

FOLLOW_UP_LISTS = """# Preguntas

#### Preguntas de HTML:

* ¿Qué función cumple el `doctype`?
* ¿Cuáles son las limitaciones al utilizar páginas XHTML?
\t* ¿Hay algún problema al servir las páginas usando `application/xhtml+xml`?
* ¿Para qué son buenos los atributos `data-`?

#### Preguntas de JavaScript:

##### ¿Qué es un `hashtable`?

Un objeto que almacena datos como `clave : valor`.


* ¿Qué es un "closure" y por qué usaría uno?
* ¿Puede explicar el Patrón Módulo?
\t* Puntos extra por mencionar un namespace no contaminado.
\t* ¿Qué pasa si sus módulos no tienen un namespace?
* ¿Cuál es la diferencia entre:
` function Person(){} ` y `var person = new Person()`?

##### Glosario

* ¿Qué es un closure?
  * Una función con el ámbito donde se creó.
* ¿Qué es hoisting?
  * Mover las declaraciones al inicio.
"""


def test_question_lists_with_follow_ups_are_unanswered_questions(tmp_path: Path) -> None:
    """trial22 T22-6: a list of questions whose entries carry nested follow-up questions (and an interviewer's note
    among them) or go on over a second line is a list of unanswered questions wherever it stands: under a section
    heading or after an answered heading's answer, never that answer's text; entries answered by nested points
    stay cards."""
    notes, skipped, _ = _built(tmp_path, {"preguntas.md": FOLLOW_UP_LISTS})
    backs = {_plain(n["fields"]["Question"]).replace(" ?", "?"): _plain(n["fields"]["Answer"]) for n in notes}
    assert backs["¿Qué es un hashtable?"] == "Un objeto que almacena datos como clave : valor ."
    assert backs["¿Qué es un closure?"] == "Una función con el ámbito donde se creó."
    assert [s["line"] for s in skipped] == [5, 6, 8, 17, 18, 21]
    assert {s["skipped"] for s in skipped} == {"no answer"}
    assert "new Person()" in skipped[-1]["question"]
