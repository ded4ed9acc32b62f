"""The terminal interface (Textual): a thin layer over ``notecards.study``."""
