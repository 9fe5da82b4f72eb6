"""File > Import: a partner's spreadsheet read, its columns shown with the field each fills (the user can
correct them), and every row as it will be stored with its problems, before anything is written."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from pim_desktop.domain.errors import PimError
from pim_desktop.gui.forms import load_form
from pim_desktop.imports.columns import Layout, find_layout, kinds
from pim_desktop.imports.plan import ADD, AMBIGUOUS, SKIP, UPDATE, ImportPlan, make_plan
from pim_desktop.imports.reading import Sheet, read_sheets
from pim_desktop.storage.operation_file import OperationFile

ACTION_TEXT = {ADD: "add", UPDATE: "update", AMBIGUOUS: "matches several", SKIP: "left out"}
PROBLEM_COLOUR, WARNING_COLOUR = QColor("#f6d5d8"), QColor("#fff5dc")
NOT_IMPORTED = "(not imported)"


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, operation_file: OperationFile, folder: Path) -> None:
        super().__init__(parent)
        load_form("import_dialog.ui", self)
        self._file, self._folder = operation_file, folder
        self._sheets: list[Sheet] = []
        self._layout: Layout | None = None
        self.plan: ImportPlan | None = None
        self.kindCombo.addItem(self.tr("Organisations"), "organisations")
        self.kindCombo.addItem(self.tr("Information systems"), "systems")
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
        self.ambiguousCheck.toggled.connect(lambda _on: self._show_summary())
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._ok_enabled(False)

    # --- reading -------------------------------------------------------------------------------------------

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            str(self._folder),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if chosen:
            self.fileEdit.setText(chosen)
            self.read(Path(chosen))

    def read(self, path: Path) -> None:
        """Read the file and recognise its first sheet that holds organisations or systems."""
        self.plan, self._sheets = None, []
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

    def _sheet(self) -> Sheet | None:
        index = self.sheetCombo.currentIndex()
        return self._sheets[index] if 0 <= index < len(self._sheets) else None

    def _find_layout(self, keep_kind: bool = False) -> None:
        sheet = self._sheet()
        kind = self.kindCombo.currentData() if keep_kind else None
        self._layout = find_layout(sheet.rows, kind) if sheet and sheet.rows else None
        if self._layout is None:
            self._say(
                self.tr("No column of organisations or systems was recognised in this sheet."), problem=True
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
        if "name" not in layout.columns.values():
            self.plan = None
            self._say(self.tr("Choose the column that holds the names."), problem=True)
            return
        with self._file.session() as session:
            self.plan = make_plan(session, Path(self.fileEdit.text()).name, sheet, layout)
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
        self._show_summary()

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        ambiguous = plan.count(AMBIGUOUS)
        text = self.tr(
            "{add} to add, {update} to update, {ambiguous} matching several records, {errors} with errors."
        ).format(
            add=plan.count(ADD) + (ambiguous if self.ambiguousCheck.isChecked() else 0),
            update=plan.count(UPDATE),
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

    def choices(self) -> dict[int, int | None]:
        """Ambiguous rows to add as new records, when the user said so."""
        if self.plan is None or not self.ambiguousCheck.isChecked():
            return {}
        return {row.row_number: None for row in self.plan.rows if row.action == AMBIGUOUS}

    def _say(self, text: str, *, problem: bool) -> None:
        self.summaryLabel.setText(text)
        self.summaryLabel.setStyleSheet("color: #a4262c;" if problem else "")
        self._ok_enabled(not problem and self.plan is not None)

    def _ok_enabled(self, enabled: bool) -> None:
        self.buttonBox.button(self.buttonBox.StandardButton.Ok).setEnabled(enabled)
