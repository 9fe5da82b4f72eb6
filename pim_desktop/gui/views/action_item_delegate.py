"""Editors for the challenge table: a list to choose from for coded cells, several lines for action points
(Enter starts a new line, Tab goes on to the next cell), one line for the rest."""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pim_desktop.gui.models.action_items_model import CHOICES_ROLE, MULTILINE_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex


class ActionItemDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        choices = index.data(CHOICES_ROLE)
        if choices is not None:
            combo = QComboBox(parent)
            for value, text in choices:
                combo.addItem(text, value)
            return combo
        if index.data(MULTILINE_ROLE):
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(option.rect.height() * 3)
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = next((i for i in range(editor.count()) if editor.itemData(i) == value), 0)
            editor.setCurrentIndex(found)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
