"""What every layout reader shares: the decoded document and the reader interface.

A reader is a small class with a ``layout`` name, a ``detect`` score for
unnamed files, and ``read`` which turns a :class:`Document` into items.
Readers never raise for bad content: they report to :class:`Diagnostics`
with file and line, and return what they could read.
"""

from __future__ import annotations

import atexit
import codecs
import functools
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Protocol

from compiler import uptodate
from compiler.config import SourceConfig
from compiler.diagnostics import ContentError, Diagnostic, Diagnostics
from compiler.model import Block, Item, ItemKind, Locator
from compiler.passes.repair import stray_marks_free
from compiler.sources.damage import NOT_A_DOCUMENT
from compiler.sources.lines import clean_label, in_fence


@dataclass(frozen=True)
class Document:
    """A source file decoded to text, with its path relative to the content dir.

    An Anki package (binary) has ``path``, which its reader opens, and a text naming its bytes' hash."""

    rel: str
    text: str
    path: Path | None = None
    # Markdown a converter made of another format (reStructuredText, AsciiDoc, org, a web page, a notebook):
    # read as Markdown whatever the file's name says (a .rst saved as .txt: learner L18/L22)
    converted: bool = False
    # what reading the bytes repaired (stray NUL bytes dropped), for the build to report
    warnings: tuple[Diagnostic, ...] = ()

    def __post_init__(self) -> None:
        # Decomposed text (NFD: macOS's clipboard, a PDF's text layer, Vietnamese typed with Unikey's "Unicode tổ
        # hợp") is the same text to the learner, but no label or header word would match it ('Câu 1.' is not
        # 'Câu 1.' code point for code point: T32-9, 'cannot tell this document's layout'): it is read composed.
        if not unicodedata.is_normalized("NFC", self.text):
            object.__setattr__(self, "text", composed(self.text))

    @cached_property
    def lines(self) -> list[str]:
        """The text's lines, split once: readers index them per item (a 2 MB page has thousands)."""
        return self.text.splitlines()

    def locator(self, line: int) -> Locator:
        return Locator(file=self.rel, line=line)


# CJK compatibility ideographs: NFC maps each to its unified ideograph, but a hanja text may use one on purpose
# a converter's line that ends the answer open above it: what follows in the same section is the section's text (an
# unindented reStructuredText paragraph after a definition list is no part of its last definition: trial52 T52-7)
ANSWER_ENDS = "<!-- deckc: the answer above ends here -->"


_COMPATIBILITY_IDEOGRAPHS = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")


def composed(text: str) -> str:
    """``text`` in Unicode's composed form (NFC), its CJK compatibility ideographs kept as written."""
    parts = _COMPATIBILITY_IDEOGRAPHS.split(text)
    return "".join(p if k % 2 else unicodedata.normalize("NFC", p) for k, p in enumerate(parts))


class Reader(Protocol):
    layout: str

    def detect(self, doc: Document) -> float:
        """0.0 (not this layout) to 1.0 (certainly this layout)."""
        ...

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        ...


# Byte order marks of the wide encodings (UTF-32 first: its little-endian BOM starts like UTF-16's).
_UTF16_32 = {b"\xff\xfe\x00\x00": "utf-32", b"\x00\x00\xfe\xff": "utf-32", b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}


def _wide_encoding(data: bytes, declared: str) -> str | None:
    """UTF-16/32 that a byte order mark, the [[source]]'s ``encoding`` or the bytes themselves say: Notepad and Excel
    save "Unicode" with a mark, other tools without one (trial9 T9: ``encoding = "utf-16-le"`` was not heeded)."""
    wide = _UTF16_32.get(data[:4]) or _UTF16_32.get(data[:2])
    if wide is not None:
        return wide
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return name
    # No mark, nothing declared: text in UTF-16 puts a NUL in every other byte (ASCII characters), on one side only
    head = data[:4096]
    if len(head) >= 8 and len(head) % 2 == 0:
        odd, even = head[1::2].count(0), head[0::2].count(0)
        half = len(head) // 2
        if odd >= 0.6 * half and even == 0:
            return "utf-16-le"
        if even >= 0.6 * half and odd == 0:
            return "utf-16-be"
    return None


STRAY_MAX = 5  # stray bytes named one by one; a file with more is reported with a count
STRAY_NOTE = "though the rest of the file is UTF-8"
# what a binary file is, by its first bytes: a file renamed, or saved under the wrong name (trial21 T21-42)
_MAGIC = (
    (b"PK\x03\x04", "a zip archive (an Anki package .apkg/.colpkg, a Word .docx or an export in a .zip?)"),
    (b"%PDF", "a PDF document (.pdf)"),
    (b"SQLite format 3\x00", "an SQLite database (an Anki collection .anki2?)"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls, .ppt)"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file (part of an Anki package?)"),
    (b"\x1f\x8b", "a gzip-compressed file (.gz: unpack it first)"),
    (b"BZh", "a bzip2-compressed file (.bz2: unpack it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive (.7z: unpack it first)"),
    (b"Rar!\x1a\x07", "a RAR archive (.rar: unpack it first)"),
    (b"\x7fELF", "a program (an executable or library)"),
    (b"MZ", "a Windows program (.exe or .dll)"),
    (b"\xcf\xfa\xed\xfe", "a program (an executable or library)"),
    (b"ID3", "an MP3 sound file"),
    (b"OggS", "an Ogg sound or video file"),
    (b"fLaC", "a FLAC sound file"),
    (b"\x1aE\xdf\xa3", "a video (.webm or .mkv)"),
    (b"BM", "a BMP picture"),
    (b"II*\x00", "a TIFF picture"),
    (b"MM\x00*", "a TIFF picture"),
)
# kinds also told by bytes further in: a RIFF container's (a WAV sound, a WebP picture, an AVI video) and an ISO media
# file's ('ftyp' at byte 4: an MP4 or MOV video, an M4A sound, a HEIC photo from a phone)
_MAGIC_AT = (
    (8, b"WEBP", "a WebP picture"),
    (8, b"WAVE", "a WAV sound file"),
    (8, b"AVI ", "an AVI video"),
    (4, b"ftypheic", "a HEIC photo (a phone's picture)"),
    (4, b"ftypM4A", "an M4A sound file"),
    (4, b"ftyp", "an MP4 or MOV video"),
)
# signatures so sure that a file starting with one is that file, NUL bytes or not (a tiny PDF of plain bytes, a GIF
# header over LZW data that happens to hold no NUL); the two-letter ones ('MZ', 'BM', 'BZh', 'ID3') need more proof
_SURE_MAGIC = (b"PK\x03\x04", b"%PDF-", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"SQLite format 3\x00", b"\x7fELF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def binary_kind(data: bytes) -> str | None:
    """What a binary file is by its first bytes (:data:`_MAGIC`, :data:`_MAGIC_AT`), or None."""
    kind = next((what for magic, what in _MAGIC if data.startswith(magic)), None)
    if kind is None and (data[:4] == b"RIFF" or data[4:8] == b"ftyp"):
        kind = next((what for at, magic, what in _MAGIC_AT if data[at : at + len(magic)] == magic), None)
    return kind


# what a zip archive is, by a member only that kind holds, and the name deckc reads it under (trial31 T31-37: an Excel
# workbook renamed '.csv' was called "an Anki package, a Word .docx or an export in a .zip?")
_ZIPPED = (
    ("xl/workbook.xml", "an Excel workbook: rename it .xlsx"),
    ("word/document.xml", "a Word document: rename it .docx"),
    ("collection.anki21b", "an Anki package: rename it .apkg"),
    ("collection.anki21", "an Anki package: rename it .apkg"),
    ("collection.anki2", "an Anki package: rename it .apkg"),
    ("ppt/presentation.xml", "a PowerPoint slide deck (.pptx)"),
    ("content.xml", "an OpenDocument file (a text: rename it .odt; a spreadsheet .ods: save it as .xlsx)"),
)


def _zipped_kind(data: bytes) -> str | None:
    """What a zip archive's members say it is (see :data:`_ZIPPED`), or None."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    return next((what for member, what in _ZIPPED if member in names), None)


UNPACKED_MAX = 20_000_000  # bytes a zip member may unpack to before its packing ratio is looked at
PACKING_MAX = 100  # times smaller than its text a part may be packed: text packs 5-20 times, a zip bomb thousands


def zip_bomb(source: Path | bytes) -> str | None:
    """Why a zip container (Word, Excel, OpenDocument, an Anki package) must not be unpacked, or None: a member that
    would unpack to more than :data:`UNPACKED_MAX` bytes from :data:`PACKING_MAX` times fewer (a 300 KB .docx whose
    text is 300 MB of spaces held the build for minutes, growing its memory). Read from the archive's directory, so
    nothing is unpacked; a member's stated size is all zipfile ever gives out."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as z:
            members = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None  # (no zip: the reader says what it is)
    for info in members:
        if info.file_size > UNPACKED_MAX and info.file_size > PACKING_MAX * max(info.compress_size, 1):
            return (
                f"its part {info.filename} would unpack to {info.file_size:,} bytes from {info.compress_size:,} "
                f"({info.file_size // max(info.compress_size, 1):,} times more): a zip bomb or a damaged file, left unread"
            )
    return None


def _binary(rel: str, line: int, data: bytes, why: str = "NUL bytes") -> Diagnostic:
    """The error for a binary file among the sources: what it looks like, and how to have it read or left out."""
    name = rel.rsplit("/", 1)[-1]
    data = data[2:] if data[:2] in (b"\xff\xfe", b"\xfe\xff") and why != "NUL bytes" else data  # (a mark, then a PNG's bytes)
    kind = binary_kind(data)
    kind = (_zipped_kind(data) or kind) if data.startswith(b"PK\x03\x04") else kind
    said = f"binary file, not a text document ({why}){f': it looks like {kind}' if kind else ''}"
    hint = (
        f"if it is a document deckc reads (.apkg, .docx, .pdf …), give it that name; to leave it out of the deck, rename it "
        f"#{name} or move it out of sources/"
    )
    # a file of bytes that are no text (a picture, a workbook, an archive, a program saved or renamed as '.md'/'.txt'):
    # when deck.toml does not list it, a warning and the rest builds, as a damaged .docx is (it stopped the whole
    # collection's build, trial41 T41-2; a PNG named '.txt' still did so in newdocs round 10, sitting 55). No card is
    # lost unsaid: the warning names the file and what it looks like; a file deck.toml lists stays an error
    # (a picture or an archive has no lines: said at line 1, not at its first NUL's 'line 3')
    return Diagnostic(rel, 1 if kind else line, said, hint, group=NOT_A_DOCUMENT)


STRAY_NUL_MAX = 64  # NUL bytes a text file may hold by accident (more: binary)
WIDE_SAMPLE = 4096  # characters of a UTF-16/32 file looked at to tell text from bytes that merely decode
WIDE_JUNK_SHARE = 0.05  # of them, at most, control, unassigned or private-use characters in text
WIDE_JUNK_MIN = 8


# blocks no text is written in, which bytes read two by two land in by the thousand: Braille, Glagolitic to Tifinagh,
# CJK Extension A and the Yijing hexagrams (8-bit text or a binary behind a UTF-16 mark: 'wr' is U+7277, 'A1' U+3141 …)
_RARE_BLOCKS = ((0x2800, 0x28FF), (0x2C00, 0x2DFF), (0x3400, 0x4DFF), (0xA000, 0xA4CF))


def _junk(c: str) -> bool:
    if c in "\t\n\r\f\v":
        return False
    return unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") or c == "\ufffd" or any(a <= ord(c) <= b for a, b in _RARE_BLOCKS)


def _wide_junk(text: str) -> str | None:
    """Why a file that decodes as UTF-16/32 is no text, or None: bytes after a byte order mark decode as UTF-16 nearly
    whatever they are (a binary behind '\xff\xfe' was one card of nonsense), but their characters are then control,
    unassigned, private-use and rare ones by the hundred, which text in any script holds none or few of."""
    sample = text[:WIDE_SAMPLE]
    junk = sum(1 for c in sample if _junk(c))
    if junk < WIDE_JUNK_MIN or junk < WIDE_JUNK_SHARE * len(sample):
        return None
    return f"it decodes as UTF-16/32, but {junk} of its first {len(sample)} characters are control, unassigned, private-use or rare ones"


def _as_read(data: bytes) -> str:
    """A stretch of a UTF-8 file with stray bytes as it will be read (its other stray bytes as their Windows-1252
    characters: 'une cafétéria', not 'une caf\ufffdtéria'), for a message that quotes it."""
    try:
        return data.decode("utf-8", errors="deckc-cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _stray_bytes(data: bytes) -> Callable[[str], list[Diagnostic]] | None:
    """The report for a UTF-8 file with a few stray bytes of another encoding (a fragment pasted from Word:
    'aren\\x92t'), or None when the file is not UTF-8 elsewhere (no multi-byte UTF-8 character in it: a
    whole-file encoding is the fix then). Each stray byte is named with its line and the Windows-1252
    character it probably is; a whole-file encoding would garble the file's UTF-8 characters."""
    bad: list[tuple[int, bytes]] = []  # (offset, the bytes that do not decode)
    pos = 0
    while pos < len(data):
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad.append((pos + exc.start, data[pos + exc.start : pos + exc.end]))
            pos += exc.end
    good = data
    for offset, chunk in reversed(bad):
        good = good[:offset] + good[offset + len(chunk) :]
    text = good.decode("utf-8", errors="replace")
    if text.isascii():
        return None  # nothing else is UTF-8: a Windows-1252 or Latin-1 file
    wide = sum(1 for b in data if b >= 0x80)
    if 2 * sum(len(chunk) for _, chunk in bad) >= wide and not all(_latin_run(data, offset, len(chunk)) for offset, chunk in bad):
        # most non-ASCII bytes do not decode: a file in GBK, Shift-JIS … whose bytes pair up by chance (T34); unless
        # each is an accented letter of a word typed in a Windows program (N60-1: 'pr\xe9servatif' in a UTF-8 list)
        return None

    def report(rel: str) -> list[Diagnostic]:
        out: list[Diagnostic] = []
        for k, (offset, chunk) in enumerate(bad[:STRAY_MAX]):
            line = data[:offset].count(b"\n") + 1
            chars = chunk.decode("cp1252", errors="replace")
            if "\ufffd" in chars:
                probably = "a byte Windows-1252 does not define either"
            else:
                names = ", ".join(unicodedata.name(c, f"U+{ord(c):04X}").lower() for c in chars)
                probably = f"in Windows-1252 it is {chars} ({names})"
            start = data.rfind(b"\n", 0, offset) + 1
            end = data.find(b"\n", offset)
            before = _as_read(data[max(start, offset - 20) : offset]).lstrip()
            after = data[offset + len(chunk) : min(offset + len(chunk) + 20, len(data) if end < 0 else end)]
            where = f"{before}{chars}{_as_read(after).rstrip()}"
            more = len(bad) - STRAY_MAX if k == STRAY_MAX - 1 and len(bad) > STRAY_MAX else 0
            out.append(
                Diagnostic(
                    rel,
                    line,
                    f"not valid UTF-8 (byte {' '.join(f'0x{b:02x}' for b in chunk)} in '{where}'), {STRAY_NOTE}: "
                    f"a character pasted from another encoding; {probably}"
                    + (f"; and {more} more such bytes" if more else ""),
                    "retype that character in an editor that saves UTF-8; an encoding for the whole file would "
                    "garble its other non-ASCII characters",
                )
            )
        return out

    return report


# what a Latin word's letters are in Windows-1252 (its accented letters, its quotes and dashes), and no more: a
# Shift-JIS or GBK byte pair reads as symbols or as a letter beside a symbol, seldom as a short run of these
_LATIN_LETTERS = frozenset("ŠšŽžŒœŸ‘’“”–—") | frozenset(chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7))
LATIN_RUN_MAX = 3  # bytes of other encodings in a row that a pasted Latin word holds at most ('Gr\xfc\xdfe': 2)


def _latin_run(data: bytes, offset: int, size: int) -> bool:
    """Whether the undecodable bytes at ``offset`` sit in a short run of non-ASCII bytes that reads in Windows-1252 as
    accented letters or typographic marks (a Latin-1 word pasted into a UTF-8 file: 'caf\xe9t\xe9ria')."""
    start, end = offset, offset + size
    while start > 0 and data[start - 1] >= 0x80:
        start -= 1
    while end < len(data) and data[end] >= 0x80:
        end += 1
    if end - start > LATIN_RUN_MAX:
        return False
    try:
        run = data[start:end].decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(c in _LATIN_LETTERS for c in run)


def guess_encoding(data: bytes) -> str | None:
    """The legacy encoding a file's bytes read best as (cp1251 for Russian, GBK for Chinese, Shift-JIS, EUC-KR …),
    by charset-normalizer, for the advice when a file is not UTF-8 (trial9 T34: the advice was always cp1252,
    which turned a Russian file into silent mojibake); None when nothing reads it cleanly."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        name = codecs.lookup(best.encoding).name
        # only a script's own encoding is told apart reliably by it; short Latin text reads as cp1250 as well as
        # cp1252 ('Où' is 'Oů' in cp1250): for Latin scripts the garbling below decides
        if any(name.startswith(p) for p in _SCRIPT_ENCODINGS):
            return {"windows-1251": "cp1251"}.get(name, name)
    return _least_garbled(data[:200_000])


# encodings tried when the detector tells none (a short file: three Korean questions in EUC-KR were 'cp1252' and
# published as 'Áú¹® 1'; Polish cp1250 as 'po³¹czeniowy', Turkish cp1254 as 'Baðlantý': trial24 T24-44)
_TRIED = ("cp1252", "cp1250", "cp1254", "cp1257", "cp949", "cp932", "gb18030", "big5", "cp1251")
_PLAIN_MARKS = set(" \t\r\n.,;:!?¿¡'\"()[]{}<>-–—/\\…«»„“”‘’%&*+=@#$_|~`^°€£§·•")
_RARE_LETTERS = set("ðþýÐÞÝ")  # Icelandic letters: what a Turkish file's ğ ş ı become read as cp1252


def _garbled(text: str) -> float:
    """How much ``text`` looks like bytes read in the wrong encoding: symbols among letters ('po³¹czeniowy',
    'TCP´Â'), control characters, and letters of a rare alphabet inside words."""
    score = 0.0
    for k, ch in enumerate(text):
        if ch.isascii() or ch in _PLAIN_MARKS or ch.isspace():
            continue
        kind = unicodedata.category(ch)
        if (kind[0] == "L" and ch not in _RARE_LETTERS) or kind == "Nd":
            continue
        if ch in _RARE_LETTERS:
            score += 0.5
        else:  # (a symbol, a superscript digit, a control character)
            between = 0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha()
            score += 2 if between else 1
    return score


def _clean_cp1252(data: bytes) -> bool:
    """Whether ``data`` reads as cp1252 without a sign of the wrong encoding (only letters and the usual marks)."""
    try:
        text = data[:200_000].decode("cp1252")
    except UnicodeDecodeError:
        return False
    return _garbled(text) == 0


def _least_garbled(data: bytes) -> str | None:
    """The encoding of :data:`_TRIED` whose reading of ``data`` is least garbled, when it is not cp1252 (the advice
    anyway) and clearly less garbled than cp1252's; None otherwise."""
    scores: dict[str, float] = {}
    for name in _TRIED:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        scores[name] = _garbled(text)
    if not scores:
        return None
    best = min(scores, key=lambda n: (scores[n], _TRIED.index(n)))
    return best if best != "cp1252" and scores[best] < scores.get("cp1252", float("inf")) else None


# legacy encodings of non-Latin scripts (Cyrillic, Greek, Hebrew, Arabic, Thai, Chinese, Japanese, Korean)
_SCRIPT_ENCODINGS = (
    "cp1251", "windows-1251", "koi8", "cp866", "iso8859-5", "mac-cyrillic", "cp1253", "iso8859-7", "cp1255",
    "iso8859-8", "cp1256", "iso8859-6", "cp874", "tis-620", "gb", "big5", "hz", "shift_jis", "cp932", "euc_jp",
    "euc-jp", "iso2022", "euc_kr", "euc-kr", "cp949", "johab",
)


@functools.cache
def scratch_dir(prefix: str) -> Path:
    """A temporary folder for the media a reader extracts from a file (an Anki package's, a Moodle export's embedded
    pictures), one per ``prefix`` per process, removed when the process ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder


_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # bytes no text holds (tab, line ends, form feed, ESC may)


CONTROL_SAMPLE = 65_536  # bytes of a file without NUL looked at for control bytes
CONTROL_MIN = 8  # control bytes (not tab, line ends, form feed or ESC) in them that make it binary, and at least
CONTROL_SHARE = 0.05  # this share of them: random bytes hold one in ten


def _unmarked_wide(data: bytes) -> str | None:
    """The text of a UTF-16 or UTF-32 file saved without a byte order mark whose characters are not all ASCII (a Chinese
    or Russian page in 'Unicode': its NULs are only its ASCII characters' other half, so the half-NUL test of
    :func:`_wide_encoding` does not tell it), or None: the byte order it decodes in with line breaks and no junk
    (:func:`_wide_junk`: a binary's bytes read two by two are control, unassigned and rare characters by the hundred)."""
    found: list[tuple[int, str]] = []
    for name, size in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % size:
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _wide_junk(text) is not None or ("\n" not in text and len(text) > 200):
            continue
        found.append((sum(1 for c in text if c.isascii() and (c.isspace() or c.isalnum())), text))
    return max(found, key=lambda f: f[0])[1] if found else None


def _text_but_nul(data: bytes, encoding: str) -> bool:
    """Text but for its NUL bytes: NULs alone or a few together (a binary's come in long runs), no other control byte, and the rest
    decodes. What a bad copy from Word or a PDF viewer leaves, not a picture or a UTF-16 file."""
    if b"\x00" * 8 in data or _CONTROL.search(data):
        return False
    try:
        data.replace(b"\x00", b"").decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the bytes that are no UTF-8 read as the Windows-1252 characters they are (a dash pasted
    from Word into a UTF-8 file: 0x96 is '–'); a byte Windows-1252 does not define stays an error."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("cp1252"), exc.end


codecs.register_error("deckc-cp1252", _as_cp1252)


def load_document(path: Path, rel: str, encoding: str = "utf-8", stray: bool = False) -> Document:
    """Read a source file (UTF-8 unless its [[source]] says ``encoding``; UTF-16/32 when a byte order
    mark says so), refusing empty, binary and undecodable files clearly. ``stray``: a UTF-8 file's few bytes of
    another encoding (:func:`_stray_bytes`) are read as the Windows-1252 characters they are, not refused."""
    uptodate.note(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError([Diagnostic(rel, None, f"cannot read file: {exc.strerror}", "check the path in deck.toml")]) from None
    wide = _wide_encoding(data, encoding)
    if wide is not None:  # Notepad's "Unicode", Excel's "Unicode Text": the BOM (or the source's encoding) says what it is
        try:
            decoded = data.decode(wide).removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            if (junk := _wide_junk(data.decode(wide, errors="replace"))) is not None:  # (a binary behind the mark: T33)
                raise ContentError([_binary(rel, 1, data, junk.replace("decodes as", "was taken for"))]) from None
            raise ContentError(
                [Diagnostic(rel, None, f"not valid {wide.upper()} (byte {exc.start})", "re-save the file as UTF-8")]
            ) from None
        if (junk := _wide_junk(decoded)) is not None:
            raise ContentError([_binary(rel, 1, data, junk)])
        data = decoded.encode("utf-8")
        encoding = "utf-8"
    if not data.removeprefix(b"\xef\xbb\xbf").strip():  # nothing but white space (and a BOM)
        raise ContentError([Diagnostic(rel, None, "file is empty", "add content or remove it from deck.toml")])
    repaired: list[Diagnostic] = []
    binary = b"\x00" in data and (data.count(b"\x00") > STRAY_NUL_MAX or not _text_but_nul(data, encoding))
    if binary and (unmarked := _unmarked_wide(data)) is not None:  # (UTF-16/32 text with no mark, in any script)
        data, encoding = unmarked.encode("utf-8"), "utf-8"
    if b"\x00" not in data:
        if data.startswith(_SURE_MAGIC):  # (a PDF or a GIF whose bytes happen to hold no NUL)
            raise ContentError([_binary(rel, 1, data, "by its first bytes")])
        sample = data[:CONTROL_SAMPLE]
        if (controls := len(_CONTROL.findall(sample))) >= CONTROL_MIN and controls >= CONTROL_SHARE * len(sample):
            # bytes no text holds by the dozen (random or compressed bytes with no NUL: read as cp1251, one card of
            # nonsense, newdocs round 10); a PDF's ligature glyph pasted as '\x02' now and then is text still
            first = _CONTROL.search(sample)
            line = data[: first.start() if first else 0].count(b"\n") + 1
            raise ContentError([_binary(rel, line, data, f"{controls} control bytes in its first {len(sample):,}")])
    if b"\x00" in data:  # anywhere, not only in the first block: a text file never holds NUL
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        nuls = data.count(b"\x00")
        if nuls > STRAY_NUL_MAX or not _text_but_nul(data, encoding):  # a binary file (or UTF-16 without its mark)
            raise ContentError([_binary(rel, line, data)])
        # A few NULs in text are what a bad copy from Word or a PDF viewer leaves (trial11 P84): they never
        # carry meaning, so they go, and the build says where; the other documents still build.
        data = data.replace(b"\x00", b"")
        repaired.append(
            Diagnostic(
                rel,
                line,
                f"{nuls} stray NUL byte{'s' if nuls > 1 else ''} dropped (a bad copy from Word or a PDF viewer leaves them)",
                "delete them in an editor (the shell command tr -d '\\000' removes them)",
                severity="warning",
            )
        )
    try:
        utf8 = encoding.replace("-", "").lower() == "utf8"
        text = data.decode(encoding, errors="deckc-cp1252" if stray and utf8 and _stray_bytes(data) else "strict")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        name = "UTF-8" if encoding.replace("-", "").lower() == "utf8" else encoding
        if name == "UTF-8" and exc.reason == "unexpected end of data":  # valid up to a character cut in two
            raise ContentError(
                [
                    Diagnostic(
                        rel,
                        line,
                        "the file ends in the middle of a character: it looks cut off (every byte before is valid UTF-8)",
                        "download or copy it again whole (or delete the broken last character); another encoding would not help",
                    )
                ]
            ) from None
        if name == "UTF-8" and (stray := _stray_bytes(data)) is not None:
            raise ContentError(stray(rel)) from None
        guess = guess_encoding(data) if name == "UTF-8" else None
        if name == "UTF-8" and guess is None and _clean_cp1252(data):
            guess = "cp1252"  # (what a Windows 'CSV' or Notepad file is; the best reading of its bytes: trial29 T29-39)
        hint = (
            f'its bytes read best as {guess}: set encoding = "{guess}" in its [[source]] table of deck.toml, '
            f"or re-save the file as UTF-8 (iconv -f {guess} -t utf-8)"
            if guess
            else 'set its encoding in its [[source]] table of deck.toml, e.g. encoding = "cp1252" (Windows) or "latin-1", '
            "or re-save the file as UTF-8 (iconv -f latin1 -t utf-8)"
        )
        raise ContentError(
            [
                Diagnostic(
                    rel, line, f"not valid {name} (byte 0x{data[exc.start]:02x})", hint, fix={"encoding": guess} if guess else None
                )
            ]
        ) from None
    # A byte order mark is invisible: at the start it only says "UTF-8"; anywhere else (files joined with
    # `cat`, each starting with one) it would hide what follows it ('\ufeff## What is …' is no heading,
    # '\ufeff**What …?**' no bold question), so it goes, as a zero-width character, wherever it is.
    text = stray_marks_free(_unhidden(text.replace("\ufeff", "")))
    if (run := _SPACE_RUN.search(text)) is not None:
        text = _PADDING.sub(" " * SPACE_RUN_MAX, text)  # (a table row padded to its widest cell: T28-20)
        if (run := _SPACE_RUN.search(text)) is not None:
            raise ContentError([_space_run(rel, text, run)])
    if Path(rel).suffix.lower() in _LINE_CHECKED and (long := _LONG_LINE.search(text)) is not None:
        raise ContentError([_long_line(rel, text, long)])
    if Path(rel).suffix.lower() in (".md", ".markdown") and "\\" in text:
        text = exported_escapes(text)
    if Path(rel).suffix.lower() in (".md", ".markdown"):
        text = lazy_numbers(text)
    return Document(rel=rel, text=text.replace("\r\n", "\n").replace("\r", "\n"), warnings=tuple(repaired))


# Google Docs' 'Download › Markdown' escapes every '.', ')' and '-' that could start a list: '1\. Which …?', 'a\) Rabbit',
# 'Answers: 1\-b, 2\-a', '**Answer key:** 1\. B 2\. A' (trial34 T34-16: no option read, the key not read). Where a page
# writes two numbers or letters so, the escapes are the export's, not the author's: they go after a number or letter.
_EXPORT_MARK = re.compile(r"(?m)(?:^[ \t]{0,6}(?:\d{1,3}|[A-Za-z])\\[.)]|\b\d{1,3}\\[.-][ \t]*[A-Za-z])")
_EXPORT_ESCAPE = re.compile(r"(?<=[0-9A-Za-z])\\([.)-])")


def exported_escapes(text: str) -> str:
    """A Markdown page exported by Google Docs, its list and key markers unescaped ('1\\. B' as '1. B'); else as it is."""
    if len(_EXPORT_MARK.findall(text)) < 2:
        return text
    lines = text.split("\n")  # (code keeps its backslashes: a regex's '\w\.')
    return "\n".join(line if fenced else _EXPORT_ESCAPE.sub(r"\1", line) for line, fenced in zip(lines, in_fence(lines), strict=True))


# An ordered list item of Markdown: its indent, number and delimiter ('1. ', '1) ')
_LIST_NUMBER = re.compile(r"^( {0,3})(\d{1,9})([.)])(?=[ \t]+\S)")
LAZY_RUN = 2  # items in a run all numbered the same: Markdown's lazy numbering (CommonMark renders '1.' / '1.' as 1, 2)

def lazy_numbers(text: str) -> str:
    """A Markdown list numbered lazily ('1.' on every item, as Markdown renders 1, 2, 3 …) numbered as it renders.

    Its items are one list to a reader, never item 1 with the others glued under it as its answer (the tech interview
    handbook's 30 behavioral questions were one card whose back was the other 29). A run is the items at one indent
    with only blank lines and deeper-indented lines between them, all with the same number and delimiter, LAZY_RUN of
    them: two are enough, as Markdown renders them 1 and 2 (a true/false part '1. … (V)' / '1. … (F)': round-6 R6-2; a
    worksheet's parts of two questions each over 'Answers: 1. Au 2. Fe': sitting 52); code fences are left alone."""
    if len(re.findall(r"(?m)^ {0,3}\d{1,9}[.)][ \t]", text)) < LAZY_RUN:
        return text
    lines = text.split("\n")
    runs: list[list[tuple[int, re.Match[str]]]] = [[]]  # each run's items: their lines, as matched
    key: tuple[str, ...] | None = None
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if key and line[: len(key[0]) + 1].isspace():
            continue  # (a deeper line, a nested list's or an indented code block's too: the item goes on)
        m = None if fenced else _LIST_NUMBER.match(line)
        if m is None:
            if line.strip():
                runs.append([])  # (text or code at the list's indent or less ends it)
                key = None
            continue
        if key != m.groups():
            runs.append([])
            key = m.groups()
        runs[-1].append((k, m))
    for run in runs:
        if len(run) < LAZY_RUN:
            continue
        first = int(run[0][1].group(2))
        for n, (k, m) in enumerate(run):
            lines[k] = f"{m.group(1)}{first + n}{m.group(3)}{lines[k][m.end():]}"
    return "\n".join(lines)


# No Markdown indent, code block or text layout needs this many blanks in a row; a line holding thousands (a broken
# export, a hostile file) made the line rules' regular expressions take minutes on a 40 kB file (lead's check,
# 3 December), so an indent (or a run of tabs) that long is refused with its line, as lists nested too deep are; spaces
# after a line's text are cut to this many (_PADDING).
SPACE_RUN_MAX = 256
_SPACE_RUN = re.compile(rf"[ \t\u00a0]{{{SPACE_RUN_MAX + 1}}}")
# Spaces after a line's text, not its indent: a Markdown table whose cells a formatter padded to its widest (prettier:
# a 130-character Chinese cell, counted double-width, padded its header row with 258 spaces; trial28 T28-20, a whole
# folder's build stopped). Cut to SPACE_RUN_MAX: a table cell, a paragraph or two aligned columns read the same.
_PADDING = re.compile(rf"(?<=[^ \t\u00a0\n])[ \u00a0]{{{SPACE_RUN_MAX + 1},}}")


def _space_run(rel: str, text: str, run: re.Match[str]) -> Diagnostic:
    """The error for the first overlong run of blanks: its line and its length."""
    end = run.end()
    while end < len(text) and text[end] in " \t\u00a0":
        end += 1
    line = text.count("\n", 0, run.start()) + 1
    return Diagnostic(
        rel,
        line,
        f"a run of {end - run.start():,} spaces or tabs in one line; deckc reads at most {SPACE_RUN_MAX} in a row",
        "delete the extra blanks: no indent, code block or table needs that many",
    )


# A line of prose this long is no paragraph anyone wrote but a generated or minified file: one 5 MB line became one
# 5 MB card, a 7 MB cheat sheet and 1.2 GB of memory (trial22 T22-17). Data formats (JSON, CSV, HTML, XML) may put a
# whole bank on one line and are not checked. (A 100,000-character paragraph is built, with a warning: test_new_user.)
LINE_MAX = 1_000_000
_LONG_LINE = re.compile(rf"[^\n]{{{LINE_MAX + 1}}}")
_LINE_CHECKED = frozenset(
    {".txt", ".text", ".md", ".markdown", ".mdx", ".cheatmd", ".org", ".rst", ".adoc", ".asciidoc", ".tex", ".typ", ".qmd", ".rmd"}
)


def _long_line(rel: str, text: str, long: re.Match[str]) -> Diagnostic:
    """The error for the first line longer than LINE_MAX characters: its line and its length. Such a file is no
    document (a minified or generated one): one deck.toml does not name is left out with a warning and the rest of
    the deck builds, as a damaged file is (a file dropped in by mistake never stops the deck; newdocs round 5)."""
    end = text.find("\n", long.start())
    length = (len(text) if end < 0 else end) - long.start()
    line = text.count("\n", 0, long.start()) + 1
    name = Path(rel).name
    return Diagnostic(
        rel,
        line,
        f"a line of {length:,} characters; deckc reads lines of at most {LINE_MAX:,} in a text document "
        "(a generated or minified file, not notes)",
        f"break it into lines (a blank line between questions), or leave the file out of the deck: rename it #{name} "
        "or move it out of sources/",
        group=NOT_A_DOCUMENT,
    )


_FORMAT_MARKS = re.compile("[\u200b\u200c\u200e\u200f\u2060\u202a-\u202e\u2066-\u2069]")
# French typography's no-break space before a colon or a question mark ('**Réponse\u00a0:**': trial16 T16-39)
_TIGHT_SPACE = re.compile("[\u00a0\u202f\u2009](?=[:;?!»])")


def _unhidden(text: str) -> str:
    """``text`` without the invisible marks pasted from web pages and word processors next to its labels (lead H1:
    ``Q\u200b: What is UDP?`` kept its label, ``**A\u200b:**`` its answer's; trial16 T16-43: a right-to-left mark
    before each Arabic ``س:`` / ``ج:``), kept between two letters of a script that needs them (a Thai word break, a
    Persian zero-width non-joiner); a no-break space before a colon is a space (T16-39)."""
    text = _TIGHT_SPACE.sub(" ", text) if "\u00a0" in text or "\u202f" in text or "\u2009" in text else text
    if not _FORMAT_MARKS.search(text):
        return text

    def keep(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        return m.group(0) if before.isalpha() and after.isalpha() and not (before.isascii() or after.isascii()) else ""

    return _FORMAT_MARKS.sub(keep, text)


# Never part of a question: zero-width spaces and joiners-of-words, and the bidi embedding, override
# and isolate controls (an unpaired U+202E shows the rest of the card reversed). ZWJ/ZWNJ stay:
# emoji sequences and Persian or Indic words need them.
_HIDDEN = re.compile("[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def _emoji_word(word: str) -> bool:
    """A word of emoji only (``⭐️``, ``💡``, ``🧑‍💻``): symbols, their selectors and joiners."""
    return all(
        (unicodedata.category(c) in ("So", "Sk") and ord(c) >= 0x2000) or unicodedata.category(c) in ("Mn", "Cf") or c in "\u200d\ufe0f"
        for c in word
    ) and any(unicodedata.category(c) == "So" for c in word)


# a full-width bracket after a section's name holding a sentence: the instruction for its questions, no part of its name
# ('一、判断题（对的打“√”，错的打“×”）', '二、选择题（每题2分，共10分）')
_INSTRUCTION_TAIL = re.compile(r"(?<=\S)\s*（[^（）]*[，；。][^（）]*）\s*$")


# the count of a section's questions after its name: 'System Questions (37)', 'Network [23]', 'Fragen (12 Fragen)', 'Part A
# — 20 questions': it counts, it does not name (trial32 T32-5: adding a question renamed every note's section and tag)
_COUNT_WORDS = (
    r"(?:questions?|qs?|items?|cards?|problems?|exercises?|fragen|aufgaben|preguntas|ejercicios|questões|perguntas|domande"
    r"|esercizi|vragen|pytań|pytania|вопрос\w*|задани\w*|задач\w*|soal|câu|题|題|問|문제|문항"
    # (or the marks each earns: 'Short Answer Type Questions (3 marks each)', 'Kurzfragen (je 1 Punkt)', T32-21)
    r"|marks?|points?|pts?|punkte?|puntos?|punti|pontos?|баллов|балла|балл|分|点|점)"
)
# (a word before the count, 'je 1 Punkt', 'each 2 marks'; in a script written without spaces glued to it, '共4分', '全5問',
# and a measure word between the number and what it counts, '共4小题', '共20道题': one rule for every marks tail, T34-8)
_HAN = "\u3400-\u9fff"
_COUNT_TAIL = re.compile(
    rf"(?i)(?<=\S)\s*(?:[(\[（【]\s*(?P<bare>\d{{1,3}})\s*[)\]）】]"
    rf"|[(\[（【]\s*(?:[^\W\d_]{{1,6}}\s+|[{_HAN}]{{1,2}})?\d{{1,3}}\s*[{_HAN}]?{_COUNT_WORDS}(?:\s+[^\W\d_]{{1,6}})?\s*[)\]）】]"
    rf"|\s[-–—]\s*\d{{1,3}}\s*{_COUNT_WORDS})\s*$"
)
# a name that says what it counts ('Cyber Security Questions'), in the plural: 'Exercise (1)' may be named by its number
_COUNTED = re.compile(
    r"(?i)(?:^|\s)(?:questions|qs|items|cards|problems|exercises|fragen|aufgaben|preguntas|ejercicios|questões|perguntas"
    r"|domande|esercizi|vragen|pytania|вопросы|задания|задачи)$"
)


def _without_count(name: str) -> str:
    """``name`` without the count after it (:data:`_COUNT_TAIL`); a bare number in brackets only after a name of two
    words or more or one naming what it counts ('Exercise (1)' keeps its number: it may be what names it)."""
    m = _COUNT_TAIL.search(name)
    if m is None:
        return name
    head = name[: m.start()]
    if m.group("bare") and len(head.split()) < 2 and not _COUNTED.search(head):
        return name
    return head


def bare_section(name: str) -> str:
    """A section's name without the emoji a page sets before or after it (``## ⭐️ 基本数据类型``, ``## Java 💎``): an
    importance mark or a decoration, no word of the section's (trial26 T26-17); nor the instruction in full-width
    brackets after it (``一、判断题（对的打“√”，错的打“×”）``: trial26 T26-18); nor the count of its questions
    (``System Questions (37)``: T32-5); nor a run of ``*`` closing a bold its name never opens (sitting 54)."""
    name = _without_count(_INSTRUCTION_TAIL.sub("", name))
    if name.endswith("*") and "*" not in name.rstrip("*"):  # ('Medium-Level … Questions**': a bold closed, never opened)
        name = name.rstrip("*").rstrip() or name
    words = name.split()
    if not any(_emoji_word(w) for w in words[:1] + words[-1:]):
        return name
    while len(words) > 1 and _emoji_word(words[0]):
        words.pop(0)
    while len(words) > 1 and _emoji_word(words[-1]):
        words.pop()
    return " ".join(words)


# a Markua quiz's directive alone on its line ('{/quiz}', '{choose-answers: 4, points: 2}' of the next question): the
# platform's, never the item's text as written
_DIRECTIVE = re.compile(r"^\s*\{\s*/?\s*(?i:quiz|exercise|choose-answers|points|attempts|random-choice-order|case-sensitive)\b[^{}]*\}\s*$")


def _without_directives(original: str) -> str:
    """``original`` without the Markua directives (and blank lines) that end it, when any does (sitting 56: a quiz's
    last question's text ended in '{/quiz}', the one before its next's '{choose-answers: …}')."""
    lines = original.split("\n")
    end, seen = len(lines), False
    while end > 1 and (not lines[end - 1].strip() or _DIRECTIVE.match(lines[end - 1])):
        seen = seen or bool(lines[end - 1].strip())
        end -= 1
    return "\n".join(lines[:end]) if seen else original


def make_item(
    doc: Document,
    source: SourceConfig,
    diag: Diagnostics,
    line: int,
    **fields: object,
) -> Item | None:
    """Build an :class:`Item`, turning validation errors into ``file:line`` diagnostics."""
    from pydantic import ValidationError

    if fields.get("label") is not None:
        fields["label"] = clean_label(fields["label"])  # type: ignore[arg-type]
    if isinstance(fields.get("question"), str):
        fields["question"] = _HIDDEN.sub("", fields["question"])  # type: ignore[arg-type]
    if isinstance(fields.get("original"), str) and "{" in fields["original"]:
        fields["original"] = _without_directives(fields["original"])  # type: ignore[arg-type]
    if isinstance(fields.get("section"), list):
        fields["section"] = [bare_section(s) if isinstance(s, str) else s for s in fields["section"]]  # type: ignore[union-attr]
    if source.reverse and fields.get("kind", ItemKind.basic) is ItemKind.basic:
        fields["reverse"] = True  # [[source]] reverse = true: a card each way
    try:
        return Item(source=source.id, locator=doc.locator(line), **fields)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = [err["msg"].removeprefix("Value error, ") for err in exc.errors()]
    # One odd item never stops a deck of hundreds (learner M13: a quiz whose heading was not read as its
    # question made the whole build fail): it is listed as skipped, with a warning at its line.
    set_aside = _unreadable(doc, source, line, fields, "; ".join(problems))
    for msg in problems:
        (diag.warning if set_aside else diag.error)(
            doc.rel,
            line,
            f"{msg}: this item makes no card" if set_aside else msg,
            "fix the item in the source or add an override (docs/content.md, 'Overrides')",
            group=f"unreadable-{msg}" if set_aside else "",
        )
    return set_aside


def basic_item(
    doc: Document, source: SourceConfig, diag: Diagnostics, line: int, hint: str, answer: list[Block], **fields: object
) -> Item | None:
    """A basic item with its answer, or, without one, the item set aside as "no answer" with the warning the
    readers of exports give ('question has no answer', ``hint`` saying where the answer goes)."""
    if not answer:
        diag.warning(doc.rel, line, "question has no answer", hint, group="no-answer")
    return make_item(doc, source, diag, line, answer=answer, skip="" if answer else "no answer", **fields)


def _unreadable(doc: Document, source: SourceConfig, line: int, fields: dict[str, object], why: str) -> Item | None:
    """The item a reader could not make, set aside (``skip``) so the manifest still accounts for it: named by
    its question, else the first line of its text, else its line."""
    from pydantic import ValidationError

    original = str(fields.get("original") or "")
    question = fields.get("question")
    named = (
        " ".join(question.split())
        if isinstance(question, str) and question.strip()
        else next((t.strip() for t in original.splitlines() if t.strip()), "") or f"(item at line {line})"
    )
    try:
        return Item(
            source=source.id, locator=doc.locator(line), question=named[:200], original=original or named, skip=why,
            key=f"{source.id}/unreadable-line-{line}", anchor=f"{source.id}:unreadable-line-{line}",
        )
    except ValidationError:
        return None
