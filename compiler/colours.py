"""Colour as emphasis in imported fields: kept as a few named colours that read in day and night mode.

Shared decks mark the fact to learn in red or blue (``<font color="#ff0000">``, ``<span style="color:
rgb(0,0,255)">``) or with a background (``style="background-color: yellow"``).  The sanitizer keeps no
``style`` and no ``<font>`` (a style can hide text, place it over the card, or be unreadable on Anki's
night background), so that emphasis was lost (learner L41).  :func:`colour_classes` turns each such colour
into one class of a small fixed set, chosen by hue (``c-red``, ``c-orange``, ``c-green``, ``c-blue``,
``c-purple``, ``c-pink``; a background ``c-hl``); card.css gives each a colour for the day and one for
the night.  Black, white and greys (pasted text's default colour) are no emphasis and are dropped.
"""

from __future__ import annotations

import colorsys
import re

#: The classes the sanitizer lets through on a ``<span>`` (any other class is dropped).
COLOUR_CLASSES = frozenset({"c-red", "c-orange", "c-green", "c-blue", "c-purple", "c-pink", "c-hl"})

_OPEN = re.compile(r"<(?P<tag>span|font)\b(?P<attrs>[^<>]*)>", re.I)
_FONT_CLOSE = re.compile(r"</font\s*>", re.I)
_ATTR = re.compile(r"""(?P<name>[\w-]+)\s*=\s*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|(?P<u>[^\s"'>]+))""")
_DECL = re.compile(r"(?:^|;)\s*(?P<prop>color|background-color|background)\s*:\s*(?P<value>[^;]+)", re.I)
_HEX = re.compile(r"^#(?P<h>[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$", re.I)
_RGB = re.compile(r"^rgba?\(\s*(?P<r>\d{1,3})\s*[, ]\s*(?P<g>\d{1,3})\s*[, ]\s*(?P<b>\d{1,3})\s*(?:[,/]\s*(?P<a>[\d.]+%?)\s*)?\)$", re.I)
_NAMED = {
    "red": "#ff0000", "darkred": "#8b0000", "crimson": "#dc143c", "firebrick": "#b22222", "tomato": "#ff6347",
    "orange": "#ffa500", "darkorange": "#ff8c00", "orangered": "#ff4500", "gold": "#ffd700", "yellow": "#ffff00",
    "green": "#008000", "darkgreen": "#006400", "lime": "#00ff00", "limegreen": "#32cd32", "seagreen": "#2e8b57",
    "forestgreen": "#228b22", "olive": "#808000", "teal": "#008080", "blue": "#0000ff", "navy": "#000080",
    "darkblue": "#00008b", "mediumblue": "#0000cd", "royalblue": "#4169e1", "dodgerblue": "#1e90ff",
    "steelblue": "#4682b4", "cyan": "#00ffff", "aqua": "#00ffff", "purple": "#800080", "indigo": "#4b0082",
    "violet": "#ee82ee", "darkviolet": "#9400d3", "magenta": "#ff00ff", "fuchsia": "#ff00ff", "pink": "#ffc0cb",
    "hotpink": "#ff69b4", "deeppink": "#ff1493", "brown": "#a52a2a", "maroon": "#800000", "black": "#000000",
    "white": "#ffffff", "gray": "#808080", "grey": "#808080", "silver": "#c0c0c0",
}  # fmt: skip


def colour_classes(html: str) -> str:
    """``html`` with each coloured ``<font>`` / ``<span style>`` as ``<span class="c-…">`` (and every
    ``<font>`` a ``<span>``, so its closing tag still matches); the sanitizer then drops the rest."""
    low = html.lower()
    if "<font" not in low and "color" not in low and "background" not in low:
        return html
    html = _OPEN.sub(_span, html)
    return _FONT_CLOSE.sub("</span>", html)


def _span(m: re.Match[str]) -> str:
    attrs = {a.group("name").lower(): a.group("q") or a.group("s") or a.group("u") or "" for a in _ATTR.finditer(m.group("attrs"))}
    classes: list[str] = []
    fore = attrs.get("color", "")
    back = ""
    for d in _DECL.finditer(attrs.get("style", "")):
        value = d.group("value").strip().removesuffix("!important").strip()
        if d.group("prop").lower() == "color":
            fore = value
        else:
            back = value.split()[0] if value else ""
    hue = _hue_class(fore)
    if hue:
        classes.append(hue)
    if _highlight(back):
        classes.append("c-hl")
    if not classes:
        return "<span>" if m.group("tag").lower() == "font" else m.group(0)
    return f'<span class="{" ".join(classes)}">'


def _rgb(value: str) -> tuple[float, float, float] | None:
    value = _NAMED.get(value.strip().lower(), value.strip())
    if m := _HEX.match(value):
        h = m.group("h")
        h = "".join(c * 2 for c in h) if len(h) == 3 else h[:6]
        return int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255
    if m := _RGB.match(value):
        alpha = m.group("a")
        if alpha is not None and float(alpha.rstrip("%")) == 0:
            return None  # transparent
        return tuple(min(int(m.group(k)), 255) / 255 for k in "rgb")  # type: ignore[return-value]
    return None


def _hue_class(value: str) -> str | None:
    """The class of a text colour, or None for no colour, black, white or a grey."""
    rgb = _rgb(value) if value else None
    if rgb is None:
        return None
    hue, light, sat = colorsys.rgb_to_hls(*rgb)
    if sat < 0.25 or light < 0.08 or light > 0.95:
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 345:
        return "c-red"
    if degrees < 70:
        return "c-orange"  # yellow text too: unreadable on white as it is
    if degrees < 170:
        return "c-green"
    if degrees < 260:
        return "c-blue"
    if degrees < 300:
        return "c-purple"
    return "c-pink"


def key_colour(value: str) -> bool:
    """Whether a text colour is one a key is written in: a red or a green of any shade (``#38761d``, ``C0504D``), as the
    readers of coloured options take ``c-red`` / ``c-green`` for one."""
    return _hue_class(value) in ("c-red", "c-green")


def highlighted(value: str) -> bool:
    """Whether a background colour marks the text (a highlight), for readers of pages' styles."""
    return _highlight(value)


def _highlight(value: str) -> bool:
    """Whether a background colour marks the text (not white, transparent or none)."""
    if not value or value.lower() in ("transparent", "none", "inherit", "initial"):
        return False
    rgb = _rgb(value)
    return rgb is not None and colorsys.rgb_to_hls(*rgb)[1] < 0.95
