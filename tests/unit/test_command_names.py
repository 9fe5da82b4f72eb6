"""The command line tells a headless command from a file to open by its first word, without building the
parser (which loads the exports' names): that list must be the parser's."""

from pim_desktop.cli import _wants_window
from pim_desktop.cli.parser import COMMAND_NAMES, build_parser


def test_the_command_names_known_at_start_are_the_parsers():
    assert build_parser()[1] == set(COMMAND_NAMES)


def test_a_file_opens_the_window_and_a_command_does_not():
    assert _wants_window(["operation.pim"])
    assert _wants_window([])
    assert not _wants_window(["info", "operation.pim"])
    assert not _wants_window(["--version"])
