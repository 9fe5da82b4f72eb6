"""File > Restore from Backup: the automatic backups of the open operation, newest first, and why each was
made; the one chosen takes the file's place (the file as it is is backed up first)."""

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from pim_desktop.gui.form_types.restore_dialog import RestoreDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from pim_desktop.services.file_access import KEEP_COUNT, KEEP_DAYS, Backup

REASONS = {
    "on-open": QT_TRANSLATE_NOOP("Backups", "when it was opened"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "before-merge": QT_TRANSLATE_NOOP("Backups", "before a merge"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "before an upgrade to a newer version"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
}


class RestoreDialog(QDialog, RestoreDialogForm):
    def __init__(self, parent: QWidget | None, operation: Path, backups: list[Backup]) -> None:
        super().__init__(parent)
        load_form("restore_dialog.ui", self)
        self.backups = backups
        self.introLabel.setText(
            self.tr(
                "<b>{file}</b> is backed up when it is opened and before imports, merges and upgrades; the "
                "newest {count} backups are kept, none older than {days} days. The backup you restore takes "
                "the file's place, and the file as it is now is backed up first."
            ).format(file=escape(operation.name), count=KEEP_COUNT, days=KEEP_DAYS)
        )
        table = self.backupsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Size")])
        table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            reason = translate("Backups", REASONS.get(backup.reason, backup.reason))
            cells = (backup.made.strftime("%Y-%m-%d %H:%M:%S"), reason, f"{backup.size / 1e6:.1f} MB")
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        self.restoreButton = self.buttonBox.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restoreButton.setEnabled(False)
        table.itemSelectionChanged.connect(lambda: self.restoreButton.setEnabled(self.chosen is not None))
        table.itemActivated.connect(lambda _item: self.accept())
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.accepted.connect(self.accept)
        if backups:
            table.selectRow(0)

    @property
    def chosen(self) -> Backup | None:
        rows = self.backupsTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
