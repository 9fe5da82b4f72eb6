"""The details of an action plan, and of one of its working groups."""

from PySide6.QtWidgets import QDialog, QWidget

from pim_desktop.domain import action_plans as domain
from pim_desktop.domain.enums import Sensitivity
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import day_text, parse_day
from pim_desktop.gui.dialogs.record_dialog import RecordDialog
from pim_desktop.gui.form_types.group_dialog import GroupDialogForm
from pim_desktop.gui.form_types.plan_dialog import PlanDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.services.action_plans import valid_group, valid_plan


class PlanDialog(RecordDialog, PlanDialogForm):
    def __init__(self, parent: QWidget | None, existing: domain.PlanDetails | None) -> None:
        super().__init__(parent)
        load_form("plan_dialog.ui", self)
        for level in Sensitivity:
            self.sensitivityCombo.addItem(label(level), level)
        self.setWindowTitle(self.tr("Plan details") if existing else self.tr("New action plan"))
        details = existing or domain.PlanDetails(title="")
        self.titleEdit.setText(details.title)
        self.workshopEdit.setText(details.workshop)
        self.placeEdit.setText(details.place)
        self.startDateEdit.setText(day_text(details.start_date))
        self.endDateEdit.setText(day_text(details.end_date))
        self.facilitatorsEdit.setText(details.facilitators)
        self.participantsEdit.setPlainText(details.participating_organisations)
        self.sensitivityCombo.setCurrentIndex(self.sensitivityCombo.findData(details.sensitivity))
        self.notesEdit.setPlainText(details.notes)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.result_details: domain.PlanDetails | None = None
        self.start_editing(self.titleEdit)

    def accept(self) -> None:
        try:
            self.result_details = valid_plan(
                domain.PlanDetails(
                    title=self.titleEdit.text(),
                    workshop=self.workshopEdit.text(),
                    place=self.placeEdit.text(),
                    start_date=parse_day(self.startDateEdit.text(), "first day"),
                    end_date=parse_day(self.endDateEdit.text(), "last day"),
                    facilitators=self.facilitatorsEdit.text(),
                    participating_organisations=self.participantsEdit.toPlainText(),
                    sensitivity=Sensitivity(self.sensitivityCombo.currentData()),
                    notes=self.notesEdit.toPlainText(),
                )
            )
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        super().accept()


class GroupDialog(RecordDialog, GroupDialogForm):
    def __init__(self, parent: QWidget | None, existing: domain.GroupDetails | None) -> None:
        super().__init__(parent)
        load_form("group_dialog.ui", self)
        self.setWindowTitle(self.tr("Change group") if existing else self.tr("Add group"))
        details = existing or domain.GroupDetails(theme="")
        self.themeEdit.setText(details.theme)
        self.leaderEdit.setText(details.team_leader.label if details.team_leader else "")
        self.membersEdit.setPlainText(domain.people_text(details.members, "\n"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.result_details: domain.GroupDetails | None = None
        self.start_editing(self.themeEdit)

    def accept(self) -> None:
        try:
            self.result_details = valid_group(
                domain.GroupDetails(
                    theme=self.themeEdit.text(),
                    team_leader=domain.parse_person(self.leaderEdit.text()),
                    members=domain.parse_people(self.membersEdit.toPlainText(), "\n"),
                )
            )
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        super().accept()


def ask_plan(parent: QWidget, existing: domain.PlanDetails | None = None) -> domain.PlanDetails | None:
    dialog = PlanDialog(parent, existing)
    return dialog.result_details if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_group(parent: QWidget, existing: domain.GroupDetails | None = None) -> domain.GroupDetails | None:
    dialog = GroupDialog(parent, existing)
    return dialog.result_details if dialog.exec() == QDialog.DialogCode.Accepted else None
