"""Encrypted operation files in the window: the passphrase asked when one is opened (three tries, Cancel
leaves things as they were), forgotten on File > Close, offered by File > New and Save a Copy As; and the
window opening no network connection while it works."""

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from pim_desktop.gui.dialogs.new_operation import NewOperationDialog, NewOperationRequest
from pim_desktop.gui.dialogs.passphrase_dialog import CopyEncryptionDialog, PassphraseDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services import encryption, file_access
from tests.helpers import PASSPHRASE, SAMPLE_SECRET, files_holding, folder_digests, guard_network


@dataclass
class Typing:
    """What the user types in the passphrase dialog, one answer each time it opens (None: Cancel), and what
    the dialog said before each answer."""

    answers: list[str | None] = field(default_factory=list)
    said: list[str] = field(default_factory=list)

    def answer(self, dialog: PassphraseDialog) -> QDialog.DialogCode:
        self.said.append(dialog.problemLabel.text())
        given = self.answers.pop(0)
        if given is None:
            return QDialog.DialogCode.Rejected
        dialog.passphraseEdit.setText(given)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Typing:
    typing = Typing()
    monkeypatch.setattr(PassphraseDialog, "exec", lambda dialog: typing.answer(dialog))
    return typing


def test_the_passphrase_opens_the_file_after_wrong_tries(
    window: MainWindow, encrypted_sample: Path, typed: Typing
):
    typed.answers += ["not it", "not it either", PASSPHRASE]
    assert window.open_file(encrypted_sample)
    assert window.operation_file is not None and window.operation_file.encrypted
    assert typed.said[0] == "" and "does not open secret.pim (tries left: 2)" in typed.said[1]
    assert "(tries left: 1)" in typed.said[2]
    window.viewTabs.setCurrentIndex(1)  # every view reads the encrypted file
    window.viewTabs.setCurrentIndex(2)
    window.viewTabs.setCurrentIndex(3)


def test_three_wrong_tries_or_cancel_leave_things_as_they_were(
    window: MainWindow, encrypted_sample: Path, sample_file: Path, typed: Typing, shown_messages: list
):
    assert window.open_file(sample_file)
    before = folder_digests(encrypted_sample.parent)
    typed.answers += ["wrong one", "wrong two", "wrong three"]
    assert not window.open_file(encrypted_sample)
    assert shown_messages[-1][1] == "The passphrase does not open secret.pim"
    typed.answers.append(None)  # Cancel
    assert not window.open_file(encrypted_sample)
    assert window.operation_file is not None and window.operation_file.path == sample_file
    assert folder_digests(encrypted_sample.parent) == before


def test_file_close_forgets_the_passphrase(
    window: MainWindow, encrypted_sample: Path, typed: Typing, own_data_dir: Path
):
    typed.answers.append(PASSPHRASE)
    assert window.open_file(encrypted_sample)
    assert files_holding(own_data_dir, SAMPLE_SECRET) == []  # the backup made on opening is encrypted too
    assert [backup.reason for backup in file_access.backups_of(encrypted_sample)] == ["on-open"]
    window.window_actions.close_operation.trigger()
    assert not encryption.is_unlocked(encrypted_sample)
    typed.answers.append(None)
    assert not window.open_file(encrypted_sample) and typed.answers == []  # asked again, and cancelled


def test_a_new_operation_may_be_encrypted(window: MainWindow, tmp_path: Path, typed: Typing, monkeypatch):
    target = tmp_path / "New secret.pim"
    dialog = NewOperationDialog(window, tmp_path)
    dialog.nameEdit.setText("Secret operation")
    dialog.fileEdit.setText(str(target))
    assert not dialog.encryption.passphraseEdit.isEnabled()
    dialog.encryption.encryptBox.setChecked(True)
    assert "cannot be recovered" in dialog.encryption.warningLabel.text()
    dialog.encryption.passphraseEdit.setText(PASSPHRASE)
    dialog.encryption.repeatEdit.setText(PASSPHRASE + "!")
    dialog.accept()
    assert dialog.request is None and "differ" in dialog.problemLabel.text()
    dialog.encryption.repeatEdit.setText(PASSPHRASE)
    dialog.accept()
    request = dialog.request
    assert request == NewOperationRequest("Secret operation", None, target, PASSPHRASE)

    monkeypatch.setattr("pim_desktop.gui.main_window.ask_new_operation", lambda *_args: request)
    window.new_operation()
    assert window.operation_file is not None and window.operation_file.path == target
    assert typed.answers == [] and encryption.is_encrypted(target)  # opened without asking again
    assert b"Secret operation" not in target.read_bytes()


def test_save_a_copy_offers_encryption(
    window: MainWindow, encrypted_sample: Path, typed: Typing, tmp_path: Path
):
    typed.answers.append(PASSPHRASE)
    assert window.open_file(encrypted_sample)
    dialog = CopyEncryptionDialog(window, source_encrypted=True)
    assert dialog.fields.encryptBox.isChecked()  # a copy of an encrypted file is encrypted unless unticked
    dialog.accept()
    assert dialog.encryption == file_access.CopyEncryption(encrypted=True, passphrase="")
    plain, other = tmp_path / "plain.pim", tmp_path / "other.pim"
    assert window.save_copy_to(plain, file_access.CopyEncryption(encrypted=False))
    assert window.save_copy_to(other, file_access.CopyEncryption(encrypted=True, passphrase="the copy's own"))
    assert SAMPLE_SECRET in plain.read_bytes() and SAMPLE_SECRET not in other.read_bytes()
    assert not CopyEncryptionDialog(window, source_encrypted=False).fields.encryptBox.isChecked()


def test_the_window_opens_no_network_connection(
    window: MainWindow, encrypted_sample: Path, typed: Typing, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    attempts = guard_network(monkeypatch)
    typed.answers.append(PASSPHRASE)
    assert window.open_file(encrypted_sample)
    for view in range(4):
        window.viewTabs.setCurrentIndex(view)
    assert window.save_copy_to(tmp_path / "copy.pim")
    window.window_actions.close_operation.trigger()
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules  # nor through Qt's own sockets
