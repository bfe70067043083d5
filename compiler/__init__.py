"""deckc: compile study documents into Anki decks, CSV, a manifest and cheat sheets."""

__version__ = "0.1.0"
