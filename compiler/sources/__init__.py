"""Layout readers, all producing :class:`~compiler.model.Item`.

Bespoke readers (one module each) read the seed layouts that need code; the
``pattern`` reader reads every declarative layout: the presets of
:mod:`compiler.layouts` (``qa``, ``numbered``, ``essential``) and a source's
own ``[source.pattern]`` table.  Readers are siblings: none imports another;
what they share lives in ``lines``, ``blocks``, ``choices``, ``difficulty``,
``markdown_blocks`` and ``ankifields`` (Anki's note fields, for both readers of Anki exports).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from compiler.layouts import DECLARATIVE
from compiler.sources.base import Document, Reader
from compiler.sources.detect import Detection, detect

#: bespoke layout -> (module under compiler.sources, reader class); declarative layouts share PatternReader
BESPOKE: dict[str, tuple[str, str]] = {
    "grill": ("grill", "GrillReader"),
    "sectioned": ("sectioned", "SectionedReader"),
    "lesson": ("lesson", "LessonReader"),
    "article": ("article", "ArticleReader"),
    "markdown": ("markdown", "MarkdownReader"),
    "delimited": ("delimited", "DelimitedReader"),
    "freecodecamp": ("fcc", "FccReader"),
    "note": ("note", "NoteReader"),
    "task": ("task", "TaskReader"),
    "apkg": ("apkg", "ApkgReader"),
}


class _Readers(Mapping[str, Reader]):
    """Layout name -> reader, each reader's module imported when it is first used.

    A rebuild whose documents all come from the item cache names layouts but reads
    nothing: it imports no reader (their regular expressions and markdown-it were
    0.1 s of such a build).
    """

    def __init__(self) -> None:
        self._made: dict[str, Reader] = {}

    def __getitem__(self, name: str) -> Reader:
        key = "pattern" if name in DECLARATIVE else name  # one PatternReader reads every declarative layout
        if key not in self._made:
            from importlib import import_module

            module, cls = ("pattern", "PatternReader") if key == "pattern" else BESPOKE[name]
            self._made[key] = getattr(import_module(f"compiler.sources.{module}"), cls)()
        return self._made[key]

    def __iter__(self) -> Iterator[str]:
        return iter([*BESPOKE, *sorted(DECLARATIVE)])

    def __len__(self) -> int:
        return len(BESPOKE) + len(DECLARATIVE)

    def __contains__(self, name: object) -> bool:
        return name in BESPOKE or name in DECLARATIVE


READERS = _Readers()


def readers() -> Mapping[str, Reader]:
    return READERS


def detect_layout(doc: Document, threshold: float = 0.5) -> Detection | None:
    """The layout that fits the document best (see :mod:`compiler.sources.detect`), or None."""
    bespoke = {name: r.detect for name, r in readers().items() if name not in DECLARATIVE}
    return detect(doc, bespoke, threshold)
