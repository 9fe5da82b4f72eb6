"""The one entry point: no sub-command opens the window; a sub-command works headless.

The names, options and exit codes here are a contract (README, "Command line"): extend them, never rename.
"""

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from pim_desktop.cli.encryption_commands import unlock_arguments
from pim_desktop.cli.parser import COMMAND_NAMES, PROG, build_parser, gui_parser
from pim_desktop.domain.errors import EXIT_UNREADABLE, PimError

__all__ = ["build_parser", "main"]


def _wants_window(argv: Sequence[str]) -> bool:
    """`pim-desktop [FILE.pim]` opens the window; a first word naming a command works headless."""
    words = [word for word in argv if not word.startswith("-")]
    if words:
        return words[0] not in COMMAND_NAMES
    return not {"--version", "-h", "--help"} & set(argv)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    if _wants_window(argv):
        return gui_parser().parse_args(argv)
    return build_parser()[0].parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parse(arguments)
    except SystemExit as exit_request:  # argparse: --help, --version, or a usage error (code 2)
        return int(exit_request.code or 0)
    try:
        unlock_arguments(args)
        return args.handler(args)
    except PimError as error:
        print(f"{PROG}: error: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted; nothing was left half-written", file=sys.stderr)
        return EXIT_UNREADABLE
    except BrokenPipeError:  # the reader stopped reading (`| head`): not the user's problem, nor ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    except Exception as error:  # a bug: one line for the user, the details with --debug
        if args.debug:
            traceback.print_exc()
        print(
            f"{PROG}: error: unexpected problem ({type(error).__name__}: {error}). "
            "Run again with --debug for details, and please report it.",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
