"""deckc's command line.  Heavy libraries are imported inside commands so ``--help`` is instant."""

from __future__ import annotations

import os
import shlex
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from compiler import __version__
from compiler.diagnostics import counted, error_count

if TYPE_CHECKING:  # the pipeline (pydantic) loads only in the commands that compile
    from compiler.diagnostics import Diagnostic
    from compiler.pipeline import Compiled

DEFAULT_CONTENT = "content"
PATHS_SHOWN = 6  # output files named in the summary line
BUILD_HELP = "Build folder (default: CONTENT_DIR/build if it exists, else build/ beside CONTENT_DIR)."


def _located(diag: object, content_dir: Path, every: bool = False) -> str:
    """A diagnostic with its file shown relative to where the user runs deckc; ``every``: all places of a
    repeated problem (``deckc lint --all``), not the first few."""
    import dataclasses

    file = getattr(diag, "file", None)
    if file is not None and not Path(file).is_absolute():
        diag = dataclasses.replace(diag, file=(content_dir / file).as_posix())  # type: ignore[type-var]
    text = getattr(diag, "text", None)
    return text(every) if callable(text) else str(diag)


def _more_places(warnings: list[Diagnostic], command: str, content_dir: Path) -> str | None:
    """The line that says where the places a repeated warning does not list are (trial6 F12), or None."""
    hidden = sum(w.hidden for w in warnings)
    if not hidden:
        return None
    folder = "" if content_dir == Path(DEFAULT_CONTENT) else f" {shlex.quote(str(content_dir))}"
    return f"deckc: {counted(hidden, 'more place')} of repeated warnings not listed above; `{command}{folder} --all` lists every one"


def _fail(exc: Exception, content_dir: Path, writes: bool) -> None:
    """Print every diagnostic of a ContentError to stderr and exit 1."""
    from compiler.build import BuildError

    diags = getattr(exc, "diagnostics", [exc])
    for diag in diags:
        click.echo(str(diag) if isinstance(exc, BuildError) else _located(diag, content_dir), err=True)
    tail = "; nothing was written." if writes else "."
    click.echo(f"deckc: {counted(error_count(diags), 'error')}{tail}", err=True)  # sticky warnings print too
    sys.exit(1)


def _content_dir(ctx: click.Context, _param: click.Parameter, value: Path) -> Path:
    """CONTENT_DIR as given; left out, content/ or else the current folder when it holds deck.toml (the folder
    `deckc init` made: trial12 U39 was refused there). A document instead of a folder is told how to build it."""
    if value == Path(DEFAULT_CONTENT) and not value.exists() and Path("deck.toml").is_file():
        return Path(".")
    if value.is_file():
        name = value.name
        click.echo(
            f"{value}: error: a document, not a deck folder (deckc builds a folder holding deck.toml and sources/: "
            f"`deckc init mydeck`, copy {name} into mydeck/sources/, then `deckc {ctx.info_name or 'build'} mydeck`)",
            err=True,
        )
        click.echo(f"deckc: {counted(1, 'error')}.", err=True)
        sys.exit(1)
    return value


_CONTENT = click.argument("content_dir", default=DEFAULT_CONTENT, type=click.Path(path_type=Path), callback=_content_dir)


def _output(reused: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The -o option; ``reused``: a command that compiles without building reads (and tops up) its caches."""
    text = BUILD_HELP + (" Its cache is reused." if reused else "")
    return click.option("-o", "--output", "build_dir", default=None, type=click.Path(file_okay=False, path_type=Path), help=text)


_ONLY = click.option("--only", default="", metavar="FORMATS", help="Comma-separated subset of: apkg,csv,json,pdf,retired.")


def _formats(only: str) -> tuple[str, ...]:
    """The formats ``--only`` names (all by default); build and watch take the same option."""
    from compiler.emit import BACKENDS, DEFAULT_FORMATS

    formats = tuple(f.strip() for f in only.split(",") if f.strip()) or DEFAULT_FORMATS
    unknown = [f for f in formats if f not in BACKENDS]
    if unknown:
        raise click.BadParameter(f"unknown format {', '.join(unknown)}; choose from {', '.join(BACKENDS)}", param_hint="--only")
    return formats


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


def _require_content(content_dir: Path, command: str, writes: bool = False) -> None:
    """Stop with one clear error when CONTENT_DIR is not a folder, saying how to point at one."""
    if content_dir.is_dir():
        return
    hint = "pass the folder that holds deck.toml, or start a deck with `deckc init FOLDER`"
    click.echo(f"{content_dir}: error: content folder not found ({hint})", err=True)
    click.echo(f"deckc: {counted(1, 'error')}{'; nothing was written' if writes else ''}.", err=True)
    sys.exit(1)


def _compile(content_dir: Path, build_dir: Path | None, progress: Callable[[str], None] | None = None) -> Compiled:
    """Compile for a command that does not build, reusing (and topping up) the build's caches.

    A command calls it before importing any other part of the compiler (its report's module too): the import
    here is the one that reads the kept regular expressions first (:func:`compiler.build.compiler_imported`).
    `deckc diff` imported its report's module first, which imports every reader: ~1,300 expressions compiled
    again in each first `diff` after an edit (1.41 s, against 0.60 s for lint; issue 13).
    """
    _require_content(content_dir, click.get_current_context().info_name or "build")
    from compiler import cachefile
    from compiler.build import compiler_imported, reader_cache, save_caches
    from compiler.diagnostics import ContentError

    compile_content = compiler_imported()  # the cycle collector off while it imports (speed, issue 13)
    cache, may_save = reader_cache(content_dir, build_dir)
    with cachefile.collect() as notices:
        try:
            compiled = compile_content(content_dir, progress, cache_dir=cache)
        except ContentError as exc:
            _fail(exc, content_dir, writes=False)
        if may_save:
            notices += save_caches(compiled)
    for notice in notices:
        click.echo(f"deckc: {notice}", err=True)
    return compiled


def _print_warnings(
    compiled: Compiled, content_dir: Path, echo: Callable[..., None] = click.echo, every: bool = False
) -> None:
    for warning in compiled.diagnostics.grouped_warnings:
        echo(_located(warning, content_dir, every), err=True)


class _Deckc(click.Group):
    """The command group, with a last guard: a fault deckc did not foresee is one line saying what failed and
    that nothing was written (outputs and lock change only at the end of a build), never a traceback
    (``DECKC_DEBUG=1`` shows it, to report)."""

    def invoke(self, ctx: click.Context) -> object:
        if not os.environ.get("DECKC_DEBUG"):
            # a library's own warning (BeautifulSoup's XMLParsedAsHTMLWarning with its code to paste, trial10 P13)
            # is not for the user: deckc says what it did with a file in its own messages, with file and line
            warnings.simplefilter("ignore")
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("DECKC_DEBUG"):
                raise
            what = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
            click.echo(
                f"deckc: internal error ({what}); nothing was written (this is a bug in deckc: please report it with "
                "the command and the file it names; DECKC_DEBUG=1 prints where it happened)",
                err=True,
            )
            sys.exit(2)


@click.group(cls=_Deckc, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="deckc")
def main() -> None:
    """Compile study documents into an Anki deck, an Anki-importable CSV, a JSON manifest and a PDF cheat sheet.

    A deck is a folder (default: content/, else the current folder if it holds deck.toml) holding deck.toml and the source
    documents in sources/; outputs go to its build/ folder (to build/ beside a
    folder named content/ that has none), or to -o BUILD_DIR.

    \b
    Start a deck of your own:
      deckc init ~/decks/ml                   # deck.toml, sources/, an example
      cp notes.md ~/decks/ml/sources/         # a Q&A page, notes, an Anki export
      deckc build ~/decks/ml                  # writes ~/decks/ml/build/ml.apkg, …

    A document deck.toml does not list is read with the layout deckc detects;
    the build prints the [[source]] table to paste into deck.toml.

    After a build, lint, stats, diff or dupes, deckc stays loaded in the
    background for 10 minutes, so the next of them starts warm
    (DECKC_SERVER=off: never; DECKC_SERVER=SECONDS: how long).
    """


@main.command(short_help="Compile a deck folder into .apkg, CSV, JSON manifest and PDF.")
@_CONTENT
@_output()
@_ONLY
@click.option("--per-section", is_flag=True, help="Cheat sheet: one PDF per section (or topic) instead of one.")
@click.option("--questions-only", is_flag=True, help="Cheat sheet without answers, for self-testing (<deck>-questions.pdf).")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True, help="Cheat sheet paper size.")
@click.option("--frozen", is_flag=True, help="Fail (exit 1, nothing written) if CONTENT_DIR/deckc.lock would change.")
def build(
    content_dir: Path, build_dir: Path | None, only: str, per_section: bool, questions_only: bool, paper: str, frozen: bool
) -> None:
    """Compile CONTENT_DIR (default: content/, else . when it holds deck.toml) into BUILD_DIR (default: CONTENT_DIR/build; build/ beside a folder named content/ that has none).

    Writes <deck>.apkg, <deck>.csv, <deck>.json and the <deck>.pdf cheat sheet
    (and <deck>-retired.apkg when the lock has retired notes), then updates
    CONTENT_DIR/deckc.lock, all together or not at all. Errors name file and
    line; on any error nothing is written. One build at a time: a second one
    waits for the first.

    A document in CONTENT_DIR/sources/ that deck.toml does not list is read
    with the layout deckc detects, and a warning prints the [[source]] table
    to paste (the build used exactly that table).
    """
    from compiler.build import build as run_build
    from compiler.diagnostics import ContentError

    formats = _formats(only)
    _require_content(content_dir, "build", writes=True)
    with progress_reporter() as progress:
        try:
            result = run_build(
                content_dir,
                build_dir,
                formats=formats,
                options={"pdf": {"per_section": per_section, "questions_only": questions_only, "paper": paper}},
                frozen=frozen,
                progress=progress,
                notify=lambda msg: click.echo(f"deckc: {msg}", err=True),
            )
        except ContentError as exc:
            _fail(exc, content_dir, writes=True)
    report = result.summary
    for warning in report.warnings:
        click.echo(_located(warning, content_dir), err=True)
    more = _more_places(report.warnings, f"{_program()} lint", content_dir)
    if more:
        click.echo(more, err=True)
    for notice in result.notices:
        click.echo(f"deckc: {notice}", err=True)
    n = len(report.warnings)
    shown = result.paths if len(result.paths) <= PATHS_SHOWN else result.paths[: PATHS_SHOWN - 1]
    files = ", ".join(str(p) for p in shown)
    if len(shown) < len(result.paths):  # --per-section on many sections: a count, not a hundred paths on one line
        files += f" and {len(result.paths) - len(shown)} more in {result.build_dir}"
    kept = len(result.outcome.unchanged)
    same = f" ({'all' if kept == len(result.paths) else kept} unchanged, not rewritten)" if kept else ""
    click.echo(
        f"deckc: read {counted(report.items_read, 'item')} from {counted(report.sources, 'source')}, "
        f"wrote {counted(report.notes, 'note')}, {counted(n, 'warning')} -> {files}{same}"
    )
    for removed in result.outcome.removed:
        click.echo(f"deckc: removed {removed} (stale: nothing to put in it this time)")
    from compiler.build import totals_text

    click.echo(f"deckc: {result.lock_path}: {totals_text(report.totals, report.renumbered)}")
    folder = "" if content_dir == Path(DEFAULT_CONTENT) else f" {shlex.quote(str(content_dir))}"
    apart = report.suggested_apart
    if report.suggested:  # (else a user never learns that questions of two documents may be one: trial26 T26-9)
        more = (f"; {counted(apart, 'more pair')} {'look' if apart > 1 else 'looks'} alike but deckc keeps "
                f"{'them' if apart > 1 else 'it'} apart "
                "(different answers, code, languages or pages' subjects, or an author's own two notes): nothing to do") if apart else ""
        from compiler.dupes_report import LIKELY, SUGGESTIONS_SHORT

        # many to decide (a collection of question banks: 204, trial40 T40-7): the likely ones first, by themselves
        likely = report.suggested_likely
        first = (f", {likely} of them likelier one question than two: `{_program()} dupes{folder} --status suggested "
                 f"--min-score {LIKELY}`, or all") if report.suggested > SUGGESTIONS_SHORT and likely else ""
        click.echo(
            f"deckc: {counted(report.suggested, 'possible duplicate pair')} for you to decide{first}: "
            f"`{_program()} dupes{folder} --status suggested`, likeliest first (`--toml` prints them as decisions to "
            f"paste){more}"
        )
    elif apart:  # (a bank and its translations: 649 such pairs were 'for you to decide', trial29 T29-23)
        click.echo(
            f"deckc: {counted(apart, 'pair')} of questions {'look' if apart > 1 else 'looks'} alike but deckc keeps each as "
            "two cards (different "
            f"answers, code, languages or pages' subjects, or an author's own two notes): nothing to decide; `{_program()} dupes{folder} --status suggested` lists them"
        )
    for note, what in report.emptied:  # (T32-29: Anki shows 'This card is empty' until the user acts)
        click.echo(f"deckc: note {note}: {what}")
    for line in _retired_lines(report.retired):
        click.echo(line)
    if report.retired:
        from compiler.emit.retired import deck_name as retired_deck

        earlier = report.retired_in_package - len(report.retired)
        also = (
            f" (it also holds the {counted(earlier, 'note')} retired by earlier builds: one you deleted before comes "
            f"back in the deck '{retired_deck(report.deck)}', out of your study deck: delete that deck)"
            if earlier > 0
            else ""
        )
        click.echo(
            f"deckc: import {result.build_dir / f'{report.basename}-retired.apkg'} into Anki, "
            f"then search tag:deckc::retired and delete those notes{also}"
        )


RETIRED_SHOWN = 3  # notes retired for one reason listed one per line; more are summarized in one line


def _retired_lines(retired: list[tuple[str, str, str]]) -> list[str]:
    """The build's retired notes, one line each; many retired for one reason (a document removed: 40 lines of
    'its source item is gone', trial28 T28-27) in one line with the count and the first few."""
    by_why: dict[str, list[tuple[str, str]]] = {}
    for note_id, guid, why in retired:
        by_why.setdefault(why, []).append((note_id, guid))
    out = []
    for why, notes in by_why.items():
        if len(notes) <= RETIRED_SHOWN:
            out += [f"deckc: retired {note_id} (GUID {guid}): {why}" for note_id, guid in notes]
            continue
        first = ", ".join(f"{note_id} (GUID {guid})" for note_id, guid in notes[:RETIRED_SHOWN])
        out.append(
            f"deckc: retired {len(notes)} notes, {why}: {first} and {len(notes) - RETIRED_SHOWN} more "
            "(each is in the retired-notes package below, and in deckc.lock with its GUID)"
        )
    return out


@main.command(short_help="Build, then rebuild whenever a file in the deck changes.")
@_CONTENT
@_output()
@_ONLY
def watch(content_dir: Path, build_dir: Path | None, only: str) -> None:
    """Build CONTENT_DIR, then rebuild whenever a file in it changes (Ctrl-C to stop).

    Each rebuild is a full `deckc build` (all or nothing, lock included) in one
    process, so it only redoes what changed; it prints one line, then any new
    warning, and keeps watching after errors.
    """
    import contextlib

    from compiler.watch import Watcher

    formats = _formats(only)
    _require_content(content_dir, "watch", writes=True)
    watcher = Watcher(
        content_dir,
        build_dir,
        formats=formats,
        echo=click.echo,
        err=lambda text: click.echo(text, err=True),
        show=lambda diag: _located(diag, content_dir),
    )
    # Ctrl-C during a rebuild: the build's transaction has rolled back or finished
    with contextlib.suppress(KeyboardInterrupt):
        watcher.run()
    click.echo("deckc watch: stopped")


@main.command(short_help="Dry run: what a rebuild and re-import change, note by note.")
@_CONTENT
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--changes-only", is_flag=True, help="Leave out unchanged notes.")
@_output(reused=True)
def diff(content_dir: Path, as_json: bool, changes_only: bool, build_dir: Path | None) -> None:
    """Dry run: what `deckc build` and a re-import into Anki will do, per note.

    Compares CONTENT_DIR against CONTENT_DIR/deckc.lock and prints every note as
    new, updated (with the changed fields), unchanged or retired, then totals.
    Writes nothing; exit status 0.
    """
    from compiler import answers

    answer = answers.start("diff", content_dir, build_dir, {"json": as_json, "changes_only": changes_only})
    compiled = _compile(content_dir, build_dir)  # first: see _compile
    from compiler.build import lock_would_change
    from compiler.diff import as_json as report_json
    from compiler.diff import format_text

    if as_json:
        import json

        data = report_json(compiled.plan, compiled.lock_path, lock_would_change(compiled))
        data["warnings"] = [str(w) for w in compiled.diagnostics.grouped_warnings]  # stdout stays one JSON document
        answer.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        _print_warnings(compiled, content_dir, answer.echo)
        answer.echo(format_text(compiled.plan, compiled.lock_path, compiled.deck.basename, changes_only))
    answer.finish()


@main.command(short_help="Check without writing: errors, formula holes, stale overrides.")
@_CONTENT
@_output(reused=True)
@click.option("--stamp", is_flag=True, help="Record in overrides.toml the source text each override now applies to (after re-checking them).")
@click.option("--all", "every", is_flag=True, help="List every place of a repeated warning, not the first few.")
def lint(content_dir: Path, build_dir: Path | None, stamp: bool, every: bool) -> None:
    """Check CONTENT_DIR without writing any output; exit 1 on errors, holes or stale overrides.

    A hole is text a stripped formula left behind (docs/lint.md); it is
    checked after CONTENT_DIR/overrides.toml is applied.  An override is stale when
    its source item changed since the override was written (its `against`
    stamp no longer matches): re-check it, then run `deckc lint --stamp`,
    which writes the current stamps into overrides.toml (the only thing lint
    ever writes).
    """
    from compiler import answers

    answer = answers.start("lint", content_dir, build_dir, {"all": every}) if not stamp else answers.Answer(None)
    compiled = _compile(content_dir, build_dir)  # first: see _compile
    from compiler.lint import find_holes

    if stamp:
        _stamp_overrides(compiled, content_dir)
    else:
        _print_warnings(compiled, content_dir, answer.echo, every)
        more = None if every else _more_places(compiled.diagnostics.grouped_warnings, f"{_program()} lint", content_dir)
        if more:
            answer.echo(more, err=True)
    if not stamp:
        from compiler.diff import repin_advice

        for change in compiled.plan.repinnable:  # advice, not a warning: keeping the old note is a choice
            answer.echo(f"deckc lint: {repin_advice(change)}", err=True)
    holes = find_holes(compiled.items, overrides=(content_dir / "overrides.toml").as_posix())
    for hole in holes:
        answer.echo(_located(hole, content_dir), err=True)
    stale = [] if stamp else [s for s in compiled.stamps if s.stale]
    # counted as printed (a repeated problem once), so lint and build give the same number
    shown = [w for w in compiled.diagnostics.grouped_warnings if not (stamp and w.file == "overrides.toml" and "against" in w.hint)]
    n = len(shown)
    answer.echo(
        f"deckc lint: {counted(compiled.deck.items_read, 'item')}, 0 errors, {counted(n, 'warning')}, "
        f"{counted(len(holes), 'hole')}, {counted(len(stale), 'stale override')}"
    )
    answer.finish(1 if holes or stale else 0)


def _stamp_overrides(compiled: Compiled, content_dir: Path) -> None:
    """lint --stamp: write each override's current source stamp, holding the content folder like a build."""
    from compiler.overrides import OVERRIDES_NAME, write_stamps
    from compiler.transaction import Busy, FolderLocks

    try:
        with FolderLocks(wait=30.0) as locks:
            locks.acquire(content_dir)
            written = write_stamps(content_dir, compiled.stamps)
    except (Busy, OSError) as exc:
        click.echo(f"{content_dir / OVERRIDES_NAME}: error: cannot write the stamps: {exc}", err=True)
        sys.exit(1)
    for s in compiled.stamps:
        what = "re-stamped (its source changed; you re-checked it)" if s.stale else "stamped"
        click.echo(f"{content_dir / OVERRIDES_NAME}:{s.line}: {what}: {s.item} against = \"{s.stamp}\"", err=True)
    click.echo(f"deckc lint: wrote {counted(written, 'stamp')} into {content_dir / OVERRIDES_NAME}")


@main.command(short_help="Count items and notes per source, section, difficulty, type.")
@_CONTENT
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@_output(reused=True)
def stats(content_dir: Path, as_json: bool, build_dir: Path | None) -> None:
    """Count items and notes per source, section, difficulty and note type.

    The item count is the one `deckc build` prints; items that make no card are counted by reason.
    """
    from compiler import answers

    answer = answers.start("stats", content_dir, build_dir, {"json": as_json})
    compiled = _compile(content_dir, build_dir)  # first: see _compile
    from compiler.stats import deck_stats, format_stats

    data = deck_stats(compiled.deck)
    if as_json:
        import json

        answer.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        answer.echo(format_stats(data))
    answer.finish()


@main.command(short_help="List duplicate questions; print decisions to paste (--toml).")
@_CONTENT
@_output(reused=True)
@click.option("--status", "statuses", multiple=True, type=click.Choice(["merged", "merged-auto", "suggested", "kept-apart"]), help="Only pairs with this status (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the pairs as JSON.")
@click.option("--toml", "as_toml", is_flag=True, help="Print the suggested pairs as decisions ([[merge]] / [[keep_apart]]) to check and paste into decisions.toml; with --status merged-auto, the automatic merges (to undo one).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.0, show_default=True, help="Only pairs scoring at least this (0.5: those likelier one question than two).")
def dupes(content_dir: Path, build_dir: Path | None, statuses: tuple[str, ...], as_json: bool, as_toml: bool, min_score: float) -> None:
    """List duplicate candidates: every pair with its similarity, both questions and their sources.

    Each pair is merged (by CONTENT_DIR/decisions.toml), merged-auto, suggested
    (decide it in decisions.toml) or kept-apart (by a decision or the contrast
    guard).  `--toml` prints each suggestion as a decision to paste into
    decisions.toml, both questions in a comment above it: [[merge]] when its
    score (the probability that both ask the same question) is 0.70 or more,
    else [[keep_apart]] (always for two quizzes keyed to different answers);
    read them and flip the wrong guesses.  Exits 0;
    suggestions are not errors.
    """
    if as_json and as_toml:
        raise click.UsageError("choose one of --json and --toml")
    with progress_reporter() as progress:
        compiled = _compile(content_dir, build_dir, progress)  # first: see _compile
    from compiler.decisions import DECISIONS_NAME
    from compiler.dupes_report import format_pairs, pairs_json, pairs_toml

    report = compiled.dupes
    pairs = [p for p in report.pairs if (not statuses or p.status in statuses) and p.score >= min_score]
    decisions = (content_dir / DECISIONS_NAME).as_posix()
    if as_json:
        click.echo(pairs_json(pairs))
    elif as_toml:
        click.echo(pairs_toml(pairs, decisions, automatic="merged-auto" in statuses, floor=report.settings.suggest))
    else:
        click.echo(format_pairs(pairs, report, decisions))


@main.command(short_help="Create a new deck folder that builds at once.")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", default=None, help="The Anki deck name (default: from the folder's name).")
def init(folder: Path, name: str | None) -> None:
    """Create a new deck folder FOLDER that builds at once.

    Writes FOLDER/deck.toml (commented), FOLDER/sources/ and one example Markdown
    document. Refuses a folder that is not empty, so no deck is overwritten.
    """
    from compiler.init import InitError, init_deck

    try:
        files = init_deck(folder, name)
    except InitError as exc:
        click.echo(f"deckc init: error: {exc}", err=True)
        sys.exit(1)
    for path in files:
        click.echo(f"created {path}")
    command = f"{_program()} build {shlex.quote(str(folder))}"  # pasteable: a path with spaces is quoted
    click.echo(f"next: {command}   (outputs go to {folder / 'build'}; drop your documents into {folder / 'sources'})")


def _program() -> str:
    """How the user ran deckc (``.venv/bin/deckc`` after ``make``), so a printed command works when pasted."""
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name == "deckc" and "/" in argv0:
        return shlex.quote(argv0)
    return "deckc"
