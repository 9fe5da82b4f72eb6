"""Commands of the main window that take more than a line, kept here so that the window stays a composition
root: opening an operation kept on a shared server (File > Open Shared Operation), and the preferences."""

from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from pim_desktop.domain.errors import PimError
from pim_desktop.gui.i18n import translate
from pim_desktop.gui.live_refresh import LiveRefresh
from pim_desktop.gui.mapping_workspace import MappingWorkspace
from pim_desktop.services.operations import OpenOperation, open_operation, sign_in


class ShowsOperations(Protocol):
    """What of the main window opening an operation uses (named so, not imported: no import circle)."""

    def show_error(self, title: str, message: str) -> None: ...
    def show_operation(self, operation_file: OpenOperation) -> bool: ...
    def show_notice(self, text: str) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    live: LiveRefresh | None
    mapping: MappingWorkspace


def open_shared(window: ShowsOperations, address: str, password: str) -> bool:
    """Open the operation on a server: what the login's clearance shows; changed from the window when the
    login's role allows it (an editor, an admin), read and exported otherwise."""
    try:
        sign_in(address, password)
        operation = open_operation(address)
        if not operation.may_change():  # a reader: the window offers no change the server would refuse
            operation.close()
            operation = open_operation(address, read_only=True)
    except PimError as error:
        window.show_error(translate("MainWindow", "Cannot open the operation"), error.message)
        return False
    if not window.show_operation(operation):
        return False
    if window.mapping.controller is not None:  # reading the registers again reloads every page
        window.live = LiveRefresh(window.mapping, operation, window.mapping.controller.reload)
        status = window.statusBar()
        window.live.lost.connect(
            lambda: status.showMessage(
                translate(
                    "MainWindow",
                    "The connection to the server was lost: connecting again. What others change is shown "
                    "once it is back.",
                )
            )
        )
        window.live.back.connect(
            lambda: status.showMessage(
                translate("MainWindow", "Connected to the server again: the operation was read afresh."),
                15000,
            )
        )
    if operation.read_only:
        notice = translate(
            "MainWindow",
            "This operation is on a shared server: you see what your clearance allows, and your role lets "
            "you read and export it, not change it.",
        )
    else:
        notice = translate(
            "MainWindow",
            "This operation is on a shared server: you see what your clearance allows. What you save, the "
            "others see at once; a record someone saved since you opened it is not overwritten.",
        )
    window.show_notice(notice)
    return True
