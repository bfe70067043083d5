"""Twenty-first sitting, readers: faults found by building three public study documents as a new user (trial21
r-1 … r-3, /work/coord/repro-trial21/SOURCES-readers.md). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built

# --- r-2: a '<br/>' line inside an explanation toggle, the HTML under it indented 4 ----------------------------------

TOGGLED_EXPLANATIONS = """# Practice

### Which service gives private links to Azure?

- [ ] Azure Backup
- [x] ExpressRoute
- [ ] VPN over internet

<details>
<summary>Explanation</summary>
  <br/>
    <a href="https://example.org/er">Reference Link</a>
  <br/>
    <table>
        <tr>
            <th>ExpressRoute</th>
        </tr>
        <tr>
            <td>Dedicated private connection.</td>
        </tr>
    </table>
</details>

---

### Which service watches metrics?

- [x] Azure Monitor
- [ ] Azure Advisor

<details>
  <summary>Explanation</summary>
  <br/>
    <p><b>Reference : </b><a href="https://example.org/mon">link</a></p>
  <br/>
  <table>
        <tr>
            <td>Monitor collects metrics.</td>
        </tr>
    </table>
</details>
"""


def test_html_under_a_spacer_line_in_a_toggle_is_no_code(tmp_path: Path) -> None:
    """trial21 r-2 (az900 practice test, MIT): a '<br/>' line inside a '<details>' explanation, the HTML under it set
    four spaces in, was made a blank line (a spacer between a title and what follows), which ended the HTML: the
    explanation's link and tables showed on the back as a code block of raw tags. Inside raw HTML the spacer stays,
    the explanation reads as the page shows it, and no back starts with an empty line break."""
    notes, _, _ = _built(tmp_path, {"quiz.md": TOGGLED_EXPLANATIONS})
    backs = {n["fields"]["Correct"]: n["fields"]["Explanation"] for n in notes}
    assert set(backs) == {"B) ExpressRoute", "A) Azure Monitor"}
    for html in backs.values():
        assert "<pre" not in html and "&lt;" not in html, html
        assert html.startswith(("<a ", "<p>")), html
    assert "<td>Dedicated private connection.</td>" in backs["B) ExpressRoute"]
    assert "<td>Monitor collects metrics.</td>" in backs["A) Azure Monitor"]


def test_a_spacer_line_between_markdown_still_reads_as_blank() -> None:
    """The spacer rewrite stays for what it was made for (trial13 T13-12): '&nbsp;' or '<br/>' alone between a title and
    Markdown is a blank line; only a spacer inside raw HTML over a line set four spaces in is kept."""
    from compiler.sources.markdown_blocks import spacer_lines

    assert spacer_lines("## Title\n<br/>\nText under it.\n").split("\n") == ["## Title", "", "Text under it.", ""]
    assert spacer_lines("<details>\n<summary>Why</summary>\n  <br/>\n    <a href='x'>R</a>\n").split("\n")[2] == "  <br/>"
    assert spacer_lines("Intro\n\n<br>\n    code stays code\n").split("\n")[2] == ""
