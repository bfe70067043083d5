"""A saved web page (``.html``/``.htm``) as Markdown, each line remembering its line in the page.

"Save page as…" of an interview Q&A page or a lesson gives an HTML file full of page furniture.  The
page's content is turned into Markdown and read like a Markdown file (:mod:`compiler.sources.converted`),
so a heading that asks, a bold question, a ``<details>`` toggle, lists, tables, code and images work
as they do in Markdown:

- **what is read**: the page's ``<main>`` (or ``role="main"``), else its one ``<article>``, else its
  ``<body>``; never scripts, styles, forms, buttons (an accordion's question in one is kept), navigation
  (also a block named so: ``class="sidebar"``, ``id="global-nav"``),
  footers, the page's header (that of an article is kept), side bars (``<aside>``), a table of contents (a ``toc`` or
  ``contents`` block that is nearly all links), nor the permalink marks docs sites put
  in headings (``¶``, ``#``); content hidden until clicked (an accordion's collapsed answers) is read;
- **code** (``<pre>``) is kept verbatim as a fenced block, its language from ``class="language-x"``
  (``lang-x``, ``highlight-source-x``, Sphinx's ``highlight-x`` around it); inline ``<code>`` stays code;
- **images** keep their address (a lazy-loaded page's ``data-src`` when ``src`` is a placeholder):
  a relative one is found beside the page (a page saved "complete" keeps them in ``page_files/``), a
  remote one is treated as in Markdown (a link by default: ``remote_images`` in the source's table);
- **note apps' exports**: Notion's toggles (a list entry holding one ``<details>``) are lifted out of their
  list; Google Docs' bold (a class of its style sheet with ``font-weight: 700``) is ``<strong>``, and its
  redirect around every link (``google.com/url?q=…``) is undone;
- **links** to other pages on the web stay links; links within the page or to files beside it (which
  a card cannot follow) are their text;
- **toggles** (``<details>``/``<summary>``) stay toggles, **definition lists** become ``Term`` /
  ``: definition``, **tables** become Markdown tables.

Encoding: a byte order mark, else the page's ``<meta charset>`` (or its ``http-equiv`` content type),
else UTF-8, else (a page that names none and is not UTF-8) Windows-1252, as browsers read it; an
``encoding`` in the source's ``[[source]]`` table wins over the page's own.

Lines: every block (paragraph, heading, list entry, table row, code block, toggle) is marked with the
line of its element in the page before the conversion, and the marks are read back out of the
Markdown, so messages name the page's own lines.  Parsing is BeautifulSoup's ``html.parser`` (which
records each element's line); converting is markdownify's (both MIT licensed).
"""

from __future__ import annotations

import copy
import dataclasses
import html as htmllib
import re
import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Comment, Tag
from markdownify import MarkdownConverter

from compiler.colours import colour_classes, highlighted
from compiler.diagnostics import ContentError, Diagnostic
from compiler.mathml import mathml_tex
from compiler.media import embedded_videos
from compiler.sources.ballots import ballot_options
from compiler.sources.base import load_document
from compiler.sources.choices import KEY_CLASS
from compiler.sources.code_lists import code_lists
from compiler.sources.converted import NOT_A_DOCUMENT, Converted
from compiler.sources.element_quiz import element_quizzes
from compiler.sources.form_quiz import form_quizzes
from compiler.sources.lmscopies import review_copies
from compiler.sources.lmspages import lms_quizzes
from compiler.sources.mathjax import mathjax_formulas

# page furniture: never study content
CHROME = (
    "script", "style", "noscript", "template", "nav", "aside", "form", "input", "select",
    "textarea", "iframe", "object", "embed", "canvas", "svg", "math-field", "link", "meta",
    "title", "head", "dialog", "menu",
)  # fmt: skip
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar"})
# a heading's permalink (Sphinx's '¶', GitHub's and MkDocs' '#', '🔗', '§'): not part of the question
_PERMALINK_TEXT = frozenset({"", "¶", "#", "§", "🔗", "⚓", "link", "permalink"})
_PERMALINK_CLASS = re.compile(r"\b(?:headerlink|anchor|anchorjs-link|header-anchor|heading-anchor|hash-link|permalink)\b", re.I)
# class or id names of page furniture on pages without semantic tags (whole names only: 'sidebar-note' stays)
FURNITURE_NAMES = frozenset(
    {
        "nav", "navbar", "navigation", "global-nav", "globalnav", "site-nav", "breadcrumb", "breadcrumbs",
        "sidebar", "sphinxsidebar", "site-header", "site-footer", "masthead", "skip-link", "cookie-banner",
        "share-buttons", "social-share", "hd", "ft",
        # a blog's advertising, newsletter box and related posts (sitting 42: '<div class="ad">Sponsored: …</div>' after
        # a question's code was the end of its answer)
        "ad", "ads", "adsbygoogle", "advert", "advertisement", "ad-container", "ad-slot", "sponsored", "sponsor", "promo",
        "newsletter", "newsletter-signup", "subscribe", "related", "related-posts", "share", "social", "comments",
        "author-bio", "cookie-notice",
    }
)  # fmt: skip
# one CSS rule whose selector is made of classes ('.c3{…}', '.c3, .c7{…}'), and a bold weight in it
_CSS_RULE = re.compile(r"((?:\.[\w-]+\s*,?\s*)+)\{([^}]*)\}")
_CSS_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_CSS_SCRIPT = re.compile(r"vertical-align\s*:\s*(?P<kind>super|sub)\b", re.I)
_CSS_COLOUR = re.compile(r"(?:^|;)\s*(?:color|background-color|background)\s*:\s*[^;]+", re.I)
_CSS_BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:\s*(?P<value>[^;]+)", re.I)
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_TOC = re.compile(r"(?:^|[\s_-])(?:toc|table-of-contents|contents)(?:$|[\s_-])", re.I)
TOC_LINKED = 0.8  # a table of contents is nearly all link text
_LANG_CLASS = re.compile(r"^(?:language|lang|highlight-source|highlight|brush:?)-?([A-Za-z0-9_+#.-]+)$")
_NOT_LANG = frozenset({"", "default", "none", "text", "plain", "plaintext", "notranslate", "highlight"})
# '<meta charset="…">' or '<meta http-equiv="Content-Type" content="text/html; charset=…">' in the first bytes
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
SNIFF_BYTES = 4096
ARTICLE_SHARE = 0.8  # a <main> whose one <article> holds this share of its text: the article is read
MARK = re.compile("\ue000(\\d+)\ue001")  # the line mark put in front of each block, read back out
_LEADING_MARKS = re.compile("^\\s*(?:\ue000\\d+\ue001\\s*)+")
# elements marked with their line: each starts a line (or more) of the Markdown
BLOCKS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "tr", "dt", "dd", "details",
        "summary", "table", "hr", "div", "section", "article", "main", "figure", "figcaption", "img", "dl",
        "ul", "ol", "caption",
    }
)  # fmt: skip


_TERM_NAMES = frozenset(("word", "wordtext", "term", "termtext", "front", "fronttext", "fronttextcontent"))
_DEFINITION_NAMES = frozenset(("definition", "definitiontext", "def", "back", "backtext", "meaning", "backtextcontent"))
PAIRS_MIN = 2


def _role(tag: Tag) -> str:
    """'term' / 'definition' when a class of the element names it ('SetPageTerm-wordText', 'card-back'), else ''."""
    for name in tag.get("class") or []:
        last = re.split(r"[-_]+", str(name))[-1].lower()
        if last in _TERM_NAMES:
            return "term"
        if last in _DEFINITION_NAMES:
            return "definition"
    return ""


def _term_pairs(root: Tag) -> None:
    """A saved flashcard-set page (Quizlet's 'Save page as', similar sites): elements whose classes say term
    and definition, one after the other, are a table of cards (Term | Definition) in place of the block that
    holds them all (trial10 P39)."""
    pairs: list[tuple[Tag, Tag]] = []
    term: Tag | None = None
    for tag in root.find_all(True):
        role = _role(tag)
        if role == "term" and not any(_role(p) == "term" for p in tag.parents if isinstance(p, Tag)):
            term = tag
        elif role == "definition" and term is not None and not any(_role(p) == "definition" for p in tag.parents if isinstance(p, Tag)):
            pairs.append((term, tag))
            term = None
    if len(pairs) < PAIRS_MIN:
        return
    holder = pairs[0][0]
    while holder.parent is not None and holder is not root and not all(holder in t.parents for pair in pairs for t in pair):
        holder = holder.parent
    rows = [(None, [" ".join(side.get_text(" ").split()) for side in (t, d)]) for t, d in pairs]
    table = _cards_table(("Term", "Definition"), rows)
    if holder is not root:
        holder.replace_with(table)
        return
    # the cards are the page's own blocks ('<h1>' then '<div class="card">' each, trial38 T38-15): the table takes the
    # place of the blocks that hold them, the page's other blocks (its title) kept; replacing the page itself lost it
    held = [c for c in root.children if isinstance(c, Tag) and any(c is t or c in t.parents for pair in pairs for t in pair)]
    held[0].insert_before(table)
    for block in held:
        block.extract()


def _cards_table(names: tuple[str, str], rows: list[tuple[int | None, list[str]]], line: int | None = None) -> Tag:
    """A table of cards made for the Markdown converter: a header of ``names``, then each row's cells (as text), a row
    at its line in the page when it has one (messages name it)."""
    soup = BeautifulSoup("", "html.parser")
    table = soup.new_tag("table", sourceline=line) if line is not None else soup.new_tag("table")
    head = soup.new_tag("tr")
    for name in names:
        th = soup.new_tag("th")
        th.string = name
        head.append(th)
    table.append(head)
    for at, cells in rows:
        row = soup.new_tag("tr", sourceline=at) if at is not None else soup.new_tag("tr")
        for text in cells:
            td = soup.new_tag("td")
            td.string = text
            row.append(td)
        table.append(row)
    return table


# an element whose attributes are a card: Orbit's '<orbit-prompt question="…" answer="…">' (Andy Matuschak's mnemonic
# medium: Quantum Country-style essays), and any web component named so ('front' / 'back', 'prompt' / 'response')
_PROMPT_ATTRS = (("question", "answer"), ("front", "back"), ("prompt", "response"))


def _prompt_elements(root: Tag) -> None:
    """The custom elements (a name with '-') that hold a card in attributes, ``<orbit-prompt question="How do you say
    'Thank you'?" answer="Merci">``, as a table of cards (Question | Answer), one per run of them (a review area), in
    place of the first, each row at its element's line (trial16 T16-42: an HTML page of 15 prompts was 'cannot tell
    this document's layout', an essay's 6 were lost and its headings made junk cards)."""
    runs: list[list[tuple[Tag, str, str]]] = []
    for tag in root.find_all(lambda t: "-" in t.name and any(t.has_attr(q) and t.has_attr(a) for q, a in _PROMPT_ATTRS)):
        q, a = next((q, a) for q, a in _PROMPT_ATTRS if tag.has_attr(q) and tag.has_attr(a))
        question, answer = " ".join(str(tag[q]).split()), " ".join(str(tag[a]).split())
        if not question or not answer:
            continue
        if runs and runs[-1][-1][0].parent is tag.parent:
            runs[-1].append((tag, question, answer))
        else:
            runs.append([(tag, question, answer)])
    for run in runs:
        rows = [(tag.sourceline, [question, answer]) for tag, question, answer in run]
        run[0][0].replace_with(_cards_table(("Question", "Answer"), rows, run[0][0].sourceline))
        for tag, _, _ in run[1:]:
            tag.decompose()


def _faq_role(tag: Tag) -> str:
    """'q' / 'a' when a class of the element names it a question or an answer (``faq-question``,
    ``schema-faq-question`` (Yoast), ``rank-math-question``, ``faq__answer``), else ''."""
    for name in tag.get("class") or []:
        last = re.split(r"[-_]+", str(name))[-1].lower()
        if last == "question":
            return "q"
        if last == "answer":
            return "a"
    return ""


def _faq_pairs(root: Tag) -> None:
    """An FAQ marked up with classes (``<div class="faq-question">…</div>`` / ``<div class="faq-answer">…</div>``,
    WordPress Yoast's ``<strong class="schema-faq-question">`` / ``<p class="schema-faq-answer">``): each question
    element followed by its answer element is a question heading one level under the heading above, asked whatever
    its words (``Q: What is a subnet mask for``), its answer left as written under it (trial17 T17-6: the two
    questions of a page were one note fronted 'FAQ', a Yoast question without '?' was lost)."""
    pairs: list[tuple[Tag, Tag]] = []
    asked: Tag | None = None
    for tag in root.find_all(True):
        role = _faq_role(tag)
        if role == "q" and not any(_faq_role(p) == "q" for p in tag.parents if isinstance(p, Tag)):
            asked = tag
        elif role == "a" and asked is not None and asked not in tag.parents and not any(_faq_role(p) == "a" for p in tag.parents if isinstance(p, Tag)):
            pairs.append((asked, tag))
            asked = None
    for question, _ in pairs:
        if question.find(re.compile(r"^(?:h[1-6]|p|div|ul|ol|table|pre)$")) is not None:
            continue  # (a block of its own inside: read as written)
        above = question.find_previous(re.compile(r"^h[1-6]$"))
        level = min(int(above.name[1]) + 1, 6) if above is not None else 3
        text = " ".join(question.get_text(" ").split())
        if not text:
            continue
        asks = text.rstrip("*_) ").endswith(("?", "？", "؟"))
        question.name = f"h{level}"
        question.attrs = {}
        question.clear()
        question.append(text if asks else f"Q: {text}")


def _definition_lists(root: Tag) -> None:
    """Definition lists as a browser reads them, in place: a ``<dt>`` or ``<dd>`` inside an unclosed ``<dd>`` ends it
    (HTML's implied end tags, which ``html.parser`` does not know: one ``<dd>`` left open swallowed every term after
    it), a ``<dd>`` left empty is nothing, and text straight in the ``<dl>`` (``<dd></dd>See …</dd>``) is a
    definition of the term before it (trial12 U22)."""
    for dl in root.find_all("dl"):
        moved = True
        while moved:
            moved = False
            for inner in dl.find_all(("dt", "dd")):
                holder = inner.parent
                if holder is None or holder.name not in ("dt", "dd") or holder.find_parent("dl") is not dl:
                    continue
                after = [inner, *inner.find_next_siblings()]
                anchor = holder
                for node in after:
                    anchor.insert_after(node.extract())
                    anchor = node
                moved = True
                break
        for dd in dl.find_all("dd"):
            if not dd.get_text(strip=True) and dd.find(("img", "pre", "table")) is None:
                dd.decompose()
        soup = BeautifulSoup("", "html.parser")
        for text in [t for t in dl.find_all(string=True, recursive=False) if t.strip() and not isinstance(t, Comment)]:
            made = soup.new_tag("dd")
            made.string = " ".join(str(text).split())
            text.replace_with(made)


# class names that say an option is right or wrong ('choice true' / 'choice false', 'option-correct', 'is-wrong')
_RIGHT_CLASS = frozenset({"true", "correct"})
_WRONG_CLASS = frozenset({"false", "incorrect", "wrong"})
_QUESTION_CLASS = frozenset({"question", "stem", "prompt", "qtext", "questiontext", "question-text"})
# a number before the options or the first one ('（2） A．…'): the question's, which its text shows as its blank
_OPTIONS_NUMBER = re.compile(r"^\s*(?P<n>[(（]\s*\d{1,3}\s*[)）])\s*")
SEARCHED_PREFIX = 12  # a search link's query starts with this much of the question's text
_NOT_OPTION = ("td", "th", "tr", "table", "tbody", "thead", "html", "body")


def _truth(tag: Tag) -> bool | None:
    """True / False when a class of the element says its option is right / wrong, else None."""
    said = None
    for name in tag.get("class") or []:
        last = re.split(r"[-_]+", str(name).lower())[-1]
        if last in _RIGHT_CLASS or KEY_CLASS.search(str(name)):
            said = not str(name).lower().startswith(("not", "in"))
        elif last in _WRONG_CLASS:
            said = False
    return said


def _class_quiz(root: Tag) -> None:
    """A saved quiz page whose options' classes say which is right (``<span class="choice true">B．…</span>``
    among ``choice false`` ones; ``option correct`` / ``option wrong``) as Markdown questions, in place: the
    text before each group of options a heading, the options a task list with the right ones ticked
    (``- [x]``), whatever follows (an explanation, a key line) under them (trial11 P45)."""
    options = [t for t in root.find_all(True) if t.name not in _NOT_OPTION and _truth(t) is not None and t.get_text(strip=True)]
    marked = {id(t) for t in options}
    options = [t for t in options if not any(id(p) in marked for p in t.parents)]
    groups: list[list[Tag]] = []
    for tag in options:
        last = groups[-1][-1] if groups else None
        between = tag.previous_sibling
        while between is not None and isinstance(between, str) and not between.strip():
            between = between.previous_sibling
        if last is not None and between is last:
            groups[-1].append(tag)
        else:
            groups.append([tag])
    groups = [g for g in groups if len(g) >= 2 and any(_truth(t) for t in g) and not all(_truth(t) for t in g)]
    if not groups:
        return
    depth = max((int(h.name[1]) for h in root.find_all(re.compile(r"^h[1-5]$"))), default=2)
    asked: Tag | None = None
    for group in groups:
        asked = _one_quiz_question(root, group, min(depth + 1, 6), asked)


def _one_quiz_question(root: Tag, group: list[Tag], level: int, asked: Tag | None) -> Tag | None:
    """One group of classed options and the question before it as a heading and a task list (see _class_quiz);
    a group straight after another one answers the same question's next blank ('… （5） … （6） 天'): that
    question again (``asked``, as the page wrote it). Returns the question as the page wrote it."""
    soup = BeautifulSoup("", "html.parser")
    listing = soup.new_tag("ul", attrs={"data-deckc-options": ""})
    number = ""
    group[0].insert_before(listing)
    for n, option in enumerate(group):
        item = soup.new_tag("li")
        item.append("[x] " if _truth(option) else "[ ] ")
        for inner in option.find_all(True):
            if n == 0 and inner.parent is not None and _OPTIONS_NUMBER.fullmatch(inner.get_text(" ")):
                number = inner.get_text(" ").strip()  # '<span class="number">（2） </span>A．…'
                inner.decompose()
        for child in list(option.contents):
            item.append(child.extract())
        option.decompose()
        for text in item.find_all(string=True)[1:]:
            if text.strip():
                m = _OPTIONS_NUMBER.match(str(text))
                if n == 0 and m and str(text)[m.end() :].strip():
                    number = m.group("n")
                    text.replace_with(str(text)[m.end() :])
                else:
                    text.replace_with(str(text).lstrip())
                break
        listing.append(item)
    holder = listing.parent
    if holder is not None and holder.name not in ("div", "section", "article", "li", "main", "body", "form", "fieldset"):
        rest = " ".join(c.get_text(" ") if isinstance(c, Tag) else str(c) for c in holder.contents if c is not listing)
        m = _OPTIONS_NUMBER.fullmatch(rest)
        if m is not None or not rest.strip():  # '<p><span class="number">（1）</span> the options </p>'
            number = number or (m.group("n") if m else "")
            holder.replace_with(listing.extract())
    question = _question_before(root, listing)
    if question is None and asked is not None:
        question = copy.copy(asked)
        listing.insert_before(question)
    if question is None:
        return None
    written = copy.copy(question)
    for link in question.find_all("a"):
        if _searches_for(link, question):
            link.decompose()
    if number:  # '（5）' in the question is the blank these options fill: '（____）'
        blank = re.compile(r"([(（])\s*" + re.sub(r"\D", "", number) + r"\s*([)）])")
        for text in question.find_all(string=blank):
            text.replace_with(blank.sub(r"\1____\2", str(text), count=1))
            break
    if not re.fullmatch(r"h[1-6]", question.name or ""):
        question.name = f"h{level}"
        question.attrs = {k: v for k, v in question.attrs.items() if k != "class"}
    return written


def _question_before(root: Tag, listing: Tag) -> Tag | None:
    """The element holding the question a list of options answers: the nearest one before it whose class
    names a question (``class="question"``, ``stem``), else the nearest block with text before it."""
    plain = None
    for tag in listing.find_all_previous(True):
        if root not in tag.parents:
            break
        if tag.has_attr("data-deckc-options") or tag.find_parent(attrs={"data-deckc-options": True}) is not None:
            break  # the options of the question before: this group has no question of its own
        if listing in tag.find_all("ul"):
            continue
        names = {re.split(r"[-_]+", str(c).lower())[-1] for c in tag.get("class") or []} | {str(c).lower() for c in tag.get("class") or []}
        if names & _QUESTION_CLASS and tag.get_text(strip=True):
            return tag
        if plain is None and tag.name in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li") and tag.get_text(strip=True) and tag.find(BLOCKS_INSIDE) is None:
            plain = tag
    return plain


BLOCKS_INSIDE = ["p", "div", "ul", "ol", "table", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li"]


# a web search's results page: Baidu, Google, Bing, Sogou, 360, DuckDuckGo, Yandex, Naver
_SEARCH_PAGE = re.compile(
    r"^(?:www\.|m\.)?(?:baidu\.com/s|google\.[a-z.]+/search|bing\.com/search|sogou\.com/(?:web|sogou)|so\.com/s"
    r"|duckduckgo\.com/|yandex\.[a-z]+/search|search\.naver\.com/search\.naver)/?$"
)


def _searches_for(link: Tag, question: Tag) -> bool:
    """A link beside a question that searches the web for it ('百度', 'Google it'): its address's query is the
    question's own text (its markup aside), or it is a search engine's results page. Furniture on the card."""
    own = "".join(question.get_text(" ").replace(link.get_text(" "), " ").split())[:SEARCHED_PREFIX]
    address = urlsplit(str(link.get("href") or ""))
    if _SEARCH_PAGE.match(f"{address.netloc.lower()}{address.path}") and address.query:
        return True  # a search engine's results for whatever the page put in its query ('百度', 'Google it')
    for values in parse_qs(address.query).values():
        for value in values:  # (the query may hold the question's own markup: '…如下图所示：<br/>§§<br/>…', trial11 P45)
            if len(own) >= 4 and "".join(re.sub(r"<[^<>]*>", " ", value).split()).startswith(own):
                return True
    return False


def page_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The page's content as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, _charset(path, encoding))  # empty, binary, undecodable: said as for any file
    return html_markdown(doc.text, rel)


def html_markdown(text: str, rel: str) -> Converted:
    """HTML text as Markdown with a line map: a saved page's, or what another format converts to HTML (a Word
    document, compiler.sources.docx)."""
    import warnings

    with warnings.catch_warnings():  # (an XML file named .html: bs4's XMLParsedAsHTMLWarning, with a path of ours, never on the console; trial10 P13)
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "html.parser")
    try:
        _css_bold(soup)
        _css_scripts(soup)
        _keep_math(soup)
        root = _content(soup)
        _quizdown_divs(soup, root)
        unanswered = lms_quizzes(root)  # (before the chrome goes: Moodle's review holds its questions in a <form>)
        unanswered += review_copies(root)  # (a D2L review copied into Word: its option marks as icon pictures; T18-26)
        form_quizzes(root)  # (a self-check form: fieldsets of radio buttons, before the form goes with the chrome; T25-46)
        # ('Share this: Twitter Facebook', 'Related: …': the site's, T31-38; a saved page's only, never a Word document's)
        shared = _share_boxes(root) if rel.lower().endswith((".html", ".htm", ".xhtml", ".mhtml", ".mht")) else []
        _strip_chrome(root)
        _term_pairs(root)
        _prompt_elements(root)
        left_out = element_quizzes(root)
        ballot_options(root)
        _faq_pairs(root)
        _definition_lists(root)
        _class_quiz(root)
        code_lists(root)  # a program typed as a numbered list, a line an entry: its code block (T19-12)
        _flatten_code(root)
        _lift_toggles(root)
        markdown = _Converter().convert_soup(root)
    except RecursionError:  # (markdownify converts element by element, recursively)
        raise ContentError(
            [
                Diagnostic(
                    rel,
                    None,
                    "the page nests its elements too deeply to be read (hundreds of levels)",
                    "save the page again from the browser, or copy its text into a Markdown file",
                )
            ]
        ) from None
    made = _unmark(markdown)
    if shared:  # (one message for the page: nothing of it was content, nothing to edit)
        kinds = " and ".join(dict.fromkeys(kind for _, kind in shared))
        said_shared = Diagnostic(
            rel,
            shared[0][0],
            f"page furniture left out: {kinds} ({len(shared)} block{'s' if len(shared) > 1 else ''}), on no card",
            "nothing to do: they are the site's links, not the page's text",
            "warning",
            group="share-furniture",
        )
        made = Converted(made.text, made.origin, made.places, (*made.warnings, said_shared))
    if left_out or unanswered:  # (questions whose values a program fills in: trial18 T18-4; no right answer shown: T17-43)
        said = tuple(
            Diagnostic(rel, line, message, hint, "warning", group="element-quiz-left-out" + "".join(f"-{g}" for g in kind))
            for line, message, hint, *kind in [*left_out, *unanswered]  # (a 4th part: a kind of its own, said apart)
        )
        made = Converted(made.text, made.origin, made.places, (*made.warnings, *said))
    if not made.text.strip() and made.warnings and all((d.group or "").startswith("element-quiz-left-out") for d in made.warnings):
        first = made.warnings[0]  # (its only questions left out: said so, a warning when deck.toml does not name it)
        raise ContentError([dataclasses.replace(first, severity="error", group=NOT_A_DOCUMENT)])
    if not made.text.strip():
        # (the message read.py turns into 'empty file: no card' for a file deck.toml does not name)
        raise ContentError(
            [
                Diagnostic(
                    rel,
                    None,
                    "file is empty",
                    "the page shows no text once its scripts, styles, navigation and forms are left out (a page "
                    "that JavaScript fills in saves empty: select its text in the browser and paste it into a "
                    "Markdown file)",
                )
            ]
        )
    return made


def _quizdown_divs(soup: Any, root: Any) -> None:
    """A quizdown quiz published in a page (``<div class="quizdown">`` holding the quiz's Markdown, indented as the page
    is: quizdown-js's way, trial48 T48-2) as a ``quizdown`` code block, in place: the Markdown reading makes its
    questions, as from the quiz saved as Markdown (before: one card whose back was the quiz's source)."""
    for div in root.find_all("div", class_="quizdown"):
        # (its source as written, as quizdown-js reads the element's inner HTML: '`<h1></h1>`' in an option stays)
        text = textwrap.dedent(htmllib.unescape(div.decode_contents()).expandtabs(4)).strip("\n")
        if not text.strip():
            continue
        line = getattr(div, "sourceline", None)
        pre = soup.new_tag("pre", sourceline=line) if line is not None else soup.new_tag("pre")
        pre.string = text
        pre["class"] = ["language-quizdown"]  # (the code block's language, as _flatten_code reads it)
        div.replace_with(pre)


def _lift_toggles(root: Any) -> None:
    """A list whose every entry is one ``<details>`` toggle (Notion's "toggle list" export) as those toggles
    one after another, in place: a toggle inside a list entry is no question to the Markdown reading."""
    for listing in root.find_all(("ul", "ol")):
        entries = listing.find_all("li", recursive=False)
        if not entries or listing.parent is None:
            continue
        toggles = []
        for li in entries:
            kids = [k for k in li.contents if not (isinstance(k, str) and not k.strip())]
            if len(kids) != 1 or getattr(kids[0], "name", None) != "details":
                break
            toggles.append(kids[0])
        else:
            for toggle in toggles:
                listing.insert_before(toggle.extract())
            listing.decompose()


def _flatten_code(root: Any) -> None:
    """Each code block as its language and its text alone, in place: the highlighting's thousands of
    ``<span>`` elements are nothing to convert."""
    for pre in root.find_all("pre"):
        lang = _language(pre)
        text = pre.get_text()
        pre.clear()
        pre.append(text)
        pre["data-deckc-lang"] = lang


def _charset(path: Path, configured: str) -> str:
    """The encoding to decode the page with: the source's own setting, a BOM, the page's meta charset, UTF-8."""
    if configured.replace("-", "").replace("_", "").lower() != "utf8":
        return configured  # set in its [[source]] table: the user knows best
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return configured  # (reading it again says why)
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return "utf-8"  # a byte order mark says it all (load_document reads UTF-16/32 marks itself)
    m = _META_CHARSET.search(head)
    if m is None:
        return "utf-8" if _utf8(path) else "cp1252"  # no label and not UTF-8: what browsers read (WHATWG)
    name = m.group(1).decode("ascii", "replace").lower()
    if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"):
        return "cp1252"  # what browsers read these labels as (WHATWG Encoding)
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"  # a label Python does not know: UTF-8, and a decoding error says where it fails


def _css_bold(soup: Any) -> None:
    """Text made bold by a class of the page's own style sheet (Google Docs' "Web page" download writes
    ``.c3{font-weight:700}`` and ``<span class="c3">``) as ``<strong>``, in place: a bold question stays one. A class's
    colours count as the span's own (``.c4{background-color:#ffff00}``: a teacher's highlighted key, trial18 T18-88),
    and a span highlighted by a background colour, by class or by its own style, is ``<mark>``, the highlight a Word
    key's is (trial17 T17-22)."""
    bold: set[str] = set()
    coloured: dict[str, str] = {}
    for style in soup.find_all("style"):
        for names, body in _CSS_RULE.findall(style.get_text()):
            classes = [n for n in re.findall(r"\.([\w-]+)", names) if "," not in n]
            if _CSS_BOLD.search(body):
                bold.update(classes)
            colours = ";".join(d.group(0).strip(" ;") for d in _CSS_COLOUR.finditer(body))
            for name in classes if colours else ():
                coloured[name] = f"{coloured[name]};{colours}" if name in coloured else colours
    for span in soup.find_all("span", class_=lambda c: c is not None and c in coloured):
        own = ";".join(coloured[c] for c in span.get("class") or [] if c in coloured)
        span["style"] = f"{own};{span.get('style') or ''}".strip(";")  # (its own style after: it wins)
    for span in soup.find_all(["span", "font"], style=lambda v: v is not None and _CSS_BACKGROUND.search(v) is not None):
        back = [d.group("value").strip().split() for d in _CSS_BACKGROUND.finditer(str(span.get("style")))]
        if not back or not back[-1] or not highlighted(back[-1][0].removesuffix("!important")) or not span.get_text().strip():
            continue
        if span.name == "span" and set(span.get("class") or []) & bold:
            span.wrap(soup.new_tag("strong"))
        span.name = "mark"
    titles = soup.find_all("p", class_="title")
    if len(titles) == 1:  # a Google Docs page's Title paragraph: the page's title, no text outside a question
        titles[0].name = "h1"
    if not bold:
        return
    for span in soup.find_all("span", class_=lambda c: c is not None and c in bold):
        span.name = "strong"


def _css_scripts(soup: Any) -> None:
    """Text raised or lowered by a style (Google Docs' "Web page" download writes ``.c7{vertical-align:super}`` and
    ``<span class="c7">23</span>``, or the style on the span) as ``<sup>`` / ``<sub>``, in place: '6.022 × 10<sup>23</sup>'
    was '6.022 × 1023' on the card, a wrong number (sitting 52, newdocs N29)."""
    kinds: dict[str, str] = {}
    for style in soup.find_all("style"):
        for names, body in _CSS_RULE.findall(style.get_text()):
            script = _CSS_SCRIPT.search(body)
            for name in re.findall(r"\.([\w-]+)", names) if script else ():
                kinds[name] = script.group("kind").lower()[:3]
    for span in soup.find_all("span"):
        own = _CSS_SCRIPT.search(str(span.get("style") or ""))
        kind = own.group("kind").lower()[:3] if own else next((kinds[c] for c in span.get("class") or [] if c in kinds), None)
        if kind and span.get_text().strip():
            span.name = kind


def _keep_math(soup: Any) -> None:
    """Formulas as their TeX, in place: KaTeX's and MathJax's rendered markup (which reads as 'EE=mc2')
    and MathJax 2's ``<script type="math/tex">`` become one ``deckc-math`` element each, written out as
    ``\\( … \\)`` (``\\[ … \\]`` for display math), which the Markdown reading and Anki's MathJax read."""
    found = mathjax_formulas(soup)  # MathJax 3/4's <mjx-container>, MathJax 2's frames (compiler.sources.mathjax)
    for span in soup.find_all(class_="katex"):
        note = span.find("annotation", attrs={"encoding": "application/x-tex"})
        if note is not None and span.find_parent(class_="katex") is None:
            shown = span.find_parent(class_="katex-display")
            found.append((shown or span, note.get_text(), shown is not None))
    for script in soup.find_all("script", attrs={"type": re.compile(r"^math/tex", re.I)}):
        found.append((script, script.get_text(), "mode=display" in str(script.get("type")).replace(" ", "")))
    for math in soup.find_all("math"):
        note = math.find("annotation", attrs={"encoding": "application/x-tex"})
        tex = str(math.get("alttext") or "") or (note.get_text() if note is not None else "") or mathml_tex(str(math))
        if tex.strip() and math.find_parent(class_="katex") is None and math.find_parent("mjx-container") is None:
            found.append((math, tex, str(math.get("display") or "") == "block"))
    for tag, tex, display in found:
        if tag.parent is None or not tex.strip():
            continue
        made = soup.new_tag("deckc-math")
        made["tex"] = " ".join(tex.split())
        made["display"] = "1" if display else ""
        tag.replace_with(made)
    _tex_in_text(soup)


# MathJax's own delimiters in a page's text (Sphinx's <span class="math">\(…\)</span>, Jupyter Book, MkDocs,
# blogs): the formula's TeX, which Markdown conversion must not escape ('M_{\rm enclosed}' became 'M\_{…}')
_TEX_IN_TEXT = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]|\$\$(.+?)\$\$", re.S)
_NOT_TEXT = ["pre", "code", "script", "style", "textarea", "deckc-math", "kbd", "samp"]


def _tex_in_text(soup: Any) -> None:
    """Formulas written in the page's text between MathJax delimiters (``\\( … \\)``, ``\\[ … \\]``,
    ``$$ … $$``) as ``deckc-math`` elements, so they reach the card as written (code is left alone)."""
    for node in list(soup.find_all(string=_TEX_IN_TEXT)):
        if isinstance(node, Comment) or node.find_parent(_NOT_TEXT) is not None:
            continue
        text = str(node)
        parts: list[Any] = []
        pos = 0
        for m in _TEX_IN_TEXT.finditer(text):
            tex = next(g for g in m.groups() if g is not None)
            if not tex.strip():
                continue
            parts.append(text[pos : m.start()])
            made = soup.new_tag("deckc-math")
            made["tex"] = " ".join(tex.split())
            made["display"] = "" if m.group(1) is not None else "1"
            parts.append(made)
            pos = m.end()
        parts.append(text[pos:])
        node.replace_with(*[p for p in parts if not isinstance(p, str) or p])


def _utf8(path: Path) -> bool:
    """Whether the file is valid UTF-8 (or cannot be read: reading it again says why)."""
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason == "unexpected end of data"  # cut off in a character: UTF-8, and said as such
    except OSError:
        return True
    return True


def _content(soup: Any) -> Any:
    """The element holding the page's own content: its main, its one article, else its body."""
    mains = soup.find_all("main") or soup.find_all(attrs={"role": "main"})
    main = mains[0] if len(mains) == 1 else None
    root = main if main is not None else soup.body if soup.body is not None else soup
    articles = [a for a in root.find_all("article") if a.find_parent("article") is None]
    if len(articles) == 1 and (main is None or _share(articles[0], main) >= ARTICLE_SHARE):
        return articles[0]  # a main that holds one article and little else (GitHub's repository header)
    return root


def _share(part: Any, whole: Any) -> float:
    """How much of an element's text a part of it holds."""
    total = len(whole.get_text(" ", strip=True))
    return len(part.get_text(" ", strip=True)) / total if total else 0.0


def _strip_chrome(root: Any) -> None:
    """Page furniture out of the content, in place."""
    for node in root.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for button in root.find_all("button"):
        # an accordion's question is a button that opens its answer (in a heading, or naming what it opens)
        if button.find_parent(re.compile(r"^h[1-6]$")) is not None or any(
            button.has_attr(a) for a in ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle", "data-target")
        ):
            button.unwrap()
    for tag in root.find_all(("iframe", "video")):  # an embedded video: a link to it (compiler.media), not gone
        if tag.parent is None:
            continue
        link = embedded_videos(str(tag))
        if "<a " in link and (link.startswith("[video:") or tag.name == "video"):  # (another site's frame: furniture)
            tag.replace_with(BeautifulSoup(f"<p>{link}</p>", "html.parser"))
    for tag in root.find_all(CHROME):
        tag.decompose()
    gone = [tag for tag in root.find_all(True) if isinstance(tag, Tag) and tag.attrs is not None and _furniture(tag)]
    for tag in gone:
        if tag.parent is not None:  # (not inside one already removed)
            tag.decompose()


# a box of links to share the page or to the site's other pages, by its class or id ('sharedaddy', 'share-buttons',
# 'jp-relatedposts', 'related-posts', 'social-links'): a part of a name, as themes write them
_SHARE_NAME = re.compile(r"(?i)(?:^|[\s_-])(?:share|sharing|sharedaddy|social|relatedposts|related)(?:$|[\s_-])|sharedaddy|relatedposts")
# its label, in the languages deckc reads: 'Share this:', 'Teilen mit:', 'Compartir:', 'Partager :', 'Related:',
# 'You may also like', 'Ähnliche Beiträge', 'Artículos relacionados'
_SHARE_LABEL = re.compile(
    r"(?i)^\W*(?:share(?:\s+this(?:\s+(?:post|page|article))?)?|share\s+on|teilen(?:\s+mit)?|compartir(?:\s+esto)?|partager"
    r"(?:\s+(?:ceci|cet\s+article))?|condividi|compartilhe|udostępnij|поделиться|paylaş|bagikan|分享|シェア|공유"
    r"|related(?:\s+(?:posts|articles|pages|questions))?|you\s+(?:may|might)\s+also\s+like|ähnliche\s+beiträge|verwandte\s+artikel"
    r"|artículos\s+relacionados|entradas\s+relacionadas|articles\s+(?:similaires|connexes)|похожие\s+(?:статьи|записи)|相关文章)"
    r"\s*[:：]?\s*"
)
SHARE_WORDS = 12  # the words at most of a share box's or related line's own text, besides its links


def _share_boxes(root: Any) -> list[tuple[int | None, str]]:
    """The share boxes and 'Related:' link lines of a saved page, taken out (``(its line, what it was)`` each): a block
    named a share or related box, or a paragraph, list or box whose text, links aside, is only such a label (``Share
    this:`` over ``Twitter Facebook``, ``Related: <a>CCNA 1 v7 Modules 4 – 7 Exam Answers</a>``). They were "text
    outside any question … put it under a question" (trial31 T31-38), as if the user had to edit a downloaded page."""
    found: list[tuple[int | None, str]] = []
    # (a page with no share or related label in any text has no box found by its first text: each box's first text is
    # then not looked for, a walk down to it from every box and up from it to the page's top, quadratic in how
    # deeply boxes nest)
    labels = any(_SHARE_LABEL.match(t.strip()) for t in root.strings if t.strip())
    for tag in root.find_all(("div", "section", "p", "ul", "aside")):
        if tag.parent is None or tag.attrs is None:
            continue  # (inside a box taken out already)
        names = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
        named = bool(_SHARE_NAME.search(names))
        if not named:  # (a cheap look first: its first text a share or related label)
            if not labels:
                continue
            first = next((t for t in tag.strings if t.strip()), None)
            if first is None or first.find_parent("a") is not None or not _SHARE_LABEL.match(first.strip()):
                continue
        if not tag.find("a") or tag.find(("pre", "table", "ol", "img", "h1", "h2")) is not None:
            continue
        own = " ".join(" ".join(t for t in tag.strings if t.find_parent("a") is None).split())  # (its text, links aside)
        m = _SHARE_LABEL.match(own)
        labelled = m is not None and m.end() == len(own)  # ('Share this:' and links, nothing else)
        if not (labelled or (named and len(own.split()) <= SHARE_WORDS and not own.rstrip().endswith(("?", "？")))):
            continue
        related = own.lower().startswith(("related", "you may", "you might")) or "related" in names.lower()
        found.append((getattr(tag, "sourceline", None), "a 'Related' links line" if related else "a share box"))
        tag.decompose()
    return found


def _furniture(tag: Any) -> bool:
    """An element that is page furniture, not content (see the module docstring)."""
    role = str(tag.get("role") or "").lower()
    if role in CHROME_ROLES:
        return True
    if tag.name == "button":  # 'Copy', 'Share', 'Menu'; an accordion's question is kept (_unwrap_buttons)
        return True
    if tag.name in ("div", "ul", "ol", "p", "span", "section", "table") and _named_furniture(tag):
        return True
    if _wiki_furniture(tag):
        return True
    if tag.name == "footer":
        return True  # a byline, tags, share links
    if tag.name == "header":
        return tag.find_parent(("article", "main", "section", "details")) is None  # an article's (its title) stays
    if tag.name == "a":
        return _permalink(tag)
    return tag.name in ("div", "ul", "ol", "section") and _contents_list(tag)


_WIKI_CHROME = frozenset({"mw-editsection", "mw-jump-link", "mw-cite-backlink", "navbox", "noprint", "references", "reflist", "mw-references-wrap"})


def _wiki_furniture(tag: Any) -> bool:
    """A saved wiki page's (MediaWiki's: Wikipedia, Wiktionary, Fandom) furniture: a heading's ``[edit]`` link
    (``<span class="mw-editsection">``), a citation mark (``<sup class="reference"><a href="#cite_note-1">[1]</a></sup>``)
    and the list of references they point to (``<ol class="references">``): never a section's name or a card's text
    (trial27 T27-22: sections 'A[edit]', backs ending '[1]')."""
    classes = {c.lower() for c in (tag.get("class") or [])}
    if classes & _WIKI_CHROME:
        return True
    if tag.name != "sup":
        return False
    link = tag.find("a", href=True)
    return "reference" in classes or (link is not None and str(link["href"]).startswith(("#cite_note", "#fn", "#ref")) and len(tag.get_text(strip=True)) <= 6)


def _named_furniture(tag: Any) -> bool:
    """A block a page without semantic tags names as furniture: ``<div id="global-nav">``,
    ``class="breadcrumbs"``, ``class="sidebar"``, YUI's ``id="hd"`` / ``id="ft"`` (Django's docs)."""
    names = {*(c.lower() for c in (tag.get("class") or [])), str(tag.get("id") or "").lower()}
    return bool(names & FURNITURE_NAMES)


def _contents_list(tag: Any) -> bool:
    """A page's table of contents (Sphinx's 'contents topic', a 'toc'): its questions again, as links."""
    names = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    if not _TOC.search(names):
        return False
    text = len("".join(tag.get_text().split()))  # (letters, not the spaces between links: 'A B' is all links)
    linked = sum(len("".join(a.get_text().split())) for a in tag.find_all("a"))
    return text > 0 and linked >= TOC_LINKED * text


def _permalink(tag: Any) -> bool:
    """A heading's permalink anchor ('¶', '#'), which would end the question with a mark."""
    href = str(tag.get("href") or "")
    text = tag.get_text().strip().lower()
    classes = " ".join(tag.get("class") or [])
    if _PERMALINK_CLASS.search(classes) and (href.startswith("#") or not text or text in _PERMALINK_TEXT):
        return True
    return href.startswith("#") and text in _PERMALINK_TEXT and tag.find_parent(re.compile(r"^h[1-6]$")) is not None


def _language(pre: Any) -> str:
    """A code block's language from its classes (or its code's, or a wrapper's up to two levels up)."""
    code = pre.find("code")
    for tag in (code, pre, pre.parent, pre.parent.parent if pre.parent is not None else None):
        if tag is None or not hasattr(tag, "get"):
            continue
        for cls in tag.get("class") or []:
            m = _LANG_CLASS.match(cls)
            if m and m.group(1).lower() not in _NOT_LANG:
                return m.group(1).lower()
        lang = str(tag.get("data-lang") or tag.get("data-language") or "").strip().lower()
        if lang and lang not in _NOT_LANG and re.fullmatch(r"[\w+#.-]+", lang):
            return lang
    return ""


def _unmark(markdown: str) -> Converted:
    """The Markdown without its line marks, and each of its lines' line in the page."""
    lines: list[str] = []
    origin: list[int] = []
    current = 1
    blank = 0
    for raw in markdown.split("\n"):
        lead = _LEADING_MARKS.match(raw)
        if lead:  # marks of nested blocks starting together ('<div><h3>'): the innermost's line
            current = int(MARK.findall(lead.group(0))[-1])
        elif m := MARK.search(raw):  # a line that goes on from another, holding an element that starts here
            current = int(m.group(1))
        line = MARK.sub("", raw).rstrip()
        if not line.strip():
            blank += 1
            if blank > 1:
                continue  # runs of blank lines left by removed furniture: one is enough
            line = ""
        else:
            blank = 0
        lines.append(line)
        origin.append(current)
    while lines and not lines[-1]:
        lines.pop()
        origin.pop()
    while lines and not lines[0]:
        del lines[0], origin[0]
    return Converted("\n".join(lines) + "\n", tuple(origin))


_LINE_MARK = re.compile("\ue000\\d+\ue001")  # (what _mark writes)


# a line break in a paragraph's text before an option's letter ('\nb. Computer Personal Unit', '\nC) Up', '\n(d) …')
_OPTION_BREAKS = re.compile(r"[ \t]*\n[ \t]*(?=\(?[A-Ha-h][.)][ \t]+\S)")
# a line break before an answer's label ('The ______ command lists block devices.' / 'Answer: lsblk' in one entry)
_LABEL_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=(?i:answer|ans|solution|correct\s+answer)[ \t]*[:：][ \t]*\S)")
OPTION_LINES_MIN = 2  # such breaks in a paragraph for its options to keep their lines
_KEPT_BREAK = "\ue000"  # (a line break kept through markdownify's whitespace rules)
_BOLD_BLOCKS = ("p", "ul", "ol", "pre", "div", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dl")
_HTML_END = re.compile(r"</(?:details|div|table|figure|section)>[ \t]*\n*$")


def _html_ended(entry: str) -> str:
    """A list entry ending with a toggle (``<li><p>What …?</p><details>…</details></li>``, as GitHub renders an
    interview page's numbered questions) followed by a blank line: Markdown ends an HTML block only at a blank line,
    so the next entry (``2. How do you …?``) was the toggle's text, every question after the first lost in it
    (sitting 47, meta: the page saved from Markdown read 1 card of 4)."""
    return entry.rstrip("\n") + "\n\n" if _HTML_END.search(entry) else entry


def _mark(line: int | None) -> str:
    return f"\ue000{line}\ue001" if line else ""


_OPTION_LABEL = re.compile(r"^(\(?[A-Ha-h][.)]\s+)(\S.*)$", re.S)


def _option_label(text: str) -> tuple[str, str]:
    """``('B. ', 'Connection-oriented')`` of a marked option written with its label inside the mark."""
    m = _OPTION_LABEL.match(text)
    return (m.group(1), m.group(2)) if m else ("", text)


_ALPHA_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*(lower|upper)-(?:alpha|latin)", re.I)
_LETTERS = 26


def _list_letter(li: Any) -> str | None:
    """The letter a browser shows before an entry of a lettered ordered list (``type="a"`` / ``"A"``, or a
    ``list-style-type`` of ``lower-alpha`` / ``upper-alpha``), or None for any other entry (or past 'z')."""
    parent = li.parent
    if parent is None or parent.name != "ol":
        return None
    kind = str(parent.get("type") or "")
    if kind not in ("a", "A"):
        style = _ALPHA_STYLE.search(str(li.get("style") or "")) or _ALPHA_STYLE.search(str(parent.get("style") or ""))
        if style is None:
            return None
        kind = "a" if style.group(1).lower() == "lower" else "A"
    start = int(parent.get("start")) if str(parent.get("start") or "").isdecimal() else 1
    index = start - 1 + len(li.find_previous_siblings("li"))
    return chr(ord(kind) + index) if 0 <= index < _LETTERS else None


_NOT_PARAGRAPH = re.compile(r"^(?:[-*+]\s|\d{1,9}[.)]\s|\||>|```|~~~|#|    )")  # a list, table, quote, code, heading


class _Converter(MarkdownConverter):  # type: ignore[misc]
    """markdownify's converter, with line marks, toggles, verbatim code and links as a card can use them."""

    def __init__(self) -> None:
        super().__init__(
            heading_style="ATX", bullets="-", escape_misc=False, strip_pre="strip_one", autolinks=False, wrap=True, wrap_width=None,
            sup_symbol="<sup>", sub_symbol="<sub>",
        )  # (wrap: a line break in the HTML text is a space, as browsers show it; no width: never re-wrapped)
        # (<sup>/<sub> kept, as Markdown keeps them: a page's '10<sup>-3</sup>' was '10-3' on the card, H₂O 'H2O')

    def process_text(self, el: Any, parent_tags: Any = None) -> str:
        """A text's line breaks are spaces, as a browser shows them, except before the options of a paragraph that
        writes them one a line (``What does CPU stand for?`` / ``a. Central Processing Unit`` / ``b. …`` in one
        ``<p>``, as a page made from Markdown keeps its soft line breaks) and before an answer's label (``…
        devices.`` / ``Answer: lsblk``): they stay on their lines, as in the Markdown, so the options are options, the
        key's letters name them and the answer is no part of the question (sitting 47, meta: the options were one
        line on the back, the key unused)."""
        if "pre" in (parent_tags or ()) or "\n" not in el:
            return str(super().process_text(el, parent_tags))
        text = str(el)
        whole = el.parent.get_text() if el.parent is not None else text
        if len(_OPTION_BREAKS.findall(whole)) >= OPTION_LINES_MIN:
            text = _OPTION_BREAKS.sub(_KEPT_BREAK, text)
        text = _LABEL_BREAK.sub(_KEPT_BREAK, text)
        if text == str(el):
            return str(super().process_text(el, parent_tags))
        return str(super().process_text(type(el)(text), parent_tags)).replace(_KEPT_BREAK, "\n")

    def escape(self, text: str, parent_tags: Any) -> str:
        """Text as Markdown text: also a '<' that would open a tag ('<Framework X> does …') and an '&' that
        would start an entity, which markdownify leaves as they are."""
        return _ENTITY.sub(r"\\&", _TAG_OPEN.sub(r"\\<", super().escape(text, parent_tags)))

    def process_tag(self, node: Any, parent_tags: Any = None) -> str:
        text = super().process_tag(node, parent_tags)
        if node.name in BLOCKS and text.strip() and getattr(node, "sourceline", None):
            lead = len(text) - len(text.lstrip("\n"))
            text = text[:lead] + _mark(node.sourceline) + text[lead:]
        return text

    def convert_li(self, el: Any, text: str, parent_tags: Any) -> str:
        """An entry of a lettered list (``<ol type="a">``, ``list-style-type: upper-alpha``) keeps the letter the page
        shows, ``- b. Paris``: numbered '1.', '2.' again, a quiz's options read as a second numbered list and its key
        '1-c' keyed nothing (trial23 T23-15: 20 cards teaching all four options)."""
        letter = _list_letter(el)
        if letter is None:
            return _html_ended(str(super().convert_li(el, text, parent_tags)))
        text = (text or "").strip()
        if not text:
            return "\n"
        body = f"{letter}. {text}"
        lines = body.split("\n")
        return _html_ended("- " + "\n".join([lines[0], *(f"  {line}" if line else "" for line in lines[1:])]) + "\n")

    def convert_dd(self, el: Any, text: str, parent_tags: Any) -> str:
        """A definition of several paragraphs (``<dd><p>…</p><p>…</p></dd>``) as a ``:`` line each, one entry: its
        paragraphs after the first, indented under a blank line, were code outside any question (trial26 T26-15: an
        FAQ's answer lost its second half). A definition holding a list, a table or code stays as markdownify writes it."""
        parts = [p.strip() for p in re.split(r"\n[ \t]*\n", (text or "").strip()) if p.strip()]
        plain = [MARK.sub("", p).lstrip() for p in parts]
        if "_inline" in parent_tags or len(parts) < 2 or any(_NOT_PARAGRAPH.match(p) for p in plain):
            return str(super().convert_dd(el, text, parent_tags))
        return "".join(f":   {' '.join(line.strip() for line in p.split(chr(10)))}\n" for p in parts)

    def convert_pre(self, el: Any, text: str, parent_tags: Any) -> str:
        code = MARK.sub("", el.get_text())  # verbatim: markdownify's spans, escapes and <br> handling aside
        code = code.removeprefix("\n").rstrip("\n")
        if not code.strip():
            return ""
        runs = [len(r) for r in re.findall(r"`{3,}", code)]
        fence = "`" * max(3, *(n + 1 for n in runs)) if runs else "```"
        return f"\n\n{fence}{el.get('data-deckc-lang', '')}\n{code}\n{fence}\n\n"

    def convert_code(self, el: Any, text: str, parent_tags: Any) -> str:
        if "_noformat" in parent_tags:
            return text
        raw = " ".join(el.get_text().split())
        if not raw:
            return ""
        ticks = max((len(r) for r in re.findall(r"`+", raw)), default=0)
        fence = "`" * (ticks + 1)
        pad = " " if ticks else ""
        return f"{fence}{pad}{raw}{pad}{fence}"

    def convert_a(self, el: Any, text: str, parent_tags: Any) -> str:
        href = str(el.get("href") or "")
        if "_noformat" in parent_tags or not text.strip():
            return text
        redirect = urlsplit(href)
        if redirect.netloc in ("www.google.com", "google.com") and redirect.path == "/url":
            href = parse_qs(redirect.query).get("q", [href])[0]  # Google Docs' redirect around every link
        if urlsplit(href).scheme not in ("http", "https"):
            return text  # a link within the page or to a file beside it: a card cannot follow it
        if any(c in href for c in " ()<>"):
            href = f"<{href}>"
        return f"[{text.strip()}]({href})"

    def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
        src = str(el.get("src") or "")
        lazy = str(el.get("data-src") or el.get("data-original") or el.get("data-lazy-src") or "")
        if lazy and (not src or src.startswith("data:")):
            src = lazy  # a lazy-loading page's placeholder: the real address is in data-src
        if src.startswith("//"):
            src = "https:" + src  # a protocol-relative address
        alt = " ".join(str(el.get("alt") or "").split()).replace("[", "(").replace("]", ")")
        if not src:
            return alt
        if any(c in src for c in " ()<>"):
            src = f"<{src}>"
        return f"![{alt}]({src})"

    def convert_deckc_math(self, el: Any, text: str, parent_tags: Any) -> str:
        tex = str(el.get("tex") or "")
        return f"\\[{tex}\\]" if el.get("display") else f"\\({tex}\\)"

    def convert_td(self, el: Any, text: str, parent_tags: Any) -> str:
        cell = _cell_html(el) if _laid_out(el) else _cell(text)
        if _spanning(el):  # (a row merged across the table titles the rows under it, bold as Markdown writes it: T32-17)
            title = cell.strip()
            mark = m.group(0) if (m := _LINE_MARK.match(title)) else ""
            title = title[len(mark) :].strip()
            if title and not title.startswith(("**", "__", "<")):
                cell = f"{mark}**{title}**"
        return super().convert_td(el, cell, parent_tags)

    def convert_th(self, el: Any, text: str, parent_tags: Any) -> str:
        return super().convert_th(el, _cell_html(el) if _laid_out(el) else _cell(text), parent_tags)

    def convert_b(self, el: Any, text: str, parent_tags: Any) -> str:
        """Bold around blocks (``<b>`` holding a list or code, as the devops-exercises pages wrap each answer in its
        toggle) is the blocks alone: ``**`` around them broke the list and the code fence (``**- Git flow`` …
        ``````**``; sitting 47, meta). Bold within a line stays bold."""
        if el.find(_BOLD_BLOCKS) is not None:
            return text
        return str(super().convert_b(el, text, parent_tags))

    convert_strong = convert_b

    def convert_details(self, el: Any, text: str, parent_tags: Any) -> str:
        body = text.strip("\n")
        return f"\n\n<details>\n{body}\n\n</details>\n\n"

    def convert_summary(self, el: Any, text: str, parent_tags: Any) -> str:
        words = " ".join(el.get_text().split())
        return f"<summary>{htmllib.escape(words, quote=False)}</summary>\n\n"

    def convert_span(self, el: Any, text: str, parent_tags: Any) -> str:
        """A coloured ``<span>`` / ``<font>`` (an exam page's red right answer, a highlighted fact) keeps its colour
        as one of the card's colour classes, and a class saying 'correct' is kept, so a key written in colour
        is still read (trial9 T17, owner formats: added by quiz); any other span is its text."""
        body = text.strip()
        if "_noformat" in parent_tags or not body or "\n" in body or (body.endswith((":", "：")) and len(body.split()) <= 3):
            return text  # (a coloured label, 'Answer:', is layout the reader drops)
        attrs = " ".join(f'{k}="{" ".join(v) if isinstance(v, list) else v}"' for k, v in el.attrs.items() if k in ("style", "color"))
        made = colour_classes(f"<span {attrs}>") if attrs else ""
        classes = [c for c in re.findall(r'class="([^"]*)"', made)[:1] for c in c.split()]
        classes += [c for c in el.get("class") or [] if KEY_CLASS.search(c)]
        if not classes:
            return text
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        label, body = _option_label(body)  # ('B. Mercury' in red as a whole: the label outside, the option keyed; T30-22)
        return f'{lead}{label}<span class="{" ".join(classes)}">{body}</span>{trail}'

    convert_font = convert_span

    def convert_mark(self, el: Any, text: str, parent_tags: Any) -> str:
        """Highlighted text (a Word key's highlighted option, trial17 T17-22) as Markdown's ``==…==``, which marks an
        option right and shows as a highlight elsewhere."""
        body = text.strip()
        if "_noformat" in parent_tags or not body or "\n" in body or "==" in body:
            return text
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        label, body = _option_label(body)
        return f"{lead}{label}=={body}=={trail}"

    def convert_u(self, el: Any, text: str, parent_tags: Any) -> str:
        """Underlined text (a Word key's underlined option: trial17 T17-22) kept as ``<u>``, which marks an option."""
        body = text.strip()
        if "_noformat" in parent_tags or not body or "\n" in body:
            return text
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        label, body = _option_label(body)
        return f"{lead}{label}<u>{body}</u>{trail}"

    def convert_br(self, el: Any, text: str, parent_tags: Any) -> str:
        if "_inline" in parent_tags:
            return " "
        return "  \n"


_CELL_BLOCKS = ("ul", "ol", "pre", "br", "blockquote", "dl", "table", "hr")


def _spanning(cell: Tag) -> bool:
    """Whether a cell is its row's only one and spans two columns or more: a row merged across the table ('Unité 3 : La
    nourriture' over that unit's words), which a Markdown table writes as a bold first cell and empty ones."""
    row = cell.parent
    span = str(cell.get("colspan") or "1")
    return span.isdecimal() and int(span) > 1 and row is not None and len(row.find_all(("td", "th"), recursive=False)) == 1


def _laid_out(cell: Tag) -> bool:
    """Whether a table cell holds lines of its own (a list, code, line breaks, paragraphs), which a Markdown table's
    one line of cell text loses ('- Link - Internet', code on one line: trial16 T16-49); a cell of one ``<p>``, as
    pandoc and Word write every cell, is text."""
    return cell.find(_CELL_BLOCKS) is not None or len(cell.find_all(("p", "div"))) > 1


def _cell_html(cell: Tag) -> str:
    """A laid-out cell as HTML on one line, which a Markdown table cell holds as it is: code keeps its lines (each
    break as ``&#10;``) and its language as a class, other line breaks in the source are spaces, a ``|`` is
    ``&#124;``."""
    made = copy.copy(cell)
    codes: list[str] = []
    for pre in made.find_all("pre"):
        lang = str(pre.get("data-deckc-lang") or "")
        codes.append(htmllib.escape(pre.get_text().removeprefix("\n").rstrip("\n"), quote=False).replace("\n", "&#10;"))
        pre.clear()
        pre.attrs = {}
        pre.append(BeautifulSoup(f"<code{_lang_class(lang)}>\ue002{len(codes) - 1}\ue003</code>", "html.parser"))
    for comment in made.find_all(string=lambda t: isinstance(t, Comment)):
        comment.extract()
    inner = " ".join(made.decode_contents(formatter="minimal").split()).replace("<br/>", "<br>")
    inner = re.sub("\ue002(\\d+)\ue003", lambda m: codes[int(m.group(1))], inner)
    return inner.replace("|", "&#124;")


def _lang_class(lang: str) -> str:
    return f' class="language-{htmllib.escape(lang)}"' if lang else ""


def _cell(text: str) -> str:
    """A table cell's Markdown with its ``|`` escaped (inside code too, as GitHub tables need)."""
    return re.sub(r"(?<!\\)\|", r"\\|", text)
