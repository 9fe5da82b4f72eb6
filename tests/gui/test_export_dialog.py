"""File > Export in the real window: the preview, the export off the window's thread, and what it wrote."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from pim_desktop.domain.errors import PimError
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.run import ExportCancelledError, export
from pim_desktop.gui.dialogs.export_dialog import ExportDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.operations import open_operation
from tests.gui.test_mapping_workspace import when_dialog_opens


def test_export_from_the_window_previews_then_writes_the_workbook(opened: MainWindow, tmp_path: Path, qtbot):
    target = tmp_path / "shared systems.xlsx"
    previews: list[str] = []

    def choose(dialog: QDialog) -> None:
        dialog.viewCombo.setCurrentIndex(dialog.viewCombo.findData("systems"))
        dialog.shareCombo.setCurrentIndex(dialog.shareCombo.findText("Up to Restricted"))
        dialog.contactsCheck.setChecked(False)
        assert "Counting" in dialog.previewText.toPlainText()  # built off the window's thread
        qtbot.waitUntil(lambda: not dialog.previewing, timeout=10000)
        previews.append(dialog.previewText.toPlainText())
        dialog.fileEdit.setText(str(target))
        dialog.fileEdit.setModified(True)
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(choose)
    with qtbot.waitSignal(opened.export_runner.finished, timeout=30000) as finished:
        opened.window_actions.export.trigger()
    assert finished.args[0] is not None, finished.args[1]
    assert "Information systems: 21 rows" in previews[0] and "classified above Restricted" in previews[0]
    sheet = load_workbook(target)["Systems"]
    assert sheet.max_row == 1 + 21
    header = [c.value for c in sheet[1]]
    assert "Name" in header and "Contact e-mail" not in header
    assert str(target) in opened.statusBar().currentMessage()


def test_closing_the_export_dialog_while_it_counts_waits_for_its_preview(opened: MainWindow, qtbot):
    dialog = ExportDialog(opened, opened.operation_file.path, Path.home())
    for view in ("systems", "organisations", "report"):  # each change while counting is counted after
        dialog.viewCombo.setCurrentIndex(dialog.viewCombo.findData(view))
    assert dialog.previewing
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=10000)
    text = dialog.previewText.toPlainText()
    assert "PIM Matrix of the operation: 8 rows" in text and "Responsible-data review" in text  # the report
    dialog.viewCombo.setCurrentIndex(dialog.viewCombo.findData("systems"))
    assert dialog.previewing
    dialog.reject()  # while it counts: the work ends with the dialog, and says nothing after
    assert not dialog.previewing
    qtbot.wait(200)
    assert "Counting" in dialog.previewText.toPlainText()
    opened.close_operation()


def test_a_cancelled_export_leaves_the_target_as_it_was(sample_file: Path, tmp_path: Path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"before")
    with open_operation(sample_file, read_only=True) as operation_file:
        try:
            export(operation_file, "report", "xlsx", target, ExportOptions(), cancelled=lambda: True)
        except ExportCancelledError as error:
            assert isinstance(error, PimError) and "nothing was written" in error.message
        else:
            raise AssertionError("the export was not cancelled")
    assert target.read_bytes() == b"before"
    assert list(tmp_path.glob("*.partial")) == []


@pytest.mark.parametrize(
    ("page", "tab", "expected"),
    [
        (0, "", "matrix"),
        (1, "organisationsTab", "organisations"),
        (1, "systemsTab", "systems"),
        (1, "gridTab", "mapping"),
        (1, "coverageTab", "gaps"),
        (2, "", "action-plans"),
        (3, "processTab", "process"),
        (3, "reviewTab", "review"),
    ],
)
def test_the_export_dialog_starts_on_the_view_on_screen(
    opened: MainWindow, page: int, tab: str, expected: str
):
    opened.viewTabs.setCurrentIndex(page)
    shown = opened.pages.currentWidget()
    if tab:
        tabs = shown.mappingTabs if page == 1 else shown.processTabs
        tabs.setCurrentWidget(getattr(shown, tab))
    chosen: list[str] = []
    when_dialog_opens(lambda dialog: chosen.append(dialog.viewCombo.currentData()))
    opened.window_actions.export.trigger()
    assert chosen == [expected]


def test_the_machine_layout_is_a_tick_box_remembered_across_sessions(
    opened: MainWindow, tmp_path: Path, qtbot
):
    target = tmp_path / "for a script.xlsx"
    seen: list[tuple[bool, bool]] = []  # (ticked, enabled) when the dialog opens

    def tick_and_export(dialog: QDialog) -> None:
        seen.append((dialog.hxlCheck.isChecked(), dialog.hxlCheck.isEnabled()))
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("pdf"))
        assert not dialog.hxlCheck.isEnabled()  # a PDF is for people only
        dialog.formatCombo.setCurrentIndex(dialog.formatCombo.findData("xlsx"))
        dialog.viewCombo.setCurrentIndex(dialog.viewCombo.findData("systems"))
        dialog.hxlCheck.setChecked(True)
        qtbot.waitUntil(lambda: not dialog.previewing, timeout=10000)
        dialog.fileEdit.setText(str(target))
        dialog.fileEdit.setModified(True)
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(tick_and_export)
    with qtbot.waitSignal(opened.export_runner.finished, timeout=30000):
        opened.window_actions.export.trigger()
    sheet = load_workbook(target)["Systems"]
    assert [c.value for c in sheet[1]][:2] == ["name", "category"]
    assert [c.value for c in sheet[2]][:2] == ["#meta+system+name", "#sector+pim+main"]

    # the next session's dialog starts ticked, and unticked again once it is left so
    window_settings = type(opened.settings)()
    assert window_settings.export_hxl()
    when_dialog_opens(lambda dialog: (seen.append((dialog.hxlCheck.isChecked(), True)), dialog.reject()))
    opened.window_actions.export.trigger()
    assert seen == [(False, True), (True, True)]
