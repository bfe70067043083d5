"""Media pass: images referenced by Markdown sources, checked and packed.

Anki keeps media in one flat folder per collection, and a field refers to a
file by its bare name (``<img src="fig.png">``).  This pass resolves every
``<img src>`` left by the sanitizer against the source document's folder,
insists that it stays inside ``content/`` (a path such as ``../../etc/x.png``
or ``/home/…`` could pack any file on the build machine), that it exists, and
that no two different files share a name; then it rewrites the reference to
the bare name and returns the files for the ``.apkg``'s media.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item

IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')
HINT = "put the file inside content/ (e.g. content/media/) and refer to it by a path relative to the document"


def _line_of(item: Item, ref: str) -> int:
    for offset, line in enumerate(item.original.splitlines()):
        if ref in line or unquote(ref) in line:
            return item.locator.line + offset
    return item.locator.line


def resolve(ref: str, item: Item, content_dir: Path) -> tuple[Path | None, str]:
    """The file an ``src`` names, or ``None`` and why it is refused."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        return None, f"image {ref!r} is not a local file; deckc packs only files inside content/"
    raw = unquote(parts.path)
    if not raw or raw.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", raw):
        return None, f"image path {raw!r} is absolute"
    root = content_dir.resolve()
    path = ((content_dir / item.locator.file).parent / raw).resolve()
    if not path.is_relative_to(root):
        return None, f"image path {raw!r} escapes content/"
    if not path.is_file():
        return None, f"image {raw!r} not found (looked for {path.relative_to(root).as_posix()})"
    return path, ""


def run(items: list[Item], content_dir: Path, diag: Diagnostics) -> tuple[list[Item], list[Path]]:
    """Check and rewrite image references; return the items and the media files, sorted."""
    names: dict[str, Path] = {}
    out: list[Item] = []
    for item in items:
        if not any(b.kind is BlockKind.html and "<img" in b.text for b in item.answer):
            out.append(item)
            continue
        blocks = []
        for block in item.answer:
            if block.kind is not BlockKind.html:
                blocks.append(block)
                continue

            def swap(m: re.Match[str], item: Item = item) -> str:
                path, why = resolve(m.group(2), item, content_dir)
                if path is None:
                    diag.error(item.locator.file, _line_of(item, m.group(2)), why, HINT)
                    return m.group(0)
                other = names.setdefault(path.name, path)
                if other != path:
                    diag.error(
                        item.locator.file,
                        _line_of(item, m.group(2)),
                        f"two different images are named {path.name!r} ({other} and {path})",
                        "Anki's media folder is flat: rename one of them",
                    )
                return f"{m.group(1)}{path.name}{m.group(3)}"

            blocks.append(Block(kind=block.kind, text=IMG_SRC.sub(swap, block.text), lang=block.lang))
        out.append(item.model_copy(update={"answer": blocks}))
    return out, sorted(names.values(), key=lambda p: p.name)
