"""The copies of a whole file that undo imports and merges: put back exactly, missing ones said in words,
and gone when the file is closed."""

from pathlib import Path

import pytest

from pim_desktop.domain.errors import OperationFileError
from pim_desktop.domain.model import OrganisationDetails
from pim_desktop.services.file_history import FileHistory
from pim_desktop.services.operations import open_operation
from pim_desktop.services.organisations import OrganisationService
from tests.helpers import sqlite_rows

COUNT = "SELECT count(*) FROM organisation"


def test_a_copy_puts_the_file_back_and_a_missing_one_is_said(sample_file: Path):
    with open_operation(sample_file) as operation:
        history = FileHistory(operation)
        before = history.snapshot()
        OrganisationService(operation).add(OrganisationDetails(name="Added after the copy"))
        history.restore(before)
        assert sqlite_rows(sample_file, COUNT) == [(24,)]

        before.unlink()  # a cleaner of the temporary folder went by
        with pytest.raises(OperationFileError) as refused:
            history.restore(before)
        assert refused.value.message.startswith(f"the copy of {sample_file.name} kept for undo is gone")
        assert sqlite_rows(sample_file, COUNT) == [(24,)]

        history.close()
        assert not history.folder.exists()
