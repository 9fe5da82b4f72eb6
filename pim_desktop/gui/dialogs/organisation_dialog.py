"""Add or change an organisation of the register, with a warning for a likely duplicate."""

from PySide6.QtWidgets import QDialog, QWidget

from pim_desktop.domain import model
from pim_desktop.domain.enums import OrganisationType
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.fields import ORGANISATION_FIELDS
from pim_desktop.domain.labels import label
from pim_desktop.gui.dialogs.field_forms import read_fields, show_fields
from pim_desktop.gui.dialogs.record_dialog import RecordDialog
from pim_desktop.gui.form_types.organisation_dialog import OrganisationDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.services.organisations import OrganisationService, validated


class OrganisationDialog(RecordDialog, OrganisationDialogForm):
    def __init__(
        self, parent: QWidget | None, service: OrganisationService, existing: model.Organisation | None
    ) -> None:
        super().__init__(parent)
        load_form("organisation_dialog.ui", self)
        self._service, self._existing = service, existing
        self._warned_about: model.OrganisationDetails | None = None
        for org_type in OrganisationType:
            self.typeCombo.addItem(label(org_type), org_type)
        self.setWindowTitle(self.tr("Change organisation") if existing else self.tr("Add organisation"))
        self.show_details(existing.details if existing else model.OrganisationDetails(name=""))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.result_details: model.OrganisationDetails | None = None
        self.start_editing(self.nameEdit)

    def show_details(self, details: model.OrganisationDetails) -> None:
        self.nameEdit.setText(details.name)
        self.acronymEdit.setText(details.acronym)
        self.typeCombo.setCurrentIndex(self.typeCombo.findData(details.org_type))
        show_fields(self, ORGANISATION_FIELDS, details)

    def details(self) -> model.OrganisationDetails:
        return model.OrganisationDetails(
            name=self.nameEdit.text(),
            acronym=self.acronymEdit.text(),
            org_type=OrganisationType(self.typeCombo.currentData()),
            **read_fields(self, ORGANISATION_FIELDS),
        )

    def accept(self) -> None:
        """Refuse what cannot be stored; warn once about a likely duplicate, then accept on a second OK."""
        try:
            details = validated(self.details())  # a day that is not one is refused here too
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        duplicates = self._service.likely_duplicates(details, self._existing.id if self._existing else None)
        if duplicates and self._warned_about != details:
            self._warned_about = details
            names = "; ".join(
                f"{d.details.name} ({d.details.acronym})" if d.details.acronym else d.details.name
                for d in duplicates
            )
            self.problemLabel.setText(
                self.tr(
                    "This looks like an organisation already in the register: {names}. Press OK again to "
                    "keep it anyway, or Cancel."
                ).format(names=names)
            )
            return
        self.result_details = details
        super().accept()


def ask_organisation(
    parent: QWidget,
    service: OrganisationService,
    existing: model.Organisation | None = None,
    typed: model.OrganisationDetails | None = None,
) -> model.OrganisationDetails | None:
    """The details the user gives; `typed`: what they typed before, when it could not be stored."""
    dialog = OrganisationDialog(parent, service, existing)
    if typed is not None:
        dialog.show_details(typed)
    return dialog.result_details if dialog.exec() == QDialog.DialogCode.Accepted else None
