"""Repairs applied to raw document text (and question text) before or while parsing.

``repair_mojibake`` runs on a whole document when its source is configured with
``repair = ["mojibake"]``.  Regular UTF-8-read-as-cp1252 mojibake (``â€”``) is
left to ftfy, but ftfy only fixes *complete* byte sequences; some exports lose
bytes, so a few damaged forms are repaired first, by rules narrow enough not to
touch correct text:

- ``â€`` not followed by a cp1252 continuation character is ``”`` whose third
  byte (0x9D, undefined in cp1252) was dropped: ``mappingâ€)`` → ``mapping”)``.
- ``†`` (U+2020) or U+FFFD that closes a curly quote left open on its line is
  ``”``: ``“network design†mean`` → ``“network design” mean`` (a space is
  added when a lowercase letter follows, since the export swallowed it).
- ``∠`` (U+2220) directly before a digit is ``∝``: ``scale ∠1/fan_avg``.

The text is repaired line by line, so line numbers never move.  A U+FFFD the
rules cannot place is left in place for the reader to report with its line.
"""

from __future__ import annotations

import re


def _continuation_chars() -> str:
    """How bytes 0x80–0xBF look after a sloppy cp1252 decode (ftfy's view of mojibake)."""
    chars = []
    for byte in range(0x80, 0xC0):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))  # undefined in cp1252: kept as the C1 control
    return "".join(chars)


CP1252_CONT = _continuation_chars()
_LOST_CLOSE = re.compile("\u00e2\u20ac(?![" + re.escape(CP1252_CONT) + "])")
_ORPHAN = re.compile("(?<!\u00e2\u20ac)[\u2020\ufffd]")
_ANGLE_FOR_PROPTO = re.compile("\u2220(?=\\s?\\d)")

# Marks of broken decoding.  'Ã' is a letter of its own (Portuguese NÃO, SÃO, Vietnamese, Guarani): it marks mojibake
# only before a byte 0x80–0xBF as Windows-1252 shows it ('Ã©' for 'é', 'Ã£' for 'ã'), never before a letter A–Z,
# a space or punctuation.  '†' stays a marker only after 'â€' (a lost close quote); alone it is a dagger.
MOJIBAKE = re.compile("\u00e2\u20ac|\u00c3[" + re.escape(CP1252_CONT) + "]|\ufffd")


def _close_open_quotes(line: str) -> str:
    """Turn ``†``/U+FFFD into ``”`` where it closes a ``“`` still open on the line."""
    out: list[str] = []
    pos = 0
    for match in _ORPHAN.finditer(line):
        before = "".join(out) + line[pos : match.start()]
        if before.count("\u201c") > before.count("\u201d"):
            after = line[match.end() : match.end() + 1]
            close = "\u201d " if after.islower() else "\u201d"
            out.append(line[pos : match.start()] + close)
        else:
            out.append(line[pos : match.end()])
        pos = match.end()
    out.append(line[pos:])
    return "".join(out)


def repair_line(line: str) -> str:
    """Repair one line: the damaged forms above, then ftfy for regular mojibake."""
    if line.isascii():
        return line
    line = _LOST_CLOSE.sub("\u201d", line)
    line = _close_open_quotes(line)
    line = _ANGLE_FOR_PROPTO.sub("\u221d", line)
    import ftfy  # here: only a source configured with repair = ["mojibake"] needs it

    return ftfy.fix_text(line, uncurl_quotes=False)


def repair_mojibake(text: str) -> str:
    """Repair a whole document; keeps curly quotes and the exact line structure."""
    return "\n".join(repair_line(line) for line in text.split("\n"))


def has_mojibake(text: str) -> bool:
    """True if the text still shows a mark of broken decoding."""
    return MOJIBAKE.search(text) is not None


# the English words a question opens with ('what …?', 'is it …?'): one list for the rules that tell a question by its
# first word (a lost '?' here, a lower-case front's capital in compiler.sources.capitals)
ASKING_WORDS = ("what", "why", "how", "when", "where", "which", "who", "whom", "whose", "is", "are", "does", "do", "did", "can", "could", "should", "would", "will")
_INTERROGATIVE = re.compile(rf"^({'|'.join(ASKING_WORDS)})\b", re.IGNORECASE)
_TRAILING_CLOSERS = "\u201d\u2019\"')]"


def complete_question(question: str) -> str:
    """Append the '?' an export lost: only for a question that starts with an
    interrogative word, has no '?' anywhere, and ends without terminal punctuation."""
    text = question.rstrip()
    if not text or "?" in text or not _INTERROGATIVE.match(text):
        return text
    core = text.rstrip(_TRAILING_CLOSERS)
    if core and core[-1] in ".!:;…":
        return text
    return text + "?"


# A soft hyphen (U+00AD: Word's optional hyphen, HTML's &shy;) only says where a word may break; a zero-width
# joiner (U+200D) joins emoji and the letters of Indic and Arabic words, never an ASCII letter or a space.  Pasted
# from word processors and web pages they are invisible on the card yet made 'The mito\u00adchondrion.' another
# answer than 'The mitochondrion.': two notes of one question (trial26 T26-11).
_SOFT_HYPHEN_OR_STRAY_JOINER = re.compile("\u00ad|\u200d(?=[\\x00-\\x7f]|$)|(?<=[\\x00-\\x7f])\u200d|^\u200d")


def stray_marks_free(text: str) -> str:
    """``text`` without its soft hyphens and the zero-width joiners beside an ASCII character, a space or an end."""
    if "\u00ad" not in text and "\u200d" not in text:
        return text
    return _SOFT_HYPHEN_OR_STRAY_JOINER.sub("", text)
