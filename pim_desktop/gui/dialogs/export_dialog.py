"""File > Export: which view, which format, whom it is shared with, where, and a preview of what will be
included before anything is written."""

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from pim_desktop import i18n
from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.exports.build import build_document
from pim_desktop.exports.document import Document, ExportOptions
from pim_desktop.exports.views import EXPORT_VIEWS, REPORT, view_named
from pim_desktop.gui.background import BackgroundTask, Work, on_its_own_connection
from pim_desktop.gui.form_types.export_dialog import ExportDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, in_window_direction
from pim_desktop.i18n import _
from pim_desktop.services.operations import Source, short_name

FORMAT_LABELS = {
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document (.pdf)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV table (.csv)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON, the whole operation (.json)"),
}


@dataclass(frozen=True)
class ExportRequest:
    view: str
    format_name: str
    target: Path
    options: ExportOptions


class ExportDialog(QDialog, ExportDialogForm):
    def __init__(
        self,
        parent: QWidget,
        operation: Source,
        folder: Path,
        view: str = REPORT.name,
        since: str | None = None,
        *,
        hxl: bool = False,
    ) -> None:
        """`operation` is the open operation's file or server address: the preview reads it on a connection
        of its own; `view` is the export view chosen at first; `since`, the milestone the changes view
        compares from (None: the latest); `hxl` ticks the layout for machines, as it was left last time."""
        super().__init__(parent)
        load_form("export_dialog.ui", self)
        self._operation, self._folder, self._since = operation, folder, since
        # The preview is built off the window's thread: a whole report of a large operation takes seconds
        self._preview = BackgroundTask(self, "", "previewing the export", quiet=True)
        self._preview.finished.connect(self._show_preview)
        self._choices_changed = False  # while a preview is built: build again when it is done
        for each in (REPORT, *EXPORT_VIEWS):
            self.viewCombo.addItem(_(each.label), each.name)
        self.viewCombo.setCurrentIndex(max(0, self.viewCombo.findData(view)))
        for format_name, text in FORMAT_LABELS.items():
            self.formatCombo.addItem(self.tr(text), format_name)
        self.shareCombo.addItem(self.tr("Everything (no level left out)"), None)
        for level in list(Sensitivity)[:-1]:
            self.shareCombo.addItem(self.tr("Up to {level}").format(level=label(level)), level)
        self.contactsCheck.setText(self.tr("Include people's names, e-mails and phones"))
        self.contactsCheck.setChecked(True)
        self.hxlCheck.setText(self.tr("Column keys and a row of HXL tags, as imports read them"))
        self.hxlCheck.setToolTip(
            self.tr("For scripts and imports; a workbook for people has the headings the window shows.")
        )
        self.hxlCheck.setChecked(hxl)
        for combo in (self.viewCombo, self.formatCombo, self.shareCombo):
            combo.currentIndexChanged.connect(self._update)
        self.contactsCheck.toggled.connect(self._update)
        self.browseButton.clicked.connect(self._browse)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.request: ExportRequest | None = None
        self._update()

    def options(self) -> ExportOptions:
        level = self.shareCombo.currentData()
        return ExportOptions(
            Sensitivity(level) if level else None,
            self.contactsCheck.isChecked(),
            hxl=self.hxlCheck.isChecked(),
            language=i18n.language(),
            since=self._since,
        )

    def _update(self) -> None:
        """Suggest a file name and start showing what the export will hold (built, not written)."""
        view, format_name = self.viewCombo.currentData(), self.formatCombo.currentData()
        self.hxlCheck.setEnabled(format_name in ("xlsx", "csv"))  # a PDF is for people; JSON has its keys
        if not self.fileEdit.isModified():
            stem = f"{short_name(self._operation)} - {view}"
            self.fileEdit.setText(str(self._folder / f"{stem}.{format_name}"))
        if self._preview.running:
            self._choices_changed = True
            return
        self._choices_changed = False
        self.previewText.setPlainText(self.tr("Counting what the export will hold…"))
        self._preview.start(_previewing(self._operation, view, self.options()))

    @property
    def previewing(self) -> bool:
        return self._preview.running

    def _show_preview(self, document: Document | None, problem: str) -> None:
        if self._choices_changed:
            self._update()
            return
        if document is None:
            self.previewText.setPlainText(problem)
            return
        parts = [self.tr("{part}: %n row(s)", "", len(p.rows)).format(part=p.title) for p in document.parts]
        lines = [f"<li>{escape(part)}</li>" for part in parts]
        nothing = self.tr("nothing")
        left_out = "".join(f"<li>{escape(what)}</li>" for what in document.left_out) or f"<li>{nothing}</li>"
        level_line = self.tr("Sensitivity label: {level}").format(
            level=f"<b>{escape(label(document.sensitivity))}</b>"
        )
        left_out_line = self.tr("Left out:")
        self.previewText.setHtml(
            in_window_direction(
                f"<ul>{''.join(lines)}</ul><p>{level_line}</p><p>{left_out_line}</p><ul>{left_out}</ul>"
            )
        )

    def _browse(self) -> None:
        format_name = self.formatCombo.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as"),
            self.fileEdit.text(),
            f"{self.tr(FORMAT_LABELS[format_name])} (*.{format_name})",
        )
        if chosen:
            self.fileEdit.setText(chosen)
            self.fileEdit.setModified(True)

    def accept(self) -> None:
        view, format_name = self.viewCombo.currentData(), self.formatCombo.currentData()
        try:
            if not self.fileEdit.text().strip():
                raise ValidationError(self.tr("choose where to save the export"))
            if format_name == "csv" and not view_named(view).table:
                raise ValidationError(
                    self.tr("only single tables export to csv: choose xlsx or pdf for this view")
                )
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        target = Path(self.fileEdit.text().strip())
        if target.suffix.lower() != f".{format_name}":
            target = target.with_name(f"{target.name}.{format_name}")
        self.request = ExportRequest(view, format_name, target, self.options())
        super().accept()

    def done(self, result: int) -> None:
        self._preview.stop()  # the preview's connection to the file ends with the dialog
        super().done(result)


def _previewing(operation: Source, view: str, options: ExportOptions) -> Work:
    return on_its_own_connection(
        operation, lambda opened, _progress, _cancelled: build_document(opened, view, options)
    )
