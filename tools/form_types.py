"""Declare the widgets of each Qt Designer form for the type checker.

    python tools/form_types.py    # after changing a form in ui/: rewrite pim_desktop/gui/form_types/

load_form (pim_desktop/gui/forms.py) builds a form into a widget at run time, and each named widget and
layout becomes an attribute of that widget, which mypy cannot see. For each ui/NAME.ui this writes
pim_desktop/gui/form_types/NAME.py: a class of annotations only (`searchEdit: QtWidgets.QLineEdit`) that
the widget owning the form inherits beside its Qt class (`class MainWindow(QMainWindow, MainWindowForm)`).
tests/unit/test_form_types.py fails when the folder is not what this tool would write now, and
tests/gui/test_forms.py when load_form sets something else.
"""

from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
FOLDER = ROOT / "pim_desktop" / "gui" / "form_types"
PACKAGE_TEXT = (
    '"""The named widgets of each form of ui/, one module a form: written by tools/form_types.py."""\n'
)


def owner_class(form: Path) -> str:
    """The Qt class of the widget the form is built into: QDialog, QMainWindow or QWidget."""
    return _top_widget(form).attrib["class"]


def named_children(form: Path) -> list[tuple[str, str]]:
    """(name, Qt class) of each widget and layout load_form sets as an attribute, in the form's order.
    Spacers are not objects of their own, and the top widget is the owner itself."""
    top = _top_widget(form)
    return [
        (element.attrib["name"], element.attrib["class"])
        for element in top.iter()
        if element is not top and element.tag in ("widget", "layout") and element.get("name")
    ]


def _top_widget(form: Path) -> ElementTree.Element:
    top = ElementTree.parse(form).getroot().find("widget")
    if top is None:
        raise ValueError(f"{form.name} has no widget")
    return top


def form_class_name(form: Path) -> str:
    """MainWindowForm for main_window.ui."""
    return "".join(word.capitalize() for word in form.stem.split("_")) + "Form"


def module_text(form: Path) -> str:
    """A class that only declares; a form's mistakes are mypy's and load_form's to say (a widget of our
    own in a form, a name that would hide one of the owner's, as `statusBar` would QMainWindow's)."""
    lines = [
        f'"""The named widgets and layouts of ui/{form.name}, as load_form sets them.',
        "",
        'Written by tools/form_types.py from the form: do not edit."""',
        "",
        "from PySide6 import QtWidgets",
        "",
        "",
        f"class {form_class_name(form)}:",
        *(f"    {name}: QtWidgets.{kind}" for name, kind in named_children(form)),
    ]
    return "\n".join(lines) + "\n"


def modules() -> dict[str, str]:
    """The text of each file of the folder, by file name."""
    texts = {"__init__.py": PACKAGE_TEXT}
    for form in sorted(FORMS.glob("*.ui")):
        texts[f"{form.stem}.py"] = module_text(form)
    return texts


def write() -> None:
    FOLDER.mkdir(exist_ok=True)
    wanted = modules()
    for stale in sorted(FOLDER.glob("*.py")):
        if stale.name not in wanted:  # the form is gone
            stale.unlink()
    for name, text in wanted.items():
        path = FOLDER / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    write()
