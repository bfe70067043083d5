"""Errors and warnings that name a file and line and say what to do.

Every pass reports through a :class:`Diagnostics` collector instead of
raising, so one build shows all problems at once; the pipeline stops before
writing anything if any error was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int | None
    message: str
    hint: str = ""
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class ContentError(Exception):
    """Raised to abort a build; carries every diagnostic collected so far."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


@dataclass
class Diagnostics:
    items: list[Diagnostic] = field(default_factory=list)

    def error(self, file: str, line: int | None, message: str, hint: str = "") -> None:
        self.items.append(Diagnostic(file, line, message, hint, "error"))

    def warning(self, file: str, line: int | None, message: str, hint: str = "") -> None:
        self.items.append(Diagnostic(file, line, message, hint, "warning"))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise ContentError(self.errors)
