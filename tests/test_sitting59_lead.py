"""Fifty-ninth sitting, lead: the suite's repeated pattern compiles (issue 13, the test suite's time)."""

from __future__ import annotations

import re
import subprocess
import sys


def test_a_pattern_re_dropped_is_the_same_pattern_again_not_a_second_compile() -> None:
    """Python's ``re`` keeps 512 compiled patterns; deckc's readers use ~4,000, so a long process (a test worker,
    ``deckc watch``) compiled the ones ``re`` had dropped again and again (sitting 59: ~6,000 times a worker).
    With the kept patterns installed (every deckc command, and each test process: tests/conftest.py) a pattern
    made once is the very same object when asked for again."""
    from compiler import regexcache

    assert regexcache._installed is not None
    first = re.compile(r"sitting59-(?P<what>memo)\s+\d{2,}")
    re.purge()  # (what re's own cache does to the oldest of 512 patterns)
    again = re.compile(r"sitting59-(?P<what>memo)\s+\d{2,}")
    assert again is first and again.match("sitting59-memo 42").group("what") == "memo"
    assert re.compile(r"sitting59-(?P<what>memo)\s+\d{2,}", re.I) is not first  # flags are part of the key


def test_a_pattern_made_from_kept_code_is_kept_for_the_process_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The second process reads the first one's kept code; a pattern made from it and dropped by ``re`` is not made
    again either, and matches as ``re``'s own does."""
    script = (
        "import re, sys\nfrom pathlib import Path\nfrom compiler import regexcache\n"
        "regexcache.WORTH = 0  # (kept however quick it was to compile)\nregexcache.install(Path(sys.argv[1]))\n"
        "p = re.compile(r'kept-(?P<n>\\d+)-(?:a|b)+$')\nre.purge()\n"
        "q = re.compile(r'kept-(?P<n>\\d+)-(?:a|b)+$')\n"
        "k = regexcache._installed\n"
        "print(q is p, q.match('kept-7-abba').group('n'), (p.pattern, 0) in k.table)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True).stdout.split()
        for _ in range(2)
    ]
    assert runs[0] == ["True", "7", "False"]  # compiled by re, kept at exit
    assert runs[1] == ["True", "7", "True"]  # made from the kept code, then the same object again
