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
