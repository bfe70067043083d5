"""Build-time syntax highlighting for code blocks (pygments, inline styles).

Colours are written as ``style`` attributes (``noclasses=True``) rather than
CSS classes, so a card looks the same on AnkiMobile and AnkiDroid, in night
mode and in the browser preview, without add-ons or a shared stylesheet.
Code always sits on a dark panel: one palette that reads well in day and
night mode.  Pygments is imported here only, so the CLI starts fast.
"""

from __future__ import annotations

from functools import cache
from html import escape

STYLE = "monokai"
PANEL = "background:#272822;color:#f8f8f2"


@cache
def _formatter():  # type: ignore[no-untyped-def]
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style=STYLE)


@cache
def _lexer(lang: str):  # type: ignore[no-untyped-def]
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(lang, stripnl=False, ensurenl=False) if lang else TextLexer()
    except ClassNotFound:
        return TextLexer()


def highlight_code(code: str, lang: str = "") -> str:
    """``<pre class="code">`` with one ``<span style=…>`` per token; lines stay lines.

    Every line keeps its newline inside ``<pre>`` and is also a
    ``<span class="line">``, so code is never collapsed onto one line and a
    long line wraps with a hanging indent on a phone.  Unknown languages are
    only escaped.
    """
    from pygments import highlight

    lang = lang.strip().lower()
    html = highlight(code, _lexer(lang), _formatter()).rstrip("\n")
    # pygments closes its spans at every line end, so each line can be its own
    # block (a wrapped line then gets a hanging indent); the newline stays in it.
    body = "".join(f'<span class="line">{line}\n</span>' for line in html.split("\n"))
    data = f' data-lang="{escape(lang)}"' if lang else ""
    return f'<pre class="code"{data} style="{PANEL}"><code>{body}</code></pre>'
