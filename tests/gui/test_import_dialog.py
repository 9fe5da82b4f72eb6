"""File > Import in the real window: the columns shown and corrected, the preview, one undo step."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pim_desktop.gui.main_window import MainWindow
from tests.e2e.test_import import _messy_workbook
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows

SYSTEMS = "SELECT name, status FROM information_system ORDER BY id"


def test_import_previews_corrects_stores_and_undoes_as_one_step(
    opened: MainWindow, sample_file: Path, tmp_path: Path, qtbot
):
    source = tmp_path / "partner.xlsx"
    _messy_workbook(source)
    before = sqlite_rows(sample_file, SYSTEMS)
    seen: dict[str, object] = {}

    def preview_and_correct(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        fields = {
            dialog.mappingTable.item(row, 0).text(): dialog.mappingTable.cellWidget(row, 1).currentData()
            for row in range(dialog.mappingTable.rowCount())
        }
        seen["fields"] = fields
        seen["rows"] = dialog.previewTable.rowCount()
        status = next(
            row
            for row in range(dialog.mappingTable.rowCount())
            if fields[dialog.mappingTable.item(row, 0).text()] == "status"
        )
        combo = dialog.mappingTable.cellWidget(status, 1)
        combo.setCurrentIndex(0)  # the user decides the status column is not to be imported
        combo.activated.emit(0)
        seen["summary"] = dialog.summaryLabel.text()
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(preview_and_correct)
    with qtbot.waitSignal(opened.exchange.importer.finished, timeout=30000) as finished:
        opened.window_actions.import_data.trigger()  # stored by a worker, behind a progress bar
    assert finished.args[0] is not None, finished.args[1]
    assert seen["fields"]["Nom du système"] == "name" and seen["fields"]["Catégorie PIM"] == "category"
    assert seen["rows"] == 3 and seen["summary"].startswith("3 to add")
    after = sqlite_rows(sample_file, SYSTEMS)
    assert len(after) == len(before) + 3
    assert ("Registre des plaintes", "active") in after  # "planifié" was not imported: the default status
    assert opened.pages.currentWidget() is opened.mappingPage
    opened.undo_action.trigger()
    assert sqlite_rows(sample_file, SYSTEMS) == before
    assert sqlite_rows(
        sample_file, "SELECT count(*) FROM organisation WHERE name = 'Nouvelle ONG locale'"
    ) == [(0,)]
    opened.redo_action.trigger()
    assert sqlite_rows(sample_file, SYSTEMS) == after


def test_a_cancelled_import_stores_nothing(sample_file: Path, tmp_path: Path):
    from pim_desktop.imports.apply import ImportCancelledError, apply_plan
    from pim_desktop.imports.plan import choose_sheet, make_plan
    from pim_desktop.imports.reading import read_sheets
    from pim_desktop.services.operations import open_operation

    source = tmp_path / "partner.xlsx"
    _messy_workbook(source)
    before = sqlite_rows(sample_file, SYSTEMS)
    sheet, layout = choose_sheet(read_sheets(source), None, None)
    with open_operation(sample_file) as operation_file:
        with operation_file.session() as session:
            plan = make_plan(session, source.name, sheet, layout)
        seen: list[tuple[int, int]] = []
        try:
            apply_plan(
                operation_file,
                plan,
                progress=lambda done, total: seen.append((done, total)),
                cancelled=lambda: bool(seen),
            )
        except ImportCancelledError:
            pass
        else:
            raise AssertionError("the import was not cancelled")
    assert seen == [(0, 3)]
    assert sqlite_rows(sample_file, SYSTEMS) == before


def test_the_user_says_which_record_an_ambiguous_row_updates(
    opened: MainWindow, sample_file: Path, tmp_path: Path, qtbot
):
    from pim_desktop.domain.model import OrganisationDetails

    controller = opened.mapping.controller
    controller.add_organisation(OrganisationDetails(name="Alpha Relief", acronym="TWIN"))
    beta = controller.add_organisation(OrganisationDetails(name="Beta Relief", acronym="TWIN"))
    source = tmp_path / "organisations.csv"
    source.write_text("Name,Acronym,E-mail\nBeta Relief,TWIN,new@example.org\n", encoding="utf-8")
    offered: list[str] = []

    def choose(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        combo = dialog.previewTable.cellWidget(0, 1)
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        combo.setCurrentIndex(combo.findData(beta))
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(choose)
    with qtbot.waitSignal(opened.exchange.importer.finished, timeout=30000):
        opened.window_actions.import_data.trigger()
    assert offered == ["leave out", "add as new", "update Alpha Relief (TWIN)", "update Beta Relief (TWIN)"]
    assert sqlite_rows(
        sample_file, "SELECT name, focal_email FROM organisation WHERE acronym = 'TWIN' ORDER BY id"
    ) == [
        ("Alpha Relief", ""),
        ("Beta Relief", "new@example.org"),
    ]


def test_a_json_operation_imports_from_the_window_as_one_step(
    opened: MainWindow, sample_file: Path, tmp_path: Path
):
    from tests.helpers import run_cli

    other = tmp_path / "colleague.pim"
    assert run_cli("new", other, "--name", "Colleague").returncode == 0
    source = tmp_path / "colleague.json"
    with_org = tmp_path / "org.csv"
    with_org.write_text("Name,Acronym\nColleague's partner,CPX\n", encoding="utf-8")
    assert run_cli("import", other, with_org).returncode == 0
    assert run_cli("export", other, "--view", "report", "--format", "json", "-o", source).returncode == 0
    said: list[str] = []

    def take(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        said.append(dialog.summaryLabel.text())
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(take)
    opened.window_actions.import_data.trigger()
    assert "1 organisation, 0 systems and 0 action plans" in said[0]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE acronym = 'CPX'") == [(1,)]
    opened.undo_action.trigger()
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE acronym = 'CPX'") == [(0,)]


def test_each_change_can_be_refused_words_mapped_and_bad_rows_left_out(
    opened: MainWindow, sample_file: Path, tmp_path: Path, qtbot
):
    """A partner's list over the register: the preview lists each change to a known organisation, the
    user keeps the register's type but takes the new phone, reads an unknown word as a type, and leaves
    out a row without a name; all of it one undo step."""
    organisations = "SELECT name, acronym, org_type, focal_phone FROM organisation ORDER BY id"
    before = sqlite_rows(sample_file, organisations)
    source = tmp_path / "partners.csv"
    source.write_text(
        "Organisation,Type,Phone\nUNHCR,INGO,+961 70 000 000\nNew Consortium,Consortium,\n,INGO,\n",
        encoding="utf-8",
    )
    seen: dict[str, object] = {}

    def review(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        table = dialog.changesTable
        seen["changes"] = [
            tuple(table.item(row, column).text() for column in range(4)) for row in range(table.rowCount())
        ]
        table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # the type stays as the register says
        values = dialog.valuesTable
        seen["words"] = [(values.item(0, 1).text(), values.item(0, 2).text())]
        combo = values.cellWidget(0, 3)
        combo.setCurrentIndex(combo.findData("international-ngo"))
        combo.activated.emit(combo.currentIndex())
        ok = dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok)
        seen["ok before"] = ok.isEnabled()
        dialog.skipInvalidCheck.setChecked(True)
        seen["ok after"] = ok.isEnabled()
        seen["refused kept"] = dialog.changesTable.item(0, 0).checkState() == Qt.CheckState.Unchecked
        ok.click()

    when_dialog_opens(review)
    with qtbot.waitSignal(opened.exchange.importer.finished, timeout=30000) as finished:
        opened.window_actions.import_data.trigger()
    assert finished.args[0] is not None, finished.args[1]
    assert seen["changes"] == [
        ("UNHCR (row 2)", "Type", "UN agency", "International NGO"),
        ("UNHCR (row 2)", "Phone", "+961 1 000 001", "+961 70 000 000"),
    ]
    assert seen["words"] == [("Consortium", "1")]
    assert seen["ok before"] is False and seen["ok after"] is True and seen["refused kept"] is True
    after = sqlite_rows(sample_file, organisations)
    unhcr = next(row for row in after if row[1] == "UNHCR")
    assert unhcr[2:] == ("un-agency", "+961 70 000 000")
    assert ("New Consortium", "", "international-ngo", "") in after and len(after) == len(before) + 1
    opened.undo_action.trigger()
    assert sqlite_rows(sample_file, organisations) == before


def test_systems_without_a_category_take_the_one_chosen_in_the_preview(
    opened: MainWindow, sample_file: Path, tmp_path: Path, qtbot
):
    source = tmp_path / "registry.csv"
    source.write_text("System name,Lead agency\nReturns survey,UNHCR\n", encoding="utf-8")
    said: list[str] = []

    def choose(dialog: QDialog) -> None:
        dialog.fileEdit.setText(str(source))
        dialog.read(source)
        said.append(dialog.summaryLabel.text())
        dialog.categoryCombo.setCurrentIndex(dialog.categoryCombo.findData("population_data"))
        dialog.categoryCombo.activated.emit(dialog.categoryCombo.currentIndex())
        said.append(dialog.summaryLabel.text())
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(choose)
    with qtbot.waitSignal(opened.exchange.importer.finished, timeout=30000):
        opened.window_actions.import_data.trigger()
    assert "1 with errors" in said[0] and said[1].startswith("1 to add")
    assert sqlite_rows(
        sample_file,
        "SELECT c.code FROM information_system s JOIN category c ON c.id = s.primary_category_id "
        "WHERE s.name = 'Returns survey'",
    ) == [("population_data",)]
