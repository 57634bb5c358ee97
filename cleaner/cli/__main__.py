"""``python -m cleaner.cli``: the ``clean`` command (the tests run it this way, end to end)."""
from __future__ import annotations

from . import main

if __name__ == "__main__":
    raise SystemExit(main())
