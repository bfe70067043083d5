"""Layout readers, one module per document layout, all producing :class:`~compiler.model.Item`.

To support a new layout, add a module with a reader class and list it in
:data:`READERS`.
"""

from __future__ import annotations

from compiler.sources.base import Document, Reader

READERS: dict[str, Reader] = {}


def _register() -> None:
    from compiler.sources.article import ArticleReader
    from compiler.sources.essential import EssentialReader
    from compiler.sources.grill import GrillReader
    from compiler.sources.lesson import LessonReader
    from compiler.sources.markdown import MarkdownReader
    from compiler.sources.sectioned import SectionedReader

    for reader in (
        GrillReader(),
        EssentialReader(),
        SectionedReader(),
        LessonReader(),
        ArticleReader(),
        MarkdownReader(),
    ):
        READERS[reader.layout] = reader


def readers() -> dict[str, Reader]:
    if not READERS:
        _register()
    return READERS


def detect_layout(doc: Document, threshold: float = 0.5) -> str | None:
    """The layout whose reader is most confident, or None if none is confident enough."""
    scores = sorted(((r.detect(doc), name) for name, r in readers().items()), reverse=True)
    best, name = scores[0]
    return name if best >= threshold else None
