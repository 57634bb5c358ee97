"""The status line on a terminal's stderr: drawn in place, cleared before any message."""
from __future__ import annotations

import sys
from typing import TextIO


def stderr_is_terminal() -> bool:
    """True when stderr is a terminal: progress is for people, not for logs and pipes."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # no stderr, or a closed one
        return False


class StatusLine:
    """One line rewritten in place; ``clear`` makes room for a message, the next ``draw`` brings it back."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.shown = False

    def draw(self, text: str) -> None:
        self.stream.write("\r" + text + "\033[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False
