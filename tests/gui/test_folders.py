"""Where files go: new operations, copies and exports are suggested in the user's Documents folder until a
folder is used, then in the last folder used to open, save, export or import, also after a restart."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from pim_desktop.gui.app import first_operation
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from tests.gui.test_mapping_workspace import when_dialog_opens


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own, with a Documents folder and no user-dirs file pointing elsewhere."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def _suggested_by(window: MainWindow, action: str) -> Path:
    """The file a dialog of the window suggests when it opens (then it is closed)."""
    suggested: list[Path] = []

    def read(dialog: QDialog) -> None:
        suggested.append(Path(dialog.fileEdit.text()))  # type: ignore[attr-defined]

    when_dialog_opens(read)
    getattr(window.window_actions, action).trigger()
    return suggested[0]


# One dialog a window: after New Operation then Export, deleting the window may crash Qt (a timer left on a
# deleted button), which the next test would meet.
@pytest.mark.parametrize("action", ["new_operation", "export"])
def test_the_first_start_suggests_the_documents_folder_not_the_programs_own(
    home: Path, window: MainWindow, action: str
):
    sample = first_operation(None, window.settings)  # written in the program's own folder
    assert window.open_file(sample)
    assert window.settings.last_folder() == home / "Documents"
    assert _suggested_by(window, action).parent == home / "Documents"


def test_without_a_documents_folder_the_home_folder(home: Path):
    (home / "Documents").rmdir()
    assert Settings().last_folder() == home


def test_the_folder_of_an_opened_file_is_remembered_across_starts(
    home: Path, opened: MainWindow, sample_file: Path
):
    assert opened.settings.last_folder() == sample_file.parent
    assert Settings().last_folder() == sample_file.parent  # as the next start reads it
    assert _suggested_by(opened, "export").parent == sample_file.parent


def test_saving_a_copy_starts_in_the_last_folder_and_remembers_where_it_went(
    home: Path, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    elsewhere = tmp_path / "shared drive"
    elsewhere.mkdir()
    offered: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(elsewhere / "copy.pim"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    when_dialog_opens(lambda protection: protection.accept())  # not encrypted, as the file is
    opened.window_actions.save_copy.trigger()
    assert Path(offered[0]) == opened.operation_file.path.parent / "sample (copy).pim"
    assert (elsewhere / "copy.pim").exists()
    assert Settings().last_folder() == elsewhere


def test_an_export_remembers_its_folder(home: Path, opened: MainWindow, tmp_path: Path, qtbot):
    reports = tmp_path / "reports"
    reports.mkdir()

    def choose(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(reports / "matrix.xlsx"))  # type: ignore[attr-defined]
        dialog.fileEdit.setModified(True)  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog_opens(choose)
    with qtbot.waitSignal(opened.export_runner.finished, timeout=30000):
        opened.window_actions.export.trigger()
    assert (reports / "matrix.xlsx").exists()
    assert Settings().last_folder() == reports
