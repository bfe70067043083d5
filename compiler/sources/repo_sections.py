"""The sections a repository's page keeps for its readers, not its learners (trial42 T42-9): a cheat sheet or interview
list published on GitHub ends (or opens) with ``## About``, ``## Contributing``, ``## License``, ``## Other
Languages``, ``## Acknowledgements``; read as a page of headings, each was a card (``License`` → "This project is open
source and available under the MIT License").

This line-kept rewrite blanks such a section, from its heading to the next heading of its level or higher, when its
heading names it (in the languages deckc reads; an emoji or markup around the name is no part of it) **and** its text
speaks of the repository or is only links: a project, a repository, a pull request or fork, a licence's name, thanks,
or a table or list of links. A course's own ``## License`` section about software licences ("A licence grants …")
speaks of none of these and stays. Code fences are left alone; line numbers are kept.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# the names of such sections, whole (after an emoji, a number or markup): 'About', 'Contributing', 'Lizenz', '许可证'
_NAMES = re.compile(
    r"^(?i:about(?:\s+(?:this|the)\s+(?:repo(?:sitory)?|project|sheet|cheat\s*sheet|guide|list|collection))?|contributing"
    r"|contribute|contributions?|how\s+to\s+contribute|contributors|license|licence|licensing|other\s+languages"
    r"|translations?|languages|acknowledge?ments?|credits|thanks|support|sponsors?|donate|donations?|star\s+history"
    r"|authors?|maintainers?|changelog|code\s+of\s+conduct|disclaimer|feedback|contact"
    r"|über(?:\s+dieses?\s+\w+)?|beitragen|mitwirken|mitmachen|lizenz|andere\s+sprachen|übersetzungen|danksagung(?:en)?"
    r"|acerca\s+de|sobre(?:\s+este\s+\w+)?|contribuir|contribuciones|licencia|licença|otros\s+idiomas|outros\s+idiomas"
    r"|agradecimientos|agradecimentos|à\s+propos|a\s+propos|contribuer|contributions|autres\s+langues|remerciements"
    r"|informazioni|contribuire|licenza|altre\s+lingue|ringraziamenti"
    r"|лицензия|вклад|участие(?:\s+в\s+проекте)?|как\s+помочь(?:\s+проекту)?|участвуйте(?:\s+в\s+[\w\s]{1,30})?|благодарности"
    r"|другие\s+языки|переводы|о\s+проекте|авторы"  # (trial62 T62-12: '## Участвуйте в жизни репозитория' was a card)
    r"|关于|關於|贡献|貢獻|许可证|許可證|许可|协议|其他语言|其他語言|致谢|致謝|ライセンス|貢献(?:する|方法)?|他の言語|謝辞"
    r"|라이선스|기여(?:하기)?|다른\s+언어|감사의\s+글)$"
)
_HEADING = re.compile(r"^(?P<hashes>[ ]{0,3}#{1,6})[ \t]+(?P<text>.*?)[ \t#]*$")
_DECOR = re.compile(r"^[\W_\d]+|[\W_]+$")  # an emoji, a number or markup around the name ('## 📄 License', '## 8. About')
# what a repository's own section speaks of
_REPO_TALK = re.compile(
    r"(?i)\b(?:repo(?:sitory|sitorio|sitório)?|project|projekt|projet|proyecto|projeto|progetto|pull\s+requests?|\bPRs?\b"
    r"|fork|open\s+an?\s+issue|issue\s+tracker|(?:give|leave)\s+(?:it|us|this)\s+a\s+star|star\s+(?:this|the|us)|github|gitlab|contribut\w*|beitr[aä]g\w*|mitwirk\w*|MIT|Apache|GPL|BSD|MPL|Creative\s+Commons"
    r"|this\s+(?:sheet|cheat\s*sheet|list|guide|collection|page|document|book|site)"
    r"|CC[- ]BY\w*|CC0|unlicense|licen[cs]ed\s+under|open[- ]source|thank\w*|danke|merci|gracias|obrigad[oa]|grazie)\b"
    r"|项目|項目|仓库|倉庫|贡献|貢獻|许可|許可|プロジェクト|リポジトリ|プルリクエスト|イシュー|프로젝트|저장소"
    r"|(?i:репозитори\w*|проект\w*|пулл?[\s-]*реквест\w*|\bissues\b)"
)
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)|https?://\S+")


def _name(text: str) -> str:
    bare = re.sub(r"\*\*|__|`|<[^>]+>", "", text)
    return " ".join(_DECOR.sub("", bare.strip()).split())


def _only_links(body: list[str]) -> bool:
    """A body of links alone: each written line a link or a table row of names and links ('| Deutsch | cheat-de.md |')."""
    said = [x.strip() for x in body if x.strip()]
    rule = next((k for k, x in enumerate(said) if re.fullmatch(r"\|?[\s:|-]+\|?", x) and "-" in x), None)
    if rule is not None:  # a table: its header and rule are no entries
        said = said[:rule - 1] + said[rule + 1 :] if rule else said[1:]
    if not said:
        return False
    return all(_LINK.search(x) or (x.startswith("|") and re.search(r"\.\w{2,4}\b|/", x)) for x in said)


def repo_sections(lines: list[str]) -> list[str]:
    """``lines`` with the repository's own sections blanked line for line; the same list when it has none."""
    fenced = list(in_fence(lines))
    heads = [(k, len(m.group("hashes").strip()), m.group("text")) for k, line in enumerate(lines) if not fenced[k] and (m := _HEADING.match(line))]
    cut: list[tuple[int, int]] = []
    for n, (k, level, text) in enumerate(heads):
        if not _NAMES.match(_name(text)):
            continue
        end = next((j for j, lv, _ in heads[n + 1 :] if lv <= level), len(lines))
        body = lines[k + 1 : end]
        if any(fenced[k + 1 : end]) or not "".join(body).strip():
            continue
        if _REPO_TALK.search("\n".join(body)) or _only_links(body):
            cut.append((k, end))
    if not cut:
        return lines
    out = list(lines)
    for k, end in cut:
        out[k:end] = [""] * (end - k)
    return out
