"""An AsciiDoc document (``.adoc``, ``.asciidoc``) as Markdown, each line remembering its line in the file.

Manuals and FAQs of many projects (git, Java and Ruby libraries) are written in AsciiDoc.  The
document is turned into Markdown line by line and then read like any Markdown file
(:mod:`compiler.sources.converted`):

- **section titles**, ``== Title`` (``=`` is the document title) or underlined (``Title`` over
  ``-----``, ``=====``, ``~~~~~``, ``^^^^^``, ``+++++`` of about its length), are headings;
- a **labelled list** entry ``What should I put in `user.name`?::`` (also ``:::``, ``::::``, ``;;``)
  whose term asks is a question heading one level under its section, its text (indented below, or
  after the ``::``) and the blocks attached with ``+`` its answer; in a document where most terms ask
  (an FAQ), every term is a question ('I'm on Windows and my files are detected as binary.'),
  elsewhere a term that does not ask is a bold line over its text, and a glossary's terms (a short term that
  does not ask over its definition, on its line or the next, ``+`` paragraphs more of it) a card each; a term with
  no text over a nested list of other marks (``Group::`` over ``Term;; …``) is a heading over them;
- ``----`` listing and ``....`` literal blocks are code (``[source,python]`` names the language),
  ``____`` quote blocks are quotes, ``====``/``****`` example and sidebar blocks their content;
- ``NOTE:``/``TIP:``/``IMPORTANT:``/``WARNING:``/``CAUTION:`` paragraphs are quoted with the label in bold;
- ``*bold*`` is bold, ``linkgit:git-config[1]`` reads ``git-config(1)``, ``link:url[text]`` and
  ``https://…[text]`` are links, ``<<id,text>>`` its text, ``image::x.png[alt]`` a picture;
- ``[[id]]`` anchors (on a line of their own or in a title), ``[attributes]`` lines, ``:name: value`` attributes,
  ``ifdef::…[]``/``ifndef::…[]``/``endif::[]`` lines and ``//`` comments are left out (the lines between a conditional's
  are kept); a ``footnote:[…]`` reads in brackets where it stands; an ``include::`` is not followed (a warning: its text
  is not in the deck).

Tables are kept as their cells' text, one row a line.
"""

from __future__ import annotations

import re
from pathlib import Path

from compiler.diagnostics import Diagnostic
from compiler.sources.base import ANSWER_ENDS, load_document
from compiler.sources.converted import Converted

_TITLE = re.compile(r"^(?P<marks>={1,6})\s+(?P<text>\S.*?)\s*(?:=+\s*)?$")
_UNDERLINE = {"=": 1, "-": 2, "~": 3, "^": 4, "+": 5}
_TERM = re.compile(r"^(?P<term>\S.*?)(?P<marks>:{2,4}|;;)(?:\s+(?P<text>.*))?$")
_ANCHOR_LINE = re.compile(r"^\[\[[^\]]*\]\]\s*$|^\[#[^\]]*\]\s*$")
_ANCHOR = re.compile(r"^\[\[[^\]]*\]\]")
_ATTRIBUTE_LINE = re.compile(r"^\[(?P<body>[^\]]*)\]\s*$")
_SET_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:.*$")
# a conditional's own line ('ifdef::env-github[]', 'ifndef::backend-pdf[]', 'endif::[]', 'ifeval::[…]'): what it keeps or
# leaves out is the renderer's choice, the lines between are the document's text (trial51 T51-3: printed on a card)
_CONDITIONAL = re.compile(r"^(?:(?:ifdef|ifndef|endif)::[^\[\s]*\[\]|ifeval::\[[^\]]*\])\s*$")
_INCLUDE = re.compile(r"^include::(?P<target>[^\[]*)\[.*\]\s*$")
_ADMONITION = re.compile(r"^(?P<label>NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(?P<text>.*)$")
_BLOCK_IMAGE = re.compile(r"^image::(?P<target>[^\[\s]+)\[(?P<alt>[^\]]*)\]\s*$")
_BULLET = re.compile(r"^(?P<marks>\*{1,5}|-)\s+(?P<text>.*)$")
_ORDERED = re.compile(r"^(?P<marks>\.{1,5})\s+(?P<text>.*)$")
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[^.\s].*)$")
_QUESTION_TITLE = re.compile(r"(?i)^(?:exercise|question|problem|task|quiz|check|übung|aufgabe|frage|exercice|ejercicio|pregunta)\b")
_ANSWER_TITLE = re.compile(r"(?i)^(?:answer|solution|answers|solutions|lösung|antwort|réponse|solución|respuesta)\b")
_DELIMITERS = {"----": "code", "....": "code", "____": "quote", "====": "plain", "****": "plain", "++++": "plain", "--": "plain"}
_HARD_BREAK = re.compile(r"\s\+$")
_INLINE = [
    (re.compile(r"linkgit:(?P<page>[\w.-]+)\[(?P<section>\d+)\]"), r"\g<page>(\g<section>)"),
    (re.compile(r"link:(?P<url>[^\s\[]+)\[(?P<text>[^\]]*)\]"), r"[\g<text>](\g<url>)"),
    (re.compile(r"(?P<url>https?://[^\s\[]+)\[(?P<text>[^\]]+)\]"), r"[\g<text>](\g<url>)"),
    # 'xref:faq.adoc#extra-schedulers[Schedulers]': a cross reference shows its text (trial22 T22-31), else its target
    (re.compile(r"xref:(?P<target>[^\s\[]+)\[(?P<text>[^\]]+)\]"), r"\g<text>"),
    (re.compile(r"xref:(?:[^\s\[#]*#)?(?P<target>[^\s\[#]+)\[\]"), r"\g<target>"),
    # an inline anchor ('=== Indentation [[indentation]]', '[[id,Label]]'): where a link lands, no text (trial51 T51-3)
    (re.compile(r"\s*\[\[[\w:.-]+(?:,[^\]]*)?\]\]"), ""),
    # a footnote ('….footnote:[Terminals of 80 columns …]') reads in brackets where it is; a reference to one is no text
    (re.compile(r"footnote:[\w-]*\[(?P<text>[^\]]+)\]"), r" (\g<text>)"),
    (re.compile(r"footnote:[\w-]+\[\]"), ""),
    (re.compile(r"<<(?P<id>[^,>]+),\s*(?P<text>[^>]+)>>"), r"\g<text>"),
    (re.compile(r"<<(?P<id>[^,>]+)>>"), r"\g<id>"),
    (re.compile(r"(?<![\w!])image:(?P<target>[^\s\[:]+)\[(?P<alt>[^\]]*)\]"), r"![\g<alt>](\g<target>)"),
    (re.compile(r"(?<![\w*])\*(?P<text>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])"), r"**\g<text>**"),
    (re.compile(r"(?<![\w+])\+(?P<text>[^+\s](?:[^+]*[^+\s])?)\+(?![\w+])"), r"\g<text>"),
]
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
# a code line's callout marks at its end, after a comment mark or none: '{ <1>', '// <2>', '# <3> <4>', '<!--1-->'
_CALLOUT_MARKS = re.compile(r"\s*(?:(?://|#|--|%)\s*)?(?:<(?:\d+|\.)>\s*)+$|\s*<!--\d+-->\s*$")
_CALLOUT_ITEM = re.compile(r"^<(?P<n>\d+|\.)>\s+(?P<text>\S.*)$")  # the callout list under the block: '<1> Create …'


# an inline formula: 'latexmath:[\sin^2 x]', 'asciimath:[sqrt(x)]' ('stem:[…]' is one of them, as the document's
# ':stem:' attribute says: :func:`_stem_named`)
_MATH_MACRO = re.compile(r"(?P<kind>latexmath|asciimath):\[(?P<body>(?:\\.|[^\]\\])*)\]")
_KEPT = re.compile(f"{_CODE_SPAN.pattern}|{_MATH_MACRO.pattern}")
_STEM = re.compile(r"(?<![\w:])stem:\[")
_STEM_ATTRIBUTE = re.compile(r"^:stem:\s*(?P<kind>\S*)\s*$")
_MATH_BLOCKS = ("stem", "latexmath", "asciimath")  # '[stem]' over a '++++' block: a displayed formula



def _not_followed(rel: str, number: int, target: str) -> Diagnostic:
    """The warning for an ``include::`` deckc does not follow (one a line; repeated ones said once, counted)."""
    return Diagnostic(
        rel,
        number,
        f"include::{target} is not followed: its text is not in the deck",
        "put the included file into sources/ as a document of its own",
        severity="warning",
        group="adoc-include",
    )

def _stem_kind(lines: list[str]) -> str:
    """What the document's ``stem`` formulas are written in: 'latexmath' when ``:stem: latexmath`` says so, else
    AsciiMath (Asciidoctor's default)."""
    said = next((m.group("kind") for line in lines if (m := _STEM_ATTRIBUTE.match(line.strip()))), "")
    return "latexmath" if said in ("latexmath", "latex", "tex") else "asciimath"


def _stem_named(lines: list[str]) -> list[str]:
    """The lines with each ``stem:[…]`` named as what it is written in (``latexmath:[…]`` or ``asciimath:[…]``)."""
    if not any("stem:[" in line for line in lines):
        return lines
    kind = _stem_kind(lines)
    return [_STEM.sub(f"{kind}:[", line) for line in lines]


def _formula(m: re.Match[str]) -> str:
    """An inline formula as MathJax reads it (``\\(…\\)``, trial28 T28-36: 'stem:[x^2]' showed as written), an
    AsciiMath one as code (no card typesets AsciiMath)."""
    body = re.sub(r"\\(?=[\]\\])", "", m.group("body")).strip()
    if m.group("kind") == "asciimath":
        return f"`{body}`" if "`" not in body else f"`` {body} ``"
    return f"\\({body}\\)"


def _inline(text: str) -> str:
    """AsciiDoc inline markup as Markdown's, code spans left as written, formulas as maths."""
    out, pos = [], 0
    for m in _KEPT.finditer(text):
        out.append(_marks(text[pos : m.start()]))
        out.append(_formula(m) if m.group("kind") else m.group(0))
        pos = m.end()
    out.append(_marks(text[pos:]))
    return "".join(out)


def _marks(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


# a glossary's term: a few words, no sentence ('HEAD', 'Detached HEAD', 'git-config(1)'); an FAQ's statement is longer
_GLOSSARY_TERM = re.compile(r"^(?!.*[.!]$)\S+(?:\s+\S+){0,4}$")


def _glossary_entry(raw: str, below: str = "") -> bool:
    """A labelled-list entry of a glossary: a short term that does not ask, its definition on its line or on the line
    below, indented (``TTL::`` / ``  Time To Live; …``: T27-33) or not (``Deployment::`` / ``A controller …``: T30-32)
    (two such entries in a list are a glossary: term cards, even among an FAQ's questions; trial18 T18-60)."""
    m = _TERM.match(raw.rstrip())
    defined = bool(m.group("text")) if m else False
    defined = defined or (bool(below.strip()) and (below[:1] in (" ", "\t") or _definition_line(below)))
    return m is not None and not raw.startswith((" ", "\t")) and defined and not _asks(m.group("term")) and _GLOSSARY_TERM.match(m.group("term").strip()) is not None


def _definition_line(raw: str) -> bool:
    """A line of text at the margin that can open a term's definition under it: no term, title, block or list of its
    own."""
    stripped = raw.strip()
    return not (
        _TERM.match(raw.rstrip()) or _TITLE.match(raw) or stripped in _DELIMITERS or stripped == "+" or _BLOCK_TITLE.match(stripped)
        or _ATTRIBUTE_LINE.match(stripped) or _BULLET.match(stripped) or _ORDERED.match(stripped) or _BLOCK_IMAGE.match(stripped)
    )  # fmt: skip


ENTRY_SPAN_MAX = 40  # lines between two entries of one labelled list that a look for the other entry crosses


def _glossary_beside(lines: list[str], at: int) -> bool:
    """Whether the labelled-list entry at ``lines[at]`` has a glossary entry beside it in its list: the entry before or
    after it, past the definitions and ``+`` blocks between them (``Deployment::`` / its text / ``+`` / more text /
    ``Service::``: T30-32, where only the line right under or above was looked at)."""
    for step in (1, -1):
        j = at + step
        while 0 <= j < len(lines) and abs(j - at) <= ENTRY_SPAN_MAX:
            raw = lines[j].rstrip()
            if _TITLE.match(raw) or raw.strip() in _DELIMITERS:
                break
            if _TERM.match(raw) and not raw.startswith((" ", "\t")):
                if _glossary_entry(raw, lines[j + 1] if j + 1 < len(lines) else ""):
                    return True
                break
            j += step
    return False


def _list_follows(lines: list[str], at: int) -> bool:
    """Whether a list (a labelled list's term, a bullet) starts at ``lines[at]``, past attribute and anchor lines."""
    for raw in lines[at : at + 4]:
        stripped = raw.strip()
        if _ATTRIBUTE_LINE.match(stripped) or _ANCHOR_LINE.match(stripped):
            continue
        return bool(stripped) and not raw.startswith((" ", "\t")) and (_TERM.match(stripped) is not None or _BULLET.match(stripped) is not None)
    return False


def _asks(term: str) -> bool:
    return term.rstrip().rstrip("*_`").endswith(("?", "？"))


# what only AsciiDoc writes at a line's start: a block's attribute list ('[source,java]', '[NOTE]', '[%unbreakable]'), an
# anchor ('[[faq.chain]]'), a document attribute (':toc: left'), a block macro ('include::x.adoc[]', 'image::a.png[]'),
# an admonition paragraph ('NOTE: …'), and inline the macros 'xref:page.adoc[Text]' and '<<id,text>>'
_SIGNS = (
    ("block attributes", re.compile(r"^\[(?:source|listing|literal|quote|verse|NOTE|TIP|IMPORTANT|WARNING|CAUTION|%[\w%-]+|\.[\w-]+|#[\w-]+)\b[^\]]*\]\s*$")),
    ("anchor", re.compile(r"^\[\[[\w:.-]+(?:,[^\]]*)?\]\]\s*$")),
    ("attribute", re.compile(r"^:!?[\w-]+!?:(?:\s.*)?$")),
    ("block macro", re.compile(r"^(?:include|image|video|audio|toc)::\S*\[[^\]]*\]\s*$")),
    ("cross reference", re.compile(r"\bxref:[\w./#-]+\[|<<[\w.:-]+(?:,[^>]*)?>>")),
)
ASCIIDOC_SIGNS_MIN = 2  # kinds of AsciiDoc's own lines, with a '== Title', that tell an AsciiDoc file saved as text


def looks_like_asciidoc(lines: list[str]) -> bool:
    """Whether a text file is an AsciiDoc document saved as ``.txt`` (AsciiDoc's historical extension; trial22 T22-47:
    read as plain text, a pattern was guessed from the program output in its ``----`` blocks and no card came): a
    section title ``== Title`` and two kinds of lines no other format writes (:data:`_SIGNS`)."""
    if not any(_TITLE.match(line) and not line.rstrip().endswith("=") for line in lines):
        return False  # (a MediaWiki '== Title ==' closes its title with the same marks)
    kinds = {name for line in lines for name, sign in _SIGNS if sign.search(line)}
    return len(kinds) >= ASCIIDOC_SIGNS_MIN


def asciidoc_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_asciidoc(doc.lines, rel)


def convert_asciidoc(lines: list[str], rel: str = "") -> Converted:
    lines = _stem_named(lines)
    warnings: list[Diagnostic] = []
    formula = ""  # a '[stem]' line just read: the next '++++' block is a formula in this ('latexmath', 'asciimath')
    out: list[str] = []
    origin: list[int] = []
    level = 1  # the heading level of the section being read (1: the document title)
    block: tuple[str, str] | None = None  # (delimiter, kind) of the delimited block being read
    outer: list[tuple[str, str]] = []  # the blocks a nested one stands in ('====' around a '----' listing)
    comment = False
    lang = ""
    in_term = False  # reading a labelled-list entry's text (indented lines, '+' continuations)
    qanda = False  # in a '[qanda]' list: every term is a question by the author's markup (trial11 P10)
    horizontal = False  # in a '[horizontal]' list: terms over their definitions, a table of pairs (lead G20)
    defining = False  # a '[horizontal]' term's definition starts on the next indented line (': …')
    last_term = -1  # where the heading of the entry being read is in ``out`` while it has no text yet
    last_marks = ""  # … and the marks after its term ('::', ';;'): a nested list's terms have other marks
    glossed = False  # reading a glossary entry written as 'Term' / ': definition': its '+' blocks are more definition
    attach = False  # a '+' just read in such an entry: the paragraph under it is a paragraph of the definition
    header = False  # right under the document's title, no blank line yet: its author and revision lines, no text
    header_next = False  # the attribute line just read names the next table's first row its header
    role = ""  # what the block title just read names the next block or paragraph: "question", "answer" or ""
    asking = False  # reading a block titled as a question: its first line the question's heading
    bump = 0  # 1 under a block title read as a heading ('.Branches' over a list): the list's questions one level down
    asked_at = -1  # where the question heading of the labelled-list entry being read is in ``out`` (its answer open)
    terms = [m.group("term") for line in lines if (m := _TERM.match(line.rstrip())) and not line.startswith((" ", "\t"))]
    # an FAQ: most entries ask, so the ones that state a problem ('I'm on Windows and … binary.') ask too
    faq = sum(1 for t in terms if _asks(t)) >= max(2, len(terms) / 2)

    def emit(text: str, n: int) -> None:
        out.append(text)
        origin.append(n)

    def blank(n: int) -> None:
        if out and out[-1] != "":
            emit("", n)

    n = 0
    while n < len(lines):
        raw = lines[n].rstrip()
        number = n + 1
        n += 1
        stripped = raw.strip()
        if comment:
            comment = stripped != "////"
            continue
        if block is not None:
            if stripped == block[0]:
                if block[1] == "code":
                    emit("```", number)
                elif block[1] == "math":
                    emit("$$", number)
                block = outer.pop() if outer else None  # (a listing inside an example block: back in the example block)
                asking = False
                if block is None:
                    blank(number)
                continue
            if (include := _INCLUDE.match(stripped)) is not None:
                # ('include::example$description.adoc[tag=qa]' in a listing: a directive there too, never its code;
                # trial52 T52-8, it was on the cards' backs)
                warnings.append(_not_followed(rel, number, include.group("target")))
                continue
            if block[1] == "plain" and (source := _ATTRIBUTE_LINE.match(stripped)) is not None:
                parts = [p.strip() for p in source.group("body").split(",")]
                if parts and parts[0] in ("source", "listing"):
                    lang = parts[1].lower() if len(parts) > 1 else ""
                    continue  # ('[source,bash]' over a listing inside the block: its language, T25-43)
            if block[1] == "plain" and stripped in _DELIMITERS and _DELIMITERS[stripped] != "plain":
                outer.append(block)  # ('----' inside '====': a listing within a collapsible answer, T25-43)
                block = (stripped, _DELIMITERS[stripped])
                if block[1] == "code":
                    blank(number)
                    emit("```" + lang, number)
                lang = ""
                continue
            if asking and stripped:  # (the first line of a block titled 'Exercise 1': the question's heading)
                emit("#" * min(level + 1, 6) + " " + _inline(stripped), number)
                emit("", number)
                asking = False
            elif block[1] == "math":
                if stripped:
                    emit(stripped, number)
            elif block[1] == "code":
                emit(_CALLOUT_MARKS.sub("", raw) if _CALLOUT_MARKS.search(raw) else raw, number)  # ('… { <1>': T22-31)
            elif block[1] == "quote":
                emit("> " + _inline(stripped) if stripped else ">", number)
            else:
                emit(_inline(stripped), number)
            continue
        if stripped == "////":
            comment = True
            continue
        if stripped.startswith("//") and not stripped.startswith("///"):
            continue
        if _CONDITIONAL.match(stripped):
            continue
        if header and stripped and not _SET_ATTRIBUTE.match(stripped):
            continue  # ('= Chemistry terms' / 'Jane Doe' / 'v1.0, 2024-01-05': the header's author and revision, T30-32)
        header = header and bool(stripped)
        under = _is_underline(stripped, lines[number - 2] if number >= 2 else "") and bool(origin) and origin[-1] == number - 1
        if stripped in _DELIMITERS and not under:
            kind = _DELIMITERS[stripped]
            if formula and stripped.startswith(("++++", "....", "----")):  # ('[stem]' over it: a displayed formula, T28-36)
                kind = "math" if formula == "latexmath" else "code"
            formula = ""
            block = (stripped, kind)
            blank(number)  # (a delimited block ends a labelled-list entry: never its term's text; trial12 U81)
            in_term = glossed = False
            if role == "answer":
                emit("#" * min(level + 2, 6) + " Answer", number)
                emit("", number)
            asking, role = role == "question" and kind != "code", ""
            if kind == "code":
                emit("```" + lang, number)
            elif kind == "math":
                emit("$$", number)
            lang = ""
            continue
        titled = _BLOCK_TITLE.match(stripped)
        if titled is not None:  # '.Exercise 1' / '.Answer' over a block: a question or its answer (trial12 U81)
            name = titled.group("title").strip()
            role = "question" if _QUESTION_TITLE.match(name) else "answer" if _ANSWER_TITLE.match(name) else ""
            if not role and _list_follows(lines, n):  # '.Branches' over a '[qanda]' list: a heading over it (T18-59)
                blank(number)
                emit("#" * min(level + 1, 6) + " " + _inline(name), number)
                emit("", number)
                bump = 1
            elif not role:
                blank(number)
                emit(f"**{_inline(name)}**", number)
            in_term = False
            continue
        # an underlined title: the line above (already written) becomes a heading
        if under and out[-1].strip() and (len(out) < 2 or out[-2] == ""):
            level = _UNDERLINE[stripped[0]]
            title = out[-1].strip()
            out[-1] = "#" * level + " " + title
            in_term = False
            emit("", number)
            continue
        if not stripped:
            in_term = in_term and n < len(lines) and (lines[n].startswith((" ", "\t")) or lines[n].strip() == "+")
            if glossed and in_term:  # (its definition goes on: one paragraph of 'Term' / ': …' lines, T30-32)
                defining = defining or lines[n].startswith((" ", "\t"))
                continue
            glossed = False
            blank(number)
            continue
        if stripped == "+":  # a block attached to the list entry above
            attach = glossed and n < len(lines) and _definition_line(lines[n])
            if not attach:
                blank(number)
            continue
        if _ANCHOR_LINE.match(stripped) or _SET_ATTRIBUTE.match(stripped):
            continue
        attribute = _ATTRIBUTE_LINE.match(stripped)
        if attribute is not None:
            parts = [p.strip() for p in attribute.group("body").split(",")]
            if parts and parts[0] in _MATH_BLOCKS:
                formula = _stem_kind(lines) if parts[0] == "stem" else parts[0]
                continue
            qanda = bool(parts) and parts[0] == "qanda"
            header_next = any(re.search(r"\bheader\b", p) for p in parts)  # ('[options="header"]', '[%header,cols=2]')
            horizontal = bool(parts) and parts[0] == "horizontal"
            if parts and parts[0] in ("source", "listing") and len(parts) > 1:
                lang = parts[1].lower()
            elif parts and parts[0] in ("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"):
                pass
            continue
        include = _INCLUDE.match(stripped)
        if include is not None:
            warnings.append(_not_followed(rel, number, include.group("target")))
            continue
        title = _TITLE.match(raw)
        if title is not None:
            level = len(title.group("marks"))
            header = level == 1 and not out
            blank(number)
            emit("#" * level + " " + _inline(title.group("text")), number)
            emit("", number)
            in_term = qanda = horizontal = glossed = False
            asked_at = -1
            bump = 0
            continue
        if in_term and raw[:1] in (" ", "\t"):
            emit((": " if defining else "") + _inline(_HARD_BREAK.sub("", stripped)), number)
            defining = False
            continue
        if glossed and (defining or attach) and _definition_line(raw):
            # ('Deployment::' / 'A controller …' / '+' / 'It supports …'): the definition under the term, and the
            # paragraph a '+' attaches, are definitions of its card (T30-32: the card was lost, its text a warning)
            emit(": " + _inline(_HARD_BREAK.sub("", stripped)), number)
            defining = attach = False
            continue
        term = _TERM.match(raw)
        if term is not None and not raw.startswith((" ", "\t")) and "://" not in term.group("term")[-3:]:
            text = _inline(_ANCHOR.sub("", term.group("term")).strip())
            if 0 <= last_term < len(out) and all(not line for line in out[last_term + 1 :]) and term.group("marks") != last_marks:
                # ('Compiled languages::' over 'C;; Low-level …' / 'Rust;; …'): a term with no text over entries of a
                # nested list names their group, a heading over their cards (T30-32: 'Compiled languages, C' was one
                # card and the group's first term lost)
                out[last_term] = "#" * min(level + 1, 6) + " " + out[last_term].strip("*")
                last_term = -1
            if 0 <= last_term < len(out) and all(not line for line in out[last_term + 1 :]):
                # a term right under a term with no text between: one entry with two terms, answered once
                # ('Why not just use java.util.Timer?::' / 'Since JDK 1.3, … standard features?::'): one question
                # asking both (trial11 P11), not a first one skipped 'no answer'
                head = out[last_term]
                out[last_term] = f"{head[:-2]}, {text}**" if head.endswith("**") else f"{head} {text}"  # (glossary: 'CPU, Processor')
                if term.group("text"):
                    emit(_inline(term.group("text").strip()), number)
                    last_term = -1
                continue
            blank(number)
            glossary = not qanda and _glossary_entry(raw, lines[n] if n < len(lines) else "") and _glossary_beside(lines, n - 1)
            if (horizontal or glossary) and not _asks(text):
                # ('HEAD:: The commit currently checked out.': a glossary's term and its definition on one line, a term
                # card even among an FAQ's questions; trial18 T18-60)
                # a '[horizontal]' list's term that states ('HTTP:: 80'): a term over its definition (a card), never a
                # question heading of the FAQ around it, whose statements ask nothing (lead G20)
                emit(text, number)
                if term.group("text"):
                    emit(": " + _inline(term.group("text").strip()), number)
                defining, in_term, last_term, glossed = not term.group("text"), True, -1, True
                continue
            glossed = False
            asked_at = len(out)
            if qanda and not _asks(text):  # a [qanda] term is a question though it states a problem (P10)
                emit("#" * min(level + 1 + bump, 6) + " Q: " + text, number)
            elif qanda or faq or _asks(text):
                emit("#" * min(level + 1 + bump, 6) + " " + text, number)
            else:
                emit(f"**{text}**", number)
                asked_at = -1
            last_term, last_marks = len(out) - 1, term.group("marks")
            emit("", number)
            if term.group("text"):
                emit(_inline(term.group("text").strip()), number)
                last_term = -1
            in_term = True
            continue
        image = _BLOCK_IMAGE.match(stripped)
        if image is not None:
            emit(f"![{image.group('alt')}]({image.group('target')})", number)
            continue
        admonition = _ADMONITION.match(stripped)
        if admonition is not None:
            blank(number)
            emit(f"> **{admonition.group('label').title()}:** {_inline(admonition.group('text'))}", number)
            continue
        bullet = _BULLET.match(stripped)
        if bullet is not None:
            depth = len(bullet.group("marks")) - 1 if bullet.group("marks") != "-" else 0
            emit("  " * depth + "- " + _inline(_HARD_BREAK.sub("", bullet.group("text"))), number)
            continue
        callout = _CALLOUT_ITEM.match(stripped)
        if callout is not None:  # a callout list entry: an item of an ordered list, numbered as the marks in the code
            number_of = callout.group("n") if callout.group("n") != "." else "1"
            emit(f"{number_of}. {_inline(callout.group('text'))}", number)
            continue
        ordered = _ORDERED.match(stripped)
        if ordered is not None:
            depth = len(ordered.group("marks")) - 1
            emit("   " * depth + "1. " + _inline(_HARD_BREAK.sub("", ordered.group("text"))), number)
            continue
        if stripped.startswith("|==="):
            close = next((j for j in range(n, len(lines)) if lines[j].strip().startswith("|===")), None)
            rows = _table_rows(lines[n:close]) if close is not None else None
            if rows is not None and close is not None and all(_plain_cell(c) for _, cells in rows for c in cells):
                # (cells of one line of text each: a Markdown table, read by the rule every reader's tables share,
                # header, key table, table of terms: T48-16; its header row when the table names one)
                blank(number)
                headed = header_next or _header_row(lines[n:close])
                head = rows[0][1] if headed else [""] * len(rows[0][1])
                emit("| " + " | ".join(head) + " |", n + 1 + rows[0][0] if headed else number)
                emit("|" + "---|" * len(head), n + 1 + rows[0][0] if headed else number)
                for at, cells in rows[1:] if headed else rows:
                    emit("| " + " | ".join(cells) + " |", n + 1 + at)
                emit("", close + 1)
                n, header_next = close + 1, False
            elif rows is not None and close is not None:  # a table: an HTML table, its cells' code kept (trial21 T21-11)
                blank(number)
                emit("<table>", number)
                for at, cells in rows:
                    emit("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>", n + 1 + at)
                emit("</table>", close + 1)
                emit("", close + 1)
                n = close + 1
            continue  # (a frame that does not close, or rows of no steady width: its rows are read as lines of text)
        if stripped.startswith("|"):
            emit(" · ".join(_inline(c.strip()) for c in stripped.strip("|").split("|") if c.strip()), number)
            continue
        if role == "question":  # (a titled exercise written as a paragraph: its first line the question)
            blank(number)
            emit("#" * min(level + 1, 6) + " " + _inline(_HARD_BREAK.sub("", stripped)), number)
            emit("", number)
            role = ""
            continue
        if role == "answer":
            blank(number)
            emit("#" * min(level + 2, 6) + " Answer", number)
            emit("", number)
            role = ""
        if (
            asked_at >= 0 and not raw.startswith((" ", "\t")) and number >= 2 and not lines[number - 2].strip()
            and number >= 3 and lines[number - 3].strip() != "+" and any(line.strip() for line in out[asked_at + 1 :])
        ):  # fmt: skip
            # ('How do I convert from MoinMoin?::' / its answer / blank / 'For many more extensions, see …'): a paragraph
            # after the entry's answer, attached by no '+', ends the list, as AsciiDoc reads it: the section's text,
            # never the end of the last answer (trial52 T52-7's AsciiDoc shape)
            blank(number)
            emit(ANSWER_ENDS, number)
            emit("", number)
            asked_at = -1
        emit(_inline(_HARD_BREAK.sub("", stripped)), number)  # never indented: Markdown would read code
    if block is not None and block[1] == "code":
        emit("```", len(lines))
    return Converted(text="\n".join(out) + "\n", origin=tuple(origin), warnings=tuple(warnings))


_CELL = re.compile(r"(?:^|(?<=\s))(?P<spec>(?:\d+[+*])?(?:\.?\d*[<^>]?)?(?:\.[<^>])?[adehlmsv]?)\|")
TABLE_ROWS_MAX = 200


def _table_rows(body: list[str]) -> list[tuple[int, list[str]]] | None:
    """The rows of an AsciiDoc table's body (the lines between its ``|===`` frames) as HTML cells: ``(the row's first
    line in ``body``, cells)``. The width is the first line's cell count; a cell runs over lines until the next ``|``
    (an ``a|`` cell's ``[source]`` / ``----`` block is code, ``<pre><code>``); None when the cells do not fill rows
    of that width (spans, a nested table): the caller reads the lines as text."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    cells: list[tuple[int, str, list[str]]] = []  # (line, spec, its text lines)
    for k, line in enumerate(body):
        marks = list(_CELL.finditer(line))
        if not marks:
            if cells:
                cells[-1][2].append(line)
            elif line.strip():
                return None
            continue
        if cells and line[: marks[0].start()].strip():
            cells[-1][2].append(line[: marks[0].start()])
        for j, m in enumerate(marks):
            end = marks[j + 1].start() if j + 1 < len(marks) else len(line)
            cells.append((k, m.group("spec"), [line[m.end() : end]]))
    first = next((line for line in body if line.strip()), "")
    width = len(_CELL.findall(first))
    if not cells or width < 2 or len(cells) % width or len(cells) // width > TABLE_ROWS_MAX or any("+" in s or "*" in s for _, s, _ in cells):
        return None
    rows: list[tuple[int, list[str]]] = []
    for r in range(0, len(cells), width):
        row = cells[r : r + width]
        rows.append((row[0][0], [_cell_html(md, spec, text) for _, spec, text in row]))
    return rows


def _plain_cell(cell: str) -> bool:
    """Whether a table cell's HTML is one line of text a Markdown table cell can hold (no code block, no bar)."""
    return "\n" not in cell and "|" not in cell and "<pre" not in cell


def _header_row(body: list[str]) -> bool:
    """Whether a table's first line of cells is its header, as AsciiDoc reads it: a blank line right under it."""
    first = next((k for k, line in enumerate(body) if line.strip()), None)
    return first is not None and first + 1 < len(body) and not body[first + 1].strip() and len(_CELL.findall(body[first])) >= 2


def _cell_html(md: object, spec: str, text: list[str]) -> str:
    """A table cell as HTML: an ``a`` cell's code block as ``<pre><code>``, its other lines and any other cell's text as
    inline Markdown rendered."""
    from html import escape

    parts: list[str] = []
    code: list[str] | None = None
    words: list[str] = []
    for line in text:
        stripped = line.strip()
        if spec.endswith("a") and stripped in ("----", "....") and code is None:
            code = []
            continue
        if code is not None and stripped in ("----", "...."):
            parts.append("<pre><code>" + escape("\n".join(code)) + "</code></pre>")
            code = None
            continue
        if code is not None:
            code.append(line.rstrip())
        elif stripped and not (spec.endswith("a") and _ATTRIBUTE_LINE.match(stripped)):
            words.append(stripped)
    if code is not None:
        parts.append("<pre><code>" + escape("\n".join(code)) + "</code></pre>")
    said = md.renderInline(_inline(" ".join(words))) if words else ""  # type: ignore[attr-defined]
    return said + "".join(parts)


def _is_underline(line: str, above: str) -> bool:
    """A title's underline: one of ``= - ~ ^ +`` repeated, about as long as the text line above it
    (which is no list item, block mark or attribute)."""
    text = above.strip()
    if len(line) < 2 or len(set(line)) != 1 or line[0] not in _UNDERLINE or not text:
        return False
    if text.startswith(("[", "-", "*", ".", "/", "|", "+", "=")) or _TERM.match(text):
        return False
    return abs(len(text) - len(line)) <= 2
