"""The forms of ui/ built into the window's own widgets, each named child an attribute of its owner."""

import pytest
from PySide6.QtWidgets import QDialog

from pim_desktop.gui.forms import load_form


def test_a_named_child_of_a_form_may_not_hide_an_attribute_of_its_owner(qtbot):
    class Hiding(QDialog):
        def buttonBox(self) -> None:  # noqa: N802 - the name of the merge form's button box
            """Would be hidden by the form's widget of the same name."""

    dialog = Hiding()
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError, match="buttonBox"):
        load_form("merge_dialog.ui", dialog)
