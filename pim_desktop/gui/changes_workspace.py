"""View > Changes: what changed between a milestone and now (or two milestones), filtered by kind and by
who, and the milestones marked from the window. The comparison is the changes export's, line for line."""

from collections import Counter

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QStackedWidget, QWidget

from pim_desktop.domain.changes import ChangeKind, Comparison, Milestone
from pim_desktop.domain.errors import PimError, as_sentence
from pim_desktop.exports.changes import KIND_LABELS, WHAT_LABELS
from pim_desktop.gui.form_types.changes_page import ChangesPageForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.models.changes_model import ChangesModel
from pim_desktop.gui.views.table_fitting import keep_fitted
from pim_desktop.i18n import _
from pim_desktop.services.change_comparison import compare
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.operations import OpenOperation

SINCE_NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a milestone's name (File > Export compares from it)


class ChangesPage(QWidget, ChangesPageForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("changes_page.ui", self)
        self.model = ChangesModel()
        self.changesTable.setModel(self.model)
        self.changesTable.verticalHeader().hide()
        keep_fitted(self.changesTable)  # records, fields and values never cut: wrapped when the room lacks
        self.sinceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.untilCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


class ChangesWorkspace(QObject):
    def __init__(self, window: QWidget, pages: QStackedWidget) -> None:
        super().__init__(window)
        self._window = window
        self.page = ChangesPage(pages)
        self.page.setObjectName("changesPage")
        pages.addWidget(self.page)
        self.operation_file: OpenOperation | None = None
        self.comparison: Comparison | None = None
        self._active = False
        page = self.page
        page.sinceCombo.activated.connect(lambda _index: self.refresh())
        page.untilCombo.activated.connect(lambda _index: self.refresh())
        page.kindCombo.activated.connect(lambda _index: self._show())
        page.whoCombo.activated.connect(lambda _index: self._show())
        page.markButton.clicked.connect(self.mark_milestone)

    def bind(self, operation_file: OpenOperation | None, stack: QUndoStack | None = None) -> None:
        self.operation_file, self.comparison = operation_file, None
        if stack is not None:  # an undo or redo changes what changed
            stack.indexChanged.connect(self._undone_or_redone)
        self.page.markButton.setEnabled(operation_file is not None and not operation_file.read_only)
        self.page.model.set_changes(())

    def _undone_or_redone(self, _index: int) -> None:
        if self._active:
            self.refresh()

    def set_active(self, active: bool) -> None:
        self._active = active
        if active:
            self.refresh(keep=False)

    def _milestones(self, keep: bool) -> list[Milestone]:
        """Fill the moments to compare, keeping the ones chosen (else the latest milestone and now)."""
        assert self.operation_file is not None
        milestones = ChangeLog(self.operation_file).milestones()
        page = self.page
        since, until = page.sinceCombo.currentData(), page.untilCombo.currentData()
        page.sinceCombo.clear()
        page.untilCombo.clear()
        page.untilCombo.addItem(self.tr("Now"), None)
        for milestone in milestones:
            text = f"{milestone.name} ({milestone.at:%Y-%m-%d})"
            page.sinceCombo.addItem(text, milestone.id)
            page.sinceCombo.setItemData(page.sinceCombo.count() - 1, milestone.name, SINCE_NAME_ROLE)
            page.untilCombo.addItem(text, milestone.id)
        page.sinceCombo.setCurrentIndex(
            max(page.sinceCombo.findData(since), 0) if keep else len(milestones) - 1
        )
        page.untilCombo.setCurrentIndex(max(page.untilCombo.findData(until), 0) if keep else 0)
        return milestones

    def refresh(self, keep: bool = True) -> None:
        """Compare again: the file may have changed since."""
        if self.operation_file is None:
            return
        milestones = {m.id: m for m in self._milestones(keep)}
        since = milestones.get(self.page.sinceCombo.currentData())
        until = milestones.get(self.page.untilCombo.currentData())
        self.comparison = compare(self.operation_file, since, until) if since else None
        self._fill_filters()
        self._show()

    def _fill_filters(self) -> None:
        page = self.page
        kind, who = page.kindCombo.currentData(), page.whoCombo.currentData()
        page.kindCombo.clear()
        page.kindCombo.addItem(self.tr("All kinds"), None)
        for each in ChangeKind:
            page.kindCombo.addItem(_(KIND_LABELS[each]), each.value)
        page.kindCombo.setCurrentIndex(max(page.kindCombo.findData(kind), 0))
        page.whoCombo.clear()
        page.whoCombo.addItem(self.tr("Everyone"), None)
        for person in self.comparison.people if self.comparison else ():
            page.whoCombo.addItem(person, person)
        page.whoCombo.setCurrentIndex(max(page.whoCombo.findData(who), 0))

    def _show(self) -> None:
        page, comparison = self.page, self.comparison
        if comparison is None:
            page.model.set_changes(())
            page.summaryLabel.setText(
                self.tr(
                    "No milestone is marked yet. Mark one (before a workshop, say): the changes made from "
                    "then on are listed here, with who made them."
                )
            )
            return
        kind = page.kindCombo.currentData()
        shown = comparison.only(ChangeKind(kind) if kind else None, page.whoCombo.currentData())
        page.model.set_changes(shown)
        counts = Counter((change.kind, change.what) for change in shown)
        parts = [
            self.tr("{kind} ({change}): {count}").format(
                kind=_(KIND_LABELS[k]), change=_(WHAT_LABELS[w]), count=n
            )
            for (k, w), n in counts.items()
        ]
        summary = self.tr("%n record(s) changed", "", len(shown))
        if comparison.left_out:
            summary += " · " + self.tr("%n left out (above the sensitivity ceiling)", "", comparison.left_out)
        page.summaryLabel.setText(" · ".join([summary, *parts]))

    def mark_milestone(self) -> None:
        if self.operation_file is None or self.operation_file.read_only:
            return
        name, chosen = QInputDialog.getText(
            self._window,
            self.tr("Mark a milestone"),
            self.tr("Name this moment, to compare with later (e.g. \u201cBefore the March workshop\u201d):"),
        )
        if not chosen:
            return
        try:
            milestone = ChangeLog(self.operation_file).mark_milestone(name)
        except PimError as error:
            QMessageBox.warning(
                self._window, self.tr("Cannot mark the milestone"), as_sentence(error.message)
            )
            return
        self.refresh(keep=False)
        index = self.page.sinceCombo.findData(milestone.id)
        self.page.sinceCombo.setCurrentIndex(index)
        self.refresh()
