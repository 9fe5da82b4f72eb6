"""File > Merge in the real window: what is new, what differs field by field (ticked to take theirs), one
undo step."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from pim_desktop.gui.dialogs.merge_dialog import MergeDialog
from pim_desktop.gui.i18n import install_language
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.imports.merge import plan_merge
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.e2e.test_merge import OUTPUTS, theirs  # noqa: F401 - the colleague's file, as a fixture
from tests.gui.test_mapping_workspace import when_dialog_opens
from tests.helpers import sqlite_rows

FREQUENCY = "SELECT frequency FROM information_system WHERE name = 'VASyR household survey'"


def test_merge_takes_the_ticked_fields_and_undoes_as_one_step(
    opened: MainWindow,
    sample_file: Path,
    theirs: Path,  # noqa: F811
):
    with open_operation(theirs) as operation:  # the colleague changed a second field of the same system
        systems = SystemService(operation)
        vasyr = next(i for i in range(1, 41) if systems.get(i).details.name == "VASyR household survey")
        systems.update(vasyr, replace(systems.get(vasyr).details, frequency="Every two years"))
    mine_outputs, mine_frequency = sqlite_rows(sample_file, OUTPUTS), sqlite_rows(sample_file, FREQUENCY)
    shown: dict[str, list[str]] = {}

    def choose(dialog: QDialog) -> None:
        tree = dialog.differencesList
        shown["new"] = [dialog.newList.item(i).text() for i in range(dialog.newList.count())]
        parts = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        shown["differences"] = [part.text(0) for part in parts]
        vasyr_part = next(part for part in parts if "VASyR" in part.text(0))
        fields = [vasyr_part.child(i) for i in range(vasyr_part.childCount())]
        shown["fields"] = [item.text(0) for item in fields]
        next(item for item in fields if "outputs" in item.text(0)).setCheckState(0, Qt.CheckState.Checked)
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()

    when_dialog_opens(choose)
    assert opened.merge_file(theirs)
    assert "organisation: Their new NGO" in shown["new"]
    assert "system: VASyR household survey" in shown["differences"]
    assert sorted(shown["fields"]) == ["take their frequency", "take their outputs"]
    assert sqlite_rows(sample_file, OUTPUTS) == [("Outputs as the colleague wrote them",)]
    assert sqlite_rows(sample_file, FREQUENCY) == mine_frequency  # their outputs, my frequency
    assert '"taken": "theirs: outputs"' in sqlite_rows(sample_file, "SELECT summary FROM merge_record")[0][0]
    opened.undo_action.trigger()
    assert sqlite_rows(sample_file, OUTPUTS) == mine_outputs
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE acronym = 'TNN'") == [(0,)]
    assert sqlite_rows(sample_file, "SELECT count(*) FROM merge_record") == [(0,)]


def test_the_fields_that_differ_are_named_in_the_window_language(
    qtbot,
    sample_file: Path,
    theirs: Path,  # noqa: F811
):
    shown = {}
    for language in ("fr", "ar", "en"):
        install_language(QApplication.instance(), language)
        with open_operation(sample_file, read_only=True) as mine:
            dialog = MergeDialog(None, plan_merge(mine, theirs))
        qtbot.addWidget(dialog)
        vasyr = next(
            dialog.differencesList.topLevelItem(i)
            for i in range(dialog.differencesList.topLevelItemCount())
            if "VASyR" in dialog.differencesList.topLevelItem(i).text(0)
        )
        shown[language] = [vasyr.child(i).text(0) for i in range(vasyr.childCount())]
    assert shown == {
        "fr": ["prendre leur champ résultats"],
        "ar": ["أخذ المخرجات من نسختهم"],
        "en": ["take their outputs"],
    }
