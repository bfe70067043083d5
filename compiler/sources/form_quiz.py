"""A page's self-check written as an HTML form: each question a ``<fieldset>`` whose ``<legend>`` asks it, its options
radio buttons (or checkboxes) with their labels, read as a question over its options (trial25 T25-46: "cannot tell
this document's layout", no card)::

    <fieldset class="question" data-answer="b">
      <legend>1. Which layer of the OSI model does a router work at?</legend>
      <label><input type="radio" name="q1" value="a"> Data link</label><br>
      <label><input type="radio" name="q1" value="b"> Network</label><br> …
    </fieldset>

The right options are those the page's key names: the fieldset's ``data-answer`` (``data-correct``, ``data-key``,
``data-solution``: an input's value, an option's letter or number, or its text; several apart by commas), or an
input marked ``data-correct="true"`` (or a class or attribute saying correct). With none, the options stay unticked
and the reader says so at the question ("none marked correct"), where the user can add the key. A ``checked`` input
is the state the page was saved in, never a key.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

_KEY_ATTRS = ("data-answer", "data-correct", "data-key", "data-solution", "data-right", "data-answers")
_TRUE = frozenset(("true", "1", "yes", "correct", "right"))
_RIGHT_CLASS = re.compile(r"(?:^|[-_])(?:correct|right|answer|key)$", re.I)
MIN_OPTIONS = 2


def _options(fieldset: Tag) -> list[tuple[Tag, str]]:
    """(input, its label's text) of each radio button or checkbox of the fieldset, in order."""
    found = []
    for box in fieldset.find_all("input", attrs={"type": re.compile(r"^(?:radio|checkbox)$", re.I)}):
        label = box.find_parent("label")
        if label is None and box.get("id"):
            label = fieldset.find("label", attrs={"for": box["id"]})
        text = " ".join(label.get_text(" ").split()) if label is not None else ""
        if not text:  # (an input and its text side by side: the text up to the next input or break)
            parts = []
            for node in box.next_siblings:
                if isinstance(node, Tag) and (node.name in ("input", "br", "fieldset") or node.find("input")):
                    break
                parts.append(node.get_text(" ") if isinstance(node, Tag) else str(node))
            text = " ".join("".join(parts).split())
        found.append((box, text))
    return found


def _said_right(box: Tag) -> bool:
    """Whether an input itself says it is the right option (``data-correct="true"``, ``class="correct"``)."""
    for name in _KEY_ATTRS:
        if str(box.get(name, "")).strip().lower() in _TRUE:
            return True
    classes = box.get("class") or []
    return any(_RIGHT_CLASS.search(str(c)) and not str(c).lower().startswith(("in", "not", "wrong")) for c in classes)


def _keyed(fieldset: Tag, options: list[tuple[Tag, str]]) -> list[bool]:
    """Which options the fieldset's key names (by value, letter, number or text), else those marked right themselves."""
    key = next((str(fieldset[name]).strip() for name in _KEY_ATTRS if fieldset.has_attr(name) and str(fieldset[name]).strip()), "")
    marks = [False] * len(options)
    for part in (p.strip() for p in re.split(r"\s*[,;|]\s*", key) if p.strip()) if key else ():
        for n, (box, text) in enumerate(options):
            letter = "abcdefghij"[n] if n < 10 else ""
            if part.lower() in (str(box.get("value", "")).lower(), letter) or part == str(n + 1) or part.casefold() == text.casefold():
                marks[n] = True
                break
    return marks if any(marks) else [_said_right(box) for box, _ in options]


def _question(holder: Tag, asking: Tag, asked: str, options: list[tuple[Tag, str]], depth: int) -> Tag:
    """What replaces a question's element: its question as a heading (at ``asking``'s line) over a task list of its
    options, the right ones (:func:`_keyed`) ticked."""
    soup = BeautifulSoup("", "html.parser")
    made = soup.new_tag("div", sourceline=holder.sourceline)
    heading = soup.new_tag(f"h{min(depth + 1, 6)}", sourceline=asking.sourceline)
    heading.string = asked
    made.append(heading)
    listing = soup.new_tag("ul", attrs={"data-deckc-options": ""}, sourceline=holder.sourceline)
    for (box, text), ok in zip(options, _keyed(holder, options), strict=True):
        item = soup.new_tag("li", sourceline=box.sourceline)
        item.string = ("[x] " if ok else "[ ] ") + text
        listing.append(item)
    made.append(listing)
    return made


def form_quizzes(root: Tag) -> None:
    """Rewrite, in place, each fieldset that asks a question over two or more radio buttons or checkboxes as its question
    (a heading) over a task list of its options, the right ones ticked (see the module)."""
    depth = max((int(h.name[1]) for h in root.find_all(re.compile(r"^h[1-5]$"))), default=1)
    for fieldset in root.find_all("fieldset"):
        if fieldset.find("fieldset") is not None:
            continue  # (a fieldset of fieldsets: its inner ones are the questions)
        legend = fieldset.find("legend")
        options = _options(fieldset)
        asked = " ".join(legend.get_text(" ").split()) if legend is not None else ""
        if not asked or len(options) < MIN_OPTIONS or not all(text for _, text in options):
            continue
        fieldset.replace_with(_question(fieldset, legend if legend is not None else fieldset, asked, options, depth))
    _named_groups(root, depth)
    for form in root.find_all("form"):
        if form.find(attrs={"data-deckc-options": True}) is not None:
            for button in form.find_all(["button", "input"]):
                button.decompose()  # ('Check answers': the form's own controls, no text of a card)
            form.unwrap()


_ASKING_TAGS = ("p", "legend", "h1", "h2", "h3", "h4", "h5", "h6", "span", "div", "label", "strong", "b", "td", "th")
ASKED_CHARS = 400  # a question set before its options this long at most (longer text is the page's prose)


def _named_groups(root: Tag, depth: int) -> None:
    """The same rewrite for radio buttons grouped by their ``name`` rather than a fieldset (``<div class="question">`` /
    ``<p>1. What does HTML stand for?</p>`` / ``<label><input type="radio" name="q1"> …</label>`` …; sitting 43: such a
    quiz page gave "its 1 heading has nothing under it", every question gone with the form): the smallest element
    holding all of a group's buttons and no other input is the question, its text before the first button (or, with
    none, the element right before it) what it asks."""
    groups: dict[str, list[Tag]] = {}
    for box in root.find_all("input", attrs={"type": re.compile(r"^(?:radio|checkbox)$", re.I), "name": True}):
        if box.find_parent("fieldset") is None and box.find_parent(attrs={"data-deckc-options": True}) is None:
            groups.setdefault(str(box["name"]), []).append(box)
    for boxes in groups.values():
        if len(boxes) < MIN_OPTIONS:
            continue
        holder = boxes[0].parent
        while holder is not None and holder is not root and not all(holder in box.parents for box in boxes[1:]):
            holder = holder.parent
        if holder is None or holder is root or len(holder.find_all("input", attrs={"type": re.compile(r"^(?:radio|checkbox)$", re.I)})) != len(boxes):
            continue
        asked, above = _asked_before(holder, boxes[0])
        options = _options(holder)
        if not asked or len(options) != len(boxes) or not all(text for _, text in options):
            continue
        made = _question(holder, above if above is not None else holder, asked, options, depth)
        if above is not None and above is not holder:
            above.decompose()
        holder.replace_with(made)


def _asked_before(holder: Tag, first: Tag) -> tuple[str, Tag | None]:
    """(what the question asks, the element holding it) for options in ``holder`` whose first button is ``first``: the
    holder's text before that button's label, else the element right before the holder; ('', None) if neither asks."""
    start = first.find_parent("label") or first
    words: list[str] = []
    for node in holder.descendants:
        if node is start:
            break
        if isinstance(node, str) and start not in getattr(node, "parents", ()):
            words.append(str(node))
    asked = " ".join(" ".join(words).split())
    if asked and len(asked) <= ASKED_CHARS:
        return asked, holder
    before = holder.find_previous_sibling()
    if isinstance(before, Tag) and before.name in _ASKING_TAGS and before.find("input") is None:
        text = " ".join(before.get_text(" ").split())
        if text and len(text) <= ASKED_CHARS:
            return text, before
    return "", None
