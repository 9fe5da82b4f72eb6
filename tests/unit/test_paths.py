"""Where the program keeps its own data: the override, portable mode beside a bundle, the user's folder."""

import sys
from pathlib import Path

import pytest

from pim_desktop import paths


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run as an unpacked bundle in tmp_path, with no override."""
    executable = tmp_path / "PIM Desktop" / "pim-desktop"
    executable.parent.mkdir()
    executable.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delenv(paths.DATA_DIR_VARIABLE)
    monkeypatch.setattr(paths, "user_data_dir", lambda *_args, **_kwargs: str(tmp_path / "user-data"))
    return executable.parent


def test_a_bundle_with_a_data_folder_beside_it_keeps_everything_there(bundle: Path):
    (bundle / paths.PORTABLE_FOLDER).mkdir()
    assert paths.data_dir() == bundle / paths.PORTABLE_FOLDER
    assert paths.sample_operation_path() == bundle / paths.PORTABLE_FOLDER / "Sample operation.pim"
    assert paths.backups_dir().parent == bundle / paths.PORTABLE_FOLDER


def test_a_bundle_without_one_uses_the_users_data_folder(bundle: Path, tmp_path: Path):
    assert paths.portable_data_dir() is None
    assert paths.data_dir() == tmp_path / "user-data"


def test_the_override_wins_over_portable_mode(bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (bundle / paths.PORTABLE_FOLDER).mkdir()
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "chosen"))
    assert paths.data_dir() == tmp_path / "chosen"


def test_an_installed_program_is_never_portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """pip puts pim-desktop in a shared bin folder: a folder of that name there must not capture the data."""
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / paths.PORTABLE_FOLDER).mkdir()
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.portable_data_dir() is None
