"""The Qt layer: the only part of PIM Desktop that imports PySide6."""
