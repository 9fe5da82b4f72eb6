"""What the imports store through: one transaction after a backup, and the challenges of a spreadsheet filed
into their plans and groups."""

from pathlib import Path

import pytest

from pim_desktop.domain.action_plans import GroupDetails, ItemDetails
from pim_desktop.domain.errors import ValidationError
from pim_desktop.services import exchange, plan_imports
from pim_desktop.services.operations import open_operation
from pim_desktop.storage import backups
from tests.helpers import sqlite_rows


def _count(path: Path, table: str) -> int:
    return sqlite_rows(path, f"SELECT count(*) FROM {table}")[0][0]


def test_a_change_is_stored_whole_after_a_backup_or_not_at_all(sample_file: Path):
    items = _count(sample_file, "action_item")
    with (
        open_operation(sample_file) as operation_file,
        pytest.raises(ValidationError),
        exchange.storing(operation_file, "before-import") as session,
    ):
        plan_imports.ItemFiler(session).store("Half made", GroupDetails("General"), None, ItemDetails("One"))
        raise ValidationError("the rest of the file is wrong")
    assert _count(sample_file, "action_item") == items
    (backup,) = backups.backups_of(sample_file)
    assert backup.reason == "before-import" and _count(backup.path, "action_item") == items


def test_challenges_are_filed_into_the_plan_and_group_they_name(sample_file: Path):
    (title,) = sqlite_rows(sample_file, "SELECT title FROM action_plan")[0]
    with open_operation(sample_file) as operation_file, exchange.storing(operation_file, "test") as session:
        filer = plan_imports.ItemFiler(session)
        filer.store(title.upper(), GroupDetails("New group"), 7, ItemDetails("First"))
        filer.store(title, GroupDetails("new  GROUP"), 7, ItemDetails("Second"))  # 7 is taken: the next
        filer.store("Another plan", GroupDetails("General"), None, ItemDetails("Third"))
    rows = sqlite_rows(
        sample_file,
        "SELECT p.title, g.theme, i.number, i.challenge FROM action_item i JOIN action_group g ON g.id = "
        "i.group_id JOIN action_plan p ON p.id = g.plan_id WHERE i.challenge IN ('First', 'Second', 'Third') "
        "ORDER BY i.id",
    )
    assert rows == [
        (title, "New group", 7, "First"),
        (title, "New group", 8, "Second"),
        ("Another plan", "General", 1, "Third"),
    ]
