"""Layout readers, all producing :class:`~compiler.model.Item`.

Bespoke readers (one module each) read the seed layouts that need code; the
``pattern`` reader reads every declarative layout: the presets of
:mod:`compiler.layouts` (``qa``, ``numbered``, ``essential``) and a source's
own ``[source.pattern]`` table.  Readers are siblings: none imports another;
what they share lives in ``lines``, ``blocks``, ``choices``, ``difficulty`` and
``markdown_blocks``.
"""

from __future__ import annotations

from compiler.layouts import DECLARATIVE
from compiler.sources.base import Document, Reader
from compiler.sources.detect import Detection, detect

READERS: dict[str, Reader] = {}


def _register() -> None:
    from compiler.sources.article import ArticleReader
    from compiler.sources.delimited import DelimitedReader
    from compiler.sources.grill import GrillReader
    from compiler.sources.lesson import LessonReader
    from compiler.sources.markdown import MarkdownReader
    from compiler.sources.pattern import PatternReader
    from compiler.sources.sectioned import SectionedReader

    for reader in (GrillReader(), SectionedReader(), LessonReader(), ArticleReader(), MarkdownReader(), DelimitedReader()):
        READERS[reader.layout] = reader
    pattern = PatternReader()
    for name in sorted(DECLARATIVE):
        READERS[name] = pattern


def readers() -> dict[str, Reader]:
    if not READERS:
        _register()
    return READERS


def detect_layout(doc: Document, threshold: float = 0.5) -> Detection | None:
    """The layout that fits the document best (see :mod:`compiler.sources.detect`), or None."""
    bespoke = {name: r.detect for name, r in readers().items() if name not in DECLARATIVE}
    return detect(doc, bespoke, threshold)
