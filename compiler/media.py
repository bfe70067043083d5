"""Media pass: images referenced by Markdown sources, checked and packed.

Anki keeps media in one flat folder per collection, and a field refers to a
file by its bare name (``<img src="fig.png">``).  This pass looks at every
``<img>`` left by the sanitizer:

- a **local file** is resolved against the source document's folder and must
  stay inside ``content/`` (``../../etc/x.png`` or ``/home/…`` could pack any
  file of the build machine: an error); it is packed into the ``.apkg`` and
  the field refers to it by its bare name (two different files may not share
  one).  A file that is **missing** is a warning and the card shows the
  image's alt text, so a page copied without its images still builds;
- a **remote** image (``http``/``https``) follows the source's
  ``remote_images``: ``"link"`` (default) shows a link to it, so cards work
  offline and load nothing by themselves; ``"keep"`` keeps the ``<img>`` (Anki
  loads it when online); ``"drop"`` shows the alt text;
- an image with **no usable address** (a ``data:`` URL, which the sanitizer
  removes, or another scheme) is a warning and shows its alt text.

Every tag this pass writes is built from unescaped values and escaped again,
so a file name such as ``p" onerror="x.png`` stays one attribute value.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item

IMG = re.compile(r"<img\b[^>]*>")
_ATTR = re.compile(r'\b(src|alt)="([^"]*)"')
HINT = "put the file inside the deck folder (the one holding deck.toml, e.g. its media/) and refer to it by a path relative to the document"


def _line_of(item: Item, *needles: str) -> int:
    for offset, line in enumerate(item.original.splitlines()):
        if any(n and (n in line or unquote(n) in line) for n in needles):
            return item.locator.line + offset
    return item.locator.line


def resolve(ref: str, item: Item, content_dir: Path) -> tuple[Path | None, str, bool]:
    """``(file, why not, fatal)``: the file an ``src`` names, or why it is not used and whether that is an error."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        return None, f"image {ref[:60]!r} is not a local file", False
    raw = unquote(parts.path)
    if not raw or re.match(r"^[A-Za-z]:|^\\\\", raw):
        return None, f"image path {raw!r} is a path on another disk; the card shows its alt text", False
    root = content_dir.resolve()
    if raw.startswith(("/", "\\")):
        # '/images/x.png': on GitHub, from the repository's root; here, from the content folder
        path = (content_dir / raw.lstrip("/\\")).resolve()
        if path.is_relative_to(root) and path.is_file():
            return path, "", False
        return None, f"image path {raw!r} starts at a repository's root (not found as {raw.lstrip('/')} in the content folder); the card shows its alt text", False
    path = ((content_dir / item.locator.file).parent / raw).resolve()
    if not path.is_relative_to(root):
        return None, f"image path {raw!r} escapes content/", True
    if not path.is_file():
        return None, f"image {raw!r} not found (looked for {path.relative_to(root).as_posix()}); the card shows its alt text", False
    return path, "", False


def _img(src: str, attrs: dict[str, str]) -> str:
    """An ``<img>`` tag written from plain values, every attribute escaped."""
    alt = f' alt="{html.escape(attrs["alt"])}"' if "alt" in attrs else ""
    return f'<img src="{html.escape(src)}"{alt}>'


def _alt_text(alt: str) -> str:
    return f"[image: {html.escape(alt)}]" if alt.strip() else "[image]"


def run(
    items: list[Item], content_dir: Path, diag: Diagnostics, remote: dict[str, str] | None = None
) -> tuple[list[Item], list[Path]]:
    """Check and rewrite image references; return the items and the media files, sorted.

    ``remote`` maps a source id to its ``remote_images`` choice (default ``"link"``).
    """
    names: dict[str, Path] = {}
    out: list[Item] = []
    for item in items:
        if not any(b.kind is BlockKind.html and "<img" in b.text for b in [*item.stimulus, *item.answer]):
            out.append(item)
            continue
        policy = (remote or {}).get(item.source, "link")
        rewritten: dict[str, list[Block]] = {"stimulus": [], "answer": []}
        for part, block in [*(("stimulus", b) for b in item.stimulus), *(("answer", b) for b in item.answer)]:
            blocks = rewritten[part]
            if block.kind is not BlockKind.html:
                blocks.append(block)
                continue

            def swap(m: re.Match[str], item: Item = item, policy: str = policy) -> str:
                attrs = {k: html.unescape(v) for k, v in _ATTR.findall(m.group(0))}
                src, alt = attrs.get("src", ""), attrs.get("alt", "")
                if not src:
                    data = "data:" in item.original
                    diag.warning(
                        item.locator.file,
                        _line_of(item, "data:" if data else alt, alt),
                        "image with " + ("an embedded data: URL" if data else "no usable address") + " is shown as its alt text",
                        "save the image as a file under content/ and link that file",
                        group="image-no-src",
                    )
                    return _alt_text(alt)
                if urlsplit(src).scheme in ("http", "https"):
                    if policy == "keep":
                        return _img(src, attrs)
                    if policy == "drop":
                        return _alt_text(alt)
                    return f'<a href="{html.escape(src)}">{_alt_text(alt)}</a>'
                path, why, fatal = resolve(src, item, content_dir)
                if path is None:
                    line = _line_of(item, src)
                    if fatal:
                        diag.error(item.locator.file, line, why, HINT)
                    else:
                        diag.warning(item.locator.file, line, why, HINT, group="image-missing")
                    return _alt_text(alt)
                other = names.setdefault(path.name, path)
                if other != path:
                    diag.error(
                        item.locator.file,
                        _line_of(item, src),
                        f"two different images are named {path.name!r} ({other} and {path})",
                        "Anki's media folder is flat: rename one of them",
                    )
                return _img(path.name, attrs)

            blocks.append(Block(kind=block.kind, text=IMG.sub(swap, block.text), lang=block.lang))
        out.append(item.model_copy(update=rewritten))
    return out, sorted(names.values(), key=lambda p: p.name)
