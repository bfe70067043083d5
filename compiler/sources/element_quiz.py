"""Quiz questions written as custom HTML elements whose options carry a ``correct`` attribute, read as multiple choice
(trial18 T18-4).

PrairieLearn writes each question as a ``question.html`` of its own elements::

    <pl-question-panel>What is the capital of Illinois?</pl-question-panel>
    <pl-multiple-choice answers-name="il-capital">
      <pl-answer correct="true">Springfield</pl-answer>
      <pl-answer>Champaign</pl-answer>
    </pl-multiple-choice>

Read as a page, that was one Basic card fronted by the file's name with every option on the back. The rule is by
shape, not by these names: a custom element (a name with '-') holding two or more options — its child elements of one
name, some with a ``correct`` attribute — is a question, its options those children (right: ``correct`` true, ``1``,
``yes`` or bare), its text the page's text before it (since the question before: ``pl-question-panel``); a checkbox
group with several right ones asks for several. The text after the last question stays under it (its explanation).
A question whose text or options a program fills in (``{{params.t_c}}``, Mustache) has no fixed values to learn: it
is left out with a warning at its line.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

_RIGHT = frozenset({"true", "1", "yes", "correct", "right", ""})
_FILLED = re.compile(r"\{\{\s*[\w.]+\s*\}\}")  # a Mustache value a program fills in: '{{params.m}}'
_ASKS = ("?", "？", ":", "：")


def _options(tag: Tag) -> list[Tag]:
    """A custom element's options: its child elements of the name its ``correct``-marked children have ([] if none)."""
    children = [c for c in tag.find_all(True, recursive=False)]
    names = {c.name for c in children if c.has_attr("correct")}
    return [c for c in children if c.name in names] if len(names) == 1 else []


def _text(tag: Tag | NavigableString) -> str:
    return " ".join((tag.get_text(" ") if isinstance(tag, Tag) else str(tag)).split())


def _lines(tag: Tag | NavigableString) -> list[str]:
    """An element's text as lines: each paragraph (or the element's own text) a line."""
    if isinstance(tag, NavigableString):
        return [_text(tag)] if _text(tag) else []
    blocks = tag.find_all(["p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6"])
    if not blocks:
        return [_text(tag)] if _text(tag) else []
    return [t for b in blocks if not b.find(["p", "li", "div"]) and (t := _text(b))]


def element_quizzes(root: Tag) -> list[tuple[int | None, str, str]]:
    """Rewrite, in place, each custom-element question as a heading over a task list (the right options ticked);
    returns the (line, message, hint) of each question left out."""
    groups = [t for t in root.find_all(lambda t: "-" in t.name and len(_options(t)) >= 2)]
    ids = {id(g) for g in groups}
    groups = [g for g in groups if not any(id(p) in ids for p in g.parents)]
    said: list[tuple[int | None, str, str]] = []
    stops = {id(g) for g in groups}  # (a question's text is what stands before it since the question before)
    for group in groups:
        options = _options(group)
        if not any(o.has_attr("correct") and str(o.get("correct")).strip().lower() in _RIGHT for o in options):
            continue
        before: list[Tag | NavigableString] = []
        node = group.previous_sibling
        while node is not None and not (isinstance(node, Tag) and (id(node) in stops or any(id(g) in stops for g in node.find_all(True)))):
            before.insert(0, node)
            node = node.previous_sibling
        lines = [line for b in before for line in _lines(b)]
        shown = [_text(o) for o in options]
        filled = sorted({m.group(0) for t in [*lines, *shown] for m in _FILLED.finditer(t)})
        if filled:
            said.append((group.sourceline, f"a question whose values a program fills in ({', '.join(filled[:3])}): no fixed values "
                         "to learn, left out", "write the question with one set of its values by hand if you want its card"))  # fmt: skip
            for b in before:
                b.extract()
            group.decompose()
            continue
        if not lines:
            continue
        soup = BeautifulSoup("", "html.parser")
        line = next((b.sourceline for b in before if isinstance(b, Tag) and b.sourceline), group.sourceline)
        holder = soup.new_tag("div", sourceline=line)
        q = max((k for k, t in enumerate(lines) if t.endswith(_ASKS)), default=len(lines) - 1)
        heading = soup.new_tag("h3", sourceline=line)
        heading.string = lines[q]
        holder.append(heading)
        for k, t in enumerate(lines):
            if k != q:
                para = soup.new_tag("p", sourceline=line)
                para.string = t
                holder.append(para)
        listing = soup.new_tag("ul", attrs={"data-deckc-options": ""}, sourceline=group.sourceline)
        for option, text in zip(options, shown, strict=True):
            item = soup.new_tag("li", sourceline=option.sourceline or group.sourceline)
            right = option.has_attr("correct") and str(option.get("correct")).strip().lower() in _RIGHT
            item.string = ("[x] " if right else "[ ] ") + text
            listing.append(item)
        holder.append(listing)
        for b in before:
            b.extract()
        group.replace_with(holder)
        stops.add(id(holder))
    return said
