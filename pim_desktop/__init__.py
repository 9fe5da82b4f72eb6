"""PIM Desktop: build, customise and map the PIM Matrix for a humanitarian operation."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pim-desktop")
except PackageNotFoundError:  # a frozen bundle or a bare checkout on sys.path
    __version__ = "0.1.0"

APP_NAME = "PIM Desktop"
