"""Loads the Qt Designer forms of ui/ into existing widgets, the way compiled forms would be."""

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from pim_desktop.resources import ui_form_path


class _IntoInstanceLoader(QUiLoader):
    """QUiLoader builds a new top-level widget; this one fills `base` instead, so a QMainWindow subclass
    can own its form, and sets every named widget as an attribute of `base`, refusing a name that would
    hide one of the class's own (a widget `statusBar` hiding QMainWindow.statusBar()). PySide's load()
    then sets the other named objects, the layouts, the same way, skipping any name already taken. The
    classes of form_types/ declare these attributes for the type checker (tools/form_types.py)."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base = base
        self.hiding: list[str] = []  # said once the form is built: an exception would cross Qt's C++

    def createWidget(  # noqa: N802 - Qt's name
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None:
            return self._base
        widget = super().createWidget(class_name, parent, name)
        if name:
            self._adopt(name, widget)
        return widget

    def _adopt(self, name: str, child: QWidget) -> None:
        if hasattr(type(self._base), name):
            self.hiding.append(name)
        else:
            setattr(self._base, name, child)


def load_form(name: str, base: QWidget) -> None:
    """Build the form `name` into `base`. Forms hold only Qt's own widgets: views of our own are added in
    code, because QUiLoader's custom widget registration crashes PySide6 at exit."""
    path = ui_form_path(name)
    form = QFile(str(path))
    if not form.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"PIM Desktop is incomplete: the form {path} cannot be read")
    try:
        loader = _IntoInstanceLoader(base)
        loaded = loader.load(form, None)
    finally:
        form.close()
    if loaded is None:
        raise RuntimeError(f"the form {name} could not be built: {loader.errorString()}")
    if loader.hiding:
        owner = type(base).__name__
        hidden = ", ".join(loader.hiding)
        raise ValueError(
            f"the form {name} names widgets as {owner}'s own attributes, which they would hide: {hidden}"
        )
