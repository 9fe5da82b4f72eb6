"""The forms of ui/ built into the window's own widgets, each named child an attribute of its owner, as
the classes of pim_desktop/gui/form_types/ declare them for the type checker."""

import importlib
import typing
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from PySide6.QtWidgets import QDialog

from pim_desktop.gui.forms import load_form
from tools import form_types


@pytest.mark.parametrize("form", sorted(form_types.FORMS.glob("*.ui")), ids=lambda form: form.stem)
def test_each_named_child_is_set_with_the_class_its_form_type_declares(qtbot, form: Path):
    owner = type("Owner", (getattr(QtWidgets, form_types.owner_class(form)),), {})()
    qtbot.addWidget(owner)
    load_form(form.name, owner)
    module = importlib.import_module(f"pim_desktop.gui.form_types.{form.stem}")
    declared = typing.get_type_hints(getattr(module, form_types.form_class_name(form)))
    assert {name: type(getattr(owner, name, None)) for name in declared} == declared


def test_a_named_child_of_a_form_may_not_hide_an_attribute_of_its_owner(qtbot):
    class Hiding(QDialog):
        def buttonBox(self) -> None:  # noqa: N802 - the name of the merge form's button box
            """Would be hidden by the form's widget of the same name."""

    dialog = Hiding()
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError, match="buttonBox"):
        load_form("merge_dialog.ui", dialog)
