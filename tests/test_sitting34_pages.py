"""Thirty-fourth sitting, pages: open findings of trial 33 about pages (a folder of one-answer-per-file pages,
chatbot flashcards in other languages, card-number headings, Docusaurus conventions, vocabulary lists)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front, paste_table

TRIAL33 = Path(__file__).parent / "data" / "trials" / "trial33"

# --- T33-1: a folder of one-answer-per-file pages is read page by page alike ----------------------------------------

NETZWERKE = {
    "docs/Netzwerke/TCP.md": (
        "TCP (Transmission Control Protocol) ist ein verbindungsorientiertes Transportprotokoll. Es garantiert, dass "
        "Daten vollständig und in der richtigen Reihenfolge ankommen.\n\n"
        "**Drei-Wege-Handshake**: Der Client sendet SYN, der Server antwortet mit SYN-ACK, der Client bestätigt mit ACK.\n\n"
        "**Flusskontrolle**: Das Empfangsfenster begrenzt, wie viele Bytes unbestätigt unterwegs sein dürfen.\n"
    ),
    "docs/Netzwerke/UDP.md": "UDP ist ein verbindungsloses Transportprotokoll ohne Zustellgarantie.\n",
    "docs/Netzwerke/DNS.md": "Das Domain Name System übersetzt Hostnamen wie `example.org` in IP-Adressen.\n",
    "docs/Netzwerke/Subnetting.md": (
        "Beim Subnetting wird ein IP-Netz in kleinere Teilnetze zerlegt. Die Präfixlänge gibt die Bits des Netzanteils an:\n\n"
        "```text\n192.168.10.0/24  -> 256 Adressen\n192.168.10.0/26  ->  64 Adressen\n192.168.10.64/26 ->  64 Adressen\n"
        "192.168.10.128/25 -> 128 Adressen\n192.168.10.0/30  ->   4 Adressen\n```\n\n"
        "Netz- und Broadcastadresse sind nicht für Hosts nutzbar.\n"
    ),
    "docs/Datenbanken/Normalisierung.md": (
        "Normalisierung zerlegt Tabellen, um Redundanz und Anomalien zu vermeiden.\n\n"
        "- **1NF**: Jedes Attribut ist atomar.\n- **2NF**: Jedes Nichtschlüsselattribut hängt vom ganzen Schlüssel ab.\n"
        "- **3NF**: Kein Nichtschlüsselattribut hängt transitiv vom Schlüssel ab.\n"
    ),
    "docs/Datenbanken/Indizes.md": "Ein Index ist eine Datenstruktur (meist ein B-Baum), die Suchen beschleunigt.\n",
    "docs/Datenbanken/Transaktion.md": "Eine Transaktion wird ganz oder gar nicht ausgeführt (ACID).\n",
}
FOTOSINTESIS = (
    "Proceso por el que las plantas convierten la energía luminosa en energía química.\n\n"
    "**Fase luminosa**: ocurre en los tilacoides y produce ATP y NADPH.\n\n"
    "**Fase oscura**: el ciclo de Calvin fija el CO2 en el estroma.\n"
)
NOTAS = {
    "Mitocondria.md": "Orgánulo de doble membrana donde ocurre la respiración celular.\n",
    "Ribosoma.md": "Complejo de ARN y proteínas que traduce el ARN mensajero en proteínas.\n",
    "Núcleo.md": "Orgánulo que guarda el ADN de la célula eucariota.\n",
    "Fotosíntesis.md": FOTOSINTESIS,
    "Glosario.md": "**ADN**: ácido desoxirribonucleico.\n**ARN**: ácido ribonucleico.\n**ATP**: la moneda energética de la célula.\n",
    "Repaso.md": "## ¿Qué orgánulo produce ATP?\n\nLa mitocondria.\n\n## ¿Dónde se fija el CO2?\n\nEn el estroma del cloroplasto.\n",
}


def test_a_docusaurus_folders_pages_are_each_one_note_and_lose_no_opening_text(tmp_path: Path) -> None:
    """T33-1 (severe): a Docusaurus site of one answer per page (Turkish) was read with four layouts in one folder:
    'Event Loop.md' as pairs (its opening definition in no card, unsaid), 'Yaşam Döngüsü' as three bold-labelled
    cards (its two opening paragraphs 'outside any question'), 'Veri Türleri' (prose, code, prose) no card. The folder's
    pages are one note each, so each of these is too, its text whole; one table covers them, and pasting it changes
    no note."""
    docs = TRIAL33 / "tr-docusaurus" / "docs"
    files: dict[str, str | Path] = {p.relative_to(docs).as_posix(): p for p in docs.rglob("*.md")}
    notes, _, said = built_notes(tmp_path, files)
    got = {note_front(n): note_back(n) for n in notes}
    assert len(notes) == len(files) == 8
    assert got["Event Loop"].startswith("JavaScript dilinde gerçekleşen işlemleri asenkron olarak yöneten bir mekanizmadır.")
    assert "Call Stack : Call stack, JavaScript'in" in got["Event Loop"]
    assert got["Yaşam Döngüsü"].startswith("React bileşenlerinin yaşam döngüsü süreçleri")
    assert "Mounting : Bileşen ilk kez render" in got["Yaşam Döngüsü"]
    assert "Alice" in got["Veri Türleri"] and got["Veri Türleri"].endswith("gibi farklı temel tipler de vardır.")
    assert not [m for m in said if "outside any question" in m or "cannot tell" in m or "'delimited'" in m or "'markdown'" in m]
    table = next(m for m in said if "8 files in sources/ not listed" in m)
    assert 'file = "sources/**/*.md"' in table and 'layout = "note"' in table
    content = tmp_path / "content"
    totals = paste_table(content, table[table.index("[[source]]") :].replace("\n    ", "\n"), tmp_path / "pasted")
    assert totals["new"] == 0 and totals["updated"] == 0 and totals["retired"] == 0


def test_an_mkdocs_folders_pages_in_german_are_each_one_note(tmp_path: Path) -> None:
    """T33-1, the same in German (an MkDocs site's docs/): a page's definition over '**Term**: …' paragraphs or
    '- **1NF**: …' entries, a page of prose and a code block: one note each, as their siblings are."""
    notes, _, said = built_notes(tmp_path, NETZWERKE)
    got = {note_front(n): note_back(n) for n in notes}
    assert sorted(got) == ["DNS", "Indizes", "Normalisierung", "Subnetting", "TCP", "Transaktion", "UDP"]
    assert got["TCP"].startswith("TCP (Transmission Control Protocol) ist") and "Flusskontrolle : Das Empfangsfenster" in got["TCP"]
    assert got["Normalisierung"].startswith("Normalisierung zerlegt") and "3NF : Kein" in got["Normalisierung"]
    assert "192.168.10.0/30" in got["Subnetting"]
    assert not [m for m in said if "outside any question" in m or "cannot tell" in m]


def test_among_one_note_pages_a_glossary_and_a_question_page_keep_their_cards(tmp_path: Path) -> None:
    """T33-1's rule reads a page as one note only when another reading would leave its text in no card: a glossary
    of pairs with nothing above them and a page of '## …?' questions keep their cards among one-note pages."""
    notes, _, _ = built_notes(tmp_path, {f"biologia/{k}": v for k, v in NOTAS.items()})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["ADN"] == "ácido desoxirribonucleico." and got["ATP"] == "la moneda energética de la célula."
    assert got["¿Qué orgánulo produce ATP?"] == "La mitocondria."
    assert got["Fotosíntesis"].startswith("Proceso por el que las plantas") and "Fase oscura : el ciclo de Calvin" in got["Fotosíntesis"]
    assert "Fase luminosa" not in got and got["Mitocondria"].startswith("Orgánulo de doble membrana")


def test_a_lone_pages_opening_text_above_its_pairs_is_said(tmp_path: Path) -> None:
    """T33-1: alone, such a page is still read as its pairs (it may be a glossary), but the opening definition that
    no card holds is said at its line, with the layout that reads the page whole."""
    notes, _, said = built_notes(tmp_path, {"Fotosíntesis.md": FOTOSINTESIS})
    assert [note_front(n) for n in notes] == ["Fase luminosa", "Fase oscura"]
    assert any(m.startswith("sources/Fotosíntesis.md:1: warning: the text above its first pair is in no card") and 'layout = "note"' in m for m in said)


# --- T33-2: a documentation site's conventions: ordering prefixes, sidebar files ---------------------------------------


def test_a_sites_ordering_prefix_is_off_the_front_and_its_category_label_is_the_section(tmp_path: Path) -> None:
    """T33-2 (low): '01 ECMAScript', '03 Props', '06-Virtual DOM' (the hyphen kept when the name had a space) were the
    fronts; each folder's '_category_.json' was 'not read: not a question bank' and its label no section. The prefix
    that orders a site's pages ('01-', '17_', '03. ') is no part of the front, whatever follows it; the sidebar file is
    left out unsaid and its label (JSON or YAML) is the section of the folder's pages."""
    docs = TRIAL33 / "tr-docusaurus" / "docs"
    files: dict[str, str | Path] = {p.relative_to(docs).as_posix(): p for p in docs.rglob("*") if p.is_file()}
    files["TypeScript/_category_.yml"] = "label: TypeScript Temelleri\nposition: 3\n"
    notes, _, said = built_notes(tmp_path, files)
    got = {note_front(n): n["items"][0]["section"] for n in notes}
    assert got == {
        "ECMAScript": ["JavaScript"], "Event Loop": ["JavaScript"], "Hoisting": ["JavaScript"],
        "Props": ["React"], "Virtual DOM": ["React"], "Yaşam Döngüsü": ["React"],
        "TypeScript": ["TypeScript Temelleri"], "Veri Türleri": ["TypeScript Temelleri"],
    }  # fmt: skip
    assert not [m for m in said if "_category_" in m]


def test_an_ordering_prefix_needs_two_digits(tmp_path: Path) -> None:
    """T33-2: one digit before a hyphen is part of a name ('2-Butanol'); a year-like date is no prefix either."""
    notes, _, _ = built_notes(
        tmp_path,
        {f"chemie/{name}.md": f"Ein Alkohol mit der Summenformel {formula}.\n" for name, formula in (("2-Butanol", "C4H10O"), ("10_Ethanol", "C2H6O"), ("1-Propanol", "C3H8O"))},
    )
    assert sorted(note_front(n) for n in notes) == ["1 Propanol", "2 Butanol", "Ethanol"]


def test_a_note_whose_ordering_prefix_leaves_its_front_keeps_its_guid(tmp_path: Path) -> None:
    """T33-2: the front loses '01-', but the note's id and GUID stay those the name with its prefix made, so a deck
    built before keeps its notes (updated in place, never retired and made again)."""
    from compiler.build import build

    content = deck_of(tmp_path, {"React/01-Props.md": "Props pass data from a parent to a child component.\n"})
    build(content, tmp_path / "build", formats=("json",), now=1_000)
    note = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))["notes"][0]
    assert note_front(note) == "Props" and (note["id"], note["guid"]) == ("react-01-props/01-props", "x-!+XY[?h+")  # (as built before)


# --- T33-4, T33-21: chatbot flashcards in other languages; a heading that only numbers a card ------------------------

CHATBOT = TRIAL33 / "chatbot"
CHAT_ES = (
    "¡Claro! Aquí tienes 3 tarjetas sobre la Revolución Francesa:\n\n"
    "**Tarjeta 1**\n**Pregunta:** ¿En qué año comenzó la Revolución Francesa?\n**Respuesta:** En 1789.\n\n"
    "**Tarjeta 2**\n**Pregunta:** ¿Qué fortaleza fue tomada el 14 de julio?\n**Respuesta:** La Bastilla.\n\n"
    "**Tarjeta 3**\n**Pregunta:** ¿Quién fue guillotinado en 1793?\n**Respuesta:** Luis XVI.\n\n"
    "¿Quieres que prepare también un cuestionario de opción múltiple?\n"
)
CHAT_DE = (
    "Gern! Hier sind 3 Lernkarten zur Zellbiologie:\n\n"
    "### Karte 1\n- **Vorderseite:** Was ist das Kraftwerk der Zelle?\n- **Rückseite:** Das Mitochondrium\n\n"
    "### Karte 2\n- **Vorderseite:** Wo werden Proteine gebildet?\n- **Rückseite:** An den Ribosomen\n\n"
    "### Karte 3\n- **Vorderseite:** Was enthält der Zellkern?\n- **Rückseite:** Die DNA\n\nViel Erfolg beim Lernen!\n"
)
CHAT_ZH = (
    "好的，下面是3张关于中国地理的卡片：\n\n"
    "**卡片 1**\n- **正面：** 中国最长的河流是哪条？\n- **背面：** 长江\n\n"
    "**卡片 2**\n- **正面：** 中国的首都是哪里？\n- **背面：** 北京\n\n"
    "**卡片 3**\n- **正面：** 中国最高的山峰是什么？\n- **背面：** 珠穆朗玛峰\n\n如果需要，我可以再做一些选择题。\n"
)
CHAT_JA = "理科の一問一答カードを作りました：\n\n**問：** 水の化学式は？\n**答：** H₂O\n\n**問：** 光合作用で作られる気体は？\n**答：** 酸素\n\nがんばってください！\n"


def _cards(tmp_path: Path, name: str, text: str | Path) -> tuple[list[tuple[str, str, list[str]]], list[str]]:
    notes, _, said = built_notes(tmp_path / name, {name: text})
    return [(note_front(n), note_back(n), n["items"][0]["section"]) for n in notes], said


def test_chatbot_cards_in_other_languages_read_as_the_english_ones(tmp_path: Path) -> None:
    """T33-4 (high): Japanese '### カード1' / '- **表：** …' / '- **裏：** …' made cards 'カード1' whose back was both sides;
    Arabic '**البطاقة 1**' / '**س:** …' / '**ج:** …' no card; with '**سؤال:**' every front began 'البطاقة 1 سؤال:'; the
    closing offer ('…お知らせください！', '…هل تريد…؟', 'Chúc bạn học tốt! …không?', '…选择题吗？') was on the last back.
    The side and question words of these languages read as Front:/Back: and Q:/A: do, a card's number in any language
    is no part of a front, and the chat before the first card and after the last is in no card and no message."""
    expected = {
        "chatbot-ja.md": ("江戸幕府を開いたのは誰？", "徳川家康（1603年）", "日米和親条約が結ばれたのは何年？", "1854年"),
        "chatbot-ar.md": ("ما هو العضو الذي يفرز الصفراء؟", "الكبد، وتُخزَّن في المرارة.", "أين يُمتص معظم الماء؟", "في الأمعاء الغليظة (القولون)."),
        "chatbot-ar-full.md": ("ما هو العضو الذي يفرز الصفراء؟", "الكبد، وتُخزَّن في المرارة.", "أين يُمتص معظم الماء؟", "في الأمعاء الغليظة (القولون)."),
        "chatbot-zh.md": ("光合作用主要在植物细胞的哪个细胞器中进行？", "叶绿体。", "写出光合作用的总反应式。", "6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂（条件：光照、叶绿体）"),
        "chatbot-hi.md": ("भारतीय संविधान कब लागू हुआ?", "26 जनवरी 1950 को।", 'संविधान की प्रस्तावना में "समाजवादी" शब्द किस संशोधन से जोड़ा गया?', "42वें संशोधन (1976) से।"),
        "chatbot-vi.md": ("Chiến thắng Điện Biên Phủ diễn ra vào năm nào?", "Năm 1954.", "Triều đại phong kiến cuối cùng của Việt Nam là gì?", "Nhà Nguyễn."),
        "chatbot-ko.md": ("세포의 에너지 공장이라고 불리는 세포 소기관은?", "미토콘드리아", "유전 정보를 담고 있는 세포 소기관은?", "핵"),
    }  # fmt: skip
    for name, (q1, a1, q_last, a_last) in expected.items():
        cards, said = _cards(tmp_path, name, CHATBOT / name)
        assert (cards[0][:2], cards[-1][:2]) == ((q1, a1), (q_last, a_last)), name
        assert not [m for m in said if "outside any question" in m or "no answer" in m], (name, said)


def test_chatbot_cards_written_in_spanish_german_chinese_and_japanese(tmp_path: Path) -> None:
    """T33-4, more languages: 'Tarjeta N' / 'Pregunta:' / 'Respuesta:', '### Karte N' / 'Vorderseite:' /
    'Rückseite:', '卡片 N' / '正面：' / '背面：', '問：' / '答：'; the closing offer or good wishes on no back."""
    es, _ = _cards(tmp_path, "es.md", CHAT_ES)
    assert es[-1] == ("¿Quién fue guillotinado en 1793?", "Luis XVI.", []) and len(es) == 3
    de, said = _cards(tmp_path, "de.md", CHAT_DE)
    assert de == [
        ("Was ist das Kraftwerk der Zelle?", "Das Mitochondrium", []),
        ("Wo werden Proteine gebildet?", "An den Ribosomen", []),
        ("Was enthält der Zellkern?", "Die DNA", []),
    ]
    assert not [m for m in said if "outside any question" in m]
    zh, _ = _cards(tmp_path, "zh.md", CHAT_ZH)
    assert zh[0] == ("中国最长的河流是哪条？", "长江", []) and zh[-1] == ("中国最高的山峰是什么？", "珠穆朗玛峰", [])
    ja, _ = _cards(tmp_path, "ja.md", CHAT_JA)
    assert ja == [("水の化学式は？", "H₂O", []), ("光合作用で作られる気体は？", "酸素", [])]


def test_a_heading_that_only_numbers_a_card_is_no_section(tmp_path: Path) -> None:
    """T33-21 (low): '### Card 1' … '### Card 4' over '**Q:** …' made a section and a tag per card; a card's number
    on its own line ('**Flashcard 1:** What …? — Jupiter') began every front. Neither is any part of the card."""
    math, _ = _cards(tmp_path, "chatgpt-math.md", CHATBOT / "chatgpt-math.md")
    assert [c[2] for c in math] == [[], [], [], []] and len(math) == 4
    assert math[0][1] == "\\( n x^{n-1} \\)"
    front_back, _ = _cards(tmp_path, "chatbot-en-frontback.md", CHATBOT / "chatbot-en-frontback.md")
    assert front_back[0] == ("Who founded the Edo shogunate?", "Tokugawa Ieyasu (1603)", [])
    inline, _ = _cards(tmp_path, "chatbot-flashcard-n-inline.md", CHATBOT / "chatbot-flashcard-n-inline.md")
    assert [c[:2] for c in inline] == [
        ("What is the largest planet?", "Jupiter"),
        ("What is the smallest planet?", "Mercury"),
        ("Which planet has the most moons?", "Saturn"),
    ]


def test_a_card_heading_over_its_own_text_stays_its_heading(tmp_path: Path) -> None:
    """T33-21's other side: a heading 'Card 2' over a paragraph that is no labelled line is kept (it may be the
    card itself); and a reader's own last question under labelled cards, with no chat around them, is not taken for
    a chatbot's closing offer."""
    own = (
        "Q: What is inertia?\nA: The tendency of a body to keep its state of motion.\n\n"
        "Q: What does Newton's second law say?\nA: F = m · a.\n\nWhy does a passenger lurch forward when a bus brakes?\n"
    )
    cards, said = _cards(tmp_path, "own.md", own)
    # (sitting 35, own-qa-last-question: no longer glued onto the last back, but said as the question it is)
    assert cards[-1][1] == "F = m · a."
    assert any(m.startswith("sources/own.md:7: warning: question has no answer") for m in said)


# --- T33-5: a word list's example under each word; its first unit's heading -------------------------------------------

VOCABOLARIO = (
    "# Unità 3 – La città\n\n"
    "- **la piazza** (s.f.) — square\n  *Ci vediamo in piazza alle otto.*\n"
    "- **il ponte** (s.m.) — bridge\n  *Il ponte è molto antico.*\n\n"
    "# Unità 4 – Il cibo\n\n"
    "- **il pane** (s.m.) — bread\n  *Compro il pane ogni mattina.*\n"
)


def test_a_words_example_is_a_paragraph_of_its_own_and_the_first_unit_is_a_section(tmp_path: Path) -> None:
    """T33-5 (medium): '- **la cuisine** (n.f.) — kitchen' over an indented italic example: the back was
    'kitchen<p><em>…</em></p>' (read as text, 'kitchenJe prépare …'), and '# Unité 4' over the first words was no
    section while '# Unité 5' was. The translation and the example are two paragraphs; a first-line H1 among other
    H1s heads its unit as they do (alone, it still titles the page)."""
    for name, text in (("fr.md", TRIAL33 / "fr-vocabulaire.md"), ("it.md", VOCABOLARIO)):
        notes, _, _ = built_notes(tmp_path / name, {name: text})
        got = {note_front(n): (n["fields"]["Answer"], n["items"][0]["section"]) for n in notes}
        if name == "fr.md":
            assert got["la cuisine (n.f.)"] == ("<p>kitchen</p><p><em>Je prépare le dîner dans la cuisine.</em></p>", ["Unité 4 : La maison"])
            assert got["ranger (v.)"][1] == ["Unité 5 : Les verbes"] and len(got) == 7
        else:
            assert got["la piazza (s.f.)"] == ("<p>square</p><p><em>Ci vediamo in piazza alle otto.</em></p>", ["Unità 3 – La città"])
            assert got["il pane (s.m.)"][1] == ["Unità 4 – Il cibo"]
    notes, _, _ = built_notes(tmp_path / "de", {"de.md": TRIAL33 / "de-nomen-gender.md"})
    assert (note_front(notes[0]), notes[0]["items"][0]["section"]) == ("der Tisch, die Tische", [])
