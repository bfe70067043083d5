"""Lead's fixes of the nineteenth sitting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import new_user_deck

from compiler.cli import main


def _build(deck: Path, name: str, text: str) -> str:
    (deck / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    return result.output


def _cards(deck: Path) -> list[tuple[str, str]]:
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    return [(n["fields"].get("Question") or n["fields"]["Text"], n["fields"].get("Answer", "")) for n in manifest["notes"]]


_EXAM = """# Examen de Redes

**1. ¿Cuál es el puerto por defecto de HTTP?**
a) 21
b) 80

**Respuesta correcta:** b) 80

**2. ¿Qué capa del modelo OSI se encarga del enrutamiento?**
a) Enlace de datos
b) Red

**Respuesta correcta:** b) Red

**3. Explique la diferencia entre TCP y UDP.**

*Respuesta:* TCP es orientado a conexión; UDP no.

**4. {prompt} IPv6 usa direcciones de 128 bits.**

*Respuesta:* Verdadero.
"""


@pytest.mark.parametrize("prompt", ["Verdadero o falso:", "True or false:", "T/F:", "Vrai ou faux :"])
def test_a_numbered_true_or_false_item_is_a_card(tmp_path: Path, prompt: str) -> None:
    """T18-85: '**4. Verdadero o falso: IPv6 usa direcciones de 128 bits.**' over '*Respuesta:* Verdadero.' was
    dropped without a word (a statement ends in a full stop, so it did not ask); only its answer line was 'text
    outside any question'. A statement after a true/false prompt asks."""
    deck = new_user_deck(tmp_path / "deck")
    output = _build(deck, "examen.md", _EXAM.format(prompt=prompt))
    cards = _cards(deck)
    assert (f"{prompt} IPv6 usa direcciones de 128 bits.", "<p>Verdadero.</p>") in cards
    assert len(cards) == 4 and "outside any question" not in output
