"""File > Import in the real window: the columns shown and corrected, the preview, one undo step."""

from pathlib import Path

from PySide6.QtWidgets import QDialog

from pim_desktop.gui.main_window import MainWindow
from tests.e2e.test_import import _messy_workbook
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows

SYSTEMS = "SELECT name, status FROM information_system ORDER BY id"


def test_import_previews_corrects_stores_and_undoes_as_one_step(
    opened: MainWindow, sample_file: Path, tmp_path: Path
):
    source = tmp_path / "partner.xlsx"
    _messy_workbook(source)
    before = sqlite_rows(sample_file, SYSTEMS)
    seen: dict[str, object] = {}

    def preview_and_correct(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        fields = {
            dialog.mappingTable.item(row, 0).text(): dialog.mappingTable.cellWidget(row, 1).currentData()
            for row in range(dialog.mappingTable.rowCount())
        }
        seen["fields"] = fields
        seen["rows"] = dialog.previewTable.rowCount()
        status = next(
            row
            for row in range(dialog.mappingTable.rowCount())
            if fields[dialog.mappingTable.item(row, 0).text()] == "status"
        )
        combo = dialog.mappingTable.cellWidget(status, 1)
        combo.setCurrentIndex(0)  # the user decides the status column is not to be imported
        combo.activated.emit(0)
        seen["summary"] = dialog.summaryLabel.text()
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(preview_and_correct)
    opened.actions.import_data.trigger()
    assert seen["fields"]["Nom du système"] == "name" and seen["fields"]["Catégorie PIM"] == "category"
    assert seen["rows"] == 3 and seen["summary"].startswith("3 to add")
    after = sqlite_rows(sample_file, SYSTEMS)
    assert len(after) == len(before) + 3
    assert ("Registre des plaintes", "active") in after  # "planifié" was not imported: the default status
    assert opened.pages.currentWidget() is opened.mappingPage
    opened.undo_action.trigger()
    assert sqlite_rows(sample_file, SYSTEMS) == before
    assert sqlite_rows(
        sample_file, "SELECT count(*) FROM organisation WHERE name = 'Nouvelle ONG locale'"
    ) == [(0,)]
    opened.redo_action.trigger()
    assert sqlite_rows(sample_file, SYSTEMS) == after


def test_a_file_that_is_not_a_spreadsheet_is_said_in_the_dialog(opened: MainWindow, tmp_path: Path):
    source = tmp_path / "photo.xlsx"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    said: list[tuple[str, bool]] = []

    def look(dialog: QDialog) -> None:
        dialog.read(source)
        said.append(
            (
                dialog.summaryLabel.text(),
                dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).isEnabled(),
            )
        )
        dialog.reject()

    when_dialog_opens(look)
    opened.actions.import_data.trigger()
    assert said == [("Photo.xlsx is not a spreadsheet or a text table", False)]
