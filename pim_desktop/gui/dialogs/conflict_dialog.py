"""A save refused because someone else saved the record since the user opened it (a shared operation): what
they changed and what the user changed, field by field, and the choice of saving the user's changes over
theirs or keeping theirs. Nothing is overwritten without the user seeing it."""

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QWidget

from pim_desktop.domain.errors import FieldChange
from pim_desktop.gui.form_types.conflict_dialog import ConflictDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import in_own_direction
from pim_desktop.gui.views.table_fitting import keep_fitted

Shown = Callable[[str, Any], str]  # a field's value as people read it, by the field's name


class ConflictDialog(QDialog, ConflictDialogForm):
    """Accepted: save the user's changes over the record as it is now; rejected: keep theirs."""

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        theirs: list[FieldChange],
        mine: list[FieldChange],
        shown: Shown,
        who: str = "",
    ) -> None:
        super().__init__(parent)
        load_form("conflict_dialog.ui", self)
        if who:
            title = self.tr("{who} saved {name} after you opened it. Their changes and yours:")
        else:
            title = self.tr("Someone else saved {name} after you opened it. Their changes and yours:")
        self.titleLabel.setText(title.format(name=name, who=who))
        self._fill(theirs, mine, shown)
        save = self.buttonBox.addButton(self.tr("&Save Mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep = self.buttonBox.addButton(self.tr("&Keep Theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setDefault(True)  # Enter never overwrites someone's work
        save.clicked.connect(self.accept)
        keep.clicked.connect(self.reject)

    def _fill(self, theirs: list[FieldChange], mine: list[FieldChange], shown: Shown) -> None:
        """A line a field: the label, what they saved, what the user typed; a field both changed comes
        first, in bold, and says so."""
        their_values = {change.name: change for change in theirs}
        my_values = {change.name: change for change in mine}
        names = list(dict.fromkeys([*their_values, *my_values]))
        names.sort(key=lambda name: name not in (their_values.keys() & my_values.keys()))
        table = self.fieldsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Saved by the other"), self.tr("Yours")])
        table.setRowCount(len(names))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, name in enumerate(names):
            change = their_values.get(name) or my_values[name]
            both = name in their_values and name in my_values
            label = self.tr("{field} (changed by both)").format(field=change.label) if both else change.label
            ours = my_values[name].now if name in my_values else their_values[name].was
            saved = their_values[name].now if name in their_values else my_values[name].was
            cells = [label, in_own_direction(shown(name, saved)), in_own_direction(shown(name, ours))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if both:
                    item.setFont(bold)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # to read, not to pick
        self._fitter = keep_fitted(table)  # columns to their content, long values wrapped, never cut
