"""File > Import: a partner's spreadsheet read, its columns shown with the field each fills (the user can
correct them), and every row as it will be stored with its problems, before anything is written."""

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from pim_desktop.domain.errors import PimError, as_sentence
from pim_desktop.gui.dialogs.import_review import (
    mapped_values,
    show_changes,
    show_values,
    ticked_changes,
)
from pim_desktop.gui.form_types.import_dialog import ImportDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP
from pim_desktop.gui.theme import colours, set_role
from pim_desktop.imports.columns import KEY_FIELDS, Layout, fields, find_layout, names_records
from pim_desktop.imports.operation_json import read_operation_json
from pim_desktop.imports.plan import ImportPlan, ImportSettings, import_categories, plan_import
from pim_desktop.imports.reading import Sheet, read_sheets
from pim_desktop.imports.records import ADD, AMBIGUOUS, SKIP, UNCHANGED, UPDATE
from pim_desktop.imports.report import summary_line
from pim_desktop.imports.rows import Unknown, field_label
from pim_desktop.imports.values import value_key
from pim_desktop.services.operations import OpenOperation

ACTION_TEXT = {
    ADD: QT_TRANSLATE_NOOP("ImportDialog", "add"),
    UPDATE: QT_TRANSLATE_NOOP("ImportDialog", "update"),
    UNCHANGED: QT_TRANSLATE_NOOP("ImportDialog", "unchanged"),
    AMBIGUOUS: QT_TRANSLATE_NOOP("ImportDialog", "matches several"),
    SKIP: QT_TRANSLATE_NOOP("ImportDialog", "left out"),
}
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "(not imported)")
LEAVE_OUT = -1  # an ambiguous row's choice: not imported


class ImportDialog(QDialog, ImportDialogForm):
    def __init__(self, parent: QWidget | None, operation_file: OpenOperation, folder: Path) -> None:
        super().__init__(parent)
        load_form("import_dialog.ui", self)
        self._file, self._folder = operation_file, folder
        self._sheets: list[Sheet] = []
        self._layout: Layout | None = None
        self._refused: set[tuple[int, str]] = set()  # changes the user unticked: (row, field)
        self._unknown: dict[tuple[str, str], Unknown] = {}  # every word not recognised, mapped or not
        self._mapped: dict[str, dict[str, str]] = {}
        self.plan: ImportPlan | None = None
        self.operation_document: dict[str, Any] | None = None
        self.kindCombo.addItem(self.tr("Organisations"), "organisations")
        self.kindCombo.addItem(self.tr("Information systems"), "systems")
        self.kindCombo.addItem(self.tr("Action items"), "action-items")
        for table, headings in (
            (self.mappingTable, [self.tr("Column in the file"), self.tr("Field")]),
            (self.previewTable, [self.tr("Row"), self.tr("Will"), self.tr("Name"), self.tr("Problems")]),
        ):
            table.setColumnCount(len(headings))
            table.setHorizontalHeaderLabels(headings)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        self.importSplitter.setSizes([320, 580])
        self.dialogLayout.setStretchFactor(self.importSplitter, 1)  # the tables get the height, not the bars
        for column in (0, 1):
            self.previewTable.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.browseButton.clicked.connect(self._browse)
        self.fileEdit.returnPressed.connect(lambda: self.read(Path(self.fileEdit.text().strip())))
        self.sheetCombo.activated.connect(lambda _index: self._find_layout())
        self.kindCombo.activated.connect(lambda _index: self._find_layout(keep_kind=True))
        self.ambiguousCheck.toggled.connect(self._add_all_ambiguous)
        self.skipInvalidCheck.toggled.connect(lambda _on: self._show_summary())
        self.categoryCombo.activated.connect(lambda _index: self._make_plan())
        self.changesTable.itemChanged.connect(lambda _item: self._changes_ticked())
        self._categories = import_categories(self._file)
        self.categoryCombo.addItem(self.tr("none: such rows are refused"), "")
        for code, name in self._categories:
            self.categoryCombo.addItem(name, code)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._ok_enabled(False)

    # --- reading -------------------------------------------------------------------------------------------

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            str(self._folder),
            self.tr("Spreadsheets and operations (*.xlsx *.csv *.json);;All files (*)"),
        )
        if chosen:
            self.fileEdit.setText(chosen)
            self.read(Path(chosen))

    def read(self, path: Path) -> None:
        """Read the file and recognise its first sheet that holds organisations, systems or action items; a
        JSON operation (from an export) is shown by what it holds."""
        self.plan, self._sheets, self.operation_document = None, [], None
        self._refused, self._unknown, self._mapped = set(), {}, {}
        if path.suffix.lower() == ".json":
            self._read_operation(path)
            return
        try:
            self._sheets = read_sheets(path)
        except PimError as error:
            self._say(error.sentence, problem=True)
            return
        self.sheetCombo.clear()
        for sheet in self._sheets:
            self.sheetCombo.addItem(sheet.name)
        for index, sheet in enumerate(self._sheets):
            if sheet.rows and find_layout(sheet.rows):
                self.sheetCombo.setCurrentIndex(index)
                break
        self._find_layout()

    def _read_operation(self, path: Path) -> None:
        try:
            document = read_operation_json(path)
        except PimError as error:
            self._say(error.sentence, problem=True)
            return
        self.operation_document = document
        self.mappingTable.setRowCount(0)
        self.previewTable.setRowCount(0)
        counts = {key: len(document.get(key, [])) for key in ("organisations", "systems", "action_plans")}
        self._say(
            self.tr(
                "The whole operation {name}: {organisations}, {systems} and {plans}, with its process and "
                "reviews; records of the same name are updated and its matrix replaces this one's. To choose "
                "part by part, use File > Merge with the colleague's .pim file instead."
            ).format(
                name=document["operation"]["name"],
                organisations=self.tr("%n organisation(s)", "", counts["organisations"]),
                systems=self.tr("%n system(s)", "", counts["systems"]),
                plans=self.tr("%n action plan(s)", "", counts["action_plans"]),
            ),
            problem=False,
        )
        self._ok_enabled(True)

    def _sheet(self) -> Sheet | None:
        index = self.sheetCombo.currentIndex()
        return self._sheets[index] if 0 <= index < len(self._sheets) else None

    def _find_layout(self, keep_kind: bool = False) -> None:
        sheet = self._sheet()
        kind = self.kindCombo.currentData() if keep_kind else None
        self._layout = find_layout(sheet.rows, kind) if sheet and sheet.rows else None
        if self._layout is None:
            self._say(
                sheet.refused
                if sheet is not None and sheet.refused
                else self.tr("This sheet is empty.")
                if sheet is not None and not sheet.rows
                else self.tr("No column of organisations or systems was recognised in this sheet."),
                problem=True,
            )
            self.mappingTable.setRowCount(0)
            self.previewTable.setRowCount(0)
            return
        self.kindCombo.setCurrentIndex(self.kindCombo.findData(self._layout.kind))
        rows = ", ".join(str(r + 1) for r in self._layout.header_rows)
        header = self.tr("Header on row(s) {rows}", "", len(self._layout.header_rows))
        self.headerLabel.setText(header.format(rows=rows))
        self._show_mapping()
        self._make_plan()

    # --- the mapping, corrected by the user ----------------------------------------------------------------

    def _show_mapping(self) -> None:
        layout = self._layout
        if layout is None:
            return
        offered = fields(layout.kind)
        self.mappingTable.setRowCount(len(layout.headings))
        for index, heading in enumerate(layout.headings):
            self.mappingTable.setItem(
                index, 0, QTableWidgetItem(heading or self.tr("(column {n})").format(n=index + 1))
            )
            combo = QComboBox(self.mappingTable)
            combo.addItem(self.tr(NOT_IMPORTED), None)
            for field in offered:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(layout.columns.get(index))))
            combo.activated.connect(lambda _i: self._mapping_changed())
            self.mappingTable.setCellWidget(index, 1, combo)

    def _mapping_changed(self) -> None:
        if self._layout is None:
            return
        columns: dict[int, str] = {}
        for index in range(self.mappingTable.rowCount()):
            combo = self.mappingTable.cellWidget(index, 1)
            field = combo.currentData() if isinstance(combo, QComboBox) else None
            if field and field not in columns.values():
                columns[index] = field
        self._layout = replace(self._layout, columns=columns)
        self._make_plan()

    # --- the preview ---------------------------------------------------------------------------------------

    def _settings(self) -> ImportSettings:
        return ImportSettings(
            self._mapped, self.categoryCombo.currentData() or "", self.skipInvalidCheck.isChecked()
        )

    def _make_plan(self) -> None:
        sheet, layout = self._sheet(), self._layout
        if sheet is None or layout is None:
            return
        self.categoryCombo.setEnabled(layout.kind == "systems")
        if not names_records(layout.kind, layout.columns):
            self.plan = None
            self._say(
                self.tr("Choose the column that holds the {field}.").format(field=KEY_FIELDS[layout.kind]),
                problem=True,
            )
            return
        self.plan, labels = plan_import(
            self._file, Path(self.fileEdit.text()).name, sheet, layout, self._settings()
        )
        self._show_records(self.plan, labels)
        self.changesTable.blockSignals(True)
        show_changes(self.changesTable, self.plan, self._refused)
        self.changesTable.blockSignals(False)
        for word in self.plan.unknown:
            self._unknown[(word.field, value_key(word.text))] = word
        show_values(self.valuesTable, list(self._unknown.values()), self._categories, self._mapped,
                    self._values_mapped)  # fmt: skip
        for tab, count in ((self.changesTab, self.changesTable.rowCount()),
                           (self.valuesTab, self.valuesTable.rowCount())):  # fmt: skip
            self.previewTabs.setTabEnabled(self.previewTabs.indexOf(tab), count > 0)
        self._show_summary()

    def _show_records(self, plan: ImportPlan, labels: dict[int, str]) -> None:
        self.previewTable.setRowCount(len(plan.rows))
        for position, row in enumerate(plan.rows):
            problems = "; ".join([*row.errors, *row.warnings])
            rows = str(row.row_number)
            if len(row.rows) > 1:
                rows = self.tr("{row} (+{more})").format(row=row.row_number, more=len(row.rows) - 1)
            cells = (rows, self.tr(ACTION_TEXT[row.action]), row.name, problems)
            colour = colours().problem if row.errors else colours().warning if row.warnings else None
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if colour is not None:
                    item.setBackground(QBrush(QColor(colour)))
                self.previewTable.setItem(position, column, item)
            if row.action == AMBIGUOUS:  # the user says which record it is, or to add it, or to leave it out
                combo = QComboBox(self.previewTable)
                combo.addItem(self.tr("leave out"), LEAVE_OUT)
                combo.addItem(self.tr("add as new"), None)
                for candidate in row.candidates:
                    combo.addItem(
                        self.tr("update {name}").format(name=labels.get(candidate, candidate)), candidate
                    )
                combo.currentIndexChanged.connect(lambda _i: self._show_summary())
                self.previewTable.setCellWidget(position, 1, combo)

    def _changes_ticked(self) -> None:
        if self.plan is not None:
            self._refused = ticked_changes(self.changesTable, self.plan)

    def _values_mapped(self) -> None:
        self._mapped = mapped_values(self.valuesTable)
        self._make_plan()

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        plan.skip_invalid = self.skipInvalidCheck.isChecked()
        settled = self.choices()
        added = sum(1 for target in settled.values() if target is None)
        text = summary_line(plan, added, len(settled) - added) + "."  # the words the command line says
        for note in plan.notes:
            text += f" {as_sentence(note)}."
        if plan.blocked:
            self._say(
                text
                + " "
                + self.tr(
                    "Correct the rows with errors in the file (or the columns here), or leave them out."
                ),
                problem=True,
            )
        elif plan.refused:
            self._say(text + " " + self.tr("The records with errors will be left out."), problem=False)
        else:
            self._say(text, problem=False)

    def _ambiguous_combos(self) -> list[tuple[int, QComboBox]]:
        if self.plan is None:
            return []
        found = []
        for position, row in enumerate(self.plan.rows):
            combo = self.previewTable.cellWidget(position, 1)
            if row.action == AMBIGUOUS and isinstance(combo, QComboBox):
                found.append((row.row_number, combo))
        return found

    def _add_all_ambiguous(self, on: bool) -> None:
        for _row, combo in self._ambiguous_combos():
            combo.setCurrentIndex(1 if on else 0)

    def choices(self) -> dict[int, int | None]:
        """For each ambiguous row the user settled: the record to update, or None to add it as new."""
        return {
            row: combo.currentData()
            for row, combo in self._ambiguous_combos()
            if combo.currentData() != LEAVE_OUT
        }

    def _say(self, text: str, *, problem: bool) -> None:
        self.summaryLabel.setText(text)
        set_role(self.summaryLabel, "problem" if problem else "")
        self._ok_enabled(not problem and self.plan is not None)

    def _ok_enabled(self, enabled: bool) -> None:
        self.buttonBox.button(self.buttonBox.StandardButton.Ok).setEnabled(enabled)
