"""The change log of an operation on a server, read from the server's audit as the caller's clearance allows
(storage/server_audit.py): the same changes a file's log holds (storage/change_log.py), one a record and a
transaction, its fields from what to what, with the login as who and the server's time."""

import json
from collections.abc import Hashable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, text
from sqlalchemy.orm import Session

from pim_desktop.domain.changes import LoggedChange
from pim_desktop.storage.change_log import Row, difference
from pim_desktop.storage.model_base import Base


def logged(session: Session, after: int = 0, upto: int | None = None) -> list[LoggedChange]:
    """The changes after one position, up to another (or now), in order: the log published with the file,
    then the audit's rows netted by transaction and record, as the file's log nets them at each commit."""
    rows = session.execute(
        text("SELECT * FROM pim_history(:after, :upto)"), {"after": after, "upto": upto}
    ).mappings()
    changes: list[LoggedChange] = []
    netted: dict[tuple[Hashable, str, str], _Net] = {}
    for row in rows:
        at = _utc(row["at"])
        if row["changes"] is not None:  # the file's log, published with it
            fields = {name: (pair.get("from"), pair.get("to")) for name, pair in row["changes"].items()}
            changes.append(
                LoggedChange(
                    row["log_id"], at, row["who"], row["table_name"], row["row_key"], row["operation"], fields
                )
            )
            continue
        table = Base.metadata.tables[row["table_name"]]
        before, after_row = _values(table, row["old_row"]), _values(table, row["new_row"])
        key = _key(table, after_row if after_row is not None else before)
        transaction = row["txid"] if row["txid"] is not None else row["log_id"]
        net = netted.get((transaction, table.name, key))
        if net is None:
            netted[(transaction, table.name, key)] = _Net(before, after_row, row["log_id"], at, row["who"])
        else:
            net.after, net.position = after_row, row["log_id"]
    for (_transaction, table_name, key), net in netted.items():
        change = difference(net.before, net.after)
        if change is not None:
            operation, columns = change
            pairs = {name: (pair["from"], pair["to"]) for name, pair in columns.items()}
            changes.append(LoggedChange(net.position, net.at, net.who, table_name, key, operation, pairs))
    return sorted(changes, key=lambda change: change.position)


class _Net:
    """A record's rows in one transaction: the row before the first, the row after the last."""

    def __init__(self, before: Row | None, after: Row | None, position: int, at: datetime, who: str) -> None:
        self.before, self.after, self.position, self.at, self.who = before, after, position, at, who


def _values(table: Table, stored: dict[str, Any] | None) -> Row | None:
    """A row as the audit holds it (JSON) with the values a file's row has: days and times as such."""
    if stored is None:
        return None
    values = dict(stored)
    for name, value in stored.items():
        if value is None or name not in table.c:
            continue
        kind = table.c[name].type
        if isinstance(kind, DateTime):
            values[name] = datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            values[name] = date.fromisoformat(value)
    return values


def _key(table: Table, values: Row | None) -> str:
    """The row's key as a file's log writes it: its primary key's values joined by "/"."""
    assert values is not None
    return "/".join(str(values.get(column.name)) for column in table.primary_key.columns)


def _utc(moment: datetime) -> datetime:
    """The server's time as a file's log keeps it: in UTC, without its zone."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def mark_milestone(session: Session, name: str, at: datetime | None) -> int:
    """A milestone marked by the server: its position from the audit, its picture of every system, the
    login as who. Returns its id."""
    return int(session.scalar(text("SELECT pim_mark_milestone(:name, :at)"), {"name": name, "at": at}))


def milestone_picture(session: Session, milestone_id: int) -> dict[str, Any]:
    """What a milestone pictured of the systems, as far as the caller's clearance goes."""
    picture = session.scalar(text("SELECT pim_milestone_picture(:id)"), {"id": milestone_id})
    if isinstance(picture, str):
        picture = json.loads(picture)
    return dict(picture or {})
