"""The ``notecards`` command's entry point (also ``python -m notecards``).

Start-up mostly imports: hundreds of thousands of long-lived objects and next to no
garbage, so the cyclic collector is paused while the command line and each command's
modules load; its passes over them cost a short command like ``notecards due`` about a
seventh of its time. Commands that then run long and make cycles (the terminal screens)
switch it back on.
"""

import gc


def main() -> None:
    gc.disable()
    from notecards.cli import app

    app(prog_name="notecards")


if __name__ == "__main__":
    main()
