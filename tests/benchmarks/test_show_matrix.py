"""Opening the sample operation in the window and painting its matrix, against a bare table view showing the
same texts."""

from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from tests.benchmarks.harness import measure


def test_open_sample_and_show_matrix(qapp, sample_file: Path):
    window = MainWindow(Settings())
    window.resize(1366, 768)
    window.show()

    def program() -> None:
        window.open_file(sample_file)
        window.matrixView.fit_to_width()
        window.grab()  # paints everything once
        window.close_operation()

    texts = [["A matrix entry of a typical length, wrapped over a few lines"] * 8 for _ in range(9)]

    def floor() -> None:
        model = QStandardItemModel(9, 8)
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                model.setItem(r, c, QStandardItem(text))
        view = QTableView()
        view.resize(1366, 768)
        view.setModel(model)
        view.show()
        view.resizeRowsToContents()
        view.grab()
        view.close()

    name, floor_name = "open sample + show matrix in the window", "bare QTableView, 9x8 cells"
    figure = measure(name, program, floor_name, floor, "well under 1 s")
    window.close()
    QApplication.processEvents()
    assert figure.median < 1.0
