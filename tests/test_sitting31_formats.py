"""Thirty-first sitting, formats: the trial-30 findings on Obsidian Spaced Repetition clozes, bulleted ``term::definition``
cards, AsciiDoc glossaries and options keyed by colour (T30-22, T30-30, T30-31, T30-32)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

K8S_GLOSSARY = """= Kubernetes Glossary
:toc:

== Core objects

Pod:: The smallest deployable unit; one or more containers sharing network and storage.
Node:: A worker machine, virtual or physical, that runs pods.
Deployment::
A controller that keeps a set of identical pods running.
+
It supports rolling updates and rollbacks.
Service::
  An abstraction that exposes a set of pods as a network service.

== Networking

Ingress:: Routes external HTTP traffic to services.
kube-proxy:: maintains network rules on each node.
"""

NESTED_GLOSSARY = """= Programming languages

Compiled languages::
C;; Low-level systems language created by Dennis Ritchie.
Rust;; Memory-safe systems language without a garbage collector.
Interpreted languages::
Python;; High-level language that emphasises readability.
Ruby;; Dynamic language designed by Yukihiro Matsumoto.
"""

STYLED_GLOSSARY = """= Chemistry terms
Jane Doe
v1.0, 2026-01-05
:description: Week 2 glossary

== Definitions

[glossary]
acid::
  a substance that donates protons
base::
  a substance that accepts protons
buffer:: a solution that resists changes in pH
+
Example: acetic acid with sodium acetate.
"""


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Section", ""))) for n in notes)


def test_an_asciidoc_glossary_is_a_card_per_term_with_its_attached_paragraphs(tmp_path: Path) -> None:
    """T30-32: a term whose definition starts on the next line (at the margin or indented) and a paragraph a ``+``
    attaches to it are that term's card; before, 'Deployment' and 'Service' were lost and their text a warning."""
    notes, _, said = built_notes(tmp_path, {"k8s.adoc": K8S_GLOSSARY})
    assert _cards(notes) == [
        ("Deployment", "A controller that keeps a set of identical pods running. It supports rolling updates and rollbacks.", "Core objects"),
        ("Ingress", "Routes external HTTP traffic to services.", "Networking"),
        ("Node", "A worker machine, virtual or physical, that runs pods.", "Core objects"),
        ("Pod", "The smallest deployable unit; one or more containers sharing network and storage.", "Core objects"),
        ("Service", "An abstraction that exposes a set of pods as a network service.", "Core objects"),
        ("kube-proxy", "maintains network rules on each node.", "Networking"),
    ]
    assert not [s for s in said if "outside any question" in s], said


def test_a_nested_asciidoc_list_names_the_group_of_its_terms(tmp_path: Path) -> None:
    """T30-32: ``Compiled languages::`` over ``C;; …`` / ``Rust;; …`` is a group over two term cards; before, 'Compiled
    languages, C' was one card and the group's name was on its front."""
    notes, _, said = built_notes(tmp_path, {"langs.adoc": NESTED_GLOSSARY})
    assert _cards(notes) == [
        ("C", "Low-level systems language created by Dennis Ritchie.", "Compiled languages"),
        ("Python", "High-level language that emphasises readability.", "Interpreted languages"),
        ("Ruby", "Dynamic language designed by Yukihiro Matsumoto.", "Interpreted languages"),
        ("Rust", "Memory-safe systems language without a garbage collector.", "Compiled languages"),
    ], said


def test_an_asciidoc_glossary_style_list_and_its_header_lines(tmp_path: Path) -> None:
    """T30-32: a ``[glossary]`` list of terms defined on the next line is a card per term (it was one card 'Definitions'
    listing them), and the author and revision lines under the document title are no text of any card."""
    notes, _, said = built_notes(tmp_path, {"chem.adoc": STYLED_GLOSSARY})
    assert _cards(notes) == [
        ("acid", "a substance that donates protons", "Definitions"),
        ("base", "a substance that accepts protons", "Definitions"),
        ("buffer", "a solution that resists changes in pH Example: acetic acid with sodium acetate.", "Definitions"),
    ]
    assert not [s for s in said if "outside any question" in s], said
