"""The standard PIM Matrix, Process and Principles that ship with the program."""

from pim_desktop.domain.enums import CategoryGroup
from pim_desktop.services.standard_content import LOCKED_ROW_CODES, standard_matrix, standard_process

CATEGORY_LABELS = [
    "Population Data",
    "Protection Needs Assessment",
    "Protection Monitoring",
    "Case Management",
    "Protection Response M&E",
    "Security & Situational Awareness",
    "Sectoral Systems/Other",
    "Communicating with(in) Communities",
]
ROW_LABELS = [
    "Definition",
    "Sub-categories",
    "Methods",
    "Specific examples",
    "Output",
    "Shared data",
    "Example sources",
]


def test_eight_categories_in_the_flyer_order_with_core_five_first():
    matrix = standard_matrix()
    assert [c.label for c in matrix.categories] == CATEGORY_LABELS
    assert [c.group for c in matrix.categories] == [CategoryGroup.CORE] * 5 + [CategoryGroup.RELATED] * 3
    assert len({c.code for c in matrix.categories}) == 8


def test_seven_rows_with_definition_and_output_locked():
    matrix = standard_matrix()
    assert [r.label for r in matrix.rows] == ROW_LABELS
    assert [r.code for r in matrix.rows if r.locked] == list(LOCKED_ROW_CODES)


def test_every_cell_has_content_and_locked_rows_are_one_paragraph():
    matrix = standard_matrix()
    for category in matrix.categories:
        for row in matrix.rows:
            texts = matrix.cells[(category.code, row.code)]
            assert texts, f"{category.label} / {row.label} is empty"
            assert all(text.strip() == text and text for text in texts)
            if row.locked:
                assert len(texts) == 1, f"{category.label} / {row.label} should be a single text"
                assert len(texts[0]) > 60


def test_entry_keys_are_unique():
    matrix = standard_matrix()
    keys = [
        matrix.entry_key(category, row, index)
        for (category, row), texts in matrix.cells.items()
        for index in range(len(texts))
    ]
    assert len(keys) == len(set(keys))


def test_process_has_four_prescriptive_steps_and_the_twelve_sub_steps_of_the_seed():
    steps, principles = standard_process()
    assert [s.label for s in steps] == [
        "Assess information landscape",
        "Design IM systems",
        "Implement IM systems",
        "Evaluate impact",
    ]
    assert [[sub.label for sub in s.sub_steps] for s in steps] == [
        ["Define purpose and information needs", "Data and information review"],
        ["Design with affected communities", "Establish information sharing networks", "Develop IM system"],
        ["Collect data", "Store and maintain", "Process and analyze", "Disseminate and share"],
        ["Review protection impacts", "Review IM system", "Review information-sharing"],
    ]
    assert [p.label for p in principles] == [
        "People-centred and inclusive",
        "Do no harm",
        "Defined purpose",
        "Informed consent and confidentiality",
        "Data responsibility, protection and security",
        "Competency and capacity",
        "Impartiality",
        "Coordination and collaboration",
    ]
