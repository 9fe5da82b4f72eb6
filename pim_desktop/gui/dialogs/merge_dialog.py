"""File > Merge: what the other file adds, and each difference with the fields that differ, ticked to take
theirs or left to keep mine. Of an offline copy of the operation (imports/offline_merge.py), each difference
says who changed it since the copy was taken: the copy's own changes come ticked, a conflict is marked, and
what the server deleted meanwhile is listed, to add again only if ticked."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QStyle, QTreeWidgetItem, QWidget

from pim_desktop.gui.form_types.merge_dialog import MergeDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from pim_desktop.imports.merge import Difference, MergePlan, field_label
from pim_desktop.imports.offline_merge import BOTH, SAME_FIELD

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
        intro = self.tr(
            "Merging <b>{file}</b> ({operation}). Nothing is written until OK; Edit &gt; Undo takes the "
            "merge back whole."
        ).format(file=escape(plan.other_name), operation=escape(plan.other_operation))
        if plan.offline is not None:
            origin = plan.offline.origin
            intro += " " + self.tr(
                "It is an offline copy of this operation, taken by {login} on {day}: what only the copy "
                "changed since is ticked, what the server changed is kept, and a conflict (changed on both "
                "sides) is marked for you to choose."
            ).format(login=escape(origin.login), day=origin.taken_at.date().isoformat())
        self.introLabel.setText(intro)
        self._list_new(plan)
        self.differencesList.setHeaderHidden(True)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        preselected = plan.preselected()
        for index, difference in enumerate(plan.differences):
            part = QTreeWidgetItem(self.differencesList, [self._difference(difference)])
            part.setFlags(part.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            part.setCheckState(0, Qt.CheckState.Unchecked)
            if difference.conflict:
                part.setIcon(0, warning)
            for name in difference.fields:
                field_item = QTreeWidgetItem(part, [self._field(difference, name)])
                field_item.setData(0, Qt.ItemDataRole.UserRole, name)
                field_item.setFlags(field_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = name in preselected.get(index, ())
                field_item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.differencesList.expandAll()
        self.allTheirsButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.allMineButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def _part(self, kind: str, name: str) -> str:
        return self.tr("{kind}: {name}").format(kind=_kind(kind), name=name)

    def _list_new(self, plan: MergePlan) -> None:
        """What the other file adds; of an offline copy also what the server deleted since (ticked: added
        again) and what the copy deleted (kept: a merge deletes nothing)."""
        for kind, name in plan.new:
            QListWidgetItem(self._part(kind, name), self.newList)
        self._gone: list[QListWidgetItem] = []
        for kind, name in plan.gone:
            text = self.tr("{part}: deleted on the server since the copy was taken (tick to add it again)")
            item = QListWidgetItem(text.format(part=self._part(kind, name)), self.newList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self._gone.append(item)
        for kind, name in plan.dropped:
            text = self.tr("{part}: deleted in the copy, kept here")
            QListWidgetItem(text.format(part=self._part(kind, name)), self.newList)
        if not (plan.new or plan.gone or plan.dropped):
            QListWidgetItem(self.tr("(nothing)"), self.newList)

    def _difference(self, difference: Difference) -> str:
        part = self._part(difference.kind, difference.name)
        judged = difference.judged
        if judged is not None and judged.state == SAME_FIELD:
            return self.tr("{part} (conflict: the same field changed in the copy and on the server)").format(
                part=part
            )
        if judged is not None and judged.state == BOTH:
            return self.tr("{part} (conflict: changed in the copy and on the server)").format(part=part)
        return part

    def _field(self, difference: Difference, name: str) -> str:
        field = _in_a_phrase(field_label(difference.kind, name))
        judged = difference.judged
        if judged is None:
            return self.tr("take their {field}").format(field=field)
        if name in judged.conflicts:
            return self.tr("take the copy's {field} (changed on both sides)").format(field=field)
        if name in judged.from_copy:
            return self.tr("take the copy's {field} (changed in the copy)").format(field=field)
        return self.tr("take the copy's {field} (changed on the server)").format(field=field)

    def bring_back(self) -> set[int]:
        """Of what the server deleted since the copy was taken, what is ticked to add again."""
        return {i for i, item in enumerate(self._gone) if item.checkState() == Qt.CheckState.Checked}

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
