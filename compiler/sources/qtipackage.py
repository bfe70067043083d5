"""A QTI content package (``.zip``: ``imsmanifest.xml`` beside the quiz's XML files), read as its questions
(trial17 T17-19).

Quiz tools export and import a quiz as an IMS content package: QTI 2.1/2.2 (TAO, Inspera, ONYX, Moodle's QTI 2
export, Sowiso …) put one ``<assessmentItem>`` per XML file and an ``<assessmentTest>`` naming them in order; QTI 3.0
writes the same in kebab case; Canvas' "Export quiz" puts its QTI 1.2 ``<questestinterop>`` file in a folder of its
own. The zip was "not read" (".zip is not a document type"), and the one answer was to unzip it and find the items.

Each XML file whose root is a quiz deckc reads (:func:`compiler.sources.moodlexml.convert_moodle`: QTI 1.2, QTI 2/3
items, Moodle XML) is read as that file is, in the test's order (its ``assessmentItemRef`` hrefs), then the
manifest's, then by name; the titles of a test's sections (two or more) are sections. The manifest, the test and any
other XML (Canvas' ``assessment_meta.xml``) are no questions. Every line of the result maps to line 1 of the zip, its
place the file inside it and that file's line (``items/q3.xml, line 12``); what an item file leaves out is a warning
there. A zip holding no quiz is "not read" with a warning when deck.toml does not name it.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

MEMBER_MAX = 20_000_000  # bytes: a larger XML file inside the zip is no quiz item (and would be read whole)
_QUIZ_ROOTS = ("assessmentItem", "qti-assessment-item", "questestinterop", "quiz", "question_categories")
_ROOT = re.compile(r"<(?:[\w.-]+:)?(?P<tag>[\w.-]+)[\s/>]")
_NOT_READ_HINT = (
    "deckc reads a zip that is a QTI package (imsmanifest.xml beside QTI 1.2 / 2.x / 3.0 quiz files, as Canvas, "
    "Moodle, TAO and other quiz tools export them); unzip any other archive and put its documents into sources/"
)


def package_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The package's questions as the Markdown its quiz files convert to, one after the other."""
    from compiler.sources.moodlexml import convert_moodle

    uptodate.note(path)
    try:
        with zipfile.ZipFile(path) as z:
            members = {i.filename: i for i in z.infolist() if not i.is_dir()}
            texts = {name: _text(z, info) for name, info in members.items() if name.lower().endswith(".xml") and info.file_size <= MEMBER_MAX}
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise ContentError([Diagnostic(rel, None, f"not read: a .zip deckc cannot open ({exc})", _NOT_READ_HINT, group=NOT_A_DOCUMENT)]) from None
    roots = {name: _root_tag(text) for name, text in texts.items() if text is not None}
    quizzes = [name for name, tag in roots.items() if tag in _QUIZ_ROOTS]
    if not quizzes:
        raise ContentError([Diagnostic(rel, None, "not read: a zip archive holding no quiz deckc reads", _NOT_READ_HINT, group=NOT_A_DOCUMENT)])
    sections: dict[str, str] = {}
    order = [*_test_order(texts, roots, sections), *_manifest_order(texts, roots), *sorted(quizzes)]
    out: list[str] = []
    places: list[str] = []
    warnings: list[Diagnostic] = []
    section = ""
    for name in dict.fromkeys(n for n in order if n in quizzes):
        try:
            made = convert_moodle(texts[name] or "", rel)
        except ContentError as exc:
            warnings += [_inside(d, name) for d in exc.diagnostics]
            continue
        warnings += [_inside(d, name) for d in made.warnings]
        if sections.get(name, section) != section:
            section = sections[name]
            out += [f"## {section}", ""]
            places += [name, name]
        lines = made.text.rstrip("\n").split("\n")
        out += [*lines, ""]
        places += [f"{name}, line {made.origin[min(k, len(made.origin) - 1)]}" if made.origin else name for k in range(len(lines))] + [name]
    if not out:
        first = warnings[0] if warnings else None
        raise ContentError(
            [dataclasses.replace(first, severity="error", group=NOT_A_DOCUMENT)] if first
            else [Diagnostic(rel, None, "not read: a QTI package with no question deckc reads", _NOT_READ_HINT, group=NOT_A_DOCUMENT)]
        )  # fmt: skip
    return Converted("\n".join(out) + "\n", tuple(1 for _ in out), tuple(places), tuple(warnings))


def _text(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> str | None:
    """A member's XML text (UTF-8, or the encoding its declaration names), None when it cannot be read."""
    try:
        data = z.read(info)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, KeyError, EOFError):
        return None
    declared = re.match(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.-]+)", data)
    for encoding in ("utf-8-sig", declared.group(1).decode() if declared else "utf-8", "latin-1"):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _root_tag(text: str) -> str:
    """The local name of an XML text's root element ('' when there is none)."""
    body = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", text[:20_000], flags=re.S)
    m = _ROOT.search(body)
    return m.group("tag") if m else ""


def _parsed(text: str | None) -> ElementTree.Element | None:
    try:
        return ElementTree.fromstring(text.encode("utf-8")) if text else None
    except ElementTree.ParseError:
        return None


def _local(tag: object) -> str:
    return str(tag).split("}", 1)[-1]


def _joined(base: str, href: str) -> str:
    """A file named by ``href`` relative to the file ``base`` (the zip's names use '/')."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), href.split("#", 1)[0])).lstrip("./") if href else ""


def _test_order(texts: dict[str, str | None], roots: dict[str, str], sections: dict[str, str]) -> list[str]:
    """The item files the package's tests name, in order; ``sections`` gets each one's section title when a test has
    two or more titled sections."""
    order: list[str] = []
    for name in sorted(n for n, tag in roots.items() if tag in ("assessmentTest", "qti-assessment-test")):
        root = _parsed(texts[name])
        if root is None:
            continue
        titled = [s for s in root.iter() if _local(s.tag) in ("assessmentSection", "qti-assessment-section") and (s.get("title") or "").strip()]
        for section in root.iter():
            if _local(section.tag) not in ("assessmentSection", "qti-assessment-section"):
                continue
            for ref in section:
                if _local(ref.tag) in ("assessmentItemRef", "qti-assessment-item-ref") and (member := _joined(name, ref.get("href") or "")):
                    order.append(member)
                    if len(titled) > 1 and (section.get("title") or "").strip():
                        sections.setdefault(member, " ".join((section.get("title") or "").split()))
    return order


def _manifest_order(texts: dict[str, str | None], roots: dict[str, str]) -> list[str]:
    """The files the package's manifests name (each resource's href, then its files), in order."""
    order: list[str] = []
    for name in sorted((n for n, tag in roots.items() if tag == "manifest"), key=lambda n: (n.count("/"), n)):
        root = _parsed(texts[name])
        if root is None:
            continue
        for resource in root.iter():
            if _local(resource.tag) != "resource":
                continue
            hrefs = [resource.get("href") or "", *(f.get("href") or "" for f in resource if _local(f.tag) == "file")]
            order += [_joined(name, h) for h in hrefs if h]
    return order


def _inside(d: Diagnostic, name: str) -> Diagnostic:
    """A message about a file inside the zip, at line 1 of the zip, its place that file's line."""
    where = f"{name}, line {d.line}" if d.line else name
    group = "qti-item-not-read" if d.group == NOT_A_DOCUMENT else d.group
    return dataclasses.replace(d, line=1, place=where, severity="warning", group=group)
