"""The steps of a sync (see :mod:`notecards.sync`): reading notes, matching cards, writing."""
