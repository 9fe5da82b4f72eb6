"""File > Import: a partner's spreadsheet read, its columns shown with the field each fills (the user can
correct them), and every row as it will be stored with its problems, before anything is written."""

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from pim_desktop.domain.errors import PimError
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP
from pim_desktop.imports.columns import KEY_FIELDS, Layout, find_layout, kinds
from pim_desktop.imports.operation_json import read_operation_json
from pim_desktop.imports.plan import ADD, AMBIGUOUS, SKIP, UPDATE, ImportPlan, candidate_labels, make_plan
from pim_desktop.imports.reading import Sheet, read_sheets
from pim_desktop.storage.operation_file import OperationFile

ACTION_TEXT = {
    ADD: QT_TRANSLATE_NOOP("ImportDialog", "add"),
    UPDATE: QT_TRANSLATE_NOOP("ImportDialog", "update"),
    AMBIGUOUS: QT_TRANSLATE_NOOP("ImportDialog", "matches several"),
    SKIP: QT_TRANSLATE_NOOP("ImportDialog", "left out"),
}
PROBLEM_COLOUR, WARNING_COLOUR = QColor("#f6d5d8"), QColor("#fff5dc")
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "(not imported)")
LEAVE_OUT = -1  # an ambiguous row's choice: not imported


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, operation_file: OperationFile, folder: Path) -> None:
        super().__init__(parent)
        load_form("import_dialog.ui", self)
        self._file, self._folder = operation_file, folder
        self._sheets: list[Sheet] = []
        self._layout: Layout | None = None
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
        self.layout().setStretchFactor(self.importSplitter, 1)  # the tables get the height, not the bars
        for column in (0, 1):
            self.previewTable.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.browseButton.clicked.connect(self._browse)
        self.fileEdit.returnPressed.connect(lambda: self.read(Path(self.fileEdit.text().strip())))
        self.sheetCombo.activated.connect(lambda _index: self._find_layout())
        self.kindCombo.activated.connect(lambda _index: self._find_layout(keep_kind=True))
        self.ambiguousCheck.toggled.connect(self._add_all_ambiguous)
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
                "The whole operation {name}: {organisations} organisations, {systems} systems and {plans} "
                "action plans, with its process and reviews; records of the same name are updated and its "
                "matrix replaces this one's. To choose part by part, use File > Merge with the colleague's "
                ".pim file instead."
            ).format(
                name=document["operation"]["name"],
                organisations=counts["organisations"],
                systems=counts["systems"],
                plans=counts["action_plans"],
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
                self.tr("This sheet is empty.")
                if sheet is not None and not sheet.rows
                else self.tr("No column of organisations or systems was recognised in this sheet."),
                problem=True,
            )
            self.mappingTable.setRowCount(0)
            self.previewTable.setRowCount(0)
            return
        self.kindCombo.setCurrentIndex(self.kindCombo.findData(self._layout.kind))
        rows = ", ".join(str(r + 1) for r in self._layout.header_rows)
        self.headerLabel.setText(self.tr("Header on row(s) {rows}").format(rows=rows))
        self._show_mapping()
        self._make_plan()

    # --- the mapping, corrected by the user ----------------------------------------------------------------

    def _show_mapping(self) -> None:
        layout = self._layout
        if layout is None:
            return
        fields = list(kinds()[layout.kind])
        self.mappingTable.setRowCount(len(layout.headings))
        for index, heading in enumerate(layout.headings):
            self.mappingTable.setItem(
                index, 0, QTableWidgetItem(heading or self.tr("(column {n})").format(n=index + 1))
            )
            combo = QComboBox(self.mappingTable)
            combo.addItem(self.tr(NOT_IMPORTED), None)
            for field in fields:
                combo.addItem(field.replace("_", " "), field)
            combo.setCurrentIndex(max(0, combo.findData(layout.columns.get(index))))
            combo.activated.connect(lambda _i: self._mapping_changed())
            self.mappingTable.setCellWidget(index, 1, combo)

    def _mapping_changed(self) -> None:
        if self._layout is None:
            return
        columns = {}
        for index in range(self.mappingTable.rowCount()):
            field = self.mappingTable.cellWidget(index, 1).currentData()  # type: ignore[union-attr]
            if field and field not in columns.values():
                columns[index] = field
        self._layout = replace(self._layout, columns=columns)
        self._make_plan()

    # --- the preview ---------------------------------------------------------------------------------------

    def _make_plan(self) -> None:
        sheet, layout = self._sheet(), self._layout
        if sheet is None or layout is None:
            return
        if KEY_FIELDS[layout.kind] not in layout.columns.values():
            self.plan = None
            self._say(
                self.tr("Choose the column that holds the {field}.").format(field=KEY_FIELDS[layout.kind]),
                problem=True,
            )
            return
        with self._file.session() as session:
            self.plan = make_plan(session, Path(self.fileEdit.text()).name, sheet, layout)
            labels = candidate_labels(
                session, layout.kind, {c for row in self.plan.rows for c in row.candidates}
            )
        self.previewTable.setRowCount(len(self.plan.rows))
        for position, row in enumerate(self.plan.rows):
            name = row.record.name if row.record else ""
            problems = "; ".join([*row.errors, *row.warnings])
            cells = (str(row.row_number), self.tr(ACTION_TEXT[row.action]), name, problems)
            colour = PROBLEM_COLOUR if row.errors else WARNING_COLOUR if row.warnings else None
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if colour is not None:
                    item.setBackground(QBrush(colour))
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
        self._show_summary()

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        ambiguous = plan.count(AMBIGUOUS)
        settled = self.choices()
        text = self.tr(
            "{add} to add, {update} to update, {ambiguous} matching several records, {errors} with errors."
        ).format(
            add=plan.count(ADD) + sum(1 for target in settled.values() if target is None),
            update=plan.count(UPDATE) + sum(1 for target in settled.values() if target is not None),
            ambiguous=ambiguous,
            errors=plan.refused,
        )
        if plan.refused:
            self._say(
                text + " " + self.tr("Correct the rows with errors in the file (or the columns here) first."),
                problem=True,
            )
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
        self.summaryLabel.setStyleSheet("color: #a4262c;" if problem else "")
        self._ok_enabled(not problem and self.plan is not None)

    def _ok_enabled(self, enabled: bool) -> None:
        self.buttonBox.button(self.buttonBox.StandardButton.Ok).setEnabled(enabled)
