"""File > New: the operation's name, country, where to save it, and whether to encrypt it."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import country_code, required_name
from pim_desktop.gui.dialogs.passphrase_dialog import EncryptionFields
from pim_desktop.gui.form_types.new_operation_dialog import NewOperationDialogForm
from pim_desktop.gui.forms import load_form


@dataclass(frozen=True)
class NewOperationRequest:
    name: str
    country: str | None
    path: Path
    passphrase: str | None = None  # encrypted with it when given


def _countries() -> list[tuple[str, str]]:
    import pycountry

    return sorted((country.name, country.alpha_3) for country in pycountry.countries)


class NewOperationDialog(QDialog, NewOperationDialogForm):
    def __init__(self, parent: QWidget | None, folder: Path) -> None:
        super().__init__(parent)
        load_form("new_operation_dialog.ui", self)
        self.encryption = EncryptionFields(self)
        self.dialogLayout.insertWidget(self.dialogLayout.indexOf(self.problemLabel), self.encryption)
        self._folder = folder
        self.countryCombo.addItem(self.tr("(no country)"), None)
        for name, code in _countries():
            self.countryCombo.addItem(f"{name} ({code})", code)
        self.nameEdit.textChanged.connect(self._suggest_file)
        self.browseButton.clicked.connect(self._browse)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.request: NewOperationRequest | None = None
        self._suggest_file("")

    def _suggest_file(self, name: str) -> None:
        if not self.fileEdit.isModified():
            stem = "".join(c for c in name if c.isalnum() or c in " -_").strip() or "New operation"
            self.fileEdit.setText(str(self._folder / f"{stem}.pim"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the operation as"),
            self.fileEdit.text(),
            self.tr("PIM operation files (*.pim)"),
        )
        if chosen:
            self.fileEdit.setText(chosen if chosen.endswith(".pim") else f"{chosen}.pim")
            self.fileEdit.setModified(True)

    def accept(self) -> None:
        try:
            name = required_name(self.nameEdit.text(), "operation name")
            country = self.countryCombo.currentData()
            if country is None and self.countryCombo.currentText() != self.countryCombo.itemText(0):
                country = country_code(self.countryCombo.currentText())
            path = Path(self.fileEdit.text().strip())
            if not self.fileEdit.text().strip():
                raise ValidationError(self.tr("choose where to save the operation"))
            if path.exists():
                raise ValidationError(self.tr("{path} already exists; choose another name").format(path=path))
            encryption = self.encryption.chosen()
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        passphrase = encryption.passphrase if encryption.encrypted else None
        self.request = NewOperationRequest(name=name, country=country, path=path, passphrase=passphrase)
        super().accept()


def ask_new_operation(parent: QWidget, folder: Path) -> NewOperationRequest | None:
    dialog = NewOperationDialog(parent, folder)
    return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None
