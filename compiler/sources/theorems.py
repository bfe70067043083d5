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
    "xmp": "Example", "ppn": "Proposition",
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
