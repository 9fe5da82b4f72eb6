"""What every dialog that edits a record shares: it opens with the focus on its first field, and Escape,
Cancel or closing a form that was changed asks before throwing the typing away; an unchanged one closes at
once. A list to tick several entries from stays open until it is closed."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from pim_desktop.gui.i18n import translate_along_classes


def _typed(widget: QWidget) -> object:
    """What a user changed in one box, in a form that compares."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [widget.item(row).checkState() for row in range(widget.count())]
    if isinstance(widget, QTableWidget):
        items = [widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount())]
        return [item.text() if item is not None else "" for item in items]
    return None


class RecordDialog(QDialog):
    """A dialog editing a record; its __init__ ends with `start_editing(first field)`."""

    _first: QWidget | None = None
    _as_shown: tuple[object, ...] = ()

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """Each record dialog inherits these words: found under this class too, not only the dialog's."""
        return translate_along_classes(self, text, disambiguation, n)

    def start_editing(self, first: QWidget) -> None:
        """The form as it is shown: closing it unchanged asks nothing."""
        self._first = first
        self._as_shown = self._state()

    def _state(self) -> tuple[object, ...]:
        boxes = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QListWidget, QTableWidget)
        return tuple(_typed(widget) for widget in self.findChildren(QWidget) if isinstance(widget, boxes))

    def is_changed(self) -> bool:
        return self._first is not None and self._state() != self._as_shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._first is not None:  # typing goes into the name, not to the tab bar
            self._first.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Escape, Cancel and the window's close button come here."""
        if self.is_changed() and not self.discard_confirmed():
            return
        super().reject()

    def discard_confirmed(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr("Discard your changes?"))
        box.setParent(self, box.windowFlags())
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


class TickingMenu(QMenu):
    """A menu of entries to tick: ticking one leaves it open for the next, until Escape or a click outside."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        action = self.activeAction()
        ticks = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if ticks and action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().keyPressEvent(event)
