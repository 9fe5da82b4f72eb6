"""File > Merge: what the other file adds, and each difference with the fields that differ, ticked to take
theirs or left to keep mine."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from pim_desktop.gui.forms import load_form
from pim_desktop.imports.merge import MergePlan


class MergeDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: MergePlan) -> None:
        super().__init__(parent)
        load_form("merge_dialog.ui", self)
        self.plan = plan
        self.introLabel.setText(
            self.tr(
                "Merging <b>{file}</b> ({operation}). Nothing is written until OK; Edit &gt; Undo takes the "
                "merge back whole."
            ).format(file=escape(plan.other.name), operation=escape(plan.other_operation))
        )
        for kind, name in plan.new:
            QListWidgetItem(f"{kind}: {name}", self.newList)
        if not plan.new:
            QListWidgetItem(self.tr("(nothing)"), self.newList)
        for difference in plan.differences:
            item = QListWidgetItem(
                self.tr("{kind}: {name} (differs in {fields})").format(
                    kind=difference.kind,
                    name=difference.name,
                    fields=", ".join(f.replace("_", " ") for f in difference.fields),
                ),
                self.differencesList,
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.allTheirsButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.allMineButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.differencesList.count()):
            self.differencesList.item(row).setCheckState(state)

    def take_theirs(self) -> set[int]:
        return {
            row
            for row in range(self.differencesList.count())
            if self.differencesList.item(row).checkState() == Qt.CheckState.Checked
        }
