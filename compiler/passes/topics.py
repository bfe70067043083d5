"""Topics pass: give every note the cross-source topics it belongs to.

The same subject lives in differently named sections ("D. Dropout",
"Dropout & Regularization — 15 Interview Questions", a "Dropout" heading).
``content/topics.toml`` maps each topic to section names and keywords::

    [[topic]]
    name = "dropout"
    sections = ["grill::D. Dropout", "Dropout & Regularization"]   # "source::heading" or any source's heading
    keywords = ["dropout", "dropconnect", "drop path"]              # whole words in a note's questions
    sources = ["my-notes"]                                          # every item of these sources

A note belongs to a topic when one of its items sits under a listed section
(any level of its heading path), comes from a listed source, or one of its
questions names a keyword.
It gets ``Note.topics`` (in topic-map order) and ``deckc::topic::<topic>``
tags, and ``Note.topic``, the one topic it is filed under on the cheat sheet
(see :func:`home_topics`).  Notes with no topic are one warning per source
file, with their places and the ``[[topic]]`` tables that would file them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from compiler.diagnostics import Diagnostics
from compiler.model import Item, Note, normalize_text
from compiler.passes.tag import PREFIX, tag_part
from compiler.tomlfile import read_toml, validate

TOPICS_NAME = "topics.toml"


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    sections: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)  # source ids: all their items belong to the topic


class TopicMap(BaseModel):
    model_config = ConfigDict(extra="forbid")

    topic: list[Topic] = Field(default_factory=list)


def load(content_dir: Path, diag: Diagnostics) -> TopicMap | None:
    """The topic map, or None when content/ has no topics.toml (then notes get no topics and no warnings)."""
    toml = read_toml(content_dir / TOPICS_NAME, TOPICS_NAME, diag)
    if toml is None:
        return None
    return validate(TopicMap, toml.data, toml, diag, "see docs/content.md, 'Topics'")


def _item_keys(item: Item, *, whole_source: bool = True) -> set[str]:
    """The keys a topic's ``sections`` (and, with ``whole_source``, its ``sources``) match an item by:
    each heading alone and under its source, and "source::" for the whole source."""
    headings = [normalize_text(h) for h in item.section]
    keys = {*headings, *(f"{item.source}::{h}" for h in headings)}
    return keys | {f"{item.source}::"} if whole_source else keys


def _section_keys(note: Note) -> set[str]:
    return set().union(*(_item_keys(item) for item in note.items))


class _Matcher:
    """One topic's section keys and keywords, normalized and compiled once per build, not once per note."""

    def __init__(self, topic: Topic) -> None:
        self.name = topic.name
        self.sections: set[str] = set()
        for s in topic.sections:
            src, _, heading = s.rpartition("::")
            self.sections.add(f"{src}::{normalize_text(heading)}" if src else normalize_text(heading))
        words = "|".join(re.escape(normalize_text(k)) for k in topic.keywords)
        # one alternation finds a match exactly when one of the keywords does (same boundaries)
        self.keywords = re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])") if topic.keywords else None
        self.sources = {f"{s}::" for s in topic.sources}  # matched like a section key: "source::"

    def matches(self, sections: set[str], questions: str) -> bool:
        return (
            bool(sections & self.sections)
            or bool(sections & self.sources)
            or bool(self.keywords and self.keywords.search(questions))
        )


def topics_for(note: Note, matchers: list[_Matcher]) -> list[str]:
    sections = _section_keys(note)
    questions = " | ".join(normalize_text(i.question) for i in note.items)
    return [m.name for m in matchers if m.matches(sections, questions)]


def _evidence(note: Note, matcher: _Matcher) -> int:
    """How directly a topic describes a note: 0 its front item's own section, 1 a keyword in its
    front question, 2 another item's section, 3 only a keyword in another item's question."""
    primary = note.primary
    if matcher.matches(_item_keys(primary), ""):
        return 0
    if matcher.matches(set(), normalize_text(primary.question)):
        return 1
    return 2 if matcher.matches(_section_keys(note), "") else 3


def _support(note: Note, matcher: _Matcher) -> int:
    """How many of a merged note's items belong to a topic (by their own section or question)."""
    count = 0
    for item in note.items:
        if matcher.matches(_item_keys(item, whole_source=False), normalize_text(item.question)):
            count += 1
    return count


def home_topics(notes: list[Note], matchers: list[_Matcher]) -> None:
    """File each note under one of its topics: the one most of its items belong to (a merged
    note asked by five documents goes where most of them file it), then the most direct evidence
    (its front item's section, then a keyword in its front question, …), then the most specific
    topic (held by the fewest notes), then topic-map order.  "How does early stopping reduce
    overfitting?", fronted by an item of an overfitting section, goes to early-stopping, where
    its four other sources ask it; "What is label smoothing? Why does it regularize?" goes to
    label-smoothing, not to the thirty-note regularization topic; "In the bias-variance
    tradeoff, what is irreducible noise?" stays with its section's topic although it says "noise"."""
    by_name = {m.name: m for m in matchers}
    sizes: dict[str, int] = {}
    for note in notes:
        for name in note.topics:
            sizes[name] = sizes.get(name, 0) + 1
    for note in notes:
        note.topic = min(
            note.topics,
            key=lambda name: (
                -_support(note, by_name[name]),
                _evidence(note, by_name[name]),
                sizes[name],
                note.topics.index(name),
            ),
            default=None,
        )


def run(notes: list[Note], topic_map: TopicMap | None, diag: Diagnostics) -> list[Note]:
    if topic_map is None:
        return notes
    matchers = [_Matcher(t) for t in topic_map.topic]
    for note in notes:
        note.topics = topics_for(note, matchers)
        note.tags = sorted(set(note.tags) | {f"{PREFIX}::topic::{tag_part(t)}" for t in note.topics})
    _report_topicless([n for n in notes if not n.topics], {t.name for t in topic_map.topic}, diag)
    home_topics(notes, matchers)
    return notes


def _report_topicless(notes: list[Note], names: set[str], diag: Diagnostics) -> None:
    """One warning per source file for its notes without a topic (a count and the first places come
    from the grouping), with the ``[[topic]]`` tables to paste: one per top-level section of those
    notes, or one for the whole source when some of them sit under no heading."""
    by_file: dict[str, list[Note]] = {}
    for note in notes:
        by_file.setdefault(note.primary.locator.file, []).append(note)
    taken = set(names)
    for file, group in by_file.items():
        snippet = _suggested_topics(group, taken)
        for note in group:
            loc = note.primary.locator
            diag.warning(
                loc.file,
                loc.line,
                "a note of this file has no topic" if len(group) > 1 else f"note {note.id!r} has no topic",
                f"paste the [[topic]] table{'s' if snippet.count('[[topic]]') > 1 else ''} below into {TOPICS_NAME}, "
                "or add a keyword of the questions to an existing [[topic]]; "
                "a note without a topic is filed under 'Other topics' on the cheat sheet",
                group=f"no-topic::{file}",
                snippet=snippet,
            )


def _suggested_topics(notes: list[Note], taken: set[str]) -> str:
    """``[[topic]]`` tables for these notes: one per top-level section, else one for their source."""
    def fresh(name: str) -> str:
        base, n = name or "topic", 1
        while name in taken or not name:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        return name

    tables: list[str] = []
    if all(note.primary.section for note in notes):
        seen: dict[tuple[str, str], None] = {}
        for note in notes:
            seen.setdefault((note.primary.source, note.primary.section[0]), None)
        for source, heading in seen:
            key = json.dumps(f"{source}::{heading}", ensure_ascii=False)  # a TOML basic string
            tables.append(f'[[topic]]\nname = "{fresh(tag_part(heading))}"\nsections = [{key}]')
    else:
        for source in dict.fromkeys(note.primary.source for note in notes):
            tables.append(f'[[topic]]\nname = "{fresh(tag_part(source))}"\nsources = [{json.dumps(source)}]')
    return "\n\n".join(tables)
