"""Reading the operation's matrix through the service."""

from pim_desktop.domain.enums import CategoryGroup, EntryState
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.standard_content import standard_matrix


def test_standard_operation_matrix_matches_the_shipped_content(new_operation_source: Source):
    with open_operation(new_operation_source, read_only=True) as operation_file:
        matrix = MatrixService(operation_file).matrix()
    standard = standard_matrix()
    assert [c.code for c in matrix.categories] == [c.code for c in standard.categories]
    assert [r.code for r in matrix.rows] == [r.code for r in standard.rows]
    for category in matrix.categories:
        for row in matrix.rows:
            texts = [entry.text for entry in matrix.cell(category.id, row.id)]
            assert texts == standard.cells[(category.code, row.code)]
    assert matrix.removed == {}


def test_sample_matrix_shows_customisations(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        matrix = MatrixService(operation_file).matrix()
    categories = {c.code: c for c in matrix.categories}
    rows = {r.code: r for r in matrix.rows}
    assert [c.group for c in matrix.categories].count(CategoryGroup.CORE) == 5
    assert rows["definition"].is_locked and rows["output"].is_locked
    custom = rows["gaps_in_operation"]
    assert (custom.is_standard, custom.is_locked, custom.label) == (False, False, "Gaps in this operation")
    assert matrix.rows[-1] == custom

    examples = matrix.cell(categories["population_data"].id, rows["specific_examples"].id)
    assert examples[-1].text.startswith("Lebanon: VASyR")
    assert examples[-1].state is EntryState.ADDED and examples[-1].standard_text is None

    edited = matrix.cell(categories["case_management"].id, rows["specific_examples"].id)[3]
    assert edited.state is EntryState.EDITED
    assert edited.standard_text == "Inter-agency referral pathways and forms"

    key = (categories["population_data"].id, rows["methods"].id)
    assert [e.text for e in matrix.removed[key]] == ["Estimates from satellite imagery"]
    assert "Estimates from satellite imagery" not in [e.text for e in matrix.cell(*key)]
