"""Sepakat's Python API under a name of its own: `import sepakat`.

    import sepakat
    records = sepakat.extract_text(text, doc_id="a1", published="7 Maret 2024")

The code lives in the package `extract` (the project's layout). A user's own `extract.py` (or
`extract/`) beside their script comes first on sys.path and would shadow it, so this module
loads Sepakat's `extract` from where Sepakat itself is installed, whatever sys.path says, and
re-exports its public API (`extract.__all__`). Import `sepakat` before any module of your own
named `extract`: one process can hold only one module of that name, and if yours is already
imported, importing `sepakat` says so instead of mixing the two.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

_HOME = Path(__file__).resolve().parent.parent  # where both `sepakat` and `extract` are installed


def _sepakat_extract() -> ModuleType:
    """Sepakat's own `extract` package, loaded from _HOME if nothing called extract is loaded."""
    loaded = sys.modules.get("extract")
    if loaded is not None:
        origin = Path(getattr(loaded, "__file__", None) or "?").resolve()
        if origin.parent.parent == _HOME:
            return loaded
        raise ImportError(f"cannot import sepakat: another module named 'extract' ({origin}) is already "
                          "imported, and Sepakat's own package has that name; import sepakat before it, "
                          "or rename your extract module")
    spec = importlib.machinery.PathFinder.find_spec("extract", [str(_HOME)])
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import sepakat: its package 'extract' is missing from {_HOME}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract"] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules["extract"]
        raise
    return module


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sepakat")
    except PackageNotFoundError:
        return "unknown"


_extract = _sepakat_extract()
globals().update({name: getattr(_extract, name) for name in _extract.__all__})
__all__ = list(_extract.__all__)
__version__ = _version()
