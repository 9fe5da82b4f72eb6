"""What the imports and the merge go through beside the registers' own services: the one transaction an
import or a merge is stored in, after a backup of the file, and the record a merge leaves; and the
categories, PIM Process steps and Principles of the operation, by code and label, that a partner's words
are matched against."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.services.wording import wording
from pim_desktop.storage import models
from pim_desktop.storage.backups import make_backup
from pim_desktop.storage.operation_file import OperationFile

Linked = Literal["category", "step", "principle"]  # what a system or an action item links to by code
_LINKED: dict[Linked, type[models.Category | models.ProcessStep | models.Principle]] = {
    "category": models.Category,
    "step": models.ProcessStep,
    "principle": models.Principle,
}


@contextmanager
def storing(operation_file: OperationFile, reason: str) -> Iterator[Session]:
    """One transaction that changes the operation, all or nothing, after a backup of the file made for
    `reason` ("before-import", "before-merge"): what an import brings can be taken back whole. On a server,
    the transaction only."""
    if not operation_file.on_server:  # a server's backups are its administrator's
        make_backup(operation_file.path, reason)
    with operation_file.changing() as session:
        yield session


def record_merge(
    session: Session, source: Path | str, source_operation: str, preferred: str, summary: list[dict[str, Any]]
) -> None:
    """What a merge took from where, kept in the file beside what it merged (`preferred`: "mine" or
    "theirs"; `summary`: each record's kind, name and where it was taken from)."""
    session.add(
        models.MergeRecord(
            source_path=str(source),
            source_operation=source_operation,
            preferred=preferred,
            summary=json.dumps(summary, ensure_ascii=False),
        )
    )


def codes_and_labels(session: Session, kind: Linked) -> list[tuple[int, str, str]]:
    """Each category, PIM Process step or Principle (`kind`) as (id, code, label), as stored."""
    model_class = _LINKED[kind]
    query = select(model_class.id, model_class.code, model_class.label).order_by(model_class.id)
    return [(record_id, code, label) for record_id, code, label in session.execute(query)]


def categories_of(session: Session) -> list[tuple[str, str]]:
    """The operation's categories as (code, name in the reader's language), in the matrix's order: what a
    value can be mapped to."""
    words = wording()
    query = select(models.Category).order_by(models.Category.position)
    return [(c.code, words.category(c.code, c.label, c.is_standard)) for c in session.scalars(query)]
