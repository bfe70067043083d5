"""Thirty-sixth sitting, lead: note-taking apps' tags and private notes (trial 31 findings T31-48, T31-63, T31-69)."""

from __future__ import annotations

import json
from pathlib import Path

from compiler.build import build

TRIAL31 = Path(__file__).parent / "data" / "trials" / "trial31"


def _notes(tmp_path: Path, name: str, text: str) -> tuple[dict, list[dict]]:
    """Build ``text`` as ``sources/<name>`` in a deck listing nothing (as a new user drops a file in)."""
    (tmp_path / "sources").mkdir(parents=True)
    (tmp_path / "deck.toml").write_text('[deck]\nname = "L"\n', encoding="utf-8")
    (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    manifest = json.loads((tmp_path / "build" / "l.json").read_text(encoding="utf-8"))
    return {"result": result, "manifest": manifest}, manifest["notes"]


def _front(note: dict) -> str:
    return note["fields"].get("Question") or note["fields"].get("Text", "")


def test_sr_deck_tag_on_the_line_above_a_multi_line_card_is_its_tag_not_its_front(tmp_path: Path) -> None:
    """T31-69: '#flashcards' / 'Which drug …?' / '?' / 'Naloxone.' (Obsidian Spaced Repetition)."""
    _, notes = _notes(tmp_path, "lecture.md", (TRIAL31 / "obsidian-lecture-sr-tag.md").read_text(encoding="utf-8"))
    card = next(n for n in notes if "opioid" in _front(n))
    assert _front(card) == "Which drug reverses opioid overdose?"
    assert card["fields"]["Answer"] == "<p>Naloxone.</p>"
    assert "flashcards" in card["tags"] and "pharmacology" in card["tags"]
    # the same with a nested deck and two cards, the tag line only above the first
    _, notes = _notes(
        tmp_path / "b",
        "cards.md",
        "#flashcards/pharm #exam\nWhich drug reverses opioid overdose?\n?\nNaloxone.\n\nWhat does atropine block?\n?\nMuscarinic receptors.\n",
    )
    assert sorted(_front(n) for n in notes) == ["What does atropine block?", "Which drug reverses opioid overdose?"]
    assert all({"flashcards::pharm", "exam"} <= set(n["tags"]) for n in notes)


def test_a_bear_notes_hashtag_line_under_its_title_tags_its_cards(tmp_path: Path) -> None:
    """T31-48 (tags): '#biology/cells #exam-prep' under the title: Anki's nested 'biology::cells' and 'exam-prep'."""
    _, notes = _notes(tmp_path, "bear.md", (TRIAL31 / "bear-note.md").read_text(encoding="utf-8"))
    assert len(notes) == 2
    for n in notes:
        assert {"biology::cells", "exam-prep"} <= set(n["tags"])
        assert "#" not in _front(n)
    # a number is no tag ('#1'), and hashtags after the first question are no page tag
    _, notes = _notes(
        tmp_path / "b",
        "n.md",
        "# Notes\n#1 #chem\n\n## What is a mole?\n\n6.022e23 particles.\n\n## What is molarity?\n\nMoles per litre.\n\n#later\n",
    )
    mole = next(n for n in notes if "mole?" in _front(n))
    assert "chem" in mole["tags"] and "1" not in mole["tags"] and "later" not in mole["tags"]


def test_org_noexport_subtree_and_comment_headline_are_on_no_card(tmp_path: Path) -> None:
    """T31-63: org's exporters leave out a ':noexport:' subtree and a 'COMMENT' headline; so does deckc."""
    built, notes = _notes(tmp_path, "drill.org", (TRIAL31 / "org-drill.org").read_text(encoding="utf-8"))
    mountain = next(n for n in notes if "Africa" in _front(n))
    assert mountain["fields"]["Answer"] == "<p>Kilimanjaro (5,895 m)</p>"
    assert not any("2019" in json.dumps(n) for n in notes)
    # the cloze under '* Rivers' made a card: no "its text is in no card" warning, not listed as skipped
    assert any("{{c1::Europe}}" in _front(n) for n in notes)
    assert not any("Rivers" in w for w in built["manifest"]["warnings"])
    assert built["manifest"]["skipped"] == []
    org = (
        "#+TITLE: Chem\n#+EXCLUDE_TAGS: private\n\n* Acids :drill:\nWhat is the pH of pure water?\n** Answer\n7\n"
        "** Aside :private:\nMy teacher hates this one.\n* COMMENT Draft :drill:\nWhat is a base?\n** Answer\nA proton acceptor.\n"
    )
    _, notes = _notes(tmp_path / "b", "chem.org", org)
    assert [(_front(n), n["fields"]["Answer"]) for n in notes] == [("Acids: What is the pH of pure water?", "<p>7</p>")]


def test_text_after_a_layouts_stop_line_is_said_once_and_notes_skip_quiets_it(tmp_path: Path) -> None:
    """T31-18: a Cornell table read by its guessed table pattern, then '**Summary:** …': the summary was in no card and
    in no message. Now it is said at its line; the table's four cards are unchanged; ``notes = "skip"`` quiets it."""
    text = (TRIAL31 / "cornell-notes.md").read_text(encoding="utf-8")
    built, notes = _notes(tmp_path, "cornell.md", text)
    assert len(notes) == 4
    said = [w for w in built["manifest"]["warnings"] if "after the end of the items" in w]
    assert len(said) == 1 and "cornell.md:10:" in said[0] and "Summary" in said[0] and 'notes = "skip"' in said[0]
    # listed with notes = "skip": no message, the same cards
    (tmp_path / "b" / "sources").mkdir(parents=True)
    (tmp_path / "b" / "sources" / "cornell.md").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "deck.toml").write_text(
        '[deck]\nname = "L"\n\n[[source]]\nid = "cornell"\nfile = "sources/cornell.md"\nlayout = "pattern"\nnotes = "skip"\n'
        "[source.pattern]\nstart = '^\\s*\\|\\s*:?-{3,}'\n"
        "item = '^\\s*\\|\\s*(?P<question>(?:\\\\\\||[^|])+?)\\s*\\|\\s*(?P<answer>(?:\\\\\\||[^|])*?)\\s*\\|\\s*$'\n"
        "stop = ['^\\s*[^|\\s#]']\n",
        encoding="utf-8",
    )
    build(tmp_path / "b", tmp_path / "b" / "build", formats=("json",), now=1_700_000_000)
    manifest = json.loads((tmp_path / "b" / "build" / "l.json").read_text(encoding="utf-8"))
    assert len(manifest["notes"]) == 4
    assert not any("after the end of the items" in w for w in manifest["warnings"])


def test_a_topics_reference_links_belong_to_its_card_and_stay_when_the_answer_points_to_them(tmp_path: Path) -> None:
    """T31-35: topic headings read as cards, each with '#### Reference' over its links (a Korean interview README):
    the links were three skipped "reading lists" (a warning each), and the card whose whole answer says "a link is
    attached instead" lost the link. Now the reference headings are their topic's; the links stay on a back that
    points to them and are left off as attribution elsewhere."""
    text = (
        "# Network\n\n## OSI 7 Layer\n\nOSI 7 계층은 네트워크 통신을 7개의 계층으로 나눈 모델이다.\n\n#### Reference\n\n"
        "- https://example.com/osi\n\n## TCP 3-way Handshake\n\n일부 그림이 포함되어야 하는 설명이므로 링크를 대신 첨부합니다.\n\n"
        "#### Reference\n\n- http://asfirstalways.tistory.com/356\n\n## UDP\n\nUDP는 비연결형 프로토콜이다.\n\n#### Reference\n\n"
        "- https://example.com/udp\n"
    )
    built, notes = _notes(tmp_path, "network.md", text)
    answers = {_front(n): n["fields"]["Answer"] for n in notes}
    assert set(answers) == {"OSI 7 Layer", "TCP 3-way Handshake", "UDP"}
    assert "asfirstalways.tistory.com/356" in answers["TCP 3-way Handshake"]
    assert "example.com" not in answers["OSI 7 Layer"] + answers["UDP"]
    assert built["manifest"]["skipped"] == []
    assert not any("reading list" in w for w in built["manifest"]["warnings"])


TRIAL36 = Path(__file__).parent / "data" / "trials" / "trial36"


def test_turkish_section_names_are_spelled_in_tags_as_in_ids(tmp_path: Path) -> None:
    """T36-8: 'Işık ve ışığın kırılması' was the tag 'is-k-ve-s-g-n-k-r-lmas'; tags spell it as item ids do."""
    text = (TRIAL36 / "t36-8-turkish-dotless-tags" / "tr-fizik-notlari.md").read_text(encoding="utf-8")
    _, notes = _notes(tmp_path, "tr.md", text)
    sections = {t for n in notes for t in n["tags"] if t.startswith("deckc::section::")}
    assert "deckc::section::tr::isik-ve-isigin-kirilmasi" in sections
    assert not any("is-k-ve" in t for t in sections)


def test_org_drill_card_under_a_repeated_label_headline_asks_its_text(tmp_path: Path) -> None:
    """T36-9: '** Word :drill:' over 'aqua, aquae (f.)' / '*** Answer' / 'water': the front is the text, not
    'aqua, aquae (f.) / Word'; a headline of its own names the topic before a text that does not ask."""
    text = (TRIAL36 / "t36-9-org-drill-heading" / "drill.org").read_text(encoding="utf-8")
    _, notes = _notes(tmp_path, "drill.org", text)
    fronts = {_front(n): n["fields"].get("Answer") for n in notes}
    assert fronts["aqua, aquae (f.)"] == "<p>water</p>" and fronts["puella, puellae (f.)"] == "<p>girl</p>"
    assert "Latin: rex, regis (m.)" in fronts  # (the two-sided card: read as before)
    org = "* Capital of :drill:\nBurkina Faso\n** Answer\nOuagadougou\n* Chemical symbol :drill:\nGold\n** Answer\nAu\n"
    _, notes = _notes(tmp_path / "b", "c.org", org)
    assert sorted(_front(n) for n in notes) == ["Capital of: Burkina Faso", "Chemical symbol: Gold"]


def test_a_nested_tag_in_front_matter_and_on_the_page_is_one_tag(tmp_path: Path) -> None:
    """T36-11: 'tags: [flashcards/anatomia]' and '#flashcards/anatomia' were two tags, 'flashcards/anatomia' and
    'flashcards::anatomia'; both are Anki's nested 'flashcards::anatomia'."""
    text = (TRIAL36 / "t36-11-obsidian-sr-tags" / "obsidian-sr-pt.md").read_text(encoding="utf-8")
    _, notes = _notes(tmp_path, "sr.md", text)
    assert len(notes) == 5
    for n in notes:
        own = [t for t in n["tags"] if not t.startswith("deckc::")]
        assert own == ["flashcards::anatomia"], own


def test_numbered_rows_with_the_answer_after_a_tab_lose_the_number_from_the_front(tmp_path: Path) -> None:
    """T36-14: '1. Capital of France?<TAB>Paris': the number is the list's (the note's #1), not the question's words;
    rows numbered out of order keep what they say."""
    text = (TRIAL36 / "t36-14-numbered-tab-answers" / "tab-answers.txt").read_text(encoding="utf-8")
    _, notes = _notes(tmp_path, "tab.txt", text)
    assert [(_front(n), n["items"][0]["number"]) for n in notes][:2] == [("Capital of France?", "1"), ("Capital of Japan?", "2")]
    assert notes[0]["items"][0]["id"] == "tab/capital-of-france"
    _, notes = _notes(tmp_path / "b", "years.txt", "1066\tBattle of Hastings\n1492\tColumbus\n1215\tMagna Carta\n")
    assert sorted(_front(n) for n in notes) == ["1066", "1215", "1492"]


def test_logseq_parent_block_names_the_section_of_its_cards_and_clozes_without_its_tags(tmp_path: Path) -> None:
    """T36-10: '- Biología celular #[[Biología]]' over two '#card' questions and two '{{cloze …}} #card' blocks: the
    section was 'Biología celular #Biología' on the questions and none on the clozes."""
    text = (TRIAL36 / "t36-10-logseq-page-tag-section" / "logseq-biologia.md").read_text(encoding="utf-8")
    _, notes = _notes(tmp_path, "bio.md", text)
    assert len(notes) == 4
    assert {n["fields"]["Section"] for n in notes} == {"Biología celular"}
    assert all("deckc::section::bio::biologia-celular" in n["tags"] for n in notes)


def test_a_json_banks_section_key_in_another_language_names_the_section(tmp_path: Path) -> None:
    """T36-13: 'тема' (topic) was printed on every back; it is the section, as 'topic' and 'tema' are."""
    text = (TRIAL36 / "t36-13-json-cyrillic-section-key" / "ru-bank.json").read_text(encoding="utf-8")
    _, notes = _notes(tmp_path, "ru.json", text)
    got = {_front(n): (n["fields"]["Answer"], n["fields"]["Section"]) for n in notes}
    assert got["Кто написал «Войну и мир»?"] == ("<p>Лев Толстой</p>", "Литература")
    assert not any("тема" in a for a, _ in got.values())


def test_terms_in_bold_over_their_attributes_are_a_card_each(tmp_path: Path) -> None:
    """T36-12: a drug list, '- **Metformin**' over '  - Class: …' / '  - Mechanism: …': one card 'Diabetes drugs' held
    every drug. Now a card per drug (the finder's attribute lists), its attributes the back, the page's heading its
    section. (Open: '**Metformin**' on a line of its own over '- Class: …'; a rewrite of it into the nested form broke
    chatbot cards, '**Card 1**' over '- **Front:** …', and was dropped.)"""
    for name, count in (("drugs-nested.md", 3),):
        text = (TRIAL36 / "t36-12-bold-term-attribute-lists" / name).read_text(encoding="utf-8")
        _, notes = _notes(tmp_path / name, name, text)
        got = {_front(n): n["fields"]["Answer"] for n in notes}
        assert len(got) == count and "Diabetes drugs" not in got, list(got)
        assert "Class: Biguanide" in got["Metformin"] and "Sulfonylurea" not in got["Metformin"]
        assert all(n["fields"]["Section"] == "Diabetes drugs" for n in notes)
    # a bold line over an ordinary list (no labels) is no term; on a page that asks nothing it is a topic, read as the
    # heading it stands for (sitting 48, the lead's call: '## Key points' gives the same cards)
    text = "# Notes\n\n**Key points**\n- one thing\n- another\n\n**More**\n- a third\n- a fourth\n"
    _, notes = _notes(tmp_path / "plain", "n.md", text)
    assert [_front(n) for n in notes] == ["Notes › Key points", "More"]  # (a generic name takes its title, as under ##)
    assert "a third" not in notes[0]["fields"]["Answer"] and "a third" in notes[1]["fields"]["Answer"]
