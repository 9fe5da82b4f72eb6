"""Builds the translations into the wheel.

The .qm (window) and .mo (exports) files are compiled from their sources and kept out of git, so a wheel built
from a clean checkout would otherwise speak only English. This hook compiles them into resources/translations,
which the wheel carries, exactly as `make translations` does for a checkout.
"""

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the checkout, where `make` builds them
        script = Path(self.root) / "tools" / "translations.py"
        spec = importlib.util.spec_from_file_location("pim_desktop_translations", script)
        assert spec is not None and spec.loader is not None
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        translations.build()
