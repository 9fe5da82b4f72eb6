"""The widgets each form declares for the type checker (pim_desktop/gui/form_types/) are what
tools/form_types.py writes from ui/ now: a widget added to a form without running the tool fails here."""

from tools import form_types

REWRITE = "run python tools/form_types.py"


def test_the_declared_widgets_are_those_of_the_forms_now():
    wanted = form_types.modules()
    written = {path.name: path.read_text(encoding="utf-8") for path in form_types.FOLDER.glob("*.py")}
    assert sorted(written) == sorted(wanted), REWRITE
    differing = [name for name in wanted if written[name] != wanted[name]]
    assert not differing, f"{REWRITE}: {', '.join(differing)} differ from the forms"


def test_a_widget_is_declared_with_its_class_in_the_order_of_the_form():
    text = form_types.module_text(form_types.FORMS / "main_window.ui")
    assert "class MainWindowForm:\n" in text
    assert "    searchLabel: QtWidgets.QLabel\n    searchEdit: QtWidgets.QLineEdit\n" in text
    assert "    matrixLayout: QtWidgets.QVBoxLayout\n" in text  # a named layout is set too
    assert "searchSpacer" not in text  # a spacer is no object of its own
