"""A LaTeX document (``.tex``, ``.latex``, ``.ltx``) as Markdown, each line remembering its line in the file
(learner2 M40, trial9 T22).

Lecture notes, cheat sheets and exam papers are written in LaTeX.  The document is turned into Markdown line
by line and then read like any Markdown file (:mod:`compiler.sources.converted`):

- the **preamble** (before ``\\begin{document}``) is left out, its ``\\title{…}`` the page title;
  ``\\chapter``/``\\section``/``\\subsection``/``\\subsubsection`` (starred too) are headings, the
  highest level used first (a heading that asks is a question, as in Markdown); ``\\paragraph{X}`` a bold
  lead-in;
- **theorem-like environments** (``definition``, ``theorem``, ``lemma``, ``proposition``, ``corollary``,
  ``example``, ``remark``, ``exercise``, ``problem``, ``question`` … and ``proof``) are a heading one level
  under their section, named by the environment and its optional argument (``Theorem (Bayes)``) or the
  section's title (``Definition: Variance``), their text under it;
- the **exam class**: ``\\question[2] …`` is a question heading, ``\\choice`` / ``\\CorrectChoice`` (in
  ``choices``, ``oneparchoices``, ``checkboxes``) its options, the right one ticked, ``\\begin{solution}``
  (``solutionorbox``, ``solutionorlines`` …), ``\\answerline[…]`` and ``\\ifprintanswers … \\fi`` its answer;
  ``\\part`` a question one level down; ``\\uplevel{…}`` text between questions (a ``\\section*`` in it a section);
- ``itemize``/``enumerate``/``description`` are lists (``\\item[Term]`` a bold term); ``verbatim``,
  ``lstlisting``, ``minted{lang}`` code blocks; ``\\includegraphics{x}`` a picture; ``tabular`` a table;
- **maths** is kept as written (``$…$``, ``\\(…\\)``, ``\\[…\\]``, ``equation``/``align`` … environments):
  MathJax on the card, the sheet's typesetting; ``\\textbf``/``\\emph``/``\\texttt`` are bold/italic/code,
  ``\\href``/``\\url`` links, ``%`` comments, ``\\label``, ``\\vspace`` … and other layout commands left out.
- the document's **own commands** (``\\newcommand``, ``\\def``, ``\\DeclareMathOperator``, ``\\DeclarePairedDelimiter``,
  also those of a file it loads: ``\\input{macros}``) are written out where they are used, as LaTeX does: Anki's
  MathJax does not know ``\\RR`` (trial14 T14-20).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from compiler.diagnostics import Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import NOT_A_DOCUMENT, Converted
from compiler.sources.dollars import rejoined_maths
from compiler.sources.lines import BLANK_PAGE
from compiler.sources.theorems import LABEL_WORDS, SHORT, box_arguments, boxed_name, declared_theorems

Row = tuple[str, int]

_COMMENT = re.compile(r"(?<!\\)%.*$")
_SECTION = re.compile(
    r"^\s*\\(?:[a-z]{1,6}?(?=(?:sub){0,2}section\b|chapter\b))??(?P<kind>part|chapter|section|subsection|subsubsection|paragraph)\*?\s*"
    r"(?:\[[^\]]*\])?\s*\{(?P<title>.*)\}\s*(?P<rest>.*)$"
)  # (a project's own name for one, defined in a file deckc does not see: OpenLogic's '\\olsection{…}', trial46 T46-9)
_BEGIN = re.compile(r"^\s*\\begin\{(?P<env>[A-Za-z*]+)\}(?P<rest>.*)$")
# tcolorbox: the environments a document declares as boxes ('\newtcolorbox{qa}[1]{…title={#1}}'), their body split by
# '\tcblower' into its upper part (a question) and its lower one (its answer)
_TCOLORBOX = re.compile(r"\\(?:re)?newtcolorbox\*?\s*\{(?P<env>[A-Za-z*]+)\}|\\(?:New|Renew|Declare|Provide)TColorBox\s*\{(?P<env2>[A-Za-z*]+)\}")
_LOWER = re.compile(r"^\s*\\tcblower\b\s*$")
# a box's title that is a label of its own ('Question 1', 'Problem 2', 'Aufgabe 3', 'Q1')
_BOX_LABEL = re.compile(r"^(?:[^\W\d_]+\.?\s*)?\d+[a-z]?[.:]?$")
_END = re.compile(r"^\s*\\end\{(?P<env>[A-Za-z*]+)\}(?P<rest>.*)$")
_ITEM = re.compile(r"^\s*\\item\b\s*(?:<[^>]*>)?\s*(?:\[(?P<label>[^\]]*)\])?\s*(?P<text>.*)$")
_QUESTION = re.compile(r"^\s*\\(?P<kind>question|part|subpart|titledquestion\{[^}]*\})\s*(?:\[[^\]]*\])?\s*(?P<text>.*)$")
_CHOICE = re.compile(r"^\s*\\(?P<kind>choice|CorrectChoice)\b\s*(?P<text>.*)$")
_TITLE = re.compile(r"\\title\s*(?:\[[^\]]*\])?\s*\{(?P<title>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")
_MATH_ENVS = frozenset(
    ["equation", "equation*", "align", "align*", "alignat", "alignat*", "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*", "flalign", "flalign*", "displaymath", "math"]
)
_THEOREMS = frozenset(
    ["definition", "theorem", "lemma", "proposition", "corollary", "example", "examples", "remark", "remarks", "note", "exercise", "problem", "question", "claim", "conjecture", "fact", "axiom", "notation", "observation", "property", "proof", "solution", "answer", "hint"]
)
_CODE_ENVS = frozenset(["verbatim", "verbatim*", "lstlisting", "minted", "Verbatim", "code"])
_TABLES = frozenset(["tabular", "tabular*", "tabularx", "longtable"])
_LISTS = {"itemize": "-", "enumerate": "1.", "description": "-", "compactitem": "-", "compactenum": "1."}
_CHOICES = frozenset(["choices", "oneparchoices", "checkboxes", "oneparcheckboxes"])
_SOLUTIONS = frozenset(["solution", "solutionorbox", "solutionorlines", "solutionordottedlines", "solutionorgrid"])
# what answers the exercise / problem / question just read, in any case ('\\begin{Answer}' of CTAN's exercise and
# answers packages, '\\begin{sol}'): its answer, never a card of its own (trial14 T14-11)
_ANSWERS = frozenset(["solution", "answer", "sol", "soln", "ans"])
_WRAPPERS = frozenset(
    ["document", "center", "flushleft", "flushright", "figure", "figure*", "table", "table*", "minipage", "questions", "parts", "subparts", "abstract", "quote", "quotation", "small", "footnotesize", "frame", "multicols",
     "onlysolution", "onlyproblem"]
)
_LAYOUT = re.compile(
    r"\\(?:[a-z]{0,6}label|vspace\*?|hspace\*?|vskip|hskip|newpage|clearpage|pagebreak|noindent|centering|maketitle|tableofcontents|"
    r"medskip|smallskip|bigskip|par|indent|linebreak|newline|raggedright|hfill|vfill|qquad|quad|footnotesize|small|large|Large|normalsize|"
    r"printanswers|noprintanswers|pointsinmargin|bf|it|tt|ignorespaces|pause|titlepage)\b\s*(?:\*?\{[^{}]*\}|\[[^\]]*\])?"
)
# probsoln's commands that print problems defined elsewhere in the file ('\\foreachproblem{\\item\\thisproblem}'), load
# or select them: no text of their own (the problems are read where they are defined)
_PROBSOLN = re.compile(
    r"^\s*\\(?:foreachproblem|foreachsolution|foreachdataset|thisproblem|thisproblemlabel|selectallproblems|selectrandomly|"
    r"loadallproblems|loadrandomproblems|loadselectedproblems|useproblem|usedproblem|showanswers|hideanswers|PSNrandseed)\b"
)
_NEWPROBLEM = re.compile(r"^\s*\\newproblem\*?\s*(?:\[[^\]]*\]\s*)?(?=\{)")
_QA_TERM = re.compile(r"^(?i:q|a|question|answer|ans|frage|antwort|pregunta|respuesta|réponse|domanda|risposta)\s*[.:]$")
_LEAD = re.compile(r"^\s*\\(?:textbf|emph|textit)\{(?P<term>[^{}]{1,80}[.:])\}\s*(?P<rest>.*)$")
_ENV_MARK = re.compile(r"\\(?:begin|end)\{[A-Za-z*]+\}(?:\[[^\]]*\])?")
# a command's argument, braces inside it one deep ('\\emph{!!{valuation}}': trial46 T46-9, left as written)
_ARG = r"((?:[^{}]|\{[^{}]*\})*)"
_TEXT_COMMANDS = [
    (re.compile(r"\\textbf\{" + _ARG + r"\}"), r"**\1**"),
    (re.compile(r"\\alert\s*(?:<[^>]*>)?\s*\{([^{}]*)\}"), r"**\1**"),  # (beamer)
    (re.compile(r"\\(?:only|uncover|visible|onslide|invisible)\s*<[^>]*>\s*\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\(?:textit|emph|textsl)\{" + _ARG + r"\}"), r"*\1*"),
    (re.compile(r"\\texttt\{([^{}]*)\}"), r"`\1`"),
    (re.compile(r"\\verb(?P<d>[^a-zA-Z\s])(.*?)(?P=d)"), r"`\2`"),
    (re.compile(r"\\href\{([^{}]*)\}\{([^{}]*)\}"), r"[\2](\1)"),
    (re.compile(r"\\url\{([^{}]*)\}"), r"<\1>"),
    (re.compile(r"\\(?:underline|text|textrm|textsf|textup|textnormal|mbox|textsc)\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\footnote\{([^{}]*)\}"), r" (\1)"),
    (re.compile(r"\\(?:cite|ref|eqref|autoref|cref|pageref)\{([^{}]*)\}"), r"[\1]"),
    # the glossaries package's references to an entry ('\gls{conjunction}', '\glspl{sentence letter}'): its name, as
    # printed (the entry's key, which names it nearly always), never the command (trial59 T59-4)
    (re.compile(r"\\(?:gls|glstext|glsname|glsentryname|acrshort|acs)\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\(?:glspl|glsplural|acrshortpl)\{([^{}]*)\}"), r"\1s"),
    (re.compile(r"\\(?:Gls|Glstext|Glsname)\{([^{}])([^{}]*)\}"), lambda m: m.group(1).upper() + m.group(2)),
    (re.compile(r"\\(?:Glspl)\{([^{}])([^{}]*)\}"), lambda m: m.group(1).upper() + m.group(2) + "s"),
    (re.compile(r"\\includegraphics\s*(?:\[[^\]]*\])?\{([^{}]*)\}"), r"![](\1)"),
]
_MATH = re.compile(r"(\\\(.*?\\\)|\\\[.*?\\\]|\$\$.*?\$\$|(?<!\\)\$(?:\\\$|[^$])+\$)")
_ESCAPES = {r"\%": "%", r"\&": "&", r"\#": "#", r"\_": "_", r"\{": "{", r"\}": "}", r"\$": "$", r"\textbackslash": "\\"}


def tex_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_tex(doc.lines, rel, _local_definitions(path, doc.lines, encoding))


# a file of the document's own commands beside it: '\\input{macros}', '\\usepackage{notation}' (notation.sty)
_LOADS = re.compile(r"\\(?P<cmd>input|include|usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*\{(?P<names>[^{}]*)\}")


DECK_DEPTH = 4  # how many folders up from a LaTeX document its deck's folder may be (sources/chapters/ch1.tex)


def _local_definitions(path: Path, lines: list[str], encoding: str) -> list[str]:
    """The command definitions of the files the document loads (a book keeps its ``\\newcommand``\\ s in ``macros.tex``
    or ``notation.sty``), found beside it or in a folder above it up to the deck's (``deck.toml``'s): their
    definitions only, never their text; a file outside the deck's folder is not read."""
    from compiler import uptodate

    if not any(_LOADS.search(line) for line in lines):
        return []
    found: list[str] = []
    here = path.parent.resolve()
    folders = [here, *here.parents][:DECK_DEPTH]
    deck = next((f for f in folders if (f / "deck.toml").is_file()), here)
    folders = folders[: folders.index(deck) + 1]
    for m in _LOADS.finditer("\n".join(_strip_comments(lines))):
        for name in (n.strip() for n in m.group("names").split(",") if n.strip()):
            names = (name + ".sty",) if m.group("cmd") in ("usepackage", "RequirePackage") else (name, name + ".tex")
            for file in ((f / c).resolve() for f in folders for c in names):
                if deck in file.parents:
                    uptodate.note(file)  # (found or not: adding, editing or removing it changes the cards)
                if file.is_file() and deck in file.parents:
                    try:
                        text = file.read_text(encoding=encoding, errors="replace")
                    except OSError:
                        break
                    found += _strip_comments(text.splitlines())
                    break
    return found


# LaTeX's accents, '\\'e' / '{\\~a}' / 'Z\\"{u}rich' / '\\c{c}', as the letters they make (formats2 F2-13: 'S{\\~a}o Paulo')
_ACCENT_MARKS = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
                 "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328", "r": "\u030a"}  # fmt: skip
_ACCENT = re.compile(r"\{?\\(?:(?P<sym>['`\"^~=.])\s*(?:\{(?P<a>[A-Za-z])\}|(?P<b>[A-Za-z]))|(?P<word>[uvHckr])\{(?P<c>[A-Za-z])\})\}?")


def _accented(text: str) -> str:
    """``text`` with LaTeX's accent commands as accented letters (a brace pair around one, ``{\\~a}``, goes too)."""
    import unicodedata

    def letter(m: re.Match[str]) -> str:
        base = m.group("a") or m.group("b") or m.group("c")
        made = unicodedata.normalize("NFC", base + _ACCENT_MARKS[m.group("sym") or m.group("word")])
        opened, closed = m.group().startswith("{"), m.group().endswith("}") and not m.group().endswith(f"{{{base}}}")
        return made if opened == closed else ("{" if opened else "") + made + ("}" if closed and not opened else "")

    return _ACCENT.sub(letter, text) if "\\" in text else text


_STYLED = re.compile(r"\\(?P<cmd>emph|textit|textsl|textbf)\s*(?=\{)")


def _styled_maths(text: str) -> str:
    """Emphasis around maths (``\\emph{primitive recursion from $f$ and $g$}``) as its Markdown, before the text is
    split at its maths: split, the command's two halves were never one and it was printed raw (trial46 T46-4). A
    command inside maths (``$\\textbf{x}$``) is the maths'."""
    if "$" not in text and "\\(" not in text:
        return text
    spans = [m.span() for m in _MATH.finditer(text)]
    out: list[str] = []
    at = 0
    for m in _STYLED.finditer(text):
        if m.start() < at or any(a <= m.start() < b for a, b in spans):
            continue
        found = _braced(text, m.end())
        if found is None or not _MATH.search(found[0]):
            continue
        mark = "**" if m.group("cmd") == "textbf" else "*"
        out += [text[at : m.start()], mark, found[0].strip(), mark]
        at = found[1]
    return "".join(out) + text[at:] if out else text


def _index_gone(text: str) -> str:
    """``text`` without its index entries (``\\index{heap!$d$-ary}``, ``\\index{decreaseKey@#decreaseKey(u,y)#}``): they
    print nothing where they stand, only in the book's index (trial54 T54-2: left on the cards as written)."""
    out: list[str] = []
    k = 0
    for m in _INDEX.finditer(text):
        if m.start() < k:
            continue
        depth, j = 0, m.end() - 1
        while j < len(text):
            depth += {"{": 1, "}": -1}.get(text[j], 0) if text[j - 1 : j] != "\\" else 0
            if depth == 0:
                break
            j += 1
        if j >= len(text):
            break  # (an entry whose braces do not close on this line: left as written)
        out.append(text[k : m.start()])
        k = j + 1
    return "".join(out) + text[k:] if out else text


_INDEX = re.compile(r"\\index\s*(?:\[[^\]]*\]\s*)?\{")


def _inline(text: str) -> str:
    """A line of LaTeX text as Markdown: maths kept as written, text commands as their Markdown."""
    text = _index_gone(text) if "\\index" in text else text
    parts = _MATH.split(_styled_maths(text))
    out: list[str] = []
    for k, part in enumerate(parts):
        part = part if k % 2 else _accented(part)
        if k % 2:
            glued = k + 1 < len(parts) and parts[k + 1][:1].isalnum()
            # ('$20^\circ$C': in LaTeX '$' is maths whatever follows it; Markdown's rule leaves it text; trial12 U55)
            out.append(f"\\({part[1:-1]}\\)" if glued and part.startswith("$") and not part.startswith("$$") else part)
            continue
        part = _ENV_MARK.sub("", _LAYOUT.sub("", part))  # ('\begin{center}\textbf{Quiz 3}\end{center}' on one line)
        for _ in range(3):  # nested: \textbf{\emph{x}} (innermost first)
            new = part
            for pattern, repl in _TEXT_COMMANDS:
                new = pattern.sub(repl, new)
            if new == part:
                break
            part = new
        part = part.replace("``", "\u201c").replace("''", "\u201d").replace("---", "\u2014").replace("--", "\u2013")
        part = re.sub(r"(?<!\\)~", "\u00a0", part).replace("\\\\", " ").replace("\\,", " ").replace("\\ ", " ")
        for escaped, plain in _ESCAPES.items():
            part = part.replace(escaped, plain)
        part = re.sub(r"\\(?:ldots|dots)\b\s*", "\u2026", part)
        part = re.sub(r"\\S(?![A-Za-z])\s*", "§", re.sub(r"\\P(?![A-Za-z])\s*", "¶", part))  # ('Ahlfors \\S4.2.3')
        out.append(part)
    return " ".join("".join(out).split()) if text.strip() else ""


def _strip_comments(lines: list[str]) -> list[str]:
    out = []
    verbatim = False
    for line in lines:
        if _BEGIN.match(line) and _BEGIN.match(line).group("env") in _CODE_ENVS:  # type: ignore[union-attr]
            verbatim = True
        elif _END.match(line) and _END.match(line).group("env") in _CODE_ENVS:  # type: ignore[union-attr]
            verbatim = False
            out.append(line)
            continue
        out.append(line if verbatim else _COMMENT.sub("", line).rstrip())
    return out


# homework.cls and the like: a problem's '\\begin{parts}[r]' lists its parts, each '\\part' an entry labelled (a), (b) …
# in the list's style ('[r]' (i), '[R]' (I), '[A]' (A), '[1]' (1)); a part's '\\label{1.a}' is what '\\ref{1.a}' reads
_ASKING_THEOREMS = frozenset(["exercise", "problem", "question", "exercises", "problems"])
_STATEMENTS = frozenset(["theorem", "lemma", "proposition", "corollary", "claim", "conjecture", "fact", "property", "observation"])
_PARTS_STYLE = re.compile(r"^\s*\[(?P<style>[aAiIrR1])\]")
_LABELS_ONLY = re.compile(r"(?:\([0-9A-Za-z]+\)\s*)+")
_REF = re.compile(r"\\(?:ref|cref|autoref)\{(?P<label>[^{}]*)\}")


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _part_label(style: str, n: int) -> str:
    """The n-th part's label in a parts list of this style: (a), (i), (I), (A), (1)."""
    if style in "iIrR":
        mark = _roman(n)
        return f"({mark.upper() if style in 'IR' else mark})"
    if style == "1":
        return f"({n})"
    return f"({chr(ord('A' if style == 'A' else 'a') + n - 1)})"


_LIST_OPTION = re.compile(r"^\s*\[(?P<opt>[^\]]*)\]")
_COUNTER = re.compile(r"\\(?P<kind>alph|Alph|arabic|roman|Roman)\*")
_SHORT_COUNTER = {"alph": "a", "Alph": "A", "arabic": "1", "roman": "i", "Roman": "I"}
# LaTeX's own labels of nested enumerates: (a), then i., then A.
_DEPTH_LABELS: dict[int, tuple[str, str, str]] = {2: ("(", "a", ")"), 3: ("", "i", "."), 4: ("", "A", ".")}


def _list_label(option: str, depth: int) -> tuple[str, str, str] | None:
    """How an enumerate labels its entries: enumitem's ``label=(\alph*)``, the enumerate package's ``[(a)]``, else
    LaTeX's default at that depth; None for numbers at the top ('1.', '2.': a list of questions)."""
    label = re.search(r"label\s*=\s*(?P<l>\{[^{}]*\}|[^,]*)", option)
    if label is not None:
        text = label.group("l").strip().strip("{}")
        counter = _COUNTER.search(text)
        if counter is not None:
            found = (text[: counter.start()], _SHORT_COUNTER[counter.group("kind")], text[counter.end() :])
            return None if found[1] == "1" and depth == 1 else found
    elif option.strip() and "=" not in option:
        short = re.search(r"[aAiI1]", option)
        if short is not None:
            found = (option[: short.start()].strip(), short.group(0), option[short.end() :].strip())
            return None if found[1] == "1" and depth == 1 else found
    return _DEPTH_LABELS.get(depth)


def _counter(label: tuple[str, str, str], n: int) -> str:
    """The n-th entry's label: ``(b)``, ``iii.``, ``C.``."""
    prefix, kind, suffix = label
    mark = {"a": chr(ord("a") + (n - 1) % 26), "A": chr(ord("A") + (n - 1) % 26), "i": _roman(n), "I": _roman(n).upper()}.get(kind, str(n))
    return f"{prefix}{mark}{suffix}"


def _part_labels(lines: list[str]) -> dict[str, str]:
    """Each part's '\\label{…}' inside a problem's parts, as the label its '\\ref{…}' prints: '(a)', '(ii)'."""
    labels: dict[str, str] = {}
    stack: list[list] = []  # [style, count] per open parts list
    current = ""
    for line in lines:
        begin, end = _BEGIN.match(line), _END.match(line)
        if begin and begin.group("env") == "parts":
            style = _PARTS_STYLE.match(begin.group("rest"))
            stack.append([style.group("style") if style else "a", 0])
        elif end and end.group("env") == "parts" and stack:
            stack.pop()
        elif stack and re.match(r"^\s*\\part\b", line):
            stack[-1][1] += 1
            current = _part_label(stack[-1][0], stack[-1][1])
        for m in re.finditer(r"\\label\{([^{}]*)\}", line):
            if stack and current:
                labels.setdefault(m.group(1), current)
    return labels


_FIGURES = frozenset(["figure", "figure*", "wrapfigure", "SCfigure"])
_CAPTION = re.compile(r"\\caption\s*(?:\[[^\]]*\])?\s*(?=\{)")
_GRAPHIC = re.compile(r"\\includegraphics\s*(?:\[[^\]]*\])?\s*\{(?P<path>[^{}]*)\}")


def _figure_labels(lines: list[str]) -> dict[str, str]:
    """Each figure's '\\label{…}' as the number '\\ref{…}' prints: the figures with a caption counted in order."""
    labels: dict[str, str] = {}
    count = 0
    inside = False
    for line in lines:
        begin, end = _BEGIN.match(line), _END.match(line)
        if begin and begin.group("env") in _FIGURES:
            inside = True
        if inside and _CAPTION.search(line):
            count += 1
        if inside:
            for m in re.finditer(r"\\label\{([^{}]*)\}", line):
                labels.setdefault(m.group(1), str(count) if count else "")
        if end and end.group("env") in _FIGURES:
            inside = False
    return {k: v for k, v in labels.items() if v}


def _figure(lines: list[str], k: int, env: str) -> tuple[list[str], int]:
    """A figure environment opening at line ``k``: its pictures (``![caption](path)``) and its caption under them in
    italics, without its placement ('[h!]'), '\\centering' or '\\label'; and the index of the line after its end."""
    end = next((j for j in range(k + 1, len(lines)) if re.match(r"^\s*\\end\{" + re.escape(env) + r"\}", lines[j])), len(lines) - 1)
    body = "\n".join(lines[k : end + 1])
    caption = ""
    m = _CAPTION.search(body)
    if m is not None:
        got = _braced(body, m.end())
        caption = _inline(" ".join(got[0].split())) if got else ""
    pictures = [g.group("path") for g in _GRAPHIC.finditer(body)]
    out = [f"![{caption.replace(']', '')}]({path})" for path in pictures]
    if caption:
        out.append(f"*{caption}*")
    return out, end + 1


# a cross-reference by a label that says what it names ('\\olref[cmp][rec][prf]{prop:mult-pr}', '\\cref{thm:main}',
# '\\eqref{eq:bayes}'): a project's own '…ref' command too (trial46 T46-9); '\\href' is a link
_XREF = re.compile(r"\\(?P<cmd>[A-Za-z]*ref)\*?(?:\s*\[[^\]]*\])*\s*\{(?P<kind>[A-Za-z]+):(?P<name>[^{}\s]+)\}")
# the kind a label's prefix names, as cleveref and most books name their labels
_LABEL_KINDS = {
    "def": "Definition", "defn": "Definition", "dfn": "Definition", "thm": "Theorem", "prop": "Proposition", "lem": "Lemma",
    "cor": "Corollary", "ex": "Example", "exm": "Example", "eg": "Example", "eq": "Equation", "eqn": "Equation",
    "sec": "Section", "ssec": "Section", "subsec": "Section", "ch": "Chapter", "chap": "Chapter", "fig": "Figure",
    "tab": "Table", "tbl": "Table", "prob": "Problem", "exr": "Exercise", "rem": "Remark", "alg": "Algorithm",
}  # fmt: skip


def _said_ref(m: re.Match[str]) -> str:
    """A cross-reference LaTeX would print as a number ('Proposition 3.2') as the kind and name its label gives
    ('Proposition mult-pr'), never the command as written; a reference of no known kind is left as it is."""
    kind = _LABEL_KINDS.get(m.group("kind").lower())
    if kind is None or m.group("cmd") == "href":
        return m.group(0)
    return f"{kind} {m.group('name')}"


# a command left in the converted text, outside maths and code: one deckc does not know, printed as written
_LEFT_COMMAND = re.compile(r"(?<![\\A-Za-z])\\(?P<name>[A-Za-z]+)")
_MATH_SPAN = re.compile(
    r"\\\[.*?\\\]|\$\$.*?\$\$|\\\(.*?\\\)|(?<!\\)\$(?:\\\$|[^$])+?\$|`[^`\n]*`"
    r"|\\begin\{(?P<env>" + "|".join(re.escape(e) for e in sorted(_MATH_ENVS, key=len, reverse=True)) + r"|aligned|gathered|cases|array|[pbvBV]?matrix)\}.*?\\end\{(?P=env)\}",
    re.S,
)
UNKNOWN_SHOWN = 6  # commands a message names, most used first
# the text commands deckc reads (_TEXT_COMMANDS): one left as written is held by another it does not know, never unknown
_KNOWN_TEXT = frozenset(re.findall(r"[a-z]{2,}", " ".join(p.pattern for p, _ in _TEXT_COMMANDS))) | {"item", "begin", "end"}


def unknown_commands(rows: list[Row], rel: str) -> Diagnostic | None:
    """One warning naming the commands left as written in the converted text (a project's own, defined in a file
    deckc does not see: OpenLogic's '\\tagitem', '\\iftag', '\\usetoken'; trial46 T46-9: printed raw on the cards, no
    message), with their counts and the first line, or None."""
    text = "\n".join(t for t, _ in rows)
    fences = [m.span() for m in re.finditer(r"(?ms)^```.*?^```", text)]
    spans = [m.span() for m in _MATH_SPAN.finditer(text)] + fences
    found: Counter[str] = Counter()
    first: int | None = None
    for m in _LEFT_COMMAND.finditer(text):
        if any(a <= m.start() < b for a, b in spans) or m.group("name") in _KNOWN_TEXT:
            continue
        found["\\" + m.group("name")] += 1
        if first is None:
            first = rows[text.count("\n", 0, m.start())][1]
    if not found:
        return None
    named = ", ".join(f"{name} ({n})" for name, n in found.most_common(UNKNOWN_SHOWN))
    more = f" and {len(found) - UNKNOWN_SHOWN} more" if len(found) > UNKNOWN_SHOWN else ""
    total = sum(found.values())
    return Diagnostic(
        rel,
        first,
        f"{total} use{'s' if total > 1 else ''} of {len(found)} LaTeX command{'s' if len(found) > 1 else ''} deckc does not know "
        f"{'are' if total > 1 else 'is'} left in the text as written: {named}{more} (the first at this line)",
        "they are the document's own: put their \\newcommand definitions in this file, or in a file it loads from beside it "
        "(\\input{macros}, \\usepackage{name} with name.sty), and deckc writes them out; else write their text in their place",
        severity="warning",
        group="latex-unknown-commands",
    )


def _ref(m: re.Match[str], labels: dict[str, str]) -> str:
    """A reference to a part as its label, with a space before the word that follows ('\\ref{1.a}Suppose')."""
    label = labels.get(m.group("label"))
    if label is None:
        return m.group(0)
    follows = m.string[m.end() : m.end() + 1]
    return label + (" " if follows and (follows.isalnum() or follows == "\\") else "")


_AMC_SIGN = re.compile(r"\\(?:correctchoice|wrongchoice|bonne|mauvaise)\s*\{|\{automultiplechoice\}")
_AMC_QUESTION = re.compile(r"^(?P<indent>\s*)\\begin\{(?:question|questionmult)\}\s*(?:\{[^{}]*\})?\s*(?P<rest>.*)$")
_AMC_CHOICE = re.compile(r"^(?P<indent>\s*)\\(?P<kind>correctchoice|wrongchoice|bonne|mauvaise)\s*\{(?P<text>.*)\}\s*$")
_AMC_CHOICES = re.compile(r"^(\s*)\\(begin|end)\{(?:choices|reponses|choiceshoriz|reponseshoriz|choicescustom)\}(?:\[[^\]]*\])?\s*$")
_AMC_ELEMENT = re.compile(r"^\s*\\element\s*\{(?P<group>[^{}]*)\}\s*\{\s*$")
_AMC_COPIES = re.compile(
    r"^\s*\\(?:onecopy|exemplaire|insertgroup|shufflegroup|cleargroup|restituegroupe|melangegroupe|AMCcode|AMCopen|namefield|champnom)\b"
)
_AMC_PAPER = re.compile(r"^\s*\\(?:onecopy|exemplaire)\b")  # the copies' layout: its braces hold the paper, no card
_AMC_EXPLAIN = re.compile(r"^(?P<indent>\s*)\\explain\s*\{(?P<text>.*)\}\s*$")


def _amc(lines: list[str]) -> list[str]:
    """An auto-multiple-choice (AMC) question file as the exam class writes the same (trial11 P91), line for line:
    ``\\element{group}{`` a section (once per group), ``question`` / ``questionmult`` a ``\\question`` whose text is
    the lines up to its choices, ``\\correctchoice`` / ``\\bonne`` a ``\\CorrectChoice``, ``\\wrongchoice`` /
    ``\\mauvaise`` a ``\\choice`` (in ``choices`` / ``reponses``), ``\\explain{…}`` its solution; the copies'
    layout (``\\onecopy``, ``\\exemplaire``, ``\\insertgroup``) and the groups' closing braces left out."""
    out = list(lines)
    group = None
    k = 0
    while k < len(out):
        line = out[k]
        if (m := _AMC_ELEMENT.match(line)) is not None:
            out[k] = f"\\section*{{{m.group('group')}}}" if m.group("group") != group else ""
            group = m.group("group")
        elif (m := _AMC_QUESTION.match(line)) is not None:
            text = [m.group("rest").strip()] if m.group("rest").strip() else []
            j = k + 1
            while j < len(out) and out[j].strip() and not _AMC_CHOICES.match(out[j]) and not _AMC_CHOICE.match(out[j]):
                text.append(out[j].strip())
                out[j] = ""
                j += 1
            out[k] = m.group("indent") + "\\question " + " ".join(text)
        elif (m := _AMC_CHOICES.match(line)) is not None:
            out[k] = f"{m.group(1)}\\{m.group(2)}{{choices}}"
        elif (m := _AMC_CHOICE.match(line)) is not None:
            kind = "CorrectChoice" if m.group("kind") in ("correctchoice", "bonne") else "choice"
            out[k] = f"{m.group('indent')}\\{kind} {m.group('text')}"
        elif (m := _AMC_EXPLAIN.match(line)) is not None:
            out[k] = f"{m.group('indent')}\\begin{{solution}} {m.group('text')} \\end{{solution}}"
        elif _AMC_PAPER.match(line):
            # '\exemplaire{1}{' / the copy's title / '\restituegroupe{geo}' / '}': the paper's layout to its closing
            # brace, never the last card's explanation (trial26 T26-32)
            depth = 0
            while k < len(out):
                depth += out[k].count("{") - out[k].count("}")
                out[k] = ""
                if depth <= 0:
                    break
                k += 1
        elif re.match(r"^\s*\\end\{(?:question|questionmult)\}\s*$", line) or re.fullmatch(r"\s*\}\s*", line) or _AMC_COPIES.match(line):
            out[k] = ""
        k += 1
    return out


# the moodle package's quiz (CTAN 'moodle': a Moodle quiz written in LaTeX, its XML made from it)
_MOODLE_SIGN = re.compile(r"\\usepackage(?:\[[^\]]*\])?\{moodle\}|\\begin\{(?:multi|numerical|shortanswer|truefalse)\}")
_MOODLE_QUIZ = re.compile(r"^\s*\\begin\{quiz\}\s*(?:\[[^\]]*\])?\s*\{(?P<name>[^{}]*)\}")
_MOODLE_OPEN = re.compile(
    r"^(?P<indent>\s*)\\begin\{(?P<kind>multi|numerical|shortanswer|truefalse|essay)\}\s*(?:\[[^\]]*\])?\s*(?:\{[^{}]*\})?\s*(?P<rest>.*)$"
)
_MOODLE_ITEM = re.compile(r"^(?P<indent>\s*)\\item(?P<star>\*)?\s*(?:\[[^\]]*\])?\s*(?P<text>.*)$")
_MOODLE_CLOSE = re.compile(r"^\s*\\end\{(?P<kind>multi|numerical|shortanswer|truefalse|essay|quiz)\}\s*$")


def _moodle(lines: list[str]) -> list[str]:
    """A quiz written with the moodle package as the exam class writes the same, line for line (trial26 T26-31: 0
    cards, regex advice): ``\\begin{quiz}{Unit 4}`` a section; a ``multi`` question its text then ``\\item*`` right /
    ``\\item`` wrong choices (several right with ``[multiple]``); ``numerical``, ``shortanswer`` and ``truefalse`` their
    text answered by their first ``\\item`` (a short answer's ``\\blank{}`` a blank filled with it); an ``essay`` a
    question with no answer. The ``{Title}`` of each is Moodle's name for it, no card text."""
    out = list(lines)
    k = 0
    while k < len(out):
        line = out[k]
        if (m := _MOODLE_QUIZ.match(line)) is not None:
            out[k] = f"\\section*{{{m.group('name').strip()}}}"
        elif (m := _MOODLE_OPEN.match(line)) is not None:
            kind, indent = m.group("kind"), m.group("indent")
            text = [m.group("rest").strip()] if m.group("rest").strip() else []
            j = k + 1
            while j < len(out) and not _MOODLE_ITEM.match(out[j]) and not _MOODLE_CLOSE.match(out[j]):
                if out[j].strip():
                    text.append(out[j].strip())
                out[j] = ""
                j += 1
            items = []
            end = j
            while end < len(out) and not _MOODLE_CLOSE.match(out[end]):
                if (i := _MOODLE_ITEM.match(out[end])) is not None:
                    items.append((end, bool(i.group("star")), i.group("text").strip()))
                end += 1
            asked = " ".join(text)
            if kind == "multi" and items:
                out[k] = f"{indent}\\question {asked}"
                out[k + 1 if k + 1 < items[0][0] else k] = (
                    f"{indent}\\begin{{choices}}" if k + 1 < items[0][0] else f"{out[k]} \\begin{{choices}}"
                )
                for at, right, said in items:
                    out[at] = f"{indent}\\{'CorrectChoice' if right else 'choice'} {said}"
                if end < len(out):
                    out[end] = f"{indent}\\end{{choices}}"
            elif items or kind == "essay":
                answer = next((said for _, right, said in items if right), items[0][2] if items else "")
                if kind == "shortanswer" and "\\blank" in asked:
                    asked = re.sub(r"\\blank\s*(?:\[[^\]]*\])?\s*\{\}", f"\\\\fillin[{answer}]", asked, count=1)
                    answer = ""
                out[k] = f"{indent}\\question {asked}"
                for at, _, _ in items:
                    out[at] = ""
                if answer and items:
                    out[items[0][0]] = f"{indent}\\begin{{solution}} {answer} \\end{{solution}}"
                if end < len(out):
                    out[end] = ""
            k = end
        elif (m := _MOODLE_CLOSE.match(line)) is not None and m.group("kind") == "quiz":
            out[k] = ""
        k += 1
    return out


_GLOSSARY = re.compile(r"\\(?P<cmd>newglossaryentry|newacronym|newabbreviation)\s*(?:\[[^\]]*\])?\s*\{")


def _braced(text: str, start: int) -> tuple[str, int] | None:
    """The text of the ``{…}`` group opening at ``text[start]`` and the index after it, or None."""
    if start >= len(text) or text[start] != "{":
        return None
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "{" and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif text[k] == "}" and text[k - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1 : k], k + 1
    return None


def _glossary(lines: list[str]) -> list[Row]:
    """A glossary's entries (``\\newglossaryentry{key}{name={API}, description={…}}``, ``\\newacronym{cpu}{CPU}{Central
    Processing Unit}``: the glossaries package, a thesis's glossary.tex; trial12 U80) as questions and answers."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out: list[Row] = []
    for m in _GLOSSARY.finditer(text):
        n = next(k for k in range(len(lines)) if starts[k + 1] > m.start()) + 1
        first = _braced(text, m.end() - 1)
        if first is None:
            continue
        second = _braced(text, first[1] + len(text[first[1] :]) - len(text[first[1] :].lstrip()))
        if second is None:
            continue
        if m.group("cmd") == "newglossaryentry":
            fields = {}
            body, k = second[0], 0
            for part in re.finditer(r"(?P<key>\w+)\s*=\s*", body):
                if part.start() < k:
                    continue
                rest = body[part.end() :]
                value = _braced(rest, 0) if rest.startswith("{") else None
                if value is not None:
                    fields[part.group("key")] = value[0]
                    k = part.end() + value[1]
                else:
                    end = rest.find(",")
                    fields[part.group("key")] = rest[: end if end >= 0 else len(rest)]
                    k = part.end() + (end if end >= 0 else len(rest))
            term, meaning = fields.get("name", first[0]).strip(), fields.get("description", "").strip()
        else:
            third = _braced(text, second[1] + len(text[second[1] :]) - len(text[second[1] :].lstrip()))
            term, meaning = second[0].strip(), (third[0].strip() if third else "")
        if term and meaning:
            out += [(f"### Q: {_inline(term)}", n), ("", n), (_escape_start(_inline(" ".join(meaning.split()))), n), ("", n)]
    return out


# A document's own commands ('\newcommand{\RR}{\mathbb{R}}', '\DeclareMathOperator{\Var}{Var}', '\def\E{\mathbb{E}}'),
# nearly every set of lecture notes has some: written out where they are used, as LaTeX does, so the card's MathJax
# and the sheet know them (trial14 T14-20: '\RR', '\Var(X)' were red 'undefined control sequence' errors in Anki)
_DEFINE = re.compile(
    r"\\(?:(?P<new>newcommand|renewcommand|providecommand|DeclareRobustCommand)|(?P<op>DeclareMathOperator)|(?P<def>[gex]?def)"
    r"|(?P<pair>DeclarePairedDelimiter)|(?P<env>newenvironment|renewenvironment))"
    r"(?P<star>\*?)(?![A-Za-z])\s*"
)
_PARAMS = re.compile(r"\s*(?:#\d\s*)*(?=\{)")  # (spaces taken once per step: two runs around an empty group backtracked quadratically on a long run of spaces)
# commands whose meaning the converter reads itself: a document that redefines one keeps it as written
_STRUCTURE = frozenset([
    "section", "subsection", "subsubsection", "chapter", "paragraph", "part", "item", "begin", "end", "question", "subpart",
    "titledquestion", "choice", "CorrectChoice", "label", "ref", "eqref", "cite", "title", "author", "date", "caption",
    "includegraphics", "textbf", "textit", "emph", "texttt", "href", "url", "footnote", "cardfrontfoot", "newglossaryentry",
    "newacronym", "element", "correctchoice", "wrongchoice", "explain", "fillin",
])  # fmt: skip
MACRO_PASSES = 8  # how deep a command written with others is written out (a command that calls itself stops here)


class _Macro:
    """A document's command: how many arguments it takes, the first one's default if it is optional, its text; a
    paired delimiter's two delimiters (mathtools' ``\\DeclarePairedDelimiter\\abs{\\lvert}{\\rvert}``: ``\\abs*{x}`` sized)."""

    def __init__(self, count: int, default: str | None, body: str, paired: tuple[str, str] | None = None, end: str | None = None) -> None:
        self.count, self.default, self.body, self.paired = count, default, body, paired
        self.end = end  # an environment's: the text its \end{…} stands for (its \begin{…} stands for ``body``)


def _spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\n":
        at += 1
    return at


def _definition(text: str, m: re.Match[str]) -> tuple[str, _Macro, int] | None:
    """The command a definition at ``m`` makes (its name, what it is) and the index after it, or None."""
    at = m.end()
    if text.startswith("{", at):
        named = _braced(text, at)
        if named is None:
            return None
        name, at = named[0].strip(), named[1]
    else:
        name_m = re.match(_NAME, text[at:])
        if name_m is None:
            return None
        name, at = name_m.group(), at + name_m.end()
    if m.group("env"):  # '\newenvironment{mcq}{\begin{oneparchoices}}{\end{oneparchoices}}': an environment's name
        name = f"{{{name}}}" if re.fullmatch(r"[^\W\d_][\w*-]*", name) else ""
    if not name or (not m.group("env") and not re.fullmatch(_NAME, name)):
        return None
    count, default = 0, None
    if m.group("def"):
        params = _PARAMS.match(text, at)
        if params is None:
            return None
        count, at = params.group().count("#"), params.end()
    elif m.group("new") or m.group("env"):
        at = _spaces(text, at)
        counted = re.match(r"\[\s*(\d)\s*\]", text[at:])
        if counted is not None:
            count, at = int(counted.group(1)), _spaces(text, at + counted.end())
            optional = re.match(r"\[(?P<d>[^\]]*)\]", text[at:])
            if optional is not None:
                default, at = optional.group("d"), at + optional.end()
    if m.group("pair"):
        left = _braced(text, _spaces(text, at))
        right = _braced(text, _spaces(text, left[1])) if left is not None else None
        if left is None or right is None:
            return None
        pair = (left[0].strip(), right[0].strip())
        return name, _Macro(1, None, f"{pair[0]} #1 {pair[1]}", pair), right[1]
    body = _braced(text, _spaces(text, at))
    if body is None:
        return None
    if m.group("env"):
        end = _braced(text, _spaces(text, body[1]))
        if end is None:
            return None
        begin_text, end_text = (" ".join(_undefined(b).split()) for b in (body[0], end[0]))
        return name, _Macro(count, default, begin_text, end=end_text), end[1]
    made = f"\\operatorname{m.group('star')}{{{body[0]}}}" if m.group("op") else body[0]
    return name, _Macro(count, default, " ".join(made.split())), body[1]


def _macros(lines: list[str]) -> tuple[list[str], dict[str, _Macro]]:
    """The document's own commands, and its lines with their definitions left out (each line where it was)."""
    text = "\n".join(lines)
    if "\\" not in text or _DEFINE.search(text) is None:
        return lines, {}
    macros: dict[str, _Macro] = {}
    kept: list[str] = []
    at = 0
    listings = [c.span() for c in _LISTING.finditer(text)]  # (a LaTeX course's listing showing '\\newcommand': as written)
    for m in _DEFINE.finditer(text):
        if m.start() < at or any(a <= m.start() < b for a, b in listings):
            continue
        made = _definition(text, m)
        if made is None:
            continue
        name, macro, end = made
        if name[1:] not in _STRUCTURE and not (m.group("new") == "providecommand" and name in macros):
            macros[name] = macro
        kept.append(text[at : m.start()])
        kept.append("\n" * text.count("\n", m.start(), end))  # (a definition over several lines: those lines empty)
        at = end
    kept.append(text[at:])
    return "".join(kept).split("\n"), macros


_LISTING = re.compile(r"\\begin\{(?P<env>verbatim\*?|lstlisting|minted|Verbatim|code)\}.*?\\end\{(?P=env)\}", re.S)
# a command's name: letters (a name in another script too, '\\填空': XeLaTeX's), or one other character
_NAME = r"\\(?:[^\W\d_]+|[^A-Za-z\s])"
_USE = re.compile(r"(?<!\\)\\(?P<name>[^\W\d_]+|[^A-Za-z\s])")
_ENVIRONMENT_USE = re.compile(r"\\(?P<which>begin|end)\s*\{(?P<name>[^{}\s]+)\}")


def _undefined(body: str) -> str:
    """An environment's text without the definitions it makes when it starts ('\\renewcommand{\\solutiontitle}{…}'):
    they change how LaTeX prints it, never what it says."""
    out, at = [], 0
    for m in _DEFINE.finditer(body):
        if m.start() < at:
            continue
        made = _definition(body, m)
        if made is not None:
            out.append(body[at : m.start()])
            at = made[2]
    return "".join(out) + body[at:]


def _arguments(text: str, at: int, macro: _Macro) -> tuple[list[str], int] | None:
    """The arguments a command takes from ``text[at:]`` (a brace group each, or one token) and where they end."""
    args: list[str] = []
    for k in range(macro.count):
        here = _spaces(text, at)
        if k == 0 and macro.default is not None:
            optional = re.match(r"\[(?P<a>[^\]]*)\]", text[here:])
            args.append(optional.group("a") if optional else macro.default)
            at = here + optional.end() if optional else at
            continue
        if here >= len(text) or text[here] == "}":
            return None
        if text[here] == "{":
            group = _braced(text, here)
            if group is None:
                return None
            args.append(group[0])
            at = group[1]
        else:
            token = _USE.match(text, here)
            args.append(token.group() if token else text[here])
            at = token.end() if token else here + 1
    return args, at


def _argument(m: re.Match[str], args: list[str]) -> str:
    """What ``#n`` in a command's text stands for: its n-th argument (a ``#n`` past them stays as written)."""
    k, word = int(m.group(2)), m.group("word") or ""
    if not 0 < k <= len(args):
        return m.group()
    return word + (" " if word and args[k - 1][:1].isalpha() else "") + args[k - 1]  # ('\lvert#1' of 'x': '\lvert x')


def _environments(line: str, macros: dict[str, _Macro]) -> str:
    """``line`` with the document's own environments written out: ``\\begin{mcq}`` (and its arguments) as the text
    its ``\\newenvironment`` gives it, ``\\end{mcq}`` likewise (trial16 T16-30: an exam's choices and solutions
    wrapped in environments of the author's own, in Chinese, were raw LaTeX on the cards)."""
    out, at = [], 0
    for m in _ENVIRONMENT_USE.finditer(line):
        macro = macros.get("{" + m.group("name") + "}")
        if macro is None or m.start() < at or "\\begin" not in macro.body:
            continue  # (only a wrapper of another environment: '{question}{\\par\\bfseries}{\\par}' keeps its name, read as such)
        if m.group("which") == "end":
            out += [line[at : m.start()], macro.end or ""]
            at = m.end()
            continue
        taken = _arguments(line, m.end(), macro)
        if taken is None:
            continue
        args, end = taken
        out += [line[at : m.start()], re.sub(r"(?P<word>\\[A-Za-z]+)?#(\d)", lambda a, given=args: _argument(a, given), macro.body)]
        at = end
    return "".join(out) + line[at:] if out else line


def _expanded(line: str, macros: dict[str, _Macro]) -> str:
    """``line`` with the document's commands written out (their arguments put in for ``#1`` … ``#9``)."""
    if "{" in line and any(k.startswith("{") for k in macros):
        line = _environments(line, macros)
    for _ in range(MACRO_PASSES):
        out: list[str] = []
        at = 0
        changed = False
        for m in _USE.finditer(line):
            name, start = m.group("name"), m.end()
            macro = macros.get("\\" + name)
            ascii_name = re.match(r"[A-Za-z]+", name)
            if macro is None and not name.isascii() and ascii_name is not None:  # ('\\RRé': pdfLaTeX's '\\RR' then 'é')
                macro, start = macros.get("\\" + ascii_name.group()), m.start() + 1 + ascii_name.end()
            if macro is None or macro.end is not None or m.start() < at:
                continue
            text = macro.body
            if macro.paired is not None:  # '\\abs*{x}' / '\\abs[\\big]{x}': the delimiters sized
                here = _spaces(line, start)
                size = re.match(r"\[\s*(\\[A-Za-z]+)\s*\]", line[here:])
                if line.startswith("*", here):
                    start, text = here + 1, f"\\left{macro.paired[0]} #1 \\right{macro.paired[1]}"
                elif size is not None:
                    start, text = here + size.end(), f"{size.group(1)}l{macro.paired[0]} #1 {size.group(1)}r{macro.paired[1]}"
            taken = _arguments(line, start, macro)
            if taken is None:
                continue
            args, end = taken
            body = re.sub(r"(?P<word>\\[A-Za-z]+)?#(\d)", lambda a, given=args: _argument(a, given), text)
            glued = re.search(r"\\[A-Za-z]+$", body) is not None and line[end : end + 1].isalpha()
            out += [line[at : m.start()], body + (" " if glued else "")]
            at, changed = end, True
        if not changed:
            return line
        line = "".join(out) + line[at:]
    return line


_FRONT_FOOT = re.compile(r"^\s*\\cardfrontfoot\s*\{(?P<title>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\s*$")
FLASHCARD_LINES = 6  # lines a flashcard's '{front}' may run over


def _flashcard_front(lines: list[str], k: int) -> tuple[str | None, int]:
    """A ``\\begin{flashcard}[Definition]{Derivative of $f$}`` at line ``k``: its front ('Definition: Derivative of $f$';
    the optional argument is the kind the card's front names) and the index of the line after the front, which its
    back (the body) starts on; ``(None, k + 1)`` when the front is no ``{…}`` group."""
    text = "\n".join(lines[k : k + FLASHCARD_LINES])
    at = text.index("\\begin{flashcard}") + len("\\begin{flashcard}")
    kind = re.match(r"\s*\[(?P<kind>[^\]]*)\]", text[at:])
    at += kind.end() if kind else 0
    at += len(text[at:]) - len(text[at:].lstrip())
    front = _braced(text, at)
    if front is None:
        return None, k + 1
    head = _inline(" ".join(front[0].split()))
    named = _inline(kind.group("kind")) if kind else ""
    after = text[front[1] :]
    rest = after.split("\n", 1)[0].strip()
    k += text.count("\n", 0, front[1]) + 1
    if rest:  # (a back that starts on the front's line)
        lines[k - 1] = rest
        k -= 1
    return (f"{named}: {head}" if named and head else head or named or None), k


_SIZED = re.compile(r"^\s*\{\s*\\(?:tiny|small|normalsize|large|Large|LARGE|huge|Huge|bf|bfseries|textbf)\b[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*$")
_FILLIN = re.compile(r"\\fillin\s*(?:\[(?P<answer>[^\]]*)\])?(?:\s*\[[^\]]*\])?")
_STEM_GOES_ON = re.compile(r"^\s*(?!\\(?:begin|end|question|titledquestion|(?:sub)*part|choice|CorrectChoice|item|uplevel|answerline|"
                           r"ifprintanswers|else|fi|(?:sub)*section|chapter|paragraph|includegraphics|fillwithlines|fillwithdottedlines|makeemptybox)\b)\S")
_UPLEVEL = re.compile(r"^\s*\\uplevel\s*(?=\{)")
_ANSWERLINE = re.compile(r"^\s*\\answerline\s*(?:\[(?P<answer>[^\]]*)\])?\s*$")
_IF_ANSWERS = re.compile(r"^\s*\\(?i:ifprintanswers|ifsolutions?|ifanswers?)\b\s*(?P<rest>.*?)\s*(?P<fi>\\fi)?\s*$")
# a class's own command printing the answer only in the solutions' copy ('\Answer{2 moles …}', trial48 T48-6)
_ANSWER_CALL = re.compile(r"^\s*(?:\\\\\s*)?\\(?:Answer|Solution)\s*\{(?P<answer>.*)\}\s*(?:\\\\)?\s*$")
# a command named for the answer, the document's own and defined elsewhere ('\myanswer{$\enot M$}' in forallx's
# solutions book, '\answer{…}', '\showsolution{…}'): what it holds answers the item or exercise before it (T59-3)
_ANSWER_COMMAND = re.compile(r"\\(?:my|show|print|the)?(?i:answers?|solutions?|soln|ans)\s*\{")
_STEM_STOP = re.compile(r"^\s*\\(?:question|titledquestion|part\b|CorrectChoice|choice\b|begin\{(?:choices|oneparchoices|checkboxes|oneparcheckboxes|solution\w*)\}|end\{questions\})")


# a problem's optional argument that instructs rather than names it: a sentence's end, or nine words or more
_INSTRUCTION = re.compile(r"[.:?!]$|^(?:\S+\s+){8}\S")
_OPEN_ARGUMENT = re.compile(r"^(?P<head>\s*\\begin\{[A-Za-z]+\*?\})\[(?P<arg>[^\]]*)$")
ARGUMENT_LINES = 6  # lines an environment's optional argument may span ('\begin{ProblemDefinition}[%' / text / ']')


def _joined_arguments(lines: list[str]) -> list[str]:
    """An environment's optional argument written over lines (``\begin{ProblemDefinition}[%`` / its text / ``]``) on
    its ``\begin`` line, the lines it took left blank (trial48 T48-6: ``[ Write a function … ]`` printed)."""
    out = list(lines)
    for k, line in enumerate(lines):
        m = _OPEN_ARGUMENT.match(line)
        if m is None:
            continue
        end = next((j for j in range(k + 1, min(k + 1 + ARGUMENT_LINES, len(lines))) if "]" in lines[j]), None)
        if end is None or any("[" in lines[j] for j in range(k + 1, end + 1)):
            continue
        close = lines[end].index("]")
        text = " ".join([m.group("arg"), *(lines[j].strip() for j in range(k + 1, end)), lines[end][:close]]).split()
        out[k] = f"{m.group('head')}[{' '.join(text)}]"
        for j in range(k + 1, end):
            out[j] = ""
        out[end] = lines[end][close + 1 :]
    return out


ANSWER_LINES = 12  # lines an answer command's argument may span


def _answer_arguments(lines: list[str]) -> list[str]:
    """An answer command's argument written over lines (``\\myanswer{The scope of …\\`` / … / ``… sentence.}``) on its
    command's line, the lines it took left blank (line numbers kept), so the item or exercise it answers gets it whole."""
    out = list(lines)
    for k, line in enumerate(lines):
        if "\\" not in line or (m := _ANSWER_COMMAND.search(line)) is None or _braced(line, m.end() - 1) is not None:
            continue
        joined, end = line, k
        for j in range(k + 1, min(k + 1 + ANSWER_LINES, len(lines))):
            joined, end = f"{joined} {lines[j].strip()}", j
            if _braced(joined, m.end() - 1) is not None:
                break
        else:
            continue
        out[k] = joined
        for j in range(k + 1, end + 1):
            out[j] = ""
    return out


def _answer_split(text: str) -> tuple[str, str] | None:
    r"""``(the text before, the answer)`` of a line holding an answer command (``$(A)$\hfill \myanswer{(a) no}``); None
    when it holds none."""
    m = _ANSWER_COMMAND.search(text)
    closed = _braced(text, m.end() - 1) if m is not None else None
    if m is None or closed is None:
        return None
    return text[: m.start()], closed[0]


def _answer_text(said: str) -> str:
    """An answer command's argument as one line of text: a list in it (a symbolization key, ``\\begin{ekey} \\item[P]
    Dorothy plays …``) as ``P: Dorothy plays …; C: …``, never its ``\\item`` commands printed."""
    if "\\item" not in said:
        return _inline(said)
    parts = re.split(r"\\item\b\s*", said)
    shown = [_inline(parts[0])]
    for part in parts[1:]:
        label = re.match(r"\[([^\]]*)\]\s*", part)
        text = _inline(part[label.end() :] if label else part)
        shown.append(f"{_inline(label.group(1))}: {text}" if label and _inline(label.group(1)) else text)
    return "; ".join(t for t in shown if t)


def _answer_row(out: list[Row], depth: int, said: str, n: int) -> Row:
    """The row of an answer under the list item open at ``depth``: 'Answer: …', or the answer's next line when the item
    has its answer already (forallx's key, then the symbolization: one answer of two lines)."""
    answered = False
    for text, _ in reversed(out):
        if text.startswith("  " * depth + "Answer: "):
            answered = True
            break
        if re.match(r"^\s*(?:[-*]|\d+\.)\s", text):
            break  # (the item's own line: no answer under it yet)
    return ("  " * depth + ("" if answered else "Answer: ") + _answer_text(said), n)


def _answer_line(line: str) -> re.Match[str] | None:
    """A line that is only an answer command of the document's own (``\\myanswer{…}``, ``\\\\myanswer{…}\\``): a match
    whose ``answer`` group is its argument; None for any other line."""
    bare = re.sub(r"^\s*(?:\\\\\s*)?", "", line)
    m = _ANSWER_COMMAND.match(bare)
    closed = _braced(bare, m.end() - 1) if m is not None else None
    if m is None or closed is None or re.sub(r"\\\\", "", bare[closed[1] :]).strip():
        return None
    return re.match(r"(?s)(?P<answer>.*)", closed[0])


def _paper_furniture(lines: list[str]) -> list[str]:
    """The lines with a printed paper's blank-page notice (``\textit{This page intentionally left blank.}``) blanked:
    page furniture, never a question (trial48 T48-6: it was a card's front)."""
    return ["" if BLANK_PAGE.match(_PLAIN_WRAP.sub(r"\g<t>", line).strip()) else line for line in lines]


_PLAIN_WRAP = re.compile(r"\\(?:textit|emph|textbf|textsc|textsf|underline)\{(?P<t>[^{}]*)\}")


def _asking_compound(env: str) -> str:
    """The asking word a class's own environment name opens with (``ProblemDefinition``, ``ExerciseBox``,
    ``question_env``: ``problem`` …; trial48 T48-6: one card of a whole exam), else ''."""
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", env)
    first = words[0].lower() if len(words) > 1 else ""
    return first if first in _ASKING_THEOREMS else ""


def _fillins(text: str) -> tuple[str, list[str]]:
    """A question's text with the exam class's ``\\fillin[answer][width]`` blanks as '_____', and their answers."""
    answers = [m.group("answer") or "" for m in _FILLIN.finditer(text)]
    return _FILLIN.sub("_____", text), [a for a in answers if a.strip()] if all(a.strip() for a in answers) else []


def _stem_end(lines: list[str], k: int) -> int | None:
    """When the exam question read at line ``k - 1`` has parts before any options or solution of its own, the index of
    its ``\\begin{parts}`` (its text up to there is the parts' stem); else None."""
    for j in range(k, len(lines)):
        if re.match(r"^\s*\\begin\{parts\}", lines[j]):
            return j
        if _STEM_STOP.match(lines[j]):
            return None
    return None


_KEY_VALUES = re.compile(r"^\s*[\w-]+\s*=")  # an environment's key=value options ('[points=15]', exam-zh): never its title


def _solved_next(lines: list[str], end: int) -> bool:
    """Whether what follows the line ``end`` (an exercise's ``\\end{…}``), blank lines and comments aside, is its
    solution: a solution environment, ``\\answerline``, ``\\ifprintanswers``."""
    for line in lines[end + 1 :]:
        if not line.strip() or line.lstrip().startswith("%"):
            continue
        m = _BEGIN.match(line)
        if m is not None:
            env = m.group("env").rstrip("*").lower()
            return env in _SOLUTIONS or env in _ANSWERS
        return bool(_ANSWERLINE.match(line) or _IF_ANSWERS.match(line))
    return False


_LIST_ENTRY = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")


def _one_paragraph(rows: list[Row]) -> list[Row]:
    """An exercise with no solution as the one line of text it asks, its list's entries numbered in it ('… whether it
    is satisfiable. 1. … 2. …'; trial46 T46-3: the formulas it lists to classify were the card's answer). Its heading
    row stays as it is."""
    head = [(text, n) for text, n in rows if text.startswith("#")][:1]
    said: list[str] = []
    table: list[Row] = []  # (a table's rows stay rows under the text: joined, they were no table; trial48 T48-6)
    count = 0
    for text, n in rows[len(head) and rows.index(head[0]) + 1 :]:
        if not text.strip():
            continue
        if text.lstrip().startswith("|"):
            table.append((text, n))
            continue
        m = _LIST_ENTRY.match(text)
        if m is not None:
            count += 1
            text = f"{count}. {text[m.end() :]}"
        said.append(text.strip())
    at = next((n for text, n in rows if text.strip() and not text.startswith("#")), rows[-1][1] if rows else 0)
    tabled = [("", table[0][1]), *table] if table else []
    return [*head, *([("", head[0][1])] if head else []), *([(" ".join(said), at)] if said else []), *tabled]


def _one_solution(lines: list[str], start: int) -> bool:
    """Whether the parts list opening at ``lines[start]`` holds no solution of its own and one follows it before the next
    question: the parts are asked together, the solution answers them all (trial19 T19-7)."""
    depth = 0
    for j in range(start, len(lines)):
        line = lines[j]
        if re.match(r"^\s*\\begin\{(?:solution\w*|answer|sol|soln|ans)\*?\}", line):
            return depth == 0
        if re.match(r"^\s*\\begin\{(?:sub)*parts\}", line):
            depth += 1
        elif re.match(r"^\s*\\end\{(?:sub)*parts\}", line):
            depth -= 1
        elif depth == 0 and re.match(r"^\s*\\(?:question|titledquestion|end\{questions\})\b", line):
            return False
    return False


_NOWEB_START = re.compile(r"^\s*<<.*>>=\s*$")


def _without_r_chunks(lines: list[str]) -> list[str]:
    """A Sweave file's (``.Rnw``) R chunks, ``<<…>>=`` to ``@``, as blank lines (code that computes, never text)."""
    out, inside = [], False
    for line in lines:
        inside = inside or bool(_NOWEB_START.match(line))
        out.append("" if inside else line)
        inside = inside and line.strip() != "@"
    return out


# the exam class's bonus forms ('\\bonusquestion[1]', '\\bonuspart', '\\bonustitledquestion{…}'), read as their plain ones
_BONUS = re.compile(r"\\bonus(?P<kind>question|titledquestion|(?:sub)*part)\b")


# Beamer's overlays (trial25 T25-42: two of three quiz frames lost): what a later click shows is the frame's text
# ('\\only<2>{\\textbf{A:} …}', '\\uncover<2->{…}', '\\onslide<2>'); an item or a text alerted on a click is the right
# option the slide reveals ('\\item<2-| alert@2> Merge sort', '\\alert<2>{Merge sort}'): in bold, the mark readers know
_OVERLAY = re.compile(r"\\(?:only|uncover|visible|onslide|alert|item|pause)<[^<>]*>|\\onslide\b")
_OVERLAY_WRAP = re.compile(r"\\(?P<cmd>only|uncover|visible|onslide|alert)<[^<>]*>\s*")
_ALERTED_ITEM = re.compile(r"^(?P<lead>\s*\\item)<[^<>]*\balert@[^<>]*>(?:\[[^\]]*\])?\s*(?P<text>\S.*?)\s*$")
_ITEM_OVERLAY = re.compile(r"^(?P<lead>\s*\\item)<[^<>]*>")


def _revealed(line: str) -> str:
    """A line with Beamer's overlays as the last click shows it: wrappers their content, an alerted item or text bold."""
    if (m := _ALERTED_ITEM.match(line)) is not None:
        return f"{m.group('lead')} \\textbf{{{m.group('text')}}}"
    line = _ITEM_OVERLAY.sub(r"\g<lead>", line)
    out, k = [], 0
    for m in _OVERLAY_WRAP.finditer(line):
        if m.start() < k:
            continue
        group = _braced(line, m.end())
        out.append(line[k : m.start()])
        if group is None:  # ('\\onslide<2->' alone: from here on)
            k = m.end()
            continue
        inner = _revealed(group[0])
        out.append(f"\\textbf{{{inner}}}" if m.group("cmd") == "alert" else inner)
        k = group[1]
    out.append(line[k:])
    return re.sub(r"\\onslide\b\s*", "", "".join(out))


def convert_tex(lines: list[str], rel: str = "", definitions: list[str] | None = None) -> Converted:
    """The document as Markdown; ``definitions``: lines of the files it loads, whose commands it may use."""

    from compiler.sources.rexams import convert_rexams, looks_like_rexams_latex

    if looks_like_rexams_latex(lines):  # an R/exams exercise written in Sweave (.Rnw): one question (formats2 F2-12)
        made = convert_rexams(lines, rel)
        if made is not None:
            return made
    lines = _without_r_chunks(lines)
    remarks = {k for k, line in enumerate(lines) if line.lstrip().startswith("%")}
    lines = rejoined_maths(_strip_comments(lines))  # ('$h(y) =' / 'g(y)$. This shows that $h$': one formula, T46-1)
    lines = _paper_furniture(_joined_arguments(lines))
    if any("\\bonus" in line for line in lines):  # the exam class's bonus questions and parts: questions and parts (T25-21)
        lines = [_BONUS.sub(r"\\\g<kind>", line) for line in lines]
    if any("<" in line and _OVERLAY.search(line) for line in lines):  # Beamer's overlays: what a click reveals (T25-42)
        lines = [_revealed(line) if "<" in line else line for line in lines]
    lines, macros = _macros(lines)
    if definitions:  # (the document's own definitions win over those of the files it loads, as LaTeX reads them)
        macros = {**_macros(definitions)[1], **macros}
    if macros:
        lines = _with_macros(lines, macros)
    if any("\\" in line and _ANSWER_COMMAND.search(line) for line in lines):
        lines = _answer_arguments(lines)  # ('\myanswer{The scope of …' over lines: one argument, T59-3)
    glossary = _glossary(lines) if any(_GLOSSARY.search(line) for line in lines) else []
    if glossary and not any(re.match(r"^\s*\\begin\{document\}", line) for line in lines):
        return Converted(text="\n".join(t for t, _ in glossary) + "\n", origin=tuple(n for _, n in glossary))
    if any("\\begin{question}" in line for line in lines):
        from compiler.sources.examzh import exam_zh, looks_like_exam_zh

        lines = exam_zh(lines) if looks_like_exam_zh(lines) else lines  # exam-zh's question environments (trial19 T19-29)
    if any(_AMC_SIGN.search(line) for line in lines):  # an auto-multiple-choice question file (trial11 P91)
        lines = _amc(lines)
    elif any(_MOODLE_SIGN.search(line) for line in lines):  # a quiz written with the moodle package (trial26 T26-31)
        lines = _moodle(lines)
    figures = _figure_labels(lines)
    if figures:  # '\\ref{fig:x}' prints the figure's number, as LaTeX does, never the label (learner5 L19)
        lines = [_REF.sub(lambda m: _ref(m, figures), line) for line in lines]
    labels = _part_labels(lines)
    if labels:  # '\\ref{1.a}' in a solution prints the part it answers, '(a)', not '[1.a]' (trial11 P55)
        lines = [_REF.sub(lambda m: _ref(m, labels), line) for line in lines]
        for i in range(len(lines) - 1):  # a line of part labels only ('(i) (A)') opens the paragraph under it
            if lines[i].strip() and _LABELS_ONLY.fullmatch(lines[i].strip()) and lines[i + 1].strip():
                lines[i], lines[i + 1] = "", lines[i].strip() + " " + lines[i + 1].lstrip()
    lines = [_XREF.sub(_said_ref, line) if "ref" in line else line for line in lines]  # ('\\olref[…]{prop:mult-pr}': T46-9)
    parts: list[list] = []  # [style, count, depth] of the problem's parts lists open
    begin = next((k for k, line in enumerate(lines) if re.match(r"^\s*\\begin\{document\}", line)), None)
    out: list[Row] = []
    warnings: list[Diagnostic] = []
    preamble = "\n".join(lines[:begin]) if begin is not None else ""
    title = _TITLE.search(preamble)
    if title is not None:
        n = preamble[: title.start()].count("\n") + 1
        out += [("# " + _inline(title.group("title")), n), ("", n)]
    start = begin + 1 if begin is not None else 0
    theorems, boxes = declared_theorems("\n".join([*(definitions or []), preamble]))
    # (the document's own names win over the usual short ones, and over the names of the notes' languages: an undeclared
    # '\begin{satz}' is a 'Satz', a theorem, as '**Satz 3.4.**' in Markdown notes is: T26-21)
    theorems = {**{w: w.capitalize() for w in LABEL_WORDS if w.isascii() and w not in _THEOREMS}, **SHORT, **theorems}
    levels = sorted({m.group("kind") for line in lines[start:] if (m := _SECTION.match(line))} - {"paragraph"},
                    key=["part", "chapter", "section", "subsection", "subsubsection"].index)  # fmt: skip
    depth = {kind: min(2 + k, 6) for k, kind in enumerate(levels)}
    state = _State()
    split_boxes = _split_boxes(lines, "\n".join([*(definitions or []), preamble]))
    box_ends: dict[int, str] = {}  # the line of a split box's '\tcblower' -> the heading level its answer is under
    k = start
    while k < len(lines):
        line, n = lines[k], k + 1
        if re.match(r"^\s*\\end\{document\}", line):
            break
        if k in split_boxes:  # '\begin{qa}{Question 1}' … '\tcblower' … '\end{qa}': a question box over its answer (T27-30)
            lower, title = split_boxes[k]
            k += 1
            state.close_item(out, n)
            state.numbers["box"] = state.numbers.get("box", 0) + 1
            said = _inline(title) if title else ""
            label = said if said and _BOX_LABEL.match(said) else f"Question {state.numbers['box']}" + (f" ({said})" if said else "")
            level = min(state.level + 1, 6)
            state.blank(out, n)
            out += [("#" * level + " " + label, n), ("", n)]
            box_ends[lower] = "#" * min(level + 1, 6)
            continue
        if _PROBSOLN.match(line):
            k += 1
            continue
        if (made := _new_problem(lines, k)) is not None:  # probsoln's '\newproblem{label}{problem}{solution}' (T27-31)
            asked, answer, k = made
            state.close_item(out, n)
            state.numbers["problem"] = state.numbers.get("problem", 0) + 1
            level = min(state.level + 1, 6)
            state.blank(out, n)
            out += [("#" * level + f" Problem {state.numbers['problem']}", n), ("", n), (_inline(asked), n)]
            if _inline(answer):
                out += [("", n), ("#" * min(level + 1, 6) + " Answer", n), ("", n), (_inline(answer), n)]
            out.append(("", n))
            continue
        if k in box_ends:
            k += 1
            state.blank(out, n)
            out += [(box_ends.pop(k - 1) + " Answer", n), ("", n)]
            continue
        k += 1
        up = _UPLEVEL.match(line)
        inner = _braced(line, up.end()) if up is not None else None
        if inner is not None:  # the exam class's '\uplevel{…}': text between the questions ('\section*{Part B}' a section)
            line = lines[k - 1] = inner[0] + line[inner[1] :]
        if state.skipping:  # ('\ifprintanswers … \else <blank space> \fi': what the paper shows without answers)
            state.skipping = not re.match(r"^\s*\\fi\b", line)
            continue
        if not line.strip():
            if k - 1 not in remarks:  # (a line of only a '%' comment ends no paragraph in LaTeX: T14-11)
                state.blank(out, n)
                if state.lists and state.item_open and out and out[-1][0].strip():
                    out.append(("", n))  # (a paragraph break inside an '\item': its next paragraph stays in it, T20-39)
            continue
        m = _SECTION.match(line)
        if m is not None:
            state.close_item(out, n)
            title, rest = m.group("title"), m.group("rest")
            closed = _braced(line, m.start("title") - 1)
            if closed is not None:  # '\section{Graphs}\label{s:graphs}': the title is its brace group (trial14 T14-12)
                title, rest = closed[0], line[closed[1] :]
            title_text = _inline(title)
            if m.group("kind") == "paragraph":
                state.blank(out, n)
                out.append((f"**{title_text}** {_inline(rest)}".rstrip(), n))
                continue
            level = depth[m.group("kind")]
            state.level, state.section = level, title_text
            state.problem = 0  # (an answer under the next heading answers no exercise before it)
            state.blank(out, n)
            out += [("#" * level + " " + title_text, n), ("", n)]
            if _inline(rest):
                out.append((_inline(rest), n))
            continue
        m = _FRONT_FOOT.match(line)
        if m is not None:  # the flashcards class's '\cardfrontfoot{Calculus}': what the cards after it are about
            state.close_item(out, n)
            state.level, state.section = 2, _inline(m.group("title"))
            out += [("## " + state.section, n), ("", n)] if state.section else []
            continue
        if _TITLE_FRAME.match(line):  # beamer's '\frame{\titlepage}': no text to learn
            continue
        m = _BEGIN.match(line)
        if m is not None and m.group("env") == "frame":  # a beamer slide: a heading, its title's (trial11 P98)
            state.close_item(out, n)
            title, rest = _frame_head(m.group("rest"))
            state.frame, state.framed, state.answered = min(state.level + 1, 6), bool(title), False
            state.frame_title = title
            out += [("#" * state.frame + " " + title, n), ("", n)] if title else []
            if _inline(rest):
                out.append((_escape_start(_inline(rest)), n))
            continue
        m_title = _FRAME_TITLE.match(line)
        if m_title is not None and state.frame:  # '\frametitle{Question 1}' inside the frame
            title = _braced(line, m_title.end() - 1)
            if title is not None and not state.framed:
                state.frame_title, state.framed = _inline(title[0]), True
                state.blank(out, n)
                out += [("#" * state.frame + " " + state.frame_title, n), ("", n)]
            continue
        if _PAUSE.match(line) and state.frame:  # the slide's question, then its answer ('\pause')
            if not state.answered and _frame_asks(state.frame_title, out):
                _frame_answer(state, out, n)
            continue
        if m is not None and m.group("env") in _BLOCKS:  # '\begin{block}{Answer}' … (beamer)
            head, rest = _frame_head(m.group("rest"))
            if state.frame and _ANSWER_TITLE.match(head):
                if not state.answered:
                    _frame_answer(state, out, n)
            elif head:
                state.blank(out, n)
                out += [(f"**{head}**", n)]
            if _inline(rest):
                out.append((_escape_start(_inline(rest)), n))
            continue
        if m is not None and m.group("env") in _FIGURES:  # a picture and its caption (learner5 L19)
            shown, k = _figure(lines, k - 1, m.group("env"))
            state.blank(out, n)
            out += [(text, n) for text in shown] + ([("", n)] if shown else [])
            continue
        if m is not None and m.group("env") == "flashcard":  # the flashcards class: '{front}' over its back (trial12 U38)
            head, k = _flashcard_front(lines, k - 1)
            if head is not None:
                state.blank(out, n)
                asks = head.rstrip().endswith(("?", "？"))
                out += [("#" * min(state.level + 1, 6) + " " + ("" if asks else "Q: ") + head, n), ("", n)]
                continue
        if m is not None:
            env, rest = m.group("env"), m.group("rest")
            if env in _CODE_ENVS:
                lang = re.match(r"\s*(?:\[[^\]]*language=(?P<l>\w+)[^\]]*\]|\{(?P<m>\w+)\})?", rest)
                name = ((lang.group("l") or lang.group("m")) if lang else "") or ""
                end = next((j for j in range(k, len(lines)) if re.match(r"^\s*\\end\{" + re.escape(env) + r"\}", lines[j])), len(lines))
                state.blank(out, n)
                out.append(("```" + name.lower(), n))
                out.extend((lines[j], j + 1) for j in range(k, end))
                out += [("```", min(end + 1, len(lines))), ("", min(end + 1, len(lines)))]
                k = end + 1
                continue
            if env in _MATH_ENVS:
                end = next((j for j in range(k - 1, len(lines)) if re.match(r".*\\end\{" + re.escape(env) + r"\}", lines[j])), len(lines) - 1)
                if state.theorem in _ASKING_THEOREMS and out and _in_paragraph(out[-1][0]):
                    # '… is uniquely defined by' / '\begin{equation}…' / 'where …' in an exercise: one paragraph in LaTeX,
                    # so one front, the formula in its place, never cut off to the back (trial14 T14-11)
                    from compiler.sources.markdown_blocks import tex_environment

                    body = tex_environment(" ".join(lines[j].strip() for j in range(k - 1, end + 1)))
                    out[-1] = (f"{out[-1][0]} \\[{body}\\]", out[-1][1])
                    k = end + 1
                    continue
                state.blank(out, n)
                out.extend((lines[j].strip(), j + 1) for j in range(k - 1, end + 1))
                out.append(("", end + 1))
                k = end + 1
                continue
            if env in _TABLES:
                end = next((j for j in range(k, len(lines)) if re.match(r"^\s*\\end\{" + re.escape(env) + r"\}", lines[j])), len(lines))
                state.blank(out, n)
                out.extend(_table(lines, k, end))
                out.append(("", end + 1))
                k = end + 1
                continue
            if env in ("parts", "subparts", "subsubparts") and (state.theorem or state.whole):
                # a problem's parts (or an exam question's that share one solution: T19-7): a list of its own, in its style
                style = _PARTS_STYLE.match(rest)
                parts.append([style.group("style") if style else {"parts": "a", "subparts": "i"}.get(env, "a"), 0])
                rest = rest[style.end() :] if style else rest
                if len(parts) == 1:
                    state.blank(out, n)
                state.lists.append("parts")
            elif env in _LISTS:
                state.lists.append(env)
                option = _LIST_OPTION.match(rest)
                rest = rest[option.end() :] if option else rest  # ('[label=(\alph*)]': how it labels, never text)
                if _LISTS[env] == "1.":
                    state.labels[len(state.lists) - 1] = [_list_label(option.group("opt") if option else "", len(state.lists)), 0]
            elif env in _CHOICES:
                state.lists.append(env)
                state.blank(out, n)
            elif (env in _SOLUTIONS or env.rstrip("*").lower() in _ANSWERS) and (state.question or state.problem):
                # an exam question's solution, or the solution after a problem (homework.cls): its answer
                state.blank(out, n)
                out += [("#" * min((state.question or state.problem) + 1, 6) + " Answer", n), ("", n)]
                state.question = state.problem = 0
                rest = re.sub(r"^\s*\[[^\]]*\]", "", rest) if env in _SOLUTIONS else rest  # ('solutionorbox[3cm]': the box's size)
            elif (own := env.rstrip("*").lower()) in _THEOREMS or own in theorems or (own not in _WRAPPERS and boxed_name(own, rest)) or (
                own := _asking_compound(env) or own
            ) in _ASKING_THEOREMS:
                # (an environment the document names itself, '\newtheorem{dfn}{Definition}', or a short name: T18-18)
                arg = re.match(r"\s*\[(?P<a>[^\]]*)\]", rest)
                name = theorems.get(own) or (boxed_name(own, rest) if own not in _THEOREMS else None) or own.capitalize()
                kind = own if own in _THEOREMS else LABEL_WORDS.get(own) or LABEL_WORDS.get(name.lower()) or name.lower()
                rest = rest[arg.end() :] if arg else rest
                boxed, rest = box_arguments(rest, arg is not None, own in boxes)  # ('{dfn:group}{1.1.1}': never text)
                title = arg.group("a") if arg and not _KEY_VALUES.match(arg.group("a")) else boxed if not arg else ""  # ('[points=15]': options)
                if kind in _ASKING_THEOREMS and title and _INSTRUCTION.search(title.strip()):
                    # ('\begin{ProblemDefinition}[Write a function definition that …]': an instruction, shown
                    # over the problem's text, never its title; trial48 T48-6)
                    rest, title = f"{title.strip()} {rest}", ""
                if not (title and title.strip()) and kind in _DEFINING:
                    title = _defined_term(lines, n - 1, rest, env)  # ('\\emph{primitive recursion from $f$ and $g$}', T46-4)
                heading = f"{name} ({_inline(title)})" if title and title.strip() else f"{name}: {state.section}" if state.section else name
                if kind in _ASKING_THEOREMS and state.question == 0:  # numbered as the class numbers them: 'Problem 3'
                    state.numbers[kind] = state.numbers.get(kind, 0) + 1
                    number = f"{name} {state.numbers[kind]}"
                    heading = f"{number} ({_inline(title)})" if title and title.strip() else number
                if kind == "proof" and state.stated >= 0 and not any(t.strip() for t, _ in out[state.stated :]):
                    # a proof right after the statement it proves: that card's back goes on with it, never a card
                    # 'Proof: <section>' of its own (trial18 T18-19)
                    state.blank(out, n)
                    out += [(f"**{name}.**", n), ("", n)]  # (a "Beweis" named so)
                else:
                    state.blank(out, n)
                    out += [("#" * min(state.level + 1, 6) + " " + heading, n), ("", n)]
                    if not (title and title.strip()) and kind not in _ASKING_THEOREMS and kind != "proof":
                        state.untitled.append((len(out) - 2, name, state.section))  # (its heading's row)
                state.theorem, state.theorem_env = kind, env.rstrip("*").lower()
                state.problem = min(state.level + 1, 6) if kind in _ASKING_THEOREMS else 0
                state.problem_at = len(out)
            elif env not in _WRAPPERS and _ITEM.match(next((t for t in lines[k:] if t.strip()), "")):
                # an environment deckc does not know whose text is '\item's (forallx's 'compactlist', 'ekey'; enumitem's
                # '\newlist'): a list, as itemize is, never its '\item' lines printed (trial59 T59-3)
                if not state.lists:  # (right after another list, a list of its own: a key over the exercises it keys, T59-3)
                    follows = state.list_closed >= 0 and not any(t.strip() for t, _ in out[state.list_closed :])
                    state.bullet = ("*" if state.bullet == "-" else "-") if follows else "-"
                state.lists.append(env)
            elif env not in _WRAPPERS:
                pass  # (an environment deckc does not know: its text read as text)
            if rest.strip():
                out.append((_lead(_inline(rest), out), n))
            continue
        m = _END.match(line)
        if m is not None:
            env = m.group("env")
            if (env in _LISTS or env in _CHOICES or (env in ("parts", "subparts", "subsubparts") and parts) or env not in _WRAPPERS) and state.lists and (
                env in _LISTS or env in _CHOICES or env in ("parts", "subparts", "subsubparts") or state.lists[-1] == env
            ):
                state.lists.pop()
                state.item_open = bool(state.lists)
                state.list_closed = -1 if state.lists else len(out)
            if env in ("parts", "subparts", "subsubparts") and parts:
                parts.pop()
            if env == "parts" and not parts:
                state.stem = ""
            if env.rstrip("*").lower() in (state.theorem, state.theorem_env) and state.theorem:
                state.stated = len(out) if state.theorem in _STATEMENTS else -1  # (what a proof after it proves)
                if state.problem and state.problem_at >= 0 and not _solved_next(lines, n):
                    out[state.problem_at :] = _one_paragraph(out[state.problem_at :])
                    if _asking_compound(env):  # (an exam class's own problem, unsolved: "no answer", never its
                        # heading over its text as a card; trial48 T48-6)
                        out += [("", n), ("#" * min(state.problem + 1, 6) + " Answer", n), ("", n)]
                state.theorem = state.theorem_env = ""
            if env == "frame":
                state.close_item(out, n)
                state.frame = 0
            state.blank(out, n)
            if m.group("rest").strip():
                out.append((_inline(m.group("rest")), n))
            continue
        m = _ANSWERLINE.match(line) or _IF_ANSWERS.match(line) or _ANSWER_CALL.match(line)
        if m is not None or re.match(r"^\s*\\(?:else|fi)\s*$", line):
            # the exam class's answer commands: '\answerline[text]' and '\ifprintanswers text \else space \fi' hold the
            # open question's answer, printed only with the answers (trial23 T23-7: printed raw)
            said = (m.groupdict().get("answer") or m.groupdict().get("rest") or "") if m is not None else ""
            state.skipping = line.strip() == "\\else"
            if m is not None and (state.question or state.problem) and (said.strip() or m.re is _IF_ANSWERS):
                state.blank(out, n)
                out += [("#" * min((state.question or state.problem) + 1, 6) + " Answer", n), ("", n)]
                state.question = state.problem = 0
            if _inline(said):
                out.append((_escape_start(_inline(said)), n))
            continue
        alone = _answer_line(line) if not state.lists and _ANSWER_COMMAND.search(line) else None
        if alone is not None:  # ('\\\myanswer{No. Atomic sentences …}\\' after an exercise's text: its answer, T59-3)
            if state.question or state.problem:
                state.blank(out, n)
                out += [("#" * min((state.question or state.problem) + 1, 6) + " Answer", n), ("", n), (_escape_start(_inline(alone.group("answer"))), n)]
                state.question = state.problem = 0
            elif _inline(alone.group("answer")):
                out.append(("Answer: " + _inline(alone.group("answer")), n))
            continue
        m = _QUESTION.match(line)
        if m is not None and m.group("kind") in ("part", "subpart") and parts and state.lists and state.lists[-1] == "parts":
            # a problem's part (homework.cls): an entry of its parts list, labelled in the list's style (trial11 P55:
            # each part was a heading 'Question' and only the last one reached the card)
            parts[-1][1] += 1
            indent = "  " * (len(parts) - 1)
            out.append((f"{indent}- {_part_label(parts[-1][0], parts[-1][1])} {_inline(m.group('text'))}".rstrip(), n))
            continue
        if m is not None and (m.group("kind") in ("question", "part", "subpart") or m.group("kind").startswith("titledquestion")):
            extra = {"question": 0, "part": 1, "subpart": 2}.get(m.group("kind"), 0)
            said = m.group("text")
            while said.strip() and k < len(lines) and _STEM_GOES_ON.match(lines[k]):
                said, k = f"{said} {lines[k].strip()}", k + 1  # (a stem wrapped over lines: one paragraph, trial23 T23-7)
            text, filled = _fillins(said)
            if m.group("kind") != "part":
                state.stem = ""
            stem_end = _stem_end(lines, k) if m.group("kind") == "question" or m.group("kind").startswith("titledquestion") else None
            state.whole = stem_end is not None and _one_solution(lines, stem_end)
            if state.whole:  # its parts share one solution after them (trial19 T19-7): one card, the parts on its front
                stem_end = None
            if stem_end is not None:  # a question whose parts ask (trial12 U55): its text the stem each part asks under
                said, state.stem_rows, j = [_inline(text)], [], k
                while j < stem_end:  # (a table in the stem: a table under each part's question, never its cells run together)
                    table = _BEGIN.match(lines[j])
                    end = next((e for e in range(j + 1, stem_end) if _END.match(lines[e])), None) if table else None
                    if table is not None and table.group("env") in _TABLES and end is not None:
                        state.stem_rows += [*_table(lines, j + 1, end), ("", end + 1)]
                        j = end + 1
                        continue
                    said.append(_inline(lines[j]))
                    j += 1
                state.stem = " ".join(t for t in said if t)
                k = stem_end
                continue
            if m.group("kind") == "part" and state.stem:
                extra = 0  # (a part asked under its stem: no question heading above it)
                text = f"{state.stem} {text}" if text.strip() else state.stem
            level = min(state.level + 1 + extra, 6)
            state.question = level
            state.blank(out, n)
            state.heading_at = len(out)
            out += [("#" * level + " " + (_inline(text) or "Question"), n), ("", n)]
            if m.group("kind") == "part" and state.stem and state.stem_rows:
                out += state.stem_rows
            if filled:  # the exam class's '\fillin[True]': the blank's answer (trial12 U55)
                out += [("#" * min(level + 1, 6) + " Answer", n), ("", n), (_escape_start(", ".join(_inline(f) for f in filled)), n), ("", n)]
                state.question = 0
            continue
        m = _CHOICE.match(line)
        if m is not None and state.lists and state.lists[-1] in _CHOICES:
            _asks(out, state)
            out.append((f"- [{'x' if m.group('kind') == 'CorrectChoice' else ' '}] {_inline(m.group('text'))}", n))
            continue
        m = _ITEM.match(line)
        said = _answer_split(m.group("text")) if m is not None and state.lists and _ANSWER_COMMAND.search(m.group("text")) else None
        if said is not None and m is not None and m.group("label") is not None and not _inline(m.group("label")) and not _inline(said[0]) and state.item_open:
            # '\item[] \myanswer{$\enot M$}' under '\item Those creatures are not men in suits.': the answer of the item
            # above (an entry with no label goes on with it), never an entry '**** …' of its own (trial59 T59-3)
            out.append(_answer_row(out, len(state.lists), said[1], n))
            continue
        if m is None and state.lists and state.item_open and (bare := _ANSWER_CALL.match(line) or _answer_line(line)) is not None:
            out.append(_answer_row(out, len(state.lists), bare.group("answer"), n))  # (on a line of its own)
            continue
        if m is not None and state.lists:
            kind = state.lists[-1]
            mark = "1." if _LISTS.get(kind) == "1." else "-" if kind in _LISTS or len(state.lists) > 1 else state.bullet
            counted = state.labels.get(len(state.lists) - 1) if _LISTS.get(kind) == "1." else None
            if counted is not None and counted[0] is not None and m.group("label") is None:
                # a lettered list (a nested enumerate, or '[label=(\alph*)]'): its entries as LaTeX labels them, so the
                # options under an '\item' question read as options keyed by 'Answer: (b)' (trial17 T17-46)
                counted[1] += 1
                mark = "- " + _counter(counted[0], counted[1])
            elif counted is not None and m.group("label") is None:
                # a numbered list's entries with the numbers LaTeX prints ('1.', '2.', '3.'), never '1.' each: an answer
                # list under 'Answers' ('\\item (b)' …) is a key of numbered entries (trial25 T25-60: three '1. (b)' lines)
                counted[1] += 1
                mark = f"{counted[1]}."
            indent = "  " * (len(state.lists) - 1)
            label = m.group("label")
            text = _inline(said[0] if said is not None else m.group("text"))
            if label is not None and _inline(label):  # ('\item[]', '\item[~]': an entry with no label)
                text = f"**{_inline(label)}**" + (": " if kind == "description" else " ") + text
            out.append((f"{indent}{mark} {text}".rstrip(), n))
            if said is not None:  # ('\item $(A)$\hfill \myanswer{(a) no (b) no}': the item, its answer under it)
                out.append(_answer_row(out, len(state.lists), said[1], n))
            state.item_open = True
            continue
        lead = _LEAD.match(line)
        if lead is not None and _ANSWER_TITLE.match(lead.group("term")) and len(lead.group("term").split()) == 1 and _under_answer(out):
            line = lead.group("rest")  # ('\textbf{Answer:} …' under the question's answer heading: its label said twice)
            lead = None
        if lead is not None and _QA_TERM.match(lead.group("term")):
            lead = None  # ('\\textbf{Q:} What is …?' / '\\textbf{A:} …': a question's and an answer's labels, never a term)
        if lead is not None and not state.lists and (not out or not out[-1][0].strip()) and state.question == 0:
            # '\textbf{Linearity of expectation.} For any …': a term and its statement, a card as a definition is
            state.blank(out, n)
            out += [("#" * min(state.level + 1, 6) + " " + _inline(lead.group("term")).rstrip(".:"), n), ("", n)]
            if _inline(lead.group("rest")):
                out.append((_escape_start(_inline(lead.group("rest"))), n))
            continue
        text = _inline(line)
        if _SIZED.match(line):  # ('{\\Large Physics 101 --- Quiz 1}': a line set large or bold, as an exam's title is)
            text = f"**{text.strip('{} ')}**"
        if state.answered and text and next((t for t, _ in reversed(out) if t.strip()), "").endswith(" Answer"):
            text = _ANSWER_LABEL.sub(r"\g<b>", text)  # ('\alert{Answer: a hash table.}' under the frame's Answer heading)
            text = re.sub(r"^\*\*(?P<t>[^*]+)\*\*$", r"\g<t>", text)
        if text:
            if parts and out and re.fullmatch(r"\s*- \([0-9A-Za-z]+\)", out[-1][0]):
                out[-1] = (f"{out[-1][0]} {text}", out[-1][1])  # a part's text under its '\\part' line: on its label's line
            elif state.lists and state.item_open and not out[-1][0].strip():
                # an item's next paragraph ('\item Compute …' / '' / '\textbf{Solution.} …'), indented to stay in it: the
                # items after it are items of the list, never text of the first one's answer (trial20 T20-39)
                out.append(("   " * len(state.lists) + text, n))
            elif state.lists and out and (out[-1][0].lstrip().startswith(("- ", "1. ")) or state.item_open):
                out.append(("  " * len(state.lists) + text, n))  # an item's text going on
            else:
                out.append((_lead(_escape_start(text), out), n))
    _number_untitled(out, state.untitled)
    if glossary:  # (a document's own glossary, in its preamble: its terms after its text)
        out += [("", glossary[0][1]), ("## Glossary", glossary[0][1]), ("", glossary[0][1]), *glossary]
    while out and not out[-1][0]:
        out.pop()
    if not any(t.strip() for t, _ in out):
        from compiler.diagnostics import ContentError

        if macros and begin is None:  # ('macros.tex' / a '.sty' beside the notes that load it: trial14 T14-20)
            raise ContentError([Diagnostic(rel, None, "LaTeX command definitions only (\\newcommand …), no text to learn: a document "
                                           "that loads it (\\input, \\usepackage) uses them", "the documents that load it find it beside deck.toml too: move it there",
                                           group=NOT_A_DOCUMENT)])  # fmt: skip
        raise ContentError([Diagnostic(rel, None, "file is empty: no text between \\begin{document} and \\end{document}", "write the notes, or remove it")])
    unknown = unknown_commands(out, rel)
    if unknown is not None:
        warnings.append(unknown)
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out), warnings=tuple(warnings))


_DEFINING = frozenset(["definition", "notation"])  # environments whose emphasised words are the terms they set
_EMPHASIS = re.compile(r"\\(?:emph|textbf|textit|defn|term|index)\s*(?=\{)")


def _defined_term(lines: list[str], at: int, rest: str, env: str) -> str:
    """The first emphasised words of a definition with no title (``\\emph{primitive recursion from $f$ and $g$}``),
    up to its ``\\end``: what it defines, its card's front (trial46 T46-4: untitled definitions were cards fronted
    'Definition' alone, and two of them merged for it); '' when it emphasises nothing."""
    end = re.compile(rf"\\end\{{{re.escape(env)}\}}")
    text = rest
    for line in lines[at + 1 : at + 40]:
        if end.search(text):
            break
        text += " " + line
    text = end.split(text, maxsplit=1)[0]
    for m in _EMPHASIS.finditer(text):
        found = _braced(text, m.end())
        if found is not None and found[0].strip() and len(found[0].split()) <= 12:
            return " ".join(found[0].split())
    return ""


def _number_untitled(out: list[Row], untitled: list[tuple[int, str, str]]) -> None:
    """Number the untitled statements whose headings a page repeats ('Proposition: Primitive Recursive Functions'
    twice -> 'Proposition 1: …', 'Proposition 2: …'), in the page's order: two cards never share a front for their
    label alone (trial46 T46-4: both were one question to the build, and merged)."""
    heads = [(k, name, section) for k, name, section in untitled if k < len(out) and out[k][0].lstrip("#").strip() == (f"{name}: {section}" if section else name)]
    seen = Counter((name, section) for _, name, section in heads)
    counts: dict[tuple[str, str], int] = {}
    for k, name, section in heads:
        if seen[(name, section)] < 2:
            continue
        counts[(name, section)] = counts.get((name, section), 0) + 1
        hashes = out[k][0][: len(out[k][0]) - len(out[k][0].lstrip("#"))]
        number = f"{name} {counts[(name, section)]}"
        out[k] = (f"{hashes} {number}: {section}" if section else f"{hashes} {number}", out[k][1])


def _lead(text: str, out: list[Row]) -> str:
    """A first line that is only bold ('\\begin{center}\\textbf{Chemistry Quiz 3}\\end{center}') is the page's title."""
    m = re.fullmatch(r"\*\*(?P<t>[^*]{1,100})\*\*", text.strip())
    return f"# {m.group('t').strip()}" if m and not any(t.strip() for t, _ in out) else text


def _with_macros(lines: list[str], macros: dict[str, _Macro]) -> list[str]:
    """The lines with the document's commands written out, code listings as they are."""
    out, code = [], ""
    for line in lines:
        begin, end = _BEGIN.match(line), _END.match(line)
        if not code and begin is not None and begin.group("env") in _CODE_ENVS:
            code = begin.group("env")
        elif code and end is not None and end.group("env") == code:
            code = ""
        out.append(line if code or "\\" not in line else _expanded(line, macros))
    return out


# beamer slides (trial11 P98): a frame is a heading, its title ('\begin{frame}[fragile]{Question 1}', '\frametitle{…}');
# '\pause' in a frame that asks (a question label for a title, or its text so far ending with '?') parts its question
# from its answer, as does a block titled Answer; the title page's frame is left out
_TITLE_FRAME = re.compile(r"^\s*(?:\\frame\s*\{\s*\\(?:titlepage|maketitle|tableofcontents)\b[^{}]*\}|\\begin\{frame\}(?:\[[^\]]*\])?\s*\\(?:titlepage|maketitle|tableofcontents)\s*\\end\{frame\})\s*$")
_FRAME_TITLE = re.compile(r"^\s*\\frametitle\s*(?:<[^>]*>)?\s*(?:\[[^\]]*\])?\s*\{")
_PAUSE = re.compile(r"^\s*\\(?:pause(?:\[\d*\])?|onslide\s*<[^>]*>)\s*$")
_ANSWER_LABEL = re.compile(r"^(?P<b>\*\*)?(?i:answer|solution)\s*:\s*(?:\*\*\s*)?")
_BLOCKS = frozenset(["block", "alertblock", "exampleblock"])
_ANSWER_TITLE = re.compile(r"^\W*(?i:answers?|solutions?|réponses?|lösung(?:en)?|antwort(?:en)?|respuestas?|soluci[oó]n|risposta|soluzione)\b")
_QUESTION_TITLE = re.compile(r"^\W*(?i:question|quiz|q|exercise|problem|check|review|quick\s+check|frage|pregunta|domanda|aufgabe|exercice)\b")


def _new_problem(lines: list[str], k: int) -> tuple[str, str, int] | None:
    """probsoln's ``\\newproblem{label}{problem}{solution}`` starting at line ``k`` (0-based), its groups over lines:
    ``(problem, solution, the line after it)``; None for any other line."""
    m = _NEWPROBLEM.match(lines[k])
    if m is None:
        return None
    for last in range(k, min(k + 40, len(lines))):
        text = " ".join(line.strip() for line in lines[k : last + 1])
        at = _NEWPROBLEM.match(text)
        groups, pos = [], at.end() if at else 0
        while len(groups) < 3 and pos < len(text):
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            got = _braced(text, pos)
            if got is None:
                break
            groups.append(got[0])
            pos = got[1]
        if len(groups) == 3:
            return groups[1], groups[2], last + 1
    return None


def _split_boxes(lines: list[str], preamble: str) -> dict[int, tuple[int, str]]:
    """The tcolorbox boxes split by ``\\tcblower`` (``\\begin{qa}{Question 1}`` / the question / ``\\tcblower`` / its
    answer / ``\\end{qa}``; the usual way to typeset a question over its solution): for each box's ``\\begin`` line
    (0-based), its ``\\tcblower`` line and its title (its first argument, or a ``title=`` option), "" for none. A box
    with no lower part is text as before. T27-30: the boxes' source, '\\tcblower' and all, was one card's back."""
    names = {"tcolorbox"} | {(m.group("env") or m.group("env2")).lower() for m in _TCOLORBOX.finditer(preamble)}
    out: dict[int, tuple[int, str]] = {}
    k = 0
    while k < len(lines):
        m = _BEGIN.match(lines[k])
        if m is None or m.group("env").lower() not in names:
            k += 1
            continue
        env = m.group("env")
        end = next((j for j in range(k + 1, len(lines)) if re.match(r"^\s*\\end\{" + re.escape(env) + r"\}", lines[j])), None)
        lower = next((j for j in range(k + 1, end) if _LOWER.match(lines[j])), None) if end is not None else None
        if end is None or lower is None or any(_BEGIN.match(lines[j]) and _BEGIN.match(lines[j]).group("env") == env for j in range(k + 1, end)):
            k += 1
            continue
        rest = m.group("rest")
        option = re.match(r"\s*\[(?P<o>[^\]]*)\]", rest)
        title = ""
        if option is not None:
            named = re.search(r"title\s*=\s*(?:\{(?P<b>[^{}]*)\}|(?P<p>[^,\]]+))", option.group("o"))
            title = (named.group("b") or named.group("p") or "").strip() if named else ""
            rest = rest[option.end() :]
        group = _braced(rest, len(rest) - len(rest.lstrip())) if rest.lstrip().startswith("{") else None
        if group is not None and env.lower() != "tcolorbox":
            title = group[0].strip() or title
            rest = rest[group[1] :]
        if not rest.strip():  # (text after the title on its line: not a box of this shape; read as before)
            out[k] = (lower, title)
        k = end + 1
    return out


def _frame_head(rest: str) -> tuple[str, str]:
    """A frame's or block's title (after its overlay '<2->' and options '[fragile]') and the text after it."""
    rest = re.sub(r"^\s*(?:<[^>]*>)?\s*(?:\[[^\]]*\])?\s*", "", rest)
    title = _braced(rest, 0) if rest.startswith("{") else None
    if title is None:
        return "", rest
    after = rest[title[1] :]
    subtitle = _braced(after.lstrip(), 0) if after.lstrip().startswith("{") else None
    return _inline(title[0]), after.lstrip()[subtitle[1] :] if subtitle else after


def _frame_asks(title: str, out: list[Row]) -> bool:
    """The frame so far asks: its title is a question label ('Question 1', 'Quiz') or its last text ends with '?'."""
    last = next((t for t, _ in reversed(out) if t.strip()), "")
    return bool(_QUESTION_TITLE.match(title)) or (not last.startswith("#") and last.rstrip(" *_").endswith(("?", "？")))


def _frame_answer(state: _State, out: list[Row], n: int) -> None:
    """The frame's answer heading; a question written as the one item of a list before it is a paragraph."""
    head = max(k for k, (t, _) in enumerate(out) if t.startswith("#")) if any(t.startswith("#") for t, _ in out) else -1
    asked = [k for k in range(head + 1, len(out)) if out[k][0].strip()]
    if len(asked) == 1 and re.match(r"^(?:- |1\. )", out[asked[0]][0]):
        out[asked[0]] = (_escape_start(out[asked[0]][0][2:].lstrip(". ")), out[asked[0]][1])
    if out and out[-1][0]:
        out.append(("", n))
    out += [("#" * min(state.frame + 1, 6) + " Answer", n), ("", n)]
    state.answered = True


def _under_answer(out: list[Row]) -> bool:
    """The Markdown written so far ends with an answer heading ('#### Answer') and nothing under it yet."""
    return bool(re.fullmatch(r"#+ Answer", next((t for t, _ in reversed(out) if t.strip()), "")))


def _in_paragraph(text: str) -> bool:
    """A line of a paragraph's text (not a heading, list entry, fence or table row): a display formula goes on in it."""
    return bool(text.strip()) and not re.match(r"^\s*(?:#|[-*+]\s|\d+[.)]\s|```|\||\\begin\{|\\\[|\$\$)", text)


def _escape_start(text: str) -> str:
    """A paragraph line that Markdown would read as a heading, quote or list: its first mark as text."""
    number = re.match(r"^\d+(?=[.)]\s)", text)  # ('1. (b)': '1\.' as CommonMark escapes it; '\1.' would show its backslash)
    if number:
        return text[: number.end()] + "\\" + text[number.end() :]
    return "\\" + text if re.match(r"^(?:#|>|[-+*]\s)", text) else text


_CELL_LISTING = re.compile(r"\\begin\{(?:lstlisting|verbatim|minted)\}(?:\[[^\]]*\]|\{[^}]*\})*(?P<code>.*?)\\end\{(?:lstlisting|verbatim|minted)\}")


def _table(lines: list[str], start: int, end: int) -> list[Row]:
    """A tabular's rows (``a & b \\\\``) as a Markdown table, its first row the header."""
    body = " ".join(line.strip() for line in lines[start:end])
    # (a listing in a cell, 'cout << "foo" << endl;' to predict the output of: its code; trial48 T48-6)
    body = _CELL_LISTING.sub(lambda m: "\\texttt{" + " ".join(m.group("code").split()) + "}", body)
    body = re.sub(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\})", "", body)
    rows = [r for r in (r.strip() for r in re.split(r"\\\\(?:\[[^\]]*\])?|\\tabularnewline\b", body)) if r]
    cells = [[_inline(c).replace("|", "\\|") for c in r.split("&")] for r in rows]
    if not cells:
        return []
    width = max(len(c) for c in cells)
    cells = [c + [""] * (width - len(c)) for c in cells]
    n = start + 1
    out = [("| " + " | ".join(cells[0]) + " |", n), ("|" + "---|" * width, n)]
    out.extend(("| " + " | ".join(c) + " |", n) for c in cells[1:])
    return out


def _asks(out: list[Row], state: _State) -> None:
    """The open exam question's heading made a question when its options follow: a stem that states ('本题为不定项选择.',
    'Select the primes.') over ticked options is no checklist (trial16 T16-30)."""
    if not 0 <= state.heading_at < len(out) or state.question == 0:
        return
    head, n = out[state.heading_at]
    m = re.match(r"^(#+ )(.*)$", head)
    if m is not None and not m.group(2).rstrip(" *_").endswith(("?", "？", ":", "：")) and not m.group(2).startswith("Q:"):
        out[state.heading_at] = (f"{m.group(1)}Q: {m.group(2)}", n)
    state.heading_at = -1


class _State:
    def __init__(self) -> None:
        self.level = 1  # the heading level of the section the text is in (1: the page, before any section)
        self.section = ""
        self.lists: list[str] = []
        self.labels: dict[int, list] = {}  # an enumerate's label (prefix, counter, suffix; None: '1.') and count, by depth
        self.question = 0  # the heading level of the exam question open (its solution: the level below)
        self.problem = 0  # the heading level of the problem-like environment just read (homework.cls: its solution)
        self.problem_at = -1  # where its text starts in the Markdown written
        self.theorem = ""  # the theorem-like environment open ('problem'): its '\\part's are its list's entries
        self.theorem_env = ""  # its name as written ('dfn' for a 'definition')
        self.stated = -1  # where the Markdown stood when a statement (theorem, lemma …) ended: a proof right after proves it
        self.numbers: dict[str, int] = {}  # how many of each theorem-like environment so far ('Problem 3')
        self.untitled: list[tuple[int, str, str]] = []  # (its heading's row, name, section) of each untitled statement
        self.stem = ""  # the text of the exam question whose parts are being read: what each part asks under
        self.stem_rows: list[Row] = []  # a table in that stem: shown under each part's question
        self.whole = False  # an exam question whose parts share one solution after them: its parts a list on its front
        self.frame = 0  # the heading level of the beamer frame open (0: none)
        self.framed = False  # the frame has its title heading
        self.frame_title = ""
        self.answered = False  # the frame's answer heading is written ('\pause', a block titled Answer)
        self.heading_at = -1  # the index of the open exam question's heading in the Markdown written
        self.item_open = False  # an '\item' of the open list is written: text after it is its own
        self.skipping = False  # inside '\else … \fi' of '\ifprintanswers': the paper's version without answers
        self.bullet = "-"  # the mark of the entries of a top-level list deckc does not know by name ('compactlist')
        self.list_closed = -1  # where the Markdown stood when the last top-level list closed

    def blank(self, out: list[Row], n: int) -> None:
        if out and out[-1][0] != "" and not self.lists:
            out.append(("", n))

    def close_item(self, out: list[Row], n: int) -> None:
        self.lists.clear()
        self.item_open = False
        self.blank(out, n)
