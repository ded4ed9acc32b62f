"""The app's screens: decks, review, summary, statistics and the key help."""
