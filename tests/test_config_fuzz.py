"""Bounded property-based fuzzing of the config loaders (a few seconds in CI).

Whatever bytes the config files hold, loading a project either succeeds or
reports ``file:line`` diagnostics for the files involved: never a traceback,
never a line outside the file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compiler.diagnostics import ContentError, Diagnostics
from compiler.project import load_project
from compiler.tomlfile import key_lines

FILES = ("deck.toml", "overrides.toml", "decisions.toml", "dedupe.toml", "topics.toml", "deckc.lock")
GOOD = {
    "deck.toml": '[deck]\nname = "T"\n\n[[source]]\nid = "doc"\nfile = "sources/doc.txt"\nlayout = "grill"\n'
    'difficulty = { from = "ranges", ranges = [[1, 5, "easy"]] }\n',
    "overrides.toml": "[[override]]\nitem = \"doc/what\"\nanswer = '''\nx\n'''\n",
    "decisions.toml": '[[merge]]\nitems = ["doc/a", "doc/b"]\nwhy = "same"\n',
    "dedupe.toml": '[dedupe]\nauto_merge = 0.9\n\n[[contrast]]\nname = "x"\nterms = ["a", "b"]\n',
    "topics.toml": '[[topic]]\nname = "t"\nkeywords = ["k"]\n',
    "deckc.lock": '{"deckc_lock": 1}\n',
}
# TOML-ish fragments: the lines a damaged or hand-edited config is made of
FRAGMENTS = [
    "[deck]", "[[source]]", "[[override]]", "[[merge]]", "[[keep_apart]]", "[dedupe]", "[[contrast]]",
    "[[topic]]", "[source.difficulty]", 'name = "x"', "name = 3", 'id = "doc"', "id = 1",
    'file = "sources/doc.txt"', 'layout = "grill"', 'layout = "nope"', "item = 'doc/what'",
    'items = ["doc/a"]', "items = [", '"doc/b",', "]", "answer = '''", "'''", 'answer = """', '"""',
    "auto_merge = 2", 'auto_merge = "high"', "suggest = 0.99", "terms = []", "keywords = [1, 2]",
    'difficulty = { from = "label", labels = { a = "easy" } }', "difficulty = { from = 3 }",
    "ranges = [[1, 2]]", "x.y.z = 1", '"quoted key" = 1', "= 1", "[", "[[", "]]", "# comment",
    "unknown = true", '{"deckc_lock": 2}', '{"guid": "g"}', "<<<<<<< HEAD", "", "\t", "a = 1 # [x]",
]
line = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20))
text = st.lists(line, max_size=12).map(lambda ls: "\n".join(ls) + "\n")
data = st.one_of(
    text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=60),
    text.map(lambda t: t.encode("utf-8", "surrogatepass") + b"\xff\xfe"),
)


def check(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp)
        (content / "sources").mkdir()
        for name, body in {**{n: g.encode() for n, g in GOOD.items()}, **files}.items():
            (content / name).write_bytes(body)
        diag = Diagnostics()
        try:
            load_project(content, diag)
            found = diag.items
        except ContentError as exc:
            found = exc.diagnostics
        for d in found:
            assert d.file in FILES, d
            if d.line is not None:
                body = (content / d.file).read_bytes()
                assert 1 <= d.line <= body.count(b"\n") + 1, (d, body)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(FILES), body=data)
def test_any_bytes_in_one_config_file(name: str, body: bytes) -> None:
    check({name: body})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FILES), data, max_size=4))
def test_several_broken_files_at_once(files: dict[str, bytes]) -> None:
    check(files)


@settings(max_examples=300, deadline=None)
@given(text)
def test_key_lines_never_fails(body: str) -> None:
    lines = key_lines(body)
    assert all(1 <= n <= body.count("\n") + 1 for n in lines.values())
