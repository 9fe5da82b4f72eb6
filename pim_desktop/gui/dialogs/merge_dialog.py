"""File > Merge: what the other file adds, and each difference with the fields that differ, ticked to take
theirs or left to keep mine."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QTreeWidgetItem, QWidget

from pim_desktop.gui.form_types.merge_dialog import MergeDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from pim_desktop.imports.merge import MergePlan, field_label

# The kinds of record a merge compares (codes of imports.merge), as the window names them
KINDS = {
    "organisation": QT_TRANSLATE_NOOP("MergeDialog", "organisation"),
    "system": QT_TRANSLATE_NOOP("MergeDialog", "system"),
    "action plan": QT_TRANSLATE_NOOP("MergeDialog", "action plan"),
    "matrix cell": QT_TRANSLATE_NOOP("MergeDialog", "matrix cell"),
    "matrix row": QT_TRANSLATE_NOOP("MergeDialog", "matrix row"),
}


def _kind(code: str) -> str:
    return translate("MergeDialog", KINDS[code]) if code in KINDS else code


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for index in range(item.childCount()) if (child := item.child(index)) is not None]


def _in_a_phrase(label: str) -> str:
    """A heading inside a sentence: "Started on" becomes "started on"; "PIM category" keeps its acronym."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


class MergeDialog(QDialog, MergeDialogForm):
    def __init__(self, parent: QWidget | None, plan: MergePlan) -> None:
        super().__init__(parent)
        load_form("merge_dialog.ui", self)
        self.plan = plan
        self.introLabel.setText(
            self.tr(
                "Merging <b>{file}</b> ({operation}). Nothing is written until OK; Edit &gt; Undo takes the "
                "merge back whole."
            ).format(file=escape(plan.other_name), operation=escape(plan.other_operation))
        )
        for kind, name in plan.new:
            QListWidgetItem(self._part(kind, name), self.newList)
        if not plan.new:
            QListWidgetItem(self.tr("(nothing)"), self.newList)
        self.differencesList.setHeaderHidden(True)
        for difference in plan.differences:
            part = QTreeWidgetItem(self.differencesList, [self._part(difference.kind, difference.name)])
            part.setFlags(part.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            part.setCheckState(0, Qt.CheckState.Unchecked)
            for name in difference.fields:
                field = _in_a_phrase(field_label(difference.kind, name))
                field_item = QTreeWidgetItem(part, [self.tr("take their {field}").format(field=field)])
                field_item.setData(0, Qt.ItemDataRole.UserRole, name)
                field_item.setFlags(field_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                field_item.setCheckState(0, Qt.CheckState.Unchecked)
        self.differencesList.expandAll()
        self.allTheirsButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.allMineButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def _part(self, kind: str, name: str) -> str:
        return self.tr("{kind}: {name}").format(kind=_kind(kind), name=name)

    def _check_all(self, state: Qt.CheckState) -> None:
        for part in _children(self.differencesList.invisibleRootItem()):
            part.setCheckState(0, state)

    def take_theirs(self) -> dict[int, set[str]]:
        """For each difference, the fields ticked to take from theirs."""
        chosen: dict[int, set[str]] = {}
        for row, part in enumerate(_children(self.differencesList.invisibleRootItem())):
            fields = {
                field.data(0, Qt.ItemDataRole.UserRole)
                for field in _children(part)
                if field.checkState(0) == Qt.CheckState.Checked
            }
            if fields:
                chosen[row] = fields
        return chosen
