"""The history of one organisation or system: who changed what and when, from the change log."""

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from pim_desktop.domain.changes import Change
from pim_desktop.exports.changes import CHANGE_FIELDS
from pim_desktop.gui.form_types.history_dialog import HistoryDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.models.changes_model import ChangesModel

# the record is the dialog's own: its kind and name need no column
_SAME_FOR_EVERY_LINE = {"kind", "record"}


class HistoryDialog(QDialog, HistoryDialogForm):
    def __init__(self, parent: QWidget | None, name: str, history: tuple[Change, ...]) -> None:
        super().__init__(parent)
        load_form("history_dialog.ui", self)
        self.model = ChangesModel()
        self.model.set_changes(history)
        self.historyTable.setModel(self.model)
        self.historyTable.verticalHeader().hide()
        self.historyTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        width = self.fontMetrics().averageCharWidth()
        for column, field in enumerate(CHANGE_FIELDS):
            self.historyTable.setColumnHidden(column, field.name in _SAME_FOR_EVERY_LINE)
            self.historyTable.setColumnWidth(column, width * min(field.characters, 24))
        if history:
            self.titleLabel.setText(self.tr("{name}: every change logged, oldest first").format(name=name))
        else:
            self.titleLabel.setText(
                self.tr("{name}: no change logged yet (changes are logged from this version on)").format(
                    name=name
                )
            )
        self.buttonBox.rejected.connect(self.reject)
