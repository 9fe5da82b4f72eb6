"""Finds the non-code files (resources/, ui/ and the guides of docs/) in a checkout, an installed wheel and a
frozen bundle."""

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root_holding(folder: str) -> Path:
    candidates = [
        _PACKAGE_DIR / "_data",  # installed wheel: packed inside the package
        _PACKAGE_DIR.parent,  # checkout or editable install: top-level folders
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller bundle
    if frozen_root:
        candidates.insert(0, Path(frozen_root))
    for root in candidates:
        if (root / folder).is_dir():
            return root / folder
    raise FileNotFoundError(f"PIM Desktop is incomplete: its '{folder}' folder is missing")


def resource_path(*parts: str) -> Path:
    return _root_holding("resources").joinpath(*parts)


def ui_form_path(name: str) -> Path:
    return _root_holding("ui") / name


def guide_path(language: str) -> Path:
    """The user's guide (docs/guide.md) in a language, or in English when there is none in it."""
    docs = _root_holding("docs")
    translated = docs / f"guide.{language}.md"
    return translated if translated.is_file() else docs / "guide.md"


def load_json_resource(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
