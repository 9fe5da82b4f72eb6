"""Work off the window's thread: whatever happens in it reaches the window as a result or a sentence,
never as a traceback."""

from collections.abc import Callable
from typing import Any

from pim_desktop.domain.errors import PimError


def outcome(work: Callable[[], Any], what: str) -> tuple[Any, str]:
    """(the work's result, "") or (None, why it failed in words for the user)."""
    try:
        return work(), ""
    except PimError as error:
        return None, error.sentence
    except Exception as error:  # a bug: said in one line, never a crash of the window
        return None, f"Unexpected problem while {what} ({type(error).__name__}: {error})"
