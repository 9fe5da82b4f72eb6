"""What the window remembers between sessions, kept in the program's data folder."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from pim_desktop import i18n
from pim_desktop.paths import data_dir

RECENT_LIMIT = 8


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        stored = self._store.value("files/recent", [])
        if isinstance(stored, str):  # QSettings gives a lone value back as a string
            stored = [stored]
        return [Path(str(item)) for item in stored] if isinstance(stored, list) else []

    def last_file(self) -> Path | None:
        recent = self.recent_files()
        return recent[0] if recent else None

    def remember_file(self, path: Path) -> None:
        resolved = Path(path).resolve()
        recent = [resolved] + [item for item in self.recent_files() if item != resolved]
        self._store.setValue("files/recent", [str(item) for item in recent[:RECENT_LIMIT]])
        self._store.sync()

    def last_folder(self) -> Path:
        last = self.last_file()
        return last.parent if last else Path.home()

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

    def theme(self) -> str:
        return str(self._store.value("view/theme", "light") or "light")

    def set_theme(self, name: str) -> None:
        self._store.setValue("view/theme", name)
        self._store.sync()
