"""Pure core: note text in, cards out; no I/O, no clock, no storage or UI libraries."""
