"""The one options object that configures a Cleaner."""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from .rules import DEFAULT_TIMEOUT


@dataclass(frozen=True)
class Options:
    """How to clean.

    ``select`` and ``ignore`` take rule or heuristic ids, or a group prefix such as ``social`` (every id
    that starts with ``social.``). An empty ``select`` means everything. ``max_removed_share`` is the
    safety cap: when cleaning would remove more than this share of the document's characters, the
    original text is returned instead (set 1.0 to switch the cap off).
    """

    rules: tuple[Path, ...] = ()
    builtin_rules: bool = True
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    max_removed_share: float = 0.6
    timeout: float = DEFAULT_TIMEOUT
    title: str | None = None
    language: str | None = None  # ISO 639 code: rules written for that language apply too
    # A folder of junk-line model weights (benchmarks/train_junk_model.py); None: the shipped model.
    junk_model: Path | None = None

    def __post_init__(self) -> None:
        for name in ("rules", "select", "ignore"):
            value = getattr(self, name)
            if isinstance(value, (str, bytes, Path)):
                raise TypeError(
                    f"{name} takes a collection, not a single {type(value).__name__}: write {name}=[{value!r}]"
                )
        if not isinstance(self.max_removed_share, (int, float)) or isinstance(self.max_removed_share, bool):
            raise TypeError("max_removed_share must be a number")
        number = isinstance(self.timeout, (int, float)) and not isinstance(self.timeout, bool)
        if not number or not math.isfinite(self.timeout):
            raise ValueError(f"timeout must be a finite number of seconds, not {self.timeout!r}")
        if self.title is not None and not isinstance(self.title, str):
            raise TypeError(f"title must be a str or None, not {type(self.title).__name__}")
        code = self.language
        if code is not None and not (isinstance(code, str) and code.isalpha() and 2 <= len(code) <= 3):
            raise ValueError(f"language must be an ISO 639 code such as 'en' or 'es', not {self.language!r}")
        if not isinstance(self.builtin_rules, bool):
            raise TypeError("builtin_rules must be True or False")
        if not 0.0 < self.max_removed_share <= 1.0:
            raise ValueError(f"max_removed_share must be in (0, 1], not {self.max_removed_share}")
        if self.timeout <= 0:
            raise ValueError(f"timeout must be positive, not {self.timeout}")
        # Accept any iterable of ids/paths from callers and store hashable forms.
        object.__setattr__(self, "rules", tuple(Path(p) for p in self.rules))
        object.__setattr__(self, "select", frozenset(self.select))
        object.__setattr__(self, "ignore", frozenset(self.ignore))
        if self.junk_model is not None:
            object.__setattr__(self, "junk_model", Path(self.junk_model))

    def enabled(self, rule_id: str) -> bool:
        """True when the id is selected (or nothing is) and not ignored."""
        if self.select and not any(_covers(s, rule_id) for s in self.select):
            return False
        return not any(_covers(s, rule_id) for s in self.ignore)


def _covers(selector: str, rule_id: str) -> bool:
    return rule_id == selector or rule_id.startswith(selector + ".")
