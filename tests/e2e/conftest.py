"""Fixtures of the end-to-end tests."""

from pathlib import Path

import pytest

from pim_desktop.services.operations import create_operation


@pytest.fixture(scope="module")
def empty_operation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty operation, copied for each example: creating one each time would be most of the run."""
    path = tmp_path_factory.mktemp("empty") / "empty.pim"
    create_operation(path, name="Generated", country="LBN")
    return path
