"""Web pages saved as one file (``.mhtml``, ``.mht``; trial17 T17-47): Chrome's and Edge's "Webpage, Single File",
Word's "Single File Web Page". The file is a MIME message whose first ``text/html`` part is the page (quoted-printable
as a rule); it was "not read". The page is decoded and read as a saved page is (:func:`compiler.sources.html.
html_markdown`); its pictures (the other parts) are left out, as a Word document's are. Every line of the result maps
to the line where the page's part begins (the decoding joins and splits lines).
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)


def mhtml_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The saved page's content as Markdown."""
    from compiler.sources.html import html_markdown

    uptodate.note(path)
    raw = path.read_bytes()
    message = BytesParser(policy=policy.default).parsebytes(raw)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if not isinstance(part, EmailMessage):
        raise ContentError(
            [
                Diagnostic(
                    rel,
                    None,
                    "not a web page saved as one file: no HTML part in it",
                    "save the page again as 'Webpage, HTML only' (or 'complete') into sources/",
                    group=NOT_A_DOCUMENT,
                )
            ]
        )
    body = part.get_payload(decode=True)
    data = body if isinstance(body, bytes) else b""
    meta = _META_CHARSET.search(data[:4096])
    charset = part.get_content_charset() or (meta.group(1).decode("ascii") if meta else "utf-8")
    try:
        html = data.decode(charset, "replace")
    except LookupError:  # (a charset Python does not know: UTF-8)
        html = data.decode("utf-8", "replace")
    made = html_markdown(html, rel)
    at = raw.find(b"text/html", raw.find(b"\n\n") if b"\n\n" in raw else 0)
    line = raw.count(b"\n", 0, at) + 1 if at >= 0 else 1
    return Converted(made.text, tuple(line for _ in made.origin), warnings=made.warnings)
