"""A save the server cancels because it met another at the same moment (a deadlock it broke, a serializable
transaction overtaken): said in a sentence that tells the user nothing was saved, and made again by the
services a few times before it is said (tests/e2e/test_server_concurrency.py makes a real deadlock)."""

import pytest

from pim_desktop.domain.errors import CollidingSaveError, ServerError
from pim_desktop.services.concurrency import TRIES, made_again
from pim_desktop.storage.server import ServerAddress, server_error

ADDRESS = ServerAddress.parse("postgresql://officer@/operation?host=/run/pim")


class RefusalError(Exception):
    """What psycopg raises: an error with the server's SQLSTATE."""

    def __init__(self, message: str, sqlstate: str) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])
def test_a_cancelled_save_is_said_in_a_sentence(sqlstate: str):
    said = server_error(ADDRESS, RefusalError("deadlock detected", sqlstate))
    assert isinstance(said, CollidingSaveError)
    assert said.message == (
        "postgresql://officer@/operation?host=/run/pim: your change met another being saved at the same "
        "moment, and the server cancelled yours; nothing of it was saved: make it again"
    )


def test_other_refusals_are_not_made_again():
    said = server_error(ADDRESS, RefusalError("value too long", "22001"))
    assert type(said) is ServerError


def test_a_cancelled_save_is_made_again_then_said():
    tries: list[int] = []

    def collides_once() -> str:
        tries.append(1)
        if len(tries) == 1:
            raise CollidingSaveError(ADDRESS.shown, "cancelled")
        return "saved"

    assert made_again(collides_once) == "saved" and len(tries) == 2
    tries.clear()

    def always_collides() -> None:
        tries.append(1)
        raise CollidingSaveError(ADDRESS.shown, "cancelled")

    with pytest.raises(CollidingSaveError):
        made_again(always_collides)
    assert len(tries) == TRIES
