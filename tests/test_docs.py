"""README, docs/ and `deckc --help` agree: a new user's front door must not point at nothing."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from compiler.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
LINK = re.compile(r"\]\(([^)\s#]+)(#[^)\s]*)?\)")


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    in_fence = False
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
        elif not in_fence and line.startswith("#"):
            found.add(_anchor(line.lstrip("#")))
    return found


def test_readme_starts_with_the_two_commands() -> None:
    """The brief: the README starts with the commands that build the default deck and run the tests."""
    head = README.read_text(encoding="utf-8").split("\n## ")[0]
    assert "make build" in head and "make test" in head


@pytest.mark.parametrize("doc", [README, *DOCS], ids=lambda p: p.name)
def test_relative_links_resolve(doc: Path) -> None:
    """Every relative link (and #anchor) in README.md and docs/*.md names a file and heading that exist."""
    text = doc.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # examples inside code blocks are not links
    text = re.sub(r"`[^`\n]*`", "", text)
    broken = []
    for match in LINK.finditer(text):
        target, anchor = match.group(1), match.group(2)
        if re.match(r"[a-z]+:", target):
            continue
        path = (doc.parent / target).resolve()
        if not path.exists():
            broken.append(target)
        elif anchor and path.suffix == ".md" and anchor[1:] not in _anchors(path):
            broken.append(target + anchor)
    for match in re.finditer(r"\]\((#[^)\s]+)\)", text):
        if match.group(1)[1:] not in _anchors(doc):
            broken.append(match.group(1))
    assert not broken, f"{doc.name}: broken links {broken}"


def test_every_command_is_in_the_readme() -> None:
    """README's command list and `deckc --help` name the same commands."""
    help_text = CliRunner().invoke(main, ["--help"]).output
    listed = set(re.findall(r"^  (\w+)\s{2,}", help_text.split("Commands:")[1], flags=re.M))
    assert isinstance(main, click.Group) and listed == set(main.commands)
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in sorted(listed) if f"deckc {name}" not in readme]
    assert not missing, f"commands in `deckc --help` but not in README: {missing}"


def _usage_block(text: str) -> dict[str, set[str]]:
    """The options each command's line names in a ``deckc build [CONTENT_DIR] [-o …]`` block."""
    block = text.split("```\ndeckc build", 1)[1].split("```", 1)[0]
    options: dict[str, set[str]] = {}
    command = "build"
    for line in ("deckc build" + block).splitlines():
        m = re.match(r"deckc (\w+|--[\w-]+)", line)
        if m:
            command = m.group(1)  # "--version": the group's own option
        usage = re.split(r"\s{2,}", re.sub(r"^deckc \w+\s+", "", line).strip(), maxsplit=1)[0]
        options.setdefault(command, set()).update(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", usage))
    return options


@pytest.mark.parametrize("doc", [README, ROOT / "docs" / "cli.md"], ids=["README", "cli.md"])
def test_the_command_lists_name_exactly_the_options_of_each_commands_help(doc: Path) -> None:
    """README's and docs/cli.md's command lists agree with `deckc <command> --help`, option by option."""
    listed = _usage_block(doc.read_text(encoding="utf-8"))
    assert isinstance(main, click.Group)
    for name, command in main.commands.items():
        shown = listed.get(name, set())
        params = [p for p in command.params if isinstance(p, click.Option)]
        missing = [p.opts[0] for p in params if not shown & set(p.opts)]
        unknown = sorted(shown - {opt for p in params for opt in p.opts})
        assert not missing and not unknown, f"{doc.name}: deckc {name}: not documented {missing}, not in --help {unknown}"
