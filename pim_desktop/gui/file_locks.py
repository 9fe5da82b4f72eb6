"""Opening a file someone already has open for editing (another window, a colleague on a shared drive):
say who and since when, and let the user read it, or edit anyway (a lock left by a machine that crashed)."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from pim_desktop.gui.i18n import translate
from pim_desktop.services.file_access import Holder, editor_of

EDIT, READ_ONLY = "edit", "read-only"


def choose_access(window: QWidget, path: Path) -> tuple[str, Holder | None] | None:
    """How to open the file: for editing when nobody else has it, else as the user chooses; None to stay
    where we are."""
    holder = editor_of(path)
    if holder is None:
        return EDIT, None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Locks", "The file is open elsewhere"))
    box.setText(
        translate("Locks", "{file} is open for editing by {user} on {machine} since {since}.").format(
            file=path.name, user=holder.user, machine=holder.machine, since=holder.since_shown
        )
    )
    box.setInformativeText(
        translate(
            "Locks",
            "Open it read-only to read and export it. Edit it anyway only if {user} has closed it and the "
            "lock was left behind (a computer that crashed): two people editing one file overwrite each "
            "other's work.",
        ).format(user=holder.user)
    )
    read_only = box.addButton(translate("Locks", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(translate("Locks", "&Edit Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is read_only:
        return READ_ONLY, holder
    if box.clickedButton() is anyway:
        return EDIT, None
    return None
