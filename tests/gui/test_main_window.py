"""The main window on real operation files."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from pim_desktop.gui.app import first_operation
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.models.matrix_model import LOCKED_TOOLTIP, MatrixTableModel
from pim_desktop.gui.settings import Settings
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation


def test_sample_matrix_is_shown_with_categories_across_and_rows_down(opened: MainWindow, sample_file: Path):
    model = opened.matrixView.model()
    assert opened.pages.currentWidget() is opened.matrixPage
    assert model.columnCount() == 8 and model.rowCount() == 9  # 7 standard, 1 custom, the systems row
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[0] == "Population Data" and headers[7] == "Communicating with(in) Communities"
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(9)]
    assert rows[0] == "Definition" and rows[-2] == "Gaps in this operation"
    assert rows[-1] == "Systems in this operation"
    methods = model.data(model.index(2, 0))
    assert "Registration and verification" in methods
    assert "satellite" not in methods  # removed by the operation
    systems = model.data(model.index(8, 3))
    assert "Child protection case management (CPIMS+) (UNICEF, SCI, Tdh, MoSA)" in systems
    assert str(sample_file) in opened.windowTitle()


def test_locked_rows_say_why(opened: MainWindow):
    model = opened.matrixView.model()
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == LOCKED_TOOLTIP
    assert model.data(model.index(4, 3), Qt.ItemDataRole.ToolTipRole) == LOCKED_TOOLTIP
    assert model.data(model.index(2, 3), Qt.ItemDataRole.ToolTipRole) is None


def test_matrix_model_passes_the_model_tester(qtmodeltester, sample_file: Path):
    with open_operation(sample_file, read_only=True) as operation_file:
        model = MatrixTableModel(MatrixService(operation_file).matrix())
    qtmodeltester.check(model)


def test_read_only_file_opens_with_a_banner(
    window: MainWindow, sample_file: Path, make_read_only: Callable[[Path], Path]
):
    path = make_read_only(sample_file)
    before = path.read_bytes()
    assert window.open_file(path)
    assert window.operation_file is not None and window.operation_file.read_only
    assert window.noticeBanner.isVisible()
    assert "read-only" in window.noticeBanner.text()
    assert "(read-only)" in window.windowTitle()
    window.close_operation()
    assert path.read_bytes() == before


def test_first_start_writes_and_opens_the_sample_operation(own_data_dir: Path, tmp_path: Path):
    settings = Settings()
    first = first_operation(None, settings)
    assert first.parent == own_data_dir and first.exists()
    settings.remember_file(tmp_path / "gone.pim")  # the last file was deleted since
    assert first_operation(None, settings) == first
    other = tmp_path / "chosen.pim"
    assert first_operation(other, settings) == other


def test_last_file_is_reopened(window: MainWindow, sample_file: Path):
    window.open_file(sample_file)
    assert first_operation(None, Settings()) == sample_file.resolve()


def test_close_returns_to_the_welcome_page(opened: MainWindow):
    opened.window_actions.close_operation.trigger()
    assert opened.operation_file is None
    assert opened.pages.currentWidget() is opened.welcomePage
    assert opened.windowTitle() == "PIM Desktop"


def test_a_category_with_many_systems_shows_the_first_and_points_to_the_mapping(
    window: MainWindow, tmp_path: Path
):
    """Thousands of names in one cell can be neither read nor drawn quickly; the mapping lists them all."""
    from pim_desktop.gui.models.matrix_model import HTML_ROLE, MOST_SYSTEMS_SHOWN
    from tests.benchmarks.synthetic import TYPICAL, write_synthetic_operation

    path = tmp_path / "typical.pim"
    write_synthetic_operation(path, TYPICAL)  # 400 systems over 8 categories
    assert window.open_file(path)
    model = window.matrixView.model()
    systems_row = model.rowCount() - 1
    cell = model.data(model.index(systems_row, 0), HTML_ROLE)
    everything = model.data(model.index(systems_row, 0))
    listed = everything.count("System ")
    assert listed > MOST_SYSTEMS_SHOWN  # the plain text (copying, reading aloud) keeps them all
    assert cell.count("<li>") == MOST_SYSTEMS_SHOWN + 1
    assert f"… and {listed - MOST_SYSTEMS_SHOWN} more: see Mapping (Ctrl+2)" in cell


def test_the_matrix_shows_its_systems_before_the_registers_are_read(opened: MainWindow):
    """The first view of a large operation waits for names only: the registers (every system in full) are
    read when the mapping is first shown, or when the side panel needs a system's page."""
    registers = opened.mapping.controller
    assert registers is not None and registers._data is None
    matrix = opened.workspace.model
    population_data = str(matrix.data(matrix.index(matrix.rowCount() - 1, 0)))
    assert "Refugee registration and verification (UNHCR, MoSA)" in population_data.splitlines()
    opened.window_actions.show_mapping.trigger()
    assert registers._data is not None
    assert opened.mapping.organisations.rowCount() == len(registers.data.organisations) > 0
