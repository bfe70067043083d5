"""A documentation site's own metadata beside its pages (trial33 T33-2): Docusaurus keeps a ``_category_.json`` (or
``.yml``) in each folder of ``docs/``, whose ``label`` is the folder's name in the sidebar (``{"label": "React",
"position": 3}``). A page of such a folder belongs to that section, as a page under a heading does; the file itself is
no document (compiler.sourcefiles leaves it out, unsaid)."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from compiler.sourcefiles import SITE_FILES


def _label(folder: Path) -> str | None:
    """The ``label`` a folder's sidebar file gives it, or None (no such file, or one that names none)."""
    for name in sorted(SITE_FILES):
        path = folder / name
        try:
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8-sig")
            if name.endswith(".json"):
                data = json.loads(text)
            else:
                import yaml  # (here: every build imported it with the readers, ~10 ms, for the few sites with a .yml one)

                try:
                    data = yaml.safe_load(text)
                except yaml.YAMLError:
                    continue
        except (OSError, ValueError):  # (a broken file names no label; UnicodeDecodeError is a ValueError)
            continue
        label = data.get("label") if isinstance(data, dict) else None
        if isinstance(label, str) and label.strip():
            return " ".join(label.split())
    return None


def category_sections(content_dir: Path, rel: str) -> list[str]:
    """The section path the sidebar files of a page's folders give it, outermost first (``sources/docs/React/Hooks/
    useRef.md`` under ``React`` and ``Hooks`` labels: ['React', 'Hooks']); [] when no folder of it has one."""
    labels: list[str] = []
    parents = list(PurePosixPath(rel).parents)[::-1][2:]  # (from the folder under sources/ down to the page's own)
    for folder in parents:
        label = _label(content_dir / folder)
        if label is not None:
            labels.append(label)
    return labels
