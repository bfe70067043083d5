"""Saved web pages (.html/.htm) and Jupyter notebooks (.ipynb) build with no config, as Markdown does.

The documents are in tests/data/newuser/web/ (written here) and tests/data/newuser/public/ (public
pages and notebooks, provenance in tests/data/newuser/README.md).  Each is dropped into a new deck
folder's sources/ with no [[source]] table, as a new user does.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ankiutil import import_apkg, notes, open_collection
from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main
from compiler.diagnostics import grouped

DATA = Path(__file__).parent / "data" / "newuser"


def deck(tmp: Path, *names: str, files: dict[str, bytes] | None = None, table: str = "") -> Path:
    """A deck folder with these fixtures (paths under tests/data/newuser/, each with the folder holding
    its images) in sources/, and files written as given."""
    content = tmp / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    for name in names:
        src = DATA / name
        shutil.copy(src, content / "sources" / src.name)
        images = src.parent / "page_files"
        if images.is_dir() and not (content / "sources" / "page_files").exists():
            shutil.copytree(images, content / "sources" / "page_files")
    for name, data in (files or {}).items():
        (content / "sources" / name).write_bytes(data)
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    return content


def compiled(content: Path, out: Path, formats: tuple[str, ...] = ("json",)):  # type: ignore[no-untyped-def]
    result = build(content, out, formats=formats, now=1_000)
    assert result.compiled is not None
    return result.compiled


def cards(content: Path, out: Path, build_first: bool = True) -> dict[str, str]:
    """question -> answer HTML, from the manifest."""
    if build_first:
        compiled(content, out)
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}


def messages(content: Path, out: Path) -> list[str]:
    return [d.text() for d in compiled(content, out).diagnostics.items]


# --- a saved page ---------------------------------------------------------------------------------


def test_saved_page_builds_with_no_config_and_imports_into_anki(tmp_path: Path) -> None:
    content = deck(tmp_path, "web/python-faq.html")
    out = tmp_path / "build"
    result = compiled(content, out, formats=("apkg", "json"))
    said = [d.text() for d in result.diagnostics.items]
    assert any("sources/python-faq.html: warning: not listed in deck.toml; read as layout 'markdown'" in m for m in said), said
    questions = [i.question for i in result.items]
    assert questions == [
        "What is the GIL?",
        "How do you reverse a list?",
        "What does `__init__` do?",
        "What is a decorator?",
        "What does this diagram show?",
        "Which types are mutable?",
        "Is `1 < 2` true in JavaScript?",
        "What does PEP 8 cover?",
    ]  # and 'What is a metaclass?', which has no answer
    col = open_collection(tmp_path / "anki")
    try:
        log = import_apkg(col, out / "mine.apkg")
        assert log.new == 8  # the metaclass question has no answer: no card
        fronts = {n["fields"]["Question"] for n in notes(col).values()}
        assert "What is the GIL?" in fronts and "What is a metaclass?" not in fronts
        assert col.media.have("diagram.png")  # the image saved beside the page travels with the deck
    finally:
        col.close()


def test_page_chrome_is_left_out(tmp_path: Path) -> None:
    content = deck(tmp_path, "web/python-faq.html")
    found = cards(content, tmp_path / "build")
    everything = json.dumps(found)
    for chrome in ("What is evil", "What is Java", "What is the FAQ", "Home", "2026", "color:red"):
        assert chrome not in everything
    assert "¶" not in everything  # the heading's permalink


def test_page_content_reads_as_markdown_does(tmp_path: Path) -> None:
    content = deck(tmp_path, "web/python-faq.html")
    found = cards(content, tmp_path / "build")
    gil = found["What is the GIL?"]
    assert "<strong>global interpreter lock</strong>" in gil
    assert '<a href="https://docs.python.org/3/glossary.html"' in gil  # a link to the web stays a link
    assert "and below." in gil  # a link within the page is its text
    code = found["How do you reverse a list?"]
    assert 'data-lang="python"' in code  # Sphinx's highlight-python wrapper names the language
    assert "__reversed__" in code and "*not*" in code  # verbatim: nothing escaped, nothing taken as emphasis
    js = found["Is <code>1 &lt; 2</code> true in JavaScript?"]
    assert 'data-lang="js"' in js and "&lt;" in js and "${" in js
    assert "<li>returns a callable</li>" in found["What is a decorator?"]  # a <details> toggle
    assert '<img src="diagram.png"' in found["What does this diagram show?"]
    assert "<td>tuple</td>" in found["Which types are mutable?"]
    assert found["What does PEP 8 cover?"] == "<p>Style: naming, layout &amp; comments.</p>"


def test_messages_name_the_page_and_its_own_lines(tmp_path: Path) -> None:
    content = deck(tmp_path, "web/python-faq.html")
    result = compiled(content, tmp_path / "build")
    said = [d.text() for d in result.diagnostics.items]
    assert any(m.startswith("sources/python-faq.html:33: warning: question has no answer") for m in said), said
    lines = {i.question: i.locator.line for i in result.items}
    assert lines["What is the GIL?"] == 9
    assert lines["What is a decorator?"] == 19
    assert lines["What does PEP 8 cover?"] == 34


def test_page_encoding_from_meta_charset_and_bom(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
        "<h2>What is a caf\u00e9?</h2><p>A place for coffee \u2013 and talk.</p></body></html>"
    )
    content = deck(
        tmp_path,
        files={
            "cp1252.html": page.encode("cp1252"),
            "bom.htm": b"\xef\xbb\xbf" + page.replace("windows-1252", "iso-8859-1").replace("caf\u00e9", "na\u00efve cafe").encode("utf-8"),
        },
    )
    found = cards(content, tmp_path / "build")
    assert found["What is a caf\u00e9?"] == "<p>A place for coffee \u2013 and talk.</p>"
    assert "What is a na\u00efve cafe?" in found  # the BOM wins over the page's own label


def test_page_without_main_uses_its_article_or_body(tmp_path: Path) -> None:
    article = (
        "<html><body><div class='sidebar'><ul><li><a href='a.html'>Other posts</a></li></ul></div>"
        "<article><header><h1>Interview notes</h1></header><h3>What is a mutex?</h3><p>A lock.</p>"
        "<footer>Posted in: interviews</footer></article>"
        "<div class='comments'><h3>What do readers think?</h3><p>Lots.</p></div></body></html>"
    )
    content = deck(tmp_path, files={"notes.html": article.encode()})
    found = cards(content, tmp_path / "build")
    assert list(found) == ["What is a mutex?"]
    assert found["What is a mutex?"] == "<p>A lock.</p>"


def test_page_lazy_images_and_remote_images(tmp_path: Path) -> None:
    page = (
        "<main><h2>What is in the picture?</h2>"
        '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://example.org/cat.png" alt="a cat"></p>'
        '<h2>And here?</h2><p><img src="//cdn.example.org/dog.png" alt="a dog"> A dog?</p></main>'
    )
    content = deck(tmp_path, files={"pics.html": page.encode()})
    found = cards(content, tmp_path / "build")
    # remote images: a link by default, as for Markdown sources (remote_images in the source's table)
    assert '<a href="https://example.org/cat.png">[image: a cat]</a>' in found["What is in the picture?"]


def test_empty_page_and_binary_page_fail_naming_the_file(tmp_path: Path) -> None:
    for name, data, needle in (
        ("blank.html", b"  \n", "empty"),
        ("shot.html", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ):
        content = deck(tmp_path / name, table=f'\n[[source]]\nid = "x"\nfile = "sources/{name}"\n', files={name: data})
        out = tmp_path / name / "out"
        result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
        assert result.exit_code == 1, result.output
        assert f"sources/{name}" in result.output and needle in result.output
        assert not out.exists() or not any(out.iterdir())


# --- a notebook -----------------------------------------------------------------------------------


def test_notebook_builds_with_no_config(tmp_path: Path) -> None:
    content = deck(tmp_path, "web/exercises.ipynb")
    out = tmp_path / "build"
    result = compiled(content, out, formats=("apkg", "json"))
    assert [i.question for i in result.items] == [
        "What is a list comprehension?",
        "How do you square the numbers 0 to 4?",
    ]  # and 'What is a generator?', whose answer is 'TODO'
    assert [i.question for i in result.deck.skipped] == ["What is a generator?"]
    found = cards(content, out, build_first=False)
    code = found["How do you square the numbers 0 to 4?"]
    assert 'data-lang="python"' in code and "squares" in code  # the code cell, in the kernel's language
    assert "16]" not in code  # outputs are left out
    lines = {i.question: i.locator.line for i in [*result.items, *result.deck.skipped]}
    assert lines == {"What is a list comprehension?": 10, "How do you square the numbers 0 to 4?": 20, "What is a generator?": 46}
    col = open_collection(tmp_path / "anki")
    try:
        assert import_apkg(col, out / "mine.apkg").new == 2  # 'TODO' is a placeholder: no card
    finally:
        col.close()


def test_notebook_messages_name_the_file_line_and_the_cell(tmp_path: Path) -> None:
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Quiz\n"]},
            {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": ["x = 1\n", "y = 2"]},
            {
                "cell_type": "markdown",
                "metadata": {},
                "source": ["## What is X?\n", "\n", "X is a thing.\n", "\n", "## What is Y?\n", "\n", "## What is Z?\n", "Z is z."],
            },
            {"cell_type": "markdown", "metadata": {}, "source": ["## What is W?\n"]},
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(nb, indent=1)
    content = deck(tmp_path, files={"quiz.ipynb": text.encode()})
    said = messages(content, tmp_path / "build")
    line = text.splitlines().index('    "## What is Y?\\n",') + 1
    assert any(m.startswith(f"sources/quiz.ipynb:{line}: warning: question has no answer [cell 3, line 5]") for m in said), said
    shown = [d.text() for d in grouped(compiled(content, tmp_path / "again").diagnostics.items)]
    first = next(m for m in shown if m.startswith(f"sources/quiz.ipynb:{line}: warning: question has no answer [cell 3, line 5]"))
    assert first.endswith("[2 times; also at cell 4, line 1]"), first  # trial8 H17: the cell, not a line of the JSON


def test_broken_notebook_fails_naming_the_file(tmp_path: Path) -> None:
    for name, data, needle in (
        ("cut.ipynb", b'{"cells": [\n {"cell_type": "markdown", "source": ["## Q?\\n"', "cut.ipynb:2: error: not a Jupyter notebook"),
        ("list.ipynb", b"[1, 2]", "cut.ipynb" and "list.ipynb:1: error: not a Jupyter notebook: no 'cells' list"),
        ("old.ipynb", b'{"nbformat": 3, "worksheets": []}', "old.ipynb:1: error: not a Jupyter notebook: a notebook of format 3"),
        ("cell.ipynb", b'{"cells": [{"cell_type": "markdown", "source": 3}]}', "cell.ipynb: error: not a Jupyter notebook: cell 1"),
    ):
        content = deck(tmp_path / name, files={name: data, "ok.md": b"## What is ok?\n\nFine.\n"})
        out = tmp_path / name / "out"
        result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
        assert result.exit_code == 1, result.output
        assert needle in result.output, result.output
        assert not out.exists() or not any(out.iterdir()), "nothing may be written"


# --- public documents (tests/data/newuser/README.md: repository, path, commit, licence) ------------


def test_public_sphinx_faq_page(tmp_path: Path) -> None:
    """The Python FAQ as docs.python.org served it (Sphinx): navigation, search form, sidebar, table of
    contents and permalinks left out; its 23 questions read with their sections and their own lines."""
    content = deck(tmp_path, "public/python-faq-general.html")
    out = tmp_path / "build"
    result = compiled(content, out, formats=("apkg", "json"))
    said = [d.text() for d in result.diagnostics.items]
    assert not [m for m in said if "outside any question" in m or "error" in m], said
    assert len(result.items) == 23
    first, last = result.items[0], result.items[-1]
    assert (first.question, first.section, first.locator.line) == ("What is Python?", ["General Information"], 133)
    assert (last.question, last.section, last.locator.line) == (
        "Is Python a good language for beginning programmers?",
        ["Python in the real world"],
        405,
    )
    by_question = {i.question: " ".join(i.answer_plain().split()) for i in result.items}
    assert by_question["Do I have to like “Monty Python’s Flying Circus”?"] == "No, but it helps. :)"
    assert by_question["How many people are using Python?"].startswith(
        "There are probably tens of thousands of users, though it’s difficult to obtain an exact count."
    )
    assert "¶" not in json.dumps(by_question) and "Quick search" not in json.dumps(by_question)
    col = open_collection(tmp_path / "anki")
    try:
        assert import_apkg(col, out / "mine.apkg").new == 23
    finally:
        col.close()


def test_public_exercise_notebook(tmp_path: Path) -> None:
    """numpy-100 as a notebook: 100 exercises, each a Markdown cell with the task and a code cell with the
    solution, difficulty stars as markers."""
    content = deck(tmp_path, "public/100 Numpy exercises.ipynb")
    out = tmp_path / "build"
    result = compiled(content, out, formats=("apkg", "json"))
    # 5 of the 100 ask about the code they show and their 'solution' is that same code, run without its output
    # ('What is the result of the following expression?', 'which of these expressions are legal?'): no answer,
    # skipped (trial7 G29, trial21 T21-30)
    assert len(result.items) == 95 and len(result.deck.skipped) == 5
    items = {i.question: i for i in result.items}
    reverse = items["Reverse a vector (first element becomes last)"]
    assert reverse.locator.line == 151
    assert [b.kind.value for b in reverse.answer] == ["code"]
    assert reverse.answer[0].text == "Z = np.arange(50)\nZ = Z[::-1]\nprint(Z)"
    assert reverse.answer[0].lang == "python"
    assert items["Import the numpy package under the name `np`"].answer[0].text == "import numpy as np"
    assert result.items[-1].label == "★★★"  # the stars are difficulty markers, as in the Markdown version
    col = open_collection(tmp_path / "anki")
    try:
        assert import_apkg(col, out / "mine.apkg").new == 95
    finally:
        col.close()


def test_page_formulas_keep_their_tex_and_table_pipes_stay_in_their_cell(tmp_path: Path) -> None:
    page = (
        "<main><h2>What is the mass-energy relation?</h2><p>It is "
        '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>E</mi></mrow>'
        '<annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math></span>'
        '<span class="katex-html" aria-hidden="true">E=mc2</span></span>.</p>'
        '<h2>What is a sum over i?</h2><script type="math/tex; mode=display">\\sum_i x_i</script>'
        "<h2>What does <code>a|b</code> mean?</h2><table><tr><th>Expression</th><th>Meaning</th></tr>"
        "<tr><td><code>a|b</code></td><td>a or b</td></tr></table></main>"
    )
    content = deck(tmp_path, files={"math.html": page.encode()})
    found = cards(content, tmp_path / "build")
    assert found["What is the mass-energy relation?"] == "<p>It is \\(E = mc^2\\).</p>"
    assert found["What is a sum over i?"] == "<p>\\[\\sum_i x_i\\]</p>"
    assert "<td><code>a|b</code></td>" in found["What does <code>a|b</code> mean?"]


def test_page_accordion_questions_and_collapsed_answers_are_read(tmp_path: Path) -> None:
    """An accessible accordion (the question a button in a heading, its answer hidden until clicked) and a
    CSS-only one (a checkbox and a label holding the question) read as questions with their answers; a
    code block's 'Copy' button is no text."""
    page = (
        '<main><h3><button aria-expanded="false" aria-controls="a1">What is a mutex?</button></h3>'
        '<div id="a1" hidden><p>A lock that one thread holds at a time.</p>'
        '<div class="highlight"><button class="copy">Copy</button><pre>lock.acquire()</pre></div></div>'
        '<h3><button aria-expanded="false" aria-controls="a2">What is a semaphore?</button></h3>'
        '<div id="a2" style="display: none"><p>A counter of permits.</p></div>'
        '<input type="checkbox" id="q3"><label for="q3"><h3>What is a deadlock?</h3></label>'
        "<div><p>Threads waiting on each other forever.</p></div></main>"
    )
    content = deck(tmp_path, files={"accordion.html": page.encode()})
    found = cards(content, tmp_path / "build")
    assert list(found) == ["What is a mutex?", "What is a semaphore?", "What is a deadlock?"]
    assert "Copy" not in found["What is a mutex?"] and "lock.acquire" in found["What is a mutex?"]
    assert found["What is a semaphore?"] == "<p>A counter of permits.</p>"
    assert found["What is a deadlock?"] == "<p>Threads waiting on each other forever.</p>"


def test_public_page_without_semantic_tags(tmp_path: Path) -> None:
    """Django's FAQ as its docs site served it (2019): no <main>, <nav> or <header>, its furniture named
    by id and class (YUI's 'hd', 'global-nav', 'sidebar'); 14 questions, one with '<' in its text."""
    content = deck(tmp_path, "public/django-faq-general.html")
    result = compiled(content, tmp_path / "build")
    said = [d.text() for d in result.diagnostics.items]
    assert not [m for m in said if "outside any question" in m], said
    assert any('title = "FAQ: General"' in d.snippet for d in result.diagnostics.items)  # its H1, not the site's
    questions = [i.question for i in result.items]
    assert len(questions) == 14
    assert questions[0] == "Why does this project exist?"
    assert "<Framework X> does <feature Y> – why doesn’t Django?" in questions
    answers = {i.question: " ".join(i.answer_plain().split()) for i in result.items}
    assert answers["How is Django licensed?"].startswith("Django is distributed under the 3-clause BSD license.")
    assert {i.question: i.locator.line for i in result.items}["How do I cite Django?"] == 220


def test_saved_complete_page_its_folder_is_no_document(tmp_path: Path) -> None:
    """'Save page as…, complete' of a GitHub page: the page's own folder (scripts, styles, a saved frame)
    is neither read nor warned about, its image is found; <main>'s one <article> is read without the
    repository header; the quiz's options and its <details> answer stay together."""
    content = tmp_path / "content"
    shutil.copytree(DATA / "web", content / "sources", ignore=shutil.ignore_patterns("python-faq.html", "exercises.ipynb", "page_files"))
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = compiled(content, tmp_path / "build")
    said = [d.text() for d in result.diagnostics.items]
    assert not [m for m in said if "_files" in m], said  # no 'not read' for app.js, site.css; saved_resource.html not read
    assert result.deck.sources[0].title == "JavaScript Questions"  # not the repository header's 'js-questions'
    [item] = result.items
    assert item.question == "What's the output?"
    assert item.locator.line == 11


def test_hostile_pages_and_notebooks_fail_cleanly(tmp_path: Path) -> None:
    """Nesting deep enough to exhaust a recursive converter is an error naming the file, never a traceback."""
    deep_page = b"<html><body>" + b"<div>" * 5000 + b"<h2>What?</h2><p>x</p>" + b"</div>" * 5000 + b"</body></html>"
    deep_notebook = b'{"cells": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    for name, data, needle in (
        ("deep.html", deep_page, "deep.html: error: the page nests its elements too deeply"),
        ("deep.ipynb", deep_notebook, "deep.ipynb: error: not a Jupyter notebook"),
    ):
        content = deck(tmp_path / name, files={name: data})
        out = tmp_path / name / "out"
        result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert needle in result.output, result.output
        assert not out.exists() or not any(out.iterdir())


def test_notion_export_toggle_lists_are_questions(tmp_path: Path) -> None:
    """Notion's 'Export as HTML' writes each toggle as a list of one entry holding a <details>."""
    page = (
        '<html><body><article class="page sans"><header><h1 class="page-title">Interview prep</h1></header>'
        '<div class="page-body"><h2>Networking</h2><ul class="toggle"><li><details open=""><summary>What is DNS?</summary>'
        "<p>The system that maps names to addresses.</p></details></li></ul>"
        '<ul class="toggle"><li><details open=""><summary>What does TCP guarantee?</summary>'
        '<ul class="bulleted-list"><li>Ordered delivery</li></ul></details></li></ul></div></article></body></html>'
    )
    content = deck(tmp_path, files={"Interview prep 8f3a.html": page.encode()})
    result = compiled(content, tmp_path / "build")
    assert [(i.question, i.section) for i in result.items] == [("What is DNS?", ["Networking"]), ("What does TCP guarantee?", ["Networking"])]
    assert result.items[0].answer_plain() == "The system that maps names to addresses."


def test_google_docs_web_page_bold_questions_and_links(tmp_path: Path) -> None:
    """Google Docs' 'Download as Web page' makes text bold with a class of its style sheet and sends every
    link through a redirect: bold questions are questions, links go where they point."""
    page = (
        '<html><head><style type="text/css">.c1{font-weight:400}.c3{color:#000;font-weight:700}</style></head><body>'
        '<p class="c2"><span class="c3">What is a process?</span></p><p><span class="c1">A running program. See </span>'
        '<a href="https://www.google.com/url?q=https://en.wikipedia.org/wiki/Process&amp;sa=D&amp;ust=1">Wikipedia</a></p>'
        '<p><span class="c3">What is a thread?</span></p><p><span class="c1">A unit of execution.</span></p></body></html>'
    )
    content = deck(tmp_path, files={"OS notes.html": page.encode()})
    found = cards(content, tmp_path / "build")
    assert list(found) == ["What is a process?", "What is a thread?"]
    assert 'href="https://en.wikipedia.org/wiki/Process"' in found["What is a process?"]


def test_a_page_with_no_text_or_no_charset_and_a_windows_notebook(tmp_path: Path) -> None:
    """A saved page that JavaScript fills in (nothing left once its scripts go) is an empty file: a warning
    when deck.toml does not name it, and the rest builds; a page naming no charset that is not UTF-8 is
    read as Windows-1252, as browsers do; a notebook whose cells end lines with CR LF reads as any other."""
    notebook = {
        "cells": [{"cell_type": "markdown", "metadata": {}, "source": ["## What is CR LF?\r\n", "\r\n", "A Windows line end.\r\n"]}],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    content = deck(
        tmp_path,
        files={
            "app.html": b"<html><body><div id='root'></div><script>render()</script></body></html>",
            "cafe.htm": "<h2>Qu'est-ce qu'un caf\u00e9\u00a0?</h2><p>Un lieu \u2013 ouvert.</p>".encode("cp1252"),
            "windows.ipynb": json.dumps(notebook).encode(),
        },
    )
    result = compiled(content, tmp_path / "build")
    said = [d.text() for d in result.diagnostics.items]
    assert any(m.startswith("sources/app.html: warning: empty file: no card") for m in said), said
    answers = {i.question: i.answer_plain() for i in result.items}
    assert answers["Qu'est-ce qu'un caf\u00e9\u202f?"] == "Un lieu \u2013 ouvert."  # (French keeps a narrow space before '?': L40)
    assert answers["What is CR LF?"] == "A Windows line end."


# --- embedded videos (learner L20) ------------------------------------------------------------------


def test_an_embedded_video_becomes_a_link_to_it() -> None:
    from compiler.media import embedded_videos

    frame = '<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=42" allowfullscreen></iframe>'
    assert embedded_videos(frame) == '[video: <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42">youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42</a>]'
    assert "https://vimeo.com/76979871" in embedded_videos('<iframe src="//player.vimeo.com/video/76979871"></iframe>')
    # a local file: Anki plays it (learner3 N29; the media pass packs it, or names it when it is missing)
    assert embedded_videos('<video controls><source src="clips/demo.mp4"></video>') == "[sound:clips/demo.mp4]"
    assert embedded_videos('<iframe src="https://codepen.io/x/embed/abc"></iframe>').startswith("[embedded: <a ")
    assert embedded_videos('<iframe src="javascript:alert(1)"></iframe>') == "[embedded: alert(1)]"  # never a link
    assert embedded_videos("<p>no frames</p>") == "<p>no frames</p>"


def test_embedded_videos_in_markdown_and_in_a_saved_page_show_as_links_on_card_and_sheet(tmp_path: Path) -> None:
    page = (
        "<html><body><main><h2>What is a vector?</h2><p>A quantity with a magnitude and a direction.</p>"
        '<iframe src="https://www.youtube-nocookie.com/embed/fNk_zzaMoSs" title="YouTube video player"></iframe>'
        '<h2>What is a scalar?</h2><p>A magnitude only.</p><iframe src="https://ads.example.com/banner"></iframe>'
        "</main></body></html>"
    )
    notes = "### How do you copy in Vim?\n\nPress y y.\n\n<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>\n"
    content = deck(tmp_path, files={"page.html": page.encode(), "vim.md": notes.encode()})
    result = compiled(content, tmp_path / "build", formats=("json", "pdf"))
    answers = {n.items[0].question: n.fields["Answer"] for n in result.deck.notes}
    assert answers["How do you copy in Vim?"].endswith(
        '[video: <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer">youtube.com/watch?v=dQw4w9WgXcQ</a>]'
    )
    assert "[video: <a href=\"https://www.youtube.com/watch?v=fNk_zzaMoSs\"" in answers["What is a vector?"]
    assert "banner" not in answers["What is a scalar?"]  # another site's frame on a web page: furniture
    assert not any("active content" in w.message for w in result.diagnostics.warnings)  # not removed: shown as a link
    from pypdf import PdfReader

    sheet = " ".join(p.extract_text() for p in PdfReader(tmp_path / "build" / "mine.pdf").pages)
    assert "[video: youtube.com/watch?v=dQw4w9WgXcQ]" in sheet


# --- formulas drawn by a web service (learner2 M4) -----------------------------------------------------


@pytest.mark.parametrize(
    ("src", "tex"),
    [
        ("https://latex.codecogs.com/svg.latex?V%20=%20%5Cmin%7B(%5Cfrac%7BW%7D%7BT_r%7D,%20B)%7D", r"V = \min{(\frac{W}{T_r}, B)}"),
        ("https://latex.codecogs.com/png.latex?%5Cdpi%7B120%7D%20%5Cbg_white%20x%5E2", "x^2"),
        ("https://render.githubusercontent.com/render/math?math=e%5E%7Bi%5Cpi%7D%20%2B%201%20%3D%200", r"e^{i\pi} + 1 = 0"),
        ("https://chart.apis.google.com/chart?cht=tx&chl=P(A|B)", "P(A|B)"),
        ("https://www.zhihu.com/equation?tex=a%2Bb+%3D+c", "a+b = c"),
        ("https://i.upmath.me/svg/%5Csqrt%7B2%7D", r"\sqrt{2}"),
        ("https://chart.apis.google.com/chart?cht=p3&chd=t:60,40", None),  # a pie chart: a picture
        ("https://example.org/svg.latex?x", None),
    ],
)
def test_the_tex_of_a_formula_picture(src: str, tex: str | None) -> None:
    from compiler.media import formula_image

    assert formula_image(src) == tex


def test_formula_pictures_are_typeset_on_card_and_sheet(tmp_path: Path) -> None:
    notes = (
        "# Networks\n\n### What is the maximum rate of a TCP connection?\n\n"
        "With window ![](https://latex.codecogs.com/svg.latex?W) the rate is "
        "![](https://latex.codecogs.com/svg.latex?V%20=%20\\min{(\\frac{W}{T_r},%20B)}).\n\n"
        "### What is Bayes' rule?\n\n![P(A|B)](https://chart.apis.google.com/chart?cht=tx&chl=P(A|B)=\\frac{P(B|A)P(A)}{P(B)})\n"
    )
    content = deck(tmp_path, files={"tcp.md": notes.encode()})
    result = compiled(content, tmp_path / "build", formats=("json", "pdf"))
    answers = {n.items[0].question: n.fields["Answer"] for n in result.deck.notes}
    assert answers["What is the maximum rate of a TCP connection?"] == (
        r"<p>With window \(W\) the rate is \(V = \min{(\frac{W}{T_r}, B)}\).</p>"
    )
    assert answers["What is Bayes' rule?"] == r"<p>\[P(A|B)=\frac{P(B|A)P(A)}{P(B)}\]</p>"  # alone: display maths
    assert not any("remote picture" in w.message or "cannot be typeset" in w.message for w in result.diagnostics.warnings)
    from pypdf import PdfReader

    sheet = " ".join(p.extract_text() for p in PdfReader(tmp_path / "build" / "mine.pdf").pages)
    assert "svg.latex" not in sheet and "image" not in sheet
