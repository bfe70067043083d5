"""Lead's fixes of the thirteenth sitting."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import deck_of

from compiler.cli import main

_BANK = {
    "themeTitle": "Principes et valeurs de la République",
    "questions": [
        {"question": "Quelle est la devise de la République ?", "options": ["Liberté, Égalité, Fraternité", "Travail, Famille, Patrie"], "answer": 0},
        {"question": "Quel est l'hymne national ?", "options": ["La Marseillaise", "Le Chant du départ"], "answer": 0},
    ],
}


def test_an_unlisted_bank_is_titled_by_its_own_title(tmp_path: Path) -> None:
    """learner5 L28: a JSON bank's table said title = its file stem though the bank names itself."""
    content = deck_of(tmp_path, {"principes_et_valeurs.json": json.dumps(_BANK, ensure_ascii=False)})
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    assert 'title = "Principes et valeurs de la République"' in result.output
    assert 'title = "principes_et_valeurs"' not in result.output
