"""Package attributes imported on first use (PEP 562), so importing a package for one small
thing (`sepakat --help`, a command module) does not load spaCy, pandas or sqlalchemy."""
from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module
from typing import Any


def exports_on_first_use(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package` that imports each name of `exports` (name ->
    module) when first asked for, and keeps it in the package."""
    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(exports[name]), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
