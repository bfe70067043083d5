"""Speed work of the twentieth sitting (issue 13): caches that must change no byte of any output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from compiler import regexcache

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = r"""
import re
pats = [
    (r"(?P<num>\d+)[.)]\s+(?P<text>.*)", 0),
    (r"^\s*(?:Q|Question)\s*[:.]\s*", re.I | re.M),
    (r"[\u4e00-\u9fff]+|\w+(?:'\w+)?", 0),
    (rb"\x00+(?P<tail>[^\x00]*)", 0),
    (r"(a|b)*?c{2,5}(?=d)(?<!e)", re.S | re.X),
    (r"(?i:x)(?#note)y", 0),
]
out = []
for p, f in pats:
    c = re.compile(p, f)
    out.append([repr(c.pattern), c.flags, c.groups, sorted(c.groupindex.items()),
                [repr(m.groups()) for m in c.finditer(b"12. ab\x00\x00tail" if isinstance(p, bytes) else "12. ab Q: aabcccd 中文 x")]])
print(__import__("json").dumps(out))
"""


def _run(folder: Path | None, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a fresh process with the regex cache in ``folder`` (written however little was compiled)."""
    prelude = (
        "from compiler import regexcache\nregexcache.WORTH = 0.0\n"
        "from pathlib import Path\n"
        f"regexcache.install({None if folder is None else f'Path({str(folder)!r})'})\n"
    )
    return subprocess.run([sys.executable, "-c", prelude + script], capture_output=True, text=True, cwd=ROOT, check=True)


def test_kept_patterns_are_equal_to_compiled_ones(tmp_path: Path) -> None:
    """A pattern made from kept code matches exactly as ``re``'s own (same pattern, flags, groups, matches)."""
    plain = _run(None, PATTERNS).stdout
    first = _run(tmp_path, PATTERNS).stdout  # compiles, then keeps the code
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    used = "\nfrom compiler.regexcache import _installed as k\nprint(len(k.used), len(k.missed))\n"
    second = _run(tmp_path, PATTERNS + used).stdout.splitlines()
    assert first.strip() == second[0] == plain.strip()
    hits, misses = map(int, second[1].split())
    assert hits >= 6 and misses == 0  # the six patterns above (and the standard library's) came from the file
    # equal as objects (re compares pattern, flags and code)
    eq = "import re\nc = re.compile(r'(?P<x>a+)b|c', re.I)\nre.purge()\nfrom re import _compiler\nprint(c == _compiler.compile(r'(?P<x>a+)b|c', 2))\n"
    _run(tmp_path, eq)
    assert _run(tmp_path, eq + used).stdout.split()[:1] == ["True"]


def test_damaged_or_foreign_file_is_ignored(tmp_path: Path) -> None:
    plain = _run(None, PATTERNS).stdout
    _run(tmp_path, PATTERNS)
    (path,) = tmp_path.glob("regex-*.marshal")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert _run(tmp_path, PATTERNS).stdout == plain
    path.write_bytes(b"not marshal at all")
    assert _run(tmp_path, PATTERNS).stdout == plain


def test_bad_code_in_an_entry_falls_back_to_re(tmp_path: Path) -> None:
    """An entry ``_sre`` refuses (code it cannot run) is compiled by ``re`` instead."""
    cache = regexcache._Cache(tmp_path / "x.marshal", "tag", {("a+", 0): (32, b"\xff\xff\xff\xff" * 4, 0, {}, (None,))})
    import re
    from re import _compiler

    made = cache.compile(_compiler.compile, "a+", 0)
    assert made == re.compile("a+") and ("a+", 0) not in cache.table


def test_build_writes_the_same_bytes_with_kept_patterns(tmp_path: Path) -> None:
    """A build whose patterns come from the user's file writes byte for byte what one without it writes.

    The first build finds no file: every pattern is compiled by ``re``, as with ``DECKC_VECTOR_CACHE=off`` (a third
    build with the cache off cost a twentieth of a minute of the suite and compared the same thing)."""
    content = ROOT / "content"
    outs = []
    for n, kept in enumerate((str(tmp_path / "user"), str(tmp_path / "user"))):
        env = {**os.environ, "DECKC_VECTOR_CACHE": kept}
        out = tmp_path / f"b{n}"
        copy = tmp_path / f"c{n}"
        subprocess.run(["cp", "-r", str(content), str(copy)], check=True)
        subprocess.run([str(Path(sys.executable).parent / "deckc"), "build", str(copy), "-o", str(out), "--only", "apkg,csv,json"],
                       capture_output=True, text=True, env=env, cwd=ROOT, check=True)
        outs.append({p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".csv", ".json")})
    assert list((tmp_path / "user").glob("regex-*.marshal"))
    manifest = [json.loads(o["regularization.json"]) for o in outs]
    for m in manifest:
        m.pop("built", None)
    assert outs[0]["regularization.csv"] == outs[1]["regularization.csv"]
    assert manifest[0] == manifest[1]


def test_a_folder_that_cannot_be_written_leaves_nothing(tmp_path: Path) -> None:
    """Saving into a path that is a file, not a folder: nothing written, no temporary file left, no error."""
    blocked = tmp_path / "file"
    blocked.write_text("x")
    cache = regexcache._Cache(blocked / "regex.marshal", "tag", {})
    import re
    from re import _compiler

    cache.compile(_compiler.compile, r"(?P<w>\w+)-\d+", 0)
    cache.miss_time = 1.0
    cache.save()
    assert blocked.read_text() == "x" and list(tmp_path.iterdir()) == [blocked]
    assert re.compile(r"(?P<w>\w+)-\d+")  # (re itself untouched by the cache object)


def test_save_adds_code_that_makes_an_equal_pattern(tmp_path: Path) -> None:
    """In-process round trip: what save() keeps, a new cache loads and makes into a pattern equal to re's."""
    import re
    from re import _compiler

    path = tmp_path / "regex.marshal"
    first = regexcache._Cache(path, "tag", {})
    patterns = [(r"(?P<n>\d+)[.)]\s+(?P<t>.*)", 0), (r"^\s*Q\s*[:.]", int(re.I | re.M)), (rb"\x00+", 0)]
    for p, f in patterns:
        first.compile(_compiler.compile, p, f)
    first.miss_time = 1.0
    first.save()
    second = regexcache._Cache(path, "tag", regexcache._load(path, "tag"))
    for p, f in patterns:
        made = second.compile(lambda *_: None, p, f)  # never re: every pattern comes from the file
        assert made == re.compile(p, f) and made.groupindex == re.compile(p, f).groupindex
    assert regexcache._load(path, "other tag") == {}
