"""A numbered reference list that ends a page of questions (trial29 T29-40)::

    A: Beta blockers [1][3].

    References
    [1] Katzung BG. Basic and Clinical Pharmacology. 15th ed. 2021.
    [3] https://en.wikipedia.org/wiki/Beta_blocker

The readers took the list for the rest of the last answer (its card taught every reference) and left each ``[1]`` a
bare bracket. When the page ends with a reference heading (``References``, ``Sources``, ``Literatur``, ``Источники``,
``参考文献`` …) over entries ``[n] …`` only, each cited ``[n]`` in the text above, this line-kept rewrite writes the list as
the footnotes it is (``[^1]: Katzung BG. …``) and each citation as its marker (``[^1]``): every card lists the
references it cites (compiler/sources/footnotes.py), the heading goes. Code is left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_HEADING = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?i:references?|sources?|bibliography|works\s+cited|citations|further\s+reading"
    r"|literatur(?:verzeichnis)?|quellen(?:angaben)?|referencias|fuentes|bibliografía|bibliografia|références|bibliographie"
    r"|riferimenti(?:\s+bibliografici)?|fonti|referências|fontes|источники|литература|список\s+литературы|джерела|źródła"
    r"|literatura|bronnen|referenties|kaynaklar|kaynakça|referensi|daftar\s+pustaka|rujukan|tài\s+liệu\s+tham\s+khảo"
    r"|πηγές|βιβλιογραφία|מקורות|المراجع|مراجع|منابع|संदर्भ|参考文献|参考资料|參考資料|出典|참고\s*문헌|참고\s*자료)"
    r"(?:\*\*|__)?\s*[:：]?\s*$"
)
_ENTRY = re.compile(r"^\s{0,3}(?:[-*+]\s+)?\[(?P<n>\d{1,3})\]\s*[:.)]?\s*(?P<text>\S.*)$")
_CITED = re.compile(r"\[(?P<n>\d{1,3})\](?![(:])")


def reference_footnotes(lines: list[str]) -> list[str]:
    """``lines`` with a closing reference list written as footnotes (module docstring); the same list without one."""
    fenced = list(in_fence(lines))
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    entries: dict[int, tuple[str, str]] = {}
    k = end - 1
    while k >= 0 and not fenced[k] and (m := _ENTRY.match(lines[k])):
        entries[k] = (m.group("n"), m.group("text").strip())
        k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if not entries or k <= 0 or fenced[k] or not _HEADING.match(lines[k]):
        return lines
    heading = k
    cited = {m.group("n") for j in range(heading) if not fenced[j] for m in _CITED.finditer(lines[j])}
    if not cited or not cited <= {n for n, _ in entries.values()}:
        return lines  # (a '[2]' the list does not hold: no citation the list answers, left as written)
    out = list(lines)
    out[heading] = ""
    for j, (n, text) in entries.items():
        out[j] = f"[^{n}]: {text}"
    for j in range(heading):
        if not fenced[j] and "[" in out[j]:
            parts = re.split(r"(`+[^`\n]*`+)", out[j])  # (code spans as written)
            # ('[1][3]': '[^1] [^3]', apart, or Markdown reads '^1][^' as a superscript)
            out[j] = "".join(
                p if i % 2 else _CITED.sub(r"[^\g<n>]", p).replace("][^", "] [^") for i, p in enumerate(parts)
            )
    return out
