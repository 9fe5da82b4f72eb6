"""The core (everything outside pim_desktop/gui) runs without Qt: the CLI and the tests depend on it."""

import ast
import subprocess
import sys
from pathlib import Path

import pim_desktop

PACKAGE = Path(pim_desktop.__file__).parent


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        if "gui" in relative.parts or "migrations" in relative.parts or path.name == "__main__.py":
            continue
        names.append(".".join(relative.parts).removesuffix(".__init__"))
    return names


def test_core_modules_are_found():
    modules = core_modules()
    assert "pim_desktop.cli" in modules
    assert "pim_desktop.storage.models" in modules
    assert not any(".gui" in name for name in modules)


def test_no_core_module_imports_qt_in_source():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {name}" for name in names if name.split(".")[0] in {"PySide6", "shiboken6"}
            ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    script = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_check_would_catch_a_qt_import():
    """The subprocess check above really sees Qt when it is imported (so it cannot pass vacuously)."""
    script = "import sys, PySide6.QtCore; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_the_layers_hold():
    """The contracts of [tool.importlinter] in pyproject.toml: each layer imports only those below it, and
    nothing new goes around the services to storage."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(PACKAGE.parent / "pyproject.toml"), no_cache=True) == 0


def _circles(imports: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import one another, directly or around a circle (Tarjan)."""
    order: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = lowest[module] = len(order)
        stack.append(module)
        for other in imports.get(module, set()):
            if other not in order:
                visit(other)
                lowest[module] = min(lowest[module], lowest[other])
            elif other in stack:
                lowest[module] = min(lowest[module], order[other])
        if lowest[module] == order[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(imports):
        if module not in order:
            visit(module)
    return found


def test_no_module_imports_itself_around_a_circle():
    import grimp

    graph = grimp.build_graph("pim_desktop")
    imports = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    assert _circles(imports) == []
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]  # it would see one
