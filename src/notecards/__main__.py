"""Run the command line as ``python -m notecards``."""

from notecards.cli import app

app(prog_name="notecards")
