"""Media pass: images referenced by Markdown sources, checked and packed.

Anki keeps media in one flat folder per collection, and a field refers to a
file by its bare name (``<img src="fig.png">``).  This pass looks at every
``<img>`` left by the sanitizer:

- a **local file** is resolved against the source document's folder and must
  stay inside ``content/`` (``../../etc/x.png`` or ``/home/…`` could pack any
  file of the build machine: never packed; a path that climbs out is looked for
  inside the deck folder by its rest, else a warning); it is packed into the ``.apkg`` and
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

import functools
import html
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from compiler import uptodate
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item
from compiler.sourcefiles import PACKAGE_SUFFIXES

IMG = re.compile(r"<img\b[^>]*>")
SOUND = re.compile(r"\[sound:([^\]]+)\]")
_ATTR = re.compile(r'\b(src|alt)="([^"]*)"')
PACKAGE_HINT = "the package lacks it: in Anki, Tools › Check Media, then export the deck again with media"
HINT = "put the file inside the deck folder (the one holding deck.toml, e.g. its media/) and refer to it by a path relative to the document"


def _line_of(item: Item, *needles: str) -> int:
    for offset, line in enumerate(item.original.splitlines()):
        if any(n and (n in line or unquote(n) in line) for n in needles):
            return item.locator.line + offset
    return item.locator.line


def _shared_line(item: Item, content_dir: Path, needle: str) -> int:
    """The line of the document that names a picture the item shows but its own text does not hold (a diagram over
    the labels that each ask about it: newdocs N35 said the missing picture at the six label lines, never at line 3
    where it is): the last such line at or above the item's, else the first; the item's line when the document
    names it nowhere (or is no text)."""
    line = _line_of(item, needle)
    lines = _document_lines(content_dir / item.locator.file)
    if not lines or (0 < line <= len(lines) and (needle in lines[line - 1] or unquote(needle) in lines[line - 1])):
        return line  # (where the item's own text names it; an item's text as the reader gave it may start with the
        # picture it shares, at the item's line: then the document is searched)
    hits = [k for k, text in enumerate(lines, start=1) if needle in text or unquote(needle) in text]
    above = [k for k in hits if k <= item.locator.line]
    return above[-1] if above else hits[0] if hits else line


@functools.lru_cache(maxsize=64)
def _document_lines(path: Path) -> tuple[str, ...]:
    """A text document's lines, to find where it names a picture (none for a binary file); read once a build."""
    text = _document_text(path)
    return () if "\x00" in text else tuple(text.splitlines())



def _first_file(bases: Iterable[Path], rel: str, root: Path) -> tuple[Path | None, list[str]]:
    """The first of ``bases / rel`` that is a file inside ``root``, and the places inside it looked at before (each
    noted for the up-to-date check: a picture added there later makes the next build read the page again)."""
    looked: list[str] = []
    for base in bases:
        try:
            path = (base / rel).resolve()
        except (OSError, RuntimeError):
            continue
        uptodate.note(path)
        if path.is_relative_to(root) and path.is_file():
            return path, looked
        if path.is_relative_to(root):
            looked.append(path.relative_to(root).as_posix())
    return None, looked

def resolve(ref: str, item: Item, content_dir: Path) -> tuple[Path | None, str, bool]:
    """``(file, why not, fatal)``: the file an ``src`` names, or why it is not used and whether that is an error."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        return None, f"image {ref[:60]!r} is not a local file", False
    raw = unquote(parts.path)
    if Path(item.locator.file).suffix.lower() in PACKAGE_SUFFIXES:  # a note of an Anki package: its own media
        from compiler.sources.apkg import packaged_media

        found, why = packaged_media(content_dir / item.locator.file, parts.path)
        if found is None and raw != parts.path:
            found, why = packaged_media(content_dir / item.locator.file, raw)
        return found, f"image {why}; the card shows its alt text" if why else "", False
    if raw.startswith("@@PLUGINFILE@@/") and item.locator.file.lower().endswith(".xml"):  # a Moodle export's own picture
        from compiler.sources.moodlexml import embedded_file

        found, why = embedded_file(content_dir / item.locator.file, raw, item.locator.line)
        return found, f"image {why}; the card shows its alt text" if why else "", False
    if raw.startswith("@@WORDMEDIA@@/") and item.locator.file.lower().endswith(".docx"):  # a Word document's own picture
        from compiler.sources.docx import word_picture

        found, why = word_picture(content_dir / item.locator.file, raw)
        return found, f"image {why}; the card shows its alt text" if why else "", False
    if not raw or re.match(r"^[A-Za-z]:|^\\\\", raw):
        return None, f"image path {raw!r} is a path on another disk; the card shows its alt text", False
    root = content_dir.resolve()  # the content folder itself: checked by the build
    required = _REQUIRE.match(raw)
    if required is not None:  # '{require('@site/static/img/x.jpg').default}': MDX's picture named by a JavaScript
        # expression (Docusaurus; trial51 T51-13: 'image "{require(…" not found (looked for sources/{require(…'): the
        # file it names, '@site/' the site's root (sources/ here, else the content folder), else beside the page
        named = required.group("path")
        rel = named.removeprefix("@site/").lstrip("/")
        bases = (content_dir / "sources", content_dir) if named.startswith("@site/") else ((content_dir / item.locator.file).parent,)
        path, looked = _first_file(bases, rel, root)
        if path is not None:
            return path, "", False
        where = " and ".join(looked) or rel
        return None, f"image {named!r} (named by the page's require(…) expression) not found (looked for {where}); the card shows its alt text", False
    if raw.startswith("@/"):
        # '@/thetempest.webp': hashcards' (and bundlers') path from the collection's root, the folder of the decks:
        # sources/ here, else the content folder (trial16 T16-41: looked for beside the file, as 'sources/@/…')
        found = None
        for base in (content_dir / "sources", content_dir):
            try:
                path = (base / raw[2:]).resolve()
            except (OSError, RuntimeError):
                continue
            uptodate.note(path)
            if path.is_relative_to(root) and path.is_file():
                found = found or path
        if found is not None:
            return found, "", False
        return None, f"image {raw!r} (a path from the collection's root) not found (looked for sources/{raw[2:]} and {raw[2:]}); the card shows its alt text", False
    if raw.startswith(("/", "\\")):
        # '/images/x.png': on GitHub, from the repository's root. Here: the work tree the document sits in (the
        # nearest folder above it holding `.git`: a clone dropped into sources/, trial31 T31-52), else the nearest
        # folder above the document that holds the path (a repository downloaded as a zip has no .git), else the
        # content folder
        rel = raw.lstrip("/\\")
        looked: list[str] = []
        for base in _repository_roots(content_dir / item.locator.file, root):
            try:
                path = (base / rel).resolve()
            except (OSError, RuntimeError):
                return None, f"image {raw!r} is a symbolic link that loops; the card shows its alt text", False
            uptodate.note(path)  # found or not, adding, removing or editing it changes the card
            if path.is_relative_to(root) and path.is_file():
                return path, "", False
            if path.is_relative_to(root):
                looked.append(path.relative_to(root).as_posix())
        where = " or ".join(looked[:3]) if looked else rel
        return None, f"image path {raw!r} starts at a repository's root (not found as {where} in the content folder); the card shows its alt text", False
    try:
        path = ((content_dir / item.locator.file).parent / raw).resolve()
    except (OSError, RuntimeError):  # a symbolic link that loops
        return None, f"image {raw!r} is a symbolic link that loops; the card shows its alt text", False
    uptodate.note(path)
    if not path.is_relative_to(root):
        return _outside(raw, item, content_dir, root)
    if not path.is_file() and item.locator.file.lower().endswith(".json") and "/" not in raw:
        beside = ((content_dir / item.locator.file).parent / "media" / raw).resolve()  # a CrowdAnki export's media/
        uptodate.note(beside)
        if beside.is_file() and beside.is_relative_to(root):
            return beside, "", False
    if not path.is_file() and _embedded(raw, item, content_dir):
        found = _in_vault(raw, content_dir / item.locator.file, root)
        if found is not None:
            return found, "", False
        where = _vault_root(content_dir / item.locator.file, root).relative_to(root).as_posix()
        return (
            None,
            f"image {raw!r} (an Obsidian embed) not found in {where}/ or its folders; the card shows its alt text",
            False,
        )
    if not path.is_file():
        return None, f"image {raw!r} not found (looked for {path.relative_to(root).as_posix()}); the card shows its alt text", False
    return path, "", False


OUTSIDE = "leads outside the deck folder"


def _outside(raw: str, item: Item, content_dir: Path, root: Path) -> tuple[Path | None, str, bool]:
    """A relative path that climbs out of the deck folder (``../../../images/x.png``): a page copied out of its repository
    alone, its pictures left in a folder above the page's own there. Never a file outside the deck folder: the path's
    rest (its ``../`` dropped) is looked for as a repository-root path is (the work tree the page sits in, then every
    folder from the page's up to the content folder), so a copy of that folder anywhere above the page is found; else a
    warning and the alt text, as for any picture not found (trial60 T60-1: it was an error, and three lessons copied from
    a course stopped a deck of 1,600 notes with 16 errors and nothing written)."""
    parts = [p for p in raw.replace("\\", "/").split("/") if p not in ("", ".")]
    while parts and parts[0] == "..":
        parts.pop(0)
    rest = "/".join(parts)
    looked: list[str] = []
    if rest and ".." not in parts:
        path, looked = _first_file(_repository_roots(content_dir / item.locator.file, root), rest, root)
        if path is not None:
            return path, "", False
    where = f" (nor found as {' or '.join(looked[:3])})" if looked else ""
    return None, f"image path {raw!r} {OUTSIDE}, not packed{where}; the card shows its alt text", False


# an MDX picture's source written as a JavaScript expression: '{require('@site/static/img/x.jpg').default}'
_REQUIRE = re.compile(r"""^\{\s*require\(\s*(?P<q>['"])(?P<path>[^'"]+)(?P=q)\s*\)(?:\.default)?\s*\}$""")


@functools.lru_cache(maxsize=1)
def _renamed_dir() -> Path:
    from compiler.sources.base import scratch_dir

    return scratch_dir("deckc-media-")


def _packed(path: Path, names: dict[str, Path], renamed: dict[Path, Path]) -> Path:
    """The file packed for ``path``, whose name the card's field names: ``path`` itself while no other file took its
    name (Anki's media folder is flat); the file that did when both hold the same bytes (a logo in two chapters'
    folders); else a copy named after its bytes too (``ch2/fig1.png`` → ``fig1-3f2a9c01b7.png``: the same name on
    every build and machine). Two chapters exported with their own ``image1.png`` stopped the build (sitting 28)."""
    if path in renamed:
        return renamed[path]
    other = names.setdefault(path.name, path)
    if other == path:
        return path
    import hashlib
    import shutil

    try:
        data = path.read_bytes()
        same = other.stat().st_size == len(data) and other.read_bytes() == data
    except OSError:
        return path  # (said where the file is read: the .apkg writer's and the sheet's messages)
    if same:
        renamed[path] = other
        return other
    digest = hashlib.sha256(data).hexdigest()[:10]
    name = f"{path.stem}-{digest}{path.suffix}"
    copy = _renamed_dir() / digest / name
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, copy)
    names[name] = renamed[path] = copy
    return copy


def _embedded(raw: str, item: Item, content_dir: Path) -> bool:
    """The image came from an Obsidian embed (``![[x.png]]``, ``![[x.png|300]]``), which names a file anywhere
    in the vault: in the item's text as read, else in its document (a card's text as read may stop before the
    picture under its answer: learner2 M31)."""
    embed = re.compile(r"!\[\[\s*" + re.escape(raw) + r"\s*(?:\||\]\])")
    return embed.search(item.original) is not None or embed.search(_document_text(content_dir / item.locator.file)) is not None


@functools.lru_cache(maxsize=16)
def _document_text(path: Path) -> str:
    """A document's text, to look for an embed in ('' when it cannot be read); read once a build."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _repository_roots(doc: Path, root: Path) -> list[Path]:
    """Folders a root-absolute path (``/img/x.png``) may start from, in order: the Git work tree holding the
    document (nearest folder with ``.git``), then every folder from the document's up to the content folder."""
    folder = doc.resolve().parent
    above = [f for f in [folder, *folder.parents] if f.is_relative_to(root)]
    for f in above:
        uptodate.note(f / ".git")  # a clone made later moves the repository's root
    work_tree = [f for f in above if (f / ".git").exists()][:1]
    return work_tree + [f for f in above if f not in work_tree] or [root]


def _vault_root(doc: Path, root: Path) -> Path:
    """The Obsidian vault a document sits in: the nearest folder above it holding ``.obsidian``, else the
    deck's sources/ folder (the content folder for a document outside it)."""
    folder = doc.resolve().parent
    for above in [folder, *folder.parents]:
        if not above.is_relative_to(root):
            break
        uptodate.note(above / ".obsidian")  # one made later moves the vault's root
        if (above / ".obsidian").is_dir():
            return above
    sources = root / "sources"
    return sources if folder.is_relative_to(sources) else root


@functools.lru_cache(maxsize=8)
def _vault_files(vault: Path) -> dict[str, list[Path]]:
    """Every file of the vault by name (hidden folders left out); listed once a build (:func:`run` clears it)."""
    index: dict[str, list[Path]] = {}
    for top, dirs, files in os.walk(vault):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            index.setdefault(name, []).append(Path(top) / name)
    return index


def _in_vault(raw: str, doc: Path, root: Path) -> Path | None:
    """Where Obsidian finds an embedded file: the one file of that name (and folder, if given) in the vault,
    the one nearest the document when several are."""
    vault = _vault_root(doc, root)
    uptodate.note_folder(vault)  # found by name anywhere in it: a file added there may be the one found
    want = Path(raw.strip().lstrip("/"))
    candidates = [
        p.resolve()
        for p in _vault_files(vault).get(want.name, [])
        if p.as_posix().endswith("/" + want.as_posix()) and p.is_file()
    ]
    candidates = [p for p in candidates if p.is_relative_to(root)]
    if not candidates:
        return None
    here = doc.resolve().parent
    return min(candidates, key=lambda p: (len(os.path.relpath(p, here).split(os.sep)), p.as_posix()))


AUDIO_SUFFIXES = frozenset((".mp3", ".ogg", ".oga", ".opus", ".wav", ".m4a", ".flac", ".aac", ".webm", ".mp4"))


def _img(src: str, attrs: dict[str, str]) -> str:
    """An ``<img>`` tag written from plain values, every attribute escaped."""
    alt = f' alt="{html.escape(attrs["alt"])}"' if "alt" in attrs else ""
    return f'<img src="{html.escape(src)}"{alt}>'


_DIGEST_NAME = re.compile(r"(?i)[0-9a-f]{24,}(?:\.\w{2,5})?")  # a file name that is a hash or a hex-coded address


def _remote_text(src: str, attrs: dict[str, str]) -> str:
    """A remote picture's link text: its alt text, else its title, else its file's name ('[image: N18oRgd.png]'): the
    original address's when a proxy serves it (GitHub's camo keeps it in ``data-canonical-src``), never a name that is
    only a digest (a camo address ends in the original address coded in hex: '[image: 687474703a2f2f69…]', sitting 60)."""
    address = (attrs.get("data-canonical-src") or "").strip() or src
    name = unquote(urlsplit(address).path.rstrip("/").rsplit("/", 1)[-1])
    if _DIGEST_NAME.fullmatch(name):
        name = ""
    shown = (attrs.get("alt") or "").strip() or (attrs.get("title") or "").strip() or name
    return _alt_text(shown)


def _alt_text(alt: str) -> str:
    return f"[image: {html.escape(alt)}]" if alt.strip() else "[image]"


_NO_TAGS = re.compile(r"<[^>]*>|&nbsp;|\s")
PICTURE_NOT_FOUND = "picture not found"  # Item.skip of a picture-only question whose picture is missing


def _shortened(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _picture_only(item: Item, prompts: frozenset[str] = frozenset()) -> bool:
    """A front that is only its picture ('What is shown?', in any language deckc asks it, or a source's
    own ``prompt_picture``): the picture's alt text is its answer."""
    from compiler.sources.prompts import PICTURE_PROMPTS

    return item.question in PICTURE_PROMPTS or item.question in prompts


def run(
    items: list[Item],
    content_dir: Path,
    diag: Diagnostics,
    remote: dict[str, str] | None = None,
    prompts: frozenset[str] = frozenset(),
) -> tuple[list[Item], list[Path]]:
    """Check and rewrite image references; return the items and the media files, sorted.

    ``remote`` maps a source id to its ``remote_images`` choice (default ``"link"``); ``prompts`` are
    the sources' own ``prompt_picture`` questions (a front that is only its picture).
    """
    names: dict[str, Path] = {}
    renamed: dict[Path, Path] = {}

    def packed(path: Path) -> Path:
        return _packed(path, names, renamed)

    out: list[Item] = []
    lost: set[int] = set()  # picture-only questions whose picture is missing
    linked: dict[str, list[int | None]] = {}  # file -> lines of remote pictures made links (said once per file)
    _vault_files.cache_clear()  # a watch's next build sees images added since
    _document_text.cache_clear()
    _document_lines.cache_clear()
    # fronts whose words several pictured items of a file share ('ASL alphabet' over each sign's picture): a picture
    # with no alt text is what each asks, as under 'What is shown?' (sitting 58; an alt text, 'Sign 1', still tells them
    # apart: sitting 51)
    pictured_fronts = Counter((i.locator.file, i.question) for i in items if any(b.kind is BlockKind.html and "<img" in b.text for b in i.stimulus))
    alike = {front for front, n in pictured_fronts.items() if n >= 2}
    for item in items:
        package = Path(item.locator.file).suffix.lower() in PACKAGE_SUFFIXES  # an Anki package's note: its audio is packed too
        if not any(b.kind is BlockKind.html and ("<img" in b.text or "[sound:" in b.text) for b in [*item.stimulus, *item.answer]) and not any(
            "<img" in c.html for c in item.choices
        ):
            out.append(item)
            continue
        policy = (remote or {}).get(item.source, "link")
        rewritten: dict[str, list[Block]] = {"stimulus": [], "answer": []}
        # an answer that is only pictures (a basic card: an option list keeps its card) with none of them found teaches nothing
        pictured = not item.choices and item.cloze is None and bool(item.answer) and all(b.kind is BlockKind.html and not _NO_TAGS.sub("", IMG.sub("", b.text)).strip() for b in item.answer)
        answer_pictures = {"found": 0, "missing": 0}
        for part, block in [*(("stimulus", b) for b in item.stimulus), *(("answer", b) for b in item.answer), ("choices", None)]:
            blocks = rewritten.get(part, [])
            if block is not None and block.kind is not BlockKind.html:
                blocks.append(block)
                continue

            def swap(m: re.Match[str], item: Item = item, policy: str = policy, part: str = part, counted: dict[str, int] = answer_pictures) -> str:
                attrs = {k: html.unescape(v) for k, v in _ATTR.findall(m.group(0))}
                src, alt = attrs.get("src", ""), attrs.get("alt", "")
                if not src:
                    data = "data:" in item.original
                    diag.warning(
                        item.locator.file,
                        _line_of(item, "data:" if data else alt, alt),
                        "image with " + ("an embedded data: URL" if data else "no usable address") + " is shown as its alt text",
                        "save the image as a file in the deck folder (e.g. next to the document) and link that file",
                        group="image-no-src",
                    )
                    return _alt_text(alt)
                if urlsplit(src).scheme in ("http", "https"):
                    tex = formula_image(src)
                    if tex is not None:  # a formula drawn by a web service: its TeX, typeset on card and sheet
                        before, after = m.string[: m.start()].rstrip(), m.string[m.end() :].lstrip()
                        alone = before in ("", "<p>") or before.endswith(("</p>", "<p>"))
                        alone = alone and (after in ("", "</p>") or after.startswith(("</p>", "<p>")))  # a paragraph of its own
                        return html.escape(f"\\[{tex}\\]" if alone else f"\\({tex}\\)", quote=False)
                    if policy == "keep":
                        return _img(src, attrs)
                    if policy == "drop":
                        return _alt_text(alt)
                    linked.setdefault(item.locator.file, []).append(_line_of(item, src))
                    return f'<a href="{html.escape(src)}">{_remote_text(src, attrs)}</a>'
                path, why, fatal = resolve(src, item, content_dir)
                audio = Path(urlsplit(src).path).suffix.lower() in AUDIO_SUFFIXES
                if part == "answer":
                    counted["missing" if path is None else "found"] += 1
                if path is None and audio:  # ('![](hola.mp3)': a recording, not a picture; learner3 N29)
                    diag.warning(item.locator.file, _line_of(item, src), why.replace("image", "audio", 1).replace("its alt text", "its name"), HINT, group="audio-missing")
                    return f"[audio: {html.escape(unquote(src), quote=False)}]"
                if path is None:
                    line = _shared_line(item, content_dir, src)
                    hint = PACKAGE_HINT if Path(item.locator.file).suffix.lower() in PACKAGE_SUFFIXES else HINT
                    if fatal:
                        diag.error(item.locator.file, line, why, hint)
                    else:
                        # (pictures whose path climbs out of the deck folder are said apart from those not found: one
                        # message with the count each, its own reason; trial60 T60-1: 16 were '[17 times]' of another's)
                        diag.warning(item.locator.file, line, why, hint, group="image-outside" if OUTSIDE in why else "image-missing")
                    if part == "stimulus" and (_picture_only(item, prompts) or (not alt.strip() and (item.locator.file, item.question) in alike)):
                        lost.add(id(item))  # no card: its alt text names the answer, and every such front would read alike
                        return "[picture not found]"
                    return _alt_text(alt)
                path = packed(path)
                if audio:  # Anki plays '[sound:file]' (a button on the card); the sheet leaves it out
                    return f"[sound:{html.escape(path.name, quote=False)}]"
                return _img(path.name, attrs)

            def sound(m: re.Match[str], item: Item = item, package: bool = package) -> str:
                from compiler.sources.apkg import packaged_media

                name = html.unescape(m.group(1))
                if package:
                    path, why = packaged_media(content_dir / item.locator.file, name)
                else:  # '[sound:hola.mp3]' written in a note: the file beside it (learner3 N29)
                    path, why, _ = resolve(name, item, content_dir)
                    why = why.replace("image ", "", 1).replace("; the card shows its alt text", "")
                if path is None:
                    diag.warning(
                        item.locator.file, _line_of(item, name), f"audio {why}; the card shows its name", PACKAGE_HINT if package else HINT, group="audio-missing"
                    )
                    return f"[audio: {html.escape(name, quote=False)}]"
                path = packed(path)
                return f"[sound:{html.escape(path.name, quote=False)}]"

            if block is None:  # options that are pictures ('- [x] ![plot B](img/b.png)', learner2 M44): packed the same way
                choices = [c.model_copy(update={"html": IMG.sub(swap, c.html)}) if "<img" in c.html else c for c in item.choices]
                continue
            text = SOUND.sub(sound, IMG.sub(swap, block.text))
            blocks.append(Block(kind=block.kind, text=text, lang=block.lang))
        if pictured and answer_pictures["missing"] and not answer_pictures["found"] and id(item) not in lost:
            lost.add(id(item))  # (trial12 U15: the back read '[image: alt text]')
            diag.warning(
                item.locator.file,
                item.locator.line,
                "a question whose whole answer is its picture, and the picture is missing: no card (the back would show only its alt text)",
                "put the picture in the deck folder (next to the document, or where its link points), then build again",
                group="picture-answer-lost",
            )
        elif id(item) in lost and (item.locator.file, item.question) in alike and not _picture_only(item, prompts):
            diag.warning(
                item.locator.file,
                item.locator.line,
                f"a question asked of its picture, and the picture is missing: no card ({pictured_fronts[(item.locator.file, item.question)]} cards "
                f"ask {_shortened(item.question)!r} and only their pictures tell them apart)",
                "put the picture in the deck folder (or the package's media), then build again",
                group="picture-question-lost",
            )
        elif id(item) in lost:
            diag.warning(
                item.locator.file,
                item.locator.line,
                "a question that is only its picture, and the picture is missing: no card (its alt text would give the answer away, and every such front would read 'What is shown?')",
                "put the picture in the deck folder (or the package's media), then build again",
                group="picture-question-lost",
            )
        rewritten_all: dict[str, object] = {**rewritten, "choices": choices}
        update: dict[str, object] = {**rewritten_all, "skip": PICTURE_NOT_FOUND} if id(item) in lost else rewritten_all
        out.append(item.model_copy(update=update))
    _say_linked(linked, diag)
    return out, sorted(names.values(), key=lambda p: p.name)


def _say_linked(linked: dict[str, list[int | None]], diag: Diagnostics) -> None:
    """One warning for the remote pictures made links: with its count in one file, or, over several files,
    the total and each file's count (trial28 T28-27: 17 near-identical 330-character lines for a folder)."""
    hint = (
        'remote_images = "keep" in its [[source]] shows them on the cards when online; or save them into the deck folder '
        'and link the files; remote_images = "drop" silences this'
    )
    said = "'[image: …]' (the deck carries no copy; the cheat sheet prints where each is)"
    if len(linked) == 1:
        [(file, where)] = linked.items()
        n = len(where)
        plural = "s" if n > 1 else ""
        diag.warning(file, where[0], f"{n} remote picture{plural} (http/https) shown as a link on the card{plural}, {said}",
                     hint, group=f"remote-images:{file}")
    elif linked:
        counts = sorted(linked.items(), key=lambda fw: -len(fw[1]))  # most first; stable: first seen among ties
        listed = ", ".join(f"{f} {len(w)}" for f, w in counts[:PER_FILE])
        more = f" and {len(counts) - PER_FILE} more files" if len(counts) > PER_FILE else ""
        file, where = next(iter(linked.items()))
        total = sum(len(w) for w in linked.values())
        diag.warning(
            file, where[0],
            f"{total} remote pictures (http/https) in {len(linked)} files shown as links on the cards, {said} "
            f"[per file: {listed}{more}]",
            hint.replace("in its [[source]]", "in a file's [[source]]"), group="remote-images",
        )


PER_FILE = 5  # files named with their count in a warning over several files


# --- embedded videos ---------------------------------------------------------------------------------
# A card runs no frames, so an embedded player (<iframe src="https://www.youtube.com/embed/…">, <video>)
# cannot stay; it becomes a link to the video instead of vanishing (learner L20).

EMBED = re.compile(r"<(?:iframe|video|audio)\b", re.I)
_AUDIO = re.compile(r"<audio\b([^>]*)>((?:(?!<audio\b).)*?)</audio\s*>|<audio\b([^>]*)/?>", re.I | re.S)
# recordings Anki plays with [sound:…] (video too): a local <audio>/<video> is one (learner3 N29)
_PLAYED = (".mp3", ".ogg", ".oga", ".opus", ".wav", ".m4a", ".flac", ".aac", ".mp4", ".webm", ".m4v", ".mov", ".mkv")
_FRAME = re.compile(r"<iframe\b([^>]*)>(?:(?:(?!<iframe\b).)*?</iframe\s*>)?", re.I | re.S)
_VIDEO = re.compile(r"<video\b([^>]*)>((?:(?!<video\b).)*?)</video\s*>|<video\b([^>]*)/?>", re.I | re.S)
_SOURCE = re.compile(r"<source\b([^>]*)>", re.I)
_SRC = re.compile(r"""\b(?:data-)?src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_VIDEO_HOSTS = re.compile(
    r"(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|loom\.com|wistia\.(?:com|net)|"
    r"bilibili\.com|ted\.com|streamable\.com|twitch\.tv|rumble\.com|facebook\.com|kaltura\.com|panopto\.\w+|brightcove\.net|"
    r"vidyard\.com|odysee\.com|peertube\.\w+|archive\.org)$",
    re.I,
)
_YOUTUBE_ID = re.compile(r"^/(?:embed|v|shorts)/([\w-]{6,})")
_VIMEO_ID = re.compile(r"^/video/(\d+)")
LINK_TEXT = 60  # characters of an address shown in a link's text


def _src(attrs: str) -> str:
    m = _SRC.search(attrs)
    return html.unescape(next((g for g in m.groups() if g is not None), "")).strip() if m else ""


def watch_address(src: str) -> str:
    """The address a learner opens for an embedded player's ``src``: a YouTube embed's watch page (with
    its start time), a Vimeo player's video page, any other address as it is (``//host`` made https)."""
    if src.startswith("//"):
        src = "https:" + src
    parts = urlsplit(src)
    host = parts.netloc.lower().removeprefix("www.")
    if host in ("youtube.com", "youtube-nocookie.com", "m.youtube.com") and (m := _YOUTUBE_ID.match(parts.path)):
        query = parse_qs(parts.query)
        start = (query.get("start") or query.get("t") or [""])[0]
        return f"https://www.youtube.com/watch?v={m.group(1)}" + (f"&t={start}" if start.isdigit() else "")
    if host == "player.vimeo.com" and (m := _VIMEO_ID.match(parts.path)):
        return f"https://vimeo.com/{m.group(1)}"
    return src


def _shown(address: str) -> str:
    text = re.sub(r"^https?://(?:www\.)?", "", address)
    return text if len(text) <= LINK_TEXT else text[: LINK_TEXT - 1] + "…"


def video_link(src: str, kind: str = "video") -> str:
    """An embedded video (or other frame) as a link to it (HTML); a local file named only."""
    address = watch_address(src)
    scheme = urlsplit(address).scheme.lower()
    if scheme in ("http", "https"):
        safe = html.escape(address, quote=True)
        return f'[{kind}: <a href="{safe}">{html.escape(_shown(address), quote=False)}</a>]'
    name = unquote(urlsplit(address).path).rsplit("/", 1)[-1]
    return f"[{kind}: {html.escape(name, quote=False)}]" if name else ""


def embedded_videos(text: str) -> str:
    """``text`` (HTML) with each ``<iframe>`` and ``<video>`` replaced by a link to what it plays
    (:func:`video_link`): "[video: youtube.com/watch?v=…]" on the card and the sheet, never a player.
    A frame of another site (a map, a code sandbox) is an "[embedded: …]" link."""
    if not EMBED.search(text):
        return text

    def frame(m: re.Match[str]) -> str:
        src = _src(m.group(1))
        if not src:
            return ""
        host = urlsplit("https:" + src if src.startswith("//") else src).netloc.lower().split(":")[0]
        return video_link(src, "video" if _VIDEO_HOSTS.search(host) else "embedded")

    def video(m: re.Match[str], kind: str = "video") -> str:
        attrs = m.group(1) if m.group(1) is not None else m.group(3)
        src = _src(attrs) or next((s for a in _SOURCE.findall(m.group(2) or "") if (s := _src(a))), "")
        if src and not urlsplit(src).scheme and not src.startswith("//") and unquote(src).lower().endswith(_PLAYED):
            return f"[sound:{html.escape(src, quote=False)}]"  # a local recording: Anki plays it; the media pass packs it
        return video_link(src, kind) if src else ""

    return _AUDIO.sub(lambda m: video(m, "audio"), _VIDEO.sub(video, _FRAME.sub(frame, text)))


# --- formulas drawn by a web service (learner2 M4) -----------------------------------------------------
# READMEs and notes written before sites rendered '$…$' link a picture of each formula, its TeX in the
# address: latex.codecogs.com/svg.latex?<tex>, render.githubusercontent.com/render/math?math=<tex>,
# chart.apis.google.com/chart?cht=tx&chl=<tex>, www.zhihu.com/equation?tex=<tex>, i.upmath.me/svg/<tex>.
# The TeX is the formula: the card typesets it (MathJax) and the sheet prints it, also offline.

_FORMULA_PARAM = {
    "render.githubusercontent.com": "math",
    "chart.apis.google.com": "chl",
    "chart.googleapis.com": "chl",
    "www.zhihu.com": "tex",
    "zhihu.com": "tex",
    "math.now.sh": "from",
    "latex.codecogs.com": "",  # the whole query is the TeX
    "www.codecogs.com": "",
}
_CODECOGS_PATH = re.compile(r"^/(?:eq)?(?:svg|png|gif|pdf|emf|swf)\.(?:latex|image|download)$|^/gif\.latex$", re.I)
_UPMATH_PATH = re.compile(r"^/(?:svg|png)/(.+)$")
# codecogs' rendering options before the formula: \dpi{150}, \bg_white, \bg{white}, \inline, \fn_cm, \large …
_CODECOGS_OPTIONS = re.compile(r"^(?:\s*\\(?:dpi\{\d+\}|bg_\w+|bg\{\w+\}|fn_\w+|fn\{\w+\}|inline|tiny|small|normal|large|Large|LARGE|huge|Huge)(?![A-Za-z]))+\s*")


def formula_image(src: str) -> str | None:
    """The TeX a formula-drawing service's picture address holds, or None for any other picture."""
    parts = urlsplit(src)
    host = parts.netloc.lower()
    if host.endswith("upmath.me") and (m := _UPMATH_PATH.match(parts.path)):
        tex = unquote(m.group(1))
    elif host in _FORMULA_PARAM:
        param = _FORMULA_PARAM[host]
        if not param:
            if not _CODECOGS_PATH.match(parts.path) or not parts.query:
                return None
            # (its editor writes a space as '&space;' and signs as entities, 'a&space;&plus;&space;ib': T45-9)
            tex = re.sub(r"&(?:[A-Za-z]+|#\d+);", lambda m: html.unescape(m.group()), unquote(parts.query).replace("&space;", " "))
        else:
            if host.startswith("chart.") and "tx" not in parse_qs(parts.query).get("cht", []):
                return None
            if host.endswith("zhihu.com") and parts.path != "/equation":
                return None
            values = parse_qs(parts.query, keep_blank_values=False).get(param)
            if not values:
                return None
            tex = values[0]
    else:
        return None
    tex = _CODECOGS_OPTIONS.sub("", tex).strip()
    return tex if tex and len(tex) <= 2000 and "\\)" not in tex and "\\]" not in tex else None
