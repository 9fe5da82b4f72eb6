"""Opening the sample operation in the window and painting its matrix, against a bare table view showing the
same texts."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.settings import Settings
from tests.benchmarks.harness import Figure, median_seconds, record


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

    figure = record(
        Figure(
            name="open sample + show matrix in the window",
            median_s=median_seconds(program, repeats=5),
            floor_name="bare QTableView, 9x8 cells",
            floor_median_s=median_seconds(floor, repeats=5),
            target="well under 1 s",
        )
    )
    window.close()
    QApplication.processEvents()
    assert figure.median_s < 1.0
