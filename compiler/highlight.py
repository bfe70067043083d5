"""Build-time syntax highlighting for code blocks (pygments, inline styles).

Colours are written as ``style`` attributes (``noclasses=True``) rather than
CSS classes, so a card looks the same on AnkiMobile and AnkiDroid, in night
mode and in the browser preview, without add-ons or a shared stylesheet.
Code always sits on a dark panel: one palette that reads well in day and
night mode.  Pygments is imported here only, so the CLI starts fast.

Building a lexer compiles its regular expressions (0.1 s for Python's), which
was most of a rebuild's note rendering.  So highlighted code is kept between
builds (``build/.cache/highlight.json``, :func:`use_cache`, whole file keyed
by deckc's code and library versions), by a hash of the language and the code; an entry is
used only if it is nothing but the code itself in pygments' ``<span
style=…>`` tags, so a damaged or edited cache can neither change a card's text
nor put other markup on it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache
from html import escape, unescape
from pathlib import Path
from typing import TYPE_CHECKING

from compiler import cachefile

if TYPE_CHECKING:
    from pygments.formatters import HtmlFormatter
    from pygments.lexer import Lexer

STYLE = "monokai"
PANEL = "background:#272822;color:#f8f8f2"


@cache
def _formatter() -> HtmlFormatter:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style=STYLE)


@cache
def _lexer(lang: str) -> Lexer:
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
    lang = lang.strip().lower()
    html = _highlighted(code, lang).rstrip("\n")
    # pygments closes its spans at every line end, so each line can be its own
    # block (a wrapped line then gets a hanging indent); the newline stays in it.
    body = "".join(f'<span class="line">{line}\n</span>' for line in html.split("\n"))
    data = f' data-lang="{escape(lang)}"' if lang else ""
    return f'<pre class="code"{data} style="{PANEL}"><code>{body}</code></pre>'


CACHE_NAME = "highlight.json"
_TAG = re.compile(r'<span style="[^"<>&]*">|</span>')


_cache = cachefile.Memo(None)


def use_cache(folder: Path | None) -> Callable[[], None]:
    """Highlight with the cache in ``folder`` (None: in memory only) from now on; return what saves it.

    A build calls the saver only after its outputs are in place, with its other caches.
    """
    global _cache
    _cache = cachefile.Memo(folder / CACHE_NAME if folder else None)
    return _cache.save


def _highlighted(code: str, lang: str) -> str:
    """pygments' inline-styled HTML of ``code`` (cached; see the module docstring)."""
    key = hashlib.sha256(f"{STYLE}\0{lang}\0{code}".encode("utf-8", "surrogatepass")).hexdigest()[:40]
    html = _cache.get(key)
    if html is None or not _only_code(html, code):
        from pygments import highlight

        # (a session lexer, 'console', drops a last line with no newline after it: '$ pip install x' alone read empty)
        html = highlight(code if code.endswith("\n") else code + "\n", _lexer(lang), _formatter())
    _cache.put(key, html)
    return html


def _only_code(html: str, code: str) -> bool:
    """Whether ``html`` is ``code`` (escaped) in style-only spans, as pygments writes it (newline added)."""
    text = unescape(_TAG.sub("", html))
    return "<" not in _TAG.sub("", html) and text.rstrip("\n") == code.rstrip("\n")
