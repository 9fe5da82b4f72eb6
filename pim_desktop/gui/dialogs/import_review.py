"""The import preview's two lists the user acts on: the changes to records the register holds (each one can
be refused), and the values the program did not recognise (each one can be read as one of its codes)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemStatus
from pim_desktop.domain.labels import label
from pim_desktop.gui.i18n import translate
from pim_desktop.imports.plan import ImportPlan
from pim_desktop.imports.rows import Unknown, field_label
from pim_desktop.imports.values import value_key

CODED_FIELDS = {"type": OrganisationType, "status": SystemStatus, "sensitivity": Sensitivity}
NOT_MAPPED = ""  # the combo's data for "not recognised": the rows keep what the plan says of them


def _prepare(table: QTableWidget, headings: list[str]) -> None:
    table.clear()
    table.setColumnCount(len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def show_changes(table: QTableWidget, plan: ImportPlan, refused: set[tuple[int, str]]) -> None:
    """One line a changed field, ticked unless the user refused it before (`refused`: row, field)."""
    _prepare(
        table,
        [
            translate("ImportReview", "Record"),
            translate("ImportReview", "Field"),
            translate("ImportReview", "In the register"),
            translate("ImportReview", "From the file"),
        ],
    )
    lines = [(row, change) for row in plan.rows for change in row.changes]
    table.setRowCount(len(lines))
    for position, (row, change) in enumerate(lines):
        change.accepted = (row.row_number, change.field) not in refused
        record = QTableWidgetItem(
            translate("ImportReview", "{name} (row {row})").format(name=row.name, row=row.row_number)
        )
        record.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        record.setCheckState(Qt.CheckState.Checked if change.accepted else Qt.CheckState.Unchecked)
        record.setData(Qt.ItemDataRole.UserRole, (row.row_number, change.field))
        cells = (record, QTableWidgetItem(field_label(change.field)),
                 QTableWidgetItem(change.old), QTableWidgetItem(change.new))  # fmt: skip
        for column, item in enumerate(cells):
            if column:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(item.text())
            table.setItem(position, column, item)
    table.resizeColumnsToContents()


def ticked_changes(table: QTableWidget, plan: ImportPlan) -> set[tuple[int, str]]:
    """Store the ticks in the plan's changes; the (row, field) of those the user refused."""
    refused = set()
    ticks = {}
    for position in range(table.rowCount()):
        item = table.item(position, 0)
        if item is not None:
            ticks[item.data(Qt.ItemDataRole.UserRole)] = item.checkState() == Qt.CheckState.Checked
    for row in plan.rows:
        for change in row.changes:
            change.accepted = ticks.get((row.row_number, change.field), True)
            if not change.accepted:
                refused.add((row.row_number, change.field))
    return refused


def show_values(
    table: QTableWidget,
    unknown: list[Unknown],
    categories: list[tuple[str, str]],
    mapped: dict[str, dict[str, str]],
    changed: Callable[[], None],
) -> None:
    """Each unknown word with how many rows carry it and a list of what it may mean; `categories` are the
    operation's (code, label)."""
    _prepare(
        table,
        [
            translate("ImportReview", "Field"),
            translate("ImportReview", "Written"),
            translate("ImportReview", "Rows"),
            translate("ImportReview", "Read as"),
        ],
    )
    table.setRowCount(len(unknown))
    for position, word in enumerate(unknown):
        table.setItem(position, 0, QTableWidgetItem(field_label(word.field)))
        table.setItem(position, 1, QTableWidgetItem(word.text))
        table.setItem(position, 2, QTableWidgetItem(str(len(word.rows))))
        combo = QComboBox(table)
        combo.addItem(translate("ImportReview", "(not recognised)"), NOT_MAPPED)
        if word.field in CODED_FIELDS:
            for member in CODED_FIELDS[word.field]:
                combo.addItem(label(member), member.value)
        else:
            for code, name in categories:
                combo.addItem(name, code)
        combo.setProperty("word", (word.field, value_key(word.text)))
        combo.setCurrentIndex(max(0, combo.findData(mapped.get(word.field, {}).get(value_key(word.text)))))
        combo.activated.connect(lambda _index: changed())
        table.setCellWidget(position, 3, combo)
    table.resizeColumnsToContents()


def mapped_values(table: QTableWidget) -> dict[str, dict[str, str]]:
    """What the user said each unknown word means: field -> folded word -> code."""
    mapped: dict[str, dict[str, str]] = {}
    for position in range(table.rowCount()):
        combo = table.cellWidget(position, 3)
        if isinstance(combo, QComboBox) and combo.currentData() != NOT_MAPPED:
            field, key = combo.property("word")
            mapped.setdefault(field, {})[key] = combo.currentData()
    return mapped
