"""packaging/release.py loaded as a module, so the tests build exactly what `make bundle` builds."""

import importlib.util

from tests.packaging.installed import ROOT

_spec = importlib.util.spec_from_file_location("pim_desktop_release", ROOT / "packaging" / "release.py")
assert _spec is not None and _spec.loader is not None
release = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(release)
