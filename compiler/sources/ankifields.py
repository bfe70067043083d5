"""Fields of Anki notes, as Anki's exports give them: HTML (or plain text) cleaned the one way every
reader of another tool's export uses.

Shared by the readers of Anki's *Notes in Plain Text* export (``delimited``) and of Anki packages
(``apkg``); readers never import each other, so what both need lives here.
"""

from __future__ import annotations

import html
import re

from compiler.model import Block, BlockKind
from compiler.sources.lines import squash
from compiler.sources.markdown_blocks import sanitize, visible

TAG = re.compile(r"<[^>]*>")
SOUND = re.compile(r"\[sound:[^\]]*\]")
BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.I)
IMG = re.compile(r"<img\b[^>]*>", re.I)
_RULE = re.compile(r"<hr\b[^>]*>", re.I)
_LEADING_BREAKS = re.compile(r"^(?:\s|<br\s*/?>)+", re.I)


def plain(field: str, is_html: bool) -> str:
    """A field as one line of plain text (a question, a cloze text)."""
    if is_html:
        field = html.unescape(TAG.sub("", BREAK.sub(" ", field)))
    return squash(" ".join(field.split("\n")))


# Anki's LaTeX: [$]…[/$] inline maths, [$$]…[/$$] display maths, [latex]…[/latex] a LaTeX body
_ANKI_LATEX = re.compile(r"\[(\$\$|\$|latex)\](.+?)\[/\1\]", re.S | re.I)
_ENVIRONMENT = re.compile(r"\s*\\begin\{(?P<env>equation|align|alignat|eqnarray|gather|multline)(?P<star>\*?)\}(?P<body>.*)\\end\{(?P=env)(?P=star)\}\s*", re.S)
_SHAPES = {"equation": "", "align": "aligned", "alignat": "aligned", "eqnarray": "aligned", "gather": "gathered", "multline": "gathered"}
_DOLLARS = re.compile(r"\$\$((?:(?!\$\$).)+?)\$\$|(?<!\\)\$([^$]+?)(?<!\\)\$", re.S)


def anki_latex(field: str, is_html: bool = True) -> tuple[str, int]:
    """``(field, n)``: Anki's LaTeX as the maths deckc writes (``\\( … \\)``, ``\\[ … \\]``), which Anki's
    MathJax typesets on every device and the cheat sheet prints; ``n`` counts ``[latex]`` bodies that
    are LaTeX text, not only maths (their maths typeset, the rest shown as written).

    Anki renders these to pictures only on a desktop with LaTeX installed (``latex-….png`` files the
    fields never name); MathJax needs neither.  Markup inside the maths (``<br>``, ``&nbsp;``, the
    editor's ``<div>``) is what Anki strips before typesetting too.
    """
    text_bodies = 0

    def tex(body: str) -> str:
        return html.unescape(TAG.sub(" ", BREAK.sub(" ", body))).replace("\xa0", " ").strip()

    def swap(m: re.Match[str]) -> str:
        nonlocal text_bodies
        kind, body = m.group(1).lower(), tex(m.group(2))
        if kind == "$":
            return html.escape(f"\\({body}\\)", quote=False)
        if kind == "$$":
            return html.escape(f"\\[{body}\\]", quote=False)
        whole = _DOLLARS.fullmatch(body)
        env = _ENVIRONMENT.fullmatch(body)
        if whole is not None:
            shown = f"\\[{whole.group(1)}\\]" if whole.group(1) is not None else f"\\({whole.group(2)}\\)"
        elif env is not None:
            shape = _SHAPES[env.group("env")]
            inner = env.group("body").strip()
            shown = f"\\[\\begin{{{shape}}}{inner}\\end{{{shape}}}\\]" if shape else f"\\[{inner}\\]"
        elif (body.startswith("\\[") and body.endswith("\\]")) or (body.startswith("\\(") and body.endswith("\\)")):
            shown = body
        else:
            text_bodies += 1
            shown = _latex_text(body)
            return shown if is_html else html.unescape(TAG.sub("", BREAK.sub("\n", shown)))
        return html.escape(shown, quote=False)

    return _ANKI_LATEX.sub(swap, field), text_bodies


_TEXT_COMMAND = re.compile(r"\\(textbf|textit|emph|texttt|textsl|textsc|textrm|textsf|textup|textnormal|underline|text|mbox)\s*\{([^{}]*)\}")
_TEXT_TAGS = {"textbf": "b", "textit": "i", "emph": "i", "textsl": "i", "texttt": "code"}
_ESCAPED = re.compile(r"\\([%&$#_{}])")


def _latex_text(body: str) -> str:
    """A ``[latex]`` body of LaTeX text as HTML: its ``$…$`` maths as deckc's maths, its common text
    commands as what they print (``\\textbf{x}`` bold, ``\\emph{x}`` italic, ``\\texttt{x}`` code, ``\\\\`` a
    line break, ``\\%`` a per cent sign, ``~`` a space, ``--`` a dash); any other command as written."""
    out: list[str] = []
    pos = 0
    for d in _DOLLARS.finditer(body):
        out.append(_text_commands(body[pos : d.start()]))
        maths = f"\\[{d.group(1)}\\]" if d.group(1) is not None else f"\\({d.group(2)}\\)"
        out.append(html.escape(maths, quote=False))
        pos = d.end()
    out.append(_text_commands(body[pos:]))
    return "".join(out)


def _text_commands(text: str) -> str:
    text = html.escape(text, quote=False)
    for _ in range(3):  # nested: \textbf{\emph{x}} (innermost first)
        new = _TEXT_COMMAND.sub(lambda m: f"<{t}>{m.group(2)}</{t}>" if (t := _TEXT_TAGS.get(m.group(1))) else m.group(2), text)
        if new == text:
            break
        text = new
    text = text.replace("\\\\", "<br>").replace("---", "\u2014").replace("--", "\u2013").replace("~", "\u00a0")
    return _ESCAPED.sub(r"\1", text)


LATEX_TEXT = (
    "a [latex] snippet holds LaTeX text, not only maths: its maths is typeset, \\textbf/\\emph/\\texttt and \\\\ "
    "shown as bold/italic/code and a line break, any other command as written",
    "in Anki, write the text outside [latex] and the maths as [$]…[/$]; or leave it",
)


def answer_side(front: str, back: str, is_html: bool) -> str:
    """The back field without the question repeated above a rule.

    A tool that dumps what a card's answer side shows (``{{FrontSide}}<hr id=answer>{{Back}}``) writes
    the front's text, a rule and then the answer into the back: when the back's text before its first
    ``<hr>`` is the front's text, the back is what follows the rule."""
    if not is_html:
        return back
    rule = _RULE.search(back)
    if rule is None:
        return back
    before = plain(back[: rule.start()], True)
    if not before or before != plain(front, True):
        return back
    return _LEADING_BREAKS.sub("", back[rule.end() :])


def front_images(field: str) -> list[Block]:
    """The pictures of an HTML front field, sanitized, as one block shown on the card's front."""
    tags = IMG.findall(field)
    cleaned = sanitize("<p>" + " ".join(tags) + "</p>") if tags else ""
    return [Block(kind=BlockKind.html, text=cleaned)] if "<img" in cleaned else []


CLOZE_MARK = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*?)?\}\}", re.S)


def unclozed(field: str) -> str:
    """A cloze deletion in a field that is no cloze text (a Basic note's back, a cloze's extra field):
    its words, as the answer says them (``{{c1::Paris::city}}`` → ``Paris``), never the raw markup."""
    return CLOZE_MARK.sub(lambda m: m.group(1), field) if "{{c" in field else field


def html_blocks(field: str) -> list[Block]:
    """An HTML field as one sanitized block, or none when it shows nothing."""
    cleaned = sanitize(unclozed(field).replace("\n", "<br>"))
    return [Block(kind=BlockKind.html, text=cleaned)] if visible(cleaned) else []


def paragraph(block: Block) -> Block:
    """A further field added to the back: an HTML block as its own paragraph."""
    return Block(kind=BlockKind.html, text=f"<p>{block.text}</p>") if block.kind is BlockKind.html else block
