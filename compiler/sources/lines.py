"""Line heuristics every plain-text reader shares: what a line looks like.

Readers are siblings: none imports another.  What two of them need to know
about a single line of text (is it a finished sentence, code, a formula, a
bullet?) lives here, each a small function with its own tests, so a rule is
fixed once for every layout.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field

from compiler.sources import columns

# the combining marks (and joiners) of the scripts that write vowels on their letters, for a character class: Python's
# \w takes none of them for a letter (Tamil விடை, Kannada ಉತ್ತರ, Hindi उत्तर, Thai, Khmer, Burmese: trial16 T16-44, T26-43)
LETTER_MARKS = r"\u0300-\u036f\u0900-\u0dff\u0e00-\u0e4f\u0e80-\u0ecf\u0f00-\u0fff\u1000-\u103f\u1780-\u17d3\u200c\u200d"


def spaces_one_way(pattern: str) -> str:
    r"""``pattern`` with each ``\s*`` and ``\s+`` possessive (``\s*+``): a run of white space is taken whole, never
    split between two of them.  Where every such run is followed by something that is no white space (an answer
    label's ``Answer\s*(?:is|:)?\s*(?:\*\*)?\s*B``), it matches the same; without it a line with a wide gap (a PDF
    copy's thousand spaces) was split between three of them every way: minutes for one line (trial26 T26-8).
    tests/test_sitting26_lead.py checks every pattern it is used on against its plain form."""
    return re.sub(r"\\s([*+])(?![+?])", r"\\s\1+", pattern)


TERMINAL = ".!?:;…？！。؟"
# What ends a question: "?", the full-width "？" of Chinese and Japanese, the Arabic "؟".
QUESTION_MARKS = ("?", "？", "؟")
# read as Markdown (MDX: Docusaurus, Next.js pages; web pages and notebooks once converted: sources/converted.py)
KNITR_SUFFIXES = (".rmd", ".qmd")  # R Markdown and Quarto: Markdown with knitr chunks (trial10 P5)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".cheatmd", ".html", ".htm", ".ipynb", ".rmd", ".qmd")
# what the columns of a sheet or a table of cards are called: the front, the back, tags
COLUMN_NAMES = {
    "question": "front", "front": "front", "term": "front", "word": "front", "prompt": "front", "q": "front",
    "answer": "back", "back": "back", "definition": "back", "meaning": "back", "response": "back", "a": "back",
    "description": "back", "explanation": "back", "translation": "back", "english": "back",
    "tags": "tags", "tag": "tags",
    # (a cheat sheet's '| Command | What it does | Example |': the column saying what the first does, trial26 T26-20)
    "what it does": "back", "what it means": "back", "what it is": "back", "what it's for": "back", "purpose": "back",
    "effect": "back",
}  # fmt: skip
CLOSERS = "\u201d\u2019\"')]»“」』"  # (a question's '?' inside its closing quotes: '… «кого? чего?»', '„Wer?“', 「…？」: N42)

# an example in brackets closing a line ('… predicts one of two outcomes (e.g. is the email spam or not spam?)'): its '?'
# is the example's, the line states (trial42 T42-11: a glossary's two kinds of classification were questions "with no
# answer")
_EXAMPLE_ASIDE = re.compile(
    r"[(\[（](?i:e\.\s?g\.?|i\.\s?e\.?|eg\b|for\s+(?:example|instance)|such\s+as|like|z\.\s?b\.?|bspw\.?|zum\s+beispiel|p\.\s?ej\.?"
    r"|por\s+ejemplo|par\s+ex(?:\.|emple)|ad\s+es\.?|per\s+esempio|por\s+exemplo|ex\.?|例如|比如|例えば|たとえば|예를\s*들어|например|напр\.?)"
    r"[,:]?\s[^()\[\]（）]*[?？][\s\"'”’]*[)\]）][\s.]*$"
)


def example_aside(text: str) -> bool:
    """Whether the line's closing '?' is that of an example in brackets ('(e.g. is it spam?)'): it asks nothing."""
    return bool(_EXAMPLE_ASIDE.search(text))
FORMULA_MARKS = "=Σ∑∂√⇨⇒↑↓≈∝≤≥±"
FORMULA_MAX = 120
LIST_LINE_MAX = 80

# the combining marks of the scripts that write vowels and viramas as marks on a letter (Devanagari to Sinhala, Thai,
# Khmer, Burmese), and the zero-width joiners: a word's letters with them, 'ചോദ്യം', 'ਪ੍ਰਸ਼ਨ', 'ප්‍රශ්නය', 'வினா'
# (which '[^\W\d_]' cuts after its first letter: trial28 T28-23)
WORD_MARKS = "".join(
    chr(c) for c in range(0x0900, 0x1CFF) if unicodedata.category(chr(c)) in ("Mn", "Mc")
) + "\u200c\u200d"
WORD_LETTER = rf"(?:[^\W\d_]|[{WORD_MARKS}])"  # a letter of a word, or a mark on one


# Captures run greedily to the end of the line (callers strip them): a lazy `.*?\s*$`
# would rescan a long run of spaces once per character.
ITEM_LINE = re.compile(r"^(?P<number>\d+)\s++(?P<rest>\S.*)$")
ANSWER_LINE = re.compile(r"^\s*+answer\s*+:\s*+(?P<text>.*)$", re.IGNORECASE)
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# '- point', '• point', an arrow ('=> point', '→ point', '**=>** point' as quiz generators write them); not
# '**bold** text'
BULLET = re.compile(r"^\s*(?:[•▪◦·]|\*(?!\*)|-(?=\s)|(?:\*\*)?(?:=>|->|→)(?:\*\*)?(?=\s))\s*")
# a line set wholly in bold or wholly as inline code ('**5. Переходим в эту папку**', '`python -m venv venv`'): a step's
# title or its command, a line of its own, never a wrapped line's end nor the start of one (trial22 T22-3)
OWN_LINE = re.compile(r"^\s*(?:\*\*[^*].*\*\*|`[^`]+`)\s*$")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")  # every visible kind of space
_ASSIGN = re.compile(r"^[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:[-+*/]?=)(?!=)\s*\S")
_STATEMENT = re.compile(r"^(?:import|from|def|class|for|while|if|elif|else|return|print|with)\b")
_CALL = re.compile(r"^[A-Za-z_][\w.]*\(.*\)\s*(?:#.*)?$")
_COMMENT = re.compile(r"^#\s*[A-Za-z]")
# The word that labels a question, in the languages deckc reads ('Pytanie 1', 'Tanong 2:', 'Întrebarea 3', 'سؤال 4'): ONE
# table the label rules share — a label before the question with a colon (:data:`_QUESTION_LABEL`), a label alone on
# its line over it (:func:`question_number_line`, detect.label_quiz). Each language's words for "question" (and the
# usual form without diacritics, as people type on an English keyboard); English and its exercise words stay with the
# rules that read them. Add a language here and every rule reads it (trial29 T29-55, T29-47: a word missing from one of
# several copies of this list gave no card in a dozen languages).
QUESTION_WORDS = (
    # Romance, Germanic, Slavic, Baltic, Finno-Ugric, Greek, Albanian
    r"pregunta|enunciado|pergunta|questão|questao|domanda|quesito|întrebarea|intrebarea|întrebare|intrebare|qüestió|questió"
    r"|frage|aufgabe|vraag|fråga|fraga|spørsmål|sporsmal|spørgsmål|sporgsmal|spurning"
    r"|вопрос|питання|въпрос|питање|pytanie|otázka|otazka|vprašanje|vprasanje|pitanje|klausimas|jautājums|jautajums"
    r"|kérdés|kerdes|kysymys|küsimus|kusimus|ερώτηση|ερωτηση|pyetja|pyetje"
    # Turkic, Indonesian/Malay, Vietnamese, Filipino, African languages (Swahili, Hausa, Yoruba, Igbo, Zulu, Xhosa, Afrikaans)
    r"|soru|sual|savol|сұрақ|soal|soalan|pertanyaan|câu\s+hỏi|câu|tanong|swali|tambaya|ìbéèrè|ibeere|ajụjụ|ajuju|umbuzo"
    # Semitic, Iranian, Indic, Thai, Amharic, CJK
    r"|السؤال|سؤال|سوال|پرسش|שאלה|प्रश्न|প্রশ্ন|கேள்வி|ప్రశ్న|પ્રશ્ન|ಪ್ರಶ್ನೆ|ചോദ്യം|คำถาม(?:ที่|ข้อ(?:ที่)?)?|ጥያቄ|질문|문제"
)
# 'Question 17b. …' too; full-width 'Q：…' (CJK input) and 问：/問：/質問： with or without a space (learner2 M36)
_QUESTION_LABEL = re.compile(
    r"^(?:(?i:q|ques|question)\s*(?:\d{1,4}[a-z]?)?\s*(?:[:.)]\s+(?=\S)|：\s*(?=\S))"
    # a mark before the number, as exam papers write it: 'Q.1 …', 'Q.12) …', 'Ques-3: …', 'Q#4 …'
    r"|(?i:q|ques|question)\s?[.#\-]\s?\d{1,4}[a-z]?(?:\s*[:.)\-](?!\d))?\s+(?=\S)"
    # a spaced dash after the label, as 'Answer - …' is written under it: 'Question 1 - What …?', 'Q3 – …?', when it asks (sitting 53; '## Q1 — Cache invalidation' is a title)
    r"|(?:(?i:ques|question)(?:\s*\d{1,4}[a-z]?)?|(?i:q)\s?\d{1,4}[a-z]?)\s+[-–—]\s+(?=[^\n]*[?？؟][*_]*\s*$)"
    r"|(?:问题?|問題?|質問|题目)\s*\d{0,4}\s*[:：]\s*(?=\S)"
    # Arabic, with the article and an ordinal word: 'السؤال:', 'السؤال الأول:', 'السؤال 3:' (learner5 L60)
    r"|(?:ال)?سؤال(?:\s+ال[\u0621-\u064a]{2,10})?\s*\d{0,4}\s*[:：]\s*(?=\S)"
    # other languages' labels (QUESTION_WORDS), always with a colon: 'Pregunta:', 'Frage 2:', 'Tanong 1:' (trial9 T16,
    # learner3 N31: '**प्रश्न 1:**' lost its card; trial29 T29-47: Tagalog, Yoruba, Hausa, Zulu, Romanian kept theirs)
    rf"|(?i:{QUESTION_WORDS})\s*(?:\d{{0,4}}\s*[:：]|\d{{1,4}}\s*[.)](?=\s))\s*(?=\S))"
    # ('प्रश्न 4.' / 'Frage 3.': numbered, the '.' form too, learner3 N31)
)
# the right answer labelled as such, as review handouts and LLM-written quizzes label it ('**Correct answer:** …',
# '**Respuesta correcta:** …'): an answer label where a labelled question comes first
_RIGHT_ANSWER_LABEL = re.compile(
    r"^(?i:(?:correct|right|model|suggested|expected)\s+answer|respuesta\s+correcta|resposta\s+correta|alternativa\s+corret[ao]|gabarito|"
    r"réponse\s+correcte|bonne\s+réponse|risposta\s+corretta|richtige\s+antwort|правильный\s+ответ|正确答案|正解"
    r"|doğru\s+(?:cevap|yanıt)|jawaban\s+(?:benar|yang\s+benar)|đáp\s+án\s+đúng"  # (Turkish 'Doğru cevap: A': trial15 T15-24)
    # (Arabic 'الإجابة الصحيحة: ب' / 'الجواب الصحيح: ب', "the correct answer", under 'السؤال الأول:': trial25 T25-3)
    r"|ال[إأا]جابة\s+الصحيحة|الجواب\s+الصحيح"
    # (its neighbours, "the right answer" too: Persian 'پاسخ درست', Urdu 'درست جواب', the qualifier first, Hebrew 'התשובה
    # הנכונה', Hindi 'सही उत्तर', Bengali 'সঠিক উত্তর': the label stayed on the back, sitting 36)
    r"|(?:پاسخ|جواب)\s+(?:درست|صحیح)|(?:درست|صحیح|صحيح)\s+(?:جواب|جوابات)|ה?תשובה\s+ה?נכונה|सही\s+उत्तर|সঠিক\s+উত্তর)"
    r"\s*[:：]\s*"
)
# ('Ans)': T23-44; 'Answer – …', a dash between spaces after the word: trial27 T27-16)
_ANSWER_LABEL = re.compile(
    r"^(?:(?i:a|ans|answer)(?:\s*\d{0,4}\s*[:：](?:-(?![\d.]))?|\s*\d{1,4}\s*[.)])|(?i:ans|answer)(?:[.)](?=\s)|\s+[-–—](?=\s))|答\s*[:：])\s*"
)
# 'Answer' in the languages answer labels are read in (headings '#### Ответ', labels '**Resposta:**', 'Réponse :')
# a line of its own between a question and its options that says how many to mark or which ('Mark one answer', 'Mark
# three answers' in the DVSA's theory test, 'Select two.', 'Tick (✓) one box.', 'Wählen Sie eine Antwort', 'Elija dos
# respuestas', 'Marque uma alternativa.', 'Cochez la bonne réponse.', 'Kruis het juiste antwoord aan.', 'Zaznacz
# poprawną odpowiedź.'): the question's instruction, never a line of its answer (trial32 T32-13, T32-50: the options were
# a Basic card's back, nothing marked). A verb, a count or an article with 'correct', the thing marked, in any of the
# languages below; a test's own wording outside this table is found by its repeating (choices.repeated_instructions).
_MARK_VERBS = (
    r"mark|select|choose|tick|pick|circle|underline|highlight"
    r"|wählen|wähle|markieren|markiere|kreuzen|kreuze|unterstreichen|unterstreiche"
    r"|elija|elige|escoja|escoge|marque|marca|seleccione|selecciona|señale|señala|rodee|rodea|subraye|subraya"
    r"|escolha|selecione|assinale|assinala|indique"
    r"|cochez|coche|choisissez|choisis|entourez|entoure|soulignez|souligne"
    r"|segna|scegli|indica|seleziona|barra|sottolinea"
    r"|kruis|kies|omcirkel|zaznacz|wybierz|podkreśl|выберите|выбери|отметьте|отметь|укажите|оберіть|позначте"
)
_MARK_COUNTS = (
    r"one|two|three|four|five|[1-5]|all\s++that\s++apply|only\s++one"
    r"|eine|einen|zwei|drei|vier|una|uno|dos|tres|uma|um|duas|três|une|un|deux|trois|due|tre|één|een|twee|drie"
    r"|jedną|dwie|trzy|один|одну|два|три"
)
_MARK_ARTICLES = r"the|die|den|das|la|el|a|o|le|il|l'|het|de"
_MARK_RIGHT = (
    r"correct|right|best|true|richtige|richtigen|korrekte|zutreffende|correcta|correcto|correctas|correta|certa|corretas"
    r"|bonne|bonnes|exacte|correcte|correctes|juste|corretta|esatta|giusta|juiste|goede|poprawną|prawidłową|właściwą|правильный|правильные|верный"
)
_MARK_THINGS = (
    r"answers?|options?|boxes|box|responses?|choices?|antworte?n?|aussagen?|lösung|kästchen|respuestas?|opci[oó]n(?:es)?"
    r"|alternativas?|respostas?|op[cç](?:ão|ões)|r[ée]ponses?|cases?|propositions?|rispost[ae]|opzion[ei]|alternativ[ae]"
    r"|antwoord(?:en)?|odpowied[źz]|ответа?|ответы|вариант(?:а|ы)?|відповідь"
)
_MARK_WHAT = (
    rf"(?:(?:{_MARK_COUNTS})\s++(?:(?:{_MARK_RIGHT})\s++)?|(?:{_MARK_ARTICLES})(?:\s++|(?<='))(?:(?:{_MARK_RIGHT})\s++)?"
    rf"|(?:{_MARK_RIGHT})\s++)?(?:{_MARK_THINGS})(?:\s++(?:{_MARK_RIGHT}))?(?:\s++(?:an|aan))?"
    rf"|(?:{_MARK_COUNTS})"  # ('Select two.', 'Choose all that apply': the count alone)
)
# the marks a structured paper prints at the end of a question or part's line ('[1 mark]', '(2 marks)', '[3]', '(4 Punkte)'):
# what it is worth, never its text; no option carries one (trial34 T34-1)
MARKS_TAG = re.compile(
    r"(?:[(\[（][ \t]*+\d{1,3}(?:[.,]\d)?[ \t]*+(?i:marks?|pts?\.?|points?|punkte?|pkt\.?|puntos?|pontos?|punti|баллов|балла|балл|분|점|分)"
    r"[ \t]*+[)\]）]|\[[ \t]*+\d{1,2}[ \t]*+\])[ \t]*+$"
)
MARK_COUNT = re.compile(
    rf"(?i)^\s*+[(\[]?\s*+(?:{_MARK_VERBS})(?:\s++(?:sie|du|u))?(?:\s*+\(\s*+[✓✔x]\s*+\))?\s++(?:{_MARK_WHAT})"
    r"\s*+[.:)\]]?\s*+$"
)

# an exercise's instruction to the learner over its list ('Translate into French.', 'Fill in the blanks.', 'Answer the
# following questions.', 'Ergänze die Sätze.', 'Completa las frases:'): the exercise's name, shown with its section on
# the fronts of its items, never an item without answer nor text said to be in no card (sitting 44). A verb that sets
# an exercise (the mark verbs above too), then words that speak of the items ('the following', 'each', 'the blanks'),
# or a verb that is an exercise alone (translate, fill in, conjugate), or a colon after it; never a question
_EXERCISE_VERBS = (
    r"answer|complete|match|write|rewrite|give|name|put|correct|decide|define|label|read|order|sort|arrange"
    rf"|{_MARK_VERBS}"
    r"|beantworte|beantworten|beantwortet|ergänze|ergänzen|ergänzt|vervollständige|vervollständigen|ordne|ordnen|schreibe|schreiben|bilde|bilden"
    r"|réponds|répondez|complète|complétez|relie|reliez|écris|écrivez|associez|associe|mettez|mets|remets|remettez|classez|donnez|donne"
    r"|responde|responda|respondan|contesta|conteste|completa|completen|relaciona|relacione|une|escribe|escriba|ordena|ordene|pon|ponga"
    r"|rispondi|rispondete|completa|completate|abbina|abbinate|scrivi|scrivete|metti|mettete|riordina"
    r"|beantwoord|vul|vult|schrijf|verbind|odpowiedz|odpowiedzcie|uzupełnij|uzupełnijcie|połącz|napisz"
    r"|ответьте|ответь|заполните|заполни|дополните|вставьте|вставь|соедините|напишите|составьте"
)
_EXERCISE_ALONE = (
    r"translate|fill\s+in|fill|conjugate|übersetze|übersetzt|übersetzen|konjugiere|traduis|traduisez|conjugue|conjuguez"
    r"|traduce|traduzca|traducid|conjuga|conjugue|traduza|traduzam|traduci|traducete|coniuga|vertaal|przetłumacz|odmień"
    r"|переведите|переведи|проспрягайте"
)
_EXERCISE_OBJECTS = (
    r"following|each|every|all|below|these|blanks?|gaps?|spaces?|sentences?|words?|phrases?|pairs?|table|questions?|statements?"
    r"|correct|right|answers?|verbs?|nouns?|adjectives?|terms?"
    r"|suivant(?:e|es|s)?|chaque|ces|trous|phrases|mots|siguientes?|cada|estas|estos|huecos|espacios|frases|palabras|oraciones"
    r"|folgenden?|jede[nsr]?|diese|lücken|sätze|wörter|seguintes?|lacunas|palavras|seguenti|ogni|queste|questi|frasi|parole|spazi"
    r"|volgende|elke|zinnen|woorden|następując\w*|każd\w*|luki|zdania|słowa|следующие|каждое|эти|пропуски|предложения|слова"
)
_EXERCISE = re.compile(
    rf"(?i)^\W{{0,3}}(?:(?:{_EXERCISE_ALONE})\b(?![^\"“'‘«]*[\"“'‘«])|(?:{_EXERCISE_VERBS})\b(?=.*\b(?:{_EXERCISE_OBJECTS})\b|.*[:：]\W{{0,3}}$))"
)
EXERCISE_WORDS = 12  # words at most of an exercise's instruction


# a sentence about the page itself, as a FAQ or a manual's page opens under its title ('This part of the documentation
# answers common questions about Requests.', 'This page lists …', 'This FAQ covers …', 'Diese Seite …', 'Cette page …',
# 'Esta página …'): what the page is, no text to learn. Never a line about its questions ('These questions are about
# plants:', 'Here are some questions on …:'), which says what they are about and is said as before (sitting 35).
_ABOUT_PAGE = re.compile(
    r"(?i)^\W{0,3}(?:this\s+(?:\w+\s+){0,2}?(?:page|part|section|document(?:ation)?|faq|chapter|article|guide|collection"
    r"|repository|repo|file|sheet)\b"
    r"|(?:diese|dieses)\s+(?:seite|dokument|kapitel|faq)\b|(?:cette|ce)\s+(?:page|document|chapitre|faq)\b"
    r"|(?:esta|este)\s+(?:página|pagina|documento|capítulo|faq)\b|(?:questa|questo)\s+(?:pagina|documento|capitolo|faq)\b)"
)
ABOUT_PAGE_WORDS = 40  # words at most of such an introduction
# … or that points at the page's questions ('Hey buddy, if you're looking for a job, these are the questions that come
# up ALL the time. Let's get you ready!', 'Below are the questions I was asked.', 'Here are 50 flashcards for week 3.')
_ABOUT_QUESTIONS = re.compile(
    r"(?i)\b(?:these|the\s+following|following|below|here\s+are|here's|here\s+is)\s+(?:\w+\s+){0,3}?"
    r"(?:questions|q\s*&\s*as?|flashcards|cards|interview\s+questions)\b"
)


def about_the_page(text: str) -> bool:
    """``text`` (a paragraph) only says what the page is ('This part of the documentation answers common questions
    about Requests.'): its introduction under its title, no study text (trial49 T49-13: said as "text outside any
    question", which a FAQ could only silence with notes = "skip")."""
    plain = " ".join(text.split())
    if not 0 < len(plain.split()) <= ABOUT_PAGE_WORDS or any(m in plain for m in QUESTION_MARKS):
        return False
    if _ABOUT_PAGE.match(plain):
        return True
    # (not a line that says what the questions are about, 'Here are some practice questions on the French Revolution:',
    # 'These questions are about plants:': the cards' subject, said)
    m = _ABOUT_QUESTIONS.search(plain)
    return m is not None and not plain.rstrip().endswith((":", "：")) and not _QUESTIONS_SUBJECT.match(plain[m.end() :])


_QUESTIONS_SUBJECT = re.compile(r"(?i)[^.!]*?\b(?:on|about|cover(?:s|ing)?|concerning|regarding)\b")


def exercise_instruction(text: str) -> bool:
    """``text`` (one line, marks stripped by the caller or not) is an exercise's instruction to the learner over the items
    below it (_EXERCISE): a name for their section, no item of its own."""
    plain = text.strip().strip("*_ ")
    words = len(plain.split())
    if words < 2 and not re.fullmatch(rf"(?i:{_EXERCISE_ALONE})", plain.rstrip(".!:： ")):
        return False  # ('Name:' on a worksheet is a field to fill, no exercise; 'Translate.' is one)
    if words > EXERCISE_WORDS or any(mark in plain for mark in QUESTION_MARKS):
        return False
    return _EXERCISE.match(plain) is not None


# the words of an instruction that says only "answer these" ('Answer the following questions.', 'Choose the correct
# answer.', 'Fill in the blanks.', 'Complete the sentences.', 'Responde a las siguientes preguntas.'): no context for a card
_GENERIC_TOLD = re.compile(
    r"(?i)\b(?:answer|answers|complete|fill|in|choose|select|pick|mark|tick|circle|the|a|an|all|each|every|following|below|"
    r"these|correct|right|best|one|questions?|blanks?|gaps?|sentences?|statements?|options?|"
    r"responde|responda|contesta|conteste|completa|complete|elige|elija|a|las|los|la|el|siguientes?|preguntas?|frases|huecos|"
    r"réponds|répondez|complète|complétez|choisis|choisissez|aux|les|la|le|suivantes?|questions|phrases|bonne|réponse|"
    r"beantworte|beantworten|ergänze|ergänzen|wähle|die|der|das|folgenden|fragen|sätze|lücken|richtige|antwort|"
    r"responda|complete|escolha|as|os|seguintes|perguntas|lacunas|"
    r"rispondi|completa|scegli|alle|le|seguenti|domande|frasi|risposta|corretta|"
    r"ответьте|ответь|заполните|дополните|на|следующие|вопросы|пропуски|предложения|правильный|ответ)\b"
)


def instruction_context(text: str) -> str:
    """What an exercise's instruction (:func:`exercise_instruction`) tells a card beyond "answer these", shown with the
    section on the fronts ('Translate into French', 'Put the verbs in the past tense'), or '' for an instruction that
    says only that ('Answer the following questions.', 'Choose the correct answer.', 'Fill in the blanks.': sitting 44,
    a context line that told the learner nothing)."""
    said = squash(text.strip().strip("*_ ")).rstrip(" .!:：")
    return "" if not _GENERIC_TOLD.sub(" ", said).strip(" ,.;:!-–—") else said


ANSWER_WORDS = (
    # ("the right answer" in the right-to-left scripts and their neighbours, the longer forms first: Arabic 'الإجابة
    # الصحيحة', Persian 'پاسخ درست', Urdu 'درست جواب', Hebrew 'התשובה הנכונה', Hindi 'सही उत्तर', Bengali 'সঠিক উত্তর':
    # a bold label of them stayed on the back, sitting 36)
    r"ال[إأا]جابة\s+الصحيحة|الجواب\s+الصحيح|(?:پاسخ|جواب)\s+(?:درست|صحیح)|(?:درست|صحیح|صحيح)\s+جواب|ה?תשובה\s+ה?נכונה|התשובה"
    r"|सही\s+उत्तर|সঠিক\s+উত্তর|"
    # ('Respuesta correcta: a) …', 'Respuesta esperada: …': the right or expected answer, trial11 P86)
    r"réponse(?:\s+(?:correcte|attendue))?|respuesta(?:\s+(?:correcta|esperada|sugerida))?|(?:richtige\s+)?antwort|lösung"
    r"|resposta(?:\s+(?:correta|esperada))?|risposta(?:\s+(?:corretta|attesa))?|(?:правильный\s+)?ответ|відповідь|решение"
    r"|(?:poprawna\s+|przykładowa\s+)?odpowiedź(?:\s+przykładowa)?|odpověď|(?:juiste\s+)?antwoord"  # ('sample answer': T16-34)
    # ('参考答案：' / '**Reference answer**:' / '标准答案', 'sample answer': the reference answer a lesson's exercise gives,
    # trial15 T15-29)
    r"|(?:reference|sample|model|suggested|expected)\s+answer|(?:参考|參考|标准|標準|正确|正確)?答案|(?:参考|參考)?解答"
    r"|fasit|løsningsforslag|lösningsförslag|løsning|lösning|løysing"  # (Nordic answer keys and solutions: trial15 T15-35)
    r"|回答|答え|정답|답변|대답|답|答"  # (longer words first: '답변' before '답', '答案' before '答')
    r"|(?:gợi\s+ý\s+|cách\s+)?trả\s+lời|đáp\s+án|lời\s+giải|cevap|yanıt|jawaban|jawab|उत्तर|الجواب|ال[إأا]جابة|svar|vastaus|válasz|"
    r"απάντηση|απαντηση|תשובה|جواب|پاسخ|উত্তর|பதில்|జవాబు|જવાબ|คำตอบ"  # ('پاسخ:', Persian: trial12 U79)  # (+ Urdu, Bengali, Tamil, Telugu, Gujarati, Thai: N31)
    # Vietnamese, Turkish, Indonesian, Hindi, Arabic (its hamza written any way: T21-20), Scandinavian, Finnish, Hungarian, Greek, Hebrew (T33)
    # the answers of QUESTION_WORDS' other languages, and the forms typed without diacritics (trial29 T29-55, T29-47)
    r"|răspunsul|raspunsul|răspuns|raspuns|odpowiedz|odpoved|отговор|одговор|odgovor|atsakymas|atbilde|vastus|përgjigja"
    r"|pergjigja|përgjigje|pergjigje|svör|jawapan|sagot|jibu|majibu|amsa|ìdáhùn|idahun|azịza|aziza|impendulo|ಉತ್ತರ|ഉത്തരം|መልስ"
    r"|պատասխանը|պատասխան|ចម្លើយ|အဖြေ"  # (Armenian, Khmer, Burmese: trial36 T36-15)
    r"|ઉત્તર"  # (Gujarati's other word, Hindi's and Bengali's cognate, beside 'જવાબ': trial37 T37-8)
)
# a label's qualifier: a word joined before it ('Rechnung/Lösung:', 'Working/Answer:') or a bracket after it ('Lösung
# (Beispiel):', 'Answer (sketch):', 'Réponse (exemple) :'): the same label (trial24 T24-3)
_LABEL_BEFORE = r"(?:[^\W\d_]{2,20}\s*/\s*)?"
_LABEL_AFTER = r"(?:\s*[(（][^()（）\n]{1,30}[)）])?"
_ANSWER_LABEL_ANY = re.compile(
    # (or its script's own colon: Armenian 'Պատասխան՝ …', Amharic 'መልስ፡ …', Khmer 'ចម្លើយ៖ …', T36-15)
    rf"^(?:{_LABEL_BEFORE}(?i:{ANSWER_WORDS}){_LABEL_AFTER}\s*(?:[:：՝፡፦፥៖]|\.(?=\s)|(?<=\s)[-–—](?=\s))"  # ('उत्तर – …': T27-16)
    r"|(?:[^\W\d_]{2,20}\s*/\s*(?i:answer)|(?i:answer)\s*[(（][^()（）\n]{1,30}[)）])\s*[:：]"
    rf"|[【\[〔](?i:{ANSWER_WORDS}|正解|答)[】\]〕]\s*[:：]?)\s*"
)  # ('【答案】C': the lenticular brackets of Chinese and Japanese exam papers, trial11 P93)  # ('उत्तर. …': the '.' form, learner3 N31)
# Answers that only hold the place of one.  Written so in any case ('Answer here', '...'):
# ('略' / '（略）': 'omitted', what a Chinese answer book writes for an essay's answer: trial11 P93)
PLACEHOLDERS = frozenset(["answer here", "your answer here", "write your answer here", "fill me in", "coming soon", "...", "…", "略", "略。", "（略）", "(略)", "答案略", "答案略。"])
# Words that are placeholders only when written as one: in capitals ('TODO', 'N/A') or in brackets ('[answer]');
# otherwise they are answers ('hacer' -> 'to do', 'la respuesta' -> 'answer', 'Hacer' -> 'To do': learner M12).
# Outside a word list or an export, 'todo'/'tbd'/'fixme' in any case and a capitalised 'Answer' hold a place too.
PLACEHOLDER_WORDS = frozenset(
    ["answer", "todo", "to do", "tbd", "tba", "tk", "wip", "fixme", "placeholder", "n/a", "fill in"]
)
_PROSE_PLACEHOLDERS = frozenset(["todo", "tbd", "fixme"])
# an author's note to self where the text will go ('Add content about …', 'Write notes on …', 'TODO explain …',
# 'Content coming soon', 'To be added', 'To be completed.': trial21 r-1): a placeholder when it is all the answer says (learner4 N64)
_PLACEHOLDER_PHRASE = re.compile(
    r"^(?:(?i:(?:add|write|insert|put)\s+(?:more\s+|some\s+)?(?:content|notes?|details?|text|an?\s+explanation|a\s+description|examples?)"
    r"(?:\s+(?:about|on|for|here)\b|$)|(?:content\s+|more\s+)?coming\s+soon|to\s+be\s+(?:added|written|filled\s+in)\b|to\s+be\s+(?:completed|done|answered|determined|continued)(?:\s+(?:later|soon|shortly|here))?$"
    r"|(?:work\s+in\s+progress|under\s+construction)\b"
    # ('No exercises for this lesson.', 'No questions move along!': a lesson template's section left empty, T54-4)
    r"|(?:there\s+(?:are|is)\s+)?no\s+(?:exercises?|questions?|quiz(?:zes)?|tasks?|activities|problems)(?:\s+(?:for|in)\s+this"
    r"\s+(?:lesson|section|chapter|page|unit|module|part))?(?:[\s,;]+(?:yet|here|move\s+along))?\W*$"
    # (the same note in the languages deckc reads: 'Por completar.', 'À compléter', 'Zu ergänzen', 'Da completare': T35-1)
    # (only notes that the text is still to be written: 'Próximamente', 'en construcción' translate 'soon', 'under
    # construction' in a word list)
    r"|(?:(?:à|a)\s+compl[ée]ter|en\s+cours\s+de\s+r[ée]daction|por\s+(?:completar|rellenar|escribir)"
    r"|zu\s+erg[äa]nzen|wird\s+(?:noch\s+)?erg[äa]nzt|da\s+completare|a\s+(?:completar|preencher))\W*$"
    # ('This post is a work in progress!', 'This section is still under construction': a page's notice, trial22 T22-11)
    r"|(?:this|the)\s+(?:post|page|section|answer|article|entry|chapter|part)\s+is\s+(?:still\s+)?(?:an?\s+)?(?:work\s+in\s+progress|under\s+construction|unfinished|incomplete)\W*$)"
    r"|(?:TODO|TBD|FIXME)\b)"
)
PLACEHOLDER_PHRASE_WORDS = 15  # longer, it is text that happens to open so
# an answer that points elsewhere or leaves it open, all an answer key says for some questions: 'See section 3.2.',
# 'Refer to the text.', 'Answers will vary.', 'Siehe Seite 45', 'Voir p. 45', 'Respuesta libre' (T32-39: cards whose
# back taught nothing, said nowhere, while 'TODO' was reported)
_POINTER = re.compile(
    r"^(?i:(?:see|refer\s+to|cf\.?|check)\s+(?:the\s+|your\s+)?(?:section|sect\.|page|pages|p\.|pp\.|chapter|ch\.|text|textbook|"
    r"notes|lecture(?:\s+notes)?|slides?|figure|fig\.|unit|lesson|book|handout|reading|passage|above|below)\b"
    r"|siehe\s+(?:seite|s\.|kapitel|abschnitt|text|oben|unten|skript|folie)\b|vgl\.\s+(?:seite|s\.|kapitel)"
    r"|(?:voir|cf\.?)\s+(?:la\s+|le\s+)?(?:p\.|page|chapitre|section|cours|texte|leçon|ci-dessus|ci-dessous)"
    r"|(?:ver|véase|vea)\s+(?:la\s+|el\s+)?(?:página|pág\.|p\.|capítulo|sección|texto|tema|apuntes)"
    r"|vedi\s+(?:pagina|pag\.|p\.|capitolo|sezione|testo)|ver\s+(?:página|pág\.|capítulo|seção|texto)"
    r"|(?:student(?:s'?)?\s+)?answers?\s+(?:will|may|can)\s+vary|(?:student|individual|open|personal)(?:[\s-]+ended)?\s+answers?"
    r"|respuestas?\s+(?:libre|abierta|personal)s?|réponses?\s+(?:libre|personnelle|ouverte)s?|freie\s+antwort(?:en)?"
    r"|individuelle\s+(?:antwort|lösung)(?:en)?|risposta\s+(?:libera|aperta|personale)|resposta\s+(?:livre|pessoal|aberta))"
    r"[^\n]{0,40}$"
)



def strip_invisible(text: str) -> str:
    """``text`` without zero-width and other invisible format characters (ZWJ, variation selectors)."""
    return INVISIBLE.sub("", text)


def clean_label(label: str | None) -> str | None:
    """A raw difficulty label without invisible characters or surrounding space; None if nothing is left."""
    if label is None:
        return None
    label = strip_invisible(label).strip()
    return label or None


# How an English question starts ('Answer to what is item 3?' is a statement that happens to end in '?').
_ASKING = re.compile(
    r"^(?i:what|which|why|how|when|where|who|whom|whose|is|are|was|were|do|does|did|can|could|would|should"
    r"|will|shall|may|might|must|has|have|had|name|list|explain|describe|give|and|or|but|if|in|for|so)\b"
)
# How a question that lost its '?' opens ('What is `GIL`', 'Explain closures', 'Warum …', 'Что такое …'):
# interrogative words and the prompts of an exam, in the languages deckc's examples use.
# a prompt after a question's '?' that goes on asking ('What is A/B testing? Walk through how you would design one.', '…
# How does each type form? Give one example of …'): the question's, never the start of its answer (every reader)
PROMPT_AFTER_ASK = re.compile(
    r"^\W*(?i:(?:also|and|then|please|kindly)\b[\s,]*)*(?i:explain|describe|compare|contrast|discuss|give|name|list|show|justify|illustrate|include|state|write|provide"
    r"|demonstrate|outline|identify|define|support|elaborate|mention|suggest|propose|implement|draw|sketch|design|estimate"
    r"|calculate|derive|prove|predict|analy[sz]e|evaluate|summari[sz]e|recommend|experiment|try|plot|observe|verify|walk(?:\s+(?:me|us))?\s+through"
    r"|tell\s+(?:me|us)|talk\s+(?:me\s+)?about|break\s+(?:it\s+)?down"
    # the asker goes on in their own words ('… with a regular expression? I'd also like to convert " to \" too.', PHP's
    # FAQ, trial49 T49-4; 'I'm also wondering whether …'): a second request, never the answer's start
    r"|(?:I|we)(?:['’]d|\s+would)\s+(?:also\s+(?:like|love)\s+to|(?:like|love)\s+to\s+(?:know|ask|understand|learn\s+(?:how|why|what|whether|if)))"
    r"|(?:I|we)\s+also\s+(?:want|need|wish|wonder)"
    r"|(?:I|we)\s+(?:want|need)\s+to\s+know|I\s+wonder|I(?:['’]m|\s+am)\s+(?:also\s+)?(?:wondering|curious))\b"
)
_PROMPT_VERBS = (
    r"(?i:discuss|contrast|outline|tell\s+(?:me|us)|descreva|discuta|defina|diferencie|justifique|comente|enumere|mencione|expli(?:que|ca)"
    r"|haga|escriba|implemente|calcule|demuestre"  # (Spanish tasks: 'Haga un ciclo for de 100 iteraciones …', trial22 T22-5)
    r"|(?:beschreiben|erklären|diskutieren|nennen|vergleichen|erläutern)\s+sie|diskutiere|erläutere|vergleiche|nenne"
    r"|discutez|définissez|comparez|justifiez|descrivi|spiega|discuti|definisci|confronta|elenca)"
)
_OPENS_ASKING = re.compile(
    r"^(?i:what|which|why|how|when|where|who|whom|whose|explain|describe|define|compare"
    r"|whats|hows|whys|wheres|whos|whens"  # a student's shorthand, the apostrophe left out ('whats the func of …', T29-45)
    r"|(?:is|are|does|do|can|could|should|would)(?=\s+(?!not\b)\w)"  # 'Is Python compiled' (not 'Do not …')
    r"|was|warum|wie|wann|wo|welche[rsnm]?|erkläre|erklären|beschreibe|gibt\s+es|"
    r"pourquoi|comment|quel(?:le)?s?|qu['’]est|expliquez|décrivez|"
    r"qué|por\s+qué|cómo|cuál(?:es)?|cuándo|dónde|explique|describa|"
    r"perché|cosa|come|quale|quali|quando|dove|o\s+que|por\s+que|qual|quais|como|onde|"  # Italian, Portuguese
    r"dlaczego|czym|jakie|kiedy|gdzie|wyjaśnij|opisz|co(?=\s)|jak(?=\s)|czy|któr[ya]|które|ile(?=\s)|po\s+co|omów|wymień|napisz|"
    r"podaj|porównaj|scharakteryzuj|zdefiniuj|"  # Polish (trial10 P3: 'Co to jest OAuth2', 'Omów zasady SOLID')
    r"wytłumacz|spraw(?=\s+(?:aby|by|żeby)\b)|utwórz|stwórz|zaimplementuj|rozwiąż|oblicz|"  # (trial12 U63: 'Wytłumacz …', 'Spraw aby działało:')
    r"що|чому|навіщо|які|який|яка|поясніть|опишіть|"  # Ukrainian
    r"что|как(?:ой|ая|ое|ие|ого|ую|им|их|ими|ом|ов|ова|ово|овы)?|почему|зачем|когда|где|кто|сколько|куда|откуда|"
    r"объясните|опишите|назовите|перечислите|расскажите|приведите|сравните|поясните|прокомментир\w+|"
    r"чем|чём|чего|чему|"
    # a preposition before the question word ('В чём …', 'Для чего …', 'При каких …'), in Russian
    r"(?:в|во|для|о|об|на|с|со|из|к|по|за|при|от|до|у|через)\s+(?:что|чего|чему|чем|чём|как\w+|кого|кому|ком)|"
    r"\w+\s+ли)\b"  # Russian 'Можно ли …', 'Есть ли …', 'Являются ли …': a yes/no question
    # an exam's or interview's imperative prompt in other languages too ('Descreva …', 'Discuta …', 'Discuss …',
    # 'Beschreiben Sie …', 'Discutez …', 'Descrivi …': trial18 T18-42, a translated page lost 3 of its 49 questions;
    # an interview's 'Tell me about …': trial21 r-1)
    r"|" + _PROMPT_VERBS + r"\b"
    r"|^(?:什么|为什么|如何|怎么|怎样|哪|何|なぜ|どう)"
    # a Chinese task ('描述 `float` 及其工作原理。', '简述 TCP 的三次握手', '请解释…': trial29 T29-2, the translated page's
    # title asked nothing); never the word alone, a section's name ('描述', 'Description')
    r"|^(?:请|請)?(?:描述|解释|解釋|简述|簡述|阐述|闡述|论述|論述|比较|比較|列举|列舉|谈谈|談談)(?=\s*[^\s：:。，,、])"
)


# What may follow a question's '?' and leave it a question: an annotation in brackets ('…区别？（重要）',
# '… differ? (application layer)', '【高频】'), a stray full stop ('…selectors?.'), or one short prompt that
# goes on asking ('What is Web Storage? Explain localStorage and sessionStorage.').
_ANNOTATED = re.compile(
    r"[?？؟]\s*(?:[(（\[【][^()（）\[\]【】]{1,40}[)）\]】]\s*)+$|[?？؟][.。]$"
    r"|[?？؟]\s*[:：]\s*\S[^?？؟]{0,120}$"  # '…違いはなんですか？: `function Person(){}` 後、…': the code it asks about (U63)
)
_PROMPT_AFTER = re.compile(
    r"[?？؟]\s+(?i:explain|describe|compare|contrast|discuss|give|name|list|show|justify|illustrate)\b[^?？؟]{0,120}[.!]?$"
)


# a question its script marks otherwise than by a '?' at its end (trial36 T36-15): Armenian sets '՞' on the asked word
# ('Ո՞վ է ստեղծել …։', the sentence ending '։'), Ethiopic ends it '፧' (or '?'), Greek ';' after Greek words (the Greek
# question mark U+037E, read as ';' once the text is composed)
_SCRIPT_ASKS = re.compile(
    r"[\u0531-\u0587]\u055e|\u1367[\s*_)\]»”\"']*$"
    r"|[\u0370-\u03ff\u1f00-\u1fff][^;\n]{0,200};[\s*_)\]»”\"']*$"
)


# a question in a language whose questions end in a verb form, written without '?' (as headings often are): Korean
# '…란 무엇인가', '…사용하는가', '…할까', '…습니까', '…있나요', a question word over a polite '…요' ('왜 … 써요'); Japanese
# '…とは何か', '…ですか', '…でしょうか', '…のか'; Chinese '…吗', '…呢' (trial48 T48-12: '교착상태란 무엇인가' was a statement
# heading). Never '…니까' (because), '하나' (one), '어머니' (a noun's last syllable), nor Chinese '…是什么' (an answer's
# part heading, '## 一、是什么', as often as a question)
_ENDING_ASKS = re.compile(
    r"(?:[가-힣](?:는가|은가|인가|던가|는가요|나요|가요|까요|냐)|[가-힣](?<!니)까|[가-힣](?:습니까|ㅂ니까))[\s*_)\]」』]*$"
    r"|^(?=.*(?:무엇|왜|어떻게|어떤|언제|어디|누구|얼마|몇|무슨)).*[가-힣]요[\s*_)\]」』]*$"
    r"|[\u3040-\u30ff\u4e00-\u9fff](?:ですか|ますか|でしょうか|だろうか|のか|何か|ないか|るか|たか)[\s*_)\]」』]*$"
    r"|[\u4e00-\u9fff](?:吗|嗎|呢)[\s*_)\]」』]*$"
)


def script_asks(text: str) -> bool:
    """Whether a line asks by its own script's question mark (:data:`_SCRIPT_ASKS`) or its language's asking ending
    without one (:data:`_ENDING_ASKS`): one of the marks :data:`QUESTION_MARKS` holds at its end asks in any script."""
    return bool(_SCRIPT_ASKS.search(text) or _ENDING_ASKS.search(text))


def asks_annotated(text: str) -> bool:
    """A question whose '?' is followed by an annotation, a stray '.', or a short prompt (see _ANNOTATED)."""
    return bool(_ANNOTATED.search(text) or _PROMPT_AFTER.search(text))


# A question written as a noun phrase, as interview pages title them: 'Difference between X and Y',
# 'X 和 Y 的区别' (the difference), '…的原理' (how it works), '…有哪些' (which are there). ('X vs Y' is as
# often a section of a textbook: not taken.)
# the two marks a statement prints after it for the learner to circle: '… planet. (T / F)', '… 창제하였다. (O / X)'
# or unbracketed after the statement's stop ('… in the world.  T / F', N60-5: only a key's 'F (why)' was judged)
TICK_SLOT = re.compile(
    r"[(（\[][ \t]*+(?:[^\W\d_]{1,2}|[○〇])[ \t]*+/[ \t]*+(?:[^\W\d_]{1,2}|[×✕])[ \t]*+[)）\]][ \t]*+$"
    r"|(?<=[.!。])[ \t]+(?:[^\W\d_]|[○〇])[ \t]*/[ \t]*(?:[^\W\d_]|[×✕])[ \t]*$"
)
_NOUN_ASKS = r"(?:区别|異同|异同|差异|不同点|共同点|相同点|原理|优缺点|优势|特点|作用|用途|有哪些|是什么|对比|違い|とは)[)）]?$"
_ASKS_AS_PHRASE = re.compile(
    r"^(?i:differences?\s+between|pros\s+and\s+cons|advantages\s+and\s+disadvantages)\b"
    rf"|{_NOUN_ASKS}"
    # Chinese asks with a question word anywhere or a closing particle ('你有什么缺点吗', '面试如何谈薪资', '你能否接受
    # 加班', '是不是'), Japanese with 'ですか', Korean with its question words or endings (trial9 T6)
    r"|^(?=.*[\u4e00-\u9fff]).*(?:什么|甚么|怎么|怎样|如何|为什么|为何|哪|能否|是否|可否|多少|(?P<yes>\S)[不没](?P=yes))"
    r"|[\u4e00-\u9fff](?:吗|呢|嗎|麼)[)）]?$|(?:ですか|ますか|でしょうか)[)）]?$"
    r"|(?:무엇|왜|어떻게|어떤|언제|어디)|[가-힣](?:까|나요|가요|는가|인가)[)）]?$"
    # polite imperatives end a prompt as 'Explain …' opens one (learner2 M42): Korean '…설명해주세요.', '…하시오.',
    # Japanese '…てください。', '…述べよ。', Chinese '请说明…', '简述…', '谈谈…'
    # (before a colon too: '以下のコードを動くようにしてください:' over the code to fix, trial12 U63)
    r"|(?:해\s?주세요|주세요|하세요|하시오|하십시오|해\s?보세요|설명하라|서술하라|기술하라)(?:[.。!]?|[:：][^?？]{0,120})[)）]?$"
    r"|(?:てください|て下さい|なさい|述べよ|答えよ|説明せよ|論ぜよ)(?:[。.!]?|[:：][^?？]{0,120})[)）]?$"
    r"|^(?:请(?:说明|解释|描述|简述|谈谈|说说|列举|比较|介绍|阐述)|简述|簡述|说说|說說|谈谈|談談|解释|解釋|阐述|闡述|论述|論述|概述|介绍一下)"
)


_VERSUS = re.compile(r"\s+(?i:vs\.?|versus)\s+")
# an English question's opening, for a front deckc words itself (only on a page that asks in English)
_ENGLISH_ASKING = re.compile(
    r"^(?i:what|which|why|how|when|where|who|whose|is|are|does|do|can|should|explain|describe|define|compare|name|list|give)\b"
)


# an imperative prompt that asks as a question does ('Discuss techniques for …', 'Descreva …', 'Beschreiben Sie …')
_PROMPT_VERB = re.compile(r"^\W*" + _PROMPT_VERBS + r"\b")


# an interview's or oral exam's prompt, an imperative of asking over at least two more words ('Tell me about a time you
# disagreed …', 'Walk me through your last project', 'Describe a project you are proud of.', 'Erzählen Sie von …',
# 'Parlez-moi de vous', 'Cuéntame sobre …', 'Расскажите о себе'): it asks as much as a '?' (trial31 T31-50); never
# 'List of resources' / 'Name of the field' (a section's name)
_ASKING_PROMPT = re.compile(
    r"^\W*+(?i:tell\s+(?:me|us)|walk\s+(?:me|us)\s+through|give\s+(?:me\s+|us\s+)?an?\s+examples?|talk\s+(?:me\s+)?about|describe|explain"
    r"|define|compare|name(?!\s+of\b)|list(?!\s+of\b)|erzählen\s+sie|erzähle|erzähl|beschreiben\s+sie|beschreibe|erklären\s+sie|erkläre"
    r"|nennen\s+sie|nenne|parlez(?:-|\s+)moi|parle(?:-|\s+)moi|racontez|raconte|décrivez|décris|expliquez|explique|citez"
    r"|cuéntame|cuénteme|cuéntanos|háblame|hábleme|háblanos|describa|descríbeme|explica|explique|nombra|menciona"
    r"|conte(?:-|\s+)me|fale(?:-|\s+)me|fale\s+sobre|descreva|racconta(?:mi)?|parlami|descrivi|spiega"
    r"|расскажите|расскажи|опишите|опиши|объясните|объясни|назовите|перечислите)(?=[\s,])(?:[\s,]++[^\s,]++){2}"
)


def asking_prompt(text: str) -> bool:
    """A heading that asks in the imperative, as interviews and oral exams do ('Tell me about a time …', 'Beschreiben
    Sie Ihr größtes Projekt.'), full stop or not."""
    return _ASKING_PROMPT.match(text.strip(" *_#")) is not None


def opens_with_prompt(text: str) -> bool:
    """A heading that opens with an exam's imperative ('Discuss techniques for preventing …', 'Descreva como …'): it
    asks, full stop or not (trial18 T18-42)."""
    return bool(_PROMPT_VERB.match(text.strip(" *_#")))


def compared(text: str) -> list[str]:
    """The things a heading compares ('Process vs Thread', 'JVM vs JDK vs JRE', 'Floats VS Decimals'), or []:
    such a heading asks for the difference in all but punctuation."""
    bare = text.strip(" *_#")
    if any(c in bare for c in "?？"):
        return []
    parts = [p.strip() for p in _VERSUS.split(bare)]
    if len(parts) < 2 or any(not p or len(p.split()) > 8 for p in parts):
        return []
    return parts


def comparison_front(text: str, english: bool) -> str:
    """The front of a comparison heading read as a question: it asks for the difference (in English when
    the page asks in English; else the heading as written, like a statement card)."""
    if not english:
        return text
    many = len(compared(text)) > 2
    return f"{text.strip()}: what {'are the differences' if many else 'is the difference'}?"


def asks_in_english(texts: list[str]) -> bool:
    """Whether most of these question texts open like English questions."""
    return bool(texts) and 2 * sum(bool(_ENGLISH_ASKING.match(t.strip(" *_`#"))) for t in texts) >= len(texts)


# a statement to judge, after its prompt ('True or false: …', 'T/F: …', 'Verdadero o falso: …', 'Vrai ou faux : …'):
# it asks as a question does, though it ends in a full stop (trial18 T18-85).  truefalse.VERDICT_WORDS writes
# these prompts; this reads them.
JUDGE_WORDS = _JUDGE_WORDS = (
    r"(?i:true\s*(?:or|/)\s*false|t\s*/\s*f|richtig\s+oder\s+falsch|vrai\s+ou\s+faux|verdadero\s+o\s+falso"
    r"|vero\s+o\s+falso|verdadeiro\s+ou\s+falso|waar\s+of\s+(?:niet\s+waar|onwaar)|prawda\s+czy\s+fałsz"
    r"|pravda,?\s+nebo\s+nepravda|sant\s+eller\s+falskt|doğru\s+mu,?\s+yanlış\s+mı|верно\s+или\s+неверно"
    r"|правда\s+или\s+ложь|правда\s+чи\s+неправда|σωστό\s+ή\s+λάθος|đúng\s+hay\s+sai|benar\s+atau\s+salah|참\s+또는\s+거짓)"
)
_JUDGE_PROMPT = re.compile(rf"^{_JUDGE_WORDS}\s*[:：?.]\s*\S")
# the prompt as a mark in brackets before or after the statement ('[T/F] Mitochondria have their own DNA.', 'Water boils at
# 100 °C. (T/F)', '[R/F] Enzyme sind Katalysatoren.'): a statement to judge too (sitting 58)
JUDGE_MARK = rf"(?:{_JUDGE_WORDS}|(?i:[rvw]\s*/\s*f|richtig\s*/\s*falsch|wahr\s*/\s*falsch|vrai\s*/\s*faux|v\s*/\s*f))"
_JUDGE_MARKED = re.compile(rf"^[\[(]{JUDGE_MARK}[\])]\s*[:.]?\s*(?=\S)|(?<=\S)\s*[\[(]{JUDGE_MARK}[\])]\s*[.:]?$")


def judges(text: str) -> bool:
    """A statement to judge true or false after its prompt or marked in brackets ('True/False: …', '[T/F] …', '… (T/F)')."""
    bare = text.strip(" *_`#")
    return bool(_JUDGE_PROMPT.match(bare) or _JUDGE_MARKED.search(bare))


def judge_marked(text: str) -> re.Match[str] | None:
    """The bracketed prompt before or after a statement to judge (:data:`_JUDGE_MARKED`), else None."""
    return _JUDGE_MARKED.search(text.strip(" *_`"))
# the prompt alone, as a heading over the statements to judge ('# True or false?', '## Part B: True or False',
# 'Section 2 – Vrai ou faux'): a section's title, not a question whose answer is the whole list (sitting 38)
# (or with the page's subject after a dash: '# True or false? — The human body' over its statements, sitting 41: the title
# asked, the statements one card; a colon after the prompt keeps its statement, 'True or false: The heart …')
# (or with what to do with the false ones, in brackets or not: '# True or false? (Correct the false ones)', sitting 49:
# the title asked, the statements one card)
_JUDGE_ALONE = re.compile(
    rf"^(?:[^\W_][\w .]{{0,30}}[:：–—-]\s*)?{_JUDGE_WORDS}(?:\s+(?i:questions?|statements?))?\s*[:：?？.!]*"
    r"(?:\s*\(?(?i:correct|rewrite|fix|amend)\s+the\s+(?i:false|wrong|incorrect)\b[^?？()]{0,40}\)?[.!]?)?"
    r"(?:\s+[–—-]\s*[^\s?？:：][^?？:：]{0,60})?\s*$"
)


def judge_prompt_only(text: str) -> bool:
    """A title that is only the prompt to judge statements true or false (:data:`_JUDGE_ALONE`)."""
    return bool(_JUDGE_ALONE.match(text.strip(" *_`#")))


# a bold term, a dash or colon, then the question it answers: '**Authentication** – Who are you?' (a term's mnemonic)
_GLOSSED_BY_QUESTION = re.compile(r"^(?:\*\*|__)(?=\S)[^*_\n]{1,40}?(?<=\S)(?:\*\*|__)\s*(?:[–—:：]|\s-)\s+\S.*[?？]\s*$")


def glossed_by_question(text: str) -> bool:
    """A bold term glossed by the question it answers (``**Authentication** – Who are you?``): a mnemonic of the term,
    never a question to answer, whichever reader takes its list (trial44 T44-5)."""
    return _GLOSSED_BY_QUESTION.match(text.strip()) is not None


def opens_asking(text: str) -> bool:
    """A question that opens like one but lost its '?' ('What is `GIL`', 'Explain the GIL'), or is titled
    as a noun phrase that asks ('Difference between X and Y', 'X 和 Y 的区别'), or gives a statement to judge."""
    bare = text.strip(" *_`#")
    return bool(_OPENS_ASKING.match(bare) or _ASKS_AS_PHRASE.search(bare) or _JUDGE_PROMPT.match(bare))


# a task before a colon, never a term: it points at what follows or tells what to do with it (trial12 U23)
_POINTS_AT = re.compile(r"(?i)\b(?:the\s+following|below|given|above)\b")
# a sentence that opens with a task's verb ('Write …', 'Name …'; 'Escriba …', 'Напишите …': trial22 T22-7)
_TASK_LEAD = re.compile(
    r"(?i)^\W*(?:balance|name|convert|calculate|solve|find|write|state|give|complete"
    r"|simplify|evaluate|compute|determine|identify|classify|translate|rewrite|fill|match|draw|label|list|describe|explain"
    r"|compare|prove|show|express|factori[sz]e|expand|round|estimate|correct|choose|select|arrange|put"
    r"|escriba|escribe|escreva|écrivez|schreiben\s+sie|напишите|создайте|объясните|опишите|сравните|перечислите|назовите)\b"
)


def without_noun_ask(text: str) -> str:
    """The text without a closing noun that asks ('…的作用', '…原理'): before a colon and a definition such a phrase
    is a term ('光合作用：…' is photosynthesis, '阿基米德原理：…' a principle) or a question answered right after it."""
    return re.sub(_NOUN_ASKS, "", text.rstrip())


def points_at(text: str) -> bool:
    """The text points at something set beside it ('the following', 'below', 'given', 'above')."""
    return _POINTS_AT.search(text) is not None


def prompt_term(text: str) -> bool:
    """The left side of 'X: Y' is a task, not a term (``Balance the following chemical equation: Fe + …``, ``Name the
    following compound: CH₃COOH``, ``Define …``): what follows the colon is what it asks about, never its answer."""
    return bool(_POINTS_AT.search(text) or _TASK_LEAD.match(text)) or opens_asking(text)


def task_verb(text: str) -> bool:
    """A sentence that opens with a task's verb ('Explain …', 'Write …', 'Explique …', 'Mencione …'), never a question
    word that may tell as well ('How the GC works is …'): it asks however long it runs."""
    return bool(_TASK_LEAD.match(text) or _PROMPT_VERB.match(text))


# a programming or worksheet exercise's imperative ('Implement enqueue and dequeue using two stacks', 'Remove duplicates
# of an array …', 'Given a string, reverse each word …', 'Реализуйте …', 'Удалите дубликаты …'), also after a leading
# clause that sets its data ('Given …, find …', 'Being told that …, find …')
_CODING_VERBS = (
    r"(?:implement|create|remove|reverse|check|return|design|build|sort|merge|count|print|generate|make|add|delete|swap"
    r"|rotate|flatten|detect|validate|determine|find|write|convert|compute|calculate|explain|describe|define|compare"
    r"|provide|give|list|show|reimplement|refactor|optimi[sz]e|transform|split|join|replace|search|traverse|invert|parse|encode|decode"
    r"|напишите|реализуйте|удалите|верните|объясните|опишите|найдите|проверьте|создайте|определите|посчитайте|переверните"
    r"|отсортируйте|сравните|преобразуйте|выведите)"
)
_EXERCISE_LEAD = re.compile(
    rf"(?i)^\W*(?:(?:given|being\s+told|assuming|suppose|дан[аоы]?)\b[^\n]{{0,200}}?,\s*|[^,\n]{{20,200}},\s*)?{_CODING_VERBS}\b\s+\S"
)


def exercise_heading(text: str) -> bool:
    """A heading that sets an exercise in the imperative (:data:`_EXERCISE_LEAD`, or a task verb :func:`task_verb`
    knows): among a page's question headings it asks, whatever its length or its missing '?' (trial28 T28-43: 15 of
    FAQGURU's JavaScript exercises were 'a statement heading among question headings')."""
    return bool(_EXERCISE_LEAD.match(text.strip(" *_`#"))) or task_verb(text)


# a troubleshooting FAQ's problem: an error message quoted whole ('"MySQL Server has gone away"', two quoted messages
# joined by '/' or 'or', the kind of message after it: '"The … property is deprecated …" warnings', T51-7), or a
# report in the first person of something wrong ('I'm getting a warning about …', 'I am using … and my test program
# is not working!', 'My query doesn't return …')
_QUOTED_ERROR = re.compile(
    r"^(?:[\"“„«][^\"”»]{3,}[\"”»](?:\s*(?:/|,|or)\s*|\s*\(or\s+similar\)\s*)?)+"
    r"(?:\s*(?i:warnings?|errors?|exceptions?|messages?|notices?|deprecations?))?$"
)
_FIRST_PERSON_PROBLEM = re.compile(
    r"(?i)^(?:i(?:'m|’m|\s+am|'ve|’ve|\s+have|\s+get|\s+got|\s+keep|\s+can'?t|\s+cannot|\s+see)|my|when\s+i)\b"
    r".*\b(?:not|\w+n't|\w+n’t|errors?|warnings?|fail\w*|wrong|broken|problems?|issues?|crash\w*|hang\w*|missing|ignored|lost)\b"
)


QUOTED_ERROR_WORDS = 3  # words at least of a quoted error message ('"Server has gone away"')


def problem_heading(text: str) -> bool:
    """A heading that states a problem as a troubleshooting FAQ does (:data:`_QUOTED_ERROR`,
    :data:`_FIRST_PERSON_PROBLEM`): among the page's question headings it asks how to fix it (trial47 T47-6: five of
    the SQLAlchemy FAQ's entries were 'a statement heading among question headings')."""
    text = text.strip(" *_`#")
    quoted = _QUOTED_ERROR.match(text) is not None and len(text.split()) >= QUOTED_ERROR_WORDS  # (never '"Hello, World"')
    return quoted or bool(_FIRST_PERSON_PROBLEM.match(text))


def task_lead(text: str) -> bool:
    """A sentence that opens as a task or a question ('Write a page with a gallery.', 'Explain …', 'Mencione …'):
    it asks of its own, never the scenario of a question after it."""
    return bool(_TASK_LEAD.match(text)) or opens_asking(text)


# an item counted by a word of its own: 'Step 4. …', 'Exercise 2: …', 'Task 3) …', 'Schritt 5 …' (the word, the number)
_COUNTED = re.compile(r"^[\W_]*(?P<word>[^\W\d_]{2,15})[ \t]*(?P<n>\d{1,3})[ \t]*[.:)\-–—][ \t]*\S")


def counted_pair(first: str, second: str) -> bool:
    """Two texts that each open with the same counting word and the next number ('Step 4. Select the goals column.' /
    'Step 5. How many teams took part?'): two items in a row, never one question in two parts (trial46 T46-5)."""
    a, b = _COUNTED.match(first), _COUNTED.match(second)
    return bool(a and b and a.group("word").casefold() == b.group("word").casefold() and int(b.group("n")) == int(a.group("n")) + 1)


_SUB_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+[.)]?|\d{1,3}[.)]|[a-z][.)])\s+")  # '4.1) When …?': a sub-question's number
# where only_questions cuts a text into its sentences: after an end mark and a space (never after a bracket, so
# 'Which would you choose (and why) for a cache?' stays one question; the Arabic '؟' ends one too)
_QUESTION_SPLIT = re.compile(r"(?<=[.!?？؟。！])\s+")


LEAD_WORDS = 4  # a lead-in over a list of questions ('Extra questions:', 'Дополнительные вопросы:') is this short


def only_questions(text: str) -> bool:
    """Text made only of questions ('Which would you choose, and why?'): a follow-up of a question,
    never its answer."""
    parts = [_SUB_NUMBER.sub("", p.strip().lstrip("-*•").strip()).rstrip(CLOSERS) for line in text.splitlines() for p in _QUESTION_SPLIT.split(line)]
    parts = [p for p in parts if p]
    if len(parts) > 1 and parts[0].endswith((":", "：")) and len(parts[0].split()) <= LEAD_WORDS:
        parts = parts[1:]  # 'Extra questions:' over a list of them: a lead-in, no answer either (trial11 P62)
    return bool(parts) and all((p.endswith(QUESTION_MARKS) and (_ASKING.match(p) or not p[0].isascii())) or _requests(p) for p in parts)


def _requests(sentence: str) -> bool:
    """A sentence that asks as a request does ('Explain why.', 'Напишите …'); never one opened by a keyword in capitals
    over text that is not ('EXPLAIN выводит информацию …', 'DESCRIBE lists a table's columns.': SQL's commands, the
    subject of an answer, trial23 T23-11: the card was skipped as "only another question")."""
    if _REQUEST.search(sentence) is None:
        return False
    first, _, rest = sentence.strip().partition(" ")
    return not (len(first) > 1 and first.isupper() and any(ch.islower() for ch in rest))


# a polite request that asks as a '?' does: Korean '…설명해 주세요.', '…들어주세요.', Japanese '…説明してください。', Chinese
# '请说明…。' (a Korean interview list whose answers were only such follow-ups: trial11 P31)
_REQUEST = re.compile(
    # a request to tell (explain, describe, give an example), never an instruction that answers ('…IDをコピーしてください。',
    # '请首先确认…是否…。': a help page's answers, trial15 T15-54, T15-56)
    r"(?:(?:설명|말|말씀|알려|들어|소개|비교|정리|서술|얘기|이야기)\s*(?:해|하여)?\s*(?:주세요|주십시오|보세요)|(?:서술|설명|논술|기술)하시오"
    r"|(?:説明|教え|述べ|答え|挙げ|比較|紹介|話)\S{0,3}(?:ください|なさい))\s*[.。!！]?$"
    r"|^请(?:说明|解释|描述|简述|简要|阐述|论述|列举|举例|谈谈|谈一谈|比较|分析|回答|说出|写出|介绍|概述|说一说|说说|讲讲|讲一讲|指出)"
    # a task set in the formal imperative, never an answer: 'Напишите ЧИСЛО и укажите их способы.' under '… shown in the
    # video?' (trial11 P62), 'Erklären Sie …', 'Explique …', 'Expliquez …', 'Explain why.'
    r"|^(?i:напишите|укажите|опишите|объясните|приведите|перечислите|назовите|поясните|обоснуйте"
    r"|erklären\s+sie|nennen\s+sie|beschreiben\s+sie|begründen\s+sie|explique|escriba|indique|mencione|justifique"
    r"|expliquez|indiquez|citez|justifiez|décrivez|explain|describe|justify|discuss)\b(?!\s*:)[^?？]{0,120}[.!]$"
)


def squash(text: str) -> str:
    """Collapse runs of spaces (including no-break spaces) and trim."""
    return _WS.sub(" ", text).strip()


# a statement's label opening its line: Roman 'I.' / 'II)', 'Statement 1:' in a few languages, 'Assertion (A):' / 'Reason
# (R):' (UPSC / NEET papers; T31-29)
_STATEMENT_LINE = re.compile(
    r"^[ \t]*+(?:(?P<roman>[IVX]{1,4})[.)]"
    r"|(?i:statement|aussage|affirmation|afirmação|afirmación|affermazione|twierdzenie|утверждение|assertion|reason)"
    r"[ \t]*+(?:\(?[A-Z0-9]{1,4}\)?[ \t]*+)?[:：.])[ \t]++\S"
)
STATEMENTS_MIN = 2  # labelled statement lines that make a list of them


def statement_breaks(lines: Sequence[str]) -> list[int]:
    """Where a question's lines break for its labelled statements: the indices (above 0) of the lines that start a
    line of their own, none unless a run of at least :data:`STATEMENTS_MIN` labelled statements ('I. …' / 'II. …' /
    'III. …' in order, 'Assertion (A): …' / 'Reason (R): …') is there. Each statement starts a line, and so does the
    first line after the last one (the question that follows them); unlabelled lines between two statements go on the
    one above. The options name the statements by their labels: run into one paragraph, a learner had to find where
    each began (T31-29)."""
    # ('Q2. Assertion (A): …' / 'Reason (R): …': the first statement after the question's own label and number)
    lines = [strip_number(strip_question_label(lines[0])), *lines[1:]] if lines else []
    labelled = [k for k, line in enumerate(lines) if _STATEMENT_LINE.match(line) is not None]
    romans = [m.group("roman") for k in labelled if (m := _STATEMENT_LINE.match(lines[k])) and m.group("roman")]
    in_order = romans == [_ROMAN_NUMERALS[k] for k in range(len(romans))] if len(romans) <= len(_ROMAN_NUMERALS) else False
    if len(labelled) < STATEMENTS_MIN or not in_order or (romans and len(romans) != len(labelled)):
        return []
    return [k for k in (*labelled, labelled[-1] + 1) if 0 < k < len(lines)]


def statement_lines(lines: list[str]) -> str:
    """A question's lines joined as one text, each labelled statement on a line of its own (:func:`statement_breaks`)."""
    cuts = [0, *statement_breaks(lines), len(lines)]
    return "\n".join(part for a, b in itertools.pairwise(cuts) if (part := squash(" ".join(lines[a:b]))))


def ends_complete(text: str) -> bool:
    """True if a line ends like a finished sentence (so the next line is not its continuation)."""
    core = text.rstrip().rstrip(CLOSERS)
    return bool(core) and core[-1] in TERMINAL


def join_continuation(text: str, more: str) -> str:
    """Join a wrapped line without leaving a space inside brackets: ``(`` + ``kaiming…``."""
    more = more.strip()
    if text.endswith(("(", "[", "/", "-")) or more[:1] in ",.;:)]":
        return text + more
    return f"{text} {more}"


def looks_like_code(line: str, in_code: bool = False) -> bool:
    """Python-ish: a ``#`` comment, an ASCII assignment from a call / ``np.`` / with a
    trailing comment, a statement keyword or a bare call.  Inside a code block any
    indented or assignment line continues it."""
    s = line.strip()
    if not s.isascii():
        return False
    if _COMMENT.match(s) or _STATEMENT.match(s) or _CALL.match(s):
        return True
    if _ASSIGN.match(s):
        return in_code or "(" in s or "np." in s or " #" in s
    return in_code and line[:1] in " \t"


_PROSE_WORD = re.compile(r"^[(\"'‘“]?[^\W\d_]{2,}[,.;:!?)\"'’”]*$")  # a word of letters, as prose writes it
PROSE_WORDS = 6  # plain words that make a line with an '=' in it a sentence (learner L22), not a formula


def looks_like_formula(line: str) -> bool:
    """A short line carrying math signs (=, Σ, ∂, √, ⇨, ↑/↓, ≈, …); not a sentence that mentions an assignment
    in passing ('Recompile the code with TEST=TRUE set in the makefile.': six or more plain words, most
    of the line, three of them before the first sign)."""
    s = line.strip()
    if len(s) > FORMULA_MAX or not any(mark in s for mark in FORMULA_MARKS):
        return False
    tokens = s.split()
    words = [bool(_PROSE_WORD.match(t) and t.strip("(\"'‘“,.;:!?)’”").islower()) for t in tokens]
    sign = next(k for k, t in enumerate(tokens) if any(mark in t for mark in FORMULA_MARKS))
    # ('Loss = data loss + λ times …' opens with its equation: a formula in words)
    return sum(words) < PROSE_WORDS or sum(words) * 3 < len(tokens) * 2 or sum(words[:sign]) < 3


# an ES-module statement an MDX page (or a Docusaurus .md, compiled as MDX) writes at block level: layout, never study text
MODULE_STATEMENT = re.compile(
    r"^(?:import\s+(?:['\"{]|[\w*].*(?:\bfrom\s*['\"]|\{\s*$))"  # import X from 'y' / import './a.css' / import {
    r"|export\s+(?:(?:const|let|var|function|class|async|default)\b|[{*]))"  # export const meta = …
)


def next_nonblank(lines: list[str], index: int) -> str | None:
    """The first non-blank line after ``lines[index]``, or None."""
    for k in range(index + 1, len(lines)):  # (no slice: a copy of the rest for every line looked at is quadratic)
        if lines[k].strip():
            return lines[k]
    return None


def count_item_headers(lines: list[str], level: re.Pattern[str]) -> tuple[int, int]:
    """(``N Question`` lines followed by ``Answer:``, how many of them match ``level``).

    The detect signal of layouts whose items are a numbered line and an ``Answer:``
    line; they differ in where the level sits.
    """
    pairs = matching = 0
    nxt: str | None = None
    for line in reversed(lines):  # one pass from the end: the next non-blank line is known
        if ITEM_LINE.match(line) and ANSWER_LINE.match(nxt or ""):
            pairs += 1
            matching += bool(level.match(line))
        if line.strip():
            nxt = line
    return pairs, matching


def has_question_label(text: str) -> bool:
    """Starts with ``Q:``, ``Q1.``, ``Question 3:``: marked as a question whatever its punctuation; on a page of
    labelled items (:func:`labelled_items`), ``Task:`` / ``Задача:`` too."""
    return bool(_QUESTION_LABEL.match(text.lstrip()) or (TASKS_ASK.get() and _TASK_LABEL.match(text.lstrip())))


# a task set as the question, with a colon: 'Task:', '**Задача:**', 'Ejercicio 2:' (trial29 T29-L1). A question label
# only on a page whose items are labelled ('**Вопрос:** …' / '**Ответ:** …'): elsewhere 'Exercise 1: Choose the verb'
# heads an exercise's numbered lines, its section (test_sitting9_readers)
_TASK_LABEL = re.compile(
    r"^(?i:task|exercise|exercice|ejercicio|tarea|esercizio|tarefa|exerc[ií]cio|übung|aufgabenstellung|opdracht|"
    r"zadanie|zadatak|úkol|feladat|tehtävä|görev|alıştırma|задача|задание|упражнение|завдання|вправа|"
    r"任务|任務|练习|練習|課題|과제|연습)\s*\d{0,4}\s*[:：]\s*(?=\S)"
)
# whether the page being read labels its items as questions (:func:`labelled_items`): compiler.read sets it for each
# document, so every rewrite and reader of that page reads its task labels as question labels
TASKS_ASK: ContextVar[bool] = ContextVar("deckc_task_labels", default=False)
LABELLED_ITEMS = 2  # question-labelled lines that make a page of labelled items


def labelled_items(lines: list[str]) -> bool:
    """Whether a page labels its items as questions: LABELLED_ITEMS lines or more open with 'Question:', '**Вопрос:**',
    'Pregunta 3:' …, outside code. On such a page a task label ('**Задача:** Спроектируйте …') is a question label too:
    its items are the page's questions, set as tasks (trial29 T29-L1: five practice tasks after ten '**Вопрос:**' items
    were text outside any question); elsewhere 'Exercise 1: Choose the verb' stays an exercise's heading."""
    count = 0
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        if not fenced and _QUESTION_LABEL.match(unbold_label(_LIST_LEAD.sub("", line)).lstrip()):
            count += 1
            if count >= LABELLED_ITEMS:
                return True
    return False


_LIST_LEAD = re.compile(r"^\s*(?:[-*+>]\s+|\d{1,4}[.)]\s+)")


# '**Question 1:** What …', '- **Q:** What …', '**Answer:** …', '**Ans:** …': a bold question or answer label
_BOLD_LABEL = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+|\d{1,4}[.)]\s+)?)(?P<b>\*\*|__)(?P<label>[^*_\n]{1,24}?)(?P=b)(?P<colon>[:：]?)(?=\s|(?<=：))"
)  # ('**问题**：什么是X？': no space after a full-width colon, learner5 L44)


def unbold_label(line: str) -> str:
    """A line whose bold lead is a question or answer label, with the bold taken off the label
    (``**Question 1:** What does DNS do?`` -> ``Question 1: What does DNS do?``, learner L29: AI-written
    flashcards); any other line as it is."""
    m = _BOLD_LABEL.match(line)
    if m is None:
        return line
    rest = m.group("label") + m.group("colon") + line[m.end() :]
    if has_question_label(rest) or has_answer_label(rest) or has_right_answer_label(rest):
        return m.group("lead") + rest
    return line


# '**Answer:** …', '*Answer*: …', '_Answer:_ …': emphasis around an answer label
_EMPHASISED_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+•][ \t]+|\d{1,4}[.)][ \t]+)?)(?P<b>\*\*|__|\*|_)(?=[^\s*_])(?P<label>[^*_\n]{1,24}?)(?P=b)(?P<colon>[:：]?)(?=[ \t]|$)"
)


def plain_labels(lines: list[str]) -> list[str]:
    """``lines`` of a plain-text file, which shows its marks as written, with the emphasis taken off the answer labels
    that open them (``**Answer:** The mitochondrion.`` -> ``Answer: The mitochondrion.``, ``*Answer*: …``, ``_Answer:_
    …``), line for line; the same list when none is. A chat answer or a Markdown page pasted into a .txt kept the marks
    on every back (sitting 48); its bold question labels (``**Q1:** …``) are read as they are."""
    out: list[str] | None = None
    for k, line in enumerate(lines):
        m = _EMPHASISED_LABEL.match(line) if ("*" in line or "_" in line) else None
        if m is None or not (m.group("colon") or m.group("label").endswith((":", "："))):
            continue
        label = m.group("label") + m.group("colon")
        rest = label + line[m.end() :]
        if has_answer_label(rest) or any_answer_label(rest) or has_right_answer_label(rest):
            out = out if out is not None else list(lines)
            out[k] = m.group("lead") + label + line[m.end() :]
    return lines if out is None else out


ANSWER_FIRST_MIN = 2  # blocks of an answer then its question for a page to be a Jeopardy page


def answer_first_pairs(lines: list[str]) -> list[str]:
    """``lines`` of a Jeopardy page, each block an answer label's clue over the question that responds to it (``Answer:
    This gas makes up about 78% of Earth's atmosphere.`` / ``Question: What is nitrogen?``), each block written question
    first (``Q: What is nitrogen?`` / ``A: This gas …``), as its labels pair them, on the block's two lines; the same list
    unless every labelled block is such a pair, ANSWER_FIRST_MIN at least (sitting 52 N39: each question was paired with
    the next block's clue, a wrong answer on every card)."""
    fenced = list(in_fence(lines))
    blocks: list[list[int]] = [[]]
    for k, line in enumerate(lines):
        if not line.strip() or fenced[k]:
            blocks.append([])
        else:
            blocks[-1].append(k)
    labelled = [b for b in blocks if any(has_answer_label(lines[k]) or has_question_label(lines[k]) for k in b)]
    pairs = [b for b in labelled if len(b) == 2 and has_answer_label(lines[b[0]]) and not has_question_label(lines[b[0]])
             and has_question_label(lines[b[1]]) and not has_answer_label(lines[b[1]])]  # fmt: skip
    if len(pairs) < ANSWER_FIRST_MIN or len(pairs) != len(labelled):
        return lines
    out = list(lines)
    for a, q in pairs:
        out[a] = f"Q: {_QUESTION_LABEL.sub('', lines[q].strip(), count=1).strip()}"
        out[q] = f"A: {strip_answer_label(lines[a].strip()).strip()}"
    return out


def lone_answer_labels(lines: list[str]) -> list[str]:
    """``lines`` of a Markdown page with each answer label written alone in emphasis and no colon, a paragraph of its own
    between a question and its answer (``1. What is …?`` / blank / ``**Answer**`` / blank / ``The mitochondrion.``),
    given its colon (``**Answer:**``), as every label rule reads it, line for line; the same list when there is none
    (meta R4-5: the back began 'Answer'; under ``Q: …?`` the page gave no card). Never one in code."""
    out: list[str] | None = None
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        m = _EMPHASISED_LABEL.match(line) if ("*" in line or "_" in line) and not fenced[k] else None
        if m is None or m.group("lead") or m.group("colon") or line[m.end() :].strip() or m.group("label").endswith((":", "：")):
            continue
        before = next((x for x in reversed(lines[:k]) if x.strip()), None)
        after = next((x for x in lines[k + 1 :] if x.strip()), None)
        if k == 0 or lines[k - 1].strip() or before is None or after is None or after.lstrip().startswith("#"):
            continue
        if has_answer_label(f"{m.group('label')}: x") and strip_answer_label(f"{m.group('label')}: x") == "x":  # (the label, whole)
            out = out if out is not None else list(lines)
            out[k] = f"{m.group('b')}{m.group('label')}:{m.group('b')}"
    return lines if out is None else out


# a character reference ('has&nbsp;the', 'caf&eacute;', 'moons? &mdash; Saturn'); a space's only inside a word or right
# after one, never standing apart ('&nbsp;' alone on a line, '1-c &nbsp; 2-d', '&nbsp;&nbsp;' indenting code: the layout
# readers know them so)
_CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def char_references(lines: list[str]) -> list[str]:
    """``lines`` with the HTML character references of a Markdown page's text written as the characters they stand for
    (``has&nbsp;the`` -> ``has\u00a0the``, ``caf&eacute;`` -> ``café``), line for line; the same list when there is
    none. Markdown shows them so; a reader of lines (pairs, true/false statements, ``term::definition``) took them as
    written and the card showed '&nbsp;' (sitting 48). Only a reference right after a letter or digit, to a character
    outside ASCII: ``&lt;``, ``&amp;``, ``&#42;`` stand for markup the page means to show as text; none in code."""
    out: list[str] | None = None
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if fenced or "&" not in line or not _CHAR_REFERENCE.search(line):
            continue
        parts = line.split("`")
        for j in range(0, len(parts), 2):  # (outside code spans)
            parts[j] = _CHAR_REFERENCE.sub(_character, parts[j])
        text = "`".join(parts)
        if text != line:
            out = out if out is not None else list(lines)
            out[k] = text
    return lines if out is None else out


def _character(m: re.Match[str]) -> str:
    """The character a reference stands for when it is one outside ASCII, a space only right after a letter or digit;
    else the reference as written."""
    c = html.unescape(m.group(0))
    if len(c) != 1 or ord(c) <= 127:
        return m.group(0)
    return c if not c.isspace() or (m.start() > 0 and (m.string[m.start() - 1].isalnum() or m.string[m.start() - 1] == "_")) else m.group(0)


# an emoji or two opening a line's label, inside its bold or not: '**❓ Question 1:**', '**✅ Answer:**', '💡 Answer:'
_DECORATED_LABEL = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+|\d{1,4}[.)]\s+)?)(?P<b>\*\*|__)?(?P<decor>(?:[^\w\s*][\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]*\s*){1,3})"
    r"(?P<b2>(?<=\s)(?:\*\*|__))?(?=\w)"  # ('✅ **Answer:**': the emoji before the bold, T61)
)


def undecorated_label(line: str) -> str:
    """A line whose question or answer label opens with an emoji (``**❓ Question 1:** …``, ``**✅ Answer:** …``, as
    chat assistants print practice questions) without it: ``**Question 1:** …`` (trial38 T38-3: the emoji hid the
    label, 0 cards). Only symbols (emoji, ``➤``) are taken, only before a label of two letters or more (``✅ A: 4``
    is an option ticked right); so is an emoji before the bold (``✅ **Answer:**``); any other line as it is."""
    m = _DECORATED_LABEL.match(line)
    if m is None or not all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") or ch.isspace() or ch in "\ufe0e\ufe0f" for ch in m.group("decor")):
        return line
    bare = m.group("lead") + (m.group("b") or m.group("b2") or "") + line[m.end() :]
    rest = unbold_label(bare)[len(m.group("lead")) :]  # (a bold lead that is no label keeps its '**': no word here)
    if not re.match(r"[^\W\d_]{2,}", rest):
        return line
    return bare if has_question_label(rest) or has_answer_label(rest) or has_right_answer_label(rest) else line


def undecorated_labels(text: str) -> str:
    """``text`` with :func:`undecorated_label` on every line outside code fences."""
    if text.isascii():
        return text
    lines = text.split("\n")
    return "\n".join(line if fenced else undecorated_label(line) for line, fenced in zip(lines, in_fence(lines), strict=True))


_SENTENCE_END = re.compile(r"(?<=[?？!！.。)])\s+(?=\S)")


def inline_answer_label(text: str) -> int | None:
    """Where an answer label opens after the end of the question before it on the same line
    (``**Question:** What is osmosis? **Answer:** Diffusion …``: trial19 T19-36), or None. Options
    (``A) …``, ``A. …``) are no answer label."""
    for m in _SENTENCE_END.finditer(text):
        rest = unbold_label(text[m.end() :])
        if has_right_answer_label(rest) or has_answer_label(rest):
            return m.end()
    return None


def strip_question_label(text: str) -> str:
    """``Q: What is x?`` / ``Question 3: …`` -> ``What is x?`` (the label is layout, not question); also after an item
    number, ``1) سوال: MVCC …`` -> ``MVCC …`` (trial12 U79: the label stayed on the front)."""
    bare = _QUESTION_LABEL.sub("", text, count=1)
    if bare == text and (m := _LEADING_NUMBER.match(text)) is not None and _QUESTION_LABEL.match(text[m.end() :]):
        return _QUESTION_LABEL.sub("", text[m.end() :], count=1)
    if bare == text and TASKS_ASK.get():  # ('Задача: Спроектируйте …' on a page of labelled items: T29-L1)
        return _TASK_LABEL.sub("", text, count=1)
    return bare


_CJK_DIGITS = "一二三四五六七八九十"
# '8 . What …' too; CJK numbering (trial9 T28): '1、', '1．', '一、', '（1）', '第1题', '問1．', '问1：'; and '1）' (a
# full-width bracket closing it alone), '一 在go语言中…' (a numeral before a space: trial44 T44-10)
_LEADING_NUMBER = re.compile(
    r"^\s*(?:\(?\d{1,3} ?[.)](?=\s|[^\W\d_])|(?:\d\ufe0f?\u20e3){1,3}|\U0001f51f"
    rf"|\d{{1,3}}[、．）]|[{_CJK_DIGITS}]{{1,3}}[、．]|[{_CJK_DIGITS}]{{1,3}}[ \u3000](?=[^\s{_CJK_DIGITS}])|[（(]\d{{1,3}}[）)]|第\d{{1,3}}[题題問问]\s*[:：.．、]?|[問问]\s?\d{{1,3}}\s?[.．:：、])\s*"
)


def leading_number(text: str) -> str | None:
    """The item number a question starts with (``1) …``, ``12. …``, ``1️⃣ …``), or None (``2.5 million …``)."""
    m = _LEADING_NUMBER.match(text)
    if m is None:
        return None
    digits = "".join(c for c in m.group(0) if c.isdigit())
    if not digits and any(c in _CJK_DIGITS for c in m.group(0)):  # '三、': 3
        cjk = [_CJK_DIGITS.index(c) + 1 for c in m.group(0) if c in _CJK_DIGITS]
        return str(cjk[0] * 10 + (cjk[2] if len(cjk) > 2 else 0) if len(cjk) > 1 and cjk[1] == 10 else sum(cjk))
    return digits or "10"  # 🔟


# an exam's kind tag before its question ('[MC]', '[TF]', '[Short]', '[Essay, 10pts]': examark and LMS exports) and
# the points after it ('[1pt]', '[2 pts]', '(2 marks)', '[3 points]'): how the exam is marked, not what it asks (trial11 P14)
_KIND_TAG = re.compile(
    r"^\s*\[(?P<kind>(?i:mcq?|ma|mr|tf|t/f|true/false|short|sa|num|numeric(?:al)?|match(?:ing)?|fmb|fib|essay|order(?:ing)?|cloze|upload))"
    r"(?:\s*,\s*\d+(?:\.\d+)?\s*(?i:pts?|points?|marks?))?\]\s*"
)
_POINTS_TAG = re.compile(r"\s*[\[(]\d+(?:\.\d+)?\s*(?i:pts?|points?|marks?)\.?[\])]\s*$")
# a right answer's and a wrong one's marks, as entrance papers print them after the question: '[+4, −1]', '(+3/−1)'
# (trial25 T25-64), before options written on its line too
_SCHEME_TAG = re.compile(r"[ \t]*[\[(]\+\d{1,2}(?:\.\d+)?[ \t]*[,/;][ \t]*[-−–][ \t]*\d{1,2}(?:\.\d+)?[\])]")


def points_tail(text: str) -> bool:
    """``text`` ends with the points it earns, named ('… cells. (3 marks)', '[2 pts]')."""
    return _POINTS_TAG.search(text) is not None


# a line naming the field of the question it opens, as certification banks print it under the question's label
# ('Domain: People', 'Topic: Subnetting', 'Category: Safety', 'Objective: 1.2', 'Thema: Zellbiologie', 'Тема: Клетка',
# '主题：细胞'): the question's section, never its text (trial31 T31-59: every front opened 'Domain: People …')
_TOPIC_LINE = re.compile(
    r"^\s*+(?:\*\*|__)?(?i:domain|topic|category|subject|objective|exam\s+objective|knowledge\s+area|subdomain|sub-domain"
    r"|thema|themenbereich|bereich|kategorie|fachgebiet|tema|categoría|categoria|área|dominio|domaine|thème|catégorie|matière"
    r"|тема|раздел|категория|主题|主題|分类|分類|分野|カテゴリ|テーマ|주제|분야|영역|chủ\s+đề|konu)"
    r"(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(?P<value>[^\s*_][^\n]{0,80}?)[ \t]*$"
)


def topic_line(text: str) -> str | None:
    """The topic a line names for the question it opens ('Domain: People' -> 'People'), or None."""
    m = _TOPIC_LINE.match(text)
    return m.group("value") if m is not None else None


def exam_tags(text: str) -> tuple[str, str]:
    """``(question, kind)``: ``text`` without an exam's kind tag before it and its points after it
    (``[TF] The variance … → True [1pt]`` -> ``('The variance … → True', 'tf')``); kind '' when there is none."""
    m = _KIND_TAG.match(text)
    kind = m.group("kind").lower() if m else ""
    rest = text[m.end() :] if m and text[m.end() :].strip() else text
    bare = _POINTS_TAG.sub("", _SCHEME_TAG.sub("", rest))
    return (bare if bare.strip() else rest), kind


def strip_number(text: str) -> str:
    """``12) Clustered vs non-clustered`` -> ``Clustered vs non-clustered``: the number is layout, not question."""
    m = _LEADING_NUMBER.match(text)
    return text[m.end() :] if m and text[m.end() :].strip() else text


# (a single colon before a space or a digit may stand in the question: 'Note: what does TCP guarantee? :: …', '10:30',
# trial16 T16-1; math is masked before, its braces and colons no separator: T16-13)
_INLINE_CARD = re.compile(r"^\s*(?P<q>[^:\s`<>{}=;](?:[^:`<>{}=;]|(?<!:):(?=[\s\d])){0,200}?)\s*:{2,3}\s*(?P<a>[^:\s].*)$")


_CODE_SPAN = re.compile(r"`[^`\n]*`")
_URL = re.compile(r"\]\([^)\s]*\)|<?https?://[^\s>)]+>?")
_MATH = re.compile(r"\$\$[^$\n]+\$\$|\$[^$\s][^$\n]*?\$|\\\(.+?\\\)")  # '$\mathbf{G}$', '$$x$$', '\(a:b\)'


def _masked(line: str) -> str:
    """``line`` with its code spans, math and link addresses blanked out, the same length: a '::' inside them ('`std::vector`',
    'https://…') is no card's separator."""
    blank = lambda m: "x" * len(m.group(0))  # noqa: E731
    return _MATH.sub(blank, _URL.sub(blank, _CODE_SPAN.sub(blank, line)))


# a question holding a sentence's semicolon ('An acid donates a proton; a base::accepts one'; trial21 T21-10)
_INLINE_CARD_SEMI = re.compile(r"^\s*(?P<q>[^:\s`<>{}=;](?:[^:`<>{}=;]|;(?=\s)|(?<!:):(?=[\s\d])){0,200}?)\s*:{2,3}\s*(?P<a>[^:\s].*)$")
_WORDS = re.compile(r"[^\W\d_]+")


# Bear's highlight, '::' before a word and after one inside a sentence ('The ::mitochondrion:: makes ATP'): no card
BEAR_HIGHLIGHT = re.compile(r"(?<![\w:])::(?=[^\s:])([^:\n]+?)(?<=[^\s:])::(?![\w:])")


def _uncased(text: str) -> bool:
    """Whether ``text`` holds letters of a script without capitals (Chinese, Japanese, Thai, Arabic …): no code
    identifier, which is written in Latin letters."""
    return any(c.isalpha() and not c.isascii() and c.lower() == c.upper() for c in text)


def _ascii_letter(text: str) -> bool:
    """Whether ``text`` holds a Latin letter."""
    return any(c.isascii() and c.isalpha() for c in text)


def inline_card(line: str) -> re.Match[str] | None:
    """An Obsidian-style card on one line, ``Term::answer`` / ``Term:::answer``; not ``std::vector``.

    A one-word term must be followed by an answer that starts like a sentence (a capital or a
    digit), or end with a question mark, or be written in a script without capitals, so identifiers joined by ``::``
    in prose or code are not cards. A question may hold a semicolon between
    clauses of words (two words at least on each side: ``int x; std::string s`` stays code).
    """
    masked = _masked(line) if "`" in line or "://" in line or "$" in line or "\\(" in line else line
    if BEAR_HIGHLIGHT.search(masked):
        return None  # ('A ::phospholipid bilayer:: with embedded proteins.': a highlight, no 'A' card; trial29 T29-42)
    m = _INLINE_CARD.match(masked)
    if m is None and ";" in masked:
        m = _INLINE_CARD_SEMI.match(masked)
        if m is not None and any(len(_WORDS.findall(part)) < 2 for part in m.group("q").split(";")):
            m = None
    if m is None:
        return None
    if ":" in m.group("q") and not (masked[m.end("q") : m.end("q") + 1].isspace() and masked[m.start("a") - 1].isspace()):
        return None  # a colon in the question only before ' :: ' ('TARGET DECK: Javascript::Interview' is a deck's path)
    if re.fullmatch(r"\s*(?:#[^\s#]+\s+)*#[^\s#]+", m.group("q")) and re.fullmatch(r"[^\s#]+(?:\s+#[^\s#]+)*\s*", m.group("a")):
        return None  # ('#het_rs::07_vektorprozessoren': a tag, its path written as Anki's tree; trial19 T19-11)
    # ('细胞的能量工厂是什么？::线粒体': a question, its script writes no spaces nor capitals; T33-24)
    # (a Latin letter on either side of the '::' keeps it a scope: '使用std::cout输出')
    asks = m.group("q").rstrip().endswith(QUESTION_MARKS) or (_uncased(m.group("q")) and not _ascii_letter(m.group("q").rstrip()[-1:] + m.group("a")[:1]))
    # (a term of words a no-break space joins, 'la\u00a0maison::the house', is words: round-7 metamorphic R7-7)
    if len(m.group("q").split()) < 2 and not (asks or m.group("a")[:1].isupper() or m.group("a")[:1].isdigit() or m.group(0)[m.end("q") :].startswith((" ", ":::"))):
        return None
    if masked is line:
        return m
    # ('What does `git stash` do?::Shelves …', 'What does a [Context Diagram](https://…) show?::…': trial13 T13-5) the
    # same split, on the line as written
    q, sep = m.end("q") - m.start("q"), m.start("a") - m.end("q")
    return re.match(rf"^(?P<lead>.{{{m.start('q')}}})(?P<q>.{{{q}}})(?P<sep>.{{{sep}}})(?P<a>.*)$", line, re.S)


# 'term::the … …', '**[sensitivity](notes/sensitivity.md)**::the proportion of …' (the term bold, or a link to its note)
SENTENCE_CARD = re.compile(
    r"^\s*(?P<q>(?:\*\*|__)?\[?[^\W\d_][\w -]{1,40}?(?:\]\([^)\s]*\))?(?:\*\*|__)?)\s*::\s*(?P<a>[^\W\d_]\S*\s+\S+\s+\S.*)$"
)
SR_PAGE = re.compile(r"<!--SR:|(?:^|\s)#flashcards\b")  # the Obsidian Spaced Repetition plugin's tag or schedule comment


# a vocabulary line 'perro::dog', 'la casa::the house', 'Straße::street (f)': a term and its meaning, words only
_WORD_PAIR = re.compile(r"^(?P<q>[^\W\d_][^\W_]*(?:[ '’-][^\W_]+){0,5})::(?P<a>[^\W\d_][^\W_]*(?:[ '’.,-]+[^\W_]+)*\.?(?: \([^()]{1,20}\))?)[ \t]*$")
WORD_PAIRS_MIN = 3  # such lines on a page that make it a vocabulary list (2 on an Obsidian Spaced Repetition page)


def spaced_word_pairs(lines: list[str]) -> list[str]:
    """A vocabulary list written as Obsidian Spaced Repetition's single-line cards with nothing around the '::'
    (``perro::dog`` / ``gato::cat``: trial30 T30-14, one note 'spanish' whose back listed the lines) with the separator
    spaced, ``perro :: dog``, as the readers take it: a one-word term over a lower-case word is otherwise a path in code
    (``std::vector``). Only on a page with three such lines or more (two with the plugin's ``#flashcards`` tag),
    outside code, each term told once; the same lines otherwise."""
    fenced = list(in_fence(lines))
    pairs = [k for k, line in enumerate(lines) if not fenced[k] and "::" in line and _WORD_PAIR.match(line.strip())]
    found = [k for k in pairs if inline_card(lines[k]) is None]  # (those read as cards already: 'el perro::the dog')
    if not found:
        return lines
    terms = [_WORD_PAIR.match(lines[k].strip()).group("q").casefold() for k in pairs]  # type: ignore[union-attr]
    least = 2 if any(SR_PAGE.search(line) for line in lines) else WORD_PAIRS_MIN
    if len(pairs) < least or len(set(terms)) < len(terms):
        return lines
    out = list(lines)
    for k in found:
        out[k] = out[k].replace("::", " :: ", 1)
    return out


def sentence_cards(lines: list[str]) -> int:
    """Lines ``term::a lower-case sentence answer`` (``specificity::the proportion of true negatives …``, trial15 T15-16)
    that are cards: on a Spaced Repetition page (``#flashcards``, ``<!--SR:…-->``), or two or more in one paragraph (as
    the Markdown reader takes them); one such line in prose (``Foo::bar of the thing``) is none."""
    fenced = list(in_fence(lines))
    hits = [not fenced[k] and SENTENCE_CARD.match(line) is not None and inline_card(line) is None for k, line in enumerate(lines)]
    if not any(hits):
        return 0
    if any(SR_PAGE.search(line) for line in lines):
        return sum(hits)
    count = run = 0
    for k, line in enumerate([*lines, ""]):
        if line.strip() and k < len(lines):
            run += hits[k]
            continue
        count += run if run >= 2 else 0
        run = 0
    return count


def has_right_answer_label(text: str) -> bool:
    """``Correct answer: …`` / ``Respuesta correcta: …``: the answer after a labelled question."""
    return bool(_RIGHT_ANSWER_LABEL.match(text.lstrip()))


def strip_right_answer_label(text: str) -> str:
    return _RIGHT_ANSWER_LABEL.sub("", text.lstrip(), count=1)


def any_answer_label(text: str) -> bool:
    """An answer label in any language deckc reads (``Respuesta:``, ``Jawaban:``, ``答：``)."""
    return bool(_ANSWER_LABEL_ANY.match(text.lstrip()))


def has_answer_label(text: str) -> bool:
    """``A: …``, ``Answer: …``, ``A1. …``; in other languages with a colon, ``उत्तर: …``, ``Respuesta: …``."""
    return bool(_ANSWER_LABEL.match(text.lstrip()) or _ANSWER_LABEL_ANY.match(text.lstrip()))


def strip_answer_label(text: str) -> str:
    """``A: It is …`` / ``Answer: …`` / ``Respuesta: …`` / ``答案：…`` / text2qti's numeric ``=   7`` -> ``It is …``."""
    return _NUMERIC_ANSWER.sub("", _ANSWER_LABEL_ANY.sub("", _ANSWER_LABEL.sub("", text, count=1), count=1), count=1)


# a box that opens right under a question to hold its answer: a '<details>' toggle (its '<summary>' on the next line too),
# a collapsed MkDocs admonition ('??? note "Answer"'), a VitePress '::: details …', a MyST dropdown
_ANSWER_BOX = re.compile(r"^\s*(?:<details\b|<summary\b|\?{3}\+?\s|:{3,}\s*\{?(?:details|dropdown|spoiler)\b|`{3,}\{dropdown\})", re.I)


def answer_labelled(line: str) -> bool:
    """A line that opens with an answer label in any language deckc reads (``Ans: …``, ``**Answer:** …``, ``Lösung:
    …``, ``Correct answer: …``)."""
    plain = unbold_label(line.strip())
    return has_answer_label(plain) or any_answer_label(plain) or has_right_answer_label(plain)


# the label of a question asked beyond the numbered ones ('BONUS (2 pts):', 'Extra credit:', 'Challenge question –',
# 'Zusatzfrage:', 'Pregunta extra:', '附加题：'), its points in brackets maybe: layout, no words of the question
_EXTRA_WORDS = (
    r"(?i:(?:bonus|extra[\s-]+credit|extra|challenge|optional|additional|stretch)(?:\s+(?:question|problem|task|round|point))?"
    r"|bonusfrage|zusatzfrage|zusatzaufgabe|pregunta\s+(?:extra|adicional|bonus)|question\s+(?:bonus|suppl[ée]mentaire)"
    r"|domanda\s+(?:bonus|extra)|pergunta\s+(?:b[ôo]nus|extra)|bonusvraag|extra\s+vraag|pytanie\s+(?:dodatkowe|bonusowe)"
    r"|дополнительный\s+вопрос|бонусный\s+вопрос|додаткове\s+питання|ek\s+soru|bonus\s+soru|câu\s+(?:hỏi\s+)?(?:thêm|phụ)"
    r"|soal\s+bonus|附加题|附加題|加分题|加分題|ボーナス問題|보너스\s*문제|추가\s*문제)"
)
_EXTRA_LABEL = re.compile(
    rf"^\s*(?:\*\*|__)?{_EXTRA_WORDS}"
    r"(?:\s*\d{1,3})?\s*(?:[(\[][^()\[\]\n]{1,24}[)\]])?\s*(?:\*\*|__)?\s*(?:[:：.]|\s[-–—])\s*(?:\*\*|__)?\s*(?=\S)"
)
# an answer key's entry for such a question: 'Bonus: 1/4', '| Bonus | 1/4 |', 'Bonus 1/4' (a key table's row as a PDF's
# text gives it), 'Zusatzfrage – 42' (trial33 T33-8)
_EXTRA_ENTRY = re.compile(
    rf"^[ \t]*+(?:\|[ \t]*+)?(?:\*\*|__)?{_EXTRA_WORDS}(?:[ \t]*+\d{{1,3}})?(?:\*\*|__)?"
    r"(?:[ \t]*+[:：|–—-][ \t]*+|[ \t]++)(?P<answer>[^|\s](?:[^|\n]*[^|\s])?)[ \t]*+\|?[ \t]*+$"
)


def strip_extra_label(text: str) -> str:
    """``BONUS (2 pts): Who wrote …?`` -> ``Who wrote …?``: a bonus or extra-credit question's label off its text."""
    return _EXTRA_LABEL.sub("", text, count=1)


def extra_key_entry(line: str) -> str | None:
    """The answer an answer key's line gives a bonus or extra-credit question (``Bonus: 1/4`` -> ``1/4``), or None."""
    m = _EXTRA_ENTRY.match(line)
    return m.group("answer") if m else None


def answered_below(lines: list[str], k: int) -> bool:
    """Whether the next non-blank line after the question line ``k`` (0-based) opens its answer: an answer label
    (``Lösung: …``, ``**Answer:** …``) or an answer box (``<details>``, ``??? note``, ``::: details``). Then the
    question line's words after its '?' are more of its task (``… Küche? Nennen Sie vier.``, ``…, что происходит?
    Расскажи про этапы рендера.``), never the start of its answer, in any language (trial15 T15-8, trial29 T29-L2)."""
    below = next((line.strip() for line in lines[k + 1 : k + 3] if line.strip()), "")
    return answer_labelled(below) or bool(_ANSWER_BOX.match(below))

_NUMERIC_ANSWER = re.compile(r"^=\s+(?=[-+.\d])")  # '=   7', '= 1.5 +- 0.1': the answer a quiz tool checks


def question_after_list(lines: list[str], start: int, item: re.Pattern[str]) -> bool:
    """Whether the list numbered from 1 that starts at line ``start`` (0-based, no blank line inside it) is followed,
    after a blank line, by a numbered line that is no entry of it: the next question. A bare ``Answer:`` label after a
    blank line is a question's own label over its list (T32-26) only so: over the document's last list it is the
    heading of its key ('【解答】' / '（１）東京' / '（２）富士山', T25-54)."""
    k, n = start, 0
    while k < len(lines) and (m := item.match(lines[k])) and (m.groupdict().get("number") or "") == str(n + 1):
        k, n = k + 1, n + 1
    if not n or k >= len(lines) or lines[k].strip():
        return False
    while k < len(lines) and not lines[k].strip():
        k += 1
    m = item.match(lines[k]) if k < len(lines) else None
    return m is not None and (m.groupdict().get("number") or "").isdecimal() and m.group("number") != "1"


# a worksheet template's writing line, a bracketed name in capitals with an underscore ('[LONG_LINE]', '[SHORT_LINE]',
# '[ONE_LETTER_LINE]'): where the pupil writes, as '_____' is (trial58 T58-2: every such back was a card)
_TEMPLATE_BLANK = re.compile(r"\[[A-Z]{2,}(?:_[A-Z]{2,})+\]")
# a run of underscores amid words: the blank a short answer line leaves for the pupil ('Nosotros _____')
_WRITE_IN = re.compile(r"(?<![\w`])_{3,}(?![\w`])")
WRITE_IN_WORDS = 12  # an answer line of at most this many words holding such a blank is the pupil's to fill in
# a fill-in table's blank: a run of underscores after the word's first letter, the hint ('M______', 'I______ Period'),
# or before an ordinal's ending ('<__th Century'): the pupil's to fill in too (trial59 T59-6)
_HINTED_BLANK = re.compile(r"(?<![\w`])(?:[^\W\d_]?_{3,}(?![\w`])|_{2,}(?:st|nd|rd|th)\b)")
WRITE_IN_ROWS = 6  # lines at most of an answer whose every line is such a blank (a fill-in table row's cells)


def write_in(text: str) -> bool:
    """Whether an answer is the line a worksheet leaves to write it on: one short line holding a blank ('Nosotros
    _____', 'Sí, yo [SHORT_LINE] animales.', 'Correction: [LONG_LINE]', '[LONG_LINE]'), never an answer to learn; or a
    fill-in table's row, a few short lines each holding a blank, its first letter given or not ('AKA: M______' / 'Time
    Period: <__th Century' / 'Basis of Nursing: I______'; trial59 T59-6)."""
    raw = text.strip()
    plain = _TEMPLATE_BLANK.sub("_____", raw)
    rows = [row for row in plain.split("\n") if row.strip()]
    if 1 < len(rows) <= WRITE_IN_ROWS and all(len(row.split()) <= WRITE_IN_WORDS and _HINTED_BLANK.search(row) for row in rows):
        return True
    if "\n" in plain or len(plain.split()) > WRITE_IN_WORDS or _WRITE_IN.search(plain) is None:
        return False
    # (a lone '____' stays a placeholder answer, as an essay question's box is said)
    return _TEMPLATE_BLANK.search(raw) is not None or bool(re.sub(r"[\s_*]+", "", plain))


def is_placeholder(text: str, row: bool = False) -> bool:
    """An answer that only holds the place of one: "Answer here", "TODO", "TBD", "[answer]", "…".

    ``row``: the answer is a cell of a word list or another tool's export, where a lower-case word is the
    answer itself ('hacer,to do'): only the forms in :data:`PLACEHOLDERS`, capitals and brackets count.
    """
    plain = _TEMPLATE_BLANK.sub("_____", text.strip())  # ('[LONG_LINE]': a worksheet template's writing line, T58-2)
    if not row and write_in(text):
        return True
    core = re.sub(r"[\s*_`>#:.!\[\]()-]+", " ", plain).strip()
    core = re.sub(r"^[^\w\s]+\s*", "", core)  # (an icon before the note: '󱌣 This post is a work in progress!')
    if not core:
        return re.search(r"_{3,}|\^{3,}", plain) is not None or plain.casefold() in PLACEHOLDERS  # '____': an essay's box
    folded = core.casefold()
    if folded in PLACEHOLDERS or plain.casefold() in PLACEHOLDERS:
        return True
    if not row and len(core.split()) <= PLACEHOLDER_PHRASE_WORDS and _PLACEHOLDER_PHRASE.match(core):
        return True  # '*Add content about benzene …*', 'TODO: explain', 'Coming soon': the author's note to self (N64)
    if not row and len(core.split()) <= 10 and _POINTER.match(plain.strip("*_ ")):
        return True  # 'See section 3.2.', 'Answers will vary.': no answer to learn
    if folded not in PLACEHOLDER_WORDS and plain.casefold() not in PLACEHOLDER_WORDS:
        return False
    if core.isupper() or (plain[:1] in "[<(" and plain[-1:] in "]>)"):
        return True
    return not row and (folded in _PROSE_PLACEHOLDERS or core in ("Answer", "Placeholder"))


FENCE = re.compile(r"^[ \t]{0,3}(`{3,}(?=[^`]*$)|~{3,})")  # (a backtick fence's info string holds no backtick: '```int``` is …' is prose, trial10 P4)


# '1.What is …?' / '12.Як …?': an item number glued to its text (hand-typed lists, trial7 G8); a capital or a
# letter of another script follows the dot, never a digit ('1.5 GB') nor a lower-case letter ('1.x release')
# (or an opening mark: '10.¿Cuál …?', '3.«…»', '4."Which …"': a list's number a PDF of Word's list glued on, trial23 T23-16)
_GLUED_START = r"(?:[^\W\d_a-z]|[¿¡«“„\"‘])"
_GLUED_NUMBER = re.compile(rf"^(\s{{0,3}}(?:\d{{1,3}}[.)]|\(\d{{1,3}}\))){_GLUED_START.replace('(?:', '(?=', 1)}")  # ('(3)Write …' too: T18-33)
_GLUED_LOWER = re.compile(r"^(\s{0,3}\d{1,3}[.)])(?=[a-z]{2,}\s)")
_KANJI_NUMBER = re.compile(r"(?m)^(?P<indent>[ ]{0,3})問[ ]?(?P<n>\d{1,3})(?:[ \t\u3000]+|[．.:：][ \t\u3000]*)(?=\S)")
GLUED_NUMBERS_MIN = 2  # lines of that shape that make a document's numbering, not one odd line
# '（１）日本の首都は…', '［２］', '〔３〕': numbers in full-width brackets, as a Japanese IME types them (trial25 T25-54)
_WIDE_NUMBER = re.compile(r"(?m)^(?P<indent>[ ]{0,3})[（［〔](?P<n>[0-9０-９]{1,3})[）］〕][ \t\u3000]*(?=\S)")


# the blank a worksheet leaves for the pupil's answer before the item's number: '____ 13. The Moon …', '___ 14) …',
# '_____15. …', '(   ) 16. …', '[  ] 17. …'
_BLANK_FIRST = re.compile(r"(?m)^(?P<indent>[ \t]{0,3})(?P<blank>_{2,}|\([ \t]*\)|\[[ \t]*\])[ \t]*(?P<n>\d{1,3}[.)])(?!\d)[ \t]*(?=\S)")


# the same blank filled in by the teacher's copy: '__B__ 1. Which gas …?', '_T_ 2. …', '(B) 3. …', '[C] 4. …'
_FILLED_FIRST = re.compile(
    r"(?m)^(?P<indent>[ \t]{0,3})(?:_+(?P<u>[A-HTF])_+|_+(?P<a>[A-HTF])(?=[ \t])|(?P<b>[A-HTF])_+|\([ \t]*(?P<p>[A-H])[ \t]*\)|\[[ \t]*(?P<s>[A-H])[ \t]*\])"
    r"[ \t]*(?P<n>\d{1,3}[.)])(?!\d)[ \t]*(?P<text>\S.*?)[ \t]*$"  # (never '(A) 9.81', an option that is a decimal: T31-25)
)


def blank_first(text: str) -> str:
    """Worksheet items whose answer blank comes before their number ('____ 13. The Moon produces its own light.') as
    '13. ____ The Moon …', the item numbered as every reader reads it, when at least :data:`GLUED_NUMBERS_MIN` lines
    are so (trial25 T25-16: three true/false items were silently glued into the last question's explanation). A blank
    the teacher's copy fills with the option's letter or the verdict ('__B__ 1. Which gas …?', '__T__ 2. …') is its key:
    written after the question in brackets, '1. Which gas …? (B)', the shape a key in the question's blank is read in
    (trial26 T26-44: 'cannot tell this document's layout')."""
    if "_" not in text and "(" not in text and "[" not in text:
        return text
    filled = _FILLED_FIRST.findall(text)
    if len(_BLANK_FIRST.findall(text)) + len(filled) < GLUED_NUMBERS_MIN:
        return text

    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = _FILLED_FIRST.match(line) if filled else None
        if m is None:
            continue
        key = next(g for g in (m.group("u"), m.group("a"), m.group("b"), m.group("p"), m.group("s")) if g)
        lines[k] = f"{m.group('indent')}{m.group('n')} {m.group('text')}"
        # the option it names, in the lines under it up to the next item: marked '(correct)', as readers know it
        marked = False
        for j in range(k + 1, min(len(lines), k + 12)):
            if _FILLED_FIRST.match(lines[j]) or _BLANK_FIRST.match(lines[j]):
                break
            if re.match(rf"^\s*(?:[-*+]\s+)?\(?{key}[.)]\s+\S", lines[j], re.I):
                lines[j], marked = lines[j].rstrip() + " (correct)", True
                break
        if not marked:
            lines[k] += f" ({key})"  # (a verdict, or no option so lettered: the key in brackets after the item)
    return _BLANK_FIRST.sub(r"\g<indent>\g<n> ", "\n".join(lines))


# a statement's two verdict boxes printed after it on its line, to tick one ('… en 1789.  ☐ Vrai  ☐ Faux', '… [ ] T [ ] F')
_VERDICT_BOX = r"(?:[☐□❏⬜☑☒✅✓✔]\ufe0f?|\[[ \t]*[xX✓✔]?[ \t]*\]|\([ \t]*[xX✓✔]?[ \t]*\))"
_TICKED_VERDICT = re.compile(r"[☑☒✅✓✔xX]")
_VERDICT_WORDS = (
    r"vrai|faux|true|false|richtig|falsch|wahr|verdadero|falso|vero|certo|errado|prawda|fałsz|juist|onjuist|đúng|sai|doğru"
    r"|yanlış|benar|salah|верно|неверно|правда|ложь|对|错|對|錯|正|誤|[VFTR]"
)
_TRUE_WORDS = frozenset(
    ["vrai", "true", "richtig", "wahr", "verdadero", "vero", "certo", "prawda", "juist", "đúng", "doğru", "benar", "верно", "правда", "对", "對", "正", "v", "t", "r"]
)
_BOXED_VERDICTS = re.compile(
    rf"^(?P<stem>.*?\S)[ \t]+(?P<b1>{_VERDICT_BOX})[ \t]*(?P<w1>(?i:{_VERDICT_WORDS}))[ \t]+(?P<b2>{_VERDICT_BOX})[ \t]*"
    rf"(?P<w2>(?i:{_VERDICT_WORDS}))[ \t]*$"
)


def boxed_verdicts(text: str) -> str:
    """Statements with their two verdict boxes after them on the line ('1. Napoléon est né en Corse.  ☐ Vrai  ☐ Faux') as
    the statement alone, or with the ticked box's verdict in brackets after it ('… (Vrai)'), the shape read as a
    true/false item, when at least :data:`GLUED_NUMBERS_MIN` lines are so (trial26 T26-38: every front kept
    '☐ Vrai ☐ Faux'). Line numbers stay."""
    lines = text.split("\n")
    found = [(k, m) for k, line in enumerate(lines) if (m := _BOXED_VERDICTS.match(line))]
    if len(found) < GLUED_NUMBERS_MIN:
        return text
    for k, m in found:
        ticked = [m.group(w) for b, w in (("b1", "w1"), ("b2", "w2")) if _TICKED_VERDICT.search(m.group(b))]
        verdict = ("T" if ticked[0].casefold() in _TRUE_WORDS else "F") if len(ticked) == 1 else ""
        lines[k] = m.group("stem") + (f" ({verdict})" if verdict else "")  # ('(T)': read in the page's words, 'Vrai')
    return "\n".join(lines)


# a label in lenticular or square brackets opening a line, as Japanese and Chinese papers write it: '【問】', '【問1】',
# '【答】', '【解答】', '[問題 2]'; the colon form ('問1：', '答：') is the one every reader reads
_BRACKET_LABEL = re.compile(
    r"(?m)^(?P<indent>[ \t]{0,3})[【\[〔](?P<word>問題?|問|質問|问题?|题目|題|設問|设问|答え?|解答|正解|答案|回答|解説|解析)"
    r"[ \t]*(?P<n>\d{0,4})[】\]〕][ \t]*[:：]?[ \t]*(?=\S)"
)
_BRACKET_ASKS = re.compile(r"^(?:問題?|問|質問|问题?|题目|題|設問|设问)$")


def bracket_labels(text: str) -> str:
    """Question and answer labels in brackets ('【問】 フランスの首都はどこか。' / '【答】 パリ') as '問：…' / '答：…', when at
    least :data:`GLUED_NUMBERS_MIN` lines open with a bracketed question label (trial25 T25-25: 'cannot tell this
    document's layout', 0 cards). Line numbers stay."""
    if "【" not in text and "[" not in text and "〔" not in text:
        return text
    found = [m for m in _BRACKET_LABEL.finditer(text) if _BRACKET_ASKS.match(m.group("word"))]
    if len(found) < GLUED_NUMBERS_MIN:
        return text
    return _BRACKET_LABEL.sub(r"\g<indent>\g<word>\g<n>：", text)


# a label as a Japanese or Chinese input method types it: full-width letters ('Ｑ．', 'Ａ：', 'Ｑ１．'), or the word '問' /
# '答' followed by the ideographic space ('問　鎌倉幕府を開いたのは誰か。' / '答　源頼朝'), the layout of a 一問一答 book
_WIDE_LABEL = re.compile(r"(?m)^(?P<indent>[ \t]{0,3})(?P<label>[Ｑ-Ｚａ-ｚＡ-Ｐ]{1,3}[０-９]{0,3})(?P<stop>[．：）])[ \t\u3000]*(?=\S)")
_SPACED_LABEL = re.compile(r"(?m)^(?P<indent>[ \t]{0,3})(?P<word>問題?|問|質問|问题?|答え?|解答|答)\u3000+(?=\S)")
_WIDE_ASKS = re.compile(r"(?m)^[ \t]{0,3}(?:[Ｑｑ][０-９]{0,3}[．：）]|(?:問題?|問|質問|问题?)\u3000)")


def wide_labels(text: str) -> str:
    """Question and answer labels typed full-width ('Ｑ．…' / 'Ａ．…') as 'Q.' / 'A.', and '問' / '答' set off by the
    ideographic space as '問：' / '答：', the labels every reader reads, when at least :data:`GLUED_NUMBERS_MIN` lines
    open with such a question label (T32-43: 'cannot tell this document's layout', 0 cards). Line numbers stay."""
    if len(_WIDE_ASKS.findall(text)) < GLUED_NUMBERS_MIN:
        return text
    text = _WIDE_LABEL.sub(
        lambda m: f"{m.group('indent')}{unicodedata.normalize('NFKC', m.group('label'))}{unicodedata.normalize('NFKC', m.group('stop'))} ",
        text,
    )
    return _SPACED_LABEL.sub(r"\g<indent>\g<word>：", text)


# a question and its answer on one line, each behind its label: '问：中国的首都是哪里？　答：北京', 'Q. 한국의 수도는? A. 서울',
# '(1) 水は100℃で沸騰する。　答え：○'; numbered, as a chatbot writes 'one card per line': '1. Q: What is the capital of
# Kenya? | A: Nairobi', '- Pregunta: ¿…? / Respuesta: …' (a ' | ', ' / ' or ' — ' after the '?' is a separator, dropped
# with the label; the labels in any language QUESTION_WORDS and ANSWER_WORDS know: T33-27); with that separator a prompt
# that asks without '?' ('1) Pergunta: Capital de Portugal | Resposta: Lisboa'). Possessive runs, a run of spaces tried
# only after the text's last non-space: linear on a line of a megabyte of spaces.
_SAME_LINE_PAIR = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?:(?:\d{{1,3}}[.)]|[-*+•])[ \t]++)?(?P<q>(?:[问問]|质问|質問|問題|问题|Q|(?i:question|{QUESTION_WORDS}))"
    r"[ \t]*+\d{0,3}[ \t]*+[:：.．][ \t]*+(?:[^\n]*?[?？؟]|[^\n]*?\S(?=[ \t]++[|/—–][ \t])))"
    rf"(?P<gap>[ \t\u3000]++(?:[|/—–][ \t]++)?)(?P<label>答え?|答|回答|解答|A|(?i:answer|{ANSWER_WORDS}))[ \t]*+[:：.．][ \t]*+(?=\S)"
)


def same_line_pairs(text: str) -> str:
    """Questions answered on their own line behind labels of other languages ('问：…？　答：北京', 'Q. …? A. 서울') with
    the labels every reader splits at ('Q: …？ A: 北京'), when at least :data:`GLUED_NUMBERS_MIN` lines are so (trial25
    T25-62: 0 cards, or every back kept its 'A. '). Line numbers stay."""
    if len(_SAME_LINE_PAIR.findall(text)) < GLUED_NUMBERS_MIN:
        return text
    return _SAME_LINE_PAIR.sub(lambda m: "Q: " + _QUESTION_LABEL.sub("", m.group("q").strip(), count=1).lstrip(" .．") + _gap(m) + "A: ", text)


def _gap(pair: re.Match[str]) -> str:
    """What stands between a one-line pair's question and its answer label once relabelled: a space after a question
    that ends asking, its separator where the separator alone ends it ('Capital de Portugal | A: Lisboa': T33-27)."""
    return " " if pair.group("q").rstrip().endswith(QUESTION_MARKS) else f" {pair.group('gap').strip()} "


# a question's number after a letter or two that stand for "question" in the document's language: the Italian 'D1.'
# ('Domanda 1'), the Portuguese and Spanish 'P1.' ('Pergunta', 'Pregunta'), the German 'F1.' ('Frage'), on every question
# of a page (a heading's, a bold one's too: '#### D2. …', '**P3.** …'); 'Q1.' is a question label every reader reads
_LETTER_NUMBER = re.compile(
    r"(?m)^(?P<lead>[ \t]{0,3}(?:#{1,6}[ \t]++)?(?:\*\*|__)?)(?P<label>[^\W\d_]{1,2})(?P<n>\d{1,3})(?P<mark>[.):](?:\*\*|__)?[ \t]++)(?=\S)"
)
LETTER_NUMBERS_MIN = 3  # questions labelled so that make it the page's numbering
# labels that are no question's: the question label the readers read ('Q1.'), and an answer's ('A1:', 'R1:' for
# 'Answer', 'Risposta', 'Respuesta', 'Réponse' under questions numbered '1.')
_NOT_ASKING = frozenset({"Q", "q", "A", "a", "R", "r"})


def letter_numbers(text: str) -> str:
    """A page whose questions are numbered behind one letter label ('D1.', 'D2.', 'D3.'; each run from 1, its key's
    'D1: b' too) with plain numbers ('1.', '2.', '3.'), its key's references 'D1 b, D2 c' as '1 b, 2 c': the label is
    the numbering, never the front's first word. Line numbers stay."""
    found = list(_LETTER_NUMBER.finditer(text))
    labels = {m.group("label") for m in found}
    if len(found) < LETTER_NUMBERS_MIN or len(labels) != 1 or labels & _NOT_ASKING:
        return text  # (two labels, 'Q1.' / 'A1.': questions and answers the label-pair rules read)
    numbers = [int(m.group("n")) for m in found]
    if any(n not in (1, before + 1) for before, n in zip([0, *numbers[:-1]], numbers, strict=True)):
        return text  # (numbers that do not count the questions: a code, a grid's cells)
    label = re.escape(found[0].group("label"))
    text = _LETTER_NUMBER.sub(lambda m: f"{m.group('lead')}{m.group('n')}{m.group('mark')}", text)
    said = re.compile(rf"(?<![^\W_]){label}(?=\d{{1,3}}(?![^\W_]))")
    return "\n".join(said.sub("", line) if len(said.findall(line)) > 1 else line for line in text.split("\n"))


# a true/false statement whose verdict comes first, in brackets, as a worksheet's key writes it: '( V ) El Sol es una
# estrella.', '(F) …', '[T] …', '( ✓ ) …'
# (a number before the mark is the statement's own: '1. (T) Water boils at 100 °C.', sitting 61 N61-4, no card)
_VERDICT_FIRST = re.compile(r"(?m)^(?P<indent>[ \t]{0,3})(?P<num>\d{1,3}[.)][ \t]*)?[(\[][ \t]*(?P<v>[VFTvft✓✔✗✘√×])[ \t]*[)\]][ \t]+(?P<text>\S[^\n]*?)[ \t]*$")
_VERDICT_PAIRS = ({"V", "F"}, {"T", "F"}, {"✓", "✗"}, {"✔", "✘"}, {"√", "×"}, {"✓", "✘"}, {"✔", "✗"})


# a statement with its verdict as an emoji after it, as notes typed on a phone mark them: 'Bats are blind. ❌', '… ✅'
_EMOJI_VERDICT = re.compile(
    r"(?m)^(?P<s>(?![ \t]*#)[ \t]*[^\n]*?[^\s\n✅❌✔✖❎\ufe0f])(?P<stop>[.!。]?)[ \t]+(?P<v>✅|❌|✔\ufe0f?|✖\ufe0f?|❎)[ \t]*$"
)
_EMOJI_TRUE = ("✅", "✔")


_JUDGE_WORDS_RE = re.compile(_JUDGE_WORDS)


def _judged_statement(text: str, m: re.Match[str]) -> bool:
    """Whether a line marked ✅ / ❌ is a statement to judge: three words or more, asking nothing, and not one of the options under a
    question (the line above its run asks, and is no true-or-false prompt: '**3. Longest river?**' / '- Amazon ❌' /
    '- Nile ✅', a quiz's marks that colour_marks wrote so)."""
    said = re.sub(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+", "", m.group("s"))
    if len(said.split()) < 3 or any(q in said for q in QUESTION_MARKS) or re.match(r"[ \t]*(?::::|!!!|\?\?\?)", said):
        return False  # (a question answered and self-graded, '::: info 3. Which keyword stops a loop? `break` ✅': no statement)
    above = text.rfind("\n", 0, max(m.start() - 1, 0))
    while above > 0:
        start = text.rfind("\n", 0, above)
        line = text[start + 1 : above].strip()
        if line and not _EMOJI_VERDICT.match(text[start + 1 : above]):
            return not (line.rstrip("*_ ").endswith(QUESTION_MARKS) and not _JUDGE_WORDS_RE.search(line))
        above = start
    return True


def emoji_verdicts(text: str) -> str:
    """Statements with an emoji verdict after them ('Venus is the hottest planet. ✅' / 'Bats are blind. ❌') as
    statements with their verdict in brackets ('… blind. (F)'), when at least :data:`GLUED_NUMBERS_MIN` lines are so and
    both verdicts occur (round-15 d/46: one card of the title, every statement on its back). Line numbers stay."""
    if "✅" not in text and "❌" not in text and "✔" not in text:
        return text
    found = [m for m in _EMOJI_VERDICT.finditer(text) if _judged_statement(text, m)]
    said = {m.group("v").startswith(_EMOJI_TRUE) for m in found}
    if len(found) < GLUED_NUMBERS_MIN or said != {True, False}:
        return text
    count = iter(range(1, len(found) + 1))

    def judged(m: re.Match[str]) -> str:
        statement = m.group("s")
        if not re.match(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]", statement):  # (lines of a paragraph: numbered in turn, as
            lead = len(statement) - len(statement.lstrip(" \t"))  # verdict_first numbers them)
            statement = f"{statement[:lead]}{next(count)}. {statement[lead:]}"
        return f"{statement}{m.group('stop') or '.'} ({'T' if m.group('v').startswith(_EMOJI_TRUE) else 'F'})"

    return _EMOJI_VERDICT.sub(judged, text)


# a line of options with the right one's letter in brackets at its end, as a driving-theory or quiz-book bank writes its
# key: 'a) 50 mph  b) 60 mph  c) 70 mph  d) 40 mph   (b)'
_KEYED_OPTIONS = re.compile(
    r"(?m)^(?P<opts>[ \t]*\(?(?P<first>[aA])[).][ \t]+\S[^\n]*?[ \t]\(?[bB][).][ \t]+\S[^\n]*?[ \t]\(?[cC][).][ \t]+\S[^\n]*?)"
    r"[ \t]+(?:\((?P<k>[a-hA-H])\)|\[(?P<s>[a-hA-H])\])[ \t]*$"
)


def bracketed_keys(text: str) -> str:
    """Lines of three options or more ending with the right one's letter in brackets ('… d) 40 mph   (b)') with that
    letter as the answer label deckc reads after options on their line ('… d) 40 mph   Answer: b'), when at least
    :data:`GLUED_NUMBERS_MIN` lines are so and each letter names one of its line's options (round-15 d/18: "4 options
    and none marked correct", no card). Line numbers stay."""
    if "(" not in text and "[" not in text:
        return text
    found = [m for m in _KEYED_OPTIONS.finditer(text) if re.search(rf"(?:^|[ \t(]){re.escape(m.group('k') or m.group('s'))}[).]", m.group("opts"), re.I)]
    if len(found) < GLUED_NUMBERS_MIN:
        return text
    keyed = {m.start() for m in found}
    return _KEYED_OPTIONS.sub(
        lambda m: f"{m.group('opts')}  Answer: {m.group('k') or m.group('s')}" if m.start() in keyed else m.group(0), text
    )


def verdict_first(text: str) -> str:
    """Statements with their verdict in brackets before them ('( V ) El Sol es una estrella.' / '( F ) La Luna tiene luz
    propia.') as numbered statements with the verdict after them ('1. El Sol es una estrella. (V)'), the shape every
    reader reads as true/false, when at least :data:`GLUED_NUMBERS_MIN` lines are so and both verdicts of one pair
    occur (trial25 T25-17: 0 cards). Numbered in turn; line numbers stay."""
    found = list(_VERDICT_FIRST.finditer(text))
    said = {m.group("v").upper() for m in found}
    if len(found) < GLUED_NUMBERS_MIN or said not in _VERDICT_PAIRS:
        return text
    count = iter(range(1, len(found) + 1))
    return _VERDICT_FIRST.sub(lambda m: f"{m.group('indent')}{_numbered(m.group('num'), count)}{m.group('text')} ({m.group('v').upper()})", text)


def _numbered(num: str | None, count: Iterator[int]) -> str:
    """A statement's own number as written ('1. '), else the next of ``count`` ('3. ')."""
    n = next(count)
    return f"{num.rstrip()} " if num else f"{n}. "


# a question numbered in kanji numerals, as Japanese 国語 and 社会 papers number them: '問一', '問十二', '第三問', in the
# questions and in the key ('問一　ウ　　問二　イ'); never a word that goes on ('問一般' is no question)
_KANJI_NUMERAL_Q = re.compile(r"問(?P<k>[一二三四五六七八九十]{1,3})(?=[\s\u3000．.:：、)）]|$)|第(?P<d>[一二三四五六七八九十]{1,3})問")
_KANJI_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}


def _kanji_number(written: str) -> int:
    """'三' -> 3, '十二' -> 12, '二十' -> 20, '二十三' -> 23."""
    tens, _, ones = written.partition("十")
    if "十" not in written:
        return _KANJI_DIGITS[written[-1]] if len(written) == 1 else int("".join(str(_KANJI_DIGITS[c]) for c in written))
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def space_numbers(text: str) -> str:
    """The text with a space after item numbers glued to their text ('1.What' -> '1. What'), when at least
    :data:`GLUED_NUMBERS_MIN` lines outside code start so; line numbers stay."""
    if "（" in text or "［" in text or "〔" in text:  # '（１）…' read as '(1) …', the numbering it is (T25-54)
        wide = _WIDE_NUMBER.findall(text)
        text = _WIDE_NUMBER.sub(lambda m: f"{m.group('indent')}({int(m.group('n'))}) ", text) if len(wide) >= GLUED_NUMBERS_MIN else text
    if "問" in text:  # '問1 2進数の…' / '問2．': a Japanese exam's question numbers, '1. …' (trial11 P95)
        if len(_KANJI_NUMERAL_Q.findall(text)) >= GLUED_NUMBERS_MIN:  # '問一' … '問十二', '第三問': '問1' … (T26-40)
            text = _KANJI_NUMERAL_Q.sub(lambda m: f"問{_kanji_number(m.group('k') or m.group('d'))}", text)
        asked = _KANJI_NUMBER.findall(text)
        text = _KANJI_NUMBER.sub(r"\g<indent>\g<n>. ", text) if len(asked) >= GLUED_NUMBERS_MIN else text
    if "．" in text or "、" in text:  # '1．【单选题】TCP …（ ）' / 'A、无连接的…': a Chinese exam's marks (trial17 T17-10)
        text = _cjk_marks(text)
    if re.search(r"(?m)^[^\S\n]*A[.．、]\S.*\sB[.．、]\S", text):  # 'A.HTTP B.TCP C.IP D.DNS' (trial17 T17-16)
        text = "\n".join(_spaced_run(line) for line in text.split("\n"))
    if re.search(r"(?m)^[ \t]{0,3}\d{1,3}(?:[ \t]?|\.)[-–][ \t]", text):  # '1- ما هو …؟', '2 - ¿Cuál …?' (T29-58), '1.-'
        text = dash_numbers(text)
    if re.search(r"(?m)^[ \t]{0,3}(?:№|第[ \t]?1[ \t]?[题題]|#1|\[1\]|1/[ \t]|I[.)][ \t])", text):  # '№1', '第1题', 'I.' (T30-21)
        text = marked_numbers(text)
    if not re.search(rf"(?m)^\s{{0,3}}\(?\d{{1,3}}[.)]{_GLUED_START}", text):
        return text
    lines = text.split("\n")
    # (a line holding a tab is a row of an export, '1.Reihe<TAB>…': its field is left as written)
    glued = [
        n for n, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)) if not fenced and "\t" not in line and _GLUED_NUMBER.match(line)
    ]
    if len(glued) < GLUED_NUMBERS_MIN:
        return text
    # ('45.create your own command …' / 'Ans:- …' among '44.Display …': in lower case too, when an answer line is right
    # under it as under the items; '1.txt' in a line of code is over none: trial18 T18-33)
    glued += [
        n
        for n, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True))
        if not fenced and n + 1 < len(lines) and _GLUED_LOWER.match(line) and has_answer_label(lines[n + 1].lstrip())
    ]
    for n in glued:
        lines[n] = (_GLUED_NUMBER if _GLUED_NUMBER.match(lines[n]) else _GLUED_LOWER).sub(r"\1 ", lines[n], count=1)
    return "\n".join(lines)


# '1- ما هو الكوكب …؟', '۱- نزدیک‌ترین …', '2 - ¿Cuál …?': an item number with a dash, as Arabic, Persian, Urdu and
# Spanish hand-typed tests number questions; a space after the dash (never '1-2 cups', a range, nor '3-D', a word) and
# no digit after it ('1 - 2 = -1')
# ('1.- ¿En qué año …?', '1.– …': the Spanish form, a full stop and a dash, T32-36)
_DASH_NUMBER = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<n>\d{1,3})(?:[ \t]?[-–]|\.[-–])[ \t]+(?=[^\d\s])")
_DOT_DASH_ENTRY = re.compile(r"(?<=[ \t])(?P<n>\d{1,3})\.[-–](?=[ \t]+\S)")  # '1.- c   2.- a   3.- a': each entry of a key


def dash_numbers(text: str) -> str:
    """The text with items numbered with a dash ('1- …', '۱- …') numbered '1. …', as every reader reads a question's
    number, when at least :data:`GLUED_NUMBERS_MIN` such lines outside code count up one by one (1-, 2-, 3-: a
    document's numbering, not a line that happens to start '5 - '); line numbers stay (trial29 T29-58: '1- What is …?'
    over its options was 'cannot tell this document's layout', '1-' left on the front)."""
    lines = text.split("\n")
    found = [(n, m) for n, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)) if not fenced and "\t" not in line and (m := _DASH_NUMBER.match(line))]
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for n, m in found:  # (each count from 1 up: a page's parts, and a key written '1- B' a line, count again)
        if runs and int(m.group("n")) == int(runs[-1][-1][1].group("n")) + 1:
            runs[-1].append((n, m))
        elif int(m.group("n")) == 1:
            runs.append([(n, m)])
    counted = [found for found in runs if len(found) >= GLUED_NUMBERS_MIN or _counts_on(lines[found[0][0]], found[0][1])]
    if not counted:
        return text
    for n, m in (entry for run in counted for entry in run):
        rest = lines[n][m.end() :]
        if "." in m.group(0):  # (the rest of a key written '1.- c   2.- a' on one line)
            rest = _DOT_DASH_ENTRY.sub(r"\g<n>.", rest)
        lines[n] = f"{m.group('indent')}{m.group('n')}. {rest}"
    return "\n".join(lines)


def _counts_on(line: str, m: re.Match[str]) -> bool:
    """A key on one line, '1.- c   2.- a   3.- a': its own entries count up from the line's first number."""
    if "." not in m.group(0):
        return False
    numbers = [int(m.group("n")), *(int(e.group("n")) for e in _DOT_DASH_ENTRY.finditer(line[m.end() :]))]
    return len(numbers) >= GLUED_NUMBERS_MIN and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# question numbers written otherwise than '1.' (trial30 T30-21): '№1', '第1题' / '第1題', '#1' (in a text file: Markdown's
# own are read as headings are, hash_numbers.py), '[1]', '1/', Roman 'I.' / 'II)'; each form's number token, for the
# questions and for the key entries naming them ('Ответы: №1 – Б', 'I-B, II-C', 'Lösungen: #1 b', '[1] b', '1/ b')
_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
                   "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX")
_NUMBER_FORMS = {
    "no": r"№[ \t]?(?P<n>\d{1,3})",
    "di": r"第[ \t]?(?P<n>\d{1,3})[ \t]?[题題]",
    "hash": r"#(?P<n>\d{1,3})",
    "bracket": r"\[(?P<n>\d{1,3})\]",
    "slash": r"(?P<n>\d{1,3})/",
    "roman": r"(?P<n>[IVX]{1,6})(?![^\W\d_])",
}
# the question line: the number, its stop if any, a space (none needed after '第1题'), and words, never a digit ('1/ 2')
_NUMBER_AFTER = {"no": r"[.)]?[ \t]+", "di": r"[.、:：．]?[ \t\u3000]*", "hash": r"[.):]?[ \t]+", "bracket": r"[ \t]+", "slash": r"[ \t]+", "roman": r"[.)][ \t]+"}
_FORM_LINES = {
    form: re.compile(r"^(?P<indent>[ \t]{0,3})" + number + _NUMBER_AFTER[form] + r"(?=[^\W\d_]|[¿¡«“\"(])") for form, number in _NUMBER_FORMS.items()
}
# ('[1]' numbers references and '1/' a thread's posts, 'I.' a report's sections: those forms number questions only when
# most of their lines ask or are over options)
_ASKING_FORMS = frozenset({"bracket", "slash", "roman", "hash"})
_OVER_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?[(（]?(?:[A-Ha-h]|[А-Га-г])[.)）:/]")
_KEY_VALUE = r"[ \t]*(?:[-–—.):=：][ \t]*)?[(（]?[^\W\d_]{1,3}[)）]?"  # '– Б', '-B', ' b', ': (ii)'
_KEY_LABEL = r"^(?P<label>[ \t]*(?:\*\*|__)?(?:[^\W\d_][^:：\n]{0,30}[:：](?:\*\*|__)?[ \t]*)?)"


def _number_of(form: str, token: str) -> int:
    """The number a form's token stands for ('IV' -> 4, '12' -> 12)."""
    return _ROMAN_NUMERALS.index(token) + 1 if form == "roman" else int(token)


def marked_numbers(text: str) -> str:
    """The text with questions numbered '№1', '第1题', '#1', '[1]', '1/' or 'I.' numbered '1. …', as every reader reads
    a question's number, and the key entries naming them by that number ('Ответы: №1 – Б, №2 – В', 'I-B, II-C') naming
    them '1 – Б', '1-B': when :data:`GLUED_NUMBERS_MIN` such lines or more outside code count up one by one from 1;
    '[1]', '1/', 'I.' and a text file's '#1' only when most of them ask (a '?', a closing ':') or stand over an option
    (trial30 T30-21: 'cannot tell this document's layout', or the key glued on the last back). Line numbers stay."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for form, shape in _FORM_LINES.items():
        found = []
        for n, line in enumerate(lines):
            m = shape.match(line) if not fenced[n] and "\t" not in line else None
            if m is not None and (form != "roman" or m.group("n") in _ROMAN_NUMERALS):
                found.append((n, m))
        runs: list[list[tuple[int, re.Match[str]]]] = []
        for n, m in found:
            number = _number_of(form, m.group("n"))
            if runs and number == _number_of(form, runs[-1][-1][1].group("n")) + 1:
                runs[-1].append((n, m))
            elif number == 1:
                runs.append([(n, m)])
        counted = [run for run in runs if len(run) >= GLUED_NUMBERS_MIN and (form not in _ASKING_FORMS or _asks_mostly(lines, run))]
        if not counted:
            continue
        for n, m in (entry for run in counted for entry in run):
            lines[n] = f"{m.group('indent')}{_number_of(form, m.group('n'))}. {lines[n][m.end() :]}"
        key_numbers(lines, form, fenced)
    return "\n".join(lines)


def _asks_mostly(lines: list[str], run: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether most lines of a run of numbered lines ask ('?', a closing ':') or stand right over an option."""
    def asks(n: int) -> bool:
        line = lines[n].rstrip()
        after = next((x for x in lines[n + 1 : n + 3] if x.strip()), "")
        return "?" in line or "？" in line or line.endswith((":", "：")) or bool(_OVER_OPTION.match(after))

    return 2 * sum(asks(n) for n, _ in run) > len(run)


def key_numbers(lines: list[str], form: str, fenced: list[bool]) -> None:
    """Key lines whose entries all name questions in ``form`` ('Ответы: №1 – Б, №2 – В', 'I-B', '#1 b') with plain
    numbers ('1 – Б', '1-B', '1. b'), in place; ``form`` one of :data:`_NUMBER_FORMS` ('hash' for hash_numbers.py)."""
    number = _NUMBER_FORMS[form]
    entry = r"(?<![^\W\d_])" + number + _KEY_VALUE
    line_shape = re.compile(_KEY_LABEL + r"(?P<entries>" + entry + r"(?:[ \t]*[,;，；、]?[ \t]*" + entry.replace("?P<n>", "?:") + r")*)[ \t]*[.]?[ \t]*$")
    token = re.compile(r"(?<![^\W\d_])" + number + r"(?P<sep>[ \t]*[-–—.):=：])?")
    for k, line in enumerate(lines):
        m = line_shape.match(line) if not fenced[k] else None
        if m is None or (form == "roman" and not m.group("label").strip() and "," not in line and ";" not in line):
            continue  # (a lone 'I. B' is no key without its label: a roman-numbered line of text)

        def plain(t: re.Match[str]) -> str:
            value = _number_of(form, t.group("n")) if form != "roman" or t.group("n") in _ROMAN_NUMERALS else None
            return t.group(0) if value is None else f"{value}{t.group('sep') or '.'}"

        lines[k] = m.group("label") + token.sub(plain, m.group("entries")) + line[m.end("entries") :]


# '1．【单选题】TCP …', '2、HTTPS …': an item number with a full-width stop or an enumeration comma, and perhaps the
# question's type in lenticular brackets ('【单选题】' single choice, '【判断题】' true/false); 'A、80': an option
_CJK_NUMBER = re.compile(r"^(?P<indent>\s{0,3})(?P<n>\d{1,3})(?:[．、]\s*|[.)]\s*(?=【[^】\n]{1,8}题】))(?:【[^】\n]{1,8}题】\s*)?(?=\S)")
_CJK_OPTION = re.compile(r"^(?P<indent>[ \t]{0,6})(?P<l>[A-H])[、．]\s*(?=\S)")  # (indented under '10. ' too: T18-36)


def _cjk_marks(text: str) -> str:
    """The text with Chinese item numbers and option letters written as the readers know them ('1．' -> '1. ', 'A、' ->
    'A. ', the type tag after the number dropped), when at least :data:`GLUED_NUMBERS_MIN` items are so written, the
    options when an A and a B are and items are numbered; line numbers stay."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    numbered = [n for n, line in enumerate(lines) if not fenced[n] and _CJK_NUMBER.match(line)]
    options = [n for n, line in enumerate(lines) if not fenced[n] and _CJK_OPTION.match(line)]
    letters = {_CJK_OPTION.match(lines[n]).group("l") for n in options}  # type: ignore[union-attr]
    if len(numbered) >= GLUED_NUMBERS_MIN:
        for n in numbered:
            lines[n] = _CJK_NUMBER.sub(r"\g<indent>\g<n>. ", lines[n], count=1)
    if {"A", "B"} <= letters and (len(numbered) >= GLUED_NUMBERS_MIN or re.search(r"(?m)^\s{0,3}\d{1,3}[.)]\s", text)):
        for n in options:
            lines[n] = _CJK_OPTION.sub(r"\g<indent>\g<l>. ", lines[n], count=1)
    return "\n".join(lines)


_RUN_LETTER = re.compile(r"(?:^\s*|(?<=\s))(?P<l>[A-H])[.．、](?=\S)")
RUN_MIN = 3  # options in a run on one line that make it the options: 'A.HTTP B.TCP C.IP'


def _spaced_run(line: str) -> str:
    """A line of options typed with no space after their letters ('A.HTTP B.TCP C.IP D.DNS') written 'A. HTTP  B. TCP
    …', as the readers split a line of options; any other line as it is."""
    found = list(_RUN_LETTER.finditer(line))
    if len(found) < RUN_MIN or [m.group("l") for m in found] != [chr(65 + k) for k in range(len(found))]:
        return line
    parts = [line[m.end() : nxt.start() if nxt else len(line)].strip() for m, nxt in zip(found, [*found[1:], None], strict=True)]
    if not all(parts):
        return line
    lead = line[: found[0].start("l")]
    return lead + "  ".join(f"{m.group('l')}. {part}" for m, part in zip(found, parts, strict=True))


# '🚀 1. What is Python?': emoji (and their joiners, selectors) before an item number or a Q label
_EMOJI_NUMBER = re.compile(r"^(?P<indent>[ ]{0,3})(?P<emoji>(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u25A0-\u25FF][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+)[ \t]+(?=(?:\d{1,4}[.)]|[Qq]\d{1,4}[.:)]?)[ \t])")

_EMOJI_LINE = re.compile(r"(?m)^[ ]{0,3}[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u25A0-\u25FF]")


def emoji_numbers(text: str) -> str:
    """The text without the emoji that decorate its item numbers ('🚀 1. What is Python?', '🧠 2. …': blog and
    LLM pages copied as text, trial10 P21), when at least two lines outside code start so and their emoji vary
    (a few emoji repeated on every question are its level markers, kept); line numbers stay."""
    if not _EMOJI_LINE.search(text):
        return text
    lines = text.split("\n")
    found = [
        (n, m) for n, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)) if not fenced and (m := _EMOJI_NUMBER.match(line))
    ]
    kinds = {m.group("emoji") for _, m in found}
    if len(found) < GLUED_NUMBERS_MIN or len(kinds) * 2 <= len(found):
        return text
    for n, m in found:
        lines[n] = m.group("indent") + lines[n][m.end() :]
    return "\n".join(lines)


# '**What is X?** The answer …' / '**Q: …?** A: …': a paragraph led by a bold question of 3 words or more (trial7 G27)
# (an emphasis or an escaped star inside the bold question is its own, '**What does \*standard deviation\* measure?**'
# or '**What does *mode* mean?**', as a Google Docs export writes it: sitting 53, the question was glued on the previous answer)
BOLD_LEAD_Q = re.compile(r"^\s{0,3}(\*\*|__)(?P<q>(?![*_\s])(?:(?!\1)[^\n])*?\S\s+\S+\s+(?:(?!\1)[^\n])*?[?？؟])\s*\1(?:\s|&nbsp;|&#160;)*(?P<rest>(?!!\[|<img)\S.*)$")  # (a picture after it is what it asks about)


# '1. ### What is a prototype chain': an ordered-list entry that is a heading (sudheerj's interview READMEs)
LIST_HEADING = re.compile(r"^[ ]{0,3}(?P<num>\d{1,4})[.)][ \t]+(?P<hashes>#{1,6})[ \t]+(?P<text>\S.*)$")
LIST_HEADINGS_MIN = 2  # ordered-list headings on a page that make them its numbered questions


_ATX_MARKS = re.compile(r"^ {0,3}(?P<marks>#{1,6})(?:[ \t]|$)")


def heading_level_above(lines: list[str], start: int, fenced: list[bool] | None = None) -> int:
    """The level of the nearest ATX heading above line ``start`` (0: none), code fences skipped over: where a block a
    converter rewrites stands, so the headings it writes go under it (the converters of cards in a note share it)."""
    fenced = fenced if fenced is not None else list(in_fence(lines[:start]))
    for k in range(start - 1, -1, -1):
        m = None if fenced[k] else _ATX_MARKS.match(lines[k])
        if m:
            return len(m.group("marks"))
    return 0


_FENCE_BODY = re.compile(r"(`{3,}(?=[^`]*$)|~{3,})")


def fence_mark(line: str) -> tuple[int, str] | None:
    """The column a fence line's mark starts at (a tab to the next multiple of 4, as the Markdown parser counts) and
    the mark (```` ``` ````, ``~~~``), or None for a line that is no fence line. One reading for :func:`in_fence` and
    the open-fence check: a fence in a list entry indented by tabs and spaces mixed (``\t\t\t```swift`` closed by
    ``\t  \t\t````, the same column) is one fence to both (trial57 T57-8)."""
    body = line.lstrip(" \t")
    m = _FENCE_BODY.match(body)
    if m is None:
        return None
    return len(line[: len(line) - len(body)].expandtabs(4)), m.group(1)


def closes_fence(line: str, fence: str) -> bool:
    """Whether ``line`` closes a top-level fence opened with ``fence``: the same character at least as long, at
    most 3 columns in, nothing after it (CommonMark; a '```python' line inside stays code)."""
    m = fence_mark(line)
    return bool(
        m
        and m[0] <= 3
        and m[1][0] == fence[0]
        and len(m[1]) >= len(fence)
        and not line.strip()[len(m[1]) :].strip()
    )


def opens_fence(line: str) -> str | None:
    """The mark of a line that opens a top-level fence (at most 3 columns in), or None."""
    m = fence_mark(line)
    return m[1] if m and m[0] <= 3 else None


def closed_fences(lines: list[str]) -> list[tuple[int, int, str]]:
    """``(opening line, closing line, info string)`` of each closed code fence, in order; a fence never closed ends
    the list (its text is no block a converter reads). The converters of data in a note's fences share it."""
    found: list[tuple[int, int, str]] = []
    k = 0
    while k < len(lines):
        m = FENCE.match(lines[k])
        if m is None:
            k += 1
            continue
        mark = m.group(1)
        end = next((j for j in range(k + 1, len(lines)) if set(lines[j].strip()) == {mark[0]} and len(lines[j].strip()) >= len(mark)), None)
        if end is None:
            break
        found.append((k, end, lines[k][m.end() :].strip()))
        k = end + 1
    return found


def in_fence(lines: Iterable[str]) -> Iterator[bool]:
    """For each line, whether it belongs to a Markdown code fence (its opening and closing lines too).

    A fence closes on a line of the same character at least as long and nothing after it (CommonMark);
    an unclosed one runs to the end.  Remembered for the last few documents: ~100 readers, detectors and
    checks ask it of the same lines in one compile (about 100 passes over each document, ~1 % of the suite).
    """
    key = tuple(lines)
    found = _FENCED.get(key)
    if found is None:
        found = tuple(_fenced(key))
        if len(_FENCED) >= 16:
            _FENCED.pop(next(iter(_FENCED)))  # (the oldest: a compile works through its documents in turn)
        _FENCED[key] = found
    return iter(found)


_FENCED: dict[tuple[str, ...], tuple[bool, ...]] = {}


def _fenced(lines: Iterable[str]) -> Iterator[bool]:
    """:func:`in_fence` computed."""
    fence: str | None = None
    for line in lines:
        if fence is not None:
            if closes_fence(line, fence):
                fence = None  # a closing fence carries no info string: a '```python' line inside stays code
            yield True
        elif (mark := opens_fence(line)) is not None:  # (in columns: '\t```' is indented code, T18-43)
            fence = mark
            yield True
        else:
            yield False



# a line that only sends the reader to another page of the repository: '✅ Return to [Domain 1 Overview](./README.md)',
# '⬅️ Back to [the index](../index.md)', 'Next: [Chapter 3](ch3.md)', '[返回目录](../README.md)'
_BACK_LINK = re.compile(r"^[ ]{0,3}(?P<lead>[^\[\]()`<>|]{0,40}?)\[(?P<text>[^\[\]]{1,60})\]\((?P<href>[^()\s]+)\)(?P<tail>[\s.:)]*)$")
# the words such a line says around (or as) its link, in the languages pages are written in
_NAV_WORDS = frozenset(
    (
        "return", "back", "go", "up", "to", "the", "main", "home", "index", "top", "contents", "table", "of",
        "overview", "page", "next", "previous", "prev", "menu", "chapter", "volver", "al", "a", "índice",
        "inicio", "zurück", "zu", "zur", "übersicht", "retour", "à", "la", "au", "sommaire", "voltar", "para",
        "ao", "início", "вернуться", "назад", "к", "оглавлению", "содержанию",
    )
)
_NAV_CJK = re.compile(r"^(?:返回|回到|目录|目錄|首页|上一[页章节]|下一[页章节]|戻る|目次|돌아가기|목차)+$")
_NAV_CUE = frozenset(
    ("return", "back", "up", "home", "top", "next", "previous", "prev", "volver", "zurück", "retour", "voltar", "вернуться", "назад")
)


def back_link(line: str) -> bool:
    """A line that only sends the reader to another page of the repository: one link to a relative page (``.md``,
    ``.html``, a folder) and around it only words that say so (``Return to``, ``Back to``, ``Next:``, ``Volver al``,
    ``返回目录``) and marks (``✅``, ``⬅``): navigation, never a card's text (trial44 T44-2)."""
    m = _BACK_LINK.match(line)
    if m is None:
        return False
    href = m.group("href")
    if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("#") or not re.search(r"\.(?:md|markdown|html?)(?:#\S*)?$|/$", href):
        return False  # (a web page or an anchor of this page is left to the other readers)
    said = re.sub(r"[^\w\s]", " ", f"{m.group('lead')} {m.group('tail')}").lower().split()
    named = re.sub(r"[^\w\s]", " ", m.group("text")).lower().split()
    # (the cue in the link's own words: '- **Main:** [← Back to Main README](../../README.md)', a page's last line)
    cue = any(w in _NAV_CUE for w in said) or bool(_NAV_CJK.match(m.group("text").replace(" ", ""))) or named[:2] in (["back", "to"], ["return", "to"])
    return cue and all(w in _NAV_WORDS for w in said)


_COMMENT_OPEN = re.compile(r"^[ ]{0,3}<!--(?!.*-->)")
_COMMENT_CLOSE = re.compile(r"-->[ \t]*$")
_COMMENTED_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+\S")
COMMENT_LINES = 200  # the lines a commented-out section may take


def commented_sections(text: str) -> str:
    """An HTML comment over several lines that holds a Markdown heading (``<!--`` / ``### Which projects …?`` /
    ``TODO: Write this answer.`` / ``-->``: a question the author commented out) as blank lines (line numbers kept),
    outside code fences. Why: the reader finds headings line by line, so the commented question was read as one, its
    ``TODO`` a placeholder answer said as a warning, and the questions after it lost their section (trial44 T44-1)."""
    if "<!--" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not _COMMENT_OPEN.match(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k + 1, min(k + COMMENT_LINES, len(lines))) if "-->" in lines[j]), None)
        if end is None or not _COMMENT_CLOSE.search(lines[end]) or any(fenced[k : end + 1]):
            k += 1
            continue
        if any(_COMMENTED_HEADING.match(line) for line in lines[k + 1 : end]):
            lines[k : end + 1] = [""] * (end + 1 - k)
        k = end + 1
    return "\n".join(lines)


def code_span(text: str) -> str:
    """``text`` verbatim as a Markdown code span: a backtick run longer than any inside it, a space inside when it
    starts or ends with a backtick (CommonMark), so converted code never loses or gains a character."""
    ticks = "`" * (max((len(r) for r in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ") and text.strip()) else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def code_fence(code: Iterable[str]) -> str:
    """The backtick fence for a code block holding ``code``'s lines: three, or one longer than a run inside."""
    runs = [len(r) for line in code for r in re.findall(r"`{3,}", line)]
    return "`" * max(3, *(r + 1 for r in runs)) if runs else "```"


COLON_OPTION = re.compile(r"^(?P<lead>[ ]{0,3}(?:[-*+][ \t]+)?)(?P<letter>[A-Ha-h]):(?P<gap>[ \t]+)(?=\S)")
COLON_OPTIONS_MIN = 3  # lines 'A: …', 'B: …', 'C: …' in a row that are options, never an 'A:' answer label


def colon_option_lines(lines: list[str]) -> set[int]:
    """The lines that are options lettered with a colon (``A: Lydia and undefined`` / ``B: …`` / ``C: …``): runs of three
    or more lines lettered from A in order, outside code, with no letter again after them (a dialogue's 'A: …' / 'B: …'
    / 'A: …' is none); an 'A:' answer label or a hashcards 'C:' card alone is none either (trial21 T21-13)."""
    fenced = list(in_fence(lines))
    found: set[int] = set()
    k = 0
    while k < len(lines):
        m = None if fenced[k] else COLON_OPTION.match(lines[k])
        if m is None or m.group("letter") not in "Aa":
            k += 1
            continue
        end = k + 1
        while end < len(lines) and not fenced[end] and (o := COLON_OPTION.match(lines[end])) is not None and (
            ord(o.group("letter")) == ord(m.group("letter")) + end - k
        ):
            end += 1
        again = end < len(lines) and not fenced[end] and COLON_OPTION.match(lines[end]) is not None
        if end - k >= COLON_OPTIONS_MIN and not again:
            found.update(range(k, end))
        k = end
    return found


_FRONT_MATTER = {"---": "---", "+++": "+++"}
_META_KEY = re.compile(r"""^["']?[A-Za-z_][\w .-]*["']?\s*[:=](?:\s|$)""")
_META_OTHER = re.compile(r"^(?:#|-\s|-$|\[)")


# a line that is one HTML element making its text bold, between line breaks: '<b>What is …?</b><br>', '<strong>…</strong>',
# '<br><a name="Q1" style="font-weight:bold;…">Q1. What is …?</a><br>' (pages converted from HTML or Word: trial10 P8)
_HTML_BOLD_LINE = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?:<br\s*/?>\s*)*"
    r"<(?P<tag>b|strong|span|a|font|p|div)\b(?P<attrs>[^>]*)>(?P<text>(?:(?!</?(?P=tag)\b)[^\n])+?)</(?P=tag)\s*>"
    r"(?:\s*<br\s*/?>)*\s*$",
    re.I,
)
_BOLD_STYLE = re.compile(r"""\bstyle\s*=\s*["'][^"']*font-weight\s*:\s*(?:bold|bolder|[6-9]00)""", re.I)
_ANCHOR_NAME = re.compile(r"""\b(?:name|id)\s*=""", re.I)
_ASKS_OR_NUMBERED = re.compile(r"(?:[?？؟]\s*$|^\s*(?i:q)\s*\d{1,4}\s*[.:)])")


def html_bold_line(line: str) -> str:
    """A line that is one bold HTML element (``<b>``, ``<strong>``, an element styled ``font-weight:bold``, or an
    ``<a name>`` anchor holding a question) as the ``**…**`` line it shows, so it asks like one; else the line."""
    m = _HTML_BOLD_LINE.match(line) if "<" in line else None
    if m is None:
        return line
    tag, attrs, text = m.group("tag").lower(), m.group("attrs"), m.group("text").strip()
    bold = (tag in ("b", "strong") and not attrs.strip()) or bool(_BOLD_STYLE.search(attrs))
    plain = re.sub(r"<[^>]*>", "", text).strip()
    if not plain or "**" in text or not (bold or (tag == "a" and _ANCHOR_NAME.search(attrs) and _ASKS_OR_NUMBERED.search(plain))):
        return line
    return f"{m.group('indent')}**{text}**"


def front_matter_end(lines: list[str]) -> int | None:
    """Index of the line closing YAML (``---``) or TOML (``+++``) front matter at the top, or None.

    Only metadata counts: the first line inside is a ``key: value`` (or ``key = value``) line and every
    line at column 0 is a key, a comment or a list entry. A page that opens with a ``---`` rule and then
    its first question is no front matter (its questions would silently vanish up to the next rule).
    """
    fence = _FRONT_MATTER.get(lines[0].strip()) if lines else None
    if fence is None:
        return None
    for end in range(1, len(lines)):  # (no limit: a bank's records in the front matter run to thousands of lines, N51)
        if lines[end].strip() in (fence, "..."):
            inside = [line for line in _uncommented(lines[1:end]) if line.strip()]
            if not inside:
                return end
            if not _META_KEY.match(inside[0]):
                return None
            if all(_META_KEY.match(line) or _META_OTHER.match(line) or line[0] in " \t" for line in inside):
                return end
            return None
    return None


# '<!-- tags: (javascript,react) -->', '<!-- difficulty: hard -->' on a line of its own: a page's metadata kept in a
# comment, as front matter would hold it (30-seconds-of-interviews' pages: T34-4)
_COMMENT_FIELD = re.compile(r"^\s{0,3}<!--\s*+(?P<key>[A-Za-z][\w-]{0,30})\s*+[:=](?P<value>[^<>\n]*)-->\s*$")


def comment_field(lines: list[str], keys: tuple[str, ...]) -> tuple[str, int, str] | None:
    """``(value, 1-based line, key)`` of the first of ``keys`` (lower case) a page without front matter gives in an
    HTML comment on a line of its own (``<!-- tags: (html) -->``, ``<!-- expertise: (0) -->``), its brackets and quotes
    off: metadata the page hides from its readers, never text of a card; None if it has none (front matter wins)."""
    if front_matter_end(lines) is not None or not any("<!--" in line for line in lines):
        return None
    found: dict[str, tuple[str, int, str]] = {}
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        m = _COMMENT_FIELD.match(line) if not fenced and "<!--" in line else None
        value = m.group("value").strip().strip("()[]{}\"'").strip() if m else ""
        if m and value and m.group("key").lower() in keys:
            found.setdefault(m.group("key").lower(), (value, k + 1, m.group("key")))
    return next((found[key] for key in keys if key in found), None)


def front_matter(lines: list[str]) -> dict[str, object] | None:
    """A page's YAML front matter (``---`` … ``---``) as its top-level keys, case-folded, read as YAML reads it: a
    title folded onto the next lines (``title: >-`` / its text: trial29 T29-1), quoted or holding quotes
    (``title: What are some of the "gotchas" …``, T29-4). None when there is none, it is TOML, or its YAML is broken
    (the line-by-line readings stand then)."""
    end = front_matter_end(lines)
    if not end or lines[0].strip() != "---":
        return None
    found = _yaml_mapping("\n".join(_uncommented(lines[1:end])))
    return dict(found) if found is not None else None


@functools.lru_cache(maxsize=256)
def _yaml_mapping(text: str) -> dict[str, object] | None:
    """``text`` read as a YAML mapping of case-folded keys, or None (not YAML, not a mapping)."""
    import yaml  # (here: only a page with front matter needs it)

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    except RecursionError:  # (aliases or nesting deeper than Python's stack: no front matter deckc reads)
        return None
    return {str(k).casefold(): v for k, v in data.items()} if isinstance(data, dict) else None


def front_matter_fault(lines: list[str]) -> tuple[int, str] | None:
    """``(1-based line, what YAML says)`` of a page's ``---`` front matter that is no valid YAML (``title: Organic
    chemistry: functional groups``, ``tags: [chem, organic``), else None: its keys are then read line by line, as
    written, which the page's writer should know (sitting 53: read loosely, unsaid)."""
    end = front_matter_end(lines)
    if not end or lines[0].strip() != "---" or front_matter(lines) is not None:
        return None
    import yaml  # (here: only a page with front matter needs it)

    text = "\n".join(_uncommented(lines[1:end]))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        same = len(_uncommented(lines[1:end])) == end - 1  # (no comment taken out: its lines are the page's)
        line = mark.line + 2 if mark is not None and same else 1
        return line, str(getattr(exc, "problem", None) or "not YAML")
    except RecursionError:
        return None
    return None if data is None or isinstance(data, dict) else (2, "not a list of 'key: value' lines")


def front_matter_text(lines: list[str], *keys: str) -> str | None:
    """The first of ``keys`` the front matter gives as text (a string, or a number), on one line; None when it gives
    none of them (or the front matter is no YAML)."""
    found = front_matter(lines)
    if found is None:
        return None
    for key in keys:
        value = found.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and " ".join(str(value).split()):
            return " ".join(str(value).split())
    return None


def _uncommented(lines: list[str]) -> list[str]:
    """Front matter lines without the HTML comments pandoc users comment keys out with ('<!-- title: My Notes' /
    'author: … -->', trial11 P59): what is inside a comment is no line of the metadata."""
    out: list[str] = []
    inside = False
    for line in lines:
        if not inside and line.lstrip().startswith("<!--"):
            inside = "-->" not in line
            continue
        if inside:
            inside = "-->" not in line
            continue
        out.append(line)
    return out


# Pandoc / PHP Markdown Extra definition lists: a term line, then ': definition' lines (up to 3 spaces before ':')
DEFINITION = re.compile(r"^ {0,3}:[ \t]+(?P<text>\S.*)$")


def definition_terms(lines: list[str]) -> int:
    """How many terms a text defines as a definition list (``Term`` then ``: definition``), outside code fences."""
    count = 0
    previous = ""
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        if fenced:
            previous = ""
            continue
        if DEFINITION.match(line) and previous.strip() and not DEFINITION.match(previous) and not previous.startswith((" ", "\t")):
            count += 1
        previous = line
    return count


# A glossary entry: '- **Term**: definition', '- **Term:** definition', '- [**Term**](/link): definition', '：' too.
TERM_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<link>\[)?(?P<b>\*\*|__)(?P<term>[^*_\[\]]+?)(?P<c1>[:：])?(?P=b)"
    r"(?(link)\]\([^)]*\))[ \t]*(?(c1)|[:：])[ \t]*(?P<text>\S.*)$"
)
# the same with a dash between spaces for the colon ('- **Nucleus** – contains the DNA …'): a glossary in a page the
# Markdown reader reads (a lesson's '## Parts of the cell' over its quiz, sitting 42); detection counts colons only,
# so a page of such lines alone stays the pair list it was
TERM_DASH_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<link>\[)?(?P<b>\*\*|__)(?P<term>[^*_\[\]]+?)(?P<c1>[:：])?(?P=b)"
    r"(?(link)\]\([^)]*\))(?(c1)[ \t]*|(?:[ \t]*[:：]|[ \t]+[–—-]))[ \t]*(?P<text>\S.*)$"
)


# a command reference's entry: its command in backticks, linked or not, then what it does ('* [`docker create`](…)
# creates a container but does not start it.', '- `git status` – shows the working tree'): a glossary entry whose term
# is code, in a page the Markdown reader reads (trial42 T42-4: each section was one card listing its commands); code
# of punctuation alone is no command ('* `()` for string literals', a style rule's list: trial51 T51-6)
TERM_CODE_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<link>\[)?(?P<term>`(?=[^`\n]*\w)[^`\n]{1,60}`)(?(link)\]\([^)]*\))"
    r"(?:[ \t]*[:：]|[ \t]+[–—-])?[ \t]+(?P<text>[^\W\d_`][^`]*?\S.*)$"
)


_FILE_NAME = re.compile(r"^`(?:[^`\s]*[/*]|[^`\s]+\.\w{1,5})(?:[\s`]|$)")  # 'run.py FILE…', 't15/', 'gate*.log'


def command_entry(line: str) -> re.Match[str] | None:
    """A command reference's entry (:data:`TERM_CODE_BULLET`), never a repository README's list of its files
    ('- `run.py FILE…` — …', '- `t15/` — …': a page about the folder, not commands to learn)."""
    m = TERM_CODE_BULLET.match(line)
    return m if m is not None and not _FILE_NAME.match(m.group("term")) else None


def term_entries(lines: list[str], dash: bool = False) -> int:
    """How many glossary entries (``- **Term**: definition``, ``- `command` does …``; with ``dash`` ``- **Term** –
    definition`` too) a text holds at column 0, outside code fences (indented ones are inside another list or a
    numbered item's answer: a list of features, not a glossary)."""
    def entry(line: str) -> bool:
        return bool(TERM_DASH_BULLET.match(line) if dash else TERM_BULLET.match(line)) or command_entry(line) is not None

    return sum(1 for line, fenced in zip(lines, in_fence(lines), strict=True) if not fenced and line[:1] in "-*+" and entry(line))


# A heading that only labels what follows as the answer ('#### Answer', '### Solution:', '#### 答案').
ANSWER_LABEL_HEADING = re.compile(
    r"^\s{0,3}(?P<marks>#{1,6})\s+(?:\*\*|__)?(?i:(?:the\s+)?(?:correct\s+)?answer|solution|"
    + ANSWER_WORDS
    + r")(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*#*\s*$"
)


# a line that is only a question's label and number, the question on the lines under it ('Question 1', 'Soalan 2',
# 'Vraag 3', 'Frage 4:', '**Q5**', 'Pytanie 6', 'คำถามที่ 7'; the number first as Hungarian and Estonian write it,
# '1. kérdés'; '第8問'): the item's number, never part of its question (trial28 T28-11, trial29 T29-55)
QUESTION_LABEL_WORD = rf"question|q|problem|exercise|exercice|ejercicio|exercício|{QUESTION_WORDS}|問題|问题|題目|题目"
# (possessive runs of spaces: 'Question 1', a thousand spaces and a word took seconds, tried every way they split)
_NUMBER_LABEL_LINE = re.compile(
    rf"^[ \t]*+(?:\*\*|__)?(?:(?i:{QUESTION_LABEL_WORD})[ \t]*+[#№]?[ \t]*+\d{{1,4}}(?:[ \t]++(?i:of|von|de|di|sur|из|z|van)[ \t]++\d{{1,4}}|[ \t]*+/[ \t]*+\d{{1,4}})?[ \t]*+[.:)]?|\d{{1,4}}[ \t]*+\.[ \t]*+(?i:{QUESTION_WORDS})"
    r"|第[ \t]*+\d{1,4}[ \t]*+[問问题題])(?:\*\*|__)?[ \t]*+[:：]?[ \t]*+$"
)


# the same label and number run into the question its line break separated ('**Vraag 1**' / 'Wat is …?' joined as one
# paragraph's text 'Vraag 1 Wat is …?': trial38 T38-17, the label stayed on the front)
_NUMBER_LABEL_PREFIX = re.compile(
    rf"^[ \t]*+(?:\*\*|__)?(?i:{QUESTION_LABEL_WORD})[ \t]*+[#№]?[ \t]*+(?P<n>\d{{1,4}})(?:[ \t]*[.:)])?(?:\*\*|__)?(?:[ \t]+[–—-](?=[ \t]))?[ \t]+(?=\S)"
)


def number_label_prefix(text: str) -> re.Match[str] | None:
    """A question's label and number before its words ('Vraag 1 Wat is de hoofdstad …?', '**Questão 1** – Qual …?', a
    dash after it too), when the words after it ask."""
    m = _NUMBER_LABEL_PREFIX.match(text)
    return m if m is not None and text[m.end() :].rstrip().rstrip(CLOSERS).endswith(QUESTION_MARKS) else None


def question_number_line(line: str) -> bool:
    """A line that only labels and numbers the question written under it ('Question 1', 'Soalan 2', 'Question 1 of 3',
    'Frage 2/10')."""
    return _NUMBER_LABEL_LINE.match(line) is not None


def label_only_heading(line: str) -> bool:
    """A heading that is only a field's label, with nothing of its own: an empty question label ('#### **题目**：',
    '## Question:') or a bare answer label ('#### **参考答案**：', '### Answer'). A page whose only headings are such is
    one note (its file name the question) and these lines are no text of it (trial25: a file per question whose
    question is only its file name, 'cannot tell this document's layout')."""
    m = re.match(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$", line)
    if m is None:
        return False
    if ANSWER_LABEL_HEADING.match(line):
        return True
    text = re.sub(r"\*\*|__", "", m.group("text")).strip()
    return text.endswith((":", "：")) and has_question_label(text + " x")
_ATX_HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+\S")
# '##### Answer: 4' (sudheerj's coding exercises, inside a <details> toggle): an answer label naming the right option
KEYED_ANSWER_HEADING = re.compile(  # ('#### Resposta: C', '#### Respuesta: B', '#### 答案：A': learner5 L40)
    r"^\s{0,3}#{1,6}\s+(?:\*\*|__)?(?i:(?:the\s+)?(?:correct\s+)?answer|" + ANSWER_WORDS + r")"
    # (no colon before a letter alone: '#### Resposta B' in every toggle of a page, learner5 L40; '#### Solution 1' stays a heading)
    r"(?:\s*[:：]\s*(?:\*\*|__)?\s*\(?[A-Za-z0-9]\)?|\s+(?:\*\*|__)?\(?[A-Ha-h]\)?)\s*(?:\*\*|__)?\s*$"
)


# an answer label heading with a word that qualifies it: '## Answer guide', '## Suggested answer', '## Model answer',
# '## Explanation' (trial12 U109: one-question pages, each answered under such a heading); never 'Answer key'
QUALIFIED_ANSWER_HEADING = re.compile(
    r"^\s{0,3}#{1,6}\s+(?:\*\*|__)?(?i:(?:suggested|sample|model|expected|possible|example|reference)\s+"
    r"(?:answer|solution)s?|(?:answer|solution)\s+(?:guide|outline|sketch|notes?)|explanation)(?:\*\*|__)?\s*[:：]?\s*$"
)


def is_answer_label_heading(line: str) -> bool:
    """A heading that only labels the answer below it ('#### Answer', '#### Answer: B', '## Model answer'): it opens
    the answer of the question above it, never a section or a card of its own."""
    return bool(ANSWER_LABEL_HEADING.match(line) or KEYED_ANSWER_HEADING.match(line) or QUALIFIED_ANSWER_HEADING.match(line))


# entries of an answer key by question number, short answers ('1. ③', '2) b', '1-③ 2-① 3-④'): under '## 정답' (the
# word for "answer" and for "answer key") they are the page's key, never the answer of the heading above (T24-23)
_KEY_ROW = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\d{1,3}(?:\*\*|__)?\s*[-–.):]\s*(?:\*\*|__)?[^\s\d]{1,3}(?:\*\*|__)?\s*$")
_KEY_RUN = re.compile(r"^\s*(?:\d{1,3}\s*[-–.):]\s*[^\s\d,;]{1,3}[\s,;]*){2,}$")


def key_below(lines: list[str], index: int) -> bool:
    """Whether the lines under the heading at ``index`` are an answer key's entries: a run of them on one line, or two
    lines each one entry."""
    below = [line for line in lines[index + 1 : index + 8] if line.strip()][:2]
    return bool(below) and (bool(_KEY_RUN.match(below[0])) or (len(below) == 2 and all(_KEY_ROW.match(line) for line in below)))


def labelled_headings(lines: list[str]) -> set[int]:
    """0-based lines of the headings whose next heading is a deeper answer label ('### Create a function
    `pipe`' … '#### Answer'): each is a question, whatever its punctuation (the label says so)."""
    found: set[int] = set()
    last: tuple[int, int] | None = None  # (line, level) of the previous heading
    for index, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        m = None if fenced else _ATX_HEADING.match(line)
        if m is None:
            continue
        level = len(m.group("marks"))
        # (not over key entries: '## 정답' over '1-③ 2-①' is the page's key, never the title's answer: T24-23)
        if last is not None and level > last[1] and is_answer_label_heading(line) and not ANSWER_LABEL_HEADING.match(lines[last[0]]) and not key_below(lines, index):
            found.add(last[0])
        last = (index, level)
    return found


# A list entry that asks in plain words: '- What is a subnet mask?' (its answer the entry's nested lines) or
# '* What is an idempotent method? One that …' (the answer after the first '?'; a space before it, as French
# writes it, 'immuable ?', too); bold-led entries and task
# boxes are other rules'.
QUESTION_BULLET = re.compile(
    r"^(?P<indent>[ \t]{0,3})[-*+][ \t]+(?![*_]{2}|\[[ xX]\])(?P<q>[^?？؟]*?[^\s?？؟][ \u00a0\u202f]?[?？؟])(?:[ \t]+(?P<a>\S.*))?[ \t]*$"
)


_TITLE_HEADING = re.compile(r"^#[ \t]+\S")  # a page's title, '# The Hobbit'
PROPERTY = re.compile(r"^\s*[a-z][a-z0-9_-]*::\s")  # 'card-repeats:: 2': a block property (Logseq, Dataview), metadata
# a page property's value as Logseq and Dataview write one: a [[link]], tags, a date or number, true/false, a web address
_META_VALUE = re.compile(
    r"^(?:(?:#?\[\[[^\]]+\]\]|#[\w/-]+)(?:[\s,]+(?:#?\[\[[^\]]+\]\]|#[\w/-]+))*|[\d.:/TZ+-]+|true|false|https?://\S+)$", re.I
)
_PAGE_KEYS = frozenset(
    ["title", "alias", "aliases", "tags", "type", "source", "author", "status", "created", "updated", "date", "id", "public", "icon", "template", "collapsed"]
)


# a question and its answer written as Dataview inline fields on consecutive lines ('Q:: …' / 'A:: …', 'Question:: …' /
# 'Answer:: …', 'Front:: …' / 'Back:: …'): an Obsidian vault's flashcard, never two 'Term::answer' cards
_FIELD_Q = re.compile(r"^(?P<lead>\s*)(?:\*\*|__)?(?i:q|question|front)(?:\*\*|__)?\s*::\s*(?:\*\*|__)?\s*(?P<text>\S.*)$")
_FIELD_A = re.compile(r"^(?P<lead>\s*)(?:\*\*|__)?(?i:a|answer|back)(?:\*\*|__)?\s*::\s*(?:\*\*|__)?\s*(?P<text>\S.*)$")


def field_cards(lines: list[str]) -> list[str]:
    """The lines with each ``Q:: question`` line right over an ``A:: answer`` line (also ``Question::`` / ``Answer::``,
    ``Front::`` / ``Back::``, in any case: Dataview's inline fields, as Obsidian vault templates write flashcards) written
    ``Q: …`` / ``A: …``, the pair deckc reads as one card (trial14 T14-1: each line was a ``Term::answer`` card of its own,
    fronted 'A', 'Answer' or 'Back'); line numbers kept, lines inside code fences and every other line as they are."""
    out = list(lines)
    fenced = list(in_fence(lines))
    for k in range(len(lines) - 1):
        if fenced[k] or fenced[k + 1]:
            continue
        q, a = _FIELD_Q.match(lines[k]), _FIELD_A.match(lines[k + 1])
        if q is not None and a is not None:
            out[k] = f"{q.group('lead')}Q: {q.group('text')}"
            out[k + 1] = f"{a.group('lead')}A: {a.group('text')}"
    return out


_FIELD_KEY = re.compile(r"^[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*$")  # 'builds-on', 'feeds', 'scroll': a field's name


def _field_paragraphs(lines: list[str]) -> list[str]:
    """The lines with each paragraph of Dataview fields blanked (trial16 T16-2): ``key:: value`` lines only, every key
    a lower-case name, and a key repeated (``feeds`` ×3) or most values links (``[[metrics]] — …``): a note's metadata,
    never cards (a vocabulary page's ``perro:: dog`` lines repeat no key and link nothing)."""
    out, fenced, k = list(lines), list(in_fence(lines)), 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].strip() and not fenced[end]:
            end += 1
        run = lines[k:end]
        fields = [line.strip().partition("::") for line in run]
        if len(run) >= 2 and all(PROPERTY.match(line) for line in run) and all(_FIELD_KEY.match(key.strip()) for key, _, _ in fields):
            keys = [key.strip() for key, _, _ in fields]
            linked = sum(value.strip().startswith("[[") for _, _, value in fields)
            if len(set(keys)) < len(keys) or 2 * linked > len(run):
                out[k:end] = [""] * len(run)
        k = end + 1
    return out


def drop_properties(lines: list[str]) -> list[str]:
    """The lines with Logseq's and Dataview's ``key:: value`` properties blanked (line numbers kept; trial9 T13):
    one right under a line of text or an entry ('  card-repeats:: 6', 'collapsed:: true', 'confidence:: high' under
    an answer) and the ones after it, and a run of them opening the page whose keys or values are a page's
    ('title:: …', 'tags:: [[biology]]', 'source:: [[Campbell Biology]]'). A paragraph of ``Term:: answer`` lines
    alone stays: those are Obsidian cards."""
    out = _field_paragraphs(lines)
    fenced = list(in_fence(lines))
    above: str | None = None  # what the line above is: None (blank, or the start), "text", "dropped", "card"
    top = True  # nothing but page properties so far (the front matter and the page's title heading aside: T21-31)
    matter = front_matter_end(lines)
    for k, line in enumerate(lines):
        if (matter is not None and k <= matter) or (top and above is None and _TITLE_HEADING.match(line)):
            continue  # ('---' / 'tags: book' / '---' / '# The Hobbit' / '' / 'author:: J. R. R. Tolkien': its fields)
        if fenced[k]:
            above, top = "text", False
        elif not line.strip():
            above = None
        elif PROPERTY.match(line) is None:
            above, top = ("card" if inline_card(line) else "text"), False
        else:
            key, _, value = line.strip().partition("::")
            page = above is None and top and (key.lower() in _PAGE_KEYS or bool(_META_VALUE.match(value.strip())))
            if above in ("text", "dropped") or page:
                out[k], above = "", "dropped"
            else:
                above, top = "card", False
    return out
TAGS_ONLY = re.compile(r"^(?:#[A-Za-z][\w/-]*\s*)+$")  # '#card': tags after a question, no answer


def _nested(lines: list[str], index: int, indent: int) -> bool:
    """Whether the list entry at ``index`` (indented ``indent`` spaces) sits inside an entry above it."""
    for above in reversed(lines[:index]):
        if not above.strip():
            continue
        lead = len(above) - len(above.lstrip(" "))
        if lead < indent:
            return bool(re.match(r"\s*(?:[-*+]|\d{1,9}[.)])\s", above))
    return False


def question_entries(lines: list[str]) -> int:
    """How many top-level list entries ask in plain words and carry their answer: text after the first
    '?' on the entry's line, or lines indented under it; an answer that only asks again ('How is it
    computed?', a follow-up sub-bullet) is none (a list of questions without answers stays one)."""
    count = 0
    fenced = list(in_fence(lines))
    for index, line in enumerate(lines):
        m = None if fenced[index] or line.lstrip(" ")[:1] not in "-*+" else QUESTION_BULLET.match(line)
        if m is None or (m.group("indent") and _nested(lines, index, len(m.group("indent")))):
            continue  # (an entry inside another list, an outline's or an answer's, is none; one indented 1-3
            # spaces under a heading or a paragraph is a list of its own, as CommonMark reads it: trial9 T5)
        answer = [] if TAGS_ONLY.match(m.group("a") or "") else [m.group("a") or ""]
        indent = len(m.group("indent"))
        for nxt in lines[index + 1 :]:
            if not nxt.strip():
                continue
            if len(nxt) - len(nxt.lstrip()) <= indent:
                break
            if not PROPERTY.match(nxt):
                answer.append(nxt.strip())
        text = "\n".join(a for a in answer if a)
        count += bool(text) and not only_questions(text)
    return count


# One pair per line, as vocabulary lists are written: 'le chat — the cat', 'der Hund - the dog', 'perro: dog',
# '- cane = dog'. Tried in this order; a line must hold its separator once.
# (full-width '：' and '＝' as a Chinese or Japanese IME types them, and '= ' after a reading in brackets,
# '苹果（píngguǒ）= apple': trial10 P34)
# COLUMN_GAP: a run of two spaces or more between aligned columns ('el abuelo            the grandfather', T27-45)
COLUMN_GAP = "  "
PAIR_SEPARATORS = (
    " — ", " – ", " ― ", "― ", " -> ", " → ", " => ", " ⇒ ", " -->", " ⟶ ", " ⟹ ", " ➔ ", " ➜ ", " ➡️ ", " ➡ ", " >> ", " = ", " :: ", " -- ", " - ", ":: ", ": ", "：", "＝", "= ", "; ",
    " | ", COLUMN_GAP, " ",
)  # (' | ' as a phone's notes or a chat type a pair, 'hello | hola': sitting 58, "cannot tell"; ' ' after a CJK term only; '―', the horizontal bar of Japanese word lists: '食べます（たべます）― to eat', T27-12;
# '; ' as a flashcard app's export with a custom separator writes it: 'osmosis; diffusion of water …', sitting 49;
# the long arrows a phone's or a math keyboard's symbols give, 'Epistemology ⟶ the study of knowledge', and '-->': sitting 55;
# the arrow emoji, 'France ➡️ Paris': sitting 57; ' -- ', a dash typed twice on a phone, 'diffusion -- particles move …': N60-2)
PAIR_MIN = 3  # lines of pairs that make a list of them
PAIR_SHARE = 0.9  # of the lines with text (headings and front matter aside)
PAIR_TERM_MAX = 60  # characters on the left: a word or a phrase, not a sentence
# a bullet or number before the pair; an emoji or shape a phone's notes use as a bullet ('🔹 ribosome -> makes proteins',
# '▪️ …', '👉 …': sitting 54, the front kept it; never a coloured circle, which marks a gender or a group: T38-9)
_PAIR_LEAD = re.compile(
    r"^\s*(?:[-*+•]|\d{1,3}[.)]|[▪▫◾◽◼◻■□●○◆◇►▶➤➔➜➡⇒👉📌📍🔹🔸🔷🔶🔺🔻🔘][\ufe0e\ufe0f]?)\s+"
)
_PAIR_SKIP = re.compile(r"^\s{0,3}#{1,6}\s|^\s*(?:<!--.*-->|---+|\*\*\*+)\s*$")  # headings, comments, rules
_LABEL_NUMBER = re.compile(r"^\s*[A-Za-z]{1,12}\s*\d{1,4}[a-z]?\s*$")  # 'Question 3', 'Q1': a label, not a term
# a term written as capitals and a number, 'S1', 'C5', 'IL6', 'B12', 'A1' (heart sounds, nerve roots, cytokines,
# vitamins, levels): a term before a spaced dash, arrow or '=' or in a column, never a question's or a part's label
_CODE_TERM = re.compile(r"^\s*(?P<letters>[A-Z]{1,3})\d{1,3}[a-z]?\s*$")
_CODE_LABELS = frozenset({"Q", "QN", "QU", "A", "ANS", "EX", "NO", "NR", "PT", "P"})
_ERA_YEAR = re.compile(r"^\s*(?:AD|CE|BCE?)\s*\d{1,4}\s*$")  # 'AD 79 — Vesuvius erupts': a timeline's year, no label


def _label_number(left: str, sep: str) -> bool:
    """Whether the left side of a line split on ``sep`` is a label and its number ('Question 3', 'Q1: …'), no term: a
    code term ('S1 – closure of the mitral and tricuspid valves', sitting 46 M12) is one unless its separator is a colon."""
    if not _LABEL_NUMBER.match(left) or _ERA_YEAR.match(left):
        return False
    code = _CODE_TERM.match(left)
    return code is None or sep.strip() in (":", "：") or code.group("letters") in _CODE_LABELS


_BRACKETS = ("()", "[]", "{}", "（）", "【】", "「」", "『』")


def opens_bracket(left: str) -> bool:
    """Whether ``left`` leaves a bracket open: a separator after it sits inside the brackets, an aside of a sentence
    ('Tip: … (los padres = mother and father).'), never the split between a term and its meaning (trial40 T40-1: the
    note was a card 'Tip: … (los padres' -> 'mother and father).')."""
    return any(left.count(o) > left.count(c) for o, c in _BRACKETS)


NOTE_WORDS = 5  # words at least of a sentence that is a note on a word list, not a term without its meaning
_NOTE_END = re.compile(r"[.!。！]['\"’”»)）\]]*\s*\W{0,3}$")


# a worksheet's line of fields for the student to fill: 'Name: __________   Date: ______   Period: ___' (a field filled
# in already may close it: '… Date: ______   Class: 7B'), 'Teacher's comments: ____________'
_FORM_FIELDS = re.compile(r"^\s*(?:[^\W\d_][\w .'’]{0,20}?[:：]?[ \t]*_{3,}[ \t]*){1,6}(?:[^\W\d_][\w .]{0,20}?[:：][ \t]*\S{1,12}[ \t]*)?$")


def form_line(text: str) -> bool:
    """A line of a form's fields to fill in, blanks after labels: no title and no text of the document's own."""
    return _FORM_FIELDS.match(text) is not None


def note_line(text: str, sep: str) -> bool:
    """Whether a line of a word list that splits into no pair is a note on the list ('Tip: the masculine plural covers
    mixed groups (los padres = mother and father).', 'Remember: el agua is feminine although it takes el.'): its
    separator only inside brackets, or a sentence of NOTE_WORDS words or more, never a term whose meaning is missing
    ('el gato') nor a question ('¿Qué hora es?'). Said as a note, not as a question without its answer (T40-1)."""
    if sep.strip() and sep in text:
        return True  # (split_on found it only inside brackets)
    return bool(_NOTE_END.search(text)) and len(text.split()) >= NOTE_WORDS


# a dash glued to the closing bracket before it, a space after it ('食べる（たべる）- to eat': an IME's full-width bracket
# looks spaced; 'gehen (ging)- to go')
_GLUED_DASH = re.compile(r"(?<=[)）\]】」』])(?=[-–—][ \t])")


def pair_text(line: str) -> str:
    """A pair line without the bullet or number before it ('- cane = dog' -> 'cane = dog'), a dash glued to a closing
    bracket spaced as the list's others are ('食べる（たべる）- to eat' -> '… （たべる） - to eat'; sitting 45 N13: 'cannot
    tell this document's layout')."""
    return spaced_dash(_PAIR_LEAD.sub("", line, count=1).strip())


def spaced_dash(text: str) -> str:
    """``text`` with a dash glued to the closing bracket before it spaced ('（たべる）- to eat' -> '（たべる） - to eat')."""
    return _GLUED_DASH.sub(" ", text)


_SECTION_LABEL = re.compile(r"^\s*[^\W\d_][^:：\n]{0,40}[:：]\s*$")  # 'Praca:', 'Tłumaczenia:': a section's label, no pair


def typed_notes(lines: list[str]) -> set[int]:
    """0-based lines of a list of pairs typed a line at a time (a phone's notes) that split on no separator and go on,
    in lower case, from the pair or such a note right above them, yet would have fit on that line: no line of the page
    is as wide as the line above with this one's first word, so no editor wrapped it there. A note of its own ('enzyme
    = biological catalyst' / 'denatured enzyme... shape of active site changed', 'hund - dog' / 'katt-cat'), never the
    wrapped rest of the pair's meaning: joined onto it, 'hund' -> 'dog katt-cat häst -horse' was a card and the notes'
    lines said nothing (sitting 62 N62-1). The reader says each as a line without its answer."""
    texts = [line.rstrip() for line in lines]
    width = max((len(t) for t in texts if t.strip()), default=0)
    fenced = list(in_fence(lines))
    found: set[int] = set()
    for k in range(1, len(texts)):
        text, above = texts[k].strip(), texts[k - 1]
        if not text or not above.strip() or fenced[k] or not text[:1].islower() or ends_complete(above):
            continue
        if len(texts[k]) - len(text) > len(above) - len(above.lstrip()):
            continue  # (indented under the line above: its example or its note, read with it)
        if split_pair(pair_text(texts[k]), PAIR_SEPARATORS) is not None:
            continue
        if k - 1 not in found and split_pair(pair_text(above), PAIR_SEPARATORS) is None:
            continue
        if _JOINING_WORD.match(text):
            continue  # ('schema = mental framework for organising info' / 'and for predicting what comes next': the
            # same sentence going on, however short the line above)
        if len(above) + 1 + len(text.split()[0]) <= width:
            found.add(k)
    return found


# a word that joins a line to the sentence above it: a conjunction, a preposition or a relative ('and …', 'of …',
# 'which …'), in the languages phone notes are typed in most
_JOINING_WORD = re.compile(
    r"(?i)^(?:and|or|but|nor|so|yet|for|of|to|with|without|which|that|who|whom|whose|in|on|at|by|from|as|than|because"
    r"|while|when|where|into|onto|over|under|between|about|after|before|like|plus|then|e\.g\.|i\.e\.|etc\.?"
    r"|und|oder|aber|mit|von|für|et|ou|mais|avec|de|du|des|y|o|pero|con|del|e|ma|och|eller|men|med|en|и|или|но|с|в)\b"
)


def pair_separator(lines: list[str], phone: bool = True) -> tuple[str, int] | None:
    """``(separator, pairs)`` when nearly every line with text splits once on the same separator into a
    term (a short left side, distinct from line to line: 'Q:' / 'A:' labels are no terms) and its
    meaning, else None. Headings, comments and rules are not counted (a list may sit under '# Vocab').
    ``phone``: in a list that mixes its separators, a line parted by dots or '??' after its term is a pair too
    (:func:`phone_pair`)."""
    start = (front_matter_end(lines) or -1) + 1
    labelled = sum(1 for line in lines[start:] if answer_labelled(line.strip()) or has_answer_label(line.strip()))
    if labelled >= PAIR_MIN:
        return None  # ('1. Balance: H₂ + O₂ → H₂O' / '   **Answer:** 2H₂ + O₂ → 2H₂O': questions and their answers, N41)
    examples = example_lines(lines[start:])  # (an example under each word is part of its back: T27-23)
    body = [
        pair_text(line)
        for k, (line, fenced) in enumerate(zip(lines[start:], in_fence(lines[start:]), strict=True))
        if line.strip() and not fenced and not _PAIR_SKIP.match(line) and not _SECTION_LABEL.match(line) and k not in examples
    ]
    # (a separator of the writer's own choosing on every line, Quizlet's custom one: 'Mitosis ;; cell division …')
    custom = _custom_separator(body) if 2 * sum(split_pair(text, PAIR_SEPARATORS) is not None for text in body) < len(body) else ""
    if body and split_pair(body[0], PAIR_SEPARATORS) is None and not any(_fields_on([body[0]] * PAIR_MIN, sep) for sep in _FIELD_SEPARATORS) and not (custom and custom in body[0]):
        body = body[1:]  # 'Unit 5 vocabulary' over the list: its title (trial9 T18)
    elif custom and custom not in body[0] and len(body) > PAIR_MIN and all(custom in text for text in body[1:]):
        body = body[1:]  # ('French - everyday phrases' over 'Bonjour / Hello' lines: a title that splits on another mark, sitting 56)
    elif len(body) > PAIR_MIN and (sep := next((s for s in _FIELD_SEPARATORS if _fields_on(body[1:], s)), "")) and body[0].count(sep) < 2:
        body = body[1:]  # 'Cardiology drugs — quick list' over 'Metoprolol — beta blocker — hypertension' lines: a title (sitting 47)
    if len(body) < 2:
        return None
    # each line split on the first separator that splits it once: sections of one list may write theirs
    # differently ('la cuisine — the kitchen', then 'le lit = the bed', then 'ranger : to tidy up': learner2 M41)
    # (a Markdown table's rows are cells, never a pair: '| Force | $F = ma$ | newton (N) |' split on its formula's '='
    # made a card '| Force | $F' => 'ma$ | newton (N) |' of each row, sitting 50 N12)
    table = any(_TABLE_RULE.match(line) for line in lines[start:])
    split = [None if table and _TABLE_ROW.match(text) else split_pair(text, PAIR_SEPARATORS) for text in body]
    if phone and not table and len({found[0] for found in split if found is not None and found[0].strip()}) >= 2:
        # phone notes that already mix their separators ('GDP = …', 'inflation -> …', 'opportunity cost: …'): a line
        # parted by dots or '??' after its term is one more pair ('elasticity... how much …', sitting 62 N61-3)
        split = [found if found is not None else phone_pair(text) for found, text in zip(split, body, strict=True)]
    if sum(found is not None for found in split[1:]) < PAIR_MIN and (numbered := _numbered_terms(body)) is not None:
        # 'Section 302 – Punishment for murder' on every line, under a title that is no term (trial33 T33-19)
        body, split = (body, numbered) if numbered[0] is not None else (body[1:], numbered[1:])
    if custom:
        split = [(custom, *parts) if (parts := text.split(custom))[0].strip() and len(parts) == 2 and parts[1].strip() else None for text in body]
    once = Counter(found[0] for found in split if found is not None)
    usual = once.most_common(1)[0][0] if once else ""
    if not (usual.strip() and once[usual] >= PAIR_MIN):
        # 'el perro - the dog - El perro ladra mucho.': a word, its meaning and an example, three fields a line on the same
        # spaced separator, which no line holds once (trial32 T32-45: 'cannot tell this document's layout')
        fields = next((sep for sep in _FIELD_SEPARATORS if _fields_on(body, sep)), "")
        usual = fields or usual
    spread = False  # the separator chosen by where the lines split first
    if not (usual.strip() and (once[usual] >= PAIR_MIN or _fields_on(body, usual))):
        # ('photosynthesis - process by which … - needs light' among 'respiration - release of energy …': half the lines
        # split once, the rest hold the separator again in their meaning, so neither count reached a list; sitting 57
        # newdocs d/77, no card from the file): the spaced separator nearly every line splits at first into a term
        firsts = Counter(sep for sep in PAIR_SEPARATORS if sep.startswith(" ") for text in body if split_first(text, sep) is not None)
        common = firsts.most_common(1)[0] if firsts else ("", 0)
        if common[1] >= max(PAIR_MIN, PAIR_SHARE * len(body)) and once[common[0]] >= 1:
            usual, spread = common[0], True
    if usual.strip() and usual.startswith(" ") and (once[usual] >= PAIR_MIN or _fields_on(body, usual) or spread):
        # 'advocate - to speak in favor of - one who supports a cause' among 'abate - to lessen …': a meaning that holds
        # the list's separator again still splits once, at its first (trial18 T18-70: one such line, no card at all)
        split = [found if found is not None else split_first(text, usual) for found, text in zip(split, body, strict=True)]
    if usual in _LONG_TERM_SEPARATORS and once[usual] >= PAIR_MIN:
        # 'Bolam v Friern Hospital Management Committee [1957] 1 WLR 582 – standard of care …' among shorter case names:
        # a term with its citation, longer than a word list's, on the separator every other line splits on once (T34-9)
        split = [found if found is not None else _long_term(text, usual) for found, text in zip(split, body, strict=True)]
    split = [None if table and _TABLE_ROW.match(text) else found for found, text in zip(split, body, strict=True)]
    terms = [found[1].strip().lower() for found in split if found is not None]
    least = PAIR_MIN if len(terms) < len(body) else 2  # (two pairs and nothing else: a first try, trial10 P27)
    # (a lesson that repeats its pairs in a 'Tłumaczenia:' section: the same term AND meaning again is a repeat, not a
    # label whose left side repeats, trial15 T15-91)
    pairs = {(found[1].strip().lower(), found[2].strip().lower()) for found in split if found is not None}
    # a note that closes the list ('**Tipp:** Lerne jedes Nomen immer mit Artikel!' under a German word list, sitting 41:
    # the page was one card) is said as such by the reader, not counted against its pairs: its last line only
    last = next((line for line in reversed(lines) if line.strip()), "")
    closing = (
        split[-1] is None and note_line(body[-1], usual) and all(found is not None for found in split[-4:-1])
        and pair_text(last) == last.strip()  # (a numbered or bulleted entry is one of the list's: '4. … — **False**')
        and usual.strip() not in body[-1]  # (a sentence holding the separator: the list's own line, T35's long term)
    )
    counted = len(body) - closing
    asked = asked_pairs(body, split)
    if len(asked) >= len(terms):
        asked = []  # (questions over their answers are the pairs' company only: a Q&A page is read as one)
    fits = len(terms) + 2 * len(asked) >= max(least, PAIR_SHARE * counted) and len({term for term, _ in pairs}) >= 0.8 * len(pairs)
    if not fits and len(terms) >= PAIR_MIN and len({term for term, _ in pairs}) >= 0.8 * len(pairs):
        # (a phone's notes: pairs typed a line each, among them a line of a note, 'active transport needs atp', that
        # is no wrapped meaning: said by the reader as a line without its answer, not counted against the pairs; N62-1)
        notes = {pair_text(lines[n]) for n in typed_notes(lines) if n >= start}
        noted = sum(1 for text, found in zip(body, split, strict=True) if found is None and text in notes)
        fits = 0 < noted < len(terms) and len(terms) + 2 * len(asked) >= PAIR_SHARE * (counted - noted)
    if not fits:
        return None
    used = Counter(found[0] for found in split if found is not None)
    return used.most_common(1)[0][0], len(terms)


def asked_pairs(body: list[str], split: list[tuple[str, str, str] | None]) -> list[int]:
    """The lines of ``body`` that ask (end with a question mark) and split on no separator, each over a line that
    neither splits nor asks: a question over its answer among a list's pairs, as phone notes mix them ('what does the
    nucleus do?' / 'holds DNA, controls cell' among 'golgi = packages + ships proteins': N60-2, no card at all)."""
    out: list[int] = []
    k = 0
    while k + 1 < len(body):
        text, below = body[k].rstrip(), body[k + 1].rstrip()
        if split[k] is None and split[k + 1] is None and text.rstrip(CLOSERS).endswith(QUESTION_MARKS) and not below.rstrip(CLOSERS).endswith(QUESTION_MARKS):
            out.append(k)
            k += 2
            continue
        k += 1
    return out


# a term and its meaning parted by marks phone notes type among their spaced '=' and arrows: dots glued to the term,
# 'elasticity... how much demand changes …', or doubled question marks after a question, "what's a monopoly?? one
# seller, …" (sitting 62 N61-3: each went on as the wrapped rest of the pair above). A term is a few words with no
# sentence's punctuation; the dots are three or '…' glued to it, never a blank to fill ('The … is the powerhouse').
_PHONE_PAIR = re.compile(r"^(?P<left>[^\W\d_][^.?!…:;=\n]{0,59}?(?:[^\s.?!…:;=]\.{3}|[^\s.?!…:;=]…|[ \t]?\?{2,}))[ \t]+(?P<right>[^\s.…].*)$")


def phone_pair(text: str) -> tuple[str, str, str] | None:
    """``(separator, term, meaning)`` of a line of phone notes parted by '...' / '…' or '??' after its term ("what's a
    monopoly?? one seller" -> the front "what's a monopoly?", it asks), else None. Read only in a list that already
    mixes its separators (:func:`pair_separator`, the delimited reader's mixed reading), where such a line is one more
    pair, never the wrapped rest of the line above."""
    found = _PHONE_PAIR.match(text.strip())
    if found is None or len(found.group("left").split()) > 6:
        return None
    left, right = found.group("left").rstrip(".?… \t"), found.group("right").strip()
    if found.group("left").endswith("?"):
        return "?? ", left + "?", right
    return "... ", left, right


# a separator of the writer's own, four characters at most: a mark said two to four times (';;', '||', '~~', '>>>'), or
# two marks with a space each side (' ;; ', ' |> '); never a link's '//', money or a percentage ('1. …?    // amino
# acids' is the numbered reading's, learner4 N68)
# (or a slash between spaces, 'la manzana / the apple': a word list's own separator, sitting 49 'cannot tell')
_CUSTOM_TOKEN = re.compile(r"[ \t][;|~\\:=>+^]{2}[ \t]|(?P<mark>[;|~\\=>+^])(?P=mark){1,3}| / ")


def _custom_separator(body: list[str]) -> str:
    """A run of two to four marks that nearly every line (PAIR_SHARE, PAIR_MIN at least) holds exactly once, with the
    same spaces around it, between text on both sides: the separator a writer chose for a flashcard export
    ('Mitosis ;; cell division producing …', 'Mitosis;;cell division …', Quizlet's custom separator; sitting 45 N10:
    'cannot tell this document's layout'); else ''."""
    seen: Counter[str] = Counter()
    titled = 0  # (a first line that holds none, 'Spanish food vocabulary': the list's title, not one of its lines)
    for k, text in enumerate(body):
        tokens = [m.group() for m in _CUSTOM_TOKEN.finditer(text) if m.start() > 0 and m.end() < len(text)]
        seen.update({t for t in tokens if tokens.count(t) == 1 and text.count(t.strip()) == 1})
        titled += not k and not tokens
    token, count = seen.most_common(1)[0] if seen else ("", 0)
    return token if count >= max(PAIR_MIN, PAIR_SHARE * (len(body) - titled)) else ""


_LONG_TERM_SEPARATORS = (" — ", " – ", " ― ", " -> ", " → ", " = ")  # (spaced dashes and arrows: a sentence's ':' is none)


def _long_term(text: str, sep: str) -> tuple[str, str, str] | None:
    """``(sep, term, meaning)`` of a line split once on ``sep`` whose term is up to twice a word list's longest, no
    sentence and no label (a case name and its citation, a treaty and its date), else None."""
    left, found, right = text.partition(sep)
    if not found or sep in right or not right.strip() or len(left) > 2 * PAIR_TERM_MAX or _label_number(left, sep) or opens_bracket(left):
        return None
    if left.rstrip().endswith((".", "?", "!", "。", "？", "！", ":", ";")) or has_question_label(text) or has_answer_label(text):
        return None
    return sep, left, right


def _numbered_terms(body: list[str]) -> list[tuple[str, str, str] | None] | None:
    """The lines split into terms that are a word and a number and their meanings, when every line but a title is
    one ('Section 302 – Punishment for murder', 'Article 21 – Protection of life', '§ 823 – Schadensersatz'): a law
    student's list of sections, each line the number and what it says. A term such as 'Question 3' is a label
    elsewhere (its text a question, a heading over text): here no line holds anything else, and none asks."""
    split = [split_pair(text, PAIR_SEPARATORS, numbered=True) for text in body]
    terms = [found for found in split[1:] if found is not None]
    if len(terms) < PAIR_MIN or len(terms) < len(body) - 1 or any(right.rstrip().endswith(QUESTION_MARKS) for _, _, right in terms):
        return None
    if len({left.split()[0].casefold() for _, left, _ in terms if left.split()}) != 1 or not all(_NUMBERED_TERM.match(left) for _, left, _ in terms):
        return None
    return split if split[0] is not None and _NUMBERED_TERM.match(split[0][1]) else [None, *split[1:]]


# a word (or '§') and a number, maybe a letter and a code after it: 'Section 304B', 'Art. 21', '§ 823 BGB'
_NUMBERED_TERM = re.compile(r"^\s*(?:[^\W\d_]{1,12}\.?|§{1,2})\s*\d{1,4}[A-Za-z]?(?:\s+[A-Z]{2,6})?\s*$")


FIELDS_MAX = 4  # fields a line of a word list holds: a word, its meaning, an example, a note
def fields_on(lines: list[str], sep: str) -> bool:
    """Whether the lines that hold ``sep`` are a word list of three fields or more a line ('el perro - the dog - El perro
    ladra mucho.'): the meaning ends at the second ``sep``, what follows it (an example) is a field of its own."""
    body = [pair_text(line) for line in lines if sep in line]
    first = next((line for line in lines if line.strip()), "")
    if sep in first and pair_text(first).count(sep) == 1 and len(body) > PAIR_MIN:
        body = body[1:]  # ('Italian - week 4' over 'mangiare - to eat - Mangio la pasta …': the list's title; sitting 58)
    return bool(sep.strip()) and _fields_on(body, sep)


PARTS_MIN = 3  # forms of a word before its gloss that make a line its principal parts ('gehen – ging – gegangen – to go')
FORM_WORDS = 3  # words at most of one form ('ist gegangen', 'have been')
GLOSS_WORDS = 6  # words at most of the gloss after the forms
_PART_DASHES = frozenset((" — ", " – ", " ― ", " - "))


def principal_parts(text: str, sep: str) -> bool:
    """Whether a line is a word's principal parts then its gloss, all joined by one spaced dash (``gehen – ging –
    gegangen – to go``, ``go - went - gone - ir``): PARTS_MIN forms or more, each a word or a few, then a short gloss,
    no sentence among them. The whole line is what is learned, one card (sitting 44: 'ging' was the answer, the rest
    a second paragraph); never a word, its meaning and an example (``el perro - the dog - El perro ladra mucho.``)."""
    if sep not in _PART_DASHES:
        return False
    *forms, gloss = (part.strip() for part in text.split(sep))
    if len(forms) < PARTS_MIN or not gloss or len(gloss.split()) > GLOSS_WORDS or gloss.endswith(("?", "？", ":", "：", ";")):
        return False
    return all(form and len(form.split()) <= FORM_WORDS and not _ENDS_SENTENCE.search(form) for form in forms)


_FIELD_SEPARATORS = tuple(sep for sep in PAIR_SEPARATORS if sep.strip() and sep.startswith(" ") and sep != " | ")  # (' - ', ' = ' …; a
# bar twice on a line is a table's row)


def _fields_on(body: list[str], sep: str) -> bool:
    """Whether nearly every line splits on ``sep`` into a few fields (three at least: an example may hold it again),
    PAIR_MIN lines at least."""
    split = sum(1 for text in body if 2 <= text.count(sep) <= FIELDS_MAX)
    return split >= max(PAIR_MIN, PAIR_SHARE * len(body))


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af々〆ー"
_CJK_TERM = re.compile(rf"^[{_CJK}]{{1,12}}$")  # a word of Chinese, Japanese or Korean, no space in it
# a Chinese or Japanese sentence with its stop, no space in it ('我是学生。', '你叫什么名字？'): the front of a sentence list
# written with its translation after a space ('我是学生。 I am a student.'; sitting 52 N37: no card from the file)
_CJK_SENTENCE = re.compile(rf"^[{_CJK}，、「」0-9]{{1,40}}[。？！]$")
# a sentence in Korean (or Chinese, Japanese) written with spaces, its stop, then its translation in Latin letters
# ('저는 학생입니다. I am a student.', '이름이 뭐예요? What is your name?'): split where the translation starts (sitting 52
# N40: split at the first space, '저는' => '학생입니다. I am a student.')
_SPACED_SENTENCE = re.compile(rf"^(?P<left>[{_CJK}][{_CJK} ，、,0-9]{{0,60}}[.?!。？！])[ \t]+(?P<right>[\"'“‘(]?[A-Za-z\u00c0-\u024f].*)$")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]")
_KANA_ONLY = re.compile("^[\u3040-\u30ffー]+$")  # 'いぬ': a kanji's reading
# a pinyin word with a tone mark ('ài', 'bàba', 'Běijīng', 'nǚ'): a Chinese word's reading
_PINYIN = re.compile("^(?=.*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ])[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ']+$")


def reading_apart(term: str, back: str) -> tuple[str, str] | None:
    """``(reading, meaning)`` of the back of a CJK term written on one line with both (``爱 ài to love``, ``犬 いぬ
    dog``): its first word when kana (under a kanji term) or tone-marked pinyin (two such words at most), then the
    meaning; None when it opens with neither or holds nothing else (sitting 51: 'ài to love' was one line, the reading
    glued to the meaning)."""
    words = back.split()
    if not _CJK_TERM.match(term.strip()) or len(words) < 2:
        return None
    kana = bool(_HAN.search(term)) and _KANA_ONLY.match(words[0]) is not None
    count = 1 if kana else next((k for k, w in enumerate(words) if not _PINYIN.match(w)), len(words))
    if not count or count == len(words) or count > 2:
        return None  # (no reading first, a reading alone, or a run of toned words: a sentence, not a word's reading)
    return " ".join(words[:count]), " ".join(words[count:])


def split_first(text: str, sep: str) -> tuple[str, str, str] | None:
    """``(sep, term, meaning)`` of a line split at the first ``sep`` (the meaning may hold it again), as :func:`split_pair`
    takes a term; None when the left side is no term."""
    if has_question_label(text) or has_answer_label(text):
        return None
    left, found, right = text.partition(sep)
    if found and left.strip() and right.strip() and len(left) <= PAIR_TERM_MAX and not _label_number(left, sep) and not opens_bracket(left):
        return sep, left, right
    return None


_BOLD_PAIR_TERM = re.compile(r"^\s*(\*\*|__)[^*_\n]{1,60}?\1")  # a pair's term in bold at the line's start


_GAP = re.compile(r" {2,}|\t")
_MATCH_CHOICE = re.compile(r"^(?:\(?[A-Za-z]\)|[A-Za-z][.)])\s")  # 'a. Germany', '(b) Italy': a lettered choice to match
_ENDS_SENTENCE = re.compile(r"[.!?。！？:;]\s*$")


def split_gap(text: str) -> tuple[str, str, str] | None:
    """``(COLUMN_GAP, left, right)`` of a line of two columns: one run of two spaces or more (or a tab) between a
    short left side that ends no sentence ('The cat sat.  It purred.' is prose typed with two spaces) and the right."""
    gaps = list(_GAP.finditer(text.strip()))
    if len(gaps) != 1:
        return None
    left, right = text.strip()[: gaps[0].start()], text.strip()[gaps[0].end() :]
    if _MATCH_CHOICE.match(right):
        return None  # ('1. Paris          a. Germany': the two columns of a matching exercise, no pair: T27-52)
    if left and right and len(left) <= PAIR_TERM_MAX and not _ENDS_SENTENCE.search(left) and not _label_number(left, COLUMN_GAP):
        return COLUMN_GAP, left, right
    return None


def split_on(text: str, sep: str) -> tuple[str, str, str]:
    """``(left, found, right)`` as ``str.partition``, the column gap a run of spaces however long."""
    if sep == COLUMN_GAP:
        found = split_gap(text)
        return (found[1], COLUMN_GAP, found[2]) if found else (text, "", "")
    if sep == " " and (spaced := _SPACED_SENTENCE.match(text)) is not None:  # ('저는 학생입니다. I am a student.': N40)
        return spaced.group("left"), sep, spaced.group("right")
    left, found, right = text.partition(sep)
    return (text, "", "") if found and opens_bracket(left) else (left, found, right)


# a line that gives an example of the word above it, by its label ('例：毎朝パンを食べます。', '예문: 사과를 먹어요.')
EXAMPLE_LABEL = re.compile(
    r"(?i)^\s*(?:例文?|例句|用例|예문|예시|e\.\s?g\.|ex\.?|examples?(?:\s+sentences?)?|beispiel(?:satz|e)?|bsp\.|ejemplos?|exemples?|esempi[oi]"
    r"|exemplos?|voorbeeld|przykład(?:y)?|пример(?:ы)?|приклад|ví\s+dụ|contoh|örnek|مثال)\s*[:：]"
)


NESTED_TERMS_MIN = 3  # pairs nested under one pair that make them its group of terms, each a card, not its note


def example_lines(lines: list[str]) -> set[int]:
    """0-based lines that give an example of the pair right above them: labelled as one ('例：…', '예문: …') or
    indented under it ('das Haus, Häuser – house' over '  Unser Haus hat einen Garten.'): part of that pair's back,
    never a pair or a question of their own (T27-12, T27-23). A nested line that splits is its pair's note too ('- el
    cuchillo: the knife' / '  - also: a blade': T60-4, it was a card 'also' -> 'a blade'), unless NESTED_TERMS_MIN
    lines or more nested under the pair split, none of them labelled an example: then they are a group of terms under
    it, a card each, as before ('- Cloud models: …' / '  - IaaS: …' / '  - PaaS: …' / '  - SaaS: …')."""
    found: set[int] = set()
    pair_indent: int | None = None  # the indent of the pair the lines so far belong to
    nested: list[tuple[int, bool]] = []  # the lines nested under that pair so far: (line, whether it splits)

    def close() -> None:
        split = [n for n, splits in nested if splits and not EXAMPLE_LABEL.match(pair_text(lines[n]))]
        found.update(n for n, splits in nested if not splits or len(split) < NESTED_TERMS_MIN or n not in split)
        nested.clear()

    for n, line in enumerate(lines):
        if not line.strip():
            close()
            pair_indent = None
            continue
        splits = split_pair(pair_text(line), PAIR_SEPARATORS) is not None
        if pair_indent is not None and EXAMPLE_LABEL.match(line):
            found.add(n)
            continue
        if pair_indent is not None and _indent_of(line) > pair_indent:
            nested.append((n, splits))
            continue
        close()
        pair_indent = _indent_of(line) if splits and not EXAMPLE_LABEL.match(line) else None
    close()
    return found


def continued_lines(lines: list[str], sep: str) -> set[int]:
    """0-based lines that go on with the definition of the card their block opens: an export whose cards stand apart by
    blank lines (Quizlet's custom row separator), each opening with its term, ``sep`` and the definition's first line,
    the definition's further lines under it with no ``sep`` ('photosynthesis<TAB>process in chloroplasts' / 'light + CO2
    + water -> glucose'; trial32 T32-46: each such line was a question with no answer). None unless every block opens
    so, PAIR_MIN blocks at least."""
    blocks: list[list[int]] = []
    for n, line in enumerate(lines):
        if not line.strip():
            blocks.append([])
        elif blocks and blocks[-1]:
            blocks[-1].append(n)
        else:
            blocks.append([n])
    blocks = [b for b in blocks if b]
    opens = [b for b in blocks if split_on(pair_text(lines[b[0]]), sep)[1]]
    rest = [n for b in blocks for n in b[1:]]
    if len(opens) < max(PAIR_MIN, len(blocks)) or not rest or any(split_on(pair_text(lines[n]), sep)[1] for n in rest):
        return set()
    return set(rest)


# TERM_BELOW: the separator of a glossary whose terms stand on lines of their own, each meaning indented under its term
TERM_BELOW = "\n"
# the end matter of a page copied from a wiki or a book: no terms ('See also', 'References', 'Weblinks', '参考文献')
BACK_MATTER = re.compile(
    r"(?i)^\s*(?:see\s+also|references|external\s+links|further\s+reading|bibliography|sources|notes|footnotes"
    r"|siehe\s+auch|einzelnachweise|literatur|weblinks|anmerkungen|voir\s+aussi|références|notes\s+et\s+références"
    r"|liens\s+externes|bibliographie|véase\s+también|referencias|enlaces\s+externos|bibliografía|veja\s+também"
    r"|referências|ligações\s+externas|vedi\s+anche|note|collegamenti\s+esterni|см\.?\s+также|примечания|литература"
    r"|ссылки|参见|参考文献|外部链接|関連項目|脚注|外部リンク|같이\s+보기|각주|외부\s+링크)\s*[:：]?\s*$"
)
_LETTER_HEADING = re.compile(r"^\s*(?:\w|\w\s*[–—-]\s*\w)\s*$")  # 'A', 'B', 'A–C': a glossary's index letters


def letter_heading(line: str) -> bool:
    """'A', 'Ä', 'A–C' alone on a line: the index letter a glossary's terms are filed under, no term."""
    return bool(_LETTER_HEADING.match(line)) and not line.strip().isdigit()


def _titles_terms(lines: list[str], below: list[int]) -> bool:
    """Whether the lines ``below`` a line are terms at one depth each over deeper lines (two terms at least, every line
    at the shallowest depth followed by a deeper one): the line above titles an indented glossary."""
    depths = [_indent_of(lines[k]) for k in below]
    top = min(depths)
    heads = [j for j, d in enumerate(depths) if d == top]
    return len(heads) >= 2 and len(set(depths)) == 2 and all(j + 1 < len(depths) and depths[j + 1] > top for j in heads)


def terms_below(lines: list[str]) -> list[tuple[int, list[int]]]:
    """``(term line, meaning lines)`` of a glossary that writes each term on a line of its own, unindented and short,
    its meaning on the lines right under it, indented ('abaxial' / '    The side of an organ facing away …', as a wiki
    glossary copied as text: T27-3). Index letters ('A') and the end matter ('See also', 'References') are none."""
    found: list[tuple[int, list[int]]] = []
    n = 0
    base = 0  # the depth of the terms: deeper under a title line that heads them all (N60-13)
    while n < len(lines):
        line, depth = lines[n], _indent_of(lines[n])
        below: list[int] = []
        while n + 1 + len(below) < len(lines) and lines[k := n + 1 + len(below)].strip() and _indent_of(lines[k]) > depth:
            below.append(k)
        term = line.strip()
        if below and term and not found and _titles_terms(lines, below):
            # ('Anatomy – bones' over '\tSkull' / '\t\tprotects the brain' …: the outline's title, its terms indented once)
            base = min(_indent_of(lines[k]) for k in below)
            n += 1
            continue
        if (
            below
            and term
            and 0 <= _indent_of(line) - base <= 3
            and len(term) <= PAIR_TERM_MAX
            and not _ENDS_SENTENCE.search(term)
            and not letter_heading(line)
            and not BACK_MATTER.match(line)
        ):
            found.append((n, below))
            n = below[-1] + 1
            continue
        n += 1
    return found


_ARROWS = ("->", "→", "=>", "⇒")
_EQUATION_NAME = re.compile(r"^[^\W\d_][^:：+=→⇒]{0,50}?[:：][ \t]+(?P<lhs>\S.*)$")


def _named_equation(left: str, right: str, equals: bool = False) -> bool:
    """Whether an arrow's sides are a reaction or an equation after its name ('Neutralisation: HCl + NaOH' → 'NaCl +
    H₂O'): the name and its colon before it, a '+' on a side; or, ``equals``, a formula's left side a symbol or two
    after its name ('Speed: v' = 'd / t') (sitting 54: split at the arrow or '=', the name went on the front with half
    the reaction or the formula)."""
    m = _EQUATION_NAME.match(left.strip())
    if m is None:
        return False
    return len(m.group("lhs").split()) <= FORMULA_SIDE_WORDS if equals else ("+" in m.group("lhs") or "+" in right)


FORMULA_SIDE_WORDS = 2  # words at most of a named formula's left side ('Speed: v = d / t', 'Kinetic energy: KE = …')


def split_pair(text: str, separators: tuple[str, ...], numbered: bool = False) -> tuple[str, str, str] | None:
    """``(separator, term, meaning)`` for the first of ``separators`` that splits ``text`` once into a short term
    (not a label such as 'Question 3', unless ``numbered``: a list of such terms, :func:`pair_separator`) and its
    meaning, else None."""
    if has_question_label(text) or has_answer_label(text) or answer_labelled(text):
        return None  # 'Q：…' / '答：…': a question's or an answer's label, never a term (learner2 M36); '**Answer:** 2H₂ + O₂ → 2H₂O' (N41)
    bold = _BOLD_PAIR_TERM.match(text)
    if bold is not None:  # '**la mairie** = the town hall — *La mairie est …*': the separator right after the bold term (T27-24)
        after = text[bold.end() :]
        sep = next((sep for sep in separators if sep.strip() and after.startswith(sep) and after[len(sep) :].strip()), None)
        if sep is not None and text.find(sep) == bold.end():
            return sep, text[: bold.end()], after[len(sep) :]
    for sep in separators:
        if sep == COLUMN_GAP:
            if (gap := split_gap(text)) is not None:
                return gap
            continue
        if sep == " ":  # '犬 いぬ dog', '苹果 píngguǒ apple', '사과 apple': a CJK term, then its reading and meaning (P34)
            left, found, right = text.partition(sep)
            meaning = _LATIN.search(right) is not None  # ('dog', 'píngguǒ'; Korean prose split by spaces is no pair)
            if found and _CJK_SENTENCE.match(left) and meaning:
                return sep, left, right
            spaced = _SPACED_SENTENCE.match(text)  # ('저는 학생입니다. I am a student.': Korean spaces its words, N40)
            if spaced is not None:
                return sep, spaced.group("left"), spaced.group("right")
            if found and _CJK_TERM.match(left) and (meaning or (_HAN.search(left) and _KANA_ONLY.match(right.strip()))):
                return sep, left, right
            continue
        left, found, right = text.partition(sep)
        if found and sep == " | " and (text.lstrip().startswith("|") or text.rstrip().endswith("|")):
            continue  # ('| 200 | OK |': a table's row, never a pair parted by its bar; sitting 58)
        if found and sep.strip() == "=" and (left.endswith("=") or right.startswith("=")):
            continue  # ('The ==nucleus== contains …': a highlight's marks, never a pair's '='; sitting 54)
        if found and sep.strip() in (*_ARROWS, "=") and _named_equation(left, right, sep.strip() == "="):
            continue  # ('Combustion of methane: CH₄ + 2O₂ → CO₂ + 2H₂O', 'Speed: v = d / t': the arrow or '=' is the
            # reaction's or the formula's, the name before its colon the term)
        if (
            found
            and not _in_maths(left)
            and sep not in right
            and left.strip()
            and right.strip()
            and len(left) <= PAIR_TERM_MAX
            and (numbered or not _label_number(left, sep))
            and not opens_bracket(left)
            and (sep != "; " or _SEMICOLON_TERM.match(left.strip()) is not None)
        ):
            return sep, left, right
    return None


# the term before '; ' in a pair: a few words, no sentence's punctuation ('osmosis; …', 'la manzana; …'); never the first
# clause of a sentence ('The right side pumps deoxygenated blood to the lungs; the left side …', wrapped over lines)
_SEMICOLON_TERM = re.compile(r"^[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,3}$")


_DOLLAR = re.compile(r"(?<!\\)\$")  # a '$' that opens or closes TeX maths, never an escaped '\$'


def _in_maths(left: str) -> bool:
    """Whether text ending at a separator leaves TeX maths open: the separator is the formula's ('**Sample mean:**
    $\\bar{x} = \\frac{1}{n}…$': sitting 47, the '=' split the formula into a card's front and back)."""
    return "$" in left and len(_DOLLAR.findall(left)) % 2 == 1


# A checkbox option ('- [ ] grep', '- [x] tail -f'), as GitHub task lists and mkdocs-quiz write them.
CHECKBOX = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\[(?P<mark>[ xX])\][ \t]+\S")
QUIZ_TAG = re.compile(r"^[ \t]*</?quiz\b[^>]*>[ \t]*$", re.M | re.I)  # mkdocs-quiz's <quiz> … </quiz> wrapper


_FENCE_CLOSE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$")  # a code fence's closing line


def checkbox_stems(lines: list[str]) -> set[int]:
    """0-based lines of the text right above a run of checkbox options (at most one blank line between, or the code
    it asks about) that marks at least one ``[x]``: a quiz question, whatever it ends with. A checklist with nothing
    ticked (a to-do list) asks nothing."""
    found: set[int] = set()
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not CHECKBOX.match(lines[k]):
            k += 1
            continue
        start, marks = k, 0
        while k < len(lines) and not fenced[k] and (m := CHECKBOX.match(lines[k])):
            marks += m.group("mark") != " "
            k += 1
        above = start - 1
        if above >= 0 and not lines[above].strip():
            above -= 1
        if above >= 0 and fenced[above] and lines[above].strip() and _FENCE_CLOSE.match(lines[above]):
            # ('What is the answer to the following sum?' / '```' / '2 + 2' / '```' / '- [x] 4': the code the question is
            # about stands between it and its options, T45-4)
            while above >= 0 and fenced[above]:
                above -= 1
            if above >= 0 and not lines[above].strip():
                above -= 1
        text = lines[above] if above >= 0 else ""
        if (
            marks and k - start >= 2 and text.strip() and not fenced[above] and not CHECKBOX.match(text)
            and not QUIZ_TAG.match(text) and not _TODO_HEAD.match(text)
        ):  # fmt: skip
            found.add(above)
    return found


def todo_page(lines: list[str]) -> bool:
    """A page that is only a to-do list: checkbox entries ('- [x] Review [[Cell biology]]', '- [ ] Finish lab report'),
    with at most a few headings ('# 2026-11-30', '## To do') and ``key:: value`` fields ('Mood:: 7') beside them — a
    daily note or a planner's list, no text to learn (trial28 T28-40: its ticked entry was a quiz's right option)."""
    end = front_matter_end(lines)
    body = [line for line in lines[(end + 1 if end is not None else 0) :] if line.strip()]
    boxes = sum(1 for line in body if CHECKBOX.match(line))
    heads = sum(1 for line in body if _ATX_LINE.match(line))
    rest = [line for line in body if not CHECKBOX.match(line) and not _ATX_LINE.match(line) and not _ANY_FIELD.match(line)]
    return boxes >= 1 and not rest and heads <= TODO_HEADINGS and (heads == 0 or any(_TODO_HEAD.match(line) for line in body))


TODO_HEADINGS = 4  # a to-do page's list names ('## To do', '## Doing', '## Done') or its date at most
_ATX_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S")
_ANY_FIELD = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?[^\W\d_][\w -]{0,30}::[ \t]*\S?")  # 'Mood:: 7', 'energy:: high'


def title_properties(lines: list[str]) -> list[str]:
    """The page's lines with the property block under its title blanked: a paragraph right under the '# Title' line
    whose every line is a page property, ``Tags: Exam, Semester 1`` / ``Created: November 3, 2026 4:12 PM`` / ``Last
    edited: …`` / ``Status: In progress`` (a Notion page exported as Markdown, trial29 T29-25: 'text outside any
    question' three times), a known property's name or a date as its value. The same list when there is none."""
    end = front_matter_end(lines)
    k = next((i for i in range((end + 1) if end is not None else 0, len(lines)) if lines[i].strip()), None)
    if k is None or not _TITLE_HEADING.match(lines[k]):
        return lines
    start = next((i for i in range(k + 1, len(lines)) if lines[i].strip()), None)
    if start is None or start == k + 1:
        return lines
    stop = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    block = lines[start:stop]
    fields = [_TITLE_PROPERTY.match(line) for line in block]
    known = [m is not None and (m.group("key").strip().lower() in _PROPERTY_NAMES or _DATE_VALUE.match(m.group("value"))) for m in fields]
    answers = [n for n, m in enumerate(fields) if m is not None and _ANSWER_PROPERTY.fullmatch(m.group("key").strip())]
    if len(answers) == 1 and all(known[n] or n in answers for n in range(len(block))):
        # a Notion flashcard database's page: '# Who wrote Hamlet?' / 'Answer: Shakespeare' / 'Tags: Literature': the
        # answer property is the answer, under the title; the other properties a paragraph after it (T32-47: 'no answer')
        said = fields[answers[0]]
        assert said is not None
        rest = [line for n, line in enumerate(block) if n != answers[0]]
        return [*lines[: k + 1], said.group("value").strip(), *[""] * (start - k - 1), *rest, *lines[stop:]]  # (lines stay)
    if not all(known):
        return lines
    # its 'Tags: Immunology, Year 2' property is the page's tags, as front matter's are (trial31 T31-47: dropped
    # silently): kept as the comment a page without front matter tags itself with ('<!-- tags: … -->'), a tag a word
    tagged = [
        "<!-- tags: " + ", ".join(t for t in (_SPACES.sub("-", v.strip()) for v in m.group("value").split(",")) if t) + " -->"
        if m is not None and m.group("key").strip().lower() in _TAG_PROPERTIES and front_matter_end(lines) is None else ""
        for m in fields
    ]  # fmt: skip
    return [*lines[:start], *tagged, *lines[stop:]]


_TAG_PROPERTIES = frozenset({"tags", "tag", "keywords"})  # a page property that tags the page (Notion's 'Tags')
_SPACES = re.compile(r"\s+")  # ('Year 2': one tag, 'Year-2')


# the property a flashcard database names its back with ('Answer', 'Back', 'Antwort', 'Réponse' …)
_ANSWER_PROPERTY = re.compile(rf"(?i:answer|back|back side|rückseite|verso|reverso|{ANSWER_WORDS})")


_TITLE_PROPERTY = re.compile(r"^(?P<key>[^\W\d_][\w ]{0,24}?)[ \t]*:[ \t]+(?P<value>\S.{0,80})$")
_PROPERTY_NAMES = frozenset(
    {
        "tags", "tag", "created", "created time", "created by", "last edited", "last edited time", "last edited by",
        "updated", "last updated", "modified", "status", "type", "date", "due", "due date", "class", "course", "category",
        "categories", "priority", "reviewed", "last reviewed", "author", "owner", "assignee", "url", "source", "semester",
        "term", "subject", "topic", "property", "area", "project",
    }
)  # fmt: skip
_DATE_VALUE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|[A-Za-z]+\.? \d{1,2},? \d{4})(?:[ ,T]+\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AP]M)?)?\s*$"
)


# the text over a to-do list, never a question: a daily note's or journal's date ('# 2026-11-30', '## 2026_11_30',
# '30.11.2026', 'Nov 30th, 2026', 'Monday, 30 November 2026'), a planner's or board's list name ('## To do', 'Tasks',
# 'Done', 'Today'): its ticked entry is a task done, not a right option (trial28 T28-40: a daily note was a quiz)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TODO_HEAD = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*(?:"
    r"(?P<day>(?:[^\W\d_]+,?[ \t]+)?(?:\d{4}[-_./]\d{1,2}[-_./]\d{1,2}|\d{1,2}[-_./]\d{1,2}[-_./]\d{2,4}"
    rf"|(?i:{_MONTH})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}|\d{{1,2}}\.?[ \t]+(?i:{_MONTH})[ \t]+\d{{4}}))"
    r"|(?P<name>(?i:to[- ]?do(?:\s+list)?|todos|tasks?|done|doing|in progress|today|tomorrow|this week|checklist|errands|chores"
    r"|action items|next (?:steps|actions)|shopping(?: list)?|reading list|packing list|habits|goals(?: for today)?"
    # the same list names in the languages deckc reads most (trial30 T30-24: a German daily note's '## Aufgaben')
    r"|aufgaben|zu erledigen|erledigt|heute|einkaufsliste|tareas|pendientes|por hacer|hecho|hoy|lista de compras"
    r"|à faire|a faire|tâches|taches|fait|aujourd'hui|liste de courses|da fare|cose da fare|attività|compiti|fatto|oggi"
    r"|tarefas|a fazer|afazeres|feito|hoje|taken|te doen|klaar|vandaag|zadania|do zrobienia|zrobione|dzisiaj|dziś"
    r"|задачи|дела|сделать|сделано|сегодня|список дел|yapılacaklar|görevler|bugün|tugas|hari ini)"
    r"|待办(?:事项)?|待辦(?:事項)?|任务|任務|已完成|今天|今日の?タスク|やること|タスク|完了|할\s?일|완료|오늘)"
    r")[ \t]*(?:\*\*|__)?[ \t]*[:：]?[ \t]*$"
)


# a task box at any depth, with the statuses task plugins add ('- [-] cancelled', '- [/] in progress', '- [>] deferred')
_TASK_BOX = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX×✓✔✅/>\-]\][ \t]+\S")
_HEADING_LEVEL = re.compile(r"^[ \t]{0,3}(?P<hashes>#{1,6})[ \t]+\S")


def todo_lists(lines: list[str]) -> list[str]:
    """The page's lines with each to-do list blanked: a run of task boxes right under a heading that names a to-do
    list or a day (:func:`todo_heading`: '## Tasks', '## Aufgaben', '# 2026-03-14'), and a list's name (a day keeps what else is
    under it). A daily note's tasks are no text to learn, and its ticked one was a quiz's right option (trial30 T30-24); the
    note's prose is read as it would be without them. The same list when there is none."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    for k, line in enumerate(lines):
        named = _TODO_HEAD.match(line) if not fenced[k] and _HEADING_LEVEL.match(line) else None
        if named is None:
            continue  # ('Checklist:' over ticked steps in an answer: the answer's own list, as written)
        start = k + 1 + (k + 1 < len(lines) and not lines[k + 1].strip())
        end = start
        while end < len(lines) and not fenced[end] and _TASK_BOX.match(lines[end]):
            end += 1
            gap = end + (end < len(lines) and not lines[end].strip())
            end = gap if gap < len(lines) and _TASK_BOX.match(lines[gap]) else end
        if end == start:
            continue
        out = out if out is not None else list(lines)
        out[start:end] = [""] * (end - start)
        level = _HEADING_LEVEL.match(line)
        assert level is not None
        after = next((i for i in range(end, len(lines)) if lines[i].strip()), len(lines))
        below = _HEADING_LEVEL.match(lines[after]) if after < len(lines) else None
        if named.group("name") or after == len(lines) or (below is not None and len(below.group("hashes")) <= len(level.group("hashes"))):
            out[k] = ""  # ('## Tasks', or a day with nothing else under it: the list's name; the text after it the page's)
    return out if out is not None else lines


def todo_heading(text: str) -> bool:
    """Whether a heading or the line over a task list names a to-do list or a day ('## Tasks', '## Aufgaben',
    '# 2026-03-14'): its ticked entry is a task done, never a quiz's right option."""
    return bool(_TODO_HEAD.match(text))


# A list quiz ('- Question: …' with nested '- Answer: …', '- Choices: a; b; c', '- Type: …'): the entry's
# label and the sub-entries' 'Label: text'.
LABELLED_ENTRY = re.compile(r"^(?P<indent>[ \t]{0,3})[-*+][ \t]+(?:\*\*|__)?(?i:q|question)\s*\d{0,4}\s*[:.)](?:\*\*|__)?[ \t]+(?P<q>\S.*)$")
SUB_LABEL = re.compile(r"^[ \t]*[-*+][ \t]+(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z ]{0,24}?)[ \t]*:(?:\*\*|__)?[ \t]*(?P<text>.*)$")


def labelled_entries(lines: list[str]) -> int:
    """How many list entries at column 0 are labelled questions ('- Question: …') with a nested
    '- Answer: …' sub-entry."""
    count = 0
    fenced = list(in_fence(lines))
    for index, line in enumerate(lines):
        if not fenced[index] and line[:1].isspace() and (sub := SUB_LABEL.match(line)) and sub.group("label").strip().lower() in ("q", "question"):
            # ('1. **Array shape:**' / '   * **Question:** …' / '   * **Answer:**': a topic entry's labelled pair, T16-40)
            indent = len(line) - len(line.lstrip())
            sibling = next((x for x in lines[index + 1 :] if x.strip() and len(x) - len(x.lstrip()) <= indent), "")
            answer = SUB_LABEL.match(sibling) if len(sibling) - len(sibling.lstrip()) == indent else None
            count += bool(answer and answer.group("label").strip().lower() in ANSWER_LABELS)
            continue
        if fenced[index] or line[:1] not in "-*+" or not LABELLED_ENTRY.match(line):
            continue
        for nxt in lines[index + 1 :]:
            if nxt.strip() and not nxt[:1].isspace():
                break
            sub = SUB_LABEL.match(nxt)
            if sub and sub.group("label").strip().lower() in ANSWER_LABELS:
                count += 1
                break
    return count


ANSWER_LABELS = frozenset({"a", "ans", "answer", "correct answer", "right answer", "solution"})
CHOICE_LABELS = frozenset({"choices", "options", "alternatives", "answers"})


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_PIPE = re.compile(r"(?<!\\)\|")  # a pipe that parts cells ('\|' is one written in a cell)
_RULE_CELL = re.compile(r"^\s*:?-+:?\s*$")


def _cells_of(line: str) -> list[str]:
    """A table line's cells, its outer pipes (if any) left off."""
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if _PIPE.search(text[-1:]) and not text.endswith("\\|") else text
    return _PIPE.split(text)


def outer_pipes(lines: list[str]) -> list[str]:
    """``lines`` with each Markdown table written without its outer pipes (``Front | Back`` / ``---|---`` /
    ``What is RAM for? | Temporary storage``, as GitHub and Pandoc read them) given them (``| Front | Back |`` …),
    line for line, the form every table reader knows; the same list when there is none (sitting 48: such a table was
    no table, its page one card of every cell). A table is a header line over a rule of as many cells (two at least),
    each dashes with a colon or none, one of the two lines without its outer pipes; its rows run to the first line
    without a pipe."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    k = 0
    while k + 1 < len(lines):
        head, rule = lines[k], lines[k + 1]
        if (
            fenced[k]
            or fenced[k + 1]
            or "|" not in rule
            or not _PIPE.search(head)
            or (head.lstrip().startswith("|") and rule.lstrip().startswith("|"))
            or head.lstrip().startswith(("#", ">", "- ", "* ", "+ "))
            or len(head) - len(head.lstrip(" ")) > 3
        ):
            k += 1
            continue
        rule_cells = _cells_of(rule)
        if len(rule_cells) < 2 or not all(_RULE_CELL.match(c) for c in rule_cells) or len(_cells_of(head)) != len(rule_cells):
            k += 1
            continue
        end = k + 2
        while end < len(lines) and lines[end].strip() and not fenced[end] and _PIPE.search(lines[end]):
            end += 1
        out = out if out is not None else list(lines)
        for j in range(k, end):
            text = lines[j].strip()
            text = text if text.startswith("|") else "| " + text
            text = text if _PIPE.search(text[-1:]) and not text.endswith("\\|") and len(text) > 1 else text + " |"
            out[j] = text
        k = end
    return lines if out is None else out


_BACKTICKS = re.compile(r"`+")


def _escaped_in_code(line: str) -> str:
    """``line`` with each unescaped pipe inside a code span escaped (``| `(a|b)` | Match |`` -> ``| `(a\\|b)` | …``): a
    span closes at the next run of as many backticks, as CommonMark pairs them; an unclosed run is text."""
    out, k = [], 0
    while (m := _BACKTICKS.search(line, k)) is not None:
        close = next((c for c in _BACKTICKS.finditer(line, m.end()) if len(c.group()) == len(m.group())), None)
        if close is None:
            break
        out.append(line[k : m.end()] + _PIPE.sub(r"\\|", line[m.end() : close.start()]) + close.group())
        k = close.end()
    return "".join(out) + line[k:]


def coded_pipes(lines: list[str]) -> list[str]:
    """``lines`` with the pipes inside code spans of a Markdown table's rows escaped, in each row that has more cells
    than its table's rule and as many once they are (``| `(a|b)` | Match `a` or `b` |`` in a two-column table of
    regular expressions: GitHub and markdown-it part cells there, and the card was '`(a' over 'b)`'; sitting 49).
    The same list when no row needs it. Rows written with ``\\|`` already are left as they are."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    width = 0
    for k, line in enumerate(lines):
        if fenced[k] or not line.strip() or not _PIPE.search(line):
            width = 0
            continue
        cells = _cells_of(line)
        if k and not width and len(cells) >= 2 and all(_RULE_CELL.match(c) for c in cells) and _PIPE.search(lines[k - 1]):
            width = len(cells)  # (the rule under a header: the table's width)
            continue
        if width and len(cells) > width and "`" in line:
            fixed = _escaped_in_code(line)
            if fixed != line and len(_cells_of(fixed)) == width:
                out = out if out is not None else list(lines)
                out[k] = fixed
    return lines if out is None else out


LEVEL_COLUMNS = frozenset({"level", "difficulty", "diff"})
NUMBER_COLUMNS = frozenset({"#", "no", "no.", "nr", "nr.", "n°", "num", "number", "id", "q#"})
_ROW_NUMBER = re.compile(r"^[#№]?(?P<n>\d{1,5})[.)]?$")


def _counts_rows(cells: list[str], whole: bool = False) -> bool:
    """Whether a column's numbers count rows, from 1 or 2 up, a row or two at a time (a row taken out leaves a gap of
    one: '1, 2, 4, 5' still counts), never '1 … 5, 10' (the numbers a table of number words names); with ``whole``,
    only when every cell is such a number."""
    numbers = [int(m.group("n")) for cell in cells if (m := _ROW_NUMBER.match(cell.strip("*_ ")))]
    if whole and len(numbers) < len(cells):
        return False
    return bool(numbers) and numbers[0] <= 2 and all(0 < b - a <= 2 for a, b in itertools.pairwise(numbers))


def row_numbers(cells: list[str]) -> bool:
    """Whether a column's cells number its rows 1, 2, 3 … ('1', '2.', '#3'): layout, whatever its header's language
    ('| क्रमांक | प्रश्न | उत्तर |', '| 番号 | 問題 | 答え |', '| Nr. | …'), never a field of a card's back (trial33 T33-30)."""
    numbers = [m.group("n") if (m := _ROW_NUMBER.match(cell.strip("*_ "))) else "" for cell in cells]
    return len(numbers) >= 2 and numbers == [str(n) for n in range(1, len(numbers) + 1)]


_KEY_NUMBER_CELL = re.compile(r"^(?:[#№]|(?i:q(?:uestion)?|no)\.?\s*)?(?P<n>\d{1,3})[.)]?$")  # '3', 'Q3', '3.', 'Question 3'
KEY_ROWS_MIN = 2  # numbered rows a table needs to be an answer key's


def key_column_numbers(cells: list[str]) -> list[int]:
    """The question numbers a table's column gives when it numbers the questions its table answers ('1' … '5', 'Q1', then maybe 'Bonus'): an answer
    key's table (``| Question | Answer |`` / ``| 1 | b |``), never a card per row, whatever the reader that wrote the
    table (Markdown, a Typst ``#table``, LaTeX ``tabular``, AsciiDoc, org, reST: all read as Markdown tables). Its
    numbers rise, each row's; a bonus or extra-credit label may follow them. A bare number asks nothing (trial48
    T48-16: '1' → 'b' … were six cards); empty for any other column."""
    numbers: list[int] = []
    extra = False
    for cell in (c.strip().strip("*_ ") for c in cells):
        if not cell:
            continue
        m = _KEY_NUMBER_CELL.match(cell)
        if m is not None and not extra:
            numbers.append(int(m.group("n")))
        elif extra_key_entry(f"{cell} x") is not None:
            extra = True  # ('| Bonus | 1/4 |' after the numbered rows)
        else:
            return []
    rising = len(numbers) >= KEY_ROWS_MIN and all(b > a for a, b in itertools.pairwise(numbers))
    return numbers if rising and numbers[-1] - numbers[0] < 2 * len(numbers) else []


_NUMBERED_QUESTION = re.compile(r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?:(?i:question|q)\s*)?(?P<n>\d{1,3})[.):](?:\*\*|__)?\s+\S")


def numbered_questions(lines: list[str]) -> set[int]:
    """The numbers of a page's numbered items at the margin (``1. Which port …?``, ``**Question 2.** …``), code left out."""
    return {int(m.group("n")) for line, fenced in zip(lines, in_fence(lines), strict=True) if not fenced and (m := _NUMBERED_QUESTION.match(line))}


_DECOR_COLUMNS = frozenset({"emoji", "icon", "icons", "symbol", "image", "picture", "pic", "img", "#", "no.", "nr."})  # never a front


NONE_DASHES = frozenset(("-", "--", "‐", "–", "—", "―", "−", "－", "ー"))  # a cell's dash that means 'none'


def none_cell(cell: str) -> bool:
    """Whether a table cell beside the answer holds only a dash that says it has nothing ('ー', the Japanese long-vowel
    bar typed as a dash, '—', '-', '–': no example for this word): no line on the back, as an empty cell is none, in a
    CSV, a workbook and a Markdown or Word table alike (trial35 T35-12: 'ー' printed three times under 'adv. already')."""
    return cell.strip() in NONE_DASHES


# a word's ending written after a dash, as a vocabulary list's plural column writes it ('-n', '-en', '¨-e', '-s')
_ENDING_CELL = re.compile(r"^¨?[-–]¨?[^\W\d_]{1,4}$")


def ending_columns(rows: list[list[str]]) -> frozenset[int]:
    """The columns of a table that write words' endings after a dash (``Plural``: '-n', '-en', '¨-e'), where a lone dash
    is an ending too (the word unchanged: 'der Lehrer, -'), never a 'none' to leave out (:func:`none_cell`)."""
    return frozenset(k for row in rows for k, cell in enumerate(row) if _ENDING_CELL.match(cell.strip()))


def column_role(cell: str) -> str:
    """'front' or 'back' for a column a table of cards names so, in English or another language, else ''."""
    name = " ".join(cell.strip("*_ ").lower().split())
    kind = COLUMN_NAMES.get(name) or columns.role(name)
    return {"explain": "back", "tags": ""}.get(kind, kind)


COLUMN_WORDS = 3  # a header of at most this many words may name its column by one of them


def names_column(cell: str) -> bool:
    """Whether a table cell is a name deckc knows a column by ('Svenska', 'Term', 'Meaning', 'Example'): the row it is in
    is a header, as a Word table typed with no header row marked gives it under an empty one (T36-4)."""
    name = " ".join(cell.strip("*_ ").lower().split())
    return bool(name) and (name in LANGUAGE_COLUMNS or name in _QUALIFIER_COLUMNS or bool(_column_kind(name)))


def _column_kind(name: str) -> str:
    """What a header cell's name says its column is, or ''."""
    kind = COLUMN_NAMES.get(name) or ("level" if name in LEVEL_COLUMNS else "number" if name in NUMBER_COLUMNS else "")
    return kind or {"explain": "back"}.get(columns.role(name), columns.role(name))  # 'Thuật ngữ | Ý nghĩa' (N8)


def _named_within(name: str) -> str:
    """In a short header, the column its words name when those that name one agree ('english meaning', 'meaning
    (en)', 'definición corta'; learner5 L45), never a qualified one ('example meaning': an example's, trial11 P65)."""
    bare = re.sub(r"\s*[(\[（].*$", "", name).strip()
    words = bare.split()
    if not words or len(words) > COLUMN_WORDS:
        return ""
    if bare != name and (kind := _column_kind(bare)):
        return kind
    if len(words) > 1:  # (a letter among words is an article or a label, never a column's 'A': 'a dog' names no answer
        words = [word for word in words if len(word) > 1]  # column, T36-4: the first row of words was taken for the header)
    kinds = {_column_kind(word) for word in words} - {""}
    named = {word for word in words if _column_kind(word) or word in _QUALIFIER_COLUMNS}
    return kinds.pop() if len(kinds) == 1 and not (named - {w for w in words if _column_kind(w)}) else ""


_QUALIFIER_COLUMNS = frozenset({"example", "examples", "sentence", "sample", "usage", "note", "notes", "beispiel", "ejemplo", "exemple"})


# the languages a vocabulary table names its columns by, in English and in their own words (lead G17)
LANGUAGE_COLUMNS = frozenset({
        "english", "spanish", "español", "espanol", "french", "français", "francais", "german", "deutsch", "italian",
        "italiano", "portuguese", "português", "portugues", "dutch", "nederlands", "polish", "polski", "russian",
        "русский", "ukrainian", "українська", "czech", "čeština", "swedish", "svenska", "norwegian", "norsk",
        "danish", "dansk", "finnish", "suomi", "turkish", "türkçe", "greek", "ελληνικά", "latin", "latina", "arabic",
        "العربية", "hebrew", "עברית", "hindi", "हिन्दी", "हिंदी", "japanese", "日本語", "chinese", "中文", "汉语", "漢語",
        "korean", "한국어", "vietnamese", "indonesian", "romanian", "română", "hungarian", "magyar", "catalan", "català",
        "tiếng việt", "bahasa indonesia", "bahasa melayu",
        # (named in another language: '| Español | Inglés |', '| Deutsch | Englisch |', '| Français | Anglais |'; trial29 T29-38)
        "inglés", "ingles", "francés", "frances", "alemán", "aleman", "portugués", "chino", "japonés", "inglese",
        "francese", "tedesco", "spagnolo", "englisch", "französisch", "franzosisch", "spanisch", "italienisch",
        "russisch", "chinesisch", "japanisch", "anglais", "espagnol", "allemand", "italien", "chinois", "japonais",
        "inglês", "francês", "alemão", "espanhol", "engels", "duits", "frans", "spaans",
})  # fmt: skip
# a column of a word's reading beside it ('| 汉字 | Pinyin | Deutsch |'): shown on the back under its name
READING_COLUMNS = frozenset({
    "pinyin", "reading", "readings", "romaji", "rōmaji", "kana", "furigana", "jyutping", "ipa", "pronunciation",
    "transcription", "transliteration", "aussprache", "prononciation", "pronunciación", "pronúncia", "lesung", "読み", "読み方", "拼音",
    "hiragana", "katakana", "ひらがな", "かな", "よみ", "よみかた",
})  # fmt: skip


def reading_column(cell: str) -> bool:
    """A header naming how the row's word is said (``Reading``, ``Pinyin``, ``Hiragana``): an aside of the front,
    shown after the meaning the table asks for, not a fact of its own."""
    return " ".join(cell.strip("*_ ").lower().split()) in READING_COLUMNS


# the words a column's name ends with when it writes another column's reading: '日本語 ※ふりがなつき', 'Chinese (pinyin)'
READING_MARKS = READING_COLUMNS | {"ふりがな", "振り仮名", "フリガナ", "romanization", "romanisation", "romanized", "romanised"}
# '<a column's name> ※<reading>つき' or '<a column's name> (<reading>)', as a vocabulary sheet names a word's reading
_READING_OF = re.compile(r"^(?P<base>.*?\S)\s*(?:※\s*(?P<mark>[^\s※()（）]+?)\s*(?:つき|付き)?|[(（]\s*(?P<word>[^()（）]+?)\s*[)）])$")
_GLOSSES = re.compile(r"[(（][^()（）]*[)）]")


def reading_columns(head: list[str]) -> dict[int, int]:
    """The columns a header names as another column's reading, by the column they read: '日本語 ※ふりがなつき' reads
    '日本語', 'Chinese (pinyin)' 'Chinese', 'Word (romanization)' 'Word' (mercari's vocabulary list, sitting 37: the
    reading was shown as an extra column under its raw name). A learner sees it with the word, as Anki's furigana is."""
    names = [" ".join(cell.strip("*_ ").lower().split()) for cell in head]
    out: dict[int, int] = {}
    for k, name in enumerate(names):
        m = _READING_OF.match(name) if len(name) <= 80 else None
        if m is None or (m.group("mark") or m.group("word") or "") not in READING_MARKS:
            continue
        base = next((j for j, other in enumerate(names) if j != k and other == m.group("base")), None)
        if base is not None and base not in out:
            out[base] = k
    return out


def with_reading(word: str, reading: str) -> str:
    """A word shown with its reading: the reading's cell when it writes the word with its readings in brackets
    ('チケットを取(と)る'), else 'word (reading)'; the word alone when the reading says nothing more."""
    word, reading = word.strip(), reading.strip()
    if not reading or reading == word or not word:
        return word or reading
    if "".join(_GLOSSES.sub("", reading).split()).startswith("".join(word.split())):
        return reading  # (the word written with its readings, a note after it or not: 'ちゃんと ※casual')
    return f"{word} ({reading})"


def language_column(cell: str) -> bool:
    """A header naming a language (``English``, ``Español``, ``日本語``): in a table naming two, the columns of a word and
    its translation, whatever stands between them."""
    return " ".join(cell.strip("*_ ").lower().split()) in LANGUAGE_COLUMNS


def table_columns(head: list[str]) -> dict[str, int] | None:
    """What the header of a table of cards names, by column: ``front``, ``back``, ``level``, ``number``
    (a table naming no front and back column is no table of cards). A header naming two languages (``| English |
    Español | Example |``) is a vocabulary table: the first language the front, the second the back."""
    names = [" ".join(cell.strip("*_ ").lower().split()) for cell in head]
    languages = [k for k, name in enumerate(names) if name in LANGUAGE_COLUMNS]
    if len(languages) >= 2 and not any(column_role(c) in ("front", "back") for k, c in enumerate(head) if k not in languages):
        return {"front": languages[0], "back": languages[1]}
    if len(languages) == 1 and languages[0] > 0 and names[0] and names[0] not in _DECOR_COLUMNS and column_role(head[0]) in ("", "front"):
        # ('| 汉字 | Pinyin | Deutsch |': the word, its reading, its meaning in a language the header names: trial29 T29-38;
        # '汉字' a front's name too, T32-25)
        between = [names[k] for k in range(1, len(names)) if k != languages[0]]
        if between and all(name in READING_COLUMNS or name in _QUALIFIER_COLUMNS for name in between):
            return {"front": 0, "back": languages[0]}
    out: dict[str, int] = {}
    letters: set[str] = set()  # kinds named by a lone 'Q' or 'A'
    for k, cell in enumerate(head):
        whole = " ".join(cell.strip("*_ ").lower().split())
        kind = _column_kind(whole) or _named_within(whole)  # ('English Meaning': a known name inside, learner5 L45)
        if kind and kind not in out:
            out[kind] = k
            if whole in ("q", "a"):
                letters.add(kind)
    if len(letters) == 1 and not any(kind in out and kind not in letters for kind in ("front", "back")):
        return None  # a lone 'A' ('||2|3|…|10|A|', a grid labelled A, B …: trial15 T15-4) names no column; '| Q | A |' does
    if "back" in out and "front" not in out:  # '| Kanji | Reading | Meaning |', '| Command | Description |' (trial8 H16)
        front = next(
            (k for k, cell in enumerate(head) if k not in out.values() and cell.strip("*_ ") and cell.strip("*_ ").lower() not in _DECOR_COLUMNS),
            None,
        )
        if front is not None and front < out["back"]:
            out["front"] = front
    return out if "front" in out and "back" in out else None


def fact_columns(head: list[str], body: list[list[str]] | None = None) -> dict[str, int] | None:
    """A table header of two columns of facts, besides a level or number column its name says it is (``| Year |
    Event |``, ``| # | Command | What it does | Level |``): the first the front, the second the back; else None.
    With more columns of facts and its FACT_ROWS_MIN rows or more in ``body`` (``| Drug | Class | Mechanism |
    Side effect |``, ``| Artikel | Nomen | Plural | Englisch |``), the front is the key: the first column whose
    cells are all written and all different (never der/die/das repeated: an attribute; trial31 T31-15), the back
    the first column after it. Such a table is cards only on a page of tables and nothing else (a cheat sheet),
    never in prose."""
    kinds = {}
    for k, cell in enumerate(head):
        name = " ".join(cell.strip("*_ ").lower().split())
        kinds[k] = "level" if name in LEVEL_COLUMNS else "number" if name in NUMBER_COLUMNS else ""
    # a number column of what is no row's count ('| Number | Name |' / '| I | Olfactory |', the cranial nerves' Roman
    # numerals): a fact the back shows, never the front (sitting 57: dropped as layout)
    # numbers that count no rows either ('| Number | Sino-Korean | Native Korean |' / '| 10 | 십 | 열 |' after 1 … 5: the
    # number the row's words name; sitting 58: the numbers dropped, '일' → '하나' on the cards)
    named = {
        k for k, kind in kinds.items()
        if kind == "number" and body is not None
        and (
            any(k < len(c) and c[k].strip() and not _ROW_NUMBER.match(c[k].strip("*_ ")) for c in body)
            or not _counts_rows([c[k] if k < len(c) else "" for c in body])
        )
    }
    kinds |= dict.fromkeys(named, "")
    facts = [k for k, kind in kinds.items() if not kind]
    layout = {kind: k for k, kind in kinds.items() if kind}
    if len(facts) == 2:
        front = next(k for k in facts if k not in named) if len(named) == 1 else facts[0]
        return {"front": front, "back": next(k for k in facts if k != front)} | layout
    if len(facts) < 2 or body is None or len(body) < FACT_ROWS_MIN:
        return None
    keys = [
        k for k in facts
        if head[k].strip("*_ ").lower() not in _DECOR_COLUMNS  # ('| Emoji | … |': decoration, never the front)
        and k not in named
        and len({" ".join(c[k].split()).lower() for c in body if k < len(c) and c[k].strip()}) == len(body)
        # (numbers that count the rows, 1, 2, 3 …, ask nothing, whatever they also are: '| Z | Symbol | Name |' / '| 1 |
        # H | Hydrogen |' is the element's card, its number on the back; sitting 58: no card at all. '| Group | Name |' /
        # '| 17 | Halogens |' keeps its 'Group 17' front: sitting 56)
        and not _counts_rows([c[k] if k < len(c) else "" for c in body], whole=True)
    ]
    if not keys:
        return None
    back = next((k for k in facts if k != keys[0] and k not in named), next(k for k in facts if k != keys[0]))
    return {"front": keys[0], "back": back} | layout


def side_by_side(head: list[str]) -> int:
    """The width of one table when a header repeats its columns ('| Key | Action | Key | Action |': two tables of two
    columns side by side, as compact cheat sheets set them; trial23 T23-50), else 0."""
    names = [" ".join(cell.strip("*_ ").lower().split()) for cell in head]
    for width in range(2, len(names) // 2 + 1):
        if len(names) % width == 0 and all(names[k] == names[k % width] for k in range(len(names))) and all(names[:width]):
            return width
    return 0


def table_cards(lines: list[str]) -> int:
    """Body rows of tables whose header names a question and an answer column (``| Question | Answer | Level |``,
    ``| # | Term | Definition |``). Tables whose front is only the column before a named answer (``| Command |
    Description |``, ``| Kanji | Reading | Meaning |``) count on a page of such tables under headings (a cheat
    sheet, a vocabulary list), not in prose that shows a table (trial8 H16)."""
    count = inferred = prose = others = 0
    fact_fronts: list[str] = []  # (the first cells of tables of two unnamed columns: cards on a page of tables alone)
    fenced = list(in_fence(lines))
    rows = set()
    for k in range(len(lines) - 1):
        if fenced[k] or not _TABLE_ROW.match(lines[k]) or not _TABLE_RULE.match(lines[k + 1]):
            continue
        head = [c.strip() for c in lines[k].strip().strip("|").split("|")]
        first = k + 2  # the first body row
        promoted = not any(head) and first < len(lines) and bool(_TABLE_ROW.match(lines[first]))
        if promoted:
            # ('|  |  |' over '| --- |' then '| No. | Question | A | … | Answer |': a Word table converted, Word marking no
            # header row; its first row names the columns: trial35 T35-21)
            head = [c.strip() for c in lines[first].strip().strip("|").split("|")]
            first += 1
        width = side_by_side(head)  # ('| Key | Action | Key | Action |': each pair a table of its own)
        head = head[:width] if width else head
        named = table_columns(head)
        bank = False
        if named is None and len(head) >= 4:
            from compiler.sources.ankifields import bank_columns  # (it imports this module)

            bank = bank_columns(head) is not None  # '| Question | A | B | C | D | Answer |': a multiple-choice bank (trial9 T24)
        body = list(itertools.takewhile(lambda line: _TABLE_ROW.match(line), lines[first:]))
        cells_of = [[c.strip() for c in line.strip().strip("|").split("|")] for line in body]
        facts = fact_columns(head, None if width else cells_of) if named is None and not bank else None
        if facts is not None:
            named = facts  # ('| Command | What it does | Level |': counted as inferred, on a page of tables alone)
        if len(head) < 2 or (named is None and not bank):
            others += 1  # a table of facts that is no table of cards ('| Brand Name | Generic Name | Class |')
            continue
        named_front = bank or any(column_role(c) == "front" for c in head)
        rows |= set(range(k, first))
        for at in range(first, len(lines)):
            if not _TABLE_ROW.match(lines[at]):
                break
            rows.add(at)
            written = [c.strip() for c in lines[at].strip().strip("|").split("|")]
            for cells in [written[g : g + width] for g in range(0, len(written), width)] if width else [written]:
                front = cells[named["front"]] if named and named["front"] < len(cells) else ""
                if width and not front:
                    continue  # (an empty place in a side table shorter than the first)
                if facts is not None:
                    fact_fronts.append(front)
                elif promoted and not bank and not re.search(r"[^\W\d_]", front):
                    continue  # (under a Word table's empty head, '| Q | Answer | Explanation |' over '| 1 | B | …|': a key)
                elif named_front and (len(head) >= 3 or re.search(r"[^\W\d_]", front)):
                    count += 1  # ('| Question | Answer |' of two rows too, a first try (trial10 P27); not a key's '| 1 | B |')
                elif not named_front:
                    inferred += 1
    title = _title_line(lines, rows)
    for k, line in enumerate(lines):
        if line.strip() and not fenced[k] and k not in rows and k != title and not _ATX_HEADING.match(line) and not _TABLE_ROW.match(line):
            prose += 1
    # (inferred fronts only on a page of such tables alone: beside another table the page is read by its headings,
    # or that table would be in no card: learner2 M10's regression)
    # (tables of facts only on a page of nothing else, their fronts all different: '| yo | hablo |' under each verb
    # asks nothing, learner3 N21; as MarkdownReader._page_card_columns reads them)
    if prose or len(set(fact_fronts)) < len(fact_fronts) or len(fact_fronts) < FACT_ROWS_MIN:
        fact_fronts = []
    return count + (inferred + len(fact_fronts) if prose <= inferred // 4 and not others else 0)


FACT_ROWS_MIN = 3  # rows of tables of facts on a page of tables alone that make it a cheat sheet of cards
# column names of two lists set side by side, whose rows are no pairs ('| Pros | Cons |'): never a table of facts
PARALLEL_COLUMNS = frozenset(
    ["pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks", "strengths", "weaknesses", "do", "don't", "dont", "dos", "don'ts", "do's", "similarities", "differences", "✅", "❌", "✔", "✘", "✓", "✗", "👍", "👎"]
)
TITLE_WORDS_MAX = 12  # words of a page's title typed as a plain line over its first table


def _title_line(lines: list[str], rows: set[int]) -> int | None:
    """The index of a page's title typed as a plain line right over its first table (a Word handout's title paragraph
    in no heading style, 'Vocabulario – Unidad 1' over '| Español | English |'): a short line ending no sentence, the
    page's first, which is no prose beside the table (trial35 T35-21: the table under it was read with a guessed
    pattern, its row of names a card); None when the page opens otherwise."""
    written = [k for k, line in enumerate(lines) if line.strip()]
    if len(written) < 2 or written[0] in rows or written[1] not in rows:
        return None
    text = lines[written[0]].strip()
    if _TABLE_ROW.match(text) or len(text.split()) > TITLE_WORDS_MAX or text.endswith((".", "?", "!", ":", ";", "。", "？", "：", "؟")):
        return None
    return written[0]


# A worksheet line that carries its answer in brackets at its end: a blank to fill ('The capital of France is
# ____. (Paris)') or a true/false statement ('The sun is a star. (True)').
# a gap written in brackets, as a teacher's worksheet does ('The powerhouse of the cell is the [...]. (mitochondrion)'): a
# blank as '______' is (sitting 52 N36: no card from the file)
BRACKET_GAP = r"\[[ \t]*(?:\.{3}|…)[ \t]*\]"
_BLANK_ANSWER = re.compile(rf"^(?P<q>[^()（）]*?(?:_{{3,}}|\.{{4,}}|…|{BRACKET_GAP})[^()（）]*?)[ \t]*[(（](?P<a>[^()（）]{{1,80}})[)）][ \t]*$")
# ('… 。（√）', '… (✗)', '… [T]', '【对】': other brackets and marks, as Chinese papers and worksheets write them, trial12 U103;
# spaced inside, '（ √ ）', as teachers type them: trial16 T16-48; a Thai or Lao statement ends in no full stop: T28-59)
# a verdict in the languages worksheets are written in (the bare verdict's words below): read as True / False, which the
# cards then say in the statement's language (truefalse.in_own_language: '(Faux)' on a French page, sitting 47)
_SAID_TRUE = ("vrai", "wahr", "richtig", "verdadero", "vero", "verdadeiro", "verdadeira", "waar", "верно")
_SAID_FALSE = ("faux", "falsch", "falso", "falsa", "onwaar", "неверно")
_SAID_VERDICTS = "|".join(_SAID_TRUE + _SAID_FALSE)
_TRUE_FALSE = re.compile(
    r"^(?P<q>[^()（）\[\]【】]+?(?:[.!。]|[\u0e00-\u0eff](?=[ \t]*[(（\[【])))[ \t]*(?:[(（][ \t\u3000]*(?P<a>(?i:true|false|t|f|"
    + _SAID_VERDICTS
    + r")|[√✓✔×✗✘Vv]|对|對|正确|正確|错|錯|错误|錯誤)"
    r"(?:[ \t]*(?P<sep>[—–:;,，：；]|--?)[ \t]*(?P<why>[^()（）\[\]【】\s][^()（）\[\]【】]*?))?[ \t\u3000]*[)）]"
    r"|\[[ \t]*(?P<b>(?i:true|false|t|f)|[√✓✔×✗✘])[ \t]*\]|【[ \t\u3000]*(?P<c>(?i:true|false|t|f)|[√✓✔×✗✘]|对|對|正确|正確|错|錯|错误|錯誤)[ \t\u3000]*】)[ \t]*$"
)
# ('1. The sun is a star. True', '… birds. F', '… Stern. Richtig': the verdict after the full stop, no brackets, as an
# answer sheet writes it, trial14 T14-50); a bare letter only in capitals
_BARE_VERDICT = re.compile(
    r"^(?P<q>[^()（）\[\]【】]+?[.!。])[ \t]+(?P<b>\*\*|__)?(?P<d>(?i:true|false|vrai|faux|wahr|falsch|richtig|verdadero|falso|vero|verdadeiro"
    r"|verdadeira|falsa|waar|onwaar|верно|неверно)|T|F|对|對|错|錯|正确|正確|错误|錯誤)[.!。]?(?(b)(?P=b))[ \t]*[.!。]?[ \t]*"
    r"(?:(?<=[ \t])[—–][ \t]+(?P<why>\S.*?)[ \t]*|(?<=[ \t])[(（](?P<aside>[^()（）]{1,120})[)）][ \t]*[.。]?[ \t]*)?$"
)  # (the verdict's reason after a spaced dash: '… harmful. False — most bacteria are harmless', sitting 47; the verdict
# in bold, '… heart. **False** — they carry …': sitting 49; the correction in brackets after it, '… by Nietzsche.
# **False** (Hobbes, Locke, Rousseau)': the one entry unread made its list of statements one card of the page's title,
# sitting 62 N62-3)
_MARK_VERDICT = {"t": "True", "f": "False", "true": "True", "false": "False", "√": "True", "✓": "True", "✔": "True", "v": "True",
                 "×": "False", "✗": "False", "✘": "False", "对": "True", "對": "True", "正确": "True", "正確": "True",
                 "错": "False", "錯": "False", "错误": "False", "錯誤": "False",
                 **dict.fromkeys(_SAID_TRUE, "True"), **dict.fromkeys(_SAID_FALSE, "False")}
# a question and its answer in brackets after it, as a pub quiz writes them ('What is the capital of Canada? (Ottawa)',
# trial11 P122); never a note on how to answer ('(Choose two.)', '(2 marks)', '(hint: …)', '(optional)')
# a task or question with its answer labelled in brackets at its end: '… = 20. [Ans: x = 5]', '… (Answer: 42)', '【答案：B】'
_LABELLED_ANSWER = re.compile(
    r"^(?P<q>.*\S)[ \t]*(?:\[(?P<a>[^\[\]]{1,200})\]|[(（](?P<b>[^()（）]{1,200})[)）]|【(?P<c>[^【】]{1,200})】)[ \t]*$"
)  # (an answer in square brackets may hold round ones: '[Ans: (x − 3)(x + 3)]')
_ASKED_ANSWER = re.compile(r"^(?P<q>[^()（）]*?[?？؟])[ \t]*[(（](?P<a>[^()（）]{1,60})[)）][ \t]*$")
# the same in square brackets ('Capital of France? [Paris]': sitting 54, 'no answer'); a number of two digits at most
# there is the marks the question is worth ('[2]'), no answer
_ASKED_SQUARE = re.compile(r"^(?P<q>[^\[\]]*?[?？؟])[ \t]*\[(?P<a>[^\[\]]{1,60})\][ \t]*$")
_MARKS_ONLY = re.compile(r"^\s*(?:\d{1,2}|\^\S+)\s*$")  # (or a footnote's mark, '[^1]': its note answers, T34-13)
_NOT_ANSWER = re.compile(
    r"(?i)^(?:choose|select|pick|mark|tick|circle|name|give|list|explain|hint|optional|bonus|see|e\.g\.|i\.e\.|cf\.)\b"
    r"|\b\d+(?:\.\d+)?\s*(?:marks?|pts?|points?|punkte?|puntos?|min(?:utes?)?|s(?:ec(?:onds?)?)?)\b|\?|…|\.{3}|_{3,}"
)


_WORD = re.compile(r"[^\W\d_]{2,}")


_BOLD_STATEMENT = re.compile(r"^(\*\*|__)([^*_]+?[.!。])\1(?=[ \t])")  # '**The heart has four chambers.** True' (N27)


def _bare_verdict(text: str) -> re.Match[str] | None:
    """The match of a statement with its verdict after its full stop (``_BARE_VERDICT``); not a key's entries
    ('1. T 2. F 3. True': the '.' after an item number ends no statement) nor a statement of one word."""
    m = _BARE_VERDICT.match(_BOLD_STATEMENT.sub(r"\2", text.strip(), count=1))
    if m is None or re.search(r"(?:^|\s)\d{1,3}[.)]$", m.group("q")) or len(_WORD.findall(strip_number(m.group("q")))) < 2:
        return None
    if m.group("aside") and (_MARKS_ONLY.match(m.group("aside")) or _NOT_ANSWER.search(m.group("aside").strip())):
        return None  # ('… True (1 mark)', '… False (see p. 12)': no correction)
    return m


def bare_verdict(text: str) -> bool:
    """A true/false statement with its verdict after its full stop, no brackets (``1. The sun is a star. True``)."""
    return _bare_verdict(text) is not None


def bracketed_answer(text: str) -> tuple[str, str] | None:
    """``(question, answer)`` of a worksheet line with its answer in brackets at the end, else None: a blank
    keeps its line as the question; a true/false statement (its verdict in brackets, or bare after its full stop:
    ``The sun is a star. True``) is asked as ``True or false: …``; a question's ``?``
    before the brackets ends the question (a pub quiz's ``What is the capital of Canada? (Ottawa)``)."""
    text = text.strip()
    if len(text) <= 500 and (bare := _bare_verdict(text)) is not None:
        said = bare.group("d")
        verdict = _MARK_VERDICT.get(said.lower(), said[:1].upper() + said[1:])
        said = f" — {bare.group('why')}" if bare.group("why") else f" ({bare.group('aside').strip()})" if bare.group("aside") else ""
        return f"True or false: {bare.group('q').strip()}", verdict + said
    if len(text) > 500 or not text.endswith((")", "）", "]", "】")):
        return None
    m = _BLANK_ANSWER.match(text)
    if m:
        return m.group("q").strip(), strip_answer_label(m.group("a").strip()).strip()
    m = _TRUE_FALSE.match(text)
    if m:
        answer = _MARK_VERDICT[(m.group("a") or m.group("b") or m.group("c")).lower()]
        if m.group("why"):  # ('(False — Mercury is.)', '(False: it is a distance.)': the verdict, then its correction)
            sep = m.group("sep")
            answer += (" — " if sep in ("—", "–", "-", "--") else sep if sep in "，：；" else sep + " ") + m.group("why").strip()
        return f"True or false: {m.group('q').strip()}", answer
    m = _LABELLED_ANSWER.match(text)
    inner = (m.group("a") or m.group("b") or m.group("c")) if m else ""
    if m and re.match(r"[^\W\d_]{2,}", inner.lstrip()) and has_answer_label(inner) and (said := strip_answer_label(inner.strip()).strip()):
        return m.group("q").strip(), said  # ('Solve 3x + 5 = 20. [Ans: x = 5]': its label says it answers, trial38 T38-5)
    m = _ASKED_ANSWER.match(text) or _ASKED_SQUARE.match(text)
    if m and m.re is _ASKED_SQUARE and _MARKS_ONLY.match(m.group("a")):
        return None  # ('Name the organelle …? [1]': the marks it is worth, never its answer; nor a footnote's mark)
    if m and not _NOT_ANSWER.search(m.group("a").strip()):
        # ('… Kenya? (Answer: Nairobi)': the label in the brackets is no answer text, trial27 T27-39)
        return m.group("q").strip(), strip_answer_label(m.group("a").strip()).strip() or m.group("a").strip()
    return None


# the labels lecture notes and textbooks give a question they ask in passing and answer in brackets after it ('Quick
# check:', 'Check your understanding:', 'Self-test:', 'Try it:', 'Pause and think:'), in the languages deckc reads
CHECK_LABELS = (
    r"quick\s+check|quick\s+question|check\s+your\s+(?:understanding|knowledge)|check\s+yourself|self[- ]?(?:check|test|assessment)"
    r"|test\s+(?:yourself|your\s+understanding)|try\s+it(?:\s+yourself)?|try\s+this|(?:pause|stop)\s+and\s+think|think\s+about\s+it"
    r"|concept\s+check|knowledge\s+check|checkpoint|review\s+question"
    r"|vérifiez\s+vos\s+connaissances|vérifie\s+tes\s+connaissances|testez-vous|teste-toi|auto-?évaluation|question\s+rapide"
    r"|vérification\s+rapide|pause\s+réflexion|réfléchis(?:sez)?|à\s+toi\s+de\s+jouer|à\s+vous\s+de\s+jouer"
    r"|comprueba\s+tu\s+comprensión|comprueba\s+lo\s+aprendido|autoevaluación|autoevaluacion|pregunta\s+rápida|comprueba|piensa|para\s+pensar"
    r"|kurzer\s+check|kurze\s+frage|denk\s+nach|zum\s+nachdenken|verifica\s+rapida|domanda\s+rapida|pensaci"
    r"|verificação\s+rápida|pergunta\s+rápida|pense\s+nisso"
    r"|verifique\s+seu\s+entendimento|teste\s+rápido|autoavaliação|teste-se|pare\s+e\s+pense|autovalutazione|mettiti\s+alla\s+prova"
    r"|kurztest|selbsttest|selbstkontrolle|verständnisfrage|kontrollfrage|teste\s+dich|zelftest|test\s+jezelf|controlevraag"
    r"|sprawdź\s+się|проверьте\s+себя|проверь\s+себя|самопроверка|вопрос\s+для\s+самопроверки|перевірте\s+себе|самоперевірка"
    r"|kiểm\s+tra\s+nhanh|tự\s+kiểm\s+tra|kendini\s+test\s+et|hızlı\s+kontrol|uji\s+pemahaman|cek\s+pemahaman"
    r"|自我检测|自我檢測|随堂测验|隨堂測驗|自测|自測|想一想|思考题|思考題|確認問題|確認テスト|考えてみよう|セルフチェック"
    r"|확인\s*문제|자기\s*점검|생각해\s*보기"
)
_MARK = r"(?:\*\*|__|\*|_)"
# the label, bold or not, its colon inside the bold or after it, perhaps numbered ('**Quick check 2:**', '*Self-test* —')
_CHECK_LABEL = re.compile(
    rf"^(?:[^\w\s*_]{{1,3}}[ \t]*)?{_MARK}?(?i:{CHECK_LABELS})(?:[ \t]*\d{{1,3}}[a-z]?)?[ \t]*"
    rf"(?:[:：][ \t]*{_MARK}?|{_MARK}[ \t]*[:：]?|[ \t][-–—])[ \t]*"
)
_EMPHASISED_END = re.compile(r"(?P<m>\*\*|__|\*|_)(?P<b>[(（][^()（）]*[)）])(?P=m)[ \t]*$")  # '*(Answer: …)*'
CHECK_ANSWER_MAX = 300  # characters of an answer in brackets after a question asked in passing


def checked_in_passing(text: str) -> tuple[str, str] | None:
    """``(question, answer)`` of a paragraph of lecture notes that asks a question in passing and answers it in
    brackets after its ``?`` (``**Quick check:** What do enzymes lower …? *(Answer: the activation energy)*``, ``Pause
    and think: why does a fever …? (Proteins … denature.)``), else None. A check label with any answer in brackets, or
    an answer label in the brackets (``What is …? (Answer: …)``) with no check label: either says it is a question and
    its answer, never a remark in brackets after a question the text goes on to answer (trial35 T35-4: each was
    printed, answer and all, on the back of its heading's card)."""
    text = squash(text)
    if len(text) > 2000 or not text.endswith((")", "）", "*", "_")):
        return None
    label = _CHECK_LABEL.match(text)
    rest = text[label.end() :] if label else text
    rest = _EMPHASISED_END.sub(r"\g<b>", rest)
    if not rest.endswith((")", "）")):
        return None
    depth, at = 0, -1
    for k in range(len(rest) - 1, -1, -1):  # the bracket that opens the last one, brackets inside it counted
        depth += rest[k] in ")）"
        depth -= rest[k] in "(（"
        if depth == 0:
            at = k
            break
    if at <= 0:
        return None
    question, inside = rest[:at].strip(), rest[at + 1 : -1].strip()
    if not question.rstrip(" *_").endswith(QUESTION_MARKS) or not inside or len(inside) > CHECK_ANSWER_MAX:
        return None
    answer = strip_answer_label(inside).strip()
    labelled = answer != inside
    if not answer or (not labelled and (label is None or _NOT_ANSWER.search(inside))):
        return None
    own = OWN_LABEL.match(question) if label is None and labelled else None
    if own is not None and question[own.end() :].strip():
        # ('**Vérification rapide :** Quel pigment …? *(Réponse : la chlorophylle)*': a label of a word or two before the
        # question, in whatever language, when the brackets say they answer it: off the front as a known check label is)
        question, label = question[own.end() :].strip(), own
    if question[:1].islower() and label is not None:
        question = question[0].upper() + question[1:]  # ('Pause and think: why does …?': the question alone, a sentence)
    return question, answer


def checks_in_passing(lines: list[str]) -> int:
    """How many paragraphs (a quote's too) of ``lines`` ask a question in passing and answer it in brackets
    (:func:`checked_in_passing`): what the layout's message counts."""
    found = 0
    paragraph: list[str] = []
    for line in [*lines, ""]:
        text = re.sub(r"^[ ]{0,3}>[ \t]?", "", line, count=1)
        if text.strip() and not text.lstrip().startswith("#"):
            paragraph.append(text)
            continue
        found += bool(paragraph) and checked_in_passing(" ".join(paragraph)) is not None
        paragraph = []
    return found


_LIST_START = re.compile(r"^\s*(?:[-*+•]|\d{1,9}[.)])\s")


def in_list_item(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is indented under a list entry (a paragraph of a numbered question's own, '9. Consider the
    table …' / its table / '    Which enzymes …?'; learner5 L57): part of that entry, never a note of its own."""
    indent = len(lines[k]) - len(lines[k].lstrip())
    if indent < 2:
        return False
    for j in range(k - 1, -1, -1):
        text = lines[j]
        if text.strip() and len(text) - len(text.lstrip()) < indent:
            return bool(_LIST_START.match(text))
    return False


_PAIR_START = re.compile(r"^\s*(?:[-*+•>#|]|={3,}[ \t]*$|\d{1,4}[.)]|[A-Ha-h][.)]\s|(?i:q|a|question|answer)\s*[:.)-])")  # a list, label, option
PAIRS_MIN = 2  # question-and-answer paragraphs (or alternating lines) that make a plain-text file of them
TERM_WORDS = 4  # a paragraph's first line this short, with no sentence's end, is a term over its meaning


def _lone_pair(lines: list[str], paragraphs: list[list[int]]) -> bool:
    """A file of one question and its answer, no label (``What is the powerhouse of the cell?`` over ``The
    mitochondrion …``, on the next line or after a blank one): the question's line ends in a question mark, the
    answer is one paragraph none of whose lines asks or sets a task (one question repeats nothing, so no layout was
    told: a first try)."""
    if len(paragraphs) == 1:
        question, answer = paragraphs[0][0], paragraphs[0][1:]
    elif len(paragraphs) == 2 and len(paragraphs[0]) == 1:
        question, answer = paragraphs[0][0], paragraphs[1]
    else:
        return False
    return (
        bool(answer)
        and lines[question].strip().rstrip(CLOSERS).endswith(QUESTION_MARKS)
        and not any(_asks_or_prompts(lines[k]) for k in answer)  # ('Explain DNS.' below: alternating pairs, U94)
        # (a phrase list whose first phrase asks, 'Où est la gare ? = Where is the station?' over 'le chat = the cat' …,
        # is pairs a line each, never one question over the list as its answer: trial41, the whole list one card)
        and not (len(answer) >= PAIR_MIN and pair_separator([lines[question], *(lines[k] for k in answer)]) is not None)
    )


def _asks_or_prompts(line: str) -> bool:
    """A plain line that asks ('What is a thread?') or sets a task ('Define deadlock.', 'Explain paging.')."""
    text = line.strip()
    return text.rstrip(CLOSERS).endswith(QUESTION_MARKS) or prompt_term(text)


def _term(line: str) -> bool:
    text = line.strip()
    return 0 < len(text.split()) <= TERM_WORDS and text[-1:] not in ".:;,!?？؟。"


TERM_PAIRS_MIN = 3  # a term line over its meaning line, again and again: a glossary typed without blank lines


def _terms_over_meanings(lines: list[str], body: list[int]) -> bool:
    """Whether the non-blank ``body`` lines alternate a term (a short line with no sentence's end: ``Photosynthesis``,
    ``abundant``) and its meaning, each meaning at least as long as its term and the meanings together twice as long
    (a list of single words pairs nothing: 'hund' / 'dog' / 'katze' / 'cat' stays as it is)."""
    terms, meanings = [lines[k].strip() for k in body[::2]], [lines[k].strip() for k in body[1::2]]
    if len(terms) < TERM_PAIRS_MIN or not all(_term(t) for t in terms) or len({t.casefold() for t in terms}) < len(terms):
        return False
    if any(len(m.split()) < len(t.split()) or m[-1:] == ":" for t, m in zip(terms, meanings, strict=True)):
        return False
    return sum(len(m.split()) for m in meanings) >= 2 * sum(len(t.split()) for t in terms)


def paragraph_pairs(lines: list[str]) -> list[str] | None:
    """A plain-text file of questions (or terms) each over its answer, as a first file is typed (trial12 U94): in
    paragraphs split by blank lines, the first line of each the question ('What is a thread?', 'Define deadlock.',
    'Photosynthesis') and the rest its answer; or, with no blank line at all, lines that alternate a question that
    asks or sets a task (or a term: trial14 T14-47) with its one-line answer. Written as the 'Q:' / 'A:' lines they are (line numbers kept), so
    'Define deadlock.' and its answer are never glued onto the back before them; None for any other file."""
    body = [k for k, line in enumerate(lines) if line.strip()]
    if len(body) > 1 and body[1] > body[0] + 1 and _TITLE_HEADING.match(lines[body[0]]):
        body = body[1:]  # ('# Cell Biology Unit 2' over the pairs, a set page's title: their section, T31-33)
    if len(body) < 2 or any(_PAIR_START.match(lines[k]) for k in body):
        return None
    if sum(1 for k in body if lines[k].count("\t") >= 2) * 2 >= len(body):
        return None  # (rows of tab-separated fields, a Blackboard upload file's questions: a table's records, no prose; T15-76)
    if any(has_question_label(lines[k].strip()) or has_answer_label(lines[k].strip()) for k in body):
        return None  # ('Вопрос: …' / 'Ответ: …', '问：' / '答：': labelled already, read as such)
    paragraphs: list[list[int]] = []
    for k in body:
        if paragraphs and paragraphs[-1][-1] == k - 1:
            paragraphs[-1].append(k)
        else:
            paragraphs.append([k])
    out = list(lines)
    if _lone_pair(lines, paragraphs):  # 'What is …?' over its answer, and nothing else: a file of one card
        out[body[0]], out[body[1]] = f"Q: {lines[body[0]].strip()}", f"A: {lines[body[1]].strip()}"
        return out
    if len(body) < 2 * PAIRS_MIN:
        return None
    if len(paragraphs) == 1:  # alternating lines: question, answer, question, answer …
        if len(body) % 2 or not (all(_asks_or_prompts(lines[k]) for k in body[::2]) or _terms_over_meanings(lines, body)):
            return None
        if any(_asks_or_prompts(lines[k]) and lines[k].strip().endswith(QUESTION_MARKS) for k in body[1::2]):
            return None
        asked, said = _own_labels([lines[k] for k in body[::2]], [lines[k] for k in body[1::2]])
        for k, (q, a) in enumerate(zip(body[::2], body[1::2], strict=True)):
            out[q], out[a] = f"Q: {lines[q].strip()[asked.get(k, 0) :].strip()}", f"A: {lines[a].strip()[said.get(k, 0) :].strip()}"
        return out
    if len(paragraphs) < PAIRS_MIN or any(len(p) < 2 for p in paragraphs):
        return None
    firsts = [lines[p[0]] for p in paragraphs]
    asking = sum(1 for line in firsts if _asks_or_prompts(line))
    if not all(_asks_or_prompts(line) or _term(line) for line in firsts) or (asking == 0 and len(paragraphs) < 3):
        return None
    if any(lines[k].strip().endswith(QUESTION_MARKS) for p in paragraphs for k in p[1:]):
        return None  # a second question inside a paragraph: not this shape
    asked, said = _own_labels([lines[p[0]] for p in paragraphs], [lines[p[1]] for p in paragraphs])
    if asked and _record_fields(lines, paragraphs):
        said = {}  # ('Disease: Asthma' / 'Symptoms: …' / 'Treatment: …': a record's fields, each kept under its label)
    for k, p in enumerate(paragraphs):
        out[p[0]] = f"Q: {lines[p[0]].strip()[asked.get(k, 0) :].strip()}"
        out[p[1]] = f"A: {lines[p[1]].strip()[said.get(k, 0) :].strip()}"
    return out


def _record_fields(lines: list[str], paragraphs: list[list[int]]) -> bool:
    """Whether every paragraph is a record of three labelled lines or more, the same labels in the same order in each
    ('Disease: Asthma' / 'Symptoms: wheeze, …' / 'Treatment: salbutamol …'): the first names the card, the others are
    fields to show under their labels (round-15 d/63: 'Symptoms' was taken for an answer label and dropped, 'Treatment:
    …' glued onto the symptoms)."""
    names = []
    for p in paragraphs:
        found = [OWN_LABEL.match(lines[k].strip()) for k in p]
        if len(p) < 3 or not all(found):
            return False
        names.append(tuple(m.group("label").casefold() for m in found if m))
    return len(set(names)) == 1


# a label of a word or two and a colon opening a line, its number apart ('ຄຳຖາມ:', 'ਜਵਾਬ:', "Su'aal 1:", '**Galdera:**')
OWN_LABEL = re.compile(r"^\s*(?P<b>\*\*|__|)(?P<label>[^\W\d_][^\s\d:：*_?？]{0,19}(?:\s[^\W\d_][^\s\d:：*_?？]{0,19})?)(?:\s*\d{1,3})?\s*(?:[:：](?P=b)|(?P=b)[:：])\s*(?=\S)")


def _own_labels(firsts: list[str], seconds: list[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Where the text starts after the labels a page writes its questions and answers in, whatever its language
    (``ຄຳຖາມ: …`` / ``ຄຳຕອບ: …``, ``ਸਵਾਲ:`` / ``ਜਵਾਬ:``, ``Su'aal:`` / ``Jawaab:``): ({paragraph: offset} of the first
    lines, of the second lines), each paragraph's first line opened by one label and its second by another, the same on
    every paragraph; two empty dicts when they are not so (trial38 T38-8: the labels stayed on both sides)."""
    ask = [OWN_LABEL.match(line.strip()) for line in firsts]
    answer = [OWN_LABEL.match(line.strip()) for line in seconds]
    if not all(ask) or not all(answer):
        return {}, {}
    names = {m.group("label").casefold() for m in ask if m}, {m.group("label").casefold() for m in answer if m}
    if len(names[0]) != 1 or len(names[1]) != 1 or names[0] == names[1]:
        return {}, {}
    return ({k: m.end() for k, m in enumerate(ask) if m}, {k: m.end() for k, m in enumerate(answer) if m})



# an answer labelled by a letter and a full stop under a labelled question ('**Q1.** …?' / '**A.** The cell.'; French and
# Spanish 'R.' / 'R:' for réponse / respuesta, 'Rép.', 'Resp.'), and Spanish 'P.' / 'P:' (pregunta) over such an answer
_DOT_ANSWER = re.compile(r"^(?P<lead>[ \t]{0,3}(?:\*\*|__)?)(?P<label>(?i:a|r|rép|resp))(?:\.(?P<b1>\*\*|__)?|(?P<b2>\*\*|__)?\.|(?P<b3>\*\*|__)?[ \t]*[:：](?P<b4>\*\*|__)?)(?P<rest>[ \t]+\S.*)$")
_P_QUESTION = re.compile(r"^(?P<lead>[ \t]{0,3}(?:\*\*|__)?)(?P<label>P\s*\d{0,3})(?:\.(?P<b1>\*\*|__)?|(?P<b2>\*\*|__)?\.|(?P<b3>\*\*|__)?[ \t]*[:：](?P<b4>\*\*|__)?)(?P<rest>[ \t]+\S.*)$")
_NEXT_OPTION = re.compile(r"^[ \t]{0,3}(?:\*\*|__)?\(?[Bb](?:\*\*|__)?[.)]")
_INLINE_OPTIONS = re.compile(r"\s(?:\*\*|__)?\(?[B-Eb-e](?:\*\*|__)?[.)](?:\*\*|__)?\s")
DOT_PAIRS_MIN = 2  # labelled questions each over such an answer that make the letters a page's answer labels


def _bold(m: re.Match[str]) -> str:
    return next((m.group(k) for k in ("b1", "b2", "b3", "b4") if m.group(k)), "")


def dotted_answer_labels(lines: list[str]) -> list[str]:
    """``lines`` with answers labelled ``**A.**`` in bold (or ``R.``, ``R:``, ``Rép.``, ``Resp.``) right under a labelled question
    written ``A:`` (and a Spanish ``P.`` / ``P:`` question label written ``Q:``), when the page pairs them so two times
    at least and no ``B.`` follows such a line: a letter with a full stop is an option's label elsewhere, so the answer
    was read as a lone option and the question had 'no answer' (all but a page's last: sitting 39). Line numbers kept."""
    pairs: list[tuple[int, int]] = []
    # (a plain 'A. …' over a 'B. …' anywhere on the page is an option, or the qa layout's own 'Q.' / 'A.' notes going on
    # with a species name, 'B. anthracis …': the page's 'A.' lines are read as they are)
    lettered = any(
        _NEXT_OPTION.match(next((lines[j] for j in range(k + 1, min(len(lines), k + 3)) if lines[j].strip()), ""))
        for k, line in enumerate(lines) if (m := _DOT_ANSWER.match(line)) is not None and not _bold(m)
    )  # fmt: skip
    for k, line in enumerate(lines):
        m = _DOT_ANSWER.match(line)
        if m is None or (m.group("label").lower() == "a" and not _bold(m) and lettered):
            continue
        above = next((j for j in range(k - 1, max(-1, k - 3), -1) if lines[j].strip()), None)
        below = next((lines[j] for j in range(k + 1, min(len(lines), k + 3)) if lines[j].strip()), "")
        if above is None or _NEXT_OPTION.match(below) or _INLINE_OPTIONS.search(m.group("rest")):
            continue  # ('A. Mars' over 'B. Sun', 'A. Mars   B. Sun   C. …': options)
        asked = unbold_label(lines[above].strip())
        spanish = _P_QUESTION.match(lines[above]) is not None and m.group("label").lower() == "r"
        if has_question_label(asked) or spanish:
            pairs.append((above, k))
    if len(pairs) < DOT_PAIRS_MIN:
        return lines
    out = list(lines)
    for q, a in pairs:
        m = _DOT_ANSWER.match(lines[a])
        assert m is not None
        bold = _bold(m)
        out[a] = f"{m.group('lead')}A:{bold}{m.group('rest')}"
        if (p := _P_QUESTION.match(lines[q])) is not None:
            out[q] = f"{p.group('lead')}Q:{_bold(p)}{p.group('rest')}"
    return out


_RULE_LINE = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$")  # '---', '____', '- - -'
_BLOCK_LINE = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s|$)|>|\||<|```|~~~|\$\$)")  # headings, quotes, tables, html, fences, math
TIGHT_PAIRS_MIN = 2  # answered questions in one paragraph that make it a list of cards


def _labelled(line: str, label: Callable[[str], bool]) -> bool:
    return label(unbold_label(line.strip()))


def _tight_run(lines: list[str], start: int, end: int) -> list[str] | None:
    """The paragraph ``lines[start:end]`` as list entries when it holds TIGHT_PAIRS_MIN or more questions, each over
    its answer (``tight_pairs``); None for any other paragraph."""
    run = lines[start:end]
    if any(len(line) - len(line.lstrip()) > 3 for line in run):
        return None  # (an indented paragraph: a list's or code's, not the page's own)
    asks = [k for k, line in enumerate(run) if not _LIST_START.match(line) and _labelled(line, has_question_label)]
    if len(asks) >= TIGHT_PAIRS_MIN:  # 'Q: …' / 'A: …', '**Question:** …' / '**Answer:** …', '问：' / '答：' …
        bounds = [*asks, len(run)]
        answered = sum(
            1 for q, nxt in itertools.pairwise(bounds) if any(_labelled(line, has_answer_label) for line in run[q + 1 : nxt])
        )
        if answered < TIGHT_PAIRS_MIN:
            return None
        out = run[: asks[0]]  # (a line of its own before the first question stays the paragraph it is)
        margin = "  "  # (under the question: its options, its wrapped text; under the answer: the answer's own lines)
        for k in range(asks[0], len(run)):
            line = run[k]
            if k in asks:
                out.append("- " + line.lstrip())
                margin = "  "
            elif margin == "  " and k - 1 in asks and _labelled(line, has_answer_label):
                out.append("  - " + line.lstrip())  # (an entry of its own: 'Define deadlock.' asks by its label alone)
                margin = "    "
            else:
                out.append(margin + (line if _LIST_START.match(line) else line.lstrip()))
        return out
    # no labels: a question line over its answer line, again and again ('What does DNS stand for?' / 'Domain Name System')
    if len(run) < 2 * TIGHT_PAIRS_MIN or len(run) % 2 or any(_PAIR_START.match(line) or _PLAIN_SKIP.match(line) for line in run):
        return None
    plain = [line.strip().rstrip("\\").rstrip() for line in run]
    if any(has_question_label(line) or has_answer_label(line) for line in plain):
        return None
    questions, answers = plain[::2], plain[1::2]
    if not all(_asks_or_prompts(q) for q in questions) or any(a.rstrip(CLOSERS).endswith(QUESTION_MARKS) for a in answers):
        return None
    if 2 * sum(1 for q in questions if q.rstrip(CLOSERS).endswith(QUESTION_MARKS)) < len(questions):
        return None  # (mostly asking: lines of prose that happen to alternate are no quiz)
    if any(a.rstrip().endswith((",", ";", "，", "；")) for a in answers) or answers[-1].rstrip().endswith((":", "：")):
        # 'Which of these files contains the fewest lines?' / 'It's an easy question … six files,' / 'but what if there
        # were 6000?' / 'Our first step … the command:': a lesson's sentences wrapped over lines, no quiz (trial23 T23-5)
        return None
    return [f"- Q: {line}" if k % 2 == 0 else f"  - A: {line}" for k, line in enumerate(plain)]


def tight_pairs(lines: list[str]) -> list[str]:
    """A Markdown page's paragraphs that hold several questions each over its answer, typed with one Enter between
    lines as Obsidian, Typora or a notes app writes them (``Q: What does DNS stand for?`` / ``A: Domain Name System``
    / ``Q: Which port …?`` / ``A: 443``, any label deckc reads, or a question line over its answer line with no label),
    written as the outline they are (``- Q: …`` over its nested ``- A: …``), line numbers kept: Markdown joins such lines into
    one paragraph, which made one card whose answer taught every later question and answer (trial14 T14-48, T14-49).
    Lines in code fences, lists, quotes and tables, and any other paragraph, stay as they are."""
    out = list(lines)
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not lines[k].strip() or _BLOCK_LINE.match(lines[k]) or _RULE_LINE.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].strip() and not fenced[end] and not _BLOCK_LINE.match(lines[end]) and not _RULE_LINE.match(lines[end]):
            end += 1
        if not _LIST_START.match(lines[k]) and (tight := _tight_run(lines, k, end)) is not None:
            out[k:end] = tight
        k = end
    return out


# a quiz site's labelled-field template, one field a line, the question and each option in one language or several:
# '### Question 1' / 'Topic: algebra' / 'Question (English): What is 2 + 2?' / 'Question (Hindi): …' / 'Option A (English): 3'
# / 'Option A (Hindi): ३' … / 'Answer: B' / 'Explanation (English): …' (trial15 T15-36)
_FIELD_OPTION = re.compile(r"^\s*(?:\*\*|__)?(?i:option|choice)\s+(?P<label>[A-Ha-h])\s*(?:\((?P<lang>[^()\n]{1,30})\))?(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(?P<text>.*)$")
_FIELD_ASKED = re.compile(r"^\s*(?:\*\*|__)?(?i:question)\s*\((?P<lang>[^()\n]{1,30})\)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(?P<text>.*)$")
_FIELD_WHY = re.compile(r"^\s*(?:\*\*|__)?(?i:explanation|solution|rationale)\s*\((?P<lang>[^()\n]{1,30})\)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(?P<text>.*)$")
_FIELD_META = re.compile(r"^\s*(?:\*\*|__)?(?i:topic|subject|category|chapter|tags?)(?:\*\*|__)?\s*[:：]")  # the record's filing, no text to learn
_FIELD_LABEL = re.compile(r"^\s{0,3}(?:#{1,6}\s+)?(?P<label>(?i:question|q)\s*[#№]?\s*\d{1,4})\s*[.:)]?\s*$")  # '### Question 1'
FIELD_RECORDS_MIN = 2  # records with options in the labelled-field template that make a file of them


def labelled_fields(lines: list[str]) -> list[str] | None:
    """A file in a quiz site's labelled-field template (above), each record written as the plain question the numbered
    readers know: its label line ('Question 1', no heading marks), the question in each language on lines of its own,
    one option a line ('A) 3 / ३': the languages' texts of option A joined), 'Answer: B', 'Explanation: …' over the other
    languages' explanations; the lines freed by joining the options stay as blank lines at the record's end (line count
    kept). None for any other file (fewer than FIELD_RECORDS_MIN records with two options or more)."""
    if sum(1 for line in lines if (m := _FIELD_OPTION.match(line)) and m.group("label").upper() == "B") < FIELD_RECORDS_MIN:
        return None
    out: list[str] = []
    options: dict[str, int] = {}  # option label -> its line in out, in this record
    freed = 0
    explained = False
    for line in lines:
        option = _FIELD_OPTION.match(line)
        starts = _FIELD_LABEL.match(line) or (_FIELD_ASKED.match(line) and options)
        if starts:
            out.extend([""] * freed)
            freed, options, explained = 0, {}, False
        if option:
            label = option.group("label").upper()
            if label in options:
                text = option.group("text").strip()
                out[options[label]] += f" / {text}" if text and not out[options[label]].endswith(f") {text}") else ""
                freed += 1
            else:
                options[label] = len(out)
                out.append(f"{label}) {option.group('text').strip()}")
        elif (label_line := _FIELD_LABEL.match(line)) is not None:
            out.append(label_line.group("label"))
        elif (asked := _FIELD_ASKED.match(line)) is not None:
            out.append(asked.group("text"))
        elif (why := _FIELD_WHY.match(line)) is not None:
            out.append(why.group("text") if explained else f"Explanation: {why.group('text')}")
            explained = True
        elif _FIELD_META.match(line):
            freed += 1
        else:
            out.append(line)
    out.extend([""] * freed)
    return out


_PLAIN_SKIP = re.compile(r"^\s*(?:#|>|[-*+•]\s|\d{1,9}[.)]\s|\||<|\*\*|__|!\[|```|~~~|\?:)")  # headings, lists, quotes, tables, html, bold
PLAIN_MIN = 2  # plain question lines, each over its answer, that make a page of them
PLAIN_SHARE = 0.8


# a heading that numbers what is under it ('### Question 1', '## Q2', '### 3.'), no topic of its own
_LABEL_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?:\S+\s+){0,2}?\S*\d[\d.)]*\s*[.:)]?\s*#*\s*$")


def _tab_indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def plain_questions(lines: list[str]) -> set[int]:
    """0-based lines of the plainest Q&A notes (learner L37): a paragraph's first line, plain text ending in
    '?', over its answer (the paragraph's next lines, or the next paragraph) that does not ask. Only when at
    least two such lines make 80% of the paragraphs that open with a '?' line: a prose page's one
    rhetorical question is none."""
    fenced = list(in_fence(lines))
    found: set[int] = set()
    opening = 0
    for k, line in enumerate(lines):
        # (or right under the answer above indented under its question: 'How many lines …?' / '    Five.' / 'What does
        # a sharp do?': sitting 56, "cannot tell")
        under = k > 0 and lines[k - 1].strip() and _tab_indent(lines[k - 1]) > _tab_indent(line) == 0
        if fenced[k] or not line.strip() or (k > 0 and lines[k - 1].strip() and not under) or _PLAIN_SKIP.match(line):
            continue
        if not line.rstrip().endswith(QUESTION_MARKS) or in_list_item(lines, k):
            continue
        before = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
        heading = _ATX_HEADING.match(before)
        if heading is not None and heading.group("marks") != "#" and _LABEL_HEADING.match(before):
            continue  # '### Question 1' over it: the heading's layout (a pattern of its own), not a plain note
        # ('## Renaissance' over 'What technique …?' / '**Sfumato.**': a topic's section, its first question a note's)
        opening += 1
        nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if nxt is None or (fenced[nxt] and not lines[nxt].lstrip().startswith(("```", "~~~"))):
            continue
        text = lines[nxt].strip()
        if text.startswith("#") or text.rstrip().endswith(QUESTION_MARKS) or only_questions(text):
            continue
        found.add(k)
    return found if len(found) >= PLAIN_MIN and len(found) >= PLAIN_SHARE * opening else set()


# Outliner flashcards written as list entries (RemNote, Logseq, Obsidian outlines; trial8 H9): 'Front :: Back',
# 'Front::Back', 'Front >> Back'; RemNote's 'Back << Front' asks from the right side, 'A <> B' (and Obsidian's
# 'A:::B') both ways, ';;' (a descriptor) like '::'; '>>>', or any arrow with nothing after it, takes the
# nested entries as the answer. Arrows other than '::' stand between spaces ('x>>2' is code, not a card).
_OUTLINE_ENTRY = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<text>.*?)[ \t]*$")
_OUTLINE_ARROW = re.compile(r"(?:^|[ \t])(?P<arrow>>>>|>>|<<|<>|;;)(?:[ \t]+|$)")
_OUTLINE_COLONS = re.compile(r"^(?P<front>[^:`<>{}=;]*?[^:\s`<>{}=;])[ \t]*(?P<arrow>:{2,3})[ \t]*$")  # 'Stages::' + nested


@dataclass
class OutlineCard:
    """A card an outline entry spells out: ``offset`` its 0-based line in the list, ``section`` the outline
    entries above it that name no card ('- Biology' over '    - Mitochondria >> …')."""

    offset: int
    question: str
    answer: list[str]
    reverse: bool = False
    section: list[str] = field(default_factory=list)
    end: int = 0  # the 0-based line after its last (its entry's text and the entries that answer it)
    kind: str = "card"  # 'cloze': RemNote's '{{…}}' entry (question holds c1:: deletions); 'note': an entry with no card


# RemNote's cloze entry: '- The {{Golgi apparatus}} packages proteins' (no 'c1::' inside the braces)
_REMNOTE_CLOZE = re.compile(r"\{\{(?!c\d+::)(?P<body>[^{}]+)\}\}")
OUTLINE_NOTES_MAX = 0.5  # ordinary entries (notes, no card) an outline of cards holds, as a share of its cards
OUTLINE_CARDS_MIN = 2  # arrow cards an outline needs before its '{{…}}' entries are clozes and its ordinary entries notes


def remnote_cloze(text: str) -> str | None:
    """An outline entry's text with RemNote's ``{{deletion}}`` marks numbered as Anki's (``{{c1::deletion}}``), else None."""
    count = itertools.count(1)
    cloze = _REMNOTE_CLOZE.sub(lambda m: f"{{{{c{next(count)}::{m.group('body')}}}}}", text)
    return cloze if cloze != text and "`" not in text else None


def outline_arrow(text: str) -> tuple[str, str, str] | None:
    """``(front, arrow, back)`` of an outline entry's text that is a flashcard, else None; ``back`` may be
    empty (the nested entries answer)."""
    if "`" in text or "://" in text or PROPERTY.match(text):
        return None
    m = _OUTLINE_ARROW.search(text)
    if m is not None and text[: m.start()].strip():
        return text[: m.start()].strip(), m.group("arrow"), text[m.end() :].strip()
    tight = _tight_arrow(text)
    if tight is not None:
        return tight
    card = inline_card(text)
    if card is not None:
        arrow = ":::" if text[card.end("q") :].lstrip().startswith(":::") else "::"
        return card.group("q").strip(), arrow, card.group("a").strip()
    bare = _OUTLINE_COLONS.match(text)
    return (bare.group("front"), bare.group("arrow"), "") if bare else None


_TIGHT_ARROW = re.compile(r">>>|>>|<<|<>|;;")
_CODE_SIGNS = re.compile(r"[(){}\[\]=;$&|\\]|::|->|\w\.\w")  # (a program's text: 'cout<<x;', 'a>>=2', 'std::cin>>n')


def _tight_arrow(text: str) -> tuple[str, str, str] | None:
    """A RemNote arrow typed with no spaces round it ('What is the powerhouse of the cell?>>Mitochondria',
    'Osmosis<>Diffusion of water', 'Stages of mitosis>>>'): a card when its sides read as words, never as code ('x>>2',
    'cout<<x', 'std::cin>>n'); trial25 T25-39, the editor takes both ways of typing them."""
    m = _TIGHT_ARROW.search(text)
    if m is None:
        return None
    front, back = text[: m.start()].strip(), text[m.end() :].strip()
    rest = front + " " + _TIGHT_ARROW.sub(" ", back)
    if not re.search(r"[^\W\d_]{2}", front) or _CODE_SIGNS.search(rest) or (back and not back[0].isalpha()):
        return None
    wordy = " " in front or front.endswith(("?", "？")) or " " in back or (not back and m.group() == ">>>")
    return (front, m.group(), back) if wordy and (back or m.group() == ">>>") else None


def two_way(arrow: str) -> bool:
    """Whether a flashcard's arrow asks both ways: RemNote's '<>', Obsidian's ':::'."""
    return arrow in ("<>", ":::")


# a Logseq block tagged as a card ('- What is Pinia? #card', '[[card]]', '#[[card]]'; trial9 T13): the tag
# the tags a Logseq block ends with ('#exam', '#[[Biología celular]]', '[[page]]'): the block's tags, no words of it
_TRAILING_TAGS = re.compile(r"(?:[ \t]+#[\w/-]+|[ \t]+#?\[\[[^\]]+\]\])+[ \t]*$")
CARD_TAG = re.compile(r"(?:^|[ \t])(?:#card|#flashcard|#\[\[card\]\]|\[\[card\]\])(?=[ \t]|$)", re.I)


_LINKED_CARD = re.compile(r"(?<!\S)#?\[\[card\]\](?=[ \t]|$)", re.I)


def card_links(lines: list[str]) -> list[str]:
    """Outline entries tagged ``[[card]]`` / ``#[[card]]`` (Logseq's other spellings) tagged ``#card``, as the
    Markdown reader's wiki links would turn the tag into the word 'card'."""
    return [_LINKED_CARD.sub("#card", line) if _OUTLINE_ENTRY.match(line) else line for line in lines]


def tagged_card(text: str) -> str | None:
    """The front of an outline entry's text tagged as a card (its other trailing tags dropped too), else None."""
    if not CARD_TAG.search(text):
        return None
    front = _TRAILING_TAGS.sub("", CARD_TAG.sub(" ", text)).strip()
    return front or None


# a list entry 'term::definition' whose definition need not start like a sentence ('- mitochondria::the powerhouse of
# the cell', '- HCl::hydrochloric acid, a strong acid'): a term of words (bold, or a link to its note) and a definition
# with none of a program's signs
_LIST_TERM = re.compile(
    r"^(?P<q>(?:\*\*|__)?(?:\[\[)?[^\W_][^\W_]*(?:[ '’.-][^\W_]+){0,5}(?:\]\])?(?:\*\*|__)?)"
    r"(?P<sep>[ \t]*(?P<arrow>:::|::)[ \t]*)(?P<a>[^\s:][^`<>{}=;_\\]*)$"
)
LIST_TERMS_MIN = 2  # such entries a list needs, each term once, to be read a card each


def _list_term(text: str) -> tuple[str, str, str] | None:
    """``(term, arrow, definition)`` of a list entry written ``term::definition`` that :func:`inline_card` leaves as text
    (a one-word term over a definition in lower case); the definition is two words or more, or the ``::`` is spaced
    (``- comer :: to eat``), so identifiers joined by ``::`` (``- std::vector``, ``- Foo::bar()``) never are one."""
    m = _LIST_TERM.match(text.strip())
    if m is None or "::" in m.group("a") or "(" in m.group("a").split(" ", 1)[0]:
        return None
    if len(m.group("a").split()) < 2 and not m.group("sep").startswith((" ", "\t")):
        return None
    return m.group("q"), m.group("arrow"), m.group("a").strip()


def list_terms(texts: list[str]) -> set[int]:
    """Which of a list's entries (their texts) are ``term::definition`` cards by :func:`_list_term` (trial30 T30-31:
    ``- mitochondria::the powerhouse of the cell`` / ``- ribosome::site of protein synthesis`` were one card listing
    them): in a list of two cards or more (with its other outline cards), each term once (``- std::vector of ints`` /
    ``- std::map of keys`` name one scope twice)."""
    found = {k: hit for k, text in enumerate(texts) if (hit := outline_arrow(text) or _list_term(text)) is not None and hit[2]}
    terms = [hit[0].strip("*_[]").lower() for hit in found.values()]
    loose = {k for k in found if outline_arrow(texts[k]) is None}
    return loose if len(found) >= LIST_TERMS_MIN and len(set(terms)) == len(terms) else set()


def list_term_cards(lines: list[str]) -> int:
    """How many entries of the text's lists (runs of entry lines outside code) are cards by :func:`list_terms`: the
    layout detector counts them as it counts other outline cards."""
    count = 0
    run: list[str] = []
    for line, fenced in zip([*lines, ""], [*in_fence(lines), False], strict=True):
        m = _OUTLINE_ENTRY.match(line) if not fenced else None
        if m is not None:
            run.append(m.group("text"))
        elif not line.strip() or fenced or not line[:1].isspace():
            count += len(list_terms(run))
            run = []
    return count


# a nested entry that states one attribute of the entry above it: 'Class: Biguanide', '**Mechanism:** …', 'Dosis: 500 mg'
_ATTRIBUTE = re.compile(r"^(?:\*\*|__)?(?P<label>[^\W\d_][^:：*_\n]{0,30}?)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]+\S")
ATTRIBUTE_ENTRY = _ATTRIBUTE  # (for compiler/sources/term_lists.py: a bold term line's list, the same attributes)
ATTRIBUTE_TERMS_MIN = 2  # terms, each over its attributes, that make a list a sheet of facts: a card per term


def _attribute_cards(entries: list[tuple[int, int, str, list[str]]], lines: list[str]) -> list[OutlineCard]:
    """A list whose every top entry is a term (a few words, bold or not, no sentence) over nested entries that each
    state one of its attributes (``- **Metformin**`` / ``  - Class: Biguanide`` / ``  - Mechanism: …``), one label at
    least shared by every term: a card per term, the term the front, its attributes the back (trial36 T36-12: the whole
    drug list was one card under its heading). [] for any other list."""
    top = min((indent for _, indent, _, _ in entries), default=0)
    groups: list[tuple[int, int, str, set[str]]] = []
    k = 0
    while k < len(entries):
        _, indent, text, more = entries[k]
        nested = k + 1
        while nested < len(entries) and entries[nested][1] > indent:
            nested += 1
        term = text.strip()
        bare = term[2:-2].strip() if len(term) > 4 and term[:2] in ("**", "__") and term[-2:] == term[:2] else term
        labels = [m.group("label").strip().casefold() for _, _, t, _ in entries[k + 1 : nested] if (m := _ATTRIBUTE.match(t.strip()))]
        if indent != top or more or nested - k - 1 < 2 or len(labels) < nested - k - 1:
            return []
        if not bare or len(bare.split()) > TERM_WORDS or bare[-1] in ".?？!:：;؟" or "*" in bare or "_" in bare:
            return []
        groups.append((k, nested, bare, set(labels)))
        k = nested
    if len(groups) < ATTRIBUTE_TERMS_MIN or not set.intersection(*(labels for *_, labels in groups)):
        return []
    cards: list[OutlineCard] = []
    for k, nested, term, _ in groups:
        base = min(entries[j][1] for j in range(k + 1, nested))
        answer: list[str] = []
        for j in range(k + 1, nested):
            answer.append(" " * (entries[j][1] - base) + "- " + entries[j][2])
            answer += ["  " + " " * (entries[j][1] - base) + x for x in entries[j][3]]
        offset = entries[k][0]
        end = entries[nested][0] if nested < len(entries) else len(lines)
        while end > offset + 1 and not lines[end - 1].strip():
            end -= 1
        cards.append(OutlineCard(offset, term, answer, False, [], end))
    return cards


def attribute_list_cards(lines: list[str]) -> int:
    """How many cards the text's lists of terms over their attributes make (:func:`_attribute_cards`): the layout
    detector counts them as it counts other outline cards."""
    count = 0
    run: list[str] = []
    padded, fences = [*lines, ""], [*in_fence(lines), False]
    for k, (line, fenced) in enumerate(zip(padded, fences, strict=True)):
        if not fenced and line.strip() and _OUTLINE_ENTRY.match(line):
            run.append(line)
            continue
        if run and not line.strip() and k + 1 < len(padded) and not fences[k + 1] and _OUTLINE_ENTRY.match(padded[k + 1]):
            continue  # (a blank line between entries: one loose list, '**Metformin**' lines made entries: T36-12)
        if len(run) > ATTRIBUTE_TERMS_MIN:
            entries = [(k, len(m.group("indent").expandtabs(4)), m.group("text"), []) for k, x in enumerate(run) if (m := _OUTLINE_ENTRY.match(x))]
            count += len(_attribute_cards(entries, run))
        run = []
    return count


OUTLINE_NAME_WORDS = 3  # words at most of a parent card's back that names what its nested cards are about


def outline_cards(lines: list[str]) -> list[OutlineCard]:
    """The cards of a list (its lines) whose every entry is an outliner flashcard ('- Term :: definition',
    '- Front >> Back', trial8 H9) or an entry naming a section over such entries; [] for any other list.
    RemNote's cloze entries ('- The {{Golgi apparatus}} packages …') are cloze cards; an ordinary entry among
    cards (and the entries under it) is a note of the outline, kind 'note', as long as they are few
    (:data:`OUTLINE_NOTES_MAX`; trial18 T18-71: one such entry lost every card). Lines under an entry that are
    no entry of their own go on with its answer, and so do nested entries none of which is a card.

    A Logseq page (trial9 T13): entries tagged ``#card`` are cards, their nested entries the answer; its other
    entries are the outline's notes, no card (nor a section unless cards are nested under them); block
    properties under an entry ('card-repeats:: 6', 'collapsed:: true', 'id:: …') are Logseq's, never text."""
    entries: list[tuple[int, int, str, list[str]]] = []  # (offset, indent, text, more lines)
    logseq = any(CARD_TAG.search(line) for line in lines)
    for k, line in enumerate(lines):
        m = _OUTLINE_ENTRY.match(line)
        if m is not None:
            entries.append((k, len(m.group("indent").expandtabs(4)), m.group("text"), []))
        elif line.strip():
            if not entries:
                return []
            if logseq and PROPERTY.match(line):
                continue  # a block property: Logseq's review state, not the card's text
            entries[-1][3].append(line.strip())
    cards: list[OutlineCard] = []
    path: list[tuple[int, str]] = []  # (indent, text) of the section entries open above
    loose = list_terms([text for _, _, text, _ in entries]) if not logseq else set()
    if not logseq and not loose and not any(outline_arrow(t) or remnote_cloze(t) for _, _, t, _ in entries):
        return _attribute_cards(entries, lines)  # ('- **Metformin**' over '  - Class: Biguanide' …: T36-12)
    k = 0
    while k < len(entries):
        offset, indent, text, more = entries[k]
        while path and path[-1][0] >= indent:
            path.pop()
        nested = k + 1
        while nested < len(entries) and entries[nested][1] > indent:
            nested += 1
        front = tagged_card(text) if logseq else None
        parts = (front, ">>>", "") if front else None if logseq else outline_arrow(text) or (_list_term(text) if k in loose else None)
        if parts is None and logseq:
            if not any(CARD_TAG.search(entries[j][2]) for j in range(k + 1, nested)):
                k = nested  # a note of the outline, no card: its nested entries with it
                continue
            path.append((indent, _TRAILING_TAGS.sub("", text).strip() or text.strip()))  # ('Biología celular #[[Biología]]': T36-10)
            k += 1
            continue
        if parts is None and nested == k + 1 and (cloze := remnote_cloze(text)) is not None:
            cards.append(OutlineCard(offset, cloze, list(more), False, [t for _, t in path], offset + 1 + len(more), "cloze"))
            k += 1  # RemNote's '- The {{Golgi apparatus}} packages …': a cloze card (trial18 T18-71)
            continue
        if parts is None:
            if nested == k + 1 or more or not any(j in loose or outline_arrow(entries[j][2]) or remnote_cloze(entries[j][2]) for j in range(k + 1, nested)):
                # an ordinary entry (and the entries under it): a note of the outline, no card; too many make the
                # list an ordinary list (below)
                end = entries[nested][0] if nested < len(entries) else len(lines)
                cards.append(OutlineCard(offset, text.strip(), [], False, [t for _, t in path], end, "note"))
                k = nested
                continue
            path.append((indent, text.strip()))
            k += 1
            continue
        front, arrow, back = parts
        answer = [back] if back else []
        answer += more
        inner = range(k + 1, nested)
        if not back or arrow == ">>>" or not any(j in loose or outline_arrow(entries[j][2]) for j in inner):  # they answer
            base = min((entries[j][1] for j in inner), default=0)
            for j in inner:
                answer.append(" " * (entries[j][1] - base) + "- " + entries[j][2])
                answer += ["  " + " " * (entries[j][1] - base) + x for x in entries[j][3]]
            after = nested
        else:
            after = k + 1
        if not answer:
            return []
        question, answer = (back, [front]) if arrow == "<<" and back else (front, answer)
        end = entries[after][0] if after < len(entries) else len(lines)
        while end > offset + 1 and not lines[end - 1].strip():
            end -= 1
        cards.append(OutlineCard(offset, question, answer, two_way(arrow), [t for _, t in path], end))
        if after == k + 1 and nested > after:
            # its nested cards are filed under its front, as under an entry that is no card, and under its back too when
            # that is a short name ('- Pharmacology >> Beta blockers' over '- Mechanism >> …': 'Pharmacology › Beta
            # blockers', where the front 'Mechanism' had no section; sitting 58 newdocs d/21)
            path.append((indent, question.strip()))
            named = answer[0].strip() if len(answer) == 1 else ""
            if named and len(named.split()) <= OUTLINE_NAME_WORDS and not named.rstrip().endswith((".", "!", "?", ":", "。")):
                path.append((indent, named))
        k = after
    arrows = sum(card.kind == "card" for card in cards)
    notes = sum(card.kind == "note" for card in cards)
    # ('- Front >> Back' / '- Term::Definition' entries, two at least, among a lecture's note entries: RemNote's and
    # Obsidian's notes mix them freely, each a card and the rest notes; sitting 48: four of each were one card)
    written = sum(1 for _, _, text, _ in entries if not logseq and outline_arrow(text) is not None) >= OUTLINE_CARDS_MIN
    written = written and not any(any(mark in card.question for mark in QUESTION_MARKS) for card in cards if card.kind == "note")  # (notes
    # that ask are questions of another shape, '- Which enzyme unwinds DNA? **Helicase**': other readings' to read)
    if arrows < len(cards) and (arrows < OUTLINE_CARDS_MIN or (notes > OUTLINE_NOTES_MAX * (len(cards) - notes) and not written)):
        return []  # ordinary or '{{…}}' entries among few arrow cards: an ordinary list ('- {{ name }} prints …')
    return cards


def outline_entry(line: str) -> bool:
    """Whether a line is a list entry holding an outliner flashcard ('- Front >> Back', '- Term :: definition',
    Logseq's '- What is Pinia? #card')."""
    m = _OUTLINE_ENTRY.match(line)
    return m is not None and (outline_arrow(m.group("text")) is not None or tagged_card(m.group("text")) is not None)


_SEPARATOR_ALONE = re.compile(r"^[ \t]{0,3}\?{1,2}[ \t]*$")  # Obsidian's '?' / '??' between a card's front and back


_FIELD_LINE = re.compile(r"^[ \t]{0,3}%[ \t]*$")  # Ankdown's field separator: a '%' alone on its line
_CARD_LINE = re.compile(r"^[ \t]{0,3}(?:%%|(?:-[ \t]*){3,})[ \t]*$")  # … and its card boundary: '---' or '%%'
ANKDOWN_MIN = 2  # cards with a '%' line that make a file Ankdown's
_TAGS_LABEL = re.compile(r"^(?i:tags?)[ \t]*:[ \t]*")


def ankdown_cards(lines: list[str]) -> list[str] | None:
    """Ankdown / md-to-anki cards (P7): fields split by a line that is only ``%`` (the front, the back, then tags
    if a third), cards by ``---`` or ``%%``; the front may hold several paragraphs and maths. Each card is written as
    a heading over an answer label, as ``glue_separators`` writes a many-paragraph card (the front's first paragraph
    the heading, its further blocks on the front; a third field a ``Tags:`` line under the heading). Lines keep their
    numbers. None when the file is not such cards (fewer than :data:`ANKDOWN_MIN`, or a card of more than three fields)."""
    fenced = list(in_fence(lines))
    bounds = [-1, *(i for i, line in enumerate(lines) if not fenced[i] and _CARD_LINE.match(line)), len(lines)]
    out = list(lines)
    made = 0
    for a, b in itertools.pairwise(bounds):
        fields = [i for i in range(a + 1, b) if not fenced[i] and _FIELD_LINE.match(lines[i])]
        if not fields:
            continue  # front matter, a title over the cards
        if len(fields) > 2:
            return None
        front = next((k for k in range(a + 1, fields[0]) if lines[k].strip()), None)
        if front is None or fenced[front]:
            return None
        end = front
        while end < fields[0] and lines[end].strip():
            end += 1
        if not lines[front].lstrip().startswith("#"):  # ('## Question' over the front: md-to-anki's own heading)
            out[front:end] = [f"##### {' '.join(x.strip() for x in lines[front:end])}", *[""] * (end - front - 1)]
        out[fields[0]] = "###### Answer"
        if len(fields) == 2:
            tags = [k for k in range(fields[1] + 1, b) if lines[k].strip()]
            for k in [fields[1], *tags]:
                out[k] = ""
            # (the field may carry its own label, 'tags: geography capitals': no tag of its own, trial26 T26-41)
            words = [t for k in tags for t in re.split(r"[,\s]+", _TAGS_LABEL.sub("", lines[k].strip())) if t]
            if words and front + 2 <= fields[0] and not out[front + 1].strip() and (front + 2 == fields[0] or not out[front + 2].strip()):
                out[front + 1] = f"Tags: {', '.join(words)}"  # (right under the question: the page's metadata line)
        made += 1
    return out if made >= ANKDOWN_MIN else None


_DM_ID = re.compile(r"^@\d{10,16}[ \t]*$")  # DeckMarkdown's note id over its card: '@1576972132443'
_DM_FRONT = re.compile(r"^(?i:qa):[ \t]*(?P<text>\S.*)$")  # its Basic-and-reversed card: 'qa: Test set' / 'aq: …'
_DM_BACK = re.compile(r"^(?i:aq):[ \t]*(?P<text>\S.*)$")
DECK_MARKDOWN_MIN = 2  # ids or reversed cards that make a file DeckMarkdown's


def deck_markdown(lines: list[str]) -> list[str]:
    """DeckMarkdown / AnkiMarkdown notes (MarcinMoskala's text format for Anki kept in git, trial15 T15-65): an
    ``@<id>`` line over each card (the Anki note id it was synced to: never text, blanked) and ``qa: front`` /
    ``aq: back`` for a card each way, written ``front:::back`` (the Markdown reader's two-way card) on the ``qa``
    line, the back's lines joined. ``q:`` / ``a:`` cards and ``{{c1::…}}`` clozes are
    read as they are. Lines keep their numbers; the lines as they were when the file is not such notes."""
    fenced = list(in_fence(lines))
    ids = [k for k, line in enumerate(lines) if not fenced[k] and _DM_ID.match(line) and k + 1 < len(lines) and lines[k + 1].strip()]
    pairs = [k for k, line in enumerate(lines[:-1]) if not fenced[k] and _DM_FRONT.match(line) and _DM_BACK.match(lines[k + 1])]
    if len(ids) < DECK_MARKDOWN_MIN and len(pairs) < DECK_MARKDOWN_MIN:
        return lines
    out = list(lines)
    for k in ids:
        out[k] = ""
    for k in pairs:
        front, back = _DM_FRONT.match(lines[k]), _DM_BACK.match(lines[k + 1])
        end = k + 2
        while end < len(lines) and lines[end].strip() and not fenced[end] and not _DM_ID.match(lines[end]):
            end += 1  # the back's further lines, up to the blank line after the card
        said = " ".join([back.group("text").strip(), *(line.strip() for line in lines[k + 2 : end])])  # type: ignore[union-attr]
        out[k : end] = [f"{front.group('text').strip()}:::{said}", *[""] * (end - k - 1)]  # type: ignore[union-attr]
    return out


# a container whose title asks and answers: '::: info 1. 下面哪个类用到了开放定址法？`C ThreadLocal` ❌' (a quiz notebook's
# question, the reader's answer after its '?', the ✅/❌ mark of whether it was right)
_ANSWERED_TITLE = re.compile(
    r"^(?P<open>[ ]{0,3}:{3,}[ \t]*[A-Za-z][\w-]*[ \t]+)(?P<q>\d{1,4}[.)、．]\s*\S.*?[?？؟])[ \t]*(?P<a>[^\s✅❌✔✗✘].*?)[ \t]*(?:[✅❌✔✗✘]\ufe0f?)?[ \t]*$"
)


def titled_answers(lines: list[str]) -> list[str]:
    """Containers (VitePress ``::: info``, markdown-it-container) titled by a numbered question with its answer written after
    the ``?`` (trial15 T15-10: the answer was on the front): the title keeps the question, and the blank line under
    it holds ``Answer: …`` (the ✅/❌ self-grading mark dropped). Lines keep their numbers; the lines as they were
    when no container is so titled."""
    out = list(lines)
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines[:-1]):
        m = _ANSWERED_TITLE.match(line) if not fenced[k] else None
        if m is None or lines[k + 1].strip() or not re.search(r"[^\W_]", m.group("a")) or only_questions(m.group("a")):
            continue
        out[k], out[k + 1] = m.group("open") + m.group("q"), f"Answer: {m.group('a')}"
    return out if out != lines else lines


def glue_separators(lines: list[str]) -> list[str]:
    """Cards whose ``?`` (or ``??``) line is a paragraph of its own, blank lines around it (trial9 T8: the
    Markdown Flashcards convention, ``____`` / front / blank / ``?`` / blank / back): the front, the ``?``
    and the back are made one paragraph, as Obsidian writes them when glued, by moving the two blank lines
    after the back (before a rule ending it: ``Rome`` over ``---`` is then no heading). The front keeps its
    line; lines after the back keep theirs. Not inside code fences, nor for a front that is a heading,
    list entry, quote or rule."""
    out = list(lines)
    fenced = list(in_fence(lines))
    k = 0
    while k < len(out):
        if fenced[k] or not _SEPARATOR_ALONE.match(out[k]) or k < 2 or k + 2 >= len(out):
            k += 1
            continue
        front, back = out[k - 2], out[k + 2]
        if out[k - 1].strip() or out[k + 1].strip() or not front.strip() or not back.strip():
            k += 1
            continue
        if front.lstrip().startswith(("#", "-", "*", "+", ">", "|", "```", "~~~")) or _RULE_LINE.match(front) or _RULE_LINE.match(back):
            k += 1
            continue
        start = _card_start(out, fenced, k - 2)
        if fenced[k + 2] or (start < k - 2 and not out[start].lstrip().startswith("<")):
            # a back that is code, or a front of several paragraphs since the rule above (a picture or audio tag
            # under its text): a card as a heading over an answer label, which may hold any blocks (trial9 T8)
            first = next(n for n in range(start, k) if out[n].strip())
            end = first
            while end < k and out[end].strip():
                end += 1
            out[first : end] = [f"##### {' '.join(x.strip() for x in out[first:end])}", *[""] * (end - first - 1)]
            out[k] = "###### Answer"
            k += 2
            continue
        end = k + 2  # the back's last line + 1
        while end < len(out) and out[end].strip() and not _RULE_LINE.match(out[end]) and not fenced[end]:
            end += 1
        out[k - 1 : end] = [out[k], *out[k + 2 : end], "", ""]
        k = end
    return out


def _card_start(lines: list[str], fenced: list[bool], front: int) -> int:
    """The first line of a card's front whose last line is ``front``: its paragraph's first line, or, when a rule
    (``____``, ``---``) stands above its paragraphs with nothing but text between, the first line after it."""
    k = front
    while k > 0 and lines[k - 1].strip() and not fenced[k - 1] and not _RULE_LINE.match(lines[k - 1]):
        k -= 1
    top = k
    while top > 0 and not fenced[top - 1] and not _RULE_LINE.match(lines[top - 1]):
        if lines[top - 1].lstrip().startswith(("#", "```", "~~~", "?")) or _SEPARATOR_ALONE.match(lines[top - 1]):
            return k  # a heading, code or another card above: the front is its own paragraph
        top -= 1
    return top if top > 0 and _RULE_LINE.match(lines[top - 1]) else k


# a line or heading tagged as a card (NeuraCache's and the flashcards-obsidian plugin's 'front #flashcard' / '## front #card',
# '#card-reverse' too), the back on the lines below it; other hashtags after the tag
_TAGGED_LINE = re.compile(
    r"^(?P<hashes>#{1,5}[ \t]+)?(?P<front>(?![-*+][ \t])[^\s#>|`].*?)[ \t]+#(?:card|flashcard)(?:[-/](?:reverse|reversed|spaced))?(?![\w-])"
    r"(?:[ \t]+#[\w/-]+)*[ \t]*$",
    re.I,
)
_PLAIN_TEXT = re.compile(r"^[ \t]{0,3}(?![-*+>|#]|\d{1,3}[.)][ \t]|```|~~~|\$\$)\S")  # ('443.' is an answer: T17-13)


_HIGHLIGHTED = re.compile(r"==(?=\S)[^=\n]+?(?<=\S)==")


def tagged_line_cards(lines: list[str]) -> list[str]:
    """Cards tagged on their front line (trial9 T8: ``Radii of stable orbits #flashcard #physics`` / blank / ``$$a_0 = …$$``
    / ``- - -``; ``What does TCP stand for? #card`` / ``Transmission Control Protocol``) as the shapes the Markdown
    reader reads, line numbers kept: over a blank line, a heading (the tags dropped) over an answer label heading where
    the blank line was, its back the blocks below up to the next heading; over a line of text, a ``Q:`` / ``A:``
    paragraph. List entries are Logseq's (:func:`outline_cards`); code is never read."""
    out = list(lines)
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines[:-1]):
        m = None if fenced[k] else _TAGGED_LINE.match(line)
        if m is None or (k and lines[k - 1].strip() and not _RULE_LINE.match(lines[k - 1]) and not m.group("hashes")):
            continue  # (a tagged line inside a paragraph is no front)
        front, below = m.group("front").strip(), lines[k + 1]
        if _HIGHLIGHTED.search(front):
            continue  # ('… gold is ==Au==. #card': Obsidian Spaced Repetition's cloze, its highlight the deletion: P115)
        level = len((m.group("hashes") or "#####").strip())
        if m.group("hashes") and _inline_cards_below(lines, fenced, k + 1):
            continue  # ('# Immune system #flashcard' over 'Antibody::A Y-shaped …' lines: the page's tag, those lines its cards)
        if not below.strip() and k + 2 < len(lines) and lines[k + 2].strip() and not _RULE_LINE.match(lines[k + 2]):
            out[k], out[k + 1] = f"{'#' * level} {front}", f"{'#' * (level + 1)} Answer"
        elif below.strip() and not fenced[k + 1] and _PLAIN_TEXT.match(below) and not m.group("hashes"):
            out[k], out[k + 1] = f"Q: {front}", f"A: {below.strip()}"
    return out


INLINE_BELOW_MIN = 2  # one-line cards ('Term::answer') right under a tagged heading that make them its cards


def _inline_cards_below(lines: list[str], fenced: list[bool], start: int) -> bool:
    """Whether the first paragraph from ``start`` (blank lines skipped) is one-line cards only, two at least (sitting 55:
    '# Immune system #flashcard' over them was one card of the heading, the lines its back)."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    while end < len(lines) and lines[end].strip() and not fenced[end]:
        end += 1
    return end - start >= INLINE_BELOW_MIN and all(inline_card(line) is not None for line in lines[start:end])


_ESCAPED_NUMBER = re.compile(r"^(?P<lead>[ \t]{0,3}(?:\*\*|__)?(?:\d{1,3}|[A-Ha-h]))\\(?P<mark>[.)])(?=\s)")  # Google Docs' '1\. What …'
# (and option letters as pandoc and Google Docs escape them: 'A\) Ubuntu', 'a\) Nucleus', trial14 T14-18)


# a corrected exam's score in bold before the item's number: '**0** 3. Si un árbol …', '**0,5** 4. …', '**2/2** 5. …'
_GRADED_NUMBER = re.compile(
    r"^(?P<lead>\s{0,3})(?:\*\*|__)\d{1,3}(?:[.,]\d{1,2})?(?:\s*/\s*\d{1,3})?\s*(?i:pts?\.?|p\.?|points?|punkte?|puntos?)?(?:\*\*|__)\s+(?=\d{1,3}[.)]\s)"
)
GRADED_MIN = 2  # scored items that make a corrected exam


def graded_numbers(lines: list[str]) -> list[str]:
    """The lines with a corrected exam's score taken off before each item number (trial12 U92: '**0,5** 4. Un nodo …'
    read as no item at all, 'no items found'), when at least GRADED_MIN items outside code are scored; else as they are."""
    fenced = list(in_fence(lines))
    if sum(1 for k, line in enumerate(lines) if not fenced[k] and _GRADED_NUMBER.match(line)) < GRADED_MIN:
        return lines
    return [line if fenced[k] else _GRADED_NUMBER.sub(r"\g<lead>", line) for k, line in enumerate(lines)]


def unescape_numbers(lines: list[str]) -> list[str]:
    """Item numbers and option letters a Markdown export escaped (``1\\. What is …?``, ``a\\) Nucleus``: Google Docs'
    'Download as Markdown', pandoc's output of a Word quiz; trial9 T30, trial14 T14-18) as typed (``1. What is …?``,
    ``a) Nucleus``), when at least two lines outside code start so; every other line as it is."""
    fenced = list(in_fence(lines))
    if sum(1 for k, line in enumerate(lines) if not fenced[k] and _ESCAPED_NUMBER.match(line)) < 2:
        return lines
    return [line if fenced[k] else _ESCAPED_NUMBER.sub(r"\g<lead>\g<mark>", line) for k, line in enumerate(lines)]


# a question's number written with a label: 'Q1. …', 'Q1) …', 'Q.1: …', 'Q 1: …', 'Question 1: …', '**Q1.** …' (its mark
# wanted: 'Q3 revenue rose' is a quarter)
_LABELLED_NUMBER = re.compile(
    r"^(?P<lead>[ ]{0,3}(?:\*\*|__)?)(?i:q|ques|question)[ \t]*\.?[ \t]*(?P<number>\d{1,3})[ \t]*(?P<mark>[.):])(?P<close>\*\*|__)?[ \t]+(?=\S)"
)
# an answer's label opening a line ('A: …', 'A1. …', 'Ans: …', 'Answer - …') or after a question on its line ('… Ans. (b)')
# (never 'A. …' / 'A) …', an option's letter, nor 'Answers: 1. Au …' / 'Answer key:', a key)
_PAIRED_ANSWER = re.compile(
    r"^\s*(?:\*\*|__)?(?:(?i:ans|answer)[ \t]*\d{0,3}[ \t]*(?:\*\*|__)?[ \t]*[.):\-–—]|A[ \t]*(?:\d{1,3}[ \t]*)?(?:\*\*|__)?[ \t]*:|A\d{1,3}[.)])"
    r"|\s(?i:ans|answer)[ \t]*[.:]"
)
_ANSWER_WORD = re.compile(r"^[\W_]*([^\W\d_]+)")  # the first word after a label's number
_QUESTION_NUMBER_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?(?i:q|ques|question)[ \t]*\.?[ \t]*\d")  # '## Question 1'
_SPOILER = re.compile(r"\|\|[^|\n]+\|\||>![^!\n]+!<")  # Discord's '||answer||', Reddit's '>!answer!<'
LABELLED_NUMBERS_MIN = 2  # questions numbered with their label for the label to be only their numbering


def labelled_numbers(lines: list[str]) -> list[str]:
    """Questions numbered with a label (``Q1. …``, ``Question 1: …``, ``**Q1.**``) as the plain numbers they are
    (``1. …``), when that label is only their numbering: two or more such lines outside code, counting up (or from 1
    again, a part's questions), and no answer labelled as a pair's (``A: …``, ``A1. …``, ``Ans. …`` on its own line or
    after the question: a 'qa' page, read with its labels) nor hidden as a spoiler on the question's line. Their options, key and answers then read as under ``1. …``
    (round 3 M6 of the metamorphic checks: ``Q1.`` over ``1. Rabbit`` … and a key ``1. B 2. A`` left the key unused, ``Q1. The
    ___ … (mitochondria)`` gave no card); every other line as it is."""
    fenced = list(in_fence(lines))
    found = [(k, m) for k, line in enumerate(lines) if not fenced[k] and (m := _LABELLED_NUMBER.match(line))]
    if len(found) < LABELLED_NUMBERS_MIN or any(not fenced[k] and _PAIRED_ANSWER.search(line) for k, line in enumerate(lines)):
        return lines
    if any(_SPOILER.search(lines[k]) for k, _ in found):
        return lines  # ('**Q1:** …? ||Cysteine||': a chat's spoiler cards, read by their labelled lines)
    if any(_answered_by_a(lines, k) for k, _ in found):
        return lines  # ('Q. 1. What is …?' / 'A. Man's chief end …': a catechism's pairs, 'A.' no option: T34-2)
    if any(_keyed_entry(lines[k][m.end() :]) for k, m in found):
        return lines  # ('**Question 1 : Réponse B** - …': a key's entries, under '## Question 1' headings: trial11 P39)
    if any(_QUESTION_NUMBER_HEADING.match(line) for k, line in enumerate(lines) if not fenced[k]):
        return lines  # ('## Question 1' headings number the questions: labelled lines elsewhere are no question's)
    numbers = [int(m.group("number")) for _, m in found]
    if any(n not in (before + 1, 1) for before, n in itertools.pairwise(numbers)):
        return lines
    out = list(lines)
    for k, m in found:
        close = m.group("close") or ""
        out[k] = f"{m.group('lead')}{m.group('number')}{')' if m.group('mark') == ')' else '.'}{close} {lines[k][m.end() :]}"
    return out


# 'A. …', '**R.** …', 'R: …': a pair's answer label (Answer, Réponse, Respuesta), or option A
_A_LINE = re.compile(r"^\s*(?:\*\*|__)?(?P<letter>[^\W\d_])[ \t]*[.):](?:\*\*|__)?[ \t]+\S")
_B_LINE = re.compile(r"^\s*(?:[-*+][ \t]+)?(?:\*\*|__)?[Bb][ \t]*[.)]")


def _answered_by_a(lines: list[str], k: int) -> bool:
    """Whether the question at ``k`` is answered on the next line of text by a letter's label (``A. …`` with no ``B.``
    after it, ``**R.** …``, ``R: …``): a pair's answer label, never option A (options open with A)."""
    below = [j for j in range(k + 1, min(len(lines), k + 6)) if lines[j].strip()][:2]
    labelled = _A_LINE.match(lines[below[0]]) if below else None
    if labelled is None:
        return False
    return labelled.group("letter") not in "Aa" or not (len(below) > 1 and _B_LINE.match(lines[below[1]]))


def _keyed_entry(rest: str) -> bool:
    """Whether a labelled number's line names its answer after it (``Question 1 : Réponse B``): a key's entry."""
    word = _ANSWER_WORD.match(rest)
    return word is not None and has_answer_label(f"{word.group(1)}: …")


def tight_joint(fields: list[str]) -> int | None:
    """Where an unquoted comma-separated pair split into more than two fields divides its term from its definition: the
    one field that follows its comma with no space (``the red, big house,la casa roja``: a prose comma is followed by a
    space, the separator is not; trial20 T20-36), else None."""
    tight = [k for k in range(1, len(fields)) if fields[k][:1] and not fields[k][:1].isspace()]
    return tight[0] if len(tight) == 1 else None


_BARE_MARK = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])$")  # a list's bullet or number alone: the field before a tab after it


def field_pairs(lines: list[str]) -> tuple[str, int] | None:
    """``(separator, pairs)`` of a flashcard export saved as text (trial9 T10): ``term,definition`` rows (a
    quoted field may hold the comma: ``nucleus,"holds the DNA, in chromosomes"``; no space after the comma,
    as prose writes one), ``term|definition`` or ``term;definition`` rows (Quizlet's custom separators, trial18
    T18-52; a table's ``| a | b |`` row is none) or ``term<TAB>definition`` rows, nearly every line a pair; for tabs, also an
    export whose definitions go on over lines of their own without a tab (Quizlet's multi-line
    definitions), when at least half the lines are pairs and none holds two tabs. Else None."""
    import csv

    body = [line for line, fenced in zip(lines, in_fence(lines), strict=True) if line.strip() and not fenced and not _PAIR_SKIP.match(line)]
    if len(body) < 2:
        return None
    for sep in ("\t", ",", "|", ";"):
        pairs = 0
        for line in body:
            if sep == "|" and (line.strip().startswith("|") or line.strip().endswith("|")):
                continue  # '| a | b |': a table's row, never a 'term|definition' pair
            try:
                fields = next(csv.reader([line], delimiter=sep, skipinitialspace=False))
            except (csv.Error, StopIteration):
                continue
            left = fields[0].strip() if fields else ""
            if sep == "," and len(fields) > 2 and not line.startswith('"') and (k := tight_joint(fields)) is not None:
                # 'scrutiny,close examination, especially critical' (U85), 'the red, big house,la casa': prose commas
                fields = [",".join(fields[:k]), ",".join(fields[k:])]
                left = fields[0].strip()
            if len(fields) != 2 or not left or not fields[1].strip() or len(left) > PAIR_TERM_MAX:
                continue
            if _BARE_MARK.match(left):
                continue  # '-<TAB>The 1st line gives …', '1.<TAB>…': a list entry typed with a tab, no term (trial47 T47-3)
            if sep in ",;" and line[len(fields[0]) + 1 : len(fields[0]) + 2].isspace():
                continue  # 'First, open the file', 'It rained; we stayed': a sentence's comma or semicolon
            pairs += 1
        share = PAIR_SHARE if sep != "\t" or any(line.count("\t") > 1 for line in body) else 0.5
        least = 2 if pairs == len(body) else PAIR_MIN  # (two rows and nothing else: a first export, trial14 T14-37)
        if pairs >= max(least, share * len(body)):
            return sep, pairs
    return None


# NeuraCache's one-line card: 'Who was the first president? : George Washington ⚡️' (⚡ or 🧠 ends it, hashtags after)
_SPARK_CARD = re.compile(
    r"^(?P<q>[^\s:`#>|*-][^:`]{0,200}?)[ \t]+:[ \t]+(?P<a>[^:`]*?\S)[ \t]*(?:⚡\ufe0f?|🧠)[ \t]*(?:#[\w/-]+[ \t]*)*$"
)


def spark_cards(lines: list[str]) -> list[str]:
    """NeuraCache's one-line cards (trial9 T8: ``Q? : A ⚡️ #nature``) as the ``Q::A`` lines deckc reads as
    cards (the marker and hashtags dropped), each on its own line; every other line as it is."""
    fenced = list(in_fence(lines))
    return [
        f"{m.group('q').strip()}::{m.group('a').strip()}" if not fenced[k] and (m := _SPARK_CARD.match(line)) else line
        for k, line in enumerate(lines)
    ]


# 'F: …', 'R : …', 'В: …', 'س: …', 'ج/ …' (a slash before a space or a letter beyond ASCII: never 'A/B testing')
_SHORT_LABEL = re.compile(
    r"^\s*(?P<b>\*\*|__)?(?P<label>[^\W\d_]{1,3})\s?(?:[:：](?P=b)?\s*\S|/(?P=b)?(?=\s*[^\x00-\x7f]|\s+\S))"
)  # (bold too: '**P:** …' / '**R:** …', trial11 P46)
TAGS_LINE = re.compile(r"^\s*(?:</?[a-zA-Z][^>]*>\s*)+$")  # a line of HTML tags only ('</div>', '<div class="back">')
LABEL_PAIRS_MIN = 2  # paragraphs written in one pair of short labels, for the pair to be the page's question and answer labels
# the short label pairs languages write questions and answers in (their words' initials: French 'Q :' / 'R :', Spanish
# and Portuguese 'P:' / 'R:', German 'F:' / 'A:', Italian 'D:' / 'R:', Dutch 'V:' / 'A:', Polish 'P:' / 'O:', Turkish
# 'S:' / 'C:', Indonesian 'T:' / 'J:', Russian 'В:' / 'О:', Ukrainian 'П:' / 'В:', Chinese '问：' / '答：', Arabic 'س:' /
# 'ج:'): one such pair on a page is its pair, as in notes asking once among their text (trial31 T31-66); read as a pair
# only, never 'R:' alone as an answer
KNOWN_LABEL_PAIRS = frozenset(
    {("q", "r"), ("p", "r"), ("f", "a"), ("d", "r"), ("v", "a"), ("p", "o"), ("s", "c"), ("t", "j"), ("в", "о"), ("п", "в"),
     ("问", "答"), ("問", "答"), ("س", "ج")}
)  # fmt: skip


def page_label_pair(lines: list[str]) -> tuple[str, str] | None:
    """The pair of short labels a page's questions and answers are written in, whatever its language (German
    ``F:`` / ``A:``, French ``Q :`` / ``R :``, Russian ``В:`` / ``О:``, Arabic ``س:`` / ``ج:`` or ``ج/``; trial11
    P49, P47: the labels stayed on the cards): at least two paragraphs, most of those opened by a short label,
    open with the first and go on with a line, or the next paragraph, opened by the second. None when no pair is
    the page's."""
    paragraphs: list[list[str]] = [[]]
    coded: set[int] = set()  # the paragraphs right under a code block
    code = False  # whether the last line with text was a code block's
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        if line.strip() and not fenced and not TAGS_LINE.match(line):
            if not paragraphs[-1] and code:
                coded.add(len(paragraphs) - 1)
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
        code = fenced if line.strip() else code
    counts: Counter[tuple[str, str]] = Counter()
    asked: Counter[tuple[str, str]] = Counter()  # those whose question line asks ('Q : Quand … ?')
    under_code: Counter[tuple[str, str]] = Counter()  # those right under a code block
    for k, para in enumerate(paragraphs):
        first = _SHORT_LABEL.match(para[0]) if para else None
        if first is None:
            continue
        nxt = paragraphs[k + 1][:1] if k + 1 < len(paragraphs) else []
        at, later = next(((j, m) for j, m in enumerate(map(_SHORT_LABEL.match, [*para[1:], *nxt])) if m), (0, None))
        if later and first.group("label").casefold() != later.group("label").casefold():
            counts[(first.group("label"), later.group("label"))] += 1
            asked[(first.group("label"), later.group("label"))] += para[min(at, len(para) - 1)].rstrip(" *_").endswith(QUESTION_MARKS)
            under_code[(first.group("label"), later.group("label"))] += k in coded
    if not counts:
        return None
    pair, n = counts.most_common(1)[0]
    if under_code[pair] == n and not asked[pair]:
        return None  # ('```…```' / '**Bug:** the list is shared.' / '**Fix:** …': both say what the code shows, N24)
    if has_question_label(f"{pair[0]}: x") and has_answer_label(f"{pair[1]}: x"):
        return None  # ('Q:' / 'A:': the labels every reader knows, read as they always were)
    if has_answer_label(f"{pair[0]}: x") or has_right_answer_label(f"{pair[0]}: x"):
        return None  # ('정답: ④' / '해설: …', '正解：ウ' / '解説：': a key and its explanation, never a question)
    known = (pair[0].casefold(), pair[1].casefold()) in KNOWN_LABEL_PAIRS and asked[pair] == n  # (not 'P: pressure' / 'R: …')
    return pair if (n >= LABEL_PAIRS_MIN or known) and n >= 0.6 * sum(counts.values()) else None


def label_pair_count(lines: list[str]) -> int:
    """How many paragraphs open with the question label of the page's pair (:func:`page_label_pair`), for detection."""
    pair = page_label_pair(lines)
    if pair is None:
        return 0  # (counted only when nothing else asks: 'Q :' / 'R :' once in notes is their one question, T31-66)
    asked = short_label(pair[0])
    return sum(1 for line, fenced in zip(lines, in_fence(lines), strict=True) if not fenced and asked.match(line))


def drop_short_label(pattern: re.Pattern[str], text: str) -> str:
    """``text`` without the short label ``pattern`` opens it with; a bold opened before the label and closed later
    (``**F: Was ist …?**``) loses its closing mark too, so no stray ``**`` is left."""
    m = pattern.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    mark = m.group(1)
    if mark and not m.group(0).rstrip().endswith(mark):
        at = rest.rfind(mark)
        rest = rest[:at] + rest[at + len(mark) :] if at >= 0 else rest
    return rest


def short_label(label: str) -> re.Pattern[str]:
    """A line opened by the page's short ``label`` (:func:`page_label_pair`)."""
    return re.compile(rf"^\s*(\*\*|__)?{re.escape(label)}\s?(?:[:：]|/(?=\s*[^\x00-\x7f]|\s+\S))\1?\s*")


# a bold title or label ending in a colon that opens a paragraph ('**1. Daily consumption:**', '**Bonus reflection:** …'),
# its number apart; the problem it names follows, on its line or the next (trial11 P29; detection and the reader)
TITLE_LEAD = re.compile(r"^[ ]{0,3}(\*\*|__)(?:(?P<n>\d{1,3})[.)]\s+)?(?P<title>[^*_\n]{1,60}?[:：])\1(?P<rest>.*)$")


def answer_line(line: str) -> bool:
    """A line opened by an answer label (``**Answer:** …``, ``**Respuesta correcta:** …``), also a label alone on
    its line (``**Ответ:**``: the probe ' x' stands for the answer under it)."""
    text = unbold_label(f"{line.rstrip()} x").strip()
    return has_answer_label(text) or has_right_answer_label(text)


UNTICKED_BOX = re.compile(r"^\s*(?:[-*+]\s*)?(?:\[[ \u00a0]\]|☐)\s+\S")  # '- [ ] …', '-[ ] …', '- ☐ …'
_TICKED_BOX = re.compile(r"^\s*(?:[-*+]\s*)?(?:\[[xX×✓✔✅]\ufe0f?\]|☑)\s+\S")
BOX_RUN_MIN = 3  # boxes under one question that make it a question's options, not one step to tick off
BOX_QUIZ_MIN = 3  # questions over such boxes that make a page a quiz


def box_quiz(lines: list[str]) -> bool:
    """A page whose questions (a line ending '?' or ':') are each over a run of boxes to tick, and none ticked: a quiz
    shared without its key (trial18 T18-37), never a to-do list."""
    if any(_TICKED_BOX.match(line) for line in lines):
        return False
    runs, k = 0, 0
    while k < len(lines):
        if UNTICKED_BOX.match(lines[k]):
            start = k
            while k < len(lines) and UNTICKED_BOX.match(lines[k]):
                k += 1
            above = next((x.strip() for x in reversed(lines[:start]) if x.strip()), "")
            runs += k - start >= BOX_RUN_MIN and above.rstrip("*_ ").endswith((*QUESTION_MARKS, ":", "："))
            continue
        k += 1
    return runs >= BOX_QUIZ_MIN


_GLUED_BOX = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*+])\[(?P<tick>[ xX])\](?=\s+\S)")
# '- [] …' (the box typed with no space in it: text in Markdown, '[] GAAP' among the boxes, trial19 T19-2)
_EMPTY_BRACKETS = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*+])[ \t]*\[\](?=[ \t]+\S)")
_WELL_BOXED = re.compile(r"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+\S")


def spaced_boxes(lines: list[str]) -> list[str]:
    """``-[ ] …`` written for ``- [ ] …`` (no space after the dash: no list item in Markdown, the boxes printed raw on one
    line, trial18 T18-37), when two such lines at least follow one another; and ``- [] …`` for ``- [ ] …`` (no space
    inside the box, trial19 T19-2) right above or below a box (either kind); ``lines`` itself when there are none."""
    glued = [k for k, line in enumerate(lines) if _GLUED_BOX.match(line)]
    fenced = list(in_fence(lines)) if "[]" in "".join(lines) else []
    empty = [k for k, line in enumerate(lines) if _EMPTY_BRACKETS.match(line) and not fenced[k]]
    boxed = set(glued) | set(empty) | {k for k, line in enumerate(lines) if _WELL_BOXED.match(line)}
    glued = glued if any(k + 1 in glued for k in glued) else []
    empty = [k for k in empty if k - 1 in boxed or k + 1 in boxed]
    if not glued and not empty:
        return lines
    out = [_GLUED_BOX.sub(r"\g<indent>\g<mark> [\g<tick>]", line) if k in glued else line for k, line in enumerate(lines)]
    for k in empty:
        out[k] = _EMPTY_BRACKETS.sub(r"\g<indent>\g<mark> [ ]", out[k])
    return out


# An unkeyed multiple-choice list typed in Word (trial20 T20-12): each question an entry of a numbered list, its options
# the entries under it, numbered too, either nested ('46. Which …?' / '    1. Amazon EBS' …) or flattened into the same
# list ('1. Which …?' / '2. Amazon Route 53' / … / '6. Which …?'); nothing keyed.
_NUMBERED_ENTRY = re.compile(r"^(?P<indent>[ \t]*)\d{1,3}[.)][ \t]+(?P<text>\S.*?)\s*$")
_LEADING_ENTRY_NUMBER = re.compile(r"^\d{1,3}[.)]")
OPTION_RUN_MIN, OPTION_RUN_MAX = 3, 6  # options under one question
OPTION_QUIZ_MIN = 3  # questions over numbered options that make a page such a quiz
OPTION_QUIZ_SHARE = 0.8  # of the list's questions, at least
OPTION_WORDS = 12  # words at most in an option


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def _entry_asks(text: str) -> bool:
    bare = text.strip(" *_")
    return bare.endswith((*QUESTION_MARKS, ":", "：")) or opens_asking(bare)


def numbered_options(lines: list[str]) -> list[str]:
    """``lines`` with the numbered options of an unkeyed multiple-choice list lettered (``A) Amazon EBS``) and set under
    their question, as a quiz's options are (the questions numbered again in order when the options were numbered
    among them); ``lines`` itself when the page is no such list (fewer than
    :data:`OPTION_QUIZ_MIN` questions each over 3–6 short entries that ask nothing, or any answer label on the page).
    Read so, each question says its options are not keyed, and no card teaches all four as its answer."""
    if any(answer_line(line.strip()) for line in lines if line.strip()):
        return lines
    fenced = list(in_fence(lines))
    entries = [(k, m) for k, line in enumerate(lines) if not fenced[k] and (m := _NUMBERED_ENTRY.match(line))]
    runs: list[tuple[int, list[int], int]] = []
    asked = 0
    i = 0
    while i < len(entries):
        k, m = entries[i]
        indent = len(m.group("indent").expandtabs(4))
        if not _entry_asks(m.group("text")):
            i += 1
            continue
        asked += 1
        options: list[int] = []
        inner: int | None = None
        j = i + 1
        while j < len(entries):
            k2, m2 = entries[j]
            at = len(m2.group("indent").expandtabs(4))
            text = m2.group("text")
            if at < indent or (at == indent and _entry_asks(text)):
                break
            if _entry_asks(text) or len(text.split()) > OPTION_WORDS or (inner is not None and at != inner):
                options = []
                break
            inner = at if inner is None else inner
            options.append(k2)
            j += 1
        between = range(k + 1, options[-1]) if options else range(0)
        if OPTION_RUN_MIN <= len(options) <= OPTION_RUN_MAX and all(n in options or not lines[n].strip() for n in between):
            runs.append((k, options, m.start("text")))  # (the options go under the question's text)
            i = j
        else:
            i += 1
    if len(runs) < OPTION_QUIZ_MIN or len(runs) < OPTION_QUIZ_SHARE * asked:
        return lines
    out = list(lines)
    taken = {at for _, options, _ in runs for at in options}
    for _k, options, column in runs:
        for n, at in enumerate(options):
            text = _NUMBERED_ENTRY.match(lines[at]).group("text")  # type: ignore[union-attr]
            out[at] = f"{' ' * column}{'ABCDEF'[n]}) {text}"
    if any(_indent_of(lines[options[0]]) == _indent_of(lines[k]) for k, options, _ in runs):
        # (flattened: the questions were numbered among their options, '1.', '6.', '11.' …: numbered again in order)
        number = itertools.count(1)
        for k, m in entries:
            if k not in taken and not m.group("indent"):
                out[k] = _LEADING_ENTRY_NUMBER.sub(lambda _: f"{next(number)}.", out[k], count=1)
    return out


_COLUMN_GAP = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")  # two spaces or more between two words: a column's gap
ALIGNED_MIN = 3  # lines of two columns that make a list of them
ALIGNED_SHARE = 0.9  # of the lines with text


def aligned_pairs(lines: list[str]) -> list[str]:
    """A two-column word list aligned with spaces (``der Hund          the dog``, a vocabulary page copied out of a PDF
    or typed so; trial20 T20-45) with a tab in each gap, as a flashcard export writes its pairs; ``lines`` itself when
    the text is not one: most lines with text hold exactly one such gap, and nothing else there asks or is marked up."""
    texted = [line for line in lines if line.strip()]
    if len(texted) < ALIGNED_MIN or any("\t" in line for line in texted):
        return lines
    def pair(line: str) -> bool:
        gaps = list(_COLUMN_GAP.finditer(line))
        left = line[: gaps[0].start()] if len(gaps) == 1 else ""
        # (a short term, no sentence: 'It rained.  We stayed in.' is prose typed with two spaces after its full stop)
        return bool(left) and len(left) <= PAIR_TERM_MAX and not left.endswith((".", "!", "。"))

    gapped = [k for k, line in enumerate(lines) if line.strip() and pair(line.strip())]
    # (a term longer than its column, a single space after it, is the list's line too: sitting 60)
    overflowing = _overflowing(lines, gapped) if len(gapped) >= ALIGNED_MIN else {}
    if len(gapped) + len(overflowing) < max(ALIGNED_MIN, ALIGNED_SHARE * len(texted)):
        return _aligned_rows(lines, texted)
    out = list(lines)
    for k in gapped:
        stripped = lines[k].strip()
        out[k] = _COLUMN_GAP.sub("\t", stripped, count=1)
    for k, split in overflowing.items():
        out[k] = split
    return out


def aligned_overflow(lines: list[str]) -> set[int]:
    """The 0-based lines of a list aligned with spaces whose term runs past its column (:func:`_overflowing`): pairs of
    their own, never the wrapped end of the meaning above them."""
    aligned = aligned_pairs(lines)
    if aligned is lines:
        return set()
    return {k for k, line in enumerate(lines) if line.strip() and not _COLUMN_GAP.search(line.strip()) and "\t" in aligned[k]}


OVERFLOW_SHARE = 0.6  # of the list's lines whose second column starts at the same place: the column's place
OVERFLOW_SLACK = 2  # characters the meaning may start before its column, one space after a term that nearly fills it


def _overflowing(lines: list[str], gapped: list[int]) -> dict[int, str]:
    """The lines of an aligned list whose term runs past the place its second column starts, a single space after it
    (``el ornitorrinco platypus`` among ``perro           dog``: sitting 60, it was glued onto the line above as its
    meaning's next line), each split at its first space from that place on (or a character or two before it: a term
    that nearly fills its column, one space after it; before the word most meanings open with, 'the', when they do), a
    tab in it: between the list's first and last lines, as indented as they are, no sentence."""
    starts = Counter(m.end() for k in gapped if (m := _COLUMN_GAP.search(lines[k])) is not None)
    if not starts:
        return {}
    column, count = starts.most_common(1)[0]
    if count < OVERFLOW_SHARE * len(gapped):
        return {}
    indent = Counter(len(lines[k]) - len(lines[k].lstrip()) for k in gapped).most_common(1)[0][0]
    # the word most meanings open with ('the dog', 'the cat': an article, 'to' before a verb), when most do: where the
    # meaning starts on a line whose term leaves no place to tell ('das Flusspferd the hippopotamus')
    firsts = Counter(m.split()[0].lower() for k in gapped if (m := _COLUMN_GAP.split(lines[k].strip(), maxsplit=1)[-1]).strip())
    lead = firsts.most_common(1)[0][0] if firsts and firsts.most_common(1)[0][1] >= OVERFLOW_SHARE * len(gapped) else ""
    found: dict[int, str] = {}
    listed = set(gapped)
    for k, line in enumerate(lines):
        if k in listed or not line.strip() or len(line) - len(line.lstrip()) != indent or line.rstrip().endswith((".", "!", "?", ":", "。")):
            continue
        if not gapped[0] < k < gapped[-1]:
            continue  # (a title over the list, a note under it)
        led = re.search(rf"(?i)(?<=\S) (?={re.escape(lead)}\s)", line) if lead else None
        at = led.start() if led is not None else next((j for j in range(max(column - 1 - OVERFLOW_SLACK, 1), len(line.rstrip())) if line[j] == " "), None)
        left, right = (line[:at].strip(), line[at:].strip()) if at is not None else ("", "")
        if left and right and len(left) <= PAIR_TERM_MAX and not _COLUMN_GAP.search(line.strip()):
            found[k] = f"{left}\t{right}"
    return found


ROW_CELL_MAX = 40  # characters of a cell of a table aligned with spaces, at most


def _aligned_rows(lines: list[str], texted: list[str]) -> list[str]:
    """A table of three columns or more aligned with spaces (``Name            Formula     Charge`` / ``sulfate
    SO4         2-``, a table typed into a text file or copied out of a PDF; sitting 58: "cannot tell this document's
    layout") with a tab in each gap, as a sheet saved as text writes its rows; ``lines`` itself when the text is not
    one: every line with text but a title over the table holds the same number of gaps (two or more), its cells short
    and none a sentence, ALIGNED_MIN rows or more."""
    def cells(line: str) -> list[str]:
        return _COLUMN_GAP.split(line.strip())

    widths = [len(cells(line)) for line in texted]
    body = widths[1:] if widths[0] == 1 else widths  # ('Common polyatomic ions' over the table: its title)
    if len(body) < ALIGNED_MIN or len(set(body)) != 1 or body[0] < 3:
        return lines
    rows = texted[1:] if widths[0] == 1 else texted
    if any(len(c) > ROW_CELL_MAX or c.endswith((".", "!", "?", "。")) for line in rows for c in cells(line)):
        return lines
    out = list(lines)
    for k, line in enumerate(lines):
        if line.strip() and len(cells(line)) == body[0]:
            out[k] = _COLUMN_GAP.sub("\t", line.strip())
    return out


# --- a PDF's question wrapped over lines by its typesetter, its answer right under it (trial19 T19-14) ---
# A PDF's question wrapped over lines by its typesetter, with its answer right under it (trial19 T19-14).
#
# A PDF's text keeps the lines as the page set them and no blank line between a question and its answer: '4. An
# 8-bit byte … using an even-parity' / 'Hamming code. What is the binary value after encoding?' / 'The procedure …'.
# The question's first line was the card's front and the rest of the question the back's first line. Two shapes say
# that a line under an item line is still the question (wrapped_question):
#
# - the item line is *full* (as long as most full lines of the text, :data:`FULL_SHARE` of them) and ends no sentence:
#   the typesetter broke it, so the lines under it go on to the first that ends a sentence ('.', '?', '!', ':'), at
#   most :data:`WRAP_LINES`;
# - under a question that ends, a short line that asks too ('Why?', 'Give an example.', 'Justify your answer.':
#   :data:`FOLLOW_WORDS` words at most): the question's last sentence, not its answer.
#
# Never an option, an answer line, another item or a block (a heading, a list, code) — the caller passes what its
# layout takes for those.

FULL_SHARE = 0.7  # of the text's full width (its longest lines but a few), a line at least this long is full
WRAP_LINES = 3  # lines a wrapped question goes on over, at most
FOLLOW_WORDS = 5  # a short follow-up's words, at most
_WRAP_ENDS = ("?", ".", "!", ":", "？", "。", "！", "：", "؟")
_WRAP_CLOSERS = "*_)]}\"'”’» "
_WRAP_WORDED = re.compile(r"^(?!\S*://)[(\"'“‘]?[^\W\d_]{2,}")  # a line of prose goes on: it opens with a word, no link
# a follow-up that asks: a question, or a task in a few words
_WRAP_FOLLOW_UP = re.compile(
    r"(?i)^(?:.*[?？؟]|(?:give|justify|explain|illustrate|show|draw|prove|describe|list|name|state|discuss|compare|"
    r"mention|write|why|how)\b.*[.:]?)\s*$"
)


def full_width(lines: list[str]) -> int:
    """The text's full line width: the length its longest lines reach (the 90th percentile of its lines' lengths)."""
    sizes = sorted(len(line.strip()) for line in lines if line.strip())
    return sizes[int(0.9 * (len(sizes) - 1))] if sizes else 0


def wrapped_question(question: str, lines: list[str], lineno: int, width: int, stops: Callable[[str], bool]) -> int:
    """How many lines under the item line ``lineno`` (1-based; ``lines[lineno]`` is the first under it) go on with its
    ``question``; 0 if none. ``stops`` says which lines can never be part of it (an item, an option, an answer line)."""
    own = lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""
    text = question.rstrip(_WRAP_CLOSERS)
    if not text:
        return 0
    if not text.endswith(_WRAP_ENDS) and width and len(own) >= FULL_SHARE * width:
        for k in range(WRAP_LINES):
            index = lineno + k
            line = lines[index].strip() if index < len(lines) else ""
            if not line or stops(lines[index]) or not _WRAP_WORDED.match(line):
                return 0  # (a link or a formula under the line: its answer's)
            if line.rstrip(_WRAP_CLOSERS).endswith(_WRAP_ENDS):
                return k + 1 + _wrap_follow_up(lines, index + 1, stops)
        return 0
    return _wrap_follow_up(lines, lineno, stops) if text.endswith(_WRAP_ENDS) else 0


def _wrap_follow_up(lines: list[str], index: int, stops: Callable[[str], bool]) -> int:
    """1 if ``lines[index]`` is a short line that asks on after the question, with more text under it (its answer)."""
    line = lines[index].strip() if index < len(lines) else ""
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if not line or not below or stops(lines[index]) or len(line.split()) > FOLLOW_WORDS:
        return 0
    return 1 if _WRAP_FOLLOW_UP.match(line) else 0


SHAPE_WORDS = 3  # words at most of a column's name told by its shape alone ('Meccanismo di azione': T37-11)
SHAPE_ROWS = 3  # rows at least under a first row for its shape to tell it a header (two when neither is shaped as it)
SHAPE_SHARE = 0.5  # of those rows, fewer than this share shaped as it is


def _name_shaped(cell: str, small: bool = False) -> bool:
    """A cell written as a column's name: a word or three of letters (marks and an inner '-', '/', ''' between them),
    the first a capital ('Yorùbá', 'Àpẹẹrẹ', 'Svedese'), or with ``small`` a small letter ('meccanismo d'azione'); no
    digit, no sentence's stop, never a script without capitals."""
    text = cell.strip().strip("*_ ")
    words = text.split()
    if not words or len(words) > SHAPE_WORDS or not (text[0].islower() if small else text[0].isupper()):
        return False
    return all(ch.isalpha() or unicodedata.category(ch).startswith("M") or ch in " -/'’" for ch in text)


def _capitals(cell: str) -> bool:
    """A cell written in capitals, two letters at least ('COUNTRY', 'CAPITAL CITY')."""
    text = cell.strip().strip("*_ ")
    return sum(1 for ch in text if ch.isalpha()) >= 2 and text == text.upper() and text != text.lower()


def shaped_header(first: list[str], body: list[list[str]]) -> bool:
    """Whether a table's first row is its header by its shape, in any language (trial36 T36-7: 'Yorùbá | English |
    Àpẹẹrẹ', 'English,Ingleses', a Word table's 'Svedese | Inglese' were cards): each of its cells a name (a capitalised
    word or up to three, :func:`_name_shaped`; or each in small letters over rows in capitals, T37-11), none of them found again in its column below, over :data:`SHAPE_ROWS` rows or
    more of which fewer than half are so shaped (words in small letters, articles, sentences: the data a header
    names), or none written in capitals when its own cells are (``COUNTRY | CAPITAL`` over ``Canada | Ottawa``, sitting
    46 M9). A list of names ('France | Paris' over 'Spain | Madrid') is no header: its rows are shaped as its first."""
    cells = [c.strip() for c in first]
    while cells and not cells[-1]:
        cells.pop()
    rows = [r for r in body if any(c.strip() for c in r)]
    if len(cells) < 2 or len(rows) < SHAPE_ROWS - 1:
        return False
    if all(_name_shaped(c, small=True) for c in cells):
        # ('farmaco,classe,meccanismo d'azione' over 'Metformina,Biguanide,Riduce …': names in small letters over rows
        # most of which open every cell of words with a capital; a list in small letters ('hund,dog') is its own data)
        capital = sum(1 for r in rows if all(c.strip()[0].isupper() for c in r[: len(cells)] if c.strip()[:1].isalpha()))
        if (capital < len(rows) if len(rows) < SHAPE_ROWS else 2 * capital < len(rows)) or len({c.casefold() for c in cells}) < len(cells):
            return False
        return not any(k < len(r) and r[k].strip().casefold() == c.casefold() for r in rows for k, c in enumerate(cells))
    if not all(map(_name_shaped, cells)):
        return False
    if len({c.casefold() for c in cells}) < len(cells):
        return False
    if any(k < len(r) and r[k].strip().casefold() == c.casefold() for r in rows for k, c in enumerate(cells)):
        return False
    if all(_capitals(c) for c in cells) and not any(all(_capitals(c) for c in r[: len(cells)] if c.strip()) for r in rows):
        return True  # ('COUNTRY  CAPITAL' over 'Australia  Canberra': names in capitals over rows that are not, sitting 46 M9)
    shaped = sum(1 for r in rows if all(_name_shaped(c) for c in r[: len(cells)] if c.strip()))
    if len(rows) < SHAPE_ROWS:  # (two rows only: neither shaped as the first, T37-11's 'Farmaco,Classe,Meccanismo d'azione')
        return shaped == 0
    return shaped < SHAPE_SHARE * len(rows)


# a short question that points back at what the answer (or the heading) just showed: '为什么会出现这个问题呢？', 'Why
# does this happen?', 'Why is it O(1)?', 'Why would you use one?', '¿Por qué ocurre esto?' (trial26 T26-17: a card of its
# own, its front meaning nothing alone; trial43 T43-9: two such questions of one page merged as one)
_BACK = re.compile(
    r"(?i)\b(?:this|that|these|those|it|its|one|they|them|esto|eso|esta|este|ceci|cela|ça|dies(?:e[rs]?)?)\b"
    r"|这个|这种|这些|这样|这里|该问题|此|那个|那么|它|この|その|これ|それ|こう|そう|이것|그것|이러한|이런|그런|왜 그럴까"
)
BACK_MAX_WORDS, BACK_MAX_CHARS = 8, 24  # (a question that points back is short; CJK counted by characters)


def refers_back(question: str) -> bool:
    """A short question that points back at what stands before it, naming no subject of its own: the Markdown reader
    keeps it in the answer it follows, dedupe never takes two of them for one question over other answers."""
    text = question.strip()
    short = len(text.split()) <= BACK_MAX_WORDS if text.isascii() or " " in text else len(text) <= BACK_MAX_CHARS
    return short and bool(_BACK.search(text))


_NUMBERED_SECTION = re.compile(r"^\d{1,3}(?:\.\d{1,3})*$")  # a section column's bare number ('3', '2.1')


def numbered_section(name: str, text: str) -> str:
    """A section column's cell as the section it names: a bare number under its column's name ('Kapitel' over '3':
    'Kapitel 3', never a section '3' of its own; sitting 45 N11), any other text as written (a sheet's column and a
    Markdown table's alike)."""
    return f"{name.strip()} {text}" if name.strip() and _NUMBERED_SECTION.match(text) else text


def paragraph_blocks(lines: list[str]) -> list[list[int]]:
    """The indices of the lines of each paragraph: runs of lines with text, blank lines between them."""
    blocks: list[list[int]] = []
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if k and lines[k - 1].strip() and blocks:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks


_SLUG = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+")  # 'the-french-revolution', 'normal_distribution'


def slug_words(name: str) -> str:
    """The words a file's slug name joins ('the-french-revolution' -> 'the french revolution'), or '' for a name a
    person wrote ('Normal Distribution', 'Kanji') or one word."""
    return " ".join(re.split(r"[-_]+", name)) if _SLUG.fullmatch(name) else ""


def slug_title(name: str, text: str) -> str:
    """A slug-named note's name as words, its card's front (note.py): cased as its text says them together ('The
    French Revolution began …' -> 'The French Revolution'), else its first letter a capital ('Learning rate'); '' when
    the name is no slug."""
    words = slug_words(name)
    if not words:
        return ""
    said = re.search(r"(?<![\w-])" + r"[ \t]+".join(map(re.escape, words.split())) + r"(?![\w-])", text, re.I)
    found = " ".join(said.group(0).split()) if said else words
    return found[:1].upper() + found[1:]


# 'Follow-up 1:', '꼬리질문1:', 'Follow up question 2 -': the label of a follow-up toggle, not its question
# ('Nachfrage:', 'Question de relance :', 'Дополнительный вопрос:', '追问：', the same label in other languages: T31-53)
FOLLOW_UP_LABEL = re.compile(
    r"^\s*(?:(?i:follow[- ]?up)(?:\s+(?i:question))?|꼬리\s*질문|후속\s*질문"
    r"|(?i:nachfrage|anschlussfrage|folgefrage|relance|question\s+de\s+relance|pregunta\s+de\s+seguimiento|seguimiento"
    r"|domanda\s+di\s+approfondimento|pergunta\s+de\s+acompanhamento|дополнительный\s+вопрос|уточняющий\s+вопрос)"
    r"|追问|追問|追加質問|関連質問)\s*\d*\s*[:.)\-–：]\s*"
)


# a value set for an exercise to work on: what is left of a list entry without its code spans and inline maths
_DATA_WORDS = 3
_INLINE_VALUE = re.compile(r"`+[^`]*`+|\$[^$\n]+\$|\\\(.+?\\\)")
# a sentence that tells to use a tool for a task ('Use a loop to find …', 'Use the sympy.isprime function to find …')
_USE_TO = re.compile(r"(?i)^\W*use\b.{0,120}?\bto\s+\w+")
_LIST_MARK = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s+(?P<text>\S.*)$")


def _exercise_units(lines: list[str]) -> list[tuple[str, str]] | None:
    """The lines under an exercise's line as ``(kind, text)`` units: 'block' (display maths, code, a table, a picture),
    'entry' (a list entry and its wrapped lines), 'text' (a paragraph); None when a fence is never closed."""
    units: list[tuple[str, str]] = []
    k = 0
    while k < len(lines):
        text = lines[k].strip()
        if not text:
            k += 1
            continue
        fence = re.match(r"^(`{3,}|~{3,}|\$\$)", text)
        if fence is not None and not (fence.group(1) == "$$" and text.endswith("$$") and len(text) > 4):
            end = next((j for j in range(k + 1, len(lines)) if lines[j].strip().startswith(fence.group(1))), None)
            if end is None:
                return None
            units.append(("block", ""))
            k = end + 1
            continue
        if fence is not None or text.startswith(("|", "![")):
            units.append(("block", ""))
            k += 1
            continue
        entry = _LIST_MARK.match(lines[k])
        kind = "entry" if entry is not None else "text"
        said = [entry.group("text") if entry is not None else text]
        k += 1
        while k < len(lines) and lines[k].strip() and not _LIST_MARK.match(lines[k]) and not re.match(r"^\s*(?:`{3,}|~{3,}|\$\$)", lines[k]):
            said.append(lines[k].strip())
            k += 1
        units.append((kind, " ".join(said)))
    return units


def exercise_data(question: str, lines: list[str]) -> bool:
    """Whether the lines under a numbered exercise that points at what follows it ('Using a for loop print the types
    of the variables in each of the following iterables:', 'Consider the following polynomial:') are all its own: the
    values it works on (a list of code or formulas, display maths, code, a table) and then its tasks (sentences that ask
    or tell what to do, 'Use a loop to find …', '1. … is not prime?'), nothing that answers (trial47 T47-4: the data
    and the tasks were the exercise's answer). At least one value: a task alone under it may be its answer's shape."""
    if not question.rstrip(" *_").endswith((":", "：")) or not points_at(question):
        return False
    units = _exercise_units(lines)
    if not units:
        return False
    data = 0
    for kind, text in units:
        bare = squash(_INLINE_VALUE.sub(" ", text)).strip(" .,;")
        if kind == "block" or (kind == "entry" and _INLINE_VALUE.search(text) and len(bare.split()) <= _DATA_WORDS):
            data += 1
            continue
        asks = text.rstrip(CLOSERS + " ").endswith(QUESTION_MARKS) or re.search(r"[?？]\s*\(", text) is not None
        if not (asks or task_verb(text) or opens_asking(text) or _USE_TO.match(text)):
            return False
    return data > 0


# a printed paper's blank-page notice ('This page intentionally left blank', 'BLANK PAGE'): page furniture, no text
BLANK_PAGE = re.compile(
    r"(?i)^\W{0,3}(?:(?:this\s+page\s+(?:is\s+|has\s+been\s+)?)?(?:intentionally\s+)?left\s+blank(?:\s+intentionally)?"
    r"|blank\s+page)\W{0,3}$"
)


# a heading that only names code: code spans (_CODE_SPAN) joined by at most 'vs', 'and', 'or' ('`Hash#key?`', '`is_a?` vs `kind_of?`')
_CODE_JOINERS = re.compile(r"(?i)^[\s#=*_/&,()\-–—]*(?:(?:vs\.?|versus|and|or)[\s#=*_/&,()\-–—]*)*$")


def names_code_only(text: str) -> bool:
    """Whether a heading's text is only code spans (and words joining them): a '?' in them is code, a Ruby method's
    name (`` `Hash#key?` ``), and asks nothing (trial51 T51-16: a style guide's rules were read as questions)."""
    spans = _CODE_SPAN.findall(text)
    return any("?" in x for x in spans) and bool(_CODE_JOINERS.match(_CODE_SPAN.sub(" ", text)))


# an operator named in brackets after its name: 'Elvis Operator ( ?: )', 'Safe call (?.)', '( ?.let )', '(??)': its '?' is
# the operator's (a symbol beside it, an identifier after it may be), no question's mark (sitting 57: a Kotlin notes
# page's bold '__Safe call (?.)__' made its notes a page of questions, and read two of its 21 topics as cards); a
# blank '( ? )' alone still asks
_OPERATOR_NAMED = re.compile(r"\(\s*(?=[^\s()]*\?)[^\w\s()]{2,4}(?:[A-Za-z_]\w*)?\s*\)")


def unmark_operators(text: str) -> str:
    """``text`` with each operator it names in brackets (``( ?: )``, ``(?.)``) written without its '?', for asking's tests
    only (never shown)."""
    if "?" not in text or "(" not in text:
        return text
    return _OPERATOR_NAMED.sub(lambda m: m.group().replace("?", "\u00bf"), text)


def asks_in_code_only(text: str) -> bool:
    """Whether a heading's only question marks are inside code spans and its words do not open asking: the '?' is
    code (a method's name, `` `? :` `` the conditional operator: 'Mostre um ícone … com `? :`' is a challenge's title,
    trial52 T52-6), and the heading asks nothing; 'What does `a ?? b` do' still asks by its words."""
    if "`" not in text or not any("?" in x or "？" in x for x in _CODE_SPAN.findall(text)):
        return False
    outside = _CODE_SPAN.sub(" ", text)
    return not any(q in outside for q in QUESTION_MARKS) and (
        names_code_only(text) or not opens_asking(re.sub(r"^\s*#{1,6}\s*", "", outside).strip(" *_"))
    )


# a box's title over its glossary: '> **Key terms**', '> [!note] Key terms', '> ### Key terms'
_QUOTED_TITLE = re.compile(r"^(?:(?P<b>\*\*|__)(?P<bold>[^*_\n?？]{1,60}?)[:：]?(?P=b)[:：]?|\[!\w+\][+-]?[ \t]+(?P<callout>[^\n?？]{1,60}?)|#{1,6}[ \t]+(?P<heading>[^\n?？]{1,60}?))[ \t]*$")
_QUOTE_MARK = re.compile(r"^[ ]{0,3}>[ \t]?")
_ATX_LEVEL = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})[ \t]")
QUOTED_TERMS_MIN = 2  # defined terms a titled box needs to be read as the glossary it holds


_DETAILS_ALONE = re.compile(r"^\s{0,3}<details>\s*$", re.I)
_DETAILS_END = re.compile(r"^\s{0,3}</details>\s*$", re.I)
_NOTES_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")


def speaker_notes(lines: list[str]) -> list[str]:
    """``lines`` with the headings inside a slide's speaker notes written as bold text (``<strong>``, which no rewrite takes for a topic): a ``<details>`` alone on its
    line with no ``<summary>``, after the slide's own text (mdBook's and Comprehensive Rust's convention), holds notes
    to the slide above it, so a heading in it (``## More to Explore``) is a label in those notes, not a section of the
    page (trial56 T56-5: the slide's text was "its introduction", in no card, and the notes' last list a card of its
    own). ``lines`` itself when no such notes hold a heading."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    n = 0
    while n < len(lines):
        if fenced[n] or not _DETAILS_ALONE.match(lines[n]):
            n += 1
            continue
        first = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
        end = next((k for k in range(n + 1, len(lines)) if not fenced[k] and _DETAILS_END.match(lines[k])), None)
        text_above = any(x.strip() and not _NOTES_HEADING.match(x) and not x.lstrip().startswith("<") for x in lines[:n])
        if first is None or end is None or lines[first].lstrip().lower().startswith("<summary") or not text_above:
            n += 1
            continue
        for k in range(n + 1, end):
            m = None if fenced[k] else _NOTES_HEADING.match(lines[k])
            # (a heading that asks stays one: '<details>' / '## What holds the DNA?' is a hidden question, read as one)
            if m is not None and m.group("text").strip() and not m.group("text").rstrip(CLOSERS + " *_").endswith(QUESTION_MARKS):
                out = out if out is not None else list(lines)
                out[k] = f"<strong>{m.group('text').strip()}</strong>"
        n = end + 1
    return out if out is not None else lines


def quoted_glossaries(lines: list[str]) -> list[str]:
    """``lines`` with each box (a block quote, a callout) that holds only a title and a glossary list (``> **Key terms**``
    / ``> - **Current** – the rate of flow of charge …``) written as that list under a heading of its title, one level
    under the heading above it: a card per term, as the same list under ``## Key terms`` is (sitting 55: a revision
    sheet's box was 'text outside any question', in no card). ``lines`` itself when no box is one."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    level = 1
    k = 0
    while k < len(lines):
        heading = None if fenced[k] else _ATX_LEVEL.match(lines[k])
        if heading is not None:
            level = len(heading.group("marks"))
        if fenced[k] or not _QUOTE_MARK.match(lines[k]) or (k and lines[k - 1].strip()):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _QUOTE_MARK.match(lines[end]):
            end += 1
        inner = [_QUOTE_MARK.sub("", line, count=1) for line in lines[k:end]]
        title = _QUOTED_TITLE.match(inner[0].strip()) if inner else None
        body = [line for line in inner[1:] if line.strip()]
        if (
            title is not None
            and len(body) >= QUOTED_TERMS_MIN
            and all(TERM_DASH_BULLET.match(line) and not TERM_DASH_BULLET.match(line).group("indent") for line in body)  # type: ignore[union-attr]
        ):
            name = (title.group("bold") or title.group("callout") or title.group("heading")).strip()
            out = out if out is not None else list(lines)
            out[k] = f"{'#' * min(level + 1, 6)} {name}"
            out[k + 1 : end] = inner[1:]
        k = end
    return lines if out is None else out


_FRONT_TITLE = re.compile(r"^title\s*:\s*(?P<q>[\"']?)(?P<value>.+?)(?P=q)\s*$", re.I)


def front_matter_title(lines: list[str]) -> str | None:
    """``title: etcd`` in the front matter (Hugo's glossary, Jekyll, Obsidian): the page's own name for itself. Read as
    YAML (``title: >-`` over the title on the next lines, trial29 T29-1); line by line when the front matter is no
    YAML (TOML, or broken). Shared by the note reader and the Markdown reader (trial55 T55-4)."""
    if front_matter(lines) is not None:
        return front_matter_text(lines, "title")
    end = front_matter_end(lines)
    for line in lines[1:end] if end else []:
        m = _FRONT_TITLE.match(line)
        if m and m.group("value").strip():
            return " ".join(m.group("value").split())
    return None
