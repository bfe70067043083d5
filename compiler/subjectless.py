"""Questions that name no subject: 'C'est quoi ?', 'What is it used for?', 'Wozu dient das?', '¿Para qué sirve?'.

A note of a vault or a page per topic asks such questions under the topic's title (Obsidian's ``# Recherche et
navigation dans IntelliJ`` over ``> [!question]- C'est quoi ?``): the title is the only place the subject is named, so
a card asking the question alone cannot be answered (trial37 T37-14). The words below are the question words, pronouns,
articles and light verbs of the languages deckc's learners write in; a question made of nothing else, and short, names
no subject. The card then carries its page's title on its context line (compiler.passes.notes)."""

from __future__ import annotations

import re

# question words, pronouns and demonstratives, articles, copulas and the light verbs of 'what is it for / how does it
# work / what does it mean', per language (lower case, accents as written)
_LISTED = """
    what which who whom whose why how when where is are was were be does do did it its this that these those they them
    there for used use good work works mean means a an the of about to in purpose point
    c ce cet cette ceci cela ça est sont qu que quoi qui quel quelle quels quelles comment pourquoi quand où à a au aux
    sert servent marche fonctionne il elle ils elles le la les l on en y faire fait utilise utiliser utilisé sa son ses
    dire veut signifie d de du des
    was wer wie wo wozu wofür warum wann welche welcher welches ist sind das es der die dies dieses diese dient dienen
    funktioniert macht man braucht benutzt verwendet wird für gut bedeutet heißt
    qué que quién cuál cuáles cómo como dónde cuándo por porqué para es son esto eso ello lo la el los las sirve sirven
    funciona se usa utiliza hace significa
    cos cosa che chi quale quali come dove quando perché è sono questo questa quello quella serve servono funziona si
    usa il lo gli le per
    o os as que quem qual quais como onde quando porque porquê é são isso isto ele ela para serve servem funciona
    usa significa
    wat wie welke hoe waar wanneer waarom waarvoor is zijn het dit dat dient werkt betekent
    что кто как где когда зачем почему какой какая какое это такое он она оно для чего нужен нужна нужно работает
    значит
"""
# nouns that name a relation to a subject they leave unsaid ('What are the inputs?', 'What are its advantages?',
# 'Quelles sont les causes ?'): asked with nothing else, the subject is the page's (sitting 41: a Cornell page's
# 'What are the inputs?' / 'What are the products?' of photosynthesis had no context line)
_RELATIONAL = """
    their his her su sus leur leurs sein seine seinen ihr ihre ihren suo sua suoi sue loro seu seus suas
    main input inputs output outputs product products reactant reactants result results cause causes effect effects
    consequence consequences role function functions purpose advantage advantages disadvantage disadvantages benefit
    benefits drawback drawbacks step steps stage stages phase phases type types kind kinds part parts component
    components feature features property properties characteristic characteristics symptom symptoms example examples
    definition
    principal principale principales cause causes effet effets conséquence conséquences rôle fonction fonctions
    avantage avantages inconvénient inconvénients étape étapes phase phases type types partie parties exemple exemples
    produit produits symptôme symptômes caractéristique caractéristiques définition
    principal principales causa causas efecto efectos consecuencia consecuencias función funciones ventaja ventajas
    desventaja desventajas paso pasos etapa etapas fase fases tipo tipos parte partes ejemplo ejemplos producto
    productos síntoma síntomas característica características definición
    haupt ursache ursachen wirkung wirkungen folge folgen rolle funktion funktionen vorteil vorteile nachteil nachteile
    schritt schritte phase phasen art arten teil teile beispiel beispiele produkt produkte symptom symptome merkmal
    merkmale definition
    principale principali causa cause effetto effetti conseguenza conseguenze ruolo funzione funzioni vantaggio vantaggi
    svantaggio svantaggi passo passi fase fasi tipo tipi parte parti esempio esempi prodotto prodotti sintomo sintomi
    caratteristica caratteristiche definizione
"""
_WORDS = frozenset(_LISTED.split()) | frozenset(_RELATIONAL.split())
# the same in scripts written without spaces: whole questions ('这是什么？', 'これは何ですか？', '이것은 무엇인가요?')
_LISTED_WHOLE = """
    这是什么 是什么 它是什么 有什么用 做什么用 怎么用 为什么 這是什麼 是什麼 有什麼用
    これは何 これは何ですか 何ですか なんですか 何に使う 何に使うのか 何に使いますか
    이것은무엇인가요 무엇인가요 뭐예요 무엇입니까 어디에쓰이나요 왜
"""
_WHOLE = frozenset(_LISTED_WHOLE.split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
VALUES_NAMED = 2  # numbers in a question that name what it asks about ('the mean of 2, 4, 6'; 'the 3 types' names none)
SUBJECTLESS_WORDS = 6  # words at most of a question that names no subject ('What is it used for?': five)


def names_no_subject(question: str) -> bool:
    """Whether ``question`` asks and names nothing it asks about: every word a question word, pronoun, article or
    light verb, at most :data:`SUBJECTLESS_WORDS` of them ('C'est quoi ?', 'À quoi ça sert ?', 'How does it work?')."""
    text = question.strip()
    if not text or len(text) > 80 or not text.rstrip(" \u202f\u00a0*_").endswith(("?", "？", "؟", ";")):
        return False
    if len(_NUMBER.findall(text)) >= VALUES_NAMED:
        return False  # ('What is the mean of 2, 4, 6?': the values it asks about are its subject; N60-12, the first card of
        # a quiz alone showed the page's title)
    bare = re.sub(r"[\s\W_]+", "", text)
    if bare and bare in _WHOLE:
        return True
    words = [w.casefold() for w in _WORD.findall(text.replace("’", "'"))]
    return 0 < len(words) <= SUBJECTLESS_WORDS and all(w in _WORDS for w in words)
