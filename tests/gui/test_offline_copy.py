"""File > Take a Copy Offline and File > Merge on a shared operation, in the real window against a real
server: the copy is written off the window's thread, encrypted as asked, with what the officer sees; merged
back, the merge dialog ticks the copy's own changes, marks the conflicts and lists what the server deleted
meanwhile."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTreeWidgetItem

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.encryption import is_encrypted
from pim_desktop.services.offline import origin_of
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import PASSPHRASE
from tests.offline_work import OFFLINE_FREQUENCY, RENAMED, take_copy, work_on_both_sides
from tests.shared_server import OFFICER, PASSWORDS, as_user, opened


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(i) for i in range(item.childCount())]


def test_take_a_copy_offline_writes_what_the_officer_sees_encrypted(
    window: MainWindow, shared: str, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
):
    actions = window.window_actions
    assert actions.save_copy.isVisible() and not actions.take_offline.isVisible()  # nothing open yet
    assert window.open_shared(as_user(shared, OFFICER), PASSWORDS[OFFICER])
    assert actions.take_offline.isVisible() and actions.take_offline.isEnabled()
    assert not actions.save_copy.isVisible()  # a server has no file to copy: this takes its place
    target = tmp_path / "field trip.pim"
    offered: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    def protect(dialog: QDialog) -> None:
        fields = dialog.fields  # type: ignore[attr-defined]
        assert fields.encryptBox.isChecked()  # the records leave the server: encrypted unless unticked
        fields.passphraseEdit.setText(PASSPHRASE)
        fields.repeatEdit.setText(PASSPHRASE)
        dialog.accept()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    when_dialog_opens(protect)
    with qtbot.waitSignal(window.copies.offline.finished, timeout=60000) as finished:
        actions.take_offline.trigger()
    assert finished.args[0] is not None, finished.args[1]
    assert Path(offered[0]).name.endswith("(offline).pim")
    assert is_encrypted(target)
    assert str(target) in window.statusBar().currentMessage()
    with open_operation(target, read_only=True) as copy:
        assert len(SystemService(copy).stored_values(("name",))) == 21  # public and restricted only
        origin = origin_of(copy)
    assert origin is not None and origin.login == OFFICER


def test_merging_the_copy_back_ticks_its_changes_and_marks_the_conflicts(
    window: MainWindow, shared: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    copy = tmp_path / "offline.pim"
    take_copy(shared, copy)
    work = work_on_both_sides(shared, copy)
    # open for writing: File > Merge is there only then (File > Open Shared Operation reads for now)
    assert window.show_operation(opened(shared, OFFICER))
    assert window.window_actions.merge.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(copy), ""))
    shown: dict[str, object] = {}

    def read(dialog: QDialog) -> None:
        tree = dialog.differencesList  # type: ignore[attr-defined]
        parts = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
        shown["parts"] = parts
        shown["fields"] = {
            text: {child.text(0): child.checkState(0) for child in _children(part)}
            for text, part in parts.items()
        }
        shown["marked"] = {text for text, part in parts.items() if not part.icon(0).isNull()}
        new = dialog.newList  # type: ignore[attr-defined]
        shown["new"] = [new.item(i).text() for i in range(new.count())]
        shown["intro"] = dialog.introLabel.text()  # type: ignore[attr-defined]
        gone = next(new.item(i) for i in range(new.count()) if "deleted on the server" in new.item(i).text())
        shown["gone checkable"] = bool(gone.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        dialog.reject()  # storing it is the service's (tests/e2e/test_offline_copy.py)

    when_dialog_opens(read)
    window.window_actions.merge.trigger()
    names, checked, unchecked = work.names, Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert "an offline copy of this operation, taken by officer" in str(shown["intro"])
    fields = shown["fields"]
    assert isinstance(fields, dict)
    both = f"system: {names[work.one_field_each]} (conflict: changed in the copy and on the server)"
    assert fields[both] == {
        "take the copy's frequency (changed in the copy)": checked,
        "take the copy's outputs (changed on the server)": unchecked,
    }
    same = (
        f"system: {names[work.same_field]} (conflict: the same field changed in the copy and on the server)"
    )
    assert fields[same] == {"take the copy's frequency (changed on both sides)": unchecked}
    assert fields[f"system: {names[work.renamed]}"] == {"take the copy's name (changed in the copy)": checked}
    assert fields[f"system: {names[work.server_only]}"] == {
        "take the copy's description (changed on the server)": unchecked
    }
    assert shown["marked"] == {both, same}
    new = shown["new"]
    assert isinstance(new, list) and f"system: {RENAMED}" not in new
    gone = "deleted on the server since the copy was taken (tick to add it again)"
    assert f"system: {names[work.deleted]}: {gone}" in new
    assert shown["gone checkable"]
    with open_operation(copy, read_only=True) as offline:  # nothing merged, the copy as it was
        assert SystemService(offline).get(work.one_field_each).details.frequency == OFFLINE_FREQUENCY
