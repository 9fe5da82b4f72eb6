"""Help > Guide: the user's guide (docs/guide.md, the same text as in the repository) in the window's
language, rendered, beside the window."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

from pim_desktop.gui.form_types.guide_dialog import GuideDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.resources import guide_path

LINE_CHARACTERS = 110  # a line of the guide as written, with room for the scroll bar
HEIGHT = 640  # pixels: under a 768-pixel laptop screen's title and task bars; the text scrolls within


class GuideDialog(QDialog, GuideDialogForm):
    def __init__(self, parent: QWidget, language: str) -> None:
        super().__init__(parent)
        load_form("guide_dialog.ui", self)
        self.guideView.setMarkdown(guide_path(language).read_text(encoding="utf-8"))
        self.buttonBox.rejected.connect(self.reject)
        self.resize(self.natural_size().boundedTo(self.screen().availableGeometry().size()))

    def natural_size(self) -> QSize:
        return QSize(self.guideView.fontMetrics().averageCharWidth() * LINE_CHARACTERS, HEIGHT)
