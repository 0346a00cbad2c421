"""The import graph of extract/: no cycle, and no module importing from a layer above its own.

Imports are read from the source (every `import`, also inside functions), so a cycle hidden
by a function-local import counts too. The layers, lowest first, say what may use what.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "extract"

LAYERS: tuple[tuple[str, ...], ...] = (
    # the record contract, options, where pattern files are, the document
    ("extract.schema", "extract.fields", "extract.options", "extract.patterns", "extract.document",
     "extract.dates.mention", "extract.lazy", "extract.unicode", "extract.memory", "extract.budget"),
    # language data and the libraries that read it
    ("extract.vocabulary", "extract.text", "extract.phrases", "extract.prefilter", "extract.gate", "extract.dates",
     "extract.places", "extract.reference_numbers", "extract.name_keys", "extract.gazetteer", "extract.institutions", "extract.person_names",
     "extract.known_institutions", "extract.tokenizer", "extract.ner.model", "extract.published"),
    # what components find and assembly builds
    ("extract.candidates",),
    # grammars shared by components and assembly
    ("extract.people", "extract.organisations"),
    # the rules: spaCy components, and assembly of records
    ("extract.components", "extract.assembly"),
    ("extract.pipeline",),
    ("extract.api",),
    # what runs the extraction and uses its records: batch, engines, io, evaluation, web, NER
    # training, consolidation, frames, report, CLI
    ("extract.engines", "extract.batch", "extract.io", "extract.evaluation", "extract.web", "extract.ner",
     "extract.consolidation", "extract.frames", "extract.report", "extract.batch_cli", "extract.cli_options",
     "extract.cli"),
    # the package's public names (extract/__init__.py)
    ("extract",),
)
SIBLINGS = ("extract.components", "extract.assembly")  # same layer, neither imports the other


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules `name` imports, wherever in the file the import is."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {target for target in targets if target in modules and target != name
                  and not name.startswith(target + ".")}
    return found


def _contains(group: str, module: str) -> bool:
    """A group holds a module and its submodules; "extract" is the package's __init__ alone."""
    return module == group or (group != "extract" and module.startswith(group + "."))


def _layer(module: str) -> tuple[int, str]:
    """(rank, group) of the most specific layer entry that contains the module."""
    best = None
    for rank, groups in enumerate(LAYERS):
        for group in groups:
            if _contains(group, module) and (best is None or len(group) > len(best[1])):
                best = (rank, group)
    assert best is not None, f"{module} is in no layer: add it to LAYERS in {__file__}"
    return best


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles (strongly connected components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return cycles


def test_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_no_module_imports_from_a_layer_above() -> None:
    upward = [f"{module} -> {target}" for module, targets in _graph().items() for target in targets
              if _layer(target)[0] > _layer(module)[0]]
    assert upward == []


def test_components_and_assembly_are_independent() -> None:
    crossing = []
    for module, targets in _graph().items():
        group = _layer(module)[1]
        for target in targets:
            other = _layer(target)[1]
            if group in SIBLINGS and other in SIBLINGS and other != group:
                crossing.append(f"{module} -> {target}")
            elif group == other == "extract.components" and target != "extract.components.state":
                crossing.append(f"{module} -> {target} (a component reads another only through the store)")
    assert crossing == []


def test_the_check_sees_a_cycle_and_an_upward_import() -> None:
    """The checks themselves can fail."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
    assert _layer("extract.assembly.records")[0] < _layer("extract.api")[0]
    assert "extract.assembly" in _imports("extract.api", PACKAGE / "api.py", _modules())
