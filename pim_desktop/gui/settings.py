"""What the window remembers between sessions, kept in the program's data folder."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, QStandardPaths

from pim_desktop import i18n
from pim_desktop.paths import data_dir

RECENT_LIMIT = 8


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        return [Path(item) for item in self._list("files/recent")]

    def last_file(self) -> Path | None:
        recent = self.recent_files()
        return recent[0] if recent else None

    def remember_file(self, path: Path) -> None:
        """An operation opened: first of the recent files, and its folder the one the file dialogs start in
        (unless it is the program's own folder, where the sample operation lives)."""
        resolved = Path(path).resolve()
        recent = [resolved] + [item for item in self.recent_files() if item != resolved]
        self._store.setValue("files/recent", [str(item) for item in recent[:RECENT_LIMIT]])
        if data_dir().resolve() not in resolved.parents:
            self._store.setValue("files/folder", str(resolved.parent))
        self._store.sync()

    def last_folder(self) -> Path:
        """Where the file dialogs start: the folder last used to open, save, export or import; else the user's
        Documents folder, where an officer finds the file again to e-mail it."""
        stored = str(self._store.value("files/folder", "") or "")
        if stored and Path(stored).is_dir():
            return Path(stored)
        return documents_folder()

    def remember_folder(self, chosen: Path) -> None:
        """A file chosen in a dialog (saved, exported, imported): the next dialog starts in its folder."""
        self._store.setValue("files/folder", str(Path(chosen).resolve().parent))
        self._store.sync()

    def export_hxl(self) -> bool:
        """Whether File > Export writes data sheets for machines (column keys and HXL tags), as last time."""
        return str(self._store.value("export/hxl", "false")).lower() == "true"

    def set_export_hxl(self, machine_layout: bool) -> None:
        self._store.setValue("export/hxl", "true" if machine_layout else "false")
        self._store.sync()

    # --- shared servers ------------------------------------------------------------------------------------

    def shared_addresses(self) -> list[str]:
        """The addresses of the shared operations opened last, the latest first. An address never holds a
        password (File > Open Shared Operation refuses one)."""
        return self._list("shared/addresses")

    def remember_shared_address(self, address: str) -> None:
        addresses = [address] + [item for item in self.shared_addresses() if item != address]
        self._store.setValue("shared/addresses", addresses[:RECENT_LIMIT])
        self._store.sync()

    def keyring_logins(self) -> list[str]:
        """The logins (user@server:port) whose password the user asked this computer's keyring to keep: the
        keyring is asked only for these, so that a user who never chose it is never asked to unlock it."""
        return self._list("shared/keyring")

    def set_keyring_login(self, login: str, kept: bool) -> None:
        logins = [item for item in self.keyring_logins() if item != login] + ([login] if kept else [])
        self._store.setValue("shared/keyring", logins)
        self._store.sync()

    def _list(self, key: str) -> list[str]:
        stored = self._store.value(key, [])
        if isinstance(stored, str):  # QSettings gives a lone value back as a string
            stored = [stored]
        return [str(item) for item in stored] if isinstance(stored, list) else []

    # --- how the window is laid out ------------------------------------------------------------------

    def splitter_state(self, name: str) -> QByteArray | None:
        stored = self._store.value(f"splitters/{name}")
        return stored if isinstance(stored, QByteArray) else None

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", state)  # written at the latest when the program ends

    # --- how the window looks and speaks --------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        """The window's size and place when it was last closed."""
        stored = self._store.value("window/geometry")
        return stored if isinstance(stored, QByteArray) and not stored.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.sync()

    def language(self) -> str:
        stored = str(self._store.value("interface/language", "") or "")
        if stored in i18n.LANGUAGES:
            return stored
        system = QLocale.system().name().split("_")[0]  # the first start follows the computer's language
        return system if system in i18n.LANGUAGES else i18n.ENGLISH

    def set_language(self, code: str) -> None:
        self._store.setValue("interface/language", code)
        self._store.sync()

    def zoom(self) -> int:
        """The zoom step of the views (0 is the normal size), kept between sessions."""
        try:
            return int(str(self._store.value("view/zoom", 0)))
        except (TypeError, ValueError):  # a settings file edited by hand
            return 0

    def set_zoom(self, step: int) -> None:
        self._store.setValue("view/zoom", step)

    def author(self) -> str:
        """The name the change log gives the user's changes; "" for the operating system's user name."""
        return str(self._store.value("log/author", "") or "")

    def set_author(self, name: str) -> None:
        self._store.setValue("log/author", name.strip())

    def theme(self) -> str:
        return str(self._store.value("view/theme", "light") or "light")

    def set_theme(self, name: str) -> None:
        self._store.setValue("view/theme", name)
        self._store.sync()


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder on a system without one."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()
