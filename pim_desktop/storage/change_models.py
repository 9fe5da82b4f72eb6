"""The change log and the milestones of an operation file (schema 0004).

A change is one record's net change in one transaction: which fields went from what to what. A milestone
names a moment: the position of the last change then, and a compact picture of what the gaps need, which the
log alone cannot give back once records are gone."""

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pim_desktop.storage.model_base import Base, utc_now


class ChangeRecord(Base):
    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "table_name", "row_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)  # the log's position: a later change has a higher one
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    who: Mapped[str] = mapped_column(String(200), default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_key: Mapped[str] = mapped_column(String(64))  # the primary key's values, joined by "/"
    operation: Mapped[str] = mapped_column(String(8))  # insert, update, delete
    changes: Mapped[str] = mapped_column(Text)  # JSON: {field: {"from": value, "to": value}}


class Milestone(Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    who: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(
        Integer
    )  # the id of the last change_log row at that moment (0: none)
    picture: Mapped[str] = mapped_column(Text, default="{}")  # JSON: what the comparison needs of that moment
