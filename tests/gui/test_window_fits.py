"""The window and its dialogs fit an office laptop's screen (1366x768) in English, French and Arabic, with
nothing needed off-screen; the window remembers its size and place."""

import gc
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pim_desktop.gui.app import build_main_window
from pim_desktop.gui.dialogs.export_dialog import ExportDialog
from pim_desktop.gui.dialogs.guide_dialog import GuideDialog
from pim_desktop.gui.dialogs.history_dialog import HistoryDialog
from pim_desktop.gui.dialogs.import_dialog import ImportDialog
from pim_desktop.gui.dialogs.merge_dialog import MergeDialog
from pim_desktop.gui.dialogs.new_operation import NewOperationDialog
from pim_desktop.gui.dialogs.organisation_dialog import OrganisationDialog
from pim_desktop.gui.dialogs.passphrase_dialog import CopyEncryptionDialog, PassphraseDialog
from pim_desktop.gui.dialogs.plan_dialogs import GroupDialog, PlanDialog
from pim_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from pim_desktop.gui.dialogs.restore_dialog import RestoreDialog
from pim_desktop.gui.dialogs.review_dialog import ReviewDialog
from pim_desktop.gui.dialogs.shared_operation import SharedOperationDialog
from pim_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from pim_desktop.gui.dialogs.system_dialog import SystemDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from pim_desktop.imports.merge import plan_merge
from pim_desktop.services import file_access
from pim_desktop.services.change_comparison import record_history
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.review import ReviewService
from pim_desktop.services.systems import SystemService
from tests.gui.conflicts import conflict_dialog
from tests.offline_work import as_if_offline

LAPTOP = (1366, 768)
WIDEST_MINIMUM = 1280  # the window may never need more, so that it can sit beside a taskbar or a scrollbar
LANGUAGES = ["en", "fr", "ar"]
# a remembered address as long as they come: a certificate deep in a user's folders
LONG_ADDRESS = (
    "postgresql://protection.officer@database.protection-cluster.example.org:5432/lebanon_protection_2026"
    "?sslmode=verify-full&sslrootcert=/home/protection.officer/Documents/Certificates/cluster-authority.crt"
)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_fits_a_laptop_with_the_side_panel_open(speaking_window, language: str):
    window = speaking_window(language)
    window.resize(*LAPTOP)
    for index in range(window.viewTabs.count()):
        window.viewTabs.setCurrentIndex(index)
        if index == 0:
            window.side_dock.show()  # the matrix with its panel: the widest it gets
        _settle()
        window.resize(*LAPTOP)
        _settle()
        needed = window.minimumSizeHint().width()
        assert needed <= WIDEST_MINIMUM, (language, window.viewTabs.tabText(index), needed)
        assert window.width() <= LAPTOP[0], (language, window.viewTabs.tabText(index), window.width())


def _colleagues_copy(path: Path, folder: Path) -> Path:
    """A copy of the operation where every system's outputs read otherwise: the merge's longest list."""
    colleague = folder / "colleague.pim"
    shutil.copyfile(path, colleague)
    with open_operation(colleague) as theirs:
        systems = SystemService(theirs)
        for system_id in [s.id for s in MappingService(theirs).system_summaries()]:
            details = systems.get(system_id).details
            systems.update(system_id, replace(details, outputs=f"{details.outputs} (updated in the field)"))
    return colleague


def _merge_dialog(window: MainWindow, folder: Path, offline: bool = False) -> MergeDialog:
    assert window.operation_file is not None
    plan = plan_merge(window.operation_file, _colleagues_copy(window.operation_file.path, folder))
    gc.collect()  # the colleague's file is let go here, on this thread
    return MergeDialog(window, as_if_offline(plan) if offline else plan)


def _dialogs(window: MainWindow, folder: Path) -> dict[str, Callable[[], QDialog]]:
    operation = window.operation_file
    assert operation is not None
    file_access.start_editing(operation.path)  # a backup, for the restore dialog to list
    matrix = MatrixService(operation).matrix()
    organisations = OrganisationService(operation).organisations()
    systems = MappingService(operation).system_summaries()
    reviews = ReviewService(operation)
    return {
        "preferences": lambda: PreferencesDialog(window, "en", "light"),
        "new operation": lambda: NewOperationDialog(window, Path.home()),
        "export": lambda: ExportDialog(window, operation.path, Path.home()),
        "import": lambda: ImportDialog(window, operation, Path.home()),
        "organisation": lambda: OrganisationDialog(window, OrganisationService(operation), None),
        "system": lambda: SystemDialog(window, matrix, organisations, None, lambda d: d, lambda _n: []),
        "plan": lambda: PlanDialog(window, None),
        "group": lambda: GroupDialog(window, None),
        "review": lambda: ReviewDialog(window, reviews.review(systems[0].id), reviews.principles()),
        "history": lambda: HistoryDialog(
            window, systems[0].name, record_history(operation, "organisation", 1)
        ),
        "passphrase": lambda: PassphraseDialog(window, operation.path),
        "copy encryption": lambda: CopyEncryptionDialog(window, source_encrypted=True),
        "restore": lambda: RestoreDialog(window, operation.path, file_access.backups_of(operation.path)),
        "merge": lambda: _merge_dialog(window, folder),
        "merge of an offline copy": lambda: _merge_dialog(window, folder, offline=True),
        "guide": lambda: GuideDialog(window, "en"),
        "shortcuts": lambda: ShortcutsDialog(window, window.menuBar(), window.window_actions),
        "conflict": lambda: conflict_dialog(window),
        "shared operation": lambda: SharedOperationDialog(window, [LONG_ADDRESS], []),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dialog_fits_a_laptop(speaking_window, language: str, tmp_path: Path):
    window = speaking_window(language)
    too_big = []
    for name, make in _dialogs(window, tmp_path).items():
        dialog: QWidget = make()
        dialog.show()
        _settle()
        size = dialog.frameGeometry().size()
        if size.width() > LAPTOP[0] or size.height() > LAPTOP[1] - 40:  # 40: a taskbar
            too_big.append((name, size.width(), size.height()))
        dialog.close()
        dialog.deleteLater()
    assert too_big == []


def test_the_window_comes_back_at_the_size_it_was_closed(qtbot, sample_file: Path):
    first = build_main_window(sample_file)
    qtbot.addWidget(first)
    room = first.screen().availableGeometry()  # the offscreen platform's screen is small
    wanted = (min(1100, room.width() - 60), min(700, room.height() - 60))
    first.resize(*wanted)
    _settle()
    first.close()
    assert Settings().window_geometry() is not None
    second = build_main_window(sample_file)
    qtbot.addWidget(second)
    _settle()
    assert (second.width(), second.height()) == wanted
    second.close_operation()
