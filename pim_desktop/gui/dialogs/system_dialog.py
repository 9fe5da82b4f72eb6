"""Add or change an information system: its categories, who runs it, what it produces, where, and how its
data is shared. Everything is reachable from the keyboard; problems are said in the dialog, not in a box."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from pim_desktop.domain import model
from pim_desktop.domain.enums import Sensitivity, SystemRole, SystemStatus
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.fields import SYSTEM_FIELDS
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import fold_key
from pim_desktop.gui import view_keys
from pim_desktop.gui.dialogs.field_forms import read_fields, show_fields
from pim_desktop.gui.dialogs.record_dialog import RecordDialog, TickingMenu
from pim_desktop.gui.form_types.system_dialog import SystemDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP
from pim_desktop.services.systems import PICKED_ROWS

AREA_COLUMNS = (
    QT_TRANSLATE_NOOP("SystemDialog", "Country (ISO3)"),
    QT_TRANSLATE_NOOP("SystemDialog", "Admin 1"),
    QT_TRANSLATE_NOOP("SystemDialog", "Admin 1 P-code"),
    QT_TRANSLATE_NOOP("SystemDialog", "Admin 2"),
    QT_TRANSLATE_NOOP("SystemDialog", "Admin 2 P-code"),
)


class SystemDialog(RecordDialog, SystemDialogForm):
    def __init__(
        self,
        parent: QWidget | None,
        matrix: model.Matrix,
        organisations: list[model.Organisation],
        existing: model.InformationSystem | None,
        check: Callable[[model.SystemDetails], model.SystemDetails],
        same_name: Callable[[str], list[str]],
        default_country: str = "",
    ) -> None:
        """`check` validates as the service will; `same_name` lists other systems with a name."""
        super().__init__(parent)
        load_form("system_dialog.ui", self)
        self._matrix, self._check, self._same_name = matrix, check, same_name
        self._default_country = default_country
        self._warned_about = ""
        self._organisations = {o.id: o for o in organisations}
        self._links: list[model.SystemLink] = []
        self.setWindowTitle(
            self.tr("Change information system") if existing else self.tr("Add information system")
        )
        self._fill_choices(organisations)
        self._connect()
        self.show_details(
            existing.details if existing else model.SystemDetails(name="", primary_category_id=None)
        )
        self.result_details: model.SystemDetails | None = None
        self.start_editing(self.nameEdit)

    def _fill_choices(self, organisations: list[model.Organisation]) -> None:
        self.primaryCategoryCombo.addItem(self.tr("(choose a category)"), None)
        for category in self._matrix.categories:
            self.primaryCategoryCombo.addItem(category.label, category.id)
            item = QListWidgetItem(category.label, self.secondaryCategoriesList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
        for combo, values in ((self.statusCombo, SystemStatus), (self.sensitivityCombo, Sensitivity)):
            for value in values:
                combo.addItem(label(value), value)
        for role in SystemRole:
            self.roleCombo.addItem(label(role), role)
        for organisation in organisations:
            self.organisationCombo.addItem(self._organisation_label(organisation.id), organisation.id)
        self.organisationCombo.setCurrentIndex(-1)
        completer = self.organisationCombo.completer()  # "unhcr" or "refugee" finds the UNHCR of the register
        assert completer is not None  # the form makes the combo editable
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organisationsTable.setColumnCount(2)
        self.organisationsTable.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Role")])
        self.areasTable.setColumnCount(len(AREA_COLUMNS))
        self.areasTable.setHorizontalHeaderLabels([self.tr(title) for title in AREA_COLUMNS])
        for table in (self.organisationsTable, self.areasTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.organisationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organisationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def _connect(self) -> None:
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.addOrganisationButton.clicked.connect(self._add_link)
        typed_name = self.organisationCombo.lineEdit()
        assert typed_name is not None  # the form makes the combo editable
        typed_name.installEventFilter(self)  # Enter adds, not closes the dialog
        self.removeOrganisationButton.clicked.connect(self._remove_link)
        self.addAreaButton.clicked.connect(lambda: self._add_area(model.Area(self._default_country)))
        self.removeAreaButton.clicked.connect(self._remove_area)
        for button, edit, field_name in (
            (self.pickSubCategoriesButton, self.subCategoriesEdit, "sub_categories"),
            (self.pickMethodsButton, self.methodsEdit, "methods"),
            (self.pickOutputsButton, self.outputsEdit, "outputs"),
        ):
            button.clicked.connect(lambda _=False, b=button, e=edit, f=field_name: self._pick(b, e, f))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.organisationCombo.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and view_keys.ADD_ORGANISATION.matches(event)
        ):
            self._add_link()
            return True
        return super().eventFilter(watched, event)

    def _organisation_label(self, organisation_id: int) -> str:
        details = self._organisations[organisation_id].details
        text = f"{details.name} ({details.acronym})" if details.acronym else details.name
        namesakes = sum(
            1
            for o in self._organisations.values()
            if (o.details.name, o.details.acronym) == (details.name, details.acronym)
        )
        # two organisations of one name stay apart in the list by their identifier (or number)
        return f"{text} [{details.identifier or organisation_id}]" if namesakes > 1 else text

    # --- showing and reading -------------------------------------------------------------------------------

    def show_details(self, details: model.SystemDetails) -> None:
        self.nameEdit.setText(details.name)
        self.primaryCategoryCombo.setCurrentIndex(
            max(0, self.primaryCategoryCombo.findData(details.primary_category_id))
        )
        for row in range(self.secondaryCategoriesList.count()):
            item = self.secondaryCategoriesList.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in details.secondary_category_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.statusCombo.setCurrentIndex(self.statusCombo.findData(details.status))
        self.sensitivityCombo.setCurrentIndex(self.sensitivityCombo.findData(details.sensitivity))
        show_fields(self, SYSTEM_FIELDS, details)
        self._links = list(details.links)
        self._show_links()
        self.areasTable.setRowCount(0)
        for area in details.areas:
            self._add_area(area)

    def details(self) -> model.SystemDetails:
        return model.SystemDetails(
            name=self.nameEdit.text(),
            primary_category_id=self.primaryCategoryCombo.currentData(),
            secondary_category_ids=self._checked_secondary(),
            links=tuple(self._links),
            areas=tuple(self._areas()),
            status=SystemStatus(self.statusCombo.currentData()),
            sensitivity=Sensitivity(self.sensitivityCombo.currentData()),
            **read_fields(self, SYSTEM_FIELDS),
        )

    # --- organisations -------------------------------------------------------------------------------------

    def _show_links(self) -> None:
        self.organisationsTable.setRowCount(len(self._links))
        for row, link in enumerate(self._links):
            self.organisationsTable.setItem(
                row, 0, QTableWidgetItem(self._organisation_label(link.organisation_id))
            )
            self.organisationsTable.setItem(row, 1, QTableWidgetItem(label(link.role)))

    def _typed_organisation(self) -> int:
        """The index in the box of the organisation typed: the chosen item itself (two organisations may
        share a name), else the first whose label, name or acronym is what was typed, in any case."""
        combo = self.organisationCombo
        typed, index = combo.currentText(), combo.currentIndex()
        if index >= 0 and combo.itemText(index) == typed:
            return index
        wanted = fold_key(typed.strip())
        for index in range(combo.count()):
            details = self._organisations[combo.itemData(index)].details
            said = {fold_key(combo.itemText(index)), fold_key(details.name), fold_key(details.acronym)}
            if wanted and wanted in said:
                return index
        return -1

    def _add_link(self) -> None:
        index = self._typed_organisation()
        if index < 0:
            self.problemLabel.setText(self.tr("Choose an organisation of the register (add it there first)."))
            return
        link = model.SystemLink(
            self.organisationCombo.itemData(index), SystemRole(self.roleCombo.currentData())
        )
        if link not in self._links:
            self._links.append(link)
        self._show_links()
        self.problemLabel.clear()
        self.organisationCombo.setCurrentIndex(-1)

    def _remove_link(self) -> None:
        row = self.organisationsTable.currentRow()
        if 0 <= row < len(self._links):
            del self._links[row]
            self._show_links()

    # --- areas ---------------------------------------------------------------------------------------------

    def _add_area(self, area: model.Area) -> None:
        row = self.areasTable.rowCount()
        self.areasTable.insertRow(row)
        values = (area.country_iso3, area.admin1, area.admin1_pcode, area.admin2, area.admin2_pcode)
        for column, value in enumerate(values):
            self.areasTable.setItem(row, column, QTableWidgetItem(value))
        self.areasTable.setCurrentCell(row, 1)

    def _remove_area(self) -> None:
        if self.areasTable.currentRow() >= 0:
            self.areasTable.removeRow(self.areasTable.currentRow())

    def _areas(self) -> list[model.Area]:
        def text(row: int, column: int) -> str:
            item = self.areasTable.item(row, column)
            return item.text() if item is not None else ""

        return [
            model.Area(*(text(row, c) for c in range(len(AREA_COLUMNS))))
            for row in range(self.areasTable.rowCount())
        ]

    # --- picking from the matrix ---------------------------------------------------------------------------

    def _pick(self, button: QPushButton, edit: QPlainTextEdit, field_name: str) -> None:
        """A menu of the matrix entries of the system's categories for that row; choosing one adds it as a
        line, or takes it away when it is there already."""
        row = next((r for r in self._matrix.rows if r.code == PICKED_ROWS[field_name]), None)
        category_ids = [self.primaryCategoryCombo.currentData(), *self._checked_secondary()]
        menu = TickingMenu(self)
        folded = {fold_key(line) for line in edit.toPlainText().splitlines() if line.strip()}
        for category in (c for c in self._matrix.categories if c.id in category_ids):
            entries = self._matrix.cell(category.id, row.id) if row else []
            if entries:
                menu.addSection(category.label)
            for entry in entries:
                action = QAction(entry.text, menu, checkable=True, checked=fold_key(entry.text) in folded)
                action.triggered.connect(lambda _=False, text=entry.text: self._toggle_line(edit, text))
                menu.addAction(action)
        if menu.isEmpty():
            menu.addAction(self.tr("(choose the system's category first)")).setEnabled(False)
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _checked_secondary(self) -> tuple[int, ...]:
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in map(self.secondaryCategoriesList.item, range(self.secondaryCategoriesList.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    @staticmethod
    def _toggle_line(edit: QPlainTextEdit, text: str) -> None:
        lines = [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
        kept = [line for line in lines if fold_key(line) != fold_key(text)]
        edit.setPlainText("\n".join(kept if len(kept) < len(lines) else [*lines, text]))

    # --- accepting -----------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Keep the dialog open, with what was typed, until the details can be stored."""
        try:
            details = self._check(self.details())
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        if self._same_name(details.name) and self._warned_about != details.name:
            self._warned_about = details.name
            self.problemLabel.setText(
                self.tr(
                    "Another system of the register has this name. Press OK again to keep it anyway (two "
                    "organisations may run systems of one name), or change the name."
                )
            )
            return
        self.result_details = details
        super().accept()
