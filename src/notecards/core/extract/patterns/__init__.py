"""The rules that read one line or one short text at a time, knowing nothing of structure.

- :mod:`.spans`: code, math, links and brackets, whose insides never hold a separator
- :mod:`.splitting`: a line cut into term and definition, and whether a definition says
  anything
- :mod:`.terms`: whether text reads as a name for something; :mod:`.labels`: words that
  label (``Note``, ``참고``, ``Week 3``) rather than name
- :mod:`.headings`: what a heading is: a title, a definition, chatter, references, a diary
- :mod:`.chatter`: dates, links, references and notes to self: lines that are not content
- :mod:`.sentences`: whether Korean or English words read as a sentence or a question
- :mod:`.defining_sentences`: sentences that name or define a term
- :mod:`.markup`: explicit cards: ``Q :: A``, ``{{c1::...}}`` and ``==highlight==``

The rules lean towards precision: a junk card costs the user more than a missed one.
"""
