"""The ORM models of the follow-up: workshop action plans, the PIM Process, the responsible-data reviews,
the record of merges, and where an offline copy came from."""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.domain.enums import (
    ActionStatus,
    FocalPointKind,
    PrincipleRating,
    Priority,
    ProcessStatus,
    Sensitivity,
)
from pim_desktop.storage.model_base import Base, Timestamped, Versioned, enum_column, utc_now


class ActionPlan(Timestamped, Versioned, Base):
    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    workshop: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    facilitators: Mapped[str] = mapped_column(Text, default="")
    participating_organisations: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(enum_column(Sensitivity), default=Sensitivity.RESTRICTED)
    notes: Mapped[str] = mapped_column(Text, default="")

    groups: Mapped[list["ActionGroup"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionGroup.position"
    )


class ActionGroup(Versioned, Base):
    """A working group of a plan, with its theme ("Data Sharing"), leader and members."""

    __tablename__ = "action_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    theme: Mapped[str] = mapped_column(String(300))
    team_leader: Mapped[str] = mapped_column(String(200), default="")
    team_leader_organisation: Mapped[str] = mapped_column(String(300), default="")

    members: Mapped[list["ActionGroupMember"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionGroupMember.position"
    )
    items: Mapped[list["ActionItem"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionItem.number"
    )


class ActionGroupMember(Versioned, Base):
    __tablename__ = "action_group_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("action_group.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")


class ActionItem(Timestamped, Versioned, Base):
    """A numbered challenge of a group, with its action points, timeline and focal points."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("action_group.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    challenge: Mapped[str] = mapped_column(Text)
    timeline: Mapped[str] = mapped_column(String(200), default="")  # as the room said it: "Q1 of 2019"
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus), default=ActionStatus.NOT_STARTED)
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[Priority | None] = mapped_column(enum_column(Priority))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="SET NULL"))
    process_step_id: Mapped[int | None] = mapped_column(ForeignKey("process_step.id", ondelete="SET NULL"))
    principle_id: Mapped[int | None] = mapped_column(ForeignKey("principle.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")

    action_points: Mapped[list["ActionPoint"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionPoint.position"
    )
    focal_points: Mapped[list["ActionFocalPoint"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionFocalPoint.position"
    )


class ActionPoint(Versioned, Base):
    __tablename__ = "action_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class ActionFocalPoint(Versioned, Base):
    """A person answerable for a challenge, or one who can advise on it ("Fred can advise")."""

    __tablename__ = "action_focal_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[FocalPointKind] = mapped_column(
        enum_column(FocalPointKind), default=FocalPointKind.FOCAL_POINT
    )


# --- PIM Process and PIM Principles -------------------------------------------------------------------------


class ProcessStep(Versioned, Base):
    """A step (no parent) or a sub-step of the PIM Process, with where the operation stands on it."""

    __tablename__ = "process_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("process_step.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProcessStatus] = mapped_column(
        enum_column(ProcessStatus), default=ProcessStatus.NOT_STARTED
    )
    owner: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")  # file paths or references, one per line


class Principle(Base):
    __tablename__ = "principle"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class DataReview(Timestamped, Versioned, Base):
    """The responsible-data review of one information system."""

    __tablename__ = "data_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(
        ForeignKey("information_system.id", ondelete="CASCADE"), unique=True
    )
    holds_personal_data: Mapped[bool | None] = mapped_column(Boolean)
    risk_assessment_date: Mapped[date | None] = mapped_column(Date)
    consent_process: Mapped[str] = mapped_column(Text, default="")
    agreement_reference: Mapped[str] = mapped_column(String(300), default="")
    agreement_date: Mapped[date | None] = mapped_column(Date)
    agreement_review_date: Mapped[date | None] = mapped_column(Date)
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    # in the order given: a server reads a changed row last unless the order is asked for
    ratings: Mapped[list["PrincipleRatingRecord"]] = relationship(
        cascade="all, delete-orphan", order_by="PrincipleRatingRecord.id"
    )


class PrincipleRatingRecord(Versioned, Base):
    """How one system stands against one PIM Principle."""

    __tablename__ = "principle_rating"
    __table_args__ = (UniqueConstraint("review_id", "principle_id", name="uq_review_principle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("data_review.id", ondelete="CASCADE"), index=True)
    principle_id: Mapped[int] = mapped_column(ForeignKey("principle.id", ondelete="CASCADE"))
    rating: Mapped[PrincipleRating] = mapped_column(
        enum_column(PrincipleRating), default=PrincipleRating.UNKNOWN
    )
    note: Mapped[str] = mapped_column(Text, default="")


# --- Provenance ---------------------------------------------------------------------------------------------


class MergeRecord(Base):
    """A merge of another operation file into this one: from where, when, and what was taken from it."""

    __tablename__ = "merge_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    source_path: Mapped[str] = mapped_column(Text)
    source_operation: Mapped[str] = mapped_column(String(200))
    preferred: Mapped[str] = mapped_column(String(16))  # on differences: "mine" or "theirs"
    summary: Mapped[str] = mapped_column(Text)  # JSON: [{"kind", "name", "taken": "new" | "theirs" | "mine"}]


class OfflineOrigin(Base):
    """Where an offline copy of a shared operation came from (schema 0006): the server, the operation there,
    who took it and when, and the records as they were then (their versions, and the operation as the merge
    compares it), so that merging the copy back tells the copy's changes from the server's. Only in a file
    taken offline; never copied anywhere (storage/server_publish.py)."""

    __tablename__ = "offline_origin"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    address: Mapped[str] = mapped_column(Text)  # as the user typed it, never with a password
    identity: Mapped[str] = mapped_column(String(200))  # the server's operation (storage/offline.py)
    login: Mapped[str] = mapped_column(String(200))
    versions: Mapped[str] = mapped_column(Text)  # JSON: {kind: {record: row_version}}
    base: Mapped[str] = mapped_column(Text)  # JSON: the operation as taken, in the JSON export's form
