"""Entry point of the PyInstaller build: the same ``narrativ`` command as an installed wheel.

PyInstaller needs a script, not a console-script entry point; this is that script and
nothing more, so the bundle and ``pip install`` behave alike.
"""

from __future__ import annotations

from narrativ.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
