"""Writes study-guide-toc.docx (trial33): a table of contents ('TOC 2' paragraphs) before the Heading 2 questions."""

import docx
from docx.enum.style import WD_STYLE_TYPE

d = docx.Document()
for n in (1, 2):
    style = d.styles.add_style(f"TOC {n}", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
d.add_paragraph("Biology Study Guide – Unit 4", style="Title")
d.add_paragraph("Contents", style="TOC Heading")
pairs = [
    ("What is osmosis?", "The diffusion of water across a partially permeable membrane."),
    ("What is active transport?", "Movement of substances against a concentration gradient, using energy from respiration."),
    ("What is diffusion?", "The net movement of particles from a region of higher to lower concentration."),
]
for page, (question, _) in enumerate(pairs, 2):
    d.add_paragraph(f"{question}\t{page}", style="TOC 2")
d.add_page_break()
for question, answer in pairs:
    d.add_heading(question, 2)
    d.add_paragraph(answer)
d.save("study-guide-toc.docx")
