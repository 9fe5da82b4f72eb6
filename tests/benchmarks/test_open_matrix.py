"""Opening an operation and reading its matrix, against SQLite alone reading the same rows."""

import sqlite3
from pathlib import Path

from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from tests.benchmarks.harness import measure


def test_open_sample_and_read_matrix(sample_file: Path):
    def program() -> None:
        with open_operation(sample_file) as operation_file:
            MatrixService(operation_file).matrix()

    def floor() -> None:
        connection = sqlite3.connect(sample_file)
        for table in ("category", "matrix_row", "matrix_entry"):
            connection.execute(f"SELECT * FROM {table}").fetchall()
        connection.close()

    name, floor_name = "open sample operation + read matrix", "sqlite3 reading the same tables"
    figure = measure(name, program, floor_name, floor, "well under 1 s", repeats=7)
    assert figure.median < 1.0
