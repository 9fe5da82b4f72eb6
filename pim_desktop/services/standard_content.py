"""The standard content every operation starts from: the PIM Matrix, the PIM Process and the PIM Principles.

It ships as versioned data in resources/; this module reads it, checks its shape and writes it into a new
operation file.
"""

from dataclasses import dataclass
from functools import cache

from sqlalchemy.orm import Session

from pim_desktop.domain.enums import CategoryGroup, EntryState
from pim_desktop.resources import load_json_resource
from pim_desktop.storage import models

LOCKED_ROW_CODES = ("definition", "output")


@dataclass(frozen=True)
class StandardCategory:
    code: str
    label: str
    group: CategoryGroup


@dataclass(frozen=True)
class StandardRow:
    code: str
    label: str
    locked: bool


@dataclass(frozen=True)
class StandardMatrix:
    version: str
    categories: list[StandardCategory]
    rows: list[StandardRow]
    cells: dict[tuple[str, str], list[str]]

    @staticmethod
    def entry_key(category_code: str, row_code: str, index: int) -> str:
        return f"{category_code}/{row_code}/{index + 1}"


@cache
def standard_matrix() -> StandardMatrix:
    data = load_json_resource("matrix", "standard-matrix.json")
    categories = [
        StandardCategory(c["code"], c["label"], CategoryGroup(c["group"])) for c in data["categories"]
    ]
    rows = [StandardRow(r["code"], r["label"], bool(r["locked"])) for r in data["rows"]]
    cells = {
        (category.code, row.code): list(data["cells"][category.code][row.code])
        for category in categories
        for row in rows
    }
    return StandardMatrix(version=data["version"], categories=categories, rows=rows, cells=cells)


@dataclass(frozen=True)
class StandardStep:
    code: str
    label: str
    description: str
    sub_steps: list["StandardStep"]


@dataclass(frozen=True)
class StandardPrinciple:
    code: str
    label: str
    description: str


@cache
def standard_process() -> tuple[list[StandardStep], list[StandardPrinciple]]:
    data = load_json_resource("process", "pim-process.json")
    steps = [
        StandardStep(
            step["code"],
            step["label"],
            step["description"],
            [StandardStep(sub["code"], sub["label"], sub["description"], []) for sub in step["sub_steps"]],
        )
        for step in data["steps"]
    ]
    principles = [StandardPrinciple(p["code"], p["label"], p["description"]) for p in data["principles"]]
    return steps, principles


def seed_standard_content(session: Session) -> None:
    """Write the standard matrix, process and principles into an empty operation file."""
    matrix = standard_matrix()
    category_ids: dict[str, models.Category] = {}
    for position, category in enumerate(matrix.categories):
        category_record = models.Category(
            code=category.code,
            position=position,
            label=category.label,
            group=category.group,
            is_standard=True,
        )
        session.add(category_record)
        category_ids[category.code] = category_record
    row_ids: dict[str, models.MatrixRow] = {}
    for position, row in enumerate(matrix.rows):
        row_record = models.MatrixRow(
            code=row.code, position=position, label=row.label, is_standard=True, is_locked=row.locked
        )
        session.add(row_record)
        row_ids[row.code] = row_record
    session.flush()
    for (category_code, row_code), texts in matrix.cells.items():
        for index, text in enumerate(texts):
            session.add(
                models.MatrixEntry(
                    category_id=category_ids[category_code].id,
                    row_id=row_ids[row_code].id,
                    position=index,
                    text=text,
                    state=EntryState.STANDARD,
                    standard_key=matrix.entry_key(category_code, row_code, index),
                    standard_text=text,
                )
            )
    steps, principles = standard_process()
    for position, step in enumerate(steps):
        parent = models.ProcessStep(
            code=step.code, position=position, label=step.label, description=step.description
        )
        session.add(parent)
        session.flush()
        for sub_position, sub in enumerate(step.sub_steps):
            session.add(
                models.ProcessStep(
                    code=sub.code,
                    parent_id=parent.id,
                    position=sub_position,
                    label=sub.label,
                    description=sub.description,
                )
            )
    for position, principle in enumerate(principles):
        session.add(
            models.Principle(
                code=principle.code,
                position=position,
                label=principle.label,
                description=principle.description,
            )
        )
    session.flush()
