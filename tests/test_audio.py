"""Recordings in documents (learner3 N29): pronunciation and listening cards keep their audio."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from conftest import deck_of

from compiler.build import build

PAGE = """# Spanish greetings

| Spanish | English | Audio |
|---|---|---|
| hola | hello | ![](hola.mp3) |
| gracias | thank you | <audio src="gracias.mp3" controls></audio> |

## How do you say "good morning"?

Buenos días. [sound:buenos.mp3]
"""


def test_recordings_become_anki_sounds_with_their_files_packed(tmp_path: Path) -> None:
    """'![](hola.mp3)' was an <img> (nothing shown), '<audio>' was stripped and its file left out, a
    '[sound:…]' whose file is missing was kept silently. Now each is '[sound:file]' with the file packed; a
    missing one is a warning at its line and the card shows its name."""
    content = deck_of(tmp_path, {"spanish.md": PAGE, "hola.mp3": "ID3 hola", "gracias.mp3": "ID3 gracias"})
    out = tmp_path / "build"
    result = build(content, out, formats=("apkg", "json"), now=1_000)
    assert result.compiled is not None
    answers = {n.fields["Question"]: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert "[sound:hola.mp3]" in answers["hola"] and "<img" not in answers["hola"]
    assert "[sound:gracias.mp3]" in answers["gracias"]
    morning = answers["How do you say &quot;good morning&quot;?"] if "How do you say &quot;good morning&quot;?" in answers else answers['How do you say "good morning"?']
    assert "buenos.mp3" in morning and "[sound:buenos.mp3]" not in morning
    warnings = [str(w) for w in result.summary.warnings]
    assert any("spanish.md:10: warning:" in w and "buenos.mp3" in w for w in warnings), warnings
    with zipfile.ZipFile(next(out.glob("*.apkg"))) as z:
        packed = set(json.loads(z.read("media")).values())
    assert packed == {"hola.mp3", "gracias.mp3"}
