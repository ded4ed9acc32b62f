"""Exports of the cards to other tools (Anki)."""
