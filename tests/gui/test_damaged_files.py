"""The window on operation files with random bits flipped: a message or the file shown, never an exception,
and the file as it was."""

from pathlib import Path

from pim_desktop.gui.main_window import MainWindow
from tests.helpers import flipped_copies


def test_the_window_on_damaged_files(
    window: MainWindow, shown_messages: list[tuple[str, str]], sample_file: Path, tmp_path: Path
):
    refused = 0
    for damaged in flipped_copies(sample_file, tmp_path, 8, seed=7):
        before = damaged.read_bytes()
        if window.open_file(damaged):
            window.actions.show_mapping.trigger()  # reads every register
            window.actions.show_process.trigger()
            window.close_operation()
        else:
            refused += 1
            assert shown_messages[-1][0] == "Cannot open the operation"
            assert "Traceback" not in shown_messages[-1][1]
        assert damaged.read_bytes() == before, damaged.name
    assert refused >= 1  # some of the damage is found on opening
