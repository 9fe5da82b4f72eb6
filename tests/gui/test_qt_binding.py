"""The Qt binding itself: a version that mishandles empty values would crash the program after a while."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem


def test_empty_values_do_not_eat_references_to_none(qapp):
    item = QListWidgetItem("entry")
    before = sys.getrefcount(None)
    for _ in range(1000):
        item.data(Qt.ItemDataRole.UserRole)  # an empty QVariant coming back as None
        item.setData(Qt.ItemDataRole.UserRole + 1, None)
    assert sys.getrefcount(None) - before > -50
