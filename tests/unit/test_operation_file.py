"""The operation file: how it is written, recognised, refused, migrated and backed up."""

import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from pim_desktop.domain.errors import (
    DamagedFileError,
    FileExistsAlreadyError,
    FileMissingError,
    NewerVersionError,
    NotAnOperationFileError,
    OperationFileError,
    ValidationError,
)
from pim_desktop.services.operations import create_operation, open_operation
from pim_desktop.services.summary import operation_info
from pim_desktop.storage import models, opening
from pim_desktop.storage.backups import make_backup
from pim_desktop.storage.copies import backup_copy
from pim_desktop.storage.db import APPLICATION_ID
from pim_desktop.storage.file_header import JOURNAL_MAGIC, read_header
from pim_desktop.storage.models import Base
from pim_desktop.storage.opening import verify_whole
from pim_desktop.storage.schema import head_version
from tests.helpers import folder_digests, sqlite_rows


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    path = tmp_path / "lebanon.pim"
    create_operation(path, name="Lebanon", country="lbn", description="Country operation")
    return path


def test_new_file_is_marked_as_ours_and_uses_the_rollback_journal(new_file: Path):
    assert sqlite_rows(new_file, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert sqlite_rows(new_file, "PRAGMA journal_mode") == [("delete",)]
    assert sqlite_rows(new_file, "SELECT version_num FROM alembic_version") == [(f"{head_version():04d}",)]
    assert not new_file.with_name(new_file.name + "-wal").exists()
    assert [p.name for p in new_file.parent.iterdir()] == [new_file.name]  # no partial or journal left


def test_new_file_holds_the_operation_and_the_standard_content(new_file: Path):
    assert sqlite_rows(new_file, "SELECT name, country_iso3, description FROM operation") == [
        ("Lebanon", "LBN", "Country operation")
    ]
    with open_operation(new_file, read_only=True) as operation_file:
        counts = operation_info(operation_file).counts
    assert (counts.categories, counts.matrix_rows, counts.custom_rows) == (8, 7, 0)
    assert counts.matrix_entries > 150
    assert counts.changed_entries == 0
    assert counts.process_steps == 16
    assert sqlite_rows(new_file, "SELECT code FROM matrix_row WHERE is_locked ORDER BY position") == [
        ("definition",),
        ("output",),
    ]


def test_schema_of_the_migrations_matches_the_models(new_file: Path):
    """A model change without its migration fails here."""
    with (
        open_operation(new_file, read_only=True) as operation_file,
        operation_file.engine.connect() as connection,
    ):
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_foreign_keys_are_enforced(new_file: Path):
    insert = (
        "INSERT INTO matrix_entry (category_id, row_id, position, text, state, created_at, updated_at) "
        "VALUES (999, 999, 0, 'x', 'added', '2026-01-01', '2026-01-01')"
    )
    with (
        open_operation(new_file) as operation_file,
        pytest.raises(Exception, match="FOREIGN KEY"),
        operation_file.engine.begin() as connection,
    ):
        connection.exec_driver_sql(insert)


@pytest.mark.parametrize(
    ("name", "country", "message"),
    [
        ("   ", "LBN", "cannot be empty"),
        ("Lebanon", "XXX", "not an ISO 3166"),
        ("x" * 201, None, "too long"),
    ],
)
def test_invalid_operation_is_refused_and_writes_nothing(
    tmp_path: Path, name: str, country: str, message: str
):
    with pytest.raises(ValidationError, match=message):
        create_operation(tmp_path / "bad.pim", name=name, country=country)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_overwritten(new_file: Path):
    before = new_file.read_bytes()
    with pytest.raises(FileExistsAlreadyError):
        create_operation(new_file, name="Other")
    assert new_file.read_bytes() == before


def test_a_failure_while_writing_leaves_no_file(tmp_path: Path):
    def fail(_session: object) -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        create_operation(tmp_path / "half.pim", name="Half", then=fail)
    assert list(tmp_path.iterdir()) == []


def test_header_check_tells_files_apart(tmp_path: Path, new_file: Path):
    assert read_header(new_file).application_id == APPLICATION_ID
    with pytest.raises(FileMissingError):
        read_header(tmp_path / "nothing.pim")
    foreign = tmp_path / "other.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(NotAnOperationFileError, match="another program"):
        read_header(foreign)
    truncated = tmp_path / "cut.pim"
    truncated.write_bytes(new_file.read_bytes()[:8192])
    with pytest.raises(DamagedFileError, match="cut short"):
        read_header(truncated)


# A writer that dies halfway through a change too big for its page cache: SQLite has already written some
# pages into the file, and the rollback journal beside it holds their old content.
_HALFWAY = """
import os, sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 2")
connection.execute("BEGIN")
connection.execute("CREATE TABLE scratch (x)")
for _ in range(2000):
    connection.execute("INSERT INTO scratch VALUES (randomblob(1000))")
"""
_DIES_HALFWAY = _HALFWAY + "os._exit(9)"
# ... or still at work: it says so, thinks a while, then takes its change back
_STILL_WRITING = _HALFWAY + "print('writing', flush=True); time.sleep(1.5); connection.rollback()"


def _cut_off_halfway(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _DIES_HALFWAY, str(path)], check=False)
    assert path.with_name(path.name + "-journal").stat().st_size > 0
    # as when a commit is cut off: page 1 already counts pages that were never written
    with path.open("r+b") as handle:
        handle.seek(28)
        handle.write(struct.pack(">I", path.stat().st_size // 4096 + 100))
    with pytest.raises(sqlite3.OperationalError):  # what a read-only reader makes of it
        sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True).execute("SELECT 1 FROM operation").fetchall()


@pytest.mark.parametrize(
    "reader",
    [
        verify_whole,
        lambda path: open_operation(path, read_only=True).close(),
        lambda path: open_operation(path).close(),
    ],
    ids=["check", "open read-only", "open"],
)
def test_a_change_cut_off_by_a_crash_is_undone_when_the_file_is_next_read(
    new_file: Path, reader: Callable[[Path], object]
):
    before = new_file.read_bytes()
    _cut_off_halfway(new_file)
    reader(new_file)
    assert new_file.read_bytes() == before
    assert not new_file.with_name(new_file.name + "-journal").exists()


def test_a_cut_off_change_in_a_read_only_file_is_explained_and_left_alone(
    new_file: Path, make_read_only: Callable[[Path], Path]
):
    _cut_off_halfway(new_file)
    make_read_only(new_file)
    before = folder_digests(new_file.parent)
    with pytest.raises(OperationFileError, match=r"cut off when a program stopped.*lebanon\.pim-journal"):
        verify_whole(new_file)
    assert folder_digests(new_file.parent) == before


def test_a_reader_that_cannot_write_waits_for_a_change_still_being_written(
    new_file: Path, monkeypatch: pytest.MonkeyPatch
):
    """A colleague's program is writing the shared file: its journal is whole, but it is no crash."""
    monkeypatch.setattr(opening, "is_writable", lambda _path: False)
    before = new_file.read_bytes()
    writer = subprocess.Popen(
        [sys.executable, "-c", _STILL_WRITING, str(new_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        assert new_file.with_name(new_file.name + "-journal").read_bytes()[:8] == JOURNAL_MAGIC
        verify_whole(new_file)  # waits for the writer, then reads the file as it was
    finally:
        assert writer.wait(timeout=30) == 0
    assert new_file.read_bytes() == before


def test_an_empty_journal_left_beside_a_read_only_file_does_not_stop_reading_it(
    new_file: Path, make_read_only: Callable[[Path], Path]
):
    new_file.with_name(new_file.name + "-journal").write_bytes(b"")
    make_read_only(new_file)
    verify_whole(new_file)


def test_a_newer_schema_is_refused_untouched(new_file: Path):
    connection = sqlite3.connect(new_file)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    before = new_file.read_bytes()
    with pytest.raises(NewerVersionError, match="newer version of PIM Desktop"):
        open_operation(new_file)
    assert new_file.read_bytes() == before


def test_backup_copy_is_a_complete_operation_file(new_file: Path, own_data_dir: Path):
    copy = make_backup(new_file, "test")
    assert copy.parent == own_data_dir / "backups"
    assert "test" in copy.name
    assert sqlite_rows(copy, "SELECT name FROM operation") == [("Lebanon",)]
    assert read_header(copy).application_id == APPLICATION_ID
    with pytest.raises(FileExistsAlreadyError):
        create_operation(copy, name="x")
    assert not list(copy.parent.glob("*.partial"))
    second = backup_copy(new_file, own_data_dir / "elsewhere" / "copy.pim", None)
    assert second.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_file_of_the_previous_schema_is_upgraded_on_open_with_a_backup(
    sample_file: Path, own_data_dir: Path
):
    from alembic import command

    from pim_desktop.storage.schema import alembic_config

    with open_operation(sample_file) as operation_file, operation_file.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")  # as a file written before merge records
    assert sqlite_rows(sample_file, "SELECT version_num FROM alembic_version") == [("0001",)]
    older_columns = "id, name, acronym, org_type, identifier, focal_name, focal_email, notes"
    organisations = sqlite_rows(sample_file, f"SELECT {older_columns} FROM organisation ORDER BY id")
    with open_operation(sample_file) as operation_file:
        assert operation_file.schema_version == head_version()
    assert sqlite_rows(sample_file, "SELECT count(*) FROM merge_record") == [(0,)]
    assert sqlite_rows(sample_file, f"SELECT {older_columns} FROM organisation ORDER BY id") == organisations
    assert sqlite_rows(sample_file, "SELECT count(*) FROM organisation WHERE last_confirmed IS NULL") == [
        (24,)
    ]
    backups = list((own_data_dir / "backups").glob("sample-*-before-migration.pim"))
    assert len(backups) == 1
    assert sqlite_rows(backups[0], "SELECT version_num FROM alembic_version") == [("0001",)]


def test_the_head_version_read_from_the_file_names_is_alembics_head():
    """head_version() reads the migration scripts' numbers so that a start does not import Alembic."""
    from alembic.script import ScriptDirectory

    from pim_desktop.storage.schema import alembic_config

    alembic_head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head_version() == int(alembic_head)


def test_a_change_stamps_the_operations_last_changed_time_and_a_failed_one_does_not(new_file: Path):
    def stamp() -> str:
        return sqlite_rows(new_file, "SELECT updated_at FROM operation")[0][0]

    created = stamp()
    with open_operation(new_file) as operation:
        with pytest.raises(ValidationError), operation.changing() as session:
            session.add(models.Organisation(name="Refused", name_key="refused"))
            raise ValidationError("refused")
        assert stamp() == created
        with operation.changing() as session:
            session.add(models.Organisation(name="Kept", name_key="kept"))
        assert stamp() > created
        assert [row[0] for row in sqlite_rows(new_file, "SELECT table_name FROM change_log")] == [
            "organisation"
        ]
