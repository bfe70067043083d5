"""deckc's command line.  Heavy libraries are imported inside commands so ``--help`` is instant."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from compiler import __version__

DEFAULT_CONTENT = "content"
DEFAULT_BUILD = "build"
CACHE_DIR = ".cache"  # under the build dir: embeddings and candidate pairs keyed by content hash


def _fail(exc: Exception) -> None:
    """Print every diagnostic of a ContentError to stderr and exit 1."""
    for diag in getattr(exc, "diagnostics", [exc]):
        click.echo(str(diag), err=True)
    n = len(getattr(exc, "diagnostics", [exc]))
    click.echo(f"deckc: {n} error{'s' if n != 1 else ''}; nothing was written.", err=True)
    sys.exit(1)


@contextmanager
def progress_reporter() -> Iterator[Callable[[str], None] | None]:
    """A spinner with the current step on a terminal; silent when stderr is not a TTY."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console

    console = Console(stderr=True)
    with console.status("compiling…") as status:
        yield lambda msg: status.update(msg)


def _compile(content_dir: Path, progress: Callable[[str], None] | None = None, cache_dir: Path | None = None):  # type: ignore[no-untyped-def]
    from compiler.diagnostics import ContentError
    from compiler.pipeline import compile_content

    try:
        return compile_content(content_dir, progress, cache_dir)
    except ContentError as exc:
        _fail(exc)


def _print_warnings(compiled) -> None:  # type: ignore[no-untyped-def]
    for warning in compiled.diagnostics.warnings:
        click.echo(str(warning), err=True)


def _save_cache(compiled) -> None:  # type: ignore[no-untyped-def]
    """Keep embeddings for the next build; a cache that cannot be written only makes it slower."""
    if compiled.dupes is not None:
        with contextlib.suppress(OSError):
            compiled.dupes.persist()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="deckc")
def main() -> None:
    """Compile study documents into an Anki deck, an Anki-importable CSV and a JSON manifest.

    Content lives in a folder (default: content/) holding deck.toml and the
    source documents; outputs go to build/.
    """


@main.command()
@click.argument("content_dir", default=DEFAULT_CONTENT, type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "build_dir", default=DEFAULT_BUILD, type=click.Path(file_okay=False, path_type=Path), help="Where to write the outputs (default: build/).")
@click.option("--only", default="", metavar="FORMATS", help="Comma-separated subset of: apkg,csv,json.")
def build(content_dir: Path, build_dir: Path, only: str) -> None:
    """Compile CONTENT_DIR (default: content/) into BUILD_DIR.

    Writes <deck>.apkg, <deck>.csv and <deck>.json. Errors name file and line;
    on any error nothing is written.
    """
    from compiler.emit import BACKENDS, DEFAULT_FORMATS, write_outputs

    formats = tuple(f.strip() for f in only.split(",") if f.strip()) or DEFAULT_FORMATS
    unknown = [f for f in formats if f not in BACKENDS]
    if unknown:
        raise click.BadParameter(f"unknown format {', '.join(unknown)}; choose from {', '.join(BACKENDS)}", param_hint="--only")
    with progress_reporter() as progress:
        compiled = _compile(content_dir, progress, build_dir / CACHE_DIR)
        _print_warnings(compiled)
        try:
            paths = write_outputs(compiled.deck, build_dir, formats, progress)
        except OSError as exc:
            click.echo(f"{build_dir}: error: cannot write outputs: {exc.strerror or exc}", err=True)
            sys.exit(1)
        _save_cache(compiled)
    deck = compiled.deck
    warnings = len(compiled.diagnostics.warnings)
    files = ", ".join(str(p) for p in paths)
    click.echo(
        f"deckc: read {deck.items_read} items from {len(deck.sources)} sources, wrote {len(deck.notes)} notes, "
        f"{warnings} warning{'s' if warnings != 1 else ''} -> {files}"
    )


@main.command()
@click.argument("content_dir", default=DEFAULT_CONTENT, type=click.Path(file_okay=False, path_type=Path))
def lint(content_dir: Path) -> None:
    """Check CONTENT_DIR without writing anything; exit 1 on errors."""
    compiled = _compile(content_dir)
    _print_warnings(compiled)
    n = len(compiled.diagnostics.warnings)
    click.echo(f"deckc lint: {compiled.deck.items_read} items, 0 errors, {n} warning{'s' if n != 1 else ''}")


@main.command()
@click.argument("content_dir", default=DEFAULT_CONTENT, type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(content_dir: Path, as_json: bool) -> None:
    """Count items and notes per source, section, difficulty and note type."""
    from compiler.stats import deck_stats, format_stats

    compiled = _compile(content_dir)
    data = deck_stats(compiled.deck)
    if as_json:
        import json

        click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        click.echo(format_stats(data))


@main.command()
@click.argument("content_dir", default=DEFAULT_CONTENT, type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "build_dir", default=DEFAULT_BUILD, type=click.Path(file_okay=False, path_type=Path), help="Build dir whose cache to use (default: build/).")
@click.option("--status", "statuses", multiple=True, type=click.Choice(["merged", "merged-auto", "suggested", "kept-apart"]), help="Only pairs with this status (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the pairs as JSON.")
def dupes(content_dir: Path, build_dir: Path, statuses: tuple[str, ...], as_json: bool) -> None:
    """List duplicate candidates: every pair with its similarity, both questions and their sources.

    Each pair is merged (by content/decisions.toml), merged-auto, suggested
    (decide it in content/decisions.toml) or kept-apart (by a decision or the
    contrast guard).  Exits 0; suggestions are not errors.
    """
    from compiler.dupes_report import format_pairs, pairs_json

    with progress_reporter() as progress:
        compiled = _compile(content_dir, progress, build_dir / CACHE_DIR)
    _save_cache(compiled)
    report = compiled.dupes
    pairs = [p for p in report.pairs if not statuses or p.status in statuses]
    if as_json:
        click.echo(pairs_json(pairs))
    else:
        click.echo(format_pairs(pairs, report))
