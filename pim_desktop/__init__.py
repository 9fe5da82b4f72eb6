"""PIM Desktop: build, customise and map the PIM Matrix for a humanitarian operation."""

# The one place the version is written (pyproject.toml reads it from here): importlib.metadata took 60 ms of
# every start, a quarter of the time a bare window needs to show
__version__ = "0.1.0"

APP_NAME = "PIM Desktop"
