"""Every command of the window as a QAction, created in one place with its shortcut."""

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass
class Actions:
    new_operation: QAction
    open_operation: QAction
    close_operation: QAction
    quit: QAction
    about: QAction


def create_actions(parent: QWidget) -> Actions:
    def action(text: str, shortcut: QKeySequence.StandardKey | str | None = None, tip: str = "") -> QAction:
        created = QAction(parent.tr(text), parent)
        if shortcut is not None:
            created.setShortcut(QKeySequence(shortcut))
        if tip:
            created.setStatusTip(parent.tr(tip))
        return created

    return Actions(
        new_operation=action(
            "&New Operation…", QKeySequence.StandardKey.New, "Start an operation from the standard PIM Matrix"
        ),
        open_operation=action("&Open…", QKeySequence.StandardKey.Open, "Open an operation file (.pim)"),
        close_operation=action("&Close", QKeySequence.StandardKey.Close, "Close the operation"),
        quit=action(
            "&Quit", QKeySequence.StandardKey.Quit, "Leave PIM Desktop; every change is already saved"
        ),
        about=action("&About PIM Desktop"),
    )
