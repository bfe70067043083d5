"""Which files in ``content/sources/`` a build reads, warns about or ignores: one rule, two users.

The read pass compiles every file here that deck.toml does not list and whose
suffix is a text document's, and warns about any other file that is neither an
image nor an editor's leftover.  The up-to-date check (:mod:`compiler.uptodate`)
watches exactly those names, so a log file, an editor swap file or a
``.DS_Store`` dropped into the deck never makes the next build a full one.
Standard library only: the up-to-date check imports this before anything heavy.

Ignored, never read nor warned about:

- hidden files and folders (a leading ``.``: ``.DS_Store``, ``.git``,
  vim's ``.notes.md.swp``, Emacs' lock link ``.#notes.md``);
- a name starting with ``#`` (Emacs' ``#notes.md#``; also the way to keep a
  document in sources/ without building it: rename it ``#notes.md``);
- an Office lock file: a name starting with ``~$`` (Word's ``~$notes.docx``, Excel's, kept beside a document
  while it is open or after a crash: a few bytes naming its user; trial18 T18-45);
- editor backups: a name ending in ``~`` or in ``.swp``, ``.swo``, ``.bak``,
  ``.orig``, ``.tmp``; Windows' and macOS's folder files (``Thumbs.db``,
  ``desktop.ini``); a Docusaurus site's sidebar files (``_category_.json``, ``.yml``: their label is the section
  of the folder's pages);
- a build folder (one holding deckc's ``.cache/last-build.json``);
- a saved web page's folder of images, scripts and styles (``page_files/`` beside ``page.html``);
- a repository's paperwork, as a cloned question repository brings it (trial17 T17-50): ``LICENSE``, ``COPYING``,
  ``CONTRIBUTING``, ``CODE_OF_CONDUCT`` (any case, any suffix), and in capitals ``SECURITY``, ``SUPPORT``,
  ``AUTHORS``, ``CHANGELOG``, ``CHANGES``, ``NOTICE``, ``FUNDING``, ``GOVERNANCE``, ``MAINTAINERS``,
  ``CONTRIBUTORS``, ``CODEOWNERS`` (``Security.md`` may be a document of security questions);
- a TiddlyWiki's system tiddler (``$__StoryList.tid``, ``$:/StoryList`` saved as a file): the wiki's state, no text;
- an Obsidian vault's template folders (named in its ``.obsidian/templates.json``, or Templater's settings): a
  card template's ``<% tp.file.cursor(1) %>`` is no card (trial17 T17-12).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

SOURCE_DIR = "sources"
PACKAGE_SUFFIXES = frozenset({".apkg", ".colpkg"})  # Anki packages: binary, read by compiler.sources.apkg
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")  # Excel workbooks, read as their sheets saved as TSV (compiler.sources.spreadsheet)
# files of rows read by the delimited reader: a sheet saved as text, or a workbook
SHEET_SUFFIXES = (".tsv", ".csv", *WORKBOOK_SUFFIXES)
SOURCE_SUFFIXES = (
    frozenset({".txt", ".text", ".md", ".markdown", ".mdx", ".cheatmd", ".tsv", ".csv", ".html", ".htm", ".ipynb", ".adoc", ".asciidoc", ".rst", ".rest", ".org", ".pod", ".tid", ".opml", ".mm", ".json", ".yaml", ".yml", ".toml", ".jsonl", ".ndjson", ".gift", ".tex", ".latex", ".ltx", ".rnw", ".rmd", ".qmd", ".xml", ".docx", ".odt", ".rtf", ".enex", ".typ", ".mochi", ".mhtml", ".mht", ".zip", ".pdf", ".xlsx", ".xlsm"}) | PACKAGE_SUFFIXES
)
# Files that sit in sources/ without being sources: images a document shows, editor backups.
MEDIA_SUFFIXES = frozenset(
    {
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".svg",
        ".webp",
        ".bmp",
        ".avif",
        ".mp3",
        ".mp4",
        ".ogg",
        ".wav",
        ".webm",
    }
)
BACKUP_SUFFIXES = frozenset({".swp", ".swo", ".bak", ".orig", ".tmp"})
# Office files deckc does not read, and the export that it does (a spreadsheet as CSV, a word processor's as .docx)
OFFICE_HINTS = {
    **dict.fromkeys((".xls", ".ods", ".numbers"), ("a spreadsheet in a format deckc does not read", "save it as an Excel workbook (.xlsx) or as CSV (UTF-8) into sources/: File > Save As > 'Excel Workbook (.xlsx)' or 'CSV UTF-8' (LibreOffice: Text CSV)")),
    **dict.fromkeys((".doc", ".pages", ".wpd"), ("a word-processor document in a format deckc does not read", "save it as a Word document (.docx) or as plain text (.txt) into sources/")),
    **dict.fromkeys((".epub", ".mobi", ".azw3"), ("an e-book", "convert it to a Word document (.docx) or plain text (.txt) into sources/ (Calibre: Convert books > Output format DOCX or TXT), then keep the chapters that hold questions")),
    **dict.fromkeys((".pptx", ".ppt", ".odp", ".key"), ("a slide deck", "export it as PDF into sources/ (File > Export > PDF) and add pdf_slides = true to its [[source]] table of deck.toml: deckc reads a PDF of slides only then; or copy the slides' questions and answers into a Markdown file")),
}
# Programs and database dumps: text, but code, not documents (a quiz app's questions.py, an SQL INSERT dump)
CODE_SUFFIXES = frozenset(
    {".py", ".js", ".mjs", ".ts", ".tsx", ".jsx", ".java", ".kt", ".c", ".h", ".cpp", ".cc", ".cs", ".go", ".rs",
     ".rb", ".php", ".swift", ".dart", ".scala", ".r", ".sql", ".sh", ".ps1", ".lua", ".pl"}
)
FOLDER_FILES = frozenset({"thumbs.db", "desktop.ini"})
# a documentation site's sidebar file for its folder (Docusaurus): the folder's label and position, no text to learn;
# its label is the section of the folder's pages (compiler.sources.sitemeta, trial33 T33-2)
SITE_FILES = frozenset({"_category_.json", "_category_.yml", "_category_.yaml"})
BUILD_MARK = (".cache", "last-build.json")  # compiler.uptodate.record_path: a build folder holds this


# a repository's paperwork (trial17 T17-50): these names in any case; the others only in capitals, as repositories
# write them ('Security.md' may hold security questions)
PAPERWORK_ANY_CASE = frozenset({"license", "licence", "copying", "contributing", "code_of_conduct", "code-of-conduct"})
PAPERWORK_CAPITALS = frozenset(
    {"SECURITY", "SUPPORT", "AUTHORS", "CHANGELOG", "CHANGES", "NOTICE", "FUNDING", "GOVERNANCE", "MAINTAINERS", "CONTRIBUTORS", "CODEOWNERS"}
)


def paperwork(name: str) -> bool:
    """A repository's license, contribution guide, code of conduct … (any suffix): no study document."""
    stem = name.split(".", 1)[0]
    return stem.lower() in PAPERWORK_ANY_CASE or stem in PAPERWORK_CAPITALS


def ignored(name: str) -> bool:
    """An editor's or system's file, a repository's paperwork, or one the user set aside with a leading ``#``: never
    read, never reported."""
    lower = name.lower()
    return (
        name.startswith((".", "#", "~$"))
        or name.endswith("~")
        or Path(lower).suffix in BACKUP_SUFFIXES
        or lower in FOLDER_FILES
        or lower in SITE_FILES
        or paperwork(name)
        or (name.startswith("$__") and lower.endswith(".tid"))
    )


def exclude_hint(rel: str) -> str:
    """How to keep a file in sources/ out of the deck, for messages about it."""
    return f"rename it #{Path(rel).name} or move it out of sources/ to leave it out of the deck"


def is_source(name: str) -> bool:
    """A file the unlisted-file rule reads as a document (when deck.toml does not list it)."""
    return not ignored(name) and Path(name).suffix.lower() in SOURCE_SUFFIXES


# a program's build or run file, named without a suffix by convention: code, not a document
CODE_NAMES = frozenset({"makefile", "gnumakefile", "dockerfile", "containerfile", "gemfile", "rakefile", "podfile", "procfile", "vagrantfile", "jenkinsfile", "justfile", "brewfile", "snakefile", "pipfile"})
TEXT_SNIFF_BYTES = 65_536  # of a file without a suffix, read to tell text from a binary


def code_name(name: str) -> bool:
    """A program's build or run file named by convention (``Makefile``, ``Dockerfile``): code, whatever it holds."""
    return not Path(name).suffix and name.lower() in CODE_NAMES


def plain_text_file(path: Path) -> bool:
    """A file named without a suffix that holds text (a `cheat` cheat sheet named after its command, ``tar``; curl's
    ``docs/FAQ``; trial28 T28-41): read as a ``.txt``. Not a binary (a NUL byte, or no UTF-8), a script (``#!``) or a
    build file (``Makefile``)."""
    if path.suffix or ignored(path.name) or code_name(path.name):
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(TEXT_SNIFF_BYTES)
    except OSError:
        return False
    if not head.strip() or b"\0" in head or head.startswith(b"#!"):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:  # (a character cut by the sniff's end is still text)
        return len(head) == TEXT_SNIFF_BYTES and exc.start >= len(head) - 3
    return True


def matters(name: str) -> bool:
    """A file whose presence changes a build: read as a source, or reported as not read (images count only
    when a card shows them, and then as a file the build read)."""
    return not ignored(name) and Path(name).suffix.lower() not in MEDIA_SUFFIXES


# "Save page as…, complete" puts a page's images, scripts and styles in a folder named after it
PAGE_FOLDER_ENDINGS = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden", "_file")


def page_folder(parent: Path, name: str) -> bool:
    """``page_files/`` beside ``page.html``: a saved page's own files, neither documents nor worth a warning
    (its images are still found when the page shows them)."""
    for ending in PAGE_FOLDER_ENDINGS:
        stem = name.removesuffix(ending)
        if stem != name and any(parent.joinpath(stem + suffix).is_file() for suffix in (".html", ".htm")):
            return True
    return False


# where a vault names its template folders: the core Templates plugin, Templater (its settings, and where older
# copies of the repro keep them)
VAULT_TEMPLATE_SETTINGS = (
    ("templates.json", "folder"),
    ("plugins/templater-obsidian/data.json", "templates_folder"),
    ("templater.json", "templates_folder"),
)


def template_folders(vault: Path) -> set[Path]:
    """The template folders an Obsidian vault (a folder holding ``.obsidian/``) names in its settings."""
    found = set()
    for name, key in VAULT_TEMPLATE_SETTINGS:
        try:
            folder = json.loads(vault.joinpath(".obsidian", name).read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(folder, str) and folder.strip("/ "):
            found.add(vault.joinpath(folder.strip("/ ")))
    return found


def files_under(folder: Path) -> list[Path]:
    """Every file in ``folder`` and its subfolders (users sort documents into folders), by path; ignored
    files and folders (see the module docstring) left out."""
    if not folder.is_dir():
        return []
    found = []
    templates: set[Path] = set()
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        if ".obsidian" in dirs:
            templates |= template_folders(here)
        dirs[:] = [
            d
            for d in dirs
            if not ignored(d) and not here.joinpath(d, *BUILD_MARK).is_file() and not page_folder(here, d) and here / d not in templates
        ]
        found.extend(here / name for name in files if not ignored(name))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


# a PDF a note links to or embeds: '![[paper.pdf]]', '[slides](files/week%202.pdf)', '<embed src="paper.pdf">'
_PDF_LINK = re.compile(r"""([^\\/\[\]()<>"'|#^\n]+?\.pdf)(?=[\]|)#"'>\s]|$)""", re.I)


def attached_pdfs(files: list[Path]) -> set[str]:
    """The PDFs among ``files`` that the notes among them link to or embed (an Obsidian vault's attachments, a
    paper a note cites): files the notes show, read as no document of their own. Their lowercased names."""
    from urllib.parse import unquote

    names: set[str] = set()
    for path in files:
        if path.suffix.lower() not in (".md", ".markdown", ".mdx", ".txt", ".org", ".html", ".htm"):
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if ".pdf" in text.lower():
            names.update(unquote(m.group(1)).strip().lower() for m in _PDF_LINK.finditer(text))
    pdfs = {p.name.lower() for p in files if p.suffix.lower() == ".pdf"}
    # ('see lecture.pdf' is caught whole, spaces and all: a name at its end counts)
    return {n for n in pdfs if n in names or any(linked.endswith(" " + n) for linked in names)}


def linked_folders(folder: Path) -> list[Path]:
    """Links to folders in ``folder`` and below: never followed (one may loop or lead out of the content folder),
    and said so rather than passed over (trial11 P18)."""
    found = []
    for root, dirs, _files in os.walk(folder):
        here = Path(root)
        found.extend(here / d for d in dirs if not ignored(d) and (here / d).is_symlink())
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def folder_names(content_dir: Path, folder: str) -> list[str]:
    """Every file in a folder of the content folder and below (hidden folders left out), by relative path."""
    root = Path(content_dir) / folder
    found = []
    for top, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend((Path(top) / name).relative_to(content_dir).as_posix() for name in files if not ignored(name))
    return sorted(found)


def glob_names(content_dir: Path, pattern: str) -> list[str]:
    """The files a ``file`` glob of deck.toml matches (hidden and set-aside ones left out), by relative path."""
    try:
        matches = list(Path(content_dir).glob(pattern))
    except (ValueError, NotImplementedError, OSError):
        return []
    rels = (p.relative_to(content_dir).as_posix() for p in matches if p.is_file())
    return sorted(r for r in rels if not any(ignored(part) for part in r.split("/")))


def listing(content_dir: Path) -> list[str]:
    """The names under sources/ (relative to the content folder) whose presence changes a build."""
    folder = Path(content_dir) / SOURCE_DIR
    return [p.relative_to(content_dir).as_posix() for p in files_under(folder) if matters(p.name)]


def loose_documents(folder: Path) -> list[str]:
    """The documents deckc reads lying in ``folder`` itself, outside sources/ (a user's folder of quizzes built as it
    is): named in the messages that would otherwise only say 'create deck.toml' or 'no source documents' (trial25
    T25-44). README and licence files are no documents here."""
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
    except OSError:
        return []
    return [n for n in names if n.lower() not in ("deck.toml", "deckc.lock") and not n.lower().startswith(("readme", "license", "licence", "changelog"))]


def loose_hint(folder: Path) -> str:
    """The advice for documents lying beside deck.toml, or "" when there are none."""
    loose = loose_documents(folder)
    if not loose:
        return ""
    shown = ", ".join(loose[:3]) + (f" and {len(loose) - 3} more" if len(loose) > 3 else "")
    return f"; this folder holds {len(loose)} document{'s' if len(loose) != 1 else ''} deckc reads ({shown}): move {'them' if len(loose) != 1 else 'it'} into {SOURCE_DIR}/"

