"""What a table's or a sheet's header calls its columns, in the languages people write notes in.

One list for every reader that reads a header row (Markdown tables of cards, CSV/TSV sheets): a
glossary headed ``| Thuật ngữ | Ý nghĩa |`` or ``Begriff;Bedeutung`` is a table of cards exactly as
``| Term | Meaning |`` is (learner3 N8; trial8 H13). The columns of other tools' exports, known by their English
names (Notion, Readwise, Kindle's Vocabulary Builder, Cram, Anki), are :data:`EXPORT_ROLES` (:func:`export_role`):
one table, never a rule per tool (trial31 T31-67).
"""

from __future__ import annotations

import unicodedata


def _words(text: str) -> frozenset[str]:
    """Names separated by white space; '_' joins the words of one name ('thuật_ngữ')."""
    return frozenset(w.replace("_", " ") for w in text.split())


# the column a card asks: a question, a term, a word, a concept
FRONT_WORDS = _words(
    """
    frage begriff wort fachbegriff vokabel ausdruck stichwort
    terme mot notion
    pregunta término termino palabra concepto vocablo expresión expresion enunciado
    domanda termine parola concetto enunciato
    pergunta questão questao termo palavra conceito
    vraag begrip woord
    pytanie pojęcie pojecie termin słowo slowo
    вопрос термин слово понятие питання термін поняття
    сұрақ въпрос питање прашање асуулт савол суроо пытанне ερώτηση ερωτηση
    câu_hỏi thuật_ngữ từ từ_vựng khái_niệm nội_dung nội_dung_câu_hỏi
    问题 問題 术语 術語 词语 詞語 单词 單詞 概念 名词 名詞 题目 題目 词汇 詞彙
    質問 用語 単語 語句 言葉
    질문 문제 용어 단어 개념
    soru terim kelime kavram
    pertanyaan soal istilah kata
    汉字 漢字 生词 生詞 字词 字詞
    كلمة الكلمة مصطلح المصطلح سؤال السؤال مفردة المفردة
    מילה מונח שאלה ביטוי
    शब्द प्रश्न
    """
    # a card's sides as Anki and other card tools name them in their languages (trial30 T30-27: 'Vorderseite'
    # over 'Rückseite' was a card of its own)
    """
    vorderseite seite_1 seite_a recto côté_1 face_a anverso frente lado_1 lado_a fronte lato_a voorkant
    przód przod strona_1 лицевая_сторона 正面 表面 앞면 ön_yüz mặt_trước sisi_depan framsida forside etupuoli
    """
)
# the column that answers it: an answer, a meaning, a definition, a translation
BACK_WORDS = _words(
    """
    antwort bedeutung definition übersetzung lösung
    réponse signification définition sens traduction
    respuesta significado definición definicion traducción traduccion
    risposta significato definizione traduzione
    resposta definição definicao tradução traducao
    antwoord betekenis definitie vertaling
    odpowiedź odpowiedz znaczenie definicja tłumaczenie tlumaczenie
    ответ значение определение перевод відповідь значення визначення переклад
    жауап отговор одговор хариулт жавоб жооп адказ απάντηση απαντηση
    trả_lời câu_trả_lời đáp_án ý_nghĩa nghĩa định_nghĩa dịch
    答案 回答 含义 含義 意思 意义 意義 定义 定義 释义 釋義 翻译 翻譯
    答え 解答 意味 訳 翻訳
    답 답변 정답 의미 뜻 정의 번역
    cevap yanıt anlam anlamı tanım çeviri
    jawaban arti makna definisi terjemahan
    المعنى معنى الترجمة ترجمة التعريف الجواب الإجابة
    תרגום פירוש משמעות הגדרה תשובה
    अर्थ उत्तर अनुवाद
    অর্থ উত্তর অনুবাদ ความหมาย คำแปล คำตอบ მნიშვნელობა პასუხი თარგმანი مطلب جواب
    """
    """
    rückseite rueckseite seite_2 seite_b verso côté_2 face_b reverso lado_2 lado_b retro lato_b achterkant
    tył tyl strona_2 оборотная_сторона 背面 裏面 뒷면 arka_yüz mặt_sau sisi_belakang baksida bagside bakside takapuoli
    """
)
# a column that explains: the back of a table of cards, the extra field of a sheet
EXPLAIN_WORDS = _words(
    """
    erklärung erklaerung beschreibung erläuterung
    explication description
    explicación explicacion descripción descripcion comentario comentarios justificación justificacion
    spiegazione descrizione commento
    explicação explicacao descrição descricao comentário comentários justificativa
    uitleg beschrijving toelichting
    wyjaśnienie wyjasnienie opis
    объяснение описание пояснение пояснення опис
    giải_thích mô_tả
    解释 解釋 说明 說明 描述 説明 解説
    설명
    açıklama aciklama
    penjelasan keterangan
    例句 例子 拼音 注音 读音 讀音 发音 發音
    مثال أمثلة النطق اللفظ ملاحظة ملاحظات
    דוגמה דוגמאות הגייה הערה הערות
    उदाहरण उच्चारण
    উচ্চারণ উদাহরণ คำอ่าน การออกเสียง ตัวอย่าง გამოთქმა მაგალითი произношение транскрипция пример примеры вимова приклад
    تلفظ 発音 読み 読み方 ふりがな 例文 발음 예문
    """
)

# the column that gives a row's difficulty ('leicht', 'difícil', '3'): its level, never text on the back (trial21 T21-43)
LEVEL_WORDS = _words(
    """
    schwierigkeit schwierigkeitsgrad niveau stufe
    difficulté difficulte niveau_de_difficulté
    dificultad nivel nivel_de_dificultad
    difficoltà difficolta livello
    dificuldade nível nivel_de_dificuldade
    moeilijkheid moeilijkheidsgraad
    trudność trudnosc poziom poziom_trudności
    сложность уровень складність рівень
    độ_khó mức_độ cấp_độ
    难度 難度 难易度 難易度 难易程度 難しさ 難易 レベル 난이도 수준
    zorluk seviye zorluk_derecesi
    kesulitan tingkat_kesulitan
    """
)
# the column that tags a row
TAG_WORDS = _words(
    """
    schlagwörter schlagworte stichwörter etiketten
    étiquettes etiquettes mots_clés mots_cles
    etiquetas palabras_clave
    etichette parole_chiave
    marcadores palavras_chave
    trefwoorden
    tagi etykiety
    теги метки мітки
    thẻ nhãn
    标签 標籤 标记 タグ 태그
    etiketler
    """
)

# the column that lists a question's options in one cell ('A) Nucleus<br>B) Mitochondrion …': lead G18)
OPTIONS_WORDS = _words(
    """
    options choices alternatives answer_options answer_choices possible_answers option choice
    optionen antwortmöglichkeiten antwortoptionen auswahlmöglichkeiten auswahl
    choix propositions options_de_réponse
    opciones alternativas opciones_de_respuesta
    opzioni scelte alternative
    opções opcoes alternativas
    opties keuzes antwoordopties
    opcje warianty odpowiedzi_do_wyboru
    варианты варианты_ответа варианты_ответов варіанти варіанти_відповіді
    lựa_chọn phương_án các_phương_án phương_án_trả_lời
    选项 選項 备选答案 選択肢 선택지 보기
    seçenekler şıklar secenekler
    pilihan pilihan_jawaban opsi
    """
)


def bare(text: str) -> str:
    """``text`` without its combining marks: a learner's header is written with stress marks ('Сло́во', 'Перево́д')
    as the lesson prints its words (T32-8)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


def role(name: str) -> str:
    """``front``, ``back``, ``explain``, ``level`` or ``tags`` for a column named in another language (already lower
    case, spaces single), else ''. A name with marks no word here has ('сло́во') is its letters ('слово')."""
    found = _role(name)
    if not found and (plain := bare(name)) != name:
        found = _role(plain)
    return found


def _role(name: str) -> str:
    if name in FRONT_WORDS:
        return "front"
    if name in BACK_WORDS:
        return "back"
    if name in LEVEL_WORDS:
        return "level"
    if name in TAG_WORDS:
        return "tags"
    return "explain" if name in EXPLAIN_WORDS else ""


def pipe_words(*groups: str) -> frozenset[str]:
    """Names separated by '|' (a name may hold spaces: 'created time')."""
    return frozenset(n for group in groups for n in group.split("|"))


# what an export's header names its columns in English: the role of each (a sheet, a Notion database, a highlights or
# vocabulary export, a vocabulary repository)
EXPORT_ROLES: dict[str, frozenset[str]] = {
    "front": pipe_words(
        "question|front|term|word|prompt|q|name|expression|kanji|hanzi|vocab|vocabulary|concept|phrase|headword|lemma",
        "card front|side 1|side a|front side|entry|character|characters|title|key|keyword",
        "text|cloze|cloze text",  # (Anki's Cloze note type's fields, 'Text,Extra': a sheet of clozes, T32-24)
        "text 1",  # (Flashcards Deluxe's fixed header, 'Text 1<TAB>Text 2<TAB>Text 3<TAB>Picture 1 …': T32-41)
    ),
    "back": pipe_words("answer|back|definition|meaning|meanings|response|a|translation|card back|side 2|side b|back side|gloss|description|value|text 2"),
    # a passage the reader marked (Readwise, Apple Books, Kindle exports): a statement, no question (T31-31)
    "highlight": pipe_words("highlight|highlights|highlight text|highlighted text|clipping"),
    # a clue to show with the question, never after its answer (Cram's 'Front,Back,Hint': T31-58)
    "hint": pipe_words(
        "hint|hints|clue|clues|tip",
        "hinweis|tipp|pista|indice|indizio|suggerimento|dica|aanwijzing|wskazówka|podpowiedź|подсказка|підказка",
        "提示|ヒント|힌트|gợi ý|ipucu|petunjuk",
    ),
    "tags": pipe_words("tags|tag|labels|label|keywords"),
    "guid": pipe_words("guid|anki guid|note guid"),
    "notetype": pipe_words("notetype|note type|model|card type"),
    "extra": pipe_words(
        "example|examples|example sentence|sentence|sentences|notes|note|reading|readings|pronunciation|ipa|explanation",
        "context|comment|comments|extra|back extra|mnemonic|usage|synonyms|antonyms|furigana|romaji|pinyin|kana",
        "part of speech|pos|gender|plural|source|reference|url|link|details|more|remarks|info|audio|image|picture",
        "stem|author|book author|authors",
        "text 3|text 4|text 5|picture 1|picture 2|sound 1|sound 2|sound 3|notes 1",
    ),
    # the row's difficulty label ('easy', 'Hard', '3'), read as a Markdown question's label is (learner2 M47)
    "level": pipe_words("difficulty|level|difficulty level|diff"),
    # the row's section, as a Markdown heading over it would be (the JSON/YAML bank reader's keys); the book a
    # highlight or a looked-up word is from (Readwise's 'Book Title', Kindle's 'Book')
    "section": pipe_words(
        "chapter|section|topic|category|subject|unit|module|lesson|part|group|subtopic|sub topic|type|word type|kind|domain",
        "book|book title|book name|category 1|category 2",
        # (and in the languages deckc reads: 'Kapitel' was a card's text, English 'Chapter' the section; trial11 P87)
        "kapitel|abschnitt|thema|lektion|einheit|kategorie|capítulo|capitulo|tema|unidad|lección|leccion|categoría",
        "chapitre|thème|theme|unité|leçon|catégorie|capitolo|unità|lezione|categoria|hoofdstuk|onderwerp|rozdział|temat",
        "глава|раздел|тема|章|节|單元|单元|主题|主題|分類|分类|카테고리|단원|hạng mục|chủ đề|chương|danh mục|lĩnh vực",
    ),
    # what a tool records about a card or a highlight, never what it teaches: left out, with one warning
    "meta": pipe_words(
        "created|created time|created at|creation date|date|date added|added|modified|last modified|last edited",
        "last edited time|updated|updated at|last reviewed|reviewed|review date|due|due date|interval|ease|reps",
        "repetitions|lapses|id|note id|card id|status|score|rank|no|number|#|position|order|index|deck|deck name",
        "frequency|created by|last edited by|owner|flag|flags|suspended|time limit|time|timer|seconds|points|weight|stt",
        "time in seconds|time limit in seconds|time limit seconds|seconds to answer|answer time",
        # (a learner's self-rating, review data as Status is: Notion's 'Confidence', T31-30)
        "confidence|rating|self rating|confidence level|mastery|familiarity",
        # (a highlight's or a looked-up word's record: Readwise's and Kindle's exports, T31-31, T31-32)
        "timestamp|highlighted at|location|location type|color|colour|highlight color|amazon book id|book id|asin|isbn",
        "language|lang|document tags|page|page number|lookup time|looked up|statistics|statistics 1|statistics 2",
    ),
}


def export_role(name: str) -> str:
    """The role :data:`EXPORT_ROLES` gives a column named ``name`` (lower case, spaces single), else ''."""
    return next((role for role, names in EXPORT_ROLES.items() if name in names), "")
