"""What the window remembers between sessions, kept in the program's data folder."""

from pathlib import Path

from PySide6.QtCore import QSettings

from pim_desktop.paths import data_dir

RECENT_LIMIT = 8


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        stored = self._store.value("files/recent", [])
        if isinstance(stored, str):  # QSettings gives a lone value back as a string
            stored = [stored]
        return [Path(item) for item in stored or []]

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
