"""File > Open Shared Operation: the address of the operation on a server, then its user's password, which
is kept for the session only and never written anywhere."""

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from pim_desktop.gui.i18n import translate

ADDRESS_START = "postgresql://"


def ask_and_open_shared(parent: QWidget, open_shared: Callable[[str, str], bool]) -> None:
    title = translate("SharedOperation", "Open a shared operation")
    address, given = QInputDialog.getText(
        parent,
        title,
        translate(
            "SharedOperation",
            "The operation's address on the server (postgresql://USER@HOST/DATABASE, without a password):",
        ),
        QLineEdit.EchoMode.Normal,
        ADDRESS_START,
    )
    address = address.strip()
    if not given or address in ("", ADDRESS_START):
        return
    password, given = QInputDialog.getText(
        parent,
        title,
        translate(
            "SharedOperation", "Your password on the server (left empty: PGPASSWORD or your .pgpass file):"
        ),
        QLineEdit.EchoMode.Password,
    )
    if given:
        open_shared(address, password)
