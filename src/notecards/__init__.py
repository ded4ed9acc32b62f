"""notecards: spaced-repetition flashcards from your own markdown study notes."""

__version__ = "0.1.0"
