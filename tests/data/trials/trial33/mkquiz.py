"""Writes bio-quiz-table-options.docx (trial33, T33-8's .docx control): options in a 2x2 table, key as a table."""

import docx

d = docx.Document()
sec = d.sections[0]
sec.header.paragraphs[0].text = "Mrs. Okafor – Biology 9 – Unit 3 Quiz"
sec.footer.paragraphs[0].text = "Page 1 of 2"
d.add_heading("Unit 3 Quiz: Genetics", 1)
d.add_paragraph("Name: ____________________   Date: __________   Period: ____")
d.add_paragraph("Circle the letter of the best answer. (2 points each)")
questions = [
    ("What is the shape of a DNA molecule?", ["single helix", "double helix", "triple helix", "flat sheet"]),
    ("Which base pairs with adenine in DNA?", ["cytosine", "guanine", "thymine", "uracil"]),
    ("What is the genotype of a heterozygous tall pea plant?", ["TT", "Tt", "tt", "T"]),
    ("Who is called the father of genetics?", ["Charles Darwin", "Gregor Mendel", "Rosalind Franklin", "James Watson"]),
]
for i, (question, options) in enumerate(questions, 1):
    d.add_paragraph(f"{i}. {question}")
    table = d.add_table(rows=2, cols=2)
    for k, option in enumerate(options):
        table.rows[k // 2].cells[k % 2].text = f"{'abcd'[k]}) {option}"
d.add_paragraph("5. Bonus: In a Tt × Tt cross, what fraction of the offspring is expected to be short? (1 point)")
d.add_page_break()
d.add_heading("Answer Key", 2)
key = d.add_table(rows=6, cols=2)
key.style = "Table Grid"
rows = [("Question", "Answer"), ("1", "b"), ("2", "c"), ("3", "b"), ("4", "b"), ("5", "1/4")]
for row, (left, right) in zip(key.rows, rows, strict=True):
    row.cells[0].text = left
    row.cells[1].text = right
d.save("bio-quiz-table-options.docx")
