"""Theorem-like environments a LaTeX document names itself (trial18 T18-18): ``\\newtheorem{dfn}{Definition}`` (amsthm,
also starred, with a shared counter ``[thm]`` or a ``[section]`` one), ``\\declaretheorem[name=Definition]{dfn}``
(thmtools), ``\\newtcbtheorem[…]{dfn}{Definition}{…}{dfn}`` (tcolorbox), ``\\spnewtheorem{dfn}{Definition}``; and the
short names students use without declaring them in the file read (a class or a shared preamble does):
``dfn``/``defn``/``def``, ``thm``, ``lem``, ``prop``, ``cor``/``crl``, ``rem``, ``ex``, ``conj`` ….  Each maps the
environment's name to the name it prints ('Definition'); :mod:`compiler.sources.tex` reads them as it reads
``definition``.  A tcolorbox theorem takes its title and label as arguments (``\\begin{dfn}{Group}{grp}``; Gilles
Castel-style boxes ``\\begin{dfn}[Group]{dfn:group}{1.1.1}``): :func:`box_arguments` takes them off the text.
"""

from __future__ import annotations

import re

_NEWTHEOREM = re.compile(r"\\(?:newtheorem|spnewtheorem)\*?\s*\{(?P<env>[A-Za-z@]+\*?)\}\s*(?:\[[^\]]*\]\s*)?\{(?P<name>[^{}]*)\}")
_TCB = re.compile(r"\\(?:re)?newtcbtheorem\s*(?:\[[^\]]*\]\s*)?\{(?P<env>[A-Za-z@]+)\}\s*\{(?P<name>[^{}]*)\}")
_DECLARE = re.compile(r"\\declaretheorem\s*(?:\[(?P<opts>[^\]]*)\])?\s*\{(?P<env>[A-Za-z@]+)\}")
_DECLARED_NAME = re.compile(r"(?:^|,)\s*name\s*=\s*\{?(?P<name>[^,{}\]]+)")
# short names for the usual environments, as students' notes use them (declared in a class or a shared preamble)
SHORT = {
    "dfn": "Definition", "defn": "Definition", "def": "Definition", "deff": "Definition", "definicion": "Definition",
    "thm": "Theorem", "theo": "Theorem", "thrm": "Theorem", "lem": "Lemma", "lemm": "Lemma", "lma": "Lemma",
    "prop": "Proposition", "prp": "Proposition", "cor": "Corollary", "coro": "Corollary", "crl": "Corollary",
    "corr": "Corollary", "rem": "Remark", "rmk": "Remark", "rmrk": "Remark", "ex": "Example", "eg": "Example",
    "exmp": "Example", "exa": "Example", "conj": "Conjecture", "clm": "Claim", "nota": "Notation", "obs": "Observation",
    "ax": "Axiom", "axm": "Axiom", "exer": "Exercise", "exr": "Exercise", "prob": "Problem", "pf": "Proof", "prf": "Proof",
    # ('\\begin{exc}', its '\\newtheorem{exc}{Exercise}' in the book's main file, not in the chapter read: trial54 T54-2)
    "exc": "Exercise", "exerc": "Exercise", "exo": "Exercise",
    "xmp": "Example", "ppn": "Proposition",
    "defproblem": "Problem",  # (probsoln's '\\begin{defproblem}{label}', its solution in it: T27-31)
}  # fmt: skip
# a box used as a theorem: '[Title]{label}{number}' after its \begin (an environment of a class or package the file does
# not show): a theorem-like box, named by its label's prefix ('prop:…') or its own name
_BOXED = re.compile(r"^\s*\[[^\]]*\]\s*\{(?P<label>[\w.:-]*)\}\s*\{[\w.:-]*\}")


def boxed_name(env: str, rest: str) -> str | None:
    """The name an environment unknown to deckc prints when it is used as a theorem box (``\\begin{ppn}[]{prop:x}{}``):
    its label's prefix's (``prop:`` → 'Proposition') or its own, else None (no such box)."""
    m = _BOXED.match(rest)
    if m is None:
        return None
    prefix = m.group("label").split(":", 1)[0].lower() if ":" in m.group("label") else ""
    return SHORT.get(prefix) or SHORT.get(env.lower()) or env.capitalize()
_LABEL = re.compile(r"^[\w.:-]*$")  # a label or a number ('dfn:group', '1.1.1', ''), no words


def declared_theorems(text: str) -> tuple[dict[str, str], set[str]]:
    """The theorem-like environments ``text`` (a preamble) declares, each with the name it prints, and those of them
    that are tcolorbox theorems (their title an argument)."""
    names: dict[str, str] = {}
    boxes: set[str] = set()
    for m in _NEWTHEOREM.finditer(text):
        names[m.group("env").rstrip("*").lower()] = " ".join(m.group("name").split())
    for m in _TCB.finditer(text):
        names[m.group("env").lower()] = " ".join(m.group("name").split())
        boxes.add(m.group("env").lower())
    for m in _DECLARE.finditer(text):
        named = _DECLARED_NAME.search(m.group("opts") or "")
        names[m.group("env").lower()] = " ".join(named.group("name").split()) if named else m.group("env").capitalize()
    return {env: name for env, name in names.items() if name}, boxes


def _group(text: str, at: int) -> tuple[str, int] | None:
    """The brace group opening at ``at`` (spaces before it allowed) and where it ends, else None."""
    k = at
    while k < len(text) and text[k] in " \t":
        k += 1
    if k >= len(text) or text[k] != "{":
        return None
    depth = 0
    for j in range(k, len(text)):
        if text[j] == "{" and (j == 0 or text[j - 1] != "\\"):
            depth += 1
        elif text[j] == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[k + 1 : j], j + 1
    return None


def box_arguments(rest: str, titled: bool, box: bool) -> tuple[str | None, str]:
    """A box's arguments after ``\\begin{env}`` (its ``[title]`` read already: ``titled``): ``(title, rest)`` with the
    title a tcolorbox theorem takes as its first argument (``box``), and the label and number groups
    (``{dfn:group}{1.1.1}``) taken off the text."""
    title = None
    at = 0
    if box and not titled:
        first = _group(rest, 0)
        if first is not None:
            title, at = first[0], first[1]
    for _ in range(2):
        group = _group(rest, at)
        if group is None or not _LABEL.match(group[0].strip()):
            break
        at = group[1]
    return title, rest[at:]


# The words that name a theorem-like block, in the languages lecture notes are written in, each with the kind of block
# it opens (trial26 T26-21): LaTeX's environments (``\\begin{satz}`` with no ``\\newtheorem`` in the file read) and
# Markdown notes' bold labels (``**Satz 3.4.** …``, ``**Definition 3.1 (Vektorraum).** …``) are read from the same list.
# A statement kind opens a card of its own; a proof, an example or a remark goes on with the statement above it.
STATEMENT_KINDS = frozenset(["definition", "theorem", "lemma", "proposition", "corollary", "claim", "conjecture", "axiom", "fact", "property", "observation", "notation"])
FOLLOWING_KINDS = frozenset(["proof", "example", "remark", "note"])
# the kinds whose label alone says a page is lecture notes ('Fact', 'Note' … are words of any page)
NAMING_KINDS = frozenset(["definition", "theorem", "lemma", "proposition", "corollary", "axiom"])
LABEL_WORDS: dict[str, str] = {
    # English
    "definition": "definition", "theorem": "theorem", "lemma": "lemma", "proposition": "proposition",
    "corollary": "corollary", "claim": "claim", "conjecture": "conjecture", "axiom": "axiom", "fact": "fact",
    "property": "property", "observation": "observation", "notation": "notation", "proof": "proof", "example": "example",
    "remark": "remark", "note": "note",
    # German
    "satz": "theorem", "hilfssatz": "lemma", "korollar": "corollary", "folgerung": "corollary", "behauptung": "claim",
    "vermutung": "conjecture", "beispiel": "example", "bemerkung": "remark", "anmerkung": "remark", "beweis": "proof",
    "eigenschaft": "property",
    # French
    "définition": "definition", "théorème": "theorem", "lemme": "lemma", "corollaire": "corollary", "axiome": "axiom",
    "propriété": "property", "exemple": "example", "remarque": "remark", "preuve": "proof", "démonstration": "proof",
    # Spanish
    "definición": "definition", "teorema": "theorem", "lema": "lemma", "proposición": "proposition",
    "corolario": "corollary", "conjetura": "conjecture", "axioma": "axiom", "propiedad": "property",
    "ejemplo": "example", "observación": "remark", "demostración": "proof",
    # Italian
    "definizione": "definition", "proposizione": "proposition", "corollario": "corollary", "congettura": "conjecture",
    "assioma": "axiom", "proprietà": "property", "esempio": "example", "osservazione": "remark",
    "dimostrazione": "proof",
    # Portuguese
    "definição": "definition", "proposição": "proposition", "corolário": "corollary", "conjectura": "conjecture",
    "propriedade": "property", "exemplo": "example", "observação": "remark", "demonstração": "proof",
    # Dutch, Polish, Czech
    "definitie": "definition", "stelling": "theorem", "propositie": "proposition", "gevolg": "corollary",
    "voorbeeld": "example", "opmerking": "remark", "bewijs": "proof",
    "definicja": "definition", "twierdzenie": "theorem", "lemat": "lemma", "wniosek": "corollary",
    "przykład": "example", "dowód": "proof", "definice": "definition", "věta": "theorem", "důsledek": "corollary",
    "příklad": "example", "důkaz": "proof",
    # Russian, Ukrainian
    "определение": "definition", "теорема": "theorem", "лемма": "lemma", "утверждение": "proposition",
    "следствие": "corollary", "аксиома": "axiom", "свойство": "property", "пример": "example",
    "замечание": "remark", "доказательство": "proof", "означення": "definition", "визначення": "definition",
    "лема": "lemma", "наслідок": "corollary", "приклад": "example", "зауваження": "remark", "доведення": "proof",
    # Turkish
    "tanım": "definition", "teorem": "theorem", "önerme": "proposition", "örnek": "example", "ispat": "proof",
    # Chinese, Japanese, Korean
    "定义": "definition", "定義": "definition", "定理": "theorem", "引理": "lemma", "命题": "proposition",
    "命題": "proposition", "推论": "corollary", "推論": "corollary", "公理": "axiom", "性质": "property",
    "性質": "property", "例": "example", "例子": "example", "证明": "proof", "証明": "proof", "補題": "lemma",
    "정의": "definition", "정리": "theorem", "보조정리": "lemma", "명제": "proposition", "따름정리": "corollary",
    "예제": "example", "증명": "proof",
}  # fmt: skip


def label_kind(word: str, extra: tuple[str, ...] = ()) -> str | None:
    """The kind of block ``word`` names ('Satz' → 'theorem'), a word of ``extra`` (a deck's own labels:
    ``block_labels`` in deck.toml) a definition-like statement; else None."""
    low = word.strip().lower()
    if any(low == e.strip().lower() for e in extra):
        return LABEL_WORDS.get(low, "definition")
    return LABEL_WORDS.get(low)
