"""One module per idiom, each proposing cards from a section or a block.

The walker (:mod:`notecards.core.extract.walker`) visits a note's sections and blocks in
order, carrying the context (headings and parent terms) and what each list item produced,
and asks these modules for proposals.
"""
