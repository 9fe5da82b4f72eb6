"""The change log of an operation and its milestones: who the changes are logged as, marking a moment,
reading what was logged (the log itself is written by storage/change_log.py, for every change, in a file;
on a server the server's audit is the log, read as far as the login's clearance goes:
storage/server_history.py)."""

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pim_desktop.domain.changes import LoggedChange, Milestone
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.validation import clean_text, required_name
from pim_desktop.i18n import _
from pim_desktop.services.mapping import load_system_summaries
from pim_desktop.storage import models, server_history
from pim_desktop.storage.operation_file import OperationFile, system_user


def set_author(operation_file: OperationFile, name: str | None) -> None:
    """Log the changes made through this open operation under `name` (Preferences); None or blank: the
    operating system's user name."""
    cleaned = clean_text(name or "")
    operation_file.author = cleaned or None


def default_author() -> str:
    return system_user()


def _milestone(record: models.Milestone) -> Milestone:
    return Milestone(record.id, record.name, record.at, record.who, record.position)


def _picture(session: Session) -> dict[str, Any]:
    """What the comparison cannot rebuild from the log once records are gone: the systems as the gaps see
    them (status, categories, places, sensitivity)."""
    systems = [
        {
            "id": s.id,
            "name": s.name,
            "status": s.status.value,
            "sensitivity": s.sensitivity.value,
            "categories": list(s.category_ids),
            "areas": [[a.admin1, a.admin2] for a in s.areas],
        }
        for s in load_system_summaries(session)
    ]
    return {"systems": systems}


class ChangeLog:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def mark_milestone(self, name: str, at: datetime | None = None) -> Milestone:
        """Name this moment of the operation ("Before the March workshop"), to compare with later."""
        valid = required_name(name, _("milestone name"))
        with self._file.changing() as session:
            taken = select(models.Milestone.id).where(models.Milestone.name == valid)
            if session.scalar(taken) is not None:
                raise ValidationError(_("there is already a milestone named '{name}'").format(name=valid))
            if self._file.on_server:  # the server pictures every system, whoever marks it
                made = server_history.mark_milestone(session, valid, at)
                m = models.Milestone
                listed = select(m.id, m.name, m.at, m.who, m.position).where(m.id == made)
                return Milestone(*session.execute(listed).one())
            record = models.Milestone(
                name=valid,
                who=self._file.who(),
                position=session.scalar(select(func.max(models.ChangeRecord.id))) or 0,
                picture=json.dumps(_picture(session), ensure_ascii=False, separators=(",", ":")),
            )
            if at is not None:
                record.at = at
            session.add(record)
            session.flush()
            return _milestone(record)

    def milestones(self) -> list[Milestone]:
        """Every milestone, oldest first."""
        m = models.Milestone
        with self._file.session() as session:  # not the picture: on a server only admins read it
            rows = session.execute(
                select(m.id, m.name, m.at, m.who, m.position).order_by(m.position, m.id)
            ).all()
            return [Milestone(*row) for row in rows]

    def milestone_named(self, name: str) -> Milestone:
        found = {milestone.name.casefold(): milestone for milestone in self.milestones()}
        if (milestone := found.get(name.strip().casefold())) is None:
            known = ", ".join(f"'{m.name}'" for m in found.values()) or _("none yet")
            raise ValidationError(
                _("there is no milestone named '{name}' (milestones: {known})").format(name=name, known=known)
            )
        return milestone

    def picture(self, milestone: Milestone) -> dict[str, Any]:
        with self._file.session() as session:
            if self._file.on_server:
                return server_history.milestone_picture(session, milestone.id)
            stored = session.scalar(
                select(models.Milestone.picture).where(models.Milestone.id == milestone.id)
            )
        return dict(json.loads(stored or "{}"))

    def picture_now(self) -> dict[str, Any]:
        with self._file.session() as session:
            return _picture(session)

    def logged(self, after: int = 0, upto: int | None = None) -> list[LoggedChange]:
        """The changes logged after one position, up to another (or now), in order."""
        if self._file.on_server:
            with self._file.session() as session:
                return server_history.logged(session, after, upto)
        query = select(models.ChangeRecord).where(models.ChangeRecord.id > after)
        if upto is not None:
            query = query.where(models.ChangeRecord.id <= upto)
        with self._file.session() as session:
            return [_logged(record) for record in session.scalars(query.order_by(models.ChangeRecord.id))]

    def history(self, table: str, row: str) -> list[LoggedChange]:
        """Every logged change to one record's row, oldest first (a register's "History")."""
        if self._file.on_server:
            return [change for change in self.logged() if (change.table, change.row) == (table, row)]
        query = select(models.ChangeRecord).where(
            models.ChangeRecord.table_name == table, models.ChangeRecord.row_key == row
        )
        with self._file.session() as session:
            return [_logged(record) for record in session.scalars(query.order_by(models.ChangeRecord.id))]


def _logged(record: models.ChangeRecord) -> LoggedChange:
    fields = {name: (pair.get("from"), pair.get("to")) for name, pair in json.loads(record.changes).items()}
    return LoggedChange(
        record.id, record.at, record.who, record.table_name, record.row_key, record.operation, fields
    )
