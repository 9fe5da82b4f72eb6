"""The change log of an operation file and its milestones, through the services and the command line."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pim_desktop.cli import main
from pim_desktop.domain.errors import ValidationError
from pim_desktop.services.changes import ChangeLog, set_author
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from pim_desktop.storage.models import Base
from pim_desktop.storage.operation_file import system_user
from tests.helpers import sqlite_rows, stored_rows
from tests.postgres import SUPERUSER


def test_a_change_is_logged_field_by_field_with_who_and_nothing_else(operation_source: Source) -> None:
    with open_operation(operation_source) as operation:
        set_author(operation, "  Protection officer  ")
        organisations = OrganisationService(operation)
        first = organisations.organisations()[0]
        organisations.update(first.id, replace(first.details, notes="Joined the working group"))
        (change,) = ChangeLog(operation).logged()
    # on a server, the login (the superuser here), whatever the preferences say
    who = SUPERUSER if operation.on_server else "Protection officer"
    assert (change.table, change.row, change.operation, change.who) == (
        "organisation",
        str(first.id),
        "update",
        who,
    )
    assert change.fields == {"notes": (first.details.notes, "Joined the working group")}


def test_without_a_name_in_preferences_the_log_names_the_operating_system_user(sample_file: Path) -> None:
    """In a file; on a server the log names the login, whatever the preferences say."""
    with open_operation(sample_file) as operation:
        set_author(operation, " ")
        assert operation.who() == system_user()
        organisations = OrganisationService(operation)
        first = organisations.organisations()[0]
        organisations.update(first.id, replace(first.details, acronym="X1"))
    assert sqlite_rows(sample_file, "SELECT who FROM change_log") == [(system_user(),)]


def test_a_change_that_changes_nothing_is_not_logged(operation_source: Source) -> None:
    with open_operation(operation_source) as operation:
        organisations = OrganisationService(operation)
        first = organisations.organisations()[0]
        organisations.update(first.id, first.details)
        assert ChangeLog(operation).logged() == []


def test_the_changes_of_one_transaction_are_logged_table_by_table_in_the_order_of_their_keys(
    operation_source: Source,
) -> None:
    """The same log on either engine, whatever order the rows were touched or read in."""
    with open_operation(operation_source) as operation:
        systems = SystemService(operation)
        several = next(s for s in MappingService(operation).system_summaries() if len(s.links) > 1)
        system = systems.get(several.id)
        links = tuple(reversed(system.details.links))
        systems.update(system.id, replace(system.details, name="Renamed", links=links, areas=()))
        logged = [(change.table, change.row) for change in ChangeLog(operation).logged()]
    tables = [table.name for table in Base.metadata.sorted_tables]
    assert len(logged) > 3
    assert logged == sorted(logged, key=lambda change: (tables.index(change[0]), int(change[1])))


def test_a_milestone_names_the_moment_and_refuses_a_second_of_the_same_name(operation_source: Source) -> None:
    with open_operation(operation_source) as operation:
        log = ChangeLog(operation)
        before = log.mark_milestone("Before the March workshop")
        organisations = OrganisationService(operation)
        first = organisations.organisations()[0]
        organisations.update(first.id, replace(first.details, acronym="X1"))
        after = log.mark_milestone("After the workshop")
        # a position in the log (a file's own; on a server, its audit's): what came between is the change
        assert [c.table for c in log.logged(before.position, after.position)] == ["organisation"]
        assert log.logged(after.position) == []
        assert [m.name for m in log.milestones()] == ["Before the March workshop", "After the workshop"]
        assert log.milestone_named("before the march WORKSHOP") == before
        with pytest.raises(ValidationError, match="already a milestone"):
            log.mark_milestone("After the workshop")
        with pytest.raises(ValidationError, match="no milestone named 'June'"):
            log.milestone_named("June")


def test_the_command_line_marks_a_milestone(
    operation_source: Source, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["milestone", str(operation_source), "Before the March workshop"]) == 0
    assert "Marked the milestone 'Before the March workshop'" in capsys.readouterr().out
    assert stored_rows(operation_source, "SELECT name FROM milestone") == [("Before the March workshop",)]
    assert main(["milestone", str(operation_source), "Before the March workshop"]) != 0
    capsys.readouterr()
    assert main(["info", str(operation_source)]) == 0
    assert "Milestones:         1 (latest: 'Before the March workshop'" in capsys.readouterr().out
    assert main(["info", str(operation_source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["milestones"][0]["name"] == "Before the March workshop"


def test_an_import_of_many_rows_is_logged_row_by_row(operation_source: Source, tmp_path: Path) -> None:
    source = tmp_path / "partners.csv"
    source.write_text(
        "Name,Acronym\nSawa for Development,SAWA\nNorwegian Refugee Council,NRC2\n", encoding="utf-8"
    )
    assert main(["import", str(operation_source), str(source), "--kind", "organisations"]) == 0
    with open_operation(operation_source, read_only=True) as operation:
        logged = [(c.table, c.operation, c.fields) for c in ChangeLog(operation).logged()]
    inserted = [
        fields for table, operation, fields in logged if (table, operation) == ("organisation", "insert")
    ]
    assert len(inserted) == 1 and inserted[0]["name"] == (None, "Sawa for Development")
    assert ("organisation", "update", {"acronym": ("NRC", "NRC2")}) in logged


def test_a_file_of_schema_0003_is_upgraded_with_an_empty_log_that_starts_at_once(sample_file: Path) -> None:
    from alembic import command

    from pim_desktop.storage.schema import alembic_config, head_version

    with open_operation(sample_file) as operation, operation.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")  # as a file written before the change log
    assert sqlite_rows(sample_file, "SELECT version_num FROM alembic_version") == [("0003",)]
    with open_operation(sample_file) as operation:
        assert ChangeLog(operation).logged() == [] and ChangeLog(operation).milestones() == []
        organisations = OrganisationService(operation)
        first = organisations.organisations()[0]
        organisations.update(first.id, replace(first.details, acronym="X1"))
    assert sqlite_rows(sample_file, "SELECT version_num FROM alembic_version") == [(f"{head_version():04d}",)]
    assert sqlite_rows(sample_file, "SELECT table_name, operation FROM change_log") == [
        ("organisation", "update")
    ]
