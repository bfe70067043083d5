"""Writes chem-autonum.docx (trial33 T33-20): questions in one Word-numbered list, each question's options a
lettered list restarted at a) (its own w:num with a startOverride over one shared abstract numbering)."""

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

d = docx.Document()
numbering = d.part.numbering_part.element


def element(tag: str, **attrs: str) -> OxmlElement:
    node = OxmlElement(tag)
    for key, value in attrs.items():
        node.set(qn(f"w:{key}"), value)
    return node


def add_abstract(abstract_id: int, fmt: str, text: str, indent: int) -> None:
    abstract = element("w:abstractNum", abstractNumId=str(abstract_id))
    level = element("w:lvl", ilvl="0")
    for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        level.append(element(tag, val=value))
    ppr = element("w:pPr")
    ppr.append(element("w:ind", left=str(indent), hanging="360"))
    level.append(ppr)
    abstract.append(level)
    numbering.insert(0, abstract)


def add_num(num_id: int, abstract_id: int, restart: bool = False) -> None:
    num = element("w:num", numId=str(num_id))
    num.append(element("w:abstractNumId", val=str(abstract_id)))
    if restart:
        override = element("w:lvlOverride", ilvl="0")
        override.append(element("w:startOverride", val="1"))
        num.append(override)
    numbering.append(num)


def numbered(paragraph, num_id: int) -> None:
    numpr = element("w:numPr")
    numpr.append(element("w:ilvl", val="0"))
    numpr.append(element("w:numId", val=str(num_id)))
    paragraph._p.get_or_add_pPr().append(numpr)


add_abstract(90, "decimal", "%1.", 360)
add_abstract(91, "lowerLetter", "%1)", 720)
add_num(900, 90)
d.add_heading("Chemistry Quiz – Atoms", 1)
questions = [
    ("What is the charge of a proton?", ["negative", "positive", "neutral", "it varies"]),
    ("Which particle has almost no mass?", ["proton", "neutron", "electron", "nucleus"]),
    ("What is the atomic number of carbon?", ["4", "6", "12", "14"]),
]
for i, (question, options) in enumerate(questions):
    numbered(d.add_paragraph(question), 900)
    add_num(910 + i, 91, restart=True)
    for option in options:
        numbered(d.add_paragraph(option), 910 + i)
d.add_heading("Answer Key", 2)
d.add_paragraph("1. b   2. c   3. b")
d.save("chem-autonum.docx")
