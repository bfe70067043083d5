"""Multiple-choice items in documents nobody coded for: options, the correct one, the rest.

An exam or quiz page writes a question, then its options one per line, and
marks the right one somewhere.  :func:`find_choices` looks at an item's answer
lines (as written, before they are sorted into blocks) and finds:

- the options: a run of at least two lines at the start of the answer,
  lettered in order (``a) 7``, ``(b) 11``, ``C. …``, ``- d) …``), or GitHub
  task boxes (``- [x] True`` / ``- [ ] False``), or a numbered list
  (``1. …`` … ``4. …``) of which exactly one option is marked;
- the correct one (or several: "check all that apply" marks several lettered
  options, a "Choose TWO" answer line names several letters): a
  checked box, an option that is bold as a whole
  (``**…**``) or ends with ✓ / ✔ / ✅ / ``(correct)``, or a line after the
  options such as ``Answer: b`` / ``Correct answer: (B)``;
- the explanation: every other line after the options.

Numbered lines are only options when one is marked: a numbered list is more
often the answer itself (three steps, four causes).  Lettered options with
no correct one marked are reported by the reader (and make no card: a card
whose back is the bare option list teaches nothing); an answer key elsewhere
in the document can still say which is right (see :mod:`compiler.sources.pattern`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from compiler.colours import colour_classes
from compiler.layouts import KEY_WORDS
from compiler.sources.lines import (
    ANSWER_WORDS,
    CLOSERS,
    LETTER_MARKS,
    MARK_COUNT,
    MARKS_TAG,
    QUESTION_MARKS,
    has_answer_label,
    spaces_one_way,
    task_lead,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from compiler.diagnostics import Diagnostics

# a check mark before an option's label marks it right ('* ✅ D) **None of the above**', learner L19); a paper
# exam's empty ballot box before each label is no part of the option ('☐ A) …' to tick, '☒ B) …' ticked: trial15 T15-6)
# (a box drawn in brackets before the label too, ticked '(X) b) Watt', '[x] c) …', or left empty '( ) a) …': T30-29)
_CHECK = (
    r"(?:(?P<check>[✅✔☑✓☒√][\ufe0e\ufe0f]?|\([ \t]*[xX✓✔*][ \t]*\)(?=[ \t])|\[[ \t]*[xX✓✔][ \t]*\](?=[ \t]))\s*"
    r"|(?:[☐□⬜🔲][\ufe0e\ufe0f]?|\([ \t]+\)(?=[ \t])|\[[ \t]+\](?=[ \t]))\s*)?"
)
# Chinese, Japanese and Korean option text may follow its label with no space ('A.简洁', 'A、简洁': trial14 T14-21)
_CJK_TEXT = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_LETTER = re.compile(
    r"^\s*(?:[-*+•]\s+)?" + _CHECK + r"(?P<star>[*=](?=\(?[A-Ha-h][.)]\s))?\(?(?P<label>[A-Ha-h])(?:[.)]|(?<=[A-H])[、．])"
    r"(?:\s+|(?<=[A-H][.)])(?=[A-Z0-9])|(?<=[A-H][.)、．])(?=" + _CJK_TEXT + r"))(?P<text>\S.*)$"  # ('C.AWS …': N19)
    r"|^\s*[-*+•]\s+(?P<label2>[A-Ha-h])\s?[:–-](?:\s+|(?<=[A-H]:)(?=[^\s:/\\]))(?P<text2>\S.*)$"  # '- A: `var`' (a bullet, then 'A:' or 'A -')
    # ('- D:`Person {…}`', the colon glued to the text as one option of a translated page writes it, T33-29; not a
    # Windows path 'C:\…' / 'C:/…')
)
# a task box; hand-typed and translated ticks count too ('[×]', '[✓]', '[✔]': learner2 M14)
_BOX = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+(?:\[(?P<box>[ xX×✓✔✅])\ufe0f?\]|(?P<sym>[☐☑]))\s+(?P<text>\S.*)$")
_TICKS = "xX×✓✔✅"
_BOX_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s")  # a task box's list number ('3. [ ] …')
# quiz markup for options, never a to-do list: a box without a bullet or with '*' in it ('[X] nil', '[*] T. rex',
# text2qti and learn.co) and radio buttons ('( ) echo', '(X) puts'); several marked are each a right one; spaces inside
# as forms and hand-typed tests draw them ('( X ) DNS', '(   ) ARP', '[ X ] Chloroplasten', '(*)', a filled '(●)': T30-28)
_QUIZ_TICKS = "xX*✓✔●◉•"
_QUIZ_BOX = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\[(?:[ \t]*(?P<box>[xX*✓✔])[ \t]*|[ \t]+)\]|\((?:[ \t]*(?P<radio>[" + _QUIZ_TICKS + r"])[ \t]*|[ \t]+)\))\s+(?P<text>\S.*)$"
)
# text2qti's feedback lines: '... general or this option's feedback', '+ if right', '- if wrong'
_FEEDBACK = re.compile(r"^\s*(?P<mark>\.\.\.|[+-]|@feedback:)\s+(?P<text>\S.*)$")  # (BCIT qcon's '@feedback: …': U35)
# the label of an explanation line ('EXPLANATION: …', '**Explanation:** …', 'Rationale: …'): layout, not text; in
# italics too ('*Explanation:* …', '_Rationale_: …', '***Explanation:***': trial32 T32-34, the label stayed on the back), in a
# quote ('> **Explanation:** …' under the options: trial39 T39-13)
_EXPLANATION_LABEL = re.compile(
    r"^(?P<indent>\s*(?:>[ \t]?)?)(?:\*{1,3}+(?=\w)|_{1,3}+(?=\w)|@)?(?i:explanation|rationale|feedback|reasoning|why|giải\s+thích|erklärung|begründung|explicación"
    r"|explication|spiegazione|explicação|пояснение|объяснение|[\u4e00-\u9fff]{0,3}(?:解释|解析|説明|解説)|해설"
    # (Ukrainian, Polish, Czech, Dutch, Turkish, Indonesian, Hindi, Arabic: trial15 T15-86)
    r"|пояснення|роз['’]яснення|wyjaśnienie|uzasadnienie|vysvětlení|uitleg|toelichting|açıklama|penjelasan|pembahasan|व्याख्या|الشرح|التفسير"
    r"|penerangan|huraian|விளக்கம்|ব্যাখ্যা|ವಿವರಣೆ|వివరణ|വിശദീകരണം|คำอธิบาย|ការពន្យល់|paliwanag|maelezo|explicație)"  # (T16-44)
    # (a word or two qualifying it, 'Giải thích học thuật:', 'Explanation (short):': trial15 T15-89)
    r"(?:[ \t]+[^\W\d_]{2,20}){0,2}(?:[ \t]*\([^()\n]{1,30}\))?(?:\*{1,3}+|_{1,3}+)?\s*[:：](?:\*{1,3}+|_{1,3}+)?\s*"
)
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
_NUMBER = re.compile(r"^\s*(?:[-*+•]\s+(?=[1-9]:))?(?P<label>[1-9])(?:[.)]|(?<=[-*+•]\s[1-9]):)\s+(?P<text>\S.*)$")  # also '- 1: Undefined'
_MARKS = ("✓", "✔", "✅", "☑", "√", "(correct)", "(Correct)", "← correct")  # ('√': the tick typed on answer sheets, T16-46)
# a tick before an option's text, after its letter: 'c. √ Trunk (802.1Q)' (Cram notes, Chinese answer sheets: trial16 T16-46)
_LEAD_TICK = re.compile(r"^[√✓✔☑✅][\ufe0e\ufe0f]?\s+(?=\S)")
_WRONG_MARKS = ("✗", "✘", "❌", "❎", "✖")  # a corrected exam's wrong pick (trial12 U92): not right, the mark no text
_BOLD_LABEL = re.compile(r"^(?P<lead>\s*(?:[-*+•]\s+)?)(?P<b>\*\*|__)(?P<label>\(?[A-Ha-h][.)])\s+(?P<text>.+?)(?P=b)(?P<after>.*)$")
# the option's label alone in bold, its text after it: '- **A.** …', '**(b)** …' (trial15 T15-89)
_BOLD_ONLY_LABEL = re.compile(r"^(?P<lead>\s*(?:[-*+•]\s+)?)(?P<b>\*\*|__)(?P<label>\(?[A-Ha-h][.)]\)?)(?P=b)\s+(?P<text>\S.*)$")
# a marker written after an option in words, as quiz apps and LLM prompts prescribe: '*[CORRECT]', '*correct',
# '[correct]', '(Correct Answer)', '<-- correct', '**(correct)**', '[x]', '(答案)'; '*incorrect' marks a wrong one;
# in italics or bold too, '*correct*', '_correct_', '**correct**' (trial17 T17-31: the closing '*' hid the mark)
# the word that says an option is right, or wrong, in the languages deckc reads ('← correta', '(richtig)', '<- juste')
RIGHT_WORDS = (
    r"correct|correcta|correcto|correta|correto|certa|certo|richtig|korrekt|juste|vrai|correcte|corretta|corretto"
    r"|giusta|giusto|juist|goed|poprawna|poprawny|prawidłowa|верно|правильно|правильный|вірно|đúng|benar|doğru"
    r"|正确|正確|正解|答案|정답|सही|صحيح"
    # (trial30 T30-29: a table of the word in more languages, beside a mark: '(correcta)', '<= richtig', '（正解）')
    r"|right|rätt|riktig|rigtig|oikein|oikea|helyes|správně|správná|správný|corect|corectă|σωστό|σωστή|נכון|درست"
    r"|правильна|правильное|ถูก|正しい|맞음|betul|tama|sahihi"
)
WRONG_WORDS = (
    r"incorrect|incorrecta|incorrecto|incorreta|incorreto|errada|errado|falsch|faux|fausse|incorrecte|sbagliata"
    r"|sbagliato|fout|błędna|неверно|неправильно|sai|salah|yanlış|错误|錯誤|오답|غلط|خطأ"
)
_SAID_MARK = re.compile(
    r"(?:\s|(?=[（【［]))(?:\*\*|__|\*(?=[(（])|_(?=[(（]))?\s*(?:\*?\[(?:(?P<wrong>in)?correct|x|X)\]\*?|\*{1,2}(?P<wrong2>in)?correct\*{0,2}|_{1,2}(?P<wrong5>in)?correct_{1,2}"
    # ('*(Đáp án đúng)*': the answer word, then the word for right, in italics: trial15 T15-89); in full-width or
    # lenticular brackets too, '（正解）', '【正确】', and a cross in brackets, '(X)', as a ticked box after it (T30-29)
    # (never a bare '(right)': 'Turn (right)' beside 'Turn (left)' is an option's own words, N35)
    r"|[(（【［\[](?!(?i:right)[)）】］\]])(?:correct(?:\s+answer)?|right\s+answer|答案|正确|正解|(?:(?:" + ANSWER_WORDS + r")\s*)?(?P<right3>" + RIGHT_WORDS + r")|(?P<wrong3>" + WRONG_WORDS + r")"
    r"|(?<=[(（])[ \t]*[xX✓✔][ \t]*)[)）】］\]](?:(?<=[)）])[*_](?![*_]))?"
    # ('<- correct', '← correta', '<= richtig', '⇐ juste', '◄ correct', '👈 đúng': an arrow pointing back at it, T30-29)
    r"|(?:<-+|<=+|←|⟵|⇐|⟸|◄|◀|👈)\s*(?:(?P<right4>" + RIGHT_WORDS + r")|(?P<wrong4>" + WRONG_WORDS + r")))[.!]?\s*(?:\*\*|__)?\s*$",
    re.I,
)
# an option's weight as Moodle-style quizzes write it after the option ('… = 100%', '= 33%', '= 0%'): above 0 is right
_WEIGHT = re.compile(r"\s*=\s*(?P<weight>-?\d+(?:[.,]\d+)?)\s*%\s*$")
# an answer label in bold opening the right option ('1. **Correct answer:** Test classes …', '**Правильный ответ:**'),
# or one saying it is wrong ('**Wrong answer:**'): the label is no part of the option (trial16 T16-15)
_LEAD_LABEL = re.compile(
    r"^(?P<b>\*\*|__)(?:[^\W\d_]+\s+){0,2}?(?i:(?P<wrong>" + WRONG_WORDS + r"|wrong|false|неправильный|неверный)|" + RIGHT_WORDS + r"|right|true)"
    r"(?:\s+[^\W\d_]+){0,2}\s*(?:[:：](?P=b)|(?P=b)\s*[:：])\s*(?P<text>\S.*)$"
)
# a learner's own answer on a quiz's results page ('Your answer: A', 'Selected answer: B', '我的答案：A', 'Ihre Antwort: B'):
# beside the right answer's line it is never the key, nor card text (trial17 T17-9)
LEARNER_ANSWER = re.compile(
    r"^\s*(?:>\s*)?(?:[-*+]\s+)?(?:\*\*|__)?(?i:(?:your|my|selected|student|learner|chosen|submitted)(?:'s)?\s+(?:answer|response|choice)s?"
    r"|you\s+(?:answered|selected|chose)|我的答案|你的答案|学生答案|考生答案|您的答案|あなたの解答|あなたの回答|내\s*답|제출한\s*답"
    r"|ihre\s+antwort|deine\s+antwort|votre\s+réponse|ta\s+réponse|tu\s+respuesta|su\s+respuesta|sua\s+resposta|tua\s+resposta"
    r"|la\s+tua\s+risposta|la\s+sua\s+risposta|ваш\s+ответ|твой\s+ответ|мой\s+ответ|câu\s+trả\s+lời\s+của\s+bạn|jawaban\s+anda"
    r"|twoja\s+odpowiedź|uw\s+antwoord|je\s+antwoord|cevabınız)(?:\*\*|__)?\s*[:：]"
)
# a results page's score and status lines ('Score: 0/20', '得分：0.0分', '答案状态：错误', 'Result: ✗ Incorrect')
RESULT_LINE = re.compile(
    r"^\s*(?:>\s*)?(?:[-*+]\s+)?(?:\*\*|__)?(?i:score|points?|marks?|grade|result|status|得分|分数|分值|答案状态|状态|评分|判定"
    r"|punkte|punktzahl|note|puntuación|puntos|pontuação|pontos|punteggio|баллы|балл|оценка|результат|点数|得点|점수)(?:\*\*|__)?\s*[:：]"
)


# the right answer's label on a results page, whatever follows it ('Correct answer: False', '正确答案：错')
RIGHT_ANSWER = re.compile(
    r"^\s*(?:>\s*)?(?:[-*+]\s+)?(?:\*\*|__)?(?P<label>(?i:(?:the\s+)?(?:correct|right|expected)\s+(?:answer|response|option)s?|answer\s+key"
    r"|正确答案|参考答案|标准答案|正確答案|正解|정답|richtige\s+antwort|korrekte\s+antwort|bonne\s+réponse|réponse\s+correcte"
    r"|respuesta\s+correcta|resposta\s+correta|risposta\s+corretta|правильный\s+ответ|правильна\s+відповідь|đáp\s+án\s+đúng"
    r"|jawaban\s+(?:benar|yang\s+benar)|poprawna\s+odpowiedź|juiste\s+antwoord|doğru\s+cevap))(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?"
    r"(?P<value>\S.*?)(?:\*\*|__)?\s*$"
)


# a quiz site's button over its hidden key, copied as a line ('View Answer', 'Show/Hide Answer', 'Reveal answer',
# IndiaBix's 'Discuss in Forum', examveda's 'Answer & Solution'): interface text, never card text (trial17 T17-5)
TOGGLE_LABEL = re.compile(
    r"^\s*(?:\[\s*)?(?i:(?:view|show|hide|show\s*/\s*hide|reveal|see|check|click\s+(?:here\s+)?to\s+(?:view|see|show))\s+(?:the\s+)?"
    r"(?:correct\s+)?(?:answers?|solutions?|explanations?)(?:\s*(?:&|and|/)\s*(?:solutions?|explanations?))?"
    r"|discuss\s+in\s+forum|answer\s*(?:&|and)\s*(?:solution|explanation)|(?:hide|show)\s+answer)\s*(?:\])?\s*[.:]?\s*$"
)


def graded_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines a results page adds around a question's key: the learner's answer and the score and status
    lines, when a learner's-answer line stands beside another answer line (the right one); else none. A learner's
    answer alone still keys (a page that shows only the answers given, all right: trial12 U4)."""
    learner = [k for k, line in enumerate(lines) if LEARNER_ANSWER.match(line)]
    if not learner or not any(RIGHT_ANSWER.match(line) or _answer_line(line) for k, line in enumerate(lines) if k not in learner):
        return set()
    return {*learner, *(k for k, line in enumerate(lines) if RESULT_LINE.match(line))}


# an option's text, a spaced dash, and why it is right or wrong ('… from unittest.TestCase — TestCase gives …')
_DASH_WHY = re.compile(r"^(?P<text>\S.*?)\s+[—–]\s+(?P<why>\S.*)$")
DASH_WHY_WORDS = 3  # at least this many words after the dash: a reason, not a range's end ('1914 — 1918')
# a verdict and its reason written after an option ('… → Não. A classe …', '-> Correct: it …'): the option's feedback
_ARROW_VERDICTS = (
    r"yes|no|sim|não|nao|sí|si|oui|non|ja|nein|da|нет|да|correct|incorrect|wrong|right|certo|errado|correto|incorreto"
    r"|correcto|incorrecto|richtig|falsch|vrai|faux|đúng|sai|верно|неверно|是|否|对|错|對|錯|正解|不正解"
)
_ARROW_FEEDBACK = re.compile(r"^(?P<text>\S.*?)\s+(?:→|⟶|->|=>)\s*(?P<said>(?i:" + _ARROW_VERDICTS + r")(?:\s*[.!,:;—–]|\s*$).*)$")
_VARIANTS = "\ufe0e\ufe0f"  # '✔️' is '✔' drawn as an emoji
# The option label(s) an answer line names: one ('B', '(b)'), several joined by ',', ';', '&', '/',
# '+' or 'and' ('B, E', 'A and C'), or several capitals run together ('BD'), as "Choose TWO" keys write them.
_ONE_LABEL = r"\(?[A-Ha-h1-9]\)?(?![\w'’])"
_LABELS = (
    # ('A、B、D': T24-1; 'B und D', 'B y D', 'B et D', 'B e D', 'B и D': 'and' in other languages, trial26 T26-50)
    rf"(?P<label>{_ONE_LABEL}(?:\s*(?:[,;&/+、，和及]|\b(?:and|or|und|y|et|e|i|и|ve|dan|và|en)\b)\s*{_ONE_LABEL})*"
    r"|[A-H]{2,8}(?![\w'’]))"
)
# decoration before an answer line: '✅ Answer: B', '👉 Answer: B' (learner L19); in a heading too, '### ✅ 正确答案：B' (T20-13)
_KEY_MARK = r"(?:(?:#{1,6}\s+)?[✅✔☑✓👉➡→][\ufe0e\ufe0f]?\s*)?"
_ANSWER = re.compile(
    spaces_one_way(
    r"^\s*(?:>\s*)?" + _KEY_MARK + r"(?:#{1,6}\s+)?(?:\*\*|__)?(?i:(?:the\s+)?(?:(?:correct|right)\s+answers|(?:correct\s+|suggested\s+|right\s+)?(?:answer|ans|solution|correct|key)))(?:\*\*|__)?\s*(?:is|are|:-|[→⇒⟶➔➜]|-+>|=>|[:.=-])?\s*(?:\*\*|__)?\s*"
    # ('Correct answers: B and D' under a 'Select TWO' question: trial26 T26-19, T26-50; 'Answer → C': T26-52)
    # 'Answer: Option B' (IndiaBix-style banks, learner L19); '**Correct Option:** **(B) …**' (trial15 T15-31)
    + r"(?:(?i:option|choice)s?\s*(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*(?:\*\*|__)?\s*)?"
    + _LABELS
    + r"[.):]?(?:\*\*|__)?\s*(?P<rest>.*)$"
    )
)
# The answer line in any language, by its shape: one to three words, a colon, the option letter(s) and
# nothing else ('#### 答案：D', '**Ответ:** B', 'Respuesta: c', 'Ответ: B, D'); both may sit in a block
# quote ('> Answer: B').
# a word in any script: letters, and the combining marks of the scripts that write vowels with them (Tamil விடை,
# Kannada ಉತ್ತರ, Thai, Khmer, Burmese: Python's \w takes no mark for a letter; trial16 T16-44)
_WORD = r"(?:[^\W\d_]|[" + LETTER_MARKS + "])++"
ANSWER_LINE_ANY = re.compile(
    r"^\s*(?:>\s*)?" + _KEY_MARK + r"(?:#{1,6}\s+)?(?:\*\*|__)?" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}\s*[:：](?:\*\*|__)?\s*"
    r"(?:\*\*|__)?(?P<label>\(?[A-Ha-h]\)?(?:\s*[,;&/+]\s*\(?[A-Ha-h]\)?)*|[A-H]{2,8})[.)]?(?:\*\*|__)?\s*$(?P<rest>)"
)
# a capital key letter that is also an article or a conjunction opening a sentence (A, E: English, Portuguese, Spanish) and
# a sentence going on after it in lower case, no stop or bracket between: 'A tomada fornece …' is no key (learner5 L34)
_ARTICLE_KEY = re.compile(r"^[AE]$")
_SENTENCE_GOES_ON = re.compile(r"^(?:\*\*|__)?\s+[a-zà-ÿ][a-zà-ÿ'’-]+\s+\S")
# an answer line whose letters run together in mixed case ('Correct Answer: Ac'): read only where several are asked
_MIXED_RUN = re.compile(
    r"^\s*(?:>\s*)?" + _KEY_MARK + r"(?:#{1,6}\s+)?(?:\*\*|__)?[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}\s*[:：](?:\*\*|__)?\s*"
    r"(?:\*\*|__)?(?P<label>[A-Ha-h]{2,8})[.)]?(?:\*\*|__)?\s*$(?P<rest>)"
)
# the answer line in another language, with text after the letter: '**Đáp án:** A. **Giải thích:** …' (learner3 N6);
# the answer word may have a word qualifying it ('**الإجابة الصحيحة:**', the correct answer: learner5 L60)
# (Chinese and Japanese exam papers bracket the word instead of a colon: '【答案】C', '[答案] C', '【正解】ウ'; trial11 P93)
_ANSWER_OTHER = re.compile(
    r"^\s*(?:>\s*)?" + _KEY_MARK + r"(?:#{1,6}\s+)?(?:\*\*|__)?(?:(?i:" + ANSWER_WORDS + r")(?:[ \t]+[^\W\d_]{2,20}){0,2}\s*(?:\*\*|__)?\s*[:：]"
    r"|[【\[〔](?:(?i:" + ANSWER_WORDS + r")|正解|正答)[】\]〕]\s*(?:\*\*|__)?\s*[:：]?"
    r"|(?:解答|正解|答え|答案|正答|정답|(?i:" + ANSWER_WORDS + r"))(?:\*\*|__)?[ \t\u3000]+(?=\(?[A-Ha-h]\)?\s*$))\s*(?:\*\*|__)?\s*"
    # ('解答 ア': U87; '#### Resposta B', the answer word and the letter alone in any language: learner5 L40)
    + _LABELS
    + r"[.):]?(?:\*\*|__)?\s*(?P<rest>.*)$"
)


# the key in a code span: '**Correct answer:** `D) It has none.`', 'Answer: `B`' (learner5 L60)
_CODE_KEY = re.compile(r"`(?P<key>\(?[A-Ha-h1-9](?:[.)][^`]*)?)`")


# a label in italics: '*Answer*: **C**', '_Answer_:', '*Answer:*' (course pages keep bold for the key; trial14 T14-5)
_ITALIC_LABEL = re.compile(r"^(?P<lead>\s*(?:>\s*)?" + _KEY_MARK + r")(?P<m>[*_])(?P<word>[^\W\d_][^*_\n]{0,40}?)(?P=m)(?![*_])")


# a whole line in italics: '*Correct answer: B*', '_Answer: A_' (a Typst or LaTeX quiz's key line, converted; T22-27)
_ITALIC_LINE = re.compile(r"^(?P<lead>\s*(?:>\s*)?)(?P<m>[*_])(?P<text>[^*_\s](?:[^*_\n]*[^*_\s])?)(?P=m)(?P<tail>\s*)$")
_LABEL_OPENS = re.compile(r"^[^\W\d_][^:：\n]{0,40}[:：]")  # (a label and its colon open the line)


def roman_label(line: str) -> str:
    """``line`` with the italics of a label that opens it and ends in a colon as spaces (the same length, so an
    offset into it names the same place in ``line``): '*Answer*: **C**' reads as ' Answer : **C**'; a line wholly
    in italics as its text ('*Correct answer: B*' reads as ' Correct answer: B ')."""
    whole = _ITALIC_LINE.match(line)
    if whole is not None and _LABEL_OPENS.match(whole.group("text")):
        line = f"{whole.group('lead')} {whole.group('text')} {whole.group('tail')}"
    m = _ITALIC_LABEL.match(line)
    if m is None or not (m.group("word").endswith((":", "：")) or line[m.end() :].lstrip().startswith((":", "："))):
        return line
    return f"{m.group('lead')} {m.group('word')} {line[m.end() :]}"


_ENTRY_MARK = re.compile(r"^\s{0,3}[-*+•]\s+(?=(?:\*\*|__)?[^\W\d_])")
# a tick alone before the right option's letter, under the options: '✔ C', '✅ (b)' (trial26 answer shapes)
_TICKED_KEY = re.compile(
    r"^\s*(?:>\s*)?[✅✔☑✓√][\ufe0e\ufe0f]?\s*(?:\*\*|__)?(?P<label>\(?[A-Ha-h]\)?)[.)]?(?:\*\*|__)?\s*$(?P<rest>)"
)
# the right option named by its place: 'Correct: 3rd option', 'Answer: the second choice' (trial26 answer shapes)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_KEY = re.compile(
    r"(?i)(?:\bthe\s+)?(?:\b(?P<n>[1-8])(?:st|nd|rd|th)|\b(?P<w>" + "|".join(_ORDINAL_WORDS) + r"))\s+(?:option|choice|answer|one)\b"
)


def _placed(line: str) -> str:
    """``line`` with an option named by its place ('3rd option') written as that place's letter, at the end of the
    words it replaces (spaces before it: the same length, so an offset names the same place in ``line``)."""
    m = _ORDINAL_KEY.search(line)
    if m is None:
        return line
    place = int(m.group("n")) if m.group("n") else _ORDINAL_WORDS.index(m.group("w").lower()) + 1
    return line[: m.start()] + " " * (m.end() - m.start() - 1) + LETTERS[place - 1] + line[m.end() :]


def _answer_line(line: str) -> re.Match[str] | None:
    """An answer line naming its option(s): 'Answer: B', '**Ответ:** B', '**Đáp án:** A. **Giải thích:** …'; the
    key in a code span read as the same line without its backticks (spaces in their place: the same length), a
    label in italics as the same line without them."""
    line = roman_label(line)
    entry = _ENTRY_MARK.match(line)  # '- **Đáp án chính xác:** `B`': the answer line as a list entry (trial15 T15-89)
    line = " " * entry.end() + line[entry.end() :] if entry else line
    m = _ANSWER.match(line) or ANSWER_LINE_ANY.match(line) or _ANSWER_OTHER.match(line) or _TICKED_KEY.match(line)
    if m is None and _ORDINAL_KEY.search(line):
        m = _ANSWER.match(_placed(line))
    if m is None and "`" in line:
        bare = _CODE_KEY.sub(lambda k: f" {k.group('key')} ", line, count=1)
        if bare != line:
            return _ANSWER.match(bare) or ANSWER_LINE_ANY.match(bare) or _ANSWER_OTHER.match(bare)
    return m


_BOLD_PART = re.compile(r"\*\*|__|<(?:strong|b)>", re.I)
_BOLD_WHOLE = re.compile(r"^(?:\*\*|__)(?P<text>.+?)(?:\*\*|__)\s*$")
LETTERS = "ABCDEFGH"
# task boxes and quiz boxes are lettered by the card, not the document: an exercise with 11 of them (R/exams'
# capitals, a Moodle bank) keeps all 11 (trial13 T13-9); lettered lines stop at H as documents write them
WIDE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# the heading over the repeats: '## Answers', '## Answer key', '## Solutions', '## Answer sheet'; an emoji or mark
# before the words is decoration ('## ✅ Answer Key', '## 🔑 Answers': trial12 U2)
KEY_SECTION = re.compile(rf"^\s*(?:[^\w\s*_#]{{1,4}}\s*)?{KEY_WORDS}\s*[:.]?\s*$", re.I)

# the verdict that answers a true/false statement, in the languages deckc reads
_VERDICT_WORDS = (
    r"true|false|vrai|faux|wahr|falsch|richtig|verdadero|falso|vero|verdadeiro|verdadeira|falsa|waar|onwaar"
    r"|верно|неверно|правда|ложь|正确|错误|正確|錯誤|对|错|對|錯|正しい|誤り|맞음|틀림"
    r"|đúng|sai|doğru|yanlış|benar|salah|prawda|fałsz|pravda|nepravda|igaz|hamis|σωστό|λάθος"  # (T18-24: '… → Sai')
)
# '1. TCP guarantees in-order delivery. **True**', '… delivery: __False__', '… delivery. — True' (a worksheet's key
# written after each statement; a bold 'T'/'F' too): the statement, and the verdict as written
_VERDICT = re.compile(
    r"^(?:(?P<q>.*?[.!?。！？])\s*(?:[-–—:]\s*)?(?:\*\*|__)(?P<b>(?i:" + _VERDICT_WORDS + r"|t|f))(?:\*\*|__)"
    r"|(?P<q2>.*?\S)\s+[-–—]\s*(?P<d>(?i:" + _VERDICT_WORDS + r")))\s*[.!。]?\s*$"
)


def stated_verdict(text: str) -> tuple[str, str] | None:
    """``(statement, 'True' / 'False' / the verdict as written)`` of a true/false statement written with its
    answer after it in bold or after a dash (``… delivery. **True**``, ``… control. — False``), else None
    (learner2 M28: the verdict stayed on the front and the card had no answer)."""
    m = _VERDICT.match(text.strip())
    if m is None:
        return None
    word = m.group("b") or m.group("d")
    said = {"t": "True", "f": "False", "true": "True", "false": "False"}.get(word.lower(), word)
    return (m.group("q") or m.group("q2")).strip(), said


@dataclass
class Choices:
    """What a multiple-choice answer holds; ``correct`` is a label of ``options`` or None.

    A question with several right options ("Choose TWO", keyed ``Correct answer: B, E``) has their
    labels joined by commas in ``correct`` (``"B,E"``), as :class:`compiler.model.Item` holds them.
    """

    options: list[tuple[str, str]]  # (label A, B, …, text as written)
    correct: str | None
    explanation: list[str] = field(default_factory=list)  # the other answer lines, in order
    first_line: int = 0  # index of the first option line in the answer's lines
    source_labels: dict[str, str] = field(default_factory=dict)  # label as the document wrote it ('b', '2') -> A, B …
    # Answer lines naming a label that is no option ('Correct answer: B, F' with options A-E): (index of
    # the line in the lines given, the labels it names that are no option), for the reader to warn about.
    unknown: list[tuple[int, str]] = field(default_factory=list)
    # An answer line that names other options than the ones marked (bold, ✓): (index of the line, the
    # marked labels, the labels the line names). The line wins; the reader warns (:func:`report_conflicts`).
    conflict: list[tuple[int, str, str]] = field(default_factory=list)
    # A key read from an explanation's words whose sentence quotes another option instead ('… is to improve
    # encapsulation, making option B the correct answer' with C 'Improves encapsulation'): (index of the line,
    # the label it names, the label whose words it quotes). The key stands; the reader warns.
    doubt: list[tuple[int, str, str]] = field(default_factory=list)
    # Options that are a code block ('- [ ] A' over a ```python fence): label -> the fence's language ("" if none);
    # their text is the code, line by line.
    langs: dict[str, str] = field(default_factory=dict)
    # An answer line whose letter names one option and whose words are another's ('Answer: C) Paris', C 'Rome'):
    # (index of the line, the letter written, the option its words are). The words win; the reader warns.
    mismatched: list[tuple[int, str, str]] = field(default_factory=list)
    # The index of the answer line that keys the options ('Answer: B' under them), -1 when none does (a mark, or no
    # key): an answer key elsewhere that names another option is then checked against it (T31-60).
    said_at: int = -1

    def label_for(self, written: str) -> str | None:
        """The option a key or an answer line names: by the document's own label, or by letter."""
        return self.source_labels.get(written.lower()) or (written.upper() if written.upper() in dict(self.options) else None)


# an option wrapped as a whole in a tag: bold ('<strong>…</strong>'), or a colour or class that may mark it right
_WRAPPED = re.compile(r"^<(?P<tag>span|font|strong|b|mark|u|ins)\b(?P<attrs>[^<>]*)>(?P<text>.*)</(?P=tag)\s*>$", re.I | re.S)
# pandoc's spans for a Word document's highlight and underline ('[Paris]{.mark}', '[Pacific]{.underline}'), '==Paris=='
_PANDOC_SPAN = re.compile(r"^\[(?P<text>[^\[\]]+)\]\{\s*\.(?:mark|underline|highlight|ul)\s*\}$")
_HIGHLIGHT = re.compile(r"^==(?P<text>[^=].*?[^=]|[^=])==$")
# Jira's and Confluence's colour markup: '{color:red}extranet{color}'
_JIRA_COLOUR = re.compile(r"^\{colou?r:(?P<colour>[^{}]+)\}(?P<text>.*)\{colou?r\}$", re.I | re.S)
# the colours a key is written in (red, green, a highlighter) and the class names that say it ('correct', 'right-answer')
KEY_COLOURS = frozenset({"c-red", "c-green", "c-hl"})
KEY_CLASS = re.compile(r"(?i)(?:^|[_-])correct(?:[_-]|$)|^right[_-]answer$")
_CLASS_ATTR = re.compile(r"""\bclass\s*=\s*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|(?P<u>[^\s"'>]+))""", re.I)


def _unwrapped(text: str) -> str | None:
    """The text inside a tag or markup that wraps a whole option and marks it (bold, a key colour, a class
    saying 'correct', Jira's '{color:red}…{color}'), or None when there is none."""
    m = _PANDOC_SPAN.match(text) or _HIGHLIGHT.match(text)
    if m:  # pandoc's highlight or underline of a Word document ('[Paris]{.mark}', trial10 P9), '==Paris=='
        return m.group("text")
    m = _JIRA_COLOUR.match(text)
    if m:
        return m.group("text") if _key_colour(f'<font color="{m.group("colour").strip()}">') else None
    m = _WRAPPED.match(text)
    if m is None:
        return None
    tag, inner = m.group("tag").lower(), m.group("text")
    depth = 0
    for closing in re.findall(rf"<(/?){tag}\b", inner, re.I):
        depth += -1 if closing else 1
        if depth < 0:
            return None  # '<span …>a</span> or <span …>b</span>': two spans, not one around the whole
    if tag in ("strong", "b", "mark", "u", "ins"):
        return inner
    opening = text[: m.start("text")]
    named = _CLASS_ATTR.search(m.group("attrs"))
    classes = (named.group("q") or named.group("s") or named.group("u") or "") if named else ""
    return inner if _key_colour(opening) or any(KEY_CLASS.search(c) or c in KEY_COLOURS for c in classes.split()) else None


def _key_colour(opening: str) -> bool:
    """Whether an opening tag colours its text as a key is coloured (red, green, highlighted)."""
    named = _CLASS_ATTR.search(colour_classes(opening))
    return bool(named) and any(c in KEY_COLOURS for c in (named.group("q") or "").split())


def _italic_wrap(line: str, text: str) -> bool:
    """Whether an option line opens with one '*' and its text closes with it: italics, not a trailing star mark (T34-10)."""
    opened = line.lstrip()
    return opened.startswith("*") and not opened.startswith("**") and text.rstrip().endswith("*") and text.count("*") == 1


def labelled_right(text: str) -> bool:
    """An option whose bold label says it is the right one ('**Correct Answer:** Osmosis', '**Правильный ответ:** …')."""
    m = _LEAD_LABEL.match(text.strip())
    return m is not None and m.group("wrong") is None


def _marked(text: str) -> tuple[str, bool]:
    """An option's text without its correct-mark, and whether it had one: bold as a whole, coloured as a key
    is (``<span style="color:red">…</span>``, ``<font color=green>``, a class 'correct'), or a tick after it."""
    body, marked = text.strip(), False
    while True:
        m = _BOLD_WHOLE.match(body)
        if m and "**" not in m.group("text") and "__" not in m.group("text"):
            body, marked = m.group("text").strip(), True
            continue
        inner = _unwrapped(body)
        if inner is None or not inner.strip():
            break
        body, marked = inner.strip(), True
    if marked:
        return body, True
    labelled = _LEAD_LABEL.match(text.strip())
    if labelled is not None:  # '**Correct answer:** Test classes …' / '**Правильный ответ:** …' (trial16 T16-15)
        return labelled.group("text").strip(), labelled.group("wrong") is None
    lead = _LEAD_TICK.match(text.strip())
    if lead is not None:
        return text.strip()[lead.end() :], True
    bare = text.rstrip().rstrip(_VARIANTS).rstrip()
    for mark in _MARKS:
        if bare.endswith(mark):
            return bare[: -len(mark)].rstrip(), True
    for mark in _WRONG_MARKS:
        if bare.endswith(mark) and bare[: -len(mark)].strip():
            return bare[: -len(mark)].rstrip(), False
    if bare.endswith("*") and bare.count("*") == 1 and bare[:-1].strip():
        return bare[:-1].rstrip(), True  # ('b) Mycobacterium tuberculosis*': a teacher's copy marks the right one so, T34-10)
    said = _SAID_MARK.search(bare)
    if said and bare[: said.start()].strip():  # 'Beta *[CORRECT]', 'Beta <-- correct', 'Beta **(correct)**' (learner3 N35)
        wrong = any(said.group(g) is not None for g in ("wrong", "wrong2", "wrong3", "wrong4", "wrong5"))
        return bare[: said.start()].rstrip(), not wrong
    weight = _WEIGHT.search(bare)
    if weight and bare[: weight.start()].strip():  # 'B. The bottom corners … = 100%' (trial12 U21)
        return bare[: weight.start()].rstrip(), float(weight.group("weight").replace(",", ".")) > 0
    return text.strip(), False


def _arrow_feedback(text: str) -> tuple[str, str]:
    """An option without the verdict written after it (``Herança → Não. A classe …``), and that verdict ('' if
    none): its feedback, on the back, never the option's text (a Portuguese lesson's quiz)."""
    m = _ARROW_FEEDBACK.match(text.strip())
    return (m.group("text").rstrip(), m.group("said").strip()) if m else (text, "")


# a question that asks for several options: "(Select all that apply)", "Choose two", "Which two …"
ASKS_SEVERAL = re.compile(
    r"(?i)\b(?:choose|select|pick|mark|check|tick)\b[^.?!]{0,20}\b(?:two|three|four|five|2|3|4|5|all|several|more)\b"
    r"|\bwhich\s+(?:two|three|four)\b"
)


# a question that asks for a list ('What are the layers …?', 'List the …', 'Name three …'): its bullets are the answer
_ASKS_LIST = re.compile(r"(?i)^\W*(?:\d+[.)]\s*)?(?:(?:what|which|who)\s+(?:of\s+(?:these|the\s+following)\s+)?(?:are|were)\b(?!\s+(?:the\s+)?(?:two|three|four|five)\b)|list|name|enumerate|give)\b")


def asks_for_list(question: str) -> bool:
    """'What are the phases of mitosis?', 'Name …', 'List …': lettered lines under it may be the answer's own list."""
    return bool(_ASKS_LIST_ANY.match(question.strip()))


# an entry of an answer's list: a term, then what it is after a dash or a colon ('G1 checkpoint — cell size, nutrients',
# 'Prophase: chromosomes condense')
_EXPLAINED_ENTRY = re.compile(r"^\S.{0,60}?\S(?:[ \t]+[—–][ \t]+|[ \t]+-[ \t]+|:[ \t]+)\S.*$")


def explained_entries(choices: Choices) -> bool:
    """Lettered lines that each name a term and say what it is ('A. G1 checkpoint — cell size, nutrients, DNA damage'):
    a list that answers the question, never options to choose from, when none is marked (trial29 T29-56: 'none marked
    correct', no card)."""
    texts = [re.sub(r"\*\*|__|`", "", text).strip() for _, text in choices.options]
    return choices.correct is None and len(texts) >= 2 and all(_EXPLAINED_ENTRY.match(text) for text in texts)


_ASKS_LIST_ANY = re.compile(r"(?i)^\W*(?:\d+[.)]\s*)?(?:(?:what|which|who)\s+(?:of\s+(?:these|the\s+following)\s+)?(?:are|were)\b|list|name|enumerate|give)\b")


# a prompt that asks by its verb ('Select the **prime** numbers!', 'Choose the valid names'): a question
_PICK = re.compile(r"(?i)^\W*(?:select|choose|pick|tick|check|mark|identify|find)\b")


# an exercise that sets work to do, never a choice to make ('Insert parentheses into …', 'List the 16 …', 'Simplify …'):
# lettered lines under it with none marked are its worked parts (trial18 T18-35)
_WORKED_TASK = re.compile(
    r"^\W*(?:\d{1,3}[.)]\s*)?(?i:insert|list|give|show|write|compute|calculate|simplify|evaluate|prove|solve|draw|rewrite"
    r"|translate|express|expand|factori[sz]e|convert|construct|verify|state|describe|explain|derive|sketch|add)\b"
)


def worked_parts(question: str, choices: Choices) -> bool:
    """Lettered lines none of which is marked, under an exercise that sets work and asks nothing ('Insert parentheses
    into the following compound propositions …' / 'a) (¬p) ∨ q' …): the answer's parts, never an unkeyed quiz."""
    text = question.strip()
    return (
        choices.correct is None
        and not choices.unknown
        and bool(_WORKED_TASK.match(text))
        and not text.rstrip(")]*_ ").endswith(QUESTION_MARKS)
        and not asks_to_pick(text)
        and not ASKS_SEVERAL.search(text)
        and not _TRUE_OR_FALSE.search(text)
    )


# a task that names how many things it asks for, right after its verb ('Name the three largest rivers', 'List 4 causes',
# 'Give two functions', 'What are the three types …'): never a number the question holds as data ('Q four?', 'The
# standard deviation … is 4. What is its variance?')
_NAMED_COUNT = re.compile(
    r"(?i)^\W*(?:name|list|give|state|identify|write\s+down|mention|outline|suggest|describe|explain|what\s+are)\s+"
    r"(?:the\s+|any\s+|at\s+least\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+[^\W\d_]"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def listed_parts(question: str, choices: Choices) -> bool:
    """Lettered lines none of which is marked, as many as the things the question's task names ('Name the three largest
    rivers in Africa.' / 'a. Nile' / 'b. Congo' / 'c. Niger'): the answer's own list, never an unkeyed quiz (sitting 53:
    a Word quiz's sub-lists, 'none of its questions has an answer', no card). A question that asks to pick ('Which …',
    '(Choose two.)') keeps its options."""
    text = question.strip()
    m = _NAMED_COUNT.match(text)
    count = (_COUNT_WORDS.get(m.group("n").lower()) or int(m.group("n"))) if m else 0
    return (
        choices.correct is None
        and not choices.unknown
        and count == len(choices.options)
        and not asks_to_pick(text)
        and not ASKS_SEVERAL.search(text)
        and not _TRUE_OR_FALSE.search(text)
    )


# 'State true or false: …' over 'a) true' / 'b) false': a choice to make, never parts of work (trial18 T18-80, 'pdf')
_TRUE_OR_FALSE = re.compile(r"(?i)\btrue\s*(?:or|/)\s*false\b")


# a question that asks which one ('Which question should you answer first?'), in the languages deckc reads
_WHICH = re.compile(
    r"(?i)\bwhich\b|\bwelche[rsmn]?\b|\bquel(?:le)?s?\b|\bcu[aá]l(?:es)?\b|\bqual(?:i|is)?\b|\bкак(?:ой|ая|ое|ие)\b|\bкотор|哪|どれ|どの|어느"
)


def picks_one(question: str) -> bool:
    """Whether a question asks which of the lines under it is right ('You find a collapsed person. Which question should
    you answer first?' over '(a) Is the person breathing?' …: trial27 T27-56): its lettered lines are options even when
    each asks, never an essay's parts."""
    text = question.strip().rstrip(")]*_ ")
    return text.endswith(QUESTION_MARKS) and bool(_WHICH.search(text))


def asks_to_pick(question: str) -> bool:
    """'Select the prime numbers!': a question, though a statement, when options follow (trial10 P18)."""
    return bool(_PICK.match(question.strip()))


def bullet_question(question: str) -> bool:
    """Whether plain bullets under this question may be its options (:func:`find_choices`'s ``bullets``): it asks
    ('?', "Choose two"), and not for a list ('What are the layers of …?', 'Name the …'), unless it says how many."""
    text = question.strip()
    if ASKS_SEVERAL.search(text):
        return True
    return text.rstrip(")]*_ ").endswith(("?", "？")) and not _ASKS_LIST.match(text)


# an option's label inside a line: 'a) ', '(a) ', 'A) ', '(A) ', 'A. ' (not 'a. ': 'i.e. a. …' is prose)
_INLINE_LABEL = re.compile(
    r"(?:(?<=\s)|^)(?P<open>\()?(?P<label>[A-Ha-h])(?P<close>\)|(?<=[A-H])[.、．])(?:\s+|(?<=[A-H][.、．])(?=" + _CJK_TEXT + r"))"
)
INLINE_RUN = 3  # labels in order on one line before they are options
# the key at the end of a line of options: '— Answer: b', '(Answer: b)', 'Ans: B', '- Correct answer: (c)'
_TRAILING_KEY = re.compile(
    spaces_one_way(
    r"\s+(?:[—–-]+\s*|[(（]\s*)?(?:\*\*|__)?(?i:(?:correct\s+)?answer|ans|key|" + ANSWER_WORDS + r")(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?"
    r"\(?(?P<key>[A-Ha-h](?:\s*[,&]\s*[A-Ha-h])*)\)?(?:\*\*|__)?\s*[)）]?\s*\.?\s*$"
    )
)
_INLINE_TEXT = 150  # an option that long is a sentence, not one of a run


_STEM_BLANK = re.compile(r"_{3,}|\.{3,}|…|\(\s*\)|\[\s*\]")  # a blank a stem already holds: '___', '...', '( )'


def completion_stem(stem: str) -> str:
    """A stem its options complete, written before them on one line (``The capital of Canada is (a) Toronto (b)
    Ottawa …``), with a blank where the answer goes: ``The capital of Canada is ___``, as a fill-in question shows it
    (sitting 44: the front ended 'is' with nothing after it). A stem that asks, sets a task, ends its sentence or
    already holds a blank is as written."""
    bare = stem.rstrip()
    last = bare.rstrip(CLOSERS + "*_")[-1:]
    if not last or not (last.isalnum() or last in ",-–—") or _STEM_BLANK.search(bare) or task_lead(bare):
        return stem
    return f"{bare.rstrip(',-–— ')} ___"


# a bullet mark at a text's end: the next line's bullet, when an option list's lines were joined into one
_BULLET_END = re.compile(r"(?:^|\s)([-*+•▪◦])$")


def inline_options(text: str) -> tuple[str, list[str]] | None:
    """A run of options written on one line, ``a) Furosemide b) Spironolactone c) …`` or ``(a) … (b) … (c) …``
    (exam text copied from a PDF, a compact worksheet): ``(what comes before the run, one line per option,
    'a) Furosemide' …)`` when at least :data:`INLINE_RUN` labels of one style follow each other in order from
    a/A, each with some text; else None (learner2 M34). A key written after the run on the same line (``… d) 6 —
    Answer: b``, ``(Answer: b)``, ``Ans: B``: a compact answer sheet, trial14 T14-46) is cut off it and comes last
    in the list as its own answer line (``Answer: b``)."""
    keyed = _TRAILING_KEY.search(text)
    if keyed is not None and keyed.start() > 0:
        found = inline_options(text[: keyed.start()])
        return (found[0], [*found[1], f"Answer: {keyed.group('key')}"]) if found is not None else None
    found = list(_INLINE_LABEL.finditer(text))
    for k, first in enumerate(found):
        if first.group("label") not in "aA":
            continue
        style = (first.group("open"), first.group("close"), first.group("label").isupper())
        run = [first]
        for m in found[k + 1 :]:
            if (m.group("open"), m.group("close"), m.group("label").isupper()) != style:
                continue
            if m.group("label").lower() != "abcdefgh"[len(run)]:
                return None  # an out-of-order label of the same style: not a clean run
            if m.group("open") is None and text[m.start() - 1 : m.start()] == "(":
                continue
            run.append(m)
        ends = [m.start() for m in run[1:]] + [len(text)]
        texts = [text[m.end() : end].strip() for m, end in zip(run, ends, strict=True)]
        if len(run) < INLINE_RUN and not (len(run) == 2 and sum(t.endswith(_MARKS) for t in texts) == 1):
            return None  # (two, one ticked: 'A) True ✓ B) False', a true-or-false question's options; T18-86)
        stem = text[: first.start()].strip()
        bullets = {b.group(1) if (b := _BULLET_END.search(t)) else "" for t in [stem, *texts[:-1]]}
        if len(bullets) == 1 and "" not in bullets:  # ('Q: …?' / '- A) …' / '- B) …' read as one line: the bullets cut off)
            stem, texts = _BULLET_END.sub("", stem).strip(), [_BULLET_END.sub("", t).strip() for t in texts[:-1]] + texts[-1:]
        if not all(texts) or any(len(t) > _INLINE_TEXT for t in texts):
            return None
        return stem, [f"{m.group('label')}) {t}" for m, t in zip(run, texts, strict=True)]
    return None


def _expanded(lines: list[str]) -> tuple[list[str], int, int] | None:
    """``lines`` with their first line of text split into options when it is a run of them and nothing else
    (``(a) Vitamin A (b) Vitamin B12 (c) …``), the index of that line and how many lines it became, less one."""
    at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if at is None or _FENCE_OPEN.match(lines[at]):
        return None
    split = inline_options(lines[at])
    taken: list[int] = []
    if split is None:
        run = _lines_of_runs(lines, at)  # 'A. … B. …' / 'C. … D. …': two a line (trial13 T13-14)
        split, taken = (("", run[0]), run[1]) if run else (None, [])
    if split is None or split[0].strip("-*+• \t>"):
        return None
    indent = _INDENT.match(lines[at]).group(0)  # type: ignore[union-attr]
    rest = ["" if k in taken else line for k, line in enumerate(lines[at + 1 :], start=at + 1)]
    options = list(split[1])
    if not taken and row_wrapped(lines, at, options[-1]):  # ('… δ) Μάχη της' / 'Κρήτης': the row's last option, T37-10)
        options[-1] = f"{options[-1].rstrip()} {lines[at + 1].strip()}"
        rest[0] = ""
    return [*lines[:at], *(indent + option for option in options), *rest], at, len(split[1]) - 1


ROW_WIDTH = 50  # characters a row of options holds before the page may have wrapped it
_ROW_TAIL_WORDS = 4  # words of a row's wrapped tail at most


def row_wrapped(lines: list[str], at: int, last: str) -> bool:
    """Whether the line under a row of options (``lines[at]``, its last option ``last``) is that option's text going
    on: a PDF, or text copied out of one, wraps a long row where the page ends (``α) … β) … γ) … δ) Μάχη της`` /
    ``Κρήτης``; trial37 T37-10: option δ was cut and 'Κρήτης' became the card's explanation). Only right under a
    row as wide as a page's line, a few words with no label, number, key or mark of their own, and not a sentence;
    the last option not finished (a full stop, '?')."""
    if at + 1 >= len(lines) or len(lines[at].strip()) < ROW_WIDTH or last.rstrip().endswith(FINISHED):
        return False
    tail = lines[at + 1].strip()
    return (
        goes_on(lines[at + 1]) and len(tail.split()) <= _ROW_TAIL_WORDS and len(tail) < len(lines[at].strip()) // 2
        and not tail.endswith((*FINISHED, ":", "：")) and inline_options(tail) is None
    )  # fmt: skip


def _run_on(text: str, first: str, style: tuple[str | None, str, bool] | None) -> tuple[list[str], tuple[str | None, str, bool]] | None:
    """The options of a line that is nothing but a run of labels in order from ``first`` (in one style), each with
    text: ``(['C) …', 'D) …'], style)``; else None."""
    found = list(_INLINE_LABEL.finditer(text))
    if not found or text[: found[0].start()].strip() or found[0].group("label").lower() != first:
        return None
    style = style or (found[0].group("open"), found[0].group("close"), found[0].group("label").isupper())
    run = [m for m in found if (m.group("open"), m.group("close"), m.group("label").isupper()) == style]
    if [m.group("label").lower() for m in run] != list("abcdefgh"[ord(first) - ord("a") : ord(first) - ord("a") + len(run)]):
        return None
    ends = [m.start() for m in run[1:]] + [len(text)]
    texts = [text[m.end() : end].strip() for m, end in zip(run, ends, strict=True)]
    if not all(texts) or any(len(t) > _INLINE_TEXT for t in texts):
        return None
    return [f"{m.group('label')}) {t}" for m, t in zip(run, texts, strict=True)], style


def _lines_of_runs(lines: list[str], at: int) -> tuple[list[str], list[int]] | None:
    """Options written a few to a line over lines that go on from each other (``A. $2k+1$ B. $2(2k+1)$`` /
    ``C. … D. …``, as Chinese exercise books print them; blank lines between): every option, and the indices of
    the lines after ``at`` they took; None unless the run opens at A with two or more on its first line and
    holds :data:`INLINE_RUN` or more in all."""
    first = _run_on(lines[at].strip(), "a", None)
    if first is None or len(first[0]) < 2:
        return None
    options, style = first
    taken: list[int] = []
    k = at + 1
    while k < len(lines) and len(options) < len(LETTERS):
        if not lines[k].strip():
            k += 1
            continue
        more = _run_on(lines[k].strip(), "abcdefgh"[len(options)], style)
        if more is None:
            break
        options += more[0]
        taken.append(k)
        k += 1
    return (options, taken) if taken and len(options) >= INLINE_RUN else None


_ITEM = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<bullet>[-*+])(?:[ \t]+(?P<text>.*?))?[ \t]*$")
# ('☑': the reader's own tick; '[✅]', a tick drawn as an emoji: trial16 T16-14)
_BOXED = re.compile(r"^(?:\[(?P<box>[ xX×✓✔✅])\ufe0f?\]|(?P<sym>[☐☑]))[ \t]*(?P<text>.*)$")
_EMOJI_MARK = re.compile(r"^(?:(?P<right>[✅✔☑✓])|(?P<wrong>[❌✗✘❎✖]))[\ufe0e\ufe0f]?[ \t]*(?P<text>\S.*)$")


# a letter alone on its line ('A.', '**B)**', '- C.'): an option whose text is the code block under it
_CODE_LETTER = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?)(?:\*\*|__)?\(?(?P<letter>[A-Ha-h])[.)]\)?(?:\*\*|__)?\s*$")


def code_options(lines: list[str], start: int) -> bool:
    """Option A's letter alone on the line at ``start`` over a code block, then B's over another (``A)`` / a fence of
    program output / ``B)`` / …: the options of a 'what does this print?' question, trial17 T17-32)."""
    m = _CODE_LETTER.match(lines[start]) if start < len(lines) else None
    radio = _EMPTY_BOX.match(lines[start]) if m is None and start < len(lines) else None
    radio = radio if radio is not None and radio.group("radio") else None  # ('( )' / '(X)' alone: learn.co's, sitting 56)
    code = _code_after(lines, start + 1) if (m is not None and m.group("letter") in "Aa") or radio is not None else None
    if code is None:
        return False
    k = code[0]
    while k < len(lines) and not lines[k].strip():
        k += 1
    if radio is not None:
        again = _EMPTY_BOX.match(lines[k]) if k < len(lines) else None
        return again is not None and bool(again.group("radio")) and _code_after(lines, k + 1) is not None
    m = _CODE_LETTER.match(lines[k]) if k < len(lines) else None
    return m is not None and m.group("letter") in "Bb" and _code_after(lines, k + 1) is not None


# a task box with no text, or only a blank a renderer keeps ('- [x]', '- [ ] ⠀': U+2800, the Hangul filler, a zero-width or
# no-break space), as quizzes write an option that is the code block under it
_EMPTY_BOX = re.compile(
    r"^(?P<lead>\s*(?:[-*+]|\d{1,2}[.)])\s+)(?P<box>\[[ xX×✓✔✅]\ufe0f?\]|[☐☑])[ \t\u00a0\u2007\u200b\u2800\u3164\u115f\u1160\uffa0]*$"
    # a radio button alone, with a bullet or none ('( )' / '(X)' over a ```ruby block: learn.co's quizzes, sitting 56)
    r"|^(?P<rlead>\s*(?:[-*+]\s+)?)(?P<radio>\((?:[ \t]*[" + _QUIZ_TICKS + r"][ \t]*|[ \t]+)\))[ \t\u00a0]*$"
)


def _code_options(lines: list[str]) -> list[str]:
    """Each option with nothing yet over a fenced code block written as an option whose text is to come, line for
    line, so the block is its text: a letter alone ('A.' -> 'A. &shy;', as under '- [ ] A': trial15 T15-90, four
    functions as options made a Basic card whose back was all four), or an empty task box ('- [x]' or '- [ ] ⠀' ->
    '- [x] &shy;': trial19 T19-1, a Basic card whose back was every box and block)."""
    out = lines
    for k, line in enumerate(lines):
        letter = _CODE_LETTER.match(line)
        box = None if letter else _EMPTY_BOX.match(line)
        if (letter or box) and _code_after(lines, k + 1) is not None:
            out = out if out is not lines else list(lines)
            out[k] = (
                f"{letter.group('lead')}{letter.group('letter')}. &shy;" if letter
                else f"{box.group('rlead')}{box.group('radio')} &shy;" if box.group("radio")  # type: ignore[union-attr]
                else f"{box.group('lead')}{box.group('box')} &shy;"  # type: ignore[union-attr]
            )  # fmt: skip
    return out


_LETTER_LABEL = re.compile(r"^\(?[A-Ha-h][.):]\s")  # an option's letter ('B: 80', 'c) 22'): ✅ 'A: 443' is option A then


def _marked_lines(lines: list[str], start: int) -> list[str]:
    """Lines that each open with ✅ or ❌, no bullet, one a line (``✅ Option 2: B. 443`` / ``❌ Option 3: C. 22``: a
    generated quiz's options, trial16 T16-38), two or more, some right and some not: as task boxes, line for line."""
    end = start
    while end < len(lines) and (m := _EMOJI_MARK.match(lines[end].strip())) is not None:
        end += 1
    marks = [_EMOJI_MARK.match(line.strip()) for line in lines[start:end]]
    rights = [bool(m and m.group("right")) for m in marks]
    if end - start < 2 or not any(rights) or all(rights):
        return lines
    texts = [m.group("text") if m else "" for m in marks]
    if any(r and has_answer_label(t) for t, r in zip(texts, rights, strict=True)) and not any(
        _LETTER_LABEL.match(t) for t, r in zip(texts, rights, strict=True) if not r
    ):
        return lines  # ('✅ A: Yes — …' / '❌ Common mistake: …': the answer under its label and a note on it, sitting 45 N6)
    out = list(lines)
    for k, (m, right) in enumerate(zip(marks, rights, strict=True), start):
        out[k] = f"- [{'x' if right else ' '}] {m.group('text') if m else ''}"
    return out


def _boxed(lines: list[str]) -> list[str]:
    """The answer's first list as task boxes, line for line, when its items say which are right in a way of their
    own: one or more ticked (``- [X] 6``) among plain bullets (``- 5``), the plain ones unticked (markdown-question-bank's
    format), or each opening with ✅ / ❌ (``- ✅ Paris`` / ``- ❌ Lyon``); else the lines as they are (trial12 U54:
    the options were a Basic card's back, the question asked without them)."""
    start = next((k for k, line in enumerate(lines) if line.strip()), None)
    first = _ITEM.match(lines[start]) if start is not None else None
    if first is None and start is not None and _EMOJI_MARK.match(lines[start].strip()):
        return _marked_lines(lines, start)
    if first is None or start is None:
        return lines
    indent, items, k = first.group("indent"), [], start
    while k < len(lines):
        m = _ITEM.match(lines[k])
        if m and m.group("indent") == indent:
            items.append((k, m))
        elif lines[k].strip() and not lines[k].startswith((indent + " ", indent + "\t")):
            break  # (text at the list's margin ends it; an item's own lines are indented under it)
        elif not lines[k].strip() and not (k + 1 < len(lines) and lines[k + 1].startswith(indent + " ") and lines[k + 1].strip()):
            after = _ITEM.match(lines[k + 1]) if k + 1 < len(lines) else None
            if after is None or after.group("indent") != indent:
                break  # (a blank line between items goes on with the list: '- a' / '' / '- [✅] b', T16-14)
        k += 1
    texts = [m.group("text") or "" for _, m in items]
    boxes = [_BOXED.match(t) for t in texts]
    marks = [_EMOJI_MARK.match(t) for t in texts]
    out = list(lines)
    if len(items) >= 2 and all(marks) and any(m.group("right") for m in marks if m) and not all(m.group("right") for m in marks if m):
        for (at, m), said in zip(items, marks, strict=True):
            out[at] = f"{indent}{m.group('bullet')} [{'x' if said and said.group('right') else ' '}] {said.group('text') if said else ''}"
        return out
    ticked = [b for b in boxes if b and (b.group("sym") == "☑" or (b.group("box") or " ") != " ")]
    if len(items) >= 2 and ticked and len(ticked) < len(items) and not any(b and b not in ticked for b in boxes):
        for (at, m), box in zip(items, boxes, strict=True):
            text = box.group("text") if box else m.group("text") or ""
            out[at] = f"{indent}{m.group('bullet')} [{'x' if box else ' '}] {text.strip() or '&shy;'}"
        return out
    return lines


# a tick written where an option's letter stands: '(x) .gitignore' between '(b) …' and '(d) …'
# (not '(X) b) Watt', the tick before an option's own label: _CHECK)
_IN_PLACE = re.compile(
    r"^(?P<lead>\s*(?:[-*+•]\s+)?)(?:\([ \t]*(?P<p>[xX✓✔])[ \t]*\)|\[[ \t]*(?P<b>[xX✓✔])[ \t]*\])\s+(?!\(?[A-Ha-h][.)]\s)(?P<text>\S.*)$"
)
_LABEL_FORM = re.compile(r"^\s*(?:[-*+•]\s+)?(?P<label>\(?[A-Ha-h](?:[.)]|\s?[:–-]))")


def checked_in_place(lines: list[str]) -> list[str]:
    """The answer's lines with a tick written in place of an option's letter ('(x) .gitignore' after '(a) …', '(b) …',
    or before '(d) …') as that option, lettered like its neighbours and ticked ('✅ (c) .gitignore'): the letters
    around it say which it is (trial23 T23-36: the question became a basic card whose back was the option list)."""
    if not any(_IN_PLACE.match(line) for line in lines):
        return lines
    out = list(lines)
    for k, line in enumerate(lines):
        m = _IN_PLACE.match(line)
        if m is None:
            continue
        before = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        after = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        prev = _letter(lines[before]) if before is not None else None
        nxt = _letter(lines[after]) if after is not None else None
        order = "abcdefgh"
        if prev is not None and prev[0].lower() in order[:-1] and before is not None:
            place, near = order.index(prev[0].lower()) + 1, lines[before]
        elif prev is None and nxt is not None and after is not None:
            place, near = order.index(nxt[0].lower()) - 1, lines[after]
        else:
            continue
        if place < 0 or (nxt is not None and order.index(nxt[0].lower()) != place + 1):
            continue  # (the letters around it must leave exactly its place open)
        letter = order[place]
        form = _LABEL_FORM.match(near)
        if form is None:
            continue
        label = form.group("label")
        written = re.sub(r"[A-Ha-h]", letter.upper() if label.lstrip("( ")[:1].isupper() else letter, label, count=1)
        out[k] = f"{m.group('lead')}✅ {written} {m.group('text')}"
    return out


def find_choices(lines: list[str], several: bool = False, asked: bool = True, bullets: bool = False, picks: bool = False) -> Choices | None:
    """The options at the start of an answer (its raw lines), or None if it does not start with options.

    ``several``: the question asks for several options ("Select all that apply", :data:`ASKS_SEVERAL`), so
    task boxes all ticked are a quiz whose every option is right, not a done list. ``asked``: the text above
    is a question (not a heading read as a card, '## Roadmap' over '- [x] …' boxes): only then are several
    ticked boxes a quiz. ``bullets``: plain bullets under a question are options when exactly one is marked
    (bold or coloured as a whole; as many as a "Choose two" question asks for), as exam-answer pages write
    them (trial9 T17); off for readers whose bullets are more often an answer's own list. ``picks``: the question asks
    which one of them (:func:`picks_one`), so lettered lines that each ask are its options, not an essay's parts."""
    lines = _boxed(lines)  # '- 5' / '- [X] 6' / '- 7', '- ❌ Lyon' / '- ✅ Paris': task boxes (trial12 U54)
    lines = checked_in_place(lines)  # '(b) .gitattributes' / '(x) .gitignore' / '(d) …': (c), ticked (T23-36)
    lines = _code_options(lines)  # 'A.' or '- [x]' alone over a ```python block: that code is the option (T19-1)
    found = _find_choices(lines, several, asked, bullets=True) if bullets and asked else None
    found = found or _find_choices(lines, several, asked, bullets=False)
    if found is not None and found.correct is None and not picks and _sub_questions(found):
        return None  # ('a. Jelaskan …!' / 'b. Di mana …?' / 'c. Informasi apa …?': an essay's parts, never options)
    expanded = _expanded(lines) if found is None else None
    if expanded is None:
        return found
    found = _find_choices(expanded[0], several, asked, bullets=False)
    if found is not None:  # each index again names a line of ``lines`` (the options' line for each option)
        at, extra = expanded[1], expanded[2]
        back = lambda k: k - extra if k > at + extra else min(k, at)  # noqa: E731
        found.first_line = back(found.first_line)
        found.unknown = [(back(k), w) for k, w in found.unknown]
        found.conflict = [(back(k), a, b) for k, a, b in found.conflict]
        found.mismatched = [(back(k), a, b) for k, a, b in found.mismatched]
        found.said_at = back(found.said_at) if found.said_at >= 0 else -1
    return found


def options_under_question(lines: list[str]) -> int | None:
    """The index of a question's line where a run of two or more options begins and goes on to the end of ``lines``
    (one paragraph: ``Question 1. What is …?`` / ``A. sixteen`` / ``B. seventeen``, ``①`` / ``②``, ``א.`` / ``ב.``), the
    question on the lines above it (at most :data:`QUESTION_LINES`); None when the lines are no such run (a ``Q.`` /
    ``A.`` pair has one ``A.``; a second question after the options is no option)."""
    for k in range(1, min(len(lines) - 1, QUESTION_LINES + 1)):
        found = find_choices(lines[k:])
        if found is not None and found.first_line == 0 and len(found.options) >= 2 and not found.explanation:
            return k
    return None


QUESTION_LINES = 4  # lines a question may wrap over before its options (T34-2)


def _sub_questions(found: Choices) -> bool:
    """Lettered lines that each ask or tell (every one ending in '?' or '!', three or more): the parts of an essay
    question (trial16 T16-8: a later key keyed its part c. as the 'right option' of essay 14); or that each end with the
    marks they are worth (two or more): a structured paper's parts."""
    texts = [text.strip().rstrip("*_ ") for _, text in found.options]
    if len(texts) >= 2 and all(MARKS_TAG.search(text) for text in texts):
        return True  # ('(a) State the independent variable. [1 mark]' / '(b) Suggest why … [2 marks]': a paper's parts, T34-1)
    return len(texts) >= 3 and all(text.endswith(("?", "？", "!", "！")) for text in texts)


_BLANKS_BETWEEN = 3  # blank lines that may part two options of one list


def _find_choices(lines: list[str], several: bool, asked: bool, bullets: bool) -> Choices | None:
    """:func:`find_choices`; with ``bullets``, plain bullets are options, never text2qti's feedback lines."""
    asks_several = several
    emphatic: set[int] = set()  # options both bold and ticked
    as_written: dict[int, str] = {}  # a task box's option text before its marks were read
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return None
    prelude: list[str] = []  # text2qti's question feedback before the options ('... General', '+ Right', '- Wrong')
    while not bullets and start < len(lines) and ((_FEEDBACK.match(lines[start]) and not _option_shaped(lines[start])) or (prelude and not lines[start].strip())):
        m = _FEEDBACK.match(lines[start])
        prelude += [m.group("mark"), m.group("text")] if m else []
        start += 1
    if start == len(lines):
        return None
    first = lines[start]
    kind = (
        "letter" if _letter(first) else "box" if _BOX.match(first) else "quiz" if _QUIZ_BOX.match(first)
        else "number" if _NUMBER.match(first) else "bullet" if bullets and _BULLET.match(first) else None
    )  # fmt: skip
    if kind is None or (prelude and not ("..." in prelude[::2] or "@feedback:" in prelude[::2] or (kind == "letter" and _starred(first)) or kind == "quiz")):
        return None  # '- a point' lines before lettered options: an answer of its own, not feedback
    found: list[tuple[str, str, bool]] = []  # (written label, text, marked)
    box_numbers: list[str] = []  # the numbers of numbered task boxes ('1. [ ] …'), in turn
    letters = WIDE_LETTERS if kind in ("box", "quiz") else LETTERS
    feedback: list[str] = [text for k, text in enumerate(prelude) if k % 2]
    end = start
    langs: dict[int, str] = {}  # option index -> language of an option that is a code block
    bolded: list[tuple[bool, bool]] = []  # per option: (bold as a whole, marked otherwise: a tick, a star)
    skip_to = start
    indent = _INDENT.match(first).group(0)  # type: ignore[union-attr]
    for i in range(start, len(lines)):
        if i < skip_to:
            continue  # the code block an option is
        line = lines[i]
        if not line.strip():
            j = i + 1  # (two blank lines between options too: a lone letter joined to its text below, T23-51)
            while j < len(lines) and j - i < _BLANKS_BETWEEN and not lines[j].strip():
                j += 1
            if found and j < len(lines) and _continues(kind, lines[j], len(found)):
                continue
            break
        said = _FEEDBACK.match(line)
        if found and said and said.group("mark") == "..." and kind in ("letter", "quiz"):
            feedback.append(f"{letters[len(found) - 1]}) {found[-1][1]}: {said.group('text')}")  # text2qti: this option's
            end = i + 1
            continue
        if kind == "quiz":
            m = _QUIZ_BOX.match(line)
            if not m:
                break
            text, verdict = _arrow_feedback(m.group("text"))
            text, marked = _marked(text)
            own = bool(m.group("box") or m.group("radio"))
            bolded.append((marked, own))
            found.append((letters[len(found)].lower(), text, own or marked))
        elif kind == "letter":
            lettered = _letter(line)
            if not lettered or lettered[0].lower() != "abcdefgh"[len(found)] or (found and abbreviated_name(line, lines[i - 1])):
                break
            skip_to = wrapped_option_end(lines, i, len(found), [text for _, text, _ in found])
            if skip_to > i + 1:  # 'A. They are used up in the reaction and must be' / 'replaced …': one option (T35-9)
                line = " ".join([line.rstrip(), *(x.strip() for x in lines[i + 1 : skip_to])])
                lettered = _letter(line) or lettered
            text, verdict = _arrow_feedback(lettered[1])
            star = _STAR_AFTER.match(text)  # 'b. *Ontario': BCIT qcon's star after the letter marks the right one (U35)
            text = star.group("text") if star else text
            ticked = text.rstrip().rstrip(_VARIANTS).rstrip().endswith(_MARKS)  # ('简洁 ✓': every option may be right)
            if _italic_wrap(line, text):  # ('*B) Tokyo*': an option in italics, its closing '*' no mark of the right one)
                text = text.rstrip()[:-1].rstrip()
            text, marked = _marked(text)
            marked = marked or star is not None
            bold = _BOLD_WHOLE.match(text) if marked and star is None else None
            if bold is not None and "**" not in bold.group("text"):  # ('**2m** ✓': bold and ticked, the key twice)
                text = bold.group("text").strip()
                emphatic.add(len(found))
            why = _CHECKED_WHY.match(text) if _checked(line) else None
            if why:  # '✅ D) **None of the above** (Correct operator is **IS NULL**)': the reason is no option text
                text = why.group("text")
                feedback.append(why.group("why"))
            bolded.append((marked and not ticked, _starred(line) or ticked))
            found.append((lettered[0].lower(), text, marked or _starred(line)))
        elif kind == "box":
            m = _BOX.match(line)
            if not m:
                break
            checked = (m.group("box") or " ") in _TICKS or m.group("sym") == "☑"
            text, verdict = _arrow_feedback(m.group("text"))
            as_written[len(found)] = text
            text, marked = _marked(text)
            bolded.append((marked, checked))
            found.append((letters[len(found)].lower(), text, checked or marked))
            if (number := _BOX_NUMBER.match(line)) is not None:
                box_numbers.append(number.group(1))
        elif kind == "bullet":
            m = _BULLET.match(line)
            if m is None or len(m.group("indent")) < len(indent):
                if line[: len(indent) + 1].isspace():
                    return None  # an option's own lines (a nested list, a paragraph): an answer's list, not options
                break
            if m.group("indent") != indent or _option_shaped(line) or len(m.group("text")) > BULLET_OPTION_CHARS:
                return None
            text, verdict = _arrow_feedback(m.group("text"))
            text, marked = _marked(text)
            bolded.append((marked, False))
            found.append((letters[len(found)].lower(), text, marked))
        else:
            m = _NUMBER.match(line)
            if found and not m and _WRAPPED_OPTION.match(line) and not _INDENT.match(first).group(0):  # type: ignore[union-attr]
                # '1.<TAB>[ 2, '12', true ]' / '<TAB>[ 2, '12', true ]' …: an option's own further lines (trial21 T21-7)
                found[-1] = (found[-1][0], f"{found[-1][1]}{OPTION_BREAK}{line.strip()}", found[-1][2])
                end = i + 1
                continue
            if not m or int(m.group("label")) != len(found) + 1:
                break
            text, verdict = _arrow_feedback(m.group("text"))
            text, marked = _marked(text)
            bolded.append((marked, False))
            found.append((m.group("label"), text, marked))
        end = max(i + 1, skip_to)
        if verdict:  # ('Herança → Não. …'): this option's feedback, on the back
            feedback.append(f"{letters[len(found) - 1]}) {found[-1][1]}: {verdict}")
        code = _code_after(lines, i + 1) if kind != "number" and _PLACEHOLDER.match(found[-1][1]) else None
        if code is not None:  # '- [ ] A' / '- [ ] &shy;' over a fenced block: the option is that code (learner2 M1)
            skip_to, lang, text = code
            found[-1] = (found[-1][0], text, found[-1][2])
            langs[len(found) - 1] = lang
            end = skip_to
        if len(found) == len(letters):
            break
    if len(found) < 2:
        return None
    if kind == "bullet" and end < len(lines) and (m := _BULLET.match(lines[end])) and m.group("indent") == indent:
        return None  # more bullets than options can be lettered
    if kind == "box" and any(own for _, own in bolded):
        # ticked boxes say which are right: a bold option among them is its text ('- [ ] **Python**', the output a
        # question asks about), never a second key, and keeps its marks (trial12 U105)
        found = [(w, t if own or not b else as_written.get(n, t), own) for n, ((w, t, _), (b, own)) in enumerate(zip(found, bolded, strict=True))]
    if len(bolded) == len(found) and all(b for b, _ in bolded):
        # every option bold: the bold is the options' formatting (menu paths, UI labels), not a key (learner2 M45)
        found = [(w, t, own) for (w, t, _), (_, own) in zip(found, bolded, strict=True)]
    whys = [_DASH_WHY.match(text) for _, text, _ in found]
    if not langs and all(w is not None and len(w.group("why").split()) >= DASH_WHY_WORDS for w in whys):
        # every option goes on after a spaced dash with why it is right or wrong ('… TestCase — TestCase gives the
        # assert* methods', '… assert statements — No, it uses …'): the option is what comes before (trial16 T16-15)
        found = [(w, m.group("text"), own) for (w, _, own), m in zip(found, whys, strict=True) if m is not None]
        feedback += [f"{letters[n]}) {m.group('text')}: {m.group('why')}" for n, m in enumerate(whys) if m is not None]
    lines = _joined_keys(lines, end)  # 'Correct Answer:' / 'B' on the next line: one answer line (trial9 T1)
    lines = _bold_key(lines, end, [t for _, t, _ in found])  # '**C. POST request**', '**A.** Because …' (trial12 U107)
    if kind in ("box", "quiz"):
        found = _unlabelled(found)  # '- [ ] A. A built-in type': the box is the option, its letter the label
    labels = {written: letters[n] for n, (written, _, _) in enumerate(found)}
    if kind == "box" and box_numbers == [str(n) for n in range(1, len(found) + 1)]:
        # '1. [ ] …' … '4. [ ] …' keyed 'answer: 3': the key names the option by its number (trial24 T24-12)
        labels |= {number: letters[n] for n, number in enumerate(box_numbers)}
    options = [(letters[n], text) for n, (_, text, _) in enumerate(found)]
    marked = [letters[n] for n, (_, _, is_marked) in enumerate(found) if is_marked]
    if len(marked) > 1 and not asks_several and len(emphatic) == 1:
        marked = [letters[n] for n in emphatic]  # (a student's ✓ beside the key's bold ✓: the key; trial12 U92)
    if kind == "bullet" and not (len(marked) == 1 or (several and 1 < len(marked) < len(found))):
        return None  # bullets are options only when the marks say which are right (not every one, not none)
    if kind == "bullet" and any(not is_marked and _BOLD_PART.search(text) for _, text, is_marked in found):
        return None  # bold inside the other entries too: the author's emphasis, not a key ('It replays **unfinished** …')
    restated = _restated(lines, end, labels, options) if not marked and kind not in ("box", "quiz") else None
    keyed = kind in ("number", "box") and not marked and restated is None and _keyed(lines, end, len(found))
    # task boxes with several ticked, not all: a "Choose two" question (learner L15); all ticked is a done list
    several = kind == "box" and len(marked) > 1 and asked and (len(marked) < len(found) or several)
    # numbered options with some, not all, in bold under a question that asks for several ('(Select all correct
    # choices)' over '1. Antibodies' / '2. **Inflammation**'): a multi-answer quiz as task boxes are (learner5 L57)
    several = several or (kind == "number" and asks_several and asked and 1 < len(marked) < len(found))
    if kind in ("number", "box") and len(marked) != 1 and restated is None and not keyed and not several:
        return None  # a numbered list is an answer of its own unless one entry is marked right
    # lettered options with several marked ("check all that apply", bold or ✓): each is a right one
    also = _restated_more(lines, restated, labels, options) if restated else []  # ('a) …' / 'd) …': both right, T46-2)
    correct = ",".join(marked) if marked else ",".join([restated[1], *(o for _, o in also)]) if restated else None
    also_at = {k for k, _ in also}
    explanation: list[str] = [x for text in feedback for x in (text, "")]
    unknown: list[tuple[int, str]] = []
    conflict: list[tuple[int, str, str]] = []
    mismatched: list[tuple[int, str, str]] = []
    keyed_by_line = restated is not None
    said_at = -1
    graded = {end + k for k in graded_lines(lines[end:])}  # 'Your answer: A' beside 'Correct answer: C' (T17-9)
    for at, line in enumerate(lines[end:], start=end):
        if at in graded or TOGGLE_LABEL.match(line):
            continue
        if at in also_at or (restated is not None and at == restated[0]):
            continue  # '2) undefined': the answer, said by restating the option
        if restated is not None and OPTION_BREAK in dict(options)[restated[1]] and restated[0] < at and all(
            _WRAPPED_OPTION.match(x) or not x.strip() for x in lines[restated[0] + 1 : at + 1]
        ):
            continue  # (its further lines, restated with it: T21-7)
        # An explicit answer line wins over a mark (authors bold values, units, '**not**'): it is read even
        # when an option is marked, then only as a clean key ('Answer: A', '#### Answer: B.'), not
        # 'Answer: A hash map …' (an explanation that starts with an article).
        hidden = _COMMENT.match(line)  # '<!-- **Answer: B** -->': a worksheet's key, hidden from readers (learner L36)
        line = hidden.group(1) if hidden else line
        again = _answer_line(line) if keyed_by_line and correct else None
        if again is not None and correct and not after_label(again.group("rest")).strip() and {
            labels.get(w.lower()) or w.upper() for w in key_labels(again.group("label"))
        } == set(correct.split(",")):
            continue  # the key said again, the same ('**Ans: গ**', then 'answer: C': trial15 T15-67)
        a = _answer_line(line) if not keyed_by_line else None
        if a and marked and not _KEY_END.match(line[a.end("label") :]):
            a = None
        if a and _ARTICLE_KEY.match(a.group("label")) and _SENTENCE_GOES_ON.match(line[a.end("label") :]) and not _says_right(line[a.end("label") :]):
            a = None  # ('**Resposta:** A tomada fornece …', 'Answer: A hash map …': an article opening a sentence; L34)
        written = key_labels(a.group("label")) if a else []
        run = _MIXED_RUN.match(line) if a is None and asks_several and not keyed_by_line else None
        if run is not None:  # 'Correct Answer: Ac' under "(Choose two.)": A and C, letters typed in mixed case (learner5 L9)
            typed = list(run.group("label").upper())
            if typed == sorted(set(typed)):
                a, written = run, typed
        named = [labels.get(w.lower()) or (w.upper() if w.upper() in letters[: len(found)] else None) for w in written]
        if a and named and all(named):
            keyed_by_line, said_at = True, at
            key = ",".join(dict.fromkeys(n for n in named if n))
            if marked and set(key.split(",")) != set(marked):
                conflict.append((at, ",".join(marked), key))
            correct = key
            rest = after_label(a.group("rest"))
            if rest.count("**") % 2 or rest.count("__") % 2:  # ('**(B) h/e**': the bold that opened before the letter)
                rest = re.sub(r"\s*(?:\*\*|__)\s*$", "", rest)
            # 'Community vote distribution B (74%) A (26%)': a tally, no explanation; so is a lone symbol ('🗳️', a vote button)
            rest = "" if _VOTES.match(rest) or not any(c.isalnum() for c in rest) else rest
            if "," not in correct and (other := quoted_other(rest, options, correct)) is not None:
                # 'Answer: C) Paris' where C is 'Rome' and B 'Paris': the letter went stale when the options were
                # reordered, the words are the answer; the card takes the option the words are, said (T31-61)
                mismatched.append((at, correct, other))
                correct = other
            if "," not in correct:
                rest = said_off(rest, dict(options)[correct])
                more, rest = _named_more(rest, options, labels, letters[: len(found)])
                if more:  # 'Answer: A) `box-shadow` and B) `text-shadow`': each option named with its text (T24-1)
                    correct = ",".join(dict.fromkeys([correct, *more]))
                elif not rest.strip() and (also := _restated_more(lines, (at, correct), labels, options)):
                    correct = ",".join([correct, *(o for _, o in also)])  # ('Answer: a) …' / 'd) …' under it: both, T46-2)
                    also_at |= {k for k, _ in also}
                rest = after_label(rest) if any(c.isalnum() for c in rest) else ""
            if rest:
                # the rest keeps the line's indent: inside an admonition or a list it stays there
                explanation.append(_INDENT.match(line).group(0) + rest)  # type: ignore[union-attr]
            continue
        said_text = _text_key(line, options) if not keyed_by_line and not marked and not (a and named and all(named)) else None
        if said_text is not None:  # 'Answer: 11' under 'B) 11': the key names the option by its text (learner L19)
            keyed_by_line, correct, said_at = True, said_text, at
            continue
        own = _lettered_key(line, options, labels) if not keyed_by_line and not marked and a is None else None
        if own is not None:  # '**Jawapan:** c) Musytari — …': a label in any language, the letter and its option's text
            keyed_by_line, correct, said_at = True, own[0], at
            explanation += [_INDENT.match(line).group(0) + own[1]] if own[1] else []  # type: ignore[union-attr]
            continue
        if a and written and not all(named):
            unknown.append((at, ", ".join(w for w, n in zip(written, named, strict=True) if n is None)))
        explanation.append(lines[at])
    if correct is None and (kind in ("letter", "quiz") or (kind == "number" and keyed)) and not unknown:
        correct = prose_key(lines[end:], len(found))  # 'making option B the correct answer' (trial12 U56)
        doubt = prose_doubt(lines, end, correct, options) if correct else None  # (a study guide's erratum)
        doubts = [doubt] if doubt else []
    else:
        doubts = []
    return Choices(
        options, correct, _tidy(explanation), start, labels, unknown, conflict, doubts,
        {letters[n]: lang for n, lang in langs.items()}, mismatched, said_at,
    )


_WHOLE_VERDICT = re.compile(rf"^\s*(?i:{_VERDICT_WORDS})\s*\.?\s*$")


def verdict_initial(written: str, options: list[tuple[str, str]]) -> str | None:
    """(Shared with the Aiken converter.) The option a true/false key names by its word's first letter ('Answer: T' over 'A. True' / 'B. False', 'R' for
    'Richtig', 'V' for 'Vrai'), when every option is such a word and exactly one starts with that letter (T31-40)."""
    if len(written) != 1 or not options or not all(_WHOLE_VERDICT.match(text) for _, text in options):
        return None
    starting = [label for label, text in options if text.strip()[:1].casefold() == written.casefold()]
    return starting[0] if len(starting) == 1 else None


def quoted_other(rest: str, options: list[tuple[str, str]], named: str) -> str | None:
    """(Shared with the readers that read a key themselves.) The one other option whose whole text an answer line gives after the letter it names, where that letter's
    option is not what it says ('C) Paris' with C 'Rome', B 'Paris'); else None."""
    if said_off(rest, dict(options)[named]) != rest:
        return None  # (the named option's own words: they agree)
    others = [label for label, text in options if label != named and _plain_key(text) and said_off(rest, text) != rest]
    return others[0] if len(others) == 1 else None


# the key said in the explanation's own words, as study guides write it: 'making option B the correct answer',
# 'Option D is correct, as …', 'making options B and F correct', 'the answer is option F.' ('option B incorrect',
# 'is not correct' and 'Option A is a close second choice' say nothing)
_PROSE_LETTERS = r"[A-H](?:\s*,\s*(?:and\s+)?[A-H]|\s+(?:and|&)\s+[A-H])*"
_PROSE_KEY = re.compile(
    r"\b(?i:(?:the\s+)?(?:correct\s+|right\s+)?answers?\s+(?:is|are)\s+(?:options?\s+|choices?\s+)?)(?P<a>" + _PROSE_LETTERS + r")"
    r"(?=\s*(?:[.,;:)]|$))"
    r"|\b(?i:options?|choices?)\s+(?P<b>" + _PROSE_LETTERS + r")\s+(?i:(?:(?:is|are)\s+)?(?:the\s+)?(?:correct|right)\b)"
    # 'The right one is the second option: B', 'الإجابة هي الخيار الرابع : D' ("the answer is the fourth option: D"): the
    # letter after the colon that ends the line (trial21 T21-19)
    r"|(?:\b(?i:options?|choices?)|الخيار)[^.:：\n]{0,25}[:：]\s*(?P<c>[A-H])\s*\.?\s*$"
    # 'Option 4 is the solution.', 'Option 3 is correct.', 'Option 4 is the correct answer.': numbered options, by number
    # (a Carpentries challenge's solution box: trial23 T23-5)
    r"|\b(?i:options?|choices?)\s+`?(?P<d>[1-8])\.?`?\s+(?i:(?:is|are)\s+(?:the\s+)?(?:(?:correct|right)(?:\s+(?:answer|one|solution))?|solution|answer)\b)"
)


def prose_key(lines: list[str], count: int) -> str | None:
    """The options an explanation names as right in words, when no option is marked and no answer line names one
    (trial12 U56: an OCP study guide's '* A. …' options over 'The primary reason … making option B the correct
    answer.': 4 of 5 questions had no card); None when it names none, or a letter that is no option."""
    named: list[str] = []
    for line in lines:
        for m in _PROSE_KEY.finditer(line):
            named += [LETTERS[int(m.group("d")) - 1]] if m.group("d") else re.findall(r"[A-H]", m.group("a") or m.group("b") or m.group("c"))
    if not named or any(n not in LETTERS[:count] for n in named):
        return None
    return ",".join(sorted(set(named)))


# the content words of an option, cut to a stem ('improve encapsulation' says 'Improves encapsulation'); words so
# common in explanations that they say nothing about which option a sentence means are left out
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON_WORDS = frozenset({"that", "this", "with", "from", "which", "what", "there", "their", "they", "have", "when", "will",
                           "would", "only", "other", "answer", "correct", "option", "options", "choice", "because", "also"})
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def _stems(text: str) -> set[str]:
    return {w.casefold()[:5] for w in _CONTENT_WORD.findall(re.sub(r"\*\*|__|`", "", text)) if w.casefold() not in _COMMON_WORDS}


def prose_doubt(lines: list[str], end: int, correct: str, options: list[tuple[str, str]]) -> tuple[int, str, str] | None:
    """``(line index, the label named, the label quoted)`` when the sentence that names one option as right in words
    says none of that option's words but every word of another one ('… is to improve encapsulation, making option B
    the correct answer.' where C is 'Improves encapsulation': a study guide's erratum); else None."""
    if "," in correct:
        return None
    text = dict(options)
    named = _stems(text.get(correct, ""))
    for at in range(end, len(lines)):
        for m in _PROSE_KEY.finditer(lines[at]):
            sentence = next((s for s in _SENTENCE_END.split(lines[at]) if m.group(0) in s), lines[at])
            said = _stems(sentence)
            if not named or named & said:
                return None
            quoted = [label for label, t in options if label != correct and (own := _stems(t)) and own <= said]
            return (at, correct, quoted[0]) if len(quoted) == 1 else None
    return None


_TABLE_ROW = re.compile(r"^\s*\|?(?P<cells>.*?)\|?\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$")
# a cell that says its row is the right one ('✓', 'correct', 'yes', 'x' in a column of its own)
_MARK_CELL = re.compile(r"(?i)^(?:[✓✔✅☑][\ufe0e\ufe0f]?|correct|right|yes|x|√|對|对|正确|正解|○)$")


def _cells(line: str) -> list[str]:
    m = _TABLE_ROW.match(line)
    return [c.strip() for c in re.split(r"(?<!\\)\|", m.group("cells"))] if m else []


# a table's head that names its rows options: a first column of labels ('', '#', 'Option', '编号', 'Letter'), or a column of
# their text or the key ('选项', 'Text', 'Choice', 'Correct'); 'Test | p | Significant?' names data (trial29 T29-27)
_LABEL_HEADS = frozenset(
    {"", "#", "no", "no.", "nr", "n°", "№", "id", "label", "letter", "key", "option", "options", "choice", "choices", "编号", "序号",
     "选项", "選項", "opción", "opciones", "opção", "opções", "option de réponse", "lettre", "buchstabe", "antwort", "alternativa"}
)  # fmt: skip
_OPTION_HEADS = frozenset(
    {"option", "options", "choice", "choices", "text", "answer", "answers", "correct", "right", "key", "选项", "選項", "答案", "正确",
     "opción", "opciones", "respuesta", "correcta", "réponse", "réponses", "correcte", "antwort", "richtig", "resposta", "correta"}
)  # fmt: skip


def _options_head(head: list[str]) -> bool:
    """Whether a table's head names its rows options (:data:`_LABEL_HEADS`, :data:`_OPTION_HEADS`)."""
    names = [re.sub(r"<[^>]+>|\*\*|__|[`*_:：]", "", cell).strip().casefold() for cell in head]
    return bool(names) and (names[0] in _LABEL_HEADS or any(name in _OPTION_HEADS for name in names[1:]))


def table_options(lines: list[str]) -> list[str] | None:
    """A Markdown table of options (``|编号|选项|`` / ``|A|IEEE802.3|`` …, ``|Option|Text|``) as option lines,
    one per table line so every index still names its line (the header and rule are blank): ``C) IEEE802.5 ✓``
    for a row marked right (a cell bold or coloured as a whole, ``<font color="red">C</font>``, or a cell of
    its own saying ✓ / correct / yes); None unless every body row's first cell is a letter, A, B, C … in order
    (learner2 M39), and the head names the rows options (a table of data whose rows are named A, B is the answer's
    table: trial29 T29-27)."""
    if len(lines) < 4 or not _TABLE_RULE.match(lines[1]) or not _options_head(_cells(lines[0])):
        return None
    out = ["", ""]
    for n, line in enumerate(lines[2:]):
        cells = _cells(line)
        if len(cells) < 2 or n >= len(LETTERS):
            return None
        label, marked = _marked(cells[0])
        if label.rstrip(".)").upper() != LETTERS[n] or len(label.rstrip(".)")) != 1:
            return None
        text, said = _marked(cells[1])
        marked = marked or said or any(_MARK_CELL.match(c) or _MARK_CELL.match(_marked(c)[0]) for c in cells[2:] if c)
        if not text:
            return None
        out.append(f"{LETTERS[n]}) {text}{' ✓' if marked else ''}")
    return out if len(out) >= 4 else None


# an option that only stands for the code block under it: its bare letter, a soft hyphen, nothing visible
# a plain bullet: an option of an exam-answer page when one is marked ('- **spyware**' among '- DoS attack' …)
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+•][ \t]+(?P<text>\S.*)$")
BULLET_OPTION_CHARS = 250  # longer entries are an answer's paragraphs, not options
_PLACEHOLDER = re.compile(r"^\s*(?:\(?[A-Ha-h][.):]?|&shy;|\u00ad|&nbsp;|&#173;|\\|[:.…–—-]|<br\s*/?>)?\s*$")  # also '- [ ] :', '- [x] <br>'
_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+#.-]*)[^`]*$")


def _code_after(lines: list[str], at: int) -> tuple[int, str, str] | None:
    """``(index after the block, language, code)`` of a fenced code block starting at ``at`` (past blank lines),
    its lines without the fence's indentation, or of an indented one (below); None when no block opens there."""
    first = at
    while at < len(lines) and not lines[at].strip():
        at += 1
    m = _FENCE_OPEN.match(lines[at]) if at < len(lines) else None
    if m is None:
        return _indented_after(lines, first, at) if first < at < len(lines) else None
    indent, fence = len(m.group("indent")), m.group("fence")
    body: list[str] = []
    for k in range(at + 1, len(lines)):
        if lines[k].strip().startswith(fence) and not lines[k].strip().strip(fence[0]):
            code = "\n".join(line[indent:] if not line[:indent].strip() else line.lstrip() for line in body).strip("\n")
            return (k + 1, m.group("lang"), code) if code.strip() else None
        body.append(lines[k])
    return None


def _indented_after(lines: list[str], first: int, at: int) -> tuple[int, str, str] | None:
    """An indented code block after a blank line, four spaces in past the option line above it (``a)`` / blank /
    ``        0`` / ``        -``: a program's output as an option, trial17 T17-32); its lines without that indent."""
    owner = lines[first - 1] if first > 0 else ""
    need = len(owner) - len(owner.lstrip(" ")) + CODE_INDENT
    inside = lambda line: not line[:need].strip() and len(line) > need and not line[need - 1 : need].strip()  # noqa: E731
    if not inside(lines[at]) or "\t" in lines[at][:need]:
        return None
    end = at
    while end < len(lines) and (inside(lines[end]) or (not lines[end].strip() and end + 1 < len(lines) and inside(lines[end + 1]))):
        end += 1
    code = "\n".join(line[need:] for line in lines[at:end]).strip("\n")
    return (end, "", code) if code.strip() else None


CODE_INDENT = 4  # spaces past its option's line that make a block under it code (CommonMark's indented code)


# an answer label with nothing after it ('Correct Answer:', '**Answer:**'), its letter on the next line
_BARE_KEY = re.compile(
    r"^\s*(?:>\s*)?" + _KEY_MARK + r"(?:#{1,6}\s+)?(?:\*\*|__)?(?i:(?:the\s+)?(?:correct\s+|right\s+)?(?:answer|ans|solution|key)s?)"
    r"\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*$"
)
# (not 'A hash map is …': a label followed by a word in lower case is the article of a sentence)
_LEADING_LABEL = re.compile(
    r"^\s*(?:\*\*|__)?\(?[A-Ha-h1-9]\)?(?:\s*[,&/]\s*\(?[A-Ha-h1-9]\)?)*(?:\*\*|__)?(?:[.):,;]|\s+(?![a-z])|$)"
    r"|^\s*[A-H]{2,8}(?:\s+(?![a-z])|$)"
)
# a vote tally after a key ('Community vote distribution C (74%) A (26%)'): noise on a card
_VOTES = re.compile(r"^[^\n]{0,60}?(?:\b[A-H]{1,5}\s*\(\d{1,3}(?:\.\d+)?%\)\s*)+$")


def _joined_keys(lines: list[str], end: int) -> list[str]:
    """``lines`` with each bare answer label after the options (``Correct Answer:``) joined to the next line when
    that line starts with a label (``B``, ``BD``, ``C Community vote …``); the next line is left blank, so every
    index still names its line."""
    out = list(lines)
    for at in range(end, len(out) - 1):
        if _BARE_KEY.match(roman_label(out[at])) and out[at + 1].strip() and _LEADING_LABEL.match(out[at + 1]):
            out[at], out[at + 1] = f"{out[at].rstrip()} {out[at + 1].strip()}", ""
    return out


_COMMENT = re.compile(r"^\s*<!--\s*(.*?)\s*-->\s*$")
# an answer line by its label, whatever follows: 'Answer: 11', '**Correct answer:** Paris', 'Réponse : Paris'
_KEY_TEXT = re.compile(
    spaces_one_way(
    r"^\s*(?:>\s*)?" + _KEY_MARK + r"(?:#{1,6}\s+)?(?:\*\*|__)?(?P<word>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})\s*[:：=-]?(?:\*\*|__)?\s*[:：]?\s*"
    r"(?P<text>\S.*?)\s*$"
    )
)
_KEY_WORD = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:correct|right)\s+)?(?:answer|ans|solution|key|correct(?:\s+option)?|answer\s+is)$"
    r"|^(?:réponse|antwort|respuesta|resposta|risposta|ответ|答案|正解|정답)$"
    # ('**Risposta corretta:** Falso': the right answer in the document's words, trial24 T24-39)
    r"|^(?:réponse\s+(?:correcte|juste)|bonne\s+réponse|(?:richtige|korrekte)\s+antwort|respuesta\s+correcta"
    r"|resposta\s+corret[ao]|risposta\s+(?:corretta|esatta)|правильный\s+ответ)$"
)


# a label of one to three words in any language, a colon, an option's letter and text: '**Jawapan:** c) Musytari — …'
_LETTERED_KEY = re.compile(
    r"^\s*(?:>\s*)?(?:[-*+]\s+)?" + _KEY_MARK + r"(?:\*\*|__)?" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}\s*(?:\*\*|__)?\s*[:：]"
    r"\s*(?:\*\*|__)?\s*(?:\*\*|__)?\(?(?P<letter>[A-Ha-h])[.)](?:\*\*|__)?\s+(?P<text>\S.*?)\s*$"
)


def _lettered_key(line: str, options: list[tuple[str, str]], labels: dict[str, str]) -> tuple[str, str] | None:
    """``(option, what the line says after its text)`` for a line that names an option by its letter AND its whole
    text after a label of its own language (``**Jawapan:** c) Musytari — Musytari ialah …``, ``**Sagot:** b) …``):
    the two agreeing, the label is an answer label whatever its word (trial16 T16-44: 28 languages' words keyed
    nothing); else None."""
    m = _LETTERED_KEY.match(line)
    label = labels.get(m.group("letter").lower()) if m else None
    if m is None or label is None:
        return None
    option = _plain_key(dict(options).get(label, ""))
    said = _plain_key(m.group("text"))
    if not option or not said.startswith(option) or (said[len(option) : len(option) + 1].isalnum()):
        return None
    rest = re.sub(r"(?:\*\*|__|`)", "", m.group("text")).strip()
    cut = len(option)  # the option's text as written, then a separator ('—', '-', '.', ':')
    plain = " ".join(rest.split())
    return label, plain[cut:].lstrip(" —–-:.,;").strip() if plain.casefold().startswith(option) else ""


def _text_key(line: str, options: list[tuple[str, str]]) -> str | None:
    """The option an answer line names by its whole text ('Answer: 11' under 'B) 11', case and a final '.'
    aside), when exactly one option says that; else None."""
    m = _KEY_TEXT.match(roman_label(line))
    if m is None or not _KEY_WORD.match(m.group("word").strip()):
        return None
    said = _plain_key(m.group("text"))
    named = [label for label, text in options if said and _plain_key(text) == said]
    return named[0] if len(named) == 1 else verdict_initial(said, options)


def unread_key(lines: list[str], choices: Choices) -> int | None:
    """Index (into ``lines``) of a line after options with none keyed that looks like an answer line deckc could
    not read ('Answer: the second one', 'Correct: see above'), for the reader to warn at; None when there is none."""
    if choices.correct is not None:
        return None
    for at, line in enumerate(lines):
        if at <= choices.first_line or _letter(line) or _BOX.match(line):
            continue
        m = _KEY_TEXT.match(roman_label(_COMMENT.sub(r"\1", line)))
        if m and _KEY_WORD.match(m.group("word").strip()):
            return at
    return None


# the first text after the options: a bold option label alone then its reason ('**A.** Copilot …'), or an option
# restated in bold ('**C. POST request**'), as quiz pages key a question in an answer toggle (trial12 U107)
_BOLD_LETTER = re.compile(r"^\s*(?:>\s*)?(?:\*\*|__)\(?(?P<label>[A-Ha-h])[.)]\)?(?:\*\*|__)(?:\s+(?P<rest>\S.*))?$")
_BOLD_OPTION = re.compile(r"^\s*(?:>\s*)?(?:\*\*|__)\(?(?P<label>[A-Ha-h])[.)]\)?\s+(?P<text>.+?)(?:\*\*|__)\s*$")
# … or an option's label, bold or not, then a dash or a colon and why ('**B** — floating-point rounding …', '**B:** …',
# 'B: `"number"` — NaN is a numeric value.'): the key and its explanation, when the label is one of the options' again
# (trial35 T35-20: "none marked correct")
_LETTER_WHY = re.compile(
    r"^\s*(?:>\s*)?(?:(?:\*\*|__)\(?(?P<bold>[A-Ha-h])\)?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*(?:[—–:：]|-(?=[ \t])))"
    r"|\(?(?P<plain>[A-Ha-h])\)?[ \t]*(?:[—–]|-(?=[ \t])|(?<![Aa])[:：]))[ \t]*(?P<rest>\S.*)$"
)  # (never a plain 'A:', the answer's label of a 'Q:' / 'A:' page: 'A: B' names option B)
_TAGS_ONLY = re.compile(r"^\s*(?:<[^>]+>\s*)*(?:<summary>[^<]*</summary>\s*)?(?:<[^>]+>\s*)*$", re.I)
# an option's label alone on its line ('B', '**B.**', '(b)'): the key when it is what an answer toggle holds
_BARE_LABEL = re.compile(r"^\s*(?:>\s*)?(?:\*\*|__)?\(?(?P<label>[A-Ha-h])[.)]?\)?(?:\*\*|__)?\s*$")
_TOGGLE = re.compile(r"<(?:summary|details)\b", re.I)


def _bold_key(lines: list[str], end: int, options: list[str]) -> list[str]:
    """The lines with the first text after the options written as an answer line when it keys one in bold, or is
    a label alone inside an answer toggle (``<details><summary>Answer</summary>`` / ``B``)."""
    at = next((k for k in range(end, len(lines)) if lines[k].strip() and not _TAGS_ONLY.match(lines[k])), None)
    if at is None:
        return lines
    m = _BOLD_LETTER.match(lines[at])
    if m is None and any(_TOGGLE.search(line) for line in lines[end:at]):
        m = _BARE_LABEL.match(lines[at])  # '<details><summary>정답</summary>' / '②' (read as 'B'): the toggle's key (U107)
    label = m.group("label").upper() if m else None
    rest = (m.groupdict().get("rest") or "") if m else ""
    if m is None and (w := _LETTER_WHY.match(lines[at])) is not None:  # '**B** — floating-point rounding …' (T35-20)
        label, rest = (w.group("bold") or w.group("plain")).upper(), w.group("rest")
        named = _BARE_LABEL.match(rest) if w.group("plain") == "A" or w.group("bold") == "A" else None
        if named is not None:  # ('A: B' under 'A. ls' / 'B. ls -a': the 'A:' is Answer's label, B the key; T21-26)
            label, rest = named.group("label").upper(), ""
    if m is None and (o := _BOLD_OPTION.match(lines[at])) is not None:
        k = "ABCDEFGH".find(o.group("label").upper())
        if 0 <= k < len(options) and (_plain_key(o.group("text")) == _plain_key(options[k]) or _names_option(o.group("text"), options, k)):
            label = o.group("label").upper()
    if label is None or "ABCDEFGH".find(label) >= len(options):
        return lines
    return [*lines[:at], f"Answer: {label}" + (f". {rest}" if rest else ""), *lines[at + 1 :]]


_TOKEN = re.compile(r"[^\W_]+")
NAMED_SHARE = 0.5  # of a bold key's words that its option's text holds, for a shortened wording to name it


def _names_option(text: str, options: list[str], k: int) -> bool:
    """Whether a bold key 'B) <text>' names option ``k`` in other words: most of its words are option k's, and more
    of them than any other option's ('**B) Key-value хранилище для примитивных данных**' under 'B) Key-value
    хранилище для небольших примитивных данных (…)': trial15 T15-33, ten keys read as none)."""
    said = [w.casefold() for w in _TOKEN.findall(text)]
    if not said:
        return False
    shares = [sum(w in {t.casefold() for t in _TOKEN.findall(option)} for w in said) / len(said) for option in options]
    return shares[k] >= NAMED_SHARE and all(share < shares[k] for n, share in enumerate(shares) if n != k)


def _plain_key(text: str) -> str:
    return " ".join(re.sub(r"\*\*|__|`", "", text).split()).rstrip(".").strip().casefold()


_OWN_LABEL = re.compile(r"^[(（]?(?P<label>[A-Ha-h])(?:[.):]\s+|[．、）：]\s*)(?=\S)")  # (also 'A．…', as CJK pages write it)


_OPTION_NUMBER = re.compile(r"^(?P<word>[^\W\d_]{2,12})\s*(?P<n>\d{1,2})\s*[:.)]\s+(?=\S)")


def _unlabelled(found: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """Box options without the letters they write after the box, when every one writes its own in order
    ('- [ ] A. …', '- [ ] B. …'): the card labels them itself."""
    named = [_OPTION_NUMBER.match(text) for _, text, _ in found]  # 'Option 2: B. 443' (trial16 T16-38)
    first = named[0] if named else None
    if first is not None and all(m and m.group("n") == str(n + 1) and m.group("word").casefold() == first.group("word").casefold() for n, m in enumerate(named)):
        found = [(written, text[m.end() :], marked) for (written, text, marked), m in zip(found, named, strict=True) if m]
    labels = [_OWN_LABEL.match(text) for _, text, _ in found]
    if not all(m and m.group("label").lower() == "abcdefgh"[n] for n, m in enumerate(labels)):
        return found
    return [(written, text[m.end() :], marked) for (written, text, marked), m in zip(found, labels, strict=True) if m]


def _tidy(explanation: list[str]) -> list[str]:
    """An explanation without the label of its first line ('EXPLANATION: UDP sends …' says 'UDP sends …') and
    without the rules and blank lines that end it (a '---' between quiz items is layout)."""
    lines = list(explanation)
    while lines and (not lines[-1].strip() or _RULE.match(lines[-1])):
        lines.pop()
    at = next((k for k, line in enumerate(lines) if line.strip()), None)
    if at is not None and (m := _EXPLANATION_LABEL.match(lines[at])):
        rest = lines[at][m.end() :]
        lines[at : at + 1] = [m.group("indent") + rest] if rest.strip() else []
    return lines


# inline Markdown that changes what an option says or shows: rendered on the card, not flattened (learner L3)
_RICH = frozenset({"code_inline", "em_open", "strong_open", "html_inline", "hardbreak", "link_open", "s_open"})
# tags an option's text formats itself with; any other ('<footer class="special">content</footer>', '<div id="x">')
# makes the option markup to show as written: a quiz about HTML asks which element, and the card taught 'content'
# (trial23 T23-51, its tags dropped by the sanitizer)
_FORMATTING_TAGS = frozenset(
    {"a", "abbr", "b", "big", "br", "code", "del", "em", "font", "i", "img", "ins", "kbd", "mark", "q", "rp", "rt", "ruby",
     "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr"}
)
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9-]*)")
_CODE_SPAN = re.compile(r"(<code>)(.*?)(</code>)", re.S)


def option_html(md: MarkdownIt, text: str) -> str:
    """An option of a Markdown source as the card shows it: its inline Markdown rendered and sanitized, as
    every other field is (`` `Hello` <br/>`world` ``, ``It does **not** …``; spaces inside code kept), a
    picture too (``![plot B](img/b.png)``: the media pass packs it, learner2 M44); "" when it holds no such
    markup (the card escapes its plain text)."""
    from compiler.sources.markdown_blocks import collapse_spaces, sanitize

    tokens = md.parseInline(text.strip())
    children = (tokens[0].children or []) if tokens else []
    if not any(t.type in _RICH or t.type == "image" for t in children):
        return ""
    if any(t.type == "html_inline" and (m := _TAG_NAME.match(t.content)) and m.group(1).lower() not in _FORMATTING_TAGS for t in children):
        return f"<code>{html.escape(text.strip(), quote=False)}</code>"  # an element as written: the option is markup
    rendered = collapse_spaces(sanitize(md.renderer.renderInline(children, md.options, {})))
    # a code span shows its spaces as written ('"  Hello"'), as a browser would not
    return _CODE_SPAN.sub(lambda m: m.group(1) + re.sub(r"(?<= ) ", "&nbsp;", m.group(2)) + m.group(3), rendered)


_PICTURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^\s)>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")


def picture_text(text: str) -> str:
    """The words an option that is only a picture stands for where a card or sheet has no picture (ids, the
    CSV, the sheet's plain text): its alt text, else '[image: b.png]' (learner2 M44); "" for other options."""
    pictures = list(_PICTURE.finditer(text))
    if not pictures or _PICTURE.sub("", text).strip():
        return ""
    return " ".join(" ".join(m.group("alt").split()) or f"[image: {m.group('src').rsplit('/', 1)[-1]}]" for m in pictures)


LETTER_AGAINST_WORDS = "key-letter-against-text"  # the warnings' group


def letter_against_words(written: str, quoted: str, options: list[tuple[str, str]]) -> tuple[str, str]:
    """(message, what to do) for an answer line whose letter names ``written`` and whose words are option ``quoted``'s
    (:func:`quoted_other`): the card takes ``quoted``. One wording for every reader that checks it."""
    texts = dict(options)
    return (
        f"the answer line says {written}) {texts.get(quoted, '')!r}, but option {written} is {texts.get(written, '')!r} "
        f"and {texts.get(quoted, '')!r} is option {quoted}; the card takes {quoted}, the option its words are",
        "check the key: fix the letter (or the words) in that answer line",
    )


KEY_AGAINST_LINE = "key-against-answer-line"


def report_key_against_line(diag: Diagnostics, rel: str, number: str, said: tuple[int, str], keyed: tuple[int, str]) -> None:
    """Warn at both lines where a question's answer line (``said``: its line, the labels it names) and the answer key
    (``keyed``: the entry's line, its labels) name different options: one of them was edited and not the other, and a
    wrong key teaches a wrong answer for months (T31-60). The card takes the answer line under the question. One
    wording for every reader that checks it; said once per pair, the two lines grouped."""
    line, labels = said
    key_line, key_labels_ = keyed
    words = " and ".join(labels.split(","))
    other = " and ".join(key_labels_.split(","))
    message = (
        f"question {number}: the answer line at line {line} says {words}, the answer key at line {key_line} says {other}; "
        f"the card takes {words} (the line under the question)"
    )
    hint = f"check which is right and correct the other one (or delete the answer line if the key at line {key_line} is right)"
    diag.warning(rel, line, message, hint, group=KEY_AGAINST_LINE)
    diag.warning(rel, key_line, message, hint, group=KEY_AGAINST_LINE)


def report_conflicts(choices: Choices, diag: Diagnostics, rel: str, line_of: Callable[[int], int]) -> None:
    """Warn, at the answer line, where it names other options than the ones marked bold or ✓ (the line won:
    a card silently teaching the bold option against the document's own key is the worse mistake).
    ``line_of`` turns an index into the lines :func:`find_choices` was given into a line of the file."""
    for at, marked, key in choices.conflict:
        said = " and ".join(marked.split(","))
        diag.warning(
            rel,
            line_of(at),
            f"the answer line says {' and '.join(key.split(','))} but option {said} is marked correct (bold or ✓); "
            f"the card takes the answer line",
            "check which is right: fix the answer line, or unbold the option if its bold is only emphasis",
            group="key-against-mark",
        )
    for at, written, quoted in choices.mismatched:
        diag.warning(rel, line_of(at), *letter_against_words(written, quoted, choices.options), group=LETTER_AGAINST_WORDS)
    for at, named, quoted in choices.doubt:
        words = dict(choices.options).get(quoted, "")
        diag.warning(
            rel,
            line_of(at),
            f"the explanation names option {named} as the answer but quotes option {quoted}'s words ('{words}') in that "
            f"sentence; the card takes {named}",
            f"check the key: if {quoted} is right, fix the letter in the sentence (or add 'Answer: {quoted}' below the options)",
            group="prose-key-doubt",
        )


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_CHOOSE = re.compile(r"(?i)(?<![\d)}]\s)\b(?:choose|select|pick|mark)\s+(?:the\s+)?(?P<n>two|three|four|five|[2-5])\b")


def report_choose_count(question: str, choices: Choices, diag: Diagnostics, rel: str, line: int) -> None:
    """Warn when a question says how many options are right ('(Choose two.)') and another number is marked
    (learner L15: the card would ask for two and show one)."""
    m = _CHOOSE.search(question)
    right = len(choices.correct.split(",")) if choices.correct else 0
    if m is None or not right or _NUMBER_WORDS[m.group("n").lower()] == right:
        return
    diag.warning(
        rel,
        line,
        f"the question says '{m.group(0)}' but {right} option{'s are' if right > 1 else ' is'} marked right",
        "mark each right option (- [x] …, or list them all on the answer line: Answer: B, D)",
        group="choose-count",
    )


def report_unread_key(lines: list[str], choices: Choices, diag: Diagnostics, rel: str, line_of: Callable[[int], int]) -> None:
    """Warn at an answer line after options deckc could not read (the card would show the options on its back
    and the line as text: learner L19)."""
    at = unread_key(lines, choices)
    if at is None:
        return
    diag.warning(
        rel,
        line_of(at),
        f"{len(choices.options)} options and an answer line deckc cannot read ({lines[at].strip()[:60]!r}); "
        "the card shows the options on its back",
        "name the right option by its letter or its whole text: Answer: B",
        group="unread-key",
    )


_AFTER_LABEL = re.compile(r"^\s*(?:[,;:.)]|[-–—](?=\s))+\s*")
# what a key says after its letter only to say it is the right one: 'B is correct. FV = …', 'B is the correct answer:',
# 'B es correcta.', 'B ist richtig.', 'B est la bonne réponse.' (T32-11: the explanation opened 'is correct. FV = …')
_SAID_RIGHT = re.compile(
    r"^(?i:(?:is|are)\s+(?:the\s+)?(?:(?:correct|right)(?:\s+(?:answer|option|choice|one|response)s?)?|best\s+(?:answer|option|choice|response)s?)"
    r"|es\s+(?:la\s+)?(?:(?:respuesta|opción|alternativa)\s+)?correcta|é\s+(?:a\s+)?(?:(?:resposta|alternativa|opção)\s+)?correta"
    r"|est\s+(?:correcte|juste|(?:la\s+)?bonne\s+réponse|la\s+réponse\s+correcte)|ist\s+(?:richtig|korrekt|die\s+richtige\s+antwort)"
    r"|è\s+(?:corretta|giusta|la\s+risposta\s+(?:corretta|giusta))|is\s+(?:juist|goed)|jest\s+(?:poprawna|prawidłowa)(?:\s+odpowiedź)?)"
    r"(?![^\W\d_])[ \t]*(?:[.:;,!]|[-–—](?=\s))?[ \t]*"
)


def _says_right(rest: str) -> bool:
    """Whether the words after a key's letter only call it right ('A ist richtig.', 'A is correct because …'): the letter,
    never an article opening a sentence ('Answer: A hash map …')."""
    return said_right_off(rest.lstrip(" \t*_")) != rest.lstrip(" \t*_")


def said_right_off(rest: str) -> str:
    """What a key entry says after its letter without the words that only call that letter right ('is correct. FV = …'
    -> 'FV = …'; 'is correct because …' -> 'because …')."""
    return _SAID_RIGHT.sub("", rest, count=1)
_INDENT = re.compile(r"^[ \t]*")
# a numbered option's further line: indented, no list mark of its own ('1.<TAB>[ 2, '12', true ]' / '<TAB>[ 2, '12', true ]')
_WRAPPED_OPTION = re.compile(r"^[ \t]+(?![-*+•][ \t]|\d{1,9}[.)][ \t])\S")
OPTION_BREAK = "<br>"  # between an option's lines, as the card shows them


def said_off(rest: str, said: str) -> str:
    """(Shared with the Aiken converter.) An answer line's text after its label without the option's text it restates ('`background-color`' after
    'A)' of 'A) background-color'), in backticks or emphasis or not, what follows kept (trial24 T24-5). Only a
    restatement ended by a separator, the line's end or the next option it names goes ('A) Paris — …', 'A) Paris.',
    'A) x and B) y'): 'A) Paris has been the capital since 987.' is a sentence whose subject is the option, kept whole
    (T35-20 follow-up: the explanation read 'has been the capital since 987.')."""
    core = " ".join(said.split()).strip("`*_ ").rstrip(".").replace("`", "")
    if not core:
        return rest
    first = rest[_LEAD.match(rest).end() : ][:1]  # where the restatement's first character must be (see _LEAD)
    if first.isascii() and core[0].isascii() and first.lower() != core[0].lower():
        return rest  # (what the pattern below finds, without compiling a pattern for each option)
    spelled = "[`*_]*".join(re.escape(c) for c in core)
    m = re.match(rf"\s*[`*_]*\s*{spelled}[`*_]*\.?(?=\W|$)", rest, re.I)
    if m is None:
        return rest
    after = rest[m.end() :]
    if _WORD_GOES_ON.match(after) and not _JOINED_OPTION.match(after):
        return rest  # (the option's words open a sentence)
    return after.strip()


# what the pattern of said_off skips before the option's text: its first character (never a space, '`', '*' or '_')
# can only be the first character after all of it, as '\s*[`*_]*\s*' matches no more there
_LEAD = re.compile(r"\s*[`*_]*\s*")


# what follows an option's text when the line goes on with a sentence ('Paris| has been …'), not a separator
_WORD_GOES_ON = re.compile(r"[ \t]+[^\W\d_]")


# what joins the options a key names with their text: 'A) x and B) y', 'A) x e B) y', 'A) x、B) y'
_JOINED_OPTION = re.compile(r"^\s*(?:[,;&/+、，]|\b(?i:and|or|e|y|und|et|i|oraz|и|та|ve)\b)?\s*\(?(?P<letter>[A-Ha-h])[.)]\s*")


def _named_more(rest: str, options: list[tuple[str, str]], labels: dict[str, str], letters: str) -> tuple[list[str], str]:
    """Further options an answer line names after its first, each by its label and its text ('… and B) `text-shadow`',
    '… e B) …'), and what the line says after them: ([labels], rest). Only a label followed by that option's own text
    counts ('… and B) are both wrong' is an explanation)."""
    more: list[str] = []
    while (m := _JOINED_OPTION.match(rest)) is not None:
        label = labels.get(m.group("letter").lower()) or (m.group("letter").upper() if m.group("letter").upper() in letters else None)
        text = dict(options).get(label or "", "")
        after = said_off(rest[m.end() :], text) if text else None
        if label is None or after is None or after == rest[m.end() :].strip() or after == rest[m.end() :]:
            break
        more.append(label)
        rest = after
    return more, rest


def after_label(rest: str) -> str:
    """What an answer line says after its option label, without the punctuation that joined them:
    'B, because …' / 'A, C - both …' explain 'because …' / 'both …' (not ', because …' or a list)."""
    return said_right_off(_AFTER_LABEL.sub("", rest.strip(), count=1))


_RESTATED = re.compile(r"^\s*(?:[-*+]\s+)?\(?(?P<label>[1-9]|[A-Ha-h])[.)]\s+(?P<text>\S.*)$")
# what may stand between the options and the answer: a toggle's tags, its 'Answer' summary, a bare label,
# a MkDocs admonition's first line ('??? question "Show Answer"', '!!! success "Answer"')
_WRAPPER = re.compile(
    r"^\s*(?:</?(?:details|p|div|b|strong)\b[^>]*>|<summary\b.*</summary>|\s)*\s*$"
    r"|^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*(?:\s+\"[^\"]*\")?\s*$"
    r"|^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(?i:(?:correct\s+)?answer|solution)(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$",
)
_NOT_WORD = re.compile(r"[\W_]+")


def _restated(lines: list[str], end: int, labels: dict[str, str], options: list[tuple[str, str]]) -> tuple[int, str] | None:
    """``(index, option)`` of an answer that restates an option after the options, label and text
    (``2) undefined`` under ``1. Some Value`` / ``2. undefined``, often inside a ``<details>`` toggle);
    only the first line with text after them counts, and only if its text is that option's."""
    for at in range(end, len(lines)):
        if _WRAPPER.match(lines[at]):
            continue
        m = _RESTATED.match(lines[at])
        option = labels.get(m.group("label").lower()) if m else None
        if m is None or option is None:
            return None
        said = dict(options)[option].split(OPTION_BREAK)[0]  # (an option over several lines: restated by its first)
        same = _NOT_WORD.sub("", m.group("text")).lower() == _NOT_WORD.sub("", said).lower()
        return (at, option) if same and _NOT_WORD.sub("", said) else None
    return None


def _restated_more(lines: list[str], first: tuple[int, str], labels: dict[str, str], options: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """The lines right after a restated answer (``first``, from :func:`_restated`) that each restate another option, label
    and whole text (``a) I live in Australia.`` / ``e) 11 × 11 = −1``, an Obsidian answer callout naming both right
    options: trial46 T46-2): ``[(index, option)]``, each a further right option; the explanation starts after them."""
    more: list[tuple[int, str]] = []
    named = {first[1]}
    for k in range(first[0] + 1, len(lines)):
        m = _RESTATED.match(lines[k])
        option = labels.get(m.group("label").lower()) if m else None
        if m is None or option is None or option in named:
            break
        said = dict(options)[option].split(OPTION_BREAK)[0]
        if not _NOT_WORD.sub("", said) or _NOT_WORD.sub("", m.group("text")).lower() != _NOT_WORD.sub("", said).lower():
            break
        named.add(option)
        more.append((k, option))
    return more


def _keyed(lines: list[str], end: int, count: int) -> bool:
    """Whether the first line with text after numbered options (past a toggle's tags, a bare label or an
    admonition's first line) is an answer line naming one of them ('The correct answer is **B**.',
    'Answer: 2'): a quiz's numbered options keyed by letter or number, not an answer's own list."""
    for line in lines[end:]:
        if _WRAPPER.match(line):
            continue
        hidden = _COMMENT.match(line)
        line = hidden.group(1) if hidden else line
        a = _answer_line(line)
        said = _OPTION_SAID.match(line) if a is None else None
        if said is not None:  # 'Option 4 is the solution.' opening the answer (trial23 T23-5)
            return int(said.group("n")) <= count
        if a is None or not _KEY_END.match(line[a.end("label") :]):
            return False  # 'Answer: A hash map plus a list': an article, not option A
        written = key_labels(a.group("label"))
        valid = {*LETTERS[:count], *(str(n) for n in range(1, count + 1))}
        return bool(written) and all(w.upper() in valid for w in written)
    return False


# a numbered option named right in words at the start of the answer: 'Option 4 is the solution.', 'Option 3 is correct.'
_OPTION_SAID = re.compile(
    r"^\s*(?:>\s*)?(?i:options?|choices?)\s+`?(?P<n>[1-8])\.?`?\s+(?i:(?:is|are)\s+(?:the\s+)?(?:correct|right|solution|answer)\b)"
)
# what may follow the label of a key line: nothing, or punctuation ('**B**. By definition …', 'B) …', '2, as …')
_KEY_END = re.compile(r"^\s*$|^[.):,;*_`]|^\s+[-–—]\s")  # (a key in a code span: its closing backtick, trial15 T15-89)


# the words joining the labels of an answer line: 'A and C', 'B und D', 'B y D', 'B et D', 'B e D' (trial26 T26-50)
_AND = re.compile(r"(?<=[\s,(）)])(?:and|or|und|y|et|e|i|и|ve|dan|và|en)(?=\s)")


def key_labels(written: str) -> list[str]:
    """The labels an answer line names, as written: ``'B, E'`` -> B, E; ``'A and C'``; ``'BD'`` -> B, D.

    Several labels are one kind (letters of one case, or digits), else only the first counts ('B, a
    variable …' names B); letters run together ('BD', 'bd': an answer key's "Choose TWO" entry) count
    only in order, each once ('BD', not 'DB' or 'BB').
    """
    parts = re.findall(r"[A-Ha-h1-9]", _AND.sub(" ", written))
    if len(parts) > 1 and re.fullmatch(r"[A-H]{2,8}|[a-h]{2,8}", written.strip()):
        return parts if parts == sorted(set(parts)) else []
    if len(parts) > 1 and not (all(p.isupper() for p in parts) or all(p.islower() for p in parts) or all(p.isdigit() for p in parts)):
        return parts[:1]
    return list(dict.fromkeys(parts))


def is_answer_line(line: str) -> bool:
    """A line that names the correct option (``Answer: b``, ``**Ответ:** B``)."""
    return bool(_answer_line(line))


def option_line(line: str) -> bool:
    """A line shaped like a first option: ``a) …``, ``(A) …``, ``- A: …``, a task box."""
    lettered = _letter(line)
    return bool(lettered and lettered[0] in "aA") or bool(_BOX.match(line) or _QUIZ_BOX.match(line))


_TOLD_LABEL = re.compile(rf"\W*+(?i:{ANSWER_WORDS}|{KEY_WORDS}|options?|choices?|alternatives?)\W*+")
REPEATED_TOLD = 2  # an instruction line standing under this many questions, word for word, is the test's own wording
TOLD_WORDS = 8  # and is this short


def repeated_instructions(lines: list[str]) -> frozenset[str]:
    """Short lines (stripped) that stand between a question's line and its first option under two questions or more,
    word for word: a test's instruction to each question in whatever language it is written ('Kruis het juiste
    antwoord aan.', 'Zaznacz jedną odpowiedź.', 'Une seule réponse est exacte.'), read as lines.MARK_COUNT's are,
    never as the answer the options would then be a Basic card's back of (trial32 T32-50). No question ('?'), no
    label ending in ':' (read as the options' heading), no digit (marks: '(2 marks)', '[1]'), no option or key."""
    seen: dict[str, int] = {}
    for n in range(1, len(lines) - 1):
        text = lines[n].strip()
        above = lines[n - 1].strip()
        if not text or not above or _letter(above) or len(text.split()) > TOLD_WORDS:
            continue
        if any(c in text for c in "?？:：") or any(c.isdigit() for c in text) or _option_shaped(text) or is_answer_line(text):
            continue
        if _TOLD_LABEL.fullmatch(text):  # ('Answer' / 'Options' alone over the list: a label, no instruction)
            continue
        below = next((line for line in lines[n + 1 : n + 3] if line.strip()), "")
        if option_line(below):
            seen[text] = seen.get(text, 0) + 1
    return frozenset(text for text, count in seen.items() if count >= REPEATED_TOLD)


def instruction(line: str, told: frozenset[str]) -> bool:
    """``line`` is an instruction to the question above its options: a wording MARK_COUNT knows ('Tick one box.',
    'Marque uma alternativa.') or one of the document's ``told`` (repeated_instructions)."""
    return MARK_COUNT.match(line) is not None or line.strip() in told


# a checked option's bold text and its reason in brackets after it
_CHECKED_WHY = re.compile(r"^(?:\*\*|__)(?P<text>[^*_]+?)(?:\*\*|__)\s*\((?P<why>[^()]{3,})\)\s*$")


def _checked(line: str) -> bool:
    """'✅ D) …': a check mark before the option's label."""
    m = _LETTER.match(line)
    return bool(m and m.group("check"))


# a star right after an option's letter, the option not in italics: 'b. *Ontario', 'a. *True' (BCIT qcon, trial12 U35);
# never code ('a. *args', 'b. *p = 5': a pointer, Python's star-args): words, a capital or a digit first
_STAR_AFTER = re.compile(r"^\*(?P<text>(?=[A-Z0-9]|[^\s*]+\s)[^*=();{}\[\]<>&]+)$")


def _starred(line: str) -> bool:
    """'*B) Tokyo' / '=B) Tokyo': the mark Aiken- and GIFT-style quiz files put before the right option
    (not '*B) Tokyo*', an option in italics)."""
    m = _LETTER.match(line)
    if m and m.group("check"):
        return True  # '✅ D) …'
    return bool(m and m.group("star") and not (m.group("star") == "*" and (m.group("text") or "").rstrip().endswith("*")))


def _option_shaped(line: str) -> bool:
    """Any option line ('- A: …', '- [x] …', '( ) …'), so a bullet option is never taken for a feedback line."""
    return bool(_letter(line) or _BOX.match(line) or _QUIZ_BOX.match(line) or _NUMBER.match(line))


_INITIAL = re.compile(r"^\s*(?P<initial>[^\W\d_])\.[ \t](?P<word>[^\W\d_]{3,})(?![^\W\d_])")


def abbreviated_name(line: str, above: str) -> bool:
    """A line that opens by shortening a two-word name written out in the line above it, its capital initial, '.' and
    the second word in lower case ('B. anthracis causes anthrax.' under 'A. Bacillus anthracis.'): the name going on,
    never an option 'B.' (T34-11: revision notes' answers read as an unkeyed multiple choice)."""
    m = _INITIAL.match(line)
    if m is None or not m.group("initial").isupper() or not m.group("word")[0].islower():
        return False
    return re.search(rf"(?<![^\W\d_]){m.group('initial')}[^\W\d_]+[ \t]+{m.group('word')}(?![^\W\d_])", above) is not None


def _letter(line: str) -> tuple[str, str] | None:
    """(label, text) of a lettered option line (its label may be inside the option's bold: '- **(c) 2m** ✓', a
    corrected exam's key; read as '(c) **2m** ✓', trial12 U92)."""
    m = _LETTER.match(line)
    if m is None and (b := _BOLD_LABEL.match(line)) is not None:
        m = _LETTER.match(f"{b.group('lead')}{b.group('label')} {b.group('b')}{b.group('text')}{b.group('b')}{b.group('after')}")
    if m is None and (b := _BOLD_ONLY_LABEL.match(line)) is not None:  # '- **A.** …' (trial15 T15-89)
        m = _LETTER.match(f"{b.group('lead')}{b.group('label')} {b.group('text')}")
    if m is None:
        return None
    return (m.group("label") or m.group("label2")), (m.group("text") or m.group("text2"))


def find_choices_after(lines: list[str]) -> tuple[int, Choices] | None:
    """Options that follow what the question is about (a code block, a passage): ``(index of the first
    option line, choices)`` when a later run of options has its correct one marked, else None.

    Only the first run of lettered or task-box lines outside a code fence is tried (a numbered list
    after some text is far more often part of the answer).
    """
    fence = ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
            continue
        if fence or i == 0 or not (_letter(line) or _BOX.match(line) or _QUIZ_BOX.match(line) or code_options(lines, i)):
            continue  # ('a)' alone over the block of output it is: trial17 T17-32)
        found = find_choices(lines[i:])
        if found is None or found.correct is None:
            return None
        return i, found
    return None


# the end of an option whose sentence is finished ('… by the cell.', '100 °C.', '(France)', a tick): no line goes on it
FINISHED = tuple(".!?;:…)]}»”\"'。！？；：）✓✔✅✗✘❌")
WRAP_LINES = 4  # further lines one option may be hard-wrapped over (a PDF's narrow column)
WRAP_WORDS = 4  # words an option's first line holds before it can have been wrapped (not 'B. 11' over a remark)
_NUMBERED_LINE = re.compile(r"^\s*\(?\d{1,3}[.):]")  # a question's (or a numbered option's) own line


def goes_on(line: str) -> bool:
    """A line that may be an option's text going on: no option label, no number, no key, explanation or
    feedback label, no Markdown block of its own (heading, quote, list entry, table, fence, rule)."""
    bare = line.strip()
    return bool(bare) and not (
        _option_shaped(line) or _NUMBERED_LINE.match(line) or bare[0] in "#>|`<[" or _BULLET.match(line)
        or _answer_line(line) or _EXPLANATION_LABEL.match(line) or _FEEDBACK.match(line) or _RULE.match(line)
        or KEY_SECTION.match(line) or _BARE_KEY.match(line)
    )  # fmt: skip


def wrapped_option_end(lines: list[str], at: int, count: int, before: list[str]) -> int:
    """The index after the lines that go on the lettered option at ``at`` (``at + 1`` if none): copied out of a PDF
    or typed with a hanging indent, a long option breaks where the page's line ended ('A. They are used up in the
    reaction and must be' / 'replaced constantly by the cell.'; trial35 T35-9, T35-16). A line with no label right
    under an option whose sentence is unfinished goes on it when the next option follows it, when it is indented
    past the option's label, when it opens in lower case, or (the last option) when it finishes as the options
    ``before`` it do; never a remark under a short option ('B. 11' / 'Because …')."""
    first = lines[at].rstrip()
    if not first or first.endswith(FINISHED):
        return at + 1
    end = at + 1
    while end < len(lines) and end - at <= WRAP_LINES and goes_on(lines[end]):
        end += 1
        if lines[end - 1].rstrip().endswith(FINISHED):
            break  # (the sentence is over: what follows is the next option, or a remark)
    if end == at + 1:
        return at + 1
    run = lines[at + 1 : end]
    indent = len(_INDENT.match(first).group(0))  # type: ignore[union-attr]
    if _continues("letter", lines[end], count + 1) if end < len(lines) else False:
        return end  # the next option right under it
    if all(len(_INDENT.match(x).group(0)) > indent for x in run):  # type: ignore[union-attr]
        return end  # a hanging indent
    long = len((_letter(first) or ("", ""))[1].split()) >= WRAP_WORDS
    if long and run[0].strip()[0].islower():
        return end
    last = run[-1].rstrip()[-1:]
    ended = end == len(lines) or not lines[end].strip()
    if long and ended and last in FINISHED and any(text.rstrip().endswith(last) for text in before):
        return end  # (the last option, its next line in upper case: 'Energie aus der Atmung.', as the others end)
    return at + 1


def _continues(kind: str, line: str, count: int) -> bool:
    """After a blank line, the next option (options may be spaced out)."""
    if kind == "letter":
        lettered = _letter(line)
        return bool(lettered) and lettered[0].lower() == "abcdefgh"[count]
    if kind == "box":
        return bool(_BOX.match(line))
    if kind == "quiz":
        return bool(_QUIZ_BOX.match(line))
    if kind == "bullet":
        return bool(_BULLET.match(line)) and not _option_shaped(line)
    m = _NUMBER.match(line)
    return bool(m) and int(m.group("label")) == count + 1
