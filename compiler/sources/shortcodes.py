"""Site generators' template syntax in Markdown pages: Hugo shortcodes, mdBook includes, Liquid, MyST roles.

Pages written for Hugo or mdBook carry markers their generator expands; shown raw they are noise on a card
(``{{< figure src="x.png" >}}``) or hide the code a question is about (``{{#include main.rs:anchor}}``).
:func:`expand` rewrites them before any layout reads a Markdown file, never moving a line:

- Hugo ``figure`` is its image (``![alt](src)``, the caption after it), ``highlight`` a code fence of its
  language, ``youtube`` / ``gist`` a link; a container (``notice``, ``hint``, ``tip``, ``details`` … any
  shortcode closed later on the page) keeps its text and loses its markers; ``[text]({{< ref "x" >}})``
  is its text; a commented ``{{</* x */>}}`` is the ``{{< x >}}`` Hugo shows; an inline shortcode that
  carries the words it shows (``{{< glossary_tooltip text="Pods" term_id="pod" >}}``: ``text``, ``label``)
  is those words; a maths one (``katex``, ``math``) is ``$…$`` (``$$`` alone on its line or ``display``).
  Any other shortcode is dropped, named in one warning per file with its lines.
- mdBook ``{{#include file:anchor}}`` (and ``rustdoc_include``, ``playground``, with ``:3``, ``:3:10``,
  ``::10`` line ranges or an ``ANCHOR:`` name) inside a code block is the included file's lines when the file
  is inside the deck folder; they go on the directive's one line, joined by :data:`LINE_BREAK`, which the
  Markdown parser turns back into line breaks inside code (``markdown_blocks.make_parser``). A file not found,
  or an include outside a code block, is a warning naming the line and the directive is dropped;
  ``{{#title …}}`` is dropped silently; ``\\{{#include …}}`` is the literal text.

- MyST roles (``{ref}`label```, ``{term}`word```, ``{py:func}`len```) are the text Sphinx shows for them, as the
  reStructuredText reader shows ``:ref:`label``` (:mod:`compiler.sources.roles`); a MyST target line (``(cov)=``, the
  label a ``{ref}`` links to) is blank.

Code fences are left alone (a page about Hugo shows its shortcodes), except for mdBook includes, which live
in them.
"""

from __future__ import annotations

import html
import re
from pathlib import Path, PurePosixPath

from compiler import uptodate
from compiler.diagnostics import Diagnostics
from compiler.sources.base import Document
from compiler.sources.markdown_blocks import INCLUDED_BREAK, answer_label, reveal_label
from compiler.sources.roles import role_text

# stands for a line break inside one source line: included code keeps its lines, the page its line numbers
LINE_BREAK = INCLUDED_BREAK

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HUGO = re.compile(r"\{\{([<%])(/\*)?\s*(/?)\s*([\w.-]+)(.*?)\s*/?\s*(\*/)?[>%]\}\}")
_HIGHLIGHT_END = re.compile(r"\{\{[<%]\s*/\s*highlight\s*[>%]\}\}")
_LINKED = re.compile(r"\[([^\]\n]*)\]\(\s*(\{\{[<%].*?[>%]\}\})\s*\)")
_PARAM = re.compile(r"""([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)""")
# ('load': a notebook's '%load solutions/x.py' cell, written so by compiler/sources/notebook.py: T23-25)
_MDBOOK = re.compile(r"(\\?)\{\{#(include|rustdoc_include|playground|playpen|title|load)\s+([^}]*?)\s*\}\}")
_ANCHOR = re.compile(r"\bANCHOR(_END)?:\s*(\w+)")
_MAX_INCLUDE = 200_000  # characters: a listing, not a data file
# containers whose text is the content: their markers are layout (any shortcode closed later is one too)
_CONTAINERS = frozenset(
    {"notice", "hint", "tip", "note", "warning", "info", "alert", "admonition", "callout", "details", "expand", "tabs", "tab", "columns", "column", "center", "box", "panel", "quote", "blockquote", "mark", "aside"}
)

# toggles (hugo-book's and relearn's expand, Docsy's and hugo-book's details, …): titled as an answer ('Answer',
# 'Solution', 'Expand'), alone on their line, they are the answer toggle <details><summary>… as HTML writes it (T20-8)
_TOGGLES = frozenset({"expand", "details", "spoiler", "toggle", "collapse", "collapsible", "accordion", "reveal"})

# maths shortcodes (Hugo Book's katex, Docsy's math, …): their text is TeX, typeset like $…$
_MATH = frozenset({"katex", "math", "tex", "latex", "mathjax"})
# named parameters whose value is the words an inline shortcode shows ({{< glossary_tooltip text="Pods" … >}},
# {{< abbr title=… text=… >}}, {{< term label=… >}}): kept, never dropped with the shortcode
_TEXT_PARAMS = ("text", "label", "display_text", "linktext", "content")


def _markdown_text(text: str) -> str:
    """A label's words as Markdown text: its marks escaped ('C#', '*nix')."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", " ".join(text.split()))


def _params(text: str) -> tuple[dict[str, str], list[str]]:
    named: dict[str, str] = {}
    positional: list[str] = []
    for m in _PARAM.finditer(text):
        if m.group(1):
            named[m.group(1).lower()] = next(g for g in m.group(2, 3, 4) if g is not None)
        else:
            positional.append(next(g for g in m.group(5, 6, 7) if g is not None))
    return named, positional


def expand(doc: Document, content_dir: Path, diag: Diagnostics, included: set[str] | None = None) -> Document:
    """The page with its Hugo shortcodes and mdBook includes expanded (see the module's docstring);
    ``included`` gets the files it included (relative to the content folder: no "not read" warning for them)."""
    if "{{" not in doc.text and "{%" not in doc.text and "}`" not in doc.text and ")=" not in doc.text:
        return doc
    included = included if included is not None else set()
    lines = doc.text.split("\n")
    closed = {m.group(4).lower() for m in _HUGO.finditer(doc.text) if m.group(3) and not m.group(2)}
    dropped: list[tuple[int, str]] = []  # (line, the marker) for the one warning
    math: list[str] = []  # maths shortcodes open: the delimiter each closes with
    toggles: list[bool] = []  # toggle shortcodes open: whether each is written as an answer toggle
    tabs: list[list[str]] = []  # tab sets open: the names of their tabs not yet shown
    out: list[str] = []
    fence = ""
    highlight = False  # the fence was opened by {{< highlight >}}: its closing shortcode closes it
    comment = False  # inside a Liquid '{% comment %}' … '{% endcomment %}': no text
    for n, line in enumerate(lines, 1):
        if highlight and (_HIGHLIGHT_END.search(line) or _LIQUID_HIGHLIGHT_END.search(line)):
            fence, highlight = "", False
            out.append("```")
            continue
        if not fence and "{%" in line and _LIQUID.search(line):  # Jekyll's Liquid tags (trial27 T27-37)
            line, opened, comment = _liquid(line, n, dropped, comment)
            if opened:
                fence, highlight = opened, True
                out.append(line)
                continue
        elif comment:
            line = ""
        m = _FENCE.match(line)
        if m and (not fence or (m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip()[len(m.group(1)) :].strip())):
            fence = "" if fence else m.group(1)
            out.append(line)
            continue
        if not fence and _MYST_TARGET.match(line):
            out.append("")  # ('(cov)=' over '# Covariance and Correlation': a cross-reference target, no text; T62-6)
            continue
        if "{{#" in line:
            line = _mdbook(line, n, bool(fence), doc, content_dir, diag, included)
        if not fence and "}`" in line:
            line = _myst_roles(line)
        if fence and "/*" in line and "{{" in line:
            line = _HUGO.sub(_shown_comment, line)  # ('{{%/* details "Title" */%}}' in a fence: Hugo shows '{{% details "Title" %}}')
        if fence or "{{" not in line:
            out.append(line)
            continue
        line, opened = _hugo(line, n, closed, dropped, math, toggles, tabs)
        fence, highlight = (opened, True) if opened else (fence, highlight)
        out.append(line)
    if dropped:
        shown = ", ".join(f"{marker!r} (line {n})" for n, marker in dropped[:4]) + (" …" if len(dropped) > 4 else "")
        diag.warning(
            doc.rel,
            dropped[0][0],
            f"{len(dropped)} {'Liquid tag' if all(m.startswith('{%') for _, m in dropped) else 'Hugo shortcode'}"
            f"{'s' if len(dropped) > 1 else ''} deckc cannot show on a card, left out: {shown}",
            "write what it stands for as Markdown if the card needs it",
        )
    return Document(rel=doc.rel, text="\n".join(out))


# a MyST target, a label that '{ref}`cov`' links to, alone on its line over a heading or a block: '(cov)=', '(graph_theory)='
# (trial62 T62-6: "text outside any question" at line 1 of each lecture page)
_MYST_TARGET = re.compile(r"^[ \t]{0,3}\([A-Za-z0-9_][\w.:-]*\)=[ \t]*$")
# a MyST role: '{ref}`define_functions`', '{term}`closure`', '{math}`x^2`', '{py:func}`len`'
_MYST_ROLE = re.compile(r"(?<![\w`{])\{(?P<role>[A-Za-z][\w.+:-]*)\}(?P<ticks>`+)(?P<text>[^`].*?)(?P=ticks)(?!`)")


def _myst_roles(line: str) -> str:
    """A line's MyST roles as the text Sphinx shows for them (``roles.role_text``: ``{ref}`define_functions``` reads
    ``define functions``, ``{term}`closure``` ``closure``, ``{py:func}`len``` ```len()```); a role written inside a code
    span stays as written (trial47 T47-7: printed as ``{ref} define_functions``)."""
    spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)]
    out: list[str] = []
    at = 0
    for m in _MYST_ROLE.finditer(line):
        if any(a < m.start() < b for a, b in spans):
            continue  # ('`{ref}`x``': a page about MyST shows the role)
        out += [line[at : m.start()], role_text(m.group("role"), m.group("text").strip())]
        at = m.end()
    return "".join(out) + line[at:] if out else line


# Jekyll's Liquid tags: '{% highlight python linenos %}' … '{% endhighlight %}' a code fence of that language, '{% raw %}' /
# '{% endraw %}' only markers (their text kept), '[text]({% link x.md %})' its text, '{% comment %}' … '{% endcomment %}'
# no text, any other tag ('{% include ad.html %}', '{% if … %}') layout, left out and named in the warning
_LIQUID = re.compile(r"(?<!\{)\{%-?\s*(?P<name>\w+)(?P<args>.*?)-?%\}(?!\})")  # (never Hugo's '{{% x %}}')
_LIQUID_HIGHLIGHT_END = re.compile(r"\{%-?\s*endhighlight\s*-?%\}")
_LIQUID_LINKED = re.compile(r"\[([^\]\n]*)\]\(\s*\{%.*?%\}\s*\)")
_LIQUID_MARKERS = frozenset({"raw", "endraw", "endif", "endfor", "endunless", "endcapture", "else", "elsif"})
# a code span ('`I will travel on {% date %}`'): shown as written, the tag what it teaches (trial32 T32-6), but for the
# '{% raw %}' / '{% endraw %}' a Jekyll page wraps such code in
_CODE_SPAN = re.compile(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)")
_RAW_MARKER = re.compile(r"\{%-?\s*(?:end)?raw\s*-?%\}")


def _liquid(line: str, n: int, dropped: list[tuple[int, str]], comment: bool) -> tuple[str, str, bool]:
    """One line with its Liquid tags rewritten (see :data:`_LIQUID`), the fence a ``highlight`` opens, and whether a
    ``comment`` is open after it."""
    opened = ""
    line = _LIQUID_LINKED.sub(lambda m: m.group(1), line)

    def one(m: re.Match[str]) -> str:
        nonlocal opened, comment
        name = m.group("name").lower()
        if name == "highlight":
            opened = "```"
            return "```" + (m.group("args").split()[0] if m.group("args").split() else "")
        if name == "endhighlight":
            return "```"
        if name == "comment":
            comment = True
            return ""
        if name == "endcomment":
            comment = False
            return ""
        if name not in _LIQUID_MARKERS:
            dropped.append((n, m.group(0)))
        return ""

    was = comment
    new, at = "", 0
    for span in _CODE_SPAN.finditer(line):
        new += _LIQUID.sub(one, line[at : span.start()]) + _RAW_MARKER.sub("", span.group(0))
        at = span.end()
    new += _LIQUID.sub(one, line[at:])
    if was and comment:
        new = ""
    return (new if new.strip() or not line.strip() else ""), opened, comment


def _shown_comment(m: re.Match[str]) -> str:
    """A commented shortcode (``{{</* figure */>}}``, ``{{%/* details "Title" */%}}``) as Hugo shows it, in code
    too (trial52 T52-4: a page about shortcodes showed ``{{%/* details "Title" [open] */%}}`` on its card); any
    other shortcode in code stays as written."""
    if not m.group(2):
        return m.group(0)
    kind, closing, name, args = m.group(1), m.group(3), m.group(4), m.group(5)
    return "{{" + kind + " " + closing + name + args + " " + ("%" if kind == "%" else ">") + "}}"


def _hugo(
    line: str,
    n: int,
    closed: set[str],
    dropped: list[tuple[int, str]],
    math: list[str] | None = None,
    toggles: list[bool] | None = None,
    tabs: list[list[str]] | None = None,
) -> tuple[str, str]:
    """One line with its shortcodes rewritten, and the fence it opens ('```' for a highlight), if any;
    ``math`` holds the delimiters of maths shortcodes opened and not yet closed (across lines), ``toggles`` whether
    each toggle opened and not yet closed was written as an answer toggle, ``tabs`` the names not yet shown of each
    tab set opened ('tabName1="Original"' …: its tabs' labels, in order)."""
    opened = ""
    math = math if math is not None else []
    toggles = toggles if toggles is not None else []
    tabs = tabs if tabs is not None else []
    line = _LINKED.sub(lambda m: m.group(1), line)  # [text]({{< ref "page" >}}): its text

    def one(m: re.Match[str]) -> str:
        nonlocal opened
        kind, comment, closing, name, args = m.group(1), m.group(2), m.group(3), m.group(4).lower(), m.group(5)
        if comment:  # {{</* figure */>}}: Hugo shows the shortcode itself
            return "{{" + kind + " " + closing + m.group(4) + args + " " + ("%" if kind == "%" else ">") + "}}"
        named, positional = _params(args)
        if name == "highlight":
            if closing:
                return "```"
            opened = "```"
            return "```" + (positional[0] if positional else "")
        if name in _MATH:  # {{< katex >}}\alpha{{< /katex >}}: maths, as $…$ (display: $$…$$)
            if not closing:
                math.append("$$" if "display" in positional or named.get("display") in ("true", "") or not line.replace(m.group(0), "").strip() else "$")
                return math[-1]
            return math.pop() if math else ""
        if name in _TOGGLES and name in closed and line.strip() == m.group(0):
            if closing:
                return "</details>" if toggles and toggles.pop() else ""
            title = named.get("title") or named.get("summary") or (positional[0] if positional else "") or "Answer"
            # (titled with a question, '{{% details "Which Hugo version does the theme need?" %}}', it is that
            # question's toggle, as '<details><summary>…?</summary>' is: trial52 T52-4, the question was lost)
            toggles.append(answer_label(title) or reveal_label(title) or title.rstrip().endswith(("?", "？")))
            return f"<details><summary>{html.escape(title, quote=False)}</summary>" if toggles[-1] else ""
        if name == "tabs":  # a tab set names its tabs ('tabName1="Original" tabName2="Using Dynamic Dependencies"')
            if closing:
                del tabs[-1:]
                return ""
            tabs.append([named[f"tabname{k}"] for k in range(1, 100) if named.get(f"tabname{k}", "").strip()])
            return ""
        if name == "tab" and not closing and line.strip() == m.group(0):
            # a tab's label over its content, never lost (trial49 T49-6: Poetry's FAQ showed three TOML files, one
            # after the other, that its text calls 'the second tab')
            title = named.get("title") or named.get("name") or named.get("label") or (positional[0] if positional else "")
            title = title or (tabs[-1].pop(0) if tabs and tabs[-1] else "")
            return f"**{_markdown_text(title)}**" if title.strip() else ""
        if closing or name in _CONTAINERS or name in closed:
            return ""
        shown = next((named[k] for k in _TEXT_PARAMS if named.get(k, "").strip()), None)
        if shown is not None:  # {{< glossary_tooltip text="Pods" term_id="pod" >}}: the words the page shows
            return shown
        if name == "figure" and named.get("src"):
            alt = named.get("alt") or named.get("title") or named.get("caption") or ""
            caption = named.get("caption", "")
            image = f"![{alt}](<{named['src']}>)"
            return image + (f" {caption}" if caption and caption != alt else "")
        if name == "youtube" and (named.get("id") or positional):
            return f"[YouTube video](https://www.youtube.com/watch?v={named.get('id') or positional[0]})"
        if name == "gist" and len(positional) >= 2:
            return f"[gist](https://gist.github.com/{positional[0]}/{positional[1]})"
        dropped.append((n, m.group(0)))
        return ""

    new = _HUGO.sub(one, line)
    return (new if new.strip() or not line.strip() else ""), opened


def _mdbook(line: str, n: int, in_code: bool, doc: Document, content_dir: Path, diag: Diagnostics, included: set[str]) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group(1):  # \{{#include …}}: the literal text
            return m.group(0)[1:]
        kind, arg = m.group(2), m.group(3)
        if kind == "title":
            return ""
        if not in_code:
            diag.warning(
                doc.rel,
                n,
                f"an mdBook {{{{#{kind} …}}}} outside a code block is left out",
                "put it in a code fence (```) to show the file's lines on the card, or paste the text it stands for",
                group="mdbook-include",
            )
            return ""
        text, why = _included(arg, doc, content_dir, included)
        if text is None and kind == "load":
            diag.warning(doc.rel, n, f"the cell '%load {arg}' loads a file: {why}; the cell shows nothing", "put the file in the deck folder, where the notebook's path to it points", group="notebook-load")
            return ""
        if text is None:
            diag.warning(doc.rel, n, f"{{{{#{kind} {arg}}}}}: {why}; left out", "put the file in the deck folder, beside the page", group="mdbook-include")
            return ""
        return LINE_BREAK.join(text)

    new = _MDBOOK.sub(one, line)
    return new if new.strip() or not line.strip() else ""


def _included(arg: str, doc: Document, content_dir: Path, included: set[str]) -> tuple[list[str] | None, str]:
    """The lines an include names (path, then ':anchor', ':3', ':3:10', ':3:' or '::10'), or None and why."""
    path, _, spec = arg.strip().partition(":")
    base = (content_dir / PurePosixPath(doc.rel).parent).resolve()
    target = (base / path).resolve()
    uptodate.note(target)
    try:
        target.relative_to(content_dir.resolve())
    except ValueError:
        return None, f"{path!r} is outside the deck folder"
    try:
        text = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None, f"{path!r} not found" if not target.is_file() else f"{path!r} is not a UTF-8 text file"
    included.add(target.relative_to(content_dir.resolve()).as_posix())
    if len(text) > _MAX_INCLUDE:
        return None, f"{path!r} is {len(text):,} characters long, more than a card shows"
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and not lines[-1]:
        lines.pop()
    if spec and not re.fullmatch(r"\d*(:\d*)?", spec):  # an anchor
        inside, found, part = False, False, []
        for line in lines:
            a = _ANCHOR.search(line)
            if a and a.group(2) == spec:
                inside, found = not a.group(1), True
                continue
            if inside and not _ANCHOR.search(line):
                part.append(line)
        if not found:
            return None, f"no 'ANCHOR: {spec}' in {path!r}"
        return _dedent(part), ""
    if spec:
        start, _, end = spec.partition(":")
        if ":" not in spec:  # ':3' is line 3 alone
            end = start
        lines = lines[(int(start) - 1 if start else 0) : (int(end) if end else None)]
    return _dedent([line for line in lines if not _ANCHOR.search(line)]), ""


def _dedent(lines: list[str]) -> list[str]:
    """An anchor's lines without the indentation they share (mdBook does the same)."""
    widths = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(widths, default=0)
    return [line[cut:] for line in lines]
