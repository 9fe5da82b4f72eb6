"""Creating, opening, describing and checking operations."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnExpressionArgument, Enum, func, select, text
from sqlalchemy.orm import Session

from pim_desktop.domain.enums import EntryState, Sensitivity
from pim_desktop.domain.validation import clean_text, country_code, required_name
from pim_desktop.services.encryption import new_key
from pim_desktop.services.standard_content import (
    LOCKED_ROW_CODES,
    seed_standard_content,
    standard_matrix,
    standard_process,
)
from pim_desktop.storage import models, server_schema
from pim_desktop.storage.backups import make_backup
from pim_desktop.storage.operation_file import (
    OperationFile,
    create_operation_file,
    open_operation_file,
    run_integrity_checks,
)
from pim_desktop.storage.server import ServerAddress, open_server, remember_password
from pim_desktop.storage.sources import is_server_url

# An open operation, as the window, the exports and the imports hold it: what they hand to the services, which
# alone read and write through it
OpenOperation = OperationFile


def create_operation(
    path: Path,
    name: str,
    country: str | None = None,
    description: str = "",
    default_sensitivity: Sensitivity = Sensitivity.RESTRICTED,
    then: Callable[[Session], None] | None = None,
    passphrase: str | None = None,
) -> None:
    """Write a new operation file holding the standard PIM Matrix, Process and Principles, and whatever
    `then` adds in the same transaction (the sample operation does); encrypted when a passphrase is given."""
    valid_name = required_name(name, "operation name")
    valid_country = country_code(country)
    key = None if passphrase is None else new_key(passphrase)

    def populate(session: Session) -> None:
        session.add(
            models.Operation(
                name=valid_name,
                country_iso3=valid_country,
                description=clean_text(description),
                default_sensitivity=default_sensitivity,
                standard_matrix_version=standard_matrix().version,
            )
        )
        seed_standard_content(session)
        if then is not None:
            then(session)

    create_operation_file(Path(path), populate, key)


# Where an operation is: an operation file, or a server's address (`postgresql://USER@HOST/DATABASE`)
Source = Path | str


def open_operation(source: Source, *, read_only: bool = False) -> OpenOperation:
    """An operation file opened (one from an older version is brought up to date, after a backup), or the
    operation on a server, when `source` is its address."""
    if is_server_url(source):
        return open_server(ServerAddress.parse(str(source)), read_only=read_only)
    return open_operation_file(
        Path(source),
        read_only=read_only,
        before_migration=lambda older: make_backup(older, "before-migration"),
    )


def source_of(operation: OpenOperation) -> Source:
    """Where an open operation is, to open it again on another connection (a background job's)."""
    return operation.where if operation.on_server else operation.path


def short_name(source: Source) -> str:
    """A file's name without its extension, a server's database: what an export's file is named after."""
    return ServerAddress.parse(str(source)).database if is_server_url(source) else Path(source).stem


def sign_in(url: str, password: str) -> None:
    """The password of a server's address, kept for this session (empty: PGPASSWORD or ~/.pgpass give it)."""
    address = ServerAddress.parse(url)
    if password:
        remember_password(address, password)


def _count(session: Session, model_class: type, *conditions: ColumnExpressionArgument[bool]) -> int:
    return session.scalar(select(func.count()).select_from(model_class).where(*conditions)) or 0


@dataclass(frozen=True)
class CheckReport:
    checks_run: int
    problems: list[str]
    encrypted: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def check_operation(source: Source) -> CheckReport:
    """Everything we can verify without changing a byte: SQLite's own integrity (a server keeps its own),
    stored values, and the rules of PIM content (eight categories, locked Definition and Output rows, the
    process sub-steps)."""
    if is_server_url(source):
        opened: OpenOperation = open_server(ServerAddress.parse(str(source)), read_only=True)
        checks = [_check_server_rules, _check_stored_values, _check_pim_content]
    else:
        opened = open_operation_file(Path(source), read_only=True)
        checks = [run_integrity_checks, _check_stored_values, _check_pim_content]
    with opened as operation_file:
        problems: list[str] = []
        for check in checks:
            problems.extend(check(operation_file))
            if problems and check is run_integrity_checks:
                break  # a damaged structure makes every later answer unreliable
        return CheckReport(checks_run=len(checks), problems=problems, encrypted=operation_file.encrypted)


def _check_server_rules(operation: OperationFile) -> list[str]:
    """On a server: the rules `server init` set (owners, clearance policies, audit) still hold."""
    with operation.engine.connect() as connection:
        return server_schema.problems(connection)


def _check_stored_values(operation_file: OperationFile) -> list[str]:
    """Every coded column holds a value this version knows."""
    problems = []
    with operation_file.engine.connect() as connection:
        for table in models.Base.metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, Enum):
                    continue
                allowed = set(column.type.enums)
                found = connection.execute(text(f'SELECT DISTINCT "{column.name}" FROM "{table.name}"'))
                for (value,) in found:
                    if value is not None and value not in allowed:
                        problems.append(f"'{table.name}.{column.name}' holds an unknown value {value!r}")
    return problems


def _check_pim_content(operation_file: OperationFile) -> list[str]:
    problems: list[str] = []
    standard = standard_matrix()
    steps, principles = standard_process()
    with operation_file.session() as session:
        operations = _count(session, models.Operation)
        if operations != 1:
            problems.append(f"the file should describe exactly one operation; it describes {operations}")
        codes = {category.code for category in session.scalars(select(models.Category))}
        for category in standard.categories:
            if category.code not in codes:
                problems.append(f"the PIM category '{category.label}' is missing")
        rows = {row.code: row for row in session.scalars(select(models.MatrixRow))}
        for standard_row in standard.rows:
            row = rows.get(standard_row.code)
            if row is None:
                problems.append(f"the matrix row '{standard_row.label}' is missing")
            elif row.is_locked != standard_row.locked:
                problems.append(f"the matrix row '{standard_row.label}' has lost its fixed/editable setting")
        locked_changes = session.scalars(
            select(models.MatrixEntry)
            .join(models.MatrixRow)
            .where(
                models.MatrixRow.code.in_(LOCKED_ROW_CODES), models.MatrixEntry.state != EntryState.STANDARD
            )
        ).all()
        for entry in locked_changes:
            problems.append(
                f"an entry of a fixed row (Definition or Output) was changed: {entry.text[:60]!r}"
            )
        expected_steps = len(steps) + sum(len(step.sub_steps) for step in steps)
        if (found := _count(session, models.ProcessStep)) != expected_steps:
            problems.append(
                f"the PIM Process should have {expected_steps} steps and sub-steps; it has {found}"
            )
        if (found := _count(session, models.Principle)) != len(principles):
            problems.append(f"there should be {len(principles)} PIM Principles; there are {found}")
    return problems
