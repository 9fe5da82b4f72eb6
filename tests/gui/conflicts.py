"""A conflict as the window shows it when a save is refused (tests of fitting, words and access keys): the
first system's frequency saved by a colleague while the user changed its notes and sensitivity."""

from dataclasses import replace

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.gui.dialogs.conflict_dialog import ConflictDialog
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.gui.save_conflicts import RegisterValues
from pim_desktop.services.concurrency import changed_fields
from pim_desktop.services.systems import SystemService


def conflict_dialog(window: MainWindow) -> ConflictDialog:
    assert window.mapping.controller is not None
    data = window.mapping.controller.data
    service = SystemService(window.mapping.controller.operation_file)
    system = service.get(data.systems[0].id)
    theirs = replace(system.details, frequency="Every fortnight, after the monthly coordination meeting")
    mine = replace(
        system.details,
        notes="Checked with the owner: the questionnaire changes in March; data shared as aggregates only.",
        sensitivity=Sensitivity.CONFIDENTIAL,
    )
    return ConflictDialog(
        window,
        system.details.name,
        changed_fields(system.details, theirs, service.field_labels),
        changed_fields(system.details, mine, service.field_labels),
        RegisterValues(data.categories, data.organisations).shown,
        "chief",
    )
