"""What every ORM model of an operation file shares: the declarative base with named constraints, the
timestamps, and enums stored by their codes."""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints so that Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_type: type[StrEnum]) -> Enum:
    """Store an enum by its value (stable code), validated in Python, without a CHECK constraint that a
    future version adding a value would have to rebuild the table for."""
    return Enum(
        enum_type,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=32,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A record two people may edit at once on a shared server: each save of it counts one more version, and
    a save whose version was overtaken in between is refused (StaleDataError) instead of overwriting the
    other's (optimistic concurrency). The database fills it in for rows inserted in bulk."""

    row_version: Mapped[int] = mapped_column(Integer, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class attribute SQLAlchemy reads)
        return {"version_id_col": cls.row_version}


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
