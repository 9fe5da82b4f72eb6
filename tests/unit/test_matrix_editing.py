"""Customising the matrix through the service, as PIM guidance allows, and undoing it exactly."""

from collections.abc import Iterator

import pytest

from pim_desktop.domain import model
from pim_desktop.domain.enums import EntryState
from pim_desktop.domain.errors import LockedRowError, ValidationError
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.matrix_history import MatrixHistory, Scope
from pim_desktop.services.operations import Source, open_operation, source_of
from pim_desktop.storage.operation_file import OperationFile
from tests.helpers import stored_rows


@pytest.fixture
def operation(new_operation_source: Source) -> Iterator[OperationFile]:
    with open_operation(new_operation_source) as operation_file:
        yield operation_file


@pytest.fixture
def service(operation: OperationFile) -> MatrixService:
    return MatrixService(operation)


def ids(matrix: model.Matrix, category_code: str, row_code: str) -> tuple[int, int]:
    category = next(c for c in matrix.categories if c.code == category_code)
    row = next(r for r in matrix.rows if r.code == row_code)
    return category.id, row.id


def texts(service: MatrixService, category_code: str, row_code: str) -> list[str]:
    matrix = service.matrix()
    return [e.text for e in matrix.cell(*ids(matrix, category_code, row_code))]


def test_add_edit_move_remove_entries(service: MatrixService, operation: OperationFile):
    matrix = service.matrix()
    cell = ids(matrix, "protection_monitoring", "methods")
    standard = texts(service, "protection_monitoring", "methods")

    added = service.add_entry(*cell, "  Phone surveys\x07 ")
    assert texts(service, "protection_monitoring", "methods") == [*standard, "Phone surveys"]
    service.add_entry(*cell, "Community scorecards", index=0)
    assert texts(service, "protection_monitoring", "methods")[0] == "Community scorecards"

    first_standard = service.matrix().cell(*cell)[1]
    service.edit_entry(first_standard.id, "Key informant interviews every month")
    edited = next(e for e in service.matrix().cell(*cell) if e.id == first_standard.id)
    assert edited.state is EntryState.EDITED and edited.standard_text == standard[0]
    service.edit_entry(first_standard.id, standard[0])  # typed back to the standard text
    assert (
        next(e for e in service.matrix().cell(*cell) if e.id == first_standard.id).state
        is EntryState.STANDARD
    )

    service.move_entry(added, -1)
    assert texts(service, "protection_monitoring", "methods")[-2] == "Phone surveys"

    service.remove_entry(first_standard.id)
    matrix = service.matrix()
    assert standard[0] not in [e.text for e in matrix.cell(*cell)]
    assert [e.text for e in matrix.removed[cell]] == [standard[0]]
    service.remove_entry(added)
    assert "Phone surveys" not in texts(service, "protection_monitoring", "methods")
    assert stored_rows(source_of(operation), f"SELECT count(*) FROM matrix_entry WHERE id = {added}") == [
        (0,)
    ]


@pytest.mark.parametrize("row_code", ["definition", "output"])
def test_locked_rows_refuse_every_change(service: MatrixService, row_code: str):
    matrix = service.matrix()
    cell = ids(matrix, "case_management", row_code)
    entry = matrix.cell(*cell)[0]
    for change in (
        lambda: service.add_entry(*cell, "x"),
        lambda: service.edit_entry(entry.id, "x"),
        lambda: service.remove_entry(entry.id),
        lambda: service.move_entry(entry.id, 1),
        lambda: service.reset_cell(*cell),
    ):
        with pytest.raises(LockedRowError, match="distinguish the PIM categories"):
            change()
    assert service.matrix().cell(*cell) == matrix.cell(*cell)


def test_empty_or_oversized_entries_are_refused(service: MatrixService):
    cell = ids(service.matrix(), "population_data", "methods")
    for text in ("", "  \n ", "\u200b", "\u200e\u0301", "x" * 10_001):  # invisible ones too
        with pytest.raises(ValidationError):
            service.add_entry(*cell, text)


def test_reset_entry_cell_row_and_matrix(service: MatrixService):
    original = service.matrix()
    cell = ids(original, "population_data", "methods")
    other = ids(original, "population_data", "shared_data")
    entries = original.cell(*cell)
    service.edit_entry(entries[0].id, "Changed")
    service.remove_entry(entries[1].id)
    service.move_entry(entries[2].id, 3)
    service.add_entry(*cell, "Ours")
    service.edit_entry(original.cell(*other)[0].id, "Changed too")
    service.reset_entry(entries[0].id)
    assert texts(service, "population_data", "methods")[0] == entries[0].text

    service.reset_cell(*cell)
    assert service.matrix().cell(*cell) != [] and [e.text for e in service.matrix().cell(*cell)] == [
        e.text for e in entries
    ]
    assert texts(service, "population_data", "shared_data")[0] == "Changed too"

    service.reset_row(other[1])
    assert service.matrix().cell(*other) == original.cell(*other)

    row_id = service.add_custom_row("Gaps")
    service.add_entry(cell[0], row_id, "No baseline")
    service.edit_entry(entries[3].id, "Changed again")
    assert service.changed_entry_count() == 2
    service.reset_matrix()
    assert service.matrix() == original
    assert service.changed_entry_count() == 0


def test_custom_rows(service: MatrixService):
    gaps = service.add_custom_row("Gaps in this operation")
    owners = service.add_custom_row("Owners", index=2)
    rows = service.matrix().rows
    assert [r.label for r in rows][2] == "Owners" and rows[-1].label == "Gaps in this operation"
    assert [r.position for r in rows] == list(range(9))
    with pytest.raises(ValidationError, match="already has a row"):
        service.add_custom_row("  gaps in THIS operation ")
    service.rename_row(owners, "System owners")
    service.move_row(owners, -1)
    assert [r.label for r in service.matrix().rows][1] == "System owners"
    standard_row = rows[3]
    for change in (
        lambda: service.rename_row(standard_row.id, "x"),
        lambda: service.move_row(standard_row.id, 1),
        lambda: service.remove_custom_row(standard_row.id),
        lambda: service.reset_row(gaps),
    ):
        with pytest.raises(ValidationError):
            change()
    service.remove_custom_row(gaps)
    assert [r.label for r in service.matrix().rows].count("Gaps in this operation") == 0


def test_snapshots_undo_and_redo_exactly(service: MatrixService, operation: OperationFile):
    history = MatrixHistory(operation)
    start = service.matrix()
    cell = ids(start, "case_management", "methods")

    everything = history.snapshot(Scope.everything())
    row_id = service.add_custom_row("Gaps")
    service.add_entry(cell[0], row_id, "No common system")
    service.remove_entry(start.cell(*cell)[0].id)
    service.add_entry(*cell, "Home visits")
    changed = service.matrix()
    after = history.snapshot(Scope.everything())

    history.restore(everything)
    assert service.matrix() == start
    history.restore(after)
    assert service.matrix() == changed

    removal_scope = Scope.rows(row_id)
    before_removal = history.snapshot(removal_scope)
    service.remove_custom_row(row_id)
    history.restore(before_removal)
    assert service.matrix() == changed
