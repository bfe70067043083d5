"""A fill-in sheet's key with each answer written into its blank (trial25 T25-58): under a title that says the list
is blanks to fill (``# Fill in the blanks (key)``, ``Lückentext``, ``Rellena los huecos``, ``填空``), numbered or
bulleted sentences whose missing words are marked where the blank was: ``**mitochondria**``, ``__mitochondria__``,
``_mitochondria_``, ``*mitochondria*``, ``[mitochondria]``, ``==mitochondria==``, ``<u>mitochondria</u>`` (also
``<b>``, ``<strong>``, ``<mark>``, ``<ins>``). A teacher's copy of the sheet marks the filled words so; the page
was one heading card listing every sentence, or "cannot tell this document's layout" as text.

This line-kept rewrite makes each marked part a cloze deletion (``… is the {{c1::mitochondria}}.``), numbered from 1
in each sentence, the shape every layout reads as a cloze note. Only when half the list's sentences at least (two at
least) carry a mark and none of them asks (no ``?`` outside its marks: a question with its answer in bold is read as
such elsewhere); a sentence with no mark is left as written, so it is said at its line as having no answer. A plain
title line that only names the exercise (not a Markdown heading) is blanked: it is no card text. Code fences are
left alone.

A page's key facts (sitting 42) read the same way: under a heading that names them (``## Key facts``, ``Remember``,
``Summary``, ``Das Wichtigste``, ``Puntos clave``, ``À retenir``, ``まとめ``), a list whose every entry is a statement with
exactly one short bold term (``- The **mitochondria** is the powerhouse of the cell.``) is a cloze note per entry, the
bold term its deletion (:func:`key_facts`). The page was one card listing every fact, or its facts "text in no card"
beside its questions. Bold anywhere else (in an answer, under another heading, two bold parts in one fact, a
``**Term**: definition`` glossary) stays emphasis.
"""

from __future__ import annotations

import re

from compiler.sources.lines import BRACKET_GAP, in_fence

# words that title a list of blanks to fill, in the languages deckc reads
_TITLE_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:fill[\s-]*ins?|fill\s+in\s+the\s+(?:blanks?|gaps?)|blanks?|gap[\s-]*fill(?:ing)?|gaps|cloze"
    r"|complete\s+the\s+(?:sentences?|statements?|text|gaps|blanks)|lückentext\w*|lücken|ergänze|rellen[ae]\w*|huecos"
    r"|espacios\s+en\s+blanco|completa\s+los\s+espacios|complét(?:ez|er)|à\s+trous|preencha|lacunas|complet[ae]\s+(?:la|le|as|os)\s+frases?"
    r"|uzupełnij|luki|заполните|пропуск\w*|вставьте|доповніть|填空\w*|穴埋め\w*|空欄|빈칸|chỗ\s+trống|điền\s+vào"
    r"|boşluk\w*|invul\w*|isian|isilah|titik-titik|riempi\w*|completa\s+gli\s+spazi|spazi\s+vuoti)(?![^\W\d_])"
)
_NUMBERED = re.compile(r"^[ ]{0,3}\(?\d{1,3}[.)]\s+\S")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]")
TITLE_WORDS = 14  # words at most in a title line
# a list entry: '1. …', '1) …', '(1) …', '- …', '* …', '• …'
_ITEM = re.compile(r"^(?P<lead>[ ]{0,3}(?:\(?\d{1,3}[.)]|[-*+•])[ \t]+)(?P<text>\S.*?)[ \t]*$")
# a filled-in part: bold, underlined, highlighted, in brackets or in single '_' / '*' (no blank '____' inside)
_MARK = re.compile(
    r"(?P<o>\*\*|__)(?=[^\s*_])(?P<a>[^*_\n]+?)(?<=[^\s*_])(?P=o)"
    r"|(?<![\w*_\\])(?P<o1>[_*])(?=[^\s*_])(?P<b>[^*_\n]+?)(?<=[^\s*_])(?P=o1)(?![\w*_])"
    r"|==(?=\S)(?P<c>[^=\n]+?)(?<=\S)=="
    r"|<(?P<tag>u|b|strong|mark|ins)>(?P<d>[^<\n]+?)</(?P=tag)>"
    r"|(?<![\w\]\\!\[])\[\[(?=[^\s\]])(?P<g>[^\[\]\n]+?)(?<=[^\s\[])\]\](?![(\[:\]])"  # ('[[compilation]]': mkdocs-quiz's blank, T45-6)
    r"|(?<![\w\]\\!\[])\[(?=[^\s\]\[])(?P<e>[^\[\]\n]+?)(?<=[^\s\[])\](?![(\[:\]])"
    r"|(?<!\{)\{\{(?!c\d+::)(?=[^\s{}])(?P<h>[^{}\n]+?)(?<=[^\s{}])\}\}(?!\})"  # ('{{aorta}}': Mochi's and the SR plugin's, sitting 56)
    r"|（\s*(?P<f>[^（）\s][^（）\n]*?)\s*）"  # ('中国的首都是（北京）。': a Chinese key writes the answer into the blank's brackets)
)
# a bracketed part that is no filled-in word: a task box, a reference, a mark scheme ('[2 marks]', '[+4, −1]')
_BLANK = re.compile(r"_{3,}|\.{4,}|…{2,}|（\s*）|\(\s{2,}\)")
# what full-width brackets hold that is no fill: a verdict ('（ × ）'), points ('（2分）'), a note ('（多选）')
_NO_BRACKET_FILL = re.compile(
    r"^(?:[√×✓✔✗✘对错對錯TFtf]|\d+(?:\.\d+)?\s*分|多选|单选|多選|單選|选做|選做|[A-H]{1,4})$"
)
# an Anki deletion already written ('{{c1::…}}'); never a bare one whose word starts with c ('{{cell membrane}}', N60-4)
_ANKI_DELETION = re.compile(r"\{\{\s*[cC]\d+\s*::")
_NO_FILL = re.compile(r"(?i)^(?:[ xX✓✔]|[+−-]?\d+\s*(?:marks?|pts?|points?)|[+−-]\d.*)$")



def _entries(lines: list[str], fenced: list[bool], start: int) -> tuple[list[int], int]:
    """The list entries from line ``start`` on (blank lines between them allowed), and the first line after them."""
    items, j = [], start
    while j < len(lines) and not fenced[j] and (_ITEM.match(lines[j]) or not lines[j].strip()):
        if lines[j].strip():
            items.append(j)
        j += 1
    return items, j

# a plain line under a fill-in title, no list mark: one sentence of the exercise a line
_PLAIN = re.compile(r"^(?P<lead>[ ]{0,3})(?P<text>[^\s#>|*+\-•].*?)[ \t]*$")


def _entry(line: str) -> re.Match[str] | None:
    return _ITEM.match(line) or _PLAIN.match(line)


def _plain_entries(lines: list[str], fenced: list[bool], start: int) -> tuple[list[int], int]:
    """The plain lines from line ``start`` on, one sentence each (blank lines between them allowed), and the first line
    after them: a heading, a list entry or code ends them."""
    items, j = [], start
    while j < len(lines) and not fenced[j] and not _HEADING.match(lines[j]) and not _ITEM.match(lines[j]) and (not lines[j].strip() or _PLAIN.match(lines[j])):
        if lines[j].strip():
            items.append(j)
        j += 1
    return items, j


def _fill(m: re.Match[str]) -> str | None:
    """The filled-in words of a mark, or None when it is no fill."""
    text = next(g for g in (m.group(n) for n in "abcdefgh") if g is not None)
    if m.group("e") is not None and _NO_FILL.match(text.strip()):
        return None
    if m.group("f") is not None and _NO_BRACKET_FILL.match(text.strip()):
        return None
    return text.strip()


def _marks(text: str) -> list[re.Match[str]]:
    """The filled-in parts of an entry's text; a bold label that opens it before a colon (``**Terminology**: "…"``) is
    its label, never a fill (trial45 T45-6: the label was the card's first deletion)."""
    found = [m for m in _MARK.finditer(text) if _fill(m) is not None]
    if found and found[0].start() == len(text) - len(text.lstrip()) and found[0].group("o") and text[found[0].end() :].lstrip().startswith((":", "：")):
        found = found[1:]
    return found


def _is_title(line: str) -> bool:
    """A line that titles a list of blanks to fill: a heading or a short line naming the exercise."""
    words = _HEADING.sub("", line).strip().strip("*_#:：").split()
    return (
        bool(words)
        and len(words) <= TITLE_WORDS
        and _TITLE_WORDS.search(line) is not None
        and not _ITEM.match(line)
    )


def _clozed(text: str) -> str | None:
    """``text`` with each marked part a deletion numbered from 1, or None when it has no mark or asks."""
    found = _marks(text)
    if not found or _ANKI_DELETION.search(text):
        return None
    rest = text
    for m in reversed(found):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    if (
        "?" in rest
        or "？" in rest
        or (len(rest.split()) < 2 and len(rest.strip()) < 4)
        or _BLANK.search(rest)
    ):
        return None  # (a question answered in bold, a term alone, or a blank still to fill: a word in bold is emphasis)
    out, at = [], 0
    for number, m in enumerate(found, 1):
        out.append(text[at : m.start()] + f"{{{{c{number}::{_fill(m)}}}}}")
        at = m.end()
    return "".join(out) + text[at:]


def _blanked(text: str) -> str:
    """``text`` with each marked part a blank and the parts after it in brackets (``… is the ____. (mitochondria)``)."""
    found = _marks(text)
    out, at = [], 0
    for m in found:
        out.append(text[at : m.start()] + "____")
        at = m.end()
    fills = "; ".join(str(_fill(m)) for m in found)
    wide = any(m.group("f") is not None for m in found)
    return "".join(out) + text[at:] + (f"（{fills}）" if wide else f" ({fills})")


def filled_blanks(lines: list[str]) -> list[str]:
    """``lines`` with the marked fills of each list under a fill-in title as cloze deletions, line for line; the same
    list when there is none."""
    if not any(_TITLE_WORDS.search(line) for line in lines):
        return lines
    fenced = list(in_fence(lines))
    out = list(lines)
    runs: list[tuple[int, list[int], list[int]]] = []  # (the title's line, the list's entries, those marked)
    k = 0
    while k < len(lines):
        if fenced[k] or not _is_title(lines[k]):
            k += 1
            continue
        title = k
        # the list: its entries from the first one under the title (an instruction line between them may stay)
        start = next(
            (j for j in range(k + 1, min(len(lines), k + 6)) if _ITEM.match(lines[j]) and not fenced[j]), None
        )
        plain = start is None and k + 1 < len(lines)
        if plain:  # ('Biology cloze practice' / blank / 'The [mitochondria] is …' a line each, no list marks: sitting 56)
            start = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j].strip()), None)
            if start is None or fenced[start] or not _PLAIN.match(lines[start]):
                k += 1
                continue
        if start is None or any(_HEADING.match(x) or _ITEM.match(x) for x in lines[k + 1 : start]):
            k += 1
            continue
        items, j = _plain_entries(lines, fenced, start) if plain else _entries(lines, fenced, start)
        clozes = {i: _clozed(_entry(lines[i]).group("text")) for i in items}  # type: ignore[union-attr]
        asks = any(
            "?" in lines[i] or "？" in lines[i] for i in items if clozes[i] is None and _marks(lines[i])
        )
        done = [i for i in items if clozes[i] is not None]
        if len(done) >= 2 and 2 * len(done) >= len(items) and not asks:
            runs.append((title, items, done))
        k = max(j, k + 1)
    listed = {i for _, items, _ in runs for i in items}
    # (numbered items outside the fill-in lists, a true/false part above: the page is read by its numbered items, which
    # read a blank with its answer in brackets after it, '4. 中国的首都是____。（北京）', never a cloze: T26-18)
    mixed = any(not fenced[i] and _NUMBERED.match(x) and i not in listed for i, x in enumerate(lines))
    for title, _items, done in runs:
        for i in done:
            m = _entry(lines[i])
            assert m is not None
            out[i] = m.group("lead") + (_blanked(m.group("text")) if mixed else str(_clozed(m.group("text"))))
        if not _HEADING.match(lines[title]) and not mixed:
            out[title] = ""  # (the exercise's name alone: no card text; among other parts, the part's title)
    return out if runs else lines


# a heading that names a page's key facts, in the languages deckc reads (never a fill-in's title: that is _TITLE_WORDS')
_FACTS_WORDS = re.compile(
    r"(?i)(?:key\s+(?:facts?|points?|ideas?|terms?\s+in\s+context|takeaways?)"
    r"|facts?\s+to\s+(?:remember|know)|remember(?:\s+this)?|things\s+to\s+remember|must[\s-]know|takeaways?|in\s+a\s+nutshell"
    r"|summary|recap|quick\s+facts|das\s+wichtigste(?:\s+in\s+kürze)?|merke|merksätze|zusammenfassung|kernaussagen"
    r"|puntos\s+clave|datos\s+clave|ideas\s+clave|recuerda|resumen|lo\s+esencial|à\s+retenir|l'essentiel|points?\s+clés?"
    r"|résumé|da\s+ricordare|punti\s+chiave|riassunto|in\s+sintesi|para\s+lembrar|pontos[\s-]chave|resumo"
    r"|belangrijkste\s+feiten|onthoud|samenvatting|要点|重点|まとめ|ポイント|핵심(?:\s*정리)?|요약|главное|запомните|итоги)"
)
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[:：]\s*")  # 'Cell biology — key facts', 'Key facts: cell biology'


def _facts_title(line: str) -> bool:
    """A heading (or a short line alone) that names key facts, alone or beside the topic's name ('Cell biology — key
    facts', 'Zusammenfassung: Fotosynthese')."""
    text = _HEADING.sub("", line).strip().strip("*_").strip()
    text = re.sub(r"^[^\w]{1,3}\s*", "", text)  # ('📌 Key facts')
    return 0 < len(text.split()) <= TITLE_WORDS and not _ITEM.match(line) and any(
        _FACTS_WORDS.fullmatch(part.strip()) for part in _TITLE_PARTS.split(text) if part.strip()
    )
_BOLD = re.compile(r"(?P<o>\*\*|__)(?=[^\s*_])(?P<t>[^*_\n]+?)(?<=[^\s*_])(?P=o)")
FACT_TERM_WORDS = 6  # words at most of a key fact's bold term (more is a bold sentence, emphasis)
FACTS_MIN = 2  # entries a key-facts list needs
LONG_FACT_WORDS = 12  # words at most of a bold term among others of FACT_TERM_WORDS at most (a document's, a treaty's name)


def _fact_cloze(text: str, most: int = FACT_TERM_WORDS) -> str | None:
    """A key fact as a cloze (``The {{c1::mitochondria}} is …``), or None when the entry is no such fact: not exactly one
    bold term of a few words, a question, a blank still to fill, a glossary entry (``**Term**: …``, ``**Term** — …``) or
    the term alone."""
    found = list(_BOLD.finditer(text))
    if len(found) != 1 or _ANKI_DELETION.search(text) or "?" in text or "？" in text or _BLANK.search(text):
        return None
    m = found[0]
    rest = (text[: m.start()] + " " + text[m.end() :]).strip()
    if len(m.group("t").split()) > most or len(rest.split()) < 2 or re.match(r"\s*(?:[:：]|[-–—]\s)", text[m.end() :]):
        return None
    return f"{text[: m.start()]}{{{{c1::{m.group('t').strip()}}}}}{text[m.end() :]}"


def _in_answer(lines: list[str], fenced: list[bool], k: int) -> bool:
    """Whether the heading at ``k`` is inside a question's answer: a heading above it, of a higher level, asks
    (``## Why does the cell need ATP?`` / ``### Summary`` / its points: the answer's own emphasis, never cards); a title
    line that is no heading, when any line above it asks."""
    if not _HEADING.match(lines[k]):  # (a label line, 'Key points:', is no heading: after a question, it is in its answer)
        return any(not fenced[j] and lines[j].rstrip(" *_").endswith(("?", "？")) for j in range(k))
    level = len(m.group(1)) if (m := _LEVEL.match(lines[k])) else 7
    for j in range(k - 1, -1, -1):
        above = _LEVEL.match(lines[j]) if not fenced[j] else None
        if above is not None and len(above.group(1)) < level:
            level = len(above.group(1))
            if above.group(2).rstrip(" *_#").endswith(("?", "？")):
                return True
    return False


_LEVEL = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+(.*)$")


def key_facts(lines: list[str]) -> list[str]:
    """``lines`` with each entry of a key-facts list (see the module's docstring) a cloze of its bold term, line for line;
    the same list when there is none."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    for k, line in enumerate(lines):
        if fenced[k] or not _facts_title(line) or _in_answer(lines, fenced, k):
            continue
        start = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j].strip()), None)
        if start is None or not _ITEM.match(lines[start]):
            continue
        items, j = _entries(lines, fenced, start)
        if j < len(lines) and lines[j].strip() and not _HEADING.match(lines[j]):
            continue  # (the list goes on in text of another kind: notes, never a list of facts alone)
        clozes = {i: _fact_cloze(_ITEM.match(lines[i]).group("text")) for i in items}  # type: ignore[union-attr]
        if sum(c is not None for c in clozes.values()) >= FACTS_MIN:
            # (among short terms a longer name is one too: '**Declaration of the Rights of Man and of the Citizen**';
            # sitting 55, the whole list was one card)
            clozes = {i: c or _fact_cloze(_ITEM.match(lines[i]).group("text"), LONG_FACT_WORDS) for i, c in clozes.items()}  # type: ignore[union-attr]
        if len(items) < FACTS_MIN or any(c is None for c in clozes.values()):
            continue
        out = out if out is not None else list(lines)
        for i in items:
            out[i] = _ITEM.match(lines[i]).group("lead") + str(clozes[i])  # type: ignore[union-attr]
        if not _HEADING.match(line):
            out[k] = ""  # ('Key facts:' alone on its line: the list's name, no card text)
    return lines if out is None else out


# --- a blank with its answer in brackets right after it: 'The ______ (mitochondria) makes ATP.' (sitting 42) -------------

_BRACKETED = re.compile(r"(?P<blank>_{3,}|\.{4,}|…{2,})[ \t]*\((?P<fill>[^()\n]{1,40})\)")
# words outside the sentences that say the brackets hold a word to change: a grammar exercise, never the answer
_HINT_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:correct\s+form|right\s+form|forms?\s+of|verbs?|tenses?|conjugat\w*|past\s+simple|present\s+(?:simple|perfect|continuous)"
    r"|comparatives?|superlatives?|plurals?|adjectives?|words?\s+in\s+brackets|forma\s+correct[ao]|verbos?|conjug\w*|tiempo\s+verbal"
    r"|pret[ée]rito|imperfecto|forme\s+correcte|bonne\s+forme|verbes?|temps|pass[ée]\s+compos[ée]|imparfait|richtige[n]?\s+form"
    r"|verb(?:en|form)?|zeitform|präteritum|perfekt|forma\s+corretta|verbi|tempo\s+verbale|adjetivos?|adjectifs?|adjektiv\w*"
    r"|palabras?\s+entre\s+paréntesis|mots?\s+entre\s+parenthèses|wörter\s+in\s+klammern|parole\s+tra\s+parentesi"
    # (a translation exercise: the bracket holds the word in the other language, 'The ______ (Hund) is black.')
    r"|translat\w*|übersetz\w*|tradu[zcsi]\w*|traduc\w*|vertaal\w*|przetłumacz\w*|переведите|翻译|翻訳)(?![^\W\d_])"
)
# a subject pronoun right before the blank: the blank is a verb's, the bracket its base form ('I ______ (go)')
_PRONOUN_BLANK = re.compile(
    r"(?i)(?<![^\W\d_])(?:i|you|he|she|it|we|they|yo|tú|tu|él|ella|usted|nosotros|nosotras|vosotros|vosotras|ellos|ellas|ustedes"
    r"|je|j'|il|elle|on|nous|vous|ils|elles|ich|du|er|sie|es|wir|ihr|io|lui|lei|noi|voi|loro|eu|ele|ela|nós|eles|elas|você|vocês)"
    r"[ \t]+(?:_{3,}|\.{4,}|…{2,})"
)
# a bracket that names a form to use: alternatives ('much/many'), an infinitive ('to be'), a negation ('not / like')
_FORM_BRACKET = re.compile(r"(?i)/|^(?:to|not|no|ne|nicht)\s")
# a word that looks like a verb's base form, every bracket so on the page: a grammar exercise ('(ir)', '(comprar)', '(gehen)')
_INFINITIVE = re.compile(r"^[a-zà-ÿ]*(?:ar|er|ir|re|en|ire|are|ere)$")
_COMMON_VERBS = frozenset(
    ["be", "have", "do", "go", "get", "make", "take", "see", "come", "know", "live", "play", "work", "eat", "drink", "buy", "read", "write", "watch", "study", "like", "want", "need", "visit", "travel", "speak", "swim", "run", "sleep", "say", "give", "find", "think", "tell", "become", "leave", "feel", "bring", "begin", "keep", "hold", "stand", "hear", "let", "mean", "set", "meet", "pay", "sit", "send", "fall", "cut", "grow", "draw", "drive", "ride", "fly", "sing", "teach", "win", "wear", "choose", "forget", "lose", "break", "catch", "throw"]
)
BRACKET_FILLS_MIN = 2  # blanks answered in brackets a page needs


def _hinted(lines: list[str], fills: dict[int, re.Match[str]], fenced: list[bool]) -> bool:
    """Whether the page's brackets are hints for a word to change, not answers: its title or instructions (the lines
    that are no such sentence) name forms, verbs or tenses; a blank follows a subject pronoun; a bracket names a form;
    or every bracket is a verb's base form."""
    if any(not fenced[k] and k not in fills and _HINT_WORDS.search(line) for k, line in enumerate(lines)):
        return True
    if any(_PRONOUN_BLANK.search(lines[k]) or _FORM_BRACKET.search(m.group("fill").strip()) for k, m in fills.items()):
        return True
    words = [m.group("fill").strip() for m in fills.values()]
    return all(w.lower() in _COMMON_VERBS or _INFINITIVE.match(w) for w in words)


def bracket_fills(lines: list[str]) -> list[str]:
    """``lines`` with each list entry whose one blank is followed by its answer in brackets (``1. The ______
    (mitochondria) makes ATP.``) written as a cloze of that answer (``1. The {{c1::mitochondria}} makes ATP.``; among
    other numbered items, ``1. The ____ makes ATP. (mitochondria)``, which the numbered reading makes a card); the same
    list when the page has fewer than BRACKET_FILLS_MIN such entries or its brackets are hints for a word to change
    (:func:`_hinted`: a language worksheet's ``I ______ (go) to school``, whose answer is 'went', is said as having no
    answer as before)."""
    fenced = list(in_fence(lines))
    fills: dict[int, re.Match[str]] = {}
    for k, line in enumerate(lines):
        m = _ITEM.match(line) if not fenced[k] else None
        found = list(_BRACKETED.finditer(line)) if m is not None else []
        if len(found) == 1 and len(_BLANK.findall(line)) == 1 and not _NO_FILL.match(found[0].group("fill").strip()):
            fills[k] = found[0]
    if len(fills) < BRACKET_FILLS_MIN or _hinted(lines, fills, fenced):
        return lines
    out = list(lines)
    # (numbered items besides them, a true/false part: the page is read by its numbered items, which read a blank with its
    # answer in brackets at the sentence's end as a card, as filled_blanks writes it; else each a cloze)
    mixed = any(not fenced[k] and _NUMBERED.match(x) and k not in fills for k, x in enumerate(lines))
    for k, m in fills.items():
        fill = m.group("fill").strip()
        if mixed:
            out[k] = f"{lines[k][: m.start()]}____{lines[k][m.end() :].rstrip()} ({fill})"
        else:
            out[k] = f"{lines[k][: m.start()]}{{{{c1::{fill}}}}}{lines[k][m.end() :]}"
    return out


# --- lines of blanks, each with its answer in brackets at its end, no number: '… is an ______. (atom)' (sitting 46) -----

# a sentence with a blank and its answer in brackets ending the line, after the sentence's stop or right after the blank
_TAIL_FILL = re.compile(rf"^(?P<q>[^()（）\n]*?(?:_{{3,}}|\.{{4,}}|…{{2,}}|{BRACKET_GAP})[^()（）\n]*?)[ \t]*[(（](?P<fill>[^()（）\n]{{1,40}})[)）][ \t]*$")


_BULLET = re.compile(r"^[ ]{0,3}[-*+•][ \t]+(?=\S)")  # a plain text's bullet ('- ', '• ') before a line


def numbered_blanks(lines: list[str], bullets: bool = False) -> list[str]:
    """``lines`` with each unnumbered line that is a blank to fill with its answer in brackets at its end (``The smallest
    unit of an element is an ______. (atom)``) numbered ``1.``, ``2.`` … in turn, as a worksheet numbered so is read (a
    card per line, the blank on the front, the answer its back); the same list when the page has fewer than
    BRACKET_FILLS_MIN such lines, numbers lines of its own or its brackets are hints for a word to change
    (:func:`_hinted`). Before (sitting 46 M5): 'cannot tell this document's layout' as text, one heading card as Markdown.
    With ``bullets`` (a plain text, whose bullets no Markdown list reads), a bulleted such line is numbered in its
    bullet's place. Line numbers stay; code fences are left alone."""
    fenced = list(in_fence(lines))
    fills: dict[int, re.Match[str]] = {}
    for k, line in enumerate(lines):
        if bullets and not fenced[k]:
            line = _BULLET.sub("", line, count=1)
        if fenced[k] or _ITEM.match(line) or _HEADING.match(line) or line[:1] in " \t>|":
            continue
        m = _TAIL_FILL.match(line)
        if m is not None and not _NO_FILL.match(m.group("fill").strip()):
            fills[k] = m
    if len(fills) < BRACKET_FILLS_MIN or any(not fenced[k] and _NUMBERED.match(x) for k, x in enumerate(lines)) or _hinted(lines, fills, fenced):
        return lines
    out = list(lines)
    for n, k in enumerate(sorted(fills), 1):
        out[k] = f"{n}. {_BULLET.sub('', lines[k], count=1).strip() if bullets else lines[k].strip()}"
    return out


TOPIC_FACTS_MIN = 3  # statements a topic page of bold terms needs
# a statement on a line of its own, no list mark (it may open with its bold term: '**NATO** was formed …')
_FACT_LINE = re.compile(r"^(?P<lead>[ ]{0,3})(?P<text>(?![-+•>|#]|\*[ \t]|\d{1,3}[.)][ \t])\S.*?)[ \t]*$")


def topic_facts(lines: list[str]) -> list[str]:
    """``lines`` with each statement of a topic page of bold terms a cloze of its term, line for line; the same lines
    when the page is no such page. Such a page is its title heading (``# The Cold War``) and nothing but statements
    under it, TOPIC_FACTS_MIN or more, listed or a line each, each with exactly one short bold term (``The **Truman
    Doctrine** (1947) promised …``, ``- **NATO** was formed in 1949 …``), none asking: the key facts a heading that
    names them would make clozes of (:func:`key_facts`), written without that heading (sitting 57: one card of the
    title holding every statement)."""
    fenced = list(in_fence(lines))
    said = [k for k, line in enumerate(lines) if line.strip()]
    if len(said) < TOPIC_FACTS_MIN + 1 or any(fenced) or not _HEADING.match(lines[said[0]]):
        return lines
    entries = said[1:]
    if any(_HEADING.match(lines[k]) for k in entries):
        return lines
    listed = [_ITEM.match(lines[k]) for k in entries]
    if any(listed) and not all(listed):
        return lines  # (a list among paragraphs: notes, never a page of facts alone)
    parts = [m if m is not None else _FACT_LINE.match(lines[k]) for k, m in zip(entries, listed, strict=True)]
    if any(p is None for p in parts):
        return lines
    # (the bold term inside most sentences, 'The **Truman Doctrine** (1947) …': a term opening every entry, '**Osmosis**
    # is …', '**Asset:** …', is a glossary's, read as one)
    inside = sum(bool((b := _BOLD.search(p.group("text"))) and p.group("text")[: b.start()].strip()) for p in parts)  # type: ignore[union-attr]
    if inside * 2 <= len(parts):
        return lines
    clozes = [_fact_cloze(p.group("text")) for p in parts]  # type: ignore[union-attr]
    if sum(c is not None for c in clozes) < TOPIC_FACTS_MIN:
        return lines
    clozes = [c or _fact_cloze(p.group("text"), LONG_FACT_WORDS) for c, p in zip(clozes, parts, strict=True)]  # type: ignore[union-attr]
    if any(c is None for c in clozes):
        return lines
    out = list(lines)
    for k, p, c in zip(entries, parts, clozes, strict=True):
        out[k] = p.group("lead") + str(c)  # type: ignore[union-attr]
    return out
